"""The static assets of the graph view, shipped inside the `api` package (package data):
what the served page (`api.routes.graph_view`) and the standalone files (`api.viz`) share."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

STATIC_PACKAGE = ("api", "static")
"""(package, folder) of the static assets, for `StaticFiles(packages=...)`."""

CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }"
"""The one <style> element cytoscape.js inserts; pages allow it by its hash."""


def static_dir() -> Traversable:
    """The folder of the static assets inside the installed `api` package."""
    return files(STATIC_PACKAGE[0]).joinpath(STATIC_PACKAGE[1])

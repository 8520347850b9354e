"""The built-in graph view: the page at GET /graph and its offline assets under /static.

The page is static: it draws the graph with the vendored cytoscape.js and reads everything
through the public REST API (entities, neighbourhoods, paths, relationships), so it doubles
as an example of using that API. Assets ship inside the `api` package (package data).
"""

from __future__ import annotations

from base64 import b64encode
from functools import cache
from hashlib import sha256

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.assets import CYTOSCAPE_STYLE, STATIC_PACKAGE, static_dir

STATIC_PATH = "/static"

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; "
    f"style-src 'self' 'sha256-{b64encode(sha256(CYTOSCAPE_STYLE.encode()).digest()).decode()}'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
"""The page runs only its own scripts and talks only to its own server: a name that slipped
into the DOM as markup still could not run or send anything (cytoscape.js's one <style>
element allowed by its hash)."""

router = APIRouter(tags=["graph view"])


@cache
def page_html() -> str:
    """The graph view page (read once from the package)."""
    return static_dir().joinpath("graph", "index.html").read_text(encoding="utf-8")


def static_files() -> StaticFiles:
    """An ASGI app serving the static assets; mount it at `STATIC_PATH`."""
    return StaticFiles(packages=[STATIC_PACKAGE])


@router.get(
    "/graph",
    response_class=HTMLResponse,
    summary="The graph view (HTML page)",
    description=(
        "An interactive view of the graph: search entities, expand neighbours, filter by "
        "relationship type, status and date, find paths, and click an edge to read its "
        "provenance. Query parameters, read by the page itself: `entity` (an entity id or "
        "name), `depth`, `types`, `status`, `since`, `until`, or `from`, `to` and `hops` for "
        "the paths between two entities."
    ),
)
def graph_page() -> HTMLResponse:
    """Serve the graph view page; its assets come from /static."""
    return HTMLResponse(
        page_html(),
        headers={
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )

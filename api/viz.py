"""Standalone HTML views of an entity's neighbourhood (`ikg viz`).

The file is the graph view page with everything inlined: the stylesheet, cytoscape.js, the
page's ES modules (concatenated) and a snapshot of the data (nodes, edges, entity details and
every edge's provenance). It opens from disk in any browser, with no server and no network:
its Content-Security-Policy lets it run only its own inline code and connect nowhere.
"""

from __future__ import annotations

import html
import re
from base64 import b64encode
from collections.abc import Mapping
from hashlib import sha256
from pathlib import Path
from typing import Any

from api.assets import CYTOSCAPE_STYLE, static_dir
from api.readmodel.model import dumps
from api.readmodel.reads import Reads
from graph.indexed_store import IndexedStore
from ontology.errors import IkgError
from ontology.iris import Iris

MODULES = (
    "dom.js",
    "style.js",
    "layout.js",
    "filters.js",
    "source.js",
    "combobox.js",
    "panel.js",
    "main.js",
)
"""The page's ES modules in dependency order (each imports only modules before it)."""

_IMPORT = re.compile(r'^import \{[^}\n]*\} from "\./[a-z]+\.js";\n', re.MULTILINE)
_EXPORT = re.compile(r"^export ", re.MULTILINE)

_CSS_TAG = '<link rel="stylesheet" href="static/graph/graph.css">'
_ICON_TAG = '<link rel="icon" href="static/graph/favicon.svg" type="image/svg+xml">'
_LIBRARY_TAG = '<script defer src="static/vendor/cytoscape/cytoscape.min.js"></script>'
_MAIN_TAG = '<script type="module" src="static/graph/main.js"></script>'
_TITLE = re.compile(r"<title>[^<]*</title>")


def _asset(*parts: str) -> str:
    return static_dir().joinpath(*parts).read_text(encoding="utf-8")


def bundle_modules() -> str:
    """The page's modules as one script: relative imports dropped, `export` keywords removed.

    Works because every module imports only from the modules before it in `MODULES`, with
    single-line `import {...} from "./x.js";` statements, and top-level names never clash.
    """
    parts = []
    for name in MODULES:
        source = _EXPORT.sub("", _IMPORT.sub("", _asset("graph", name)))
        if re.search(r"^\s*import\b", source, re.MULTILINE):
            raise IkgError(f"graph view module {name} has an import that cannot be bundled")
        parts.append(f"// ---- {name}\n{source}")
    return "\n".join(parts)


def _inline_script(code: str) -> str:
    """Script text safe inside <script>: `</script` cannot end it early."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _json_script(data: Mapping[str, Any]) -> str:
    """JSON safe inside <script type="application/json">: no `<`, `>` or `&` left raw."""
    text = dumps(data)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hash(text: str) -> str:
    return "'sha256-" + b64encode(sha256(text.encode("utf-8")).digest()).decode() + "'"


def standalone_html(snapshot: Mapping[str, Any]) -> str:
    """The graph view page with its assets and `snapshot` (see
    `Reads.neighbourhood_snapshot`)."""
    css = _asset("graph", "graph.css")
    library = _inline_script(_asset("vendor", "cytoscape", "cytoscape.min.js"))
    code = _inline_script(bundle_modules())
    icon = (
        "data:image/svg+xml;base64," + b64encode(_asset("graph", "favicon.svg").encode()).decode()
    )
    policy = (
        "default-src 'none'; "
        f"script-src {_hash(library)} {_hash(code)}; "
        f"style-src {_hash(css)} {_hash(CYTOSCAPE_STYLE)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    page = _asset("graph", "index.html")
    replacements = {
        _ICON_TAG: f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        f'<link rel="icon" href="{icon}" type="image/svg+xml">',
        _CSS_TAG: f"<style>{css}</style>",
        _LIBRARY_TAG: f"<script>{library}</script>",
        _MAIN_TAG: f'<script type="application/json" id="ikg-snapshot">{_json_script(snapshot)}'
        f'</script>\n<script type="module">{code}</script>',
    }
    for tag, inline in replacements.items():
        if page.count(tag) != 1:
            raise IkgError(f"graph view page template changed: expected one {tag!r}")
        page = page.replace(tag, inline)
    title = html.escape(f"{snapshot.get('focus_name', 'graph')} · industry-kg graph view")
    return _TITLE.sub(lambda _: f"<title>{title}</title>", page, count=1)


def write_standalone(
    store: IndexedStore,
    iris: Iris,
    entity: str,
    output: Path,
    *,
    depth: int = 1,
    limit: int = 200,
    max_edges: int | None = None,
) -> dict[str, Any]:
    """Write the standalone view of `entity`'s neighbourhood to `output` and return its data
    (`Reads.neighbourhood_snapshot`: what the served graph view shows of it).

    Side effects: builds the store's read index when it has none yet; writes `output`
    atomically (via a .part file).
    """
    store.ensure_index()
    snapshot = Reads(store, iris, lambda: 0).neighbourhood_snapshot(
        entity, depth=depth, limit=limit, max_edges=max_edges
    )
    text = standalone_html(snapshot)
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return snapshot

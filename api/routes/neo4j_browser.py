"""What Neo4j Browser loads from `ikg serve` when a user connects: the style and the guide.

Neo4j's server setting `browser.post_connect_cmd` runs Browser commands after every
connection; the project sets it (docker-compose.yml, docs/neo4j.md) to

    style http://HOST:8000/neo4j/style.grass; play http://HOST:8000/neo4j/guide.html

so the graph is coloured and captioned by `name` and the guide opens without the user pasting
anything. Browser fetches both from its own page (another origin), with `Cache-Control` and
`Pragma` request headers: the app answers CORS for /neo4j (see `api.app`), and Browser
itself only fetches from hosts in `browser.remote_content_hostname_whitelist`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, PlainTextResponse

PREFIX = "/neo4j"
router = APIRouter(prefix=PREFIX, tags=["neo4j browser"])


@cache
def grass() -> str:
    """The project's Neo4j Browser style (ontology/neo4j-browser.grass, package data)."""
    return files("ontology").joinpath("neo4j-browser.grass").read_text(encoding="utf-8")


@cache
def guide() -> str:
    """The Browser guide (api/static/neo4j/guide.html, package data)."""
    return files("api").joinpath("static", "neo4j", "guide.html").read_text(encoding="utf-8")


@router.get(
    "/style.grass",
    summary="The Neo4j Browser style (GRASS)",
    response_class=PlainTextResponse,
    responses={
        200: {
            "content": {
                "text/plain": {
                    "example": "node.Organization {\n  color: #4C8EDA;\n  caption: '{name}';\n}"
                }
            }
        }
    },
)
async def style() -> PlainTextResponse:
    """The GRASS style that colours nodes by label and relationships by type and captions
    nodes by `name`. In Neo4j Browser: `:style http://HOST:8000/neo4j/style.grass`."""
    return PlainTextResponse(grass(), headers={"Cache-Control": "no-cache"})


@router.get(
    "/guide.html",
    summary="The Neo4j Browser guide to the seed data",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {"example": "<slide>...</slide>"}}}},
)
async def browser_guide() -> HTMLResponse:
    """A `:play` guide in slides: who invests in OpenAI, its suppliers, a disputed report,
    why an edge is there, a path between two companies; every query runs with one click.
    In Neo4j Browser: `:play http://HOST:8000/neo4j/guide.html`."""
    return HTMLResponse(guide(), headers={"Cache-Control": "no-cache"})

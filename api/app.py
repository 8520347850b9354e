"""The FastAPI application factory: `create_app(settings)`; nothing is configured at import."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from api import served
from api.deps import Services, WriteCounter
from api.errors import install_error_handlers
from api.readmodel.reads import Reads
from api.routes import (
    articles,
    cypher,
    dataset,
    entities,
    graph_view,
    health,
    neo4j_browser,
    network,
    relationships,
    sparql,
)
from api.settings import Settings
from api.sparql.admission import SparqlGate
from api.sparql.pool import SparqlPool, StoreSource
from graph.change_log import ChangeFeed, ChangeFollower
from graph.indexed_store import IndexedStore
from graph.neo4j_client import close_shared_clients
from graph.store import open_store
from loaders.extractor import get_extractor

log = logging.getLogger(__name__)

DESCRIPTION = """\
Industry relationships extracted from French and English business news.

* **REST**: entities, relationships with provenance (evidence, article, outlet), paths,
  neighbourhoods, centrality, upstream exposure, articles and their claims.
* **SPARQL 1.1** at `/sparql` (GET, POST form, POST direct; JSON, XML, CSV, TSV, Turtle,
  N-Triples, JSON-LD, RDF/XML, TriG, N-Quads), read-only, time-limited; a query page at
  `/sparql/ui`.
* **Cypher** (read-only) at `/cypher` against the Neo4j projection.

Every response carries IRIs, so a result can be followed from REST to SPARQL or Cypher.
Errors always have the shape `{"error": {"status", "code", "message"}}`.
"""


class PathCORS:
    """CORS for some path prefixes only (the SPARQL endpoint), other paths untouched."""

    def __init__(self, app: ASGIApp, prefixes: tuple[str, ...], **options: Any) -> None:
        self.app = app
        self.prefixes = prefixes
        self.cors = CORSMiddleware(app, **options)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.prefixes):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def create_app(settings: Settings, *, announce: bool = False) -> FastAPI:
    """The API over the store configured by `settings` (opened at start-up, closed at exit).

    Start-up also starts the SPARQL worker processes and, in the background, builds the read
    index when the store has none yet and loads the analytics' graph; shutdown stops the
    workers and closes the store. With
    `announce` (`ikg serve`), the server is announced in the data directory while it runs,
    so that the CLI works through it (`api.served`).
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(settings.store_url)
        follower = None
        if "change-log" in store.capabilities:  # before the pool's copies and the rebuild
            feed: ChangeFeed = store.backend  # type: ignore[assignment]  # declared capability
            follower = ChangeFollower(store, feed, settings.change_poll_s)
        writes = WriteCounter()
        reads = Reads(store, settings.iris, lambda: writes.version)
        write_lock = threading.Lock()
        pool = SparqlPool(
            StoreSource(store),
            write_lock,
            workers=settings.sparql_workers,
            timeout_s=settings.sparql_timeout_s,
            memory_mb=settings.sparql_memory_mb,
            root=settings.data_dir / ".sparql-snapshots",
        )
        gate = SparqlGate(pool, per_client=settings.sparql_per_client, queue=settings.sparql_queue)
        app.state.store = store
        app.state.services = Services(
            store=store,
            reads=reads,
            writes=writes,
            sparql=pool,
            sparql_gate=gate,
            write_lock=write_lock,
            changes=follower,
        )
        stop = threading.Event()
        try:
            pool.start()
            await run_in_threadpool(pool.wait_ready, 30.0)
            threading.Thread(target=_warm, args=(app, store, reads), daemon=True).start()
            if follower is not None:
                threading.Thread(
                    target=_follow, args=(app.state.services, follower, stop), daemon=True
                ).start()
            if announce:
                served.announce(settings.data_dir, settings.host, settings.port)
            outdated = store.outdated_ids()
            if outdated:  # reads work; POST /articles answers 503 store_outdated
                log.warning("%s; until then reads work and new articles are refused.", outdated)
            yield
        finally:
            stop.set()
            if announce:
                served.withdraw(settings.data_dir)
            gate.close()
            pool.close()
            reads.snapshots.close()
            close_shared_clients()
            with app.state.services.write_lock:
                store.close()

    app = FastAPI(
        title="industry-kg",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by _add_docs_route from the package, not from a CDN
        redoc_url=None,  # dropped rather than vendoring a second UI for the same document
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(
        PathCORS,  # type: ignore[arg-type]  # a plain ASGI middleware class
        prefixes=("/sparql",),
        allow_origins=["*"],
        allow_methods=["GET", "POST"],
        allow_headers=["Accept", "Content-Type"],
        max_age=600,
    )
    app.add_middleware(
        PathCORS,  # type: ignore[arg-type]
        prefixes=(neo4j_browser.PREFIX,),  # Neo4j Browser fetches the style and guide
        allow_origins=["*"],
        allow_methods=["GET"],
        allow_headers=["Cache-Control", "Pragma"],  # Browser sends both
        max_age=600,
    )
    app.include_router(health.router)
    app.include_router(sparql.router)
    app.include_router(entities.router)
    app.include_router(relationships.router)
    app.include_router(network.router)
    app.include_router(articles.router)
    app.include_router(cypher.router)
    app.include_router(dataset.router)
    app.include_router(graph_view.router)
    app.include_router(neo4j_browser.router)
    app.mount(graph_view.STATIC_PATH, graph_view.static_files(), name="static")
    _add_docs_route(app)
    app.openapi = _openapi_with_security(app, app.openapi)  # type: ignore[method-assign]
    return app


SWAGGER_UI = f"{graph_view.STATIC_PATH}/vendor/swagger-ui"
"""Where the vendored Swagger UI files are served (see api/static/vendor/README.md)."""


def _add_docs_route(app: FastAPI) -> None:
    """GET /docs: Swagger UI from the package's own copy, so the page works offline.

    FastAPI's built-in page loads Swagger UI from a CDN and is blank without Internet.
    `validatorUrl: null` stops Swagger UI from sending the document to validator.swagger.io.
    """

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} · REST API",
            swagger_js_url=f"{root}{SWAGGER_UI}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{SWAGGER_UI}/swagger-ui.css",
            swagger_favicon_url=f"{root}{SWAGGER_UI}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )


def _warm(app: FastAPI, store: IndexedStore, reads: Reads) -> None:
    """At start-up, off the request path: build the read index when it does not describe the
    store (a store written before it existed, an index of an earlier layout, an interrupted
    write), load the analytics' compact graph, and load the extractor (so that the first
    `POST /articles` does not pay for it)."""
    try:
        store.ensure_index()
        reads.snapshots.warm()
        if getattr(app.state, "extractor", None) is None:
            app.state.extractor = get_extractor(app.state.settings.extractor)
    except Exception:  # the store may be closing
        log.warning("preparing the read index failed", exc_info=True)


def _follow(services: Services, follower: ChangeFollower, stop: threading.Event) -> None:
    """Every `follower.interval_s`: replay what other processes wrote to the remote store
    into the read index, and send those graphs to the /sparql workers (`graph.change_log`).
    Holds the writers' lock while it replays, as a write does. A failed poll is logged and
    retried at the next one (its error shows in /health)."""
    failing = False
    while not stop.wait(follower.interval_s):
        try:
            with services.write_lock:
                if stop.is_set():
                    return
                changed = follower.poll()
                if changed is None or changed:
                    services.store_changed(changed)
        except Exception:
            if not failing:
                log.warning("reading the store's change log failed", exc_info=True)
            failing = True
            continue
        failing = False


def _openapi_with_security(
    app: FastAPI, base: Callable[[], dict[str, Any]]
) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base()
            schema.setdefault("components", {})["securitySchemes"] = {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "Bearer": {"type": "http", "scheme": "bearer"},
            }
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi

"""The FastAPI application factory: `create_app(settings)`; nothing is configured at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.routes import graph_view, health, sparql
from api.settings import Settings
from graph.store import open_store


def create_app(settings: Settings) -> FastAPI:
    """The API over the store configured by `settings` (opened at start-up, closed at exit)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(settings.store_url)
        app.state.store = store
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="industry-kg",
        version="0.1.0",
        description="Industry relationships from business news: REST, SPARQL 1.1, Cypher.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(sparql.router)
    app.include_router(graph_view.router)
    app.mount(graph_view.STATIC_PATH, graph_view.static_files(), name="static")
    return app

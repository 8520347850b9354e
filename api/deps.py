"""Named dependency types for routes, and the per-app services they hand out."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from api.readmodel.background import BackgroundResults
from api.readmodel.model import ReadModel, ReadModelCache
from api.settings import Settings
from api.sparql.admission import SparqlGate
from api.sparql.pool import SparqlPool
from graph.store import Store


@dataclass
class Services:
    """What the app opens at start-up and closes at exit (kept in `app.state.services`)."""

    store: Store
    read_models: ReadModelCache
    sparql: SparqlPool
    sparql_gate: SparqlGate
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    """Held by every write to the store, from the write to its `store_changed`."""
    analytics: BackgroundResults = field(default_factory=BackgroundResults)
    """Whole-graph analytics, computed in the background on large graphs."""
    export_lock: threading.Lock = field(default_factory=threading.Lock)
    """One /export at a time (it reads the whole store)."""
    quad_count: tuple[int, int] | None = None
    """(store version, number of quads): `len(store)` scans the store, so /health counts
    once per version."""
    stats: tuple[int, dict[str, object]] | None = None
    """(store version, counts) for /stats, likewise."""

    def store_changed(self, graphs: Iterable[str] | None = None) -> int:
        """Record a write (of these article graphs, when known; None after a write that may
        have happened in part): REST caches refresh on their next use, and every SPARQL query
        from now on sees it (the workers receive the graphs). Call it holding `write_lock`,
        right after the write."""
        graphs = None if graphs is None else list(graphs)
        self.sparql.record_write(graphs)
        return self.read_models.bump(graphs)


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def _store(request: Request) -> Store:
    return _services(request).store


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _read_model(request: Request) -> ReadModel:
    cache = _services(request).read_models
    model = cache.current()  # never waits for a refresh once a model exists
    if model is None:  # the first build, off the event loop (reads the whole store)
        model = await run_in_threadpool(cache.get)
    return model


StoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[Settings, Depends(_settings)]
ServicesDep = Annotated[Services, Depends(_services)]
ReadModelDep = Annotated[ReadModel, Depends(_read_model)]

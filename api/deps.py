"""Named dependency types for routes, and the per-app services they hand out."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from api.readmodel.reads import Reads
from api.settings import Settings
from api.sparql.admission import SparqlGate
from api.sparql.pool import SparqlPool
from graph.change_log import ChangeFollower
from graph.indexed_store import IndexedStore


class WriteCounter:
    """The store version: the number of writes made through this server since it started."""

    def __init__(self) -> None:
        self.version = 0
        self._lock = threading.Lock()

    def bump(self) -> int:
        with self._lock:
            self.version += 1
            return self.version


@dataclass
class Services:
    """What the app opens at start-up and closes at exit (kept in `app.state.services`)."""

    store: IndexedStore
    reads: Reads
    """Every REST read (`api.readmodel.reads`)."""
    writes: WriteCounter
    sparql: SparqlPool
    sparql_gate: SparqlGate
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    """Held by every write to the store, from the write to its `store_changed`."""
    export_lock: threading.Lock = field(default_factory=threading.Lock)
    """One /export at a time (it reads the whole store)."""
    changes: ChangeFollower | None = None
    """Follows a remote store's change log (other writers' articles); None otherwise."""
    quad_count: tuple[int, int] | None = None
    """(store version, number of quads): `len(store)` scans the store, so /health counts
    once per version."""
    stats: tuple[int, dict[str, object]] | None = None
    """(store version, counts) for /stats, likewise."""

    @property
    def version(self) -> int:
        """The store version (writes through this server since it started)."""
        return self.writes.version

    def store_changed(self, graphs: Iterable[str] | None = None) -> int:
        """Record a write (of these article graphs, when known; None after a write that may
        have happened in part): every SPARQL query from now on sees it (the workers receive
        the graphs), and the analytics' graph refreshes on its next use (REST reads see it at
        once: the write updated the read index). Call it holding `write_lock`, right after the
        write."""
        graphs = None if graphs is None else list(graphs)
        self.sparql.record_write(graphs)
        return self.writes.bump()


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def _store(request: Request) -> IndexedStore:
    return _services(request).store


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _reads(request: Request) -> Reads:
    return _services(request).reads


StoreDep = Annotated[IndexedStore, Depends(_store)]
SettingsDep = Annotated[Settings, Depends(_settings)]
ServicesDep = Annotated[Services, Depends(_services)]
ReadsDep = Annotated[Reads, Depends(_reads)]

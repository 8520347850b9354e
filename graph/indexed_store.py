"""A store and its read index (`graph.read_index`), written together.

`open_store` hands out an `IndexedStore`: every article graph written or removed through it
also updates the index, in the same call (the index keeps what each graph gave it, so it
needs only the new content), so the index describes the store without ever reading the
whole store again. Graphs that another process wrote to a shared remote store are brought in
by `replay` (the server follows the store's change log: `graph.change_log`). A write marks its
graphs pending in the index before it touches the store and clears the marks with the index
update, so a process killed between the two leaves marks, and the next open knows the index
must be rebuilt.

An index that does not describe the store (a store written before the index existed, an
interrupted write, or the in-memory index of a remote store) is rebuilt from the store's
graphs by `ensure_index()`; until then writes leave it alone (the rebuild reads them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.id_migration import has_legacy_ids, read_marker, write_marker
from graph.read_index import ReadIndex, digest
from graph.store import Binding, Store
from ontology.errors import OutdatedStoreError, StoreError
from ontology.iris import ID_SCHEME

log = logging.getLogger(__name__)

_ANY_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"
_GRAPH_EXISTS = _ANY_GRAPH
"""Bind ?g: whether that graph holds anything."""


def index_path(store_path: Path) -> Path:
    """Where the read index of the store at `store_path` lives: beside it."""
    return store_path.with_name(store_path.name + ".index.sqlite")


class IndexedStore:
    """A `Store` that keeps its `ReadIndex` up to date (see the module docstring)."""

    def __init__(self, backend: Store, path: Path | None, *, on_demand: bool = False) -> None:
        """`path`: the index file (None: in memory). `on_demand`: the index is built only by
        `ensure_index` (a remote store: a command that only writes, such as an ingest, then
        pays nothing for it), else it is kept from the first write to an empty store."""
        self.backend = backend
        self.capabilities = backend.capabilities
        self._write_lock = threading.RLock()
        new = path is None or not path.exists()
        empty = new and not on_demand and not self._has_graphs()
        self.index = ReadIndex(path, store_is_empty=empty)
        self._quads: int | None = None
        """The store's quad count, counted once and kept by each write (None: count again).
        A remote store is always asked: other processes may write to it."""
        self.id_scheme = ID_SCHEME
        """The entity id scheme of the store's IRIs (`ontology.iris.ID_SCHEME`); an older one
        refuses `replace_graphs` until `graph.id_migration.migrate_ids` has run."""
        self.id_scheme_path: Path | None = None
        """Where the id scheme is recorded (None: not recorded, a memory or remote store)."""

    def check_id_scheme(self, marker: Path) -> None:
        """Read the id scheme recorded at `marker`; with no record, find it (a scan of the
        store's non-ASCII labels: `graph.id_migration`) and record it. Side effect: writes
        `marker` when it was missing (when it cannot, the scheme is found again next time)."""
        self.id_scheme_path = marker
        recorded = read_marker(marker)
        if recorded is None:
            recorded = 1 if self._has_graphs() and has_legacy_ids(self) else ID_SCHEME
            try:
                write_marker(marker, recorded)
            except OSError as exc:  # a read-only data directory: found again at the next open
                log.warning("cannot record the id scheme in %s: %s", marker, exc)
        self.id_scheme = recorded

    def record_id_scheme(self, scheme: int) -> None:
        """Record that every entity IRI of the store now follows `scheme`. Side effect:
        writes the marker file of a persistent store."""
        if self.id_scheme_path is not None:
            try:
                write_marker(self.id_scheme_path, scheme)
            except OSError as exc:
                raise StoreError(f"Cannot write {self.id_scheme_path}: {exc}") from exc
        self.id_scheme = scheme

    def _has_graphs(self) -> bool:
        result = self.backend.query(_ANY_GRAPH)
        return bool(result) if isinstance(result, ox.QueryBoolean) else True

    def ensure_index(self) -> float | None:
        """Rebuild the index from the store when it does not describe it; the seconds taken
        (None when it was up to date)."""
        if self.index.complete:
            return None
        with self._write_lock:
            if self.index.complete:
                return None
            began = time.perf_counter()
            graphs = self.backend.named_graphs()
            log.info("building the read index from %d graphs", len(graphs))
            self.index.rebuild((g, self.backend.graph_quads(g)) for g in graphs)
            took = time.perf_counter() - began
            log.info("read index built in %.1f s", took)
            return took

    def _held(self, graph: str) -> set[ox.Quad]:
        """What `graph` holds now (asked first whether it exists: reading a graph that does
        not exist costs milliseconds on a large store, the question microseconds)."""
        exists = self.backend.query(_GRAPH_EXISTS, bindings={"g": ox.NamedNode(graph)})
        if isinstance(exists, ox.QueryBoolean) and not exists:
            return set()
        return self.backend.graph_quads(graph)

    def _failed(self, graphs: Iterable[str]) -> None:
        """After a write that raised (it may have happened, in part): the index takes the
        graphs as the store holds them now; when they cannot be read, the index no longer
        describes the store (rebuilt by the next `ensure_index`)."""
        self._quads = None  # what went in is not known: count again
        try:
            self.index.apply({g: self._held(g) or None for g in graphs})
        except Exception:
            self.index.mark_incomplete()

    # ---- writes --------------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> bool:
        return self.replace_graphs({graph: quads})[graph]

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        """The backend's `replace_graphs`, with the index; OutdatedStoreError (nothing
        written) when the store's entity ids are of an older scheme (they would be minted
        a second time under new IRIs)."""
        outdated = self.outdated_ids()
        if outdated:
            raise OutdatedStoreError(outdated + ", then run this again.")
        return self.rewrite_graphs(graphs)

    def outdated_ids(self) -> str | None:
        """Why the store refuses new articles and what to do (None: its entity ids are of
        the current scheme)."""
        if self.id_scheme >= ID_SCHEME:
            return None
        where = f" beside {self.id_scheme_path}" if self.id_scheme_path else ""
        return (
            f"The store{where} holds entity ids minted by an older ikg (id scheme "
            f"{self.id_scheme}: letters such as ø, ł, æ, œ, ß were dropped, 'Ørsted' became "
            f"'rsted'); a new article would mint a second entity for the same company. "
            "Run `ikg migrate` once (with the same --data-dir; stop a server that has it "
            "open first)"
        )

    def rewrite_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        """`replace_graphs` without the id-scheme check: for the id migration itself."""
        with self._write_lock:
            written = {g: list(q) for g, q in graphs.items()}
            indexed = self.index.complete
            if indexed:
                self.index.mark_pending(written)
            try:
                changed = self.backend.replace_graphs(written)
            except BaseException:
                if indexed:
                    self._failed(written)
                raise
            if indexed:
                updated = {g: written[g] or None for g in written if changed[g]}
                held = self.index.quad_counts(updated)  # what the graphs held before
                if updated:
                    self.index.apply(updated)
                self.index.clear_pending([g for g in written if not changed[g]])
                self._count_change(
                    sum(len(set(written[g])) - held.get(g, 0) for g in updated)
                )
            else:
                self._quads = None
            return changed

    def remove_graph(self, graph: str) -> bool:
        with self._write_lock:
            indexed = self.index.complete
            if indexed:
                self.index.mark_pending([graph])
            try:
                removed = self.backend.remove_graph(graph)
            except BaseException:
                if indexed:
                    self._failed([graph])
                raise
            if indexed:
                held = self.index.quad_counts([graph])
                self.index.apply({graph: None})
                self._count_change(-held.get(graph, 0))
            else:
                self._quads = None
            return removed

    def _count_change(self, delta: int) -> None:
        if self._quads is not None:
            self._quads += delta

    def replay(self, graphs: Iterable[str]) -> list[str]:
        """Bring the index up to date with these graphs as the store holds them now (written
        or removed by another process: `graph.change_log`); the graphs whose content differed
        from what the index had. Idempotent: an unchanged graph costs one read. Nothing is
        done while the index is incomplete (its rebuild reads the store). Side effect: writes
        the index."""
        with self._write_lock:
            if not self.index.complete:
                return []
            wanted = sorted(set(graphs))
            now = {g: self._held(g) for g in wanted}
            known = self.index.digests(wanted)
            changed = {g: quads or None for g, quads in now.items()
                       if known.get(g) != (digest(quads) if quads else None)}
            if changed:
                self.index.apply(changed)
                self._quads = None  # only a store that others write has replays: count again
            return sorted(changed)

    # ---- everything else is the backend's ------------------------------------------------

    def graph_quads(self, graph: str) -> set[ox.Quad]:
        return self.backend.graph_quads(graph)

    def named_graphs(self) -> list[str]:
        return self.backend.named_graphs()

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        union_default_graph: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self.backend.query(
            sparql,
            bindings=bindings,
            union_default_graph=union_default_graph,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
        )

    def export(self, fmt: str, output: IO[bytes]) -> None:
        self.backend.export(fmt, output)

    def checkpoint(self, path: Path) -> None:
        self.backend.checkpoint(path)

    def __len__(self) -> int:
        """The number of quads: counted once (a scan of the whole store), then kept by the
        writes made through this object; a remote store is asked each time, and so is the
        store while its index is incomplete (its rebuild holds the writers' lock for minutes
        on a large store, and the writes made meanwhile keep no count)."""
        if "remote" in self.capabilities or not self.index.complete:
            return len(self.backend)
        with self._write_lock:
            if self._quads is None:
                self._quads = len(self.backend)
            return self._quads

    def close(self) -> None:
        with self._write_lock:
            self.backend.close()
            self.index.close()

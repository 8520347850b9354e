"""A store and its read index (`graph.read_index`), written together.

`open_store` hands out an `IndexedStore`: every article graph written or removed through it
also updates the index, in the same call, so the index describes the store without ever
reading the whole store again. A write marks its graphs pending in the index before it
touches the store and clears the marks with the index update, so a process killed between the
two leaves marks that the next open re-reads from the store.

An index that does not describe the store yet (a store written before the index existed, or
the in-memory index of a remote store) is rebuilt from the store's graphs by
`ensure_index()`; until then writes leave it alone (the rebuild reads them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.read_index import ReadIndex
from graph.store import Binding, Store

log = logging.getLogger(__name__)

_ANY_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"


def index_path(store_path: Path) -> Path:
    """Where the read index of the store at `store_path` lives: beside it."""
    return store_path.with_name(store_path.name + ".index.sqlite")


class IndexedStore:
    """A `Store` that keeps its `ReadIndex` up to date (see the module docstring)."""

    def __init__(self, backend: Store, path: Path | None) -> None:
        self.backend = backend
        self.capabilities = backend.capabilities
        self._write_lock = threading.RLock()
        new = path is None or not path.exists()
        self.index = ReadIndex(path, store_is_empty=new and not self._has_graphs())
        for graph in self.index.pending_graphs():  # writes a killed process did not finish
            self._resync([graph])

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

    def _resync(self, graphs: Iterable[str]) -> None:
        """Bring these graphs' index rows in line with what the store holds now."""
        self.index.apply({g: self.backend.graph_quads(g) or None for g in graphs})

    # ---- writes --------------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> bool:
        return self.replace_graphs({graph: quads})[graph]

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        with self._write_lock:
            written = {g: list(q) for g, q in graphs.items()}
            self.index.mark_pending(written)
            try:
                changed = self.backend.replace_graphs(written)
            except BaseException:
                self._resync(written)
                raise
            updated = {g: written[g] for g in written if changed[g]}
            if updated:
                self.index.apply(updated)
            self.index.clear_pending([g for g in written if not changed[g]])
            return changed

    def remove_graph(self, graph: str) -> bool:
        with self._write_lock:
            self.index.mark_pending([graph])
            try:
                removed = self.backend.remove_graph(graph)
            except BaseException:
                self._resync([graph])
                raise
            self.index.apply({graph: None})
            return removed

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
        return len(self.backend)

    def close(self) -> None:
        with self._write_lock:
            self.backend.close()
            self.index.close()

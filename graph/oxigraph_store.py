"""The embedded store: Oxigraph (RocksDB) through pyoxigraph. See BENCHMARKS.md for why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.store import Binding, export_format
from ontology.errors import InputError, StoreError

_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

BULK_MIN_QUADS = 2_000
"""New graphs of at least this many quads in all (an ingest batch, about 25 articles) go in
through pyoxigraph's bulk loader: it writes sorted files and hands them to RocksDB in one
ingestion, atomic since Oxigraph 0.5 ("Bulk loading is now atomic: if it fails no triple will
be added"), and measured 2-3x cheaper than a transactional `extend` for ingest batches
(BENCHMARKS.md). Fewer quads use `extend`: one small write should not create a dozen files."""


class OxigraphStore:
    """A pyoxigraph store on disk (or in memory when `path` is None)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        base = {"named-graphs", "atomic-replace", "sparql-1.1"}
        self.capabilities = frozenset(base | ({"persistent", "checkpoint"} if path else set()))
        try:
            if path is None:
                self._store = ox.Store()
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                _remove_orphan_bulk_files(path)
        except OSError as exc:
            raise StoreError(
                f"Cannot open the store at {path}: {exc}. If another ikg process (a server or "
                "an ingest) is using this data directory, stop it or use another --data-dir."
            ) from exc

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> bool:
        """Atomically replace `graph` with `quads`; False (and no write) when already equal.

        A new graph is one transactional `extend` (or bulk load, see BULK_MIN_QUADS). An
        existing one is replaced by one SPARQL Update transaction (drop + insert commit
        together) whose data block is written by pyoxigraph's own N-Triples serializer, which
        escapes every literal: nothing is formatted by hand.
        """
        return self.replace_graphs({graph: quads})[graph]

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        changed: dict[str, bool] = {}
        fresh: list[ox.Quad] = []
        for graph, quads in graphs.items():
            g = ox.NamedNode(graph)
            new = {
                q if q.graph_name == g else ox.Quad(q.subject, q.predicate, q.object, g)
                for q in quads
            }
            if not self._store.contains_named_graph(g):
                fresh.extend(new)  # new graphs: added whole, together, in one transaction
                changed[graph] = True
            elif new == self.graph_quads(graph):
                changed[graph] = False
            else:
                self._replace_existing(g, new)
                changed[graph] = True
        if fresh:
            bulk = self.path is not None and len(fresh) >= BULK_MIN_QUADS
            add = self._store.bulk_extend if bulk else self._store.extend
            self._write(lambda: add(fresh))
        return changed

    def _replace_existing(self, g: ox.NamedNode, new: set[ox.Quad]) -> None:
        triples = ox.serialize([q.triple for q in new], format=ox.RdfFormat.N_TRIPLES)
        assert triples is not None
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{triples.decode()}\n}} }}"
        self._write(lambda: self._store.update(update))

    def remove_graph(self, graph: str) -> bool:
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            return False
        self._write(lambda: self._store.remove_graph(g))
        return True

    def graph_quads(self, graph: str) -> set[ox.Quad]:
        return set(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        union_default_graph: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        substitutions = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        kwargs: dict[str, object] = {}
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif union_default_graph:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, substitutions=substitutions, **kwargs)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise InputError(f"Malformed SPARQL query: {exc}") from exc
        except (ValueError, RuntimeError) as exc:
            raise InputError(f"Invalid SPARQL query: {exc}") from exc

    def export(self, fmt: str, output: IO[bytes]) -> None:
        rdf_format = export_format(fmt)
        if rdf_format.supports_datasets:
            self._store.dump(output, rdf_format)
        else:
            triples = self._store.query(_UNION_TRIPLES)
            assert isinstance(triples, ox.QueryTriples)
            ox.serialize(sorted(set(triples), key=str), output, rdf_format)

    def checkpoint(self, path: Path) -> None:
        """A RocksDB checkpoint of the store at `path` (hard links: milliseconds, little disk).

        Side effect: creates `path`, which must not exist yet. Persistent stores only.
        """
        if self.path is None:
            raise StoreError("An in-memory store has no checkpoint; export it instead.")
        self._write(lambda: self._store.backup(str(path)))

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self.path is not None:
            self._store.flush()
        del self._store

    def _write(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except OSError as exc:
            raise StoreError(f"Writing to the store at {self.path} failed: {exc}") from exc


def _remove_orphan_bulk_files(path: Path) -> None:
    """Delete the bulk loader's temporary files left by a process killed mid-write.

    The bulk loader writes `bulk-*.sst` files next to the database and removes them once
    RocksDB has ingested them; files still there belong to a write that never happened. Safe
    here: this process holds the store's lock, so no other writer can be using them.
    """
    for orphan in path.glob("bulk-*.sst"):
        orphan.unlink(missing_ok=True)

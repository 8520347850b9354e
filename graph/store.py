"""The store interface: a persistent RDF dataset with one named graph per article.

Backends are chosen by URL (`open_store("oxigraph:./data/store")`, `open_store("memory:")`)
and declare what they can do in `capabilities` rather than being told apart by type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

import pyoxigraph as ox

from ontology.errors import InputError, StoreError

if TYPE_CHECKING:
    from graph.indexed_store import IndexedStore

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
"""Export format names accepted by `Store.export` and the CLI."""



def export_format(name: str) -> ox.RdfFormat:
    """The RDF format of an export format name; InputError naming the choices."""
    try:
        return EXPORT_FORMATS[name]
    except KeyError:
        raise InputError(
            f"Unknown export format {name!r}; choose one of {', '.join(EXPORT_FORMATS)}."
        ) from None


Binding = ox.NamedNode | ox.Literal | ox.BlankNode


@dataclass(frozen=True)
class GraphStats:
    """Counts describing a store."""

    quads: int
    graphs: int
    articles: int
    entities: int
    claims: int
    edges: int
    by_type: Mapping[str, int] = field(default_factory=dict)


class Store(Protocol):
    """A persistent RDF dataset. Every write is atomic; readers never see half an article."""

    capabilities: frozenset[str]

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> bool:
        """Atomically replace the content of `graph`; return False when it was already equal."""
        ...

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        """`replace_graph` for many graphs; each graph is replaced atomically, and graphs that
        are new to the store are added together in one atomic write (fast bulk ingest).
        Returns graph name -> changed."""
        ...

    def remove_graph(self, graph: str) -> bool:
        """Atomically drop `graph`; return False when it did not exist."""
        ...

    def graph_quads(self, graph: str) -> set[ox.Quad]:
        """All quads of one named graph."""
        ...

    def named_graphs(self) -> list[str]:
        """Names of all named graphs."""
        ...

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        union_default_graph: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a read-only SPARQL 1.1 query with bound variables; InputError when malformed."""
        ...

    def export(self, fmt: str, output: IO[bytes]) -> None:
        """Write the whole dataset (or its union graph, for triple formats) to `output`."""
        ...

    def checkpoint(self, path: Path) -> None:
        """Write a consistent on-disk copy that `Store.read_only`-style readers can open.

        Only for backends whose `capabilities` include "checkpoint".
        """
        ...

    def __len__(self) -> int: ...

    def close(self) -> None:
        """Flush and release the store (its lock on disk)."""
        ...


def open_store(url: str) -> IndexedStore:
    """Open a store from a URL: `oxigraph:PATH` (persistent), `memory:` (tests, scratch), or
    `http(s)://...` (a remote SPARQL server; `graph.sparql_http` tells the URL's form).

    Side effect: creates the directory of a persistent store when missing; a remote store is
    asked one query, so an unreachable server fails here, naming its URL. The store comes
    with its read index (`graph.indexed_store`): beside a persistent store's directory
    (`<dir>.index.sqlite`), in memory otherwise. A persistent store also records the scheme of
    its entity ids beside it (`<dir>.ids.json`, `graph.id_migration`; written at the first
    open); a store of an older scheme opens, but refuses new articles until `ikg migrate`.
    """
    scheme, _, rest = url.partition(":")
    if scheme in ("http", "https"):
        from graph.indexed_store import IndexedStore
        from graph.remote_store import RemoteStore
        from graph.sparql_http import Endpoints

        return IndexedStore(RemoteStore(Endpoints.from_url(url)), None, on_demand=True)
    if scheme == "oxigraph" and rest:
        from graph.id_migration import marker_path
        from graph.indexed_store import IndexedStore, index_path
        from graph.oxigraph_store import OxigraphStore

        store = IndexedStore(OxigraphStore(Path(rest)), index_path(Path(rest)))
        try:
            store.check_id_scheme(marker_path(Path(rest)))
        except BaseException:
            store.close()
            raise
        return store
    if scheme == "memory":
        from graph.indexed_store import IndexedStore
        from graph.oxigraph_store import OxigraphStore

        return IndexedStore(OxigraphStore(None), None)
    raise StoreError(
        f"Unknown store URL {url!r}: use 'oxigraph:PATH' for a persistent store, 'memory:', "
        "or the http(s) URL of a SPARQL server's query endpoint."
    )


def iter_rows(
    solutions: ox.QuerySolutions,
) -> Iterator[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]:
    """SELECT solutions as dicts of variable name -> term (None when unbound)."""
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {name: solution[name] for name in names}

"""Counts that describe a store (what `ikg stats` prints)."""

from __future__ import annotations

import pyoxigraph as ox

from graph import sparql_queries as q
from graph.read_index import ReadIndex
from graph.store import GraphStats, Store, iter_rows
from ontology.vocabulary import PROPERTY_RELATION


def _count(store: Store, sparql: str) -> int:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    for row in iter_rows(result):
        value = row["n"]
        return int(value.value) if value is not None else 0
    return 0


def store_stats(store: Store) -> GraphStats:
    """Articles, entities, claims and edges (by relation type) held in the store: from its
    read index when it has a complete one (no scan of the store), else by SPARQL."""
    index = getattr(store, "index", None)
    if isinstance(index, ReadIndex) and index.complete and "remote" not in store.capabilities:
        return index_stats(store, index)
    return sparql_stats(store)


def index_stats(store: Store, index: ReadIndex) -> GraphStats:
    """`store_stats` read from the store's read index (which describes the whole store)."""
    by_type = index.asserted_edges_by_type()
    counts = index.counts()
    return GraphStats(
        quads=len(store),
        graphs=len(store.named_graphs()),
        articles=counts["articles"],
        entities=counts["entities"],
        claims=index.distinct_claims(),
        edges=sum(by_type.values()),
        by_type=by_type,
    )


def sparql_stats(store: Store) -> GraphStats:
    """`store_stats` counted by SPARQL queries over the whole store."""
    result = store.query(q.EDGES_BY_PREDICATE)
    assert isinstance(result, ox.QuerySolutions)
    by_type: dict[str, int] = {}
    for row in iter_rows(result):
        p, n = row["p"], row["n"]
        if p is not None and n is not None:
            by_type[PROPERTY_RELATION[p.value].value] = int(n.value)
    return GraphStats(
        quads=len(store),
        graphs=len(store.named_graphs()),
        articles=_count(store, q.COUNT_ARTICLES),
        entities=_count(store, q.COUNT_ENTITIES),
        claims=_count(store, q.COUNT_CLAIMS),
        edges=sum(by_type.values()),
        by_type=by_type,
    )

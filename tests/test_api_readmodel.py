"""The read index follows replaced, added and removed articles as a full rebuild would read
them, and neighbourhoods walked on it or on the whole-store model are the networkx ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from api.readmodel.model import ReadModel, edge_filter
from api.readmodel.reads import Reads
from graph import analytics
from graph.indexed_store import IndexedStore
from graph.projection import project
from graph.store import open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris
from ontology.records import Entity, EntityType, Relation, RelationType, Status
from tests.test_api_support import extractions, same_as_whole_store


@pytest.fixture
def store(tmp_path: Path) -> IndexedStore:
    s = open_store(f"oxigraph:{tmp_path / 'store'}")
    for e in extractions():
        store_extraction(s, e, Iris())
    return s


def test_replacing_an_article_updates_like_a_full_rebuild(store: IndexedStore) -> None:
    before = project(store)
    e1, e2, _ = extractions()
    text = e2.article.text
    # the chip article now: different claims, a renamed outlet-like entity, a new company
    amd = Entity("amd", "AMD", EntityType.COMPANY)
    nvidia = replace(e2.entity("nvidia"), name="NVIDIA Corp", aliases=("Nvidia",))
    changed = replace(
        e2,
        entities=(*[x for x in e2.entities if x.id != "nvidia"], nvidia, amd),
        relations=(
            Relation(RelationType.SUPPLIES, "tsmc", "amd", text[:30], 0, 30, Status.PLANNED),
            *e2.relations[1:3],
        ),
    )
    store_extraction(store, changed, Iris())
    assert project(store) != before
    same_as_whole_store(store)


def test_adding_and_removing_articles_update_like_a_full_rebuild(store: IndexedStore) -> None:
    e1, _, _ = extractions()
    more = replace(
        e1,
        article=replace(e1.article, id="another", title="Another one"),
        relations=e1.relations[:2],
    )
    graph = store_extraction(store, more, Iris()).article_iri
    same_as_whole_store(store)
    assert store.remove_graph(graph)
    same_as_whole_store(store)
    assert store.remove_graph(Iris().article(e1.article.key))
    same_as_whole_store(store)


@pytest.mark.parametrize(
    "conditions",
    [
        {},
        {"types": {"SUPPLIES", "INVESTS_IN"}},
        {"statuses": {"planned", "completed"}},
        {"since": date(2026, 1, 1), "until": date(2026, 12, 31)},
        {"types": {"COMPETES_WITH"}, "statuses": {"denied", "reported"}},
    ],
)
def test_neighbourhood_walks_the_same_subgraph_as_the_networkx_view(
    store: IndexedStore, conditions: dict[str, Any]
) -> None:
    model = ReadModel(1, project(store))
    reads = Reads(store, Iris(), lambda: 0)
    view = analytics.filter_edges(model.graph, **conditions)
    for center in sorted(model.graph.nodes):
        for depth, limit in [(1, 200), (2, 200), (3, 4), (2, 2)]:
            sub = analytics.neighbourhood(view, center, depth=depth, limit=limit)
            nodes, edges = model.neighbourhood(center, depth, limit, edge_filter(**conditions))
            assert nodes == sorted(sub.nodes)
            assert edges == [model.edge_row(u, v, k) for u, v, k in sorted(sub.edges(keys=True))]
            on_index, summaries = reads.neighbourhood(
                center, depth, limit, edge_filter(**conditions)
            )
            assert on_index == nodes
            assert [e.key for e in summaries] == [(e.source, e.type, e.target) for e in edges]

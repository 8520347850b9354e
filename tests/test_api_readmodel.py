"""The read model is refreshed incrementally after a write and equals a full rebuild."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from api.readmodel.model import ReadModel, edge_filter
from graph import analytics
from graph.projection import Projection, project, update_projection
from graph.store import Store, open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris
from ontology.records import Entity, EntityType, Relation, RelationType, Status
from tests.test_api_support import extractions


def same(a: Projection, b: Projection) -> None:
    assert a.entities == b.entities
    assert a.articles == b.articles
    assert a.mentions == b.mentions
    assert a.edges == b.edges


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(f"oxigraph:{tmp_path / 'store'}")
    for e in extractions():
        store_extraction(s, e, Iris())
    return s


def test_replacing_an_article_updates_like_a_full_rebuild(store: Store) -> None:
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
    graph = store_extraction(store, changed, Iris()).article_iri
    same(update_projection(store, before, graph), project(store))


def test_adding_and_removing_articles_update_like_a_full_rebuild(store: Store) -> None:
    before = project(store)
    e1, _, _ = extractions()
    more = replace(
        e1,
        article=replace(e1.article, id="another", title="Another one"),
        relations=e1.relations[:2],
    )
    graph = store_extraction(store, more, Iris()).article_iri
    after_add = update_projection(store, before, graph)
    same(after_add, project(store))
    assert store.remove_graph(graph)
    same(update_projection(store, after_add, graph), project(store))
    after_remove = update_projection(store, after_add, graph)
    first = Iris().article(e1.article.key)
    assert store.remove_graph(first)
    same(update_projection(store, after_remove, first), project(store))


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
    store: Store, conditions: dict[str, Any]
) -> None:
    model = ReadModel(1, project(store))
    view = analytics.filter_edges(model.graph, **conditions)
    for center in sorted(model.graph.nodes):
        for depth, limit in [(1, 200), (2, 200), (3, 4), (2, 2)]:
            sub = analytics.neighbourhood(view, center, depth=depth, limit=limit)
            nodes, edges = model.neighbourhood(center, depth, limit, edge_filter(**conditions))
            assert nodes == sorted(sub.nodes)
            assert edges == [model.edge_row(u, v, k) for u, v, k in sorted(sub.edges(keys=True))]

"""graph.analytics and graph.nx_view: doctests, and the functions on a real projection."""

from __future__ import annotations

import doctest
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

import api.sparql.guard
import api.sparql.protocol
import graph.analytics
import graph.nx_view
import graph.read_index
from graph import analytics, compact
from graph.nx_view import graph_of, node_id
from graph.projection import project
from graph.store import open_store
from loaders.extractor import get_extractor
from loaders.ingest import ingest_article
from ontology.iris import Iris
from ontology.records import Article
from tests.test_api_support import build_store

ENT = "https://industry-kg.org/id/entity/"


@pytest.mark.parametrize(
    "module",
    [graph.analytics, graph.nx_view, graph.read_index, api.sparql.protocol, api.sparql.guard],
)
def test_doctests(module: object) -> None:
    failures, tried = doctest.testmod(module, raise_on_error=False)  # type: ignore[arg-type]
    assert tried > 0 and failures == 0


@pytest.fixture(scope="module")
def g(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    data: Path = tmp_path_factory.mktemp("nx") / "data"
    build_store(data)
    store = open_store(f"oxigraph:{data / 'store'}")
    try:
        return graph_of(project(store))
    finally:
        store.close()


def ids(nodes: object) -> list[str]:
    return sorted(node_id(str(n)) for n in nodes)  # type: ignore[attr-defined]


def test_the_view_has_entities_and_business_edges_only(g: nx.MultiDiGraph) -> None:
    assert g.nodes[ENT + "nvidia"] == {"id": "nvidia", "name": "Nvidia", "type": "Company"}
    types = {k for _, _, k in g.edges(keys=True)}
    assert "REPORTED_BY" not in types and {"SUPPLIES", "INVESTS_IN", "ACQUIRES"} <= types
    data = g.edges[ENT + "nvidia", ENT + "openai", "INVESTS_IN"]
    assert data["status"] == "planned" and data["claims"] == 1
    assert data["first_reported"] == date(2025, 9, 22) and data["outlets"] == (
        "CNBC",
        "Example Wire",
    )
    assert g.edges[ENT + "nvidia", ENT + "arm", "ACQUIRES"]["asserted"] is False


def test_filters_compose(g: nx.MultiDiGraph) -> None:
    supply = analytics.filter_edges(g, types={"SUPPLIES"})
    assert {k for _, _, k in supply.edges(keys=True)} == {"SUPPLIES"}
    assert len(supply) == len(g)  # nodes stay
    asserted = analytics.filter_edges(g, asserted_only=True)
    assert (ENT + "nvidia", ENT + "arm", "ACQUIRES") not in asserted.edges(keys=True)
    recent = analytics.filter_edges(g, since=date(2026, 1, 1))
    assert all(d["last_reported"] >= date(2026, 1, 1) for *_, d in recent.edges(data=True))
    old = analytics.filter_edges(g, until=date(2025, 12, 31), statuses={"planned"})
    assert {(node_id(u), k, node_id(v)) for u, v, k in old.edges(keys=True)} == {
        ("nvidia", "INVESTS_IN", "openai"),
        ("nvidia", "SUPPLIES", "openai"),
    }


def test_neighbourhood_top_paths_and_exposure(g: nx.MultiDiGraph) -> None:
    one = analytics.neighbourhood(g, ENT + "tsmc", depth=1)
    assert ids(one.nodes) == ["asml", "nvidia", "tsmc"]
    assert ids(analytics.neighbourhood(g, ENT + "tsmc", depth=2, limit=4).nodes) == [
        "asml",
        "nvidia",
        "openai",
        "tsmc",
    ]  # nearest first, then the most connected
    assert ids(analytics.top_connected(g, 2).nodes) == ["nvidia", "openai"]
    paths = analytics.shortest_paths(g, ENT + "asml", ENT + "openai", max_hops=3)
    assert [[node_id(n) for n in p] for p in paths] == [["asml", "tsmc", "nvidia", "openai"]]
    assert analytics.shortest_paths(g, ENT + "asml", ENT + "openai", max_hops=2) == []
    exposure = analytics.upstream_exposure(g, ENT + "openai", hops=2)
    assert [(node_id(s), len(p) - 1) for s, p in exposure] == [
        ("acme-drop-all", 1),
        ("microsoft", 1),
        ("nvidia", 1),
        ("tsmc", 2),
    ]
    with pytest.raises(KeyError):
        analytics.neighbourhood(g, ENT + "nobody")


def test_centrality_is_deterministic_and_ranked(g: nx.MultiDiGraph) -> None:
    for measure in ("degree", "pagerank", "betweenness"):
        first = analytics.centrality(g, measure, 5)  # type: ignore[arg-type]
        assert first == analytics.centrality(g, measure, 5)  # type: ignore[arg-type]
        scores = [s for _, s in first]
        assert scores == sorted(scores, reverse=True) and len(first) == 5
    pr = analytics.pagerank(g)
    assert abs(sum(pr.values()) - 1.0) < 1e-6
    with pytest.raises(ValueError):
        analytics.centrality(g, "fame", 3)  # type: ignore[arg-type]


def test_betweenness_is_sampled_on_large_graphs() -> None:
    big = nx.MultiDiGraph()
    for i in range(analytics.BETWEENNESS_SAMPLE + 50):
        big.add_edge(f"n{i}", f"n{i + 1}", key="SUPPLIES")
    ranked = analytics.centrality(big, "betweenness", 3)
    assert len(ranked) == 3 and ranked == analytics.centrality(big, "betweenness", 3)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, compact.CompactGraph]:
    """The networkx view and the compact graph of the read index, of the same store (the
    seed articles plus a supply chain long enough for several paths and hops)."""
    data: Path = tmp_path_factory.mktemp("compact") / "data"
    build_store(data)
    store = open_store(f"oxigraph:{data / 'store'}")
    try:
        chain = [f"Link{i} Corp" for i in range(6)]
        texts = [f"{a} supplies {b}." for a, b in zip(chain, chain[1:], strict=False)]
        texts += ["Link0 Corp supplies Nvidia.", "Link2 Corp supplies OpenAI."]
        texts += ["Link0 Corp supplies Link7 Corp.", "Link7 Corp supplies Link2 Corp."]
        for i, text in enumerate(texts):
            ingest_article(
                store,
                Article(text, title=f"Chain {i}", date=date(2025, 5, 1 + i), language="en"),
                get_extractor("rules"),
                Iris(),
            )
        return graph_of(project(store)), compact.load(store.index)
    finally:
        store.close()


def test_the_compact_graph_answers_as_the_networkx_view(
    both: tuple[nx.MultiDiGraph, compact.CompactGraph],
) -> None:
    g, small = both
    asserted = analytics.filter_edges(g, asserted_only=True)
    assert sorted(small.nodes) == sorted(g.nodes)
    assert small.edges == asserted.number_of_edges()
    nodes = sorted(g.nodes)
    two = compact.shortest_paths(small, ENT + "link0", ENT + "link2")
    assert [[node_id(n) for n in p] for p in two] == [
        ["link0", "link1", "link2"],
        ["link0", "link7", "link2"],
    ]
    for a in nodes[::3]:
        for b in nodes[1::4]:
            for hops in (1, 2, 4):
                assert compact.shortest_paths(small, a, b, hops) == analytics.shortest_paths(
                    asserted, a, b, hops
                ), (a, b, hops)
    for node in nodes:
        for hops in (1, 3, 6):
            assert compact.upstream_exposure(small, node, hops) == analytics.upstream_exposure(
                asserted, node, hops
            ), (node, hops)
    for measure in ("degree", "pagerank", "betweenness"):
        mine = compact.centrality(small, measure, 8)
        theirs = analytics.centrality(asserted, measure, 8)  # type: ignore[arg-type]
        assert [n for n, _ in mine] == [n for n, _ in theirs], measure
        assert [round(s, 9) for _, s in mine] == [round(s, 9) for _, s in theirs], measure
    with pytest.raises(KeyError):
        compact.shortest_paths(small, ENT + "nobody", nodes[0])
    with pytest.raises(ValueError):
        compact.centrality(small, "fame", 3)

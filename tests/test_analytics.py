"""graph.analytics and graph.nx_view: doctests, and the functions on a real projection."""

from __future__ import annotations

import doctest
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

import api.readmodel.model
import api.sparql.guard
import api.sparql.protocol
import graph.analytics
import graph.nx_view
from graph import analytics
from graph.nx_view import graph_of, node_id
from graph.projection import project
from graph.store import open_store
from tests.test_api_support import build_store

ENT = "https://industry-kg.org/id/entity/"


@pytest.mark.parametrize(
    "module",
    [graph.analytics, graph.nx_view, api.readmodel.model, api.sparql.protocol, api.sparql.guard],
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

"""REST reads from the read index and bound store queries (issue 12): the same answers as the
whole-store reading (`graph.projection.project` rendered by a `ReadModel`), an index that
follows every write and can be rebuilt from the store, pages over a hub, writes visible at
once, and whole-graph analytics from the background with their age."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.readmodel import background
from api.readmodel.model import ReadModel, dumps, edge_filter
from api.readmodel.reads import Reads, encode_cursor
from graph import analytics
from graph.indexed_store import IndexedStore, index_path
from graph.nx_view import node_id
from graph.projection import project
from graph.read_index import SCHEMA_VERSION, IndexNotReady
from graph.store import open_store
from loaders.ingest import remove_article, store_extraction, store_extractions
from ontology.iris import Iris
from ontology.mapping import article_quads
from ontology.records import Article, Entity, EntityType, Extraction, Relation, RelationType
from tests.test_api_support import (
    LiveServer,
    build_store,
    extractions,
    same_as_whole_store,
    settings_for,
)

pytest_plugins = ["tests.test_api_support"]  # live_server

ENT = "https://industry-kg.org/id/entity/"
HUB_EDGES = 45


def hub_article(i: int) -> Extraction:
    """Article i: the hub supplies customer i (and customers 0 and 1 appear in several)."""
    text = f"Hubco supplies Client{i} Corp with batteries. Client{i} Corp competes with Hubco."
    article = Article(
        text,
        title=f"Hub {i}",
        date=date(2025, 1, 1 + i % 28),
        language="en",
        publisher="Example Wire",
        id=f"hub-{i}",
    )
    hub = Entity("hubco", "Hubco", EntityType.COMPANY)
    client = Entity(f"client{i}-corp", f"Client{i} Corp", EntityType.COMPANY)
    first = text.index(".") + 1
    return Extraction(
        article,
        "en",
        (hub, client),
        (
            Relation(RelationType.SUPPLIES, "hubco", client.id, text[:first], 0, first),
            Relation(
                RelationType.COMPETES_WITH,
                client.id,
                "hubco",
                text[first + 1 :],
                first + 1,
                len(text),
            ),
        ),
    )


@pytest.fixture
def hub_store(tmp_path: Path) -> Iterator[IndexedStore]:
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(HUB_EDGES)], Iris())
    for e in extractions():
        store_extraction(store, e, Iris())
    yield store
    store.close()


def test_the_index_follows_every_write_and_equals_the_whole_store(
    hub_store: IndexedStore,
) -> None:
    same_as_whole_store(hub_store)
    e1, e2, _ = extractions()[:3]
    # an article replaced (other text, other date), one removed, one re-added
    edited = Extraction(
        dataclasses.replace(e2.article, date=date(2020, 1, 1)),
        e2.language,
        e2.entities,
        e2.relations[:1],
    )
    store_extraction(hub_store, edited, Iris())
    same_as_whole_store(hub_store)
    assert remove_article(hub_store, Iris().article(e1.article.key))
    same_as_whole_store(hub_store)
    store_extraction(hub_store, e1, Iris())
    same_as_whole_store(hub_store)


def test_a_missing_index_is_rebuilt_and_an_interrupted_write_too(tmp_path: Path) -> None:
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(5)], Iris())
    store.close()
    index_path(tmp_path / "store").unlink()  # a store written before the index existed
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    assert not store.index.complete
    store_extraction(store, hub_article(5), Iris())  # written while the index is missing
    assert store.ensure_index() is not None and store.index.complete
    assert store.ensure_index() is None
    same_as_whole_store(store)
    # a write marked pending whose index update never happened (a process killed between)
    hub6 = Iris().article(hub_article(6).article.key)
    store.index.mark_pending([hub6])
    store.backend.replace_graph(hub6, article_quads(hub_article(6), Iris()))
    store.close()
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    try:
        assert not store.index.complete  # it no longer describes the store
        with pytest.raises(IndexNotReady):
            store.index.entities([ENT + "hubco"])
        store.ensure_index()
        same_as_whole_store(store)
        assert store.index.entities([ENT + "client6-corp"])
    finally:
        store.close()


def test_an_index_of_an_older_layout_is_rebuilt_once(tmp_path: Path) -> None:
    """An upgrade: the index file of an earlier version (schema 2 kept no per-graph
    contributions) is dropped and rebuilt, after which replacing and removing an article
    take back what it gave."""
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(5)], Iris())
    store.close()
    db = sqlite3.connect(index_path(tmp_path / "store"))
    with db:
        db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
        db.execute("DROP TABLE graph_t")
    db.close()
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    try:
        assert not store.index.complete
        with pytest.raises(IndexNotReady):
            store.index.entities([ENT + "hubco"])
        assert store.ensure_index() is not None
        assert store.ensure_index() is None
        same_as_whole_store(store)
        edited = dataclasses.replace(hub_article(1), relations=hub_article(1).relations[:1])
        store_extraction(store, edited, Iris())
        assert remove_article(store, Iris().article(hub_article(2).article.key))
        same_as_whole_store(store)
        assert not store.index.entities([ENT + "client2-corp"])
    finally:
        store.close()
    db = sqlite3.connect(index_path(tmp_path / "store"))
    try:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            SCHEMA_VERSION,
        )
    finally:
        db.close()
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    try:
        assert store.index.complete  # rebuilt once: the next start reads it as it is
    finally:
        store.close()


def test_the_quad_count_does_not_wait_for_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`/health` counts the quads while `ikg serve` rebuilds the index at start (which holds
    the writers' lock: minutes on a large store). The rebuild is held at its first graph."""
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(5)], Iris())
    expected = len(store.backend)
    store.index.mark_incomplete()
    reading, release = threading.Event(), threading.Event()
    read_graph = store.backend.graph_quads

    def held(graph: str) -> set[ox.Quad]:
        reading.set()
        release.wait()
        return read_graph(graph)

    monkeypatch.setattr(store.backend, "graph_quads", held)
    rebuild = threading.Thread(target=store.ensure_index)
    rebuild.start()
    pool = ThreadPoolExecutor(1)
    try:
        assert reading.wait(60)
        counted = pool.submit(len, store)
        assert counted.result(timeout=60) == expected  # a guard: it waited for the lock
        assert not store.index.complete  # the rebuild was still under way
    finally:
        release.set()
        rebuild.join()
        pool.shutdown()
    try:
        assert store.index.complete
        same_as_whole_store(store)
    finally:
        store.close()


@pytest.fixture
def hub_client(tmp_path: Path) -> Iterator[TestClient]:
    data = tmp_path / "data"
    build_store(data)
    store = open_store(f"oxigraph:{data / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(HUB_EDGES)], Iris())
    store.close()
    with TestClient(create_app(settings_for(data))) as client:
        yield client


def test_a_hub_is_paged_with_a_total_and_a_cursor(hub_client: TestClient) -> None:
    whole = hub_client.get("/entities/hubco/relationships", params={"limit": 1000}).json()
    assert whole["total"] == len(whole["items"]) == 2 * HUB_EDGES
    assert whole["next_cursor"] is None
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 20} | ({"cursor": cursor} if cursor else {})
        page = hub_client.get("/entities/hubco/relationships", params=params).json()
        assert page["total"] == 2 * HUB_EDGES and page["limit"] == 20
        seen += [item["id"] for item in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 5 and seen == [item["id"] for item in whole["items"]]
    customers = hub_client.get(
        "/entities/hubco/relationships", params={"type": "SUPPLIES", "direction": "out"}
    ).json()
    assert customers["total"] == HUB_EDGES
    assert {i["target"] for i in customers["items"]} == {
        f"client{i}-corp" for i in range(HUB_EDGES)
    }
    suppliers = hub_client.get(
        "/entities/client7-corp/relationships", params={"type": "CUSTOMER_OF", "direction": "out"}
    ).json()
    assert [i["source"] for i in suppliers["items"]] == ["hubco"]
    bad = hub_client.get("/entities/hubco/relationships", params={"cursor": "nonsense!"})
    assert bad.status_code == 400 and "cursor" in bad.json()["error"]["message"]


def test_a_write_to_the_store_shows_at_once_in_rest(hub_client: TestClient) -> None:
    """Whatever writes the store through `open_store` updates the index in the same call."""
    assert hub_client.get("/entities/newco").status_code == 404
    store = hub_client.app.state.services.store  # type: ignore[attr-defined]
    text = "Newco invests in Hubco."
    article = Article(text, title="New", date=date(2025, 2, 1), language="en", id="newco-1")
    newco = Entity("newco", "Newco", EntityType.COMPANY)
    hub = Entity("hubco", "Hubco", EntityType.COMPANY)
    rel = Relation(RelationType.INVESTS_IN, "newco", "hubco", text, 0, len(text))
    store_extraction(store, Extraction(article, "en", (newco, hub), (rel,)), Iris())
    detail = hub_client.get("/entities/newco").json()
    assert detail["name"] == "Newco" and detail["degree"] == 1 and detail["articles"] == 1
    one = hub_client.get("/relationships/newco/INVESTS_IN/hubco").json()
    assert one["provenance"][0]["evidence"] == text
    investors = hub_client.get(
        "/entities/hubco/relationships", params={"type": "INVESTS_IN", "direction": "in"}
    ).json()
    assert [i["source"] for i in investors["items"]] == ["newco"]
    listed = hub_client.get("/articles", params={"entity": "newco"}).json()
    assert [a["title"] for a in listed["items"]] == ["New"] and listed["total"] == 1
    assert "newco" in {n["id"] for n in hub_client.get("/graph/top?limit=1000").json()["nodes"]}


def test_every_read_gives_the_whole_store_answer(hub_client: TestClient) -> None:
    """Each REST read from the index equals the same read rendered from the projection of
    the whole store (the reading the server held in memory before issue 12)."""
    services = hub_client.app.state.services  # type: ignore[attr-defined]
    reads: Reads = services.reads
    whole = ReadModel(0, project(services.store))
    for entity in ("hubco", "nvidia", "openai", "client3-corp", "cnbc", "tsmc"):
        iri = whole.entity(entity).iri
        detail = whole.entity_detail(whole.entity(entity))
        assert reads.entity_detail(entity) == dumps(detail)
        for types, direction in (
            (None, "both"),
            ({RelationType.SUPPLIES}, "out"),
            ({RelationType.CUSTOMER_OF}, "out"),
            ({RelationType.COMPETES_WITH}, "in"),
        ):
            found = whole.relationships_of(whole.entity(entity), types, direction)
            found.sort(
                key=lambda es: (
                    es[0].type.value,
                    es[1],
                    node_id(es[0].target if es[1] == "out" else es[0].source),
                )
            )
            for offset in (0, 3):
                page = found[offset : offset + 7]
                got = json.loads(
                    reads.relationships_page(
                        entity, types, direction, 7, encode_cursor(offset) if offset else None
                    )
                )
                assert got["total"] == len(found)
                assert got["items"] == [
                    json.loads(whole.relationship_json(e, side)) for e, side in page
                ], (entity, types, direction, offset)
        for depth in (1, 2):
            for keep in (
                None,
                edge_filter(types={"SUPPLIES"}),
                edge_filter(since=date(2026, 1, 1)),
            ):
                for compact in (False, True):
                    assert json.loads(
                        reads.neighbourhood_json(entity, depth, 12, keep, compact=compact)
                    ) == json.loads(
                        whole.neighbourhood_json(iri, depth, 12, keep, compact=compact)
                    ), (entity, depth, compact)
        articles = [
            a
            for a in whole.articles.values()
            if iri in whole.mentions.get(a.iri, ())
            or any(iri in (c.subject, c.object) for c in whole.claims_by_article.get(a.iri, ()))
        ]
        assert json.loads(reads.articles(entity, 500, 0))["total"] == len(articles)
    for s, t, o in (
        ("hubco", RelationType.SUPPLIES, "client4-corp"),
        ("client4-corp", RelationType.CUSTOMER_OF, "hubco"),
        ("nvidia", RelationType.INVESTS_IN, "openai"),
        ("openai", RelationType.PARTNERS_WITH, "microsoft"),
    ):
        assert json.loads(reads.relationship(s, t, o)) == json.loads(
            whole.relationship_json(whole.find_edge(s, t, o))
        )
    for q in ("", "nvidia", "societe generale", "client", "corp", "hubc", "wsj"):
        for etype in (None, "Company", "Organization", "Person"):
            hits = whole.search(q, etype)
            expected = [whole.entity_summary(e, score) for e, score in hits[:10]]
            got = json.loads(reads.search(q, etype, 10, 0))
            assert got["total"] == len(hits) and got["items"] == expected, (q, etype)
    edges = whole.projection.edges
    listed = json.loads(reads.relationships(None, None, None, None, None, 500, 0))
    assert listed["items"] == [json.loads(whole.relationship_json(e)) for e in edges]
    planned = [e for e in edges if "planned" in e.statuses and e.asserted]
    got = json.loads(reads.relationships(None, {"planned"}, None, None, True, 500, 0))
    assert got["items"] == [json.loads(whole.relationship_json(e)) for e in planned]
    top = analytics.top_connected(whole.graph, 9)
    nodes = sorted(top.nodes, key=lambda n: (-whole.degree.get(n, 0), str(n)))
    top_edges = [whole.edge_row(u, v, k) for u, v, k in sorted(top.edges(keys=True))]
    assert json.loads(reads.top(9)) == json.loads(whole.subgraph_json(nodes, top_edges))
    ordered = sorted(
        whole.articles.values(),
        key=lambda a: (
            a.date is None,
            -(a.date.toordinal() if a.date else 0),
            a.title or "",
            a.iri,
        ),
    )
    listed = json.loads(reads.articles(None, 500, 0))
    assert [a["iri"] for a in listed["items"]] == [a.iri for a in ordered]
    assert [a["claim_count"] for a in listed["items"]] == [
        len(whole.claims_by_article.get(a.iri, ())) for a in ordered
    ]


def test_large_graph_analytics_come_from_the_background_with_their_age(
    hub_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the inline limit, the first request is told to retry while the graph is loaded
    and ranked in the background; later ones get the ranking with its age."""
    monkeypatch.setattr(background, "INLINE_MAX_EDGES", 0)
    services = hub_client.app.state.services  # type: ignore[attr-defined]
    services.reads.snapshots = background.GraphSnapshots(
        services.store.index, lambda: services.version
    )
    first = hub_client.get("/analytics/centrality", params={"measure": "pagerank", "limit": 5})
    assert first.status_code == 503 and first.json()["error"]["code"] == "computing"
    assert int(first.headers["Retry-After"]) >= 1
    deadline = time.monotonic() + 30
    while (
        answer := hub_client.get(
            "/analytics/centrality", params={"measure": "pagerank", "limit": 5}
        )
    ).status_code == 503:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    data = answer.json()
    assert [i["entity"]["id"] for i in data["items"]][0] == "hubco"
    as_of = data["as_of"]
    assert as_of["version"] == as_of["store_version"] and as_of["age_s"] >= 0
    assert as_of["computed_at"].endswith("+00:00")
    paths = hub_client.get("/paths", params={"source": "client1-corp", "target": "client2-corp"})
    assert paths.status_code == 200 and paths.json()["as_of"]["version"] == as_of["version"]
    # a write: the old graph answers (stating its version) while a newer one loads
    text = "Client1 Corp supplies Client2 Corp with cells."
    article = Article(text, title="Direct", date=date(2025, 3, 1), language="en", id="direct")
    one, two = (Entity(f"client{i}-corp", f"Client{i} Corp", EntityType.COMPANY) for i in (1, 2))
    rel = Relation(RelationType.SUPPLIES, one.id, two.id, text, 0, len(text))
    store_extraction(services.store, Extraction(article, "en", (one, two), (rel,)), Iris())
    services.store_changed()
    stale = hub_client.get("/paths", params={"source": "client1-corp", "target": "client2-corp"})
    assert stale.json()["as_of"]["version"] < stale.json()["as_of"]["store_version"]
    while (
        fresh := hub_client.get(
            "/paths", params={"source": "client1-corp", "target": "client2-corp"}
        ).json()
    )["as_of"]["version"] < 1:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert [p["hops"] for p in fresh["paths"]] == [1]


def test_small_graph_analytics_are_computed_in_the_request(hub_client: TestClient) -> None:
    data = hub_client.get("/analytics/centrality", params={"measure": "degree"}).json()
    assert data["items"][0]["entity"]["id"] == "hubco" and data["as_of"]["age_s"] < 5


def test_relationships_over_http_carry_the_whole_store_provenance(
    live_server: LiveServer, tmp_path: Path
) -> None:
    """Over a real `ikg serve`: each relationship at an entity carries its claims' evidence,
    offsets, role, amount and outlet exactly as the whole-store reading does (the read takes
    only the provenance from the store, the rest from the index)."""
    build_store(tmp_path / "data")  # the same articles as the server's store
    store = open_store(f"oxigraph:{tmp_path / 'data' / 'store'}")
    try:
        whole = ReadModel(0, project(store))
    finally:
        store.close()
    seen: set[str] = set()
    for entity in ("nvidia", "openai", "tsmc", "cnbc"):
        url = f"{live_server.url}/entities/{entity}/relationships?limit=1000"
        with urllib.request.urlopen(url, timeout=30) as answer:
            got = json.loads(answer.read())
        expected = [
            json.loads(whole.relationship_json(e, side))
            for e, side in whole.relationships_of(whole.entity(entity), None, "both")
        ]
        assert got["total"] == len(expected)
        assert {i["id"]: i for i in got["items"]} == {i["id"]: i for i in expected}
        seen |= {k for i in got["items"] for c in i["provenance"] for k, v in c.items() if v}
    assert {"evidence", "start", "end", "role", "amount", "attributed_to"} <= seen

"""Entity-level reads straight from the store (issue 12): the same answers as the whole-store
projection, pages over a hub, and writes visible at once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.readmodel import background, local
from graph.projection import claims_at, local_projection, project
from graph.store import Store, open_store
from loaders.ingest import store_extraction, store_extractions
from ontology.iris import Iris
from ontology.records import Article, Entity, EntityType, Extraction, Relation, RelationType
from tests.test_api_support import build_store, extractions, settings_for

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
def hub_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store_extractions(store, [hub_article(i) for i in range(HUB_EDGES)], Iris())
    for e in extractions():
        store_extraction(store, e, Iris())
    yield store
    store.close()


def test_local_projection_equals_the_whole_store_reading(hub_store: Store) -> None:
    whole = project(hub_store)
    for entity in (ENT + "hubco", ENT + "nvidia", ENT + "openai", ENT + "client3-corp"):
        keys = claims_at(hub_store, entity)
        local = local_projection(hub_store, keys, [entity])
        expected = [e for e in whole.edges if entity in (e.source, e.target)]
        assert local.edges == expected, entity
        assert local.entities[entity] == whole.entities[entity]
        for article, row in local.articles.items():
            assert row == whole.articles[article]


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


def test_entity_routes_read_the_store_itself(hub_client: TestClient) -> None:
    """A write the read model does not include yet shows at once in the entity routes, which
    read the store's indexes until the model catches up."""
    assert hub_client.get("/entities/newco").status_code == 404
    store = hub_client.app.state.services.store  # type: ignore[attr-defined]
    text = "Newco invests in Hubco."
    article = Article(text, title="New", date=date(2025, 2, 1), language="en", id="newco-1")
    newco = Entity("newco", "Newco", EntityType.COMPANY)
    hub = Entity("hubco", "Hubco", EntityType.COMPANY)
    rel = Relation(RelationType.INVESTS_IN, "newco", "hubco", text, 0, len(text))
    written = store_extraction(store, Extraction(article, "en", (newco, hub), (rel,)), Iris())
    services = hub_client.app.state.services  # type: ignore[attr-defined]
    services.store_changed([written.article_iri])  # as a write does; no refresh is started
    assert services.read_models.fresh() is None
    detail = hub_client.get("/entities/newco").json()
    assert detail["name"] == "Newco" and detail["degree"] == 1 and detail["articles"] == 1
    one = hub_client.get("/relationships/newco/INVESTS_IN/hubco").json()
    assert one["provenance"][0]["evidence"] == text
    investors = hub_client.get(
        "/entities/hubco/relationships", params={"type": "INVESTS_IN", "direction": "in"}
    ).json()
    assert [i["source"] for i in investors["items"]] == ["newco"]


def test_the_store_path_and_the_model_path_give_the_same_answers(hub_client: TestClient) -> None:
    services = hub_client.app.state.services  # type: ignore[attr-defined]
    fresh = services.read_models.get()
    iris = Iris()
    for entity in ("hubco", "nvidia", "openai", "client3-corp"):
        for types, direction in (
            (None, "both"),
            ({RelationType.SUPPLIES}, "out"),
            ({RelationType.CUSTOMER_OF}, "out"),
        ):
            for cursor in (None, local.encode_cursor(3)):
                args = (services.store, iris, entity, types, direction, 7, cursor)
                assert local.relationships_page(*args, fresh) == local.relationships_page(
                    *args, None
                ), (entity, types, direction, cursor)
        assert local.entity_detail(services.store, iris, entity, fresh) == local.entity_detail(
            services.store, iris, entity, None
        )
    for s, t, o in (
        ("hubco", RelationType.SUPPLIES, "client4-corp"),
        ("client4-corp", RelationType.CUSTOMER_OF, "hubco"),
        ("nvidia", RelationType.INVESTS_IN, "openai"),
    ):
        assert local.relationship(services.store, iris, s, t, o, fresh) == local.relationship(
            services.store, iris, s, t, o, None
        )


def test_large_graph_analytics_come_from_the_background_with_their_age(
    hub_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the inline limit, the first request is told to retry while the ranking is
    computed in the background; later ones get it with its age."""
    monkeypatch.setattr(background, "INLINE_MAX_EDGES", 0)
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


def test_small_graph_analytics_are_computed_in_the_request(hub_client: TestClient) -> None:
    data = hub_client.get("/analytics/centrality", params={"measure": "degree"}).json()
    assert data["items"][0]["entity"]["id"] == "hubco" and data["as_of"]["age_s"] < 5

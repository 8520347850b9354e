"""POST /articles: API key, body limits, malformed bodies, and what a write changes (REST,
SPARQL and the analytics see it at once); hostile names through every route."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from loaders.extractor import EXTRACTORS
from ontology.iris import slugify
from ontology.records import Article, Entity, EntityType, Extraction, Relation, RelationType
from tests.test_api_support import API_KEY, HOSTILE_COMPANY, HOSTILE_PERSON, settings_for

KEY = {"X-API-Key": API_KEY}
ENT = "https://industry-kg.org/id/entity/"
IKG = "https://industry-kg.org/ontology#"


class LineExtractor:
    """A deterministic extractor for these tests: one relation per line of the form
    `A supplies B.` or `A invests in B.` (so the tests do not depend on the real extractor)."""

    name = "test-lines/1"
    _LINE = re.compile(r"^(?P<s>.+?) (?P<v>supplies|invests in) (?P<t>.+?)\.$", re.M)

    def extract(self, article: Article) -> Extraction:
        entities: dict[str, Entity] = {}
        relations = []
        for m in self._LINE.finditer(article.text):
            ids = []
            for name in (m["s"], m["t"]):
                ident = slugify(name)
                entities.setdefault(ident, Entity(ident, name, EntityType.COMPANY))
                ids.append(ident)
            rtype = RelationType.SUPPLIES if m["v"] == "supplies" else RelationType.INVESTS_IN
            relations.append(Relation(rtype, ids[0], ids[1], m[0], m.start(), m.end()))
        return Extraction(
            article,
            article.language or "en",
            tuple(entities.values()),
            tuple(relations),
            extractor=self.name,
        )


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """An app over an empty store whose extractor is `LineExtractor`."""
    monkeypatch.setitem(EXTRACTORS, "test-lines", LineExtractor)
    settings = settings_for(
        tmp_path / "data", extractor="test-lines", max_body_bytes=4000, sparql_workers=1
    )
    with TestClient(create_app(settings)) as c:
        yield c


def error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    return body["error"]  # type: ignore[no-any-return]


ARTICLE = {
    "text": "Nvidia supplies OpenAI.\nTSMC supplies Nvidia.",
    "title": "Chips",
    "date": "2026-03-01",
    "publisher": "Example Wire",
    "language": "en",
    "id": "chips-1",
}


# ---- authentication and limits ----


def test_writes_are_disabled_without_a_configured_key(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "data", api_key=None, sparql_workers=1))
    with TestClient(app) as c:
        e = error(c.post("/articles", json=ARTICLE, headers=KEY), 403)
        assert e["code"] == "writes_disabled" and "IKG_API_KEY" in e["message"]


def test_api_key_is_required(client: TestClient) -> None:
    e = error(client.post("/articles", json=ARTICLE), 401)
    assert "X-API-Key" in e["message"]
    error(client.post("/articles", json=ARTICLE, headers={"X-API-Key": "wrong"}), 401)
    error(client.post("/articles", json=ARTICLE, headers={"Authorization": "Basic eA=="}), 401)
    r = client.post("/articles", json=ARTICLE, headers={"Authorization": f"Bearer {API_KEY}"})
    assert r.status_code == 200, r.text
    assert client.post("/articles", json=ARTICLE, headers=KEY).status_code == 200
    assert client.get("/entities").status_code == 200  # reads need no key


def test_body_size_is_limited_by_header_and_by_stream(client: TestClient) -> None:
    big = {**ARTICLE, "text": "x" * 5000}
    e = error(client.post("/articles", json=big, headers=KEY), 413)
    assert "4,000 byte limit" in e["message"]

    def chunks() -> Iterator[bytes]:  # chunked: no Content-Length to check up front
        yield b'{"text": "'
        for _ in range(100):
            yield b"y" * 100
        yield b'"}'

    error(
        client.post(
            "/articles", content=chunks(), headers={**KEY, "Content-Type": "application/json"}
        ),
        413,
    )


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"{not json", "application/json"),
        (b"[]", "application/json"),
        (b'{"title": "no text"}', "application/json"),
        (b'{"text": "   "}', "application/json"),
        (b'{"text": 42}', "application/json"),
        (b'{"text": "ok", "colour": "red"}', "application/json"),
        (b'{"text": "ok", "date": "the day after never"}', "application/json"),
        (b'{"text": "ok", "date": "2025-01-01T99:99 garbage"}', "application/json"),
        (b'{"text": "ok", "date": "' + b"1" * 3000 + b'"}', "application/json"),
        (b"Date: 1111-11-11\n\nAcme supplies Widget.", "text/plain"),
        (b"\xff\xfe\x00bad", "text/plain"),
        (b"   ", "text/plain"),
    ],
)
def test_malformed_bodies_are_422(client: TestClient, body: bytes, content_type: str) -> None:
    e = error(
        client.post("/articles", content=body, headers={**KEY, "Content-Type": content_type}), 422
    )
    assert e["message"]


@pytest.mark.parametrize("body", [b"[" * 3000, b'{"text": ' + b"[" * 3000])
def test_json_nested_too_deeply_is_422_with_the_reason(client: TestClient, body: bytes) -> None:
    e = error(
        client.post("/articles", content=body, headers={**KEY, "Content-Type": "application/json"}),
        422,
    )
    assert "nested too deeply" in e["message"]


def test_control_characters_are_replaced_in_a_posted_article(client: TestClient) -> None:
    body = {"text": "ASML\x01 supplies TSMC.\x0b", "title": "Chips\x1b[0m"}
    r = client.post("/articles", json=body, headers=KEY)
    assert r.status_code == 200, r.text
    detail = client.get(f"/articles/{r.json()['id']}").json()
    assert (detail["text"], detail["title"]) == ("ASML  supplies TSMC.", "Chips [0m")


def test_unsupported_content_type_is_415(client: TestClient) -> None:
    error(
        client.post(
            "/articles", content=b"<a/>", headers={**KEY, "Content-Type": "application/xml"}
        ),
        415,
    )


# ---- what a write does ----


def test_post_returns_the_extraction_and_changes_every_view(client: TestClient) -> None:
    assert client.get("/articles").json()["total"] == 0
    assert client.get("/graph/top").json() == {"nodes": [], "edges": []}
    r = client.post("/articles", json=ARTICLE, headers=KEY)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["changed"] is True and out["iri"].endswith("/article/" + out["id"])
    assert out["title"] == "Chips" and out["date"] == "2026-03-01" and out["language"] == "en"
    assert {e["id"] for e in out["entities"]} == {"nvidia", "openai", "tsmc"}
    assert [(x["type"], x["source"], x["target"]) for x in out["relations"]] == [
        ("SUPPLIES", "nvidia", "openai"),
        ("SUPPLIES", "tsmc", "nvidia"),
    ]
    # REST, analytics and SPARQL all see the write at once
    assert client.get("/articles").json()["items"][0]["id"] == out["id"]
    customers = client.get("/entities/nvidia/relationships?type=SUPPLIES&direction=out").json()
    assert [x["target"] for x in customers["items"]] == ["openai"]
    assert [i["entity"]["id"] for i in client.get("/entities/openai/exposure").json()["items"]] == [
        "nvidia",
        "tsmc",
    ]
    ask = f"ASK {{ <{ENT}tsmc> <{IKG}supplies> <{ENT}nvidia> }}"
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    # the same article again changes nothing; an edited one replaces it
    again = client.post("/articles", json=ARTICLE, headers=KEY).json()
    assert again["changed"] is False and again["iri"] == out["iri"]
    edited = client.post(
        "/articles", json={**ARTICLE, "text": "Nvidia invests in OpenAI."}, headers=KEY
    ).json()
    assert edited["changed"] is True and edited["iri"] == out["iri"]
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is False
    assert client.get("/relationships").json()["items"][0]["id"] == "nvidia|INVESTS_IN|openai"
    assert client.get("/articles").json()["total"] == 1


def test_text_plain_with_header_lines(client: TestClient) -> None:
    text = (
        "Title: Foundry deal\nDate: 2026-03-02\nPublisher: Sample Wire\nLanguage: en\n\n"
        "ASML supplies TSMC."
    )
    r = client.post(
        "/articles",
        content=text.encode(),
        headers={**KEY, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert r.status_code == 200, r.text
    out = r.json()
    assert (out["title"], out["date"], out["publisher"]) == (
        "Foundry deal",
        "2026-03-02",
        "Sample Wire",
    )
    detail = client.get(f"/articles/{out['id']}").json()
    assert detail["text"] == "ASML supplies TSMC." and detail["publisher"] == "Sample Wire"
    (claim,) = detail["claims"]
    assert detail["text"][claim["start"] : claim["end"]] == claim["evidence"]


# ---- hostile names through every route ----


def test_hostile_names_are_data_through_every_route(client: TestClient) -> None:
    text = f"{HOSTILE_COMPANY} supplies OpenAI.\n{HOSTILE_PERSON} supplies {HOSTILE_COMPANY}."
    r = client.post(
        "/articles",
        json={"text": text, "title": HOSTILE_PERSON, "publisher": HOSTILE_COMPANY},
        headers=KEY,
    )
    assert r.status_code == 200, r.text
    acme, x = slugify(HOSTILE_COMPANY), slugify(HOSTILE_PERSON)

    def ok(url: str) -> Any:
        resp = client.get(url)
        assert resp.status_code == 200, (url, resp.text)
        return resp.json()

    q = urllib.parse.quote
    hits = ok(f"/entities?q={q(HOSTILE_COMPANY)}")["items"]
    assert hits[0]["name"] == HOSTILE_COMPANY and hits[0]["id"] == acme
    assert ok(f"/entities?q={q(HOSTILE_PERSON)}")["items"][0]["name"] == HOSTILE_PERSON
    assert ok(f"/entities/{acme}")["name"] == HOSTILE_COMPANY
    rels = ok(f"/entities/{acme}/relationships?type=SUPPLIES")["items"]
    assert {(i["source"], i["target"]) for i in rels} == {(acme, "openai"), (x, acme)}
    assert ok(f"/entities/{acme}/relationships")["items"][0]["provenance"][0]["evidence"]
    assert {n["name"] for n in ok(f"/entities/{x}/neighbourhood?depth=2")["nodes"]} >= {
        HOSTILE_COMPANY,
        HOSTILE_PERSON,
        "OpenAI",
    }
    assert [i["entity"]["name"] for i in ok("/entities/openai/exposure?hops=2")["items"]] == [
        HOSTILE_COMPANY,
        HOSTILE_PERSON,
    ]
    assert ok(f"/relationships/{x}/SUPPLIES/{acme}")["source_entity"]["name"] == HOSTILE_PERSON
    assert len(ok(f"/paths?source={x}&target=openai")["paths"]) == 1
    assert ok("/relationships?type=SUPPLIES")["total"] == 2
    article = ok("/articles")["items"][0]
    assert article["title"] == HOSTILE_PERSON and article["publisher"] == HOSTILE_COMPANY
    assert ok(f"/articles/{article['id']}")["text"] == text
    literal = json.dumps(HOSTILE_COMPANY)
    found = ok(
        "/sparql?"
        + urllib.parse.urlencode(
            {
                "query": (
                    "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> "
                    + literal
                    + " }"
                )
            }
        )
    )
    assert {b["e"]["value"] for b in found["results"]["bindings"]} == {ENT + acme}
    # a name where an id is expected resolves through its slug; an unknown one is a 404
    assert ok(f"/entities/{q(HOSTILE_PERSON, safe='')}")["id"] == x
    unknown = "y') DETACH DELETE m //"
    for url in (
        f"/entities/{q(unknown, safe='')}",
        f"/paths?source={q(unknown)}&target=openai",
        f"/articles/{q(HOSTILE_COMPANY, safe='')}",
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(
            "/cypher",
            json={
                "query": "MATCH (n {name: $name}) RETURN n",
                "parameters": {"name": HOSTILE_COMPANY},
            },
        ).status_code
        == 503
    )  # no Neo4j here; see test_api_cypher.py
    assert ok("/health")["status"] == "ok"


def test_health_counts_quads_once_per_store_version(client: TestClient) -> None:
    before = client.get("/health").json()
    assert before["quads"] == 0 and before["version"] == 0
    assert before["read_index"] == {"complete": True}
    client.post("/articles", json=ARTICLE, headers=KEY)
    after = client.get("/health").json()
    assert after["version"] == 1 and after["quads"] > 0
    assert client.get("/ping").json() == {"status": "ok"}

"""The SPARQL 1.1 Protocol endpoint: query forms, content negotiation, datasets, read-only,
errors, time limit, service description, query page, CORS (in-process HTTP client)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.test_api_support import HOSTILE_COMPANY, build_store, settings_for

pytest_plugins = ["tests.test_api_support"]

IKG = "https://industry-kg.org/ontology#"
ENT = "https://industry-kg.org/id/entity/"
PREFIX = f"PREFIX ikg: <{IKG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
SELECT = PREFIX + "SELECT ?s ?o WHERE { ?s ikg:investsIn ?o } ORDER BY ?s"
ASK = PREFIX + f"ASK {{ <{ENT}nvidia> ikg:supplies <{ENT}openai> }}"
CONSTRUCT = PREFIX + "CONSTRUCT { ?s ikg:supplies ?o } WHERE { ?s ikg:supplies ?o }"
RESULTS = "application/sparql-results+json"


def error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    return body["error"]  # type: ignore[no-any-return]


def investors(data: dict[str, Any]) -> list[str]:
    return [b["s"]["value"].removeprefix(ENT) for b in data["results"]["bindings"]]


# ---- query forms ----


def test_get_post_form_and_post_direct_give_the_same_answer(api_client: TestClient) -> None:
    by_get = api_client.get("/sparql", params={"query": SELECT})
    by_form = api_client.post("/sparql", data={"query": SELECT})
    by_direct = api_client.post(
        "/sparql", content=SELECT.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for r in (by_get, by_form, by_direct):
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith(RESULTS)
        assert investors(r.json()) == ["nvidia", "societe-generale"]


def test_select_and_ask_in_every_results_format(api_client: TestClient) -> None:
    def ask(accept: str) -> Any:
        r = api_client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].split(";")[0] == accept
        return r

    xml = ET.fromstring(ask("application/sparql-results+xml").content)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [u.text for u in xml.iter(ns + "uri")][:2] == [ENT + "nvidia", ENT + "openai"]
    rows = list(csv.reader(io.StringIO(ask("text/csv").text)))
    assert rows[0] == ["s", "o"] and rows[1] == [ENT + "nvidia", ENT + "openai"]
    tsv = ask("text/tab-separated-values").text.splitlines()
    assert tsv[0] == "?s\t?o" and tsv[1] == f"<{ENT}nvidia>\t<{ENT}openai>"
    for accept, expected in (
        (RESULTS, '"boolean":true'),
        ("application/sparql-results+xml", "<boolean>true</boolean>"),
        ("text/csv", "true"),
        ("text/tab-separated-values", "true"),
    ):
        r = api_client.get("/sparql", params={"query": ASK}, headers={"Accept": accept})
        assert r.status_code == 200 and expected in r.text, (accept, r.text)


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/trig", ox.RdfFormat.TRIG),
        ("application/n-quads", ox.RdfFormat.N_QUADS),
    ],
)
def test_construct_in_every_graph_format(
    api_client: TestClient, accept: str, fmt: ox.RdfFormat
) -> None:
    r = api_client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    triples = {(q.subject.value, q.object.value) for q in ox.parse(r.content, format=fmt)}
    assert (ENT + "nvidia", ENT + "openai") in triples and (ENT + "asml", ENT + "tsmc") in triples


def test_describe(api_client: TestClient) -> None:
    r = api_client.get(
        "/sparql",
        params={"query": f"DESCRIBE <{ENT}nvidia>"},
        headers={"Accept": "application/n-triples"},
    )
    assert r.status_code == 200 and f"<{ENT}nvidia>" in r.text


def test_accept_q_values_and_wildcards(api_client: TestClient) -> None:
    cases = {
        "text/csv;q=0.5, application/sparql-results+xml;q=0.9": "application/sparql-results+xml",
        "application/*;q=0.2, text/csv": "text/csv",
        "*/*": RESULTS,
        "": RESULTS,
        "text/html, */*;q=0.8": RESULTS,
        "application/json": "application/json",
        "text/tab-separated-values, text/csv;q=0": "text/tab-separated-values",
    }
    for accept, expected in cases.items():
        r = api_client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == expected, (
            accept,
            r.headers["content-type"],
        )
    assert "Accept" in r.headers["vary"]
    graph = api_client.get(
        "/sparql",
        params={"query": CONSTRUCT},
        headers={"Accept": "application/sparql-results+json;q=1, application/n-triples;q=0.5"},
    )
    assert graph.headers["content-type"].startswith("application/n-triples")
    via_param = api_client.get("/sparql", params={"query": SELECT, "format": "csv"})
    assert via_param.headers["content-type"].startswith("text/csv")


def test_not_acceptable_is_406(api_client: TestClient) -> None:
    e = error(
        api_client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"}), 406
    )
    assert "application/sparql-results+json" in e["message"]
    e = error(
        api_client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}), 406
    )
    assert "text/turtle" in e["message"]
    error(
        api_client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/csv;q=0"}), 406
    )


# ---- datasets ----


def test_default_and_named_graph_uris(api_client: TestClient) -> None:
    articles = api_client.get("/articles").json()["items"]
    socgen = next(a["iri"] for a in articles if a["title"].startswith("Société"))
    nvidia = next(a["iri"] for a in articles if a["title"].startswith("Nvidia"))
    one = api_client.get("/sparql", params={"query": SELECT, "default-graph-uri": socgen})
    assert investors(one.json()) == ["societe-generale"]
    both = api_client.get(
        "/sparql",
        params=[("query", SELECT), ("default-graph-uri", socgen), ("default-graph-uri", nvidia)],
    )
    assert investors(both.json()) == ["nvidia", "societe-generale"]
    form = api_client.post("/sparql", data={"query": SELECT, "default-graph-uri": [nvidia]})
    assert investors(form.json()) == ["nvidia"]
    direct = api_client.post(
        f"/sparql?default-graph-uri={nvidia}",
        content=SELECT,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert investors(direct.json()) == ["nvidia"]
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    named = api_client.get("/sparql", params={"query": graphs, "named-graph-uri": socgen})
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [socgen]
    every = api_client.get("/sparql", params={"query": graphs}).json()["results"]["bindings"]
    assert len(every) == 3
    e = error(
        api_client.get("/sparql", params={"query": SELECT, "default-graph-uri": "not an iri"}), 400
    )
    assert "default-graph-uri" in e["message"]


# ---- errors and refusals ----


def test_malformed_query_is_400_with_the_parser_message(api_client: TestClient) -> None:
    e = error(api_client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s "}), 400)
    assert e["message"].startswith("Malformed SPARQL query: error at 1:")
    e = error(api_client.post("/sparql", data={"query": "SELEKT * {}"}), 400)
    assert "error at" in e["message"]
    error(api_client.post("/sparql", data={"nothing": "x"}), 400)


@pytest.mark.parametrize(
    "how", ["get-update", "get-query", "form-update", "form-query", "sparql-update", "direct-query"]
)
def test_updates_are_refused_with_how_to_load_data(api_client: TestClient, how: str) -> None:
    update = "PREFIX ex: <http://e/>\n# comment\nINSERT DATA { ex:a ex:b ex:c }"
    requests = {
        "get-update": lambda: api_client.get("/sparql", params={"update": update}),
        "get-query": lambda: api_client.get("/sparql", params={"query": update}),
        "form-update": lambda: api_client.post("/sparql", data={"update": update}),
        "form-query": lambda: api_client.post("/sparql", data={"query": "DROP ALL"}),
        "sparql-update": lambda: api_client.post(
            "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
        ),
        "direct-query": lambda: api_client.post(
            "/sparql", content="CLEAR DEFAULT", headers={"Content-Type": "application/sparql-query"}
        ),
    }
    e = error(requests[how](), 403)
    assert e["code"] == "read_only"
    assert "read-only" in e["message"] and "ikg ingest" in e["message"]
    assert "POST /articles" in e["message"]
    still = api_client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()
    assert still["boolean"] is True


def test_federated_service_is_refused(api_client: TestClient) -> None:
    e = error(
        api_client.get(
            "/sparql",
            params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"},
        ),
        403,
    )
    assert e["code"] == "service_disabled"
    ok = api_client.get(
        "/sparql", params={"query": "SELECT ?service WHERE { ?service ?p 'SERVICE <x>' }"}
    )
    assert ok.status_code == 200


def test_unsupported_content_type_and_body_limit(api_client: TestClient, tmp_path: Path) -> None:
    error(
        api_client.post("/sparql", content="SELECT * {}", headers={"Content-Type": "text/plain"}),
        415,
    )
    build_store(tmp_path / "data")
    small = create_app(settings_for(tmp_path / "data", max_body_bytes=100, sparql_workers=1))
    with TestClient(small) as client:
        e = error(client.post("/sparql", data={"query": "ASK {}" + " " * 200}), 413)
        assert "limit" in e["message"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while streaming
            for _ in range(10):
                yield b"#" * 50

        error(
            client.post(
                "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"}
            ),
            413,
        )


def test_hostile_names_in_queries_are_just_data(api_client: TestClient) -> None:
    literal = json.dumps(HOSTILE_COMPANY)  # a valid SPARQL string literal for this text
    query = PREFIX + f"SELECT ?e WHERE {{ ?e rdfs:label {literal} }}"
    r = api_client.get("/sparql", params={"query": query})
    assert [b["e"]["value"] for b in r.json()["results"]["bindings"]] == [ENT + "acme-drop-all"]
    assert api_client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]


# ---- service description, page, CORS ----


def test_service_description_without_query(api_client: TestClient) -> None:
    r = api_client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(t.object.value == sd + "Service" for t in triples)
    assert any(t.object.value == sd + "SPARQL11Query" for t in triples)
    assert api_client.get("/sparql").headers["content-type"].startswith("text/turtle")
    jsonld = api_client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld.status_code == 200 and json.loads(jsonld.text)


def test_query_page_for_browsers_with_local_assets(api_client: TestClient) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = api_client.get("/sparql", headers={"Accept": browser})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for asset in ("/static/vendor/yasgui/yasgui.min.js", "/sparql/ui/sparql.js"):
        assert asset in page.text
    assert "http" not in page.text.split("<body")[0].replace("http-equiv", "")  # no CDN
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "connect-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert api_client.get("/sparql/ui").text == page.text
    vocabulary = re.search(r'data-vocabulary="([^"]*)"', page.text)
    assert vocabulary is not None
    terms = json.loads(html.unescape(vocabulary.group(1)))
    assert terms["prefixes"]["ikg"] == "https://industry-kg.org/ontology#"
    assert "https://industry-kg.org/ontology#investsIn" in terms["properties"]
    assert "https://industry-kg.org/ontology#Company" in terms["classes"]
    js = api_client.get("/sparql/ui/sparql.js")
    assert js.status_code == 200 and "new Yasgui(" in js.text
    assert "https://" not in js.text  # prefixes and terms come from the page, not from code
    for vendored in ("yasgui.min.js", "yasgui.min.css", "LICENSE"):
        assert api_client.get(f"/static/vendor/yasgui/{vendored}").status_code == 200
    assert api_client.get("/sparql/ui/sparql.css").status_code == 200
    error(api_client.get("/sparql/ui/secrets.py"), 404)


def test_cors_on_the_sparql_endpoint_only(api_client: TestClient) -> None:
    origin = {"Origin": "https://example.org"}
    pre = api_client.options(
        "/sparql",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "*"
    assert "POST" in pre.headers["access-control-allow-methods"]
    r = api_client.get("/sparql", params={"query": ASK}, headers=origin)
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in api_client.get("/entities", headers=origin).headers


# ---- time limit ----

# a cross product counted as it streams: slow but flat in memory, so the time limit stops it
# (sorting the rows instead fills the worker's memory cap first on a fast machine)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_runaway_query_is_stopped_and_the_server_keeps_serving(tmp_path: Path) -> None:
    build_store(tmp_path / "data")
    app = create_app(settings_for(tmp_path / "data", sparql_timeout_s=1.0, sparql_workers=2))
    with TestClient(app) as client:
        assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True
        started = time.monotonic()
        e = error(client.get("/sparql", params={"query": RUNAWAY}), 503)
        took = time.monotonic() - started
        assert e["code"] == "query_timeout" and "1 s limit" in e["message"]
        assert took < 5, took
        pool = app.state.services.sparql
        assert pool.killed == 1
        for _ in range(3):  # the other worker answers at once, the killed one is replaced
            assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True
            assert client.get("/entities/nvidia").status_code == 200
        assert pool.wait_ready(30)
        assert len(pool._all) == 2

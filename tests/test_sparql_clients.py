"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against `ikg serve` over HTTP."""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tests.test_api_support import HOSTILE_COMPANY, LiveServer, build_store, start_server

pytest_plugins = ["tests.test_api_support"]

IKG = "https://industry-kg.org/ontology#"
ENT = "https://industry-kg.org/id/entity/"
PREFIX = f"PREFIX ikg: <{IKG}>\n"
INVESTORS = PREFIX + "SELECT ?s ?o WHERE { ?s ikg:investsIn ?o } ORDER BY ?s"
SUPPLY_GRAPH = PREFIX + "CONSTRUCT { ?s ikg:supplies ?o } WHERE { ?s ikg:supplies ?o }"


def wrapper(
    server: LiveServer, query: str, fmt: str, method: str = GET, request_method: str = URLENCODED
) -> SPARQLWrapper:
    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setRequestMethod(request_method)
    return sw


@pytest.mark.parametrize(
    "method, request_method", [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)]
)
def test_sparqlwrapper_select_json_by_every_method(
    live_server: LiveServer, method: str, request_method: str
) -> None:
    result = wrapper(live_server, INVESTORS, JSON, method, request_method).queryAndConvert()
    rows = [(b["s"]["value"], b["o"]["value"]) for b in result["results"]["bindings"]]
    assert rows == [
        (ENT + "nvidia", ENT + "openai"),
        (ENT + "societe-generale", ENT + "mistral-ai"),
    ]


def test_sparqlwrapper_select_xml_csv_tsv_and_ask(live_server: LiveServer) -> None:
    xml = wrapper(live_server, INVESTORS, XML).queryAndConvert()
    uris = [n.firstChild.data for n in xml.getElementsByTagName("uri")]
    assert uris[:2] == [ENT + "nvidia", ENT + "openai"]
    csv_text = wrapper(live_server, INVESTORS, CSV).queryAndConvert().decode()
    assert csv_text.splitlines()[1] == f"{ENT}nvidia,{ENT}openai"
    tsv_text = wrapper(live_server, INVESTORS, TSV).queryAndConvert().decode()
    assert tsv_text.splitlines()[1] == f"<{ENT}nvidia>\t<{ENT}openai>"
    ask = PREFIX + f"ASK {{ <{ENT}nvidia> ikg:supplies <{ENT}openai> }}"
    assert wrapper(live_server, ask, JSON).queryAndConvert()["boolean"] is True
    assert (
        wrapper(live_server, ask, XML)
        .queryAndConvert()
        .getElementsByTagName("boolean")[0]
        .firstChild.data
        == "true"
    )


@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
def test_sparqlwrapper_construct_as_rdflib_graph(live_server: LiveServer, fmt: str) -> None:
    graph = wrapper(live_server, SUPPLY_GRAPH, fmt).queryAndConvert()
    if isinstance(graph, bytes):  # SPARQLWrapper hands Turtle/N3 back as bytes
        graph = Graph().parse(data=graph, format="turtle")
    assert (URIRef(ENT + "nvidia"), URIRef(IKG + "supplies"), URIRef(ENT + "openai")) in graph
    assert len(graph) == 5


def test_sparqlwrapper_errors(live_server: LiveServer) -> None:
    with pytest.raises(QueryBadFormed):
        wrapper(live_server, "SELECT * WHERE { ?s", JSON).query()
    sw = wrapper(live_server, "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }", JSON, POST)
    with pytest.raises(urllib.error.HTTPError) as info:
        sw.query()
    assert info.value.code == 403
    body = json.loads(info.value.read())
    assert body["error"]["code"] == "read_only"
    message = body["error"]["message"]
    assert "POST /articles" in message and "stop the server" not in message


def test_rdflib_sparqlstore_queries_and_triples(live_server: LiveServer) -> None:
    store = SPARQLStore(query_endpoint=live_server.url + "/sparql")
    graph = Graph(store=store)
    rows = list(graph.query(INVESTORS))
    assert [(str(r.s), str(r.o)) for r in rows] == [
        (ENT + "nvidia", ENT + "openai"),
        (ENT + "societe-generale", ENT + "mistral-ai"),
    ]
    assert bool(graph.query(PREFIX + "ASK { ?s ikg:supplies ?o }").askAnswer) is True
    constructed = graph.query(SUPPLY_GRAPH).graph
    assert constructed is not None and len(constructed) == 5
    labels = set(graph.triples((URIRef(ENT + "acme-drop-all"), RDFS.label, None)))
    assert labels == {(URIRef(ENT + "acme-drop-all"), RDFS.label, Literal(HOSTILE_COMPANY))}
    investments = set(graph.subject_objects(URIRef(IKG + "investsIn")))
    assert (URIRef(ENT + "nvidia"), URIRef(ENT + "openai")) in investments
    store.close()


def test_runaway_query_over_http_is_stopped_and_the_server_keeps_serving(
    live_server: LiveServer,
) -> None:
    # a cross product counted as it streams: slow, but small in memory (so the time limit,
    # not the memory limit, stops it)
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    url = live_server.url + "/sparql?" + urllib.parse.urlencode({"query": runaway})
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(url, timeout=30)
    took = time.monotonic() - started
    assert info.value.code == 503 and 2.5 < took < 10, took
    assert json.loads(info.value.read())["error"]["code"] == "query_timeout"
    for _ in range(5):
        result = wrapper(live_server, INVESTORS, JSON).queryAndConvert()
        assert len(result["results"]["bindings"]) == 2
    with urllib.request.urlopen(live_server.url + "/entities/nvidia", timeout=10) as r:
        assert json.loads(r.read())["id"] == "nvidia"


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def test_query_workers_die_with_a_killed_server_even_mid_query(tmp_path: Path) -> None:
    build_store(tmp_path / "data")
    server = start_server(tmp_path / "data", IKG_SPARQL_TIMEOUT_S="120")
    workers = _children(server.proc.pid)
    assert len(workers) == 2
    # a cross product counted as it streams: slow, but small in memory (so the time limit,
    # not the memory limit, stops it)
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    url = server.url + "/sparql?" + urllib.parse.urlencode({"query": runaway})
    busy = threading.Thread(target=lambda: _swallow(url), daemon=True)
    busy.start()
    time.sleep(1.5)  # a worker is now deep in the query
    server.proc.send_signal(signal.SIGKILL)
    server.proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(workers):
        time.sleep(0.1)
    assert not _alive(workers)


def _swallow(url: str) -> None:
    with contextlib.suppress(OSError):
        urllib.request.urlopen(url, timeout=30).read()


def _alive(pids: set[int]) -> list[int]:
    out = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.append(pid)
    return out

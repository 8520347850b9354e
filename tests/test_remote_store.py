"""The remote store beyond the contract (tests/test_store.py runs that on every backend):
bound values, hostile names, the real seeds on every backend, the Graph Store path, and the
CLI, REST and SPARQL routes with IKG_STORE_URL pointing at an Oxigraph server."""

from __future__ import annotations

import base64
import http.server
import io
import json
import os
import pickle
import shutil
import subprocess
import threading
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pyoxigraph as ox
import pytest

from graph.sparql_http import Endpoints, ServerRefused
from graph.sparql_values import bind_values, where_group
from graph.store import Store, iter_rows, open_store
from loaders.ingest import ingest_paths
from ontology.errors import InputError, StoreError
from ontology.iris import Iris
from tests.conftest import SEEDS, run_ikg
from tests.neo4j_server import clean_database
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import RdfServer
from tests.test_api_support import API_KEY, get_json, serving

if TYPE_CHECKING:
    from tests.neo4j_fixtures import Neo4jTestDatabase

G1 = "https://industry-kg.org/id/article/1"
LABEL = ox.NamedNode("https://x.org/label")
HOSTILE = [
    'Acme "} } ; DROP ALL ; INSERT DATA { <a> <b> <c> }',
    "O'Brien \\u0022) } } DROP ALL #",
    "back\\slash \\\\u0022 and a tab\tand\nnewline",
    "Société Générale — 株式会社",
]


def labelled(name: str, i: int) -> ox.Quad:
    return ox.Quad(
        ox.NamedNode(f"https://x.org/e{i}"), LABEL, ox.Literal(name, language="fr"),
        ox.NamedNode(G1),
    )


def test_bound_values_match_exactly_even_with_hostile_text(backend_store: Store) -> None:
    quads = [labelled(name, i) for i, name in enumerate(HOSTILE)]
    backend_store.replace_graph(G1, quads)
    for i, name in enumerate(HOSTILE):
        rows = list(iter_rows(backend_store.query(  # type: ignore[arg-type]
            "SELECT ?e ?name WHERE { ?e <https://x.org/label> ?name }",
            bindings={"name": ox.Literal(name, language="fr")},
        )))
        assert rows == [{"e": ox.NamedNode(f"https://x.org/e{i}"),
                         "name": ox.Literal(name, language="fr")}]
    assert len(backend_store) == len(HOSTILE)  # nothing was dropped or inserted by a value


def test_values_are_bound_past_prefixes_comments_and_strings(backend_store: Store) -> None:
    backend_store.replace_graph(G1, [labelled("a", 0), labelled("b", 1)])
    result = backend_store.query(
        "PREFIX x: <https://x.org/>\n# a comment with WHERE {\n"
        "SELECT ?name ?e WHERE { ?e x:label ?name . FILTER(?name != 'WHERE {') }",
        bindings={"e": ox.NamedNode("https://x.org/e1")},
    )
    assert [r["name"] for r in iter_rows(result)] == [  # type: ignore[arg-type]
        ox.Literal("b", language="fr")
    ]


def test_names_with_odd_characters_are_graph_and_subject_names(backend_store: Store) -> None:
    graph = "https://industry-kg.org/id/article/O'Brien%22;DROP?x=1&y=é#frag"
    subject = ox.NamedNode("https://x.org/Soci%C3%A9t%C3%A9_(g%C3%A9n%C3%A9rale)'s")
    q = ox.Quad(subject, LABEL, ox.Literal('"} DROP ALL'), ox.NamedNode(graph))
    assert backend_store.replace_graph(graph, [q])
    assert not backend_store.replace_graph(graph, [q])
    assert backend_store.graph_quads(graph) == {q}
    assert graph in backend_store.named_graphs()
    assert backend_store.remove_graph(graph) and backend_store.named_graphs() == []


def test_the_seeds_on_every_backend_give_the_embedded_stores_dataset(
    backend_store: Store, tmp_path: Path
) -> None:
    """Ingest twice (the second writes nothing) and compare the N-Quads export with the
    embedded store's. Virtuoso's one known difference: it stores an integer-valued
    xsd:decimal as xsd:integer (documented in docs/remote-store.md)."""
    first = ingest_paths(backend_store, [SEEDS], iris=Iris())
    assert first.ok and first.written == 6
    again = ingest_paths(backend_store, [SEEDS], iris=Iris())
    assert again.written == 0 and again.unchanged == 6
    reference = open_store(f"oxigraph:{tmp_path / 'reference'}")
    try:
        ingest_paths(reference, [SEEDS], iris=Iris())
        expected = _nquads(reference)
    finally:
        reference.close()
    got = _nquads(backend_store)
    decimal = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
    as_integer = "^^<http://www.w3.org/2001/XMLSchema#integer>"
    if got != expected:  # allowed only for integer-valued decimals read back as integers
        assert {line.replace(decimal, as_integer) for line in expected} == got
    assert len(got) == len(backend_store) > 900


def _nquads(store: Store) -> set[str]:
    out = io.BytesIO()
    store.export("nquads", out)
    return set(out.getvalue().decode().splitlines())


@pytest.mark.rdf_server
def test_writes_through_the_graph_store_protocol_alone(oxigraph_server: RdfServer) -> None:
    store = empty_store(store_url(oxigraph_server, update=False))
    try:
        q1 = ox.Quad(ox.NamedNode("https://x.org/a"), LABEL, ox.Literal("x"), ox.NamedNode(G1))
        q2 = ox.Quad(ox.NamedNode("https://x.org/b"), LABEL, ox.Literal("y"), ox.NamedNode(G1))
        assert store.replace_graph(G1, [q1])
        assert store.replace_graph(G1, [q2]) and store.graph_quads(G1) == {q2}
        assert not store.replace_graph(G1, [q2])
        assert store.remove_graph(G1) and not store.remove_graph(G1)
    finally:
        store.close()


@pytest.mark.rdf_server
def test_a_store_without_write_endpoints_refuses_writes_clearly(
    oxigraph_server: RdfServer,
) -> None:
    store = open_store(Endpoints(query=oxigraph_server.query_url).to_url())
    q = ox.Quad(ox.NamedNode("https://x.org/a"), LABEL, ox.Literal("x"), ox.NamedNode(G1))
    with pytest.raises(StoreError, match="IKG_SPARQL_UPDATE_URL"):
        store.replace_graph(G1, [q])


@pytest.mark.rdf_server
def test_blank_nodes_and_bad_names_cannot_be_bound(oxigraph_server: RdfServer) -> None:
    store = open_store(store_url(oxigraph_server))
    with pytest.raises(InputError, match="blank node"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": ox.BlankNode()})
    with pytest.raises(InputError, match="variable name"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o) } DROP ALL": ox.Literal("x")})
    with pytest.raises(InputError, match="Malformed SPARQL"):
        store.query("SELECT ?s WHERE { ?s ")


def test_the_where_group_is_found_past_strings_comments_and_templates() -> None:
    construct = "CONSTRUCT { ?s <p:x> '{' } WHERE { ?s ?p ?o }"
    assert construct[where_group(construct):].startswith("{ ?s ?p ?o }")
    tricky = "PREFIX where: <http://w/where#>\n# WHERE {\nSELECT * { ?s where:x \"WHERE {\" }"
    assert tricky[where_group(tricky):].startswith('{ ?s where:x')
    bound = bind_values(tricky, {"s": ox.NamedNode("http://w/s")})
    assert list(ox.Store().query(bound)) == []  # still a valid query
    with pytest.raises(InputError, match="WHERE"):
        where_group("CONSTRUCT { ?s ?p ?o }")


def test_the_store_url_round_trips_credentials_and_endpoints() -> None:
    endpoints = Endpoints(
        query="http://h:1/sparql", update="http://h:1/sparql-auth",
        graph_store="http://h:1/crud", user="d b@", password="p:w/#&?", timeout_s=2.5,
        graphs="https://industry-kg.org/", write="graph-store",
    )
    assert Endpoints.from_url(endpoints.to_url()) == endpoints
    assert Endpoints.from_url(replace(endpoints, writers=3).to_url()).writers == 3
    assert not endpoints.writes_by_update
    with pytest.raises(StoreError, match="Unknown store URL options"):
        Endpoints.from_url("http://h/sparql#updat=x")
    with pytest.raises(StoreError, match="IKG_STORE_WRITE"):
        Endpoints.from_url("http://h/sparql#write=post")
    with pytest.raises(StoreError, match="IKG_STORE_WRITERS"):
        Endpoints.from_url("http://h/sparql#writers=0")


@pytest.mark.rdf_server
def test_parallel_writers_store_what_one_writer_stores(
    oxigraph_server: RdfServer, tmp_path: Path
) -> None:
    """Four PUTs in flight at once (IKG_STORE_WRITERS=4): the same dataset; a write the
    server refuses is raised once the requests in flight have ended."""
    url = replace(Endpoints.from_url(store_url(oxigraph_server, update=False)), writers=4)
    store = empty_store(url.to_url())
    reference = open_store(f"oxigraph:{tmp_path / 'reference'}")
    try:
        assert ingest_paths(store, [SEEDS], iris=Iris()).written == 6
        ingest_paths(reference, [SEEDS], iris=Iris())
        assert _nquads(store) == _nquads(reference)
    finally:
        reference.close()
        store.close()
    broken = open_store(replace(url, graph_store=oxigraph_server.base + "/nowhere").to_url())
    try:
        q = ox.Quad(ox.NamedNode("https://x.org/a"), LABEL, ox.Literal("x"), ox.NamedNode(G1))
        with pytest.raises(ServerRefused, match="/nowhere") as refused:
            broken.replace_graphs({f"{G1}/{i}": [q] for i in range(10)})
        again = pickle.loads(pickle.dumps(refused.value))  # as it comes back from a worker
        assert (str(again), again.status) == (str(refused.value), refused.value.status)
    finally:
        broken.close()


class _BasicOnly(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that asks for HTTP Basic credentials (as Fuseki or GraphDB can)."""

    def do_POST(self) -> None:  # noqa: N802  # http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"u:p w").decode():
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"head":{},"boolean":false}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_credentials_go_by_basic_auth_when_the_server_asks_for_it() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BasicOnly)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        store = open_store(Endpoints(query=url, user="u", password="p w").to_url())
        assert store.query("ASK { ?s ?p ?o }") is not None
        store.close()
        with pytest.raises(ServerRefused, match="401"):
            open_store(Endpoints(query=url, user="u", password="wrong").to_url())
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.rdf_server
@pytest.mark.slow
def test_cli_rest_and_sparql_over_an_oxigraph_server(
    oxigraph_server: RdfServer, tmp_path: Path
) -> None:
    empty_store(store_url(oxigraph_server)).close()
    env = oxigraph_server.env()
    data = tmp_path / "data"
    ingest = run_ikg("ingest", "-q", str(SEEDS), data_dir=data, env=env, check=True)
    assert "6 written" in ingest.stderr
    assert not (data / "store").exists()  # nothing went to the embedded store
    stats = run_ikg("stats", data_dir=data, env=env, check=True).stdout
    assert "articles" in stats and "│ 6 " in stats
    nquads = run_ikg("export", "--format", "nquads", data_dir=data, env=env, check=True).stdout
    assert len(nquads.splitlines()) > 900
    flag = run_ikg("--store", oxigraph_server.query_url, "sparql", "-f", "csv",
                   "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                   "FILTER(?g != <urn:ikg:changes>) }",  # the server's change log
                   data_dir=tmp_path / "elsewhere", check=True).stdout
    assert flag.split()[-1] == str(len(nquads.splitlines()))
    with serving(data, **env) as server:
        rel = get_json(server.url + "/relationships/nvidia/INVESTS_IN/openai")
        assert rel["asserted"] and rel["provenance"]
        suppliers = get_json(
            server.url + "/entities/openai/relationships?type=SUPPLIES&direction=in"
        )
        assert "nvidia" in {r["source"] for r in suppliers["items"]}
        query = "SELECT ?i WHERE { ?i <https://industry-kg.org/ontology#investsIn> ?o }"
        answer = get_json(server.url + "/sparql?" + urllib.parse.urlencode({"query": query}))
        investors = {b["i"]["value"] for b in answer["results"]["bindings"]}
        assert "https://industry-kg.org/id/entity/nvidia" in investors
        # a write through the API reaches the query workers' in-memory copies at once
        posted = httpx.post(
            server.url + "/articles",
            json={"text": "Brindle Maritime acquires Osterholt Dredging.", "id": "remote-w"},
            headers={"X-API-Key": API_KEY},
            timeout=60,
        )
        assert posted.status_code == 200, posted.text[:300]
        ask = f"ASK {{ GRAPH <{posted.json()['iri']}> {{ ?s ?p ?o }} }}"
        for _ in range(4):  # every worker
            answer = get_json(server.url + "/sparql?" + urllib.parse.urlencode({"query": ask}))
            assert answer["boolean"]


def test_settings_choose_the_remote_store_only_when_its_url_is_set(tmp_path: Path) -> None:
    from api.settings import Settings

    embedded = Settings(data_dir=tmp_path, remote_store_url="")  # type: ignore[call-arg]
    assert embedded.store_url == f"oxigraph:{tmp_path.resolve() / 'store'}"
    remote = Settings(  # type: ignore[call-arg]
        data_dir=tmp_path, remote_store_url="http://h:7878/query",
        sparql_update_url="http://h:7878/update", store_user="u", store_password="p w",
        store_timeout_s=4,
    )
    endpoints = Endpoints.from_url(remote.store_url)
    assert endpoints == Endpoints(
        query="http://h:7878/query", update="http://h:7878/update", user="u", password="p w",
        timeout_s=4, graphs=remote.iri_base,
    )
    with pytest.raises(ValueError, match="http"):
        Settings(remote_store_url="oxigraph:/x")  # type: ignore[call-arg]


def test_docker_compose_has_an_optional_oxigraph_store_for_the_api() -> None:
    yaml = pytest.importorskip("yaml")
    root = Path(__file__).resolve().parent.parent
    services = yaml.safe_load((root / "docker-compose.yml").read_text())["services"]
    store, api = services["rdf-store"], services["api"]
    assert store["image"].startswith("ghcr.io/oxigraph/oxigraph:")
    assert store["profiles"] == ["rdf-store"] and "serve" in store["command"]
    assert api["environment"]["IKG_SPARQL_UPDATE_URL"].endswith("rdf-store:7878/update}")
    assert api["environment"]["IKG_GRAPH_STORE_URL"].endswith("rdf-store:7878/store}")
    assert "IKG_STORE_URL" in api["environment"]
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    env = {**os.environ, "IKG_STORE_URL": "http://rdf-store:7878/query"}
    proc = subprocess.run([tool, "--profile", "rdf-store", "config"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    config = yaml.safe_load(proc.stdout)["services"]
    assert config["api"]["environment"]["IKG_STORE_URL"] == "http://rdf-store:7878/query"
    assert "rdf-store" in config


@pytest.mark.rdf_server
@pytest.mark.neo4j
@pytest.mark.slow
def test_sync_from_an_oxigraph_server_gives_neo4j_the_embedded_stores_graph(
    oxigraph_server: RdfServer, neo4j_clean: Neo4jTestDatabase, tmp_path: Path
) -> None:
    neo4j_env = {"NEO4J_URI": neo4j_clean.uri, "NEO4J_USER": neo4j_clean.user,
                 "NEO4J_PASSWORD": neo4j_clean.password, "NEO4J_DATABASE": neo4j_clean.database}
    count = "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.iri AS a, b.iri AS b, r.claims AS c"

    def synced_graph(data: Path, env: dict[str, str]) -> set[str]:
        clean_database(neo4j_clean.driver, neo4j_clean.database)
        run_ikg("ingest", "-q", str(SEEDS), data_dir=data, env=env, check=True)
        run_ikg("sync", "-q", data_dir=data, env={**env, **neo4j_env}, check=True)
        records, _, _ = neo4j_clean.driver.execute_query(count, database_=neo4j_clean.database)
        return {json.dumps(r.data(), sort_keys=True, default=str) for r in records}

    empty_store(store_url(oxigraph_server)).close()
    embedded = synced_graph(tmp_path / "embedded", {})
    remote = synced_graph(tmp_path / "remote", oxigraph_server.env())
    assert remote == embedded and len(embedded) > 50

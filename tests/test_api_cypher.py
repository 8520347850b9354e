"""POST /cypher: 503 without Neo4j; read-only queries, bound parameters and refused writes
against the real Neo4j test server (marked `neo4j`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.neo4j_client import Neo4jClient, Neo4jConfig
from graph.neo4j_state import SyncState
from graph.neo4j_sync import sync_store
from graph.store import open_store
from tests.neo4j_fixtures import Neo4jTestDatabase
from tests.test_api_support import HOSTILE_COMPANY, HOSTILE_PERSON, build_store, settings_for

ENT = "https://industry-kg.org/id/entity/"


def error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    return body["error"]  # type: ignore[no-any-return]


def test_cypher_without_neo4j_is_503_with_what_to_do(tmp_path: Path) -> None:
    with TestClient(create_app(settings_for(tmp_path / "data", sparql_workers=1))) as client:
        e = error(client.post("/cypher", json={"query": "RETURN 1"}), 503)
        assert e["code"] == "neo4j_not_configured" and "NEO4J_URI" in e["message"]
        error(client.post("/cypher", json={"parameters": {}}), 422)
        error(client.post("/cypher", json={"query": "RETURN 1", "params": {}}), 422)
        error(
            client.post("/cypher", content=b"{", headers={"Content-Type": "application/json"}), 422
        )


def test_cypher_with_an_unreachable_neo4j_is_503(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data", sparql_workers=1, neo4j_uri="bolt://127.0.0.1:9")
    with TestClient(create_app(settings)) as client:
        e = error(client.post("/cypher", json={"query": "RETURN 1"}), 503)
        assert "unreachable" in e["message"] or "127.0.0.1:9" in e["message"]


@pytest.mark.neo4j
def test_cypher_reads_binds_parameters_and_refuses_writes(
    neo4j_clean: Neo4jTestDatabase, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    build_store(data)
    store = open_store(f"oxigraph:{data / 'store'}")
    config = Neo4jConfig(
        neo4j_clean.uri, neo4j_clean.user, neo4j_clean.password, neo4j_clean.database
    )
    try:
        with Neo4jClient(config) as client:
            sync_store(store, client, SyncState(tmp_path / "sync.json"))
    finally:
        store.close()
    settings = settings_for(
        data,
        sparql_workers=1,
        neo4j_uri=neo4j_clean.uri,
        neo4j_user=neo4j_clean.user,
        neo4j_password=neo4j_clean.password,
        neo4j_database=neo4j_clean.database,
    )

    def count(client: TestClient) -> int:
        r = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"})
        return int(r.json()["rows"][0]["n"])

    with TestClient(create_app(settings)) as client:
        r = client.post(
            "/cypher",
            json={
                "query": "MATCH (s {iri: $iri})-[r:SUPPLIES]->(c) RETURN c.name AS customer, "
                "c.iri AS iri, r.status AS status ORDER BY customer",
                "parameters": {"iri": ENT + "nvidia"},
            },
        )
        assert r.status_code == 200, r.text
        assert r.json() == {
            "columns": ["customer", "iri", "status"],
            "truncated": False,
            "rows": [{"customer": "OpenAI", "iri": ENT + "openai", "status": "planned"}],
        }
        # hostile names are bound values: found as data, never run as Cypher
        for name in (HOSTILE_COMPANY, HOSTILE_PERSON):
            found = client.post(
                "/cypher",
                json={
                    "query": "MATCH (n {name: $name}) RETURN n.iri AS iri",
                    "parameters": {"name": name},
                },
            ).json()
            assert len(found["rows"]) == 1, found
        nodes = count(client)
        for write in (
            "CREATE (:X {name: 'x'})",
            "MATCH (n) DETACH DELETE n",
            "MERGE (n:Company {iri: 'x'}) RETURN n",
            "MATCH (n {iri: $iri}) SET n.name = 'pwned'",
            "CREATE INDEX ix IF NOT EXISTS FOR (n:X) ON (n.name)",
        ):
            e = error(
                client.post(
                    "/cypher", json={"query": write, "parameters": {"iri": ENT + "nvidia"}}
                ),
                403,
            )
            assert e["code"] == "read_only" and "read-only" in e["message"]
        e = error(client.post("/cypher", json={"query": "MATCH (n RETURN n"}), 400)
        assert "Neo4j rejected the query" in e["message"]
        assert count(client) == nodes
        nvidia = client.post(
            "/cypher",
            json={
                "query": "MATCH (n {iri: $iri}) RETURN n.name AS name",
                "parameters": {"iri": ENT + "nvidia"},
            },
        )
        assert nvidia.json()["rows"] == [{"name": "Nvidia"}]

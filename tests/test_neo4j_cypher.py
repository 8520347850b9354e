"""Read-only Cypher on a real server: `run_read_query` and `ikg cypher`.

Every write form is refused with a clear error and verified NOT to have run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from graph.neo4j_client import (
    Neo4jClient,
    Neo4jConfig,
    WriteRefusedError,
    close_shared_clients,
    run_read_query,
    translate_errors,
)
from ontology.errors import BackendUnavailableError, QueryError
from tests.conftest import run_ikg

if TYPE_CHECKING:
    from tests.neo4j_fixtures import Neo4jTestDatabase

pytestmark = pytest.mark.neo4j

WRITES = [
    "CREATE (n:Intruder {iri: 'x'}) RETURN n",
    "MERGE (n:Intruder {iri: 'x'})",
    "MATCH (n:Organization) DETACH DELETE n",
    "MATCH (n:Organization) SET n.name = 'hacked'",
    "MATCH (n:Organization) REMOVE n:Organization",
    "FOREACH (x IN [1] | CREATE (:Intruder))",
    "CALL { CREATE (:Intruder) } RETURN 1",
    "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.iri)",
    "CALL db.createLabel('Intruder')",
    "CALL dbms.security.createUser('intruder', 'password123', false)",
    "CALL dbms.procedures()",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "  create (n:Intruder) ;",
]


@pytest.fixture
def client(neo4j_clean: Neo4jTestDatabase) -> Iterator[Neo4jClient]:
    neo4j_clean.driver.execute_query(
        "CREATE (:Organization:Company {iri: 'urn:o', name: 'OpenAI', founded: date('2015-12-11')})"
        "<-[:INVESTS_IN {outlets: ['CNBC'], status: 'planned'}]-"
        "(:Organization:Company {iri: 'urn:n', name: 'Nvidia'})",
        database_=neo4j_clean.database)
    config = Neo4jConfig(neo4j_clean.uri, neo4j_clean.user, neo4j_clean.password,
                         neo4j_clean.database)
    with Neo4jClient(config) as c:
        yield c


def state(db: Neo4jTestDatabase) -> tuple[int, int, list[str]]:
    nodes, _, _ = db.driver.execute_query(
        "MATCH (n) RETURN count(n) AS n, collect(n.name) AS names", database_=db.database)
    rels, _, _ = db.driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n",
                                         database_=db.database)
    return nodes[0]["n"], rels[0]["n"], sorted(nodes[0]["names"])


def test_reads_return_columns_and_json_ready_rows(client: Neo4jClient) -> None:
    columns, rows = run_read_query(
        client,
        "MATCH (i)-[r:INVESTS_IN]->(o:Organization {name: $name}) "
        "RETURN i.name AS investor, r.outlets AS outlets, o.founded AS founded, r, o, i",
        {"name": "OpenAI"},
    )
    assert columns == ["investor", "outlets", "founded", "r", "o", "i"]
    assert rows[0]["investor"] == "Nvidia" and rows[0]["outlets"] == ["CNBC"]
    assert rows[0]["founded"] == "2015-12-11"
    assert rows[0]["r"] == {"type": "INVESTS_IN", "start": "urn:n", "end": "urn:o",
                            "properties": {"outlets": ["CNBC"], "status": "planned"}}
    assert rows[0]["o"]["labels"] == ["Company", "Organization"]
    json.dumps(rows)  # JSON-ready


def test_parameters_are_bound_never_formatted(
    client: Neo4jClient, neo4j_clean: Neo4jTestDatabase
) -> None:
    before = state(neo4j_clean)
    hostile = "x'}) DETACH DELETE n //"
    _, rows = run_read_query(client, "MATCH (n {name: $name}) RETURN n.name AS name",
                             {"name": hostile})
    assert rows == []
    assert state(neo4j_clean) == before


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_and_not_executed(
    client: Neo4jClient, neo4j_clean: Neo4jTestDatabase, query: str
) -> None:
    before = state(neo4j_clean)
    with pytest.raises(QueryError) as info:
        run_read_query(client, query)
    assert isinstance(info.value, WriteRefusedError) or "not allowed" in str(info.value).lower()
    assert "read" in str(info.value).lower()
    assert state(neo4j_clean) == before
    users, _, _ = neo4j_clean.driver.execute_query("SHOW USERS YIELD user RETURN user",
                                                   database_="system")
    assert "intruder" not in {u["user"] for u in users}
    indexes, _, _ = neo4j_clean.driver.execute_query("SHOW INDEXES YIELD name RETURN name",
                                                     database_=neo4j_clean.database)
    assert "intruder" not in {i["name"] for i in indexes}


def test_the_read_session_alone_also_refuses_writes(
    client: Neo4jClient, neo4j_clean: Neo4jTestDatabase
) -> None:
    """The second guard, without the EXPLAIN check: the server refuses the write."""
    before = state(neo4j_clean)
    with (pytest.raises(WriteRefusedError, match="refused a write"),
          translate_errors(client.config), client.session(read=True) as session):
        session.execute_read(lambda tx: tx.run("CREATE (:Intruder {iri: 'x'})").consume())
    assert state(neo4j_clean) == before


def test_syntax_errors_are_query_errors(client: Neo4jClient) -> None:
    with pytest.raises(QueryError, match="rejected"):
        run_read_query(client, "MATCH (n RETURN n")
    with pytest.raises(QueryError, match="empty"):
        run_read_query(client, "  ;")


def test_config_uses_a_shared_client(neo4j_clean: Neo4jTestDatabase) -> None:
    config = Neo4jConfig(neo4j_clean.uri, neo4j_clean.user, neo4j_clean.password,
                         neo4j_clean.database)
    try:
        assert run_read_query(config, "RETURN 1 AS one") == (["one"], [{"one": 1}])
    finally:
        close_shared_clients()


def test_unreachable_and_refused_credentials(neo4j_clean: Neo4jTestDatabase) -> None:
    dead = Neo4jConfig("bolt://127.0.0.1:9", connection_timeout_s=2)
    with Neo4jClient(dead) as c, pytest.raises(BackendUnavailableError, match="unreachable"):
        run_read_query(c, "RETURN 1")
    # A user that does not exist: wrong passwords for `neo4j` itself would lock it out.
    wrong = Neo4jConfig(neo4j_clean.uri, "ikg-nobody", "wrong", neo4j_clean.database)
    with Neo4jClient(wrong) as c, pytest.raises(BackendUnavailableError, match="credentials"):
        run_read_query(c, "RETURN 1")


def test_cli_cypher_table_json_params_and_refusal(
    client: Neo4jClient, neo4j_clean: Neo4jTestDatabase
) -> None:
    env = {"NEO4J_URI": neo4j_clean.uri, "NEO4J_USER": neo4j_clean.user,
           "NEO4J_PASSWORD": neo4j_clean.password, "NEO4J_DATABASE": neo4j_clean.database}
    query = ("MATCH (i)-[r:INVESTS_IN]->(o {name: $name}) RETURN i.name AS investor, "
             "r.outlets AS outlets LIMIT $limit")
    table = run_ikg("cypher", query, "--param", "name=OpenAI", "-p", "limit=5", env=env)
    assert table.returncode == 0, table.stderr
    assert "investor" in table.stdout and "Nvidia" in table.stdout and "CNBC" in table.stdout
    as_json = run_ikg("cypher", query, "--param", "name=OpenAI", "-p", "limit=5", "--json",
                      env=env)
    assert json.loads(as_json.stdout) == {
        "columns": ["investor", "outlets"], "rows": [{"investor": "Nvidia", "outlets": ["CNBC"]}]
    }
    before = state(neo4j_clean)
    refused = run_ikg("cypher", "MATCH (n) DETACH DELETE n", env=env)
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert state(neo4j_clean) == before
    bad = run_ikg("cypher", "RETURN 1", "--param", "no-equals-sign", env=env)
    assert bad.returncode != 0 and "NAME=VALUE" in bad.stderr

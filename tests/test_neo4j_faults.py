"""A real Neo4j server killed in the middle of a large sync: the sync stops with a clear error,
the next one (after a restart) completes, and the result equals a fresh sync."""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import neo4j
import pytest

from graph.neo4j_client import Neo4jClient, Neo4jConfig
from graph.neo4j_state import GraphRows, NodeRow, RelRow, SyncState
from graph.neo4j_sync import sync_rows
from ontology.errors import BackendUnavailableError
from tests.neo4j_server import clean_database
from tests.test_neo4j_sync import dump

if TYPE_CHECKING:
    from tests.neo4j_server import Neo4jServer


def synthetic_rows(nodes: int, rels: int, seed: int = 7) -> GraphRows:
    """Companies and business relationships with provenance-like properties."""
    rng = random.Random(seed)
    iris = [f"https://industry-kg.org/id/entity/c{i}" for i in range(nodes)]
    node_rows = {
        iri: NodeRow(iri, ("Company", "Organization"), {"iri": iri, "name": f"Company {i}",
                                                        "type": "Company"})
        for i, iri in enumerate(iris)
    }
    types = ["INVESTS_IN", "SUPPLIES", "PARTNERS_WITH", "COMPETES_WITH", "ACQUIRES"]
    rel_rows: dict[tuple[str, str, str], RelRow] = {}
    while len(rel_rows) < rels:
        s, t = rng.sample(iris, 2)
        rtype = rng.choice(types)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        rel_rows[(rtype, s, t)] = RelRow(rtype, s, t, {
            "status": "reported", "statuses": ["reported"], "claim_count": 1,
            "supporting_claims": 1, "disputed": False,
            "articles": [f"https://industry-kg.org/id/article/{rng.getrandbits(64):016x}"],
            "outlets": [rng.choice(["Sample Wire", "CNBC", "Les Echos"])],
            "first_reported": day, "last_reported": day,
            "evidence": [f"Company {s[-4:]} and company {t[-4:]} signed a deal."],
        })
    return GraphRows(node_rows, rel_rows)


@pytest.mark.neo4j
@pytest.mark.slow
def test_server_killed_mid_sync_then_next_sync_equals_a_fresh_one(
    neo4j_private_server: Neo4jServer, tmp_path: Path
) -> None:
    server = neo4j_private_server
    rows = synthetic_rows(1_000, 8_000)
    config = Neo4jConfig(server.uri, server.user, server.password,
                         connection_timeout_s=2, max_retry_time_s=1)
    state = SyncState(tmp_path / "sync.json")
    go, killed = threading.Event(), threading.Event()
    batches = 0

    def progress(phase: str, done: int, total: int) -> None:
        nonlocal batches
        batches += 1
        if batches == 6:  # nodes are written; some relationship batches too
            go.set()

    def killer() -> None:
        if go.wait(timeout=120):
            server.kill()
            killed.set()

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    with Neo4jClient(config) as client, pytest.raises(BackendUnavailableError) as info:
        sync_rows(client, rows, state, batch_size=500, progress=progress)
    thread.join(timeout=60)
    assert killed.is_set(), "the sync ended before the server was killed"
    assert f"Neo4j at {server.uri} is unreachable" in str(info.value)
    assert state.dirty_path.exists() and not state.path.exists()

    server.restart()
    with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        partial = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
        assert 0 < partial < len(rows.rels)  # it really died half-way
        with Neo4jClient(config) as client:
            report = sync_rows(client, rows, state)
        assert report.compared_with_neo4j and report.rels_created == len(rows.rels) - partial
        assert not state.dirty_path.exists()
        recovered = dump(driver, "neo4j")
        with Neo4jClient(config) as client:
            assert not sync_rows(client, rows, state).changed

        clean_database(driver, "neo4j")
        with Neo4jClient(config) as client:
            sync_rows(client, rows, SyncState(tmp_path / "fresh.json"))
        assert dump(driver, "neo4j") == recovered
        assert len(recovered[0]) == len(rows.nodes) and len(recovered[1]) == len(rows.rels)

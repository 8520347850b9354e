"""`ikg sync` as a user runs it: summary lines, exit codes, clear errors, store untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph.store import open_store
from tests.conftest import run_ikg
from tests.test_neo4j_sync import anthropic_article, ingest, openai_denial_article, seed_article

if TYPE_CHECKING:
    from tests.neo4j_fixtures import Neo4jTestDatabase

pytestmark = pytest.mark.neo4j


def env_of(db: Neo4jTestDatabase) -> dict[str, str]:
    return {"NEO4J_URI": db.uri, "NEO4J_USER": db.user, "NEO4J_PASSWORD": db.password,
            "NEO4J_DATABASE": db.database}


def store_digest(data_dir: Path) -> str:
    """A digest of the store's whole content (N-Quads export)."""
    out = run_ikg("export", "--format", "nquads", data_dir=data_dir, check=True)
    return hashlib.sha256("\n".join(sorted(out.stdout.splitlines())).encode()).hexdigest()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    store = open_store(f"oxigraph:{path / 'store'}")
    ingest(store, seed_article(), anthropic_article())
    store.close()
    return path


def test_sync_reports_counts_then_nothing_to_do(
    data_dir: Path, neo4j_clean: Neo4jTestDatabase
) -> None:
    env = env_of(neo4j_clean)
    first = run_ikg("sync", data_dir=data_dir, env=env)
    assert first.returncode == 0, first.stderr
    assert "created" in first.stderr and "Neo4j now holds" in first.stderr
    second = run_ikg("sync", data_dir=data_dir, env=env)
    assert second.returncode == 0 and "Nothing to do" in second.stderr
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    ingest(store, openai_denial_article())
    store.close()
    third = run_ikg("sync", data_dir=data_dir, env=env)
    assert "6 created, 0 updated, 0 deleted" in third.stderr, third.stderr
    # Options override the environment.
    again = run_ikg("sync", "--uri", neo4j_clean.uri, "--user", neo4j_clean.user,
                    "--password", neo4j_clean.password, data_dir=data_dir,
                    env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert again.returncode == 0 and "Nothing to do" in again.stderr, again.stderr


def test_unreachable_wrong_password_and_unconfigured_fail_clearly(
    data_dir: Path, neo4j_clean: Neo4jTestDatabase
) -> None:
    before = store_digest(data_dir)
    down = run_ikg("sync", data_dir=data_dir, env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert down.returncode == 1
    assert "bolt://127.0.0.1:9 is unreachable" in down.stderr and "NEO4J_URI" in down.stderr
    refused = run_ikg("sync", data_dir=data_dir,
                      env={**env_of(neo4j_clean), "NEO4J_USER": "ikg-nobody",
                           "NEO4J_PASSWORD": "wrong"})
    assert refused.returncode == 1
    assert "refused the credentials" in refused.stderr and "NEO4J_PASSWORD" in refused.stderr
    unset = run_ikg("sync", data_dir=data_dir, env={"NEO4J_URI": ""})
    assert unset.returncode == 1 and "No Neo4j is configured" in unset.stderr
    assert "Traceback" not in down.stderr + refused.stderr + unset.stderr
    assert store_digest(data_dir) == before

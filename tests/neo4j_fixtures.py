"""Pytest fixtures for tests that need a real Neo4j server.

Enable them from a ``conftest.py`` (``tests/`` is a package, so the plugin is importable
as ``tests.neo4j_fixtures`` when pytest runs from the repository root)::

    # tests/conftest.py
    pytest_plugins = ["tests.neo4j_fixtures"]

and mark the tests that use them with ``@pytest.mark.neo4j``::

    @pytest.mark.neo4j
    def test_merge(neo4j_clean: Neo4jTestDatabase) -> None:
        neo4j_clean.driver.execute_query(
            "MERGE (:Thing {iri: $iri})", iri="urn:x", database_=neo4j_clean.database
        )

Fixtures
--------
``neo4j_server`` (session scope) -> :class:`Neo4jConnection`
    If ``NEO4J_URI`` is set, connection info from ``NEO4J_URI`` / ``NEO4J_USER``
    (default ``neo4j``) / ``NEO4J_PASSWORD`` (default empty) / ``NEO4J_DATABASE``
    (default ``neo4j``), and no server is started, e.g. a Neo4j 5 from docker compose
    on a laptop.  **That database is wiped by** ``neo4j_clean``: point it at a
    disposable one.  Otherwise one local Neo4j 4.4 server
    (:class:`tests.neo4j_server.Neo4jServer`) is started for the whole session from
    jars cached in ``$IKG_NEO4J_HOME_CACHE`` (default
    ``~/.cache/industry-kg/neo4j-4.4.0``; downloaded on first use, ~5 s) and stopped
    at the end.  The first start takes about 13-16 s.

``neo4j_clean`` (function scope) -> :class:`Neo4jTestDatabase`
    Empties the database before the test: deletes every node and relationship, drops
    every constraint and every index except the built-in token ``LOOKUP`` indexes
    (a fresh database has nothing else, so this removes what tests created).  Gives
    ``uri`` / ``user`` / ``password`` / ``database`` and an open ``driver`` (closed
    after the test).

``neo4j_private_server`` (function scope) -> :class:`tests.neo4j_server.Neo4jServer`
    A dedicated local server for fault tests that ``kill()`` / ``restart()`` it; always
    local, even when ``NEO4J_URI`` is set.  Costs a full start (~13-16 s) per test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest

from tests.neo4j_server import (
    DEFAULT_DATABASE,
    DEFAULT_USER,
    Neo4jConnection,
    Neo4jServer,
    clean_database,
    default_cache_dir,
    ensure_neo4j_jars,
)

__all__ = [
    "Neo4jConnection",
    "Neo4jTestDatabase",
    "clean_database",
    "connection_from_env",
    "neo4j_clean",
    "neo4j_private_server",
    "neo4j_server",
]


@dataclass(frozen=True)
class Neo4jTestDatabase:
    """What ``neo4j_clean`` gives a test: connection info plus an open driver."""

    connection: Neo4jConnection
    driver: neo4j.Driver

    @property
    def uri(self) -> str:
        return self.connection.uri

    @property
    def user(self) -> str:
        return self.connection.user

    @property
    def password(self) -> str:
        return self.connection.password

    @property
    def database(self) -> str:
        return self.connection.database

    @property
    def auth(self) -> tuple[str, str]:
        return self.connection.auth


def connection_from_env(environ: dict[str, str] | None = None) -> Neo4jConnection | None:
    """Connection info from ``NEO4J_URI`` and friends, or ``None`` if it is unset."""
    env = dict(os.environ) if environ is None else environ
    uri = env.get("NEO4J_URI", "").strip()
    if not uri:
        return None
    return Neo4jConnection(
        uri=uri,
        user=env.get("NEO4J_USER") or DEFAULT_USER,
        password=env.get("NEO4J_PASSWORD", ""),
        database=env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
    )


def _lib_dir() -> Path:
    return ensure_neo4j_jars(default_cache_dir())


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jConnection]:
    """The session's Neo4j: ``NEO4J_URI`` if set, else a local 4.4 server (see module doc)."""
    external = connection_from_env()
    if external is not None:
        yield external
        return
    with Neo4jServer(_lib_dir()) as server:
        yield server.connection()


@pytest.fixture
def neo4j_clean(neo4j_server: Neo4jConnection) -> Iterator[Neo4jTestDatabase]:
    """An empty database (no data, no test-made constraints/indexes) and an open driver."""
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        clean_database(driver, neo4j_server.database)
        yield Neo4jTestDatabase(neo4j_server, driver)


@pytest.fixture
def neo4j_private_server() -> Iterator[Neo4jServer]:
    """A dedicated, always-local server that the test may ``kill()`` and ``restart()``."""
    with Neo4jServer(_lib_dir()) as server:
        yield server

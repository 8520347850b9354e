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

``neo4j_browser_server`` (session scope) -> :class:`Neo4jBrowserServer`
    A local server (auth disabled) with the Neo4j Browser jar of
    ``../shared/neo4j-browser/`` on its classpath, so it serves the real Browser at
    ``/browser/``, and with the Browser settings docker-compose.yml gives Neo4j
    (:func:`browser_settings`): on connect, Browser loads the style and the guide from an
    ``ikg serve`` expected at :attr:`Neo4jBrowserServer.api_url` (the tests start it
    there).  Skipped when the jar is missing.  Always local, even with ``NEO4J_URI``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

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
    free_ports,
)

__all__ = [
    "BROWSER_JAR",
    "Neo4jBrowserServer",
    "Neo4jConnection",
    "Neo4jTestDatabase",
    "clean_database",
    "browser_settings",
    "connection_from_env",
    "neo4j_browser_server",
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


BROWSER_JAR = (
    Path(__file__).resolve().parents[2] / "shared" / "neo4j-browser" / "neo4j-browser-2025.6.0.jar"
)
"""Neo4j Browser 2025.6.0 built as a jar (test tooling, GPLv3): referenced, never copied."""


def browser_settings(api_url: str, host: str) -> dict[str, str]:
    """The Neo4j settings that style Browser and open the guide on connect.

    `api_url` is where the user's browser reaches `ikg serve`, `host` its host name (Browser
    fetches remote content only from allowed hosts). docker-compose.yml sets the same two
    settings (tests/test_neo4j_browser.py checks it).
    """
    return {
        "browser.post_connect_cmd": (
            f"style {api_url}/neo4j/style.grass; play {api_url}/neo4j/guide.html"
        ),
        "browser.remote_content_hostname_whitelist": host,
    }


@dataclass(frozen=True)
class Neo4jBrowserServer:
    """A Neo4j that serves the real Browser, and where its `ikg serve` is expected."""

    connection: Neo4jConnection
    http_port: int
    api_url: str

    @property
    def browser_url(self) -> str:
        """The Browser page, told which server to connect to (auth is disabled)."""
        return (
            f"http://127.0.0.1:{self.http_port}/browser/?dbms={self.connection.uri}"
            "&preselectAuthMethod=NO_AUTH"
        )

    @property
    def api_port(self) -> int:
        port = urlparse(self.api_url).port
        assert port is not None
        return port


@pytest.fixture(scope="session")
def neo4j_browser_server() -> Iterator[Neo4jBrowserServer]:
    """A local Neo4j 4.4 serving Neo4j Browser, configured as docker compose configures it."""
    if not BROWSER_JAR.is_file():
        pytest.skip(
            f"no Neo4j Browser jar at {BROWSER_JAR}: the Browser tests need "
            "../shared/neo4j-browser/ next to the repository"
        )
    (api_port,) = free_ports(1)
    api_url = f"http://127.0.0.1:{api_port}"
    settings = browser_settings(api_url, "127.0.0.1")
    with Neo4jServer(
        _lib_dir(),
        auth_enabled=False,
        extra_classpath=[BROWSER_JAR],
        extra_conf=[f"{key}={value}" for key, value in settings.items()],
    ) as server:
        yield Neo4jBrowserServer(server.connection(), server.http_port, api_url)

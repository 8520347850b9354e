"""Pytest fixtures for the remote store: real SPARQL servers (tests.rdf_servers), one of each
per session, started on first use; and stores over them, emptied before each test.

Mark the tests that use them with `@pytest.mark.rdf_server`. A missing server program (the
`oxigraph` package, Debian's `virtuoso-opensource`) skips those tests with the install hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.sparql_http import Endpoints
from graph.store import Store, open_store
from ontology.iris import DEFAULT_BASE
from tests.rdf_servers import SERVERS, OxigraphServer, RdfServer, RdfServerError

BACKENDS = ["embedded", "oxigraph", "virtuoso"]
"""Every store backend the contract tests run on."""

TEST_GRAPHS = DEFAULT_BASE
"""The graphs a test store owns on a shared server (all the tests' graphs are under it)."""


def store_url(server: RdfServer, *, timeout_s: float = 30.0, update: bool = True) -> str:
    """The store URL for a server, written as the server prefers (`server.write`);
    `update=False`: no update endpoint at all (writes and deletes through the Graph Store)."""
    return Endpoints(
        query=server.query_url,
        update=server.update_url if update else None,
        graph_store=server.graph_store_url,
        user=server.user,
        password=server.password,
        timeout_s=timeout_s,
        graphs=TEST_GRAPHS,
        write=server.write,
    ).to_url()


def empty_store(url: str) -> Store:
    """Open a remote store and drop every graph it owns (leftovers of an earlier test)."""
    store = open_store(url)
    for graph in store.named_graphs():
        store.remove_graph(graph)
    return store


def _start(kind: str) -> Iterator[RdfServer]:
    server = SERVERS[kind]()
    try:
        server.start()
    except RdfServerError as exc:
        server.close()
        if "not installed" in str(exc):
            pytest.skip(str(exc))
        raise
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[RdfServer]:
    """An Oxigraph server for the session."""
    yield from _start("oxigraph")


@pytest.fixture(scope="session")
def virtuoso_server() -> Iterator[RdfServer]:
    """A Virtuoso 7 server for the session."""
    yield from _start("virtuoso")


@pytest.fixture
def private_oxigraph() -> Iterator[RdfServer]:
    """An Oxigraph server of the test's own, which it may kill and restart."""
    with OxigraphServer() as server:
        yield server


@pytest.fixture(params=[pytest.param(k, marks=[pytest.mark.rdf_server]) for k in SERVERS])
def emptied_server(request: pytest.FixtureRequest) -> RdfServer:
    """Each SPARQL server of the session in turn (see SERVERS), without a graph of ours."""
    server: RdfServer = request.getfixturevalue(f"{request.param}_server")
    empty_store(store_url(server)).close()
    return server


@pytest.fixture(
    params=[pytest.param(k, marks=[] if k == "embedded" else [pytest.mark.rdf_server])
            for k in BACKENDS]
)
def backend_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of the backend named by the test's parameter (see BACKENDS)."""
    kind = request.param
    if kind == "embedded":
        store = open_store(f"oxigraph:{tmp_path / 'store'}")
    else:
        server: RdfServer = request.getfixturevalue(f"{kind}_server")
        store = empty_store(store_url(server))
    yield store
    store.close()


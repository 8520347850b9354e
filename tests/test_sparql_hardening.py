"""The public SPARQL endpoint under attack (issue 10): no outbound connection whatever the
query text, a relative data directory, snapshots under concurrent writes, memory and nesting
bounds, admission control. Each test runs `ikg serve` and talks to it over real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.test_api_support import API_KEY, LiveServer, build_store, serving

ASK = "ASK { ?s ?p ?o }"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?f ?i ?l"
"""Sorts a cross product: materializes everything, memory grows fast."""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
"""Counts a cross product as it streams: slow, small in memory."""


class Listener:
    """A TCP listener on loopback that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("hardening") / "data"
    build_store(path)
    with serving(path, IKG_SPARQL_TIMEOUT_S="5") as live:
        yield live


def sparql(server: LiveServer, query: str, **kw: object) -> httpx.Response:
    return httpx.get(server.url + "/sparql", params={"query": query}, timeout=30, **kw)  # type: ignore[arg-type]


def federated_queries(url: str) -> list[str]:
    """SERVICE clauses hidden every way we know: escapes in IRIs and literals, comments,
    strings that look like they close, nesting, lower case, every query form."""
    return [
        # the red-team bypass: an escaped quote in an IRI opened a fake string that hid
        # the SERVICE clause from the old text screen, up to the next quote
        rf"SELECT * WHERE {{ {{ ?s <http://e/\u0041'> ?o }} UNION "
        rf"{{ SERVICE <{url}> {{ ?a ?b ?c }} }} FILTER(?a != 'x') }}",
        rf"SELECT * WHERE {{ ?s <http://e/\u0041'> ?o . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        rf"SELECT * WHERE {{ ?s ?p 'it\'s' . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        rf'SELECT * WHERE {{ ?s ?p "\u0022" . SERVICE <{url}> {{ ?a ?b ?c }} }}',
        f"SELECT * WHERE {{ ?s ?p '''a '' ' ''' . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ # SERVICE in a comment\n SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ {{ OPTIONAL {{ {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }} }} }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?a WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"select * where {{ service <{url}> {{ ?a ?b ?c }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"PREFIX x: <{url}> SELECT * WHERE {{ SERVICE x: {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?a ?b ?c }} }}",
    ]


def test_no_query_text_makes_the_server_open_a_connection(server: LiveServer) -> None:
    listener = Listener()
    try:
        for target in (f"http://127.0.0.1:{listener.port}/sparql", server.url + "/sparql"):
            codes = []
            for query in federated_queries(target):
                r = sparql(server, query)
                # refused before it runs: 403, or 400 where the escapes make it malformed
                assert r.status_code in (400, 403), (query, r.text)
                codes.append(r.json()["error"]["code"])
                r = httpx.post(
                    server.url + "/sparql",
                    content=query,
                    headers={"Content-Type": "application/sparql-query"},
                    timeout=30,
                )
                assert r.status_code in (400, 403), (query, r.text)
            assert codes[0] == codes[1] == "service_disabled"  # the red team's bypass
            assert codes.count("service_disabled") >= len(codes) - 1, codes
        time.sleep(0.5)
        assert listener.connections == 0
    finally:
        listener.close()
    # the word is fine where it is only data
    ok = sparql(server, "SELECT ?service WHERE { ?service ?p 'SERVICE <http://x/> {}' }")
    assert ok.status_code == 200, ok.text
    ok = sparql(server, "SELECT * WHERE { ?s <http://e/SERVICE> ?o } # SERVICE <http://x/> {}")
    assert ok.status_code == 200, ok.text


def test_query_workers_cannot_reach_the_network() -> None:
    """The second wall: a worker's own network namespace (where the kernel allows one)."""
    listener = Listener()
    code = (
        "import socket, sys\n"
        "from api.sparql.guard import isolate_network\n"
        "if not isolate_network(): sys.exit(77)\n"
        "s = socket.socket(); s.settimeout(2)\n"
        f"try: s.connect(('127.0.0.1', {listener.port}))\n"
        "except OSError: sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    try:
        proc = subprocess.run([sys.executable, "-c", code], timeout=30)
    finally:
        listener.close()
    if proc.returncode == 77:
        pytest.skip("this kernel refuses network namespaces here; the parse is the guard")
    assert proc.returncode == 0
    assert listener.connections == 0


def test_too_deep_or_malformed_queries_are_400_and_workers_survive(server: LiveServer) -> None:
    deep = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    opts = "SELECT * WHERE " + "{ ?s ?p ?o OPTIONAL " * 200 + "{ ?a ?b ?c }" + " }" * 200
    parens = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 3000 + "?o" + ")" * 3000 + ") }"
    for query in (deep, opts, parens):
        r = httpx.post(
            server.url + "/sparql",
            content=query,
            headers={"Content-Type": "application/sparql-query"},
            timeout=30,
        )
        assert r.status_code == 400, r.text[:300]
        assert r.json()["error"]["code"] == "query_too_deep"
        assert "nested too deeply" in r.json()["error"]["message"]
    r = sparql(server, "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ")
    assert r.status_code == 400 and "Malformed" in r.json()["error"]["message"]
    # a reasonably nested query still runs, and every worker is still there
    nested = "SELECT * WHERE " + "{ ?s ?p ?o OPTIONAL " * 20 + "{ ?a ?b ?c }" + " }" * 20
    assert sparql(server, nested + " LIMIT 1").status_code == 200
    for _ in range(4):
        assert sparql(server, ASK).json()["boolean"] is True


def test_relative_data_directory(tmp_path: Path) -> None:
    build_store(tmp_path / "rel" / "data")
    with serving(Path("rel/data"), cwd=tmp_path) as live:
        r = sparql(live, ASK)
        assert r.status_code == 200, r.text
        assert r.json()["boolean"] is True
        assert httpx.get(live.url + "/entities/nvidia", timeout=30).status_code == 200


def _rss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _tree_rss_mb(pid: int) -> int:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    kids = [int(k) for k in children.read_text().split()] if children.exists() else []
    return _rss_mb(pid) + sum(_tree_rss_mb(k) for k in kids)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_query_memory_is_bounded(tmp_path: Path) -> None:
    build_store(tmp_path / "data")
    memory_mb, workers = 1024, 2
    with serving(
        tmp_path / "data",
        IKG_SPARQL_MEMORY_MB=str(memory_mb),
        IKG_SPARQL_WORKERS=str(workers),
        IKG_SPARQL_TIMEOUT_S="50",
    ) as live:
        assert sparql(live, ASK).status_code == 200
        bound = _rss_mb(live.proc.pid) + workers * memory_mb
        peak, done = [0], threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss_mb(live.proc.pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        started = time.monotonic()
        try:
            r = sparql(live, RUNAWAY)
        finally:
            done.set()
            sampler.join()
        assert r.status_code == 503, r.text[:300]
        error = r.json()["error"]
        assert error["code"] == "query_memory"
        assert f"{memory_mb} MB" in error["message"]
        assert time.monotonic() - started < 45  # stopped by memory, not by the time limit
        assert peak[0] < bound, (peak[0], bound)
        for _ in range(3):  # a fresh worker took its place
            assert sparql(live, ASK).json()["boolean"] is True


def test_admission_control_keeps_other_clients_and_rest_answering(tmp_path: Path) -> None:
    build_store(tmp_path / "data")
    with serving(
        tmp_path / "data",
        IKG_SPARQL_WORKERS="2",
        IKG_SPARQL_PER_CLIENT="1",
        IKG_SPARQL_QUEUE="0",
        IKG_SPARQL_TIMEOUT_S="4",
    ) as live:
        other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=30)
        try:
            assert sparql(live, ASK).status_code == 200
            slow: list[httpx.Response] = []
            first = threading.Thread(target=lambda: slow.append(sparql(live, SLOW)))
            first.start()
            time.sleep(0.5)
            # the same client again: refused at once, with when to retry
            started = time.monotonic()
            r = sparql(live, SLOW)
            assert time.monotonic() - started < 1.5
            assert r.status_code == 503 and r.json()["error"]["code"] == "too_many_queries"
            assert int(r.headers["Retry-After"]) >= 1
            # another client gets the free worker at once; REST and /health never wait
            started = time.monotonic()
            r = other.get(live.url + "/sparql", params={"query": ASK})
            assert r.status_code == 200 and r.json()["boolean"] is True
            assert httpx.get(live.url + "/health", timeout=30).status_code == 200
            assert httpx.get(live.url + "/entities/nvidia", timeout=30).status_code == 200
            assert time.monotonic() - started < 2.0
            first.join()
            assert slow[0].status_code == 503 and slow[0].json()["error"]["code"] == "query_timeout"
        finally:
            other.close()


def test_capacity_full_is_503_with_retry_after(tmp_path: Path) -> None:
    build_store(tmp_path / "data")
    with serving(
        tmp_path / "data",
        IKG_SPARQL_WORKERS="1",
        IKG_SPARQL_PER_CLIENT="4",
        IKG_SPARQL_QUEUE="0",
        IKG_SPARQL_TIMEOUT_S="3",
    ) as live:
        assert sparql(live, ASK).status_code == 200
        first = threading.Thread(target=lambda: sparql(live, SLOW))
        first.start()
        time.sleep(0.5)
        r = sparql(live, ASK)
        assert r.status_code == 503 and r.json()["error"]["code"] == "busy"
        assert "Retry-After" in r.headers
        first.join()
        assert sparql(live, ASK).status_code == 200


def test_no_sparql_failures_while_articles_are_written(tmp_path: Path) -> None:
    """4 writers and 6 SPARQL readers for a bounded time: every query answers 200."""
    build_store(tmp_path / "data")
    with serving(
        tmp_path / "data",
        IKG_SPARQL_WORKERS="2",
        IKG_SPARQL_PER_CLIENT="16",
        IKG_SPARQL_QUEUE="16",
        IKG_SPARQL_TIMEOUT_S="60",
    ) as live:
        seconds = float(os.environ.get("IKG_TEST_SOAK_S", "15"))
        end = time.monotonic() + seconds
        failures: list[str] = []
        counts = {"queries": 0, "writes": 0}

        def writer(n: int) -> None:
            with httpx.Client(timeout=60) as c:
                i = 0
                while time.monotonic() < end:
                    body = {
                        "text": f"Acme{n} Labs supplies Zenith{i} Corp with chips. Zenith{i} Corp "
                        f"invests in Acme{n} Labs.",
                        "title": f"Deal {n}-{i}",
                        "id": f"deal-{n}-{i}",
                        "language": "en",
                    }
                    r = c.post(live.url + "/articles", json=body, headers={"X-API-Key": API_KEY})
                    if r.status_code != 200:
                        failures.append(f"write {r.status_code}: {r.text[:200]}")
                    counts["writes"] += 1
                    i += 1

        def reader() -> None:
            with httpx.Client(timeout=60) as c:
                while time.monotonic() < end:
                    r = c.get(
                        live.url + "/sparql",
                        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                    )
                    if r.status_code != 200:
                        failures.append(f"query {r.status_code}: {r.text[:200]}")
                    counts["queries"] += 1

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        threads += [threading.Thread(target=reader) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert counts["queries"] >= 20 and counts["writes"] >= 8, counts  # enough to mean something
    assert failures == [], (len(failures), counts, failures[:5])

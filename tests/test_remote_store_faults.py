"""Faults of a remote store: down at start, restarted or client killed in the middle of an
ingest, too slow. Each time: a clear error naming the URL, only whole articles stored, and a
re-run that completes the store (its export equals a clean ingest's)."""

from __future__ import annotations

import contextlib
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from bench.local_cluster import LocalDaskCluster
from graph.sparql_http import Endpoints
from graph.store import Store, open_store
from loaders.ingest import WRITE_BATCH
from ontology.errors import StoreUnavailableError
from tests.conftest import ROOT, SEEDS, run_ikg
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import RdfServer, free_port

ARTICLES = 400
DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A generated corpus and a data directory with its clean embedded ingest."""
    root = tmp_path_factory.mktemp("faults")
    write_corpus(root / "corpus", ARTICLES, seed=3)
    run_ikg("ingest", "-q", str(root / "corpus"), data_dir=root / "clean", check=True)
    return root / "corpus", root / "clean"


def test_a_store_down_at_start_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreUnavailableError, match=url):
        open_store(Endpoints(query=url, update=url).to_url())
    for command in (["ingest", str(SEEDS)], ["stats"], ["export"]):
        proc = run_ikg("--store", url, *command, data_dir=tmp_path / "data")
        assert proc.returncode == 1, proc.stderr
        assert url in proc.stderr and "cannot be reached" in proc.stderr
        assert "Traceback" not in proc.stderr
    assert not (tmp_path / "data" / "store").exists()


class _Sleepy(http.server.BaseHTTPRequestHandler):
    """Answers every request after `delay` seconds (a server that is slow, not down)."""

    delay = 3.0

    def do_POST(self) -> None:  # noqa: N802  # http.server's naming
        time.sleep(self.delay)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{},"boolean":true}')
        except OSError:  # the client gave up first
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def sleepy_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Sleepy)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


def test_a_slow_store_hits_the_configured_timeout(sleepy_server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError, match=r"did not answer .* within 0\.5 s"):
        open_store(Endpoints(query=sleepy_server, timeout_s=0.5).to_url())
    assert time.monotonic() - started < 2.5
    env = {"IKG_STORE_URL": sleepy_server, "IKG_STORE_TIMEOUT_S": "0.5"}
    proc = run_ikg("stats", data_dir=tmp_path / "data", env=env)
    assert proc.returncode == 1 and sleepy_server in proc.stderr
    assert "IKG_STORE_TIMEOUT_S" in proc.stderr


def _start_ingest(
    corpus: Path, data_dir: Path, env: dict[str, str], *options: str
) -> subprocess.Popen[str]:
    """`ikg ingest` in a subprocess; returns once it has written its first batch."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("IKG_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "--data-dir", str(data_dir), "ingest", str(corpus),
         *options],
        stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**full_env, **env},
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line or line.startswith("ingest: ") and _files_done(line) > WRITE_BATCH:
            break
    time.sleep(0.3)
    return proc


def _files_done(progress_line: str) -> int:
    """`ingest: 200/400 files` -> 200."""
    return int(progress_line.split()[1].split("/")[0])


def _assert_whole_then_complete(
    server: RdfServer, corpus: Path, clean: Path, data_dir: Path
) -> None:
    """Every article the server holds equals the clean ingest's; a re-run completes it."""
    remote = open_store(store_url(server))
    reference = open_store(f"oxigraph:{clean / 'store'}")
    try:
        graphs = remote.named_graphs()
        assert 0 < len(graphs) < ARTICLES
        for g in graphs:
            assert _lines(remote, g) == _lines(reference, g)
    finally:
        reference.close()
        remote.close()
    env = server.env()
    again = run_ikg("ingest", "-q", str(corpus), data_dir=data_dir, env=env, check=True)
    assert f"{len(graphs)} unchanged" in again.stderr
    got = run_ikg("export", "-f", "nquads", data_dir=data_dir, env=env, check=True).stdout
    want = run_ikg("export", "-f", "nquads", data_dir=clean, check=True).stdout
    # the same dataset (exactly so on Oxigraph: tests/test_remote_store.py)
    assert set(got.replace(DECIMAL, INTEGER).splitlines()) == set(
        want.replace(DECIMAL, INTEGER).splitlines()
    )


def _lines(store: Store, graph: str) -> set[str]:
    """A graph as N-Triples-like lines, integer-valued decimals read as Virtuoso keeps them."""
    return {str(q).replace(DECIMAL, INTEGER) for q in store.graph_quads(graph)}


@pytest.mark.rdf_server
@pytest.mark.slow
@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_kill_9_of_the_ingest_leaves_whole_articles_and_a_rerun_completes(
    kind: str, request: pytest.FixtureRequest, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    server: RdfServer = request.getfixturevalue(f"{kind}_server")
    empty_store(store_url(server)).close()
    files, clean = corpus
    proc = _start_ingest(files, tmp_path / "data", server.env())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    _assert_whole_then_complete(server, files, clean, tmp_path / "data")


@pytest.mark.rdf_server
@pytest.mark.slow
@pytest.mark.parametrize("on_cluster", [False, True], ids=["local", "cluster"])
def test_a_store_restarted_mid_ingest_stops_it_clearly_and_a_rerun_completes(
    on_cluster: bool, private_oxigraph: RdfServer, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    """Also with `--cluster`, where the cluster's workers write to the store themselves: the
    write that fails is a worker's, and the ingest stops with its error."""
    files, clean = corpus
    with LocalDaskCluster(workers=2) if on_cluster else contextlib.nullcontext() as cluster:
        options = ["--cluster", cluster.address] if cluster is not None else []
        proc = _start_ingest(files, tmp_path / "data", private_oxigraph.env(), *options)
        private_oxigraph.kill()  # a crash; the restart comes after the ingest noticed
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1, stderr
    assert private_oxigraph.update_url in stderr or private_oxigraph.query_url in stderr
    assert "cannot be reached" in stderr and "Traceback" not in stderr
    assert ("A cluster worker writing" in stderr) == on_cluster
    private_oxigraph.start()
    _assert_whole_then_complete(private_oxigraph, files, clean, tmp_path / "data")

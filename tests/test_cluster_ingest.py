"""`ikg ingest --cluster` on a real local Dask cluster (a scheduler and two worker processes
that the tests start on free loopback ports): the same store as a local ingest, a killed
worker costs nothing, clear errors for an unreachable address or a missing install. With a
remote store (real Oxigraph and Virtuoso servers) the workers write to it themselves."""

from __future__ import annotations

import io
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from distributed import Client

from bench.corpus import write_corpus
from bench.local_cluster import LocalDaskCluster
from graph.sparql_http import Endpoints
from graph.store import Store, open_store
from loaders.cluster import DaskCluster
from loaders.ingest import ExtractFiles, IngestReport, ingest_paths
from ontology.iris import Iris
from tests.conftest import SEEDS, run_ikg
from tests.rdf_fixtures import TEST_GRAPHS, store_url
from tests.rdf_servers import RdfServer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalDaskCluster]:
    with LocalDaskCluster(workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles, the seeds, and files that fail (binary, over the size limit)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder / "generated", 150, seed=5)
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "bad").mkdir()
    (folder / "bad" / "binary.txt").write_bytes(b"Title: x\n\x00\x01\x02")
    (folder / "bad" / "large.txt").write_text("Title: Large\n\n" + "word " * 300_000)
    return folder


DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"


def export(store: Store) -> list[str]:
    """The store's N-Quads, sorted, integer-valued decimals read as Virtuoso keeps them (the
    one documented difference of a Virtuoso store: docs/remote-store.md)."""
    out = io.BytesIO()
    store.export("nquads", out)
    return sorted(out.getvalue().decode().replace(DECIMAL, INTEGER).splitlines())


def report_lines(stderr: str) -> list[str]:
    """The summary, warnings and failures `ikg ingest` printed."""
    return [
        line
        for line in stderr.splitlines()
        if line.startswith(("failed:", "warning:")) or " files, " in line
    ]


def test_cli_cluster_ingest_stores_what_a_local_ingest_stores(
    cluster: LocalDaskCluster, corpus: Path, tmp_path: Path
) -> None:
    local = run_ikg("ingest", str(corpus), "--max-file-mb", "1", data_dir=tmp_path / "local")
    remote = run_ikg(
        "ingest", str(corpus), "--max-file-mb", "1", "--cluster", cluster.address,
        data_dir=tmp_path / "cluster",
    )  # fmt: skip
    assert local.returncode == remote.returncode == 1  # the two bad files
    # same summary, same failures with the same reasons (Dask may log a warning under load)
    assert report_lines(remote.stderr) == report_lines(local.stderr)
    assert "binary content" in remote.stderr and "over the 1 MB limit" in remote.stderr
    assert "156 articles: 156 written" in remote.stderr and "2 files failed" in remote.stderr
    exports = [
        run_ikg("export", "--format", "nquads", data_dir=d, check=True).stdout
        for d in (tmp_path / "local", tmp_path / "cluster")
    ]
    assert len(exports[0].splitlines()) > 10_000
    assert sorted(exports[1].splitlines()) == sorted(exports[0].splitlines())
    again = run_ikg(
        "ingest", str(corpus / "seeds"), "--cluster", cluster.address,
        data_dir=tmp_path / "cluster", check=True,
    )  # fmt: skip
    assert "0 written, 6 unchanged" in again.stderr


def ingest_killing_a_worker(
    store: Store, files: Path, extract_of: Callable[[DaskCluster], ExtractFiles]
) -> IngestReport:
    """Ingest `files` on a new two-worker cluster, one worker SIGKILLed a third of the way in
    while it runs or holds files' results (so they have to be redone by the other)."""
    with LocalDaskCluster(workers=2) as running, DaskCluster(running.address) as workers:
        killed: list[int] = []
        held: list[int] = []

        def kill_one_third_in(_: str, done: int, total: int) -> None:
            if done == total // 3:
                held.append(tasks_on(running.address, running.worker_processes[0].pid))
                killed.append(running.kill_worker(0))

        report = ingest_paths(
            store, [files], iris=Iris(), extract=extract_of(workers), progress=kill_one_third_in
        )
        assert killed and running.worker_processes[0].poll() is not None
        assert held[0] > 0  # it was running or holding files' results: they had to be redone
        assert running.worker_processes[1].poll() is None
    return report


def test_a_killed_worker_costs_nothing(corpus: Path, tmp_path: Path) -> None:
    files = corpus / "generated"
    reference = open_store(f"oxigraph:{tmp_path / 'local'}")
    local = ingest_paths(reference, [files], iris=Iris())
    store = open_store(f"oxigraph:{tmp_path / 'cluster'}")
    report = ingest_killing_a_worker(store, files, lambda workers: workers.extract_files)
    assert report.ok and len(report.articles) == len(local.articles) == 150
    iris = [a.article_iri for a in report.articles]
    assert len(set(iris)) == len(iris) and report.written == 150  # each article once
    assert len(store.named_graphs()) == len(reference.named_graphs())
    assert export(store) == export(reference)
    store.close()
    reference.close()


def test_cli_cluster_workers_write_a_remote_store_as_a_local_ingest_would(
    emptied_server: RdfServer, cluster: LocalDaskCluster, corpus: Path, tmp_path: Path
) -> None:
    server = emptied_server
    local = run_ikg("ingest", str(corpus), "--max-file-mb", "1", data_dir=tmp_path / "local")
    remote = run_ikg(
        "ingest", str(corpus), "--max-file-mb", "1", "--cluster", cluster.address,
        data_dir=tmp_path / "remote", env=server.env(),
    )  # fmt: skip
    assert local.returncode == remote.returncode == 1  # the two bad files
    assert report_lines(remote.stderr) == report_lines(local.stderr)
    assert "156 articles: 156 written" in remote.stderr
    assert not (tmp_path / "remote" / "store").exists()  # all of it went to the server
    reference = open_store(f"oxigraph:{tmp_path / 'local' / 'store'}")
    written = open_store(store_url(server))
    try:
        assert len(export(reference)) > 10_000
        assert export(written) == export(reference)
    finally:
        written.close()
        reference.close()
    again = run_ikg(
        "ingest", str(corpus / "seeds"), "--cluster", cluster.address,
        data_dir=tmp_path / "remote", env=server.env(), check=True,
    )  # fmt: skip
    assert "0 written, 6 unchanged" in again.stderr


def test_workers_write_a_remote_store_and_a_killed_worker_costs_nothing(
    emptied_server: RdfServer, cluster: LocalDaskCluster, corpus: Path, tmp_path: Path
) -> None:
    """Every write is a worker's: the client's own store is read-only (a query endpoint
    alone refuses writes). A retried file's articles are compared with what the server
    holds: those the killed worker had written count as unchanged, none is written twice."""
    server = emptied_server
    url = store_url(server)
    files = corpus / "generated"
    reference = open_store(f"oxigraph:{tmp_path / 'local'}")
    ingest_paths(reference, [files], iris=Iris())
    read_only = open_store(Endpoints(query=server.query_url, graphs=TEST_GRAPHS).to_url())
    try:
        report = ingest_killing_a_worker(
            read_only, files, lambda workers: workers.writing_to(url, Iris())
        )
        assert report.ok and len(report.articles) == 150
        iris = [a.article_iri for a in report.articles]
        assert len(set(iris)) == len(iris)  # each article reported once
        assert report.written + report.unchanged == 150
        assert len(read_only.named_graphs()) == 150
        assert export(read_only) == export(reference)  # nothing lost, nothing left over
        with DaskCluster(cluster.address) as workers:
            again = ingest_paths(
                read_only, [files], iris=Iris(), extract=workers.writing_to(url, Iris())
            )
        assert again.ok and again.written == 0 and again.unchanged == 150
    finally:
        read_only.close()
        reference.close()


def tasks_on(address: str, pid: int) -> int:
    """Tasks the worker process `pid` is running or holds results of (not yet fetched)."""
    with Client(address, timeout=10) as client:
        worker = next(a for a, p in client.run(os.getpid).items() if p == pid)
        return len(client.processing([worker])[worker]) + len(client.has_what([worker])[worker])


def test_an_unreachable_cluster_is_named(tmp_path: Path) -> None:
    with socket.socket() as s:  # a free port nobody listens on
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    proc = run_ikg("ingest", str(SEEDS), "--cluster", address, data_dir=tmp_path / "data")
    assert proc.returncode == 1
    assert f"cannot reach the Dask scheduler at {address}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (
        not (tmp_path / "data").exists()
        or run_ikg("export", "--format", "nquads", data_dir=tmp_path / "data", check=True).stdout
        == ""
    )


def test_without_dask_the_cli_says_what_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.mkdir()  # a `distributed` that cannot be imported, as when it is not installed
    (blocker / "distributed.py").write_text("raise ImportError('No module named distributed')\n")
    proc = run_ikg(
        "ingest", str(SEEDS), "--cluster", "tcp://127.0.0.1:8786",
        data_dir=tmp_path / "data", env={"PYTHONPATH": str(blocker)},
    )  # fmt: skip
    assert proc.returncode == 1
    assert "pip install 'industry-kg[cluster]'" in proc.stderr
    assert "Traceback" not in proc.stderr

"""Distributed ingest benchmark: Dask distributed against Ray, on a local cluster of a
scheduler (head) and two single-threaded worker processes, the same corpus, the same client
code (`loaders.cluster.in_order`: file bytes out, extractions back, writes on the client).

Measures for each engine: start-up (launch to every worker ready), ingest throughput in
articles/s, the cluster's memory (RSS of its processes after the run), and a run where one
worker process gets SIGKILL a third of the way through (time, and whether the store ends
equal to a local ingest). Ray is not a dependency of the project: `pip install ray` to run it.

    python -m bench.cluster_bench --articles 1000
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil

from bench.corpus import write_corpus
from bench.local_cluster import LocalDaskCluster
from graph.store import Store, open_store
from loaders.cluster import DaskCluster, FilePayload, extract_payload, in_order
from loaders.ingest import FileResult, ingest_paths
from loaders.readers import ReadPolicy
from ontology.iris import Iris


def _export(store: Store) -> list[bytes]:
    out = io.BytesIO()
    store.export("nquads", out)
    return sorted(out.getvalue().splitlines())


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += psutil.Process(pid).memory_info().rss
    return total / 2**20


def _ingest(
    work: Path, name: str, extract: Any, kill: Callable[[], None] | None
) -> tuple[float, list[bytes], int]:
    store = open_store(f"oxigraph:{work / name}")
    total = len(list((work / "corpus").iterdir()))

    def progress(_: str, done: int, __: int) -> None:
        if kill is not None and done == total // 3:
            kill()

    t0 = time.perf_counter()
    report = ingest_paths(store, [work / "corpus"], iris=Iris(), extract=extract, progress=progress)
    elapsed = time.perf_counter() - t0
    exported = _export(store)
    store.close()
    assert report.ok, report.failures[:3]
    return elapsed, exported, len(report.articles)


def bench_dask(work: Path, reference: list[bytes]) -> dict[str, float]:
    out: dict[str, float] = {}
    for kill in (False, True):
        with LocalDaskCluster(workers=2) as local, DaskCluster(local.address) as cluster:
            out["start_s"] = local.started_s
            elapsed, exported, n = _ingest(
                work, f"dask-{kill}", cluster.extract_files, local.kill_worker if kill else None
            )
            key = "kill" if kill else "run"
            out[f"{key}_s"] = elapsed
            out[f"{key}_aps"] = n / elapsed
            out[f"{key}_equal"] = float(exported == reference)
            if not kill:
                out["rss_mb"] = _rss_mb(local.pids())
    return out


def _stop_ray(temp: Path) -> None:
    """SIGKILL the Ray processes of this run only: those started with `temp` in their command
    line (GCS, raylet...) and their descendants (the workers). Not `ray stop`, which stops
    every Ray process of the machine."""
    roots = [
        p
        for p in psutil.process_iter(["cmdline"])
        if any(str(temp) in part for part in p.info["cmdline"] or [])
    ]
    for process in [q for p in roots for q in p.children(recursive=True)] + roots:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def bench_ray(work: Path, reference: list[bytes]) -> dict[str, float]:
    import ray

    out: dict[str, float] = {}
    for kill in (False, True):
        temp = Path(tempfile.mkdtemp(prefix="ikg-ray-"))
        before = {p.pid for p in psutil.process_iter()}
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ray.scripts.scripts",
                "start",
                "--head",
                "--port",
                "0",
                "--num-cpus",
                "2",
                "--include-dashboard=false",
                "--disable-usage-stats",
                "--temp-dir",
                str(temp),
                "--node-ip-address",
                "127.0.0.1",
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
        try:
            ray.init(address="auto", _temp_dir=str(temp), logging_level="ERROR")
            task = ray.remote(max_retries=3)(extract_payload)
            policy = ReadPolicy()
            ray.get(
                [task.remote(FilePayload("w.txt", b"Warm up."), "rules", policy) for _ in range(2)]
            )
            out["start_s"] = time.perf_counter() - t0

            def extract(files: list[Path], name: str, pol: ReadPolicy) -> Iterator[FileResult]:
                return in_order(
                    files,
                    name,
                    pol,
                    lambda payload: task.remote(payload, name, pol),  # noqa: B023 (this round)
                    lambda sent: ray.get([ref for _, ref in sent]),
                    lambda refs: [ray.cancel(r) for r in refs],  # type: ignore[func-returns-value]
                )

            def kill_one(before: set[int] = before) -> None:
                workers = [
                    p
                    for p in psutil.process_iter(["cmdline"])
                    if p.pid not in before
                    and "extract_payload" in " ".join(p.info["cmdline"] or [])
                ]
                os.kill(workers[0].pid, signal.SIGKILL)

            elapsed, exported, n = _ingest(work, f"ray-{kill}", extract, kill_one if kill else None)
            key = "kill" if kill else "run"
            out[f"{key}_s"] = elapsed
            out[f"{key}_aps"] = n / elapsed
            out[f"{key}_equal"] = float(exported == reference)
            if not kill:
                out["rss_mb"] = _rss_mb(
                    [
                        p.pid
                        for p in psutil.process_iter(["cmdline"])
                        if p.pid not in before
                        and p.pid != os.getpid()
                        and any("ray" in part for part in p.info["cmdline"] or [])
                    ]
                )
        finally:
            ray.shutdown()
            _stop_ray(temp)
            shutil.rmtree(temp, ignore_errors=True)
    return out


def main() -> None:
    """Run both engines on one corpus and print a Markdown table."""
    parser = argparse.ArgumentParser(description="Dask against Ray for distributed ingest.")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--engines", default="dask,ray")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ikg-cluster-bench-"))
    try:
        write_corpus(work / "corpus", args.articles, seed=11)
        t0 = time.perf_counter()
        store = open_store(f"oxigraph:{work / 'local'}")
        report = ingest_paths(store, [work / "corpus"], iris=Iris(), jobs=2)
        local_s = time.perf_counter() - t0
        reference = _export(store)
        store.close()
        print(f"local --jobs 2: {len(report.articles) / local_s:.0f} articles/s ({local_s:.1f} s)")
        rows = {}
        for engine in args.engines.split(","):
            rows[engine] = (bench_dask if engine == "dask" else bench_ray)(work, reference)
            print(engine, {k: round(v, 2) for k, v in rows[engine].items()}, flush=True)
        print(f"\n{platform.platform()}, {os.cpu_count()} cores, {args.articles} articles\n")
        print("| | " + " | ".join(rows) + " |\n|---|" + "---|" * len(rows))
        for key in ("start_s", "run_aps", "run_s", "rss_mb", "kill_aps", "kill_equal", "run_equal"):
            print(
                f"| {key} | "
                + " | ".join(f"{r.get(key, float('nan')):.2f}" for r in rows.values())
                + " |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

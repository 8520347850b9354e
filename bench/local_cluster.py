"""A real Dask cluster on this machine, for tests and benchmarks: a scheduler and worker
processes started with Dask's own commands on free loopback ports, torn down on exit.

    with LocalDaskCluster(workers=2) as cluster:
        print(cluster.address)          # tcp://127.0.0.1:PORT, as `dask scheduler` prints it
        cluster.kill_worker()           # SIGKILL one worker process
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

START_TIMEOUT = 30.0
"""Seconds for the scheduler to write its address and for every worker to join."""


class LocalDaskCluster:
    """`dask scheduler` and `workers` x `dask worker --nthreads 1 --no-nanny` (a killed
    worker stays dead: its tasks can only be rerun by the others)."""

    def __init__(self, workers: int = 2) -> None:
        self.workers = workers
        self.address = ""
        self.started_s = 0.0
        self._dir = Path(tempfile.mkdtemp(prefix="ikg-dask-"))
        self._scheduler: subprocess.Popen[bytes] | None = None
        self.worker_processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> LocalDaskCluster:
        t0 = time.perf_counter()
        info = self._dir / "scheduler.json"
        dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
        self._scheduler = self._start(
            [*dask, "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
            + ["--scheduler-file", str(info)],
            "scheduler",
        )
        try:
            self.address = self._wait_address(info)
            for i in range(self.workers):
                self.worker_processes.append(
                    self._start(
                        [sys.executable, "-m", "distributed.cli.dask_worker", self.address]
                        + ["--nthreads", "1", "--no-nanny", "--no-dashboard"]
                        + ["--host", "127.0.0.1", "--local-directory", str(self._dir)],
                        f"worker-{i}",
                    )
                )
            self._wait_workers()
        except BaseException:
            self.close()
            raise
        self.started_s = time.perf_counter() - t0
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self, command: list[str], name: str) -> subprocess.Popen[bytes]:
        log = (self._dir / f"{name}.log").open("wb")
        env = {
            **os.environ,
            "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
            # the worker's sampling profiler (every 10 ms) cost 35% of the throughput on
            # 10 ms extraction tasks: 51 -> 81 articles/s without it (BENCHMARKS.md)
            "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False",
        }
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)

    def _wait_address(self, info: Path) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if info.exists():
                try:
                    return str(json.loads(info.read_text())["address"])
                except (ValueError, KeyError):
                    pass  # written in two steps
            time.sleep(0.05)
        raise RuntimeError(f"dask scheduler did not start; see {self._dir}/scheduler.log")

    def _wait_workers(self) -> None:
        from distributed import Client

        with Client(self.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(self.workers, timeout=START_TIMEOUT)

    def kill_worker(self, index: int = 0) -> int:
        """SIGKILL one worker process; return its pid."""
        process = self.worker_processes[index]
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        return process.pid

    def pids(self) -> list[int]:
        """The scheduler's and the workers' process ids."""
        assert self._scheduler is not None
        return [self._scheduler.pid, *(p.pid for p in self.worker_processes)]

    def close(self) -> None:
        """Stop the workers and the scheduler (SIGTERM, then SIGKILL) and remove their files."""
        processes = [*self.worker_processes, *([self._scheduler] if self._scheduler else [])]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self._dir, ignore_errors=True)

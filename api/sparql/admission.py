"""Admission control in front of the SPARQL worker pool.

A few slow queries must not make every other client wait, and SPARQL must never hold the
threads that REST and /health run on. So each query is admitted or refused at once, before
it waits for anything:

- one client (its address) runs at most `per_client` queries at a time;
- at most `workers + queue` queries are admitted in all (running or waiting for a worker);
- a refusal is 503 with `Retry-After`, and nothing is queued behind it.

Admitted queries wait for a worker on threads of their own (`executor`), never on the
server's shared thread pool.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from api.sparql.guard import QueryRefused
from api.sparql.pool import QueryAnswer, QueryRequest, SparqlPool


class Busy(QueryRefused):
    """A query refused by admission control (503); `retry_after` in seconds."""

    def __init__(self, code: str, message: str, retry_after: int) -> None:
        super().__init__(503, code, message)
        self.retry_after = retry_after


class SparqlGate:
    """Admits queries for `pool` (see the module docstring) and runs them off the event loop."""

    def __init__(self, pool: SparqlPool, *, per_client: int, queue: int) -> None:
        self.pool = pool
        self.per_client = per_client
        self.capacity = pool.size + queue
        self._running: Counter[str] = Counter()
        self._total = 0
        self._lock = threading.Lock()
        self.refused = 0
        self.executor = ThreadPoolExecutor(self.capacity, thread_name_prefix="sparql")

    def _admit(self, client: str) -> None:
        retry = max(1, round(self.pool.timeout_s / 2))
        with self._lock:
            if self._running[client] >= self.per_client:
                self.refused += 1
                raise Busy(
                    "too_many_queries",
                    f"You already have {self._running[client]} SPARQL queries running (at most "
                    f"{self.per_client} per client); wait for them to finish, then retry.",
                    retry,
                )
            if self._total >= self.capacity:
                self.refused += 1
                raise Busy(
                    "busy",
                    f"The SPARQL service is at capacity ({self.capacity} queries running or "
                    "waiting); retry shortly.",
                    retry,
                )
            self._running[client] += 1
            self._total += 1

    def _release(self, client: str) -> None:
        with self._lock:
            self._running[client] -= 1
            if self._running[client] <= 0:
                del self._running[client]
            self._total -= 1

    async def run(self, client: str, request: QueryRequest) -> QueryAnswer:
        """Answer `request` for `client`, or raise Busy at once (see the module docstring);
        QueryRefused for errors of the query itself."""
        self._admit(client)
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, self.pool.run, request)
        finally:
            self._release(client)

    def close(self) -> None:
        """Stop accepting work; threads end when their query does."""
        self.executor.shutdown(wait=False, cancel_futures=True)

"""Whole-graph analytics computed off the request path, kept with the version and the time
they were computed for.

A centrality over the whole graph costs seconds once the store holds tens of thousands of
articles; computed inside a request it would hold that request (and, through the GIL, slow
every other one). So a result is computed inline only on a small graph; on a large one it is
computed in a background thread, and a request gets the latest result with its age (or, before
there is any, a 503 with `Retry-After`). A result older than the read model is recomputed in
the background while the old one is served.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from api.readmodel.model import ReadModel

log = logging.getLogger(__name__)

INLINE_MAX_EDGES = 20_000
"""Graphs with at most this many edges get their analytics computed inside the request
(pagerank over 20,000 edges: well under a second here); larger ones in the background."""


@dataclass(frozen=True)
class Computed:
    """A result and what it was computed from."""

    value: Any
    version: int
    computed_at: float

    def as_of(self, store_version: int) -> dict[str, Any]:
        """What a response says about the result's age."""
        return {
            "version": self.version,
            "store_version": store_version,
            "computed_at": datetime.fromtimestamp(self.computed_at, UTC).isoformat(
                timespec="seconds"
            ),
            "age_s": round(max(0.0, time.time() - self.computed_at), 1),
        }


class Pending(Exception):
    """No result yet: one is being computed; retry after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("computing")
        self.retry_after = retry_after


class BackgroundResults:
    """The latest result per key, computed inline on small graphs, else in the background."""

    def __init__(self) -> None:
        self._results: dict[Hashable, Computed] = {}
        self._running: set[Hashable] = set()
        self._took: dict[Hashable, float] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, model: ReadModel, compute: Callable[[ReadModel], Any]) -> Computed:
        """The result for `key` on `model`, or the latest one while a newer one is computed;
        Pending when there is none yet."""
        with self._lock:
            found = self._results.get(key)
        if found is not None and found.version >= model.version:
            return found
        if model.graph.number_of_edges() <= INLINE_MAX_EDGES:
            return self._compute(key, model, compute)
        self._start(key, model, compute)
        if found is not None:
            return found
        raise Pending(max(1, round(self._took.get(key, 10.0))))

    def _compute(
        self, key: Hashable, model: ReadModel, compute: Callable[[ReadModel], Any]
    ) -> Computed:
        started = time.perf_counter()
        result = Computed(compute(model), model.version, time.time())
        with self._lock:
            self._took[key] = time.perf_counter() - started
            current = self._results.get(key)
            if current is None or current.version <= result.version:
                self._results[key] = result
        return result

    def _start(self, key: Hashable, model: ReadModel, compute: Callable[[ReadModel], Any]) -> None:
        with self._lock:
            if key in self._running:
                return
            self._running.add(key)

        def run() -> None:
            try:
                self._compute(key, model, compute)
            except Exception:
                log.warning("computing %s in the background failed", key, exc_info=True)
            finally:
                with self._lock:
                    self._running.discard(key)

        threading.Thread(target=run, name=f"analytics-{key}", daemon=True).start()

"""Whole-graph analytics computed off the request path, kept with the version and the time
they were computed for.

Paths, upstream exposure and centrality need the whole graph. It is held as a compact edge
list (`graph.compact`) loaded from the read index, and a centrality over it costs seconds once
the store holds tens of thousands of articles: computed inside a request it would hold that
request (and, through the GIL, slow every other one). So on a small graph both are computed
inline; on a large one in a background thread, and a request gets the latest result with its
age (or, before there is any, a 503 with `Retry-After`). A result older than the index is
recomputed in the background while the old one is served.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from typing import Any

from graph import compact
from graph.compact import CompactGraph
from graph.read_index import ReadIndex

log = logging.getLogger(__name__)

INLINE_MAX_EDGES = 20_000
"""Graphs with at most this many edges are loaded and get their analytics computed inside the
request (well under a second here); larger ones in the background."""


@dataclass(frozen=True)
class Computed:
    """A result and what it was computed from."""

    value: Any
    version: int
    """The store version (writes through this server) the result reflects."""
    computed_at: float
    generation: int = 0
    """The read index generation it was computed from."""

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


class GraphSnapshots:
    """The compact graph of the read index (`graph.compact`) and the analytics computed on
    it, each the latest one, rebuilt off the request path when the index has changed.

    A small graph (at most `INLINE_MAX_EDGES` edges) is loaded and ranked inside the
    request, so it is always current; a large one is loaded in a background thread and
    ranked in a child process, the request getting the latest result with its age (Pending
    before there is any).
    """

    def __init__(self, index: ReadIndex, version: Callable[[], int]) -> None:
        self._index = index
        self._version = version
        self._graph: Computed | None = None
        self._results: dict[Hashable, Computed] = {}
        self._children: set[multiprocessing.process.BaseProcess] = set()
        self._running: set[Hashable] = set()
        self._took: dict[Hashable, float] = {}
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Start loading the graph in the background (at start-up)."""
        self._start("graph", lambda: self._load(inline=self._small(None)))

    def latest(self) -> Computed:
        """The latest compact graph (`value`), loading a newer one when the index changed."""
        generation = self._index.generation
        found = self._graph
        if found is not None and found.generation == generation:
            return found
        if self._small(found):
            return self._load(inline=True)
        self._start("graph", self._load)
        if found is not None:
            return found
        raise Pending(max(1, round(self._took.get("graph", 2.0))))

    def result(self, key: Hashable, compute: Callable[..., Any], *args: Any) -> Computed:
        """`compute(graph, *args)` on the latest graph, or the latest result while a newer
        one is computed; Pending when there is none yet. On a large graph it runs in a child
        process (`compute` must be a module-level function), so that it holds neither the
        GIL nor a core of the server's."""
        graph = self.latest()
        with self._lock:
            found = self._results.get(key)
        if found is not None and found.generation >= graph.generation:
            return found
        if self._small(graph):
            return self._compute(key, graph, lambda g: compute(g, *args))
        self._start(
            key, lambda: self._compute(key, graph, lambda g: self._in_child(compute, g, *args))
        )
        if found is not None:
            return found
        raise Pending(max(1, round(self._took.get(key, 10.0))))

    def _in_child(self, compute: Callable[..., Any], *args: Any) -> Any:
        """`compute(*args)` in a child process (spawned: no state of this one shared)."""
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(
            target=_child, args=(send, compute, args), name="ikg-analytics", daemon=True
        )
        child.start()
        send.close()
        with self._lock:
            self._children.add(child)
        try:
            ok, value = receive.recv()
        except EOFError:
            raise RuntimeError("the analytics process ended without an answer") from None
        finally:
            receive.close()
            child.join(5)
            if child.is_alive():
                child.terminate()
                child.join()
            with self._lock:
                self._children.discard(child)
        if not ok:
            raise RuntimeError(f"the analytics process failed: {value}")
        return value

    def close(self) -> None:
        """Stop the child processes still computing (at shutdown)."""
        with self._lock:
            children = list(self._children)
        for child in children:
            child.terminate()
            child.join(5)

    def _small(self, found: Computed | None) -> bool:
        if found is not None:
            return bool(found.value.edges <= INLINE_MAX_EDGES)
        return bool(self._index.query("SELECT COUNT(*) FROM edge_t")[0][0] <= INLINE_MAX_EDGES)

    def _load(self, inline: bool = False) -> Computed:
        """Load the graph: here when `inline` (a small graph) or the index is in memory, else
        in a child process, whose reading and building of a large graph hold no GIL here."""
        started = time.perf_counter()
        generation, version = self._index.generation, self._version()
        path = self._index.path
        if inline or path is None:
            graph = compact.load(self._index, version)
        else:
            self._index.require()
            graph = self._in_child(compact.load_file, path, version)
        loaded = Computed(graph, version, time.time(), generation)
        with self._lock:
            self._took["graph"] = time.perf_counter() - started
            if self._graph is None or self._graph.generation <= generation:
                self._graph = loaded
        return loaded

    def _compute(
        self, key: Hashable, graph: Computed, compute: Callable[[CompactGraph], Any]
    ) -> Computed:
        started = time.perf_counter()
        result = Computed(compute(graph.value), graph.version, time.time(), graph.generation)
        with self._lock:
            self._took[key] = time.perf_counter() - started
            current = self._results.get(key)
            if current is None or current.generation <= result.generation:
                self._results[key] = result
        return result

    def _start(self, key: Hashable, work: Callable[[], object]) -> None:
        with self._lock:
            if key in self._running:
                return
            self._running.add(key)

        def run() -> None:
            try:
                work()
            except Exception:
                log.warning("computing %s in the background failed", key, exc_info=True)
            finally:
                with self._lock:
                    self._running.discard(key)

        threading.Thread(target=run, name=f"analytics-{key}", daemon=True).start()


def _child(send: Connection, compute: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """The body of an analytics child process: compute, send the result (or the error)."""
    try:
        send.send((True, compute(*args)))
    except BaseException as exc:  # reported to the parent, which logs it
        send.send((False, repr(exc)))
    finally:
        send.close()

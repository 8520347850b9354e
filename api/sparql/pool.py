"""SPARQL queries with hard time and memory limits: a pool of worker processes over store
snapshots.

pyoxigraph cannot interrupt a running query, and a thread cannot be killed, so a query that
runs away (a cross product with ORDER BY materializes everything before its first solution)
would hold a server thread and a core for as long as it likes. Here every endpoint query runs
in a worker process; when the deadline passes the parent kills that process (SIGKILL),
answers 503, and starts a fresh worker in the background. The server itself never runs user
SPARQL.

Each worker also has an address-space limit (`memory_mb`, RLIMIT_AS): a query that needs more
memory makes the allocation fail, the worker dies (or reports MemoryError) and the query is
answered 503 while a fresh worker starts, so the server's total memory stays under its own
plus `workers * memory_mb`. Before a query runs the worker checks it (`api.sparql.guard`): no
SERVICE clause, bounded nesting; and the worker lives in a network namespace of its own where
the kernel allows it, so no query can make it open a connection.

Workers read a snapshot, never the live store (RocksDB allows one writer process, and a
read-only open beside a writer is undefined behaviour in Oxigraph): the parent takes a
RocksDB checkpoint of the store (hard links, milliseconds) when the store version has moved,
and each worker re-opens the newest checkpoint read-only before its next query. Stores with
no checkpoint support are snapshotted as an N-Quads export that workers load into memory.

Protocol: length-prefixed pickles over the worker's stdin/stdout (`python -m` this module).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import queue
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

from api.sparql.guard import QueryRefused, check_query, isolate_network
from loaders.processes import die_with_parent

if TYPE_CHECKING:  # the worker process imports no more than it needs
    from graph.store import Store

log = logging.getLogger(__name__)

_HEADER = struct.Struct(">Q")
MAX_RESULT_BYTES = 256 * 1024 * 1024
"""Results larger than this are refused (ask for fewer rows with LIMIT)."""

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


GRAPH_PREFIXES = {
    "ikg": "https://industry-kg.org/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""Prefixes declared in Turtle and TriG answers (shorter, easier to read)."""


QueryFailed = QueryRefused
"""A query answered with an error (status, code, message) by the guard, a worker or the pool."""

MEMORY_EXIT_SIGNALS = (signal.SIGABRT,)
"""How a worker ends when an allocation fails under its address-space limit: Rust aborts
("memory allocation of N bytes failed")."""


@dataclass(frozen=True)
class QueryRequest:
    """One query as the protocol layer hands it over."""

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    results: tuple[str, str] | None = ("application/sparql-results+json", "json")
    graphs: tuple[str, str] | None = ("text/turtle", "turtle")
    """(media type, format name) to answer SELECT/ASK, resp. CONSTRUCT/DESCRIBE with; None
    when the client accepts none of them (the query then gets 406)."""


@dataclass(frozen=True)
class QueryAnswer:
    """A serialized result."""

    media_type: str
    body: bytes
    form: str


# ---- the worker side -----------------------------------------------------------------------


def _send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _recv_blocking(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _open_snapshot(kind: str, path: str) -> ox.Store:
    if kind == "rocksdb":
        return ox.Store.read_only(path)
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    return store


def execute(store: ox.Store, request: QueryRequest) -> QueryAnswer:
    """Run one query on a store and serialize its result (the worker's job).

    Union default graph unless the request names default graphs, as in `graph.store`.
    """
    kwargs: dict[str, Any] = {}
    if request.default_graphs or request.named_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
        if request.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    check_query(request.query)
    try:
        result = store.query(request.query, **kwargs)
        if isinstance(result, ox.QueryTriples):
            form = "graph"
            if request.graphs is None:
                raise QueryFailed(406, "not_acceptable", _not_acceptable("CONSTRUCT/DESCRIBE"))
            media, fmt = request.graphs
            prefixes = GRAPH_PREFIXES if fmt in ("turtle", "trig") else None
            body = ox.serialize(result, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
        else:
            form = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
            if request.results is None:
                raise QueryFailed(406, "not_acceptable", _not_acceptable("SELECT/ASK"))
            media, fmt = request.results
            body = result.serialize(format=RESULT_FORMATS[fmt]) or b""
    except SyntaxError as exc:
        raise QueryFailed(400, "malformed_query", f"Malformed SPARQL query: {exc}") from None
    except (ValueError, TypeError, RuntimeError) as exc:
        raise QueryFailed(400, "invalid_query", f"Invalid SPARQL query: {exc}") from None
    except OSError as exc:
        raise QueryFailed(500, "store_error", f"Reading the store failed: {exc}") from None
    if len(body) > MAX_RESULT_BYTES:
        raise QueryFailed(
            413,
            "result_too_large",
            f"The result is {len(body) / 1e6:.0f} MB, over the {MAX_RESULT_BYTES / 1e6:.0f} MB "
            "limit; ask for fewer rows (LIMIT, OFFSET) or fewer columns.",
        )
    return QueryAnswer(media, body, form)


def _not_acceptable(form: str) -> str:
    from api.sparql.protocol import GRAPH_MEDIA, RESULT_MEDIA

    offers = RESULT_MEDIA if form.startswith("SELECT") else GRAPH_MEDIA
    return (
        f"No acceptable format for a {form} result; send an Accept header with one of: "
        + ", ".join(offers)
        + "."
    )


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space (0: no cap)."""
    if memory_mb > 0:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main(memory_mb: int = 0) -> None:
    """Serve queries read from stdin until EOF (the parent kills us on timeout).

    Side effects: enters its own network namespace when allowed, caps its address space.
    """
    die_with_parent()
    isolate_network()  # first, while the process has a single thread
    _limit_memory(memory_mb)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write to the protocol channel
    opened: tuple[str, str] | None = None
    store: ox.Store | None = None
    _send(out, {"ready": os.getpid()})
    while True:
        try:
            message = _recv_blocking(inp)
        except EOFError:
            return
        kind, path = message["snapshot"]
        try:
            if opened != (kind, path):
                store = None
                store = _open_snapshot(kind, path)
                opened = (kind, path)
            assert store is not None
            answer = execute(store, message["request"])
            reply: dict[str, Any] = {"ok": True, "answer": answer}
        except QueryFailed as exc:
            reply = {"ok": False, "status": exc.status, "code": exc.code, "message": exc.message}
        except MemoryError:  # the address-space cap: answer, then make room for a fresh worker
            store = None
            _send(out, {"ok": False, "status": 503, "code": "query_memory", "message": ""})
            os._exit(3)
        except Exception as exc:  # keep serving; the parent reports it
            reply = {
                "ok": False,
                "status": 500,
                "code": "internal_error",
                "message": f"The query worker failed: {type(exc).__name__}: {exc}",
            }
        _send(out, reply)


# ---- the parent side -----------------------------------------------------------------------


@dataclass
class _Snapshot:
    version: int
    kind: str
    path: Path


@dataclass(eq=False)
class _Worker:
    proc: subprocess.Popen[bytes]
    snapshot: Path | None = None
    buffer: bytearray = field(default_factory=bytearray)

    def send(self, message: object) -> None:
        assert self.proc.stdin is not None
        _send(self.proc.stdin, message)

    def recv(self, deadline: float) -> Any:
        """The next message, or TimeoutError at the deadline; EOFError if the worker died."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        need = _HEADER.size
        size: int | None = None
        while True:
            if size is None and len(self.buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack(self.buffer[: _HEADER.size])
                need = _HEADER.size + size
            if len(self.buffer) >= need and size is not None:
                data = bytes(self.buffer[_HEADER.size : need])
                del self.buffer[:need]
                return pickle.loads(data)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(fd, max(65536, need - len(self.buffer)))
            if not chunk:
                raise EOFError
            self.buffer += chunk

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        threading.Thread(target=self.proc.wait, daemon=True).start()


SnapshotFn = Callable[[Path], str]
"""Writes a snapshot of the store at the given path; returns its kind (rocksdb, nquads)."""


class SparqlPool:
    """Runs queries in worker processes with a deadline; see the module docstring.

    `version()` tells the current store version (bumped by the app after each write);
    `snapshot(path)` writes a snapshot of the store there.
    """

    def __init__(
        self,
        snapshot: SnapshotFn,
        version: Callable[[], int],
        *,
        workers: int = 2,
        timeout_s: float = 10.0,
        memory_mb: int = 0,
        root: Path | None = None,
    ) -> None:
        self._snapshot_fn = snapshot
        self._version = version
        self.size = workers
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._own_root = root is None
        self.root = root or Path(tempfile.mkdtemp(prefix="ikg-sparql-"))
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._snap: _Snapshot | None = None
        self._snap_lock = threading.Lock()
        """Held while a snapshot is made, handed to a worker or collected: a snapshot is in
        use from the moment a worker is handed it, so collection never deletes one that a
        worker is about to open."""
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0
        self.out_of_memory = 0

    # lifecycle

    def start(self) -> None:
        """Start the workers (they become available as soon as each one is up)."""
        if self.root.exists() and not self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)  # leftovers of a crashed server
        self.root.mkdir(parents=True, exist_ok=True)
        for _ in range(self.size):
            self._spawn()

    def wait_ready(self, timeout_s: float = 30.0) -> bool:
        """Block until every worker is up (True) or the time is over (False)."""
        end = time.monotonic() + timeout_s
        while self._idle.qsize() < self.size and time.monotonic() < end:
            time.sleep(0.02)
        return self._idle.qsize() >= self.size

    def close(self) -> None:
        """Stop every worker and delete the snapshots."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    def _spawn(self) -> None:
        root = str(Path(__file__).resolve().parents[2])
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p),
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "api.sparql.pool", str(self.memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=root,
        )
        worker = _Worker(proc)
        with self._lock:
            self._all.add(worker)
        threading.Thread(target=self._await_ready, args=(worker,), daemon=True).start()

    def _await_ready(self, worker: _Worker) -> None:
        try:
            worker.recv(time.monotonic() + 60)
        except (TimeoutError, EOFError):
            self._discard(worker)
            if not self._closed:  # at shutdown, workers end before they are ready
                log.error("a SPARQL worker did not start; starting another")
                time.sleep(1)
                self._spawn()
            return
        if self._closed:
            worker.kill()
        else:
            self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    # snapshots

    def _hand_snapshot(self, worker: _Worker) -> tuple[_Snapshot, bool]:
        """The newest snapshot (made when the store version moved), recorded as the worker's
        before it is sent to it; and whether the worker switches to it."""
        version = self._version()
        with self._snap_lock:
            if self._snap is None or self._snap.version != version:
                path = self.root / f"v{version}-{uuid.uuid4().hex[:8]}"
                kind = self._snapshot_fn(path)
                self._snap = _Snapshot(version, kind, path)
            switched = worker.snapshot != self._snap.path
            worker.snapshot = self._snap.path
            return self._snap, switched

    def _collect_snapshots(self) -> None:
        with self._snap_lock:
            with self._lock:
                in_use = {w.snapshot for w in self._all}
            current = self._snap.path if self._snap else None
            for child in self.root.iterdir():
                if child != current and child not in in_use:
                    if child.is_dir():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink(missing_ok=True)

    # queries

    def run(self, request: QueryRequest) -> QueryAnswer:
        """Answer one query within the time limit (blocking).

        Raises QueryFailed(503, "query_timeout") when it runs too long (the worker is
        killed), QueryFailed with the worker's status for errors in the query.
        """
        deadline = time.monotonic() + self.timeout_s
        try:
            worker = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            raise QueryFailed(
                503,
                "busy",
                f"All {self.size} SPARQL workers stayed busy for {self.timeout_s:g} s; retry "
                "later, or make long-running queries cheaper (LIMIT, more specific patterns).",
            ) from None
        try:
            snap, switched = self._hand_snapshot(worker)
        except Exception:
            self._idle.put(worker)
            raise
        try:
            worker.send({"snapshot": (snap.kind, str(snap.path)), "request": request})
            reply = worker.recv(deadline)
        except TimeoutError:
            self._replace(worker)
            self.killed += 1
            raise QueryFailed(
                503,
                "query_timeout",
                f"The query ran past the {self.timeout_s:g} s limit and was stopped. Narrow "
                "it (more specific patterns, LIMIT, fewer OPTIONAL/ORDER BY over large "
                "results) and retry.",
            ) from None
        except (EOFError, OSError, pickle.UnpicklingError):
            raise self._crashed(worker) from None
        if not reply["ok"] and reply["code"] == "query_memory":
            raise self._crashed(worker) from None
        self._idle.put(worker)
        if switched:
            self._collect_snapshots()
        if not reply["ok"]:
            raise QueryFailed(reply["status"], reply["code"], reply["message"])
        answer: QueryAnswer = reply["answer"]
        return answer

    def _crashed(self, worker: _Worker) -> QueryFailed:
        """Replace a worker that died during a query; the error to answer with."""
        try:
            code = worker.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        self._replace(worker)
        if code == 3 or (code is not None and -code in MEMORY_EXIT_SIGNALS):
            self.out_of_memory += 1
            return QueryFailed(
                503,
                "query_memory",
                f"The query needed more than the {self.memory_mb} MB of memory a query may use "
                "and was stopped. Narrow it (more specific patterns, LIMIT, fewer OPTIONAL or "
                "ORDER BY over large results) and retry.",
            )
        return QueryFailed(
            500,
            "worker_crashed",
            f"The SPARQL worker running this query died (exit status {code}); narrow the "
            "query and retry.",
        )

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        if not self._closed:
            self._spawn()


def store_snapshotter(store: Store) -> SnapshotFn:
    """How to snapshot a `graph.store.Store`: a RocksDB checkpoint when it is on disk,
    else an N-Quads export."""

    def snapshot(path: Path) -> str:
        if "checkpoint" in store.capabilities:
            store.checkpoint(path)
            return "rocksdb"
        with open(path, "wb") as fh:
            store.export("nquads", fh)
        return "nquads"

    return snapshot


if __name__ == "__main__":
    # Run the canonical module's loop so pickled classes resolve to the same names in the
    # parent (not to __main__).
    from api.sparql.pool import worker_main as _main

    _main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)

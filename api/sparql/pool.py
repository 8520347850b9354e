"""SPARQL queries with hard time and memory limits: a pool of worker processes, each with its
own copy of the store.

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

Workers never read the live store (RocksDB allows one writer process, and a read-only open
beside a writer is undefined behaviour in Oxigraph). Each one opens a private copy of a
checkpoint when it starts, and the server sends it every article graph written since
(`api.sparql.replica`): with the query that follows a write, or in the background when the
worker is idle. A query handed to a worker runs after every write recorded before it was
handed over (a writer reads its own write), on whole articles only. Stores with no checkpoint
support are copied as an N-Quads export that workers load into memory.

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

from api.sparql.guard import QueryRefused, check_query, isolate_network
from api.sparql.replica import (
    LOG_WRITES,
    RENEW_AFTER_BYTES,
    GraphWrite,
    Replica,
    WriteLog,
    clone_checkpoint,
)
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


OPEN_TIMEOUT_S = 120.0
"""How long a worker may take to open a fresh copy of the store and catch up, outside a query."""

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
    """Serve messages read from stdin until EOF (the parent kills us on timeout).

    A message may carry a copy of the store to open (`open`: kind, path), the writes to apply
    to it (`writes`), and a query to answer (`request`, or None to only catch up).
    Side effects: enters its own network namespace when allowed, caps its address space,
    writes to its own copy of the store.
    """
    die_with_parent()
    isolate_network()  # first, while the process has a single thread
    _limit_memory(memory_mb)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write to the protocol channel
    replica: Replica | None = None
    _send(out, {"ready": os.getpid()})
    while True:
        try:
            message = _recv_blocking(inp)
        except EOFError:
            return
        try:
            if message.get("open"):
                replica = None
                replica = Replica(*message["open"])
            assert replica is not None, "a worker was sent a query before a store"
            replica.apply(message.get("writes", ()))
        except MemoryError:
            replica = None
            _send(out, {"ok": False, "status": 503, "code": "query_memory", "message": ""})
            os._exit(3)
        except Exception as exc:  # a copy that cannot be brought up to date is not used again
            _send(out, {"ok": False, "status": 500, "code": "replica_failed", "message": str(exc)})
            os._exit(4)
        request = message.get("request")
        try:
            answer = None if request is None else execute(replica.store, request)
            reply: dict[str, Any] = {"ok": True, "answer": answer}
        except QueryFailed as exc:
            reply = {"ok": False, "status": exc.status, "code": exc.code, "message": exc.message}
        except MemoryError:  # the address-space cap: answer, then make room for a fresh worker
            replica = None
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


@dataclass(frozen=True)
class _Base:
    """A checkpoint of the store at a known version, which workers' copies are cloned from."""

    version: int
    kind: str
    path: Path


@dataclass(eq=False)
class _Worker:
    proc: subprocess.Popen[bytes]
    copy: Path | None = None
    """Its own copy of the store (deleted with the worker)."""
    version: int | None = None
    """The store version the copy holds; None before it has one."""
    replayed: int = 0
    """Bytes of writes replayed into the copy since it was made."""
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
        """Kill the process; its copy of the store is deleted once it has exited."""
        with contextlib.suppress(OSError):
            self.proc.kill()

        def reap() -> None:
            self.proc.wait()
            if self.copy is not None:
                _remove(self.copy)

        threading.Thread(target=reap, daemon=True).start()


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class StoreSource:
    """What the pool reads from the store: checkpoints to copy, and the graphs just written."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def snapshot(self, path: Path) -> str:
        """A consistent copy of the store at `path`: a RocksDB checkpoint when the store is on
        disk, else an N-Quads export; returns its kind ("rocksdb", "nquads")."""
        if "checkpoint" in self.store.capabilities:
            self.store.checkpoint(path)
            return "rocksdb"
        with open(path, "wb") as fh:
            self.store.export("nquads", fh)
        return "nquads"

    def graph(self, graph: str) -> GraphWrite:
        """One graph as the store holds it now."""
        quads = self.store.graph_quads(graph)
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else None
        return GraphWrite(graph, data or None)


class SparqlPool:
    """Runs queries in worker processes with a deadline; see the module docstring.

    `source` reads checkpoints and written graphs from the store; `write_lock` is the lock the
    app's writers hold while they write and call `record_write`, so that a checkpoint is taken
    between writes and its version is exact. `log_writes` and `renew_after_bytes`: see
    `api.sparql.replica`.
    """

    def __init__(
        self,
        source: StoreSource,
        write_lock: threading.Lock,
        *,
        workers: int = 2,
        timeout_s: float = 10.0,
        memory_mb: int = 0,
        root: Path | None = None,
        log_writes: int = LOG_WRITES,
        renew_after_bytes: int = RENEW_AFTER_BYTES,
    ) -> None:
        self._source = source
        self._write_lock = write_lock
        self.size = workers
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._own_root = root is None
        self.root = root or Path(tempfile.mkdtemp(prefix="ikg-sparql-"))
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._log = WriteLog(log_writes)
        self._renew_after = renew_after_bytes
        self._base: _Base | None = None
        self._base_lock = threading.Lock()
        """Held while the base checkpoint is taken, replaced or cloned."""
        self._changed = threading.Event()
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0
        self.out_of_memory = 0
        self.copies = 0
        """Copies of the store made for workers (at start, for a replaced worker, renewals)."""

    # lifecycle

    def start(self) -> None:
        """Start the workers (each becomes available once it has opened its copy of the store)
        and the thread that sends new writes to idle workers."""
        if self.root.exists() and not self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)  # leftovers of a crashed server
        self.root.mkdir(parents=True, exist_ok=True)
        for _ in range(self.size):
            self._spawn()
        threading.Thread(target=self._catch_up_loop, daemon=True).start()

    def wait_ready(self, timeout_s: float = 30.0) -> bool:
        """Block until every worker is up (True) or the time is over (False)."""
        end = time.monotonic() + timeout_s
        while self._idle.qsize() < self.size and time.monotonic() < end:
            time.sleep(0.02)
        return self._idle.qsize() >= self.size

    def close(self) -> None:
        """Stop every worker and delete the copies of the store."""
        self._closed = True
        self._changed.set()
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
            return
        try:  # its copy of the store, before it takes queries
            self._exchange(worker, None, time.monotonic() + max(self.timeout_s, OPEN_TIMEOUT_S))
        except Exception as exc:  # replaced (QueryFailed), or idle without a copy: its next
            if not self._closed:  # query tries again
                log.error("a SPARQL worker could not open its copy of the store: %s", exc)

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    # writes and copies

    def record_write(self, graphs: Iterable[str] | None) -> int:
        """Record a write of these graphs (None: which ones is not known), so that every query
        handed to a worker from now on sees it; returns the new store version. Call it right
        after each write, holding the writers' lock. Reads the graphs back from the store
        (their size, not the store's); idle workers receive them in the background."""
        writes: list[GraphWrite] | None = None
        if graphs is not None:
            try:
                writes = [self._source.graph(g) for g in graphs]
            except Exception:  # then every copy is renewed, which is slower but right
                log.exception("reading back the written graphs failed")
        version = self._log.record(writes)
        self._changed.set()
        return version

    @property
    def version(self) -> int:
        """The store version: the number of writes recorded."""
        return self._log.version

    def _new_copy(self) -> tuple[str, Path, int]:
        """A copy of the store for one worker: (kind, path, version), cloned from the base
        checkpoint, which is taken anew (holding the writers' lock) when the writes since it
        are no longer all logged."""
        with self._base_lock:
            base = self._base
            if base is None or self._log.since(base.version) is None:
                path = self.root / f"base-{uuid.uuid4().hex[:12]}"
                with self._write_lock:
                    version = self._log.version
                    kind = self._source.snapshot(path)
                self._base = _Base(version, kind, path)
                if base is not None:
                    _remove(base.path)
                base = self._base
            copy = self.root / f"copy-{uuid.uuid4().hex[:12]}"
            clone_checkpoint(base.path, copy)
            self.copies += 1
            return base.kind, copy, base.version

    def _catch_up_message(self, worker: _Worker) -> tuple[dict[str, Any], int, Path | None]:
        """What brings `worker` to the current store version: (message, that version, the
        copy it leaves, to delete after its answer)."""
        if worker.version is not None and worker.replayed < self._renew_after:
            known = self._log.since(worker.version)
            if known is not None:
                writes, version = known
                return {"writes": writes}, version, None
        for _ in range(3):  # a burst of writes may outrun the log between cloning and now
            kind, copy, base_version = self._new_copy()
            known = self._log.since(base_version)
            if known is not None:
                writes, version = known
                old, worker.copy, worker.replayed = worker.copy, copy, 0
                return {"open": (kind, str(copy)), "writes": writes}, version, old
            _remove(copy)
        raise QueryFailed(503, "busy", "The store is being written too fast to copy; retry.")

    def _exchange(self, worker: _Worker, request: QueryRequest | None, deadline: float) -> Any:
        """Bring `worker` up to date, hand it `request` (None: only catch up) and return its
        reply. The worker goes back to the idle workers, or is replaced when it times out or
        dies (QueryFailed)."""
        try:
            message, version, old_copy = self._catch_up_message(worker)
        except Exception:
            self._idle.put(worker)
            raise
        try:
            return self._hand_over(worker, message, version, request, deadline)
        finally:
            if old_copy is not None:  # the worker has switched to its new copy, or is gone
                _remove(old_copy)

    def _hand_over(
        self,
        worker: _Worker,
        message: dict[str, Any],
        version: int,
        request: QueryRequest | None,
        deadline: float,
    ) -> Any:
        try:
            worker.send({**message, "request": request})
            reply = worker.recv(deadline)
        except TimeoutError:
            self._replace(worker)
            if request is None:
                raise QueryFailed(
                    503, "worker_timeout", "A SPARQL worker took too long to open its store."
                ) from None
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
        if not reply["ok"] and reply["code"] in ("query_memory", "replica_failed"):
            if reply["code"] == "replica_failed":
                log.error("a SPARQL worker could not update its copy: %s", reply["message"])
            raise self._crashed(worker) from None
        worker.version = version
        worker.replayed += sum(len(w.nquads or b"") for w in message["writes"])
        self._idle.put(worker)
        return reply

    def _catch_up_loop(self) -> None:
        """After each write, bring idle workers up to date, so queries seldom wait for it."""
        while not self._closed:
            self._changed.wait()
            self._changed.clear()
            for _ in range(self.size):
                if self._closed:
                    return
                try:
                    worker = self._idle.get_nowait()
                except queue.Empty:
                    break
                if worker.version == self._log.version and worker.replayed < self._renew_after:
                    self._idle.put(worker)
                    continue
                try:
                    self._exchange(worker, None, time.monotonic() + OPEN_TIMEOUT_S)
                except Exception as exc:  # the worker's next query tries again
                    if not self._closed:
                        log.error("bringing a SPARQL worker up to date failed: %s", exc)

    # queries

    def run(self, request: QueryRequest) -> QueryAnswer:
        """Answer one query within the time limit (blocking), on the store as it is after
        every write recorded so far.

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
        reply = self._exchange(worker, request, deadline)
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


if __name__ == "__main__":
    # Run the canonical module's loop so pickled classes resolve to the same names in the
    # parent (not to __main__).
    from api.sparql.pool import worker_main as _main

    _main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)

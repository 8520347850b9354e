"""Ingest on a Dask cluster: files are read and extracted on the cluster's workers.

The client (the process running `ikg ingest --cluster`) scans the paths, reads each file's
bytes (and its metadata sidecar's) and sends them with the task: a real cluster does not share
the client's disk, so workers never open the client's paths. The per-file size limit is
checked here before a byte is sent. Workers need the same version of industry-kg installed
(they import `loaders`). Results come back in file order. Who writes depends on the store:

- the embedded store (one process owns it): workers write nothing; their extractions come
  back and `loaders.ingest.ingest_paths` writes them here in batches, as in a local ingest;
- a remote store (`DaskCluster.writing_to`): each worker writes the articles of the file it
  read to the server itself, each article's graph atomically and only when it changed
  (`loaders.ingest.store_extractions`, the same call a local ingest makes), and sends back
  what it wrote. Writes then scale with the workers instead of going through this one client.
  The workers must reach the store's URLs; its credentials travel with each task (use Dask's
  `tls://` between machines that do not trust the network).

Either way the stored graph is the same as a local ingest's. One difference: two files that
hold the same article (same key) and are read by two workers at once are written in either
order, where a local ingest keeps the later file's.

Failures: when a worker dies (killed, out of memory) the Dask scheduler runs its tasks again on
the other workers, so nothing is lost. Nothing is written twice: with the embedded store only
the client writes; with a remote store a task that is run again compares each article with
what the server holds and writes only what is missing (an article its first worker had
written before dying counts as unchanged). A file whose task has killed
`distributed.scheduler.allowed-failures` + 1 workers (Dask's default: 4) is that file's
failure. A store that fails under a worker's write (down, refusing) stops the ingest with its
error, as in a local ingest. Losing the scheduler stops the ingest with an error naming it.
Either way the articles written before stay whole and a re-run completes the rest.
"""

from __future__ import annotations

import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from graph.store import Store, open_store
from loaders.extractor import Extractor, get_extractor
from loaders.ingest import (
    ExtractFiles,
    FileOutcome,
    FileResult,
    StoredArticles,
    extract_collecting,
    store_extractions,
)
from loaders.readers import SUPPORTED_SUFFIXES, FileFailure, ReadPolicy, sidecar_of
from ontology.errors import BackendUnavailableError, InputError, StoreError, StoreUnavailableError
from ontology.iris import Iris
from ontology.records import Extraction

IN_FLIGHT = 64
"""Files sent to the cluster and not yet consumed: bounds the client's memory (at most this
many files' bytes and results held). On two single-threaded workers 16, 64 and 256 measured
the same within noise (69-72, 70-82 and 74-76 articles/s, 1,000 articles, 2 rounds each, with
another ingest running; BENCHMARKS.md, "Distributed ingest"): the window only has to cover
the round trips. Many more workers need a larger one (not measured here: keep it several
times the number of worker threads)."""

CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler and to wait for its first worker before giving up."""

INSTALL_HINT = (
    "`ikg ingest --cluster` needs Dask distributed: pip install 'industry-kg[cluster]' "
    "(or pip install 'dask[distributed]'), on the client and on every worker."
)


@dataclass(frozen=True)
class FilePayload:
    """One file as sent to a worker: its path on the client (for messages and the article's
    source name), its bytes, and its metadata sidecar's bytes when it has one."""

    path: str
    data: bytes
    sidecar: bytes | None = None


def read_payload(path: Path, policy: ReadPolicy) -> FilePayload | None:
    """The file's bytes to send, or None when the file would be refused before its bytes are
    parsed (unsupported type, over the size limit, a sidecar that is a link, unreadable): such
    a file is read here, where it fails at once with the same reason as in a local ingest."""
    sidecar = sidecar_of(path)
    try:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or sidecar.is_symlink():
            return None
        if path.stat().st_size > policy.max_bytes:
            return None
        data = path.read_bytes()
        side = sidecar.read_bytes() if sidecar.is_file() else None
    except OSError:
        return None
    return FilePayload(str(path), data, side)


_local = threading.local()


def extract_payload(payload: FilePayload, extractor_name: str, policy: ReadPolicy) -> FileOutcome:
    """Read and extract one file from its bytes (runs on a worker): exactly what a local
    ingest gives for the file, failures and warnings included.

    Side effect: the bytes are written to a private temporary folder, under the file's own
    name, and read from there with the same reader as a local ingest; the folder is removed.
    """
    extractors: dict[str, Extractor] = _local.__dict__.setdefault("extractors", {})
    extractor = extractors.get(extractor_name)
    if extractor is None:
        extractor = extractors[extractor_name] = get_extractor(extractor_name)
    original = Path(payload.path)
    with tempfile.TemporaryDirectory(prefix="ikg-cluster-") as folder:
        path = Path(folder) / original.name
        path.write_bytes(payload.data)
        if payload.sidecar is not None:
            sidecar_of(path).write_bytes(payload.sidecar)
        outcome, warnings = extract_collecting(path, extractor, policy)

    def here(text: str) -> str:  # messages name the client's path, not the worker's copy
        return text.replace(folder, str(original.parent))

    if isinstance(outcome, FileFailure):
        outcome = FileFailure(payload.path, here(outcome.reason))
    return outcome, [here(w) for w in warnings]


def store_payload(
    payload: FilePayload, extractor_name: str, policy: ReadPolicy, store_url: str, iris: Iris
) -> WorkerOutcome:
    """Read, extract and write one file (runs on a worker): its articles' graphs go to the
    store at `store_url`, each atomically and only when changed; what was written comes back
    instead of the extractions.

    Side effect: writes to the store, through one connection per worker thread kept between
    tasks. StoreError when the store cannot be reached or refuses the write.
    """
    outcome, warnings = extract_payload(payload, extractor_name, policy)
    if isinstance(outcome, FileFailure):
        return outcome, warnings
    stores: dict[str, Store] = _local.__dict__.setdefault("stores", {})
    store = stores.get(store_url)
    if store is None:
        store = stores[store_url] = open_store(store_url)
    written = store_extractions(store, outcome, iris) if outcome else []
    return StoredArticles(tuple(written)), warnings


WorkerOutcome = tuple[list[Extraction] | StoredArticles | FileFailure, list[str]]
"""What a worker's task gives for one file: its extractions, or its articles as it stored
them, or its failure; and the warnings on the way."""

Handle = TypeVar("Handle")


def in_order(
    files: list[Path],
    extractor_name: str,
    policy: ReadPolicy,
    submit: Callable[[FilePayload], Handle],
    results: Callable[[list[tuple[Path, Handle]]], list[WorkerOutcome]],
    cancel: Callable[[list[Handle]], None],
    in_flight: int = IN_FLIGHT,
) -> Iterator[FileResult]:
    """A `FileResult` for each file, in order, with at most `in_flight` files out on the
    engine: `submit` sends one file, `results` waits for a batch of them and fetches their
    outcomes together (half the window at a time: one round trip each, not one per file),
    `cancel` drops the ones left when the caller stops early. Files refused before parsing
    are read here."""
    window: deque[tuple[Path, Handle | None]] = deque()
    try:
        for path in files:
            payload = read_payload(path, policy)
            window.append((path, None if payload is None else submit(payload)))
            if len(window) >= in_flight:
                yield from _resolve(window, max(1, in_flight // 2), extractor_name, policy, results)
        while window:
            yield from _resolve(window, max(1, in_flight // 2), extractor_name, policy, results)
    finally:
        cancel([h for _, h in window if h is not None])


def _resolve(
    window: deque[tuple[Path, Handle | None]],
    count: int,
    extractor_name: str,
    policy: ReadPolicy,
    results: Callable[[list[tuple[Path, Handle]]], list[WorkerOutcome]],
) -> Iterator[FileResult]:
    """The oldest `count` files of the window, in order (taken off it once yielded)."""
    batch = [window[i] for i in range(min(count, len(window)))]
    sent = [(path, handle) for path, handle in batch if handle is not None]
    outcomes = iter(results(sent) if sent else [])
    for path, handle in batch:
        outcome: WorkerOutcome
        if handle is None:  # refused before parsing: fails here at once
            outcome = extract_collecting(path, get_extractor(extractor_name), policy)
        else:
            outcome = next(outcomes)
        window.popleft()
        yield path, *outcome


class DaskCluster:
    """A connection to a Dask scheduler whose workers read and extract files.

    Use as a context manager; `extract_files` is the `ExtractFiles` that `ingest_paths` takes.
    """

    def __init__(
        self, address: str, timeout: float = CONNECT_TIMEOUT, in_flight: int = IN_FLIGHT
    ) -> None:
        """Connect to the scheduler at `address` (`tcp://HOST:PORT`, as `dask scheduler`
        prints it) and wait for a worker. Raises InputError when Dask is not installed and
        BackendUnavailableError naming the address when it cannot be reached or has no worker.
        """
        try:
            from distributed import Client as _Client
        except ImportError as exc:
            raise InputError(INSTALL_HINT) from exc
        self.address = address
        self.in_flight = in_flight
        client_class: Any = _Client  # distributed has no type hints
        try:
            self._client: Any = client_class(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BackendUnavailableError(
                f"cannot reach the Dask scheduler at {address} ({exc}). Check the address "
                "(as `dask scheduler` prints it: tcp://HOST:PORT) and that the scheduler runs."
            ) from exc
        try:
            self._client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self._client.close()
            raise BackendUnavailableError(
                f"the Dask scheduler at {address} has no worker after {timeout:.0f} s; start "
                f"some (`dask worker {address}` on each machine) and run this again."
            ) from exc

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running)."""
        self._client.close()

    def extract_files(
        self, files: list[Path], extractor_name: str, policy: ReadPolicy
    ) -> Iterator[FileResult]:
        """Read and extract `files` on the workers; a `FileResult` per file, in order (the
        extractions, for this process to write)."""
        return self._run(files, extractor_name, policy, extract_payload)

    def writing_to(self, store_url: str, iris: Iris) -> ExtractFiles:
        """An `ExtractFiles` whose workers also write each file's articles to the store at
        `store_url` (a remote store: every worker must reach it) and give back
        `StoredArticles`."""

        def run(files: list[Path], extractor_name: str, policy: ReadPolicy) -> Iterator[FileResult]:
            task = partial(store_payload, store_url=store_url, iris=iris)
            return self._run(files, extractor_name, policy, task)

        return run

    def _run(
        self,
        files: list[Path],
        extractor_name: str,
        policy: ReadPolicy,
        task: Callable[[FilePayload, str, ReadPolicy], WorkerOutcome],
    ) -> Iterator[FileResult]:
        """`task` for each file on the workers; a `FileResult` per file, in order."""
        from distributed import wait as _wait

        wait: Any = _wait  # distributed has no type hints
        client = self._client

        def submit(payload: FilePayload) -> Any:
            return client.submit(task, payload, extractor_name, policy, pure=False)

        def results(sent: list[tuple[Path, Any]]) -> list[WorkerOutcome]:
            futures = [future for _, future in sent]
            try:
                with client.as_current():  # not the process's default client
                    wait(futures)
                done = [f for f in futures if f.status == "finished"]
                fetched = iter(client.gather(done, errors="raise"))
            except Exception as exc:
                raise self._lost(exc) from exc
            return [
                next(fetched) if future.status == "finished" else self._failed(path, future)
                for path, future in sent
            ]

        def cancel(futures: list[Any]) -> None:
            if futures and client.status == "running":
                client.cancel(futures)

        return in_order(files, extractor_name, policy, submit, results, cancel, self.in_flight)

    def _failed(self, path: Path, future: Any) -> FileOutcome:
        """The failure of a file whose task ended in an error (its worker died each try);
        a store error under a worker's write stops the ingest, as it would a local one."""
        from distributed import KilledWorker

        exc = future.exception()
        if isinstance(exc, StoreError):
            error = StoreUnavailableError if isinstance(exc, StoreUnavailableError) else StoreError
            raise error(
                f"A cluster worker writing {path.name} to the store failed: {exc} (the "
                "workers write to the store themselves: they must reach it at that URL)"
            ) from exc
        if isinstance(exc, KilledWorker):
            reason = (
                "the worker processes reading this file died each time it was tried (killed, "
                "out of memory, or a crash in a library); nothing of it was written. Check the "
                "file, or ingest it alone."
            )
        elif self._client.status != "running" or future.status == "cancelled":
            raise self._lost(exc)
        else:  # the result could not come back (pickling...)
            reason = f"{type(exc).__name__}: {exc}"
        return FileFailure(str(path), reason), []

    def _lost(self, exc: BaseException | None) -> BackendUnavailableError:
        return BackendUnavailableError(
            f"lost the Dask scheduler at {self.address} ({type(exc).__name__}: {exc}); the "
            "articles written before stay: run the same command again to complete the ingest."
        )

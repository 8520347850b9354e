"""Ingest: read files, extract, map to RDF and write each article's graph atomically.

Files are read and extracted (optionally in worker processes) before anything is written; an
unusable file is reported with its reason and contributes nothing. Any error while reading or
extracting one file (malformed input, a bug, a worker process that dies) is that file's
failure: the other files still go in. Each article is one atomic write, so an interrupted
ingest leaves only whole articles and a re-run completes it. Worker processes die with the
ingest that started them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import Store
from loaders.extractor import Extractor, get_extractor
from loaders.processes import die_with_parent
from loaders.readers import (
    DEFAULT_POLICY,
    FileFailure,
    ReadPolicy,
    Warn,
    iter_files,
    log_warning,
    printable,
    read_file,
    scan_paths,
)
from ontology.errors import IkgError, InputError
from ontology.iris import Iris
from ontology.mapping import article_quads
from ontology.records import Article, Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileWarning:
    """A file that was ingested after a repair (a date left out, characters replaced)."""

    path: str
    message: str


@dataclass(frozen=True)
class ArticleResult:
    """What happened to one article."""

    source: str
    article_iri: str
    changed: bool
    relations: int


@dataclass
class IngestReport:
    """Summary of an ingest run."""

    files: int = 0
    articles: list[ArticleResult] = field(default_factory=list)
    failures: list[FileFailure] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)

    @property
    def written(self) -> int:
        """Articles whose graph was created or replaced."""
        return sum(1 for a in self.articles if a.changed)

    @property
    def unchanged(self) -> int:
        """Articles already stored exactly as extracted now."""
        return sum(1 for a in self.articles if not a.changed)

    @property
    def ok(self) -> bool:
        """True when every file was ingested."""
        return not self.failures


WRITE_BATCH = 128
"""Articles new to the store written per atomic store write during ingest (each article stays
whole; a killed ingest loses at most the batch in progress, which a re-run writes)."""

ProgressCallback = Callable[[str, int, int], None]
"""Called after each file with (file name, files done, files total)."""

@dataclass(frozen=True)
class StoredArticles:
    """The articles of one file, already written to the store by whoever read it (a cluster
    worker writing to a remote store: loaders.cluster)."""

    articles: tuple[ArticleResult, ...]


FileResult = tuple[Path, list[Extraction] | StoredArticles | FileFailure, list[str]]
"""One file read: the file, its extractions (or its articles as stored) or its failure, and
the warnings on the way."""

ExtractFiles = Callable[[list[Path], str, ReadPolicy], Iterator[FileResult]]
"""Reads and extracts files somewhere (a cluster: loaders.cluster) and yields a `FileResult`
for each file, in the order given: (files, extractor name, read policy). Extractions are
written here, in batches; `StoredArticles` were written where the file was read."""


def store_extraction(store: Store, extraction: Extraction, iris: Iris) -> ArticleResult:
    """Write one extraction as its article's graph (atomic replace; no-op when unchanged)."""
    return store_extractions(store, [extraction], iris)[0]


def store_extractions(
    store: Store, extractions: list[Extraction], iris: Iris
) -> list[ArticleResult]:
    """Write extractions as their articles' graphs: each article atomically, articles new to
    the store together in one transaction. An article repeated in the list: the last wins."""
    graphs = {iris.article(e.article.key): article_quads(e, iris) for e in extractions}
    changed = store.replace_graphs(graphs)
    return [
        ArticleResult(
            source=e.article.source or "",
            article_iri=(graph := iris.article(e.article.key)),
            changed=changed[graph],
            relations=len(e.relations),
        )
        for e in extractions
    ]


def ingest_article(
    store: Store, article: Article, extractor: Extractor, iris: Iris
) -> tuple[Extraction, ArticleResult]:
    """Extract and store one article; return the extraction and what was written."""
    extraction = extractor.extract(article)
    return extraction, store_extraction(store, extraction, iris)


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    iris: Iris,
    extractor_name: str = "rules",
    policy: ReadPolicy = DEFAULT_POLICY,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    batch_size: int = WRITE_BATCH,
    extract: ExtractFiles | None = None,
) -> IngestReport:
    """Ingest files and directories; bad files are reported, good ones all go in.

    Entries of a directory that are not read (a symbolic link out of it, a dangling link, a
    loop) are failures too. Side effects: writes article graphs to `store`, `batch_size`
    new articles per write. Files are read and extracted by `jobs` local processes, or by
    `extract` when given (a cluster's workers, which may also write each file's articles
    themselves: `StoredArticles`). Raises InputError only
    when a path does not exist (before anything is written), and StoreError when a write
    fails (the batches before it stay).
    """
    scan = scan_paths(paths)
    files = scan.files
    report = IngestReport(
        files=len(files) + len(scan.refused),
        failures=list(scan.refused),
    )
    pending: list[Extraction] = []
    if extract is None:
        results = _extract_files(files, extractor_name, policy, jobs)
    else:
        results = extract(files, extractor_name, policy)
    for done, (path, outcome, warnings) in enumerate(results, start=1):
        report.warnings.extend(FileWarning(str(path), w) for w in warnings)
        if isinstance(outcome, FileFailure):
            report.failures.append(outcome)
            log.warning("skipped %s: %s", printable(outcome.path), printable(outcome.reason))
        elif isinstance(outcome, StoredArticles):
            report.articles.extend(outcome.articles)
        else:
            pending.extend(outcome)
        if pending and (len(pending) >= batch_size or done == len(files)):
            report.articles.extend(store_extractions(store, pending, iris))
            pending = []
        if progress:
            progress(path.name, done, len(files))
    return report


FileOutcome = tuple[list[Extraction] | FileFailure, list[str]]
"""What reading one file gave: its extractions or its failure, and the warnings on the way."""


def extract_file(
    path: Path, extractor: Extractor, policy: ReadPolicy, warn: Warn = log_warning
) -> list[Extraction] | FileFailure:
    """Read and extract every article of one file, or the reason the file is unusable.

    Any exception is this file's failure (logged with its traceback when it is not an
    input error): one bad file must never cost the others.
    """
    try:
        articles = read_file(path, policy, warn)
        return [extractor.extract(article) for article in articles]
    except IkgError as exc:
        reason = str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
        return FileFailure(str(path), reason)
    except Exception as exc:  # a bug or odd content (RecursionError...): report, don't crash
        return _failure(path, exc)


def _failure(path: Path, exc: Exception) -> FileFailure:
    log.warning("reading %s failed", printable(str(path)), exc_info=exc)  # shown with -v
    return FileFailure(str(path), f"{type(exc).__name__}: {exc}")


def extract_collecting(path: Path, extractor: Extractor, policy: ReadPolicy) -> FileOutcome:
    """`extract_file`, with the file's warnings collected (without the file name) instead of
    logged."""
    warnings: list[str] = []
    outcome = extract_file(path, extractor, policy, warnings.append)
    prefix = f"{path.name}: "
    return outcome, [w.removeprefix(prefix) for w in warnings]


_worker_extractor: Extractor | None = None


def _worker_init(extractor_name: str, parent_pid: int) -> None:
    die_with_parent(parent_pid)
    global _worker_extractor
    _worker_extractor = get_extractor(extractor_name)


def _worker_extract(path: Path, policy: ReadPolicy) -> FileOutcome:
    assert _worker_extractor is not None
    return extract_collecting(path, _worker_extractor, policy)


def _extract_files(
    files: list[Path], extractor_name: str, policy: ReadPolicy, jobs: int
) -> Iterator[FileResult]:
    """(file, extractions or failure, warnings) for each file, in order."""
    if jobs <= 1 or len(files) < 8:
        extractor = get_extractor(extractor_name)
        for path in files:
            yield path, *extract_collecting(path, extractor, policy)
        return
    todo = files
    while todo:
        broken_at = None
        pool = _pool(jobs, extractor_name)
        try:
            futures = _submit_all(pool, todo, policy)
            if len(futures) < len(todo):
                broken_at = len(futures)  # the pool broke while files were still queued
            for i, (path, future) in enumerate(zip(todo, futures, strict=False)):
                try:
                    outcome, warnings = future.result()
                except BrokenProcessPool:
                    broken_at = i
                    break
                except Exception as exc:  # the result could not come back (pickling...)
                    outcome, warnings = _failure(path, exc), []
                yield path, outcome, warnings
        finally:  # also when the caller stops early (a failed write): drop the queued files
            pool.shutdown(wait=True, cancel_futures=True)
        if broken_at is None:
            return
        # A worker died (killed, out of memory, a crash in native code) while reading this
        # file or one beside it: read it again alone to tell, then go on with the rest.
        yield todo[broken_at], *_extract_alone(todo[broken_at], extractor_name, policy)
        todo = todo[broken_at + 1 :]


def _submit_all(
    pool: ProcessPoolExecutor, files: list[Path], policy: ReadPolicy
) -> list[Future[FileOutcome]]:
    """Queue every file; stop at the first refusal. A worker killed while files are still
    being queued breaks the pool, and `submit` then raises (BrokenProcessPool, or a
    RuntimeError while the pool shuts itself down): the files not queued are read again."""
    futures: list[Future[FileOutcome]] = []
    for path in files:
        try:
            futures.append(pool.submit(_worker_extract, path, policy))
        except (BrokenProcessPool, RuntimeError):
            break
    return futures


def _pool(jobs: int, extractor_name: str) -> ProcessPoolExecutor:
    """Worker processes, started from this (the calling) thread, that die with this process."""
    return ProcessPoolExecutor(
        max_workers=jobs, initializer=_worker_init, initargs=(extractor_name, os.getpid())
    )


def _extract_alone(path: Path, extractor_name: str, policy: ReadPolicy) -> FileOutcome:
    pool = _pool(1, extractor_name)
    try:
        future: Future[FileOutcome] = pool.submit(_worker_extract, path, policy)
        return future.result()
    except BrokenProcessPool:
        return (
            FileFailure(
                str(path),
                "the process reading this file died (killed, out of memory, or a crash in "
                "a library); nothing of it was written. Check the file, or ingest it alone.",
            ),
            [],
        )
    except Exception as exc:
        return _failure(path, exc), []
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def article_iris_for(refs: list[str], iris: Iris, policy: ReadPolicy = DEFAULT_POLICY) -> list[str]:
    """Article IRIs named by `refs`: article IRIs as given, or files (the articles they hold).

    Raises InputError for a ref that is neither an article IRI of this base nor a readable file.
    """
    out: list[str] = []
    prefix = iris.article_prefix
    for ref in refs:
        if ref.startswith(prefix):
            out.append(ref)
        elif Path(ref).exists():
            for path in iter_files([Path(ref)]):
                out.extend(iris.article(a.key) for a in read_file(path, policy))
        else:
            raise InputError(
                f"{ref!r} is neither an article IRI ({prefix}...) nor an existing file."
            )
    return out


def remove_article(store: Store, article_iri: str) -> bool:
    """Delete one article's graph (everything it contributed); False when it was not stored."""
    return store.remove_graph(article_iri)

"""Ingest: read files, extract, map to RDF and write each article's graph atomically.

Files are read and extracted (optionally in worker processes) before anything is written; an
unusable file is reported with its reason and contributes nothing. Each article is one atomic
write, so an interrupted ingest leaves only whole articles and a re-run completes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import Store
from loaders.extractor import Extractor, get_extractor
from loaders.readers import DEFAULT_POLICY, ReadPolicy, iter_files, read_file
from ontology.errors import IkgError, InputError
from ontology.iris import Iris
from ontology.mapping import article_quads
from ontology.records import Article, Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileFailure:
    """A file that was not ingested, and why."""

    path: str
    reason: str


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
) -> IngestReport:
    """Ingest files and directories; bad files are reported, good ones all go in.

    Side effects: writes article graphs to `store`. Raises InputError only when a path does
    not exist (before anything is written).
    """
    files = list(iter_files(paths))
    report = IngestReport(files=len(files))
    pending: list[Extraction] = []
    for done, (path, outcome) in enumerate(
        _extract_files(files, extractor_name, policy, jobs), start=1
    ):
        if isinstance(outcome, FileFailure):
            report.failures.append(outcome)
            log.warning("skipped %s: %s", outcome.path, outcome.reason)
        else:
            pending.extend(outcome)
        if len(pending) >= WRITE_BATCH or done == len(files):
            report.articles.extend(store_extractions(store, pending, iris))
            pending = []
        if progress:
            progress(path.name, done, len(files))
    return report


def extract_file(
    path: Path, extractor: Extractor, policy: ReadPolicy
) -> list[Extraction] | FileFailure:
    """Read and extract every article of one file, or the reason the file is unusable."""
    try:
        articles = read_file(path, policy)
        return [extractor.extract(article) for article in articles]
    except IkgError as exc:
        return FileFailure(str(path), str(exc).removeprefix(f"{path}: "))
    except (OSError, ValueError) as exc:  # unreadable file, odd content: report, don't crash
        log.exception("extraction failed for %s", path)
        return FileFailure(str(path), f"{type(exc).__name__}: {exc}")


_worker_extractor: Extractor | None = None


def _worker_init(extractor_name: str) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(extractor_name)


def _worker_extract(path: Path, policy: ReadPolicy) -> list[Extraction] | FileFailure:
    assert _worker_extractor is not None
    return extract_file(path, _worker_extractor, policy)


def _extract_files(
    files: list[Path], extractor_name: str, policy: ReadPolicy, jobs: int
) -> Iterator[tuple[Path, list[Extraction] | FileFailure]]:
    if jobs <= 1 or len(files) < 8:
        extractor = get_extractor(extractor_name)
        for path in files:
            yield path, extract_file(path, extractor, policy)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_worker_init, initargs=(extractor_name,)
    ) as pool:
        results = pool.map(_worker_extract, files, [policy] * len(files), chunksize=8)
        yield from zip(files, results, strict=True)


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

"""What the pair tools (`supscore.py`, `train_pairs.py`) share: the material they read.

The articles of an evaluation directory extracted by the rules, with their keys in gold space
(each article's gold keys, hard negatives, the rules' asserted keys, and a function that maps
an extracted entity id to its gold id, or "?name" when the gold has no such entity, as
`loaders.evaluation` scores them); the pool that collects pairs over many directories; and the
pairs' features as sparse index arrays; the threshold rule both tools apply; the articles' keys
(`Article`) and the report of micro F1 before and after the keys a tool adds (review26).
"""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from loaders.evaluation import alias_index, canon, gold_entity, load_gold, normalize_type
from loaders.extraction.pipeline import RuleExtractor
from loaders.extraction.resolution import Registry
from loaders.readers import read_file
from ontology.records import Extraction

Key = tuple[str, str, str]


@dataclass
class RuledArticle:
    """One article of a directory as the rules read it, and its gold."""

    name: str  # directory/file
    language: str
    gold: set[Key]
    hard: set[Key]
    ruled: set[Key]  # asserted keys the rules give
    doc: Any  # the pipeline's analysed article (views, tokens, mentions)
    registry: Registry
    extraction: Extraction
    gold_id: Callable[[str], str]  # extracted entity id -> gold id


def ruled_articles(directory: Path, ex: RuleExtractor) -> Iterator[RuledArticle]:
    """Extract every article listed in the directory's gold.json (side effect: reads files)."""
    for ga in load_gold(directory)["articles"]:
        index, ids = alias_index(ga)
        gold = {canon(normalize_type(r["type"]), r["source"], r["target"])
                for r in ga["relations"]}
        hard = {canon(normalize_type(h["type"]), h["source"], h["target"])
                for h in ga.get("hard_negatives", [])}
        for article in read_file(directory / ga["file"]):
            doc, registry = ex.analyse(article)
            extraction = ex.extract_from(doc, registry)

            def gold_id(eid: str, registry: Registry = registry, index: Any = index,
                        ids: Any = ids) -> str:
                rec = registry.records.get(eid)
                return str(gold_entity(rec.name if rec else eid, index, ids))

            ruled = {canon(str(r.type), gold_id(r.source), gold_id(r.target))
                     for r in extraction.relations if r.status.asserted}
            yield RuledArticle(f"{directory.name}/{ga['file']}",
                               ga.get("language") or article.language or "en", gold, hard,
                               ruled, doc, registry, extraction, gold_id)


class _Featured(Protocol):
    feats: list[str]


P = TypeVar("P")
A = TypeVar("A")


def collect_all(collect_dir: Callable[[Any], tuple[list[P], dict[str, A]]], jobs: Iterable[Any],
                processes: int) -> tuple[list[P], dict[str, A]]:
    """The pairs and articles of every job (one directory each), in job order, over a pool of
    `processes` (the output does not depend on it)."""
    pairs: list[P] = []
    arts: dict[str, A] = {}
    with multiprocessing.Pool(processes) as pool:
        for p, a in pool.imap(collect_dir, list(jobs)):
            pairs += p
            arts.update(a)
    return pairs, arts


def index_arrays(pairs: Sequence[_Featured], vocab: dict[str, int]
                 ) -> tuple[np.ndarray, np.ndarray]:
    """The pairs' features as (row, column) index arrays of the ones of a sparse matrix
    (features not in `vocab` left out)."""
    rows: list[int] = []
    cols: list[int] = []
    for i, p in enumerate(pairs):
        for f in set(p.feats):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def lowest_precise(scored: Iterable[tuple[float, bool]], precision: float, min_added: int,
                   none: float) -> float:
    """The lowest score at which the edges scored at or above it (score, right) are at least
    `precision` precise, `min_added` of them at least; `none` (add nothing) when none is."""
    tp = fp = 0
    chosen = none
    for s, right in sorted(scored, key=lambda x: -x[0]):
        if right:
            tp += 1
        else:
            fp += 1
        if tp + fp >= min_added and tp / (tp + fp) >= precision:
            chosen = s
    return chosen


@dataclass
class Article:
    """One article's gold keys, hard negatives and the rules' asserted keys, in gold space
    (what `report` scores the added keys against)."""

    language: str
    gold: set[tuple[str, str, str]]
    ruled: set[tuple[str, str, str]]
    hard: set[tuple[str, str, str]] = field(default_factory=set)


def f1(tp: int, fp: int, fn: int) -> float:
    """Micro F1 from counts (0 when nothing is right)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(arts: dict[str, Article], added: dict[str, set[tuple[str, str, str]]]) -> None:
    """Micro F1 before and after the added keys, per language and in total; hard negatives
    the added keys hit."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0] * 9)
    for name, a in arts.items():
        new = added.get(name, set()) - a.ruled
        after = a.ruled | new
        for lang in (a.language, "all"):
            r = rows[lang]
            for j, pred in enumerate((a.ruled, after)):
                r[4 * j] += len(pred & a.gold)
                r[4 * j + 1] += len(pred - a.gold)
                r[4 * j + 2] += len(a.gold - pred)
            r[3] += len(new & a.gold)
            r[7] += len(new - a.gold)
            r[8] += len(new & a.hard)
    for lang, r in sorted(rows.items()):
        f0, f1_ = f1(r[0], r[1], r[2]), f1(r[4], r[5], r[6])
        prec = r[3] / (r[3] + r[7]) if r[3] + r[7] else 0.0
        print(f"{lang:<4} added TP {r[3]:3} FP {r[7]:3} (P {prec:.2f}) HN+ {r[8]}  micro F1 "
              f"{f0:.4f} -> {f1_:.4f} ({f1_ - f0:+.4f})  [TP {r[0]}/{r[4]} FP {r[1]}/{r[5]}]")

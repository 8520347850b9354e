"""Census of missed gold relations by the stage that lost them (session 12).

For every gold relation the extractor does not assert, looks at the mentions of its evidence
sentence and says where it was lost:

- ``mention-missing:name-in-sentence``: a party is named in the sentence (one of its gold
  aliases occurs) but no mention there resolves to it (a name boundary or typing fault);
- ``mention-missing:not-named``: the party is only referred to (a description, a pronoun) or
  left implicit, and no reference resolves to it;
- ``no-relation``: both parties are mentioned and resolved, and no relation came out (a cue or
  grammar gap);
- ``other-type/status``: a relation between the two came out with another type or status.

    .venv/bin/python tools/miss_census.py DIR... [-v]
    .venv/bin/python tools/miss_census.py --status DIR... [-v]

DIR is an evaluation directory (gold.json beside its articles). Prints counts by stage, by
language and stage, by type and stage; ``-v`` also prints each miss with its evidence.
``--status`` (session 13, modality families) instead compares every relation found, asserted
or not, with the gold file and its hard negatives (see `status_census`).
Reading a batch's misses makes it material: keep held-out batches to the counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from loaders.evaluation import _alias_index, _resolve, canon, normalize_type
from loaders.extraction import pipeline
from loaders.readers import read_file
from ontology.records import ARTICLE_SOURCE

K = TypeVar("K")


def _named(entity: dict[str, Any], evidence: str) -> bool:
    names = [entity.get("name"), *entity.get("aliases", [])]
    return any(n and n.lower() in evidence.lower() for n in names)


def census(directories: list[Path], verbose: bool = False) -> Counter[tuple[str, str, str]]:
    """Counts of misses keyed by (language, type, stage)."""
    return _over_articles(directories, _article, verbose)


def _over_articles(directories: list[Path], count: Callable[..., Counter[K]],
                   verbose: bool) -> Counter[K]:
    """The sum of `count` over every article of the gold files of `directories`."""
    extractor = pipeline.RuleExtractor()
    counts: Counter[K] = Counter()
    for directory in directories:
        gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
        for article in gold["articles"]:
            counts += count(directory, article, extractor, verbose)
    return counts


def _article(directory: Path, ga: dict[str, Any], extractor: pipeline.RuleExtractor,
             verbose: bool) -> Counter[tuple[str, str, str]]:
    index, ids = _alias_index(ga)
    doc, registry = extractor.analyse(next(iter(read_file(directory / ga["file"]))))
    extraction = extractor.extract_from(doc, registry)
    gold_id = {rid: _resolve(rec.name, index, ids) for rid, rec in registry.records.items()}
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return _resolve(names.get(entity, entity), index, ids)

    asserted, pairs = set(), set()
    for r in extraction.relations:
        s, t = key(r.source), key(r.target)
        pairs.add(frozenset((s, t)))
        if r.status.asserted:
            asserted.add(canon(normalize_type(str(r.type)), s, t))
    entities = {e["id"]: e for e in ga["entities"]}
    out: Counter[tuple[str, str, str]] = Counter()
    for rel in ga["relations"]:
        k = canon(normalize_type(rel["type"]), rel["source"], rel["target"])
        if k in asserted:
            continue
        evidence = rel["evidence"].strip()
        found = set()
        for i, sentence in enumerate(doc.sentences):
            if evidence[:60] in sentence.text or sentence.text.strip()[:60] in evidence:
                found |= {gold_id.get(e, "?") for m in doc.mentions[i] for e in m.resolved}
        missing = [e for e in (k[1], k[2]) if e != ARTICLE_SOURCE and e not in found]
        if missing:
            stage = "mention-missing:" + ("name-in-sentence" if all(
                _named(entities.get(e, {}), evidence) for e in missing) else "not-named")
        elif frozenset((k[1], k[2])) in pairs:
            stage = "other-type/status"
        else:
            stage = "no-relation"
        out[(ga.get("language", "?"), k[0], stage)] += 1
        if verbose:
            print(f"{ga['file']}\t{stage}\t{k[0]}({k[1]}, {k[2]})\t{evidence}")
    return out


def status_census(directories: list[Path], verbose: bool = False) -> Counter[str]:
    """Counts of relations by the status they came out with (``--status``): ``lost`` (a gold
    relation that came out only with a non-asserted status), ``hard-negative`` (a hard
    negative asserted), ``kept-out`` (a hard negative kept out by its status) and, with
    ``-v``, ``false-positive`` (any other asserted relation, to read for a missed cue).
    Prints each case."""
    return _over_articles(directories, _status_article, verbose)


def _status_article(directory: Path, ga: dict[str, Any], extractor: pipeline.RuleExtractor,
                    verbose: bool) -> Counter[str]:
    index, ids = _alias_index(ga)
    extraction = extractor.extract(next(iter(read_file(directory / ga["file"]))))
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return _resolve(names.get(entity, entity), index, ids)

    gold = {canon(normalize_type(r["type"]), r["source"], r["target"])
            for r in ga["relations"]}
    hard = {canon(normalize_type(h["type"]), h["source"], h["target"]): h.get("reason", "")
            for h in ga.get("hard_negatives", [])}
    asserted: dict[tuple[str, str, str], str] = {}
    claims: dict[tuple[str, str, str], tuple[str, str]] = {}
    for r in extraction.relations:
        k = canon(normalize_type(str(r.type)), key(r.source), key(r.target))
        if r.status.asserted:
            asserted.setdefault(k, r.evidence)
        else:
            claims.setdefault(k, (str(r.status), r.evidence))
    out: Counter[str] = Counter()

    def show(label: str, k: tuple[str, str, str], status: str, text: str) -> None:
        out[label] += 1
        print(f"{ga['file']}\t{label}\t{status}\t{k[0]}({k[1]}, {k[2]})\t{text}")

    for k in sorted(gold - asserted.keys()):
        if k in claims:
            show("lost", k, *claims[k])
    for k in sorted(hard):
        if k in asserted:
            show("hard-negative", k, "asserted", f"{asserted[k]}\t-- {hard[k]}")
        elif k in claims:
            show("kept-out", k, *claims[k])
    if verbose:
        for k in sorted(asserted.keys() - gold - hard.keys()):
            show("false-positive", k, "asserted", asserted[k])
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    dirs = [Path(a) for a in argv if a not in ("-v", "--status")]
    if not dirs:
        print(__doc__)
        return 2
    if "--status" in argv:
        for label, n in sorted(status_census(dirs, verbose).items()):
            print(f"{label}\t{n}")
        return 0
    counts = census(dirs, verbose)
    for label, pick in (("stage", lambda k: k[2]), ("language, stage", lambda k: (k[0], k[2])),
                        ("type, stage", lambda k: (k[1], k[2]))):
        grouped: Counter[Any] = Counter()
        for k, n in counts.items():
            grouped[pick(k)] += n
        print(f"by {label}:")
        for g, n in sorted(grouped.items(), key=lambda x: str(x[0])):
            print(f"  {g}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

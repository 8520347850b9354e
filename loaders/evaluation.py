"""Extraction scores against a gold file, with the matching rules of the shared scorer.

`evaluate(directory, extractor)` reads `directory/gold.json` and the articles it lists,
extracts them, and scores the asserted relations (Status.asserted; claims such as denied or
rumoured relations are not predictions) exactly as eval/score.py does: names normalised
(accents, case, punctuation, a leading "the", trailing corporate suffixes), CUSTOMER_OF read as
reversed SUPPLIES, PARTNERS_WITH and COMPETES_WITH unordered, REPORTED_BY compared on the
target only, duplicates counted once. `render_report` formats the result as a table;
`pool` adds the reports of several sets into one, and `render_summary` gives one line of counts
per set (the view a never-read set allows: scores, never relations).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.extractor import Extractor
from loaders.readers import read_file
from ontology.errors import InputError
from ontology.records import ARTICLE_SOURCE, Extraction

SYMMETRIC = frozenset({"PARTNERS_WITH", "COMPETES_WITH"})
INVERSE = {"CUSTOMER_OF": "SUPPLIES"}
TYPE_ORDER = ("INVESTS_IN", "SUPPLIES", "PARTNERS_WITH", "COMPETES_WITH", "EXECUTIVE_OF",
              "ACQUIRES", "REPORTED_BY")
CORP_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "sa", "se", "ag", "nv", "bv", "gmbh", "spa", "sas", "ab", "oyj", "asa", "kk", "group",
    "groupe", "holding", "holdings",
})
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Score:
    """True/false positives and false negatives with precision, recall and F1."""

    label: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN), 0 when there is no gold relation."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class HardNegativeHit:
    """A hard negative of the gold file that was predicted."""

    file: str
    type: str
    source: str
    target: str
    reason: str


@dataclass(frozen=True)
class ArticleDiff:
    """False positives and false negatives of one article (canonical keys)."""

    file: str
    false_positives: tuple[Key, ...]
    false_negatives: tuple[Key, ...]


@dataclass(frozen=True)
class EvalReport:
    """Scores of one evaluation run."""

    per_type: tuple[Score, ...]
    micro: Score
    per_language: tuple[Score, ...]
    hard_negatives: tuple[HardNegativeHit, ...]
    hard_negatives_listed: int
    articles: tuple[ArticleDiff, ...]
    extractor: str = ""

    def language(self, lang: str) -> Score:
        """The score of one language (a zero score when absent)."""
        for s in self.per_language:
            if s.label == lang:
                return s
        return Score(lang, 0, 0, 0)


def normalize_name(name: object) -> str:
    """Normalise an entity name for matching (identical to score.py's normalize_name)."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().replace("&", " and ")
    s = re.sub(r"[.'\u2019\u2018`\u00b4]", "", s)
    s = re.sub(r"[\W_]+", " ", s)
    toks = s.split()
    while len(toks) > 1 and toks[0] == "the":
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in CORP_SUFFIXES:
        toks.pop()
    return " ".join(toks)


def normalize_type(value: object) -> str:
    """Upper-cased relation type with spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", str(value or "").strip()).upper()


def file_key(name: object) -> str:
    """Base name of an article file without a '.txt' extension."""
    base = Path(str(name or "").replace("\\", "/")).name.strip()
    return base[:-4] if base.lower().endswith(".txt") else base


def canon(rtype: str, src: str, tgt: str) -> Key:
    """The comparison key of a relation (inverse and symmetric types folded)."""
    if rtype in INVERSE:
        rtype, src, tgt = INVERSE[rtype], tgt, src
    if rtype == "REPORTED_BY":
        src = ARTICLE_SOURCE
    if rtype in SYMMETRIC and tgt < src:
        src, tgt = tgt, src
    return (rtype, src, tgt)


def alias_index(article: dict[str, Any]) -> tuple[dict[str, str], set[str]]:
    """A gold article's normalised names and aliases -> entity id, and its entity ids."""
    index: dict[str, str] = {}
    ids = {ent["id"] for ent in article.get("entities", [])}
    for ent in article.get("entities", []):
        for alias in [ent.get("name"), *ent.get("aliases", [])]:
            n = normalize_name(alias)
            if n and n not in index:
                index[n] = ent["id"]
    return index, ids


def gold_entity(name: object, index: dict[str, str], ids: set[str]) -> str:
    """The gold entity id a predicted name matches ("ARTICLE" for the article itself), else
    "?" and the normalised name (an entity the gold does not list)."""
    if isinstance(name, str) and name.strip().upper() == ARTICLE_SOURCE:
        return ARTICLE_SOURCE
    n = normalize_name(name)
    if n in index:
        return index[n]
    if isinstance(name, str) and name in ids:
        return name
    return "?" + n


def score_predictions(gold: dict[str, Any], predictions: dict[str, Any]) -> EvalReport:
    """Score predictions (score.py format) against a gold file's content."""
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pa in predictions.get("articles", []):
        preds[file_key(pa.get("file"))].extend(pa.get("relations", []) or [])
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    hits: list[HardNegativeHit] = []
    hn_total = 0
    diffs = []
    for ga in gold["articles"]:
        fk = file_key(ga["file"])
        index, ids = alias_index(ga)
        gkeys = {canon(normalize_type(r["type"]), r["source"], r["target"])
                 for r in ga["relations"]}
        hkeys = {canon(normalize_type(h["type"]), h["source"], h["target"]): h
                 for h in ga.get("hard_negatives", [])}
        hn_total += len(hkeys)
        pkeys = {canon(normalize_type(r.get("type")), gold_entity(r.get("source"), index, ids),
                       gold_entity(r.get("target"), index, ids))
                 for r in preds.get(fk, []) if isinstance(r, dict)}
        tp, fp, fn = pkeys & gkeys, pkeys - gkeys, gkeys - pkeys
        for keys, slot in ((tp, 0), (fp, 1), (fn, 2)):
            for k in keys:
                per_type[k[0]][slot] += 1
            per_lang[ga.get("language", "?")][slot] += len(keys)
        hits += [HardNegativeHit(fk, k[0], k[1], k[2], hkeys[k].get("reason", ""))
                 for k in sorted(pkeys & set(hkeys))]
        diffs.append(ArticleDiff(fk, tuple(sorted(fp)), tuple(sorted(fn))))
    order = [t for t in TYPE_ORDER if t in per_type] + sorted(
        t for t in per_type if t not in TYPE_ORDER)
    types = tuple(Score(t, *per_type[t]) for t in order)
    micro = Score("MICRO", sum(s.tp for s in types), sum(s.fp for s in types),
                  sum(s.fn for s in types))
    langs = tuple(Score(lang, *per_lang[lang]) for lang in sorted(per_lang))
    return EvalReport(types, micro, langs, tuple(hits), hn_total, tuple(diffs))


def prediction_record(file: str, extraction: Extraction) -> dict[str, Any]:
    """One article's predictions in score.py's format: asserted relations, by entity name."""
    names = {e.id: e.name for e in extraction.entities}
    rels = []
    for r in extraction.relations:
        if not r.status.asserted:
            continue
        rels.append({
            "type": str(r.type),
            "source": ARTICLE_SOURCE if r.source == ARTICLE_SOURCE else names.get(r.source,
                                                                                  r.source),
            "target": names.get(r.target, r.target),
        })
    return {"file": file, "relations": rels}


def load_gold(directory: Path) -> dict[str, Any]:
    """The gold file of an evaluation directory; InputError when missing or malformed."""
    path = directory / "gold.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no gold file; an evaluation directory needs gold.json "
                         "next to its articles.") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: malformed JSON at line {exc.lineno}: {exc.msg}.") from None
    if not isinstance(data.get("articles"), list):
        raise InputError(f"{path}: expected {{\"articles\": [...]}}.")
    return data


def predict(directory: Path, extractor: Extractor, files: Iterable[str]) -> dict[str, Any]:
    """Predictions (score.py format) of `extractor` on the listed article files."""
    out = []
    for name in files:
        path = directory / name
        if not path.exists():
            raise InputError(f"{path}: article listed in gold.json is missing.")
        for article in read_file(path):
            out.append(prediction_record(name, extractor.extract(article)))
    return {"articles": out}


def evaluate(directory: Path, extractor: Extractor) -> EvalReport:
    """Extract every article of `directory/gold.json` and score the asserted relations."""
    gold = load_gold(directory)
    predictions = predict(directory, extractor, [a["file"] for a in gold["articles"]])
    report = score_predictions(gold, predictions)
    return EvalReport(report.per_type, report.micro, report.per_language, report.hard_negatives,
                      report.hard_negatives_listed, report.articles,
                      getattr(extractor, "name", ""))


def pool(reports: Sequence[EvalReport]) -> EvalReport:
    """The reports of several sets as one: counts added per type and per language, hard
    negatives and per-article differences concatenated."""
    def added(groups: Iterable[Iterable[Score]], order: Sequence[str]) -> tuple[Score, ...]:
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for group in groups:
            for s in group:
                total = sums[s.label]
                total[0] += s.tp
                total[1] += s.fp
                total[2] += s.fn
        labels = [t for t in order if t in sums] + sorted(t for t in sums if t not in order)
        return tuple(Score(label, *sums[label]) for label in labels)

    types = added((r.per_type for r in reports), TYPE_ORDER)
    micro = Score("MICRO", sum(s.tp for s in types), sum(s.fp for s in types),
                  sum(s.fn for s in types))
    return EvalReport(types, micro, added((r.per_language for r in reports), ()),
                      tuple(h for r in reports for h in r.hard_negatives),
                      sum(r.hard_negatives_listed for r in reports),
                      tuple(a for r in reports for a in r.articles),
                      reports[0].extractor if reports else "")


def render_summary(named: Sequence[tuple[str, EvalReport]]) -> str:
    """One line of counts per set and a pooled total line: TP, FP, FN, F1, hard negatives
    predicted, and F1 per language. Never a relation or a name."""
    def line(label: str, r: EvalReport) -> str:
        m = r.micro
        langs = " ".join(f"{s.label} {s.f1:.3f}" for s in r.per_language)
        return (f"{label:<12} TP {m.tp:5} FP {m.fp:5} FN {m.fn:5} F1 {m.f1:.3f} "
                f"P {m.precision:.3f} R {m.recall:.3f} HN {len(r.hard_negatives):3} | {langs}")

    total = pool([r for _, r in named])
    return "\n".join([*(line(label, r) for label, r in named), line("TOTAL", total)])


def report_dict(report: EvalReport, scores_only: bool = False) -> dict[str, Any]:
    """A JSON-ready view of a report (counts only, no relation, when `scores_only`)."""
    def score(s: Score) -> dict[str, Any]:
        return {"label": s.label, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                "f1": round(s.f1, 4)}

    data: dict[str, Any] = {
        "extractor": report.extractor,
        "per_type": [score(s) for s in report.per_type],
        "micro": score(report.micro),
        "per_language": [score(s) for s in report.per_language],
        "hard_negatives_listed": report.hard_negatives_listed,
    }
    if scores_only:
        data["hard_negatives_predicted_count"] = len(report.hard_negatives)
        return data
    data["hard_negatives_predicted"] = [h.__dict__ for h in report.hard_negatives]
    data["articles"] = [{"file": a.file, "false_positives": [list(k) for k in a.false_positives],
                         "false_negatives": [list(k) for k in a.false_negatives]}
                        for a in report.articles]
    return data


def render_report(report: EvalReport, verbose: bool = False, scores_only: bool = False) -> str:
    """The report as plain text: per-type and micro P/R/F1, per language, hard negatives
    (each one listed unless `scores_only`: a never-read set shows counts, not relations)."""
    lines = [f"{'TYPE':<16}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    for s in (*report.per_type, report.micro):
        lines.append(f"{s.label:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                     f"{s.precision:>8.4f}{s.recall:>8.4f}{s.f1:>8.4f}")
    lines += ["", "Per-language micro scores"]
    for s in report.per_language:
        lines.append(f"  {s.label:<4} TP={s.tp:<4} FP={s.fp:<4} FN={s.fn:<4} "
                     f"P={s.precision:.4f} R={s.recall:.4f} F1={s.f1:.4f}")
    lines += ["", f"Hard negatives predicted: {len(report.hard_negatives)} "
                  f"(of {report.hard_negatives_listed} listed)"]
    for h in () if scores_only else report.hard_negatives:
        lines.append(f"  {h.file}: {h.type}({h.source}, {h.target}) -- {h.reason}")
    if verbose and not scores_only:
        for a in report.articles:
            if a.false_positives or a.false_negatives:
                lines.append(f"[{a.file}]")
                lines += [f"  FP {k[0]}({k[1]}, {k[2]})" for k in a.false_positives]
                lines += [f"  FN {k[0]}({k[1]}, {k[2]})" for k in a.false_negatives]
    lines.append(f"F1 {report.micro.f1:.4f}")
    return "\n".join(lines)

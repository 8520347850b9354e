"""Train the antecedent ranker (loaders/data/antecedent_model.json) on gold material.

Labels come from gold: in an evidence sentence of a gold relation whose party no gold alias
names there, that party is the antecedent of the sentence's one reference (a description or
a pronoun), when the sentence has one such unnamed company and one reference. The rules'
candidates and every company seen before the reference are the candidates; each is described
by `antecedents.pair_features`. A logistic regression over (reference, candidate) pairs is
fitted; at run time the best-scoring candidate goes first when its probability reaches the
threshold. Deterministic (a fixed solver, no shuffling); a minute or two on the material.

    PYTHONPATH=. python tools/train_antecedents.py [--cv] [--out PATH] [DIR ...]
    PYTHONPATH=. python tools/train_antecedents.py --references [--cv-relations] [DIR ...]

Without DIRs it trains on the material (dev, seed, dev2, batch1-73), never on the judge.
`--references` takes its labels instead from the full annotations (`references.json`, read by
tools/reference_gold.py): every annotated description, pronoun or possessive with a gold
antecedent whose span holds a reference the extractor ranked (DIRs: the labelled folders,
default every material folder holding a references.json); it reports leave-one-batch-out
antecedent accuracy and, with `--cv-relations`, the relation counts of out-of-fold rankers
on the whole material. It writes no model unless `--out` is given.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from loaders.evaluation import alias_index, load_gold, normalize_name
from loaders.extraction.antecedents import MODEL_KIND, MODEL_PATH, YES, AntecedentRanker, Reference
from loaders.extraction.linear import LinearModel, from_coefficients, save_model
from loaders.extraction.pipeline import RuleExtractor
from loaders.readers import read_file
from ontology.records import ARTICLE_SOURCE
from tools.reference_gold import FIRST_PERSON, load_references

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = [ROOT / "tests/data/eval" / d for d in ("dev", "seed", "dev2")] + [
    ROOT / "tests/data/extraction_unseen" / f"batch{n}" for n in range(1, 74)]
ORG_GOLD_TYPES = frozenset({"organization", "company", "organisation"})
C = 0.5
"""Inverse regularisation strength (cross-validated on the material: 0.05-2.0 within three
right antecedents of each other)."""
THRESHOLD = 0.9
"""Probability under which the rules' order stands. Out of fold on the material, right
antecedents were best at 0 (836 of 1,008 against the rules' 704), but relations were not:
against the rules (TP 6642, FP 601) threshold 0 gave TP -61 FP +121, 0.7 TP -30 FP +61,
0.9 TP -1 FP +7 (`--cv-relations`). 0.9 harms least; none beats the rules, so the extractor
runs without the ranker."""
FOLDS = 5


@dataclass(frozen=True)
class Case:
    """One labelled reference: its candidates' features, the gold antecedent's index among
    them (-1 when the antecedent is no candidate) and the rules' choice."""

    group: str
    language: str
    kind: str
    features: tuple[dict[str, float], ...]
    label: int
    rule: int


def _words(text: str) -> str:
    return f" {normalize_name(text)} "


def _fold(text: str) -> tuple[str, list[int]]:
    """Text without accents, case or repeated spaces, with each character's original offset."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        for f in unicodedata.normalize("NFKD", ch).casefold():
            if not unicodedata.combining(f):
                out.append(f)
                where.append(i)
    return "".join(out), where


def _named_in(entity: dict[str, object], sentence: str) -> bool:
    aliases = [entity.get("name"), *list(entity.get("aliases") or [])]  # type: ignore[call-overload]
    return any(normalize_name(a) and _words(str(a)) in sentence for a in aliases)


def _evidence_sentences(evidence: str, text: str, bounds: Sequence[tuple[int, int]]) -> list[int]:
    folded, where = _fold(text)
    ev = _fold(evidence)[0].strip()
    at = folded.find(ev) if ev else -1
    if at < 0 and len(ev) > 40:
        ev = ev[:40]
        at = folded.find(ev)
    if at < 0:
        return []
    start, end = where[at], where[at + len(ev) - 1] + 1
    return [i for i, (a, b) in enumerate(bounds) if a < end and b > start]


def article_cases(group: str, article_gold: dict[str, object], text: str, language: str,
                  refs: Sequence[Reference], sentences: Sequence[tuple[int, int, str]],
                  names: dict[str, str]) -> Iterable[Case]:
    """The labelled references of one analysed article (see the module docstring).
    `names` maps the extractor's entity ids to their names."""
    entities = {str(e["id"]): e for e in article_gold.get("entities", [])}  # type: ignore[attr-defined]
    index, _ = alias_index(article_gold)
    bounds = [(a, b) for a, b, _ in sentences]
    unnamed: dict[int, set[str]] = {}
    for rel in article_gold.get("relations", []):  # type: ignore[attr-defined]
        ev = str(rel.get("evidence") or "")
        for s in _evidence_sentences(ev, text, bounds):
            sent = _words(sentences[s][2])
            for party in (rel.get("source"), rel.get("target")):
                ent = entities.get(str(party))
                if party == ARTICLE_SOURCE or ent is None:
                    continue
                if str(ent.get("type", "")).casefold() not in ORG_GOLD_TYPES:
                    continue
                if not _named_in(ent, sent):
                    unnamed.setdefault(s, set()).add(str(party))
    by_sentence = Counter(r.sentence for r in refs)
    for ref in refs:
        parties = unnamed.get(ref.sentence, set())
        if len(parties) != 1 or by_sentence[ref.sentence] != 1 or not ref.candidates:
            continue
        (party,) = parties
        gold_of = [index.get(normalize_name(names.get(c, "")), "") for c in ref.candidates]
        label = gold_of.index(party) if party in gold_of else -1
        rule = ref.candidates.index(ref.rules[0]) if ref.rules else -1
        yield Case(group, language, ref.kind, tuple(dict(f) for f in ref.features), label, rule)


def collect(dirs: Sequence[Path], extractor: RuleExtractor | None = None) -> list[Case]:
    """The labelled references of every gold article in `dirs` (rules' order, no ranker)."""
    extractor = extractor or RuleExtractor(keep_references=True)
    cases: list[Case] = []
    for d in dirs:
        gold = load_gold(d)
        for ag in gold["articles"]:
            for article in read_file(d / ag["file"]):
                doc, registry = extractor.analyse(article)
                names = {r.id: r.name for r in registry.records.values()}
                sents = [(s.start, s.end, s.text) for s in doc.sentences]
                cases += article_cases(d.name, ag, article.text, doc.lex.language, doc.references,
                                       sents, names)
    return cases


def reference_cases(directory: Path, extractor: RuleExtractor | None = None) -> list[Case]:
    """Cases from the full annotations of `directory` (module docstring, `--references`)."""
    extractor = extractor or RuleExtractor(keep_references=True)
    labels = load_references(directory)
    cases: list[Case] = []
    for ag in load_gold(directory)["articles"]:
        mine = [r for r in labels if r.file == ag["file"] and r.antecedents
                and r.kind != "plural" and r.text.casefold() not in FIRST_PERSON]
        if not mine:
            continue
        index, _ = alias_index(ag)
        (article,) = read_file(directory / ag["file"])
        doc, registry = extractor.analyse(article)
        names = {r.id: r.name for r in registry.records.values()}
        for label in mine:
            refs = [r for r in doc.references
                    if label.start <= doc.tokens[r.sentence][r.first].start < label.end]
            if not refs or not refs[0].candidates:
                continue
            ref = refs[0]
            gold_of = [index.get(normalize_name(names.get(c, "")), "") for c in ref.candidates]
            right = [k for k, g in enumerate(gold_of) if g in label.antecedents]
            rule = ref.candidates.index(ref.rules[0]) if ref.rules else -1
            cases.append(Case(directory.name, doc.lex.language, ref.kind,
                              tuple(dict(f) for f in ref.features), right[0] if right else -1,
                              rule))
    return cases


def leave_one_out(cases: Sequence[Case], threshold: float, c: float = C,
                  ) -> dict[str, tuple[int, int, int]]:
    """Per batch left out: (labelled cases, rules right, out-of-fold model right)."""
    out: dict[str, tuple[int, int, int]] = {}
    for group in sorted({x.group for x in cases}):
        train = [x for x in cases if x.group != group]
        test = [x for x in cases if x.group == group and x.label >= 0]
        ranker = AntecedentRanker(fit(train, c, threshold))
        out[group] = (len(test), sum(x.rule == x.label for x in test),
                      sum(pick(ranker, x, threshold) == x.label for x in test))
    return out


def reference_relations(cases: Sequence[Case], labelled: Sequence[Path], material: Sequence[Path],
                        threshold: float) -> dict[str, tuple[tuple[int, int, int], ...]]:
    """Relation counts (TP, FP, FN) per material folder, rules then ranker: a labelled folder
    with the model of the other labelled folders, any other with the model of all labels."""
    from loaders.evaluation import evaluate

    names = {d.name for d in labelled}
    everything = AntecedentRanker(fit(cases, C, threshold))
    out: dict[str, tuple[tuple[int, int, int], ...]] = {}
    for d in material:
        ranker = everything if d.name not in names else AntecedentRanker(
            fit([x for x in cases if x.group != d.name], C, threshold))
        row = []
        for extractor in (RuleExtractor(), RuleExtractor(ranker=ranker)):
            m = evaluate(d, extractor).micro
            row.append((m.tp, m.fp, m.fn))
        out[d.name] = tuple(row)
    return out


def fit(cases: Sequence[Case], c: float = C, threshold: float = THRESHOLD,
        meta: dict[str, object] | None = None) -> LinearModel:
    """A logistic regression over the (reference, candidate) pairs of labelled cases."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[dict[str, float]] = []
    ys: list[int] = []
    for case in cases:
        if case.label < 0:
            continue
        for k, f in enumerate(case.features):
            rows.append(f)
            ys.append(int(k == case.label))
    vec = DictVectorizer(sparse=False, sort=True)  # liblinear takes no 64-bit sparse indices
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    clf.fit(x, ys)
    classes = ["other", YES] if list(clf.classes_) == [0, 1] else [YES, "other"]
    return from_coefficients(MODEL_KIND, classes, clf.coef_.tolist(), clf.intercept_.tolist(),
                             list(vec.get_feature_names_out()), threshold, meta)


def pick(ranker: AntecedentRanker, case: Case, threshold: float) -> int:
    """The candidate index the ranker puts first (the rules' choice under the threshold)."""
    scores = [ranker.score(f) for f in case.features]
    best = max(range(len(scores)), key=lambda k: scores[k])
    return best if scores[best] >= threshold or case.rule < 0 else case.rule


def folds_of(cases: Sequence[Case], folds: int = FOLDS) -> dict[str, int]:
    """Batch folds: groups (directories) dealt round-robin in sorted order."""
    groups = sorted({c.group for c in cases})
    return {g: i % folds for i, g in enumerate(groups)}


def cross_validate(cases: Sequence[Case], c: float, thresholds: Sequence[float],
                   folds: int = FOLDS) -> dict[float, tuple[int, int]]:
    """Right antecedents of the out-of-fold model per threshold: (model right, rules right)."""
    fold = folds_of(cases, folds)
    out = {t: (0, 0) for t in thresholds}
    for k in range(folds):
        train = [x for x in cases if fold[x.group] != k]
        test = [x for x in cases if fold[x.group] == k and x.label >= 0]
        ranker = AntecedentRanker(fit(train, c))
        for t in thresholds:
            right = sum(pick(ranker, x, t) == x.label for x in test)
            rules = sum(x.rule == x.label for x in test)
            m, r = out[t]
            out[t] = (m + right, r + rules)
    return out


def relation_cv(cases: Sequence[Case], dirs: Sequence[Path], threshold: float,
                folds: int = FOLDS) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Relation counts (TP, FP, FN) on each fold's directories, rules then out-of-fold ranker."""
    from loaders.evaluation import evaluate

    fold = folds_of(cases, folds)
    rules, ranked = [0, 0, 0], [0, 0, 0]
    for k in range(folds):
        ranker = AntecedentRanker(fit([x for x in cases if fold[x.group] != k], C, threshold))
        for d in dirs:
            if fold.get(d.name) != k:
                continue
            for counts, extractor in ((rules, RuleExtractor()), (ranked, RuleExtractor(
                    ranker=ranker))):
                m = evaluate(d, extractor).micro
                counts[0] += m.tp
                counts[1] += m.fp
                counts[2] += m.fn
    return (rules[0], rules[1], rules[2]), (ranked[0], ranked[1], ranked[2])


def census(cases: Sequence[Case]) -> str:
    """Counts of labelled cases by language and kind, rules right, label no candidate."""
    lines = []
    for key in sorted({(x.language, x.kind) for x in cases}):
        sub = [x for x in cases if (x.language, x.kind) == key]
        gap = sum(x.label < 0 for x in sub)
        rules = sum(x.rule == x.label and x.label >= 0 for x in sub)
        lines.append(f"{key[0]} {key[1]:<10} cases {len(sub):4}  rules right {rules:4}  "
                     f"label no candidate {gap:4}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cv", action="store_true", help="report batch-fold cross-validation")
    parser.add_argument("--cv-relations", action="store_true",
                        help="relation counts of the rules and of out-of-fold rankers (slow)")
    parser.add_argument("--references", action="store_true",
                        help="labels from the full annotations (references.json)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)
    if args.references:
        return references_main(args)
    dirs = args.dirs or MATERIAL
    cases = collect(dirs)
    print(census(cases))
    if args.cv:
        for c in (0.1, 0.5, 2.0):
            for t, (m, r) in cross_validate(cases, c, (0.0, 0.3, 0.5, 0.7)).items():
                print(f"C {c} threshold {t}: model right {m}, rules right {r}")
    if args.cv_relations:
        rules, ranked = relation_cv(cases, dirs, THRESHOLD)
        print(f"relations, rules TP FP FN {rules}; ranker at {THRESHOLD}: {ranked}")
    labelled = [x for x in cases if x.label >= 0]
    if not labelled:
        print("no labelled case: nothing to train on", file=sys.stderr)
        return 1
    meta = {"trained_on": sorted(d.name for d in dirs), "cases": len(labelled), "C": C,
            "threshold": THRESHOLD,
            "labels": "gold evidence sentences with one unnamed company and one reference",
            "script": "tools/train_antecedents.py"}
    save_model(fit(cases, C, THRESHOLD, meta), args.out)
    print(f"wrote {args.out} ({len(labelled)} labelled references)")
    return 0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def references_main(args: argparse.Namespace) -> int:
    """`--references`: leave-one-batch-out on the full annotations (module docstring)."""
    dirs = args.dirs or [d for d in MATERIAL if (d / "references.json").exists()]
    cases = [x for d in dirs for x in reference_cases(d)]
    print(census(cases))
    thresholds = sorted({0.0, 0.5, 0.9, args.threshold})
    for t in thresholds:
        per = leave_one_out(cases, t)
        n, r, m = (sum(v[i] for v in per.values()) for i in range(3))
        print(f"threshold {t}: labelled {n}, rules right {r}, model right {m} (out of fold; "
              + ", ".join(f"{g} {v[1]}/{v[2]}" for g, v in per.items()) + ")")
    if args.cv_relations:
        rows = reference_relations(cases, dirs, MATERIAL, args.threshold)
        totals = [[sum(v[k][i] for v in rows.values()) for i in range(3)] for k in (0, 1)]
        for name, (a, b) in rows.items():
            if a != b:
                print(f"  {name}: rules TP FP FN {a}, ranker {b}")
        (tp0, fp0, fn0), (tp1, fp1, fn1) = totals
        print(f"relations at {args.threshold}: rules TP {tp0} FP {fp0} FN {fn0} F1 "
              f"{_f1(tp0, fp0, fn0):.4f}; ranker TP {tp1} FP {fp1} FN {fn1} F1 "
              f"{_f1(tp1, fp1, fn1):.4f}")
    if args.out != MODEL_PATH:
        meta = {"trained_on": sorted(d.name for d in dirs), "C": C, "threshold": args.threshold,
                "cases": sum(x.label >= 0 for x in cases),
                "labels": "full reference annotations (references.json)",
                "script": "tools/train_antecedents.py --references"}
        save_model(fit(cases, C, args.threshold, meta), args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

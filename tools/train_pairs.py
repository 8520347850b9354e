"""Train and cross-validate a pair classifier over the rule layer's structure (session 24).

Usage (from the repository root, material only; never the judge's batches):
    PYTHONPATH=. .venv/bin/python tools/train_pairs.py [--jobs 2] [--out MODEL.json] DIR...

Each DIR is an evaluation directory (articles + gold.json). Every article is extracted with the
rules; the candidates are the ordered pairs (source, target) of two different organisations
of one sentence that no rule relation of that sentence links (any type or status), in
sentences where some frame trigger of the lexicon stands. A pair is labelled with the type of
the article's gold relation read source -> target (`PAIR_TYPES`), else "none".

The features are structural, read off the rule layer's `SentenceView` and lexicon (never a
name, never an open-class word): each frame trigger's type, the role its frame gives the
subject and where it stands against the two parties; segments; organisations between; list
membership; the closed-class word before each party; modality families; mention kinds and
types (`pair_features`).

A multinomial logistic regression (scikit-learn, C fixed) is cross-validated in five folds by
directory. Each outer fold chooses one threshold per type from a four-fold cross-validation
inside its training folds (the lowest probability at which the added edges reach `PRECISION`
with at least `MIN_ADDED` of them; none: the type adds nothing) and adds the held-out fold's
edges above it. An added edge's status is `relation_status` over the tokens between the two
parties, and only asserted edges count, as for the rules. It prints the added right / wrong
edges, hard negatives added, micro F1 before and after, P@k by type on out-of-fold scores and
the best-ranked wrong edges. With --out it trains on everything and writes the model with
`linear.save_model` (thresholds from five-fold scores of all directories).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.evaluation import canon  # noqa: E402
from loaders.extraction.lexicon import Frame, Lexicon, Phrase, match_at  # noqa: E402
from loaders.extraction.linear import from_coefficients, save_model  # noqa: E402
from loaders.extraction.mentions import Mention  # noqa: E402
from loaders.extraction.modality import relation_status  # noqa: E402
from loaders.extraction.pipeline import RuleExtractor  # noqa: E402
from loaders.extraction.resolution import ORG_TYPES, Registry  # noqa: E402
from loaders.extraction.units import HARD_BOUNDARIES, SentenceView  # noqa: E402
from tools.pair_material import (  # noqa: E402
    Article,
    collect_all,
    index_arrays,
    lowest_precise,
    report,
    ruled_articles,
)  # noqa: E402

PAIR_TYPES = ("ACQUIRES", "INVESTS_IN", "SUPPLIES", "PARTNERS_WITH", "COMPETES_WITH")
"""The relation types between two organisations, in the order a doubly labelled pair takes."""
CLASSES = ("none", *PAIR_TYPES)
PRECISION = 0.75
"""Precision the added edges of a type must reach inside the training folds (fixed before)."""
MIN_ADDED = 5
"""At least this many added edges inside the training folds for a threshold to count."""
OUTER = 5
INNER = 4
C = 1.0
MIN_COUNT = 2
"""A feature seen in fewer training pairs is dropped."""
KIND = "org-pair"
_DISTANCES = (0, 1, 2, 4, 8, 16)
_PUNCTUATION = HARD_BOUNDARIES | {","}
"""Signs that, like a closed-class word, may stand right before a party."""


def _bucket(n: int) -> str:
    for bound in _DISTANCES:
        if n <= bound:
            return str(bound)
    return "far"


@dataclass(frozen=True)
class Cue:
    """A frame trigger standing at units [first, last) of a sentence view."""

    first: int
    last: int
    frame: Frame


_TRIGGERS: dict[str, tuple[tuple[Phrase, ...], dict[Phrase, tuple[Frame, ...]]]] = {}


def _triggers(lex: Lexicon) -> tuple[tuple[Phrase, ...], dict[Phrase, tuple[Frame, ...]]]:
    """Every frame trigger of the lexicon and the frames each one opens (once per language)."""
    known = _TRIGGERS.get(lex.language)
    if known is None:
        frames: dict[Phrase, list[Frame]] = defaultdict(list)
        for frame in lex.frames:
            for p in frame.triggers:
                frames[p].append(frame)
        phrases = tuple(sorted(frames, key=lambda p: (-len(p), p)))
        known = _TRIGGERS[lex.language] = (phrases, {p: tuple(f) for p, f in frames.items()})
    return known


def sentence_cues(view: SentenceView, lex: Lexicon) -> list[Cue]:
    """The frame triggers of a sentence (one `Cue` per frame a trigger opens)."""
    phrases, frames = _triggers(lex)
    out = []
    for k, w in enumerate(view.words):
        if not w:
            continue
        p = match_at(view.words, k, phrases)
        if p is not None:
            out += [Cue(k, k + len(p), f) for f in frames[p]]
    return out


def modality_cues(view: SentenceView, lex: Lexicon) -> dict[str, list[int]]:
    """Token positions at which a phrase of each modality family of the lexicon starts."""
    words = [t.norm for t in view.tokens]
    found: dict[str, list[int]] = {}
    for key, phrases in lex.modality.items():
        at = [k for k in range(len(words)) if match_at(words, k, phrases) is not None]
        if at:
            found[key] = at
    return found


def unit_of(view: SentenceView) -> dict[int, tuple[int, int, int]]:
    """id(mention) -> (unit index, position in its unit's list, list size)."""
    out = {}
    for k, u in enumerate(view.units):
        for j, m in enumerate(u.mentions):
            out[id(m)] = (k, j, len(u.mentions))
    return out


def _place(k: int, a: int, b: int) -> str:
    """Where unit k stands against the source's unit a and the target's unit b."""
    lo, hi = min(a, b), max(a, b)
    if k < lo:
        return "before"
    if k > hi:
        return "after"
    if lo < k < hi:
        return "between"
    return "at"


def _segment_key(view: SentenceView, k: int) -> tuple[int, int] | None:
    seg = view.segment_of(k)
    return (seg.start, seg.end) if seg is not None else None


_CLOSED: dict[str, frozenset[str]] = {}


def closed_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's closed classes (function words, prepositions, determiners, relative
    pronouns) and the punctuation that may stand right before a party (once per language)."""
    known = _CLOSED.get(lex.language)
    if known is None:
        known = _CLOSED[lex.language] = (lex.function_words | lex.prepositions
                                         | lex.determiners | lex.relative_pronouns | _PUNCTUATION)
    return known


def _prev_word(view: SentenceView, k: int, closed: frozenset[str]) -> str:
    """The word right before unit k when it is of a closed class ("^" at the start, "<m>"
    after a mention, "other" for any open-class word)."""
    if k == 0:
        return "^"
    w = view.words[k - 1]
    if not w:
        return "<m>"
    return w if w in closed else "other"


def pair_features(view: SentenceView, lex: Lexicon, registry: Registry, cues: Sequence[Cue],
                  units: dict[int, tuple[int, int, int]], org_units: Sequence[int],
                  modality: dict[str, list[int]], src: Mention, tgt: Mention, src_id: str,
                  tgt_id: str, gap_words: bool = False) -> list[str]:
    """The feature names of the ordered pair (src, tgt) of one sentence: the module
    docstring lists them. `units` is `unit_of(view)`, `org_units` the units holding an
    organisation, `cues` from `sentence_cues`, `modality` from `modality_cues`; `gap_words`
    adds the open-class words between the parties (off unless asked for)."""
    closed = closed_words(lex)
    a, ja, na = units[id(src)]
    b, jb, nb = units[id(tgt)]
    way = "F" if a <= b else "R"  # source first / target first
    lo, hi = min(a, b), max(a, b)
    feats = ["bias", f"lang:{lex.language}", f"{way}|d:{_bucket(hi - lo)}",
             f"s:kind:{src.kind}", f"t:kind:{tgt.kind}",
             f"s:type:{registry.type_of(src_id)}", f"t:type:{registry.type_of(tgt_id)}"]
    between = [k for k in org_units if lo < k < hi]
    feats.append(f"{way}|orgs:{min(len(between), 2)}")
    if a == b:
        feats.append("same-list")
    for role, j, n, k in (("s", ja, na, a), ("t", jb, nb, b)):
        if n > 1:
            feats.append(f"{role}:list:{'first' if j == 0 else 'last' if j == n - 1 else 'mid'}")
        seg = view.segment_of(k)
        feats.append(f"{role}:seg:{seg.kind if seg else 'main'}")
        if seg is not None and seg.owner == (b if role == "s" else a):
            feats.append(f"{role}:in-seg-of-other")
        first_org = next((o for o in org_units if _segment_key(view, o) == _segment_key(view, k)),
                         None)
        if first_org == k:
            feats.append(f"{role}:first-org-of-seg")
        if org_units and org_units[0] == k:
            feats.append(f"{role}:first-org")
        feats.append(f"{role}:prev:{_prev_word(view, k, closed)}")
        if view.units[k].possessive:
            feats.append(f"{role}:poss")
    same_seg = _segment_key(view, a) == _segment_key(view, b)
    feats.append(f"same-seg:{same_seg}")
    first_tok, last_tok = view.units[lo].last, view.units[hi].first
    for key, at in modality.items():
        feats.append(f"mod:{key}")
        if any(first_tok <= k < last_tok for k in at):
            feats.append(f"{way}|mod-in:{key}")
    if gap_words:  # the open-class words between the parties (a check, off by default)
        feats += sorted({f"{way}|g:{view.words[k]}" for k in range(lo + 1, hi)
                         if view.words[k] and view.words[k] not in lex.function_words})
    for cue in cues:
        f = cue.frame
        t = str(f.type)
        place = _place(cue.first, a, b)
        if place == "between":
            place = f"between-{way}"
        subj = f.subject or "-"
        near = min(abs(cue.first - a), abs(cue.first - b))
        feats.append(f"c:{t}")
        feats.append(f"c:{t}|{subj}|{place}")
        feats.append(f"c:{t}|{subj}|{place}|n{_bucket(near)}")
        seg_c = _segment_key(view, cue.first)
        feats.append(f"c:{t}|{place}|segS:{seg_c == _segment_key(view, a)}"
                     f"|segT:{seg_c == _segment_key(view, b)}")
        orgs_cue = [o for o in org_units if min(cue.first, a, b) < o < max(cue.first, a, b)
                    and o not in (a, b)]
        feats.append(f"c:{t}|{place}|orgs-span:{min(len(orgs_cue), 2)}")
        for role, k in (("s", a), ("t", b)):
            if k > cue.first:
                before = view.words[max(0, k - 3):k]
                if any(match_at(before, i, f.agent_preps) for i in range(len(before))):
                    feats.append(f"c:{t}|{role}:agent-prep")
                if any(match_at(before, i, f.object_preps) for i in range(len(before))):
                    feats.append(f"c:{t}|{subj}|{role}:object-prep")
            if f.possessor and view.units[k].possessive:
                feats.append(f"c:{t}|{subj}|{role}:possessor")
    return feats


@dataclass
class Pair:
    """One candidate pair: where it comes from, its gold key per type, label and features."""

    group: int  # directory index
    article: str  # directory/file
    language: str
    ids: tuple[str, str]  # gold-space (source, target)
    label: str
    asserted: bool  # status over the tokens between the parties reads asserted
    feats: list[str]
    where: str = ""  # the sentence with the two parties marked (for the report)


def gold_label(src: str, tgt: str, gold: set[tuple[str, str, str]]) -> str:
    """The first pair type whose gold key reads src -> tgt, else "none"."""
    return next((t for t in PAIR_TYPES if canon(t, src, tgt) in gold), "none")


def candidate_pairs(view: SentenceView, registry: Registry, linked: set[frozenset[str]]
                    ) -> Iterator[tuple[Mention, Mention, str, str]]:
    """(source mention, target mention, source id, target id) for every ordered pair of two
    different organisations of the sentence that no rule relation links (`linked`)."""
    ms = [m for u in view.units for m in u.mentions]
    for s in ms:
        for t in ms:
            if s is t:
                continue
            for si in s.resolved:
                for ti in t.resolved:
                    if si != ti and frozenset((si, ti)) not in linked \
                            and registry.type_of(si) in ORG_TYPES \
                            and registry.type_of(ti) in ORG_TYPES:
                        yield s, t, si, ti


def _marked(view: SentenceView, s: Mention, t: Mention) -> str:
    """The sentence with the source and target marked [S ...] and [T ...] (for the report)."""
    text, off = view.sentence.text, view.sentence.start
    for m, tag in sorted(((s, "S"), (t, "T")), key=lambda x: -x[0].start):
        text = (text[:m.start - off] + f"[{tag} " + text[m.start - off:m.end - off] + "]"
                + text[m.end - off:])
    return text[:400]


def collect_dir(job: tuple[int, Path, bool]) -> tuple[list[Pair], dict[str, Article]]:
    """Candidate pairs and per-article keys of one directory (extracts each article); the
    job is (directory index, directory, gap words wanted)."""
    g, d, gap_words = job
    ex = RuleExtractor()
    pairs: list[Pair] = []
    arts: dict[str, Article] = {}
    for ra in ruled_articles(d, ex):
        doc, registry, gkey, gkeys = ra.doc, ra.registry, ra.gold_id, ra.gold
        name, lang = ra.name, ra.language
        arts[name] = Article(lang, gkeys, ra.ruled, ra.hard)
        by_sentence: dict[int, set[frozenset[str]]] = defaultdict(set)
        for r in ra.extraction.relations:
            by_sentence[r.start].add(frozenset((r.source, r.target)))
        year = doc.article.date.year if doc.article.date else None
        for view in doc.views:
            if view is None:
                continue
            found = list(candidate_pairs(view, registry,
                                         by_sentence.get(view.sentence.start, set())))
            if not found:
                continue
            cues = sentence_cues(view, doc.lex)
            if not cues:
                continue
            units = unit_of(view)
            modality = modality_cues(view, doc.lex)
            org_units = [k for k, u in enumerate(view.units)
                         if any(registry.type_of(e) in ORG_TYPES
                                for m in u.mentions for e in m.resolved)]
            for s, t, si, ti in found:
                gs, gt = gkey(si), gkey(ti)
                left, right = (s, t) if s.first < t.first else (t, s)
                status = relation_status(view.tokens, left.last,
                                         max(left.last + 1, right.first), doc.lex, year)
                where = _marked(view, s, t)
                pairs.append(Pair(g, name, lang, (gs, gt), gold_label(gs, gt, gkeys),
                                  status.asserted,
                                  pair_features(view, doc.lex, registry, cues, units,
                                                org_units, modality, s, t, si, ti,
                                                gap_words),
                                  where))
    print(f"{d.name}: {len(pairs)} pairs", file=sys.stderr)
    return pairs, arts


def collect(dirs: list[Path], jobs: int, gap_words: bool = False
            ) -> tuple[list[Pair], dict[str, Article]]:
    """Candidate pairs and per-article keys of every directory."""
    return collect_all(collect_dir, [(g, d, gap_words) for g, d in enumerate(dirs)], jobs)


@dataclass
class Fitted:
    """A trained model: the vectoriser's feature names and the classifier's arrays."""

    names: list[str]
    classes: list[str]
    coef: np.ndarray
    intercept: np.ndarray
    index: dict[str, int] = field(default_factory=dict)


def _matrix(pairs: Sequence[Pair], index: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # noqa: PLC0415 - training only
    rows, cols = index_arrays(pairs, index)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(pairs), len(index)))


def train(pairs: Sequence[Pair]) -> Fitted:
    """A multinomial logistic regression over the pairs (features seen `MIN_COUNT` times)."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - training only
    counts: dict[str, int] = defaultdict(int)
    for p in pairs:
        for f in set(p.feats):
            counts[f] += 1
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT and f != "bias")
    index = {f: j for j, f in enumerate(names)}
    y = [p.label for p in pairs]
    model = LogisticRegression(C=C, solver="newton-cg", max_iter=200)
    model.fit(_matrix(pairs, index), y)
    return Fitted(names, [str(c) for c in model.classes_], model.coef_, model.intercept_, index)


def probabilities(fitted: Fitted, pairs: Sequence[Pair]) -> dict[str, np.ndarray]:
    """Class probabilities of the pairs, by class name (softmax of the linear scores)."""
    z = _matrix(pairs, fitted.index) @ fitted.coef.T + fitted.intercept
    if z.shape[1] == 1:  # binary: one score for the second class
        z = np.hstack([np.zeros_like(z), z])
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    p = e / e.sum(axis=1, keepdims=True)
    return {c: p[:, k] for k, c in enumerate(fitted.classes)}


Edge = tuple[str, tuple[str, str, str]]


def edges(pairs: Sequence[Pair], probs: dict[str, np.ndarray], arts: dict[str, Article]
          ) -> dict[Edge, tuple[float, int]]:
    """Best probability per (article, key) of each type and the pair it comes from, for
    asserted keys the rules do not already give."""
    best: dict[Edge, tuple[float, int]] = {}
    for i, p in enumerate(pairs):
        if not p.asserted or p.ids[0] == p.ids[1]:
            continue
        for t in PAIR_TYPES:
            if t not in probs:
                continue
            key = canon(t, *p.ids)
            if key in arts[p.article].ruled:
                continue
            s = float(probs[t][i])
            k = (p.article, key)
            if k not in best or s > best[k][0]:
                best[k] = (s, i)
    return best


def pick_thresholds(best: dict[Edge, tuple[float, int]], arts: dict[str, Article]
                    ) -> dict[str, float]:
    """Per type, the lowest probability whose added edges are >= PRECISION precise (at least
    MIN_ADDED of them); 1.01 (add nothing) when none is."""
    out = {}
    for t in PAIR_TYPES:
        out[t] = lowest_precise(((s, key in arts[art].gold) for (art, key), (s, _) in best.items()
                                 if key[0] == t), PRECISION, MIN_ADDED, 1.01)
    return out


def folds_of(groups: Sequence[int], n: int) -> dict[int, int]:
    order = sorted(set(groups))
    return {g: i % n for i, g in enumerate(order)}


def oof(pairs: Sequence[Pair], n: int) -> dict[str, np.ndarray]:
    """Out-of-fold class probabilities, n folds by directory."""
    fold = folds_of([p.group for p in pairs], n)
    out = {c: np.zeros(len(pairs)) for c in CLASSES}
    for f in range(n):
        tr = [p for p in pairs if fold[p.group] != f]
        te = [i for i, p in enumerate(pairs) if fold[p.group] == f]
        if not te or not tr:
            continue
        probs = probabilities(train(tr), [pairs[i] for i in te])
        for c, v in probs.items():
            out[c][te] = v
    return out


def cross_validate(pairs: list[Pair], arts: dict[str, Article]
                   ) -> dict[str, set[tuple[str, str, str]]]:
    """The nested cross-validation of the module docstring: the keys each outer fold adds."""
    fold = folds_of([p.group for p in pairs], OUTER)
    added: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for f in range(OUTER):
        tr = [p for p in pairs if fold[p.group] != f]
        te = [p for p in pairs if fold[p.group] == f]
        thresholds = pick_thresholds(edges(tr, oof(tr, INNER), arts), arts)
        best = edges(te, probabilities(train(tr), te), arts)
        got = [(art, key) for (art, key), (s, _) in best.items() if s >= thresholds[key[0]]]
        for art, key in got:
            added[art].add(key)
        tp = sum(1 for art, key in got if key in arts[art].gold)
        shown = " ".join(f"{t[:4]} {v:.2f}" for t, v in thresholds.items())
        print(f"fold {f}: thresholds {shown}; added {tp} right / {len(got) - tp} wrong")
    return added


def ranking(pairs: list[Pair], arts: dict[str, Article], probs: dict[str, np.ndarray],
            wrong: int) -> None:
    """P@k by type of the out-of-fold ranking, and the best-ranked wrong edges."""
    best = edges(pairs, probs, arts)
    for t in PAIR_TYPES:
        ranked = sorted(((s, art, key, i) for (art, key), (s, i) in best.items()
                         if key[0] == t), reverse=True)
        right = [key in arts[art].gold for _, art, key, _ in ranked]
        miss = sum(1 for a in arts.values() for k in a.gold - a.ruled if k[0] == t)
        print(f"  {t:<14} {sum(right):4} right of {len(right):5} (misses {miss:4})"
              + "".join(f" P@{n} {sum(right[:n]) / n:.2f}" for n in (5, 10, 20, 40, 80)
                        if len(right) >= n))
    ranked = sorted(((s, art, key, i) for (art, key), (s, i) in best.items()), reverse=True)
    wrongs = [(s, art, key, i) for s, art, key, i in ranked if key not in arts[art].gold]
    for s, art, key, i in wrongs[:wrong]:
        print(f"  wrong {s:.2f} {key[0]} {art}: {pairs[i].where}")


def final_model(pairs: list[Pair], arts: dict[str, Article], dirs: list[Path], out: Path
                ) -> None:
    """Train on everything and write the model file (thresholds from five-fold scores)."""
    thresholds = pick_thresholds(edges(pairs, oof(pairs, OUTER), arts), arts)
    fitted = train(pairs)
    model = from_coefficients(
        KIND, fitted.classes, fitted.coef.tolist(), fitted.intercept.tolist(), fitted.names,
        threshold=min(thresholds.values()),
        meta={"trained_on": [d.name for d in dirs], "pairs": len(pairs),
              "thresholds": {t: round(v, 4) for t, v in thresholds.items()},
              "C": C, "min_count": MIN_COUNT, "script": "tools/train_pairs.py"})
    save_model(model, out)
    print(f"wrote {out}: thresholds {thresholds}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--wrong", type=int, default=30, help="best-ranked wrong edges to show")
    ap.add_argument("--no-cv", action="store_true", help="only train and write --out")
    ap.add_argument("--gap-words", action="store_true",
                    help="add the open-class words between the parties (a check)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        pairs, arts = pickle.loads(args.cache.read_bytes())
    else:
        pairs, arts = collect(args.dirs, args.jobs, args.gap_words)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((pairs, arts)))
    pos = sum(1 for p in pairs if p.label != "none")
    print(f"{len(pairs)} pairs, {pos} labelled with a type, {len(arts)} articles")
    if not args.no_cv:
        added = cross_validate(pairs, arts)
        print("cross-validated (outer folds, thresholds from inner folds):")
        report(arts, added)
        print("out-of-fold ranking (five folds by directory):")
        ranking(pairs, arts, oof(pairs, OUTER), args.wrong)
    if args.out:
        final_model(pairs, arts, args.dirs, args.out)


if __name__ == "__main__":
    main()

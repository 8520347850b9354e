"""A trained relation classifier beside the rules (session 13, issue 11).

Candidates are the pairs of distinct entities that mentions of one sentence resolve to (the
closest two distinct mentions stand for the pair, a plural description such as "the two
groups" only when nothing else names one of them). Each pair gets sparse string features: the folded
words between the two mentions (bag, first, last, bigrams, a five-letter prefix as a cheap
lemma), up to three words before the first and after the second, the entity and mention
kinds, a distance bucket, whether a list or an apposition joins them, the rules' own output
for that pair in that sentence and in the article, the status the rules' modality gives the
span between them, and the language. No entity name is ever a feature.

The model is a multinomial logistic regression trained offline by
`tools/train_relations.py` (scikit-learn, the `train` extra) and shipped as JSON
(`loaders/data/relation_classifier.json`: labels, bias, one weight row per feature). At run
time it is read once per process and a pair is scored by a sparse dot product and a softmax:
scikit-learn is not needed.

Combination (`combine`): a relation the classifier is sure of (probability at least the
model's `add_threshold`) is added for a pair the rules left with no relation in the whole
article, with the status the rules' modality gives the sentence span (denied, rumoured,
hypothetical... stay claims, not edges); with a `drop_threshold`, a rule relation the
classifier puts as NONE with at least that probability is dropped. Thresholds are chosen by
leave-one-set-out cross-validation (docs/extraction.md, "Session 13").
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.modality import relation_status
from loaders.extraction.pipeline import RuleExtractor, _Doc
from loaders.extraction.resolution import Registry
from loaders.extraction.tokens import Token
from loaders.extraction.units import SentenceView
from ontology.records import (
    ARTICLE_SOURCE,
    Article,
    EntityType,
    Extraction,
    Relation,
    RelationType,
    Status,
)

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_classifier.json"
NONE = "NONE"
SYMMETRIC = frozenset({RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH})
PAIR_TYPES = (RelationType.INVESTS_IN, RelationType.SUPPLIES, RelationType.PARTNERS_WITH,
              RelationType.COMPETES_WITH, RelationType.EXECUTIVE_OF, RelationType.ACQUIRES)
_KINDS = {EntityType.COMPANY: "org", EntityType.ORGANIZATION: "org",
          EntityType.PUBLISHER: "outlet", EntityType.REGULATOR: "regulator",
          EntityType.PERSON: "person"}
_DISTANCES = (0, 1, 2, 4, 7, 12, 20)
_CONTEXT = 3
_PREFIX = 5
_STATUS_ORDER = (Status.DENIED, Status.RUMOURED, Status.IN_TALKS, Status.HYPOTHETICAL,
                 Status.FORMER, Status.PLANNED, Status.COMPLETED, Status.ANNOUNCED,
                 Status.REPORTED)


@dataclass(frozen=True)
class Pair:
    """One candidate: entities `left` and `right` (text order) in sentence `sentence`."""

    sentence: int
    left: str
    right: str
    status: Status  # the rules' modality for the span between the two mentions
    features: tuple[str, ...]


def pair_label(rtype: str, source: str, left: str) -> str:
    """The class label of a relation between a pair: its type, with the direction for the
    directed types (":LR" when the source is the left entity)."""
    if rtype in SYMMETRIC:
        return rtype
    return f"{rtype}:{'LR' if source == left else 'RL'}"


def label_relation(label: str, left: str, right: str) -> tuple[RelationType, str, str]:
    """The (type, source, target) a class label gives a pair."""
    rtype, _, way = label.partition(":")
    return (RelationType(rtype), right, left) if way == "RL" else (RelationType(rtype), left,
                                                                   right)


def _bucket(distance: int) -> str:
    for bound in _DISTANCES:
        if distance <= bound:
            return str(bound)
    return "far"


def _word(norm: str) -> tuple[str, ...]:
    return (norm, norm[:_PREFIX]) if len(norm) > _PREFIX else (norm,)


def pairs(doc: _Doc, registry: Registry, relations: Sequence[Relation]) -> list[Pair]:
    """Every pair of distinct entities mentioned in a sentence, with its features.

    `relations` are the rules' relations of the article (their type per pair and sentence
    are features)."""
    in_sentence: dict[tuple[int, str, str], list[str]] = {}
    in_article: dict[frozenset[str], set[str]] = {}
    for r in relations:
        if r.source == ARTICLE_SOURCE or r.type not in PAIR_TYPES:
            continue
        label = str(r.type) if r.status.asserted else f"{r.type}/{r.status}"
        in_sentence.setdefault((r.start, r.source, r.target), []).append(label)
        in_article.setdefault(frozenset((r.source, r.target)), set()).add(label)
    out: list[Pair] = []
    lang = doc.lex.language
    for i, mentions in enumerate(doc.mentions):
        view = doc.views[i] if i < len(doc.views) else None
        if view is None:
            continue
        spans: dict[str, list[tuple[int, int, str, int]]] = {}
        for k, m in enumerate(mentions):
            for eid in m.resolved:
                if eid in registry.records:
                    spans.setdefault(eid, []).append((m.first, m.last, m.kind, k))
        ids = sorted(spans)
        cache: dict[int, Status] = {}
        for a_i, a in enumerate(ids):
            for b in ids[a_i + 1:]:
                out.append(_pair(doc, registry, view, i, a, b, spans, in_sentence, in_article,
                                 lang, cache))
    return out


def _pair(doc: _Doc, registry: Registry, view: SentenceView, i: int, a: str, b: str,
          spans: dict[str, list[tuple[int, int, str, int]]],
          in_sentence: dict[tuple[int, str, str], list[str]],
          in_article: dict[frozenset[str], set[str]], lang: str,
          cache: dict[int, Status]) -> Pair:
    best = min(((x, y) for x in spans[a] for y in spans[b]),
               key=lambda p: (p[0][3] == p[1][3], p[0][2] == "plural" or p[1][2] == "plural",
                              max(p[0][0], p[1][0]) - min(p[0][1], p[1][1]), p[0][0], p[1][0]))
    (ma, mb) = best
    if (mb[0], mb[3]) < (ma[0], ma[3]):
        a, b, ma, mb = b, a, mb, ma
    toks = view.tokens
    words = [t.norm for t in toks]
    taken = [False] * len(toks)
    for m in doc.mentions[i]:
        for k in range(m.first, min(m.last, len(toks))):
            taken[k] = True
    same = ma[3] == mb[3]
    lo, hi = (ma[1], mb[0]) if not same else (ma[1], ma[1])
    hi = max(lo, hi)
    f: list[str] = [f"lang={lang}"]
    ka = _KINDS.get(registry.type_of(a) or EntityType.ORGANIZATION, "org")
    kb = _KINDS.get(registry.type_of(b) or EntityType.ORGANIZATION, "org")
    f += [f"kinds={ka}>{kb}", f"mkinds={ma[2]}>{mb[2]}", f"lk={ka}", f"rk={kb}"]
    f.append(f"dist={_bucket(hi - lo)}")
    between: list[str] = []
    for k in range(lo, hi):
        between.append("<E>" if taken[k] else words[k])
    for w in between:
        for form in _word(w):
            f.append(f"b:{form}")
            f.append(f"kb:{ka}>{kb}|{form}")
    if between:
        f += [f"bf:{between[0]}", f"bl:{between[-1]}", f"bfl:{between[0]}|{between[-1]}"]
    else:
        f.append("b:<none>")
    f += [f"bb:{x}_{y}" for x, y in zip(between, between[1:], strict=False)]
    f.append(f"nent={min(3, sum(1 for w in between if w == '<E>'))}")
    def word_at(j: int, edge: str) -> str:
        return edge if not 0 <= j < len(toks) else "<E>" if taken[j] else words[j]

    for k in range(1, _CONTEXT + 1):
        f.append(f"p{k}:{word_at(ma[0] - k, '<S>')}")
        f.append(f"a{k}:{word_at(mb[1] - 1 + k, '</S>')}")
    if same:
        f.append("join=list")
    else:
        unit_of = {}
        for u_i, u in enumerate(view.units):
            for m in u.mentions:
                unit_of[(m.first, m.last)] = u_i
        ua, ub = unit_of.get((ma[0], ma[1])), unit_of.get((mb[0], mb[1]))
        if ua is not None and ua == ub:
            f.append("join=list")
        elif ua is not None and ub is not None:
            seg_b, seg_a = view.segment_of(ub), view.segment_of(ua)
            if seg_b is not None and seg_b.owner == ua:
                f.append(f"join={seg_b.kind}")
            elif seg_a is not None and seg_a.owner == ub:
                f.append(f"join={seg_a.kind}-back")
    if ma[0] == 0:
        f.append("left_opens")
    start = view.sentence.start
    rule = sorted(pair_label(lbl.split("/")[0], s, a) + lbl[len(lbl.split("/")[0]):]
                  for (st, s, t), lbls in in_sentence.items()
                  if st == start and {s, t} == {a, b} for lbl in lbls)
    f += [f"rule={x}" for x in rule] or ["rule=none"]
    f.append(f"rule_art={'yes' if frozenset((a, b)) in in_article else 'no'}")
    status = _span_status(toks, taken, lo, hi, mb[0], doc.lex, cache)
    f.append(f"mod={status}")
    f.append(f"mod|dist={status}|{_bucket(hi - lo)}")
    return Pair(i, a, b, status, tuple(dict.fromkeys(f)))


def _span_status(toks: list[Token], taken: list[bool], lo: int, hi: int, right: int,
                 lex: Lexicon, cache: dict[int, Status]) -> Status:
    """The status the rules' modality gives the span between the two mentions: its first and
    last word and the second mention each read as the trigger, the least asserted reading
    kept ("ne voit pas arriver de concurrent", "who would become its chief executive").
    `cache` holds the readings of this sentence by token."""
    found = []
    for k in dict.fromkeys((lo, hi - 1, right)):
        if lo <= k < hi and taken[k] or not 0 <= k < len(toks):
            continue
        if k not in cache:
            cache[k] = relation_status(toks, k, k + 1, lex)
        found.append(cache[k])
    return min(found, key=_STATUS_ORDER.index, default=Status.REPORTED)


@dataclass(frozen=True)
class RelationModel:
    """Softmax weights read from JSON: labels, bias and one weight row per feature."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    add_threshold: float
    drop_threshold: float | None
    version: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelationModel:
        """The model of a JSON document written by tools/train_relations.py."""
        labels = tuple(data["labels"])
        weights = {k: tuple(v) for k, v in data["weights"].items()}
        drop = data.get("drop_threshold")
        return cls(labels, tuple(data["bias"]), weights, float(data["add_threshold"]),
                   None if drop is None else float(drop), str(data["version"]))

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Class probabilities of one pair (binary features: present or not)."""
        scores = list(self.bias)
        for feat in features:
            row = self.weights.get(feat)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> RelationModel:
    """The shipped model, read once per process."""
    return RelationModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def combine(extraction: Extraction, doc: _Doc, registry: Registry, found: Sequence[Pair],
            probabilities: Sequence[dict[str, float]], add_threshold: float,
            drop_threshold: float | None = None) -> Extraction:
    """The rules' extraction with the classifier's sure relations added (pairs the rules left
    without any relation in the article) and, with `drop_threshold`, the rule relations it is
    sure are NONE dropped."""
    relations = list(extraction.relations)
    ruled = {frozenset((r.source, r.target)) for r in relations if r.type in PAIR_TYPES}
    dropped: set[tuple[int, frozenset[str]]] = set()
    added: list[Relation] = []
    for pair, probs in zip(found, probabilities, strict=True):
        key = frozenset((pair.left, pair.right))
        sentence = doc.sentences[pair.sentence]
        if drop_threshold is not None and probs.get(NONE, 0.0) >= drop_threshold:
            dropped.add((sentence.start, key))
        if key in ruled:
            continue
        label = max(probs, key=lambda k: (probs[k], k))
        if label == NONE or probs[label] < add_threshold:
            continue
        rtype, source, target = label_relation(label, pair.left, pair.right)
        if rtype == RelationType.EXECUTIVE_OF and registry.type_of(source) != EntityType.PERSON:
            continue
        ruled.add(key)
        added.append(Relation(type=rtype, source=source, target=target, evidence=sentence.text,
                              start=sentence.start, end=sentence.end, status=pair.status))
    if dropped:
        relations = [r for r in relations if r.type not in PAIR_TYPES
                     or (r.start, frozenset((r.source, r.target))) not in dropped]
    if not added and not dropped:
        return extraction
    relations += added
    used = {r.source for r in relations} | {r.target for r in relations}
    entities = tuple(rec.to_entity() for rec in registry.records.values()
                     if rec.id in used or rec.known is not None)
    return replace(extraction, entities=entities, relations=tuple(relations))


class ClassifiedExtractor:
    """The rules with the trained relation classifier beside them (`get_extractor("rules+clf")`).

    The rules' output is unchanged; `combine` adds and (optionally) drops relations."""

    def __init__(self, rules: RuleExtractor | None = None, model: RelationModel | None = None
                 ) -> None:
        self.rules = rules or RuleExtractor()
        self.model = model or load_model()
        self.name = f"{self.rules.name}+clf/{self.model.version}"

    def extract(self, article: Article) -> Extraction:
        """Entities and relations of one article: the rules', then the classifier's."""
        doc, registry = self.rules.analyse(article)
        extraction = self.rules.extract_from(doc, registry)
        found = pairs(doc, registry, extraction.relations)
        probs = [self.model.probabilities(p.features) for p in found]
        return combine(extraction, doc, registry, found, probs, self.model.add_threshold,
                       self.model.drop_threshold)

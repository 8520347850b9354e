"""A learned antecedent ranker for references: features of (reference, candidate) pairs and
the model that scores them.

`resolution.resolve_references` ranks a description's or a pronoun's antecedents by rules and,
for each reference it ranks, describes every candidate (every company seen before it in the
article, and the rules' own candidates) by general features: how far back and how often the
candidate was named, whether it led its sentence, whether it is the article's main company,
whether the description's noun, place or nationality fits what the article said of it, where
the rules ranked it. Never a name or a name's word. A logistic regression over such pairs,
trained offline by `tools/train_antecedents.py` on gold material and stored as JSON weights
(`linear.py`), scores them; the best candidate is put first when the model is confident
enough (`AntecedentRanker.choose`).

Off by default: `RuleExtractor()` passes no ranker, so the rules' order stands and no feature
is computed; only `RuleExtractor(ranker=default_ranker())` or `keep_references=True` (the
training tool) reaches this module at run time. Out of fold it chose better antecedents but
lost relations (session 24, antecedents24; docs/extraction.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loaders.extraction.linear import LinearModel, load_model

MODEL_KIND = "antecedent"
MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "antecedent_model.json"
YES = "antecedent"
KINDS = ("anaphor", "pronoun", "possessive")
BASE_FEATURES = frozenset({
    "dist_0", "dist_1", "dist_2", "dist_3", "log_dist", "log_count", "once", "last_subject",
    "ever_subject", "subject_prev", "paragraph_since", "first_seen_first", "unseen", "topic",
    "previous_first", "most_recent", "in_sentence", "kind_fit", "kind_other", "place_fit",
    "rule_first", "rule_other", "rule_rank_inv", "rule_out", "rules_empty"})
"""Every feature `pair_features` writes; each also comes conjoined as "kind:name" and
"language:name"."""


@dataclass(frozen=True)
class Sighting:
    """One earlier mention of a candidate: its sentence, token, and whether it was a subject."""

    sentence: int
    token: int
    subject: bool


@dataclass(frozen=True)
class Reference:
    """A reference the rules ranked, with the features of each candidate (training material
    and the ranker's input)."""

    sentence: int
    first: int
    kind: str  # "anaphor", "pronoun" or "possessive"
    rules: tuple[str, ...]
    candidates: tuple[str, ...]
    features: tuple[Mapping[str, float], ...]


def reference_kind(kind: str, possessive: bool) -> str:
    """The mention kind a feature is conjoined with."""
    return "possessive" if possessive else kind


def pair_features(
    kind: str, language: str, cand: str, rules: Sequence[str], sightings: Sequence[Sighting],
    sentence: int, openers: frozenset[int], topic: str | None, previous_first: str | None,
    most_recent: str | None, in_sentence: frozenset[str], kind_fit: int, place_fit: float,
) -> dict[str, float]:
    """Features of one candidate antecedent of one reference. `sightings` are the candidate's
    earlier mentions (oldest first); `previous_first` the first company of the previous
    sentence; `kind_fit` 1 when the article called the candidate by the description's noun,
    -1 when it called another company so, 0 when it says nothing; `place_fit` the rules' fit
    of the description's place, nationality and sector (0 when it has none)."""
    base: dict[str, float] = {}
    if sightings:
        last = sightings[-1]
        dist = sentence - last.sentence
        base[f"dist_{min(dist, 3)}"] = 1.0
        base["log_dist"] = math.log1p(dist)
        base["log_count"] = math.log1p(len(sightings))
        base["once"] = float(len(sightings) == 1)
        base["last_subject"] = float(last.subject)
        base["ever_subject"] = float(any(x.subject for x in sightings))
        base["subject_prev"] = float(any(x.subject and x.sentence == sentence - 1
                                         for x in sightings))
        base["paragraph_since"] = float(any(last.sentence < o <= sentence for o in openers))
        base["first_seen_first"] = float(sightings[0].sentence == 0)
    else:
        base["unseen"] = 1.0
    base["topic"] = float(cand == topic)
    base["previous_first"] = float(cand == previous_first)
    base["most_recent"] = float(cand == most_recent)
    base["in_sentence"] = float(cand in in_sentence)
    if kind_fit:
        base["kind_fit" if kind_fit > 0 else "kind_other"] = 1.0
    if place_fit:
        base["place_fit"] = max(-1.0, min(1.0, place_fit / 3.0))
    if cand in rules:
        rank = rules.index(cand)
        base["rule_first" if rank == 0 else "rule_other"] = 1.0
        base["rule_rank_inv"] = 1.0 / (1 + rank)
    else:
        base["rule_out"] = 1.0
    if not rules:
        base["rules_empty"] = 1.0
    out = dict(base)
    for name, value in base.items():  # the same cue weighs differently per kind and language
        out[f"{kind}:{name}"] = value
        out[f"{language}:{name}"] = value
    return out


@dataclass(frozen=True)
class AntecedentRanker:
    """Scores candidates with a learned model and picks the best."""

    model: LinearModel

    def score(self, features: Mapping[str, float]) -> float:
        """The model's probability that the candidate is the reference's antecedent."""
        return self.model.probabilities(features)[YES]

    def choose(self, ref: Reference) -> tuple[str, ...]:
        """The candidates reordered: the model's best first when its probability reaches the
        model's threshold, else the rules' order unchanged."""
        if not ref.candidates:
            return ref.rules
        scored = [(self.score(f), c) for f, c in zip(ref.features, ref.candidates, strict=True)]
        best_p, best = max(scored, key=lambda x: x[0])
        if best_p < self.model.threshold:
            return ref.rules
        return (best,) + tuple(c for c in ref.rules if c != best)


@cache
def default_ranker() -> AntecedentRanker:
    """The shipped model (loaders/data/antecedent_model.json), read once."""
    return AntecedentRanker(load_model(MODEL_PATH, MODEL_KIND))

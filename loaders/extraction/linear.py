"""Linear models learned offline, read and applied at run time without the training library.

A model is trained by a script under `tools/` (scikit-learn, installed with the `test` extra)
and written as JSON next to the other extraction data (`loaders/data/`). At run time it is
a table of weights: sparse features (name -> value) are scored by a sum of weights per
class and a softmax, so extraction stays offline, deterministic and free of the training
library. JSON, not pickle: the file is plain data, readable in review, and loads whatever the
training library's version.

File format (`format` 1)::

    {"format": 1, "kind": "<what the model decides>", "classes": ["none", ...],
     "intercept": [b0, b1, ...], "weights": {"feature": [w0, w1, ...], ...},
     "threshold": 0.5, "meta": {...how and on what it was trained...}}

With two classes scikit-learn keeps one weight vector; `from_coefficients` writes it as two
rows (zero for the first class, the learned vector for the second), so one scoring path
serves both.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

FORMAT = 1


class ModelFileError(ValueError):
    """A model file that is missing, malformed or of another format."""


@dataclass(frozen=True)
class LinearModel:
    """A multinomial linear classifier over sparse named features."""

    kind: str
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    threshold: float = 0.5
    meta: Mapping[str, object] | None = None

    def scores(self, features: Mapping[str, float]) -> list[float]:
        """Raw class scores: intercept plus the weighted sum of the known features."""
        out = list(self.intercept)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    out[k] += w * value
        return out

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """Class probabilities (softmax of the scores)."""
        raw = self.scores(features)
        top = max(raw)
        exp = [math.exp(s - top) for s in raw]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def best(self, features: Mapping[str, float]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(features)
        label = max(probs, key=lambda c: probs[c])
        return label, probs[label]

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, "kind": self.kind, "classes": list(self.classes),
                "intercept": list(self.intercept),
                "weights": {f: list(w) for f, w in sorted(self.weights.items())},
                "threshold": self.threshold, "meta": dict(self.meta or {})}


def from_coefficients(kind: str, classes: list[str], coef: list[list[float]],
                      intercept: list[float], feature_names: list[str], threshold: float = 0.5,
                      meta: Mapping[str, object] | None = None,
                      min_weight: float = 1e-4) -> LinearModel:
    """A model from a trained classifier's arrays (scikit-learn's `coef_`, `intercept_`,
    `classes_` and the vectoriser's feature names, passed as lists). Weights smaller than
    `min_weight` in every class are dropped: they change no decision and bloat the file."""
    if len(classes) == 2 and len(coef) == 1:  # binary: one row for the second class
        coef = [[0.0] * len(coef[0]), list(coef[0])]
        intercept = [0.0, float(intercept[0])]
    weights = {}
    for j, name in enumerate(feature_names):
        row = tuple(round(float(coef[k][j]), 6) for k in range(len(classes)))
        if any(abs(w) >= min_weight for w in row):
            weights[name] = row
    return LinearModel(kind=kind, classes=tuple(classes),
                       intercept=tuple(round(float(b), 6) for b in intercept),
                       weights=weights, threshold=threshold, meta=meta)


def save_model(model: LinearModel, path: Path) -> None:
    """Write a model file (sorted keys, one line per feature: diffs stay readable)."""
    data = model.to_json()
    weights = data.pop("weights")
    assert isinstance(weights, dict)
    head = json.dumps(data, ensure_ascii=False, sort_keys=True)[:-1]
    rows = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}"
                      for f, w in weights.items())
    path.write_text(f"{head}, \"weights\": {{\n{rows}\n}}}}\n", encoding="utf-8")


def load_model(path: Path, kind: str) -> LinearModel:
    """Read a model file; a clear error names the file and what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelFileError(f"{path}: model file missing; train it with the script named "
                             f"in docs/extraction.md") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{path}: not a JSON model file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise ModelFileError(f"{path}: model format {found!r}, expected {FORMAT}")
    if data.get("kind") != kind:
        raise ModelFileError(f"{path}: a {data.get('kind')!r} model, expected {kind!r}")
    try:
        classes = tuple(str(c) for c in data["classes"])
        intercept = tuple(float(b) for b in data["intercept"])
        weights = {str(f): tuple(float(w) for w in row) for f, row in data["weights"].items()}
        threshold = float(data.get("threshold", 0.5))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelFileError(f"{path}: malformed model ({exc!r})") from exc
    if len(classes) < 2:
        raise ModelFileError(f"{path}: {len(classes)} class(es); a model needs at least two")
    if len(intercept) != len(classes) or any(len(row) != len(classes) for row in weights.values()):
        raise ModelFileError(f"{path}: {len(classes)} classes but weight rows of another length")
    meta = data.get("meta")
    return LinearModel(kind=kind, classes=classes, intercept=intercept, weights=weights,
                       threshold=threshold, meta=meta if isinstance(meta, dict) else None)

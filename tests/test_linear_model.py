"""The learned-model file reader: scoring, round trip, and clear errors on bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extraction.linear import (
    LinearModel,
    ModelFileError,
    from_coefficients,
    load_model,
    save_model,
)


def _binary() -> LinearModel:
    return from_coefficients("pairs", ["none", "SUPPLIES"], [[1.5, -2.0, 0.00001]], [-0.5],
                             ["gap=supplies", "gap=not", "tiny"], threshold=0.6,
                             meta={"trained_on": "invented"})


def test_binary_model_scores_the_second_class(tmp_path: Path) -> None:
    model = _binary()
    save_model(model, tmp_path / "m.json")
    back = load_model(tmp_path / "m.json", "pairs")
    assert back == model
    label, p = back.best({"gap=supplies": 1.0})
    assert label == "SUPPLIES" and p == pytest.approx(1 / (1 + 2.718281828459045 ** -1.0))
    assert back.best({"gap=not": 1.0})[0] == "none"
    assert back.probabilities({"unknown feature": 3.0})["SUPPLIES"] == pytest.approx(
        1 / (1 + 2.718281828459045 ** 0.5))
    assert "tiny" not in back.weights  # weights that change nothing are dropped
    assert back.threshold == 0.6


def test_multiclass_round_trip(tmp_path: Path) -> None:
    model = from_coefficients("pairs", ["none", "A", "B"], [[0, 0], [2, 0], [0, 2]],
                              [0, -1, -1], ["x", "y"])
    save_model(model, tmp_path / "m.json")
    back = load_model(tmp_path / "m.json", "pairs")
    assert back.best({"x": 1})[0] == "A" and back.best({"y": 1})[0] == "B"
    assert sum(back.probabilities({"x": 1}).values()) == pytest.approx(1.0)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "not a JSON model file"),
    (b"{", "not a JSON model file"),
    (b"\xff\xfe", "not a JSON model file"),
    (b'{"format": 2}', "model format 2, expected 1"),
    (b"[1, 2]", "model format None"),
    (b'{"format": 1, "kind": "pairs", "classes": ["a"], "intercept": [0], "weights": {}}',
     "needs at least two"),
    (b'{"format": 1, "kind": "pairs", "classes": ["a", "b"], "intercept": [0, 0], '
     b'"weights": {"f": [1]}}', "weight rows of another length"),
    (b'{"format": 1, "kind": "pairs", "classes": ["a", "b"]}', "malformed model"),
])
def test_bad_files_give_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=message):
        load_model(path, "pairs")


def test_wrong_kind_and_missing_file(tmp_path: Path) -> None:
    save_model(_binary(), tmp_path / "m.json")
    with pytest.raises(ModelFileError, match="a 'pairs' model, expected 'antecedents'"):
        load_model(tmp_path / "m.json", "antecedents")
    with pytest.raises(ModelFileError, match="model file missing"):
        load_model(tmp_path / "absent.json", "pairs")

"""tools/supscore.py: the candidate pairs a SUPPLIES-only scorer reads (pairs of found
organisations no rule links), their features and the threshold rule, on invented articles
(names in no list)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np

from tests.tool_loader import load_tool


def _tool() -> ModuleType:
    return load_tool("supscore")


def _write(tmp_path: Path) -> Path:
    text = ("Quorvella Systems supplies turbine blades to Brandimex Aero. "
            "Tessaluna Robotics met Brandimex Aero on Monday in a trade fair.")
    (tmp_path / "01_en_test.txt").write_text(
        "Title: t\nDate: 2026-01-05\nLanguage: en\nPublisher: Reuters\n\n" + text,
        encoding="utf-8")
    entities = [{"id": "quo", "type": "Company", "name": "Quorvella Systems",
                 "aliases": ["Quorvella"]},
                {"id": "bra", "type": "Company", "name": "Brandimex Aero",
                 "aliases": ["Brandimex"]},
                {"id": "tes", "type": "Company", "name": "Tessaluna Robotics",
                 "aliases": ["Tessaluna"]}]
    relations = [{"type": "SUPPLIES", "source": "quo", "target": "bra"},
                 {"type": "SUPPLIES", "source": "tes", "target": "bra"}]
    gold = {"articles": [{"file": "01_en_test.txt", "language": "en", "entities": entities,
                          "relations": relations}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_candidates_are_the_pairs_no_rule_links(tmp_path: Path) -> None:
    tool = _tool()
    pairs, arts = tool.collect_dir((0, _write(tmp_path)))
    art = arts[f"{tmp_path.name}/01_en_test.txt"]
    assert ("SUPPLIES", "quo", "bra") in art.ruled  # the rules read the first sentence
    keys = {p.key: p.label for p in pairs}
    assert ("SUPPLIES", "quo", "bra") not in keys and ("SUPPLIES", "bra", "quo") not in keys
    assert keys[("SUPPLIES", "tes", "bra")] == 1  # both ways round, labelled by the gold
    assert keys[("SUPPLIES", "bra", "tes")] == 0


def test_features_mark_the_order_of_the_pair(tmp_path: Path) -> None:
    tool = _tool()
    pairs, _ = tool.collect_dir((0, _write(tmp_path)))
    forward = next(p.feats for p in pairs if p.key == ("SUPPLIES", "tes", "bra"))
    backward = next(p.feats for p in pairs if p.key == ("SUPPLIES", "bra", "tes"))
    assert "F|b:met" in forward and "R|b:met" in backward
    assert "b:met" in forward and "b:met" in backward


def test_threshold_needs_the_precision_or_adds_nothing() -> None:
    tool = _tool()
    art = tool.Article("en", {("SUPPLIES", "a", "b"), ("SUPPLIES", "c", "d"),
                              ("SUPPLIES", "e", "f"), ("SUPPLIES", "g", "h")}, set())
    arts = {"x": art}
    right = {("x", ("SUPPLIES", s, t)): v for s, t, v in
             (("a", "b", 0.9), ("c", "d", 0.8), ("e", "f", 0.7), ("g", "h", 0.6))}
    wrong = {("x", ("SUPPLIES", "b", "a")): 0.65, ("x", ("SUPPLIES", "d", "c")): 0.2}
    assert tool.pick_threshold({**right, **wrong}, arts) == 0.6  # 4 right, 1 wrong above it
    assert tool.pick_threshold(wrong, arts) == 1.0


def test_training_separates_a_learnable_cue() -> None:
    tool = _tool()
    pairs = [tool.Pair(g, "x", "en", ("SUPPLIES", "a", str(g)), int(g % 2 == 0),
                       ["bias", "F|b:ships" if g % 2 == 0 else "F|b:met"]) for g in range(40)]
    scores = tool.score(tool.train(pairs), pairs)
    assert np.all(scores[::2] > 0.5) and np.all(scores[1::2] < 0.5)

"""tools/train_pairs.py: the candidate pairs a learned pair classifier reads (pairs of found
organisations no rule links, in sentences with a frame trigger), their structural features,
the threshold rule and a training run on a tiny invented gold folder (names in no list)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from loaders.extraction.linear import load_model
from tests.tool_loader import load_tool


def _tool() -> ModuleType:
    return load_tool("train_pairs")


_HEAD = "Title: t\nDate: 2026-01-05\nLanguage: {lang}\nPublisher: Reuters\n\n"
_ENTITIES = [{"id": "quo", "type": "Company", "name": "Quorvella Systems"},
             {"id": "bra", "type": "Company", "name": "Brandimex Aero"},
             {"id": "tes", "type": "Company", "name": "Tessaluna Robotics"}]


def _write(folder: Path, articles: list[tuple[str, str, str, list[dict[str, str]]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for file, lang, text, relations in articles:
        (folder / file).write_text(_HEAD.format(lang=lang) + text, encoding="utf-8")
        gold.append({"file": file, "language": lang, "entities": _ENTITIES,
                     "relations": relations})
    (folder / "gold.json").write_text(json.dumps({"articles": gold}), encoding="utf-8")
    return folder


def _one(tmp_path: Path) -> Path:
    text = ("Quorvella Systems supplies turbine blades to Brandimex Aero. "
            "Tessaluna Robotics, which Brandimex Aero praised, supplies Quorvella Systems. "
            "Tessaluna Robotics met Brandimex Aero on Monday.")
    return _write(tmp_path / "a", [("01_en_test.txt", "en", text, [
        {"type": "SUPPLIES", "source": "quo", "target": "bra"},
        {"type": "SUPPLIES", "source": "tes", "target": "bra"}])])


def test_candidates_are_unlinked_pairs_in_sentences_with_a_cue(tmp_path: Path) -> None:
    tool = _tool()
    pairs, arts = tool.collect_dir((0, _one(tmp_path), False))
    art = next(iter(arts.values()))
    assert ("SUPPLIES", "quo", "bra") in art.ruled  # the rules read the first sentence
    ids = {p.ids: p.label for p in pairs}
    assert ids[("tes", "bra")] == "SUPPLIES"  # both ways round, labelled by the gold
    assert ids[("bra", "tes")] == "none"
    assert not any("turbine" in p.where for p in pairs)  # the pair the rules link there
    assert not any(" met " in p.where for p in pairs)  # no frame trigger: no candidate


def test_features_are_structural_and_name_free(tmp_path: Path) -> None:
    tool = _tool()
    pairs, _ = tool.collect_dir((0, _one(tmp_path), False))
    feats = {f for p in pairs for f in p.feats}
    assert not any(w in f.lower() for f in feats
                   for w in ("quorvella", "brandimex", "tessaluna", "blades", "praised"))
    forward = next(p.feats for p in pairs if p.ids == ("tes", "bra"))
    backward = next(p.feats for p in pairs if p.ids == ("bra", "tes"))
    # the supply trigger stands after both parties; the pair's order is marked
    assert "c:SUPPLIES|source|after" in forward and "c:SUPPLIES|source|after" in backward
    assert "F|orgs:0" in forward and "R|orgs:0" in backward
    assert "t:seg:relative" in forward and "s:seg:relative" in backward
    assert "s:first-org" in forward and "t:first-org" in backward


def test_threshold_needs_the_precision_or_adds_nothing() -> None:
    tool = _tool()
    art = tool.Article("en", {("SUPPLIES", "a", "b"), ("SUPPLIES", "c", "d"),
                              ("SUPPLIES", "e", "f"), ("SUPPLIES", "g", "h")}, set())
    arts = {"x": art}
    right = {("x", ("SUPPLIES", s, t)): (v, 0) for s, t, v in
             (("a", "b", 0.9), ("c", "d", 0.8), ("e", "f", 0.7), ("g", "h", 0.6))}
    wrong = {("x", ("SUPPLIES", "b", "a")): (0.65, 0), ("x", ("SUPPLIES", "d", "c")): (0.2, 0)}
    assert tool.pick_thresholds({**right, **wrong}, arts)["SUPPLIES"] == 0.6
    assert tool.pick_thresholds(wrong, arts)["SUPPLIES"] > 1.0  # never precise: add nothing
    assert tool.pick_thresholds(right, arts)["ACQUIRES"] > 1.0  # no edge of the type


def test_training_on_a_tiny_gold_folder_writes_a_loadable_model(tmp_path: Path) -> None:
    tool = _tool()
    dirs = []
    for n in range(6):
        text = ("Tessaluna Robotics and Brandimex Aero visited the supplier fair of Quorvella "
                "Systems on Monday.")
        gold = [{"type": "PARTNERS_WITH", "source": "tes", "target": "bra"}] if n % 2 else []
        dirs.append(_write(tmp_path / f"batch{n}", [(f"0{n}_en_t.txt", "en", text, gold)]))
    out = tmp_path / "pair_model.json"
    tool.main([*map(str, dirs), "--jobs", "1", "--out", str(out), "--no-cv"])
    model = load_model(out, tool.KIND)
    assert "none" in model.classes and set(model.classes) <= set(tool.CLASSES)
    assert model.meta is not None and model.meta["trained_on"] == [d.name for d in dirs]
    pairs, _ = tool.collect_dir((0, dirs[0], False))
    produced = {f for p in pairs for f in p.feats}
    assert set(model.weights) <= produced  # every weighted feature is one the code makes

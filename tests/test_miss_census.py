"""tools/miss_census.py classifies each missed gold relation by the stage that lost it, on a
real extraction of invented articles (names in no list)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[1] / "tools" / "miss_census.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("miss_census", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(tmp_path: Path, text: str, entities: list[dict], relations: list[dict],
           hard: list[dict] | None = None) -> Path:
    (tmp_path / "01_en_test.txt").write_text(
        "Title: t\nDate: 2026-01-05\nLanguage: en\nPublisher: Reuters\n\n" + text,
        encoding="utf-8")
    gold = {"articles": [{"file": "01_en_test.txt", "language": "en", "entities": entities,
                          "relations": relations, "hard_negatives": hard or []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_stages_of_missed_relations(tmp_path: Path) -> None:
    found = "Quorvia has agreed to buy Zantrix for $40 million."
    no_cue = "Quorvia and Brandel met investors in Lyon on Monday."
    unnamed = "Tessaro Works also sells valves to them."
    ents = [{"id": i, "type": "Company", "name": n, "aliases": []} for i, n in
            (("q", "Quorvia"), ("z", "Zantrix"), ("b", "Brandel"), ("t", "Tessaro Works"))]
    rels = [
        {"type": "ACQUIRES", "source": "q", "target": "z", "evidence": found},
        {"type": "PARTNERS_WITH", "source": "q", "target": "b", "evidence": no_cue},
        {"type": "SUPPLIES", "source": "t", "target": "q", "evidence": unnamed},
    ]
    directory = _write(tmp_path, f"{found} {no_cue} {unnamed}", ents, rels)
    counts = _tool().census([directory])
    assert counts == {("en", "PARTNERS_WITH", "no-relation"): 1,
                      ("en", "SUPPLIES", "mention-missing:not-named"): 1}


def test_status_census(tmp_path: Path) -> None:
    """--status: a gold relation that came out only as a claim is 'lost', a hard negative
    asserted is 'hard-negative', one that came out as a claim is 'kept-out'."""
    lost = "Quorvia could supply valves to Zantrix."
    asserted = "Brandel has bought Tessaro Works."
    kept = "Quorvia denied it was in talks to buy Brandel."
    ents = [{"id": i, "type": "Company", "name": n, "aliases": []} for i, n in
            (("q", "Quorvia"), ("z", "Zantrix"), ("b", "Brandel"), ("t", "Tessaro Works"))]
    rels = [{"type": "SUPPLIES", "source": "q", "target": "z", "evidence": lost}]
    hard = [{"type": "ACQUIRES", "source": "b", "target": "t", "reason": "test"},
            {"type": "ACQUIRES", "source": "q", "target": "b", "reason": "test"}]
    directory = _write(tmp_path, f"{lost} {asserted} {kept}", ents, rels, hard)
    counts = _tool().status_census([directory])
    assert counts == {"lost": 1, "hard-negative": 1, "kept-out": 1}

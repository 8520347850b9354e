"""tools/description_census.py counts definite company descriptions by head noun and the gold
relations they would carry, on invented articles (names in no list)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from loaders.extraction.tokens import tokenize
from tests.tool_loader import load_tool


def _tool() -> ModuleType:
    return load_tool("description_census")


def test_heads_of_descriptions_and_not_of_appositions() -> None:
    tool = _tool()
    toks = tokenize("The neobank competes with Marvesta, while the lender Brelq grows.")
    assert tool.descriptions(toks, "en") == [("neobank",)]  # "the lender Brelq": a name next
    old = frozenset({("company",)})
    assert tool.descriptions(toks, "en", old) == [("new", "neobank")]
    toks = tokenize("La société Quorvia rachète Zantrix ; la société paiera comptant.")
    assert tool.descriptions(toks, "fr", frozenset({("societe",)})) == [("societe",)]


def test_census_counts_uses_and_carried_relations(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    carried = "The neobank competes with Marvesta."
    named = "Kontrel, the neobank, raised funds from Quarnel."
    (tmp_path / "01_en_test.txt").write_text(
        "Title: t\nDate: 2026-01-05\nLanguage: en\nPublisher: Reuters\n\n"
        f"{named} {carried}", encoding="utf-8")
    ents = [{"id": i, "type": "Company", "name": n, "aliases": []} for i, n in
            (("k", "Kontrel"), ("m", "Marvesta"), ("q", "Quarnel"))]
    rels = [{"type": "COMPETES_WITH", "source": "k", "target": "m", "evidence": carried},
            {"type": "INVESTS_IN", "source": "q", "target": "k", "evidence": named}]
    gold = {"articles": [{"file": "01_en_test.txt", "language": "en", "entities": ents,
                          "relations": rels, "hard_negatives": []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    _tool().census([tmp_path], None)
    out = capsys.readouterr().out
    assert "en\tneobank\t1\t1" in out  # one description ("the neobank," is an apposition)
    assert "# en listed relations\t1" in out

"""References against full annotations (session 24, antecedents25): the diagnosis of
tools/reference_gold.py (`--diagnose`) and the labels tools/train_antecedents.py reads from
references.json (`--references`), on an invented folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tool_loader import load_tool

rg = load_tool("reference_gold")
ta = load_tool("train_antecedents")

BODY = ("Velmorin a signé un contrat avec Quastel. La société livrera ses pompes dès mars. "
        "Elle vise aussi la Belgique. Quastel la fournit en moteurs. "
        "« Nous sommes prêts », a dit un porte-parole de Velmorin.")
SENTENCE = "La société livrera ses pompes dès mars."
BODY_EN = ("Brenwick Tools signed a supply deal with Ostravel. The toolmaker will ship its drills "
           "in May.")


def _ref(sentence: str, text: str, kind: str, *ids: str) -> dict[str, object]:
    return {"sentence": sentence, "text": text, "occurrence": 1, "kind": kind,
            "antecedents": list(ids)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    files = {
        "901_fr_velmorin.txt": ("fr", "Velmorin signe avec Quastel", BODY,
                                [("v", "Velmorin"), ("q", "Quastel")], [
            _ref(SENTENCE, "La société", "description", "v"),
            _ref(SENTENCE, "ses", "possessive", "q"),  # the extractor gives it to Velmorin
            _ref("Elle vise aussi la Belgique.", "Elle", "pronoun"),  # no antecedent: left out
            _ref("Quastel la fournit en moteurs.", "la", "pronoun", "v"),  # no mention (a
            # dative "lui" has one since session 25: an object clitic still has none)
            _ref("« Nous sommes prêts », a dit un porte-parole de Velmorin.", "Nous", "pronoun",
                 "v")]),  # first person: left out
        "902_en_brenwick.txt": ("en", "Brenwick signs with Ostravel", BODY_EN,
                                [("b", "Brenwick Tools"), ("o", "Ostravel")], [
            _ref("The toolmaker will ship its drills in May.", "The toolmaker", "description",
                 "b"),
            _ref("The toolmaker will ship its drills in May.", "its", "possessive", "b")]),
    }
    gold: dict[str, list[object]] = {"articles": []}
    refs: dict[str, list[object]] = {"articles": []}
    for name, (lang, title, body, ents, rs) in files.items():
        (tmp_path / name).write_text(f"Title: {title}\nDate: 2026-01-05\nLanguage: {lang}\n"
                                     f"Publisher: Invented Wire\n\n{body}\n", encoding="utf-8")
        gold["articles"].append({"file": name, "language": lang, "entities": [
            {"id": i, "type": "Organization", "name": n, "aliases": []} for i, n in ents],
            "relations": [], "hard_negatives": []})
        refs["articles"].append({"file": name, "references": rs})
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "references.json").write_text(json.dumps(refs), encoding="utf-8")
    return tmp_path


def test_diagnosis_counts_mentions_right_antecedents_and_the_main_company(folder: Path) -> None:
    tallies: dict[str, object] = {}
    rg.diagnose(folder, tallies)
    every = tallies["all"]
    # six references with an antecedent, less the first-person "Nous": five
    assert (every.cases, every.no_mention, every.right) == (5, 1, 3)
    assert (every.to_main, every.label_other) == (1, 1)  # "ses" of Quastel went to Velmorin
    assert tallies["fr pronoun"].no_mention == 1 and tallies["fr pronoun"].right == 0
    assert tallies["en"].right == 2 and tallies["en description"].cases == 1
    assert any("'ses' -> ['v']" in w for w in every.wrongs)
    assert any("'la' has no mention" in g for g in every.gaps)


def test_diagnosis_table_and_command_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert rg.main(["--diagnose", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("all") and "to main   1/  1" in out
    assert rg.main([str(folder)]) == 0  # the plain check still runs


def test_reference_labels_for_the_ranker(folder: Path) -> None:
    cases = ta.reference_cases(folder)
    # "La société", "ses" (fr) and "The toolmaker", "its" (en): no plural, no first person,
    # no reference without an antecedent, none where the extractor has no reference
    assert sorted((c.language, c.kind) for c in cases) == [
        ("en", "anaphor"), ("en", "possessive"), ("fr", "anaphor"), ("fr", "possessive")]
    assert all(c.group == folder.name and c.features for c in cases)
    ses = next(c for c in cases if (c.language, c.kind) == ("fr", "possessive"))
    assert ses.label >= 0 and ses.label != ses.rule  # Quastel is a candidate, not the rules' first
    assert all(c.label == c.rule for c in cases if c is not ses)

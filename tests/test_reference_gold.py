"""Gold antecedents of references (tools/reference_gold.py): placing, checking, clear errors;
and every references.json shipped with the material loads and fits its articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tool_loader import load_tool

rg = load_tool("reference_gold")
UNSEEN = Path(__file__).parent / "data" / "extraction_unseen"

BODY = ("Velmorin a signé un contrat avec Quastel. La société livrera ses pompes dès mars. "
        "Elle vise aussi la Belgique.")
SENTENCE = "La société livrera ses pompes dès mars."


def _folder(tmp_path: Path, refs: object) -> Path:
    (tmp_path / "901_fr_velmorin.txt").write_text(
        "Title: Velmorin signe avec Quastel\nDate: 2026-01-05\nLanguage: fr\n"
        "Publisher: Invented Wire\n\n" + BODY + "\n", encoding="utf-8")
    gold = {"articles": [{"file": "901_fr_velmorin.txt", "language": "fr", "entities": [
        {"id": "v", "type": "Organization", "name": "Velmorin", "aliases": []},
        {"id": "q", "type": "Organization", "name": "Quastel", "aliases": []}],
        "relations": [], "hard_negatives": []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    text = refs if isinstance(refs, str) else json.dumps(refs)
    (tmp_path / "references.json").write_text(text, encoding="utf-8")
    return tmp_path


def _refs(*refs: dict[str, object]) -> dict[str, object]:
    return {"articles": [{"file": "901_fr_velmorin.txt", "references": list(refs)}]}


def test_references_are_placed_in_the_text_the_extractor_reads(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _refs(
        {"sentence": SENTENCE, "text": "La société", "occurrence": 1, "kind": "description",
         "antecedents": ["v"]},
        {"sentence": SENTENCE, "text": "ses", "occurrence": 1, "kind": "possessive",
         "antecedents": ["v"]},
        {"sentence": "Elle vise aussi la Belgique.", "text": "Elle", "occurrence": 1,
         "kind": "pronoun", "antecedents": []}))
    labels = rg.load_references(folder)
    assert [(r.text, r.kind, r.antecedents, r.names) for r in labels] == [
        ("La société", "description", ("v",), ("Velmorin",)),
        ("ses", "possessive", ("v",), ("Velmorin",)),
        ("Elle", "pronoun", (), ())]
    assert [BODY[r.start:r.end] for r in labels] == ["La société", "ses", "Elle"]


@pytest.mark.parametrize(("refs", "message"), [
    ("{", "not readable JSON"),
    ([], "expected"),
    ({"articles": [{"file": "999_fr_other.txt", "references": []}]}, "not in gold.json"),
    (_refs({"sentence": "Une phrase absente.", "text": "Une", "occurrence": 1,
            "kind": "description", "antecedents": []}), "sentence not found"),
    (_refs({"sentence": SENTENCE, "text": "ses", "occurrence": 2, "kind": "possessive",
            "antecedents": ["v"]}), "does not occur 2 time"),
    (_refs({"sentence": SENTENCE, "text": "La société", "occurrence": 1, "kind": "name",
            "antecedents": ["v"]}), "kind 'name'"),
    (_refs({"sentence": SENTENCE, "text": "La société", "occurrence": 1,
            "kind": "description", "antecedents": ["x"]}), r"\['x'\] are not entities"),
    (_refs({"sentence": SENTENCE, "text": "La société", "kind": "description",
            "antecedents": []}), "malformed"),
])
def test_bad_files_name_what_is_wrong(tmp_path: Path, refs: object, message: str) -> None:
    with pytest.raises(rg.ReferenceFileError, match=message):
        rg.load_references(_folder(tmp_path, refs))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _refs())
    (folder / "references.json").unlink()
    with pytest.raises(rg.ReferenceFileError, match="references.json: missing"):
        rg.load_references(folder)


SHIPPED = sorted(p.parent.name for p in UNSEEN.glob("batch*/references.json"))


@pytest.mark.parametrize("batch", SHIPPED)
def test_shipped_annotations_fit_their_articles(batch: str) -> None:
    labels = rg.load_references(UNSEEN / batch)
    assert labels, f"{batch}/references.json holds no reference"
    assert all(r.kind in rg.KINDS for r in labels)

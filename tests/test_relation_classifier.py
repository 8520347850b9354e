"""The trained relation classifier beside the rules (`get_extractor("rules+clf")`), on
invented sentences with names in no list, both languages; its JSON model without
scikit-learn; and the training script reproducing the shipped JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.extraction.classifier import MODEL_PATH, load_model
from loaders.extractor import get_extractor
from ontology.records import Article, Extraction, RelationType, Status

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "train_relations.py"
EN_SPEECH = ('Quorvane Bio opened a plant in Leeds. "This gives us room to grow," said Odile '
             "Fenwright, {}.")
FR_SPEECH = ("Quorvane Bio a ouvert une usine à Lyon. « Cette usine nous donne de la place », "
             "a déclaré Odile Fenwright, {}.")


def _article(text: str, language: str) -> Article:
    return Article(text=text, language=language, publisher="Le Courrier des Essais"
                   if language == "fr" else "The Trial Ledger")


def _pair_relations(ext: Extraction, a: str, b: str) -> list[tuple[RelationType, Status]]:
    return [(r.type, r.status) for r in ext.relations if {r.source, r.target} == {a, b}]


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201 - a fixture
    return get_extractor("rules")


@pytest.fixture(scope="module")
def combined():  # noqa: ANN201 - a fixture
    return get_extractor("rules+clf")


@pytest.mark.parametrize(("language", "text", "pair", "expected"), [
    ("en", EN_SPEECH.format("who became the British company's chief executive in March"),
     ("odile-fenwright", "quorvane-bio"), RelationType.EXECUTIVE_OF),
    ("fr", FR_SPEECH.format("directrice générale adjointe chargée des opérations du groupe"),
     ("odile-fenwright", "quorvane-bio"), RelationType.EXECUTIVE_OF),
    ("fr", "Tarquel Énergie voit arriver un concurrent direct : Ostrivo Réseaux, basé à "
     "Nantes, qui exploite déjà deux parcs.", ("tarquel-energie", "ostrivo-reseaux"),
     RelationType.COMPETES_WITH),
])
def test_classifier_adds_a_plain_relation_the_rules_miss(rules, combined, language: str,  # noqa: ANN001
                                                         text: str, pair: tuple[str, str],
                                                         expected: RelationType) -> None:
    article = _article(text, language)
    assert _pair_relations(rules.extract(article), *pair) == []
    ext = combined.extract(article)
    found = _pair_relations(ext, *pair)
    assert [t for t, s in found if s.asserted] == [expected]
    assert {e.id for e in ext.entities} >= set(pair)  # the added relation's parties are listed
    if expected == RelationType.EXECUTIVE_OF:  # direction: the person runs the company
        rel = next(r for r in ext.relations if r.type == expected)
        assert (rel.source, rel.target) == pair


@pytest.mark.parametrize(("language", "text", "pair"), [
    ("fr", FR_SPEECH.format("qui deviendrait directrice générale adjointe du groupe"),
     ("odile-fenwright", "quorvane-bio")),
    ("en", EN_SPEECH.format("who never became the British company's chief executive"),
     ("odile-fenwright", "quorvane-bio")),
    ("fr", "Tarquel Énergie ne voit pas arriver de concurrent direct : Ostrivo Réseaux, basé à "
     "Nantes, qui exploite déjà deux parcs.", ("tarquel-energie", "ostrivo-reseaux")),
    ("fr", "Tarquel Énergie pourrait voir arriver un concurrent direct : Ostrivo Réseaux, basé "
     "à Nantes, qui exploite déjà deux parcs.", ("tarquel-energie", "ostrivo-reseaux")),
])
def test_denied_or_hypothetical_sentence_gives_no_asserted_edge(combined, language: str,  # noqa: ANN001
                                                                text: str,
                                                                pair: tuple[str, str]) -> None:
    found = _pair_relations(combined.extract(_article(text, language)), *pair)
    assert not [t for t, s in found if s.asserted]


def test_hypothetical_relation_is_kept_as_a_claim(combined) -> None:  # noqa: ANN001
    text = FR_SPEECH.format("qui deviendrait directrice générale adjointe du groupe")
    found = _pair_relations(combined.extract(_article(text, "fr")), "odile-fenwright",
                            "quorvane-bio")
    assert found == [(RelationType.EXECUTIVE_OF, Status.HYPOTHETICAL)]


def test_rules_output_is_unchanged_where_the_rules_found_the_pair(rules, combined) -> None:  # noqa: ANN001
    text = "Tarquel Energy competes head-on with Ostrivo Grid in the Midwest."
    article = _article(text, "en")
    assert combined.extract(article).relations == rules.extract(article).relations


def test_name_records_the_classifier_version(combined) -> None:  # noqa: ANN001
    assert combined.name == f"rules/14+clf/{load_model().version}"


def test_model_loads_and_scores_without_scikit_learn() -> None:
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from loaders.extraction.classifier import load_model\n"
        "from loaders.extractor import get_extractor\n"
        "from ontology.records import Article\n"
        "m = load_model()\n"
        "p = m.probabilities(['lang=en', 'b:rival', 'kinds=org>org'])\n"
        "assert abs(sum(p.values()) - 1) < 1e-9 and set(p) == set(m.labels)\n"
        "ext = get_extractor('rules+clf').extract(Article(text='Quorvane Bio opened a plant. "
        "\"We grow,\" said Odile Fenwright, who became the British company\\'s chief executive "
        "in March.', language='en'))\n"
        "print(sorted((str(r.type), r.source, r.target) for r in ext.relations))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "('EXECUTIVE_OF', 'odile-fenwright', 'quorvane-bio')" in out.stdout


def test_training_script_reproduces_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    target = tmp_path / "model.json"
    out = subprocess.run([sys.executable, str(TOOL), "-o", str(target)], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    built, shipped = json.loads(target.read_text()), json.loads(MODEL_PATH.read_text())
    # Same features, labels and settings; weights equal up to the last rounded digit (a
    # different BLAS or CPU may flip it), so a retrained model that drifts still fails.
    assert {k: v for k, v in built.items() if k not in ("weights", "bias")} == {
        k: v for k, v in shipped.items() if k not in ("weights", "bias")}
    assert built["weights"].keys() == shipped["weights"].keys()
    assert built["bias"] == pytest.approx(shipped["bias"], abs=2e-3)
    for feature, row in shipped["weights"].items():
        assert built["weights"][feature] == pytest.approx(row, abs=2e-3), feature

"""Session 24 (antecedents24): a learned antecedent ranker for descriptions and pronouns.

The ranker is trained offline (tools/train_antecedents.py) and shipped as JSON weights; the
extractor does not use it by default (out of fold on the material it lost relations against the
rules), `RuleExtractor(ranker=default_ranker())` turns it on. Invented sentences and names only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from loaders.extraction.antecedents import (
    BASE_FEATURES,
    KINDS,
    MODEL_KIND,
    MODEL_PATH,
    YES,
    AntecedentRanker,
    Reference,
    Sighting,
    default_ranker,
    pair_features,
)
from loaders.extraction.linear import from_coefficients, load_model
from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article

TOOL = Path(__file__).resolve().parents[1] / "tools" / "train_antecedents.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_antecedents", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _antecedents(lang: str, text: str, ranked: bool) -> dict[str, str | None]:
    """Each reference's text -> the name of its first antecedent."""
    ranker = default_ranker() if ranked else None
    extractor = RuleExtractor(ranker=ranker, keep_references=True)
    doc, registry = extractor.analyse(Article(text=text, language=lang))
    out: dict[str, str | None] = {}
    for ref in doc.references:
        m = next(m for m in doc.mentions[ref.sentence] if m.first == ref.first)
        out[m.text] = registry.get(m.candidates[0]).name if m.candidates else None
    return out


def _allowed() -> set[str]:
    prefixes = (*KINDS, "en", "fr")
    return set(BASE_FEATURES) | {f"{p}:{b}" for p in prefixes for b in BASE_FEATURES}


def test_features_are_general_and_named_from_the_closed_list() -> None:
    rows = [
        pair_features("anaphor", "fr", "e1", ("e1", "e2"), [Sighting(0, 0, True),
                                                            Sighting(2, 5, False)],
                      4, frozenset({3}), "e1", "e1", "e2", frozenset({"e1"}), 1, 3.0),
        pair_features("possessive", "en", "e2", (), [], 1, frozenset(), None, None, None,
                      frozenset(), -1, -2.0),
        pair_features("pronoun", "en", "e3", ("e1",), [Sighting(0, 1, False)], 9, frozenset(),
                      "e1", "e1", "e1", frozenset(), 0, 0.0),
    ]
    names = {n for r in rows for n in r}
    assert names <= _allowed()
    assert rows[0]["topic"] == 1.0 and rows[0]["kind_fit"] == 1.0 and rows[0]["place_fit"] == 1.0
    assert rows[0]["paragraph_since"] == 1.0 and rows[0]["dist_2"] == 1.0
    assert rows[1]["unseen"] == 1.0 and rows[1]["rules_empty"] == 1.0
    assert rows[2]["dist_3"] == 1.0 and rows[2]["rule_out"] == 1.0
    assert not any("e1" in n or "e2" in n for n in names)  # never an entity in a name


def test_shipped_model_loads_and_reads_only_features_the_code_writes() -> None:
    model = load_model(MODEL_PATH, MODEL_KIND)
    assert YES in model.classes
    assert set(model.weights) <= _allowed()
    meta = model.meta or {}
    trained_on = meta.get("trained_on")
    assert isinstance(trained_on, list) and trained_on
    judge = {f"batch{n}" for n in range(74, 82)}
    assert not judge & set(trained_on)  # trained on material, never on the judge


def _ranker(weights: dict[str, float], threshold: float = 0.0) -> AntecedentRanker:
    names = sorted(weights)
    model = from_coefficients(MODEL_KIND, ["other", YES], [[weights[n] for n in names]], [-1.0],
                              names, threshold)
    return AntecedentRanker(model)


def _ref(features: list[dict[str, float]], rules: tuple[str, ...]) -> Reference:
    return Reference(3, 0, "anaphor", rules, ("a", "b", "c")[:len(features)], tuple(features))


def test_ranker_puts_its_best_first_and_keeps_the_rules_order_after_it() -> None:
    ranker = _ranker({"place_fit": 4.0, "rule_first": 1.0})
    ref = _ref([{"rule_first": 1.0}, {"place_fit": 1.0}, {}], ("a", "c", "b"))
    assert ranker.choose(ref) == ("b", "a", "c")


def test_ranker_under_its_threshold_keeps_the_rules() -> None:
    ranker = _ranker({"place_fit": 1.0}, threshold=0.9)
    ref = _ref([{}, {"place_fit": 1.0}], ("a",))
    assert ranker.choose(ref) == ("a",)  # p(b) = 0.5 < 0.9
    assert ranker.choose(Reference(0, 0, "pronoun", (), (), ())) == ()


@pytest.mark.parametrize(("lang", "text", "ref", "name"), [
    ("en", "Zelbrix, a bicycle maker, has teamed up with Quendor, a software publisher. Quendor "
           "will supply its software. The bicycle maker expects to sell 10,000 bikes.",
     "The bicycle maker", "Zelbrix"),
    ("fr", "Zelbrix, un fabricant de vélos, a noué un partenariat avec Quendor, un éditeur de "
           "logiciels. Quendor fournira son logiciel. Le fabricant compte vendre 10 000 vélos.",
     "Le fabricant", "Zelbrix"),
])
def test_shipped_ranker_follows_the_noun_the_article_gave(lang: str, text: str, ref: str,
                                                           name: str) -> None:
    assert _antecedents(lang, text, ranked=True)[ref] == name


# Clear cases the rules get right: a place word, the last subject after a paragraph about the
# main company. The model alone leans on the main company here; at its threshold (0.9) it is
# not sure enough and leaves them to the rules.
CLEAR_CASES = [
    ("fr", "Korvane, un fabricant de pompes basé à Lyon, a signé un accord avec Quistor, un "
           "distributeur basé à Lille. Quistor distribuera les pompes en Belgique. La société "
           "lyonnaise prévoit d'embaucher 40 personnes.", "La société", "Korvane"),
    ("en", "Korvane, a pump maker based in Leeds, signed a deal with Quistor, a distributor "
           "based in Bristol. Quistor will sell the pumps in Ireland. The Leeds-based company "
           "plans to hire 40 people.", "The Leeds-based company", "Korvane"),
    ("en", "Tarvex makes valves. Tarvex employs 300 people. Tarvex sells in Europe.\n\nBrelvan, "
           "a rival, opened a plant in Ohio last year. It now supplies Dorvane.", "It", "Brelvan"),
    ("fr", "Tarvex fabrique des vannes. Tarvex emploie 300 personnes. Tarvex vend en Europe.\n\n"
           "Brelvan, un concurrent, a ouvert une usine dans l'Ohio l'an dernier. Il fournit "
           "désormais Dorvane.", "Il", "Brelvan"),
]


@pytest.mark.parametrize(("lang", "text", "ref", "name"), CLEAR_CASES)
def test_rules_get_the_place_word_and_the_last_subject(lang: str, text: str, ref: str,
                                                       name: str) -> None:
    assert _antecedents(lang, text, ranked=False)[ref] == name


@pytest.mark.parametrize(("lang", "text", "ref", "name"), CLEAR_CASES)
def test_shipped_ranker_keeps_the_place_word_and_the_last_subject(lang: str, text: str, ref: str,
                                                               name: str) -> None:
    assert _antecedents(lang, text, ranked=True)[ref] == name


def test_the_extractor_uses_no_ranker_by_default() -> None:
    assert RuleExtractor().ranker is None


_TINY = [
    ("01_fr_a.txt", "fr", "Korvane, un fabricant lyonnais de pompes, a signé avec Quistor. "
                          "La société fournit désormais Brelvane en pompes.",
     [("korvane", "Korvane"), ("quistor", "Quistor"), ("brelvane", "Brelvane")],
     ("SUPPLIES", "korvane", "brelvane", "La société fournit désormais Brelvane en pompes.")),
    ("02_en_b.txt", "en", "Tarvex, a valve maker, signed a deal with Dorvane. Tarvex employs "
                          "300 people. The company now supplies Zelmora with valves.",
     [("tarvex", "Tarvex"), ("dorvane", "Dorvane"), ("zelmora", "Zelmora")],
     ("SUPPLIES", "tarvex", "zelmora", "The company now supplies Zelmora with valves.")),
]


def test_training_script_writes_a_loadable_model(tmp_path: Path) -> None:
    gold: dict[str, list[dict[str, object]]] = {"articles": []}
    for file, lang, text, ents, (rtype, src, tgt, ev) in _TINY:
        (tmp_path / file).write_text(f"Title: t\nLanguage: {lang}\n\n{text}", encoding="utf-8")
        gold["articles"].append({
            "file": file, "language": lang,
            "entities": [{"id": i, "type": "Organization", "name": n, "aliases": [n]}
                         for i, n in ents],
            "relations": [{"type": rtype, "source": src, "target": tgt, "evidence": ev}]})
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "model.json"
    assert _tool().main([str(tmp_path), "--out", str(out)]) == 0
    model = load_model(out, MODEL_KIND)
    assert model.meta and model.meta["cases"] == 2
    assert model.meta["trained_on"] == [tmp_path.name]
    assert set(model.weights) <= _allowed()

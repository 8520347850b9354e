"""tools/miss_census.py classifies each missed gold relation by the stage that lost it, on a
real extraction of invented articles (names in no list)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

from ontology.records import ARTICLE_SOURCE

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


def _spans(sentence: str, parties: dict[str, str],
           people: tuple[str, ...] = ()) -> tuple[list[str], list[tuple[int, int, frozenset[str],
                                                                        bool]]]:
    """Folded tokens of an invented sentence and a mention span for each name in `parties`
    (name -> gold id) and `people`."""
    from loaders.extraction.tokens import tokenize

    words = [t.norm for t in tokenize(sentence)]
    spans = []
    for name, gid in [*parties.items(), *((p, p.lower()) for p in people)]:
        first = words.index(name.split()[0].lower())
        spans.append((first, first + len(name.split()), frozenset({gid}), name in people))
    return words, spans


def test_why_classes_of_a_no_relation_miss() -> None:
    """--why: each class of `classify` on an invented sentence, both languages."""
    classify = _tool().classify
    cases = [
        ("en", "Quorvia and Brandel met investors in Lyon on Monday.", "vocabulary"),
        ("en", "Quorvia, unlike Brandel, supplies valves to Zantrix.", "attachment:org-between"),
        ("fr", "Quorvia, qui fournit des moteurs, a aussi recruté Zantrix.",
         "attachment:clause"),
        ("en", "Quorvia supplies the brakes, the seats, the pumps, the rear axles, the wheels, "
               "the small mirrors and the dashboard screens to Zantrix.", "attachment:far"),
        ("fr", "Quorvia fournit des moteurs à Zantrix.", "rest:cue-inside"),
        ("en", "Quorvia and Zantrix signed a supply deal.", "rest:cue-outside"),
    ]
    ids = {"Quorvia": "q", "Zantrix": "z", "Brandel": "b"}
    for language, sentence, expected in cases:
        words, spans = _spans(sentence, {n: i for n, i in ids.items() if n in sentence})
        assert classify(words, spans, "SUPPLIES", "q", "z", language) == expected, sentence
    words, spans = _spans("Quorvia supplies valves to Zantrix and Brandel.", ids)
    fired = [("SUPPLIES", "q", "b")]
    assert classify(words, spans, "SUPPLIES", "q", "z", "en", fired) \
        == "attachment:wrong-pair"
    assert classify(words, spans, "SUPPLIES", "q", "z", "en", fired, gold=fired) \
        == "attachment:sibling"
    words, spans = _spans("Quorvia supplies valves to Lena Marsk.", {"Quorvia": "q"},
                          ("Lena",))
    assert classify(words, spans, "SUPPLIES", "q", "z", "en") == "rest:split"
    words, spans = _spans("Quorvia va supprimer 300 postes, selon Le Kestrel.",
                          {"Quorvia": "q", "Kestrel": "o"})  # the article is the other party
    assert classify(words, spans, "REPORTED_BY", ARTICLE_SOURCE, "o", "fr") == "rest:cue-outside"
    gap = _tool().cue_gap
    cases_gap = [("fr", "Quorvia fournit des moteurs à Zantrix.", "z", 0),
                 ("en", "Quorvia and Zantrix signed on Monday a new supply deal.", "z", 6),
                 ("en", "Quorvia and Brandel met investors in Lyon on Monday.", "b", None)]
    for language, sentence, other, expected_gap in cases_gap:
        words, spans = _spans(sentence, {n: i for n, i in ids.items() if n in sentence})
        assert gap(words, spans, "SUPPLIES", "q", other, language) == expected_gap, sentence


def test_why_census_and_content_words(tmp_path: Path) -> None:
    """--why on an invented article: the no-relation stage split by class, and the content
    words of the vocabulary misses (no names, no stop words)."""
    no_cue = "Quorvia and Brandel met investors in Lyon on Monday."
    ents = [{"id": i, "type": "Company", "name": n, "aliases": []} for i, n in
            (("q", "Quorvia"), ("b", "Brandel"))]
    rels = [{"type": "PARTNERS_WITH", "source": "q", "target": "b", "evidence": no_cue}]
    directory = _write(tmp_path, no_cue, ents, rels)
    words: Counter[tuple[str, str]] = Counter()
    counts = _tool().census([directory], why=True, words=words)
    assert counts == {("en", "PARTNERS_WITH", "no-relation:vocabulary"): 1}
    assert words == {("PARTNERS_WITH", w): 1 for w in ("met", "lyon", "monday")}

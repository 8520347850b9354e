"""tools/miss_census.py classifies each missed gold relation by the stage that lost it, on a
real extraction of invented articles (names in no list)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

from ontology.records import ARTICLE_SOURCE
from tests.tool_loader import load_tool


def _tool() -> ModuleType:
    return load_tool("miss_census")


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
                 ("en", "Quorvia and Zantrix announced on Monday a new supply deal.", "z", 6),
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


def _norms(text: str) -> list[str]:
    from loaders.extraction.tokens import tokenize
    return [t.norm for t in tokenize(text, 0)]


def test_referring_forms() -> None:
    """--parties: what in a sentence could refer to an unnamed company, strongest first."""
    form = _tool().referring_form
    assert form(_norms("The company also sells valves to Zantrix."), "en")[:2] == \
        ("description", 0)
    assert form(_norms("Le groupe breton livre aussi Zantrix."), "fr")[0] == "description"
    assert form(_norms("Zantrix a commande au fabricant des pompes."), "fr", [(0, 1)]) == \
        ("description", 3, 5)
    assert form(_norms("This company sells valves."), "en")[0] == "demonstrative"
    assert form(_norms("Ce dernier livre aussi des pompes."), "fr")[0] == "demonstrative"
    assert form(_norms("It also sells valves to Zantrix."), "en") == ("pronoun", 0, 1)
    assert form(_norms("Ses pompes equipent Zantrix."), "fr")[0] == "pronoun"
    assert form(_norms("Valves were sold to Zantrix."), "en") == ("nothing", -1, -1)
    # a description in apposition to a name, or titling one, refers to that name
    words = _norms("Zantrix, the valve maker, buys pumps.")
    assert form(words, "en", [(0, 1)])[0] == "nothing"
    words = _norms("Valves go to the Dutch firm Zantrix.")
    assert form(words, "en", [(6, 7)])[0] == "nothing"
    # a pronoun bound to a name of its own sentence is skipped
    words = _norms("Zantrix buys pumps for its plant.")
    assert form(words, "en", [(0, 1)], {4})[0] == "nothing"


def test_where_named_and_main() -> None:
    tool = _tool()
    q = {"id": "q", "type": "Organization", "name": "Quorvia", "aliases": ["Quorvia SA"]}
    z = {"id": "z", "type": "Organization", "name": "Zantrix", "aliases": []}
    p = {"id": "p", "type": "Person", "name": "Ada Velmor", "aliases": []}
    body = ["Quorvia opened a plant.", "Zantrix buys pumps.", "Quorvia SA hired staff.",
            "The firm sells to them.", "Quorvia grew."]
    assert tool.where_named(body, "", 3, q) == "prev-1"
    assert tool.where_named(body, "", 3, z) == "prev-2-5"
    assert tool.where_named(body, "Zantrix news", 0, z) == "title-only"
    assert tool.where_named(body, "", 0, z) == "later"
    assert tool.where_named(body, "", 3, p) == "never"
    assert tool.where_named(["Quorvian valves."], "", 1, q) == "never"  # whole words only
    assert tool.main_entities(body, "", [q, z, p]) == {"q"}
    assert tool.main_entities(body, "Zantrix wins", [q, z, p]) == {"q", "z"}


def test_name_span_and_kind() -> None:
    tool = _tool()
    span = tool.name_span
    name = (10, 17)
    assert span(name, [], "q") == "none"
    assert span(name, [(10, 25, frozenset({"?x"}), False)], "q") == "longer"
    assert span(name, [(10, 14, frozenset({"?x"}), False)], "q") == "shorter"
    assert span(name, [(5, 14, frozenset({"?x"}), False)], "q") == "crossing"
    assert span(name, [(10, 17, frozenset({"z"}), True)], "q") == "exact:typed"
    assert span(name, [(10, 17, frozenset({"z"}), False)], "q") == "exact:other"
    assert span(name, [(10, 17, frozenset({"?quorvia"}), False)], "q") == "exact:unmatched"
    assert span(name, [(10, 17, frozenset(), False)], "q") == "exact:dropped"
    kind = tool.name_kind
    assert kind({"type": "Person"}, "EXECUTIVE_OF", False) == "person"
    assert kind({"type": "Publisher"}, "REPORTED_BY", True) == "outlet"
    assert kind({"type": "Organization"}, "SUPPLIES", True) == "company"


def test_parties_census(tmp_path: Path) -> None:
    """--parties on an invented article: an unnamed supplier referred to by a pronoun, and
    counts keyed by (language, type, axis, class)."""
    first = "Tessaro Works makes industrial valves in Kandor."
    unnamed = "Quorvia also buys pumps from it."
    ents = [{"id": i, "type": "Organization", "name": n, "aliases": []} for i, n in
            (("q", "Quorvia"), ("t", "Tessaro Works"))]
    rels = [{"type": "SUPPLIES", "source": "t", "target": "q", "evidence": unnamed}]
    directory = _write(tmp_path, f"{first} {unnamed}", ents, rels)
    parties: Counter[tuple[str, str, str, str]] = Counter()
    counts = _tool().census([directory], parties=parties)
    if ("en", "SUPPLIES", "mention-missing:not-named") not in counts:  # resolved: no split
        assert not parties
        return
    assert counts == {("en", "SUPPLIES", "mention-missing:not-named"): 1}
    assert parties[("en", "SUPPLIES", "where", "prev-1")] == 1
    assert parties[("en", "SUPPLIES", "main", "main")] == 1
    assert parties[("en", "SUPPLIES", "form", "pronoun")] == 1
    if parties[("en", "SUPPLIES", "taken", "wrong-party")]:  # "it" went to Quorvia, named here
        assert parties[("en", "SUPPLIES", "wrong-to", "named-here")] == 1


def test_parties_census_fr(tmp_path: Path) -> None:
    """--parties, French: a supplier referred to by a description ("le fabricant")."""
    first = "Velmora fabrique des pompes a Lyon."
    unnamed = "Quistor a commande au fabricant quarante pompes."
    (tmp_path / "01_fr_test.txt").write_text(
        "Title: t\nDate: 2026-01-05\nLanguage: fr\nPublisher: Reuters\n\n"
        + f"{first} {unnamed}", encoding="utf-8")
    ents = [{"id": i, "type": "Organization", "name": n, "aliases": []} for i, n in
            (("v", "Velmora"), ("q", "Quistor"))]
    rels = [{"type": "SUPPLIES", "source": "v", "target": "q", "evidence": unnamed}]
    gold = {"articles": [{"file": "01_fr_test.txt", "language": "fr", "entities": ents,
                          "relations": rels, "hard_negatives": []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    parties: Counter[tuple[str, str, str, str]] = Counter()
    counts = _tool().census([tmp_path], parties=parties)
    if ("fr", "SUPPLIES", "mention-missing:not-named") not in counts:  # resolved: no split
        assert not parties
        return
    assert parties[("fr", "SUPPLIES", "form", "description")] == 1
    assert parties[("fr", "SUPPLIES", "where", "prev-1")] == 1


def test_name_shape() -> None:
    shape = _tool().name_shape
    assert shape("Quorvia") == "one-word"
    assert shape("Tessaro Works") == "capitalised"
    assert shape("Ateliers Velmora de Kandor") == "lower-word"
    assert shape("Quistor at Home") == "lower-word"

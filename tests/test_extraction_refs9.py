"""Issue 11, session 19: which company a description refers to, by its place (refs9).

Read wrong antecedents of the fresh batches (37, 39, 41) and of 27-36 gave these families:

- a bare description that is its sentence's subject or opens a clause ("Les comptes déposés
  auprès de X montrent que la société ...", "...; the firm also holds") no longer takes a name of
  its own sentence that is no subject there (a name inside a prepositional phrase of another
  noun) over the previous sentences' companies; a possessor ("X's board") and a fronted topic
  ("Pour X, la cession ...") keep their nearness;
- "le groupe", "the group" after a sentence an investor leads goes to the article's company,
  as "la société" already did, unless the article called the investor a group or its name
  says so ("Quistor Investment Group");
- the subject of an object relative clause is not the relative's antecedent ("le belge X, que
  le groupe lyonnais retrouvera", "Kandor Energy, which the company has supplied");
- a name in a phrase that opens the sentence with its topic ("Pour X, la cession permet au
  groupe ...", "For X, the sale means the group ...") is as salient as a subject, and neither
  the subject nor an apposition's head a description after it must differ from;
- a description with a place ("la PME lilloise", "The Leeds company") beyond the four-sentence
  window goes to the one company the article placed there when no nearer company is placed
  there; the words of a relative clause after a name's comma ("X, que le groupe lyonnais")
  place it nowhere;
- a possessive after a copula and an adverb ("X is now its largest customer", "X est
  désormais son premier client") is not the copula's subject's;
- a sentence adverb opening a sentence ("Instead, the company ...") is no name.

Every company here is made up and in no list.
"""

from __future__ import annotations

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import found_and_absent

_EXTRACTOR = RuleExtractor(on_error="raise")


def _antecedent(lang: str, text: str, sentence: int, words: str) -> str | None:
    """The best antecedent of the description or pronoun `words` in sentence `sentence`."""
    doc, _ = _EXTRACTOR.analyse(Article(text=text, language=lang))
    for m in doc.mentions[sentence]:
        if m.text == words and m.kind != "name":
            return m.candidates[0] if m.candidates else None
    raise AssertionError([m.text for m in doc.mentions[sentence]])


def _names(lang: str, text: str) -> set[str]:
    doc, _ = _EXTRACTOR.analyse(Article(text=text, language=lang))
    return {m.text for ms in doc.mentions for m in ms if m.kind == "name"}


# the description subject of its clause, a name in a prepositional phrase before it
_FILED_FR = ("Velmora Surgelés fabrique des plats cuisinés pour la grande distribution. Le "
             "Journal des Halles a révélé la vente en mai. Les comptes déposés auprès de Kandor "
             "Registre montrent que la société s'approvisionne en barquettes auprès de Quistor "
             "Emballages.")
_FILED_EN = ("Velmora Foods makes frozen meals for supermarkets. The Financial Herald reported "
             "the sale in May. Records filed with the Kandor Registry show the company buys its "
             "trays from Quistor Pack.")
# the description opens a later clause of its sentence (after ";", after "que «")
_CLAUSE_EN = ("Velmora Care runs dialysis clinics. The Quistor Partners investment is led by "
              "partner Ann Lee, who will join the Velmora Care board; the firm also holds a "
              "stake in Kandor Labs.")
_QUOTED_FR = ("Velmora Lumière fabrique des luminaires. Questionné sur une possible vente au "
              "norvégien Kandor Lighting, le directeur Paul Martin a répondu que « le groupe "
              "reste indépendant ».")
# near misses: the name is the sentence's subject, a possessor, or a fronted topic
_SUBJECT_FR = ("Velmora Surgelés fabrique des plats cuisinés pour la grande distribution. Kandor "
               "Distribution a indiqué que la société ouvrira trois entrepôts.")
_OWNER_EN = ("Velmora Foods makes frozen meals for supermarkets. Kandor Retail's board said the "
             "company would open three warehouses.")
_TOPIC_FR = ("Velmora Rail a racheté la division de signalisation. Pour Kandor Défense, la "
             "cession permet au groupe de se recentrer sur les radars, un pôle qu'il a renforcé "
             "en rachetant Quistor Sécurité.")
_TOPIC_EN = ("Velmora Rail builds regional trains. For Kandor Defence, the sale means the group "
             "can focus on radar, a business that the group expanded by buying Quistor "
             "Security.")
# near miss: "Like X," names another company, no topic
_LIKE_EN = ("Velmora Rail builds regional trains. Like Kandor Defence, the group has sold its "
            "signalling arm.")

# "le groupe" after a sentence an investor leads
_GROUP_FR = ("Velmora Pompes fabrique des pompes industrielles. Quistor Capital, entré au "
             "capital de Velmora Pompes en 2021, accompagnera l'opération. Le groupe a également "
             "signé un accord de partenariat avec Kandor Brothers.")
_GROUP_EN = ("Velmora Pumps makes industrial pumps. Quistor Capital, which took a stake in "
             "Velmora Pumps in 2021, will back the deal. The group also signed a partnership "
             "agreement with Kandor Brothers.")
_GROUP_NAMED_EN = ("Velmora Pumps makes industrial pumps. Quistor Investment Group, which took "
                   "a stake in Velmora Pumps in 2021, will back the deal. The group also holds a "
                   "stake in Kandor Brothers.")

# an object relative: its subject is not its antecedent
_RELATIVE_EN = ("Velmora Valves makes valves for refineries. Its main customer is Kandor Energy, "
                "which the company has supplied since 2019.")
_RELATIVE_FR = ("Velmora Robinetterie fabrique des vannes pour les raffineries. Son principal "
                "client est le belge Kandor Énergie, que le groupe fournit depuis 2019.")

# a place beyond the window
_FAR_PLACE_FR = ("Velmora Lumière a annoncé le rachat de Kandor Éclairage, une PME lilloise "
                 "spécialisée dans l'éclairage public. Velmora Lumière emploie 800 personnes. "
                 "Velmora Lumière a réalisé 200 millions d'euros de chiffre d'affaires. Velmora "
                 "Lumière exporte en Italie. Velmora Lumière ouvrira une usine en 2026. Velmora "
                 "Lumière vise l'Asie. La PME lilloise s'approvisionne en diodes auprès de "
                 "Quistor Semiconducteurs.")
_FAR_PLACE_EN = ("Velmora Lighting agreed to buy Kandor Lamps, a Leeds-based maker of street "
                 "lights. Velmora Lighting employs 800 people. Velmora Lighting had sales of "
                 "$200 million last year. Velmora Lighting exports to Italy. Velmora Lighting "
                 "will open a plant in 2026. Velmora Lighting is targeting Asia. The Leeds "
                 "company buys its diodes from Quistor Semiconductors.")
# near miss: a nearer company placed there too
_NEAR_PLACE_EN = ("Velmora Lighting agreed to buy Kandor Lamps, a Leeds-based maker of street "
                  "lights. Velmora Lighting employs 800 people. Velmora Lighting had sales of "
                  "$200 million last year. Velmora Lighting exports to Italy. Trelmor Optics, "
                  "also based in Leeds, will open a plant in 2026. Velmora Lighting is "
                  "targeting Asia. The Leeds company buys its diodes from Quistor "
                  "Semiconductors.")
_RELATIVE_PLACE_FR = ("Velmora Lumière, une PME lyonnaise, rachète Kandor Éclairage. Sur "
                      "l'éclairage public, elle affronte le belge Quistor, que le groupe lyonnais "
                      "retrouvera dans les appels d'offres.")

# a possessive after a copula and an adverb: not the copula's subject
_COPULA_EN = ("Velmora Timber makes construction lumber. Velmora Timber sells lumber in "
              "Wales, and Kandor Homes is now its biggest customer.")
_COPULA_FR = ("Velmora Bois fabrique du bois de construction. Velmora Bois vend du bois en "
              "Bretagne, et Kandor Maisons est désormais son premier client.")

FOUND = [
    ("en", _CLAUSE_EN, ("INVESTS_IN", "Quistor Partners", "Kandor Labs")),
    ("fr", _GROUP_FR, ("PARTNERS_WITH", "Kandor Brothers", "Velmora Pompes")),
    ("en", _GROUP_EN, ("PARTNERS_WITH", "Kandor Brothers", "Velmora Pumps")),
    ("en", _GROUP_NAMED_EN, ("INVESTS_IN", "Quistor Investment", "Kandor Brothers")),
    ("fr", _FAR_PLACE_FR, ("SUPPLIES", "Quistor Semiconducteurs", "Kandor Éclairage")),
    ("en", _FAR_PLACE_EN, ("SUPPLIES", "Quistor Semiconductors", "Kandor Lamps")),
]

ABSENT = [
    ("en", _CLAUSE_EN, ("INVESTS_IN", "Velmora Care", "Kandor Labs")),
    ("fr", _GROUP_FR, ("PARTNERS_WITH", "Kandor Brothers", "Quistor Capital")),
    ("en", _GROUP_EN, ("PARTNERS_WITH", "Kandor Brothers", "Quistor Capital")),
    ("en", _GROUP_NAMED_EN, ("INVESTS_IN", "Velmora Pumps", "Kandor Brothers")),
    ("fr", _FAR_PLACE_FR, ("SUPPLIES", "Quistor Semiconducteurs", "Velmora Lumière")),
    ("en", _FAR_PLACE_EN, ("SUPPLIES", "Quistor Semiconductors", "Velmora Lighting")),
    ("en", _NEAR_PLACE_EN, ("SUPPLIES", "Quistor Semiconductors", "Kandor Lamps")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


@pytest.mark.parametrize(("lang", "text", "sentence", "words", "expected"), [
    ("fr", _FILED_FR, 2, "la société", "velmora-surgeles"),
    ("en", _FILED_EN, 2, "the company", "velmora-foods"),
    ("fr", _QUOTED_FR, 1, "le groupe", "velmora-lumiere"),
    ("fr", _SUBJECT_FR, 1, "la société", "kandor-distribution"),
    ("en", _OWNER_EN, 1, "the company", "kandor-retail"),
    ("fr", _TOPIC_FR, 1, "au groupe", "kandor-defense"),
    ("en", _TOPIC_EN, 1, "the group", "kandor-defence"),
    ("en", _LIKE_EN, 1, "the group", "velmora-rail"),
    ("en", _RELATIVE_EN, 1, "the company", "velmora-valves"),
    ("fr", _RELATIVE_FR, 1, "le groupe", "velmora-robinetterie"),
    ("fr", _RELATIVE_PLACE_FR, 1, "le groupe", "velmora-lumiere"),
    ("en", _COPULA_EN, 1, "its", "velmora-timber"),
    ("fr", _COPULA_FR, 1, "son", "velmora-bois"),
])
def test_antecedent(lang: str, text: str, sentence: int, words: str, expected: str) -> None:
    assert _antecedent(lang, text, sentence, words) == expected


def test_sentence_adverb_is_no_name() -> None:
    text = ("Velmora Tools rejected a takeover approach from Kandor Industries. Instead, the "
            "company agreed to a $40 million investment from Quistor Partners. Separately, it "
            "opened a plant in Ohio.")
    names = _names("en", text)
    assert "Instead" not in names and "Separately" not in names, names

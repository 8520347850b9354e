"""The rule extractor on entities, roles and sources (round 3): invented sentences, both
languages.

Roles introduced by an inverted French object relative ("O, que préside P", "O, qu'a fondé
P"); outlets after an outlet noun ("the news agency X", "l'agence de presse autrichienne X",
"a report by business daily X"); a lower-case compound name opening a sentence
("velmora-tricks chief executive P said"); a listed outlet after an inverted speech verb
(", a indiqué Les Echos."); two role nouns side by side ("administrateur directeur
général"); a copula in a relative clause ("P, who is also R of O"); a business area before
a role head ("procurement director P said"); a title between a passive role verb and the
person ("dirigée par son fondateur P"). Every name here is invented and in no list of
the extractor; none of these sentences comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_discourse import Edge, _edges

# (language, text, relations it states, relations it does not state)
CASES: list[tuple[str, str, list[Edge], list[Edge]]] = [
    # an inverted object relative: the antecedent is the organisation, the inverted subject
    # the person holding the role
    ("fr", "Le fonds Quarnel, que préside Paul Zorvan, a investi dans Velmora.",
     [("EXECUTIVE_OF", "Paul Zorvan", "Quarnel")], [("EXECUTIVE_OF", "Paul Zorvan", "Velmora")]),
    ("fr", "Velmora, le numéro deux mondial du verre que dirige Claire Marveau, a racheté Tolbex.",
     [("EXECUTIVE_OF", "Claire Marveau", "Velmora")],
     [("EXECUTIVE_OF", "Claire Marveau", "Tolbex")]),
    ("fr", "Tolbex, qu'a fondé Jean Dravel en 1990, a été racheté par Velmora.",
     [("EXECUTIVE_OF", "Jean Dravel", "Tolbex")], [("EXECUTIVE_OF", "Jean Dravel", "Velmora")]),
    # the English passive and active forms keep working
    ("en", "Quarnel, which is run by Paul Zorvan, invested in Velmora.",
     [("EXECUTIVE_OF", "Paul Zorvan", "Quarnel")], [("EXECUTIVE_OF", "Paul Zorvan", "Velmora")]),
    # an outlet noun before a name makes it an outlet, even a listed company's acronym, and
    # lower-case modifiers before the noun do not hide the cue
    ("en", "Zentrox denied a report by business daily Velposten that it was in talks to buy "
     "Quistor.", [("REPORTED_BY", "ARTICLE", "Velposten")], []),
    ("en", "Zentrox will buy Quistor, the news agency APA reported.",
     [("REPORTED_BY", "ARTICLE", "APA")], []),
    ("fr", "Zentrox va racheter Quistor, selon l'agence de presse autrichienne APA.",
     [("REPORTED_BY", "ARTICLE", "APA")], []),
    ("en", "Zentrox will buy Quistor, APA said.", [], [("REPORTED_BY", "ARTICLE", "APA")]),
    # a sentence opens in lower case only with a name: a lower-case compound there is one,
    # and is found again later in the article
    ("en", "velmora-tricks chief executive Paul Zorvan said the group would sell its stake in "
     "Quistor. Shares in velmora-tricks, which was created in 2023, have lagged those of its "
     "rival Zentrox.", [("EXECUTIVE_OF", "Paul Zorvan", "velmora-tricks"),
                        ("COMPETES_WITH", "velmora-tricks", "Zentrox")],
     [("EXECUTIVE_OF", "Paul Zorvan", "Quistor")]),
    ("fr", "velmora-tricks a racheté Quistor. Le directeur général de velmora-tricks, Paul "
     "Zorvan, l'a confirmé.", [("ACQUIRES", "velmora-tricks", "Quistor"),
                               ("EXECUTIVE_OF", "Paul Zorvan", "velmora-tricks")], []),
    ("en", "e-commerce sales at Quistor rose.", [], [("EXECUTIVE_OF", "e-commerce", "Quistor")]),
    # a listed outlet after an inverted speech verb, as an unknown one with a title's form
    ("fr", "Le contrat avoisinerait 30 millions d'euros, a indiqué Les Echos.",
     [("REPORTED_BY", "ARTICLE", "Les Echos")], []),
    ("fr", "Zentrox a racheté Quistor, a indiqué Les Echos lundi.",
     [("REPORTED_BY", "ARTICLE", "Les Echos"), ("ACQUIRES", "Zentrox", "Quistor")], []),
    ("en", "Zentrox will pay $5 million, said the Financial Times.",
     [("REPORTED_BY", "ARTICLE", "Financial Times")], []),
    # two role nouns side by side, and the compound title "administrateur directeur général"
    ("fr", "« Nous changeons d'échelle », a déclaré Jean Morvan, administrateur directeur "
     "général de Quistor.", [("EXECUTIVE_OF", "Jean Morvan", "Quistor")], []),
    ("fr", "Jean Morvan, président directeur général de Quistor, a racheté Velmora.",
     [("EXECUTIVE_OF", "Jean Morvan", "Quistor")], [("EXECUTIVE_OF", "Jean Morvan", "Velmora")]),
    # a copula inside a relative clause links the person to the role ("P, who is also R of O");
    # the organisation of that role is not a person of a verb after it
    ("en", "Paul Cohen, who is also chairman of Zentrox Grocers, founded Quistor in 2007.",
     [("EXECUTIVE_OF", "Paul Cohen", "Zentrox Grocers")],
     [("EXECUTIVE_OF", "Zentrox Grocers", "Quistor")]),
    ("en", "Paul Zorvan, who is chairman of Zentrox, said Quistor would grow.",
     [("EXECUTIVE_OF", "Paul Zorvan", "Zentrox")], [("EXECUTIVE_OF", "Paul Zorvan", "Quistor")]),
    ("fr", "Jean Morvan, qui est aussi président de Quistor, a racheté Velmora.",
     [("EXECUTIVE_OF", "Jean Morvan", "Quistor")], [("EXECUTIVE_OF", "Jean Morvan", "Velmora")]),
    ("fr", "Jean Morvan, qui est devenu directeur général de Quistor en mai, a racheté Velmora.",
     [("EXECUTIVE_OF", "Jean Morvan", "Quistor")], []),
    # a business area before a role head makes a role ("procurement director", "finance
    # chief"); a closing attribution speaks for the sentence's first organisation
    ("en", "Quistor sources its enzymes from Zentrox, procurement director Marijke van Dorn "
     "said.", [("EXECUTIVE_OF", "Marijke van Dorn", "Quistor")],
     [("EXECUTIVE_OF", "Marijke van Dorn", "Zentrox")]),
    ("en", "Quistor's sales director Marijke Dorn said it would grow.",
     [("EXECUTIVE_OF", "Marijke Dorn", "Quistor")], []),
    ("en", "Zentrox finance chief Paul Zorvan said the deal would close in May.",
     [("EXECUTIVE_OF", "Paul Zorvan", "Zentrox")], []),
    ("en", "The film director Paul Zorvan praised Quistor.", [],
     [("EXECUTIVE_OF", "Paul Zorvan", "Quistor")]),
    # a title of the person's own between a passive role verb and the person; a company in
    # it only after "former" (where the person worked before), and it is not the role's
    ("en", "Quistor, which is run by former Zentrox executive Brian Wardell, bought Velmora.",
     [("EXECUTIVE_OF", "Brian Wardell", "Quistor")],
     [("EXECUTIVE_OF", "Brian Wardell", "Zentrox")]),
    ("en", "Velmora's round was led by Zentrox chief executive Paul Zorvan.",
     [("EXECUTIVE_OF", "Paul Zorvan", "Zentrox")], [("EXECUTIVE_OF", "Paul Zorvan", "Velmora")]),
    ("fr", "Quistor, dirigée par son fondateur Jean Dravel, a racheté Velmora.",
     [("EXECUTIVE_OF", "Jean Dravel", "Quistor")], [("EXECUTIVE_OF", "Jean Dravel", "Velmora")]),
]

FOUND = [(lang, text, e) for lang, text, yes, _ in CASES for e in yes]
ABSENT = [(lang, text, e) for lang, text, _, no in CASES for e in no]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_round3_found(lang: str, text: str, expected: Edge) -> None:
    edges = _edges(text, lang)
    assert expected in edges, edges


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_round3_absent(lang: str, text: str, unwanted: Edge) -> None:
    edges = _edges(text, lang)
    assert unwanted not in edges, edges

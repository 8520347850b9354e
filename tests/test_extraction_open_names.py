"""Issue 11, third pass: open-class names. A capitalised span that no list knows is a candidate
organisation or person wherever a name can stand, unless something positively says it is not
one; person or organisation comes from the span's form and context, not from a list of first
names.

Every company and person here is made up and in no list (the alias table, the listed companies,
the first names); the sentences are written from the phenomenon, not copied from an evaluation
article.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_mentions_cues import check_absent, check_found

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # a hyphenated name whose second part is written in lower case is one name, wherever it
    # stands (and a one-letter first part is no alias of its own)
    ("en", "Q-fusion has raised $300 million from Velmora.", ("INVESTS_IN", "Velmora", "Q-fusion")),
    ("en", "Velmora took a 20% stake in Q-fusion, a Texas-based maker of reactors.",
     ("INVESTS_IN", "Velmora", "Q-fusion")),
    ("en", "Velmora plans to build a plant with Q-fusion. A seat on Q-fusion's board went to "
     "Zentrix, which owns 10% of Q-fusion.", ("INVESTS_IN", "Zentrix", "Q-fusion")),
    ("en", "Q-fusion, the Ohio-based developer of reactors, agreed to buy Zentrix.",
     ("ACQUIRES", "Q-fusion", "Zentrix")),
    ("fr", "Korvane a investi 5 millions d'euros dans V-ensys.",
     ("INVESTS_IN", "Korvane", "V-ensys")),
    ("fr", "V-ensys a racheté Quistor pour 20 millions d'euros.",
     ("ACQUIRES", "V-ensys", "Quistor")),
    # a one-letter lower-case head before a capitalised part: "e-QUORB"
    ("en", "Velmora agreed to buy e-QUORB, a maker of satellite software.",
     ("ACQUIRES", "Velmora", "e-QUORB")),
    ("fr", "Korvane a racheté e-QUORB, un spécialiste de l'imagerie.",
     ("ACQUIRES", "Korvane", "e-QUORB")),
]

# Each entry: a name that must not be an entity, or a relation that must not be asserted.
ABSENT = [
    # compound adjectives and common hyphenated words are no names
    ("en", "Velmora makes X-ray scanners for hospitals.", "X-ray"),
    ("en", "Velmora, a Texas-based maker of drones, agreed to buy Zentrix.", "Texas-based"),
    ("en", "Velmora bought a Europe-wide network from Zentrix.", "Europe-wide"),
    ("en", "Velmora, a Nasdaq-listed maker of drones, agreed to buy Zentrix.", "Nasdaq-listed"),
    ("en", "Velmora agreed to buy Zentrix. E-commerce sales rose by 10%.", "E-commerce"),
    ("fr", "Korvane a racheté Quistor. Vice-président de Korvane, Paul Quenet a salué l'accord.",
     "Vice-président"),
    ("fr", "Korvane a racheté Quistor. Sous-traitant de Velmora, Quistor fabrique des pièces.",
     "Sous-traitant"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_absent(lang: str, text: str, unwanted: str | tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)

"""Issue 11, third pass: families of relation phrasings of real business news, in invented
sentences (both languages where the family exists in both).

Each family is written as the structure it stands for (a relative clause after an apposed
description, a gapped stake, a stake that was sold...), not as one sentence: the tests vary
tense, voice and the words around it. Every company here is made up and in no list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.test_extraction_sentences import _extract, _named

_ASSERTED = ("reported", "announced", "planned", "completed")

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # a relative clause whose pronoun stands for the object, after a description apposed to a
    # name, with no comma of its own ("Y, the chip designer in which X holds 90%")
    ("en", "Zelmar, the Danish chip designer in which Velmora holds about 90%, makes drones.",
     ("INVESTS_IN", "Velmora", "Zelmar")),
    ("en", "Zentrix uses designs from Zelmar, the Danish chip designer in which Velmora holds "
     "about 90%.", ("INVESTS_IN", "Velmora", "Zelmar")),
    ("en", "Zentrix buys from Zelmar, a drone maker of which Velmora owns 40%.",
     ("INVESTS_IN", "Velmora", "Zelmar")),
    ("en", "Zentrix competes with Quistor, a drone maker in which Velmora has invested "
     "$20 million.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Korvane affronte Quistor, un laitier coté à Lyon dont Zelbar détient 39 % du capital.",
     ("INVESTS_IN", "Zelbar", "Quistor")),
    ("fr", "Korvane affronte Quistor, une société dans laquelle Zelbar a investi 10 millions "
     "d'euros.", ("INVESTS_IN", "Zelbar", "Quistor")),
    ("fr", "Korvane achète à Quistor, le fabricant lyonnais dont Zelbar possède 40 %.",
     ("INVESTS_IN", "Zelbar", "Quistor")),
    # ... and a gapped second holder after it ("dont X détient 39 % et Z près de 20 %")
    ("fr", "Korvane affronte Quistor, dont Zelbar détient 39 % du capital et Tarvo près de 20 %.",
     ("INVESTS_IN", "Tarvo", "Quistor")),
    ("en", "Zentrix buys from Zelmar, a drone maker in which Velmora holds 40% and Quistor about "
     "10%.", ("INVESTS_IN", "Quistor", "Zelmar")),
    ("fr", "Korvane détient 39 % de Quistor et Zelbar près de 20 %.",
     ("INVESTS_IN", "Zelbar", "Quistor")),
    # a current stake next to a sold one stays
    ("en", "Velmora owns 30% of Zentrix and sold its stake in Quistor last year.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora and Quistor together own 60% of Zentrix.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    # a venture named before the verb that forms it with its partners: the former and each
    # partner, and the partners with one another
    ("en", "Velmora pours money into Stargol, the venture it formed in January with Zentrix and "
     "Quistor.", ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora pours money into Stargol, the venture it formed in January with Zentrix and "
     "Quistor.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("en", "The group is pouring money into Stargol, the venture that Velmora set up with "
     "Zentrix.", ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("fr", "Le groupe investit dans Stargol, la coentreprise que Korvane a formée avec Quistor.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane investit dans Stargol, la société commune qu'il a créée en 2021 avec Quistor "
     "et Zelbar.", ("PARTNERS_WITH", "Quistor", "Zelbar")),
]

# Each entry: a relation that must not be asserted.
ABSENT = [
    # the name after a place in a description belongs to the relative clause, not to the verb
    # before it ("affronte Quistor, un laitier coté à Lyon dont Zelbar détient")
    ("fr", "Korvane affronte Quistor, un laitier coté à Lyon dont Zelbar détient 39 % du capital.",
     ("COMPETES_WITH", "Korvane", "Zelbar")),
    ("fr", "Korvane affronte Quistor, dont Zelbar détient 39 % du capital et Tarvo près de 20 %.",
     ("INVESTS_IN", "Zelbar", "Tarvo")),
    # former holdings: a past holding the sentence says was sold, a stake sold (any tense,
    # both languages); a stake held together is nobody's control
    ("en", "Velmora and Quistor, which together owned about 90% of Zentrix, sold their entire "
     "holdings in the deal.", ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora and Quistor, which together owned about 90% of Zentrix, sold their entire "
     "holdings in the deal.", ("ACQUIRES", "Quistor", "Zentrix")),
    ("en", "Velmora, which owned 30% of Zentrix, sold its stake to Quistor.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora held 12% of Zentrix until it sold its shares in May.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora owns 30% of Zentrix and sold its stake in Quistor last year.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor sold its 30% stake in Zentrix to Velmora.",
     ("INVESTS_IN", "Quistor", "Zentrix")),
    ("en", "Velmora and Quistor together own 60% of Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Korvane, qui détenait 30 % de Quistor, a cédé sa participation à Zelbar.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane et Zelbar, qui détenaient ensemble 60 % de Quistor, sont sortis du capital.",
     ("INVESTS_IN", "Zelbar", "Quistor")),
    ("fr", "Korvane et Zelbar, qui détenaient ensemble 60 % de Quistor, sont sortis du capital.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a cédé sa participation de 20 % dans Quistor à Zelbar.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    # a venture word in another clause, as a modifier, or a partner's product after "with"
    ("en", "Velmora has long shunned joint ventures and launched its own drone with Zentrix's "
     "chips.", ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("en", "Zentrix, a venture-backed start-up founded in 2019 with money from Quistor, makes "
     "drones.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("en", "Zentrix, a venture capital firm founded in 2019 with Quistor's backing, makes drones.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
]


def _asserted(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {r[:3] for r in _named(_extract(text, lang)) if r[3] in _ASSERTED}


def check_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """The relation (or, for a symmetric type, its mirror) is asserted in the text."""
    found = _asserted(text, lang)
    flipped = (expected[0], expected[2], expected[1])
    symmetric = expected[0] in ("PARTNERS_WITH", "COMPETES_WITH")
    assert expected in found or (symmetric and flipped in found), found


def check_absent(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    """Neither the relation nor, for a symmetric type, its mirror is asserted in the text."""
    found = _asserted(text, lang)
    flipped = (unwanted[0], unwanted[2], unwanted[1])
    symmetric = unwanted[0] in ("PARTNERS_WITH", "COMPETES_WITH")
    assert unwanted not in found and not (symmetric and flipped in found), found


def found_and_absent(
    found: list[Any], absent: list[Any],
    check_found: Callable[..., None] = check_found,
    check_absent: Callable[..., None] = check_absent,
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a module of invented sentences, bound by name in that module
    (`test_found, test_absent = found_and_absent(FOUND, ABSENT)`): every FOUND relation is
    asserted, no ABSENT one is; a module may pass its own checks."""

    @pytest.mark.parametrize(("lang", "text", "expected"), found)
    def test_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
        check_found(lang, text, expected)

    @pytest.mark.parametrize(("lang", "text", "unwanted"), absent)
    def test_absent(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
        check_absent(lang, text, unwanted)

    return test_found, test_absent


test_found, test_absent = found_and_absent(FOUND, ABSENT)

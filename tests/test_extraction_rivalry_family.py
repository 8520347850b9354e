"""Session 13, rivalry (COMPETES_WITH) as a whole family of cues (issue 11), written as
invented sentences (names in no list) in both languages before the fix.

Family 1, verbs of rivalry: "X competes with / rivals / takes on / goes up against / vies with /
battles / challenges Y", "X concurrence / affronte / rivalise avec / se mesure à / talonne /
fait face à Y", with an adjunct between the verb and the rival ("se mesure sur le segment des
pompes haut de gamme à Y", "affronte sur ce marché Y").

Family 2, rival nouns: "X's main rival Y", "Y, X's arch-rival", "le principal concurrent de X,
Y", "X and its rivals A and B", "its bigger rivals, A and B", "ses concurrents A et B".

Family 3, rivals named through "such as / including / notamment / comme / tels que" after a
rival noun or a verb of rivalry: "competes with a pack of developers such as A and B",
"pressure from larger rivals such as A and B", "face à des concurrents comme A et B".

Family 4, a rival noun as an adjunct of a name in a list or a merger: "a merger between X and
rival Y", "X's talks with rival Y", "la fusion entre X et son rival Y": X and Y are rivals,
and a merger plan is no partnership.

Family 5, a colon announces the rival: "voit arriver un concurrent direct : Y", "a new
rival: Y", "three rivals: A, B and C".

Absent cases: rivals of a third company are not rivals of each other; a former rival is no
rival; "compete for a contract with a partner" is a partnership bid, not rivalry between the
bidders; a merger between rivals is no partnership.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

FOUND = [
    # family 1: verbs
    ("en", "Quistor competes with Velmora in industrial pumps.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor rivals Velmora in industrial pumps.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor takes on Velmora with a cheaper pump.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "In Europe, Quistor goes up against Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("en", "Quistor vies with Velmora for hospital customers.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor battles Velmora for market share.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor concurrence directement Velmora sur les pompes.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor affronte Velmora et Tarvex sur ce marché.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("fr", "Quistor rivalise avec Velmora.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor se mesure à Velmora et à Tarvex.", ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("fr", "Quistor se mesure sur le segment des pompes haut de gamme à Velmora et à Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor se mesure sur le segment des pompes haut de gamme à Velmora et à Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("fr", "Quistor affronte sur le marché des pompes Velmora et Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # family 2: rival nouns
    ("en", "Quistor's main rival Velmora cut prices.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Velmora, Quistor's arch-rival, cut prices.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Velmora, le principal concurrent de Quistor, a baissé ses prix.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor Systems wants to keep pace with its bigger rivals, Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor Systems", "Tarvex")),
    ("en", "Quistor Systems wants to keep pace with its bigger rivals, Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor Systems", "Velmora")),
    ("fr", "Quistor Systems veut tenir tête à ses grands concurrents, Velmora et Tarvex.",
     ("COMPETES_WITH", "Quistor Systems", "Tarvex")),
    # family 3: such as / including / comme / tels que
    ("en", "Quistor competes with a growing pack of pump makers such as Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor competes with a growing pack of pump makers such as Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("en", "Quistor faces mounting pressure from larger rivals such as Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor competes with larger groups, including Velmora and Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("fr", "Quistor affronte des concurrents plus gros comme Velmora et Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor rivalise avec des groupes plus gros, tels que Velmora et Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
    ("fr", "Quistor est en concurrence avec de grands groupes, notamment Velmora et Tarvex.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # family 5: a colon announces the rival
    ("fr", "Sur ce marché, Quistor voit arriver un concurrent direct : Velmora, basé à Brest.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Quistor a un nouveau rival : Velmora.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor now faces a direct competitor: Velmora, based in Leeds.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor has three rivals: Velmora, Tarvex and Zelbar.",
     ("COMPETES_WITH", "Quistor", "Zelbar")),
    # family 4: a rival noun as an adjunct of a name
    ("en", "A planned merger between Quistor and rival Velmora was dropped in 2022.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Quistor held talks with rival Velmora last year.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Un projet de fusion entre Quistor et son rival Velmora a été abandonné.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
]

ABSENT = [
    # rivals of a third company are not rivals of each other
    ("en", "Quistor competes with Velmora and Tarvex.", ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "Quistor faces mounting pressure from larger rivals such as Velmora and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "Quistor Systems wants to keep pace with its bigger rivals, Velmora and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("fr", "Quistor se mesure sur le segment des pompes haut de gamme à Velmora et à Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("fr", "Quistor affronte des concurrents plus gros comme Velmora et Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "Quistor has three rivals: Velmora, Tarvex and Zelbar.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    # a colon after a clause that goes on past the rival noun announces no rival
    ("en", "Quistor's rivals cut prices: Velmora said demand fell.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # former rivals
    ("en", "Velmora, a former rival of Quistor, now makes valves.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Velmora, ancien concurrent de Quistor, fabrique désormais des vannes.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # compete for a contract with a partner
    ("en", "Quistor will compete for the rail contract with its partner Velmora.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # a merger between rivals is no partnership
    ("en", "A planned merger between Quistor and rival Velmora was dropped in 2022.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("en", "Quistor and Velmora, rivals in pumps, are in merger talks.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # "such as" naming goods, not rivals
    ("en", "Quistor competes with Velmora in products such as pumps and valves sold by Tarvex.",
     ("COMPETES_WITH", "Quistor", "Tarvex")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_absent(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)

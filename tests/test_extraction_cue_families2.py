"""Session 12, cue families, second pass: relations whose two parties are named in the sentence
but whose cue no frame covered, filled as whole families in both languages and written as
invented sentences (names in no list) before the fix.

Family 1, distribution by the distributor: the seller named as the subject of an active verb
of distribution, with the maker as the owner of the goods or the brand ("X distributes /
markets / resells Y's products", "X distribue / commercialisera / référence les cognacs de Y"):
the maker supplies the distributor. A company distributing its own goods through another is
the other way round and stays out.

Family 2, rivalry through a rival's goods: "X competes with products / offerings from A and
B" (the French "rivalise avec les produits de A" already held).

Family 3, a role held since a date, said with the present perfect: "P, who has run X since
2021", "P has led X since 2019", "P, who has chaired X since 2018".

Family 4, launching together: "X va lancer / lancera avec Y une gamme", "X will launch a range
with Y", "co-launched with Y" (the co-development frame; the means stay out as there).
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

FOUND = [
    # family 1: distribution by the distributor
    ("en", "Quistor distributes Velmora's products in Japan.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor, which has distributed Velmora's cognacs since 2019, will open a store.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor will market Velmora's range in Britain.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor resells Velmora's software to banks.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor distribuera désormais les cognacs de Velmora aux États-Unis.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor commercialisera la gamme de Velmora au Royaume-Uni.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "La chaîne Quistor référencera dès novembre les vins de Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Le grand magasin Quistor, qui distribue la marque Velmora depuis 2023, a ouvert un "
     "corner.", ("SUPPLIES", "Velmora", "Quistor")),
    # family 2: rivalry through a rival's goods
    ("en", "Velmora competes with products from Quistor and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "Velmora competes with offerings from Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora rivalise avec les produits de Quistor et de Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    # family 3: a role held since a date
    ("en", "\"We are ready,\" said Ann Velmor, who has run Quistor since 2021 as managing "
     "director.", ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    ("en", "Ann Velmor has led Quistor since 2019.", ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    ("en", "Ann Velmor, who has chaired Quistor since 2018, declined to comment.",
     ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    ("en", "Ann Velmor, who has headed Quistor since 2020, spoke.",
     ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    # family 4: launching together
    ("fr", "Velmora va lancer une ligne de sacs en cuir végétal avec la start-up lyonnaise "
     "Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora lancera avec Quistor une gamme de vélos.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora will launch a new range of bags with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora co-launched the service with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
]

ABSENT = [
    # a maker distributing its own goods through another supplies it, not the reverse
    ("en", "Velmora distributes its products through Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora markets its drugs in Europe with Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora commercialise ses produits via Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora distribue ses vins par l'intermédiaire de Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora distribue ses produits chez Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # the passive form keeps its own direction
    ("fr", "Les produits de Velmora sont distribués par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # goods bought from a third company make it no rival
    ("en", "Velmora competes with Quistor for chips from Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    # leading talks or a round is no role
    ("en", "Ann Velmor has led the talks with Quistor since May.",
     ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    # the means of a launch are no partner
    ("en", "Velmora will launch the product with funding from Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora will launch its phone with Quistor's chips.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora va lancer une offre avec le soutien de Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
]

CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)

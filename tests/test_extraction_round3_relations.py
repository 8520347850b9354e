"""Round 3 of the relation work: families of phrasing from real-news style text, written as
invented sentences (names in no list, both languages where the family exists in both).

Family 1: a group noun fills the argument slot and its members are named after it: a list
opener ("par plusieurs fonds, dont A et B", "from investors, including A", "a crowded field of
reactor developers, including A") or, for the agent of a passive, the group's leader ("bought
by a consortium led by A", "racheté par un consortium mené par A").

Family 2: a partnership or a rivalry said by another form of the verb or an idiom: the gerund
and participle ("en s'associant au groupe X", "joining forces with X"), the future ("s'alliera
avec"), rivalry idioms ("au coude-à-coude avec", "neck and neck with", "jostles with",
"ferraille avec"). The subject of a gerund or participle clause set off after the main
clause is the main clause's subject, not the nearest name (the main verb's object).

Family 3: making handed to another company: the causative ("X fait fabriquer ses drones par Y",
"fera construire ses navires chez Y") and outsourcing ("X sous-traite la fabrication de ses
cartes à Y", "X outsourced the assembly of its boards to Y").

Family 4: the name set off after a relational noun behind its place or nationality ("its
closest rival, Berlin-based Y,", "son principal concurrent, le berlinois Y,").
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

FOUND = [
    ("fr", "Selon nos informations, Zentrix était détenue par plusieurs fonds, dont Korvane et "
     "Tarvo.", ("INVESTS_IN", "Tarvo", "Zentrix")),
    ("fr", "Selon nos informations, Zentrix est détenue par des investisseurs, parmi lesquels "
     "Korvane.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "Last year Zentrix raised $20 million from investors, including Korvane and Tarvo.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "Last year Zentrix raised $20 million from backers including Korvane.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "In March Zentrix was bought by a consortium led by Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "In March Zentrix was acquired by a group of investors led by Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "En mars, Zentrix a été racheté par un consortium mené par Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "En mars, Zentrix sera rachetée par un groupe d'investisseurs emmené par Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora competes with a crowded field of reactor developers, including Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Velmora affronte de nombreux concurrents, dont Zentrix et Korvane.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    # family 2
    ("fr", "Selon nos informations, Velmora va racheter Zentrix en s'associant au groupe "
     "autrichien Korvane.", ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", "Selon nos informations, Velmora prendra le contrôle de Zentrix en s'alliant avec "
     "Korvane.", ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", "In March Velmora agreed to buy Zentrix, joining forces with Korvane.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", "En mars dernier Velmora a racheté Zentrix en s'associant à Korvane.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", "Selon nos informations, Velmora s'alliera avec Korvane l'an prochain.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", "Sur le terrain, Velmora est au coude-à-coude avec Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Sur ce marché, Velmora ferraille avec Zentrix et Korvane.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", "In Europe, Velmora is neck and neck with Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "In Europe, Velmora jostles with Zentrix for market share.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "In Europe, Velmora is going head-to-head with Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    # family 3
    ("fr", "Selon nos informations, Velmora fait fabriquer ses drones par le groupe Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Selon nos informations, Velmora fera construire ses navires chez Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Velmora a fait fabriquer ses drones par Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Selon nos informations, Velmora sous-traite la fabrication de ses cartes à Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "In March Velmora outsourced the assembly of its boards to Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora outsources production to Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    # family 4
    ("en", "Velmora's closest rival, Berlin-based Zentrix, cut jobs.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora makes drones. Its closest rival, Tel Aviv-based Zentrix, cut jobs.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Velmora fabrique des drones. Son principal concurrent, le berlinois Zentrix, a "
     "supprimé des emplois.", ("COMPETES_WITH", "Velmora", "Zentrix")),
]

ABSENT = [
    # products or other things listed after a noun that names no group of companies
    ("fr", "Velmora utilise les puces de Zentrix pour ses modèles, comme Orbix.",
     ("SUPPLIES", "Orbix", "Velmora")),
    ("en", "Velmora uses Zentrix chips for its models, such as Orbix.",
     ("SUPPLIES", "Orbix", "Velmora")),
    # "dont" opening a relative clause after the group is no list
    ("fr", "En mars, Zentrix a été racheté par un consortium dont Velmora détient 30 %.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    # contracts competed for are not won
    ("en", "Velmora is competing for utility and data-centre contracts with a crowded field of "
     "reactor developers, including Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora is vying for defence contracts with Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # a denied purchase by a group stays off the graph
    ("en", "Zentrix denied it would be bought by a consortium led by Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    # family 2: denied, and a struggle against a disease with a partner is no rivalry
    ("fr", "Selon nos informations, Velmora ne s'associera pas à Korvane.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", "In March Velmora denied it was joining forces with Korvane.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", "Selon nos informations, Velmora lutte contre le cancer avec Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "En mars dernier Velmora a racheté Zentrix en s'associant à Korvane.",
     ("PARTNERS_WITH", "Zentrix", "Korvane")),
    # family 3: negated, and the maker the other way round
    ("fr", "Selon nos informations, Velmora ne fera pas fabriquer ses drones par Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora outsources production to Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    # family 4: a former rival
    ("en", "Velmora makes drones. Its former rival, Berlin-based Zentrix, cut jobs.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
]


CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)

"""Issue 11, session 14: lists whose members carry descriptors or appositions.

A list of names keeps every member when the members carry their own descriptions ("le fonds
souverain A et le gestionnaire B", "sovereign fund A and pension manager B", "the group A, the
bank B and the retailer C") or an apposition set off by commas ("A, a unit of B, and C"); a
parent named in a member's apposition ("A, filiale de B, et C") is no member, and words that
are no description (a verb, a person's title) do not join two names into one list. Every
company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a described first member, then a member described by a determiner and a noun
    ("fr", "L'augmentation de capital de Velmora a été souscrite par le fonds souverain Quistor "
     "et le gestionnaire Zelbar.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "L'augmentation de capital de Velmora a été souscrite par le fonds souverain Quistor "
     "et le gestionnaire Zelbar.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Korvane a levé 12 millions d'euros auprès du fonds régional Tarvo et de "
     "l'investisseur Brelun.", ("INVESTS_IN", "Brelun", "Korvane")),
    ("en", "Velmora raised $40 million from sovereign fund Quistor and pension manager Zelbar.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Korvane raised $15 million from the fund Tarvo and the asset manager Brelun.",
     ("INVESTS_IN", "Brelun", "Korvane")),
    ("en", "Velmora signed a deal with the group Quistor, the chain Zelbar and the retailer "
     "Tarvo.", ("PARTNERS_WITH", "Velmora", "Zelbar")),
    ("en", "Velmora signed a deal with the group Quistor, the chain Zelbar and the retailer "
     "Tarvo.", ("PARTNERS_WITH", "Velmora", "Tarvo")),
    # a French description with a "de" complement ("le gestionnaire d'actifs B")
    ("fr", "Velmora a annoncé une augmentation de capital souscrite par le fonds souverain "
     "norvégien Quistor, la Banque Zelbar et le gestionnaire d'actifs Tarvo Partners.",
     ("INVESTS_IN", "Tarvo Partners", "Velmora")),
    ("fr", "Korvane a été financée par le fonds régional Brelun et le gestionnaire d'actifs "
     "Tarvo Capital.", ("INVESTS_IN", "Tarvo Capital", "Korvane")),
    ("fr", "Velmora vend ses moteurs au groupe Quistor, au fabricant de chariots Zelbar et à la "
     "maison de cognac Tarvo.", ("SUPPLIES", "Velmora", "Tarvo")),
    ("en", "Velmora sells its engines to the group Quistor, the forklift maker Zelbar and the "
     "cognac house Tarvo.", ("SUPPLIES", "Velmora", "Tarvo")),
    # an undescribed first member, then described ones: a description on the way lets the
    # later members carry their own
    ("en", "Velmora counts among its customers Quistor, forklift maker Zelbar and cognac house "
     "Tarvo.", ("SUPPLIES", "Velmora", "Tarvo")),
    ("fr", "Velmora compte parmi ses clients Quistor, le fabricant Zelbar et la maison de cognac "
     "Tarvo.", ("SUPPLIES", "Velmora", "Tarvo")),
    # an apposition set off by commas in the middle of the list: the list goes on after it
    ("en", "Velmora raised $40 million from Quistor, a unit of Zelbar, and Tarvo.",
     ("INVESTS_IN", "Tarvo", "Velmora")),
    ("en", "Velmora raised $40 million from Quistor, the venture arm of Zelbar, and Tarvo.",
     ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Velmora a levé 40 millions d'euros auprès de Quistor, filiale de Zelbar, et de "
     "Tarvo.", ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Velmora a levé 40 millions d'euros auprès de Quistor, le bras de capital-risque de "
     "Zelbar, et de Tarvo.", ("INVESTS_IN", "Tarvo", "Velmora")),
]

ABSENT = [
    # the parent named in a member's apposition is no member
    ("en", "Velmora raised $40 million from Quistor, a unit of Zelbar, and Tarvo.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Velmora a levé 40 millions d'euros auprès de Quistor, filiale de Zelbar, et de "
     "Tarvo.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Velmora a levé 40 millions d'euros auprès de Quistor, le bras de capital-risque de "
     "Zelbar, et de Tarvo.", ("INVESTS_IN", "Zelbar", "Velmora")),
    # a verb after the conjunction opens a clause: no list
    ("en", "Velmora raised $40 million from sovereign fund Quistor and owns Zelbar.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Korvane is backed by the fund Tarvo and acquired Brelun last year.",
     ("INVESTS_IN", "Brelun", "Korvane")),
    ("fr", "Korvane est détenue par le fonds Tarvo et rachète Brelun.",
     ("INVESTS_IN", "Brelun", "Korvane")),
    # a name after "de" is the complement of the noun, no member
    ("fr", "Korvane a été financée par le fonds régional Brelun et le gestionnaire de "
     "Tarvo.", ("INVESTS_IN", "Tarvo", "Korvane")),
    # a time after the conjunction opens another clause, whose subject is no member
    ("en", "Velmora acquired the fund Quistor and the next day Zelbar bought Tarvo.",
     ("ACQUIRES", "Velmora", "Zelbar")),
    ("fr", "Velmora a racheté le fonds Quistor et le lendemain Zelbar a racheté Tarvo.",
     ("ACQUIRES", "Velmora", "Zelbar")),
    ("fr", "Korvane a racheté le fonds Tarvo et la même année Brelun a racheté Quistor.",
     ("ACQUIRES", "Korvane", "Brelun")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

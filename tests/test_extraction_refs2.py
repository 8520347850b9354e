"""Issue 11, session 15: descriptions resolved to the wrong company (second round).

A description that is the direct object of a relation verb ("Tarvex has looked at buying the
brand", "Tarvex a envisagé de racheter la marque") is not that verb's subject when the article
called other companies by the description's noun and never that subject: it goes to one of
them. A sentence led by a name that refers to another company by a description is about that
company: a description opening the next sentence ("The company buys ...") continues it, not
the name that led in passing (a retailer in talks, a customer). A deal role ("l'acquéreur",
"the buyer") is the subject of the last buying verb or deal noun before it ("X a annoncé
l'acquisition de Y", "X agreed to buy Y"), not the target or a customer named since. Every
company here is made up and in no list. A description whose noun the article gave one company
only in an apposition ("Quistor, a Boston startup ... The startup") is that company, not the
previous sentence's subject that was never called so. A description that is a complement in a
clause led by another company ("Velmora relies on the company") continues the previous
sentence's subject ("Quistor, founded in 1994 by P, runs 300 trucks"), as a description
opening its sentence does, rather than the article's main company. A plural naming investors
("les deux fonds", "the two funds") takes the last pair whose names say investor ("Korvane
Capital et Delmar Ventures"), not a later pair of customers.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_BRAND_EN = ("Korvane has agreed to buy a stake in British brand Quistor. Quistor's creams are "
             "sold in 300 Velbar shops, and the chain brings a third of the brand's sales. "
             "Rival brand Zorlen sells online. Tarvex has looked at acquiring the brand, people "
             "said. The company buys its oils from Swiss maker Delmar SA.")
_BRAND_FR = ("Korvane va prendre 60 % de la marque britannique Quistor. Les crèmes de Quistor "
             "sont vendues dans 300 magasins Velbar, et la chaîne pèse un tiers des ventes de la "
             "marque. La marque concurrente Zorlen vend en ligne. Tarvex a envisagé de racheter "
             "la marque, selon des sources. La société s'approvisionne en huiles auprès du "
             "fabricant suisse Delmar SA.")
# the same with the retailer itself called a brand: it may be the brand it talks of
_OWN_EN = ("Korvane has agreed to buy a stake in British brand Quistor. Quistor's creams are "
           "sold in 300 Velbar shops. Rival brand Zorlen sells online, as does the fashion brand "
           "Tarvex. Tarvex has looked at acquiring the brand, people said.")
_BUYER_FR = ("L'éditeur nantais Korvane a annoncé lundi l'acquisition de la start-up Quistor, "
             "qui équipe une vingtaine de ports. Le montant n'a pas été dévoilé. Quistor compte "
             "parmi ses clients le groupe Tarvex. Luc Brenne, cofondateur de Quistor, deviendra "
             "directeur technique de l'acquéreur.")
_BUYER_EN = ("Nantes-based software maker Korvane said on Monday it had agreed to buy start-up "
             "Quistor, whose software runs at twenty ports. Terms were not disclosed. Quistor "
             "counts Tarvex among its customers. Luc Brenne, a co-founder of Quistor, will "
             "become chief technology officer of the buyer.")
# a passive deal ("agreed to be bought by") names no buyer as subject: left as it was
_PASSIVE_EN = ("Quistor agreed to be bought by Korvane for $40 million. Tarvex, a rival bidder, "
               "had also approached Quistor. Luc Brenne, a co-founder of Quistor, will become "
               "chief technology officer of the buyer.")

_STARTUP_EN = ("Korvane Industries agreed to buy a stake in Quistor, a Boston startup that makes "
               "drone batteries. Korvane Industries will pay $40 million, Korvane said. Korvane "
               "employs 9,000 people. The startup buys its cells from Delmar.")
_STARTUP_FR = ("Korvane Industries va prendre une participation dans Quistor, une start-up "
               "lyonnaise qui fabrique des batteries de drones. Korvane Industries paiera 40 "
               "millions d'euros, a indiqué Korvane. Korvane emploie 9 000 personnes. La "
               "start-up achète ses cellules auprès de Delmar.")

_PREV_FR = ("Korvane a accepté de racheter Quistor Logistique pour 40 millions d'euros, a "
            "indiqué Korvane lundi. Korvane, qui fabrique des perceuses, prévoit de finaliser "
            "l'opération en juin. Quistor, fondée en 1994 par Tom Arbel, exploite 300 camions. "
            "Velmora Foods s'appuie sur la société pour ses livraisons.")
_PREV_EN = ("Korvane agreed to buy Quistor Logistics for $40 million, Korvane said on Monday. "
            "Korvane, which makes drills, expects the deal to close in June. Quistor, founded in "
            "1994 by Tom Arbel, runs 300 trucks. Velmora Foods relies on the company for "
            "deliveries.")

_FUNDS_EN = ("Quistor, a maker of drone batteries, was founded in 2019 with money from Korvane "
             "Capital and Delmar Ventures. Quistor sells its batteries to Velbar and Tarvex. The "
             "two funds together hold 40% of Quistor.")
_FUNDS_FR = ("Quistor, fabricant de batteries pour drones, a été fondé en 2019 avec l'argent de "
             "Korvane Capital et de Delmar Ventures. Quistor vend ses batteries à Velbar et à "
             "Tarvex. Les deux fonds détiennent ensemble 40 % de Quistor.")
# no pair says investor: the last pair, as before
_FUNDS_NONE = ("Quistor vend ses batteries à Velbar et à Tarvex. Les deux fonds détiennent "
               "ensemble 40 % de Quistor.")

FOUND = [
    # the description after a relation verb: one of the companies called so, not the subject
    ("en", _BRAND_EN, ("SUPPLIES", "Delmar", "Quistor")),
    ("fr", _BRAND_FR, ("SUPPLIES", "Delmar", "Quistor")),
    ("en", _STARTUP_EN, ("SUPPLIES", "Delmar", "Quistor")),
    ("fr", _STARTUP_FR, ("SUPPLIES", "Delmar", "Quistor")),
    ("fr", _PREV_FR, ("SUPPLIES", "Quistor Logistique", "Velmora Foods")),
    ("en", _PREV_EN, ("SUPPLIES", "Quistor Logistics", "Velmora Foods")),
    ("en", _FUNDS_EN, ("INVESTS_IN", "Korvane Capital", "Quistor")),
    ("en", _FUNDS_EN, ("INVESTS_IN", "Delmar Ventures", "Quistor")),
    ("fr", _FUNDS_FR, ("INVESTS_IN", "Korvane Capital", "Quistor")),
    ("fr", _FUNDS_FR, ("INVESTS_IN", "Delmar Ventures", "Quistor")),
    ("fr", _FUNDS_NONE, ("INVESTS_IN", "Velbar", "Quistor")),
    # the deal's buyer
    ("fr", _BUYER_FR, ("EXECUTIVE_OF", "Luc Brenne", "Korvane")),
    ("en", _BUYER_EN, ("EXECUTIVE_OF", "Luc Brenne", "Korvane")),
]

ABSENT = [
    # the next sentence's "The company" continues the brand, not the retailer in talks
    ("en", _BRAND_EN, ("SUPPLIES", "Delmar", "Tarvex")),
    ("fr", _BRAND_FR, ("SUPPLIES", "Delmar", "Tarvex")),
    ("fr", _BRAND_FR, ("ACQUIRES", "Tarvex", "Delmar")),
    # a subject the article called by the noun itself is not ruled out
    ("en", _OWN_EN, ("SUPPLIES", "Delmar", "Quistor")),
    ("en", _STARTUP_EN, ("SUPPLIES", "Delmar", "Korvane Industries")),
    ("fr", _STARTUP_FR, ("SUPPLIES", "Delmar", "Korvane Industries")),
    ("fr", _PREV_FR, ("SUPPLIES", "Korvane", "Velmora Foods")),
    ("en", _PREV_EN, ("SUPPLIES", "Korvane", "Velmora Foods")),
    ("en", _FUNDS_EN, ("INVESTS_IN", "Velbar", "Quistor")),
    ("fr", _FUNDS_FR, ("INVESTS_IN", "Tarvex", "Quistor")),
    # the buyer is neither the customer named since nor, in a passive deal, the rival bidder
    ("fr", _BUYER_FR, ("EXECUTIVE_OF", "Luc Brenne", "Tarvex")),
    ("en", _BUYER_EN, ("EXECUTIVE_OF", "Luc Brenne", "Tarvex")),
    ("en", _PASSIVE_EN, ("EXECUTIVE_OF", "Luc Brenne", "Tarvex")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

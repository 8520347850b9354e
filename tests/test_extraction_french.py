"""Session 11, French recall: French grammar that English writes another way, as invented
sentences (names in no list).

Family 1: a plural relational noun whose company follows it as a "de" complement ("les clients
de Y", "les actionnaires de Y", where English writes "Y's customers") and whose members are
named by an inclusion: "les N de Y comprennent / incluent / sont A et B", "parmi les N de Y
figurent A et B", "les N historiques de Y, parmi lesquels A et B". The plural determiner alone
still blocks the noun ("Korvane a convaincu les actionnaires de Velmora": no stake), as does a
clause with no member list.

Family 2: the future of first-group verbs whose present and infinitive a frame lists ("affronte",
"affronter": "affrontera", "affronteront"; "se mesureront", "collaborera avec"). The conditional
reports a hypothesis and stays out ("Velmora affronterait Korvane").

Family 3 (resolution, both languages): a one-word name the article used alone at least twice
stays that company after a longer name that starts with it ("Velmora ... sa filiale Velmora
Mobility Services ... Velmora affronte Zentrix": the parent, not the subsidiary).

Family 4 (both languages): buying a company's output makes the buyer a customer, not the owner
("s'est engagé à acheter les deux tiers de la production de X", "agreed to buy the output of
X"); buying the company itself, or a stake, stays a takeover or an investment.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_PARENT_FR = ("Velmora a annoncé jeudi une augmentation de capital. Velmora cède aussi sa filiale "
              "Velmora Mobility Services à Korvane. Le groupe Velmora affronte Zentrix sur le "
              "marché allemand.")
_PARENT_EN = ("Velmora reported higher sales on Monday. Velmora also agreed to sell its unit "
              "Velmora Mobility Services to Korvane. Velmora competes with Zentrix in Germany.")

FOUND = [
    ("fr", "Parmi les clients de Velmora figurent Korvane et le groupe Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Parmi les clients de Velmora figurent Korvane et le groupe Zentrix.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Les principaux clients de Velmora comprennent Korvane.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Les actionnaires de Velmora incluent Korvane et Zentrix.",
     ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Parmi les actionnaires de Velmora figure le fonds Korvane.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Les investisseurs historiques de Velmora, parmi lesquels Korvane et Zentrix, "
     "ont remis au pot.", ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Les investisseurs historiques de Velmora, parmi lesquels Korvane et Zentrix, "
     "ont remis au pot.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Velmora fabrique des pompes. Les clients de la société, dont Korvane et "
     "Zentrix, sont satisfaits.", ("SUPPLIES", "Velmora", "Korvane")),
    # family 2: the future of listed first-group verbs
    ("fr", "Sur ce marché, Velmora affrontera directement Korvane et Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Dès 2026, Velmora et Zentrix se mesureront à Korvane en Allemagne.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    ("fr", "Velmora collaborera avec Korvane sur les batteries.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    # family 3: the parent's lone name after its subsidiary's longer one
    ("fr", _PARENT_FR, ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", _PARENT_EN, ("COMPETES_WITH", "Velmora", "Zentrix")),
    # family 4: buying the output
    ("fr", "Les coopératives Korvane et Zentrix se sont engagées à acheter les deux tiers de la "
     "production de Velmora pendant dix ans.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Korvane achètera la vapeur de Velmora.", ("SUPPLIES", "Velmora", "Korvane")),
    ("en", "Korvane agreed to buy the output of Velmora for ten years.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Korvane achète Velmora.", ("ACQUIRES", "Korvane", "Velmora")),
    ("fr", "Korvane achète 20 % de Velmora.", ("INVESTS_IN", "Korvane", "Velmora")),
]

ABSENT = [
    ("fr", "Korvane a convaincu les actionnaires de Velmora de vendre.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Korvane a rencontré les clients de Velmora, qui sont inquiets.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Les actionnaires de Velmora sont favorables à l'offre de Korvane.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Les clients de Velmora, dont le nombre a doublé, saluent l'accord avec Korvane.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Selon la presse, Velmora affronterait Korvane sur ce marché.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    ("fr", _PARENT_FR, ("COMPETES_WITH", "Velmora Mobility Services", "Zentrix")),
    ("en", _PARENT_EN, ("COMPETES_WITH", "Velmora Mobility Services", "Zentrix")),
    ("fr", "Les coopératives Korvane et Zentrix se sont engagées à acheter les deux tiers de la "
     "production de Velmora pendant dix ans.", ("ACQUIRES", "Zentrix", "Velmora")),
    ("en", "Korvane agreed to buy the output of Velmora for ten years.",
     ("ACQUIRES", "Korvane", "Velmora")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 19, french pass: French constructions that hid a relation, in invented
sentences (English counterparts where the construction exists).

- a discourse adverbial after the verb whose words look like a party or a stake: "pour sa
  part" / "pour leur part" (its "part" is no stake, its "pour" no customer), "quant à elle"
  (its "à" no customer), a stressed pronoun echoing the subject ("elle aussi", "lui aussi");
- a description whose trade is a bare organisation noun after "de" ("le transporteur de fonds
  X", "le gestionnaire de fonds X"): X is the subject, not inside a phrase "de fonds X";
- a stake named "part au capital de Y" after a relative "dont" ("X, dont la part au capital de Y
  montera à 22 %"), as "participation" already was.
Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # "pour sa part" between the verb and its object ("X livre pour sa part ses tubes à Y")
    ("fr", "Korvane livre pour sa part ses tubes à Velmora.", ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Korvane fournit pour sa part des capteurs à Velmora depuis 2019.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Quistor et Tarvo vendent pour leur part leurs pompes à Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Korvane livre pour sa part à Velmora des vannes en fonte.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Fondée en 1971 à Vannes, Korvane livre pour sa part ses tubes à Velmora et à Tarvo.",
     ("SUPPLIES", "Korvane", "Tarvo")),
    # "quant à elle" / "quant à lui" after the verb
    ("fr", "Korvane fournit quant à elle des batteries à Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Le fabricant Zelbar livre quant à lui ses moteurs à Velmora.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    # a stressed pronoun echoing the subject
    ("fr", "Korvane livre elle aussi des vannes à Velmora.", ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Korvane fournit elle aussi Velmora en capteurs.", ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Zelbar affronte lui aussi Velmora sur le marché des pompes.",
     ("COMPETES_WITH", "Zelbar", "Velmora")),
    # English counterparts (set off by commas)
    ("en", "Korvane, for its part, sells its valves to Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("en", "Korvane, too, supplies pumps to Velmora.", ("SUPPLIES", "Korvane", "Velmora")),
    # a trade told by a bare organisation noun after "de"
    ("fr", "Le transporteur de fonds Velmora a racheté Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Le transporteur de fonds Velmora a annoncé jeudi le rachat de Quistor, une société "
     "lilloise de 300 salariés.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Le gestionnaire de fonds Velmora a pris 20 % de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Le spécialiste du transport de fonds Velmora a racheté Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # "dont la part au capital de Y"
    ("fr", "L'extension sera financée par une augmentation de capital souscrite par Tarvo, dont "
     "la part au capital de Velmora montera ainsi à 22 %.", ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Tarvo, dont la part au capital de Velmora passera à 22 %, a souscrit l'augmentation "
     "de capital.", ("INVESTS_IN", "Tarvo", "Velmora")),
    ("en", "Tarvo, whose stake in Velmora will rise to 22%, subscribed to the capital increase.",
     ("INVESTS_IN", "Tarvo", "Velmora")),
]

ABSENT = [
    # a stake sold stays a stake, never a supply
    ("fr", "Korvane vend pour sa part sa participation dans Zelbar à Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Korvane a cédé sa part de Zelbar à Velmora.", ("SUPPLIES", "Korvane", "Velmora")),
    # the echoing pronoun is no party
    ("fr", "Korvane livre elle aussi des vannes à Velmora.", ("SUPPLIES", "Korvane", "Korvane")),
    # "quant à" a company names a topic, not a customer
    ("fr", "Quant à Velmora, Korvane lui livre des vannes depuis 2019.",
     ("SUPPLIES", "Velmora", "Korvane")),
    # a person's "pour sa part" with no supply verb
    ("fr", "Korvane a pour sa part annoncé un plan social, a indiqué Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    # a fund named inside another phrase stays out of the clause's subject
    ("fr", "Quistor, filiale du gestionnaire de fonds Velmora, a racheté Tarvo.",
     ("ACQUIRES", "Velmora", "Tarvo")),
    ("fr", "Avec l'appui du gestionnaire de fonds Velmora, Quistor a racheté Tarvo.",
     ("ACQUIRES", "Velmora", "Tarvo")),
    # a stake sold or held by others
    ("fr", "Tarvo a cédé sa part au capital de Velmora.", ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Tarvo a vendu la part au capital de Velmora qu'il détenait.",
     ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Tarvo affronte Quistor, dont la part de marché atteint 22 % chez Velmora.",
     ("INVESTS_IN", "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

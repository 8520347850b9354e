"""Session 15, SUPPLIES recall on new text (issue 11): families from the census of supply
misses on the fresh batches 17, 18, 20 and the read sets (docs/extraction.md, "Session 15:
SUPPLIES recall"), written as invented sentences with names in no list, both languages.

Families:
- equipment and inputs owned by the customer, supplied by the agent of a passive ("les fours
  de Y sont équipés de brûleurs fournis par X", "les flacons de Y sont produits par X",
  "Y's kilns are fitted with burners supplied by X");
- a service entrusted to a supplier ("Y a confié à X la gestion de ses fonds", "qui a confié
  à X en 2020 un mandat"); "a confié à X" before what was entrusted is no citation of X, a
  quotation's "», a confié à X le directeur" still is;
- a counted relation noun whose members follow a list opener, with the clause's subject as
  owner ("X revendique près de 900 clients, parmi lesquels A, qui ..., et B", "X has more
  than 900 customers, including A and B", "X compte 300 fournisseurs, dont A"); "compte"
  before a count is no plan.

Kept out: owned nouns that are no goods ("les salariés de Y sont représentés par X"), a
speaker's words to an outlet, counts of what is no relation noun ("900 employees,
including A"), customers lost ("a perdu 900 clients, dont A").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # equipment and inputs of the customer, supplied by the agent of a passive
    ("fr", "Les flacons de Velmora sont produits par le verrier Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les bouchons de Velmora sont fournis par Quistor depuis 2019.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les fours de Velmora sont équipés de brûleurs fournis par le danois Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les caves de Velmora sont équipées de robots conçus par la PME savoyarde Quistor, "
     "qui doit en livrer six d'ici à la fin de l'année.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "The ovens of Velmora are fitted with burners supplied by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's kilns are equipped with burners made by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "The bottles of Velmora are made by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a service entrusted to a supplier
    ("fr", "Velmora a confié à Quistor la gestion de ses fonds.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora confie déjà à Quistor la conservation de ses titres.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora, qui a confié à Quistor en 2020 un mandat de 600 millions d'euros, compte "
     "renouveler l'accord.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "« Nous allons croître », a confié à Quistor le directeur général de Velmora, "
     "Paul Mardin.", ("REPORTED_BY", "ARTICLE", "Quistor")),
    # a counted relation noun, its members after a list opener
    ("fr", "Velmora Industries compte 900 clients, parmi lesquels Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries sert plus de 900 clients, dont Quistor et Zelmar.",
     ("SUPPLIES", "Velmora Industries", "Zelmar")),
    ("fr", "Velmora Industries revendique près de 900 clients, parmi lesquels Quistor, qui "
     "utilise sa suite logicielle, et Zelmar.", ("SUPPLIES", "Velmora Industries", "Zelmar")),
    ("fr", "Velmora Industries compte 300 fournisseurs, dont Quistor.",
     ("SUPPLIES", "Quistor", "Velmora Industries")),
    ("en", "Tarvex Systems has more than 900 customers, including Korvane and Zelmar.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("en", "Tarvex Systems serves about 900 clients, among them Korvane and Zelmar.",
     ("SUPPLIES", "Tarvex Systems", "Zelmar")),
    ("en", "Tarvex Systems has 900 customers, including Korvane, which uses its software, and "
     "Zelmar.", ("SUPPLIES", "Tarvex Systems", "Zelmar")),
]

ABSENT = [
    ("fr", "Les salariés de Velmora sont représentés par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a confié à Quistor la gestion de ses fonds.",
     ("REPORTED_BY", "ARTICLE", "Quistor")),
    ("fr", "« Nous allons croître », a confié à Quistor le directeur général de Velmora, "
     "Paul Mardin.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's workers are represented by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Tarvex Systems has 900 employees, including Korvane.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("en", "Tarvex Systems lost 900 customers, including Korvane.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("fr", "Velmora Industries a perdu 900 clients, dont Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 18, typing: routes, sites and ships taken for companies.

The names after a route noun and "vers" / "to" are where the route goes ("exploite les
liaisons vers Quessor, Malbine et Belle-Vanne", "its ferry routes to Quessor"); the names after
a site noun governed by a running verb and "à" / "in" are where the sites are ("exploite trois
scieries à Quessor et Tarvik"); a ship named like its owner ("à bord du Quarvane Aurore", "two
ships on order, with the first of them, the Quarvane Solstice, ...") must not take the owner's
short name; goods "on order at" a yard come from it. Near misses keep the company: a buyer of
sites after "a vendu ... à", a company after "s'est tourné vers", a yard named with a company
word, a company named like its trade ("Brelmont Ferries"). Every company here is made up and in
no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_SHIPS_EN = ("Quarvane Voyages Plc, the listed cruise operator, agreed to buy Tarvix. The company "
             "has two expedition ships on order at Norwegian shipbuilder Kelmark, with the first "
             "of them, the Quarvane Solstice, scheduled for delivery in 2026. Quarvane competes "
             "with Brelmont Lines.")
_SHIPS_FR = ("Quarvane Croisières a racheté Tarvix. La compagnie a commandé deux navires, dont le "
             "premier, le Quarvane Aurore, sera livré en mai. Quarvane affronte Brelmont Lignes.")
_ABOARD_EN = ("Quarvane Cruises buys fuel from Tarvix. Aboard the Quarvane Aurora, guests dine "
              "well. Quarvane competes with Brelmont Lines.")
_ABOARD_FR = ("Quarvane Croisières a racheté Tarvix. À bord du Quarvane Aurore, les passagers "
              "dînent. Quarvane affronte Brelmont Lignes.")

FOUND = [
    # the owner keeps its short name after its ship is named
    ("en", _SHIPS_EN, ("COMPETES_WITH", "Quarvane Voyages", "Brelmont Lines")),
    ("en", _SHIPS_EN, ("SUPPLIES", "Kelmark", "Quarvane Voyages")),
    ("fr", _SHIPS_FR, ("COMPETES_WITH", "Quarvane Croisières", "Brelmont Lignes")),
    ("en", _ABOARD_EN, ("COMPETES_WITH", "Quarvane Cruises", "Brelmont Lines")),
    ("fr", _ABOARD_FR, ("COMPETES_WITH", "Quarvane Croisières", "Brelmont Lignes")),
    # goods on order at their maker
    ("en", "Velmora has two tankers on order at Kelmark.", ("SUPPLIES", "Kelmark", "Velmora")),
    ("en", "Velmora has three ships on order at shipbuilder Kelmark.",
     ("SUPPLIES", "Kelmark", "Velmora")),
    # near misses: the rest of the sentence keeps its parties
    ("fr", "Velmora exploite les liaisons maritimes vers Quessor et fournit du gazole à Tarvik.",
     ("SUPPLIES", "Velmora", "Tarvik")),
    ("en", "Velmora, which runs ferry routes to Quessor and Malbine, buys fuel from Tarvix.",
     ("SUPPLIES", "Tarvix", "Velmora")),
    ("en", "Kelmark ships turbines to Quarvane.", ("SUPPLIES", "Kelmark", "Quarvane")),
    # a company named like its trade, after "vers" without a route noun
    ("fr", "Pour ses moteurs, Velmora s'est tourné vers Brelmont Ferries, qui lui fournit des "
           "hélices.", ("SUPPLIES", "Brelmont Ferries", "Velmora")),
    ("fr", "Velmora, qui exploite trois scieries à Quessor, Foncine-le-Haut et Tarvik, restera "
           "pilotée par Élodie Marchetaz, sa directrice générale depuis 2021.",
     ("EXECUTIVE_OF", "Élodie Marchetaz", "Velmora")),
    ("fr", "Velmora achète ses grumes à Forêts de Quessor.",
     ("SUPPLIES", "Forêts de Quessor", "Velmora")),
    ("en", "Velmora competes with Brelmont Ferries on the routes to Quessor.",
     ("COMPETES_WITH", "Velmora", "Brelmont Ferries")),
]

ABSENT = [
    # route destinations
    ("fr", "Avec cette acquisition, le groupe brestois Velmora, qui exploite déjà les liaisons "
           "vers Quessor, Malbine et Belle-Vanne, devrait franchir le cap.",
     ("SUPPLIES", "Quessor", "Velmora")),
    ("fr", "Velmora exploite les liaisons vers Quessor, Malbine et Belle-Vanne.",
     ("SUPPLIES", "Belle-Vanne", "Velmora")),
    ("fr", "Velmora exploite les liaisons maritimes vers Quessor et Malbine depuis 1990.",
     ("SUPPLIES", "Malbine", "Velmora")),
    # sites in towns
    ("fr", "Velmora, qui exploite trois scieries à Quessor, Malbine-le-Haut et Tarvik, restera "
           "indépendante.", ("SUPPLIES", "Tarvik", "Velmora")),
    ("fr", "Velmora exploite trois scieries à Quessor, Malbine-le-Haut et Tarvik.",
     ("SUPPLIES", "Quessor", "Velmora")),
    ("fr", "Velmora, qui exploite trois scieries à Quessor, Foncine-le-Haut et Tarvik, restera "
           "pilotée par Élodie Marchetaz.", ("EXECUTIVE_OF", "Élodie Marchetaz", "Tarvik")),
    ("fr", "Velmora achète ses grumes à la forêt de Quessor.", ("SUPPLIES", "Quessor", "Velmora")),
    # a ship is no party of its owner's relations
    ("en", _SHIPS_EN, ("COMPETES_WITH", "Quarvane Solstice", "Brelmont Lines")),
    ("en", _ABOARD_EN, ("COMPETES_WITH", "Quarvane Aurora", "Brelmont Lines")),
    ("fr", _ABOARD_FR, ("COMPETES_WITH", "Quarvane Aurore", "Brelmont Lignes")),
    # the goods on order: not the buyer supplying the yard
    ("en", "Velmora has two ships on order at Kelmark.", ("SUPPLIES", "Velmora", "Kelmark")),
    ("en", "Orders at Kelmark rose 5% as Velmora struggled.", ("SUPPLIES", "Velmora", "Kelmark")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 20: parties only referred to, thirteenth round (refs13).

A country's name in the possessive before a company ("Italy's Velmora", "Spain's Zorbex",
often in an article's title) placed it nowhere: only nationality adjectives ("the Italian
Velmora") did. A later "the Italian group" then went to the nearest company the article had
called Italian (a supplier), or to any company named nearer, never to Velmora. The possessive
country now places the company like the adjective.

A hyphenated sector between a nationality and a company noun ("Dutch bakery-ingredients maker
Quistor") stopped the scan back from the name at the hyphen: the nationality was lost, and
"the Dutch company" after a takeover went to the buyer. A hyphen between two lower-case words
is part of the sector now.

A stake in a description after a takeover ("X agreed to buy Y. Z will take a 20% stake in the
rescued business", "Le groupe X a annoncé le rachat de Y. ... une participation de 10 % dans
l'entreprise") went to the buyer, the article's company: the description that a stake is in
(`_stake_in`) is now the company the last real buying verb of its sentence or the three before
bought (its object, or a passive's subject), not a company after "alongside" ("to fund the
acquisition alongside Z"); never for "the merged group" (the buyer's) nor a placed
description ("the Indian company"), nor when the target is the clause's own subject.

French has no possessive of a country; its counterparts ("l'italien Velmora", "le fabricant
néerlandais d'ingrédients Quistor") were read already and are kept here as the family's other
half.

Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_TITLE_EN = ("Title: Italy's Velmora Ceramics buys into tile maker\n\n"
             "Velmora Ceramics has agreed to take a 30 per cent stake in Quistor Tiles, according "
             "to a filing to the Kandor Stock Exchange. ")
_SUPPLIER_EN = "Velmora buys its printers from Italian machinery maker Brelan Systems. "
_TITLE_FR = ("Title: L'italien Velmora Céramiques entre au capital d'un fabricant de carreaux\n\n"
             "Velmora Céramiques va prendre 30 % du capital de Quistor Carreaux, selon un "
             "document déposé auprès de la Bourse de Kandor. ")
_SUPPLIER_FR = ("Velmora achète ses imprimantes au fabricant italien de machines Brelan "
                "Systèmes. ")
_DEAL_EN = ("Harlow Milling, the flour miller, has agreed to buy Dutch bakery-ingredients maker "
            "Quistor Groep for €142mn. The acquisition gives Harlow six blending plants. ")
_DEAL_FR = ("Le meunier Harlow Minoterie a accepté de racheter le fabricant néerlandais "
            "d'ingrédients de boulangerie Quistor Groep pour 142 millions d'euros. L'opération "
            "apporte six usines à Harlow. ")

_RIVALS_EN = (_TITLE_EN + _SUPPLIER_EN
              + "In large porcelain, the Italian group competes with Tarvel and with Zorbex.")
_PET_EN = ("Tarvel Foods has agreed to buy German pet-food maker Kandor Tiernahrung. Tarvel "
           "runs four plants. The German company competes with Zorbex.")
_BOSS_EN = _DEAL_EN + ("Fiona Carrow said the Dutch company's managing director, Pieter Vossem, "
                       "would stay.")

_RESCUE_EN = ("Kandor Holdings has agreed to buy Velmora Coachworks for £38 million. The deal "
              "saves 400 jobs. ")
_RESCUE_FR = ("Le groupe Kandor a annoncé jeudi le rachat de Velmora, un réseau belge de "
              "cliniques. ")

FOUND = [
    # a country's possessive places the company: "the Italian group" is Velmora's
    ("en", _RIVALS_EN,
     ("COMPETES_WITH", "Velmora Ceramics", "Tarvel")),
    ("en", _RIVALS_EN,
     ("COMPETES_WITH", "Velmora Ceramics", "Zorbex")),
    ("en", "Spain's Velmora Azulejos has bought a kiln line from Kandor. Italian machinery maker "
     "Brelan supplies its glazes. The Spanish company competes with Tarvel.",
     ("COMPETES_WITH", "Velmora Azulejos", "Tarvel")),
    ("en", "South Korea's Velmora Chem agreed to supply cathodes to Kandor Motors. German "
     "engineer Brelan built its plant. The Korean group competes with Tarvel.",
     ("COMPETES_WITH", "Velmora Chem", "Tarvel")),
    # French counterpart (a nationality adjective: read already)
    ("fr", _TITLE_FR + _SUPPLIER_FR
     + "Sur le grand format, le groupe italien affronte Tarvel et Zorbex.",
     ("COMPETES_WITH", "Velmora Céramiques", "Tarvel")),
    # a hyphenated sector keeps the nationality: "the Dutch company" is the target
    ("en", _BOSS_EN, ("EXECUTIVE_OF", "Pieter Vossem", "Quistor Groep")),
    ("en", _PET_EN,
     ("COMPETES_WITH", "Kandor Tiernahrung", "Zorbex")),
    ("fr", _DEAL_FR + "La société néerlandaise affronte sur son marché le belge Zorbex.",
     ("COMPETES_WITH", "Quistor Groep", "Zorbex")),
    # a stake in the description after a takeover: the target's
    ("en", _RESCUE_EN + "The Quistor Investment Bank will take a 20 per cent stake in the rescued "
     "business, people said.", ("INVESTS_IN", "Quistor Investment Bank", "Velmora Coachworks")),
    ("en", "Tarvel Partners has agreed to buy Velmora Towers for about 2 billion euros. The "
     "London-based firm will fund the acquisition alongside Quistor Capital, which will take a "
     "minority stake of around 20% in the business.",
     ("INVESTS_IN", "Quistor Capital", "Velmora Towers")),
    ("fr", _RESCUE_FR + "Le fonds Quistor Capital conserve une participation de 10 % dans "
     "l'entreprise.", ("INVESTS_IN", "Quistor Capital", "Velmora")),
]

ABSENT = [
    # the supplier called Italian is not "the Italian group" once Velmora is placed
    ("en", _RIVALS_EN,
     ("COMPETES_WITH", "Brelan Systems", "Tarvel")),
    # a country's possessive of no company ("Italy's largest tile maker") places no one
    ("en", "Velmora Ceramics, Italy's largest tile maker, buys glazes from Spanish supplier "
     "Brelan. The Spanish company competes with Tarvel.",
     ("COMPETES_WITH", "Velmora Ceramics", "Tarvel")),
    # the buyer is not "the Dutch company"
    ("en", _BOSS_EN, ("EXECUTIVE_OF", "Pieter Vossem", "Harlow Milling")),
    ("en", _PET_EN,
     ("COMPETES_WITH", "Tarvel Foods", "Zorbex")),
    # the stake is in the buyer ("the merged group"), or the description is placed elsewhere
    ("en", _RESCUE_EN + "Quistor Capital will subscribe for new Kandor shares, giving it an 8% "
     "holding in the merged group.", ("INVESTS_IN", "Quistor Capital", "Velmora Coachworks")),
    ("en", "Kandor Holdings, based in Mumbai, has agreed to buy Velmora Coachworks of Glasgow. "
     "Quistor Capital took a 9 per cent stake in the Indian company in 2024.",
     ("INVESTS_IN", "Quistor Capital", "Velmora Coachworks")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

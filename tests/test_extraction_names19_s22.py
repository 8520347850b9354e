"""Names on new text, nineteenth round (session 22): typing. A town no list has, written
only after a place's preposition, after a firm's description inside a sentence ("le premier
client de la PME de Brévannes, qui ..."); a name between a possessor and a site noun
("Quistor's Tarvikshire quarries"); organisation words that make a name shaped like a
person's a company ("Camille Industries", "Camille Solutions", "Julien Armateurs", a
trade-shaped word: "Martin Farbwerk"); a company's short form typed as a person by its context
("..., Norrick Ridge said" after "Norrick Ridge Foods Inc"); an English platform with a
nationality or a base ("Dutch resale platform Quistor"). Invented names in no list; the
near shapes that must stay as they were (a town used as a subject elsewhere, a unit of the
owner named before the site noun, a first name with a trade's ending) are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_TOWN_FR = ("Le fabricant Velmora Turbines a racheté Quistor, installée à Brévannes. Le groupe "
            "restait depuis dix ans le principal client de la PME de Brévannes, qui lui livre "
            "chaque année des roues.")
_QUARRIES = ("Halbrook Rail, which sources track ballast from Quistor's Tarvikshire quarries, "
             "is its largest customer.")
_SHORT_FORM = ("Norrick Ridge Foods Inc agreed to buy Quistor. \"We want a brand,\" Norrick "
               "Ridge said. Norrick Ridge sources most of its cream from Zorbex.")

FOUND = [
    # a town written only after a place's preposition, after a firm's description
    ("fr", _TOWN_FR, ("SUPPLIES", "Quistor", "Velmora Turbines")),
    # a name used as a subject elsewhere is no town
    ("fr", "Brévannes a racheté Zorbex. Velmora est le premier client de la PME de Brévannes, "
     "qui lui livre des roues.", ("SUPPLIES", "Brévannes", "Velmora")),
    # a name between a possessor and a site noun is where the site is
    ("en", _QUARRIES, ("SUPPLIES", "Quistor", "Halbrook Rail")),
    ("en", "Zorbex, which buys Quistor's sealants for the welding lines at its Munich and "
     "Velzheim plants, is its largest customer.", ("SUPPLIES", "Quistor", "Zorbex")),
    # organisation words make a person-shaped name a company's
    ("fr", "Camille Industries a racheté Quistor en mars.",
     ("ACQUIRES", "Camille Industries", "Quistor")),
    ("en", "Pauline Industries agreed to buy Quistor, the company said.",
     ("ACQUIRES", "Pauline Industries", "Quistor")),
    ("en", "Camille Solutions signed a partnership with Quistor.",
     ("PARTNERS_WITH", "Camille Solutions", "Quistor")),
    ("fr", "Camille Services a signé un partenariat avec Quistor.",
     ("PARTNERS_WITH", "Camille Services", "Quistor")),
    ("fr", "Julien Armateurs a commandé deux navires à Quistor.",
     ("SUPPLIES", "Quistor", "Julien Armateurs")),
    # a trade-shaped word: a German "-werk" compound, a French "-erie" noun
    ("en", "Martin Farbwerk bought Quistor.", ("ACQUIRES", "Martin Farbwerk", "Quistor")),
    ("en", "\"We grow,\" Horlogerie Valdine said. Horlogerie Valdine bought Quistor.",
     ("ACQUIRES", "Horlogerie Valdine", "Quistor")),
    # a first name with a trade's ending stays a person's
    ("fr", "Valérie Quistor, directrice générale de Velmora, a signé avec Zorbex.",
     ("EXECUTIVE_OF", "Valérie Quistor", "Velmora")),
    # a company's short form, typed as a person by "X said", is the company
    ("en", _SHORT_FORM, ("SUPPLIES", "Zorbex", "Norrick Ridge")),
    # a platform with a nationality or a base is a company
    ("en", "Velmora has agreed to buy Dutch resale platform Quistor for an undisclosed sum.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Zorbex, which bought the Ohio-based tutoring platform Kandora in 2023, intends to "
     "grow.", ("ACQUIRES", "Zorbex", "Kandora")),
    # a first name opening the full name: no short form taken (a founder's name as often)
    ("en", "Zorbex bought Quistor. Anne Velmora, chief executive of Zorbex, spoke. Anne "
     "Velmora Holdings Ltd said nothing.", ("EXECUTIVE_OF", "Anne Velmora", "Zorbex")),
]

ABSENT = [
    ("fr", _TOWN_FR, ("SUPPLIES", "Brévannes", "Velmora Turbines")),
    ("fr", "Le groupe Velmora a racheté Quistor, une société installée à Tarnac. Velmora "
     "travaille depuis dix ans avec l'entreprise de Tarnac, qui lui fournit des moteurs.",
     ("SUPPLIES", "Tarnac", "Velmora")),
    ("en", _QUARRIES, ("SUPPLIES", "Tarvikshire", "Halbrook Rail")),
    ("en", "Zorbex, which buys Quistor's sealants for the welding lines at its Munich and "
     "Velzheim plants, is its largest customer.", ("SUPPLIES", "Velzheim", "Zorbex")),
    # a platform with no nationality or base stays a product
    ("en", "Velmora runs its apps on the platform Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora sells its shoes on its resale platform Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 20: parties only referred to, French first (refs12).

A role chain ("P, jusqu'ici directeur industriel de X, nommé directeur général de Y"; "P,
previously head of operations at X, was named chief executive of Y") made X a person for the
whole article: the role-apposition readers took the name after the first role's preposition
for the holder of the second role, and every description ("le groupe", "l'entreprise", "the
company") lost X, the article's company, from its candidates, wherever it stood. A name right
after the preposition of a role is its organisation, never a role holder.

Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_DEAL_FR = "Kandor Céramique a racheté Velmora Grès. "
_CHAIN_FR = ("La direction reviendra à Paul Arnaud, jusqu'ici directeur industriel de Kandor "
             "Céramique, nommé directeur général de Velmora Grès.")
_DEAL_EN = "Kandor Ceramics has bought Velmora Tiles. "
_CHAIN_EN = ("Paul Arnold, previously head of operations at Kandor Ceramics, was named chief "
             "executive of Velmora Tiles.")

FOUND = [
    # the description keeps the article's company although a role chain names it later
    ("fr", _DEAL_FR + "Le groupe a commandé à Quistor une presse de 7 000 tonnes. " + _CHAIN_FR,
     ("SUPPLIES", "Quistor", "Kandor Céramique")),
    ("fr", _DEAL_FR + "L'entreprise a commandé à Quistor une presse de 7 000 tonnes. "
     + _CHAIN_FR, ("SUPPLIES", "Quistor", "Kandor Céramique")),
    ("fr", _DEAL_FR + _CHAIN_FR + " Le groupe affronte sur ce marché le belge Tarvel.",
     ("COMPETES_WITH", "Kandor Céramique", "Tarvel")),
    ("en", _DEAL_EN + "The company ordered a kiln from Quistor. " + _CHAIN_EN,
     ("SUPPLIES", "Quistor", "Kandor Ceramics")),
    # the chain's own roles stay
    ("fr", _DEAL_FR + _CHAIN_FR, ("EXECUTIVE_OF", "Paul Arnaud", "Velmora Grès")),
    ("en", _DEAL_EN + _CHAIN_EN, ("EXECUTIVE_OF", "Paul Arnold", "Velmora Tiles")),
    # a role at one company, a role at another: the description still finds the first
    ("fr", "Velmora Grès emploie 300 personnes. Le groupe a commandé à Quistor une presse. "
     "Paul Arnaud, directeur industriel chez Velmora Grès, a été nommé directeur général de "
     "Kandor Céramique.", ("SUPPLIES", "Quistor", "Velmora Grès")),
]

ABSENT = [
    # the description went to the target once the buyer was taken for a person
    ("fr", _DEAL_FR + "Le groupe a commandé à Quistor une presse de 7 000 tonnes. " + _CHAIN_FR,
     ("SUPPLIES", "Quistor", "Velmora Grès")),
    ("en", _DEAL_EN + "The company ordered a kiln from Quistor. " + _CHAIN_EN,
     ("SUPPLIES", "Quistor", "Velmora Tiles")),
    # the company of the first role is nobody's executive
    ("fr", _DEAL_FR + _CHAIN_FR, ("EXECUTIVE_OF", "Kandor Céramique", "Velmora Grès")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

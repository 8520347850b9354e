"""Issue 11, session 15: parties only referred to.

A bare description opening a paragraph ("Sur son marché, la société affronte ...", "The
company also has an alliance with ...") goes back to the article's company, not to a company
the last sentence of the previous paragraph named once in passing; it keeps the previous
subject when that one is itself a company the article names often, and a description that
says more (a place, a nationality, a sector, a specific noun: "la société lyonnaise", "la
start-up") is ranked as before. A business area before a role noun at a sentence start
("Finance chief P", "Technology chief P") is the role's area, no company named "Finance".
A company named for its family ("Les Laboratoires Velmora") is no
person because its family name is later used alone, and the family name alone after the
founder's full name is still the company when the company was named first. Every company
here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_PARA_FR = ("L'éditeur Velmora a annoncé mardi le rachat de Quistor. Velmora emploie 300 "
            "personnes.\n\nVelmora revendique 500 clients. Le groupe Tarvo, un temps candidat au "
            "rachat, a démenti toute démarche.\n\nSur son marché, la société affronte "
            "l'américain Korvane.")
_PARA_EN = ("Velmora agreed on Tuesday to buy Quistor. Velmora employs 300 people.\n\nVelmora "
            "counts 500 customers. Tarvo Partners, once seen as a bidder, declined to comment."
            "\n\nThe company also has an alliance with Korvane, under which the two firms sell "
            "packages to banks.")
_PARA_EN2 = ("Velmora agreed on Tuesday to buy Quistor. Velmora employs 300 people.\n\nVelmora "
             "counts 500 customers. Tarvo Partners, once seen as a bidder, declined to comment."
             "\n\nThe company competes with Korvane.")
# the previous paragraph's subject is a main player: "the group" stays with it
_MAIN_EN = ("Zelbar agreed to sell its stake in Ormanta to Quistor. Quistor will own all of "
            "Ormanta, and Quistor will pay in cash.\n\nQuistor expects savings. Zelbar chief "
            "executive Ana Ruiz said the sale would let Zelbar focus on food.\n\nThe group also "
            "competes with Korvane in sauces.")
# a description whose place contradicts the article's company
_PLACE_FR = ("Le fonds britannique Tarvo a pris le contrôle de Quistor, un éditeur basé à Lyon. "
             "Tarvo détient 90 % du capital. Tarvo a payé 1 milliard d'euros.\n\nLa société "
             "lyonnaise affronte notamment l'américain Korvane.")

# a specific noun the article gave its main company ("l'opérateur" for two companies, one of
# them the topic)
_KIND_FR = ("L'opérateur Velmora a commandé deux satellites à Quistor. Velmora paiera 400 "
            "millions d'euros. L'opérateur Tarvo prend 10 % de Velmora.\n\nVelmora vise "
            "l'Afrique. Orvane, qui a réservé de la capacité, a signé un accord.\n\nPour ses "
            "stations au sol, l'opérateur s'est allié au norvégien Korvane.")
# a role with no organisation opening a paragraph after one about another company: the
# article's company (the context of a new paragraph), unless the role names its own
_ROLE_EN = ("Velmora agreed to buy Quistor for $2 billion. Velmora makes locks.\n\nQuistor had "
            "agreed to integrate its product with Tarvo, but that partnership ended in 2024.\n\n"
            "Chief Financial Officer Karl Ostendorf said the deal would dilute earnings.")
_ROLE_EN2 = _ROLE_EN.replace("Chief Financial Officer Karl Ostendorf",
                             "Quistor's chief financial officer, Karl Ostendorf,")
_ROLE_FR = ("Velmora a annoncé le rachat de Quistor. Velmora fabrique des serrures.\n\nQuistor "
            "fournit depuis 2020 la société Tarvo.\n\nLe directeur financier, Karl Ostendorf, a "
            "indiqué que l'opération serait financée par la dette.")
_FAMILY_FR = ("Les Laboratoires Velmora ont annoncé mardi le rachat de Quistor. Le fondateur, "
              "Yves Velmora, a pris sa retraite. Velmora affronte Korvane.")
_PERSON_EN = ("Quistor hired Tom Velmora as chief executive. Velmora said Quistor competes with "
              "Korvane.")

FOUND = [
    ("en", _ROLE_EN, ("EXECUTIVE_OF", "Karl Ostendorf", "Velmora")),
    ("en", _ROLE_EN2, ("EXECUTIVE_OF", "Karl Ostendorf", "Quistor")),
    ("fr", _ROLE_FR, ("EXECUTIVE_OF", "Karl Ostendorf", "Velmora")),
    ("fr", _KIND_FR, ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("fr", _FAMILY_FR, ("ACQUIRES", "Laboratoires Velmora", "Quistor")),
    ("fr", _FAMILY_FR, ("COMPETES_WITH", "Laboratoires Velmora", "Korvane")),
    ("en", _PERSON_EN, ("COMPETES_WITH", "Quistor", "Korvane")),
    ("fr", _PARA_FR, ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", _PARA_EN, ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", _PARA_EN2, ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", _MAIN_EN, ("COMPETES_WITH", "Zelbar", "Korvane")),
    ("fr", _PLACE_FR, ("COMPETES_WITH", "Quistor", "Korvane")),
    # a business area before a role noun opening the sentence
    ("en", "Velmora Foods agreed to buy Quistor, a cheesemaker. Finance chief Karl Ostendorf "
     "said the deal would lift margins.", ("EXECUTIVE_OF", "Karl Ostendorf", "Velmora Foods")),
    ("en", "Velmora Foods agreed to buy Quistor. Technology chief Ana Ruiz said the deal would "
     "close soon.", ("EXECUTIVE_OF", "Ana Ruiz", "Velmora Foods")),
    ("en", "Velmora Foods agreed to buy Quistor. Finance chief Karl Ostendorf said the group "
     "competes with Korvane.", ("COMPETES_WITH", "Velmora Foods", "Korvane")),
    # a company name before the role still is the role's company
    ("en", "Velmora Foods agreed to buy Quistor. Zorbex chief executive Ana Ruiz said the deal "
     "was fair.", ("EXECUTIVE_OF", "Ana Ruiz", "Zorbex")),
]

ABSENT = [
    ("en", _ROLE_EN, ("EXECUTIVE_OF", "Karl Ostendorf", "Quistor")),
    ("en", _ROLE_EN2, ("EXECUTIVE_OF", "Karl Ostendorf", "Velmora")),
    ("fr", _ROLE_FR, ("EXECUTIVE_OF", "Karl Ostendorf", "Quistor")),
    ("fr", _KIND_FR, ("PARTNERS_WITH", "Orvane", "Korvane")),
    ("fr", _FAMILY_FR, ("COMPETES_WITH", "Yves Velmora", "Korvane")),
    ("en", _PERSON_EN, ("COMPETES_WITH", "Tom Velmora", "Korvane")),
    ("fr", _PARA_FR, ("COMPETES_WITH", "Tarvo", "Korvane")),
    ("en", _PARA_EN, ("PARTNERS_WITH", "Tarvo Partners", "Korvane")),
    ("en", _PARA_EN2, ("COMPETES_WITH", "Tarvo Partners", "Korvane")),
    ("en", _MAIN_EN, ("COMPETES_WITH", "Quistor", "Korvane")),
    ("fr", _PLACE_FR, ("COMPETES_WITH", "Tarvo", "Korvane")),
    ("en", "Velmora Foods agreed to buy Quistor, a cheesemaker. Finance chief Karl Ostendorf "
     "said the deal would lift margins.", ("EXECUTIVE_OF", "Karl Ostendorf", "Finance")),
    ("en", "Velmora Foods agreed to buy Quistor. Zorbex chief executive Ana Ruiz said the deal "
     "was fair.", ("EXECUTIVE_OF", "Ana Ruiz", "Velmora Foods")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

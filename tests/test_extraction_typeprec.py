"""Session 15, precision by type (ACQUIRES, INVESTS_IN, SUPPLIES): wrong edges by general
cause, in invented sentences (both languages where the family exists in both).

A clause opened by "while"/"whereas" has its own subject ("X grows, while Q buys Y from Z":
Q buys, not X); a name after a preposition that also opens clauses ("after Kandor closed its
purchase of Y") is that clause's subject, and a possessive pronoun after it is its own; a brand
owned ("which owns the Brisko brand", "qui possède la marque Brisko") is no company owned; a
holder named by a bare noun ("X, actionnaire depuis 2020,") that funds a deal ("souscrira à une
augmentation de capital pour accompagner l'opération") holds the buyer; a town after a
participle of place ("un fabricant installé à Tarvenec") is no customer; a description as the
agent inside an apposition ("X, actionnaire de Y depuis le rachat de Z par le constructeur,")
stands neither for X nor for Z; a brand licence from a fashion house ("exploite la licence
parfums de la maison de couture Y") is a partnership, not a supply; "X contrôle 30 % de Y" is a
stake, not control. Every
company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a clause opened by "while"/"whereas": its subject buys
    ("en", "Korvane Media's scooters are built by Velta Cycles, while Quistor buys batteries "
     "from Zentrix.", ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", "Korvane Media's scooters are built by Velta Cycles, while Quistor buys batteries "
     "from Zentrix.", ("SUPPLIES", "Velta Cycles", "Korvane Media")),
    ("en", "Korvane Media is growing, whereas Quistor buys batteries from Zentrix.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", "Velmora builds scooters, while Quistor sells batteries to Zentrix.",
     ("SUPPLIES", "Quistor", "Zentrix")),
    ("fr", "Les scooters de Korvane Media sont fabriqués par Velta Cycles, tandis que Quistor "
     "achète ses batteries à Zentrix.", ("SUPPLIES", "Zentrix", "Quistor")),
    # near misses: "while" before a participle keeps the main subject; a "while" clause after
    # the relation does not take it
    ("en", "Velmora, while expanding in Asia, buys batteries from Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora buys batteries from Zentrix while Quistor sells motors.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # "after X closed its purchase of Y": X bought Y
    ("en", "The deal sharpens Velmora's competition with Kandor and Zentrix, which have both "
     "been buying drill makers, and comes weeks after Kandor closed its purchase of Quistor.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "The deal comes weeks after Kandor closed its purchase of Quistor.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Velmora completed its purchase of Quistor after Kandor sold its stake in Zentrix.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora affronte Zentrix, et l'opération intervient après que Kandor a finalisé "
     "son rachat de Quistor.", ("ACQUIRES", "Kandor", "Quistor")),
    # a company owned outright stays next to a brand owned
    ("en", "Velmora already owns the logistics company Kandor.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Velmora, which also owns the fashion house Kandor, said sales rose.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "Velmora possède déjà le transporteur Kandor.", ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "Velmora a racheté la marque Brisko.", ("ACQUIRES", "Velmora", "Brisko")),
    ("en", "Kandor Dairy will build a plant. Irish group Velmora, which owns the Brisko Fit "
     "brand, has agreed to buy milk from Kandor Dairy.", ("SUPPLIES", "Kandor Dairy", "Velmora")),
]

ABSENT = [
    ("en", "Korvane Media's scooters are built by Velta Cycles, while Quistor buys batteries "
     "from Zentrix.", ("SUPPLIES", "Zentrix", "Korvane Media")),
    ("en", "Korvane Media's scooters are built by Velta Cycles, while Quistor buys the "
     "batteries used by its couriers from Zentrix.", ("SUPPLIES", "Zentrix", "Korvane Media")),
    ("en", "Korvane Media is growing, whereas Quistor buys batteries from Zentrix.",
     ("SUPPLIES", "Zentrix", "Korvane Media")),
    ("en", "Velta Cycles builds scooters, while Quistor buys batteries from Zentrix.",
     ("SUPPLIES", "Zentrix", "Velta Cycles")),
    ("en", "The deal sharpens Velmora's competition with Kandor and Zentrix, which have both "
     "been buying drill makers, and comes weeks after Kandor closed its purchase of Quistor.",
     ("ACQUIRES", "Zentrix", "Quistor")),
    ("en", "Velmora competes with Zentrix, which has been buying drill makers, and the deal "
     "comes after Kandor closed its purchase of Quistor.", ("ACQUIRES", "Zentrix", "Quistor")),
]

ABSENT += [
    # a brand owned is no company bought
    ("en", "Kandor Dairy will build a plant. Irish group Velmora, which owns the Brisko Fit "
     "brand, has agreed to buy milk from Kandor Dairy.", ("ACQUIRES", "Velmora", "Kandor Dairy")),
    ("en", "Kandor Dairy will build a plant. Velmora owns the brand.",
     ("ACQUIRES", "Velmora", "Kandor Dairy")),
    ("fr", "Kandor Laiterie va construire une usine. Velmora, qui possède la marque Brisko, "
     "achètera son lait à Kandor Laiterie.", ("ACQUIRES", "Velmora", "Brisko")),
]

# a holder with no company of its own that funds a deal holds the buyer, not the company bought;
# a holder that keeps a stake (the seller) still holds the company bought
_BUY_EN = ("Velmora agreed on Monday to buy Quistor. The purchase doubles Velmora's capacity. "
           "Zentrix Capital, a shareholder since 2020, ")
_BUY_FR = ("Le papetier Velmora a annoncé lundi un accord pour racheter Quistor. Avec cette "
           "acquisition, Velmora double sa capacité. Le fonds Zentrix Capital, actionnaire "
           "minoritaire depuis 2020, ")
FOUND += [
    ("en", _BUY_EN + "will subscribe to a capital increase to fund the deal.",
     ("INVESTS_IN", "Zentrix Capital", "Velmora")),
    ("fr", _BUY_FR + "souscrira à une augmentation de capital de 30 millions d'euros pour "
     "accompagner l'opération.", ("INVESTS_IN", "Zentrix Capital", "Velmora")),
    ("en", _BUY_EN + "will keep 10%.", ("INVESTS_IN", "Zentrix Capital", "Quistor")),
    ("fr", _BUY_FR + "conservera 10 %.", ("INVESTS_IN", "Zentrix Capital", "Quistor")),
]
ABSENT += [
    ("en", _BUY_EN + "will subscribe to a capital increase to fund the deal.",
     ("INVESTS_IN", "Zentrix Capital", "Quistor")),
    ("fr", _BUY_FR + "souscrira à une augmentation de capital de 30 millions d'euros pour "
     "accompagner l'opération.", ("INVESTS_IN", "Zentrix Capital", "Quistor")),
]

# a town after a participle of place is no customer of a maker
FOUND += [
    ("fr", "Velmora a racheté Quistor, un fabricant de cartons installé à Tarvenec.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Quistor, fabricant de cartons pour Velmora, recrute.",
     ("SUPPLIES", "Quistor", "Velmora")),
]
ABSENT += [
    ("fr", "Velmora a racheté Quistor, un fabricant de cartons installé à Tarvenec.",
     ("SUPPLIES", "Velmora", "Tarvenec")),
    ("fr", "Quistor, un fabricant de cartons installé à Tarvenec, a été racheté.",
     ("SUPPLIES", "Quistor", "Tarvenec")),
    ("fr", "Velmora a racheté Quistor, un fabricant de cartons basé près de Tarvenec.",
     ("SUPPLIES", "Velmora", "Tarvenec")),
]

# a description as the agent inside an apposition does not stand for the apposition's name
FOUND += [
    ("fr", "Zentrix, actionnaire de Velmora depuis le rachat de Quistor par Velmora en 2021, "
     "n'a pas participé.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Zentrix, actionnaire de Velmora depuis le rachat de Quistor par le constructeur en "
     "2021, n'a pas participé.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Zentrix, racheté en 2021 par le groupe Velmora, recrute.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Zentrix, a shareholder of Velmora since the purchase of Quistor by the carmaker in "
     "2021, did not take part.", ("INVESTS_IN", "Zentrix", "Velmora")),
]
ABSENT += [
    ("fr", "Zentrix, actionnaire de Velmora depuis le rachat de Quistor par le constructeur en "
     "2021, n'a pas participé.", ("ACQUIRES", "Zentrix", "Quistor")),
    ("fr", "La banque publique Zentrix, actionnaire de Velmora depuis le rachat de Quistor par "
     "le constructeur en 2021, n'a pas participé au financement.",
     ("ACQUIRES", "Zentrix", "Quistor")),
]

# a brand licence from a fashion house or a brand is a partnership; a technology or catalogue
# licence stays a supply
FOUND += [
    ("fr", "Velmora, qui exploite depuis 2019 la licence parfums de la maison de couture "
     "Quistor Milano, recrute.", ("PARTNERS_WITH", "Velmora", "Quistor Milano")),
    ("fr", "Velmora exploite la licence de la marque Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora holds the fragrance license of fashion house Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a acquis la licence de la technologie de Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora licenses its catalog from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's chips are licensed from chip designer Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
]
ABSENT += [
    ("fr", "Velmora, qui exploite depuis 2019 la licence parfums de la maison de couture "
     "Quistor Milano, recrute.", ("SUPPLIES", "Quistor Milano", "Velmora")),
    ("fr", "Velmora exploite la licence de la marque Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

# the verb "contrôle" with a percentage states a stake, not a takeover
FOUND += [
    ("fr", "Le fonds Zentrix contrôle 30 % de Velmora.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Zentrix a pris le contrôle de Velmora.", ("ACQUIRES", "Zentrix", "Velmora")),
    ("fr", "Zentrix a pris le contrôle total de Velmora.", ("ACQUIRES", "Zentrix", "Velmora")),
    ("fr", "Zentrix a pris le contrôle de 70 % de Velmora.",
     ("ACQUIRES", "Zentrix", "Velmora")),
]
ABSENT += [
    ("fr", "Le fonds Zentrix contrôle 30 % de Velmora.", ("ACQUIRES", "Zentrix", "Velmora")),
    ("fr", "Zentrix contrôle 30 % du capital de Velmora.", ("ACQUIRES", "Zentrix", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

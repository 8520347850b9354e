"""Session 23, partners24 (PARTNERS_WITH through the subject a description or a pronoun stands
for): a sentence opening on a place after a preposition ("Beyond Europe, the company ...",
"Outside Vietnam, ...") names no company; a sentence about one of the company's counterparts
("Côté clients, X loue ...", "X is among its largest customers") gives the next sentence's
description ("Le groupe a également noué ...", "the company") no new antecedent; "It" opening a
sentence after one whose subject does not open it ("In January the company agreed ... It has
also signed ...") is that subject; a name followed by an apposition that gives a floor area
("X, un plateau de 4 000 mètres carrés", "X House, a 12,000-square-metre building") is a
site, no investee.
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_ENF = "Zentrix Foods, the Dutch maker of frozen snacks, reported higher sales on Tuesday. " \
    "Zentrix sells its snacks to supermarkets in ten countries.\n\n"
_PF = ("PARTNERS_WITH", "Zentrix Foods", "Quistor Cold Chain")
_FRB = "Zentrix Bureaux exploite 40 espaces de coworking en France. Zentrix a racheté " \
    "Quistor l'an dernier pour 20 millions d'euros.\n\n"
_PB = ("PARTNERS_WITH", "Zentrix Bureaux", "Korvane")
_ENS = "Zentrix Spices, the Indian pepper exporter, reported higher sales on Monday. Zentrix " \
    "sells pepper to food groups in Europe.\n\n"
_PS = ("PARTNERS_WITH", "Zentrix Spices", "Korvane Foods")
_END = "Zentrix Drones, the Kansas maker of crop-spraying aircraft, raised $40 million on " \
    "Tuesday. Zentrix sells its drones to farmers in five states.\n\n"
_PD = ("PARTNERS_WITH", "Zentrix Drones", "Quistor State University")
_FRC = "Zentrix exploite 40 espaces de coworking en France.\n\n"
_ENC = "Zentrix runs 40 coworking sites in Britain.\n\n"

FOUND = [
    # a place after a preposition opening the sentence: no name
    ("en", _ENF + "Beyond Europe, the company is pressing ahead with a joint venture with "
     "Quistor Cold Chain to process frozen snacks in Vietnam.", _PF),
    ("en", _ENF + "Outside Vietnam, the company has formed a joint venture with Quistor Cold "
     "Chain to build a plant.", _PF),
    ("en", _ENF + "Across Bavaria, the company has formed a joint venture with Quistor Cold "
     "Chain to run depots.", _PF),
    ("en", _ENF + "Beyond Orbit, the satellite start-up, has formed a joint venture with Quistor "
     "Cold Chain.", ("PARTNERS_WITH", "Beyond Orbit", "Quistor Cold Chain")),
    # a sentence about a counterpart: its subject is no antecedent
    ("fr", _FRB + "Côté clients, Velmora loue depuis l'an dernier 300 postes au sein du réseau "
     "lyonnais. Le groupe a également noué avec la foncière Korvane un partenariat pour "
     "exploiter des étages flexibles.", _PB),
    ("fr", _FRB + "Parmi ses fournisseurs, Velmora livre les meubles de tous les sites. Le "
     "groupe a par ailleurs conclu un partenariat avec la foncière Korvane.", _PB),
    ("fr", _FRB + "Velmora est l'un de ses principaux clients depuis 2021. Le groupe a par "
     "ailleurs conclu un partenariat avec la foncière Korvane.", _PB),
    ("en", _ENS + "Velmora is among its largest customers, sourcing black pepper from Zentrix "
     "for its soups. In Japan, the company sells through a joint venture with Korvane Foods.",
     _PS),
    ("en", _ENS + "On the supply side, Zentrix buys from growers in Kerala. Velmora is one of "
     "its biggest customers. The company has also formed a joint venture with Korvane Foods.",
     _PS),
    # "It" after a subject that does not open its sentence
    ("en", _END + "In January the company agreed to acquire Velmora Analytics, an Iowa startup. "
     "It has also signed a research agreement with Quistor State University to test swarms "
     "of drones.", _PD),
    # an apposition without a floor area: still a company
    ("en", _ENC + "Zentrix has invested £9 million in Velmora, a start-up with 40 staff.",
     ("INVESTS_IN", "Zentrix", "Velmora")),
]

ABSENT = [
    # the fronted place is no partner
    ("en", _ENF + "Beyond Europe, the company is pressing ahead with a joint venture with "
     "Quistor Cold Chain to process frozen snacks in Vietnam.",
     ("PARTNERS_WITH", "Beyond Europe", "Quistor Cold Chain")),
    ("en", _ENF + "Outside Vietnam, the company has formed a joint venture with Quistor Cold "
     "Chain to build a plant.", ("PARTNERS_WITH", "Outside Vietnam", "Quistor Cold Chain")),
    # the customer or supplier named in passing is no partner
    ("fr", _FRB + "Côté clients, Velmora loue depuis l'an dernier 300 postes au sein du réseau "
     "lyonnais. Le groupe a également noué avec la foncière Korvane un partenariat pour "
     "exploiter des étages flexibles.", ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", _ENS + "Velmora is among its largest customers, sourcing black pepper from Zentrix "
     "for its soups. In Japan, the company sells through a joint venture with Korvane Foods.",
     ("PARTNERS_WITH", "Velmora", "Korvane Foods")),
    # the object of the previous sentence is not "It"
    ("en", _END + "In January the company agreed to acquire Velmora Analytics, an Iowa startup. "
     "It has also signed a research agreement with Quistor State University to test swarms "
     "of drones.", ("PARTNERS_WITH", "Velmora Analytics", "Quistor State University")),
    # a site measured in square metres is no investee
    ("fr", _FRC + "Le groupe ouvrira par ailleurs en septembre Le Quai Velmora, un plateau de "
     "4 000 mètres carrés dans lequel il investit 9 millions d'euros.",
     ("INVESTS_IN", "Zentrix", "Le Quai Velmora")),
    ("fr", _FRC + "Le groupe ouvrira Le Quai Velmora, un site de 4 000 m² dans lequel il "
     "investit 9 millions d'euros.", ("INVESTS_IN", "Zentrix", "Le Quai Velmora")),
    ("en", _ENC + "The group will also open Velmora House, a 12,000-square-metre building in "
     "which it is investing £9 million.", ("INVESTS_IN", "Zentrix", "Velmora House")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

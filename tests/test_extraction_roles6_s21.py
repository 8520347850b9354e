"""Session 21, EXECUTIVE_OF, sixth round: a plural founder's title beside a list of two people
("Velmora's co-founders, A and B, will stay on", "ses deux cofondateurs, A et B", "A et B, les
cofondateurs de O"); a title after "des" ("président des Laboratoires Kandor"); a speaker's
title with no company after a lender or a buyer inside a phrase ("... un prêt obtenu auprès de
la banque O, a précisé P, le directeur financier"). Invented names only; near misses (a
departure after the list, a plural title with no company, a lender that is the speaker's company
when it is the subject, a title with no company after "des") stay out."""

from __future__ import annotations

from tests.test_extraction_families import check_absent, check_found, found_and_absent

_FR = "Velmora fabrique des lasers à Lyon. "
_EN = "Velmora makes lasers in Ohio. "
_BUY_FR = "Quistor rachète Velmora, un fabricant lyonnais de lasers. "
_BUY_EN = "Quistor is buying Velmora, a maker of lasers. "
_CLAIRE = ("EXECUTIVE_OF", "Claire Varnaud", "Velmora")
_TOMAS = ("EXECUTIVE_OF", "Tomas Brell", "Velmora")
_LUC = ("EXECUTIVE_OF", "Luc Hennard", "Laboratoires Kandor")

FOUND = [
    # a plural founder's title and a list of two people, both languages, either order
    ("en", _BUY_EN + "Velmora's co-founders, Claire Varnaud and Tomas Brell, will keep "
     "running the lab.", _CLAIRE),
    ("en", _BUY_EN + "Velmora's co-founders, Claire Varnaud and Tomas Brell, will keep "
     "running the lab.", _TOMAS),
    ("en", _EN + "Its co-founders, Claire Varnaud and Tomas Brell, will stay on.", _CLAIRE),
    ("en", _EN + "Its co-founders, Claire Varnaud and Tomas Brell, will stay on.", _TOMAS),
    ("en", _BUY_EN + "The founders of Velmora, Claire Varnaud and Tomas Brell, will stay on.",
     _TOMAS),
    ("en", _BUY_EN + "Claire Varnaud and Tomas Brell, Velmora's co-founders, will stay on.",
     _CLAIRE),
    ("fr", _FR + "Les cofondateurs de Velmora, Claire Varnaud et Tomas Brell, resteront à bord.",
     _CLAIRE),
    ("fr", _FR + "Les cofondateurs de Velmora, Claire Varnaud et Tomas Brell, resteront à bord.",
     _TOMAS),
    ("fr", _FR + "Ses deux cofondateurs, Claire Varnaud et Tomas Brell, resteront à bord.",
     _TOMAS),
    ("fr", _BUY_FR + "Claire Varnaud et Tomas Brell, les cofondateurs de Velmora, resteront à "
     "bord.", _CLAIRE),
    # "des" before the company
    ("fr", _BUY_FR + "Luc Hennard, président des Laboratoires Kandor depuis 2017, conservera "
     "ses fonctions.", _LUC),
    ("fr", _BUY_FR + "« Nous voulions un prestataire proche », a expliqué Luc Hennard, directeur "
     "des achats des Laboratoires Kandor.", _LUC),
    # a speaker's title with no company: a lender inside a phrase is not the employer
    ("fr", _BUY_FR + "Le rachat sera payé grâce à un prêt de 25 millions d'euros obtenu "
     "auprès de Kandor Banque, a précisé Marc Tellier, le directeur financier.",
     ("EXECUTIVE_OF", "Marc Tellier", "Quistor")),
    ("en", _BUY_EN + "The deal will be financed with a loan from Kandor Bank, said Mark Teller, "
     "the chief financial officer.", ("EXECUTIVE_OF", "Mark Teller", "Quistor")),
]

ABSENT = [
    # the list left the company: no current role
    ("fr", _BUY_FR + "Les cofondateurs de Velmora, Claire Varnaud et Tomas Brell, ont quitté "
     "l'entreprise en 2020.", _CLAIRE),
    ("fr", _BUY_FR + "Claire Varnaud et Tomas Brell, les cofondateurs de Velmora, ont quitté la "
     "société en 2020.", _TOMAS),
    ("en", _BUY_EN + "Velmora's former co-founders, Claire Varnaud and Tomas Brell, left in "
     "2020.", _CLAIRE),
    # a plural title with no company: nobody's
    ("en", _BUY_EN + "The co-founders, Claire Varnaud and Tomas Brell, will stay on.",
     ("EXECUTIVE_OF", "Claire Varnaud", "Quistor")),
    # the list's company is the one after "de", not the sentence before's
    ("fr", _BUY_FR + "Les cofondateurs de Velmora, Claire Varnaud et Tomas Brell, resteront à "
     "bord.", ("EXECUTIVE_OF", "Claire Varnaud", "Quistor")),
    # a lender inside a phrase is never the speaker's company
    ("fr", _BUY_FR + "Le rachat sera payé grâce à un prêt de 25 millions d'euros obtenu "
     "auprès de Kandor Banque, a précisé Marc Tellier, le directeur financier.",
     ("EXECUTIVE_OF", "Marc Tellier", "Kandor Banque")),
    ("en", _BUY_EN + "The deal will be financed with a loan from Kandor Bank, said Mark Teller, "
     "the chief financial officer.", ("EXECUTIVE_OF", "Mark Teller", "Kandor Bank")),
    # "des" before a plain noun: no company
    ("fr", _BUY_FR + "Luc Hennard, président des deux sociétés, conservera ses fonctions.",
     ("EXECUTIVE_OF", "Luc Hennard", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)

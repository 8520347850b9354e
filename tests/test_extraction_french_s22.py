"""Session 22, French pass. Invented sentences and companies in no list.

1. A French dative clitic ("lui", "leur") stands for a company other than the subject of a
   parallel clause that has its own clitic: in "les donneurs d'ordre de X : A lui commande
   des relevés, et B lui a confié ...", B's "lui" is X, not A; A, itself a customer of the
   clitic, is never taken for the company it stands for.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_S = "SUPPLIES"
_PARALLEL = ("Les clients de Talvero sont surtout des gestionnaires de réseaux : la Banque "
             "Ferlande lui commande chaque année des relevés, et Quintara lui a confié "
             "l'auscultation de 300 kilomètres de voies.")

FOUND = [
    ("fr", _PARALLEL,
     (_S, "Talvero", "Quintara")),
    ("fr", _PARALLEL,
     (_S, "Talvero", "Banque Ferlande")),
    ("fr", "Talvero travaille depuis dix ans pour Kestrova, qui lui confie la maintenance de "
           "ses entrepôts.",
     (_S, "Talvero", "Kestrova")),
]

ABSENT = [
    ("fr", _PARALLEL,
     (_S, "Banque Ferlande", "Quintara")),
    ("fr", "Les clients de Talvero sont surtout des gestionnaires : Kestrova, qui lui commande "
           "des relevés, et Quintara, qui lui a confié l'auscultation de ses voies.",
     (_S, "Kestrova", "Quintara")),
    ("en", "Talvero's customers are mostly network operators: Kestrova orders surveys from it "
           "every year, and Quintara has hired it to inspect 300 kilometres of track.",
     (_S, "Kestrova", "Quintara")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 23, rivals23 (COMPETES_WITH, PARTNERS_WITH, INVESTS_IN, ACQUIRES between named
parties): a win over rivals ("l'a emporté face à A et à B", "s'est imposé face à A", "beat out
A and B", "prevailed over A").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_QV = ("COMPETES_WITH", "Zentrix", "Quistor")
_VV = ("COMPETES_WITH", "Zentrix", "Velmora")
_FR = "Le groupe Zentrix a gagné l'appel d'offres. "
_EN = "Zentrix won the tender. "

FOUND = [
    # a win over rivals
    ("fr", _FR + "Zentrix l'a emporté face au prestataire sortant Quistor et à Velmora, qui "
     "défendaient tous deux des offres concurrentes.", _VV),
    ("fr", _FR + "Pour décrocher ce contrat, le groupe l'a emporté face à Quistor et aux "
     "Chantiers Velmora.", _QV),
    ("fr", _FR + "Zentrix s'est imposé face à Quistor.", _QV),
    ("en", _EN + "Zentrix beat out Quistor and Velmora for the contract.", _VV),
    ("en", _EN + "Zentrix prevailed over Quistor, the incumbent caterer, and Velmora.", _VV),
]

ABSENT = [
    # no win over a company: the competition in general, a third party's win
    ("fr", _FR + "Zentrix l'a emporté face à la concurrence, a indiqué Quistor.", _QV),
    ("en", _EN + "Zentrix beat out competition from abroad, its adviser Quistor said.", _QV),
    ("en", _EN + "Zentrix beat analysts' forecasts, Quistor said.", _QV),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

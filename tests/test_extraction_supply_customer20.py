"""Session 20, SUPPLIES fifth round (branch s20-supply5, issue 11): the customer's side, shapes
the census of the read batches 42, 44, 46 and 8, 10, 12-16, 19, 21 showed missing
(docs/extraction-history.md, "Session 20: SUPPLIES, fifth round"). Invented names, in no list.

- A second source of the same buyer, its goods bare or after "en" and the first clause's
  supplier preposition repeated: "buys pulp from A and recovered paper from B", "s'approvisionne
  en levures auprès de A et en améliorants auprès de B", and "ainsi qu'auprès de B" past the
  first supplier's relative clause. Not when the second conjunct gets no goods or sells
  ("and won orders from B", "and expects approval from B", "and sells paper to B").
- A hyphenated description before the supplier's name: "from waste-management group B".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "For its own mills, Velmora buys kraft pulp from Swedish cooperative Quistor and "
     "recovered paper from waste-management group Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "For its own mills, Velmora buys kraft pulp from Swedish cooperative Quistor and "
     "recovered paper from waste-management group Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora sources cocoa beans from Quistor and cane sugar from the Brazilian mill "
     "Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys its steel from Quistor and its glass from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "L'industriel Velmora s'approvisionne en levures auprès du lillois Quistor et en "
     "améliorants de panification auprès de la PME bretonne Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "L'industriel Velmora s'approvisionne en levures auprès du lillois Quistor et en "
     "améliorants de panification auprès de la PME bretonne Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora achète du cuivre auprès de Quistor et de l'aluminium auprès de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Pour ses nouvelles lignes, Velmora s'approvisionne auprès du constructeur suisse "
     "Quistor, qui livrera au printemps prochain un grand four destiné au site lorrain, ainsi "
     "qu'auprès de l'italien Kandor pour les petites pièces.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora s'approvisionne auprès de Quistor, ainsi qu'auprès de Kandor pour ses "
     "moteurs.",
     ("SUPPLIES", "Kandor", "Velmora")),
]

ABSENT = [
    ("en", "Velmora buys kraft pulp from Quistor and won orders from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys kraft pulp from Quistor and expects approval from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys kraft pulp from Quistor and sells paper to Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora bought pulp from Quistor and hired engineers from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora s'approvisionne en levures auprès de Quistor et a obtenu un prêt auprès "
     "de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora achète du cuivre auprès de Quistor et du conseil auprès de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

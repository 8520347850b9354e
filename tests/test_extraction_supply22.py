"""Session 21, SUPPLIES seventh round (branch s21-supply7, issue 11): the customer using,
installing or integrating a maker's goods, and a service passive whose owner is a single named
company (docs/extraction-history.md, "Session 21: SUPPLIES, seventh round"). Invented names,
in no list.

- An object relative of a verb of using: "X, which Y also uses at its plant", "X, que Y
  utilise depuis 2019": X supplies Y; "whose" goods with an auxiliary before the verb: "X,
  whose booking system Y has used since 2019".
- An English customer installing or fitting a maker's goods: "Y installs X's turrets", "Y
  fitted X pumps in its plants" (the French twin, "Y monte les tourelles de X", "Y intègre
  trois jeux de X", was tried and dropped: one more wrong edge on a never-read batch).
- A service passive whose owner is a single name: "La maintenance de Y est assurée par X",
  "La maintenance des avions de Y est assurée par X" (before, only a product noun's owner
  was read: "les serveurs de Y").
- Kept out: "which Y used to own", "which Y used as an adviser", the integration of a bought
  company's staff or activities ("intègre les équipes de X"), a stake ("monte à 30 % du
  capital de X"), executives installed ("installed X's chief executive as chairman"), the
  distribution of an owner's goods ("la distribution des produits de X est assurée par Y": X
  supplies Y, not the reverse), the management of a company ("la direction de Y est assurée
  par X").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "The pumps are supplied by Tzeller, which Dalvorin also uses at its plant in Ohio.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller, which Dalvorin uses, grew by 8% last year.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Orders go through Tzeller, whose booking system Dalvorin has used since 2019.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Bookings come through Tzeller, the travel-software company whose booking system "
     "Dalvorin has used since its launch.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller, whose pumps Dalvorin has used since 2019, grew.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Tzeller, que Dalvorin utilise depuis 2019, a grandi.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin installs Tzeller's turrets on its helicopters.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin fitted Tzeller pumps in its plants.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "La maintenance de Dalvorin est assurée par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Depuis mars, la maintenance des avions de Dalvorin est assurée par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "La restauration de Dalvorin est assurée par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Maintenance of Dalvorin is handled by Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
]

ABSENT = [
    ("en", "Tzeller, which Dalvorin used to own, grew.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller, which Dalvorin used as an adviser on the deal, grew.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin intègre les équipes de Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin intègre les activités de Tzeller après le rachat.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin monte à 30 % du capital de Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin intègre le conseil d'administration de Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin installe ses bureaux dans les locaux de Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin installed Tzeller's chief executive as chairman.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin installed Tzeller's former finance chief as its CEO.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin installs Tzeller's staff in its offices.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "La distribution des produits de Dalvorin est assurée par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "La direction de Dalvorin est assurée par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Le financement de Dalvorin est assuré par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Names on new text, twenty-fifth round (session 24, short): a French trade description whose
noun has two complements joined by "et de" ("le fabricant lorrain de volets roulants et de
portes de garage X") is apposed to the name after it, which is then the clause's subject. The
description alone (no name after it, a verb between) still refers back. Invented names in no
list."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # two complements joined by "et de", then the name: the name is the subject
    ("fr", "Le fabricant alsacien de volets roulants et de portes de garage Quennard & Fils a "
     "annoncé lundi la reprise de Brivallon Clôtures.",
     ("ACQUIRES", "Quennard & Fils", "Brivallon Clôtures")),
    ("fr", "Le distributeur normand de pièces agricoles et de lubrifiants Varbelle a finalisé "
     "le rachat de Tressac Motoculture.",
     ("ACQUIRES", "Varbelle", "Tressac Motoculture")),
    ("fr", "Le fabricant de volets et de portes Tarvelle, qui fournit Quennard & Fils, a racheté "
     "Brivallon.", ("SUPPLIES", "Tarvelle", "Quennard & Fils")),
    # the same description with no name after it still refers back to the company before
    ("fr", "Varbelle a ouvert une usine en Lorraine. Le fabricant lorrain de volets roulants et "
     "de portes de garage a racheté Quennard & Fils en mars.",
     ("ACQUIRES", "Varbelle", "Quennard & Fils")),
]

ABSENT = [
    # a verb between the description and the name: the name is its object, not its apposition
    ("fr", "Le fabricant lorrain de volets roulants et de portes rachète Quennard & Fils.",
     ("ACQUIRES", "Quennard & Fils", "Quennard & Fils")),
    ("fr", "Varbelle a ouvert une usine en Lorraine. Le fabricant lorrain de volets roulants et "
     "de portes de garage a racheté Quennard & Fils en mars.",
     ("ACQUIRES", "Quennard & Fils", "Varbelle")),
    ("fr", "Le fabricant de volets et de portes Tarvelle, qui fournit Quennard & Fils, a racheté "
     "Brivallon.", ("ACQUIRES", "Quennard & Fils", "Brivallon")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Names on new text, twenty-fifth round (session 24, short): a French trade description whose
noun has two complements joined by "et de" ("le fabricant lorrain de volets roulants et de
portes de garage X") is apposed to the name after it, which is then the clause's subject. The
description alone (no name after it, a verb between) still refers back. In English, a town
before a trade noun is a modifier of the name after it also when the noun has two words ("by
Brackwell engineering firm X"), after "in" and "against", and before "foundry"; a relational
noun ("Quistor supplier B") or a role ("Quistor founder P") keeps the company. A French
specialist's field after "des" ("le spécialiste des batteries industrielles X") is a trade, so
X is the specialist, not a product (a maker's "des" still names the product). Invented names in
no list."""

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
    # a town before a trade noun: the name after the noun is the party
    ("en", "Orvalle buys its castings from Brackwell foundry Tamsin Ironcast.",
     ("SUPPLIES", "Tamsin Ironcast", "Orvalle")),
    ("en", "Orvalle took a 30% stake in Brackwell start-up Tamsin Analytics.",
     ("INVESTS_IN", "Orvalle", "Tamsin Analytics")),
    ("en", "Orvalle competes against Brackwell sewing specialist Tamsin Nähtechnik in Europe.",
     ("COMPETES_WITH", "Orvalle", "Tamsin Nähtechnik")),
    ("en", "Orvalle buys its castings from Brackwell foundry Tamsin Ironcast and its steel from "
     "Quistor.", ("SUPPLIES", "Quistor", "Orvalle")),
    # a specialist's field after "des": the name is the specialist's
    ("fr", "Pour ses batteries, Orvalle s'approvisionne auprès du spécialiste des batteries "
     "industrielles Quellac, tandis que les châssis sont fabriqués par Brenlac.",
     ("SUPPLIES", "Quellac", "Orvalle")),
    ("fr", "Orvalle s'approvisionne auprès du spécialiste des turbines Quellac.",
     ("SUPPLIES", "Quellac", "Orvalle")),
    # a relational noun or a role after a company keeps the company
    ("en", "Orvalle buys chips from Quistor supplier Brenlac.", ("SUPPLIES", "Brenlac", "Quistor")),
    ("en", "Orvalle met with Quistor founder Anna Velm.", ("EXECUTIVE_OF", "Anna Velm", "Quistor")),
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
    # a maker's definite plural names the product; goods after a verb are goods
    ("fr", "Orvalle s'approvisionne auprès du fabricant des batteries Quellac.",
     ("SUPPLIES", "Quellac", "Orvalle")),
    ("fr", "Orvalle vend les batteries industrielles Quellac à Brenlac.",
     ("SUPPLIES", "Quellac", "Brenlac")),
    # the town before the trade noun is no party
    ("en", "Orvalle buys its castings from Brackwell foundry Tamsin Ironcast.",
     ("SUPPLIES", "Brackwell", "Orvalle")),
    ("en", "Orvalle took a 30% stake in Brackwell start-up Tamsin Analytics.",
     ("INVESTS_IN", "Orvalle", "Brackwell")),
    ("en", "Orvalle competes against Brackwell sewing specialist Tamsin Nähtechnik in Europe.",
     ("COMPETES_WITH", "Orvalle", "Brackwell")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 17, a company name as the modifier or complement of a role noun (issue 11, pass
"descr"): "Velmora, the Quistor contractor", "le fournisseur de Quistor", "Kandor's supplier".

The modifier (or the "de"/"of" complement, or the possessor) is the counterpart of the role's
holder: "Velmora, the Quistor supplier," supplies Quistor. The phrase as a whole refers to the
holder, never to the modifier: "Velmora bought the Quistor supplier" / "a racheté le
fournisseur de Quistor" buy an unnamed company, not Quistor; "Kandor's supplier bought Tarvex"
does not make Kandor the buyer. "contractor" and "subcontractor" are company descriptors, so
"the Kandor contractor" outside an apposition names no company.

Invented sentences and names only (no evaluation sentence or company).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

S = "SUPPLIES"
A = "ACQUIRES"

FOUND = [
    # an apposed role noun with the counterpart as its modifier ("Velmora, the Quistor
    # contractor, signed." is in test_extraction_supply_family)
    ("en", "Velmora, the Quistor supplier, raised prices.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, a Quistor supplier, raised prices.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, a Quistor subcontractor, builds the hulls.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, a big Quistor customer, signed.", (S, "Quistor", "Velmora")),
    ("en", "Velmora, the Quistor supplier, bought Tarvex.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, the Quistor supplier, bought Tarvex.", (A, "Velmora", "Tarvex")),
    ("en", "Velmora acquired Tarvex, the Quistor supplier, for $2 billion.",
     (A, "Velmora", "Tarvex")),
    ("en", "Velmora acquired Tarvex, the Quistor supplier, for $2 billion.",
     (S, "Tarvex", "Quistor")),
    ("fr", "Velmora, le sous-traitant de Kandor, a signé.", (S, "Velmora", "Kandor")),
    ("fr", "Velmora, le fournisseur de Quistor, a augmenté ses prix.", (S, "Velmora", "Quistor")),
    ("fr", "Velmora, client de Quistor, a signé.", (S, "Quistor", "Velmora")),
    # near misses that keep their relation: the company itself after the verb or the noun
    ("fr", "Velmora a racheté Quistor.", (A, "Velmora", "Quistor")),
    ("fr", "Velmora est le fournisseur de Quistor.", (S, "Velmora", "Quistor")),
    ("en", "Velmora is a supplier of Quistor.", (S, "Velmora", "Quistor")),
    ("en", "Kandor bought Tarvex.", (A, "Kandor", "Tarvex")),
    ("en", "Kandor's supplier Velmora bought Tarvex.", (A, "Velmora", "Tarvex")),
]

ABSENT = [
    # the phrase names the holder, never the modifier
    ("en", "Velmora hired the Quistor contractor to build the plant.", (S, "Quistor", "Velmora")),
    ("en", "The Kandor contractor bought Tarvex.", (A, "Kandor", "Tarvex")),
    ("en", "Velmora bought the supplier of Quistor.", (A, "Velmora", "Quistor")),
    ("fr", "Velmora a racheté le fournisseur de Quistor.", (A, "Velmora", "Quistor")),
    ("fr", "Velmora a racheté le sous-traitant de Quistor.", (A, "Velmora", "Quistor")),
    ("fr", "Velmora a racheté le distributeur de Quistor.", (A, "Velmora", "Quistor")),
    ("fr", "Velmora a racheté un fournisseur de Quistor.", (A, "Velmora", "Quistor")),
    ("en", "Kandor's contractor bought Tarvex.", (A, "Kandor", "Tarvex")),
    ("en", "Kandor's main supplier bought Tarvex.", (A, "Kandor", "Tarvex")),
    # the modifier is no party of the clause
    ("en", "The Quistor supplier raised prices.", (S, "Quistor", "Velmora")),
    ("en", "Velmora bought the Quistor supplier for $2 billion.", (A, "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 25, refs22 (references as relation parties): names coordinated as one subject ("A
and B buy ...", "A et B achètent ...") act together, so no singular reference is either of
them: such a sentence has no lead for the next sentence's "its" / "ses" or bare description
("The company has also ..."), a singular possessive after them is rather another company's
("A and B buy its varieties"), and "it" in their own sentence is neither of them ("A and B
formed a venture ... and sell it"). A single subject keeps its possessive ("X counts A and
B among its rivals"). A singular possessive in a list joined to the one before it ("qui
conservera sa marque, ses salariés à X et son partenariat avec Y") has the same owner, not a
town named in between; "mais" / "but" opens another clause.
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Ormidex Seeds breeds lettuce varieties in Delft and employs 300 people. "
_ENP = "Ormidex Seeds breeds lettuce varieties in Delft. Ormidex employs 300 people.\n\n"
_FR = "Tessivane fabrique des bouchons à Cognac et emploie 200 personnes. "
_FRP = "Tessivane fabrique des bouchons à Cognac. Tessivane emploie 200 personnes.\n\n"

# a description after a sentence whose subject is two coordinated companies
_EN_DESC = (_EN + "Pallund Farms and Varega Plantas formed a joint venture to grow seedlings "
            "and sell them to Korbex. The company will also work with the Brelton Institute.")
_FR_DESC = (_FR + "Côté clients, le négociant Maison Drelac et le distillateur Barvelle "
            "Spiritueux achètent ses bouchons en gros. Le fabricant a par ailleurs noué un "
            "partenariat avec l'institut Oremba.")
# a possessive opening the sentence after one whose subject is coordinated
_EN_POSS = (_ENP + "Pallund Farms and Varega Plantas both buy seeds from the Dutch company, "
            "and it supplied the trays for their new greenhouses. Its packaging comes from "
            "Korbex Plastics.")
_FR_POSS = (_FRP + "Maison Drelac et Barvelle Spiritueux achètent tous deux des bouchons à la "
            "société charentaise. Ses machines proviennent du fabricant Korbex.")

FOUND = [
    ("en", _EN_DESC, ("PARTNERS_WITH", "Ormidex Seeds", "Brelton Institute")),
    ("fr", _FR_DESC, ("PARTNERS_WITH", "Tessivane", "Oremba")),
    ("en", _EN_POSS, ("SUPPLIES", "Korbex Plastics", "Ormidex Seeds")),
    ("fr", _FR_POSS, ("SUPPLIES", "Korbex", "Tessivane")),
    # near misses: one subject keeps its possessive over the coordinated objects
    ("en", "Ormidex Seeds breeds lettuce varieties in Delft. Ormidex Seeds counts Pallund "
     "Farms and Varega Plantas among its main rivals in Europe.",
     ("COMPETES_WITH", "Ormidex Seeds", "Pallund Farms")),
    ("fr", "Tessivane fabrique des bouchons à Cognac. Tessivane compte Maison Drelac et "
     "Barvelle Spiritueux parmi ses principaux concurrents.",
     ("COMPETES_WITH", "Tessivane", "Barvelle Spiritueux")),
]

ABSENT = [
    ("en", _EN_DESC, ("PARTNERS_WITH", "Pallund Farms", "Brelton Institute")),
    ("en", _EN_DESC, ("PARTNERS_WITH", "Varega Plantas", "Brelton Institute")),
    ("fr", _FR_DESC, ("PARTNERS_WITH", "Drelac", "Oremba")),
    ("fr", _FR_DESC, ("PARTNERS_WITH", "Barvelle Spiritueux", "Oremba")),
    ("en", _EN_POSS, ("SUPPLIES", "Korbex Plastics", "Pallund Farms")),
    ("en", _EN_POSS, ("SUPPLIES", "Korbex Plastics", "Varega Plantas")),
    ("fr", _FR_POSS, ("SUPPLIES", "Korbex", "Barvelle Spiritueux")),
    ("fr", _FR_POSS, ("SUPPLIES", "Korbex", "Drelac")),
    # the coordinated rivals are not each other's
    ("en", "Ormidex Seeds breeds lettuce varieties in Delft. Ormidex Seeds counts Pallund "
     "Farms and Varega Plantas among its main rivals in Europe.",
     ("COMPETES_WITH", "Pallund Farms", "Varega Plantas")),
]

# possessives of one list
_FR_LIST = (_FRP + "Les deux fondateurs de Drelvio, Marc Ollivane et Jean Petrazzi, resteront "
            "aux commandes de la jeune pousse, qui conservera sa marque, ses douze salariés à "
            "Brelmont et son partenariat de recherche avec l'institut Oremba.")
_EN_LIST = (_ENP + "The two founders of Drelvio, Mark Olliver and John Petrazzi, will keep "
            "running the startup, which will retain its brand, its twelve staff in Brelmont "
            "and its research partnership with the Oremba Institute.")
_FR_BUT = (_FRP + "Drelvio conservera sa marque, mais Brelmont Industrie a signé son "
           "partenariat de recherche avec l'institut Oremba.")

FOUND += [
    ("fr", _FR_LIST, ("PARTNERS_WITH", "Drelvio", "Oremba")),
    ("en", _EN_LIST, ("PARTNERS_WITH", "Drelvio", "Oremba Institute")),
    ("fr", _FR_BUT, ("PARTNERS_WITH", "Brelmont Industrie", "Oremba")),
]

ABSENT += [
    ("fr", _FR_LIST, ("PARTNERS_WITH", "Brelmont", "Oremba")),
    ("en", _EN_LIST, ("PARTNERS_WITH", "Brelmont", "Oremba Institute")),
    ("fr", _FR_BUT, ("PARTNERS_WITH", "Drelvio", "Oremba")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Names on new text, twenty-first round (session 22): typing a firm named like a person from
the slot it fills. A name after a role and "de" / "of" is the company the role is held in
("le président de Marc Dervenaz, P,"); a name in a party's slot, or after "and" / "et" and a
name in one, is a company ("rivals such as Tessomir and Marc Dervenaz"); a French
nationality after "au" / "aux" types the name like one after a determiner ("au suisse Marc
Dervenaz"). Invented names in no list; the near shapes that stay persons are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a role and "de" / "of" before the name: the firm the role is held in
    ("fr", "Le président de Marc Dervenaz, Paul Brunvik, a démenti tout projet de rachat "
     "d'Orvalle.", ("EXECUTIVE_OF", "Paul Brunvik", "Marc Dervenaz")),
    ("en", "The chief executive of Marc Dervenaz, Paul Brunvik, said the company would buy "
     "Orvalle.", ("EXECUTIVE_OF", "Paul Brunvik", "Marc Dervenaz")),
    # a party's slot, and the next name of its list
    ("fr", "Orvalle affronte des concurrents comme Tessomir et Marc Dervenaz.",
     ("COMPETES_WITH", "Orvalle", "Marc Dervenaz")),
    ("en", "Orvalle competes with rivals such as Tessomir and Marc Dervenaz.",
     ("COMPETES_WITH", "Orvalle", "Marc Dervenaz")),
    ("en", "Its customers Marc Dervenaz and Tessomir buy most of Orvalle's steel.",
     ("SUPPLIES", "Orvalle", "Marc Dervenaz")),
    # "au" and a lower-case nationality
    ("fr", "Orvalle achète ses fèves au suisse Marc Dervenaz.",
     ("SUPPLIES", "Marc Dervenaz", "Orvalle")),
    ("fr", "Orvalle se mesure au canadien Marc Dervenaz, son principal rival.",
     ("COMPETES_WITH", "Orvalle", "Marc Dervenaz")),
]

ABSENT = [
    # a kinship noun is no role: the name stays a person's
    ("fr", "Le fils de Marc Dervenaz, Paul Brunvik, a quitté Orvalle.",
     ("EXECUTIVE_OF", "Paul Brunvik", "Marc Dervenaz")),
    ("en", "The son of Marc Dervenaz, Paul Brunvik, left Orvalle last year.",
     ("EXECUTIVE_OF", "Paul Brunvik", "Marc Dervenaz")),
    # a possessive after the slot's name: the goods are the person's
    ("en", "Orvalle also bought Dervenaz's own catalogue of songs for an undisclosed sum.",
     ("ACQUIRES", "Orvalle", "Dervenaz")),
    # a list with no party's slot stays a list of people
    ("en", "Orvalle hired Paul Brunvik and Marc Dervenaz from Tessomir.",
     ("COMPETES_WITH", "Orvalle", "Marc Dervenaz")),
    ("en", "Orvalle hired Paul Brunvik and Marc Dervenaz from Tessomir.",
     ("SUPPLIES", "Tessomir", "Marc Dervenaz")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

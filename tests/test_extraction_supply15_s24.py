"""Session 24, SUPPLIES fifteenth round (branch s24-supply15): customers named after the
French list opener "tels que", and a place of one to three capitalised words before a list
member's trade noun (written up in /work/notes/s24/hist_supply15.md for
docs/extraction-history.md). Invented names, in no list.

- "X livre des clients tels que A et B", "X assure la maintenance des trains pour des clients
  tels que A": "que" after "tel(s) / telle(s)" ends a list opener; it opens no relative clause
  and makes no comparison. "X livre plus de magasins que A" stays a comparison.
- "X supplies A, Singapore importer B and C", "counts among its main customers A, Hong Kong
  importer B and C": a capitalised place after a comma or a list word, before a description
  that ends on a name, joins the list; "A, Hong Kong regulators said" does not.
- "X ships about 1.1 million tons a year, ... and counts among its customers A": "ships"
  before a quantity is the company's verb, not its vessels ("X ships 4 and 5 were delivered"
  stays vessels).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # "tels que" opens a list of customers
    ("fr", "Brovenna livre des clients tels que Quistor et Halvex.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    ("fr", "Brovenna livre des clients tels que Quistor et Halvex.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    ("fr", "Brovenna livre des enseignes telles que Quistor.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    ("fr", "Brovenna assure la maintenance des trains pour des clients tels que Quistor et "
     "Halvex.", ("SUPPLIES", "Brovenna", "Halvex")),
    ("fr", "Brovenna fabrique des pièces pour des clients tels que Quistor.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    # a place of one to three capitalised words before a list member's trade noun
    ("en", "Brovenna supplies Quistor and Hong Kong importer Halvex.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    ("en", "Brovenna supplies Quistor, Singapore importer Halvex and Korvane.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    ("en", "Brovenna supplies Quistor, New York importer Halvex and Korvane.",
     ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna counts among its main customers Quistor Board, Hong Kong importer Halvex "
     "Trading and Korvane Agri, which buys its grain for resale.",
     ("SUPPLIES", "Brovenna", "Halvex Trading")),
    ("en", "Brovenna counts among its main customers Quistor Board, Hong Kong importer Halvex "
     "Trading and Korvane Agri, which buys its grain for resale.",
     ("SUPPLIES", "Brovenna", "Korvane Agri")),
    # "ships" before a quantity is a verb
    ("en", "Brovenna ships about 1.1 million tons a year, mostly white rice, and counts among "
     "its main customers Quistor Board and Korvane Agri.",
     ("SUPPLIES", "Brovenna", "Quistor Board")),
    ("en", "Brovenna ships 300,000 bikes a year and counts Quistor among its main customers.",
     ("SUPPLIES", "Brovenna", "Quistor")),
]

ABSENT = [
    # "que" of a comparison stays a comparison
    ("fr", "Brovenna livre plus de magasins que Quistor.", ("SUPPLIES", "Brovenna", "Quistor")),
    ("fr", "Brovenna livre autant de clients que Quistor.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    ("fr", "Brovenna est plus rentable que Quistor.", ("SUPPLIES", "Brovenna", "Quistor")),
    # a place before a noun that is no company's description, or a clause after the comma
    ("en", "Brovenna supplies Quistor, Hong Kong regulators said.",
     ("SUPPLIES", "Brovenna", "Hong Kong")),
    ("en", "Brovenna supplies Quistor, Hong Kong importer Halvex said.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    # vessels stay vessels
    ("en", "Brovenna ships 4 and 5 were delivered to Quistor.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    ("en", "Brovenna ships are built in Korea for Quistor.",
     ("SUPPLIES", "Brovenna", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

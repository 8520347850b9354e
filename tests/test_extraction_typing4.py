"""Issue 11, session 20 (typing4): companies whose name reads like a person's, a given name
first or a surname-like second word, typed as people and so losing their edges. A sector or
trade noun anywhere in the name, in any language the names borrow from (`data/trade_words.txt`:
"Coachworks", "Ceramica", "Logistik", "Zaden", "Robotique", "Meunerie", "Landesbank"), makes it
a company. People whose surname is a trade word in the singular ("Mercer", "Baker", "Mason")
stay people. Every name here is made up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Tarvola Holdings has acquired Edith Coachworks, the Quistor bus builder.",
     ("ACQUIRES", "Tarvola", "Edith Coachworks")),
    ("en", "Edith Coachworks competes with Velmora Buses for city contracts.",
     ("COMPETES_WITH", "Edith Coachworks", "Velmora Buses")),
    ("en", "Korvane supplies battery packs to Marcus Ironworks.",
     ("SUPPLIES", "Korvane", "Marcus Ironworks")),
    ("en", "Korvane supplies kilns to Ceramica Valdrenne.",
     ("SUPPLIES", "Korvane", "Ceramica Valdrenne")),
    ("en", "Lucia Shipyards builds ferries for Pavrel.",
     ("SUPPLIES", "Lucia Shipyards", "Pavrel")),
    ("fr", "Velmora a pris une participation dans Céline Ingénierie.",
     ("INVESTS_IN", "Velmora", "Céline Ingénierie")),
    ("fr", "Tarvola a racheté Meunerie Quentin-Drelix, un moulin de l'Aisne.",
     ("ACQUIRES", "Tarvola", "Meunerie Quentin-Drelix")),
    ("fr", "Korvane fournit des turbines à Julien Robotique depuis 2021.",
     ("SUPPLIES", "Korvane", "Julien Robotique")),
    ("en", "Pavrel bought a 20% stake in Hanna Logistik last year.",
     ("INVESTS_IN", "Pavrel", "Hanna Logistik")),
    ("en", "Tarvola acquired Van der Kesteren Zaden, a seed breeder.",
     ("ACQUIRES", "Tarvola", "Van der Kesteren Zaden")),
]

ABSENT = [
    # a person whose surname is a trade word stays a person: no company edge to them
    ("en", "Korvane hired Paula Mercer, who previously ran sales at Velmora.",
     ("SUPPLIES", "Korvane", "Paula Mercer")),
    ("en", "Velmora said chief executive Daniel Baker will step down.",
     ("ACQUIRES", "Velmora", "Daniel Baker")),
    ("fr", "Korvane a nommé Claire Mason directrice générale.",
     ("ACQUIRES", "Korvane", "Claire Mason")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 14: descriptions resolved to the right company by the region they name.

"la société bretonne", "the Texan company", "le groupe bavarois": a region adjective
(loaders/data/regions.tsv) fits the company the article places in one of the region's cities
("X, basé à Rennes", "X, une PME de Brest", "the Austin, Texas-based X") or that the alias
table bases there, and no longer the previous subject or the company the article first called
by the same noun. Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a French region adjective after the noun; the company placed by "basé à" / "de <city>"
    ("fr", "Le lyonnais Zelbar a racheté Tarvane, basé à Rennes. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Tarvane", "Korvane")),
    ("fr", "Le groupe parisien Velmora prend 20 % de Quistor, une PME de Brest. La société "
     "bretonne est en concurrence avec Korvane.", ("COMPETES_WITH", "Quistor", "Korvane")),
    ("fr", "Le toulousain Drevalis s'est allié à Ormanta, une société de Munich. Le groupe "
     "bavarois affronte aussi Korvane.", ("COMPETES_WITH", "Ormanta", "Korvane")),
    # an English region adjective; the company placed by a "City, Region-based" compound or
    # "based in"
    ("en", "Velmora, a Chicago company, agreed to buy Quistor, an Austin, Texas-based maker of "
     "sensors. The Texan company competes with Korvane.", ("COMPETES_WITH", "Quistor", "Korvane")),
    ("en", "Zelbar, a Lyon company, signed a deal with Ormanta, which is based in Munich. The "
     "Bavarian company competes with Korvane.", ("COMPETES_WITH", "Ormanta", "Korvane")),
]

ABSENT = [
    # the previous subject, the company first called by the same noun, is not the region's
    ("fr", "Le lyonnais Zelbar a racheté Tarvane, basé à Rennes. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Zelbar", "Korvane")),
    ("en", "Velmora, a Chicago company, agreed to buy Quistor, an Austin, Texas-based maker of "
     "sensors. The Texan company competes with Korvane.", ("COMPETES_WITH", "Velmora", "Korvane")),
    # near miss: the region is the other company's, the one placed elsewhere stays out
    ("fr", "Le breton Zelbar a racheté Tarvane, basé à Lyon. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Tarvane", "Korvane")),
    ("en", "Quistor, a Houston company, agreed to buy Velmora, which is based in Boston. The "
     "Texan company competes with Korvane.", ("COMPETES_WITH", "Velmora", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

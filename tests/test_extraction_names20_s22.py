"""Names on new text, twentieth round (session 22): typing from the apposition and the list.
A processor placed by a nationality or a base is a company ("the Polish processor Zerpol");
a relative ends an apposed noun phrase, so a product noun after it does not make the name a
product ("Quistra, a start-up whose app ..."); a capitalised product noun ends the next
company's name in a list ("A and Brandow Commercial Vehicles"); a name with digits after
"and" / "et" and a listed party is the next party ("concurrents comme Tarvel et Z44").
Invented names in no list; the near shapes that must stay products are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a processor with a nationality or a base is a company
    ("en", "Quelby Farms sells its fish to the Polish processor Zerpol.",
     ("SUPPLIES", "Quelby Farms", "Zerpol")),
    ("en", "Halbrook Foods agreed to buy Ohio-based poultry processor Zerpol.",
     ("ACQUIRES", "Halbrook Foods", "Zerpol")),
    # a relative ends the apposed noun phrase: the product noun after it is the firm's
    ("en", "Halbrook Rail agreed to acquire Quistra, a startup whose app lets farmers track "
     "cattle, for $20 million.", ("ACQUIRES", "Halbrook Rail", "Quistra")),
    ("en", "Halbrook Rail agreed to acquire Quistra, a young company whose software tracks "
     "cattle.", ("ACQUIRES", "Halbrook Rail", "Quistra")),
    ("fr", "Halbrook a racheté Quistra, une jeune pousse dont l'application suit le bétail.",
     ("ACQUIRES", "Halbrook", "Quistra")),
    # a capitalised product noun ends the next company's name in a list
    ("en", "Halbrook Rail competes with its larger rivals Keltmore Truck Centres and Brandow "
     "Commercial Vehicles.", ("COMPETES_WITH", "Halbrook Rail", "Keltmore Truck Centres")),
    ("en", "Halbrook Rail competes with Keltmore Rail and Brandow Systems.",
     ("COMPETES_WITH", "Halbrook Rail", "Keltmore Rail")),
    # a name with digits after "and" / "et" and a listed party is the next party
    ("fr", "Velmora affronte des concurrents comme Tarvel et Z44.",
     ("COMPETES_WITH", "Velmora", "Z44")),
    ("en", "Velmora competes with rivals such as Tarvel and Z44.",
     ("COMPETES_WITH", "Velmora", "Z44")),
]

ABSENT = [
    # a processor with no nationality nor base stays a product noun
    ("en", "Halbrook Rail uses the graphics processor Zelk in its servers.",
     ("SUPPLIES", "Zelk", "Halbrook Rail")),
    ("en", "Quelby Farms sells its fish to the processor Zerpol.",
     ("SUPPLIES", "Quelby Farms", "Zerpol")),
    # an apposed product noun before the relative still makes a product
    ("en", "Halbrook Rail bought Quistra, an app whose users track cattle.",
     ("ACQUIRES", "Halbrook Rail", "Quistra")),
    # a lower-case product noun after a list still names goods
    ("en", "Halbrook Rail competes with Keltmore in selling Velmo and Quibbit tablets.",
     ("COMPETES_WITH", "Halbrook Rail", "Velmo")),
    # a code before a lower-case noun, or after a determiner, stays a model
    ("en", "Velmora competes with Tarvel and A350 jets.", ("COMPETES_WITH", "Velmora", "A350")),
    ("en", "Velmora competes with Tarvel and its A350 jets.",
     ("COMPETES_WITH", "Velmora", "A350")),
    ("fr", "Velmora affronte Tarvel et ses A350 neufs.", ("COMPETES_WITH", "Velmora", "A350")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

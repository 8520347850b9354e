"""Names on new text, seventeenth round (session 21, issue 11). A sentence-initial one-word name
before a modal ("Velmora devra se mesurer à X", "Velmora should buy X"), as before "pourrait" /
"could"; a common word a list knows alone after "&" inside a firm's name ("Quistel & Partners
AG"); a compass region closing a name joined by "&" ("Bois & Charpentes de l'Ouest"). Invented
sentences and companies in no list; places and common words stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("fr", "Velmora devra se mesurer à Quistor sur le marché allemand.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Kandrix devra affronter son concurrent Zorbix en Asie.",
     ("COMPETES_WITH", "Kandrix", "Zorbix")),
    ("fr", "Kandrix pourra racheter Zorbix après l'accord des autorités.",
     ("ACQUIRES", "Kandrix", "Zorbix")),
    ("en", "Velmora must compete with Kandrix in the Nordic market.",
     ("COMPETES_WITH", "Kandrix", "Velmora")),
    ("en", "Velmora bought Quistel & Partners AG last year.",
     ("ACQUIRES", "Velmora", "Quistel & Partners")),
    ("fr", "Velmora a racheté Quistel & Partners, un cabinet lyonnais.",
     ("ACQUIRES", "Velmora", "Quistel & Partners")),
    ("fr", "Velmora a racheté Bois & Charpentes de l'Ouest en mars.",
     ("ACQUIRES", "Velmora", "Bois & Charpentes de l'Ouest")),
    ("fr", "Zelbar a racheté Quistel & Fils du Sud-Ouest, un négociant bordelais.",
     ("ACQUIRES", "Zelbar", "Quistel & Fils du Sud-Ouest")),
]

ABSENT = [
    # the pair is cut at "&": no party "Partners" alone
    ("en", "Velmora bought Quistel & Partners AG last year.", ("ACQUIRES", "Velmora", "Partners")),
    # a sentence-initial common word before a modal stays no party of a relation
    ("fr", "Demain devrait voir Kandrix racheter Zorbix.", ("ACQUIRES", "Demain", "Zorbix")),
    ("en", "Demand should rise after Velmora buys Quistor.", ("ACQUIRES", "Demand", "Quistor")),
    # a compass region without "&": not part of a one-word name
    ("fr", "Velmora a racheté Kelvane du Sud-Ouest, un spécialiste.",
     ("ACQUIRES", "Velmora", "Kelvane du Sud-Ouest")),
    # the compass region is not a party
    ("fr", "Velmora a racheté Bois & Charpentes de l'Ouest en mars.",
     ("ACQUIRES", "Velmora", "Bois & Charpentes")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

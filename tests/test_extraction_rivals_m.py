"""Issue 11, session 14: a company's rank in its market against a rival ("X ranks second
behind Y", "X, numéro trois mondial derrière A et B"). Invented sentences, names in no list;
absent cases keep out ranks among holders ("the largest shareholder ahead of Y"), the rivals'
pairing with one another and the time sense of "ahead of"."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

FOUND = [
    ("en", "Velmora Systems ranks second behind Quistor Group in market share.",
     (C, "Velmora Systems", "Quistor")),
    ("en", "Velmora Systems is the world's second-largest pump maker behind Quistor Group.",
     (C, "Velmora Systems", "Quistor")),
    ("en", "The largest valve maker, Korvane Industries ranks ahead of Tarvolex Group and Zelbar.",
     (C, "Korvane Industries", "Zelbar")),
    ("fr", "Velmora Systems est numéro deux du marché derrière Quistor.",
     (C, "Velmora Systems", "Quistor")),
    ("fr", "Velmora Systems, leader du marché devant Quistor, a levé 20 millions d'euros.",
     (C, "Velmora Systems", "Quistor")),
    ("fr", "Korvane Industries, numéro trois mondial derrière Tarvolex et Zelbar, a levé des "
     "fonds.", (C, "Korvane Industries", "Zelbar")),
]

ABSENT = [
    # a rank among holders, buyers or customers is no rivalry
    ("en", "Velmora Systems became the largest shareholder ahead of Quistor Group.",
     (C, "Velmora Systems", "Quistor")),
    ("fr", "Velmora Systems est le deuxième actionnaire derrière Quistor.",
     (C, "Velmora Systems", "Quistor")),
    # the rivals ranked ahead are not said to be rivals of each other
    ("fr", "Korvane Industries, numéro trois mondial derrière Tarvolex et Zelbar, a levé des "
     "fonds.", (C, "Tarvolex", "Zelbar")),
    ("en", "The largest valve maker, Korvane Industries ranks ahead of Tarvolex Group and Zelbar.",
     (C, "Tarvolex", "Zelbar")),
    # "ahead of" in time, no rank
    ("en", "Velmora Systems raised $40 million ahead of Quistor Group's listing.",
     (C, "Velmora Systems", "Quistor")),
    ("fr", "Velmora Systems a levé 20 millions d'euros devant Quistor, son actionnaire.",
     (C, "Velmora Systems", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 19, rivals on new text, second round (COMPETES_WITH): a list named as a
relation noun after a naming verb ("X named A and B as its main rivals", "P named A and B as
the rivals Q runs into", "X cite A et B comme ses principaux concurrents", "comme les
concurrents que le groupe croise"), a list member after a hyphenated "-listed" place ("A and
US-listed B"), a list going on after a clause set off by commas with "ainsi que" / "as well
as" and a described member ("A, présent dans 40 villes, ainsi que le groupe associatif B"),
or with "celle de" / "that of" standing for the head noun ("la concurrence de A, ..., ainsi
que celle de B"), a described subject with a town's adjective before a "dont" clause set off by
commas ("Le groupe marseillais, dont un fonds détient 35 %, affronte A": the described
company, not the fund; the stakes2 pass does it, these cases check the rivalry), a rank
word set off by a comma after a market share ("X détient 30 % du marché, devant A et B",
"X has a 30% share of the market, ahead of A"), an aim before a
rivalry whose rivals a plural rival noun names ("X seeks to take on larger rivals A and B":
asserted, not hypothetical; "seeks to compete with Y", "could take on its rivals A and B",
"could become a rival to Y" stay hypothetical).
Invented sentences, names in no list. Absent cases keep out: the naming verb's subject when
the clause after the noun has a subject of its own ("Kandor named A and B as the rivals
Brantel runs into": no Kandor-Brantel, no Kandor-A), the named list with itself, a noun the
list is no member of ("the rivals' advisers"), a fund inside the relative clause as the rival,
a "US-listed" name that opens its own clause, a rank word after a market with no share and
no comma ("tested the market ahead of Y"), a backer set off by commas inside a list of rivals
("A, backed by the fund B, and C": B is no rival; "by" / "par" open no list member's
description since session 19)."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"
S = "SUPPLIES"

_EN_NAMED = "Kandor Group named Velmora and Quistor as its main rivals in Europe."
_EN_RUNS = "Kandor Group named Velmora and Quistor as the rivals it usually runs into."
_EN_OTHER = "Kandor Group named Velmora and Quistor as the rivals Brantel runs into most often."
_EN_PERSON = ("Kandor Ltd said on Monday it would expand. Its founder Jane Halvik, who set up "
              "the firm in 2015, named Velmora and Quistor as the rivals it usually runs "
              "into.")
_FR_CITE = "Le groupe Kandor cite Velmora et Quistor comme ses principaux concurrents."
_FR_CROISE = ("Le fondateur de Kandor Group, Jean Morel, cite Velmora et Quistor comme les "
              "concurrents que le groupe croise le plus souvent.")
_EN_LISTED = ("The purchase would bring Kandor Group into closer competition with "
              "France's Velmora and US-listed Quistor Technologies, which dominate the market.")
_FR_AFTER = ("Kandor affronte le suédois Velmora, implanté dans une dizaine de ports, ainsi "
             "que le groupe coopératif Quistor, qui exploite une vingtaine de quais.")
_FR_CELLE = ("Kandor affronte la concurrence frontale de Velmora, premier collecteur de la "
             "région, ainsi que celle de Quistor Union, son voisin bourguignon.")
_EN_UTILITY = ("Kandor competes with Velmora, which makes drones, as well as the regional "
               "water utility Quistor.")
_FR_DONT = ("Kandor Group a racheté l'usine de Tarvel en 2021. Le groupe marseillais, dont le "
            "fonds britannique Brantel Capital détient 35 % depuis 2020, affronte sur le "
            "terrain Velmora et Quistor.")
_FR_SHARE = "Kandor Group détient 30 % du marché, devant Velmora et Quistor."
_EN_SHARE = "Kandor Group has a 30% share of the market, ahead of Velmora and Quistor."
_EN_BACKED = "Kandor Group competes with Velmora, backed by the fund Tarvel Capital, and Quistor."
_FR_DETENU = ("Kandor Group affronte Velmora, détenu par le fonds Tarvel Capital, et "
              "Quistor.")

FOUND = [
    # a naming verb's list named as rivals: the subject's, or the clause's after the noun
    ("en", _EN_NAMED, (C, "Kandor", "Velmora")),
    ("en", _EN_NAMED, (C, "Kandor", "Quistor")),
    ("en", "Kandor Group sees Velmora and Quistor as its main competitors in Europe.",
     (C, "Kandor", "Velmora")),
    ("en", "Kandor Group regards Velmora as its closest rival.", (C, "Kandor", "Velmora")),
    ("en", _EN_RUNS, (C, "Kandor", "Velmora")),
    ("en", _EN_RUNS, (C, "Kandor", "Quistor")),
    ("en", _EN_OTHER, (C, "Brantel", "Velmora")),
    ("en", _EN_OTHER, (C, "Brantel", "Quistor")),
    ("en", "Kandor Group has named Velmora and Quistor as its main suppliers.",
     (S, "Velmora", "Kandor")),
    ("en", _EN_PERSON, (C, "Kandor", "Quistor")),
    ("fr", _FR_CITE, (C, "Kandor", "Velmora")),
    ("fr", _FR_CITE, (C, "Kandor", "Quistor")),
    ("fr", "Kandor Group désigne Velmora et Quistor comme les concurrents qu'il croise le plus "
     "souvent.", (C, "Kandor", "Quistor")),
    ("fr", "Kandor Group considère Velmora comme son principal rival.",
     (C, "Kandor", "Velmora")),
    ("fr", _FR_CROISE, (C, "Kandor", "Velmora")),
    ("fr", _FR_CROISE, (C, "Kandor", "Quistor")),
    # a "-listed" place before a list member
    ("en", _EN_LISTED, (C, "Kandor", "Quistor Technologies")),
    ("en", "Kandor Group competes with Velmora and Paris-listed Quistor.",
     (C, "Kandor", "Quistor")),
    ("en", "Kandor Group supplies Velmora and US-listed Quistor.", (S, "Kandor", "Quistor")),
    # a list going on after a clause set off by commas: a described member, "celle de"
    ("fr", _FR_AFTER, (C, "Kandor", "Quistor")),
    ("fr", _FR_CELLE, (C, "Kandor", "Quistor Union")),
    ("fr", "Kandor affronte la concurrence de Velmora, ainsi que celle de Quistor.",
     (C, "Kandor", "Quistor")),
    ("en", _EN_UTILITY, (C, "Kandor", "Quistor")),
    # a described subject with a town's adjective before its relative clause
    ("fr", _FR_DONT, (C, "Kandor", "Velmora")),
    ("fr", _FR_DONT, (C, "Kandor", "Quistor")),
    # a market share, then a rank word set off by a comma
    ("fr", _FR_SHARE, (C, "Kandor", "Velmora")),
    ("fr", _FR_SHARE, (C, "Kandor", "Quistor")),
    ("fr", "Kandor Group détient 30 % de parts de marché, loin devant Velmora.",
     (C, "Kandor", "Velmora")),
    ("en", _EN_SHARE, (C, "Kandor", "Velmora")),
    ("en", _EN_SHARE, (C, "Kandor", "Quistor")),
    ("en", "Kandor Group has 30% market share, ahead of Velmora.", (C, "Kandor", "Velmora")),
    # a list of rivals going on past a backer set off by commas
    ("en", _EN_BACKED, (C, "Kandor", "Quistor")),
    ("fr", _FR_DETENU, (C, "Kandor", "Quistor")),
    ("fr", _FR_DETENU, ("INVESTS_IN", "Tarvel Capital", "Velmora")),
    # an aim before a rivalry whose rivals a plural rival noun names
    ("en", "Kandor Group seeks to take on larger rivals Velmora and Quistor in the tram market.",
     (C, "Kandor", "Quistor")),
    ("en", "Kandor Group wants to catch up with its bigger rivals Velmora and Quistor.",
     (C, "Kandor", "Velmora")),
    ("fr", "Kandor Group cherche à rattraper ses grands concurrents Velmora et Quistor.",
     (C, "Kandor", "Velmora")),
]

ABSENT = [
    ("en", _EN_NAMED, (C, "Velmora", "Quistor")),
    ("en", _EN_OTHER, (C, "Kandor", "Brantel")),
    ("en", _EN_OTHER, (C, "Kandor", "Velmora")),
    ("en", _EN_RUNS, (C, "Velmora", "Quistor")),
    ("fr", _FR_CITE, (C, "Velmora", "Quistor")),
    ("fr", _FR_CROISE, (C, "Velmora", "Quistor")),
    ("en", "Jane Halvik named Velmora and Quistor as the rivals' advisers.",
     (C, "Velmora", "Quistor")),
    ("en", "Kandor Group named Velmora as its new auditor.", (C, "Kandor", "Velmora")),
    ("en", _EN_LISTED, (C, "Velmora", "Quistor Technologies")),
    ("en", "Kandor Group sold its stake in Velmora and US-listed Quistor bought it.",
     (C, "Kandor", "Quistor")),
    ("fr", _FR_AFTER, (C, "Velmora", "Quistor")),
    ("fr", _FR_CELLE, (C, "Velmora", "Quistor Union")),
    ("fr", _FR_DONT, (C, "Brantel Capital", "Velmora")),
    ("fr", _FR_DONT, (C, "Brantel Capital", "Quistor")),
    ("fr", _FR_SHARE, (C, "Velmora", "Quistor")),
    ("en", "Kandor Group shares rose on the market ahead of Velmora's results.",
     (C, "Kandor", "Velmora")),
    ("en", "Kandor Group launched the product on the market ahead of Velmora.",
     (C, "Kandor", "Velmora")),
    ("fr", "Kandor Group a gagné des parts de marché, devant le tribunal de Velmora.",
     (C, "Kandor", "Velmora")),
    ("en", _EN_BACKED, (C, "Kandor", "Tarvel Capital")),
    ("fr", _FR_DETENU, (C, "Kandor", "Tarvel Capital")),
    ("fr", _FR_DETENU, (C, "Velmora", "Quistor")),
    ("en", "Kandor Group seeks to compete with Velmora.", (C, "Kandor", "Velmora")),
    ("en", "Kandor Group could become a rival to Velmora.", (C, "Kandor", "Velmora")),
    ("en", "If Kandor Group buys Brantel, it could take on larger rivals Velmora and Quistor.",
     (C, "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

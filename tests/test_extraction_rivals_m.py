"""Issue 11, session 14, rivals (second attempt): a company's rank in its market against a
rival ("X ranks second behind Y", "X, numéro trois mondial derrière A et B"); a list of rivals
going on after a relative clause or an apposition ("A, which ..., and B", "A, propriétaire de
..., ainsi que la coopérative B"); a long class noun before "such as" ("competes with a growing
pack of AI-first drug developers such as A"); a rival noun opening a sentence with no
possessor ("Rival Quistor opened", "Le grand rival allemand Quistor"). Invented sentences,
names in no list; absent cases keep out ranks among holders, the rivals' pairing with one
another, former rivals and the time sense of "ahead of"."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

_TOPIC_EN = ("Velmora Systems raised $40 million on Monday. Velmora Systems will build a pump "
             "plant in Ohio. ")
_TOPIC_FR = ("Velmora Systems a levé 40 millions d'euros lundi. Velmora Systems construira une "
             "usine de pompes à Lyon. ")

FOUND = [
    # a list of rivals going on after a relative clause or an apposition
    ("fr", "Velmora Systems affrontera Brantova, propriétaire des marques Arvix et Bolto, ainsi "
     "que la coopérative Helvix.", (C, "Velmora Systems", "Helvix")),
    ("fr", "Velmora Systems affronte Brantova, qui a levé des fonds, ainsi que l'allemand "
     "Helvix.", (C, "Velmora Systems", "Helvix")),
    ("fr", "Velmora Systems affrontera Brantova, propriétaire des marques Arvix et Bolto, et la "
     "coopérative Helvix.", (C, "Velmora Systems", "Helvix")),
    ("en", "Velmora Systems competes with Brantova Therapeutics, which launched last year, and "
     "Helvix Pharmaceuticals.", (C, "Velmora Systems", "Helvix Pharmaceuticals")),
    # a long class noun before the list opener
    ("en", "Velmora Systems competes with a growing pack of AI-first drug developers such as "
     "Brantova Therapeutics, which launched last year with $1 billion led by Ostrel Partners, "
     "and Helvix Pharmaceuticals, which bought a Dutch lab in May.",
     (C, "Velmora Systems", "Brantova Therapeutics")),
    ("en", "Velmora Systems competes with a growing pack of AI-first drug developers such as "
     "Brantova Therapeutics, which launched last year with $1 billion led by Ostrel Partners, "
     "and Helvix Pharmaceuticals, which bought a Dutch lab in May.",
     (C, "Velmora Systems", "Helvix Pharmaceuticals")),
    ("fr", "Velmora Systems affronte une meute grandissante de fabricants européens de pompes "
     "industrielles comme Brantova et Helvix.", (C, "Velmora Systems", "Helvix")),
    # a colon announces the rival (session 13's colon form, taken back with that pass and
    # neutral on unread text)
    ("fr", "Sur la Manche, Velmora voit toutefois arriver un concurrent direct : Brantova "
     "(Brantova Ocean Lines), basé à Cherbourg.", (C, "Velmora", "Brantova")),
    ("en", "Velmora Systems now has a new rival: Brantova.", (C, "Velmora Systems", "Brantova")),
    # a company's product as the subject of a rivalry relative clause stands for its maker
    ("en", "The deal would fold Tarvo's software into Velmora Systems' cloud platform, which "
     "competes with offerings from Brantova and Helvix Networks.",
     (C, "Velmora Systems", "Helvix Networks")),
    ("fr", "L'accord intègre le logiciel de Tarvo à la plateforme de Velmora, qui concurrence "
     "celles de Brantova et de Helvix.", (C, "Velmora", "Helvix")),
    # a rival noun opening a sentence with no possessor: the rival of the passage's company
    ("en", _TOPIC_EN + "Rival Brantova opened a similar plant in Texas last year.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", _TOPIC_FR + "Le grand rival allemand Brantova a ouvert une usine l'an dernier.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", _TOPIC_FR + "Le concurrent Brantova a ouvert une usine similaire l'an dernier.",
     (C, "Velmora Systems", "Brantova")),
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
    # the members of a rival list are not rivals of each other; the brands of an apposition
    # are no rivals
    ("fr", "Velmora Systems affrontera Brantova, propriétaire des marques Arvix et Bolto, ainsi "
     "que la coopérative Helvix.", (C, "Brantova", "Helvix")),
    ("fr", "Velmora Systems affrontera Brantova, propriétaire des marques Arvix et Bolto, ainsi "
     "que la coopérative Helvix.", (C, "Velmora Systems", "Arvix")),
    ("en", "Velmora Systems competes with a growing pack of AI-first drug developers such as "
     "Brantova Therapeutics and Helvix Pharmaceuticals.",
     (C, "Brantova Therapeutics", "Helvix Pharmaceuticals")),
    # a name after the conjunction that opens a clause of its own
    ("en", "Velmora Systems competes with Brantova Therapeutics, which launched last year, and "
     "Helvix Pharmaceuticals said on Monday it would cut prices.",
     (C, "Velmora Systems", "Helvix Pharmaceuticals")),
    # a verb between the rival noun and the colon
    ("en", "Velmora Systems' rivals cut prices: Brantova said it would follow.",
     (C, "Velmora Systems", "Brantova")),
    # the product's maker only: not the company whose software is folded into it, not a
    # person's possessor
    ("en", "The deal would fold Tarvo's software into Velmora Systems' cloud platform, which "
     "competes with offerings from Brantova and Helvix Networks.", (C, "Tarvo", "Brantova")),
    ("en", "Velmora Systems' chief executive, who competes with Brantova in sailing races, said "
     "on Monday that sales rose.", (C, "Velmora Systems", "Brantova")),
    # a former rival, a rival with a possessive name, a rival listed with another name
    ("en", _TOPIC_EN + "Former rival Brantova opened a similar plant in Texas last year.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", _TOPIC_FR + "L'ancien concurrent Brantova a ouvert une usine l'an dernier.",
     (C, "Velmora Systems", "Brantova")),
    ("en", _TOPIC_EN + "Rival Brantova's chief executive left in May.",
     (C, "Velmora Systems", "Brantova")),
    # a passage with no company of its own
    ("en", "Rival Brantova opened a similar plant in Texas last year.",
     (C, "Velmora Systems", "Brantova")),
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

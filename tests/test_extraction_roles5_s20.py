"""Session 20, EXECUTIVE_OF, fifth round: the company given by a description after a
sentence-opening participle whose agent's relative clause says the agent holds a post at the
subject itself ("Fondée en 2012 par P, qui en est toujours la gérante, la société ...",
"Founded in 2012 by P, who remains its chief executive, the company ..."), and "au quotidien"
/ "day to day" between a passive management verb and its agent, and "P, its vice president
of engineering" (an area after the possessive's title). Invented names only; near
misses (no relative clause, a departure in the relative, a post at another company named in
the relative, a description after a fund's sentence) stay out."""

from __future__ import annotations

from tests.test_extraction_families import check_absent, check_found, found_and_absent

_FR = "La société Velmora fabrique des lasers à Lyon. "
_EN = "Velmora makes lasers in Ohio. "
_ARM = ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")
_DANA = ("EXECUTIVE_OF", "Dana Kelloway", "Velmora")

FOUND = [
    ("fr", _FR + "Fondée en 2012 par Armelle Quistorin, qui en est toujours la gérante, la "
     "société emploie 80 personnes.", _ARM),
    ("fr", _FR + "Fondée en 2012 par Armelle Quistorin, qui la dirige encore, la société "
     "emploie 80 personnes.", _ARM),
    ("fr", _FR + "Fondée en 2012 par Armelle Quistorin, qui en est la présidente, l'entreprise "
     "emploie 80 personnes.", _ARM),
    ("en", _EN + "Founded in 2012 by Dana Kelloway, who remains its chief executive, the company "
     "employs 80 people.", _DANA),
    ("en", _EN + "Founded in 2012 by Dana Kelloway, who still runs it, the company employs 80 "
     "people.", _DANA),
    ("fr", _FR + "Velmora restera pilotée au quotidien par Armelle Quistorin, sa directrice "
     "générale depuis 2021.", _ARM),
    ("fr", _FR + "La société restera dirigée au quotidien par Armelle Quistorin.", _ARM),
    ("en", _EN + "Velmora will be run day to day by Dana Kelloway.", _DANA),
    # "P, its <title> of <area>": the possessive's company, past an area of lower-case words
    ("en", _EN + "Velmora will open a plant, said Dana Kelloway, its vice president of "
     "engineering.", _DANA),
    ("en", _EN + "Velmora is putting the chip into its next switch, said Dana Kelloway, its "
     "vice president of silicon engineering, adding that it was late.", _DANA),
]

ABSENT = [
    # no relative clause on the agent: the description is left to resolution, as before
    ("fr", "Kandor Ventures soutient Quistor. Fondée en 2019 par Inès Varlin, la société vend "
     "ses vis.", ("EXECUTIVE_OF", "Inès Varlin", "Kandor Ventures")),
    # a description after a fund's sentence: the fund is no candidate for the agent's company
    ("fr", "Kandor Ventures soutient Quistor. Fondée en 2019 par Inès Varlin, qui en est la "
     "présidente, la société vend ses vis.", ("EXECUTIVE_OF", "Inès Varlin", "Kandor Ventures")),
    # two companies the description may name (a buyer and the company bought): left to
    # resolution, which takes the buyer first
    ("fr", "Kandor a annoncé le rachat de Velmora, un fabricant de lasers. Fondée en 2012 par "
     "Armelle Quistorin, qui en est toujours la gérante, la société emploie 80 personnes.",
     ("EXECUTIVE_OF", "Armelle Quistorin", "Kandor")),
    # a name in the area is no area: the title is at that company, not the possessive's
    ("en", _EN + "Velmora will open a plant, said Dana Kelloway, its head of Kandor sales.",
     _DANA),
    # a departure in the relative clause
    ("fr", _FR + "Fondée en 2012 par Armelle Quistorin, qui l'a quittée en 2020, la société "
     "emploie 80 personnes.", _ARM),
    # a post at another company named in the relative clause
    ("fr", _FR + "Fondée en 2012 par Armelle Quistorin, qui dirige aussi Kandor, la société "
     "emploie 80 personnes.", ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)

"""Session 21, INVESTS_IN fourth round and lists with a shared party: investors of one round
named together ("A et B entrent ensemble au capital de Y", "à hauteur d'un tiers"); a fund
described with its "d'investissement" complement ("le fonds d'investissement X entre au capital
de Y"); co-investors after the leader's relative clause ("menée par A, qui prend 10 % du
capital, aux côtés du fonds B") and after ", joined by"; the "X-backed" compound opening an
apposition ("Y, the X-backed chipmaker,"); a deal counted by an ordinal, whose "de" / "by"
names its buyer, and the deal told after it with "après" / "after" ("la quatrième acquisition
de X, après le rachat de A et B"); a French town's demonym before a list member ("A et la
rennaise B").

Invented sentences, both languages where the shape exists in both; every company here is made
up and in no list. Near misses: a loan or a customer after "joined by", a member named "as"
something else, a "joined by" with no comma, a counted deal whose "par" names the buyer, a
time word after a determiner in a list, an investment plan with no named investor.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # investors named together: "ensemble" / "together" inside the pattern
    ("fr", "Norvalde Investissement et Truscan Capital entrent ensemble au capital de Belphine.",
     ("INVESTS_IN", "Truscan Capital", "Belphine")),
    ("fr", "Norvalde Investissement et Truscan Capital entrent ensemble au capital de Belphine.",
     ("INVESTS_IN", "Norvalde Investissement", "Belphine")),
    ("fr", "Le tour de table réunit Norvalde et Truscan, qui entrent ensemble au capital de "
     "Belphine.", ("INVESTS_IN", "Truscan", "Belphine")),
    ("en", "Norvalde and Truscan will together take a 30% stake in Belphine.",
     ("INVESTS_IN", "Norvalde", "Belphine")),
    # a stake's size given as a fraction
    ("fr", "Gradivo entre à hauteur d'un tiers au capital de Belphine.",
     ("INVESTS_IN", "Gradivo", "Belphine")),
    ("fr", "Le tour de table réunit Norvalde Investissement et le fonds Truscan Capital, qui "
     "entrent ensemble à hauteur d'un quart au capital de Belphine.",
     ("INVESTS_IN", "Truscan Capital", "Belphine")),
    # a fund described with its "d'investissement" complement
    ("fr", "Le fonds d'investissement Marlequin entre au capital de Belphine.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    ("fr", "La société d'investissement Marlequin a pris 20 % de Belphine.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    ("fr", "Belphine a levé 60 millions d'euros auprès de Gradivo, aux côtés du fonds "
     "d'investissement Marlequin.", ("INVESTS_IN", "Marlequin", "Belphine")),
    # a co-investor after the leader's relative clause
    ("fr", "Belphine a réalisé une levée de fonds de 12 millions d'euros menée par le coréen "
     "Gradivo, qui prend 10 % du capital, aux côtés du fonds Marlequin.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    ("fr", "Belphine a réalisé une levée de fonds de 12 millions d'euros menée par le coréen "
     "Gradivo, qui prend 10 % du capital, aux côtés du fonds Marlequin.",
     ("INVESTS_IN", "Gradivo", "Belphine")),
    # ", joined by" after a stake or a round
    ("en", "Gradivo Ventures led the $60 million round in Belphine, joined by Marlequin Capital "
     "and Truscan Partners.", ("INVESTS_IN", "Truscan Partners", "Belphine")),
    ("en", "Gradivo Ventures took a 10% stake in Belphine, joined by Marlequin Capital.",
     ("INVESTS_IN", "Marlequin Capital", "Belphine")),
    ("fr", "Gradivo a pris 10 % du capital de Belphine, rejoint par le fonds Marlequin.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    # the "X-backed" compound opening an apposition
    ("en", "Belphine, the Marlequin-backed chipmaker, said on Monday it would hire 200 people.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    ("en", "Belphine, a Marlequin Capital-funded start-up, raised $20 million.",
     ("INVESTS_IN", "Marlequin Capital", "Belphine")),
    ("en", "Norvalde competes with Truscan Education and Belphine, the Marlequin Holding-backed "
     "group.", ("INVESTS_IN", "Marlequin", "Belphine")),
    # a counted deal names its buyer; the deal after "après" / "after" is that buyer's
    ("fr", "Il s'agit de la quatrième acquisition de Norvalde depuis janvier, après le rachat de "
     "l'américain Belphine et du britannique Truscan.", ("ACQUIRES", "Norvalde", "Truscan")),
    ("fr", "C'est la troisième acquisition de Norvalde cette année, après le rachat de Belphine.",
     ("ACQUIRES", "Norvalde", "Belphine")),
    ("en", "It is Norvalde's third acquisition this year, after the purchase of Belphine and "
     "Truscan.", ("ACQUIRES", "Norvalde", "Belphine")),
    ("fr", "C'est la deuxième acquisition de Belphine par Norvalde.",
     ("ACQUIRES", "Norvalde", "Belphine")),
    # an entry set off by commas and a holding still held, or another one sold
    ("fr", "Le fonds Marlequin, entré au capital de Belphine en 2021, a soutenu sa croissance.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    # a French town's demonym before a list member
    ("fr", "Norvalde croise le fer avec l'irlandais Belphine et la rennaise Truscan.",
     ("COMPETES_WITH", "Norvalde", "Truscan")),
    ("fr", "Norvalde croise le fer avec l'allemand Belphine et le lyonnais Truscan, qui ont "
     "chacun décroché des contrats.", ("COMPETES_WITH", "Norvalde", "Truscan")),
    ("fr", "Norvalde achète ses moteurs à Belphine et au nantais Truscan.",
     ("SUPPLIES", "Truscan", "Norvalde")),
]

ABSENT = [
    # ", joined by" a customer, a person or a loan; "joined by" with no comma
    ("en", "Gradivo Ventures took a 10% stake in Belphine last year and was later joined by "
     "Marlequin as a customer.", ("INVESTS_IN", "Marlequin", "Belphine")),
    ("en", "Gradivo led the round in Belphine, which was joined by a $20 million loan from "
     "Marlequin Bank.", ("INVESTS_IN", "Marlequin Bank", "Belphine")),
    ("en", "Gradivo Ventures took a 10% stake in Belphine, joined by Marlequin as adviser.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    # the apposition's owner is the backed company, never the company before it in a verb
    ("en", "Norvalde bought Belphine, the Marlequin-backed chipmaker, for $20 million.",
     ("INVESTS_IN", "Marlequin", "Norvalde")),
    ("en", "Belphine, the debt-backed group, grew.", ("INVESTS_IN", "Belphine", "Belphine")),
    # a counted deal: its "de" names the buyer, not a target
    ("fr", "Truscan a publié ses comptes. Il s'agit de la quatrième acquisition de Norvalde "
     "depuis janvier, après le rachat de Belphine.", ("ACQUIRES", "Truscan", "Norvalde")),
    ("fr", "Truscan a publié ses comptes. Il s'agit de la quatrième acquisition de Norvalde "
     "depuis janvier, après le rachat de Belphine.", ("ACQUIRES", "Truscan", "Belphine")),
    ("fr", "C'est la deuxième acquisition de Belphine par Norvalde.",
     ("ACQUIRES", "Belphine", "Norvalde")),
    # an entry set off by commas, then the whole stake sold: a former holding
    ("fr", "Le fonds d'investissement Marlequin, entré au capital de Belphine en 2021, cède "
     "l'intégralité de sa participation dans l'opération.",
     ("INVESTS_IN", "Marlequin", "Belphine")),
    ("fr", "Marlequin, actionnaire de Belphine depuis 2021, cède la totalité de sa participation "
     "dans l'opération.", ("INVESTS_IN", "Marlequin", "Belphine")),
    # a time phrase after a determiner is no list member's description
    ("fr", "Norvalde fournit Belphine et la semaine prochaine Truscan signera.",
     ("SUPPLIES", "Norvalde", "Truscan")),
    # an investment plan with no named investor; a description with no name
    ("fr", "Le groupe annonce un investissement de 20 millions d'euros dans sa nouvelle usine.",
     ("INVESTS_IN", "Norvalde", "Belphine")),
    ("fr", "Norvalde a racheté Belphine. Le fonds prévoit d'investir dans Truscan.",
     ("INVESTS_IN", "Belphine", "Truscan")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

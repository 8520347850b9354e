"""Session 19, parties with no word in the sentence: a share of no named company held by a
named company ("Velmora, qui avait pris 25 % du capital en 2022, a réinvesti", "Velmora,
which owns about 14%, stays on") is a stake in the company the passage is about; a company
bought with the money the passage's company raised ("L'argent levé servira aussi à racheter
Y", "Part of the proceeds will be used to buy Y") is bought by that company; a second supply
clause after "while" keeps its implicit customer; a partnership with no named side ("The deal
is part of a broader partnership with Y") is that company's. Invented names only; near misses
about a third company, a market share, a denied stake stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = ("Quistor Marine raised $40 million on Thursday. Quistor Marine employs 300 people "
       "in Ohio. ")
_FR = ("Quistor Marine a annoncé jeudi une levée de 40 millions d'euros. Quistor Marine "
       "emploie 300 personnes à Lorient. ")
_STAKE = ("INVESTS_IN", "Velmora Capital", "Quistor Marine")
_BUY_EN = ("ACQUIRES", "Quistor Marine", "Kandor Software")
_BUY_FR = ("ACQUIRES", "Quistor Marine", "Kandor Logiciels")
_PARTNER = ("PARTNERS_WITH", "Quistor Marine", "Velmora Investments")

FOUND = [
    # a relative clause on the holder
    ("fr", _FR + "Le fonds Velmora Capital, qui avait pris 25 % du capital en 2022, a "
     "réinvesti à cette occasion.", _STAKE),
    ("en", _EN + "Velmora Capital, which owns about 14%, will remain a shareholder.",
     _STAKE),
    ("en", _EN + "The company also agreed to a loan from Velmora Capital, which already holds "
     "a 24.9% stake.", _STAKE),
    # a participle in apposition
    ("fr", _FR + "Le fonds lyonnais Velmora Capital, entré au capital en 2022 à hauteur de "
     "30 %, accompagnera l'opération.", _STAKE),
    # the subject of the sentence
    ("en", _EN + "Velmora Capital is taking a 10% stake, according to a filing.", _STAKE),
    ("fr", _FR + "Velmora Capital détient désormais 12 % du capital.", _STAKE),
    ("fr", _FR + "Velmora Capital rachètera 60 % du capital cette année.", _STAKE),
    # a first verb coordinated with the stake verb
    ("fr", _FR + "Velmora Capital y a aussi souscrit et détient désormais 12 % du "
     "capital.", _STAKE),
    ("en", _EN + "Velmora Capital joined the round and now owns 8 per cent.", _STAKE),
    # an apposition between the holder and its verb, a clause after a colon
    ("fr", _FR + "Velmora Capital, un fonds régional, prend 10 % du capital.", _STAKE),
    ("en", _EN + "To fund the deal, the founders let in an outside shareholder: Velmora "
     "Capital, a state-backed vehicle, is taking a 10% stake, according to a notice.", _STAKE),
    # a share sold to the holder by no named company
    ("en", _EN + "To fund the expansion, the Harlan family has sold a 25.1% blocking minority "
     "to Velmora Capital, a private-equity firm.", _STAKE),
    ("fr", _FR + "Pour financer l'opération, la famille Harlan a cédé 20 % du capital à "
     "Velmora Capital.", _STAKE),
    # the money raised pays for a purchase
    ("fr", _FR + "L'argent levé servira aussi à racheter la jeune pousse rennaise Kandor "
     "Logiciels.", _BUY_FR),
    ("fr", _FR + "Cette somme doit aussi financer le rachat de Kandor Logiciels.", _BUY_FR),
    ("en", _EN + "Part of the proceeds will be used to buy Kandor Software, a start-up in "
     "Austin.", _BUY_EN),
    ("en", _EN + "The money will also fund the acquisition of Kandor Software.", _BUY_EN),
    ("fr", _FR + "La somme doit financer trois nouveaux entrepôts et le rachat, conclu "
     "mardi, de Kandor Logiciels, une société de neuf salariés.", _BUY_FR),
    # a second supply clause after "while" / "tandis que" whose first clause's only company
    # is its supplier
    ("en", _EN + "The resin is bought from Korea's Kandor Chemical, while steel "
     "bolts come from Velmora Metals, a family-owned supplier.",
     ("SUPPLIES", "Velmora Metals", "Quistor Marine")),
    ("fr", _FR + "Le cuivre est acheté à l'allemand Kandor Metall, tandis que les isolants "
     "sont fournis par Velmora Chemie.", ("SUPPLIES", "Velmora Chemie", "Quistor Marine")),
    # a partnership whose other side no word names
    ("en", _EN + "The deal is part of a broader strategic partnership with Velmora "
     "Investments.", _PARTNER),
    ("fr", _FR + "L'accord fait partie d'un partenariat industriel plus vaste avec "
     "Velmora Investments, un fonds qatari.",
     _PARTNER),
]

ABSENT = [
    # a partnership of a named company, with two companies, or not asserted
    ("en", _EN + "Kandor Software signed a partnership with Velmora Investments.", _PARTNER),
    ("en", _EN + "The deal is part of a partnership with Velmora Investments and Kandor "
     "Software.", _PARTNER),
    ("en", _EN + "A partnership with Velmora Investments could follow, people said.", _PARTNER),
    ("fr", _FR + "Un partenariat avec Velmora Investments n'est pas envisagé.", _PARTNER),
    # a company is the subject of the first clause: the second clause's goods may be its own;
    # people come from a company without being supplied
    ("en", _EN + "Kandor Chemical buys resin from Korea, while steel bolts come from "
     "Velmora Metals.", ("SUPPLIES", "Velmora Metals", "Quistor Marine")),
    ("en", _EN + "The resin is bought from Korea's Kandor Chemical, while most "
     "engineers come from Velmora Metals.", ("SUPPLIES", "Velmora Metals", "Quistor Marine")),
    # a third company is in the sentence: its capital may be the one held
    ("fr", _FR + "Velmora Capital, qui avait pris 25 % du capital de Kandor Logiciels en "
     "2022, siège au conseil.", _STAKE),
    ("en", _EN + "Velmora Capital, which owns about 14% of Kandor Software, will remain.",
     _STAKE),
    ("fr", _FR + "Kandor Logiciels a cédé ses actifs et Velmora Capital détient désormais "
     "12 % du capital.", _STAKE),
    ("en", _EN + "Velmora Capital, a rival of Kandor Software, is taking a 10% stake.",
     _STAKE),
    # a named seller sells its own shares; a share of a named company
    ("fr", _FR + "Kandor Logiciels a cédé 20 % du capital à Velmora Capital.", _STAKE),
    ("en", _EN + "The Harlan family has sold a 25% stake in Kandor Software to Velmora "
     "Capital.", _STAKE),
    # a market share, a vote, sales: no stake
    ("fr", _FR + "Velmora Capital détient désormais 12 % du marché.", _STAKE),
    ("en", _EN + "Velmora Capital, which holds 11% of the market, is growing.", _STAKE),
    ("en", _EN + "Velmora Capital took 11% of the vote.", _STAKE),
    ("en", _EN + "Velmora Capital's sales rose 11% last year.", _STAKE),
    # the holder is no subject
    ("en", _EN + "Analysts at Velmora Capital expect prices to take 10% off margins.", _STAKE),
    # denied or hedged: no implicit party
    ("en", _EN + "Velmora Capital could take a 10% stake, people said.", _STAKE),
    ("fr", _FR + "Velmora Capital ne prendra pas 10 % du capital.", _STAKE),
    # no passage company named twice
    ("en", "Velmora Capital is taking a 10% stake, according to a filing.", _STAKE),
    # a company before the cue pays for the purchase itself, or a third company is named
    ("fr", _FR + "Une partie des fonds de Velmora Capital servira à racheter Kandor "
     "Logiciels.", _BUY_FR),
    ("en", _EN + "Part of the proceeds will be used to buy Kandor Software from Velmora "
     "Capital.", _BUY_EN),
    # money that pays no one
    ("en", _EN + "The funds will help customers such as Kandor Software.", _BUY_EN),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

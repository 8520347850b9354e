"""Session 16, INVESTS_IN / PARTNERS_WITH pass, in invented sentences (every company here is
made up and in no list): a company's holders listed after "other" ("Y's other shareholders
include A, which owns 12%, and B"); a company apposed to a possessed plural partner noun ("A,
one of Y's partner operators,"); a stake sold with no "in Z" ("X sold a 25% stake to Y": Y
holds it in X), and no supply from it; a long description with a relative clause apposed to
the subject ("X, the family-owned pump maker that has ..., is buying a stake in Y"); a place
before a trade noun before the name ("a stake in Tarwick cider producer Y": Y, not Tarwick)."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Quistor's other shareholders include Kandor Ventures and Tarvo Capital.",
     ("INVESTS_IN", "Kandor Ventures", "Quistor")),
    ("en", "Quistor's other shareholders include Kandor Ventures and Tarvo Capital.",
     ("INVESTS_IN", "Tarvo Capital", "Quistor")),
    ("en", "Quistor's other investors include the Marlow Growers' Co-operative, which owns 12 "
     "per cent, and venture fund Zelbar & Hayes, which backed a 2020 expansion of its plant.",
     ("INVESTS_IN", "Zelbar & Hayes", "Quistor")),
    ("en", "Quistor's other investors include the Marlow Growers' Co-operative, which owns 12 "
     "per cent, and venture fund Zelbar & Hayes.",
     ("INVESTS_IN", "Marlow Growers' Co-operative", "Quistor")),
    ("en", "Quistor's investors include Kandor Ventures, which led the startup's $40 million "
     "Series A round in 2022, and Oslo-based fund Tarvo Capital Partners.",
     ("INVESTS_IN", "Tarvo Capital Partners", "Quistor")),  # "Series" is a round, no party
    ("en", "Velmora's other backers include Kandor Ventures and Tarvo Capital.",
     ("INVESTS_IN", "Tarvo Capital", "Velmora")),
    ("fr", "Parmi les autres actionnaires de Quistor figurent Kandor Ventures et Tarvo Capital.",
     ("INVESTS_IN", "Tarvo Capital", "Quistor")),
    ("fr", "Les autres actionnaires de Quistor sont Kandor Ventures et Tarvo Capital.",
     ("INVESTS_IN", "Kandor Ventures", "Quistor")),
    # a company apposed to (or predicated of) a possessed plural partner noun
    ("en", "Tarvo Coaches, one of Velmora's partners, said it would add 20 coaches.",
     ("PARTNERS_WITH", "Tarvo Coaches", "Velmora")),
    ("en", "Tarvo Coaches, one of Velmora's Danish partner operators, said it would add 20 "
     "coaches to its routes.", ("PARTNERS_WITH", "Tarvo Coaches", "Velmora")),
    ("en", "Quistor is one of Velmora's partners in Poland.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Tarvo Autocars, l'un des transporteurs partenaires de Velmora, ajoutera 20 cars.",
     ("PARTNERS_WITH", "Tarvo Autocars", "Velmora")),
    ("fr", "Tarvo, un des partenaires de Velmora, ajoutera 20 cars.",
     ("PARTNERS_WITH", "Tarvo", "Velmora")),
    ("fr", "Tarvo est l'un des partenaires de Velmora.", ("PARTNERS_WITH", "Tarvo", "Velmora")),
    # a stake sold with no "in Z": the seller's own capital
    ("en", "Brelmont sold a 15% stake to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "To fund the expansion, Brelmont has agreed to sell a 25.1% blocking minority to "
     "Quorvane Capital, a Munich private-equity firm.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont will sell a minority stake to Quorvane Capital to fund its new plant.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont sold new shares to Quorvane Capital and Kandor Ventures.",
     ("INVESTS_IN", "Kandor Ventures", "Brelmont")),
    ("en", "Brelmont sold a 15% stake in Tarvex Mining to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Tarvex Mining")),
    # a long description with a relative clause between the subject and its verb
    ("en", "Velmora Pumpen, the family-run Harnvale valve maker that has spent years in the "
     "wake of the region's biggest engineering groups, is buying a 30 percent stake in Quistor.",
     ("INVESTS_IN", "Velmora Pumpen", "Quistor")),
    ("en", "Velmora, the family-controlled cider house based in Rennes that has grown fast in "
     "the past decade, has taken a 30 per cent stake in Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora, le fabricant familial de vannes de Carrowby qui a grandi des années durant "
     "à côté des grands groupes de la région, a racheté 30 % de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Kandor and Velmora will co-invest in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    # an agreement for a joint work stays a partnership
    ("en", "Velmora signed an agreement with Quistor for the joint development of batteries.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un accord avec Quistor pour développer des batteries.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # a place before a trade noun before the name
    ("en", "Velmora has taken a 30 per cent stake in Tarwick sparkling wine producer Quistor of "
     "Faversham.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora buys its apples from Tarwick cider producer Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora, a partner of Kandor and cider producer Quistor, said so.",
     ("PARTNERS_WITH", "Kandor", "Velmora")),  # a list's member before the trade noun
]

# Near misses: other relational nouns, a clause that is not an inclusion.
ABSENT = [
    ("en", "Quistor's other customers include Kandor Ventures and Tarvo Capital.",
     ("INVESTS_IN", "Kandor Ventures", "Quistor")),
    ("en", "Quistor's other lenders include Kandor Bank and Tarvo Credit.",
     ("INVESTS_IN", "Kandor Bank", "Quistor")),
    ("en", "Quistor's other shareholders had rejected an offer from Kandor Ventures.",
     ("INVESTS_IN", "Kandor Ventures", "Quistor")),
    # ended, possible or personal partners
    ("en", "Tarvo Coaches, one of Velmora's former partners, said it would add 20 coaches.",
     ("PARTNERS_WITH", "Tarvo Coaches", "Velmora")),
    ("en", "Tarvo Coaches, once one of Velmora's partners, said it would add 20 coaches.",
     ("PARTNERS_WITH", "Tarvo Coaches", "Velmora")),
    ("en", "Anna Quist, one of Velmora's managing partners, said so.",
     ("PARTNERS_WITH", "Anna Quist", "Velmora")),
    # a stake sold that is in another company, or one the seller held, or was refused
    ("en", "Brelmont sold its 15% stake to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont sold Tarvex shares to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont sold a 15% stake in Tarvex Mining to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont declined to sell a stake to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    ("en", "Brelmont has agreed to sell a 25.1% blocking minority to Quorvane Capital.",
     ("SUPPLIES", "Brelmont", "Quorvane Capital")),
    ("en", "Brelmont sells steel and aluminium to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Brelmont")),
    # the place is no party
    ("en", "Velmora has taken a 30 per cent stake in Tarwick sparkling wine producer Quistor.",
     ("INVESTS_IN", "Velmora", "Tarwick")),
    # the parties a name qualifies are not its partners' customers
    ("fr", "Velmora fournit l'un des opérateurs partenaires de Quistor en Norvège.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Velmora fournit l'un des opérateurs partenaires de Quistor en Norvège.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # co-investors are no partners (gold conventions: "co-investors stay co-investors")
    ("en", "Kandor will co-invest alongside Velmora in Quistor.",
     ("PARTNERS_WITH", "Kandor", "Velmora")),
    ("en", "A fund managed by Kandor will co-invest alongside Velmora and hold a minority "
     "position in the business.", ("PARTNERS_WITH", "Kandor", "Velmora")),
    # an agreement for goods or services is a customer contract, no partnership
    ("en", "Velmora buys most of its produce from Kandor and last month signed an agreement with "
     "Quistor for frozen and dry goods.", ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("en", "Velmora signed an agreement with Quistor for cleaning services.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un accord avec Quistor pour des produits surgelés.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # a long comma phrase closed before a preposition is no apposition of the subject
    ("en", "Velmora will pay for Quistor, a Tarwick maker of flea and tick treatments that "
     "supplies the retailer Kandor Pets, for £38 million.", ("SUPPLIES", "Velmora", "Kandor Pets")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

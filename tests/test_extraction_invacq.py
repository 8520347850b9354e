"""Session 15, INVESTS_IN and ACQUIRES recall (issue 11), written as invented sentences (names
in no list) in both languages before the fix.

INVESTS_IN: a company that lets an investor into its capital ("Quistor fait entrer à son
capital le fonds Velmora", "Quistor will issue new shares to Velmora"), an investor that joins
the shareholders ("Velmora will join Quistor as a shareholder", "Velmora rejoint le cercle des
actionnaires de Quistor"), "compte (depuis 2022) parmi ses actionnaires la holding X", capital
increases ("souscrira à une augmentation de capital de Quistor", "une augmentation de capital
réservée à Velmora", "a capital increase reserved for Velmora"), a deal that gives the holder
its stake ("gives Velmora a 3% stake in Quistor"). Kept out: shares issued in another company
("sold new shares in Quistor to Velmora" names Quistor as the company), "joined Quistor as
chief executive", "gives X a say in Y", a refused subscription.

ACQUIRES: a takeover told in an object relative after a description ("Quistor, the chipmaker
that Zelbar acquired in 2022"), a part bought from its owner and named in apposition ("bought
Zelbar's battery unit, Quistor Systems,"), "taken private by", "gives X full ownership /
control of Y". Kept out: a subject relative ("the chipmaker that makes Zelbar's modems"), a
verb with its own object ("the chipmaker that Zelbar said would buy Tarvo" gives Tarvo, not
Quistor), a part with no name of its own ("bought Zelbar's battery unit last year"), the
owner of the part, "gives X access to Y", ownership of a plant.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # --- INVESTS_IN: the company lets the investor in
    ("fr", "Pour financer son expansion, Quistor fait entrer à son capital le fonds Velmora, qui "
     "prend 12 % pour 40 millions d'euros.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor fait entrer à son capital l'assureur Velmora, ainsi que le fonds régional "
     "Tarvo Ventures.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor fait entrer à son capital Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor will issue new shares to Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor will issue new shares to the investment firm Velmora, which will end up with "
     "a 12% stake.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor opened its capital to Velmora in March.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # --- INVESTS_IN: the investor joins the shareholders
    ("en", "Velmora will join Quistor as a shareholder.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora joined Quistor as a minority investor last year.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Le fonds Velmora rejoint le cercle des actionnaires de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora rejoint le capital de Quistor aux côtés de Zelbar.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor counts the insurer Velmora among its shareholders.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor compte parmi ses actionnaires la holding lyonnaise Velmora Participations.",
     ("INVESTS_IN", "Velmora Participations", "Quistor")),
    ("fr", "Quistor compte depuis 2022 parmi ses actionnaires Velmora Participations.",
     ("INVESTS_IN", "Velmora Participations", "Quistor")),
    ("fr", "Quistor compte parmi ses actionnaires le fonds Velmora, qui détient 12 %, et la "
     "holding Zelbar.", ("INVESTS_IN", "Zelbar", "Quistor")),
    ("en", "Quistor has long counted among its investors the pension fund Velmora Capital.",
     ("INVESTS_IN", "Velmora Capital", "Quistor")),
    # --- INVESTS_IN: capital increases subscribed or reserved
    ("fr", "Le fonds Velmora souscrira à une augmentation de capital de Quistor de 25 millions "
     "d'euros.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor lance une augmentation de capital réservée à Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor launched a capital increase reserved for Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # --- a deal that gives the holder its stake or control
    ("en", "The swap gives Velmora a 3% stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "The deal will give Velmora full ownership of Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "The transaction gives Velmora control of Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # --- ACQUIRES: an object relative after a description
    ("en", "Velmora competes with Quistor, the chipmaker that Zelbar acquired in 2022.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    ("en", "Its rivals include Tarvo and Quistor, the service that Velmora bought in 2021.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora competes with Quistor, which Zelbar acquired in 2022.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    ("fr", "Korvane affronte Quistor, le fabricant que Zelbar a racheté en 2019, sur le marché "
     "allemand.", ("ACQUIRES", "Zelbar", "Quistor")),
    ("fr", "Quistor, le fabricant que Zelbar a racheté en 2019, a ouvert une usine à Lyon.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    # --- ACQUIRES: a part named in apposition after its owner
    ("en", "Velmora bought the bankrupt group's battery business, Quistor Systems, in February.",
     ("ACQUIRES", "Velmora", "Quistor Systems")),
    ("en", "Velmora bought Zelbar's battery unit, Quistor Systems, in February.",
     ("ACQUIRES", "Velmora", "Quistor Systems")),
    ("fr", "Korvane a racheté la branche logistique de Zelbar, Quistor Fret, en mars.",
     ("ACQUIRES", "Korvane", "Quistor Fret")),
    # --- ACQUIRES: taken private
    ("en", "Quistor was taken private by Velmora.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor agreed to be taken private by a group led by Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
]

ABSENT = [
    # shares in another company: the company named after "in" is the target
    ("en", "Korvane sold new shares in Quistor to Velmora.", ("INVESTS_IN", "Velmora", "Korvane")),
    # a role, not a holding
    ("en", "Velmora joined Quistor as chief executive.", ("INVESTS_IN", "Velmora", "Quistor")),
    # a subject relative, a verb with its own object
    ("en", "Velmora competes with Quistor, the chipmaker that makes Zelbar's modems.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    ("en", "Velmora competes with Quistor, the chipmaker that Zelbar said would buy Tarvo.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    ("en", "Velmora sells to Quistor, the retailer that Zelbar supplies.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    # a part with no name of its own, goods: the owner is not bought
    ("en", "Velmora bought Zelbar's battery unit last year.", ("ACQUIRES", "Velmora", "Zelbar")),
    ("en", "Velmora bought Zelbar's battery unit, Quistor Systems, in February.",
     ("ACQUIRES", "Velmora", "Zelbar")),
    ("en", "Velmora bought Zelbar's chips, Quistor said.", ("ACQUIRES", "Velmora", "Zelbar")),
    ("en", "Velmora bought Zelbar's chips, Quistor said.", ("ACQUIRES", "Velmora", "Quistor")),
    # a deal that gives something else than a stake; a pronoun holder is left out
    ("en", "The ruling gives Velmora a say in Quistor's future.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "The deal gives Velmora access to Quistor's patents.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "The deal will give Velmora full ownership of the plant it runs with Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a capital increase for staff, a refusal
    ("fr", "Velmora ne souscrira pas à l'augmentation de capital de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # the seller of the part is not bought
    ("fr", "Korvane a racheté la branche logistique de Zelbar, Quistor Fret, en mars.",
     ("ACQUIRES", "Korvane", "Zelbar")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

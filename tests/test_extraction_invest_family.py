"""Session 13, the investment relation as a whole family of cues (issue 11), written as
invented sentences (names in no list) in both languages before the fix.

Family 1, control said by a passive with no stake (English): "Y, owned by X", "Y is controlled
by X" is ACQUIRES, not INVESTS_IN (a stated stake, "majority-owned", "wholly owned", "détenu à
60 % par" stay stakes). The French "contrôlé par" stays a stake: the project's invented set
annotates it so, and no read batch has the form.

Family 2, a former holder as a description: "X, a former shareholder of Y", "X, ancien
actionnaire de Y" is no current investment; nor is a holding in the pluperfect passive whose
holder the sentence says left ("Y avait été détenue par X, sorti de son capital en 2021", "Y
had been owned by X, which exited in 2021").

Family 3, entry into the capital and a round in every tense: "entrera / entreront / va entrer au
capital de Y", "fait son entrée au tour de table", "prennent une participation".

Family 4, a participation with no object, in the round an earlier sentence or clause names:
"Existing backers A and B are also taking part, along with C", "X remet (également) au pot".

Family 5, a holder introduced by a description with no company of its own: "X, actionnaire
minoritaire depuis 2023, remet au pot", "X, an early backer, ..." invests in the one company
the sentence's round or stake is about.

Family 6, the holders of the rest of the capital: "the remaining 40% of Y will stay with X",
"A and B hold most of the rest", "le solde du capital reste entre les mains de X / sera
partagé entre A et B", "les 30 % restants seront détenus par X": they hold a stake in the
company named after the rest noun, else the one whose stake the sentence states before it,
else the one an earlier sentence's stake or takeover was about.

Family 7, the newcomer to a capital said by a noun: "Y a annoncé l'entrée à son capital du
fonds X", "l'entrée du japonais X à son capital", "l'entrée de X au capital de Y"; a company
born with money (English): "Y, which launched last year with $1 billion led by X", "Y started
life with $250 million in capital, including $50 million from X", "Y emerged from stealth with
$40 million from A and B".

Wrong edges kept out as families: the holder of a stake a buyer takes over is its seller, not
the company ("rachète la participation de X dans Y", "en rachetant les parts du fonds X",
"buys the stake of X in Y"): the buyer invests in Y, never in X; money raised as debt, loans or
bonds is no investment ("raised $100 million in debt from X", "a levé 150 millions d'euros en
obligations convertibles auprès de X", "un prêt ... auprès de X").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # family 1: control by a passive
    ("en", "Quistor, owned by Velmora since 2017, competes with Tarvex.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "In Spain, Quistor is controlled by Velmora Holdings.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "The deal lifts Tarvex against Quistor, the cable maker that has been controlled by "
     "Velmora since last year.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor is majority-owned by Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor, a company wholly owned by Velmora, makes games.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor, détenu à 40 % par Velmora, fabrique des pompes.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Tarvex competes with Quistor, controlled by Velmora with 69%.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # family 3: entry into the capital, every tense
    ("fr", "Velmora entrera au capital de Quistor à hauteur de 15 %.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Le fonds Velmora et la banque Tarvex entreront au capital de Quistor en mars.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    ("fr", "Velmora va entrer au capital de Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a levé 40 millions d'euros auprès de Tarvex. Le family office Velmora fait "
     "son entrée au tour de table.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora et Tarvex prennent une participation minoritaire dans Quistor.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    # family 4: a participation with no object, in the raiser's round
    ("en", "Quistor raised $50 million. Existing backers Tarvex and Zelbar are also taking "
     "part, along with Korvane, a state-backed investment company.",
     ("INVESTS_IN", "Zelbar", "Quistor")),
    ("en", "Quistor raised $50 million. Existing backers Tarvex and Zelbar are also taking "
     "part, along with Korvane, a state-backed investment company.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "Quistor raised $50 million in a round led by Tarvex. Velmora Capital reinvested.",
     ("INVESTS_IN", "Velmora Capital", "Quistor")),
    ("fr", "Quistor a levé 40 millions d'euros. Le fonds Velmora remet également au pot.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a bouclé un tour de table de 40 millions d'euros auprès de Tarvex. Le fonds "
     "Velmora remet au pot, aux côtés de la banque Zelbar.", ("INVESTS_IN", "Zelbar", "Quistor")),
    # family 5: a holder by description, with no company of its own
    ("fr", "Quistor a levé 40 millions d'euros. Le fonds Velmora, actionnaire minoritaire depuis "
     "2023, remet également au pot.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a levé 40 millions d'euros. Le tour de table est mené par Tarvex, tandis "
     "que Velmora, actionnaire depuis la création de la société en 2022, remet également au "
     "pot.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor raised $40 million in a round led by Tarvex, while Velmora Capital, an "
     "early backer since 2019, also invested.", ("INVESTS_IN", "Velmora Capital", "Quistor")),
    # family 6: the rest of the capital
    ("en", "The remaining 40 per cent of Quistor will stay with investment firm Velmora, which "
     "has been a shareholder since 2019.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "The remaining 40 per cent of Quistor will stay with Harrowfield-based investment "
     "firm Velmora Capital.", ("INVESTS_IN", "Velmora Capital", "Quistor")),
    ("en", "Tarvex retains a 30% stake in Quistor, while Velmora and the state-backed fund "
     "Zelbar hold most of the rest.", ("INVESTS_IN", "Zelbar", "Quistor")),
    ("en", "Tarvex has agreed to buy a 90 percent stake in Quistor. The remaining 10 percent "
     "will stay with Velmora Bank, the development bank of the state.",
     ("INVESTS_IN", "Velmora Bank", "Quistor")),
    ("en", "Tarvex owns 60% of Quistor; the rest is held by Velmora Capital and Zelbar Partners.",
     ("INVESTS_IN", "Zelbar Partners", "Quistor")),
    ("fr", "Tarvex prend 70 % de Quistor. Le solde du capital reste entre les mains de la famille "
     "fondatrice et du fonds Velmora, entré en 2021 à hauteur de 20 %.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Tarvex rachète 60 % de Quistor. Le solde du capital sera partagé entre la famille "
     "fondatrice et Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Tarvex prend 70 % de Quistor. Les 30 % restants seront détenus par le fonds Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Le reste du capital de Quistor est détenu par Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # family 7: a newcomer by a noun, a company born with money
    ("fr", "La griffe Quistor a annoncé mercredi l'entrée à son capital du fonds Velmora, qui "
     "prend une participation de 30 %.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "La maison Quistor, basée à Jarnac, a annoncé jeudi l'entrée du japonais Velmora à "
     "son capital à hauteur de 25 %, une opération qui valorise l'entreprise.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a annoncé l'entrée de Velmora dans son capital.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Tarvex salue l'entrée de Velmora au capital de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor, which launched last year with $1 billion led by Velmora, makes drugs.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor started life with $250 million in capital, including $50 million from "
     "Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor emerged from stealth with $40 million from Velmora and Tarvex.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    # the seller's stake: the buyer invests in the company the stake is in
    ("fr", "Tarvex rachète la participation de Velmora dans Quistor.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    # a stake's relative phrase "au capital de laquelle"
    ("fr", "La reprise sera portée par sa filiale Quistor, au capital de laquelle la banque "
     "Velmora et le fonds régional Tarvex prennent chacun une participation minoritaire.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
]

ABSENT = [
    # family 1: control is no stake
    ("en", "Quistor, owned by Velmora since 2017, competes with Tarvex.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor was formerly owned by Velmora.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Tarvex competes with Quistor, controlled by Velmora with 69%.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor, a joint venture jointly controlled by Velmora and Tarvex, makes chips.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # family 2: former holders, sold and exited stakes, denials and plans weighed
    ("en", "Velmora, a former shareholder of Quistor, declined to comment.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora, ancien actionnaire de Quistor, a soutenu l'opération.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora, ex-actionnaire de Quistor, a soutenu l'opération.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora, Quistor's former investor, declined to comment.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor avait été brièvement détenue par le fonds régional Velmora, sorti de son "
     "capital en 2021.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor had been owned by Velmora Capital, which exited in 2021.",
     ("ACQUIRES", "Velmora Capital", "Quistor")),
    ("en", "Velmora sold its stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a cédé sa participation dans Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora denied it would take a stake in Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a démenti vouloir entrer au capital de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora is weighing a stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora envisage de prendre une participation dans Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # debt, loans and advisers are no investment
    ("en", "Velmora provided a $20 million loan to Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a accordé un prêt de 20 millions d'euros à Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a émis 150 millions d'euros d'obligations auprès de Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora advised Quistor on the round.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora acted as financial adviser to Quistor on its $40 million round led by "
     "Tarvex.", ("INVESTS_IN", "Velmora", "Quistor")),
    # family 4: a participation verb with an object of its own is not the raiser's round, and
    # a holder noun ending the clause is no participation
    ("en", "Zentrix raised $40 million. Velmora had weighed selling a stake in its unit, "
     "Quistor, to outside investors.", ("INVESTS_IN", "Quistor", "Zentrix")),
    ("en", "Quistor raised $50 million. Velmora Capital is also taking part in the tender for "
     "Zelbar.", ("INVESTS_IN", "Velmora Capital", "Quistor")),
    ("en", "Velmora Capital is also taking part, along with Tarvex.",
     ("INVESTS_IN", "Tarvex", "Velmora Capital")),
    # an entry that is no entry into a capital
    ("fr", "Quistor prépare l'entrée en Bourse de sa filiale Velmora pour lever du capital.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a annoncé l'arrivée de Velmora sur le marché du capital-investissement.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a démenti toute entrée au capital de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # the seller of a stake is no company invested in
    ("fr", "Tarvex porte sa participation dans Quistor à 60 %, en rachetant les parts du fonds "
     "d'investissement américain Velmora et de Zelbar Invest.",
     ("INVESTS_IN", "Tarvex", "Velmora")),
    ("fr", "Tarvex porte sa participation dans Quistor à 60 %, en rachetant les parts du fonds "
     "d'investissement américain Velmora et de Zelbar Invest.",
     ("INVESTS_IN", "Tarvex", "Zelbar Invest")),
    ("fr", "Tarvex rachète la participation de Velmora dans Quistor.",
     ("INVESTS_IN", "Tarvex", "Velmora")),
    # debt, loans and bonds raised are no investment; revenue is no money invested
    ("en", "Quistor raised $100 million in debt from Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor secured a $100 million loan from Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor raised $100 million in convertible bonds from Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a levé 150 millions d'euros en obligations convertibles auprès du fonds "
     "Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Quistor a obtenu un prêt de 20 millions d'euros auprès de Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor launched with $10 million of revenue from Velmora contracts.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Quistor launched with a product from Velmora.", ("INVESTS_IN", "Velmora", "Quistor")),
    # family 6: a rest that is no capital, a holder that is no company, a place before a holder
    ("en", "The remaining 40 per cent of Quistor will stay with Harrowfield-based investment "
     "firm Velmora Capital.", ("INVESTS_IN", "Harrowfield", "Quistor")),
    ("en", "Tarvex bought Quistor. The rest of the day was spent with Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté Quistor. Le reste de l'équipe reste avec Tarvex.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    ("en", "Tarvex bought 60% of Quistor. The rest will stay with the founders, Velmora said.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # family 5: a holder apposition whose since-phrase names another company
    ("fr", "Quistor a levé 40 millions d'euros auprès de Tarvex, tandis que Velmora, actionnaire "
     "depuis 2022 de Zelbar, a salué l'opération.", ("INVESTS_IN", "Velmora", "Quistor")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)

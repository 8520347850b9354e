"""Session 15, hard negatives: relations a careless reader would assert but the text does not,
each KIND as a family of invented sentences with its asserted twin beside it (the positive
must stay found).

Kinds (from the hard-negative lists of the read batches and the READMEs of batches 17, 18,
20): denied, rejected or voted-down deals; rumoured or speculative deals; talks only;
conditional or hypothetical deals; options to buy; bids explored but never made; former roles
and holdings; terminated licences and partnerships; lenders providing debt only; money
committed to funds; a parent's stake in its own joint venture; sellers; two rivals of one
company; regulators approving a deal; products, facilities, places and exchanges named like
companies. Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # asserted twins of the denied / rejected / rumoured / talks / conditional kinds
    ("en", "Velmora said it planned to buy Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a annoncé vouloir racheter Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora and Quistor signed a partnership.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor ont signé un partenariat.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora invested $200 million in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "A tie-up between Velmora and Quistor was announced on Monday.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Le partenariat entre Velmora et Quistor, évoqué lundi, porte sur les batteries.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora bought Quistor, which floated in 2019.", ("ACQUIRES", "Velmora", "Quistor")),
    # former role beside the current one
    ("en", "Anna Pirel, a former chief executive of Quistor, joined Velmora as chief financial "
     "officer.", ("EXECUTIVE_OF", "Anna Pirel", "Velmora")),
    ("fr", "Anna Pirel, ancienne directrice générale de Quistor, rejoint Velmora comme "
     "directrice financière.", ("EXECUTIVE_OF", "Anna Pirel", "Velmora")),
    ("en", "Anna Pirel, Quistor's chief executive, joined the board of Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("en", "Anna Pirel will remain chief executive of Quistor until 2027.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel restera directrice générale de Quistor jusqu'en 2027.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel, directrice générale de Quistor, a signé avec Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    # an equity investor beside a lender
    ("en", "Velmora raised 50 million euros from Kandor Capital in its Series B round.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Velmora a levé 50 millions d'euros auprès de Kandor Capital.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("en", "Velmora's acquisition of Quistor is financed by a term loan arranged by Kandor "
     "Bank.", ("ACQUIRES", "Velmora", "Quistor")),
    # a joint venture: its members are partners; a stake in a company that forms a venture
    # elsewhere in the sentence stays
    ("en", "Velmora and Quistor formed Kandor Energy, a joint venture in which Velmora holds "
     "51%.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora owns 38% of Kandor Mining through a joint venture with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora détient 51 % de Kandor Énergie, sa coentreprise avec Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora took a 30% stake in Kandor and formed a joint venture with Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Velmora took a 30% stake in Kandor through its venture arm.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("fr", "Velmora a pris 30 % de Kandor et a créé une coentreprise avec Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Velmora holds 20% of Kandor, which has a joint venture with Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Velmora bought a stake in Kandor, Quistor's joint venture partner.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    # a venture formed, a stake held next to an option
    ("en", "Velmora and Quistor formed a joint venture.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor ont créé une coentreprise.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora détient 20 % de Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora holds 20% of Quistor and an option to buy more.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # the buyer of a company sold by another
    ("en", "Velmora bought Kandor from Quistor for $2 billion.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor sold Kandor to Velmora.", ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "Velmora a racheté Kandor à Quistor pour 2 milliards d'euros.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "Quistor a cédé Kandor à Velmora.", ("ACQUIRES", "Velmora", "Kandor")),
    # rivals of the company itself
    ("en", "Velmora competes with Quistor and Kandor.", ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora affronte Quistor et Kandor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    # the deal a regulator approves
    ("en", "The European Commission approved Velmora's purchase of Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "L'Autorité de la concurrence a autorisé le rachat de Quistor par Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the company behind a product
    ("en", "Quistor uses Velmora's Kandor software.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora, based in Harnfeld, signed a deal with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Quistor utilise le logiciel Kandor de Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit le logiciel Kandor à Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "La société Kandor de Lyon fournit Quistor.", ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "Velmora a racheté le fabricant de logiciels Kandor.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor uses Velmora's Kandor Guard agent.", ("SUPPLIES", "Velmora", "Quistor")),
    # a seller of goods stays a supplier
    ("en", "Quistor sells sensors to Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor will supply chips to Velmora's automotive division.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    # denied
    ("en", "Velmora denied a report that it planned to buy Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora has denied that it is in talks to acquire Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a démenti vouloir racheter Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a démenti toute discussion en vue d'un rachat de Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # rejected, voted down
    ("en", "Quistor rejected a takeover offer from Velmora.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor's board rebuffed an approach from Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Quistor a rejeté l'offre de rachat de Velmora.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Le conseil de Quistor a repoussé l'offre de Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor shareholders voted down the merger with Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Les actionnaires de Quistor ont rejeté la fusion avec Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # rumoured, speculative
    ("en", "Velmora is said to be weighing a bid for Quistor, people familiar with the matter "
     "said.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora is considering a bid for Quistor, according to people familiar with the "
     "matter.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora is reportedly eyeing a stake in Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora envisagerait de racheter Quistor, selon des sources proches du dossier.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora serait intéressé par une prise de participation dans Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "A tie-up between Velmora and Quistor has been mooted.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Un rapprochement entre Velmora et Quistor est évoqué par la presse.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Un rapprochement entre Velmora et Quistor a été évoqué dans la presse.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # talks only
    ("en", "Velmora is in talks to acquire Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora and Quistor are in early talks about a partnership.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora est en discussions avec Quistor en vue d'un partenariat.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor négocient un rapprochement.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # conditional, hypothetical
    ("en", "Velmora could buy Quistor if regulators allow it.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora would consider a partnership with Quistor if prices fall.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora pourrait racheter Quistor si les autorités l'autorisent.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora n'exclut pas de s'allier avec Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # options to buy
    ("en", "Velmora holds an option to acquire Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora has an option to buy a further 20% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora dispose d'une option d'achat sur Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora détient une option pour acquérir 20 % de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora détient une option d'achat sur 20 % de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora holds an option over a further 20% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora holds a call option on 20% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # bids explored, never made
    ("en", "Velmora explored a bid for Quistor but decided against it.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora looked at buying Quistor last year before walking away.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a étudié une offre sur Quistor avant d'y renoncer.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a renoncé à racheter Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    # former roles
    ("en", "Anna Pirel, a former chief executive of Quistor, joined Velmora as chief financial "
     "officer.", ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("en", "Anna Pirel, who left Quistor in 2021, now heads Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel, ancienne directrice générale de Quistor, rejoint Velmora comme "
     "directrice financière.", ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel, ex-patronne de Quistor, prend la tête de Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel a quitté la présidence de Quistor en 2021.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("en", "Anna Pirel, Quistor's chief executive until last year, joined Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("en", "Anna Pirel, chief executive of Quistor until 2019, joined Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("en", "Anna Pirel, who was chief executive of Quistor until 2019, joined Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel, directrice générale de Quistor jusqu'à l'an dernier, rejoint Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    ("fr", "Anna Pirel, directrice générale de Quistor jusqu'en 2019, rejoint Velmora.",
     ("EXECUTIVE_OF", "Anna Pirel", "Quistor")),
    # former holdings
    ("en", "Velmora sold its stake in Quistor in 2020.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora, which used to own 30% of Quistor, exited in 2022.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a cédé sa participation dans Quistor en 2020.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora, ancien actionnaire de Quistor, est sorti du capital en 2022.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # terminated partnerships and licences
    ("en", "Velmora ended its partnership with Quistor last year.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora terminated its licence agreement with Quistor in March.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Quistor's distribution deal with Velmora expired in 2023.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a mis fin à son partenariat avec Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "L'accord de distribution entre Velmora et Quistor a pris fin en 2023.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a rompu son alliance avec Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora and Quistor ended their joint venture.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora and Quistor dissolved their joint venture in 2022.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora terminated its supply contract with Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor ont dissous leur coentreprise.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a résilié son contrat de fourniture avec Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # lenders, debt only
    ("en", "Kandor Bank provided a 200 million euro loan to Velmora.",
     ("INVESTS_IN", "Kandor Bank", "Velmora")),
    ("en", "Velmora secured a bridge loan from Kandor Bank.",
     ("INVESTS_IN", "Kandor Bank", "Velmora")),
    ("en", "Velmora's acquisition of Quistor is financed by a term loan arranged by Kandor "
     "Bank.", ("INVESTS_IN", "Kandor Bank", "Velmora")),
    ("en", "Kandor Capital led a $30 million venture debt facility for Velmora.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Kandor Banque a accordé un prêt de 200 millions d'euros à Velmora.",
     ("INVESTS_IN", "Kandor Banque", "Velmora")),
    ("fr", "Velmora a obtenu un crédit syndiqué auprès de Kandor Banque.",
     ("INVESTS_IN", "Kandor Banque", "Velmora")),
    # money committed to a fund is no stake in its manager
    ("en", "Velmora committed $200 million to Quistor Partners' third buyout fund.",
     ("INVESTS_IN", "Velmora", "Quistor Partners")),
    ("fr", "Velmora a souscrit 50 millions d'euros au fonds Croissance III de Quistor Gestion.",
     ("INVESTS_IN", "Velmora", "Quistor Gestion")),
    ("fr", "Velmora a investi dans un fonds géré par Quistor Gestion.",
     ("INVESTS_IN", "Velmora", "Quistor Gestion")),
    # a parent's stake in its own joint venture, or held through one
    ("en", "Velmora and Quistor formed Kandor Energy, a joint venture in which Velmora holds "
     "51%.", ("INVESTS_IN", "Velmora", "Kandor Energy")),
    ("en", "Velmora owns 51% of Kandor Energy, its joint venture with Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor Energy")),
    ("en", "Velmora owns 38% of Kandor Mining through a joint venture with Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor Mining")),
    ("en", "Velmora holds 40% of Kandor Mining via its joint venture with Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor Mining")),
    ("en", "Velmora holds 51% of the joint venture Kandor Energy.",
     ("INVESTS_IN", "Velmora", "Kandor Energy")),
    ("fr", "Velmora et Quistor ont créé Kandor Énergie, une coentreprise détenue à 51 % par "
     "Velmora.", ("INVESTS_IN", "Velmora", "Kandor Énergie")),
    ("fr", "Velmora détient 51 % de Kandor Énergie, sa coentreprise avec Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor Énergie")),
    ("fr", "Velmora détient 40 % de Kandor Mines par l'intermédiaire de sa coentreprise avec "
     "Quistor.", ("INVESTS_IN", "Velmora", "Kandor Mines")),
    ("fr", "Velmora détient 40 % de Kandor Mines via une société commune avec Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor Mines")),
    ("fr", "Velmora détient 51 % de la coentreprise Kandor Énergie.",
     ("INVESTS_IN", "Velmora", "Kandor Énergie")),
    # sellers do not acquire
    ("en", "Velmora bought Kandor from Quistor for $2 billion.",
     ("ACQUIRES", "Quistor", "Kandor")),
    ("en", "Quistor sold Kandor to Velmora.", ("ACQUIRES", "Quistor", "Kandor")),
    ("fr", "Velmora a racheté Kandor à Quistor pour 2 milliards d'euros.",
     ("ACQUIRES", "Quistor", "Kandor")),
    ("fr", "Quistor a vendu sa filiale Kandor à Velmora.", ("ACQUIRES", "Quistor", "Kandor")),
    # nor does a seller of a division supply its buyer
    ("en", "Quistor agreed to sell its Kandor division to Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor sold its packaging subsidiary to Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # two rivals of one company are not rivals of each other
    ("en", "Velmora competes with Quistor and Kandor.", ("COMPETES_WITH", "Quistor", "Kandor")),
    ("en", "Velmora's rivals include Quistor and Kandor.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    ("en", "Velmora faces competition from Quistor, Kandor and Zelbar.",
     ("COMPETES_WITH", "Kandor", "Zelbar")),
    ("fr", "Velmora est en concurrence avec Quistor et Kandor.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    ("fr", "Parmi les concurrents de Velmora figurent Quistor et Kandor.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    # a regulator approving a deal is no party to it
    ("en", "The European Commission approved Velmora's purchase of Quistor.",
     ("ACQUIRES", "European Commission", "Quistor")),
    ("en", "Velmora's acquisition of Quistor was cleared by the Competition and Markets "
     "Authority.", ("REPORTED_BY", "ARTICLE", "Competition and Markets Authority")),
    ("fr", "L'Autorité de la concurrence a autorisé le rachat de Quistor par Velmora.",
     ("REPORTED_BY", "ARTICLE", "Autorité de la concurrence")),
    # exchanges are no partners
    ("en", "Velmora listed its shares on the Nasdaq in 2021.",
     ("PARTNERS_WITH", "Velmora", "Nasdaq")),
    ("fr", "Velmora est cotée sur Euronext Paris depuis 2019.",
     ("PARTNERS_WITH", "Velmora", "Euronext Paris")),
    # goods and sites named before their maker ("le logiciel X de Y", "l'usine X de Y")
    ("fr", "Quistor utilise le logiciel Kandor de Velmora.", ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "L'usine Kandor de Velmora fournit Quistor.", ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "La plateforme Kandor Cloud de Velmora équipe Quistor.",
     ("SUPPLIES", "Kandor Cloud", "Quistor")),
    ("en", "Quistor uses Velmora's Kandor software.", ("SUPPLIES", "Kandor", "Quistor")),
    ("en", "Quistor uses the Kandor Guard agent on its laptops.",
     ("SUPPLIES", "Kandor Guard", "Quistor")),
    ("en", "Quistor runs the Kandor Nova app on its phones.",
     ("SUPPLIES", "Kandor Nova", "Quistor")),
    # a place named like a company
    ("en", "Harnfeld signed a licensing deal with Quistor.",
     ("PARTNERS_WITH", "Harnfeld", "Quistor")),
    ("en", "Velmora, based in Harnfeld, signed a deal with Quistor.",
     ("PARTNERS_WITH", "Harnfeld", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

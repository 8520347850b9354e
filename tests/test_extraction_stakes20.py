"""Session 20, INVESTS_IN and ACQUIRES, third round: the holders of one company named by a
list ("Y's other large shareholders include A and B", "Other shareholders in Y include A and
B", "Y's largest shareholders — A, B and C — voted ..."), a list member behind its country's
possessive ("A, Peru's B and C"); the French plural future of "détenir" ("A et B, qui
détiendront ensemble 6 % de Y"); "holdings in" as a stake noun; a takeover "out of
administration" told in the passive (the active verb takes no "by" phrase); a buyer's
relative clause after "from" ("leases trains from Y, which X bought"), with the seller named
("which X bought from Z") or the buyer described ("which Swiss investor X bought"); the
possessed head of a direct object ("buy Velmora's smaller rival Y": Y is bought); the
seller after "auprès de" is no target ("acquérir 62 % du capital auprès de Z"); a stake's
size set off by commas takes none of the window ("l'entrée de X, à hauteur de 20 %, au capital
de Y").

Invented sentences, both languages where the shape exists in both; every company here is made
up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # qualifiers between the possessor and the holders' noun
    ("en", "Velmora's other large shareholders include Norway's Kandor Pension Fund and US "
     "asset manager Quistor Group, according to filings.",
     ("INVESTS_IN", "Kandor Pension Fund", "Velmora")),
    ("en", "Velmora's other large shareholders include Norway's Kandor Pension Fund and US "
     "asset manager Quistor Group, according to filings.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # a sentence opened by "Other shareholders in Y include"
    ("en", "Velmora makes pumps. Other shareholders in Velmora include Kandor and Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora makes pumps. Other shareholders in the company include Kandor Partners and "
     "Quistor.", ("INVESTS_IN", "Kandor Partners", "Velmora")),
    # a list set off by dashes
    ("en", "Velmora makes pumps. The company's main shareholders — Kandor Holding and Quistor "
     "— backed the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora makes pumps. Its main shareholder — Kandor Holding — backed the plan.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora fabrique des pompes. Ses principaux actionnaires — Kandor Holding et "
     "Quistor — ont soutenu le projet.", ("INVESTS_IN", "Quistor", "Velmora")),
    # a member behind its country's possessive stays in the list
    ("en", "Velmora builds valves. The group's largest shareholders — Kandor Holding, Peru's "
     "Quistor and Zelbar Pension Fund — voted for the merger.",
     ("INVESTS_IN", "Zelbar Pension Fund", "Velmora")),
    ("en", "Velmora's shareholders include Kandor Holding, Peru's Quistor and Zelbar Pension "
     "Fund.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora's shareholders include Kandor Holding, Peru's Quistor and Zelbar Pension "
     "Fund.", ("INVESTS_IN", "Zelbar Pension Fund", "Velmora")),
    # the French plural future of "détenir"
    ("fr", "L'opération sera financée par une augmentation de capital réservée à Kandor "
     "Invest et au fonds régional Zelbar, qui détiendront ensemble environ 6 % de Velmora.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Kandor et Zelbar détiendront 6 % de Velmora.", ("INVESTS_IN", "Kandor", "Velmora")),
    # "holdings in"
    ("en", "Velmora, whose portfolio already includes minority holdings in Kandor Noord and "
     "Quistor, beat a rival offer.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora has minority holdings in Kandor and Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    # bought out of administration: the agent is the buyer
    ("en", "Scottish bus builder Quistor Coachworks has been bought out of administration by "
     "engineering group Kandor Holdings in a deal worth about £38 million.",
     ("ACQUIRES", "Kandor", "Quistor Coachworks")),
    ("en", "Quistor, which was bought out of bankruptcy by Kandor in 2019, supplies Velmora.",
     ("ACQUIRES", "Kandor", "Quistor")),
    # a buyer's relative clause after "from"
    ("en", "Velmora leases trains from Quistor, which Kandor bought last year.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Velmora leases trains from Quistor, which Kandor bought from Zelbar last year.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Quistor, which Kandor bought from Zelbar in 2019, makes trains.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Velmora leases trains from Quistor, which Swiss investor Kandor bought from Zelbar "
     "last year.", ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Quistor, which the private equity firm Kandor acquired in 2021, makes trains.",
     ("ACQUIRES", "Kandor", "Quistor")),
    # the possessed head of the object is bought
    ("en", "Kandor, which agreed in the spring to buy Velmora's smaller rival Quistor Group, "
     "had also weighed a bid.", ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Kandor bought Velmora's former supplier Quistor.", ("ACQUIRES", "Kandor", "Quistor")),
    # the target named beside a seller after "auprès de"
    ("fr", "Kandor a acquis 62 % du capital de Quistor auprès de Zelbar Partners.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Kandor a racheté auprès de Zelbar 62 % de Quistor.", ("ACQUIRES", "Kandor", "Quistor")),
    # a stake's size set off by commas
    ("fr", "Le directeur général a confirmé l'entrée de Velmora, à hauteur de 20 %, au capital "
     "de Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
]

ABSENT = [
    # "other" holders that are not one company's list
    ("en", "Velmora makes pumps. Other shareholders such as Kandor sold their shares in "
     "Quistor.", ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Velmora makes pumps. Other large shareholders in Quistor backed the plan, while "
     "Kandor abstained.", ("INVESTS_IN", "Kandor", "Quistor")),
    # a customer list set off by dashes is no stake
    ("en", "Velmora makes pumps. Its largest customers — Kandor Holding and Quistor — backed "
     "the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
    # a lender set off by dashes is no shareholder
    ("en", "Velmora makes pumps. Its main lender — Kandor Bank — backed the plan.",
     ("INVESTS_IN", "Kandor Bank", "Velmora")),
    # a dash that does not close on the name: a clause
    ("en", "Velmora makes pumps. Its largest shareholder — Kandor Holding, which bought in "
     "2019 from Quistor — backed the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
    # cash or debt holdings are no stake
    ("en", "Velmora has large cash holdings in Swiss banks such as Kandor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Velmora has debt holdings in Kandor and Quistor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    # the passive's agent is never the object bought, and the target never buys
    ("en", "Scottish bus builder Quistor Coachworks has been bought out of administration by "
     "engineering group Kandor Holdings in a deal worth about £38 million.",
     ("ACQUIRES", "Quistor Coachworks", "Kandor")),
    ("en", "Quistor went into administration after Kandor pulled out of the bidding.",
     ("ACQUIRES", "Kandor", "Quistor")),
    # the seller is not bought, the bid not made is no takeover
    ("en", "Velmora leases trains from Quistor, which Kandor bought from Zelbar last year.",
     ("ACQUIRES", "Kandor", "Zelbar")),
    ("en", "Velmora buys steel from Quistor, which Kandor failed to buy in 2021.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Quistor, which Swiss investor Kandor has offered to buy, makes trains.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Quistor, which the German carmaker Kandor supplies, makes trains.",
     ("ACQUIRES", "Kandor", "Quistor")),
    # the possessor of the object is not bought; a subsidiary stays with its own rule
    ("en", "Kandor agreed to buy Velmora's rival Quistor.", ("ACQUIRES", "Kandor", "Velmora")),
    ("en", "Kandor bought Velmora's plant near Quistor's site.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Velmora agreed to buy Zelbar's subsidiary Quistor for $2 billion.",
     ("ACQUIRES", "Velmora", "Zelbar")),
    # the seller after "auprès de" is not what is bought
    ("fr", "Kandor a acquis 62 % du capital auprès de Zelbar Partners.",
     ("INVESTS_IN", "Kandor", "Zelbar Partners")),
    ("fr", "Le fonds Kandor va racheter Quistor. L'opération verra le fonds parisien acquérir "
     "62 % du capital auprès de Zelbar Partners, actionnaire majoritaire depuis 2019.",
     ("ACQUIRES", "Kandor", "Zelbar Partners")),
    ("fr", "Kandor a pris une participation de 20 % auprès de Zelbar.",
     ("INVESTS_IN", "Kandor", "Zelbar")),
    # an aside with a name in it is no stake's size; a denied entry is not asserted
    ("fr", "Le directeur général a confirmé l'entrée de Velmora, à hauteur de Quistor, au "
     "capital de Zelbar.", ("INVESTS_IN", "Velmora", "Zelbar")),
    ("fr", "Le directeur général a démenti l'entrée de Velmora, à hauteur de 20 %, au capital "
     "de Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Names and roles, fifth round (session 16, issue 11): a name ending in a legal form stays a
company whatever its apposition says ("X LLC, a processor"), a region after a name with "&" or
an elided "d'" ("Forges & Aciers de Savoie", "Kandor d'Alsace"), web domains of outlets
("Quistorwatch.biz", also at a sentence's end), roles after "long-time" and in a human-resources
area ("group HR director at O"), members of a management board ("membre du directoire de O"),
a possessive title after a sentence-opening passive role verb ("Dirigée par sa cofondatrice P,
O ..."), an occupation before the agent ("fondée par l'oncologue P"), adverbs around an active
role verb ("P now chairs the board of port operator O", "P dirige toujours O"), "GmbH & Co. KG",
"the X Growers' Co-operative", institutional heads with "of" ("the X Chamber of Commerce"),
"a rejoint en janvier O comme R", "président-fondateur", "O, whose R, P,".
Invented sentences, companies in no list, both languages where the form occurs; near misses
stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names

FOUND = [
    # a legal form ends the name: a product-noun apposition does not make it a product
    ("en", "Velmora obtains most of its glass from Quistor Cullet Recovery LLC, a processor "
     "with two plants.", ("SUPPLIES", "Quistor Cullet Recovery", "Velmora")),
    ("en", "Velmora buys its sensors from Zelbar Optics Inc., a chip designer in Austin.",
     ("SUPPLIES", "Zelbar Optics", "Velmora")),
    ("fr", "Velmora achète ses puces à Zelbar Optique SAS, un logiciel de conception en ligne.",
     ("SUPPLIES", "Zelbar Optique", "Velmora")),
    # ... and so does an investment firm's last word ("Capital", "Beteiligungen")
    ("en", "The takeover gives Velmora, which is backed by the family office Quistor-Brock "
     "Beteiligungen, a fleet of boats.", ("INVESTS_IN", "Quistor-Brock Beteiligungen", "Velmora")),
    ("en", "The deal gives Velmora, which is backed by Quistor Capital, a fleet of trucks.",
     ("INVESTS_IN", "Quistor Capital", "Velmora")),
    # a region after a name joined by "&", or after an elided "d'"
    ("fr", "Velmora achète l'essentiel de son acier à Quistors & Alliages de Savoie, un fondeur.",
     ("SUPPLIES", "Quistors & Alliages de Savoie", "Velmora")),
    ("fr", "Velmora a racheté Kandor d'Alsace pour 20 millions d'euros.",
     ("ACQUIRES", "Velmora", "Kandor d'Alsace")),
    ("en", "Velmora agreed to buy Kandor d'Auvergne for $20 million.",
     ("ACQUIRES", "Velmora", "Kandor d'Auvergne")),
    # an outlet's web domain, at the end of the sentence too
    ("fr", "Velmora a démenti un rapprochement avec Zelbar, une hypothèse évoquée par le site "
     "spécialisé Quistorwatch.biz.", ("REPORTED_BY", "ARTICLE", "Quistorwatch.biz")),
    ("en", "Velmora is in talks to buy Zelbar, according to Kandorport.news.",
     ("REPORTED_BY", "ARTICLE", "Kandorport.news")),
    # a role after "long-time", "longtime"; a human-resources area; "group" before it
    ("en", "Velmora's long-time managing director, Tomas Zelbarek, said sales grew.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    ("en", "Velmora's longtime chief executive, Tomas Zelbarek, said sales grew.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    ("en", "Naomi Quistel, group HR director at Velmora, said the firm was ready.",
     ("EXECUTIVE_OF", "Naomi Quistel", "Velmora")),
    ("en", "The plan was backed by Velmora HR director Naomi Quistel, the firm said.",
     ("EXECUTIVE_OF", "Naomi Quistel", "Velmora")),
    # members of a management board (directoire, Vorstand): executives
    ("fr", "Le projet est piloté par Hugo Marandet, membre du directoire de Velmora chargé des "
     "céréales.", ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    ("en", "Hugo Marandet, a member of the management board of Velmora, said no.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    ("en", "Velmora management board member Hugo Marandet said no.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    # a sentence-opening passive role verb with a possessive title: the name after the comma
    # is the organisation, not the earlier sentence's company the possessive could stand for
    ("fr", "Velmora travaille avec Zelbar. Dirigée par sa cofondatrice Amélie Quernec, Quistor "
     "a levé 22 millions d'euros auprès de Kandor.", ("EXECUTIVE_OF", "Amélie Quernec", "Quistor")),
    ("fr", "Velmora travaille avec Zelbar. Dirigée depuis 2019 par son fondateur Amélie Quernec, "
     "Quistor vend des vins.", ("EXECUTIVE_OF", "Amélie Quernec", "Quistor")),
    ("en", "Velmora works with Zelbar. Led by its founder Amelia Quernec, Quistor sells wine to "
     "Kandor.", ("EXECUTIVE_OF", "Amelia Quernec", "Quistor")),
    # an occupation before the agent ("par l'oncologue P", "by oncologist P")
    ("fr", "Fondée en 2014 par l'oncologue Marion Castelnaud, qui en est toujours la directrice "
     "générale, Velmora a conduit 61 essais.", ("EXECUTIVE_OF", "Marion Castelnaud", "Velmora")),
    ("fr", "Velmora, fondée par la chimiste Marion Castelnaud, vend des résines.",
     ("EXECUTIVE_OF", "Marion Castelnaud", "Velmora")),
    ("en", "Founded in 2014 by oncologist Marion Castelnaud, Velmora ran 61 trials.",
     ("EXECUTIVE_OF", "Marion Castelnaud", "Velmora")),
    # an adverb between the person and an active role verb, after it in French; a descriptor
    # between "the board of" and the organisation
    ("en", "Dirk Hollmann now chairs the board of Zelbar.",
     ("EXECUTIVE_OF", "Dirk Hollmann", "Zelbar")),
    ("en", "Velmora's predecessor, Dirk Hollmann, now chairs the supervisory board of port "
     "operator Zelbar.", ("EXECUTIVE_OF", "Dirk Hollmann", "Zelbar")),
    ("en", "Dirk Hollmann also runs Zelbar.", ("EXECUTIVE_OF", "Dirk Hollmann", "Zelbar")),
    ("fr", "Hugo Marandet préside désormais le conseil de surveillance de l'opérateur portuaire "
     "Zelbar.", ("EXECUTIVE_OF", "Hugo Marandet", "Zelbar")),
    ("fr", "Hugo Marandet dirige toujours Zelbar.", ("EXECUTIVE_OF", "Hugo Marandet", "Zelbar")),
    # a German limited partnership's whole form, "GmbH & Co. KG", with or without its period
    ("en", "Velmora formed a joint venture with Kandor Yards Emden GmbH & Co. KG, called Zelbar "
     "Hub.", ("PARTNERS_WITH", "Kandor Yards Emden GmbH & Co. KG", "Velmora")),
    ("en", "Velmora buys steel from Kandor Profilstahl GmbH & Co KG for cabin frames.",
     ("SUPPLIES", "Kandor Profilstahl GmbH & Co KG", "Velmora")),
    # a co-operative named by its members' plural possessive
    ("en", "The Kandorfield Growers' Co-operative owns 12% of Zelbar.",
     ("INVESTS_IN", "Kandorfield Growers' Co-operative", "Zelbar")),
    # an institutional head going on with "of" and a capitalised complement
    ("en", "Zelbar lost money, according to accounts filed with the Quarnel Chamber of Commerce.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Chamber of Commerce")),
    ("en", "Velmora teamed up with the Kandor Institute of Technology on batteries.",
     ("PARTNERS_WITH", "Kandor Institute of Technology", "Velmora")),
    # joined with a time insertion before the company; a former title before the name is of
    # another employer, the role joined is current
    ("fr", "Inès Marcheval a rejoint en janvier Zelbar Research comme directrice générale pour "
     "la France.", ("EXECUTIVE_OF", "Inès Marcheval", "Zelbar Research")),
    ("fr", "L'ancienne directrice des opérations, Inès Marcheval, a quant à elle rejoint en "
     "janvier Zelbar Research comme directrice générale.",
     ("EXECUTIVE_OF", "Inès Marcheval", "Zelbar Research")),
    ("en", "Ines Marcheval joined in January Zelbar as chief executive.",
     ("EXECUTIVE_OF", "Ines Marcheval", "Zelbar")),
    # two roles in one hyphenated word
    ("fr", "Velmora vend des logiciels. Le président-fondateur, Étienne Garrec, a démenti les "
     "rumeurs.", ("EXECUTIVE_OF", "Étienne Garrec", "Velmora")),
    ("fr", "Velmora vend des logiciels. Sa présidente-fondatrice, Inès Garrec, a démenti.",
     ("EXECUTIVE_OF", "Inès Garrec", "Velmora")),
    # "whose" / "dont" and a role set off by commas before the person
    ("en", "Velmora sells seeds to Quistor Farms, whose chief operating officer, Tom Alvar, said "
     "the deal was fine.", ("EXECUTIVE_OF", "Tom Alvar", "Quistor Farms")),
    ("fr", "Velmora vend à Quistor, dont le directeur général, Tom Alvar, a dit non.",
     ("EXECUTIVE_OF", "Tom Alvar", "Quistor")),
]

ABSENT = [
    # a product with a product-noun apposition and no legal form stays out
    ("en", "Velmora buys chips from the Quistor X1, a processor made in Taiwan.", "Quistor X1"),
    # a supervisory board member is no executive
    ("fr", "Hugo Marandet, membre du conseil de surveillance de Velmora, a dit non.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    # a former role stays former after "long-time"
    ("en", "Velmora's former long-time managing director, Tomas Zelbarek, now runs a farm.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    # a town after "de" is no part of a name ("de Lyon" is where the company is)
    ("fr", "Velmora, qui vend à Zelbar & Cie de Lyon, a grandi.", "Zelbar & Cie de Lyon"),
    # the earlier sentence's company is not the one a fronted agent's possessive names
    ("fr", "Velmora travaille avec Zelbar. Dirigée par sa cofondatrice Amélie Quernec, Quistor "
     "a levé 22 millions d'euros auprès de Kandor.", ("EXECUTIVE_OF", "Amélie Quernec", "Velmora")),
    ("en", "Velmora works with Zelbar. Led by its founder Amelia Quernec, Quistor sells wine to "
     "Kandor.", ("EXECUTIVE_OF", "Amelia Quernec", "Velmora")),
    # an adverb before a verb that is no role verb gives no role
    ("en", "Dirk Hollmann now buys the boards of Zelbar.",
     ("EXECUTIVE_OF", "Dirk Hollmann", "Zelbar")),
    # the former employer keeps a former role; "whose" stands for its antecedent only
    ("fr", "L'ancienne directrice des opérations de Velmora, Inès Marcheval, a rejoint Zelbar "
     "comme directrice générale.", ("EXECUTIVE_OF", "Inès Marcheval", "Velmora")),
    ("en", "Velmora sells seeds to Quistor Farms, whose chief operating officer, Tom Alvar, said "
     "the deal was fine.", ("EXECUTIVE_OF", "Tom Alvar", "Velmora")),
    # a company from a place stays without its place ("Velmora of Ohio": no institutional head)
    ("en", "Zentrix bought Velmora of Ohio last year.", "Velmora of Ohio"),
    # "& Co." and a capitalised word after it: another sentence's start is no legal form
    ("en", "Velmora buys steel from Kandor & Co. Zelbar sells it.", "Kandor & Co. Zelbar"),
    # a web domain's dot is not taken from a sentence's end
    ("en", "Velmora signed with Zelbar.Kandor said nothing.", "Zelbar.Kandor"),
]


def _check_absent(lang: str, text: str, unwanted: object) -> None:
    if isinstance(unwanted, str):
        assert unwanted not in _names(text, lang)
        return
    from tests.test_extraction_families import check_absent
    check_absent(lang, text, unwanted)


test_found, test_absent = found_and_absent(FOUND, ABSENT, check_absent=_check_absent)

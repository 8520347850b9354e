"""Session 22, EXECUTIVE_OF, seventh round: a time phrase between a linking verb and a title
("P, devenu depuis R de O", "P est devenu l'an dernier R de O", "P, who has since become R of
O"); a descriptor or rival noun before the company after a title's "of"/"de" ("R of rival O",
"R du concurrent lyonnais O"); a possessive title with the name right after it ("founded in
Marvik by its managing director P": the possessive's company, not the place); a person who
runs a unit of a company ("P, who will run O's laser unit", "qui dirigera la filiale laser de
O"); a French area title with its adjectives ("directrice des ventes internationales de O");
a speaker set off before a colon and a quotation ("balayées par P, le directeur général :
« ... »"); a linked title with no company of its own ("O's owner, P, will stay on as R", "P,
qui a créé O en 2004, restera R"); a bare title opening a second clause ("..., tandis que le
directeur des opérations, P, ...") takes the company of the first clause's title; a count
before a plural title in several words ("A, B and C, O's three co-founders"); the title held
at a company joined ("a rejoint le concurrent espagnol O, dont il est aujourd'hui le R");
"regional director"; "stepped back" as a departure; occupations before a name ("founded by
nurse P, who still serves as its president"). Invented names only; near misses (a former
title, a past tenure of a unit, "lost its finance chief P", talks with a unit, a former title
in the first clause, a list that left, a past title at a company joined, a title with no
company) stay out."""

from __future__ import annotations

from tests.test_extraction_families import check_absent, check_found, found_and_absent

_FR = "Quistor rachète Velmora, un fabricant lyonnais de lasers. "
_EN = "Quistor is buying Velmora, a maker of lasers. "
_PAUL_Z = ("EXECUTIVE_OF", "Paul Ardouin", "Zentrix")
_PAUL_V = ("EXECUTIVE_OF", "Paul Ardouin", "Velmora")
_TOM_Z = ("EXECUTIVE_OF", "Tom Garrow", "Zentrix")
_TOM_Q = ("EXECUTIVE_OF", "Tom Garrow", "Quistor")
_TOM_V = ("EXECUTIVE_OF", "Tom Garrow", "Velmora")
_ANNE_V = ("EXECUTIVE_OF", "Anne Pellard", "Velmora")
_ANNE_Q = ("EXECUTIVE_OF", "Anne Pellard", "Quistor")

FOUND = [
    # a time phrase between the linking verb and the title, after a former title
    ("fr", _FR + "L'ancien directeur commercial de Velmora, Paul Ardouin, devenu depuis "
     "directeur des ventes de Zentrix, n'a pas souhaité commenter.", _PAUL_Z),
    ("fr", _FR + "L'ancien directeur industriel de Velmora, Paul Ardouin, est devenu l'an "
     "dernier directeur des achats de Zentrix.", _PAUL_Z),
    ("fr", _FR + "Paul Ardouin, devenu directeur des ventes de Zentrix, n'a pas souhaité "
     "commenter.", _PAUL_Z),
    ("en", _EN + "Velmora's former sales chief, Tom Garrow, who has since become chief "
     "operating officer of Zentrix, declined to comment.", _TOM_Z),
    ("en", _EN + "Tom Garrow, who left Velmora, became last year chief operating officer of "
     "Zentrix.", _TOM_Z),
    # a descriptor or rival noun before the company
    ("en", _EN + "Tom Garrow, chief operating officer of rival Zentrix, declined to comment.",
     _TOM_Z),
    ("en", _EN + "Tom Garrow is now chief operating officer of Swiss rival Zentrix.", _TOM_Z),
    ("fr", _FR + "Paul Ardouin, devenu depuis directeur des achats de son concurrent alsacien "
     "Zentrix, n'a pas répondu.", _PAUL_Z),
    ("fr", _FR + "Paul Ardouin, directeur général du fabricant grenoblois Zentrix, a "
     "confirmé.", _PAUL_Z),
    # a possessive title with the name right after it: the possessive's company
    ("en", _EN + "Velmora, founded in Marvik in 2011 by its managing director Tom Garrow, "
     "makes lasers.", _TOM_V),
    ("fr", _FR + "Velmora, fondée à Givrane en 2011 par sa directrice générale Anne Pellard, "
     "emploie 80 personnes.", _ANNE_V),
    ("en", _EN + "Velmora has hired Zentrix to build a plant, and its chief executive Tom "
     "Garrow said work would start in May.", _TOM_V),
    # a person who runs a unit of a company
    ("en", _EN + "Velmora chief executive Anne Pellard, who will run Quistor's laser unit once "
     "the deal closes, said the plant would stay open.", _ANNE_Q),
    ("en", _EN + "The rest stays with Velmora's founders, including chief technology officer "
     "Tom Garrow, who will head a new optics unit inside Quistor.", _TOM_Q),
    ("fr", _FR + "Paul Ardouin, qui dirigera la filiale laser de Quistor, restera "
     "actionnaire.", ("EXECUTIVE_OF", "Paul Ardouin", "Quistor")),
    # a French area title with its adjectives
    ("fr", _FR + "Anne Pellard, directrice des ventes internationales de Velmora, a confirmé.",
     _ANNE_V),
    ("fr", _FR + "Anne Pellard, directrice des opérations marines de Velmora, a indiqué que le "
     "groupe discutait avec Zentrix.", _ANNE_V),
    # a speaker set off before a colon and a quotation
    ("fr", _FR + "Les bruits de rachat ont été démentis par Paul Ardouin, le directeur "
     "général adjoint : « Rien n'est à vendre ici. »", ("EXECUTIVE_OF", "Paul Ardouin",
                                                            "Quistor")),
    ("en", _EN + "The reports were denied by Tom Garrow, the chief financial officer: \"Nothing "
     "here is on the market.\"", _TOM_Q),
    # a linked title with no company: the one the sentence ties the person to
    ("en", _EN + "Velmora's owner, Tom Garrow, whose mother set up the firm in 1983, will "
     "stay on as regional director for the West.", _TOM_V),
    ("en", _EN + "Tom Garrow, who founded Velmora in 1990, will remain chief executive.", _TOM_V),
    ("fr", _FR + "Paul Ardouin, qui a créé Velmora en 2004, restera directeur général.", _PAUL_V),
    # a bare title opening a second clause: the company of the first clause's title
    ("fr", _FR + "L'équipe de la cible est maintenue : Anne Pellard, présidente de "
     "Velmora depuis 2017, garde ses fonctions, tandis que le directeur technique, Paul "
     "Ardouin, conduira le rapprochement.", _PAUL_V),
    ("en", _EN + "Anne Pellard, chief executive of Velmora since 2019, keeps her post, while "
     "the chief operating officer, Tom Garrow, will run the integration.", _TOM_V),
    # a count before a plural title written in several words, beside a list of three
    ("en", _EN + "Anne Pellard, Tom Garrow and Lisa Brennick, Velmora's three co-founders, "
     "will stay on.", _TOM_V),
    ("en", _EN + "Velmora's three co-founders, Anne Pellard, Tom Garrow and Lisa Brennick, "
     "will stay on.", _ANNE_V),
    # the title held at the company joined, in a relative after it; a descriptor before it
    ("fr", _FR + "Son prédécesseur, Paul Ardouin, a rejoint en 2022 le concurrent portugais "
     "Zentrix, dont il est aujourd'hui le directeur technique.", _PAUL_Z),
    ("fr", _FR + "Paul Ardouin a rejoint le fabricant grenoblois Zentrix comme directeur "
     "financier.", _PAUL_Z),
    ("en", _EN + "Tom Garrow joined Zentrix in 2024, where he is now chief operating officer.",
     _TOM_Z),
    # an occupation before the founder's name
    ("en", _EN + "Velmora, founded in 1997 by nurse Anne Pellard, who still serves as its "
     "president, runs clinics in four towns.", _ANNE_V),
]

ABSENT = [
    # the title before the time phrase is a former one
    ("fr", _FR + "L'ancien directeur commercial de Velmora, Paul Ardouin, devenu depuis "
     "directeur des ventes de Zentrix, n'a pas souhaité commenter.", _PAUL_V),
    # a lost executive: not the possessive's company
    ("en", "Velmora, which competes with Zentrix in lasers, lost its finance chief Tom Garrow "
     "last autumn to the rival, where he now runs the optics division.", _TOM_V),
    # stepped back: a former role
    ("en", _EN + "Velmora's chief executive, Anne Pellard, will join Quistor's board, while "
     "its co-founder Tom Garrow, who stepped back from day-to-day management in 2021, will "
     "sell his shares.", _TOM_V),
    # a past tenure of a unit, talks with a unit
    ("en", _EN + "Tom Garrow, who ran Quistor's laser unit until 2020, founded Velmora.",
     _TOM_Q),
    ("en", _EN + "Tom Garrow will lead talks with Quistor's laser unit.", _TOM_Q),
    ("fr", _FR + "Paul Ardouin, qui dirigeait la filiale laser de Quistor, a fondé Velmora.",
     ("EXECUTIVE_OF", "Paul Ardouin", "Quistor")),
    # a former owner's title is left to the former word
    ("en", _EN + "Velmora's former owner, Tom Garrow, will stay on as managing director.",
     _TOM_V),
    # a title with a company of its own after "de", left unresolved
    ("fr", _FR + "Paul Ardouin, qui a créé Velmora en 2004, restera directeur général de la "
     "future coentreprise.", _PAUL_V),
    # a former title in the first clause gives the second no company
    ("fr", _FR + "Anne Pellard, ancienne présidente de Velmora, a pris sa retraite, tandis que "
     "le directeur technique, Paul Ardouin, conduira le rapprochement.", _PAUL_V),
    ("en", _EN + "Anne Pellard, the former chief executive of Velmora, has retired, while the "
     "chief operating officer, Tom Garrow, will run the integration.", _TOM_V),
    # the list of three left, or held a former title
    ("en", _EN + "Anne Pellard, Tom Garrow and Lisa Brennick, Velmora's three former "
     "co-founders, left in 2020.", _TOM_V),
    ("en", _EN + "Anne Pellard, Tom Garrow and Lisa Brennick, Velmora's three co-founders, "
     "left the company in 2020.", _ANNE_V),
    # a past title at the company joined
    ("fr", _FR + "Paul Ardouin a rejoint Zentrix, dont il était le directeur technique.",
     _PAUL_Z),
    # a colon with no quotation after it
    ("fr", _FR + "Paul Ardouin, le directeur financier : un profil rare.",
     ("EXECUTIVE_OF", "Paul Ardouin", "Quistor")),
    # a French area title with no company after its adjectives
    ("fr", _FR + "Anne Pellard, ancienne directrice des ventes internationales de Zentrix, a "
     "confirmé.", ("EXECUTIVE_OF", "Anne Pellard", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)

"""The rule extractor on discourse and attachment: invented sentences, both languages.

References to an entity named in an earlier sentence or clause (possessive pronouns, "the
round", "la start-up" again, a quoted "we"/"nous" meaning the speaker's company, a person
whose organisation is named earlier), lists whose other argument is implicit, and arguments
attached to the right clause (relative clauses, appositions, prepositional relatives, gapped
clauses). Every name here is invented and in no list of the extractor; none of these sentences
comes from an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article

EXTRACTOR = RuleExtractor(on_error="raise")
ASSERTED = ("reported", "announced", "planned", "completed")
Edge = tuple[str, str, str]

# (language, text, relations it states, relations it does not state)
CASES: list[tuple[str, str, list[Edge], list[Edge]]] = [
    # a possessive pronoun belongs to the subject of its own clause, not to the sentence's
    # first company, and never to the name its apposition is set off from
    ("en", "Velmora's main rivals, Zentrix and Quistor, have been growing: Zentrix agreed to buy "
     "Travenor, and Quistor is set to complete its purchase of Ostrelia.",
     [("ACQUIRES", "Quistor", "Ostrelia")], [("ACQUIRES", "Velmora", "Ostrelia")]),
    ("fr", "Quistor a racheté Korvane en 2022. Longtemps leader du marché, Korvane est désormais "
     "talonnée par sa rivale Brelandis.", [("COMPETES_WITH", "Korvane", "Brelandis")],
     [("COMPETES_WITH", "Quistor", "Brelandis")]),
    ("fr", "Korvane contrôle la marque Zelbar depuis 2019. Le groupe, dont le chiffre d'affaires "
     "a baissé, reste très dépendant de Zelbar, son label phare, face à ses concurrents Quistor "
     "et Brelandis.", [("COMPETES_WITH", "Korvane", "Quistor")],
     [("COMPETES_WITH", "Zelbar", "Quistor")]),
    # a possessive bound to its clause's subject is resolved before a description next to it;
    # after a copula it names something other than the subject
    ("fr", "Le fonds Quistor a pris le contrôle de Korvane à l'issue de son offre publique "
     "d'achat sur l'éditeur lyonnais.", [("ACQUIRES", "Quistor", "Korvane")],
     [("ACQUIRES", "Korvane", "Quistor")]),
    ("en", "Velmora leases capacity from Zentrix, and Zentrix said the cloud provider would "
     "remain its largest customer.", [("SUPPLIES", "Zentrix", "Velmora")],
     [("SUPPLIES", "Velmora", "Zentrix")]),
    # a description's head used again ("la start-up") refers to the company it named before
    ("fr", "Zorbex, une start-up lyonnaise, a levé 10 millions d'euros. Quistor, son client "
     "depuis 2021, utilise les capteurs de la start-up. Sur ce marché, la start-up est en "
     "concurrence avec Brelandis.", [("COMPETES_WITH", "Zorbex", "Brelandis"),
                                     ("SUPPLIES", "Zorbex", "Quistor")],
     [("COMPETES_WITH", "Quistor", "Brelandis")]),
    ("en", "Zentrix, a drone start-up, raised $10 million last year. Quistor, a customer since "
     "2021, buys sensors from the start-up. In Europe, the start-up competes with Brelandis.",
     [("COMPETES_WITH", "Zentrix", "Brelandis")], [("COMPETES_WITH", "Quistor", "Brelandis")]),
    # ... but a name in a phrase before the description is not called so
    ("en", "Zentrix, a drone start-up, raised $10 million last year. Quistor buys its sensors. "
     "Like Quistor, the start-up competes with Brelandis.",
     [("COMPETES_WITH", "Zentrix", "Brelandis")], [("COMPETES_WITH", "Quistor", "Brelandis")]),
    ("fr", "Zorbex, une start-up lyonnaise, a levé 10 millions d'euros. Quistor achète ses "
     "capteurs. Comme Quistor, la start-up est en concurrence avec Brelandis.",
     [("COMPETES_WITH", "Zorbex", "Brelandis")], [("COMPETES_WITH", "Quistor", "Brelandis")]),
    # a description's place or nationality fits what the article says of a company ("Korvane,
    # basé à Lyon", "the Texas-based", "le néerlandais X"), or a known company's headquarters
    # under its French name or demonym ("la banque de Francfort", "le constructeur toulousain")
    ("fr", "Korvane, basé à Lyon, fabrique des capteurs. Quistor, installé à Bordeaux, lui vend "
     "des puces depuis 2019. Le groupe lyonnais affronte notamment Zelbar.",
     [("COMPETES_WITH", "Korvane", "Zelbar")], [("COMPETES_WITH", "Quistor", "Zelbar")]),
    ("en", "Velmora, a Texas-based drone maker, competes with Zentrix. Quistor, an Ohio-based "
     "firm, buys chips from Zentrix. The Texas-based company also sells drones to Zorbex.",
     [("SUPPLIES", "Velmora", "Zorbex")], [("SUPPLIES", "Quistor", "Zorbex")]),
    ("fr", "Le néerlandais Korvane fabrique des moteurs. L'allemand Quistor lui achète des "
     "pièces. Le groupe néerlandais affronte notamment Zelbar.",
     [("COMPETES_WITH", "Korvane", "Zelbar")], [("COMPETES_WITH", "Quistor", "Zelbar")]),
    ("fr", "BNP Paribas et Deutsche Bank ont prêté 50 millions d'euros à Korvane. La banque de "
     "Francfort détient aussi 5 % de Korvane.", [("INVESTS_IN", "Deutsche Bank", "Korvane")],
     [("INVESTS_IN", "BNP Paribas", "Korvane")]),
    ("fr", "Korvane vend des pièces à Airbus. Safran a commandé des pièces à Korvane. Le "
     "constructeur toulousain est aussi actionnaire de Korvane.",
     [("INVESTS_IN", "Airbus", "Korvane")], [("INVESTS_IN", "Safran", "Korvane")]),
    # a description with an adjective of place before its relative clause; a city implies
    # its country ("la société lyonnaise" is not "le fonds britannique X")
    ("fr", "Le fonds britannique Quistor a racheté Korvane. La société lyonnaise, qui affronte "
     "notamment l'américain Zelbar, emploie 900 personnes.",
     [("COMPETES_WITH", "Korvane", "Zelbar")], [("COMPETES_WITH", "Quistor", "Zelbar")]),
    ("en", "Quistor bought the Dutch firm Velmora. The Dutch company, which competes with "
     "Zentrix, employs 900 people.", [("COMPETES_WITH", "Velmora", "Zentrix")],
     [("COMPETES_WITH", "Quistor", "Zentrix")]),
    # a relative clause inside an apposition: its subject is the named company
    ("fr", "Korvane a noué un partenariat avec Quarnel Holding, le fonds norvégien qui avait "
     "racheté Zelbar en 2019.", [("ACQUIRES", "Quarnel", "Zelbar")], []),
    ("en", "The purchase was supported by Travenor Partners, the investment firm that holds a "
     "large stake in Velmora, according to people familiar with the matter.",
     [("INVESTS_IN", "Travenor Partners", "Velmora")], []),
    # a relative pronoun after a preposition stands for the name before it; a list goes on
    # after the relative clause
    ("fr", "Korvane affronte le néerlandais Quistor, dans lequel le fonds Travenor a pris une "
     "participation minoritaire en 2023, et Zelbar.",
     [("INVESTS_IN", "Travenor", "Quistor"), ("COMPETES_WITH", "Korvane", "Zelbar")],
     [("COMPETES_WITH", "Korvane", "Travenor")]),
    ("fr", "Korvane exploite un site voisin de l'usine de Brelandis, auprès de laquelle elle "
     "s'approvisionne en amidon.", [("SUPPLIES", "Brelandis", "Korvane")], []),
    ("en", "Velmora competes with Zentrix, in which Travenor took a minority stake last year.",
     [("INVESTS_IN", "Travenor", "Zentrix")], []),
    ("en", "Velmora runs a plant next to Quistor, from which it buys most of its hydrogen.",
     [("SUPPLIES", "Quistor", "Velmora")], []),
    # a framework agreement is a contract, not a partnership (even when a relative pronoun
    # brings the other party in)
    ("fr", "Korvane héberge ses serveurs chez Quistor, avec qui il a signé un accord-cadre de "
     "trois ans.", [], [("PARTNERS_WITH", "Korvane", "Quistor")]),
    ("en", "Velmora signed a three-year framework agreement with Zentrix.", [],
     [("PARTNERS_WITH", "Velmora", "Zentrix")]),
    # "dont" / "whose" with a relational noun; a description after a copula is a predicate
    ("fr", "Korvane équipe les trains de Zelbar, dont Quistor est le principal fournisseur.",
     [("SUPPLIES", "Quistor", "Zelbar")], []),
    ("en", "Velmora, whose main supplier is Quistor, cut its forecast.",
     [("SUPPLIES", "Quistor", "Velmora")], []),
    ("en", "Quistor, which supplies Velmora with batteries, said demand was strong.",
     [("SUPPLIES", "Quistor", "Velmora")], []),
    ("fr", "Quistor, qui s'était associé pour l'occasion à Travenor, détient désormais 96 % du "
     "capital.", [], [("INVESTS_IN", "Quistor", "Travenor")]),
    # "the round" / "la levée": the company that raised it in an earlier sentence or clause
    ("en", "Zentrix raised $40 million in a Series B round led by Quistor Capital. Travenor "
     "Ventures also took part in the round, alongside existing investor Ostrelia Partners.",
     [("INVESTS_IN", "Travenor Ventures", "Zentrix"),
      ("INVESTS_IN", "Ostrelia Partners", "Zentrix")],
     [("INVESTS_IN", "Ostrelia Partners", "Travenor Ventures")]),
    ("fr", "Korvane a levé 30 millions d'euros auprès du fonds Quistor. Le fonds Travenor a "
     "également participé à la levée, aux côtés de Brelandis.",
     [("INVESTS_IN", "Travenor", "Korvane"), ("INVESTS_IN", "Brelandis", "Korvane")], []),
    ("en", "Zentrix makes drones. It raised $40 million this week. Investors in the round "
     "included Quistor Capital, Travenor and Ostrelia Partners.",
     [("INVESTS_IN", "Travenor", "Zentrix")], []),
    ("fr", "Korvane fabrique des drones. La société a annoncé une augmentation de capital de 50 "
     "millions d'euros menée par Quistor, à laquelle participe également le fonds Travenor.",
     [("INVESTS_IN", "Travenor", "Korvane"), ("INVESTS_IN", "Quistor", "Korvane")], []),
    ("en", "Zentrix makes drones. Travenor took part in the round.", [],
     [("INVESTS_IN", "Travenor", "Zentrix")]),
    # lists whose other argument is implicit: each member is both a customer and an investor
    ("en", "Velmora makes batteries for trucks. Customers with a stake in the company include "
     "Zentrix and Quistor.", [("INVESTS_IN", "Quistor", "Velmora"),
                              ("SUPPLIES", "Velmora", "Zentrix"),
                              ("SUPPLIES", "Velmora", "Quistor")], []),
    ("en", "Velmora makes batteries for trucks. Zentrix and Quistor, two of its customers, also "
     "hold stakes in the company.", [("INVESTS_IN", "Quistor", "Velmora"),
                                     ("SUPPLIES", "Velmora", "Zentrix")], []),
    ("fr", "Korvane fabrique des batteries. Zelbar et Quistor, deux de ses clients, sont aussi "
     "actionnaires de la société.", [("INVESTS_IN", "Zelbar", "Korvane"),
                                      ("SUPPLIES", "Korvane", "Quistor")], []),
    ("en", "Velmora makes batteries. Investors in the company include its customers Zentrix and "
     "Quistor.", [("INVESTS_IN", "Zentrix", "Velmora"), ("SUPPLIES", "Velmora", "Quistor")], []),
    ("fr", "Korvane fabrique des batteries. Parmi ses actionnaires figurent ses clients Zelbar et "
     "Quistor.", [("SUPPLIES", "Korvane", "Zelbar"), ("INVESTS_IN", "Quistor", "Korvane")], []),
    # a description followed by its verb and a name is the subject, not an apposition
    ("en", "Velmora makes drones. The company acquired Zentrix last year.",
     [("ACQUIRES", "Velmora", "Zentrix")], []),
    ("fr", "Korvane fabrique des drones. La société rachète Zelbar pour 20 millions d'euros.",
     [("ACQUIRES", "Korvane", "Zelbar")], []),
    # a person whose organisation is named earlier: a role opening the sentence, a successor
    ("fr", "Korvane fabrique des vannes à Tulle. Le fondateur, Marc Fautrier, conserve 60 % du "
     "capital.", [("EXECUTIVE_OF", "Marc Fautrier", "Korvane")], []),
    ("en", "Velmora makes drones in Ohio. The founder, Claire Vintrac, still owns 40% of the "
     "company.", [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    ("fr", "Korvane a annoncé le départ de son directeur général, Marc Fautrier. Il a été "
     "remplacé par Claire Vintrac, jusqu'ici chez Zelbar.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Korvane")],
     [("EXECUTIVE_OF", "Claire Vintrac", "Zelbar")]),
    ("en", "Velmora said its chief executive, Marc Fautrier, had stepped down. He was replaced "
     "by Claire Vintrac, previously at Zentrix.", [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")],
     [("EXECUTIVE_OF", "Claire Vintrac", "Zentrix")]),
    ("en", "Marc Fautrier, Velmora's chief executive since 2019, will retire in June. Claire "
     "Vintrac will succeed Marc Fautrier.", [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    # a role after a copula or an appointment verb
    ("en", "Claire Vintrac will remain Velmora's chief executive after the deal.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    ("fr", "Marc Fautrier reste directeur général de Korvane après l'opération.",
     [("EXECUTIVE_OF", "Marc Fautrier", "Korvane")], []),
    ("en", "Velmora has named Claire Vintrac chief executive.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    ("fr", "Korvane a nommé Claire Vintrac directrice générale.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Korvane")], []),
    ("en", "Quistor will name Claire Vintrac chief executive of Zentrix.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Zentrix")],
     [("EXECUTIVE_OF", "Claire Vintrac", "Quistor")]),
    ("fr", "Quistor a nommé Marc Fautrier directeur général de Zelbar.",
     [("EXECUTIVE_OF", "Marc Fautrier", "Zelbar")], [("EXECUTIVE_OF", "Marc Fautrier", "Quistor")]),
    ("en", "Marc Fautrier is a former chief executive of Velmora.", [],
     [("EXECUTIVE_OF", "Marc Fautrier", "Velmora")]),
    # "we", "our", "nous", "nos" in a quotation: the speaker's company (a company speaking for
    # itself, a person for the organisation a role statement gives them)
    ("en", "\"We will supply our batteries to Quistor from next year,\" said Claire Vintrac, "
     "chief executive of Velmora.", [("SUPPLIES", "Velmora", "Quistor")],
     [("SUPPLIES", "Claire Vintrac", "Quistor")]),
    ("en", "\"Our chips are made by Quistor,\" Velmora's chief executive Claire Vintrac said.",
     [("SUPPLIES", "Quistor", "Velmora")], []),
    ("en", "Claire Vintrac, chief executive of Velmora, said: \"We compete with Zentrix every "
     "day.\"", [("COMPETES_WITH", "Velmora", "Zentrix")], []),
    ("en", "\"We compete with Zentrix every day,\" Velmora said in a statement.",
     [("COMPETES_WITH", "Velmora", "Zentrix")], []),
    ("en", "\"Zentrix is one of our largest customers,\" said Claire Vintrac, who heads Velmora.",
     [("SUPPLIES", "Velmora", "Zentrix")], []),
    ("en", "\"We compete with Zentrix every day,\" said Claire Vintrac.", [],
     [("COMPETES_WITH", "Claire Vintrac", "Zentrix")]),
    ("fr", "« Nous livrons déjà nos moteurs à Zelbar », a déclaré Marc Fautrier, directeur "
     "général de Korvane.", [("SUPPLIES", "Korvane", "Zelbar")], []),
    ("fr", "Marc Fautrier dirige Korvane depuis 2020. « Zelbar est notre premier client », "
     "a-t-il indiqué.", [("SUPPLIES", "Korvane", "Zelbar")], []),
    ("en", "Velmora agreed to buy Zentrix. \"Bringing Zentrix back gives us control of our "
     "supply,\" said Claire Vintrac, chief executive of Velmora.", [],
     [("INVESTS_IN", "Zentrix", "Velmora")]),
    # a product of the previous sentence's company, named again or counted ("the first")
    ("en", "Velmora has designed two new chips for data centres. The first will be made by "
     "Quistor.", [("SUPPLIES", "Quistor", "Velmora")], []),
    ("fr", "Korvane a conçu deux nouvelles puces. Les puces seront gravées par Quistor à Taïwan.",
     [("SUPPLIES", "Quistor", "Korvane")], []),
    ("en", "Velmora said demand was strong. The chips will be made by Quistor.", [],
     [("SUPPLIES", "Quistor", "Velmora")]),
    ("en", "Velmora has designed two new chips. The report was written by Quistor.", [],
     [("SUPPLIES", "Quistor", "Velmora")]),
    # a second agent or object under the same preposition after an apposition
    ("en", "Zentrix's software is used by Velmora, the Berlin university hospital, and by the "
     "Quistor hospital chain to flag cancers.", [("SUPPLIES", "Zentrix", "Quistor"),
                                                 ("SUPPLIES", "Zentrix", "Velmora")], []),
    ("fr", "Korvane a été soutenu par Quistor, le fonds lyonnais, et par Zelbar.",
     [("INVESTS_IN", "Zelbar", "Korvane"), ("INVESTS_IN", "Quistor", "Korvane")], []),
    ("en", "Velmora sells chips to Zentrix, its largest customer, and to Quistor.",
     [("SUPPLIES", "Velmora", "Quistor")], []),
    # a gapped second clause with no amount of money: a stake, a percentage, another object
    ("fr", "Quistor détiendra 70 % du capital de Korvane et Travenor une participation "
     "minoritaire de 20 %.", [("INVESTS_IN", "Travenor", "Korvane")],
     [("ACQUIRES", "Quistor", "Travenor"), ("INVESTS_IN", "Quistor", "Travenor")]),
    ("en", "Quistor will own 70% of Velmora and Travenor a minority stake of about 20%.",
     [("INVESTS_IN", "Travenor", "Velmora")], [("INVESTS_IN", "Quistor", "Travenor")]),
    ("fr", "Quistor a pris 30 % de Korvane et Travenor 10 %.",
     [("INVESTS_IN", "Travenor", "Korvane")], [("INVESTS_IN", "Quistor", "Travenor")]),
    ("en", "Quistor took 30% of Velmora and Travenor 10%.",
     [("INVESTS_IN", "Travenor", "Velmora")], [("INVESTS_IN", "Quistor", "Travenor")]),
    ("en", "Quistor invested in Velmora and Travenor in Zentrix.",
     [("INVESTS_IN", "Travenor", "Zentrix"), ("INVESTS_IN", "Quistor", "Velmora")],
     [("INVESTS_IN", "Quistor", "Travenor")]),
    ("fr", "Quistor a investi dans Korvane et Travenor dans Zelbar.",
     [("INVESTS_IN", "Travenor", "Zelbar"), ("INVESTS_IN", "Quistor", "Korvane")],
     [("INVESTS_IN", "Quistor", "Travenor")]),
    ("en", "Quistor invested in Velmora and Travenor in 2021.",
     [("INVESTS_IN", "Quistor", "Travenor")], []),
    # a description or a possessive as the argument of a later clause
    ("en", "Velmora makes drones in Ohio. The company's chief executive, Claire Vintrac, said "
     "orders had doubled.", [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    ("en", "Velmora makes drones in Ohio. Its founder, Claire Vintrac, still owns 40% of it.",
     [("EXECUTIVE_OF", "Claire Vintrac", "Velmora")], []),
    ("en", "The deal is Velmora's largest since Ostrelia, a skincare brand, was acquired by the "
     "company for $355 million in 2023.", [("ACQUIRES", "Velmora", "Ostrelia")], []),
    ("fr", "La division défense de Korvane, qui fabrique des ailes pour les avions de Zelbar, "
     "sera intégrée à Quistor.", [("SUPPLIES", "Korvane", "Zelbar")], []),
    ("en", "Velmora faces Dravik, the joint venture set up by Zentrix, Quistor and Travenor in "
     "2021.", [("PARTNERS_WITH", "Zentrix", "Quistor")], []),
    # a joint body set up by several companies, or a consortium: its members are partners
    ("fr", "Korvane doit faire face à Zelcom, la centrale d'achat commune lancée par ses "
     "concurrents Quistor, Brelandis et Travenor.", [("PARTNERS_WITH", "Quistor", "Travenor"),
                                                     ("COMPETES_WITH", "Korvane", "Brelandis")],
     []),
    ("fr", "Korvane est associé à Quistor et à Zelbar au sein du consortium.",
     [("PARTNERS_WITH", "Quistor", "Zelbar"), ("PARTNERS_WITH", "Korvane", "Zelbar")], []),
    ("en", "Velmora has partnered with Zentrix and Quistor within a consortium.",
     [("PARTNERS_WITH", "Quistor", "Zentrix")], []),
    ("en", "Velmora has partnership deals with Zentrix and Quistor.", [],
     [("PARTNERS_WITH", "Quistor", "Zentrix")]),
    # the part of a company acts for it in a relative clause; a product owned by a description;
    # a list after "such as"
    ("en", "Velmora's defence business, which makes wings for Zentrix's new bomber, will be "
     "folded into Quistor.", [("SUPPLIES", "Velmora", "Zentrix")], []),
    ("en", "Zentrix will invest $300 million in Velmora and buy 20,000 of the drone maker's "
     "delivery drones over six years.", [("SUPPLIES", "Velmora", "Zentrix")], []),
    ("en", "Velmora, which competes with reader-funded outlets such as Zentrix and Quistor, has "
     "more subscribers.", [("COMPETES_WITH", "Velmora", "Quistor")], []),
]

FOUND = [(lang, text, e) for lang, text, found, _ in CASES for e in found]
ABSENT = [(lang, text, e) for lang, text, _, absent in CASES for e in absent]


def _edges(text: str, lang: str) -> set[Edge]:
    x = EXTRACTOR.extract(Article(text=text, language=lang, date=date(2025, 6, 2),
                                  publisher="Test Wire"))
    names = {e.id: e.name for e in x.entities}
    return {(str(r.type), names.get(r.source, r.source), names.get(r.target, r.target))
            for r in x.relations if str(r.status) in ASSERTED}


def _has(edges: set[Edge], expected: Edge) -> bool:
    rtype, a, b = expected
    return expected in edges or (rtype in ("PARTNERS_WITH", "COMPETES_WITH")
                                 and (rtype, b, a) in edges)


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_discourse_found(lang: str, text: str, expected: Edge) -> None:
    edges = _edges(text, lang)
    assert _has(edges, expected), edges


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_discourse_absent(lang: str, text: str, unwanted: Edge) -> None:
    edges = _edges(text, lang)
    assert not _has(edges, unwanted), edges

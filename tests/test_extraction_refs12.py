"""Issue 11, session 20: parties only referred to, French first (refs12).

A role chain ("P, jusqu'ici directeur industriel de X, nommé directeur général de Y"; "P,
previously head of operations at X, was named chief executive of Y") made X a person for the
whole article: the role-apposition readers took the name after the first role's preposition
for the holder of the second role, and every description ("le groupe", "l'entreprise", "the
company") lost X, the article's company, from its candidates, wherever it stood. A name right
after the preposition of a role is its organisation, never a role holder.

French trade and establishment nouns no list had ("le carrossier", "la cartonnerie", "le
répartiteur", "le logisticien", "le minotier"; English "the coachbuilder") were no mention at
all: the sentence's rivals, suppliers or roles had no party. They are descriptors now.
"l'aciérie", "le studio", "le grossiste" and "le câbliste" were tried and left out (see the
history).

A description closing a fronted participle phrase whose names carry commas of their own
("Fondée en 2022 par P, avocate passée par X, et Q, ancien ingénieur chez Y, la jeune pousse
revendique ...", "Founded in 2019 by P, a former lawyer at X, and Q, the start-up competes
...") was read as an apposition to the phrase's last name and dropped: the sentence had no
subject. With a verb after it and no verb before it, it is the phrase's subject.

A description opening its sentence (or closing a fronted phrase that is no prepositional
phrase) with "de" and a one-word name no list knows
("le groupe de Brelonne", "La cartonnerie de Vaulmont", "Le chimiste de Sarvieux") was dropped as
relational ("la maison mère de X"): the town is no company the noun relates it to unless the
noun is a relation, part or owner noun ("la filiale de X", "le fournisseur de X"). And a
fronted phrase of what the subject owns ("Déjà propriétaire de X, repris à Y, le groupe
...", "Already the owner of X, ...") names other parties, not the description closing it.

An aside set off by two commas ("X a, pour sa part, accordé un prêt à la PME", "X has, for its
part, lent ... to the company") broke the clause, so the description in the object could be
the clause's own subject (the lender), and the noun it taught carried the error on.

Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_DEAL_FR = "Kandor Céramique a racheté Velmora Grès. "
_CHAIN_FR = ("La direction reviendra à Paul Arnaud, jusqu'ici directeur industriel de Kandor "
             "Céramique, nommé directeur général de Velmora Grès.")
_DEAL_EN = "Kandor Ceramics has bought Velmora Tiles. "
_CHAIN_EN = ("Paul Arnold, previously head of operations at Kandor Ceramics, was named chief "
             "executive of Velmora Tiles.")

_BUS_FR = ("Le constructeur vendéen d'autocars Velmora Mobilité a décroché une commande de 80 "
           "bus auprès de Kandor Transports. Les livraisons débuteront en mars. ")
_BUS_EN = ("Scottish bus maker Velmora Coachworks won an order for 80 buses from Kandor Transit. "
           "Deliveries start in March. ")

FOUND = [
    # the description keeps the article's company although a role chain names it later
    ("fr", _DEAL_FR + "Le groupe a commandé à Quistor une presse de 7 000 tonnes. " + _CHAIN_FR,
     ("SUPPLIES", "Quistor", "Kandor Céramique")),
    ("fr", _DEAL_FR + "L'entreprise a commandé à Quistor une presse de 7 000 tonnes. "
     + _CHAIN_FR, ("SUPPLIES", "Quistor", "Kandor Céramique")),
    ("fr", _DEAL_FR + _CHAIN_FR + " Le groupe affronte sur ce marché le belge Tarvel.",
     ("COMPETES_WITH", "Kandor Céramique", "Tarvel")),
    ("en", _DEAL_EN + "The company ordered a kiln from Quistor. " + _CHAIN_EN,
     ("SUPPLIES", "Quistor", "Kandor Ceramics")),
    # the chain's own roles stay
    ("fr", _DEAL_FR + _CHAIN_FR, ("EXECUTIVE_OF", "Paul Arnaud", "Velmora Grès")),
    ("en", _DEAL_EN + _CHAIN_EN, ("EXECUTIVE_OF", "Paul Arnold", "Velmora Tiles")),
    # a role at one company, a role at another: the description still finds the first
    ("fr", "Velmora Grès emploie 300 personnes. Le groupe a commandé à Quistor une presse. "
     "Paul Arnaud, directeur industriel chez Velmora Grès, a été nommé directeur général de "
     "Kandor Céramique.", ("SUPPLIES", "Quistor", "Velmora Grès")),
]

FOUND += [
    ("fr", _BUS_FR + "Le carrossier se mesure principalement à Tarvel Bus et au polonais "
     "Quistor.", ("COMPETES_WITH", "Velmora Mobilité", "Quistor")),
    ("en", _BUS_EN + "The coachbuilder competes mainly with Tarvel Bus and Quistor.",
     ("COMPETES_WITH", "Velmora Coachworks", "Quistor")),
    ("fr", "Cartalis a racheté la Cartonnerie Morvel & Fils, installée à Vaulmont. La cartonnerie "
     "fournit de son côté les caisses de plusieurs fromageries du groupe Tarvel.",
     ("SUPPLIES", "Cartonnerie Morvel & Fils", "Tarvel")),
    ("fr", "Le grossiste Velmora Pharma a repris la Coopérative Kandor. Sur le numérique, le "
     "répartiteur a noué un partenariat avec la start-up lyonnaise Quistor.",
     ("PARTNERS_WITH", "Velmora Pharma", "Quistor")),
    ("fr", "Kandor Transports a confié ses entrepôts au logisticien Velmora. Le logisticien "
     "s'approvisionne en chariots auprès de Tarvel.", ("SUPPLIES", "Tarvel", "Velmora")),
]

_RAISED_FR = "Velmora a levé 20 millions d'euros. "
_RAISED_EN = "Velmora raised $20 million on Tuesday. "

FOUND += [
    ("fr", _RAISED_FR + "Fondée en 2015 par Anne Morel, qui la préside encore, et par Paul "
     "Vidal, la société compte parmi ses clients Quistor et Zorbex.",
     ("SUPPLIES", "Velmora", "Zorbex")),
    ("fr", _RAISED_FR + "Fondée en 2022 par Anne Morel, avocate passée par le cabinet Kandor, et "
     "Paul Vidal, ancien ingénieur chez Tarvel, la jeune pousse revendique 140 clients, parmi "
     "lesquels Quistor et Zorbex.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", _RAISED_FR + "Fondée en 2017 par Anne Morel, ancienne de Kandor, la société affronte "
     "Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", _RAISED_EN + "Founded in 2019 by Anne Morel, a former lawyer at Kandor, and Paul "
     "Vidal, the start-up competes with Quistor and Zorbex.",
     ("COMPETES_WITH", "Velmora", "Zorbex")),
]

_OWNER_FR = ("Le grossiste allemand Velmora Group a annoncé l'acquisition de la Coopérative "
             "Kandor. ")

FOUND += [
    ("fr", "Velmora emploie 300 personnes à Lyon. Le groupe de Brelonne affronte Tarvel sur ce "
     "marché.", ("COMPETES_WITH", "Velmora", "Tarvel")),
    ("fr", "Cartalis a racheté la Cartonnerie Morvel & Fils. La cartonnerie de Vaulmont fournit de "
     "son côté les caisses de plusieurs fromageries du groupe Tarvel.",
     ("SUPPLIES", "Cartonnerie Morvel & Fils", "Tarvel")),
    ("fr", "Kandor a annoncé son intention d'acquérir Velmora, un fabricant de résines. Le "
     "chimiste de Sarvieux affronte sur ce créneau le japonais Quistor.",
     ("COMPETES_WITH", "Kandor", "Quistor")),
    ("fr", _OWNER_FR + "Déjà propriétaire de Tarvel, racheté au suédois Zorbex en 2021, le "
     "groupe affronte ses concurrents Quistor et Brelan.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "German wholesaler Velmora Group said it would buy Kandor Cooperative. Already the "
     "owner of Tarvel, bought from Zorbex in 2023, the group competes with Quistor and Brelan.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", _OWNER_FR + "Déjà propriétaire de Tarvel, racheté au suédois Zorbex en 2021, le "
     "groupe de Brelonne renforce sa position face à ses concurrents Quistor et Brelan.",
     ("COMPETES_WITH", "Velmora", "Brelan")),
]

ABSENT = [
    # the description went to the target once the buyer was taken for a person
    ("fr", _DEAL_FR + "Le groupe a commandé à Quistor une presse de 7 000 tonnes. " + _CHAIN_FR,
     ("SUPPLIES", "Quistor", "Velmora Grès")),
    ("en", _DEAL_EN + "The company ordered a kiln from Quistor. " + _CHAIN_EN,
     ("SUPPLIES", "Quistor", "Velmora Tiles")),
    # the company of the first role is nobody's executive
    ("fr", _DEAL_FR + _CHAIN_FR, ("EXECUTIVE_OF", "Kandor Céramique", "Velmora Grès")),
]

ABSENT += [
    # the trade noun refers, the others stay out of the rivalry
    ("fr", _BUS_FR + "Le carrossier se mesure principalement à Tarvel Bus et au polonais "
     "Quistor.", ("COMPETES_WITH", "Kandor Transports", "Quistor")),
    ("fr", "Kandor Transports a confié ses entrepôts au logisticien Velmora. Le logisticien "
     "s'approvisionne en chariots auprès de Tarvel.", ("SUPPLIES", "Tarvel", "Kandor Transports")),
    # a generic plural and an indefinite noun refer to no company named before
    ("fr", _BUS_FR + "Les carrossiers européens affrontent la concurrence de Tarvel Bus.",
     ("COMPETES_WITH", "Velmora Mobilité", "Tarvel Bus")),
    ("fr", _BUS_FR + "Un carrossier se mesure à Tarvel Bus.",
     ("COMPETES_WITH", "Velmora Mobilité", "Tarvel Bus")),
    ("en", _BUS_EN + "Coachbuilders across Europe compete with Tarvel Bus.",
     ("COMPETES_WITH", "Velmora Coachworks", "Tarvel Bus")),
]

ABSENT += [
    # the phrase's names are no party of the subject's relation
    ("fr", _RAISED_FR + "Fondée en 2017 par Anne Morel, ancienne de Kandor, la société affronte "
     "Quistor.", ("COMPETES_WITH", "Kandor", "Quistor")),
    ("fr", _RAISED_FR + "Fondée en 2017 par Anne Morel, ancienne de Kandor, la société affronte "
     "Quistor.", ("EXECUTIVE_OF", "Anne Morel", "Quistor")),
    ("en", _RAISED_EN + "Founded in 2019 by Anne Morel, a former lawyer at Kandor, and Paul "
     "Vidal, the start-up competes with Quistor and Zorbex.",
     ("COMPETES_WITH", "Kandor", "Zorbex")),
    # a verb before the name: a true apposition, which refers to nothing else
    ("fr", _RAISED_FR + "Fondée en 2017, Tarvel a racheté Kandor, la société lyonnaise qui "
     "affronte Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", _RAISED_FR + "Fondée en 2017, Tarvel a racheté Kandor, la société lyonnaise qui "
     "affronte Quistor.", ("COMPETES_WITH", "Tarvel", "Quistor")),
]

ABSENT += [
    # the names of the fronted phrase are no rivals of the subject's rivals
    ("fr", _OWNER_FR + "Déjà propriétaire de Tarvel, racheté au suédois Zorbex en 2021, le "
     "groupe affronte ses concurrents Quistor et Brelan.", ("COMPETES_WITH", "Zorbex", "Quistor")),
    ("en", "German wholesaler Velmora Group said it would buy Kandor Cooperative. Already the "
     "owner of Tarvel, bought from Zorbex in 2023, the group competes with Quistor and Brelan.",
     ("COMPETES_WITH", "Zorbex", "Quistor")),
    # a relation or part noun before "de" and a name: that company's, not a place
    ("fr", "Velmora a racheté Kandor en 2021. La filiale de Quistor fournit Tarvel depuis 2019.",
     ("SUPPLIES", "Velmora", "Tarvel")),
    ("fr", "Velmora a racheté Kandor en 2021. Le fournisseur de Quistor affronte Tarvel.",
     ("COMPETES_WITH", "Velmora", "Tarvel")),
    # after a fronted prepositional phrase the "de" reading is left as it was (a read plant
    # bought "avec cette acquisition" by "le groupe d'X" became a wrong edge; see the history)
    ("fr", _OWNER_FR + "Avec cet achat, le groupe de Brelonne met la main sur Tarvel, "
     "une tuilerie.", ("ACQUIRES", "Velmora", "Tarvel")),
    # the town is no party
    ("fr", "Velmora emploie 300 personnes à Lyon. Le groupe de Brelonne affronte Tarvel sur ce "
     "marché.", ("COMPETES_WITH", "Brelonne", "Tarvel")),
]

_LOAN_FR = ("Velmora Câbles a été retenue par Kandor Énergie. Tarvel a, pour sa part, accordé "
            "un prêt de 15 millions d'euros à la PME. Sur la pose de fondations, la PME se heurte "
            "au belge Quistor.")
_LOAN_EN = ("Velmora Cables was picked by Kandor Energy. Tarvel Bank has, for its part, lent 15 "
            "million euros to the company. On foundations, the company competes with Quistor.")
FOUND += [
    ("fr", _LOAN_FR, ("COMPETES_WITH", "Velmora Câbles", "Quistor")),
    ("en", _LOAN_EN, ("COMPETES_WITH", "Velmora Cables", "Quistor")),
]
ABSENT += [
    ("fr", _LOAN_FR, ("COMPETES_WITH", "Tarvel", "Quistor")),
    ("en", _LOAN_EN, ("COMPETES_WITH", "Tarvel Bank", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

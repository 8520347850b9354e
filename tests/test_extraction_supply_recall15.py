"""Session 15, SUPPLIES recall on new text (issue 11): families from the census of supply
misses on the fresh batches 17, 18, 20 and the read sets (docs/extraction-history.md,
"Session 15: SUPPLIES recall"), written as invented sentences with names in no list, both
languages.

Families:
- equipment and inputs owned by the customer, supplied by the agent of a passive ("les fours
  de Y sont équipés de brûleurs fournis par X", "les flacons de Y sont produits par X",
  "Y's kilns are fitted with burners supplied by X");
- a service entrusted to a supplier ("Y a confié à X la gestion de ses fonds", "qui a confié
  à X en 2020 un mandat"); "a confié à X" before what was entrusted is no citation of X, a
  quotation's "», a confié à X le directeur" still is;
- a counted relation noun whose members follow a list opener, with the clause's subject as
  owner ("X revendique près de 900 clients, parmi lesquels A, qui ..., et B", "X has more
  than 900 customers, including A and B", "X compte 300 fournisseurs, dont A"); "compte"
  before a count is no plan;
- a list of members that goes on after a relative clause on one member, when the relation
  noun comes after the list ("X counts A, which ..., and Danish utility B among its
  customers") or a descriptor stands before the last member ("..., and German carmaker B");
- goods that come from a maker ("les bouchons de Y proviennent de X"), the French twin of
  "X's software is used by Y" ("le logiciel de X est utilisé par Y"), a possessor that is a
  description ("les fours du groupe sont équipés de brûleurs fournis par X"), retail with
  more words before "chez" ("vendus sous marque de distributeur chez Y");
- distribution agreements with a distributor named as such or followed by its selling verb
  ("X a signé un accord de distribution avec le concessionnaire Y, qui distribuera ...", "a
  distribution agreement with British dealer Y", "with Y, which will sell its range"),
  packaging for a customer ("X will package chips for Y");
- a possessive opening a coordinated clause after ", and" / ", et" ("..., and its new plant
  will be built by X", "..., et ses nouvelles rames seront fabriquées par X");
- goods a customer uses or buys in a "whose" clause ("X, whose software Y uses", "X, a
  London-based insurtech whose pricing software Y uses to ...": X supplies Y);
- a one-word name after "<descriptor> from" is a town, not a company ("Quistor, the packaging
  group from Velden, which buys ...": Quistor buys, Velden is no party);
- a region's adjective in lower case is never a name ("X, spécialiste breton des vaccins",
  "Le laboratoire breton compte parmi ses clients Y": the description is X, not a company
  called "breton").

Kept out: owned nouns that are no goods ("les salariés de Y sont représentés par X"), a
speaker's words to an outlet, counts of what is no relation noun ("900 employees,
including A"), customers lost ("a perdu 900 clients, dont A"), revenue that comes from a
company ("les revenus de Y proviennent de X"), a distribution agreement with no sign of who
distributes, an argument used by a company.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # equipment and inputs of the customer, supplied by the agent of a passive
    ("fr", "Les flacons de Velmora sont produits par le verrier Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les bouchons de Velmora sont fournis par Quistor depuis 2019.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les fours de Velmora sont équipés de brûleurs fournis par le danois Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les caves de Velmora sont équipées de robots conçus par la PME savoyarde Quistor, "
     "qui doit en livrer six d'ici à la fin de l'année.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "The ovens of Velmora are fitted with burners supplied by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's kilns are equipped with burners made by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "The bottles of Velmora are made by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a service entrusted to a supplier
    ("fr", "Velmora a confié à Quistor la gestion de ses fonds.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora confie déjà à Quistor la conservation de ses titres.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora, qui a confié à Quistor en 2020 un mandat de 600 millions d'euros, compte "
     "renouveler l'accord.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "« Nous allons croître », a confié à Quistor le directeur général de Velmora, "
     "Paul Mardin.", ("REPORTED_BY", "ARTICLE", "Quistor")),
    # a counted relation noun, its members after a list opener
    ("fr", "Velmora Industries compte 900 clients, parmi lesquels Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries sert plus de 900 clients, dont Quistor et Zelmar.",
     ("SUPPLIES", "Velmora Industries", "Zelmar")),
    ("fr", "Velmora Industries revendique près de 900 clients, parmi lesquels Quistor, qui "
     "utilise sa suite logicielle, et Zelmar.", ("SUPPLIES", "Velmora Industries", "Zelmar")),
    ("fr", "Velmora Industries compte 300 fournisseurs, dont Quistor.",
     ("SUPPLIES", "Quistor", "Velmora Industries")),
    ("en", "Tarvex Systems has more than 900 customers, including Korvane and Zelmar.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("en", "Tarvex Systems serves about 900 clients, among them Korvane and Zelmar.",
     ("SUPPLIES", "Tarvex Systems", "Zelmar")),
    ("en", "Tarvex Systems has 900 customers, including Korvane, which uses its software, and "
     "Zelmar.", ("SUPPLIES", "Tarvex Systems", "Zelmar")),
    # a list that goes on after a relative clause on one member
    ("en", "Tarvex Systems counts Korvane, which relies on its network to monitor tractors in "
     "Chile, and Danish utility Zelmar among its largest customers.",
     ("SUPPLIES", "Tarvex Systems", "Zelmar")),
    ("en", "Tarvex Systems counts Korvane, which relies on its network, among its largest "
     "customers.", ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("en", "Tarvex Systems' customers include Korvane, which uses its chips, and German carmaker "
     "Zelmar.", ("SUPPLIES", "Tarvex Systems", "Zelmar")),
    # goods from a maker, products used, a description as possessor, retail
    ("fr", "Les bouchons de Velmora Industries proviennent de l'entreprise portugaise Quistor.",
     ("SUPPLIES", "Quistor", "Velmora Industries")),
    ("fr", "Le logiciel de Velmora Industries est utilisé par Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "La plateforme de Velmora Industries est déjà utilisée par Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries fabrique du ciment à Lyon. Les fours du groupe sont équipés de "
     "brûleurs fournis par le danois Quistor.", ("SUPPLIES", "Quistor", "Velmora Industries")),
    ("fr", "Velmora Industries fabrique du fromage. Les fromages de Velmora Industries sont "
     "vendus sous marque de distributeur chez Quistor, devenu son premier client, et chez "
     "Zelmar.", ("SUPPLIES", "Velmora Industries", "Zelmar")),
    # distribution agreements, packaging
    ("fr", "Velmora Industries a signé un accord de distribution avec le concessionnaire "
     "britannique Quistor, qui distribuera ses tracteurs.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries a signé un accord de distribution avec Quistor, qui "
     "commercialisera sa gamme au Royaume-Uni.", ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("en", "Tarvex Systems signed a distribution agreement with British dealer Quistor.",
     ("SUPPLIES", "Tarvex Systems", "Quistor")),
    ("en", "Tarvex Systems signed a distribution agreement with Quistor, which will sell its "
     "tractors in Britain.", ("SUPPLIES", "Tarvex Systems", "Quistor")),
    ("en", "Quistor will package the chips for Tarvex Systems.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    # a possessive opening a clause after ", and"
    ("en", "Tarvex Systems has signed a five-year kit deal with Korvane, and its new training "
     "centre will be built by Zelmar Construction in Lyon, the club said.",
     ("SUPPLIES", "Zelmar Construction", "Tarvex Systems")),
    ("fr", "Velmora Industries a signé un accord avec Korvane, et ses nouvelles rames seront "
     "fabriquées par Quistor.", ("SUPPLIES", "Quistor", "Velmora Industries")),
    # goods used or bought in a "whose" clause
    ("en", "Quistor, whose software Tarvex Systems uses, raised money.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    ("en", "Quistor, whose chips Tarvex Systems buys, raised money.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    ("en", "Korvane Marine will take a stake in Quistor, a London-based insurtech whose pricing "
     "software Tarvex Systems uses to underwrite cyber risks.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    # a town after "group from"
    ("en", "Tarvex Systems makes paper. Its biggest customer remains Quistor, the corrugated "
     "packaging group from Velden, which buys around 150,000 tonnes a year of Tarvex Systems' "
     "paper.", ("SUPPLIES", "Tarvex Systems", "Quistor")),
    ("en", "Tarvex Systems buys its machines from equipment maker Quistor.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    # a region's adjective after a description is no name
    ("fr", "Velmora Industries, spécialiste breton des vaccins, a annoncé un rachat. Le "
     "laboratoire breton compte parmi ses principaux clients la coopérative Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries, spécialiste bavarois des freins, a annoncé un rachat. Le groupe "
     "bavarois fournit la coopérative Quistor.", ("SUPPLIES", "Velmora Industries", "Quistor")),
]

ABSENT = [
    ("fr", "Les salariés de Velmora sont représentés par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a confié à Quistor la gestion de ses fonds.",
     ("REPORTED_BY", "ARTICLE", "Quistor")),
    ("fr", "« Nous allons croître », a confié à Quistor le directeur général de Velmora, "
     "Paul Mardin.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's workers are represented by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Tarvex Systems has 900 employees, including Korvane.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("en", "Tarvex Systems lost 900 customers, including Korvane.",
     ("SUPPLIES", "Tarvex Systems", "Korvane")),
    ("fr", "Velmora Industries a perdu 900 clients, dont Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries, spécialiste breton des vaccins, a annoncé un rachat. Le "
     "laboratoire breton compte parmi ses principaux clients la coopérative Quistor.",
     ("SUPPLIES", "breton", "Quistor")),
    ("en", "Tarvex Systems has signed a five-year kit deal with Korvane, and its new training "
     "centre will be built by Zelmar Construction in Lyon, the club said.",
     ("SUPPLIES", "Zelmar Construction", "Korvane")),
    ("en", "Tarvex Systems makes paper. Its biggest customer remains Quistor, the corrugated "
     "packaging group from Velden, which buys around 150,000 tonnes a year of Tarvex Systems' "
     "paper.", ("SUPPLIES", "Tarvex Systems", "Velden")),
    ("en", "Quistor, whose shares Tarvex Systems bought, raised money.",
     ("SUPPLIES", "Quistor", "Tarvex Systems")),
    ("en", "Korvane Marine will take a stake in Quistor, a London-based insurtech whose founder "
     "Tarvex Systems hired.", ("SUPPLIES", "Quistor", "Tarvex Systems")),
    ("fr", "Les revenus de Velmora Industries proviennent de Quistor.",
     ("SUPPLIES", "Quistor", "Velmora Industries")),
    ("fr", "Velmora Industries a signé un accord de distribution avec Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "L'argument de Velmora Industries est utilisé par Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    ("fr", "Velmora Industries fabrique du ciment. Les salariés du groupe sont représentés par "
     "Quistor.", ("SUPPLIES", "Quistor", "Velmora Industries")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 25, execs26 (EXECUTIVE_OF): a named post handed to a successor ("P a cédé la
présidence à Q", "P handed the chairmanship to Q": Q holds it, P's role there is past); a title
opening the main clause after a participle of asking ("Interrogé sur X, le directeur financier,
P, a indiqué"); "conserve(ra) / garde(ra) / assure(ra) la direction (générale) de O"; a post
held in the passive ("La direction industrielle est assurée par P"); a bare French
"directeur" / "directrice" heading a company ("son directeur, P", "le directeur de O, P"); the
title a joiner holds at the company joined (", où il occupe le poste de R", ", where she serves
as R"); "P is now head of X at O"; a bare title after "in what" is not at the company the
sentence supplied; a founding verb's description object is not the former employer of the
founder's apposition; a project led by a person gives no company head.
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR = "Zentrix fabrique des vélos cargo à Nantes. Zentrix emploie 300 personnes.\n\n"
_EN = "Zentrix makes cargo bikes in Leeds. Zentrix employs 300 people.\n\n"
_FRQ = "Zentrix rachète la PME Quistor. Quistor fabrique des moyeux.\n\n"

FOUND = [
    # a named post handed to a successor: at the company named after it, else the holder's
    ("fr", _FR + "Le fondateur de Quistor, Ada Morel, a cédé l'an dernier la présidence à "
     "Lina Borel.", ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    ("fr", _FR + "Ada Morel, qui a fondé Quistor en 2009 et l'a dirigée jusqu'en mars, a cédé "
     "la direction générale à Lina Borel.", ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    ("fr", _FR + "Le fondateur de Quistor, Ada Morel, prend sa retraite et cède la direction du "
     "site de Quimper à Lina Borel.", ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    ("en", _EN + "Quistor founder Ada Morel handed the chairmanship to Lina Borel in May.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    # a title opening the main clause after a participle of asking
    ("fr", _FR + "Interrogé sur d'éventuelles acquisitions, le directeur financier, Paul "
     "Varnier, a indiqué que le groupe allait d'abord digérer l'opération.",
     ("EXECUTIVE_OF", "Paul Varnier", "Zentrix")),
    ("en", _EN + "Asked about a possible bid for Quistor, the chief financial officer, Paul "
     "Varnier, said the group had no such plans.", ("EXECUTIVE_OF", "Paul Varnier", "Zentrix")),
    # keeping or holding the management of a company
    ("fr", _FRQ + "Lina Borel conservera la direction générale de Quistor.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    ("fr", _FRQ + "Lina Borel gardera la présidence de Quistor jusqu'en 2028.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    ("fr", _FR + "Lina Borel assure la direction générale de Quistor depuis 2019.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    # a post held in the passive, opening the sentence
    ("fr", _FR + "La direction industrielle est assurée depuis janvier par Lina Borel.",
     ("EXECUTIVE_OF", "Lina Borel", "Zentrix")),
    ("fr", _FRQ + "La direction générale de Quistor sera assurée par Lina Borel.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    # a bare "directeur" / "directrice" heading a company
    ("fr", _FRQ + "Son directeur, Paul Varnier, conservera ses fonctions, a précisé "
     "l'acquéreur.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    ("fr", _FRQ + "Le directeur de Quistor, Paul Varnier, reste en poste.",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    ("fr", _FRQ + "Paul Varnier, directrice de Quistor depuis 2015, salue l'opération.",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # the title a joiner holds at the company joined
    ("fr", _FR + "L'ancien directeur commercial de Zentrix, Paul Varnier, a rejoint l'an dernier "
     "Quistor, où il occupe le poste de directeur général.",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    ("en", _EN + "Paul Varnier, Zentrix's former sales chief, joined Quistor last year, where he "
     "serves as chief operating officer.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # head of an area at a company, after a link verb
    ("en", _EN + "Paul Varnier, who ran Zentrix's North American business until last spring, is "
     "now head of sales at Quistor Systems.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor Systems")),
    ("en", _EN + "Paul Varnier is head of procurement at Quistor.",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # a bare title after "in what": the sentence's subject, not the customer before it
    ("en", _EN + "Zentrix has secured a contract to supply tyres to Quistor's fleet, in what "
     "managing director Paul Varnier describes as \"the biggest order in our history\".",
     ("EXECUTIVE_OF", "Paul Varnier", "Zentrix")),
]

ABSENT = [
    # the holder who hands the post over holds it no more
    ("fr", _FR + "Le fondateur de Quistor, Ada Morel, a cédé l'an dernier la présidence à "
     "Lina Borel.", ("EXECUTIVE_OF", "Ada Morel", "Quistor")),
    ("en", _EN + "Quistor founder Ada Morel handed the chairmanship to Lina Borel in May.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor")),
    # a stake handed over is no post
    ("fr", _FR + "Le fondateur de Quistor, Ada Morel, a cédé sa participation à Lina Borel.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    # the company asked about is not the speaker's
    ("fr", _FR + "Interrogé sur une vente à Quistor, le directeur financier, Paul Varnier, a "
     "indiqué que rien n'était décidé.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # keeping a stake is no management
    ("fr", _FRQ + "Lina Borel conservera une participation de 10 % dans Quistor.",
     ("EXECUTIVE_OF", "Lina Borel", "Quistor")),
    # a post held in the past, a research director of a public body
    ("fr", _FR + "La direction industrielle était assurée par Lina Borel jusqu'en 2020.",
     ("EXECUTIVE_OF", "Lina Borel", "Zentrix")),
    ("fr", _FRQ + "Paul Varnier, directeur de recherche au Cnam, salue l'opération.",
     ("EXECUTIVE_OF", "Paul Varnier", "Cnam")),
    ("en", _EN + "Paul Varnier was head of sales at Quistor until 2020.",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    ("fr", _FR + "Paul Varnier a rejoint Quistor, où il a occupé le poste de directeur général "
     "jusqu'en 2020.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # the customer before "in what" is not the speaker's company
    ("en", _EN + "Zentrix has secured a contract to supply tyres to Quistor's fleet, in what "
     "managing director Paul Varnier describes as \"the biggest order in our history\".",
     ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # the former employer of the founder's apposition is not the business founded
    ("en", _EN + "Paul Varnier, a former Quistor consultant, co-founded the business with Lina "
     "Borel in 2015.", ("EXECUTIVE_OF", "Paul Varnier", "Quistor")),
    # a project's leader heads no company
    ("fr", "Zentrix a lancé la construction de son usine de Nantes. Le chantier sera piloté par "
     "Paul Varnier.", ("EXECUTIVE_OF", "Paul Varnier", "Zentrix")),
    ("en", "Zentrix has started building its Leeds plant. The project is led by Paul Varnier.",
     ("EXECUTIVE_OF", "Paul Varnier", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

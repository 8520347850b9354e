"""EXECUTIVE_OF whose organisation is only referred to (session 16, issue 11): a title that
opens its sentence with a description for its organisation ("le directeur industriel du groupe,
P,") goes back to the article's company when it opens a paragraph, not to a company named in
passing in the paragraph before; a title whose words hold a company noun ("directeur
industriel", "chief medical officer") is a title, not a description; a role set off before a
person belongs to that person, not to a name before it ("Selon Radio X, le directeur financier
de O, P,"); a relative clause on the agent of a sentence-opening participle does not hide the
subject after it ("Founded by P, who remains its chief executive, O ..."); "P a rejoint la
société comme R": the description's antecedent is not P himself.
Invented sentences, companies in no list, both languages; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR_ARTICLE = (
    "Le verrier Velmora a racheté la verrerie Zelbar pour 40 millions d'euros. Velmora porte "
    "ainsi sa capacité à un milliard de bouteilles.\n\nLe groupe s'est associé au bureau "
    "d'études Tarvex. Le calcin est fourni par Quistor Recyclage, une filiale du groupe de "
    "collecte Kandor.\n\nSelon Radio Brenval, le directeur industriel du groupe, Armand "
    "Quistorin, a été chargé de piloter l'intégration du site.")
_EN_ARTICLE = (
    "Glassmaker Velmora bought the Zelbar glassworks for $40 million. Velmora thus lifts its "
    "capacity to a billion bottles.\n\nThe group also teamed up with the design office Tarvex. "
    "Its cullet comes from Quistor Recycling, a unit of the waste group Kandor.\n\nAccording to "
    "Radio Brenval, the chief operating officer of the group, Dan Quistorin, will lead the "
    "integration of the site.")

FOUND = [
    # a title opening a paragraph, its organisation a description: the article's company
    ("fr", _FR_ARTICLE, ("EXECUTIVE_OF", "Armand Quistorin", "Velmora")),
    ("en", _EN_ARTICLE, ("EXECUTIVE_OF", "Dan Quistorin", "Velmora")),
    # a title holding a company noun is a title
    ("fr", "Velmora a levé 10 millions d'euros. Le directeur industriel, Armand Quistorin, "
     "pilotera l'intégration.", ("EXECUTIVE_OF", "Armand Quistorin", "Velmora")),
    ("fr", "Velmora a levé 10 millions d'euros. La directrice industrielle du groupe, Armelle "
     "Quistorin, pilotera l'intégration.", ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")),
    ("en", "Velmora raised $10 million. The chief medical officer, Dan Quistorin, will lead the "
     "trials.", ("EXECUTIVE_OF", "Dan Quistorin", "Velmora")),
    # the role set off before a person is that person's
    ("fr", "Selon Radio Brenval, le directeur financier de Velmora, Armand Quistorin, a été "
     "chargé de l'intégration.", ("EXECUTIVE_OF", "Armand Quistorin", "Velmora")),
    ("fr", "Selon Marc Brenval, directeur financier de Velmora, la demande reste forte.",
     ("EXECUTIVE_OF", "Marc Brenval", "Velmora")),
    # a relative clause on the agent of a sentence-opening participle
    ("en", "Founded in 2012 by Dana Quistorin, who remains its chief executive, Velmora employs "
     "80 people.", ("EXECUTIVE_OF", "Dana Quistorin", "Velmora")),
    ("en", "Founded in 2012 by Dana Quistorin, who still runs the company, Velmora employs 80 "
     "people.", ("EXECUTIVE_OF", "Dana Quistorin", "Velmora")),
    ("fr", "Fondée en 2012 par Armelle Quistorin, qui en reste la présidente et rejoindra le "
     "comité de direction de l'acheteur, Velmora emploie 80 personnes.",
     ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")),
    ("fr", "Fondée en 2012 par Armelle Quistorin, qui en est toujours la directrice générale, "
     "la start-up Velmora emploie 80 personnes.",
     ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")),
    # joining a company named by a description
    ("fr", "Velmora a levé 10 millions d'euros. Armand Quistorin a rejoint la société en "
     "septembre comme directeur technique.", ("EXECUTIVE_OF", "Armand Quistorin", "Velmora")),
    ("fr", "Velmora a levé 10 millions d'euros. Armand Quistorin, passé par Kandor pendant dix "
     "ans, a rejoint la société en septembre comme directeur technique.",
     ("EXECUTIVE_OF", "Armand Quistorin", "Velmora")),
    ("en", "Velmora raised $10 million. Dan Quistorin joined the company in September as chief "
     "technology officer.", ("EXECUTIVE_OF", "Dan Quistorin", "Velmora")),
]

ABSENT = [
    # the company of the person's past, named in the apposition, is not the one joined
    ("fr", "Velmora a levé 10 millions d'euros. Armand Quistorin, passé par Kandor pendant dix "
     "ans, a rejoint la société en septembre comme directeur technique.",
     ("EXECUTIVE_OF", "Armand Quistorin", "Kandor")),
    # the company named in passing in the paragraph before
    ("fr", _FR_ARTICLE, ("EXECUTIVE_OF", "Armand Quistorin", "Kandor")),
    ("en", _EN_ARTICLE, ("EXECUTIVE_OF", "Dan Quistorin", "Kandor")),
    # the outlet before the title is no person
    ("en", _EN_ARTICLE, ("EXECUTIVE_OF", "Radio Brenval", "Kandor")),
    ("fr", "Selon Radio Brenval, le directeur financier de Velmora, Armand Quistorin, a été "
     "chargé de l'intégration.", ("EXECUTIVE_OF", "Radio Brenval", "Velmora")),
    # a founder who left, or a relative clause naming another company
    ("en", "Founded in 2012 by Dana Quistorin, who left the company last year, Velmora employs "
     "80 people.", ("EXECUTIVE_OF", "Dana Quistorin", "Velmora")),
    ("fr", "Fondée en 2012 par Armelle Quistorin, qui a quitté la société l'an dernier, Velmora "
     "emploie 80 personnes.", ("EXECUTIVE_OF", "Armelle Quistorin", "Velmora")),
    ("en", "Founded in 2012 by Dana Quistorin, who later sold her stake to Kandor, Velmora "
     "employs 80 people.", ("EXECUTIVE_OF", "Dana Quistorin", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

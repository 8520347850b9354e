"""Session 14: people typed as people when their first name is in no list.

A name shaped like a person's ("Ombrine Talvescu-Ravel": two or three capitalised words that
no lexicon knows) is a person when the words around it say so, whatever the first name: an
honorific, an age, an apposition of role past an adverb or "former", "founded/chaired by", a
succession word in a sentence with a role, a hyphenated double family name, the same person
named later by the family name alone, "and" after a person. Companies named like people stay
companies: a legal form, an organisation noun before, an indefinite company description after,
"le belge X", a short form that is the first word. Every name here is made up and in no list.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import found_and_absent

EXTRACTOR = RuleExtractor()


def _type_of(lang: str, text: str, name: str) -> str:
    _, registry = EXTRACTOR.analyse(Article(text=text, language=lang, date=date(2025, 6, 2),
                                            publisher="Test Wire"))
    types = {str(r.type).split(".")[-1] for r in registry.records.values() if r.name == name}
    assert types, [r.name for r in registry.records.values()]
    return "/".join(sorted(types))


PEOPLE = [
    # a role apposed past an adverb or "former"
    ("fr", "Fondée en 2019 par Ombrine Talvescu-Ravel, aujourd'hui directrice générale, la "
     "société Quelvar emploie 80 personnes.", "Ombrine Talvescu-Ravel"),
    ("en", "The supervisory board of Quelvar is now chaired by Ysolde Kerrigan-Voss, a former "
     "executive at Zentrix.", "Ysolde Kerrigan-Voss"),
    ("en", "Quelvar is now run by Brannoc Vetherill, currently chief operating officer.",
     "Brannoc Vetherill"),
    ("fr", "Quelvar est dirigée par Solenne Gavroux, désormais présidente du directoire.",
     "Solenne Gavroux"),
    # an age
    ("fr", "Quelvar a été reprise par Eudric Lavonnet, 54 ans, ancien ingénieur.",
     "Eudric Lavonnet"),
    ("en", "Orlen Vaskar, 61, has run Quelvar since 2015.", "Orlen Vaskar"),
    # an honorific
    ("en", "Quelvar hired Dr Tamsin Okoruwe as head of research.", "Tamsin Okoruwe"),
    ("fr", "Quelvar a recruté Mme Aubeline Kervanec comme directrice de la recherche.",
     "Aubeline Kervanec"),
    ("fr", "Selon M. Ravenel Quistard, Quelvar vise 10 millions d'euros de ventes.",
     "Ravenel Quistard"),
    # a person's noun apposed
    ("fr", "Eulalie Varnessac, éleveuse dans le Cantal, a vendu son exploitation à Quelvar.",
     "Eulalie Varnessac"),
    # founded / chaired by, a date between
    ("en", "Quelvar was founded in 2011 by Thadric Ulmsen in a garage in Leeds.",
     "Thadric Ulmsen"),
    ("fr", "Quelvar a été cofondée par Maëlys Orvanec en 2016.", "Maëlys Orvanec"),
    # a succession word in a sentence with a role
    ("fr", "Le directeur financier, nommé en mars en remplacement de Gaubert Lestrange, arrive "
     "de Zentrix.", "Gaubert Lestrange"),
    ("en", "Quelvar named a new chief financial officer, replacing Torvin Aldermoor.",
     "Torvin Aldermoor"),
    # a hyphenated double family name after a capitalised first word
    ("fr", "Quelvar a nommé Thibaud Kermarec-Ollivier au poste de directeur financier.",
     "Thibaud Kermarec-Ollivier"),
    ("en", "Quelvar named Corwen Adeyemi-Strand chief financial officer last month.",
     "Corwen Adeyemi-Strand"),
    # the family name alone later, never the first word
    ("en", "Quelvar, which Zentrix bought, is run by Marek Ostrowin. Ostrowin said he would "
     "stay.", "Marek Ostrowin"),
    ("fr", "Quelvar est pilotée par Ildric Mavrosse. « Nous recrutons », a dit Mavrosse.",
     "Ildric Mavrosse"),
    # a speech verb after a quotation, the speaker after the quotation before the verb
    ("fr", "« Nous doublons nos ventes », a fait valoir Velmar Ostrid.", "Velmar Ostrid"),
    ("en", "\"We will double sales,\" noted Velmar Ostrid.", "Velmar Ostrid"),
    ("en", "\"We will double sales,\" Velmar Ostrid told reporters.", "Velmar Ostrid"),
    # "He"/"She" opens the next sentence after the name as subject
    ("en", "Velmar Ostrid runs Quelvar. She said the plant would open in May.",
     "Velmar Ostrid"),
    # "who"
    ("en", "Arvid Pellowe, who founded Quelvar in 2009, said the deal was done.",
     "Arvid Pellowe"),
]

COMPANIES = [
    # a company description apposed, an organisation noun before, a legal form
    ("fr", "Quelvar a racheté Marvelle Dorsan, un fabricant de meubles, pour 20 millions "
     "d'euros.", "Marvelle Dorsan"),
    ("fr", "Zentrix rachète Ferrand Kervalis-Morel, un producteur de granulats. Ferrand "
     "Kervalis-Morel emploie 300 personnes.", "Ferrand Kervalis-Morel"),
    ("en", "Quelvar competes with Harwick Bressel, which also builds drones.", "Harwick Bressel"),
    ("en", "Quelvar buys catalysts from the group Tarvik Holmgard.", "Tarvik Holmgard"),
    ("fr", "Quelvar achète ses moteurs au groupe Davrel Ostrand.", "Davrel Ostrand"),
    # a legal form or an organisation noun right after a given name's span
    ("en", "Quelvar sold its grain unit to Louis Dreyfus Company, said a spokesman.",
     "Louis Dreyfus"),
    ("fr", "Quelvar achète à Pierre Durand SAS, son principal fournisseur.", "Pierre Durand"),
    # a speech verb after a quotation, but a word the article writes in lower case
    ("en", "\"Prices will rise,\" said Korvel Power. Korvel builds power plants.",
     "Korvel Power"),
    # "il"/"elle" may stand for "le groupe"/"la société": no cue in French
    ("fr", "Velmar Ostrid rachète Quelvar. Elle a indiqué vouloir doubler la production.",
     "Velmar Ostrid"),
    # the short form is the first word: a company
    ("en", "Quelvar supplies Brisken Tallow. Brisken said the deal runs to 2030.",
     "Brisken Tallow"),
    # a succession word with no role in the sentence: no cue
    ("en", "Quelvar chose its own sensors, replacing Corvane Ulrick.", "Corvane Ulrick"),
    # a founding verb with an organisation before "by" is far away: no cue past punctuation
    ("fr", "Fondée en 2015, Quelvar a choisi Nalvor Bruske comme fournisseur.", "Nalvor Bruske"),
]


@pytest.mark.parametrize(("lang", "text", "name"), PEOPLE)
def test_a_name_the_context_calls_a_person_is_one(lang: str, text: str, name: str) -> None:
    assert _type_of(lang, text, name) == "Person"


@pytest.mark.parametrize(("lang", "text", "name"), COMPANIES)
def test_a_company_named_like_a_person_stays_a_company(lang: str, text: str, name: str) -> None:
    assert _type_of(lang, text, name) != "Person"


# Relations: a person takes no company's slot, a company named like a person keeps its own.
FOUND = [
    ("en", "Quelvar buys its catalysts from Harwick Bressel, a Danish chemicals maker.",
     ("SUPPLIES", "Harwick Bressel", "Quelvar")),
    ("fr", "Quelvar a racheté Marvelle Dorsan, un fabricant de meubles, pour 20 millions "
     "d'euros.", ("ACQUIRES", "Quelvar", "Marvelle Dorsan")),
    ("en", "Quelvar named Corwen Adeyemi-Strand chief executive last month.",
     ("EXECUTIVE_OF", "Corwen Adeyemi-Strand", "Quelvar")),
    ("en", "Torvald Quenby-Marsh, now chief executive of Quelvar, signed the deal.",
     ("EXECUTIVE_OF", "Torvald Quenby-Marsh", "Quelvar")),
    ("fr", "Solenne Gavroux-Lemaire, aujourd'hui directrice générale de Quelvar, a signé.",
     ("EXECUTIVE_OF", "Solenne Gavroux-Lemaire", "Quelvar")),
]

ABSENT = [
    # an honorific: a hire, not a supplier
    ("en", "Quelvar hired Dr Tamsin Okoruwe as head of research.",
     ("SUPPLIES", "Tamsin Okoruwe", "Quelvar")),
    ("fr", "Quelvar a recruté Mme Aubeline Kervanec chez Zentrix.",
     ("ACQUIRES", "Quelvar", "Aubeline Kervanec")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

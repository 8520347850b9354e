"""Session 19, fourth sources pass: REPORTED_BY on new text. Invented sentences (companies and
bodies in no list; listed outlets only where the family is about a listed one), both
languages.

Family 1: the article's own publisher whose header name closes with a parenthesis
("Kandor Zeitung (English edition)") is the publisher still: "told Kandor Zeitung" cites no
source.

Family 2: foreign outlet words ("Zeitung", "Magazin", "Dagblad", "Tidning", "Tidende") make a
name an outlet's title as "Journal" does: "Kandor Zeitung had reported that ..."; a company of
that name bought or sold stays a party.

Family 3: listed outlets whose names hold a lower-case word or a lone letter ("The Globe and
Mail", "La Lettre A", "La Lettre de l'Expansion", "Manager Magazin") are one name, not two
cut ones.

Family 4: a notice awaited is a decision not taken, no text cited ("attend l'avis de
l'Autorité", "une fois obtenu l'avis de l'Autorité", "awaiting a decision from"); a notice
published on a body's website is cited ("l'avis publié jeudi sur le site de l'Autorité X",
"a notice published on the website of the X Authority").

Family 5: a body after a country's possessive is the body ("a notice published by Kandoria's
Competition Authority", "a filing with South Korea's Fair Trade Commission"); a company after
one stays none.

Family 6: a public body's own report cites the body, not the report ("selon le dernier
rapport annuel du Conseil national des X (CNX)", "according to the annual report of the X Grid
Authority"); a company's report stays the report ("rapport annuel de Kandor Conseil").

Family 7: a note set off by commas or after the speech verb makes its author the source ("X
Ratings, in a note to clients on Thursday, said ...", "X Ratings said in a note that the deal
...", "X Notation, dans une note publiée lundi, estime que ..."); not a company on itself or
its results ("Velmora said in a note to investors that it would sell ...", "... that sales
rose"); a quotation between an analysts' phrase and its note counts for nothing ("analysts at
X called the price “full but defensible” in a note to clients").

Family 8: what a body does with a document is no citation of it ("the merger agreement was
approved by the X Authority", "le document a été transmis à l'Autorité"; "according to a
prospectus approved by X" stays one); a company's own document never cites the company ("le
prospectus de Velmora a été publié", "according to the accounts of Velmora"); a regulator
described after a known country's possessive and named after a comma is cited ("a notice filed
with Brazil's antitrust regulator, the X Board").
"""

from __future__ import annotations

from datetime import date

import pytest

from ontology.records import Article
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import EXTRACTOR

_R = "REPORTED_BY"

FOUND = [
    # family 2: foreign outlet words
    ("en", "Kandor Zeitung had reported in the spring that Velmora held talks with Quistor.",
     (_R, "ARTICLE", "Kandor Zeitung")),
    ("en", "Kandor Magazin had reported in March that Velmora held talks with Quistor.",
     (_R, "ARTICLE", "Kandor Magazin")),
    ("en", "Velmora held talks with Quistor, the Kandor Dagblad reported.",
     (_R, "ARTICLE", "Kandor Dagblad")),
    ("fr", "Le Kandor Zeitung avait révélé au printemps que Velmora négociait avec Quistor.",
     (_R, "ARTICLE", "Kandor Zeitung")),
    ("fr", "Selon la Kandor Tidning, Velmora négocie avec Quistor.",
     (_R, "ARTICLE", "Kandor Tidning")),
    # family 3: listed outlets with a lower-case word or a lone letter
    ("en", "Velmora bought Quistor for $40 million, chief executive Ana Tarvel said in an "
     "interview with the Globe and Mail.", (_R, "ARTICLE", "The Globe and Mail")),
    ("en", "Velmora is buying Quistor, Tarvel told The Globe and Mail.",
     (_R, "ARTICLE", "The Globe and Mail")),
    ("fr", "Velmora a démenti l'entrée de Quistor à son capital, évoquée la semaine dernière "
     "par La Lettre A.", (_R, "ARTICLE", "La Lettre A")),
    ("fr", "La Lettre de l'Expansion avait évoqué en mai un intérêt de Quistor pour Velmora.",
     (_R, "ARTICLE", "La Lettre de l'Expansion")),
    ("en", "Manager Magazin had reported that Velmora held talks with Quistor.",
     (_R, "ARTICLE", "Manager Magazin")),
    # family 4: a notice published on a body's website
    ("fr", "La vente de Quistor à Velmora doit être validée avant l'été d'après l'avis publié "
     "jeudi sur le site de l'Autorité de la concurrence.",
     (_R, "ARTICLE", "Autorité de la concurrence")),
    ("en", "Velmora bought Quistor, according to a notice published on the website of the "
     "Kandor Competition Authority.", (_R, "ARTICLE", "Kandor Competition Authority")),
    ("fr", "Selon l'avis de l'Autorité de la concurrence, Velmora détient 40 % du marché.",
     (_R, "ARTICLE", "Autorité de la concurrence")),
    # family 5: a body after a country's possessive
    ("en", "According to a notice published by Kandoria's Competition Authority, the regulator "
     "opened its review of Velmora's purchase of Quistor.",
     (_R, "ARTICLE", "Kandoria's Competition Authority")),
    ("en", "Velmora bought Quistor, according to a notice published by Brazil's Competition "
     "Authority.", (_R, "ARTICLE", "Competition Authority")),
    ("en", "Velmora bought Quistor, according to a filing with South Korea's Fair Trade "
     "Commission.", (_R, "ARTICLE", "Fair Trade Commission")),
    # family 6: a public body's own report
    ("fr", "Selon le dernier rapport annuel du Conseil national des activités de gardiennage "
     "(CNAG), le nombre d'attaques contre Velmora a reculé de 30 %.",
     (_R, "ARTICLE", "Conseil national des activités de gardiennage")),
    ("en", "According to the annual report of the Kandor Grid Authority, outages at Velmora "
     "fell 30%.", (_R, "ARTICLE", "Kandor Grid Authority")),
    ("fr", "Selon le rapport annuel de Kandor Conseil, Velmora a perdu des clients.",
     (_R, "ARTICLE", "rapport annuel de Kandor Conseil")),
    # family 7: a note set off by commas or after the speech verb
    ("en", "Kandor Ratings, in a note to clients on Thursday, said the deal would help "
     "Velmora.", (_R, "ARTICLE", "Kandor Ratings")),
    ("en", "Kandor Ratings said in a note to clients on Thursday that the deal would "
     "help Velmora.", (_R, "ARTICLE", "Kandor Ratings")),
    ("fr", "Kandor Notation, dans une note publiée lundi, estime que le rachat de Quistor par "
     "Velmora est positif.", (_R, "ARTICLE", "Kandor Notation")),
    ("fr", "Kandor Notation a indiqué dans une note que le rachat de Quistor par Velmora est "
     "positif.", (_R, "ARTICLE", "Kandor Notation")),
    ("en", "Velmora agreed to buy Quistor. Analysts at Kandor Capital Markets called the price "
     "“full but defensible” in a note to clients.", (_R, "ARTICLE", "Kandor Capital Markets")),
    ("fr", "Les analystes de Kandor Finance ont jugé le prix « élevé mais défendable » dans une "
     "note à leurs clients.", (_R, "ARTICLE", "Kandor Finance")),
    # family 8: a cited document approved by a body; a regulator after a known country
    ("en", "Velmora will issue new shares to Kandor Capital, according to a prospectus approved "
     "by the Kandor Financial Supervisory Authority.",
     (_R, "ARTICLE", "Kandor Financial Supervisory Authority")),
    ("fr", "Velmora portera sa participation à 8 %, selon le prospectus approuvé par l'Autorité "
     "des marchés financiers (AMF).", (_R, "ARTICLE", "Autorité des marchés financiers")),
    ("en", "Velmora had explored a merger with Quistor, according to a notice filed with "
     "Brazil's antitrust regulator, the Kandorian Competition Board.",
     (_R, "ARTICLE", "Kandorian Competition Board")),
    ("fr", "Selon le prospectus de Velmora, Quistor détient 30 % du capital.",
     (_R, "ARTICLE", "prospectus de Velmora")),
]

ABSENT = [
    # family 2: a company named with an outlet word stays a party, no source
    ("en", "Velmora bought Kandor Magazin, a chain of shops, in May.",
     (_R, "ARTICLE", "Kandor Magazin")),
    ("fr", "Velmora a racheté Kandor Zeitung en mai.", (_R, "ARTICLE", "Kandor Zeitung")),
    # family 3: the lower-case words alone
    ("fr", "Velmora a démenti l'entrée de Quistor à son capital, a indiqué la lettre A du "
     "directeur.", (_R, "ARTICLE", "La Lettre A")),
    ("en", "Velmora bought Quistor, Tarvel told The Globe and Mail.", (_R, "ARTICLE", "Globe")),
    # family 4: a notice awaited
    ("fr", "Velmora attend l'avis de l'Autorité de la concurrence.",
     (_R, "ARTICLE", "Autorité de la concurrence")),
    ("fr", "L'Autorité de la concurrence examine le dossier. Le directeur financier de Velmora "
     "table sur une finalisation en 2026, une fois obtenu l'avis de l'Autorité.",
     (_R, "ARTICLE", "Autorité de la concurrence")),
    ("en", "Velmora is awaiting a decision from the Kandor Competition Authority.",
     (_R, "ARTICLE", "Kandor Competition Authority")),
    ("fr", "Selon un communiqué publié sur le site de Velmora, le groupe a racheté Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora bought Quistor, according to a statement posted on the website of "
     "Velmora.", (_R, "ARTICLE", "Velmora")),
    # family 5: a company after a country's possessive
    ("en", "According to a notice published by Kandoria's Velmora Holding, sales rose.",
     (_R, "ARTICLE", "Velmora Holding")),
    # family 6: the report of a public body is not cited besides it
    ("fr", "Selon le dernier rapport annuel du Conseil national des activités de gardiennage "
     "(CNAG), le nombre d'attaques contre Velmora a reculé de 30 %.",
     (_R, "ARTICLE", "rapport annuel du Conseil national des activités de gardiennage (CNAG)")),
    ("fr", "Selon le rapport annuel de Kandor Conseil, Velmora a perdu des clients.",
     (_R, "ARTICLE", "Kandor Conseil")),
    # family 7: a company on itself or its results, a note of its own far after a quotation
    ("en", "Velmora said in a note to investors that it would sell Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora, in a note to investors, said it would sell Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora said in a note to investors that sales rose 5%.", (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora, dans une note aux investisseurs, a indiqué qu'elle vendrait Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Analysts at Kandor Capital Markets called the price “full” and Velmora later "
     "issued a note on its debt.", (_R, "ARTICLE", "Kandor Capital Markets")),
    # family 8: what a body does with a document; a company's own document
    ("en", "The merger agreement was approved by the Kandor Competition Authority in May.",
     (_R, "ARTICLE", "Kandor Competition Authority")),
    ("en", "The document was submitted to the Kandor Competition Authority last week.",
     (_R, "ARTICLE", "Kandor Competition Authority")),
    ("fr", "Le document a été transmis à l'Autorité de la concurrence.",
     (_R, "ARTICLE", "Autorité de la concurrence")),
    ("fr", "Le prospectus de Velmora a été publié mardi.", (_R, "ARTICLE", "Velmora")),
    ("fr", "Selon les comptes de Velmora, le groupe a perdu 3 millions d'euros.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "The prospectus of Velmora was published on Tuesday.", (_R, "ARTICLE", "Velmora")),
    ("en", "According to the accounts of Velmora, sales fell.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora had explored a merger with Quistor, according to a notice filed with "
     "Brazil's antitrust regulator, the Kandorian Competition Board.",
     (_R, "ARTICLE", "Brazil")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _sources(text: str, lang: str, publisher: str) -> set[str]:
    x = EXTRACTOR.extract(Article(text=text, language=lang, date=date(2026, 3, 2),
                                  publisher=publisher))
    names = {e.id: e.name for e in x.entities}
    return {names.get(r.target, r.target) for r in x.relations if str(r.type) == _R}


@pytest.mark.parametrize(("lang", "text", "publisher"), [
    ("en", "Velmora is staying on as a shareholder of Quistor, Ana Tarvel told Kandor Zeitung.",
     "Kandor Zeitung (English edition)"),
    ("en", "Velmora bought Quistor, Ana Tarvel told the Kandor Ledger.",
     "The Kandor Ledger (weekend edition)"),
    ("fr", "Velmora reste actionnaire de Quistor, a indiqué Ana Tarvel au Kandor Matin.",
     "Le Kandor Matin (édition du soir)"),
])
def test_own_publisher_with_a_parenthesis(lang: str, text: str, publisher: str) -> None:
    """Family 1: the header's closing parenthesis does not make the publisher another outlet."""
    assert not _sources(text, lang, publisher)


def test_another_outlet_than_the_parenthesised_publisher() -> None:
    assert _sources("Velmora bought Quistor, the Quarnel Ledger reported.", "en",
                    "Kandor Zeitung (English edition)") == {"Quarnel Ledger"}

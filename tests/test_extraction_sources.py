"""Session 12: sources and outlets found by context, as invented sentences (names in no list).

Family 1 (both languages): a document cited through the body that issued or holds it, by a
notice, a register or a filing, with the body's name unknown to every list: "according to a
notice published on Friday by X", "according to the X Office's online merger register", "a
filing with X House", "selon un avis publié au Bulletin officiel des annonces de X", "selon un
document déposé au greffe du tribunal de commerce de Rennes". The body is the source, never a
party of the deal the sentence reports.

Family 2 (English): an outlet whose name holds a possessive ("Harlan's Ledger", "Tanner's Trade
Daily") in a source slot is one name, not a possessor and a second name.

Family 3 (English): a French title with an elided article ("L'Ardoise") in English text keeps
its article.

Family 4 (both languages): an outlet named after its outlet noun is a source with a report verb
in a compound tense after it ("Le quotidien L'Ardoise avait évoqué", "the trade weekly X had
revealed"), and after compound modifiers before the outlet noun ("the sports business
newsletter X").

Family 6 (both languages): an outlet no list knows, named by its slot alone: the subject of a
relative clause that reports ("X, which first reported the talks, said", "X, qui avait révélé
l'affaire, ..."), after an inverted report verb at the clause's end (", writes X.", ", révélait
X la semaine dernière.", ", écrit le site spécialisé X."), with its outlet noun in an apposition
("X, a trade newsletter, reported") or after it ("the X newsletter reported"), a name used once
in the article as the subject of "reported that" / "a révélé que", and data providers
("according to X data", "according to data from X", "selon les données de X").

Family 7 (both languages): documents named by more nouns ("records at X", "les statuts déposés
au greffe du tribunal de commerce de Nantes", "a statement to the X Stock Exchange") and a
regulator's notice with a plain preposition ("selon un avis de l'AMF"); a registry cited by
"selon / according to" ("selon le registre du commerce de Quarnel").

Family 8 (both languages): a regulator no list knows ("the Zorvik Competition Office", "la
Commission de régulation de Quarnel") approves deals and makes none: it is no buyer nor investor,
unless its name says it invests ("Investment Authority", "Family Office").

Family 5: the article's own publisher is no source when cited by its name without an edition
word ("told Bloomberg" in an article published by "Bloomberg Today").
"""

from __future__ import annotations

from datetime import date

import pytest

from ontology.records import Article
from tests.test_extraction_families import check_absent, check_found
from tests.test_extraction_sentences import EXTRACTOR, _extract, _named

FOUND = [
    # family 1: documents by the body that issued or holds them
    ("en", "The deal still requires clearance in Oslo, according to a notice published on Friday "
     "by Zorvik, Norway's competition authority.", ("REPORTED_BY", "ARTICLE", "Zorvik")),
    ("en", "The sale was notified on 3 March, according to the Quarnel Competition Office's "
     "online merger register.", ("REPORTED_BY", "ARTICLE", "Quarnel Competition Office")),
    ("en", "Velmora signed a ten-year supply agreement with Korvane, according to a filing with "
     "Traders House.", ("REPORTED_BY", "ARTICLE", "Traders House")),
    ("fr", "Selon un avis publié au Bulletin officiel des annonces de Quarnel, le port a confié "
     "les travaux de dragage à Korvane.",
     ("REPORTED_BY", "ARTICLE", "Bulletin officiel des annonces de Quarnel")),
    ("fr", "Korvane a pris une participation de 20 % dans Velmora, selon un document déposé au "
     "greffe du tribunal de commerce de Rennes.",
     ("REPORTED_BY", "ARTICLE", "greffe du tribunal de commerce de Rennes")),
    ("fr", "Korvane a pris une participation de 20 % dans Velmora, selon un document déposé au "
     "greffe du tribunal de commerce de Rennes.", ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Velmora a bouclé son augmentation de capital, selon un avis publié mardi par la "
     "Zorvik, le régulateur boursier quarnélien.", ("REPORTED_BY", "ARTICLE", "Zorvik")),
    # family 2: an outlet's name with a possessive
    ("en", "The deal, first reported by Harlan's Ledger, still needs approval in Warsaw.",
     ("REPORTED_BY", "ARTICLE", "Harlan's Ledger")),
    ("en", "The transaction, which Tanner's Trade Daily first reported in May, should close in "
     "June.", ("REPORTED_BY", "ARTICLE", "Tanner's Trade Daily")),
    # family 3: a French title in English text
    ("en", "The deal was first reported by L'Ardoise and will see Velmora join Korvane as a "
     "shareholder.", ("REPORTED_BY", "ARTICLE", "L'Ardoise")),
    # family 4: compound tenses, compound modifiers
    ("fr", "Le quotidien L'Ardoise avait évoqué dès septembre la mise en vente de Velmora.",
     ("REPORTED_BY", "ARTICLE", "L'Ardoise")),
    ("en", "The trade weekly Quarnel Ledger had revealed the talks in May.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Ledger")),
    ("en", "Velmora pulled out of the talks in May, according to the sports business newsletter "
     "Zabrisk.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    # family 6: outlets by their slot
    ("en", "Zabrisk, which first reported the talks, said Velmora had offered $2 billion for "
     "Korvane.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Zabrisk, qui avait révélé les discussions, affirme que Velmora a offert 2 milliards "
     "d'euros.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora is weighing a sale of Korvane, writes Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora envisage de céder Korvane, révélait Zabrisk la semaine dernière.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora envisage de céder Korvane, écrit le site spécialisé Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora is weighing a sale of Korvane, Quarnel Insights, a trade newsletter, reported "
     "on Monday.", ("REPORTED_BY", "ARTICLE", "Quarnel Insights")),
    ("fr", "Velmora envisage de céder Korvane, a rapporté Zabrisk, une lettre professionnelle.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "The Quarnel Insights newsletter reported last week that Velmora was weighing a sale "
     "of Korvane.", ("REPORTED_BY", "ARTICLE", "Quarnel Insights")),
    ("en", "Velmora did not disclose the price, but Zabrisk reported that the deal values "
     "Korvane at $2 billion.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora n'a pas dévoilé le prix, mais Zabrisk a révélé que l'opération valorise "
     "Korvane à 2 milliards d'euros.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Zabrisk reported on Monday that Velmora is weighing a sale of Korvane.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora valued Korvane at $2 billion, according to Zabrisk data.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora valued Korvane at $2 billion, according to data from Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora détient 12 % de Korvane, selon les données de Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    # a body whose name says it invests is an investor
    ("en", "The Zorvik Investment Authority has taken a 5% stake in Velmora.",
     ("INVESTS_IN", "Zorvik Investment Authority", "Velmora")),
    ("en", "The Quarnel Family Office has taken a 5% stake in Velmora.",
     ("INVESTS_IN", "Quarnel Family Office", "Velmora")),
    ("en", "The Zorvik Industry Department will take a 5% stake in Velmora.",
     ("INVESTS_IN", "Zorvik Industry Department", "Velmora")),
    ("en", "Velmora is weighing a sale of Korvane, according to a Zabrisk report.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora envisage de céder Korvane, selon un article de Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora n'exclut pas de racheter Korvane, dont le nom avait circulé dans L'Ardoise.",
     ("REPORTED_BY", "ARTICLE", "L'Ardoise")),
    ("en", "Velmora's name had appeared in Zabrisk Weekly before the talks with Korvane "
     "collapsed.", ("REPORTED_BY", "ARTICLE", "Zabrisk Weekly")),
    ("en", "Velmora plans to sell Korvane, sources told Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, selon une information de Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, a appris Zabrisk.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, a rapporté vendredi Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, d'après nos confrères de Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, affirme Zabrisk, qui cite des sources proches du dossier.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora will buy Korvane, its chief executive said in an interview on Zabrisk TV.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk TV")),
    ("en", "Velmora will buy Korvane, according to people familiar with the matter cited by "
     "Zabrisk.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora will buy Korvane, Zabrisk said on Friday, citing two people familiar with the "
     "matter.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora will buy Korvane, according to a report published on Friday by Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora offered $2 billion for Korvane, Bloomberg said, adding that it had seen the "
     "letter.", ("REPORTED_BY", "ARTICLE", "Bloomberg")),
    ("en", "Bloomberg said it had seen a letter in which Velmora offered $2 billion for Korvane.",
     ("REPORTED_BY", "ARTICLE", "Bloomberg")),
    ("en", "Velmora is in talks to buy Korvane, a person with knowledge of the matter told "
     "Zabrisk.", ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora is in talks to buy Korvane, two people close to the deal told Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora will buy Korvane, according to a document seen by Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Velmora will buy Korvane, according to an internal memo obtained by Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, selon un document consulté par Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("fr", "Velmora va racheter Korvane, selon un courrier consulté par Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Quarnel Office Supplies has agreed to buy Velmora.",
     ("ACQUIRES", "Quarnel Office Supplies", "Velmora")),
    ("fr", "Velmora va racheter Korvane, a indiqué son directeur général au quotidien "
     "Quarnel Matin.", ("REPORTED_BY", "ARTICLE", "Quarnel Matin")),
    ("en", "In an interview with the Quarnel Herald, Velmora's chief executive confirmed the "
     "purchase of Korvane.", ("REPORTED_BY", "ARTICLE", "Quarnel Herald")),
    ("fr", "Velmora va racheter Korvane, selon La Gazette de Quarnel, qui cite des sources "
     "syndicales.", ("REPORTED_BY", "ARTICLE", "La Gazette de Quarnel")),
    # a known title's name going on with its town, after a closing speech verb
    ("fr", "Velmora va racheter Korvane, a indiqué La Tribune de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "La Tribune de Quarnel")),
    ("fr", "Velmora va racheter Korvane, a rapporté La Gazette de Quarnel lundi.",
     ("REPORTED_BY", "ARTICLE", "La Gazette de Quarnel")),
    ("en", "Velmora declined to comment on the report by Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    # family 7: more documents and registries
    ("en", "Velmora holds 12% of Korvane, according to records at the Zorvik Business Registry.",
     ("REPORTED_BY", "ARTICLE", "Zorvik Business Registry")),
    ("fr", "Velmora détient 12 % de Korvane, d'après les statuts déposés au greffe du tribunal "
     "de commerce de Nantes.",
     ("REPORTED_BY", "ARTICLE", "greffe du tribunal de commerce de Nantes")),
    ("fr", "Velmora détient 12 % de Korvane, selon un avis de l'AMF.",
     ("REPORTED_BY", "ARTICLE", "Autorité des marchés financiers")),
    ("fr", "Velmora détient 12 % de Korvane, selon le registre du commerce de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "registre du commerce de Quarnel")),
]

ABSENT = [
    # the body that issued the document is no party of the deal
    ("en", "According to a notice published by Zorvik, Velmora has bought Korvane.",
     ("ACQUIRES", "Zorvik", "Korvane")),
    ("fr", "Selon un avis publié au Bulletin officiel des annonces de Quarnel, le port a confié "
     "les travaux de dragage à Korvane.",
     ("SUPPLIES", "Korvane", "Bulletin officiel des annonces de Quarnel")),
    # an outlet that speaks for itself is a party, not a source
    ("en", "Zabrisk, a news website, said on Monday it had agreed to be bought by Velmora.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "The Zabrisk newsletter said it had agreed to be bought by Velmora.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    ("en", "Bloomberg said on Monday it had agreed to buy Zabrisk, a data start-up.",
     ("REPORTED_BY", "ARTICLE", "Bloomberg")),
    ("fr", "Le Figaro a indiqué qu'il allait racheter Zabrisk.",
     ("REPORTED_BY", "ARTICLE", "Le Figaro")),
    # a name after "que" opens the reported clause; it is no second outlet
    ("fr", "Une source proche du dossier a confirmé à Zabrisk que Velmora négocie le rachat de "
     "Korvane.", ("REPORTED_BY", "ARTICLE", "Velmora")),
    # a letter sent to a company does not cite it
    ("en", "Velmora sent a letter to Korvane proposing a merger.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    ("fr", "Velmora a adressé un courrier à Korvane pour proposer une fusion.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    # a company reveals its own plans; a company named "Office ..." is no regulator
    ("en", "Korvane agreed to buy Velmora, which revealed plans to cut 500 jobs in May.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("fr", "Korvane va racheter Velmora, qui a révélé son projet de fermer deux usines.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Korvane agreed to buy Velmora, which reported that sales fell 10% last year.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("fr", "Korvane a racheté Velmora. Zentrix a révélé que le chiffre d'affaires avait doublé.",
     ("REPORTED_BY", "ARTICLE", "Zentrix")),
    ("en", "In an interview with the Quarnel Herald, Velmora's chief executive confirmed the "
     "purchase of Korvane.", ("EXECUTIVE_OF", "Quarnel Herald", "Velmora")),
    ("fr", "Velmora a vendu sa participation dans Korvane au quotidien Quarnel Matin.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Matin")),
    ("fr", "Velmora va racheter Korvane, selon La Gazette de Quarnel, qui cite des sources "
     "syndicales.", ("REPORTED_BY", "ARTICLE", "Quarnel")),
    ("fr", "Velmora va racheter Korvane, a indiqué La Tribune de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "Quarnel")),
    # the place is the speaker's, not the title's: no outlet
    ("fr", "Velmora va racheter Korvane, a indiqué la directrice de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "Quarnel")),
    # a weekday after the body is no part of its name
    ("en", "Velmora disclosed its stake in Korvane in a filing with Zorvik House Monday.",
     ("REPORTED_BY", "ARTICLE", "Zorvik House Monday")),
    # the halves of a possessive name are no sources
    ("en", "The deal, first reported by Harlan's Ledger, still needs approval in Warsaw.",
     ("REPORTED_BY", "ARTICLE", "Harlan")),
    ("en", "The transaction, which Tanner's Trade Daily first reported in May, should close in "
     "June.", ("REPORTED_BY", "ARTICLE", "Trade Daily")),
    # a company's possessive before a person or a product is no outlet's name
    ("en", "The deal was first reported by Velmora's Ana Quist in a memo.",
     ("REPORTED_BY", "ARTICLE", "Velmora's Ana Quist")),
    ("en", "Korvane bought Velmora's Zentrix unit, Korvane said.",
     ("REPORTED_BY", "ARTICLE", "Velmora's Zentrix")),
    # a statement in a compound tense is no report ("a précisé"), after the name or after
    # an apposition
    ("fr", "La Commission européenne a précisé que Velmora devra céder Korvane.",
     ("REPORTED_BY", "ARTICLE", "Commission européenne")),
    ("fr", "Paul Vernier, directeur général de Velmora, conserve ses fonctions, a précisé "
     "Korvane.", ("REPORTED_BY", "ARTICLE", "Velmora")),
    # a company that reports its results, or is named again, is no outlet; a person writes
    ("en", "Velmora reported that its sales rose 12%. Velmora also agreed to buy Korvane.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Korvane is a good fit, writes Ana Quist.", ("REPORTED_BY", "ARTICLE", "Ana Quist")),
    ("en", "Korvane bought Velmora, which reported a loss last year.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Velmora valued Korvane at $2 billion, according to Velmora data.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Korvane bought Velmora last year. Sales rose 12%, according to a Velmora report.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Velmora holds 12% of Korvane, according to Zabrisk estimates.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk")),
    # a company citing a reason is no outlet
    ("en", "Velmora will sell Korvane, Velmora said on Friday, citing weak demand.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("en", "Zentrix cut its forecast, Zentrix said on Friday, citing a drop in orders.",
     ("REPORTED_BY", "ARTICLE", "Zentrix")),
    # a name before another outlet's closing report is no outlet
    ("en", "Korvane is being sold by its owner, the investment group Zabrisk Holdings, German "
     "news agency Quarnel Presse reported, citing industry sources.",
     ("REPORTED_BY", "ARTICLE", "Zabrisk Holdings")),
    # a regulator approves a deal, it does not make it (names no list knows)
    ("en", "Korvane notified the deal to the Zorvik Competition Authority, which must approve its "
     "purchase of Velmora.", ("ACQUIRES", "Zorvik Competition Authority", "Velmora")),
    ("en", "The Zorvik Competition Office approved its takeover of Velmora.",
     ("ACQUIRES", "Zorvik Competition Office", "Velmora")),
    ("fr", "La Commission de régulation de Quarnel a autorisé son rachat de Velmora.",
     ("ACQUIRES", "Commission", "Velmora")),
    # an opinion ("l'avis de") is no document
    ("fr", "Selon l'avis de Korvane, Velmora a racheté Zentrix.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
]


@pytest.mark.parametrize(("lang", "text", "relation", "stated"),
                         [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT])
def test_sentence(lang: str, text: str, relation: tuple[str, str, str], stated: bool) -> None:
    """A relation of FOUND is asserted; one of ABSENT is not."""
    (check_found if stated else check_absent)(lang, text, relation)


@pytest.mark.parametrize("publisher", ["Bloomberg Today", "Bloomberg"])
def test_own_publisher_without_its_edition_word(publisher: str) -> None:
    text = ("\"We have to be there with our own trucks,\" chief executive Ana Quist told "
            "Bloomberg. Velmora bought Korvane in May.")
    x = EXTRACTOR.extract(Article(text=text, language="en", date=date(2025, 6, 2),
                                  publisher=publisher))
    assert not [r for r in x.relations if str(r.type) == "REPORTED_BY"], x.relations


def test_another_outlet_is_still_a_source() -> None:
    text = "Velmora bought Korvane in May, Quarnel Ledger reported."
    x = EXTRACTOR.extract(Article(text=text, language="en", date=date(2025, 6, 2),
                                  publisher="Quarnel Today"))
    names = {e.id: e.name for e in x.entities}
    assert [names[r.target] for r in x.relations if str(r.type) == "REPORTED_BY"] \
        == ["Quarnel Ledger"], _named(x)


def test_the_sec_goes_by_its_short_name() -> None:
    found = {r for r in _named(_extract("Velmora has invested in Korvane, a filing with the SEC "
                                        "shows.", "en")) if r[0] == "REPORTED_BY"}
    assert found == {("REPORTED_BY", "ARTICLE", "SEC", "reported")}, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Velmora a racheté Korvane, selon BFMTV. Le prix n'a pas été dévoilé, selon BFM "
           "Business."),
    ("en", "Velmora bought Korvane, BFM TV reported. The price was not disclosed, according to "
           "BFM Business."),
])
def test_a_tv_channel_and_a_business_channel_are_two_outlets(lang: str, text: str) -> None:
    """BFMTV (news television) and BFM Business (business channel) are different outlets."""
    x = _extract(text, lang)
    names = {e.id: e.name for e in x.entities}
    cited = {names[r.target] for r in x.relations if str(r.type) == "REPORTED_BY"}
    assert cited == {"BFMTV", "BFM Business"}, _named(x)

"""Session 15: sources (REPORTED_BY) on new text, invented sentences (names in no list,
invented outlets and bodies too), both languages.

Family 1: an analysts' note: "X analysts wrote in a note", "X's analysts said in a research
note", "analysts at X wrote in a note to clients", "selon les analystes de X", "dans une note,
les analystes de X", "selon une note de l'agence de notation X".

Family 2: an outlet named by its trade noun: "first reported by trade title X", "the rating
agency X".

Family 3: a body's decision or notification: "selon une décision publiée par l'Autorité de
régulation des marchés de X" (a capitalised body head and its lower-case complements), "a
merger notification published by the X Competition and Consumer Authority" (one body's name
cut at its conjunction).

Family 4: a document's owner between the document and the body that publishes it: "the annual
accounts of X GmbH & Co. KG published in the Y": Y is the source, not X's accounts.

Family 5: a registry's name ends with its place: "les comptes déposés au greffe du tribunal de
commerce de X font état de ..." (the verb after the place is no part of the name).

Family 6: an outlet that named a party as a possible suitor: ", which X named in May as a
possible suitor", ", que X citait parmi les prétendants".

Family 7: the article's publisher whose name ran on into a first name is still no source.

Family 8: a research firm or consultancy named with its noun after a source cue or a study's
link, or with an estimate verb ("according to market research firm X", "selon le cabinet
d'études X", "d'après une étude du cabinet X", "research firm X estimates").

Family 9: an outlet's piece ("a X report said", "declined to comment on a X report"), and
French cues of outlets ("comme l'a annoncé X", "a-t-il déclaré sur X Radio", "X l'a révélé").

Family 10: ", X reported on Tuesday, citing ..." (a time before the sources), a pair of
outlets ("X and the Y Daily reported", "according to reports by X and the Y Daily"), a name the
article uses once after "according to / selon" in a clause of its own ("according to
TechKandor."), "selon les informations obtenues par X", "lors d'un entretien avec X".

Family 11: a regulator named in the sentence and referred back to as the publisher of the
document cited ("selon une décision publiée sur le site de l'autorité", "according to a notice
on the regulator's website").

Absent: analysts with no note and no cue, a company's own note, a regulator that only
approves, a seller's named bidder, a decision with no participle.
"""

from __future__ import annotations

from datetime import date

from ontology.records import Article
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import EXTRACTOR

_R = "REPORTED_BY"

FOUND = [
    # family 1: an analysts' note
    ("en", "Velmora's margin will fall to 8% this year, Quarnix Securities analysts wrote in a "
     "note on Tuesday.", (_R, "ARTICLE", "Quarnix Securities")),
    ("en", "Velmora's margin will fall to 8% this year, Quarnix Partners's analysts said in a "
     "research note.", (_R, "ARTICLE", "Quarnix Partners")),
    ("en", "Velmora is likely to raise its offer for Zentrix, analysts at Tarlow Brothers wrote "
     "in a note to clients.", (_R, "ARTICLE", "Tarlow Brothers")),
    ("en", "In a note published on Monday, analysts at Tarlow Brothers said Velmora would need "
     "new capital.", (_R, "ARTICLE", "Tarlow Brothers")),
    ("en", "Velmora's plant will cost $2 billion, according to analysts at Tarlow Brothers.",
     (_R, "ARTICLE", "Tarlow Brothers")),
    ("fr", "Velmora devra lever des capitaux, selon les analystes de Quarnix Titres.",
     (_R, "ARTICLE", "Quarnix Titres")),
    ("fr", "Dans une note publiée lundi, les analystes de Quarnix Titres estiment que Velmora "
     "devra lever des capitaux.", (_R, "ARTICLE", "Quarnix Titres")),
    ("fr", "Velmora a relevé sa prévision de marge, selon une note de l'agence de notation "
     "Kandorating.", (_R, "ARTICLE", "Kandorating")),
    # family 2: an outlet named by its trade noun
    ("en", "The deal was first reported by trade title Quarnel Ledger.",
     (_R, "ARTICLE", "Quarnel Ledger")),
    ("en", "Velmora is buying Zentrix, according to the trade title Quarnel Ledger.",
     (_R, "ARTICLE", "Quarnel Ledger")),
    # family 3: a body's decision or notification
    ("fr", "Velmora détient 12 % de Quistor, selon une décision publiée par l'Autorité de "
     "régulation des marchés kandoriens.",
     (_R, "ARTICLE", "Autorité de régulation des marchés kandoriens")),
    ("fr", "Velmora détient 12 % de Quistor, dans une décision publiée par l'Autorité de la "
     "régulation kandorienne.", (_R, "ARTICLE", "Autorité de la régulation kandorienne")),
    ("en", "Velmora expects a ruling by January, according to a merger notification published "
     "by the Kandorian Competition and Consumer Authority.",
     (_R, "ARTICLE", "Kandorian Competition and Consumer Authority")),
    ("en", "According to a decision published by the Zorvian Markets and Energy Authority, "
     "Velmora must sell its stake in Quistor.",
     (_R, "ARTICLE", "Zorvian Markets and Energy Authority")),
    # family 4: a document's owner, then the body that publishes it
    ("en", "According to the annual accounts of Velmora Werke GmbH & Co. KG published in the "
     "Kandoranzeiger, the federal gazette, sales fell 9% to €412 million.",
     (_R, "ARTICLE", "Kandoranzeiger")),
    ("en", "Sales fell 9%, according to the accounts of Velmora Werke published in the "
     "Kandoranzeiger.", (_R, "ARTICLE", "Kandoranzeiger")),
    # family 5: a registry's name ends with its place
    ("fr", "Les comptes déposés au greffe du tribunal de commerce de Quarnelle font état d'une "
     "perte de 11 millions d'euros.",
     (_R, "ARTICLE", "greffe du tribunal de commerce de Quarnelle")),
    ("fr", "Les comptes déposés au greffe du tribunal de commerce de Lyon font état d'un "
     "chiffre d'affaires de 40 millions d'euros.",
     (_R, "ARTICLE", "greffe du tribunal de commerce de Lyon")),
    # family 6: an outlet that named a party as a possible suitor
    ("en", "Zentrix, which Kandor Ledger named in May as a possible suitor, said it had never "
     "approached Velmora.", (_R, "ARTICLE", "Kandor Ledger")),
    ("en", "Zentrix, which the Nordvik Courier named last month as one of the bidders, declined "
     "to comment.", (_R, "ARTICLE", "Nordvik Courier")),
    ("fr", "Zentrix, que Kandor Matin citait en mai parmi les prétendants, n'a pas commenté.",
     (_R, "ARTICLE", "Kandor Matin")),
    # family 8: a research firm or consultancy named with its noun
    ("en", "Velmora holds 30% of the market, according to market research firm Kandor Insight.",
     (_R, "ARTICLE", "Kandor Insight")),
    ("en", "Velmora holds 30% of the market, according to consultancy Kandor Partners.",
     (_R, "ARTICLE", "Kandor Partners")),
    ("en", "Velmora holds 30% of the market, research firm Kandor Insight estimates.",
     (_R, "ARTICLE", "Kandor Insight")),
    ("en", "Velmora holds 30% of the market, according to a report by consultancy Kandor "
     "Partners.", (_R, "ARTICLE", "Kandor Partners")),
    ("fr", "Velmora détient 30 % du marché, selon le cabinet d'études Kandor Conseil.",
     (_R, "ARTICLE", "Kandor Conseil")),
    ("fr", "Velmora détient 30 % du marché, d'après une étude du cabinet Kandor Conseil.",
     (_R, "ARTICLE", "Kandor Conseil")),
    ("fr", "Velmora détient 30 % du marché, selon les estimations du cabinet Kandor Conseil.",
     (_R, "ARTICLE", "Kandor Conseil")),
    # family 9: an outlet's piece ("a X report said"), French cues of outlets
    ("en", "A Kandor Herald report said Velmora would buy Quistor.",
     (_R, "ARTICLE", "Kandor Herald")),
    ("en", "Velmora declined to comment on a Kandor Herald report that it would buy Quistor.",
     (_R, "ARTICLE", "Kandor Herald")),
    ("en", "Velmora owns 30% of Quistor, a Kandor Herald analysis of filings shows.",
     (_R, "ARTICLE", "Kandor Herald")),
    ("fr", "Velmora va racheter Quistor, comme l'a annoncé Kandor Matin mardi.",
     (_R, "ARTICLE", "Kandor Matin")),
    ("fr", "Velmora va racheter Quistor, a-t-il déclaré sur Kandor Radio.",
     (_R, "ARTICLE", "Kandor Radio")),
    ("fr", "Kandor Matin l'a révélé mardi : Velmora va racheter Quistor.",
     (_R, "ARTICLE", "Kandor Matin")),
    # family 10: a closing report with its time and its sources; a pair of outlets; a name
    # used once after "according to" in a clause of its own; French agent and interview cues
    ("en", "Velmora is in talks to buy Quistor, Kandorpost reported on Tuesday, citing three "
     "people with knowledge of the matter.", (_R, "ARTICLE", "Kandorpost")),
    ("en", "Velmora is in talks to buy Quistor, Kandorpost and Quarnel Daily reported.",
     (_R, "ARTICLE", "Kandorpost")),
    ("en", "Velmora is in talks to buy Quistor, according to reports by Kandorpost and the "
     "Quarnel Daily.", (_R, "ARTICLE", "Quarnel Daily")),
    ("en", "Velmora is in talks to buy Quistor, according to TechKandor.",
     (_R, "ARTICLE", "TechKandor")),
    ("fr", "Velmora discute avec Quistor, selon Ouest-Kandor.", (_R, "ARTICLE", "Ouest-Kandor")),
    ("fr", "Velmora discute avec Quistor, selon les informations obtenues par Kandorpresse.",
     (_R, "ARTICLE", "Kandorpresse")),
    ("fr", "Velmora discute avec Quistor, a déclaré son PDG lors d'un entretien avec Kandor "
     "Soir.", (_R, "ARTICLE", "Kandor Soir")),
    # family 11: a regulator named in the sentence, referred back to as the document's
    # publisher
    ("en", "The Kandorian Markets Authority cleared the deal in May, according to a notice on "
     "the regulator's website.", (_R, "ARTICLE", "Kandorian Markets Authority")),
]

ABSENT = [
    # analysts with no note and no cue; a company's own note
    ("en", "Velmora analysts expect demand for the turbines to rise next year.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora hired two analysts at Quistor last year.", (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora said in a note to investors that it would sell Zentrix.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora a indiqué dans une note à ses salariés qu'il cédait Zentrix.",
     (_R, "ARTICLE", "Velmora")),
    # a regulator that only approves a deal; a decision with no participle
    ("en", "The takeover of Zentrix was approved by the Kandorian Competition and Consumer "
     "Authority in May.", (_R, "ARTICLE", "Kandorian Competition and Consumer Authority")),
    ("fr", "L'Autorité de régulation des marchés kandoriens a autorisé le rachat de Zentrix par "
     "Velmora.", (_R, "ARTICLE", "Autorité de régulation des marchés kandoriens")),
    # a seller's named bidder; a supplier named
    ("en", "Zentrix, which Velmora named in May as its preferred bidder, will pay $40 million.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Zentrix, which Velmora named last year as its main supplier, makes valves.",
     (_R, "ARTICLE", "Velmora")),
    # a research firm hired, bought or entrusted with a task; a company that announces
    ("en", "Velmora hired consultancy Kandor Partners to advise on the sale of Quistor.",
     (_R, "ARTICLE", "Kandor Partners")),
    ("en", "Velmora bought research firm Kandor Insight last year.",
     (_R, "ARTICLE", "Kandor Insight")),
    ("fr", "Velmora a racheté le cabinet Kandor Conseil en 2023.",
     (_R, "ARTICLE", "Kandor Conseil")),
    ("fr", "Velmora a confié au cabinet d'études Kandor Conseil une mission sur Quistor.",
     (_R, "ARTICLE", "Kandor Conseil")),
    ("fr", "Velmora va racheter Quistor, comme l'a annoncé Velmora mardi.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora l'a annoncé mardi : elle va racheter Quistor.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora published a Quistor report on Monday.", (_R, "ARTICLE", "Quistor")),
    # a company beside an outlet that says something; a company named again in its article
    ("en", "Velmora's sales rose 10%, Quistor and the Kandor Herald said.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "Quistor makes valves. Velmora will buy a stake in it, according to Quistor.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora will buy Quistor, according to Zentrix, which advises the seller on the "
     "deal.", (_R, "ARTICLE", "Zentrix")),
    # a company whose name opens with an article and a company's head is no title
    ("fr", "Velmora va racheter Quistor, a indiqué La Banque Kandor.",
     (_R, "ARTICLE", "La Banque Kandor")),
    ("fr", "Velmora va racheter Quistor, a confirmé La Mutuelle Kandor.",
     (_R, "ARTICLE", "La Mutuelle Kandor")),
    # a regulator that speaks or approves, with no document
    ("en", "The Kandorian Markets Authority cleared the deal in May, the regulator said.",
     (_R, "ARTICLE", "Kandorian Markets Authority")),
    ("fr", "Velmora va racheter Quistor, a indiqué Les Laboratoires Kandor.",
     (_R, "ARTICLE", "Les Laboratoires Kandor")),
    ("fr", "Velmora va racheter Quistor, a souligné Les Vignerons de Kandor.",
     (_R, "ARTICLE", "Les Vignerons de Kandor")),
    ("fr", "Velmora va racheter Quistor, a indiqué La Métropole de Kandor.",
     (_R, "ARTICLE", "La Métropole de Kandor")),
    # a name with an outlet's word that ends like a company's
    ("fr", "Velmora va racheter Quistor, a précisé Kandor Info Services.",
     (_R, "ARTICLE", "Kandor Info Services")),
    # the owner of accounts is no source when a body publishes them
    ("en", "According to the annual accounts of Velmora Werke GmbH & Co. KG published in the "
     "Kandoranzeiger, the federal gazette, sales fell 9% to €412 million.",
     (_R, "ARTICLE", "annual accounts of Velmora Werke GmbH &")),
    ("fr", "Les comptes déposés au greffe du tribunal de commerce de Quarnelle font état d'une "
     "perte de 11 millions d'euros.",
     (_R, "ARTICLE", "greffe du tribunal de commerce de Quarnelle font état")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _sources(text: str, lang: str, publisher: str) -> set[str]:
    x = EXTRACTOR.extract(Article(text=text, language=lang, date=date(2025, 6, 2),
                                  publisher=publisher))
    names = {e.id: e.name for e in x.entities}
    return {names.get(r.target, r.target) for r in x.relations if str(r.type) == _R}


def test_the_publisher_run_on_into_a_first_name_is_no_source() -> None:
    """Family 7: the article's own publisher whose name ran on into the speaker's first name
    ("a expliqué à La Gazette des Quarnelles Gwenhaël Le Bihan") is still the publisher; an
    outlet whose name only starts with the publisher's ("Kandor Times Magazine") is cited."""
    assert not _sources("« Nous voulons grandir », a expliqué à La Gazette des Quarnelles "
                        "Gwenhaël Le Bihan, présidente de Velmora.", "fr",
                        "La Gazette des Quarnelles")
    assert _sources("Velmora is buying Quistor, Kandor Times Magazine reported.", "en",
                    "Kandor Times") == {"Kandor Times Magazine"}
    assert not _sources("Velmora is buying Quistor, the Kandor Times reported.", "en",
                        "Kandor Times")

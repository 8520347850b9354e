"""Session 25, wrongs26 (wrong edges and hard negatives): a founder or officer who handed over
the post or sold all the shares is a former holder ("avait déjà cédé la présidence", "cède
l'intégralité de ses parts", "had already handed over the chairmanship", "sold all his shares"),
also past an age set off after the name ("P, 67 ans,", "P, 67,"), not when the clause goes on
with "but" and a verb of staying ("mais continuera d'en assurer la direction"); the article's
own publisher also as "X English Edition" cited "told X" and "The X Ledger" cited "the Ledger"
(not "The Times" in a "Financial Times" article); a list that repeats its preposition ("dominé
par A et par B", "by A and by B") is one list, so its apposition ("ses deux principaux
concurrents") belongs to no member; a name under "its own X label" is goods. Invented names
only; the near misses stay as they were."""

from __future__ import annotations

from datetime import date

from ontology.records import Article
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import EXTRACTOR

FOUND = [
    # a role kept: nothing of leaving, or leaving shares "but" staying on
    ("fr", "Le fondateur de Zentrix, Paul Quistor, 67 ans, reste président.",
     ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("fr", "Le fondateur de Zentrix, Paul Quistor, a cédé la totalité de ses parts mais "
     "continuera d'en assurer la direction générale jusqu'à la fin 2027.",
     ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("en", "Zentrix founder Paul Quistor, 67, remains chairman.",
     ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("en", "Zentrix founder Paul Quistor sold all his shares but will remain chief executive "
     "until 2027.", ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    # a list repeating its preposition: each member against the subject
    ("en", "Zentrix operates in a market dominated by Quistor and by Velmora, its two main "
     "competitors.", ("COMPETES_WITH", "Zentrix", "Quistor")),
    ("en", "Zentrix operates in a market dominated by Quistor and by Velmora, its two main "
     "competitors.", ("COMPETES_WITH", "Zentrix", "Velmora")),
    ("fr", "Zentrix a été racheté par Quistor et par Velmora.", ("ACQUIRES", "Velmora", "Zentrix")),
    # a customer after goods sold under the seller's own label
    ("en", "Zentrix sells its mattresses under its own Quistor label to Velmora.",
     ("SUPPLIES", "Zentrix", "Velmora")),
]

ABSENT = [
    # former: the post handed over, all shares sold and the management left
    ("fr", "Le fondateur de Zentrix, Paul Quistor, avait déjà cédé la présidence de l'entreprise "
     "en 2022 à Marie Velmora.", ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("fr", "Le fondateur de Zentrix, Paul Quistor, 67 ans, cède l'intégralité de ses parts et "
     "quitte la direction de l'entreprise.", ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("en", "Zentrix founder Paul Quistor, 67, sold all his shares in the deal.",
     ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    ("en", "Zentrix founder Paul Quistor had already handed over the chairmanship to Ada Velmora "
     "in 2022.", ("EXECUTIVE_OF", "Paul Quistor", "Zentrix")),
    # the apposition of a list repeating its preposition: the subject's rivals, not each other's
    ("fr", "Zentrix évolue sur un marché dominé par Quistor et par Velmora, ses deux principaux "
     "concurrents.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Zentrix operates in a market dominated by Quistor and by Velmora, its two main "
     "competitors.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Zentrix is up against Quistor and against Velmora, its two main rivals.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # the seller's own label is goods, no customer
    ("en", "Zentrix buys most of its fish from local processors and sells under its own Quistor "
     "label in Scandinavia.", ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", "Zentrix sells its mattresses under its own Quistor label to Velmora.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    ("fr", "Zentrix vend ses conserves sous sa propre marque Quistor en Scandinavie.",
     ("SUPPLIES", "Zentrix", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _sources(text: str, language: str, publisher: str) -> list[str]:
    x = EXTRACTOR.extract(Article(text=text, language=language, date=date(2026, 6, 2),
                                  publisher=publisher))
    names = {e.id: e.name for e in x.entities}
    return [names.get(r.target, r.target) for r in x.relations
            if str(r.type) == "REPORTED_BY" and r.status.asserted]


def test_the_publisher_cited_by_its_outlet_word_is_no_source() -> None:
    text = ("Zentrix sells pumps. \"We wanted a patient partner,\" said Ada Velmora, who became "
            "chief executive in 2021, in an interview with the Ledger.")
    assert not _sources(text, "en", "The Quarnel Ledger")


def test_the_publisher_without_its_language_edition_is_no_source() -> None:
    text = ("Zentrix sells pumps. \"We are buying ourselves time,\" chief executive Ada Velmora "
            "told Quarnelblatt.")
    assert not _sources(text, "en", "Quarnelblatt English Edition")


def test_another_paper_with_the_publisher_outlet_word_is_a_source() -> None:
    text = "Zentrix sells pumps. The Times reported this month that Quistor had made an offer."
    assert _sources(text, "en", "Quarnel Times")

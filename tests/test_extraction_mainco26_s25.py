"""Session 25, mainco26 (the article's main company typed wrong): a company's apposed
description reads a fourth word before its noun when the noun closes the description ("X, a
family-owned cork stopper maker based in ..."), so a firm the article then shortens to its
last word is no person; a one-word name used as a company's (its possessive opens a company
role, a role or a stake is of it: "Y's chief executive", "18% of Y", "le directeur général
de Y") keeps the full name it shortens from being a person's; a name ending in a maker's word
("Systems", "Technologies") is no outlet whatever outlet word it holds ("Radio").
Invented names only; the near misses stay out."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import found_and_absent

_EXTRACTOR = RuleExtractor()


def _types(lang: str, text: str) -> dict[str, str]:
    """The type the article's registry gives each name."""
    doc, registry = _EXTRACTOR.analyse(Article(text=text, language=lang,
                                               date=date(2025, 6, 2), publisher="Test Wire"))
    return {m.text: str(registry.type_of(m.entity)) for ms in doc.mentions for m in ms
            if m.kind == "name" and m.entity}


_LONG = ("Zorbelia Quenvard, a family-owned structural steel company from the Sauerland, has "
         "won a framework agreement from Velmotrans. Quenvard will hire 150 welders, Quenvard "
         "said.")
_LONG_MAKER = ("Sughelia Brantolese, a family-owned cork stopper maker based in Tempio, said it "
               "had raised money. Brantolese posted revenue of 52 million euros.")
_ROLE_EN = ("Conservela Marquenta is buying Korvane Foods. Marquenta buys sardines from Quistor, "
            "said Ana Velm, Marquenta's chief executive.")
_STAKE_EN = ("Conservela Marquenta is buying Korvane Foods. Fund Zelbar bought 18% of Marquenta "
             "last year, Marquenta said.")
_ROLE_FR = ("Conservela Marquenta rachète Korvane. « Nous grandissons », a déclaré Marquenta. "
            "Ana Velm, directrice générale de Marquenta, a confirmé l'accord.")
_RADIO = ("Quistor has chosen Velmaro Radio Systems, a Finnish start-up that designs radio "
          "units, to supply radios for 2,500 sites.")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", _LONG, "Zorbelia Quenvard"),
    ("en", _LONG_MAKER, "Sughelia Brantolese"),
    ("en", _ROLE_EN, "Conservela Marquenta"),
    ("en", _STAKE_EN, "Conservela Marquenta"),
    ("fr", _ROLE_FR, "Conservela Marquenta"),
    ("en", _RADIO, "Velmaro Radio Systems"),
])
def test_main_company_is_a_company(lang: str, text: str, name: str) -> None:
    assert _types(lang, text).get(name) == "Company"


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # a former executive of a company is a person, however long the description
    ("en", "Torvald Quenbury, a former structural steel company executive, joined Velmora. "
     "Quenbury said he was pleased.", "Torvald Quenbury", "Person"),
    # a person's surname said alone, and "of" after no role nor stake, stays a person's
    ("en", "Torvald Quenbury joined Velmora Foods in May. The daughter of Quenbury runs "
     "Korvane, Quenbury said.", "Torvald Quenbury", "Person"),
    # an outlet with an outlet word and no maker's ending stays an outlet
    ("en", "Quistor bought Velmaro, the Velmaro Radio Journal reported.", "Velmaro Radio Journal",
     "Publisher"),
])
def test_near_misses_keep_their_type(lang: str, text: str, name: str, kind: str) -> None:
    assert _types(lang, text).get(name) == kind


FOUND = [
    ("en", _LONG_MAKER + " Brantolese has teamed up with Milan start-up Tappelo to clean "
     "stoppers.", ("PARTNERS_WITH", "Brantolese", "Tappelo")),
    ("en", _ROLE_EN, ("EXECUTIVE_OF", "Ana Velm", "Marquenta")),
]
ABSENT = [
    ("en", "Torvald Quenbury, a former structural steel company executive, joined Velmora. "
     "Quenbury said he was pleased.", ("EXECUTIVE_OF", "Torvald Quenbury", "Torvald Quenbury")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 23 (hub23): which company an article is about when one firm is written under several
names. Names that pool (one's words open or end another's) form one group counted once, and the
member the article names most often leads; an organisation noun opening a name of three words
or more ("Maison", "Groupe") is left out when names are compared, so "Maison Quendal & Fils"
pools with "Quendal". Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.conftest import main_company_name

CASES = [
    # a long name named once no longer gathers the counts of two shorter names of its own
    ("en", "Brelvan & Coyle Parts, the aftersales arm of Brelvan & Coyle, has agreed to buy "
           "Tarnwick Commercials.\n\nBrelvan & Coyle runs 40 depots. Coyle Parts sells brakes. "
           "Tarnwick Commercials runs twelve sites.\n\nBrelvan & Coyle expects growth. "
           "Tarnwick Commercials will keep its name. Brelvan & Coyle declined to comment.",
     "Brelvan & Coyle"),
    ("fr", "Le serrurier breton Maison Quendal & Fils a annoncé le rachat de Vorlane "
           "Sécurité, fabricant de portes blindées.\n\nVorlane Sécurité emploie 300 personnes, "
           "a résumé Lucie Quendal-Marest, présidente du groupe familial.\n\nVorlane Sécurité "
           "garde son site. Quendal investira 5 millions. Vorlane Sécurité exporte peu. "
           "Quendal recrute. Quendal a signé avec Dorvane. Quendal exporte.",
     "Quendal"),
    # no organisation noun opens the name: it does not pool with the short name inside it
    ("fr", "Le serrurier breton Rivière Quendal & Fils a annoncé le rachat de Vorlane "
           "Sécurité, fabricant de portes blindées.\n\nVorlane Sécurité emploie 300 personnes, "
           "a résumé Lucie Quendal-Marest, présidente du groupe familial.\n\nVorlane Sécurité "
           "garde son site. Quendal investira 5 millions. Vorlane Sécurité exporte peu. "
           "Quendal recrute. Quendal a signé avec Dorvane. Quendal exporte.",
     "Vorlane Sécurité"),
    # two firms that share no opening or closing words stay apart
    ("en", "Brelvan Motors agreed to buy Tarnwick Commercials.\n\nTarnwick Commercials runs "
           "twelve sites. Brelvan Motors runs 40 depots.\n\nTarnwick Commercials will keep its "
           "name. Tarnwick Commercials expects growth.",
     "Tarnwick Commercials"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_topic(lang: str, text: str, expected: str) -> None:
    assert main_company_name(lang, text) == expected

"""Session 25, pronouns (the reference layer's missing mentions): a French dative clitic
before its verb ("qui lui livre", "Y lui a confié", "leur loue") is a pronoun mention
(`Mention.clitic`, no unit of the sentence view), resolved to a company other than its verb's
subject (`resolution._dative`: the sentence's subject before it, else the previous sentence's
lead, else the article's company; the company named last when a thing is the verb's subject:
"une augmentation de capital lui donnant 30 %"); a stressed "lui" ("quant à lui", "lui-même",
"à lui seul", "lui, de ...") and the possessive "leur" before a noun are none. A supply verb
takes the clitic's company as its customer when no name before the subject stands for it, and
finds the clitic past adverbs ("lui a par ailleurs confié") and before "en" ("qui lui en
livre"); a lone name before "lui a également attribué" is a name. Description nouns the
lexicon lacked ("le conserveur", "the cannery", "the mill") and plural ones ("the
two sides", "les deux parties") are mentions.
Invented names only; the near misses stay out."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.mentions import PLURAL
from loaders.readers import Article
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import EXTRACTOR

_FR = "Zentrix fabrique des compteurs d'eau à Annecy. Zentrix exporte au Canada.\n\n"
_EN = "Zentrix makes water meters in Leeds. Zentrix exports to Canada.\n\n"


def _last_sentence(text: str, lang: str) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    """(kind, text, clitic, resolved names) of every mention of the text's last sentence."""
    doc, registry = EXTRACTOR.analyse(Article(text=text, language=lang, date=date(2025, 6, 2),
                                              publisher="Test Wire"))
    names = {r.id: r.name for r in registry.records.values()}
    return [(m.kind, m.text, m.clitic, tuple(names.get(e, e) for e in m.resolved))
            for m in doc.mentions[-1]]


CLITICS = [
    # the antecedent of "qui" is the verb's subject; the clitic is the passage's company
    (_FR + "Parmi ses clients figure Velmora, qui lui achète chaque année 4 000 compteurs.",
     "Zentrix"),
    # the sentence's subject before the relative clause
    ("Zentrix compte parmi ses clients la régie Velmora, qui lui a commandé 400 compteurs.",
     "Zentrix"),
    # coordinated subjects are both the verb's
    (_FR + "Velmora et Quistor lui confient depuis 2020 la pose de leurs réseaux.", "Zentrix"),
    # the subject of an object relative comes after the verb
    ("Zentrix utilise des puces que lui fournit le fondeur Velmora.", "Zentrix"),
    # a thing is the verb's subject: the company named last before it
    ("Le fonds Korvane a souscrit à une augmentation de capital lui donnant 30 % de Zentrix.",
     "Korvane"),
    # past an auxiliary and an adverb
    (_FR + "Le groupe Kerbalis lui a également attribué en septembre un contrat de pose.",
     "Zentrix"),
]


@pytest.mark.parametrize(("text", "antecedent"), CLITICS)
def test_dative_clitic_is_a_mention(text: str, antecedent: str) -> None:
    found = [m for m in _last_sentence(text, "fr") if m[2]]
    assert len(found) == 1, found
    assert found[0][3][:1] == (antecedent,), found


NOT_CLITICS = [
    _FR + "Velmora, qui réalise à lui seul 30 % des ventes, a doublé sa production.",
    _FR + "Velmora s'approvisionne quant à lui auprès de Quistor.",
    _FR + "Velmora a lui-même racheté Quistor en 2021.",
    _FR + "Le caoutchouc provient, lui, de Velmora.",
    _FR + "Velmora et Quistor ont doublé leur chiffre d'affaires en 2024.",
    _FR + "Velmora a fait de lui le premier fournisseur de Quistor.",
]


@pytest.mark.parametrize("text", NOT_CLITICS)
def test_stressed_pronoun_or_possessive_is_no_clitic(text: str) -> None:
    assert not [m for m in _last_sentence(text, "fr") if m[2]]


DESCRIPTIONS = [
    ("fr", "Zentrix, un conserveur breton, vend des sardines.\n\nLe conserveur emploie 300 "
     "personnes.", "le conserveur", "Zentrix"),
    ("en", "Zentrix, a Cornish cannery, packs sardines.\n\nThe cannery employs 300 people.",
     "the cannery", "Zentrix"),
]


@pytest.mark.parametrize(("lang", "text", "noun", "antecedent"), DESCRIPTIONS)
def test_trade_description_is_a_mention(lang: str, text: str, noun: str,
                                        antecedent: str) -> None:
    found = [m for m in _last_sentence(text, lang) if m[1].casefold() == noun]
    assert found and found[0][3][:1] == (antecedent,), _last_sentence(text, lang)


PLURALS = [
    ("en", "Zentrix agreed to buy Quistor in May.\n\nThe two sides had held talks since 2023.",
     "the two sides"),
    ("fr", "Zentrix va racheter Quistor.\n\nLes deux parties ont signé un protocole d'accord.",
     "deux parties"),
]


@pytest.mark.parametrize(("lang", "text", "words"), PLURALS)
def test_plural_of_two_parties(lang: str, text: str, words: str) -> None:
    found = [m for m in _last_sentence(text, lang) if m[0] == PLURAL]
    assert found and words in found[0][1].casefold(), _last_sentence(text, lang)
    assert set(found[0][3]) == {"Zentrix", "Quistor"}, found


FOUND = [
    # "en" between the clitic and its verb
    ("fr", _FR + "La régie Velmora, qui lui en achète quatre cents par an, est basée à Lyon.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # an adverb between the auxiliary and the participle
    ("fr", _FR + "Le groupe Kerbalis lui a également attribué en septembre un contrat de pose.",
     ("SUPPLIES", "Zentrix", "Kerbalis")),
    # a trade description the lexicon lacked
    ("fr", "Zentrix, un conserveur breton, vend des sardines.\n\nLe conserveur emploie 300 "
     "personnes et livre Velmora.", ("SUPPLIES", "Zentrix", "Velmora")),
]

ABSENT = [
    # "en vouloir à": no supply verb
    ("fr", _FR + "La régie Velmora, qui lui en veut encore, a porté plainte.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", _FR + "La régie Velmora, qui lui en veut encore, a porté plainte.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    # a stressed pronoun is nobody's customer
    ("fr", _FR + "Le caoutchouc provient, lui, de Velmora.", ("SUPPLIES", "Velmora", "Velmora")),
    # what the frame blocks after the clitic: a seat on the board
    ("fr", _FR + "Parmi ses soutiens figure la régie Velmora, qui lui confie la présidence de "
     "son conseil.", ("SUPPLIES", "Zentrix", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

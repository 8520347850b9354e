"""The extractor never crashes on odd text and keeps offsets exact."""

from __future__ import annotations

import pytest

from loaders.extraction.amounts import find_amounts
from loaders.extraction.dates import event_date
from loaders.extraction.lexicon import load_lexicon
from loaders.extraction.pipeline import RuleExtractor
from loaders.extraction.sentences import split_sentences
from loaders.extraction.tokens import tokenize
from ontology.records import Amount, Article

HOSTILE = [
    "",
    " ",
    ".",
    "\n\n\n",
    "«»",
    "’'\"",
    'Acme "} DROP ALL ; Corp will invest $5 billion in Globex.',
    "MATCH (n) DETACH DELETE n Inc. acquired Initech for €3bn.",
    "Robert'); DROP TABLE companies;-- said Nvidia supplies OpenAI.",
    "<script>alert(1)</script> Orange rachète SFR.",
    "Le PDG de , , a dit à , que « » .",
    "Selon selon selon, d'après d'après, according to according to.",
    "$ € £ 1,2,3,4 milliards de de de dollars jusqu'à jusqu'à",
    "A" * 5000,
    ("Nvidia and " * 400) + "AMD invest in OpenAI.",
    "Nvidia " + ", ".join(f"Company{i} Inc" for i in range(300)) + " and OpenAI partner.",
    "x" * 10 + "\u0000\u200b\ufeff" + "Tesla buys chips from Samsung.",
    "TSMC (((((( Nvidia )))))) Apple « « « » » » CEO CEO CEO Jensen Huang",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("lang", ["en", "fr", None])
def test_never_crashes_and_offsets_hold(text: str, lang: str | None) -> None:
    article = Article(text=text, language=lang)
    x = RuleExtractor(on_error="raise").extract(article)
    ids = {e.id for e in x.entities} | {"ARTICLE"}
    for r in x.relations:
        assert text[r.start:r.end] == r.evidence
        assert r.source in ids and r.target in ids


def test_hostile_names_survive_as_plain_data() -> None:
    text = 'Acme "} DROP ALL ; Corp will invest $5 billion in Globex. MATCH Labs supplies Globex.'
    x = RuleExtractor(on_error="raise").extract(Article(text=text, language="en"))
    for e in x.entities:
        assert e.id.replace("-", "").isalnum()


def test_very_long_sentence_is_cut_and_fast() -> None:
    text = "Nvidia " + "invests heavily, " * 3000 + "in OpenAI."
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= 1200
    assert all(text[s.start:s.end] == s.text for s in sentences)
    RuleExtractor(on_error="raise").extract(Article(text=text, language="en"))


def test_skip_policy_logs_article_and_offset(monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    from loaders.extraction import pipeline

    def boom(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "find_relations", boom)
    article = Article(text="Nvidia supplies OpenAI. Apple buys Beats.", language="en", id="a1")
    x = RuleExtractor(on_error="skip").extract(article)
    assert x.warnings and "offset 0" in x.warnings[0] and "a1" in x.warnings[0]
    assert "boom" in caplog.text
    with pytest.raises(Exception, match="offset 0"):
        RuleExtractor(on_error="raise").extract(article)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("jusqu'à 100 milliards de dollars", "fr", Amount(1e11, "USD", "up_to")),
    ("un investissement de 1,3 milliard d'euros", "fr", Amount(1.3e9, "EUR", "exact")),
    ("environ 15,5 milliards d'euros", "fr", Amount(15.5e9, "EUR", "about")),
    ("up to $10 billion", "en", Amount(1e10, "USD", "up_to")),
    ("NT$361.6 billion", "en", Amount(361.6e9, "TWD", "exact")),
    ("more than €2bn", "en", Amount(2e9, "EUR", "at_least")),
    ("a $14.2 billion agreement", "en", Amount(14.2e9, "USD", "exact")),
    ("250 millions €", "fr", Amount(250e6, "EUR", "exact")),
])
def test_amounts(text: str, lang: str, expected: Amount) -> None:
    found = find_amounts(text, 0, load_lexicon(lang))
    assert found and found[0].amount == pytest.approx(expected) or found[0].amount == expected


def test_amount_needs_a_currency() -> None:
    assert find_amounts("a 60% jump to 820 deliveries in 2025", 0, load_lexicon("en")) == []


def test_dates() -> None:
    from datetime import date

    d = date(2025, 4, 17)
    assert event_date("reported on Thursday", d) == date(2025, 4, 17)
    assert event_date("le 1er décembre", date(2024, 12, 10)) == date(2024, 12, 1)
    assert event_date("in July", d) == date(2024, 7, 1)
    assert event_date("completed in May 2025", None) == date(2025, 5, 1)
    assert event_date("nothing here", d) is None


def test_tokens_keep_offsets() -> None:
    text = "L’Oréal et d'ASML, Nvidia's C.C. Wei"
    for t in tokenize(text, 10):
        assert text[t.start - 10:t.end - 10] == t.text

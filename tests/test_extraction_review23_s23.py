"""Session 23, review of the session's change (branch s23-review23): lists and helpers that
several passes had written apart are one now. The output on every material set is unchanged;
on text the merged lists read a little wider, as their union does. Invented names only.

- One organisation-noun test (`org_noun`, `org_noun_plural` in mentions.py) for a name's
  first word and for the plural class before a list of customers ("to laboratories, including
  A and B"; "hôpitaux" read as "hôpital").
- One family of brand nouns (`BRAND_NOUNS`, `LINE_NOUNS`, `BRAND_OR_SIGN_NOUNS` in
  lexicon.py) for the mention and relation stages.
- The nouns that take up a failed deal after ", but" include the talk nouns of modality.py
  ("but the meetings were abandoned").
"""

from __future__ import annotations

from loaders.extraction.lexicon import BRAND_NOUNS, BRAND_OR_SIGN_NOUNS, LINE_NOUNS, load_lexicon
from loaders.extraction.mentions import org_noun, org_noun_plural
from tests.test_extraction_families import found_and_absent

_ZQ = ("SUPPLIES", "Zentrix", "Quistor")
_ZV = ("SUPPLIES", "Zentrix", "Velmora")
_BUY = ("ACQUIRES", "Zentrix", "Quistor")

FOUND = [
    # the plural of an organisation noun opens a list of customers
    ("en", "Zentrix supplies lasers to laboratories, including Quistor and Velmora.", _ZV),
    ("en", "Zentrix supplies lasers to several laboratories, including Quistor and Velmora.",
     _ZQ),
    ("fr", "Zentrix livre ses robots à des hôpitaux, dont Quistor et Velmora.", _ZV),
    ("fr", "Zentrix fournit des lasers à des laboratoires, dont Quistor et Velmora.", _ZQ),
    # a deal that nothing undoes
    ("en", "Zentrix agreed to buy Quistor.", _BUY),
]

ABSENT = [
    # the talks, by any talk noun, failed after ", but"
    ("en", "Zentrix agreed to buy Quistor, but the meetings were abandoned.", _BUY),
    ("en", "Zentrix agreed to buy Quistor, but the talks were abandoned.", _BUY),
    # products, not a class of companies, before the list
    ("en", "Zentrix supplies lasers in several models, including Quistor and Velmora.", _ZQ),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_org_noun_plural() -> None:
    """Plurals of organisation nouns, "-aux" read as "-al"; not singulars nor "-ss" / "-us"
    words, nor plain plurals of other nouns."""
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert org_noun_plural("hopitaux", fr) and org_noun("hopitaux", fr)
    assert org_noun_plural("laboratoires", fr) and org_noun_plural("laboratories", en)
    assert not org_noun_plural("hopital", fr)
    assert not org_noun_plural("lasers", en) and not org_noun_plural("robots", fr)
    assert not org_noun_plural("process", en) and not org_noun_plural("bus", fr)


def test_brand_families() -> None:
    """The brand nouns are one family; a shop sign and the lines of goods are added to it,
    never mixed into it."""
    assert {"brand", "brands", "label", "marque", "marques"} <= BRAND_NOUNS
    assert BRAND_NOUNS < BRAND_OR_SIGN_NOUNS and "enseigne" in BRAND_OR_SIGN_NOUNS
    assert not BRAND_NOUNS & LINE_NOUNS and "enseigne" not in LINE_NOUNS

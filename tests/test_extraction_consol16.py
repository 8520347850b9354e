"""Session 16, one word list per meaning: the rule that reads a one-word capitalised name
between a company's "'s" and a facility noun as a site ("Velmora's Tarvenec plant"), pinned by
found/absent names (mentions.py `_is_site`). Every company and place here is made up and in no
list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names


def _check_found(lang: str, text: str, expected: str) -> None:
    """The name is found as a name mention."""
    assert expected in _names(text, lang)


def _check_absent(lang: str, text: str, unwanted: str) -> None:
    """The name is no name mention (a site, not a company)."""
    assert unwanted not in _names(text, lang)


FOUND = [
    # the owner before "'s" stays a name
    ("en", "Quistor will supply Velmora's Tarvik plant with steel.", "Velmora"),
    ("en", "Velmora's Harnby site will close next year.", "Velmora"),
    # two words, a company's ending: the company's plant, not a site
    ("en", "Velmora's Quelbrook Industries plant will supply Kandor.", "Quelbrook Industries"),
    ("en", "Velmora's Dornell Systems factory makes pumps.", "Dornell Systems"),
    # the other party of the sentence is untouched
    ("en", "Velmora's Tarvenec plant makes engines for Quistor.", "Quistor"),
]

ABSENT = [
    # one capitalised word between a name's "'s" and a facility noun: a site
    ("en", "Quistor will supply Velmora's Tarvik plant with steel.", "Tarvik"),
    ("en", "Velmora's Tarvenec plant makes engines for Quistor.", "Tarvenec"),
    ("en", "Quistor supplies Velmora's Harnby factory.", "Harnby"),
    ("en", "Velmora's Harnby site will close next year.", "Harnby"),
    ("en", "Velmora's Quelbrook plant and Kandor's Dornell plant will close.", "Dornell"),
    ("en", "Velmora's Quelbrook plant and Kandor's Dornell plant will close.", "Quelbrook"),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, _check_found, _check_absent)

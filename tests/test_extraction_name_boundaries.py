"""Name boundaries, session 13 (issue 11): names cut short or run together by mention detection.
Invented sentences, names in no list, both languages where the form occurs. Each name comes
out whole; the guarded forms keep their boundary."""

from __future__ import annotations

import pytest

from tests.test_extraction_mentions_cues import _names

WHOLE = [
    # a capitalised title word inside a name, before its legal form or organisation head
    ("en", "Korvane signed a supply deal with Shenzhen Quistor Technology Co. last week.",
     "Shenzhen Quistor Technology Co."),
    ("en", "Korvane bought Velmora Technology Ltd in May.", "Velmora Technology Ltd"),
    # French: a capitalised common noun after a descriptor goes on through "de"
    ("fr", "La coopérative Terres de Lait Atlantique a signé un contrat avec Korvane.",
     "Terres de Lait Atlantique"),
    # ... and a sentence-initial common noun with no article goes on through "de"
    ("fr", "Terres de Lait Atlantique exporte du lait vers Korvane.",
     "Terres de Lait Atlantique"),
    # "X of <place>" where X is a common noun or ends in one
    ("en", "Dairy Growers of Ohio signed a supply deal with Korvane.", "Dairy Growers of Ohio"),
    ("en", "Its lamps are sold through Books of Norway and Quistor.", "Books of Norway"),
    # a conjunction of another language between two capitalised words
    ("fr", "Selon Handel und Wandel, Korvane va racheter Quistor.", "Handel und Wandel"),
    ("en", "Korvane will buy Quistor, Handel und Wandel reported.", "Handel und Wandel"),
    # a letter-and-digits name after a company descriptor
    ("en", "The neobank Q26 raised $20 million from Korvane.", "Q26"),
    # a single capital letter closes a name
    ("en", "Velmora X raised $20 million from Korvane.", "Velmora X"),
    ("fr", "Velmora X a levé 20 millions d'euros auprès de Korvane.", "Velmora X"),
]

KEPT = [
    # an English conjunction is a boundary
    ("en", "Korvane and Quistor signed a deal.", "Korvane and Quistor"),
    ("fr", "Korvane et Quistor ont signé un accord.", "Korvane et Quistor"),
    # one proper name and a place: a company from a place
    ("en", "Korvane signed a deal with Siemens of Germany.", "Siemens of Germany"),
    ("en", "Korvane said Quistor of Germany will supply the turbines.", "Quistor of Germany"),
    # "de" after a name that is no common noun starts a complement
    ("fr", "Velmora de Quistor a signé un accord avec Korvane.", "Velmora de Quistor"),
    # a place complement is not chained to a second one
    ("fr", "Korvane a racheté les Ateliers de Lyon de Quistor.", "Ateliers de Lyon de Quistor"),
    # a title word not before a legal form or organisation head stays out
    ("en", "Quistor Technology chief Ana Ruiz said the plant would open.",
     "Quistor Technology chief"),
    # products: letter and digits, a model letter
    ("en", "Korvane ordered ten A320 from Quistor.", "A320"),
    ("en", "Korvane unveiled its Model X in June.", "Korvane Model X"),
]


@pytest.mark.parametrize(("lang", "text", "name"), WHOLE)
def test_name_comes_out_whole(lang: str, text: str, name: str) -> None:
    names = _names(text, lang)
    assert name in names, names


@pytest.mark.parametrize(("lang", "text", "joined"), KEPT)
def test_boundary_is_kept(lang: str, text: str, joined: str) -> None:
    names = _names(text, lang)
    assert joined not in names, names
    assert names, "the sentence still has names"


def test_place_after_one_name_is_a_place() -> None:
    names = _names("Korvane signed a deal with Siemens of Germany.", "en")
    assert "Siemens" in names and "Germany" not in names, names

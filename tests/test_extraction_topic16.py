"""Session 16: which company an article is about when its lead's subject enters another's
capital ("Velmora entre au capital de Quistor"): the lead is about the company invested in, not
the investor named first; a company that opens its own capital to an investor ("l'entrée à son
capital du fonds Y") stays the topic. "a stake in" / "une participation dans" are left out (they
moved nothing read and "a stake in" cost a held-out relation): the investor stays the topic.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.conftest import main_company_name

CASES = [
    ("fr", "Le fonds Velmora Partners est entré au capital du fabricant Quistor "
           "Optique, une PME de Brest.\n\nL'opération sera menée avec Drelmont Capital.\n\n"
           "Quistor Optique emploie 80 personnes. Velmora Partners gère 2 milliards.",
     "Quistor Optique"),
    ("fr", "Velmora Partners entre au capital de Quistor Optique, fabricant de lentilles.\n\n"
           "Le fonds Drelmont Capital accompagne l'opération.\n\n"
           "Quistor Optique exporte en Asie. Velmora Partners a déjà investi dans le secteur.",
     "Quistor Optique"),
    ("en", "Kandor Ventures has agreed to take a 20% stake in Brellix Robotics, a Leeds "
           "start-up making warehouse arms.\n\nThe round also includes Torvane Capital.\n\n"
           "Brellix Robotics sells to retailers. Kandor Ventures manages $3 billion.",
     "Kandor Ventures"),  # left: "a stake in" keeps the investor (see the docstring)
    # the subject opens its own capital: it stays the topic
    ("fr", "La maison Quistor Optique a annoncé l'entrée à son capital du fonds Velmora "
           "Partners, qui prend une participation de 30 %.\n\nLe fonds Drelmont Capital "
           "reste actionnaire.\n\nVelmora Partners a déjà investi dans le secteur.",
     "Quistor Optique"),
    ("en", "Brellix Robotics said Kandor Ventures will take a stake in its capital.\n\n"
           "Torvane Capital also joins.\n\nKandor Ventures manages $3 billion.",
     "Brellix Robotics"),
    # a capital increase subscribed by an investor names no holding in it
    ("fr", "Quistor Optique a bouclé une augmentation de capital souscrite par Velmora "
           "Partners.\n\nDrelmont Capital suit.\n\nVelmora Partners gère 2 milliards.",
     "Quistor Optique"),
    # no holding: the subject stays the topic
    ("en", "Kandor Ventures agreed to supply Brellix Robotics with sensors.\n\n"
           "Torvane Capital was not involved.\n\nBrellix Robotics sells to retailers.",
     "Kandor Ventures"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_topic(lang: str, text: str, expected: str) -> None:
    assert main_company_name(lang, text) == expected

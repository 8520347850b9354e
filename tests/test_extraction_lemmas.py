"""Session 11, lemma-based triggers (experiment): cue words in forms no list had.

The frames and lexicons list inflected forms by hand; loaders/extraction/lemmas.py expands
them at load time to the other forms of their lemma (simplemma's dictionaries). These
invented sentences use forms that were listed nowhere (imperfect, conditional, "se mesurait",
"vied", "rivalled", "sparred"); names are in no list.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_found

FOUND = [
    (
        "fr",
        "Les fonds Korvane et Zentrix investissaient déjà dans Velmora en 2019.",
        ("INVESTS_IN", "Korvane", "Velmora"),
    ),
    (
        "fr",
        "Selon nos informations, Velmora rachèterait Quistor pour 300 millions d'euros.",
        ("ACQUIRES", "Velmora", "Quistor"),
    ),
    (
        "fr",
        "Sur ce marché, Velmora se mesurait à Korvane et à Zentrix.",
        ("COMPETES_WITH", "Velmora", "Korvane"),
    ),
    (
        "fr",
        "Velmora fournissait les batteries de Quistor depuis 2018.",
        ("SUPPLIES", "Velmora", "Quistor"),
    ),
    (
        "fr",
        "Le groupe Velmora détiendra 30 % de Quistor à l'issue de l'opération.",
        ("INVESTS_IN", "Velmora", "Quistor"),
    ),
    (
        "fr",
        "Velmora concurrençait directement Quistor sur les turbines.",
        ("COMPETES_WITH", "Velmora", "Quistor"),
    ),
    (
        "fr",
        "Velmora et Quistor s'allieront pour produire des moteurs.",
        ("PARTNERS_WITH", "Velmora", "Quistor"),
    ),
    ("fr", "Velmora acquerra Quistor d'ici la fin de l'année.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora approvisionnait Quistor en acier.", ("SUPPLIES", "Velmora", "Quistor")),
    (
        "fr",
        "Velmora rachetant Quistor, le secteur se concentre.",
        ("ACQUIRES", "Velmora", "Quistor"),
    ),
    (
        "en",
        "Velmora has long vied with Quistor for airline orders.",
        ("COMPETES_WITH", "Velmora", "Quistor"),
    ),
    (
        "en",
        "Velmora co-invests in Quistor alongside its parent.",
        ("INVESTS_IN", "Velmora", "Quistor"),
    ),
    (
        "en",
        "Velmora rivalled Quistor in the turbine market for a decade.",
        ("COMPETES_WITH", "Velmora", "Quistor"),
    ),
    (
        "en",
        "Velmora has been supplying Quistor with steel since 2018.",
        ("SUPPLIES", "Velmora", "Quistor"),
    ),
    (
        "en",
        "Velmora sparred with Quistor over airline contracts.",
        ("COMPETES_WITH", "Velmora", "Quistor"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_unlisted_form_is_read(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)

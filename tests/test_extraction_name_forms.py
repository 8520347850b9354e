"""Name boundaries by form (session 12): multiword French names with "de" inside and hyphen
chains that are places. Invented sentences, names in no list."""

from __future__ import annotations

import pytest

from tests.test_extraction_mentions_cues import check_absent, check_found

FOUND = [
    # a capitalised word after a lower-case article inside a French sentence opens a name
    # that goes on with "de", "du", "des", "de la", "de l'" and a capitalised word
    ("fr", "Korvane a racheté 70 % du capital des Conserveries du Morvan.",
     ("ACQUIRES", "Korvane", "Conserveries du Morvan")),
    ("fr", "Quistor a annoncé que Korvane rachètera les Ateliers de l'Ouest.",
     ("ACQUIRES", "Korvane", "Ateliers de l'Ouest")),
    ("fr", "Korvane a racheté la Fonderie de la Vézère.",
     ("ACQUIRES", "Korvane", "Fonderie de la Vézère")),
    ("fr", "Korvane a pris une participation dans les Laiteries des Trois Vallons.",
     ("INVESTS_IN", "Korvane", "Laiteries des Trois Vallons")),
    # a name ending in an organisation's head word is no person: the round's leader invests
    ("en", "Quorvia raised $1.1 billion in June in a round led by Brandel Capital.",
     ("INVESTS_IN", "Brandel Capital", "Quorvia")),
    ("en", "Quorvia raised $40 million in a round led by Tessaro Partners, with participation "
     "from Velmont Research.", ("INVESTS_IN", "Velmont Research", "Quorvia")),
    ("fr", "Quorvia a levé 40 millions d'euros lors d'un tour de table mené par "
     "Tessaro Partenaires.",
     ("INVESTS_IN", "Tessaro Partenaires", "Quorvia")),
]

ABSENT = [
    # ... and never the executive of the company it invests in
    ("en", "Quorvia raised $1.1 billion in June in a round led by Brandel Capital.",
     ("EXECUTIVE_OF", "Brandel Capital", "Quorvia")),
    ("en", "Quorvia raised $40 million in a round led by Tessaro Partners, with participation "
     "from Velmont Research.", ("EXECUTIVE_OF", "Tessaro Partners", "Quorvia")),
    ("fr", "Quorvia a levé 40 millions d'euros lors d'un tour de table mené par "
     "Tessaro Partenaires.",
     ("EXECUTIVE_OF", "Tessaro Partenaires", "Quorvia")),
    # the short forms the boundary used to cut are no entities
    ("fr", "Korvane a racheté 70 % du capital des Conserveries du Morvan.", "Conserveries"),
    ("fr", "Quistor a annoncé que Korvane rachètera les Ateliers de l'Ouest.", "Ateliers"),
    # a country after an article stays a place, not the head of a name
    ("fr", "Korvane vend ses machines à la France de Quistor.", "France de Quistor"),
    # a hyphen chain with a lower-case link word is a place, none of its parts a company
    ("fr", "Korvane livre le port de Fos-sur-Tarve.", "Fos"),
    ("fr", "Korvane livre le port de Fos-sur-Tarve.", "Fos-sur-Tarve"),
    ("fr", "Korvane a ouvert une usine à Port-la-Velle.", "Port"),
    ("fr", "Korvane exploite un site dans le Puy-de-Varne.", "Puy"),
    ("fr", "Korvane s'installe à Villebrune-d'Ascq.", "Villebrune"),
    ("fr", "Korvane a une usine à Saint-Quen-de-Morle.", "Saint-Quen"),
    ("en", "Velmora opened a plant in Stratton-upon-Avel.", "Stratton"),
    ("fr", "Korvane livre le port de Fos-sur-Tarve.", ("SUPPLIES", "Korvane", "Fos")),
    # first-level subdivisions (ISO 3166-2 through pycountry) are places, not companies
    ("fr", "Korvane s'approvisionnera en électricité auprès de ses parcs solaires du Gard.",
     "Gard"),
    ("fr", "Korvane a ouvert une usine dans le Bas-Rhin, a indiqué Quistor.", "Bas-Rhin"),
    ("fr", "Korvane a ouvert une usine en Rhénanie-du-Nord-Westphalie.", "Rhénanie"),
    ("en", "Velmora opened a plant in Nordrhein-Westfalen, Zentrix said.", "Nordrhein-Westfalen"),
    ("en", "Velmora sold its Ohio plant to Zentrix.", "Ohio"),
    # their French names too (pycountry's French translations of ISO 3166-2)
    ("fr", "Velmora fournira ses batteries aux usines de Basse-Saxe de Korvane.", "Basse-Saxe"),
    ("fr", "Velmora fournira ses batteries aux usines de Basse-Saxe de Korvane.",
     ("SUPPLIES", "Velmora", "Basse-Saxe")),
    ("fr", "Korvane équipera les usines de Rhénanie-Palatinat de Velmora.", "Rhénanie-Palatinat"),
    ("fr", "Korvane a ouvert un centre logistique en Styrie, a indiqué Quistor.", "Styrie"),
    ("fr", "Quistor livrera ses turbines aux parcs éoliens de Basse-Autriche.", "Basse-Autriche"),
]


AUTHORITY = [
    # a region or a state is a party when an authority noun says it is one
    ("fr", "Korvane a livré des rames à la région Occitanie.",
     ("SUPPLIES", "Korvane", "Occitanie")),
    ("fr", "La région Occitanie a commandé des rames à Korvane.",
     ("SUPPLIES", "Korvane", "Occitanie")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND + AUTHORITY)
def test_name_with_de_inside(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_not_a_name(lang: str, text: str, unwanted: str | tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Korvane a racheté Saint-Varne Industries.",
     ("ACQUIRES", "Korvane", "Saint-Varne Industries")),
    ("en", "Velmora agreed to buy Quarnel-Tarvik Holdings.",
     ("ACQUIRES", "Velmora", "Quarnel-Tarvik")),
])
def test_hyphen_names_without_link_stay(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    check_found(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "unwanted"), [
    # a first word before a role title that opens a complement qualifies a fronted title
    ("fr", "Ancien président du conseil, Marc Tarvel a rejoint Korvane.", "Ancien"),
    ("fr", "Ancien président du conseil, Marc Tarvel a rejoint Korvane.",
     ("EXECUTIVE_OF", "Marc Tarvel", "Ancien")),
    ("en", "Former chief executive of Velmora, Marc Tarvel joined Zentrix.", "Former"),
])
def test_fronted_title_word_is_no_name(
    lang: str, text: str, unwanted: str | tuple[str, str, str]
) -> None:
    check_absent(lang, text, unwanted)


def test_name_before_role_title_stays() -> None:
    check_found("en", "Zorbex chief executive Ana Ruiz said it would buy Velmora.",
                ("ACQUIRES", "Zorbex", "Velmora"))


@pytest.mark.parametrize(("lang", "text", "unwanted"), [
    # an English first word before a noun with "of" is no name, though the noun is a trigger
    ("en", "Longtime partner of Velmora, Zentrix broke off talks.", "Longtime"),
    ("en", "Longtime customer of Velmora, Zentrix signed a new deal.", "Longtime"),
])
def test_fronted_noun_phrase_word_is_no_name(lang: str, text: str, unwanted: str) -> None:
    check_absent(lang, text, unwanted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Talvane rachète des usines de Korvane. Talvane a racheté Quistor.",
     ("ACQUIRES", "Talvane", "Quistor")),
    ("en", "Zentrix supplies of chips to Velmora rose. Zentrix supplies Velmora.",
     ("SUPPLIES", "Zentrix", "Velmora")),
])
def test_name_before_verb_stays(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)

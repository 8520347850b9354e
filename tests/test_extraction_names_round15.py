"""Names on new text, fifteenth round (session 20, issue 11). A one-word name shaped like a
model code ("7Q", "Vel24", "Quist8") is a company where only a company stands: after a rival,
customer or supplier noun ("its main rival is 7Q"), as the object of a buying or competing verb,
after "chez", "le rachat de", "se mesure à", a French determiner and a nationality
("l'américain Quist8"), or a role and "de" ("associé gérant d'Vel24"). A French apposition whose
head is a company noun before a product noun ("X, la filiale cloud du groupe Y") names a
company. Invented sentences and companies in no list; model codes, quantities and technologies
("the A320", "le modèle X5", "3M shares", "5G licences") stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "In the US, Zelbar's main rival is 7Q, whose K-R brand dominates the market.",
     ("COMPETES_WITH", "7Q", "Zelbar")),
    ("en", "Velmora competes with 7Q in Europe.", ("COMPETES_WITH", "7Q", "Velmora")),
    ("fr", "Sur ce segment, Velmora se mesure à 7Q et à Quellix, qui commercialise la gamme "
     "Kestra.", ("COMPETES_WITH", "7Q", "Velmora")),
    ("fr", "Paul Kandor, associé gérant d'Vel24, estime que le projet est solide.",
     ("EXECUTIVE_OF", "Paul Kandor", "Vel24")),
    ("en", "Zelbar agreed to buy Quist8 for $20 million.", ("ACQUIRES", "Zelbar", "Quist8")),
    ("fr", "Velmora héberge ses données chez Quistra, la filiale cloud du groupe Zelbar, afin de "
     "garantir la confidentialité.", ("SUPPLIES", "Quistra", "Velmora")),
]

ABSENT = [
    ("en", "Velmora bought 3M shares of Zelbar.", ("INVESTS_IN", "Velmora", "3M")),
    ("en", "Zelbar acquired 5G licences from Velmora in 2020.", ("ACQUIRES", "Zelbar", "5G")),
    ("en", "Velmora bought the A320 from Zelbar.", ("ACQUIRES", "Velmora", "A320")),
    ("fr", "Velmora a acheté le modèle X5 chez Zelbar.", ("SUPPLIES", "X5", "Velmora")),
    ("en", "Velmora competes with 5G networks run by Zelbar.", ("COMPETES_WITH", "5G", "Velmora")),
]

test_found_slots, test_absent_slots = found_and_absent(FOUND, ABSENT)


def _names(text: str, lang: str = "fr") -> list[str]:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(text=text, language=lang))
    return [m.text for ms in doc.mentions for m in ms]


def test_digit_final_name_after_a_nationality() -> None:
    names = _names("Après le rachat de l'américain Quist8 et du britannique Lotavar, Zelbar "
                   "accélère.")
    assert "Quist8" in names and "Lotavar" in names


def test_model_codes_stay_out() -> None:
    assert "X5" not in _names("Velmora a acheté le modèle X5 chez Zelbar.")
    assert "5G" not in _names("Zelbar acquired 5G licences in 2020.", "en")
    assert "3M" not in _names("Velmora bought 3M shares of Zelbar.", "en")


def test_a_product_apposition_stays_a_product() -> None:
    # the product noun comes first: the apposed name is a product, not a company
    assert "Kestra" not in _names("Velmora a lancé Kestra, la plateforme cloud de la société.")


FOUND_SHORT = [
    ("en", "Zealand Coachworks has been bought by Quistor. Zealand buys its chassis from Velmora "
     "Trucks.", ("SUPPLIES", "Velmora Trucks", "Zealand Coachworks")),
    ("fr", "Zealand Carrosserie a été rachetée par Quistor. Zealand achète ses châssis auprès de "
     "Velmora.", ("SUPPLIES", "Velmora", "Zealand Carrosserie")),
]

ABSENT_SHORT = [
    # the place is used as a place in the article: the bare word stays a place
    ("en", "Zealand Coachworks has been bought by Quistor. The plant in Zealand employs 300. "
     "Zealand buys its chassis from Velmora Trucks.",
     ("SUPPLIES", "Velmora Trucks", "Zealand Coachworks")),
    # a country stays a country, whatever firm is named after it
    ("en", "China Mobile signed with Quistor. China buys its chips from Velmora.",
     ("SUPPLIES", "Velmora", "China Mobile")),
]

test_found_short_places, test_absent_short_places = found_and_absent(FOUND_SHORT, ABSENT_SHORT)

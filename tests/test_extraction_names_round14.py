"""Names on new text, fourteenth round (session 20, issue 11). A capitalised French trade plural
named by its river or place ("Forges de l'Ardanne", "Tanneries du Quellon", "Ateliers de la
Varne") stays one name wherever it stands: after "auprès de", "directeur de", or an adjective
after its descriptor ("le sidérurgiste nordiste Forges de l'Escaut"), not only after an article.
Invented sentences and companies in no list; near misses (place plurals, products, first names,
a second capitalised word) stay as they were."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("fr", "Le sidérurgiste nordiste Forges de l'Ardanne a bouclé une levée de fonds auprès de "
     "Quistor Capital.", ("INVESTS_IN", "Quistor Capital", "Forges de l'Ardanne")),
    ("fr", "Le fabricant Velmora s'approvisionne déjà auprès de Tanneries du Quellon pour ses "
     "cuirs.", ("SUPPLIES", "Tanneries du Quellon", "Velmora")),
    ("fr", "« Nous tenons nos délais », a précisé Paul Lemaire-Durand, directeur financier "
     "de Fonderies de la Varne.", ("EXECUTIVE_OF", "Paul Lemaire-Durand", "Fonderies de la Varne")),
    ("fr", "Quistor a racheté Filatures d'Ostrelle pour 12 millions d'euros.",
     ("ACQUIRES", "Quistor", "Filatures d'Ostrelle")),
]

ABSENT = [
    ("fr", "Le sidérurgiste nordiste Forges de l'Ardanne a bouclé une levée de fonds auprès de "
     "Quistor Capital.", ("INVESTS_IN", "Quistor Capital", "Forges")),
    ("fr", "Le fabricant Velmora s'approvisionne déjà auprès de Tanneries du Quellon pour ses "
     "cuirs.", ("SUPPLIES", "Quellon", "Velmora")),
    # a second capitalised word after the place: the name is not the trade plural's
    ("fr", "Quistor a racheté Filatures de Varne Zelbar pour 12 millions d'euros.",
     ("ACQUIRES", "Quistor", "Filatures de Varne")),
]

test_found_trade_places, test_absent_trade_places = found_and_absent(FOUND, ABSENT)


def _names(text: str) -> list[str]:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(text=text, language="fr"))
    return [m.text for ms in doc.mentions for m in ms]


def test_a_trade_plural_keeps_its_place_after_a_preposition() -> None:
    names = _names("Velmora s'approvisionne auprès de Forges de l'Escalde depuis 2019.")
    assert "Forges de l'Escalde" in names and "Escalde" not in names


def test_products_and_first_names_stay_out() -> None:
    # a product line after its noun, a first name after the link: no trade plural's name
    assert "Saveurs du Quellon" not in _names("Quistor vend la gamme Saveurs du Quellon.")
    assert all("Ventes de" not in n for n in _names("Velmora parle de Ventes de Noël cette année."))


FOUND_ARTICLES = [
    ("en", "Quistor agreed to buy Dutch baker De Velmeer, the Velmoran daily De Kwartel reported.",
     ("ACQUIRES", "Quistor", "De Velmeer")),
    ("en", "Quistor agreed to buy Dutch baker De Velmeer, the Velmoran daily De Kwartel reported.",
     ("REPORTED_BY", "ARTICLE", "De Kwartel")),
    ("fr", "Le néerlandais De Velmeer a été racheté par Quistor.",
     ("ACQUIRES", "Quistor", "De Velmeer")),
]

ABSENT_ARTICLES = [
    ("en", "Quistor agreed to buy Dutch baker De Velmeer, the Velmoran daily De Kwartel reported.",
     ("ACQUIRES", "Quistor", "Velmeer")),
    # a person's particle after the given name stays the person's
    ("fr", "Quistor, dirigé par Paul De Smet, a racheté Velmora.",
     ("ACQUIRES", "De Smet", "Velmora")),
]

test_found_name_articles, test_absent_name_articles = found_and_absent(FOUND_ARTICLES,
                                                                        ABSENT_ARTICLES)


def test_a_dutch_article_opens_a_name_inside_a_sentence_only() -> None:
    assert "De Kwartel" in _names("Quistor a racheté Velmora, selon le quotidien flamand "
                                  "De Kwartel.")
    names = _names("Quistor, dirigé par Paul De Smet, a racheté Velmora.")
    assert "Paul De Smet" in names and "De Smet" not in names


# an acronym the article gave a firm keeps standing for it after a unit named with it
_ACRONYM = ("La coopérative Laiteries Unies du Quellon (LUQ) a annoncé le rachat de Zelbar. "
            "Ses activités seront logées dans une filiale baptisée LUQ Énergies & Gaz du Quellon. "
            "LUQ reste toutefois loin derrière ses rivaux Velmora et Kandor Union.")
_ACRONYM_EN = ("Velmoran Grain Growers (VGG) agreed to buy Zelbar. The deal will be run by a new "
               "unit, VGG Trading Services. VGG competes with Quistor in oats.")
# no declaration: a name that opens with the word is the firm the bare word stands for
_OPENING = ("VGQ Trading Services agreed to buy Zelbar. VGQ competes with Quistor in oats.")

FOUND_REFERENCES = [
    ("fr", _ACRONYM, ("COMPETES_WITH", "Laiteries Unies du Quellon", "Velmora")),
    ("en", _ACRONYM_EN, ("COMPETES_WITH", "Velmoran Grain Growers", "Quistor")),
    ("en", _OPENING, ("COMPETES_WITH", "VGQ Trading Services", "Quistor")),
    # a demonstrative pronoun opening the sentence is no company: the description after it
    # goes to the article's firm
    ("fr", "Paul Durand a quitté la direction de Velmora en janvier. Celle qui lui a succédé, "
     "Anne Quistel, directrice générale de la compagnie depuis mars, a choisi Zelbar.",
     ("EXECUTIVE_OF", "Anne Quistel", "Velmora")),
]

ABSENT_REFERENCES = [
    ("fr", _ACRONYM, ("COMPETES_WITH", "LUQ Énergies & Gaz du Quellon", "Velmora")),
    ("en", _ACRONYM_EN, ("COMPETES_WITH", "VGG Trading Services", "Quistor")),
    ("fr", "Ceux qui achètent chez Velmora sont contents.", ("SUPPLIES", "Velmora", "Ceux")),
]

test_found_references, test_absent_references = found_and_absent(FOUND_REFERENCES,
                                                                  ABSENT_REFERENCES)


def test_goods_named_together_are_no_companies() -> None:
    # both names after "baptisés" stay goods; a unit "baptisée X" is still a company
    assert _names("Les deux drones, baptisés Quellon et Varnel, seront livrés en 2028.") == []
    assert _names("Les trois modèles, baptisés Kestra, Orvane et Dorvil, sortiront en 2027.") \
        == []
    assert "Zelbar" in _names("Velmora a créé une filiale baptisée Zelbar.")


def test_a_town_paired_with_a_listed_place_is_no_party() -> None:
    names = _names("Velmora emploie 600 salariés entre Toulon et Quellonville.")
    assert "Quellonville" not in names and "Velmora" in names
    assert _names("La route entre Quellonville et Nantes est ouverte.") == []
    # a country is no town: a contract between a state and a firm has a party
    assert "Quellonix" in _names("Le contrat entre l'Allemagne et Quellonix est signé.")
    assert "Quistor" in _names("Le partenariat entre Velmora et Quistor est signé.")


def test_en_town_pairs_and_country_pairs() -> None:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(
        text="The ferries will sail between Varnemouth and Brest. The contract between Germany "
        "and Quellonix was signed.", language="en"))
    names = [m.text for ms in doc.mentions for m in ms]
    assert "Varnemouth" not in names and "Quellonix" in names

"""Session 13, clause structure around a trigger, written as invented sentences (names in no
list) before the fix.

1. A phrase inside a multi-word trigger: an amount, a share or a date may stand between the
   verb and the rest of its phrase ("va entrer à hauteur de 20 % au capital de", "a noué en
   2023 un partenariat avec"), as single adverbs already could.
2. A temporal subordinate clause opened by a word that is also a preposition ("after",
   "before", "since", "until", "once"): the name right before its verb is that clause's
   subject, not the object of a preposition, so the main clause's subject does not take its
   place ("Quistor is being restructured after Korvane took a stake in Velmora").
3. An object pronoun is not the subject of its own clause ("after Korvane took a stake in
   it": "it" is not Korvane).
4. A French apposition opened by a relational noun without a determiner ("auprès de Quistor,
   concurrent historique de Velmora,") belongs to the name before its comma, also when it
   closes the sentence, as the English "Quistor, a longtime rival of Velmora," did.
5. Goods listed at a retailer, in French as in English: "les fromages de X sont vendus /
   référencés / disponibles chez A" (X supplies A), with the goods as a family of nouns.
"""

from __future__ import annotations

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import found_and_absent

FOUND = [
    # 1. a phrase inside a multi-word trigger
    ("fr", "Korvane va entrer à hauteur de 20 % au capital de Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Le fonds Korvane entre pour 15 millions d'euros au capital de Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Korvane est entrée en mars 2024 au capital de la start-up Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Korvane monte à hauteur de 35 % au capital de Velmora, a annoncé la société.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("fr", "Korvane a noué en 2023 un partenariat avec Velmora.",
     ("PARTNERS_WITH", "Korvane", "Velmora")),
    ("en", "Korvane took earlier this year a 20% stake in Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    # 2. the subject of a temporal clause opened by "after", "since"...
    ("en", "Quistor is being restructured after Korvane took a majority stake in Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    ("en", "Shares of Quistor rose 4% after Korvane agreed to buy Velmora.",
     ("ACQUIRES", "Korvane", "Velmora")),
    ("en", "Quistor has lost market share since Korvane started supplying Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    # 3. an object pronoun and the subject of its clause
    ("en", "Quistor is being restructured after Korvane took a majority stake in it last year.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "Quistor said Korvane would invest in it.", ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "Korvane supplies Quistor and also competes with it.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    # 4. an apposition without a determiner belongs to the name before it
    ("fr", "Korvane s'approvisionnait auprès de Quistor, concurrent historique de Velmora, qui "
     "conserve une partie des volumes.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Korvane achète ses tubes auprès de Quistor, principal concurrent de Velmora.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Korvane a racheté Quistor, fournisseur de Velmora, pour 20 millions d'euros.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Korvane works with Quistor, supplier to Velmora, on the project.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # 5. goods listed at a retailer
    ("fr", "Les fromages de Velmora sont référencés chez Quistor et Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Les produits de Velmora sont disponibles chez Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Les bijoux de Velmora sont vendus chez Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's wines are sold at Quistor stores.", ("SUPPLIES", "Velmora", "Quistor")),
]

ABSENT = [
    ("en", "Quistor is being restructured after Korvane took a majority stake in Velmora.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Shares of Quistor rose 4% after Korvane agreed to buy Velmora.",
     ("ACQUIRES", "Quistor", "Velmora")),
    ("en", "Quistor is being restructured after Korvane took a majority stake in it last year.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    # a preposition before a name that no verb follows stays a preposition
    ("en", "After Korvane's exit, Quistor bought a stake in Velmora.",
     ("INVESTS_IN", "Korvane", "Velmora")),
    # the apposition is not the clause subject's
    ("fr", "Korvane s'approvisionnait auprès de Quistor, concurrent historique de Velmora, qui "
     "conserve une partie des volumes.", ("COMPETES_WITH", "Korvane", "Velmora")),
    ("fr", "Korvane achète ses tubes auprès de Quistor, principal concurrent de Velmora.",
     ("COMPETES_WITH", "Korvane", "Velmora")),
    # shares sold are no goods
    ("fr", "Les actions de Velmora ont été vendues par Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # a phrase inside a trigger is bounded: a clause is not an insertion
    ("fr", "Korvane va entrer, selon ses dirigeants qui ont rencontré Quistor, en Bourse avant "
     "de prendre le contrôle de Velmora.", ("INVESTS_IN", "Quistor", "Velmora")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)


NOT_NAMES = [
    # a city's or a state's adjective before a description is no company ("the Parisian
    # jeweller X", "the Texan group X"), nor a region of compass words ("the Upper Midwest")
    ("en", "The company makes cases for the Parisian jeweller Quistor.", "Parisian"),
    ("en", "Velmora, the Texan oil-field group, supplies Quistor.", "Texan"),
    ("en", "Velmora sells milk to cooperatives in the Upper Midwest.", "Upper Midwest"),
    ("en", "Velmora, a Danish dairy group, ships cheese to the Balkans and Scandinavia.",
     "Scandinavia"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_NAMES)
def test_not_a_name(lang: str, text: str, word: str) -> None:
    doc, _ = RuleExtractor().analyse(Article(text=text, language=lang))
    names = [m.text for ms in doc.mentions for m in ms]
    assert "Quistor" in names or "Velmora" in names, names
    assert all(word not in name for name in names), names


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Velmora exporte vers la Chine, où Shanghai Quistor Nutrition Co., Ltd. achète son "
     "lait.", "Shanghai Quistor Nutrition Co., Ltd."),
    ("en", "Velmora supplies Shenzhen Quistor Co., Ltd., a maker of batteries.",
     "Shenzhen Quistor Co., Ltd."),
])
def test_two_part_legal_form_is_one_name(lang: str, text: str, name: str) -> None:
    """"Co., Ltd." after a name is one legal form, not a second company named "Ltd"."""
    doc, _ = RuleExtractor().analyse(Article(text=text, language=lang))
    names = [m.text for ms in doc.mentions for m in ms]
    assert name in names and not any(n.startswith("Ltd") for n in names), names


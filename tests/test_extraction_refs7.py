"""Issue 11, session 18: parties only referred to, French first (refs7).

French business news calls a company by the noun of its trade establishment ("la brasserie",
"la chocolaterie", "la distillerie", "la fromagerie", "la scierie", "le collecteur") and English
by "the cruise line", "the brewery", "the winery": these were no description, so the relation
of the sentence lost its party, and the next "l'entreprise" went to whatever the sentence
before led with. The nouns are description heads now; a name that opens with one ("La
Chocolaterie de Velmora") stays whole, and a description whose noun is in one company's name
("la distillerie": Distilleries de Velmora) goes to that company, also beyond the four-sentence
window when no nearer candidate has the noun in its name. Kept out: a description whose noun
names none of the companies goes to the usual candidates, and a nearer company named with the
noun wins over a farther one. Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

# an establishment noun opening the article's company name, then used as a description
_CHOCO_FR = ("La Chocolaterie de Velmora, fabricant normand de tablettes, a annoncé le rachat "
             "de Quistor. Kandor Capital détient 12 % du capital de la chocolaterie depuis "
             "2020. Sur le marché des tablettes, la chocolaterie se mesure à Talmex.")
_BRASSERIE_FR = ("Le groupe Talvane a pris 70 % de la Brasserie de Kelvane, une brasserie "
                 "artisanale. Le caviste Zorbex figure parmi les principaux clients de la "
                 "brasserie.")
# the plural of the noun in the name ("Distilleries"), the description singular
_DISTILLERIE_FR = ("Le parfumeur Talvane a racheté 70 % des Distilleries de Kelvane. Fondée en "
                   "1921, la distillerie fournit notamment Zorbex en essence de rose.")
# the description far after the name, no nearer company whose name has the noun
_FAR_FR = ("Talvane a racheté la Fromagerie de Kelvane. Le prix reste secret. Talvane "
           "vise l'export. Il affronte Quarnel. Talvane a aussi recruté. Le groupe vise "
           "l'Asie. Kandor Capital détient désormais 5 % du capital de la fromagerie.")
# a nearer company with the noun in its name wins over a farther one
_NEAR_FR = ("Talvane a racheté la Fromagerie de Kelvane. Le prix reste secret. Talvane vise "
            "l'export. Il affronte Quarnel. La Fromagerie du Morvel, elle, a levé des fonds. "
            "Kandor Capital détient désormais 5 % du capital de la fromagerie.")
_CRUISE_EN = ("Velmora Voyages, an Oslo-based expedition cruise operator, reported record "
              "bookings. Kandor Invest has built a 7% stake in the cruise line, a filing "
              "showed.")
_CRUISE_NEXT_EN = ("Velmora Voyages agreed to buy Quistor River Cruises. Its chief executive "
                   "spoke of growth. On the distribution side, the cruise line signed a "
                   "co-marketing agreement with tour operator Zelbar Journeys.")
_WINERY_EN = ("Talvane Wines bought the Kelvane Winery for $40 million. Zorbex Retail is the "
              "winery's largest customer.")
# a town opening the sentence after "À" / "In" and a comma is no antecedent
_FRONTED_FR = ("Talvane a racheté Quistor. À Velzac, le groupe a monté avec Kandor une "
               "coentreprise. Le directeur financier du groupe, Paul Vernet, s'en félicite.")
_FRONTED_EN = ("Talvane bought Quistor. In Velzac, the company formed a joint venture with "
               "Kandor.")
# the name a source cue cites is no antecedent of a description in its sentence
_CITED_EN = ("Velmora Regionalbank is buying Quistor Pay. According to Kandor Wirtschaft, the "
             "Oldenburg-based bank is paying 140 million euros. \"Our customers want instant "
             "payments,\" said Anna Berg, the bank's chief executive.")
_CITED_FR = ("Velmora Crédit rachète Quistor Pay. Selon Kandor Eco, la société toulousaine "
             "paiera 140 millions d'euros. Son directeur général, Anne Berg, s'en réjouit.")
# the description after the cited outlet goes on to the company before it
_CITED_LATER_FR = ("Talvane a signé un accord avec Quistor. Selon Kandor Eco, le groupe paiera "
                   "10 millions. Le groupe fournira des moteurs à Zorbex.")

FOUND = [
    ("en", _CITED_EN, ("EXECUTIVE_OF", "Anna Berg", "Velmora Regionalbank")),
    ("fr", _CITED_FR, ("EXECUTIVE_OF", "Anne Berg", "Velmora Crédit")),
    ("fr", _CITED_LATER_FR, ("SUPPLIES", "Talvane", "Zorbex")),
    ("fr", _FRONTED_FR, ("PARTNERS_WITH", "Talvane", "Kandor")),
    ("fr", _FRONTED_FR, ("EXECUTIVE_OF", "Paul Vernet", "Talvane")),
    ("en", _FRONTED_EN, ("PARTNERS_WITH", "Talvane", "Kandor")),
    ("fr", _CHOCO_FR, ("INVESTS_IN", "Kandor Capital", "Chocolaterie de Velmora")),
    ("fr", _CHOCO_FR, ("COMPETES_WITH", "Chocolaterie de Velmora", "Talmex")),
    ("fr", _DISTILLERIE_FR, ("SUPPLIES", "Distilleries de Kelvane", "Zorbex")),
    ("fr", _FAR_FR, ("INVESTS_IN", "Kandor Capital", "Fromagerie de Kelvane")),
    ("fr", _NEAR_FR, ("INVESTS_IN", "Kandor Capital", "Fromagerie du Morvel")),
    ("en", _CRUISE_EN, ("INVESTS_IN", "Kandor Invest", "Velmora Voyages")),
    ("en", _CRUISE_NEXT_EN, ("PARTNERS_WITH", "Velmora Voyages", "Zelbar Journeys")),
]

ABSENT = [
    ("en", _CITED_EN, ("EXECUTIVE_OF", "Anna Berg", "Kandor Wirtschaft")),
    ("fr", _CITED_FR, ("EXECUTIVE_OF", "Anne Berg", "Kandor Eco")),
    ("fr", _CITED_LATER_FR, ("SUPPLIES", "Kandor Eco", "Zorbex")),
    ("fr", _FRONTED_FR, ("PARTNERS_WITH", "Velzac", "Kandor")),
    ("fr", _FRONTED_FR, ("EXECUTIVE_OF", "Paul Vernet", "Velzac")),
    ("fr", _CHOCO_FR, ("INVESTS_IN", "Kandor Capital", "Quistor")),
    ("fr", _CHOCO_FR, ("COMPETES_WITH", "Quistor", "Talmex")),
    ("fr", _DISTILLERIE_FR, ("SUPPLIES", "Talvane", "Zorbex")),
    ("fr", _FAR_FR, ("INVESTS_IN", "Kandor Capital", "Quarnel")),
    ("fr", _NEAR_FR, ("INVESTS_IN", "Kandor Capital", "Fromagerie de Kelvane")),
    ("fr", _BRASSERIE_FR, ("SUPPLIES", "Talvane", "Zorbex")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _names(text: str, lang: str) -> list[str]:
    from datetime import date

    from ontology.records import Article
    from tests.test_extraction_sentences import EXTRACTOR

    doc, reg = EXTRACTOR.analyse(Article(text=text, language=lang, date=date(2025, 6, 2),
                                         publisher="Test Wire"))
    return [m.text for ms in doc.mentions for m in ms if m.kind == "name"]


def test_a_name_opening_with_an_establishment_noun_stays_whole() -> None:
    assert "Chocolaterie de Velmora" in _names(_CHOCO_FR, "fr")
    assert "Brasserie de Kelvane" in _names(_BRASSERIE_FR, "fr")
    assert "Fromagerie de Kelvane" in _names("Fromagerie de Kelvane a racheté Quistor.", "fr")


def test_a_fronted_town_is_no_name() -> None:
    assert "Velzac" not in _names(_FRONTED_FR, "fr")
    assert "Velzac" not in _names(_FRONTED_EN, "en")

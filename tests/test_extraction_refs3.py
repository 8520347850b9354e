"""Issue 11, session 16: parties only referred to, third round (wrong resolutions).

A possessive description after a copula ("Tarvex Foods remains the group's biggest client")
is not the copula's subject, as a possessive pronoun there is not ("X remains its largest
customer"): the next sentence's "The group in turn buys ..." continues the company that
sentence was about. A description naming an investor ("the buyout firm", "the private-equity
group", "le fonds") prefers a company no list knows whose name says investor ("Korvane
Capital"), over the article's main company, the target of its deal. Every company here is
made up and in no list. The company a deal makes ("the combined company", "the enlarged
group", "le groupe fusionné") is its buyer; the company it bought ("the acquired company",
"the new subsidiary", "la nouvelle filiale", "la société rachetée") its target. A bidder that
only offered or is said to have offered ("Tarvex aurait proposé de racheter la société",
"Tarvex had offered to buy the company") is not "l'acquéreur" / "the buyer". An apposition
going on with a participle ("Quistor Labs, a Boston startup developing smart glasses", "une
start-up spécialisée dans ...") still gives its company the noun ("the startup"); a
nationality ("the Italian group") fits a company the article placed in a city of that
country ("the Milan-based maker", "basé à Milan"). "The hotelier" is a description.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_COPULA_EN = ("Quistor Ovens, a family-owned maker of bakery ovens based in Lyon, sells in 40 "
              "countries. Quistor Ovens employs 900 people. Tarvex Foods remains the group's "
              "biggest client: the grocer has bought ovens from Quistor Ovens since 2019. The "
              "group in turn buys most of its steel from Delmar Stahl.")
_COPULA_FR = ("Quistor Fours, fabricant familial de fours de boulangerie basé à Lyon, vend dans "
              "40 pays. Quistor Fours emploie 900 personnes. Tarvex Alimentation reste le "
              "premier client du groupe : le distributeur lui achète des fours depuis 2019. Le "
              "groupe achète en retour l'essentiel de son acier à Delmar Stahl.")
_BUYOUT_EN = ("Korvane Capital agreed to acquire Quistor Labs, a Denver-based maker of testing "
              "software, in a deal valuing the company at $900 million. The buyout firm "
              "will pay $14 a share. Quistor Labs has struggled since 2023, and Quistor Labs "
              "shares have halved. Quistor Labs sells to 400 hospitals.\n\nThe buyout firm "
              "bought a 40% stake in Delvix Systems in 2022.")
_BUYOUT_FR = ("Korvane Capital a accepté de racheter Quistor Labs, éditeur de logiciels de test "
              "basé à Rennes, dans une opération qui valorise la société 900 millions "
              "d'euros. Le fonds paiera 14 euros par action. Quistor Labs a souffert depuis "
              "2023 et Quistor Labs a vu son cours divisé par deux. Quistor Labs vend à 400 "
              "hôpitaux.\n\nLe fonds a pris en 2022 une participation de 40 % dans Delvix "
              "Systèmes.")
_DEAL_EN = ("Quistor Medical agreed to buy Velmora Spine, a Denver maker of implants. Quistor "
            "Medical makes knee implants. Velmora Spine makes spinal screws. The acquired "
            "company has appointed Ana Ruiz as its chief executive. The combined company buys "
            "its titanium from Delmar Metals.")
_DEAL_FR = ("Quistor Médical a racheté Velmora Fours, fabricant de fours basé à Lyon. Quistor "
            "Médical fabrique des implants. Velmora Fours fabrique des fours. Sophie Lanier "
            "devient directrice générale de la nouvelle filiale. Le groupe fusionné achète "
            "son acier à Delmar Stahl.")
_BIDDER_FR = ("L'éditeur Korvane a racheté la start-up Quistor, qui équipe 20 ports. Selon la "
              "presse, Tarvex aurait proposé de racheter la société l'an dernier. Luc Brenne, "
              "cofondateur de Quistor, rejoindra le comité de direction de l'acquéreur.")
_BIDDER_EN = ("Korvane, a software maker, has bought Quistor, a startup that equips 20 "
              "ports. Tarvex had offered to buy the company last year, people said. Luc "
              "Brenne, Quistor's co-founder, will join the executive committee of the buyer.")
# an apposition going on with a participle; a nationality fitting a city the article gave
_STARTUP_EN = ("Velmora Optics, the Milan-based maker of frames, said it would buy a 30% "
               "stake in Quistor Labs, a Boston startup developing smart glasses. The "
               "agreement gives Velmora Optics an option to take control of the startup in "
               "2028. Velmora Optics employs 4,000 people. The startup buys its microphones "
               "from Delmar Audio. Tarvex Cases supplies the Italian group with cases.")
_STARTUP_FR = ("Velmora Optique, le fabricant milanais de montures, va prendre 30 % de "
               "Quistor Labs, une start-up spécialisée dans les lunettes connectées. L'accord "
               "donne à Velmora Optique une option pour prendre le contrôle de la start-up en "
               "2028. Velmora Optique emploie 4 000 personnes. La start-up achète ses micros "
               "à Delmar Audio. Tarvex Étuis fournit le groupe italien en étuis.")
_PLACED_EN = ("Velmora Optics, the Milan-based maker of frames, said it would buy a 30% stake "
              "in Quistor Labs, a Boston startup developing smart glasses. The agreement "
              "gives Velmora Optics an option to take control of the startup in 2028. Velmora "
              "Optics employs 4,000 people. The startup's glasses will use lenses from Delmar "
              "Audio, and the Italian group buys its cases from Tarvex Cases.")
_PLACED_FR = ("Velmora Optique, fabricant de montures basé à Milan, va prendre 30 % de "
              "Quistor Labs, une start-up spécialisée dans les lunettes connectées. L'accord "
              "donne à Velmora Optique une option pour prendre le contrôle de la start-up en "
              "2028. Velmora Optique emploie 4 000 personnes. Les lunettes de la start-up "
              "utiliseront des verres de Delmar Audio, et le groupe italien achète ses étuis "
              "à Tarvex Étuis.")
_HOTELIER_EN = ("Korvane Hotels runs 30 resorts in Bali and employs 4,000 people. The "
                "hotelier buys its linen from Delmar Textiles.")

FOUND = [
    # a possessive description after a copula: not the copula's subject
    ("en", _COPULA_EN, ("SUPPLIES", "Delmar Stahl", "Quistor Ovens")),
    ("fr", _COPULA_FR, ("SUPPLIES", "Delmar Stahl", "Quistor Fours")),
    # an investor description: the company whose name says investor
    ("en", _BUYOUT_EN, ("INVESTS_IN", "Korvane Capital", "Delvix Systems")),
    ("fr", _BUYOUT_FR, ("INVESTS_IN", "Korvane Capital", "Delvix Systèmes")),
    # deal roles: the company a deal makes is its buyer, the one it bought its target
    ("en", _DEAL_EN, ("EXECUTIVE_OF", "Ana Ruiz", "Velmora Spine")),
    ("en", _DEAL_EN, ("SUPPLIES", "Delmar Metals", "Quistor Medical")),
    ("fr", _DEAL_FR, ("EXECUTIVE_OF", "Sophie Lanier", "Velmora Fours")),
    ("fr", _DEAL_FR, ("SUPPLIES", "Delmar Stahl", "Quistor Médical")),
    ("en", _STARTUP_EN, ("SUPPLIES", "Delmar Audio", "Quistor Labs")),
    ("fr", _STARTUP_FR, ("SUPPLIES", "Delmar Audio", "Quistor Labs")),
    ("en", _PLACED_EN, ("SUPPLIES", "Tarvex Cases", "Velmora Optics")),
    ("fr", _PLACED_FR, ("SUPPLIES", "Tarvex Étuis", "Velmora Optique")),
    ("en", _HOTELIER_EN, ("SUPPLIES", "Delmar Textiles", "Korvane Hotels")),
    # a bidder that only offered is not the buyer
    ("fr", _BIDDER_FR, ("EXECUTIVE_OF", "Luc Brenne", "Korvane")),
    ("en", _BIDDER_EN, ("EXECUTIVE_OF", "Luc Brenne", "Korvane")),
]

ABSENT = [
    ("en", _COPULA_EN, ("SUPPLIES", "Delmar Stahl", "Tarvex Foods")),
    ("fr", _COPULA_FR, ("SUPPLIES", "Delmar Stahl", "Tarvex Alimentation")),
    ("en", _BUYOUT_EN, ("INVESTS_IN", "Quistor Labs", "Delvix Systems")),
    ("fr", _BUYOUT_FR, ("INVESTS_IN", "Quistor Labs", "Delvix Systèmes")),
    ("en", _DEAL_EN, ("EXECUTIVE_OF", "Ana Ruiz", "Quistor Medical")),
    ("en", _DEAL_EN, ("SUPPLIES", "Delmar Metals", "Velmora Spine")),
    ("fr", _DEAL_FR, ("EXECUTIVE_OF", "Sophie Lanier", "Quistor Médical")),
    ("fr", _DEAL_FR, ("SUPPLIES", "Delmar Stahl", "Velmora Fours")),
    ("fr", _BIDDER_FR, ("EXECUTIVE_OF", "Luc Brenne", "Tarvex")),
    ("en", _BIDDER_EN, ("EXECUTIVE_OF", "Luc Brenne", "Tarvex")),
    ("en", _STARTUP_EN, ("SUPPLIES", "Delmar Audio", "Velmora Optics")),
    ("fr", _STARTUP_FR, ("SUPPLIES", "Delmar Audio", "Velmora Optique")),
    ("en", _PLACED_EN, ("SUPPLIES", "Tarvex Cases", "Delmar Audio")),
    ("fr", _PLACED_FR, ("SUPPLIES", "Tarvex Étuis", "Delmar Audio")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

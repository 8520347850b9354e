"""Issue 11, session 17: references resolved to a fund instead of the article's company.

A description naming an operating company ("la société", "la jeune pousse", "the company",
"the startup", "the business") or a possessive before a title of role ("Son directeur
financier, P", "Its chief financial officer, P") whose best antecedent is a company the
article presents as an investor ("le fonds X", "X, a buyout firm", a name saying it invests:
"Kandor Ventures") goes to the article's main company instead, when that company is no
investor. Kept out: an article about the fund itself (its main company is the fund), and
descriptions investors are called by too ("the firm", "le fonds").

A description whose best antecedent is a company the article names only as the arranger or
adviser of a loan or deal ("un prêt arrangé par la banque française X et Y", "a loan arranged
by X", "advised by X") goes to the article's main company ("au groupe français", "the French
group"); a description that may name the bank ("la banque", "the bank") keeps it. A lender
is also the subject of its loan ("X lui a accordé un prêt", "X has extended a loan").

A description opening a paragraph goes back to the article's main company, except "the firm",
"la firme" (a noun funds are called by too) after a paragraph a fund leads: that stays the
fund; "the company", "la société" there still go to the main company.

A US state's name before a company noun ("the Kansas company") fits a company the article
placed in one of its cities with a place of several words ("a Kansas City-based maker": the
whole "Kansas City", not "City"); English only (French news names US places otherwise). Every
company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_CFO_FR = ("La start-up toulousaine Quistor Bio a levé 40 millions d'euros pour développer ses "
           "tests de diagnostic. Quistor Bio emploie 120 personnes et vend dans 15 pays. "
           "Quistor Bio vise la rentabilité en 2027.\n\nSelon la presse locale, le fonds "
           "américain Velmora Capital aurait approché les fondateurs l'an dernier. Son "
           "directeur financier, Karel Dumont, précise que l'opération sera bouclée en mars.")
_CFO_EN = ("Quistor Bio, a Toulouse-based maker of diagnostic tests, has raised $40 million. "
           "Quistor Bio employs 120 people and sells in 15 countries. Quistor Bio expects to "
           "break even in 2027.\n\nThe US fund Velmora Capital approached the founders last "
           "year, according to local press. Its chief financial officer, Karel Dumont, said "
           "the deal would close in March.")
_ROUND_FR = ("Le fonds Drelmont Partners a mené une levée de 30 millions d'euros dans Quistor "
             "Mobilité, aux côtés de Kandor Ventures.\n\nQuistor Mobilité revendique 2 millions "
             "de courses. Quistor Mobilité recrute.\n\nKandor Ventures avait investi dès 2020. "
             "La société a par ailleurs signé avec Talmex un partenariat pour desservir les "
             "gares.")
_ROUND_EN = ("Drelmont Partners led a $30 million round in Quistor Mobility alongside Kandor "
             "Ventures.\n\nQuistor Mobility claims 2 million rides. Quistor Mobility is hiring."
             "\n\nKandor Ventures first invested in 2020. The company has also signed a "
             "partnership with Talmex to serve railway stations.")
# the article is about the fund: its own officer and its own deals stay the fund's
_FUND_EN = ("Velmora Capital, a London private equity firm, has closed its third fund at $2 "
            "billion. Velmora Capital invests in software. Velmora Capital has 40 staff.\n\n"
            "The firm bought a 30% stake in Quistor Labs last year. Its chief financial "
            "officer, Karel Dumont, said more deals would follow.")
_FUND_FR = ("Le fonds Velmora Capital a bouclé son troisième véhicule à 2 milliards d'euros. "
            "Velmora Capital investit dans le logiciel. Velmora Capital compte 40 salariés.\n\n"
            "Le fonds a pris 30 % de Quistor Labs l'an dernier. Son directeur financier, Karel "
            "Dumont, annonce d'autres opérations.")
# "the firm" / "le fonds" after the fund's sentence: still the fund
_FIRM_EN = ("Quistor Labs, a Denver maker of testing software, has agreed to be bought by "
            "Drelmont Capital. Quistor Labs sells to 400 hospitals. Quistor Labs employs 900 "
            "people.\n\nDrelmont Capital, a buyout firm based in Boston, manages $5 billion. "
            "The firm bought a 40% stake in Zorbek Systems in 2022.")
_FIRM_FR = ("Quistor Labs, éditeur de logiciels de test basé à Rennes, va être racheté par le "
            "fonds Drelmont Capital. Quistor Labs vend à 400 hôpitaux. Quistor Labs emploie 900 "
            "personnes.\n\nLe fonds Drelmont Capital gère 5 milliards d'euros. Le fonds a pris "
            "40 % de Zorbek Systèmes en 2022.")

_LOAN_FR = ("Le fabricant français de prothèses Quistor Médical a annoncé lundi l'acquisition "
            "de Zorbek Implants pour 300 millions d'euros. Quistor Médical emploie 900 "
            "personnes. Quistor Médical est coté à Paris.\n\nLe solde sera couvert par un prêt "
            "de 150 millions d'euros arrangé par la banque française Velmora Finance et "
            "Drelmont Crédit. Le rapprochement doit permettre au groupe français de mieux "
            "résister à ses concurrents Talmex et Korvane.")
_LOAN_EN = ("French implant maker Quistor Medical said on Monday it would buy Zorbek Implants "
            "for 300 million euros. Quistor Medical employs 900 people. Quistor Medical is "
            "listed in Paris.\n\nThe rest will be covered by a 150 million euro loan arranged "
            "by French bank Velmora Finance and Drelmont Credit. The deal should help the "
            "French group compete with its rivals Talmex and Korvane.")
# "la banque" / "the bank" may name the arranger
_BANK_FR = ("Le fabricant français de prothèses Quistor Médical a annoncé lundi l'acquisition "
            "de Zorbek Implants pour 300 millions d'euros. Quistor Médical emploie 900 "
            "personnes. Quistor Médical est coté à Paris.\n\nLe solde sera couvert par un prêt "
            "arrangé par la Banque Velmora. La banque affronte Talmex Crédit sur ce marché.")
_BANK_EN = ("French implant maker Quistor Medical said on Monday it would buy Zorbek Implants "
            "for 300 million euros. Quistor Medical employs 900 people. Quistor Medical is "
            "listed in Paris.\n\nThe rest will be covered by a loan arranged by Velmora Bank. "
            "The bank competes with Talmex Bank for such loans.")

_LENDER_FR = ("Le circuit de cinémas Quistor Ciné a racheté les salles de Zorbek Écrans. Quistor "
              "Ciné exploite 30 salles. Quistor Ciné emploie 400 personnes.\n\nLa Banque Velmora "
              "lui a en outre accordé un prêt de 14 millions d'euros. Le groupe affronte Talmex "
              "et Korvane sur le marché breton.")
_LENDER_EN = ("Cinema chain Quistor Cinemas has bought the screens of Zorbek Screens. Quistor "
              "Cinemas runs 30 sites. Quistor Cinemas employs 400 people.\n\nVelmora Bank has "
              "also extended a $14 million loan. The group competes with Talmex and Korvane in "
              "the region.")
_KANSAS_EN = ("Quistor Seeds, a Kansas City-based maker of herbicides, said it would buy a 70% "
              "stake in Dutch developer Zorbek BV. Zorbek sells to growers. Zorbek employs 90 "
              "people. Zorbek was founded in 2015.\n\nIn biologicals the Kansas company will "
              "compete with Talmex, a larger rival.")
_PARA = ("{noun} bought a 60% stake in Zorbek Sites in 2024.", "en",
         "Drelmont Capital Partners agreed to acquire Quistor Research, a Denver-based clinical "
         "research firm, for $900 million. Quistor Research runs trials for drug developers. "
         "Quistor Research employs 2,000 people, and Quistor Research shares rose 20%.\n\n"
         "Drelmont is financing the purchase with a loan from two banks.\n\n")
_PARA_FR = ("{noun} a pris 60 % de Zorbek Sites en 2024.", "fr",
            "Le fonds Drelmont Capital a accepté de racheter Quistor Recherche, une société "
            "rennaise d'essais cliniques, pour 900 millions d'euros. Quistor Recherche emploie "
            "2 000 personnes. Quistor Recherche travaille pour des laboratoires, et Quistor "
            "Recherche a bondi en Bourse.\n\nDrelmont finance l'achat par un emprunt bancaire."
            "\n\n")
_FIRM_PARA_EN = _PARA[2] + _PARA[0].format(noun="The firm")
_COMPANY_PARA_EN = _PARA[2] + _PARA[0].format(noun="The company")
_FIRM_PARA_FR = _PARA_FR[2] + _PARA_FR[0].format(noun="La firme")
_COMPANY_PARA_FR = _PARA_FR[2] + _PARA_FR[0].format(noun="La société")

FOUND = [
    ("fr", _CFO_FR, ("EXECUTIVE_OF", "Karel Dumont", "Quistor Bio")),
    ("en", _CFO_EN, ("EXECUTIVE_OF", "Karel Dumont", "Quistor Bio")),
    ("fr", _ROUND_FR, ("PARTNERS_WITH", "Quistor Mobilité", "Talmex")),
    ("en", _ROUND_EN, ("PARTNERS_WITH", "Quistor Mobility", "Talmex")),
    ("en", _FUND_EN, ("EXECUTIVE_OF", "Karel Dumont", "Velmora Capital")),
    ("fr", _FUND_FR, ("EXECUTIVE_OF", "Karel Dumont", "Velmora Capital")),
    ("en", _FIRM_EN, ("INVESTS_IN", "Drelmont Capital", "Zorbek Systems")),
    ("fr", _FIRM_FR, ("INVESTS_IN", "Drelmont Capital", "Zorbek Systèmes")),
    ("fr", _LOAN_FR, ("COMPETES_WITH", "Quistor Médical", "Talmex")),
    ("en", _LOAN_EN, ("COMPETES_WITH", "Quistor Medical", "Talmex")),
    ("fr", _BANK_FR, ("COMPETES_WITH", "Banque Velmora", "Talmex Crédit")),
    ("en", _BANK_EN, ("COMPETES_WITH", "Velmora Bank", "Talmex Bank")),
    ("fr", _LENDER_FR, ("COMPETES_WITH", "Quistor Ciné", "Talmex")),
    ("en", _LENDER_EN, ("COMPETES_WITH", "Quistor Cinemas", "Talmex")),
    ("en", _KANSAS_EN, ("COMPETES_WITH", "Quistor Seeds", "Talmex")),
    ("en", _FIRM_PARA_EN, ("INVESTS_IN", "Drelmont Capital Partners", "Zorbek Sites")),
    ("fr", _FIRM_PARA_FR, ("INVESTS_IN", "Drelmont Capital", "Zorbek Sites")),
    ("en", _COMPANY_PARA_EN, ("INVESTS_IN", "Quistor Research", "Zorbek Sites")),
    ("fr", _COMPANY_PARA_FR, ("INVESTS_IN", "Quistor Recherche", "Zorbek Sites")),
]

ABSENT = [
    ("fr", _CFO_FR, ("EXECUTIVE_OF", "Karel Dumont", "Velmora Capital")),
    ("en", _CFO_EN, ("EXECUTIVE_OF", "Karel Dumont", "Velmora Capital")),
    ("fr", _ROUND_FR, ("PARTNERS_WITH", "Kandor Ventures", "Talmex")),
    ("en", _ROUND_EN, ("PARTNERS_WITH", "Kandor Ventures", "Talmex")),
    ("en", _FUND_EN, ("EXECUTIVE_OF", "Karel Dumont", "Quistor Labs")),
    ("fr", _FUND_FR, ("EXECUTIVE_OF", "Karel Dumont", "Quistor Labs")),
    ("en", _FIRM_EN, ("INVESTS_IN", "Quistor Labs", "Zorbek Systems")),
    ("fr", _FIRM_FR, ("INVESTS_IN", "Quistor Labs", "Zorbek Systèmes")),
    ("fr", _LOAN_FR, ("COMPETES_WITH", "Velmora Finance", "Talmex")),
    ("en", _LOAN_EN, ("COMPETES_WITH", "Velmora Finance", "Talmex")),
    ("fr", _BANK_FR, ("COMPETES_WITH", "Quistor Médical", "Talmex Crédit")),
    ("en", _BANK_EN, ("COMPETES_WITH", "Quistor Medical", "Talmex Bank")),
    ("fr", _LENDER_FR, ("COMPETES_WITH", "Banque Velmora", "Talmex")),
    ("en", _LENDER_EN, ("COMPETES_WITH", "Velmora Bank", "Talmex")),
    ("en", _KANSAS_EN, ("COMPETES_WITH", "Zorbek", "Talmex")),
    ("en", _FIRM_PARA_EN, ("INVESTS_IN", "Quistor Research", "Zorbek Sites")),
    ("fr", _FIRM_PARA_FR, ("INVESTS_IN", "Quistor Recherche", "Zorbek Sites")),
    ("en", _COMPANY_PARA_EN, ("INVESTS_IN", "Drelmont Capital Partners", "Zorbek Sites")),
    ("fr", _COMPANY_PARA_FR, ("INVESTS_IN", "Drelmont Capital", "Zorbek Sites")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

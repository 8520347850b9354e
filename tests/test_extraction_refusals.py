"""Session 17, refusals: pairs a frame saw and declined although its cue stands between the
parties ("cue inside" misses). A relational noun of a possessor names its other party behind a
short description of a kind of company, in an apposition ("its largest shareholder, the
investment firm Y,") or after a copula ("its largest customer is the German auto-parts maker
Y"); a hyphenated compound is one word of such a description. A French buying noun takes
"des" before a name ("l'acquisition des Laboratoires Y"). Goods a company makes, sold through
a party in a relative clause ("X makes treatments that are sold through Y").

Invented companies only (none is in a list), both languages. See docs/extraction-history.md,
"Session 17: frames that refuse a pair they should take".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # an apposition after the possessed relational noun, a description before the name
    ("en", "Velmora's largest shareholder, the agricultural investment firm Quistor Capital, "
     "will receive new shares.", ("INVESTS_IN", "Quistor Capital", "Velmora")),
    ("en", "Velmora makes drones. Its largest shareholder, private equity firm Quistor "
     "Partners, holds about 18% of the shares.", ("INVESTS_IN", "Quistor Partners", "Velmora")),
    ("en", "Velmora's biggest customer, the drugstore chain Kandor, takes a third of its output.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora's main supplier, the Danish steelmaker Kandor, raised its prices.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Korvane s'appuie sur son actionnaire de référence, la holding familiale Quistor "
     "Participations.", ("INVESTS_IN", "Quistor Participations", "Korvane")),
    ("fr", "Korvane a rassuré son premier client, le distributeur lyonnais Zelbar, sur les "
     "délais.", ("SUPPLIES", "Korvane", "Zelbar")),
    # ... after a noun with its "of"/"de" possessor, and after a rival noun
    ("fr", "Le principal actionnaire de Korvane, le fonds Quistor, détient 20 %.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    ("en", "Velmora's closest rival, the German drone maker Quistor, cut its prices.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Le principal concurrent de Korvane, le fabricant lyonnais Quistor, a baissé ses "
     "prix.", ("COMPETES_WITH", "Quistor", "Korvane")),
    # after a copula, the description in front of the name
    ("en", "Velmora's largest customer is auto-parts maker Quistor Components.",
     ("SUPPLIES", "Velmora", "Quistor Components")),
    ("en", "Among Velmora's largest customers is auto-parts maker Quistor Components, which "
     "runs 400 of its arms.", ("SUPPLIES", "Velmora", "Quistor Components")),
    ("en", "Velmora's largest customer is the German auto-parts maker Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane fabrique des fours. Son premier client reste le distributeur lyonnais "
     "Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # a hyphenated compound is one word of the description
    ("en", "Velmora's biggest customers are the kitchen-furniture groups Quistor and Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora's customers include the bakery-café chain Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # goods a company makes, sold through a party in a relative clause
    ("en", "Velmora makes flea-and-tick treatments and joint supplements that are sold through "
     "Quistor and Kandor.", ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora produces around 400,000 bottles a year that are sold through Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane fabrique des fromages affinés qui sont vendus chez Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # a French buying noun takes "des" before a name that opens with a plural noun
    ("fr", "Le groupe lyonnais Korvane a annoncé l'acquisition des Laboratoires Quistor de "
     "Montpellier, spécialisés dans les injectables.",
     ("ACQUIRES", "Korvane", "Laboratoires Quistor")),
    ("fr", "Korvane a finalisé le rachat des Ateliers Quistor, un fabricant de meubles.",
     ("ACQUIRES", "Korvane", "Ateliers Quistor")),
]

ABSENT = [
    # a clause inside the apposition: the name is not the noun's party
    ("en", "Velmora's largest shareholder, the investment firm that backs Quistor, will sell.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora's biggest customer, a chain which competes with Kandor, cut its orders.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Son actionnaire de référence, la holding qui contrôle Zelbar, a vendu ses titres "
     "de Korvane.", ("INVESTS_IN", "Zelbar", "Korvane")),
    ("en", "Velmora's closest rival, the drone maker that Quistor owns, cut its prices.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Le principal concurrent de Korvane, le fabricant que Quistor contrôle, a baissé "
     "ses prix.", ("COMPETES_WITH", "Quistor", "Korvane")),
    # no kind of company before the name (a person's role, a product)
    ("en", "Velmora's largest shareholder, the former chairman of Quistor, will sell.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora's biggest customer, the new drone Kandor, sells well.",
     ("SUPPLIES", "Velmora", "Kandor")),
    # the name does not end the apposition
    ("en", "Velmora's biggest shareholder, the pension fund Quistor Kandor owns, will sell.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # a copula with an adjective's complement
    ("en", "Velmora's largest customers are happy with the German maker Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Les clients de Korvane sont satisfaits du distributeur lyonnais Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # "des" before goods or sites of a company: no company bought
    ("fr", "Korvane a annoncé le rachat des usines Quistor de Lyon.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a annoncé le rachat des magasins Quistor en Bretagne.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane négocie l'achat des moteurs de Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    # goods bought, not made; another maker nearer the relative
    ("en", "Velmora buys treatments that are sold through Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora makes treatments, and Zelbar makes pills that are sold through Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane achète des fromages qui sont vendus chez Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # an owner that sells: the stake ends with the sale
    ("en", "Quistor is being sold by its owner, the investment group Kandor Aerospace, the "
     "agency reported.", ("INVESTS_IN", "Kandor Aerospace", "Quistor")),
    ("en", "Quistor is being sold by its owner, Kandor Aerospace, the agency reported.",
     ("INVESTS_IN", "Kandor Aerospace", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

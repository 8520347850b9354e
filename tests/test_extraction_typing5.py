"""Issue 11, session 21 (typing5): towns, sites and products typed as companies, and one wrong
type. A town after a participle of where goods are made or a firm sits ("les granulés produits
à Quessac"), continental adjectives in a pair ("for Asian and African markets"), a town after a
possessive works noun ("sa cimenterie de Vallorbe") or after "site de" ("directeur du site de
Vilsbiburg"), a site apposed with a possessive ("la Manufacture de Quessac, son site
historique"), a site named by its kind ("le Terminal de Quessor"), a site before a works noun
("its Quistor Werk melt shop"), a maker's range ("whose Quibbit line", "son programme de
fidélité Orvalo"), and "a power purchase agreement with Y" (no acquisition); "a remercié son
directeur général" (a dismissal, so a former role). Each family keeps the right edge nearby.
Every name here is made up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the customer of "vendre à" after the town of the goods
    ("fr", "En aval, Velmora vendra les granulés produits à Quessac à Kandor Industries, "
           "un fabricant lyonnais, dans le cadre d'un contrat de dix ans.",
     ("SUPPLIES", "Velmora", "Kandor Industries")),
    ("fr", "Velmora vend ses granulés à Kandor Industries.",
     ("SUPPLIES", "Velmora", "Kandor Industries")),
    # a venture of two companies for markets named by adjectives
    ("en", "Velmora Systems and Quistor Group have formed a 50-50 venture in Pune to build "
           "compact pumps for Asian and African markets.",
     ("PARTNERS_WITH", "Velmora Systems", "Quistor")),
    # a company apposed with a possessive relation noun stays a party
    ("en", "Velmora will invest $30 million in Tarvik Robotics, its longtime supplier.",
     ("INVESTS_IN", "Velmora", "Tarvik Robotics")),
    ("fr", "Velmora investira 25 millions d'euros dans Quessac Robotique, son fournisseur "
           "historique.",
     ("INVESTS_IN", "Velmora", "Quessac Robotique")),
    # the rival who owns the range stays a rival
    ("en", "Velmora competes with Kandor, whose Quibbit line sells in forty countries.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    # the rivals beside an owned product stay rivals
    ("en", "In immunoglobulins Velmora remains a distant challenger to its much larger rivals "
           "Kandor and Quistor, and its flagship product Immovar is sold mainly in Austria.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("en", "Velmora competes with Kandor, its biggest rival, and with Quistor.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora a racheté le fabricant de pompes Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a website's owner stays a source
    ("fr", "Velmora a racheté Quistor, selon le site de Kandor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a chief who thanks others stays in office
    ("fr", "Paul Dervin, directeur général de Velmora, a remercié les salariés.",
     ("EXECUTIVE_OF", "Paul Dervin", "Velmora")),
    # a purchase of a company stays one
    ("en", "Velmora agreed to purchase utility Kandor for $2bn.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Velmora signed an agreement to buy Kandor.",
     ("ACQUIRES", "Velmora", "Kandor")),
]

ABSENT = [
    ("fr", "En aval, Velmora vendra les granulés produits à Quessac à Kandor Industries, "
           "un fabricant lyonnais, dans le cadre d'un contrat de dix ans.",
     ("SUPPLIES", "Velmora", "Quessac")),
    ("fr", "Les pièces fabriquées à Tarvenne sont livrées à Kandor par Velmora.",
     ("SUPPLIES", "Velmora", "Tarvenne")),
    ("en", "Velmora Systems and Quistor Group will form a 50-50 venture in Pune to build "
           "compact pumps for Asian and African markets.",
     ("SUPPLIES", "Velmora Systems", "Asian")),
    ("en", "Velmora Systems and Quistor Group will form a 50-50 venture in Pune to build "
           "compact pumps for Asian and African markets.",
     ("SUPPLIES", "Quistor", "Asian")),
    ("fr", "Kandor Ciments équipera dès 2027 le four de sa cimenterie de Vallorbe d'une "
           "colonne fournie par Velmora.",
     ("SUPPLIES", "Kandor Ciments", "Vallorbe")),
    ("fr", "Velmora investira en parallèle 25 millions d'euros dans la Manufacture de Quessac, "
           "son site historique, où une nouvelle ligne doit entrer en service.",
     ("INVESTS_IN", "Velmora", "Manufacture de Quessac")),
    ("fr", "Tarvik Holdings prévoit en outre d'investir 180 millions d'euros dans le Terminal "
           "de Quessor afin d'allonger le linéaire de quai.",
     ("INVESTS_IN", "Tarvik Holdings", "Terminal de Quessor")),
    ("en", "To cut emissions, Velmora has signed a ten-year power purchase agreement with "
           "utility Kandor, which will deliver wind electricity to its Quistor Werk melt shop "
           "from 2027.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "To cut emissions, Velmora has signed a ten-year power purchase agreement with "
           "utility Kandor, which will deliver wind electricity to its Quistor Werk melt shop "
           "from 2027.",
     ("SUPPLIES", "Kandor", "Quistor Werk")),
    ("fr", "Son programme de fidélité Orvalo, dont Kandor est le premier partenaire aérien, "
           "compte 400 000 membres.",
     ("PARTNERS_WITH", "Kandor", "Orvalo")),
    ("en", "The deal gives Velmora more heft against Kandor, whose Quibbit line competes "
           "head-on with its flagship Velmo tiles.",
     ("COMPETES_WITH", "Quibbit", "Velmo")),
    ("en", "The deal gives Velmora more heft against Kandor, whose Quibbit line competes "
           "head-on with its flagship Velmo tiles.",
     ("COMPETES_WITH", "Kandor", "Velmo")),
    ("en", "Velmora competes with Kandor, whose Quibbit line sells in forty countries.",
     ("COMPETES_WITH", "Velmora", "Quibbit")),
    ("en", "In immunoglobulins Velmora remains a distant challenger to its much larger rivals "
           "Kandor and Quistor, and its flagship product Immovar is sold mainly in Austria.",
     ("COMPETES_WITH", "Kandor", "Immovar")),
    ("en", "Velmora's biggest title, Quarry Tales, currently ranks just behind Kandor's "
           "Gemfall in the UK.",
     ("COMPETES_WITH", "Kandor", "Quarry Tales")),
    ("fr", "Velmora lance sa nouvelle marque Orvalo face à Kandor, son grand rival.",
     ("COMPETES_WITH", "Kandor", "Orvalo")),
    # "le site de X": a town
    ("fr", "Hans Brandl restera directeur du site de Vilsbiburg et de ses 160 salariés.",
     ("EXECUTIVE_OF", "Hans Brandl", "Vilsbiburg")),
    ("fr", "Le fondateur de Quistor, Hans Brandl, restera aux commandes du site de Vilsbiburg "
           "pendant trois ans.",
     ("INVESTS_IN", "Quistor", "Vilsbiburg")),
    # "remercier son directeur": dismissed, a former role
    ("fr", "Velmora a remercié son directeur général, Paul Dervin, après deux ans de pertes.",
     ("EXECUTIVE_OF", "Paul Dervin", "Velmora")),
    ("en", "Velmora, which runs two kilns in Morvik, the Tarvana town that makes most of the "
           "country's tiles, will sell slabs to Kandor.",
     ("SUPPLIES", "Velmora", "Tarvana")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

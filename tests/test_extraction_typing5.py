"""Issue 11, session 21 (typing5): towns, sites and products typed as companies, and one wrong
type. A town after a participle of where goods are made or a firm sits ("les granulés produits
à Quessac"), continental adjectives in a pair ("for Asian and African markets"), a town after a
possessive works noun ("sa papeterie de Lunvel") or after "site de" ("directrice du site de
Quessac"), a site apposed with a possessive ("la Filature de Quessac, son usine principale"), a
site named by its kind ("le Terminal de Quessor"), a site before a works noun ("its Quistor
Werk press shop"), a maker's range ("whose Quibbit line", "son programme de parrainage
Orvalo"), and "a power purchase agreement with Y" (no acquisition); "a remercié son
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
    ("en", "Velmora Systems and Quistor Group have set up a joint company in Tarvik to make "
           "small boilers for Asian and African markets.",
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
    ("en", "In sealants Velmora still trails its larger rivals Kandor and Quistor, and its "
           "newest product Quelbrix ships mostly to Norway.",
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
    ("en", "Velmora Systems and Quistor Group will set up a joint company in Tarvik to make "
           "small boilers for Asian and African markets.",
     ("SUPPLIES", "Velmora Systems", "Asian")),
    ("en", "Velmora Systems and Quistor Group will set up a joint company in Tarvik to make "
           "small boilers for Asian and African markets.",
     ("SUPPLIES", "Quistor", "Asian")),
    ("fr", "Kandor Papiers équipera en 2028 le broyeur de sa papeterie de Lunvel d'un filtre "
           "fourni par Velmora.",
     ("SUPPLIES", "Kandor Papiers", "Lunvel")),
    ("fr", "Velmora investira aussi 12 millions d'euros dans la Filature de Quessac, son usine "
           "principale, qui recevra deux métiers neufs.",
     ("INVESTS_IN", "Velmora", "Filature de Quessac")),
    ("fr", "Tarvik Holdings compte investir 90 millions d'euros dans le Terminal de Quessor "
           "pour y ajouter deux grues.",
     ("INVESTS_IN", "Tarvik Holdings", "Terminal de Quessor")),
    ("en", "Velmora has signed a twelve-year power purchase agreement with utility Kandor, "
           "which will deliver solar power to its Quistor Werk press shop from 2028.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Velmora has signed a twelve-year power purchase agreement with utility Kandor, "
           "which will deliver solar power to its Quistor Werk press shop from 2028.",
     ("SUPPLIES", "Kandor", "Quistor Werk")),
    ("fr", "Son programme de parrainage Orvalo, dont Kandor est le principal partenaire "
           "bancaire, réunit 90 000 inscrits.",
     ("PARTNERS_WITH", "Kandor", "Orvalo")),
    ("en", "The merger makes Velmora a stronger match for Kandor, whose Quibbit line competes "
           "directly with its classic Velmo tiles.",
     ("COMPETES_WITH", "Quibbit", "Velmo")),
    ("en", "The merger makes Velmora a stronger match for Kandor, whose Quibbit line competes "
           "directly with its classic Velmo tiles.",
     ("COMPETES_WITH", "Kandor", "Velmo")),
    ("en", "Velmora competes with Kandor, whose Quibbit line sells in forty countries.",
     ("COMPETES_WITH", "Velmora", "Quibbit")),
    ("en", "In sealants Velmora still trails its larger rivals Kandor and Quistor, and its "
           "newest product Quelbrix ships mostly to Norway.",
     ("COMPETES_WITH", "Kandor", "Quelbrix")),
    ("en", "Velmora's top game, Tarn Riders, now ranks behind Kandor's Gemfall "
           "in Spain.",
     ("COMPETES_WITH", "Kandor", "Tarn Riders")),
    ("fr", "Velmora lance sa nouvelle marque Orvalo face à Kandor, son grand rival.",
     ("COMPETES_WITH", "Kandor", "Orvalo")),
    # "le site de X": a town
    ("fr", "Léa Marchal reste directrice du site de Quessac et de ses 90 salariés.",
     ("EXECUTIVE_OF", "Léa Marchal", "Quessac")),
    ("fr", "La fondatrice de Quistor, Léa Marchal, gardera la direction du site de Quessac "
           "pendant deux ans.",
     ("INVESTS_IN", "Quistor", "Quessac")),
    # "remercier son directeur": dismissed, a former role
    ("fr", "Velmora a remercié son directeur général, Paul Dervin, après deux ans de pertes.",
     ("EXECUTIVE_OF", "Paul Dervin", "Velmora")),
    ("en", "Velmora, which runs two kilns in Morvik, the Tarvana town that makes most of the "
           "country's tiles, will sell slabs to Kandor.",
     ("SUPPLIES", "Velmora", "Tarvana")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

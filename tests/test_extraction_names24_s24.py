"""Names on new text, twenty-fourth round (session 24): public bodies named for their fields
over "for ... and" and with their nationality ("the Danish Association for Ferry Optics", "the
European Bank for Harbour Works and Development"), a port's authority with its town ("the Port
of Quellhaven Authority", "le Grand Port Maritime de Saint-Quellan"), an exchange "of" its
country, French federations named in lower case ("la Fédération française des sports de
traîneau"), a name cut before "de" joined by an apposed company with a hyphenated adjective
("Fabrique de Ressorts Quellanvron, a family-owned Swiss producer"), French names over "et"
between capitalised adjectives ("Quellac Riz Étuvé et Produits Céréaliers"), "la Société des
grands chantiers", a group named by its rank ("the so-called Big Three") that is no name, and
names no longer read as products: an owned apposition ("a family-owned processor"), a
holding "vehicle", a name ending in a family holding's compound. Invented names in no list;
the near shapes that stay apart (a town's name after "Transport for", a product that is a
vehicle) are checked too. Also a deal noun opening the subject whose clause says it was shelved
further on than the auxiliary window ("A planned joint venture between X and Y to build ...
was shelved in 2024"), which the names above exposed on material."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a public body named for its fields, with its nationality after "the"
    ("en", "The Danish Association for Ferry Optics, whose divers have used Orvalle units "
     "since 2021, said it would add eight more.",
     ("SUPPLIES", "Orvalle", "Danish Association for Ferry Optics")),
    ("en", "The European Bank for Harbour Works and Development, which owns 9.5% of Quellbrand "
     "Lithos, will help fund the purchase.",
     ("INVESTS_IN", "European Bank for Harbour Works and Development", "Quellbrand Lithos")),
    ("en", "Velmora was testing an escapement developed with the Swiss Center for Optics and "
     "Microfluidics in Bern.",
     ("PARTNERS_WITH", "Velmora", "Swiss Center for Optics and Microfluidics")),
    # a port's authority named by its town
    ("en", "The Port of Quellhaven Authority has extended its dredging contract with Orvalle "
     "until 2030.", ("SUPPLIES", "Orvalle", "Port of Quellhaven Authority")),
    ("en", "Port of Ostra-Velm hires Orvalle's barges to move silt.",
     ("SUPPLIES", "Orvalle", "Port of Ostra-Velm")),
    ("fr", "Le Grand Port Maritime de Saint-Quellan a confié à Orvalle l'entretien du chenal.",
     ("SUPPLIES", "Orvalle", "Grand Port Maritime de Saint-Quellan")),
    # an exchange "of" its country
    ("en", "Orvalle agreed to buy a 65% stake in Quistal Paddy, according to a filing with the "
     "Stock Exchange of Quellonia on Tuesday.",
     ("REPORTED_BY", "ARTICLE", "Stock Exchange of Quellonia")),
    # a French federation named in lower case after its head and adjective
    ("fr", "Quistal équipe déjà de ses capteurs les pistes de la Fédération française des sports "
     "de traîneau.", ("SUPPLIES", "Quistal", "Fédération française des sports de traîneau")),
    # French "et" between two capitalised adjectives, or an adjective and a plural trade noun
    ("fr", "Sa filiale Quellac Riz Étuvé et Produits Céréaliers approvisionne les cuisines de "
     "Brandor.", ("SUPPLIES", "Quellac Riz Étuvé et Produits Céréaliers", "Brandor")),
    ("fr", "Velmora a racheté Quellac Tissus Lavés et Teintés en 2022.",
     ("ACQUIRES", "Velmora", "Quellac Tissus Lavés et Teintés")),
    # "Société" before a lower-case complement, a prenominal adjective in it
    ("fr", "Velmora a signé avec la Société des grands chantiers un contrat de fourniture.",
     ("SUPPLIES", "Velmora", "Société des grands chantiers")),
    # a name over "de" before an apposed company with a hyphenated adjective
    ("en", "Velmora said it had agreed to buy Fabrique de Ressorts Quellanvron, a family-owned "
     "Swiss producer of springs, for 62 million francs.",
     ("ACQUIRES", "Velmora", "Fabrique de Ressorts Quellanvron")),
    # the same shape with another verb, or the denial in a relative clause, stays asserted
    ("en", "A joint venture between Velmora and Quistor to build a spring line in Saxony was "
     "launched in 2024.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "A joint venture between Velmora and Quistor, which was shelved in 2020, makes "
     "bolts again.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a rank word and a number go on with a capitalised word after them
    ("en", "Velmora competes with Big Six Brewing in the north.",
     ("COMPETES_WITH", "Velmora", "Big Six Brewing")),
    # no product: an owned apposition, a holding vehicle, a family holding's compound
    ("en", "Orvalle buys bean protein from Quellandria Pulses, a family-owned processor in the "
     "south.", ("SUPPLIES", "Quellandria Pulses", "Orvalle")),
    ("en", "Quellberg Familienholding, an investment vehicle of several Swabian families, holds "
     "20 percent of Orvalle.", ("INVESTS_IN", "Quellberg Familienholding", "Orvalle")),
    ("en", "Brindle Familieholding, the vehicle of the founding family, holds 6% of Orvalle.",
     ("INVESTS_IN", "Brindle Familieholding", "Orvalle")),
]

ABSENT = [
    # a town's name after "Transport for" and another company after "and" stay apart
    ("en", "Velmora works with Transport for Quellshire and Quistor on the buses.",
     ("PARTNERS_WITH", "Velmora", "Transport for Quellshire and Quistor")),
    ("en", "Orvalle signed a loan with the Bank for Quellshire and Quistor Capital.",
     ("PARTNERS_WITH", "Orvalle", "Bank for Quellshire and Quistor Capital")),
    # "et" before another company's name, or after a word that is no adjective
    ("fr", "Velmora a signé un contrat avec Quistor Étuvé et Brandor Frères.",
     ("SUPPLIES", "Velmora", "Quistor Étuvé et Brandor Frères")),
    ("fr", "Velmora Industriel et Quistor ont signé un partenariat.",
     ("PARTNERS_WITH", "Velmora Industriel et Quistor", "Velmora")),
    # a deal noun opening the subject, its clause's verb a simple passive of denial far after
    ("en", "A planned joint venture between Velmora and Quistor Zeitwerk to build a spring line "
     "in Saxony was shelved in 2024.", ("PARTNERS_WITH", "Velmora", "Quistor Zeitwerk")),
    ("fr", "Une coentreprise entre Velmora et Quistor pour fabriquer des ressorts en Saxe a été "
     "abandonnée en 2024.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a group of firms named by its rank is no name
    ("en", "Velmora is a distant challenger to the industry's so-called Big Three - Quistor, "
     "Brandor and Tarvik - in cable cars.", ("COMPETES_WITH", "Big", "Velmora")),
    # a vehicle that is a product stays a product
    ("en", "Velmora has bought the Quistrel, an electric vehicle for cities, from Orvalle.",
     ("ACQUIRES", "Velmora", "Quistrel")),
    # a port in lower case is a place, not its authority
    ("en", "The port of Quellhaven has extended its dredging contract with Orvalle until 2030.",
     ("SUPPLIES", "Orvalle", "port of Quellhaven")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

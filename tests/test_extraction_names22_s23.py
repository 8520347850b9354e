"""Names on new text, twenty-second round (session 23): a name that goes on over a link word
("de", "du", "des", "of") when an indefinite description of a company is apposed to it
("Pressoir des Quellanes, une coopérative"); a place after "de l'" or a town's "Saint-"
chain after a head's complement ("la Compagnie des Manèges de l'Ouest"); joint-stock and
Polish legal forms ("JSC", "Sp. z o.o."); a French "-uit" / "-pris" / "-quis" participle
opening a sentence ("Éconduit en mars par X, ...") is no name; a model's tail word
("Pro") before a company's description; a French product noun and a town's adjective before
a name ("la plateforme rennaise X") place a firm. Invented names in no list; the near shapes
that stay cut, products or people are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a link word and capitalised words, then an apposed company description
    ("fr", "Orvalle a finalisé le rachat de Pressoir des Quellanes, une ancienne coopérative "
     "viticole.", ("ACQUIRES", "Orvalle", "Pressoir des Quellanes")),
    ("fr", "Orvalle va racheter Billetique du Haut Varnel, un réseau de guichets.",
     ("ACQUIRES", "Orvalle", "Billetique du Haut Varnel")),
    ("fr", "Le groupe Orvalle va racheter Câblage de l'Ostrane & Services, un spécialiste "
     "des réseaux de fibre.",
     ("ACQUIRES", "Orvalle", "Câblage de l'Ostrane & Services")),
    ("en", "Orvalle has taken a 20% stake in Textiles of Quellbury, a start-up that spins flax.",
     ("INVESTS_IN", "Orvalle", "Textiles of Quellbury")),
    ("en", "Orvalle agreed to buy Growers of the Varnel Valley, a cooperative of 400 farms.",
     ("ACQUIRES", "Orvalle", "Growers of the Varnel Valley")),
    # a legal form, then the apposed description
    ("fr", "Orvalle a racheté Tissage de Vornac SARL, une PME familiale de quarante salariés.",
     ("ACQUIRES", "Orvalle", "Tissage de Vornac")),
    # joint-stock companies' initials and the Polish limited company's form are legal forms
    ("en", "Orvalle sells spices. Orvalle paid $9 million for a 60% stake in Quan Velm Spices "
     "JSC, a processor in the south.", ("INVESTS_IN", "Orvalle", "Quan Velm Spices JSC")),
    ("en", "Orvalle has agreed to buy a 70% stake in Wielkopor Quellpol Sp. z o.o. for about "
     "80 million euros.", ("ACQUIRES", "Orvalle", "Wielkopor Quellpol Sp. z o.o.")),
    # "de la / de l'" and a place word, or a town's "Saint-" chain, after a head's complement
    ("fr", "Le groupe Orvalle a racheté la Compagnie des Manèges de l'Ouest.",
     ("ACQUIRES", "Orvalle", "Compagnie des Manèges de l'Ouest")),
    ("fr", "Le groupe Orvalle a racheté la Société des Eaux de Saint-Quellan, qui dessert "
     "40 communes.", ("ACQUIRES", "Orvalle", "Société des Eaux de Saint-Quellan")),
    # a French "-uit" / "-pris" / "-quis" participle opening the sentence is no name
    ("fr", "Éconduit en mars par son rival Velmor Travail, le groupe nantais Orvalle "
     "Intérim a racheté Brelkrachten NV, un réseau de 38 agences.",
     ("ACQUIRES", "Orvalle Intérim", "Brelkrachten")),
    ("fr", "Brenuit a racheté Quistal en mars.", ("ACQUIRES", "Brenuit", "Quistal")),
    # a model's tail word before an apposed company description
    ("fr", "Orvalle a racheté Velmaroute Pro, une start-up de la formation.",
     ("ACQUIRES", "Orvalle", "Velmaroute Pro")),
    # a French product noun and a town's adjective: a placed firm
    ("fr", "Orvalle a noué un partenariat avec la plateforme rennaise Quelsha.",
     ("PARTNERS_WITH", "Orvalle", "Quelsha")),
]

ABSENT = [
    # no apposition and no legal form: the complement stays out of the name
    ("fr", "Orvalle a racheté Pressoir des Quellanes l'an dernier.",
     ("ACQUIRES", "Orvalle", "Pressoir des Quellanes")),
    ("fr", "Éconduit en mars par son rival Velmor Travail, le groupe nantais Orvalle "
     "Intérim a racheté Brelkrachten NV, un réseau de 38 agences.",
     ("ACQUIRES", "Éconduit", "Brelkrachten")),
    # a person after the head's complement is no town
    ("fr", "Le groupe Orvalle a racheté la Compagnie des Manèges de Paul Brunvik.",
     ("ACQUIRES", "Orvalle", "Compagnie des Manèges de Paul Brunvik")),
    # a person and his firm: a first name opens the span
    ("en", "Orvalle hired Marc Dervenaz of Tessomir, a veteran of the industry.",
     ("EXECUTIVE_OF", "Marc Dervenaz of Tessomir", "Orvalle")),
    # a possessive after the complement
    ("en", "Orvalle bought Textiles of Quellbury's mill, a plant that spins flax.",
     ("ACQUIRES", "Orvalle", "Textiles of Quellbury")),
    # a model's tail word with no company description stays a product
    ("fr", "Orvalle vend sa montre Velmaroute Pro, un modèle haut de gamme.",
     ("SUPPLIES", "Velmaroute Pro", "Orvalle")),
    ("en", "Orvalle bought the Quellbook Max for its staff.",
     ("ACQUIRES", "Orvalle", "Quellbook Max")),
    # a product noun and a plain adjective stay a product
    ("fr", "Orvalle a lancé la prothèse inversée Kandrix.",
     ("SUPPLIES", "Orvalle", "Kandrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

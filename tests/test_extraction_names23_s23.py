"""Names on new text, twenty-third round (session 23): an English possessor that the article
never writes alone is inside a company's name ("Nessa's Pantry", "Kip & Torrin's Amusements");
a French university, orchestra or museum named by a lower-case adjective and its town, and a
"Club" that ends a name before its town ("Football Club de Saint-Quellan"); a French outlet's
title over "de la / de l'" ("Le Journal de la Quellonie Maritime"). Invented names in no list;
the near shapes that stay apart (a possessor named alone, a person's full name, a title, a
possession's noun, a person after the club) are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_OPENING = ("Orvalle makes soups and sauces in Ohio. It employs 400 people at two plants. Its "
            "sales rose 9% last year. ")
"""Three sentences before the one tested: absence from an article says something only over a
text of some length (a one-sentence text keeps "Kandor's Quistor" a possessor and its own)."""

FOUND = [
    # a possessor the article never writes alone is part of the name
    ("en", _OPENING + "Orvalle fights Nessa's Pantry and Quistal for space on the shelf.",
     ("COMPETES_WITH", "Nessa's Pantry", "Orvalle")),
    ("en", _OPENING + "Orvalle fights Nessa's Pantry and Quistal for space on the shelf.",
     ("COMPETES_WITH", "Orvalle", "Quistal")),
    ("en", _OPENING + "Orvalle goes up against rival Brindo's Homestyle, which Velmar took "
     "over in 2024.",
     ("ACQUIRES", "Velmar", "Brindo's Homestyle")),
    ("en", _OPENING + "Orvalle competes with Kip & Torrin's Amusements, which has widened "
     "its menus.",
     ("COMPETES_WITH", "Kip & Torrin's Amusements", "Orvalle")),
    ("en", _OPENING + "Orvalle buys its brushes from Tomsy's The Wash Factory, which builds "
     "conveyors.",
     ("SUPPLIES", "Tomsy's The Wash Factory", "Orvalle")),
    # a country's possessive still places the firm
    ("en", "Orvalle formed a joint venture with Japan's Quellmoto Seiko to make bolts.",
     ("PARTNERS_WITH", "Orvalle", "Quellmoto Seiko")),
    # an owned title goes on over "of"
    ("en", _OPENING + "According to Quellby's Annual Review of Soup Finance, Orvalle "
     "generated 31 million pounds of revenue.",
     ("REPORTED_BY", "ARTICLE", "Quellby's Annual Review of Soup Finance")),
    # a title after the possessive: the possessor is the company
    ("en", "Brindo's Chief Executive Anna Velm said the company would grow.",
     ("EXECUTIVE_OF", "Anna Velm", "Brindo")),
    # a university, an orchestra, a club named by its town
    ("fr", "Orvalle mène un programme de recherche commun avec l'Université catholique de "
     "Saint-Varnel sur les foils.",
     ("PARTNERS_WITH", "Université catholique de Saint-Varnel", "Orvalle")),
    ("fr", "Orvalle entretient les instruments de l'Orchestre national de Saint-Varnel, qui lui "
     "achète des archets.", ("SUPPLIES", "Orvalle", "Orchestre national de Saint-Varnel")),
    ("fr", "Le groupe Velmar a finalisé l'acquisition de 60 % du Football Club de "
     "Saint-Quellan, pensionnaire de deuxième division.",
     ("ACQUIRES", "Velmar", "Football Club de Saint-Quellan")),
    # an outlet's title over "de la / de l'"
    ("fr", "Orvalle a dégagé 31 millions d'euros, a rapporté Le Journal de la Quellonie "
     "Maritime.", ("REPORTED_BY", "ARTICLE", "Le Journal de la Quellonie Maritime")),
    ("fr", "Selon Le Courrier de l'Ostrane, Orvalle a dégagé 31 millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Le Courrier de l'Ostrane")),
]

ABSENT = [
    # the possessor is written alone elsewhere: it owns what follows
    ("en", _OPENING + "Velmar is a soup maker based in Ohio. Orvalle bought Velmar's "
     "Homestyle Kitchen last year.", ("ACQUIRES", "Orvalle", "Velmar's Homestyle Kitchen")),
    # a one-sentence text says nothing by absence: the possessor stays apart
    ("en", "Orvalle fights Nessa's Pantry and Quistal for space on the shelf.",
     ("COMPETES_WITH", "Nessa's Pantry", "Orvalle")),
    # a person of the possessor after it
    ("en", _OPENING + "The deal was first disclosed by Velmar's Ana Quist in a memo.",
     ("REPORTED_BY", "ARTICLE", "Velmar's Ana Quist")),
    # a person's full name before the possessive
    ("en", _OPENING + "Orvalle competes with Marc Dervenaz's Quistal Foods, the Ohio group.",
     ("COMPETES_WITH", "Marc Dervenaz's Quistal Foods", "Orvalle")),
    ("en", _OPENING + "Orvalle competes with Marc Dervenaz's Quistal Foods, the Ohio group.",
     ("COMPETES_WITH", "Orvalle", "Marc Dervenaz's Quistal Foods")),
    # a possession's noun after the name
    ("en", _OPENING + "Orvalle bought Velmar's Quistor brand last year.",
     ("ACQUIRES", "Orvalle", "Velmar's Quistor")),
    # a title after the possessive stays out of the name
    ("en", "Brindo's Chief Executive Anna Velm said the company would grow.",
     ("EXECUTIVE_OF", "Anna Velm", "Brindo's Chief Executive Anna Velm")),
    # a person after the club is no town
    ("fr", "Le groupe Velmar a racheté le Football Club de Paul Brunvik.",
     ("ACQUIRES", "Velmar", "Football Club de Paul Brunvik")),
    # a lower-case complement after "de la" is no part of the title
    ("fr", "Selon Le Courrier de la semaine dernière, Orvalle a dégagé 31 millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Le Courrier de la semaine")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 25, stakes26 (INVESTS_IN and ACQUIRES: stakes and purchases the structure around
them hid): an apposition runs past a place's parenthesis ("X, installé à Céret
(Pyrénées-Orientales), a annoncé") and past the commas of a city and its state ("X, a Fresno,
California-based startup that ..., agreed to acquire Y"; "X, an Austin, Texas, startup that
..., has raised"); "installé", "implanté", "situé" open an apposition; a dateline's town in
capitals ("AUCH, 6 mai 2026 - ") is no company; a minority percentage "du capital de Y" in the
lead makes Y the article's company; a share word's "of" before the percentage ("holds a
minority stake of about 18 percent"); a stake frame's object may be a description that holds
the contracted "du" ("est entré au capital du groupe"), unless the sentence funds a deal;
"reprendre" a percentage of a company ("pour reprendre 51 % de Y").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR = "Zentrix fabrique des serres à Angers. Zentrix emploie 300 personnes.\n\n"
_EN = "Zentrix makes sea salt in Wales. Zentrix employs 300 people.\n\n"

FOUND = [
    # an apposition past a place's parenthesis
    ("fr", "Le bouchonnier Zentrix, installé à Céret (Pyrénées-Orientales), a annoncé mardi "
     "l'acquisition de 70 % du capital de Quistor Bois, un fabricant de bouchons.",
     ("ACQUIRES", "Zentrix", "Quistor Bois")),
    ("fr", "Le bouchonnier Zentrix, basé à Lorient (Morbihan), a racheté Quistor Bois.",
     ("ACQUIRES", "Zentrix", "Quistor Bois")),
    ("en", "Zentrix, based in Quimper (Brittany), has bought Quistor Apiaries.",
     ("ACQUIRES", "Zentrix", "Quistor Apiaries")),
    # an apposition past the commas of a city and its state
    ("en", "Zentrix, a Fresno, California-based startup that rents hives to growers, agreed "
     "to acquire Quistor Apiaries.", ("ACQUIRES", "Zentrix", "Quistor Apiaries")),
    ("en", "Zentrix, an Austin, Texas, startup that dispatches locksmiths through an app, has "
     "raised $48 million in a Series B round led by venture firm Quistor Street Partners.",
     ("INVESTS_IN", "Quistor Street Partners", "Zentrix")),
    # a dateline's town in capitals is no company: the subject after it
    ("fr", "VELMORANGE, 6 mai 2026 - Le sélectionneur Zentrix a annoncé mercredi avoir conclu "
     "le rachat de Quistor du Haut-Adour, une maison familiale.",
     ("ACQUIRES", "Zentrix", "Quistor du Haut-Adour")),
    ("en", "KORVANEBURG, Nov 18 - Zentrix Holdings has agreed to buy Quistor Towers, the "
     "company said.", ("ACQUIRES", "Zentrix", "Quistor Towers")),
    # a share word's "of" before the percentage
    ("en", _EN + "Quistor Ventures holds a stake of about 18 percent.",
     ("INVESTS_IN", "Quistor Ventures", "Zentrix")),
    # the contracted "du" of a description after a stake frame
    ("fr", _FR + "Le fonds Quistor Capital est entré au capital du groupe à hauteur de 15 %.",
     ("INVESTS_IN", "Quistor Capital", "Zentrix")),
    ("fr", _FR + "Le fonds Quistor Capital détient 15 % du groupe.",
     ("INVESTS_IN", "Quistor Capital", "Zentrix")),
    ("fr", _FR + "Le fonds Quistor Capital est actionnaire du groupe depuis 2021.",
     ("INVESTS_IN", "Quistor Capital", "Zentrix")),
    # "reprendre" a percentage of a company: a stake, a majority one also a purchase
    ("fr", _FR + "Zentrix a également signé une lettre d'intention pour reprendre 51 % de "
     "Quistor Alsace, un collecteur de Colmar.", ("ACQUIRES", "Zentrix", "Quistor Alsace")),
    ("fr", _FR + "Zentrix reprend 30 % du capital de Quistor Alsace.",
     ("INVESTS_IN", "Zentrix", "Quistor Alsace")),
]

ABSENT = [
    # a dateline's town is no buyer
    ("fr", "VELMORANGE, 6 mai 2026 - Le sélectionneur Zentrix a annoncé mercredi avoir conclu "
     "le rachat de Quistor du Haut-Adour, une maison familiale.",
     ("ACQUIRES", "VELMORANGE", "Quistor du Haut-Adour")),
    ("en", "KORVANEBURG, Nov 18 - Zentrix Holdings has agreed to buy Quistor Towers, the "
     "company said.", ("ACQUIRES", "KORVANEBURG", "Quistor Towers")),
    # a city and its state followed by the main verb: no apposition beyond the state
    ("en", "Zentrix, based in Austin, Texas, sells locks to Velmora. Quistor Ventures took a "
     "stake in Korvane.", ("INVESTS_IN", "Quistor Ventures", "Zentrix")),
    # a parenthesis that is no place (a person's role) stays a boundary
    ("fr", "Zentrix, dirigé par Ada Morel (PDG), a racheté Quistor Bois. Velmora (ex-Korvane) "
     "est actionnaire du groupe.", ("INVESTS_IN", "Korvane", "Zentrix")),
    # a stake that funds a deal: the description is not read
    ("fr", _FR + "Le rachat de Korvane est financé par le fonds Quistor Capital, qui entre au "
     "capital du distributeur à hauteur de 22 %.", ("INVESTS_IN", "Quistor Capital",
                                                     "Korvane")),
    # "du" of a market, not of a company
    ("fr", _FR + "Le fonds Quistor Capital détient 15 % du marché des serres.",
     ("INVESTS_IN", "Quistor Capital", "Zentrix")),
    # "reprendre" a percentage of a market or of a share price is no stake
    ("fr", _FR + "Zentrix a repris 5 % de parts de marché à Quistor.",
     ("INVESTS_IN", "Zentrix", "Quistor")),
    ("fr", _FR + "Zentrix reprend 30 % du capital de Quistor Alsace.",
     ("ACQUIRES", "Zentrix", "Quistor Alsace")),
    # a stake of a percentage in a named company stays that company's
    ("en", _EN + "Quistor Ventures holds a stake of about 18 percent in Korvane Labs.",
     ("INVESTS_IN", "Quistor Ventures", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 16, rivalries whose side is only referred to: "la PME" / "l'ETI" is no
company of the alias table (the table lists large companies and marks its start-ups), so a
rivalry stated about "la PME" goes to the article's company, not to a large company named in
the sentence before; a description with a complement in "-ment" before its name ("la
plateforme de paiement X", "le spécialiste de l'équipement médical X") is the name's, not a
separate description followed by a verb in "-ent".
Invented sentences, names in no list (one large company of the alias table, in no read
article's rivalry, is only the distractor; French only: English has no such noun in use);
absent cases keep out a verb in "-ent" after a description, the rivals' pairing with one
another and a rival's supplier."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

_BEFORE = ("Quistor Domotique a signé un prêt de 5 millions d'euros avec la banque Velgaard. "
           "Le montant servira à agrandir son usine de Vitré. Le groupe Legrand lui a confié "
           "la fabrication de boîtiers pendant deux ans. ")
_SMALL = _BEFORE + ("Dans ce métier, la PME se mesure à des acteurs plus gros comme l'italien "
                    "Velmora et l'allemand Kandor.")

FOUND = [
    # "la PME" after a large company of the alias table led the sentence before
    ("fr", _SMALL, (C, "Quistor Domotique", "Velmora")),
    ("fr", _SMALL, (C, "Quistor Domotique", "Kandor")),
    ("fr", _BEFORE + "La PME concurrence Velmora.", (C, "Quistor Domotique", "Velmora")),
    ("fr", _BEFORE + "L'ETI concurrence Velmora.", (C, "Quistor Domotique", "Velmora")),
    # a complement in "-ment" between the description and its name
    ("fr", "La plateforme de paiement Quistor affronte Velmora.", (C, "Quistor", "Velmora")),
    ("fr", "Le spécialiste de l'équipement médical Quistor se mesure à Velmora.",
     (C, "Quistor", "Velmora")),
    ("fr", "Le fabricant d'équipements Quistor concurrence Velmora et Kandor.",
     (C, "Quistor", "Kandor")),
    ("fr", "L'éditeur de logiciels de recrutement Quistor rivalise avec Velmora.",
     (C, "Quistor", "Velmora")),
    # unchanged neighbour: a start-up
    ("fr", "Quistor a levé 20 millions d'euros. La start-up affronte Velmora et Kandor.",
     (C, "Quistor", "Kandor")),
]

ABSENT = [
    # "la PME" never goes to the large company of the sentence before
    ("fr", _SMALL, (C, "Legrand", "Velmora")),
    ("fr", _BEFORE + "La PME concurrence Velmora.", (C, "Legrand", "Velmora")),
    # two rivals of one company are not rivals of each other
    ("fr", _SMALL, (C, "Velmora", "Kandor")),
    ("fr", "La plateforme de paiement Quistor affronte Velmora et Kandor.",
     (C, "Velmora", "Kandor")),
    # a rival's supplier is no rival
    ("fr", "La plateforme de paiement Quistor affronte Velmora, qui achète ses puces à Kandor.",
     (C, "Quistor", "Kandor")),
    # a verb in "-ent" after a description is still a verb
    ("fr", "Les sociétés Quistor et Velmora concurrencent Kandor.", (C, "Quistor", "Velmora")),
    ("fr", "La plateforme de paiement Quistor a vendu sa filiale à Velmora.",
     (C, "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

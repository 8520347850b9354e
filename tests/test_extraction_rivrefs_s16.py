"""Issue 11, session 16, rivalries whose side is only referred to: "la PME" / "l'ETI" is no
company of the alias table (the table lists large companies and marks its start-ups), so a
rivalry stated about "la PME" goes to the article's company, not to a large company named in
the sentence before; a description with a complement in "-ment" before its name ("la
plateforme de paiement X", "le spécialiste de l'équipement médical X") is the name's, not a
separate description followed by a verb in "-ent".
Invented sentences, names in no list (the large company of the alias table is only the
distractor); absent cases keep out a verb in "-ent" after a description, the rivals' pairing
with one another and a rival's supplier."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

_CHARTER = ("Quistor Marine a passé commande d'un navire auprès du chantier Drastin. "
            "La facture sera couverte par une levée de fonds menée par le fonds Velgaard "
            "Capital. Le navire entrera en service en 2028 : l'énergéticien danois Ørsted l'a "
            "affrété pour trois ans. ")

FOUND = [
    # "la PME" after a large company of the alias table led the sentence before
    ("fr", _CHARTER + "Sur ce créneau, la PME se mesurera à des poids lourds comme le belge "
     "Velmora et le néerlandais Kandor.", (C, "Quistor Marine", "Velmora")),
    ("fr", _CHARTER + "Sur ce créneau, la PME se mesurera à des poids lourds comme le belge "
     "Velmora et le néerlandais Kandor.", (C, "Quistor Marine", "Kandor")),
    ("fr", _CHARTER + "La PME affronte Velmora sur ce marché.", (C, "Quistor Marine", "Velmora")),
    ("fr", _CHARTER + "L'ETI affronte Velmora sur ce marché.", (C, "Quistor Marine", "Velmora")),
    # a complement in "-ment" between the description and its name
    ("fr", "La plateforme de paiement Quistor affronte Velmora.", (C, "Quistor", "Velmora")),
    ("fr", "Le spécialiste de l'équipement médical Quistor se mesure à Velmora.",
     (C, "Quistor", "Velmora")),
    ("fr", "Le fabricant d'équipements Quistor concurrence Velmora et Kandor.",
     (C, "Quistor", "Kandor")),
    ("fr", "L'éditeur de logiciels de recrutement Quistor rivalise avec Velmora.",
     (C, "Quistor", "Velmora")),
    # unchanged neighbours: a start-up, an English small company
    ("fr", "Quistor a levé 20 millions d'euros. La start-up affronte Velmora et Kandor.",
     (C, "Quistor", "Kandor")),
    ("en", "Quistor Marine ordered a vessel from Drastin. Denmark's Ørsted chartered it for "
     "three years. The company will compete with Velmora and Kandor.",
     (C, "Quistor Marine", "Velmora")),
]

ABSENT = [
    # "la PME" never goes to the large company of the sentence before
    ("fr", _CHARTER + "Sur ce créneau, la PME se mesurera à des poids lourds comme le belge "
     "Velmora et le néerlandais Kandor.", (C, "Ørsted", "Velmora")),
    ("fr", _CHARTER + "La PME affronte Velmora sur ce marché.", (C, "Ørsted", "Velmora")),
    # two rivals of one company are not rivals of each other
    ("fr", _CHARTER + "Sur ce créneau, la PME se mesurera à des poids lourds comme le belge "
     "Velmora et le néerlandais Kandor.", (C, "Velmora", "Kandor")),
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

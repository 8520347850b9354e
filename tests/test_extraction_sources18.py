"""Session 18, third sources pass: REPORTED_BY on new text. Invented sentences (companies in
no list; listed outlets and gazettes only where the family is about a listed one), both
languages.

Family 1: French regional dailies whose names are places or place words ("Paris-Normandie",
"Sud Ouest", "L'Est Républicain") are listed outlets: no form finds them. The region itself
("le Sud-Ouest", "une PME du Sud Ouest") is no source, nor a lower-case common word ("le midi
libre").

Family 2: an official gazette (BODACC, BALO, Bundesanzeiger / Federal Gazette, The London
Gazette, Federal Register) after a preposition is cited: "une annonce au Bodacc", "l'avis de
cession publié au Bodacc", "a notice in the Federal Gazette (Bundesanzeiger)". A gazette that
is the subject of its own sentence is not.

Family 3: a listed outlet that puts a figure at an amount ("un montant que Les Echos évaluent
à", "et L'Est Républicain l'évalue à", "which Reuters valued at", "Bloomberg put the price at")
is cited; a company doing so is not, nor an outlet that is a party.

Family 4: a listed outlet is an outlet in the slots of a name used once whatever the article
says of it elsewhere: "according to data compiled by Bloomberg".

Family 5: a company's own document whose owner is only described ("le document
d'enregistrement universel de la société") is the source under the document's name, not the
description.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1: regional dailies named by places
    ("fr", "Velmora a racheté Quistor l'an dernier, selon Paris-Normandie.",
     (_R, "ARTICLE", "Paris-Normandie")),
    ("fr", "Le montant serait proche de 60 millions d'euros, d'après le quotidien Sud Ouest, "
     "qui avait révélé les discussions entre Velmora et Quistor.",
     (_R, "ARTICLE", "Sud Ouest")),
    ("fr", "Velmora a racheté Quistor, selon L'Est Républicain.",
     (_R, "ARTICLE", "L'Est Républicain")),
    ("fr", "Velmora va racheter Quistor, a rapporté La Voix du Nord.",
     (_R, "ARTICLE", "La Voix du Nord")),
    ("fr", "Velmora a racheté Quistor, selon Midi Libre.", (_R, "ARTICLE", "Midi Libre")),
    ("en", "Velmora bought Quistor, according to the regional daily Nice-Matin.",
     (_R, "ARTICLE", "Nice-Matin")),
    # family 2: gazettes
    ("fr", "Le rachat de Quistor par Velmora a fait l'objet d'une annonce au Bodacc la semaine "
     "dernière.", (_R, "ARTICLE", "BODACC")),
    ("fr", "Le solde sera payé en 2026, précise l'avis de cession publié au Bodacc.",
     (_R, "ARTICLE", "BODACC")),
    ("fr", "Selon une annonce publiée au Bulletin officiel des annonces civiles et "
     "commerciales, Velmora a racheté Quistor.", (_R, "ARTICLE", "BODACC")),
    ("fr", "Velmora détient désormais 12 % de Quistor, selon un avis paru au BALO.",
     (_R, "ARTICLE", "BALO")),
    ("en", "Velmora is taking a 10% stake in Quistor, according to a notice in the Federal "
     "Gazette (Bundesanzeiger).", (_R, "ARTICLE", "Bundesanzeiger")),
    ("en", "Velmora is taking a 10% stake in Quistor, according to a notice in the Federal "
     "Gazette (Bundesanzeiger).", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora bought Quistor, a notice in The London Gazette shows.",
     (_R, "ARTICLE", "The London Gazette")),
    # family 3: an outlet's valuation
    ("fr", "Velmora a racheté Quistor pour un montant que Les Echos évaluent à 48 millions "
     "d'euros.", (_R, "ARTICLE", "Les Echos")),
    ("fr", "Velmora a racheté Quistor pour un montant que Les Echos évaluent à 48 millions "
     "d'euros.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Le prix n'a pas été dévoilé, et L'Est Républicain l'évalue à une trentaine de "
     "millions d'euros.", (_R, "ARTICLE", "L'Est Républicain")),
    ("fr", "Velmora a racheté Quistor pour un montant que Le Figaro estime à 48 millions "
     "d'euros.", (_R, "ARTICLE", "Le Figaro")),
    ("en", "Velmora bought Quistor in a deal which Reuters valued at about $2 billion.",
     (_R, "ARTICLE", "Reuters")),
    ("en", "Velmora bought Quistor, and Bloomberg put the price at $2 billion.",
     (_R, "ARTICLE", "Bloomberg")),
    # family 4: a listed outlet in a data slot
    ("en", "Velmora shares rose 11 per cent, valuing the company at about $390mn, according to "
     "data compiled by Bloomberg.", (_R, "ARTICLE", "Bloomberg")),
    ("en", "Velmora bought Quistor for $40 million, according to data compiled by Bloomberg.",
     (_R, "ARTICLE", "Bloomberg")),
    # family 5: a company's own document, its owner described
    ("fr", "Velmora fournit Quistor, précise le document d'enregistrement universel de la "
     "société.", (_R, "ARTICLE", "document d'enregistrement universel")),
    ("fr", "Velmora fournit Quistor, précise le document d'enregistrement universel de la "
     "société.", ("SUPPLIES", "Velmora", "Quistor")),
]

ABSENT = [
    # family 1: the region and common words are no outlet
    ("fr", "Velmora, une PME du Sud-Ouest, a racheté Quistor, selon un communiqué.",
     (_R, "ARTICLE", "Sud Ouest")),
    ("fr", "Velmora, installée dans le Sud-Ouest, a racheté Quistor selon nos informations.",
     (_R, "ARTICLE", "Sud Ouest")),
    ("fr", "Selon le midi libre de la rédaction, Velmora a racheté Quistor.",
     (_R, "ARTICLE", "Midi Libre")),
    # family 2: a gazette as a subject is no citation
    ("fr", "Le Bodacc a changé de format et Velmora a racheté Quistor.",
     (_R, "ARTICLE", "BODACC")),
    # family 3: a company's own valuation, an outlet that is a party
    ("fr", "Velmora a racheté Quistor, que Zentrix évalue à 30 millions d'euros.",
     (_R, "ARTICLE", "Zentrix")),
    ("en", "Velmora bought Quistor, which Zentrix valued at $2 billion.",
     (_R, "ARTICLE", "Zentrix")),
    ("fr", "Les Echos ont racheté Quistor pour un montant non dévoilé.",
     (_R, "ARTICLE", "Les Echos")),
    # family 4: a listed outlet that is a party
    ("en", "Bloomberg has agreed to buy Quistor, a data provider.",
     (_R, "ARTICLE", "Bloomberg")),
    # family 5: the description is no source
    ("fr", "Velmora fournit Quistor, précise le document d'enregistrement universel de la "
     "société.", (_R, "ARTICLE", "la société")),
    ("fr", "Velmora fournit Quistor, selon un document de la société.",
     (_R, "ARTICLE", "la société")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

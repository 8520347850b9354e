"""Session 20, sixth sources pass: a source slot after an outlet noun with two adjectives, and
an inverted citing verb of computation. Invented sentences, outlets and companies in no list.

Family 1: two plain adjectives after the outlet noun and before the name ("selon le quotidien
économique flamand X", "selon le site spécialisé italien X"): the name is the source. A
company after a company noun with adjectives ("selon le groupe industriel allemand X") and a
company after the source clause are not.

Family 2: "a calculé X" (and "avait calculé", "calcule") after a comma at the clause's end,
like "a rapporté X": the outlet that computed the figure is cited. A company that is a party
of the deal, named before the verb, is not the source.

Family 3: a study opening its sentence with its firm described ("Figures from research firm X
showed that", "Data from energy analytics firm X show that" (the plural "show" a verb after a
described firm too), "Les chiffres du cabinet X montrent que"): the firm is cited. A firm bought, or
a firm with no study noun before it, is not.

Family 4 (precision): a work still to come, "qui sera publié par X", "which will be published
by X", cites nothing: its publisher is no source. A text already published by an outlet is.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1
    ("fr", "Velmora a racheté Quistor pour 120 millions d'euros, selon le quotidien "
     "économique flamand Kandorblad.", (_R, "ARTICLE", "Kandorblad")),
    ("fr", "Velmora a racheté Quistor pour 120 millions d'euros, selon le site spécialisé "
     "italien Kandorblad.", (_R, "ARTICLE", "Kandorblad")),
    ("fr", "Selon le magazine professionnel néerlandais Kandorvak, Velmora a vendu son usine "
     "à Quistor.", (_R, "ARTICLE", "Kandorvak")),
    ("fr", "D'après l'hebdomadaire économique régional Kandorhebdo, Velmora a racheté Quistor.",
     (_R, "ARTICLE", "Kandorhebdo")),
    # family 2
    ("fr", "Velmora a racheté Quistor pour 300 millions d'euros, a calculé Kandorfin.",
     (_R, "ARTICLE", "Kandorfin")),
    ("fr", "Velmora a racheté Quistor pour 300 millions d'euros, a calculé le quotidien "
     "Kandorfin.", (_R, "ARTICLE", "Kandorfin")),
    ("fr", "L'opération valorise Quistor à 80 millions d'euros, avait calculé Kandorfin, "
     "avant que Velmora ne l'achète.", (_R, "ARTICLE", "Kandorfin")),
    # family 3
    ("en", "Figures from energy analytics firm Kandorlytics showed that Velmora supplies "
     "Quistor.", (_R, "ARTICLE", "Kandorlytics")),
    ("en", "Data from research firm Kandorlytics shows that Velmora sold 31 rigs to Quistor.",
     (_R, "ARTICLE", "Kandorlytics")),
    ("en", "Data from energy analytics firm Kandorlytics show that Velmora sold 31 rigs to "
     "Quistor.", (_R, "ARTICLE", "Kandorlytics")),
    ("fr", "Les chiffres du cabinet Kandorstat montrent que Velmora fournit Quistor.",
     (_R, "ARTICLE", "Kandorstat")),
    # family 4: a text already published
    ("fr", "Velmora SA a racheté Quistor SA, selon un article publié par Kandorpost.",
     (_R, "ARTICLE", "Kandorpost")),
]

ABSENT = [
    # family 1: a company noun with adjectives; a company after the source clause
    ("fr", "Selon le groupe industriel allemand Velmora SA, Quistor a perdu des parts de marché.",
     (_R, "ARTICLE", "Velmora SA")),
    ("fr", "Selon le quotidien économique flamand Kandorblad, Velmora a racheté Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora a vendu au groupe chimique allemand Quistor SA son usine de Lyon.",
     (_R, "ARTICLE", "Quistor SA")),
    # family 2: a party named before the verb; the company of the deal
    ("fr", "Velmora a calculé le prix de Quistor à partir de ses résultats.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora a racheté Quistor pour 300 millions d'euros, a calculé Kandorfin.",
     (_R, "ARTICLE", "Quistor")),
    # family 3: a firm bought; a firm with no study noun before it
    ("en", "Data from research firm Kandorlytics was bought by Velmora.",
     (_R, "ARTICLE", "Kandorlytics")),
    ("en", "Research firm Kandorlytics shows Velmora's products at its stand.",
     (_R, "ARTICLE", "Kandorlytics")),
    ("en", "Velmora sold 31 rigs to Quistor at the Kandorlytics show that opened on Monday.",
     (_R, "ARTICLE", "Kandorlytics")),
    # family 4: a work still to come
    ("fr", "Le studio Quistor développe un jeu de course attendu fin 2027, qui sera publié par "
     "Velmora SA.", (_R, "ARTICLE", "Velmora")),
    ("en", "Quistor Studios is making a racing game due in 2027, which will be published by "
     "Velmora Inc.", (_R, "ARTICLE", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

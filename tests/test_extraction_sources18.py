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

Family 6: filings and registers: a filer's phrase set off by commas between a filing and its
body ("a filing by X's parent, Y Ltd., with the Z Exchange"), the year of accounts before their
filing participle ("les comptes 2024 déposés au greffe"), a hyphenated town ending a registry's
name ("d'Aix-en-Provence"), a gazette after its owner's possessive ("a statement to the X
Exchange's Regulatory News Service"), a body's register as the subject of "lists / show" ("the
FCA register lists", "SEC records show").

Family 7: French titles: an outlet whose name ends in an outlet word after an outlet noun is no
person when a role follows the comma ("le site spécialisé X Presse, la présidente a démenti");
a title whose head is an outlet word keeps its place adjective after any word ("des
informations de La Gazette savoyarde"); speech to a titled or listed outlet with the speaker
between ("a confirmé son directeur général au Journal du X", "a indiqué mardi à l'AFP son
directeur financier"), not a deal's "à" ("a annoncé la vente de sa filiale à X Presse", "a
indiqué qu'elle vendrait ses parts à X Presse"); any speech verb before a name and its edition
(", indique Le X Matin dans son édition de mardi").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1: regional dailies named by places
    ("fr", "Velmora a racheté Quistor l'an dernier, selon Paris-Normandie.",
     (_R, "ARTICLE", "Paris-Normandie")),
    ("fr", "Velmora a pris le contrôle de Quistor cet été, d'après le quotidien Sud Ouest.",
     (_R, "ARTICLE", "Sud Ouest")),
    ("fr", "Velmora a racheté Quistor, selon L'Est Républicain.",
     (_R, "ARTICLE", "L'Est Républicain")),
    ("fr", "Velmora va racheter Quistor, a rapporté La Voix du Nord.",
     (_R, "ARTICLE", "La Voix du Nord")),
    ("fr", "Velmora a racheté Quistor, selon Midi Libre.", (_R, "ARTICLE", "Midi Libre")),
    ("en", "Velmora bought Quistor, according to the regional daily Nice-Matin.",
     (_R, "ARTICLE", "Nice-Matin")),
    # family 2: gazettes
    ("fr", "Velmora a racheté Quistor, comme l'indique une annonce parue mardi au Bodacc.",
     (_R, "ARTICLE", "BODACC")),
    ("fr", "La vente de Quistor à Velmora figure dans un avis publié au Bodacc.",
     (_R, "ARTICLE", "BODACC")),
    ("fr", "Selon une annonce publiée au Bulletin officiel des annonces civiles et "
     "commerciales, Velmora a racheté Quistor.", (_R, "ARTICLE", "BODACC")),
    ("fr", "Velmora détient désormais 12 % de Quistor, selon un avis paru au BALO.",
     (_R, "ARTICLE", "BALO")),
    ("en", "A notice in the Bundesanzeiger shows that Velmora owns 15% of Quistor.",
     (_R, "ARTICLE", "Bundesanzeiger")),
    ("en", "Velmora owns 15% of Quistor, an entry in the Federal Gazette shows.",
     (_R, "ARTICLE", "Bundesanzeiger")),
    ("en", "Velmora owns 15% of Quistor, an entry in the Federal Gazette shows.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora bought Quistor, a notice in The London Gazette shows.",
     (_R, "ARTICLE", "The London Gazette")),
    # family 3: an outlet's valuation
    ("fr", "Velmora a racheté Quistor pour un montant que Les Echos évaluent à 48 millions "
     "d'euros.", (_R, "ARTICLE", "Les Echos")),
    ("fr", "Velmora a racheté Quistor pour un montant que Les Echos évaluent à 48 millions "
     "d'euros.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora reprend Quistor ; L'Est Républicain chiffre l'opération à 12 millions "
     "d'euros.", (_R, "ARTICLE", "L'Est Républicain")),
    ("fr", "Velmora a racheté Quistor pour un montant que Le Figaro estime à 48 millions "
     "d'euros.", (_R, "ARTICLE", "Le Figaro")),
    ("en", "Velmora bought Quistor in a deal which Reuters valued at about $2 billion.",
     (_R, "ARTICLE", "Reuters")),
    ("en", "Velmora bought Quistor, and Bloomberg put the price at $2 billion.",
     (_R, "ARTICLE", "Bloomberg")),
    # family 4: a listed outlet in a data slot
    ("en", "Velmora bought Quistor for $40 million, according to data compiled by Bloomberg.",
     (_R, "ARTICLE", "Bloomberg")),
    # family 5: a company's own document, its owner described
    ("fr", "Selon le rapport financier annuel du groupe, Velmora fournit Quistor depuis 2019.",
     (_R, "ARTICLE", "rapport financier annuel")),
    ("fr", "Selon le rapport financier annuel du groupe, Velmora fournit Quistor depuis 2019.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # family 6: filings and registers
    ("en", "In a filing by its majority owner, Zentrix Group, with the Kandor Stock Exchange, "
     "Velmora said it would buy Quistor.", (_R, "ARTICLE", "Kandor Stock Exchange")),
    ("en", "Velmora will pay $134 million for Quistor, according to a filing by Zentrix, its "
     "parent, with the Kandor Securities Commission.",
     (_R, "ARTICLE", "Kandor Securities Commission")),
    ("fr", "Velmora paiera 134 millions d'euros pour Quistor, selon un document déposé par sa "
     "maison mère, Zentrix, auprès de l'AMF.", (_R, "ARTICLE", "Autorité des marchés financiers")),
    ("fr", "Les comptes 2023 déposés au greffe du tribunal de commerce de Saint-Kandor-sur-Mer "
     "montrent que Velmora détient 40 % de Quistor.",
     (_R, "ARTICLE", "greffe du tribunal de commerce de Saint-Kandor-sur-Mer")),
    ("en", "Velmora disclosed the sale of Quistor in an announcement to the Kandor Stock "
     "Exchange's Regulatory News Service.",
     (_R, "ARTICLE", "Regulatory News Service")),
    ("en", "Velmora said via RNS that it would sell Quistor.",
     (_R, "ARTICLE", "Regulatory News Service")),
    ("en", "Velmora, which bought Quistor in May, is authorised to lend, the FCA register "
     "shows.", (_R, "ARTICLE", "Financial Conduct Authority")),
    ("en", "Velmora bought Quistor in 2021, SEC records show.", (_R, "ARTICLE", "SEC")),
    # family 7: French titles
    ("fr", "D'après le site Kandor Presse, la directrice générale de Velmora quittera le "
     "groupe.", (_R, "ARTICLE", "Kandor Presse")),
    ("fr", "Velmora va racheter Quistor, selon des informations de La Gazette savoyarde.",
     (_R, "ARTICLE", "La Gazette savoyarde")),
    ("fr", "Velmora va racheter Quistor, a confirmé son directeur général au Journal du Kandor.",
     (_R, "ARTICLE", "Journal du Kandor")),
    ("fr", "« Nous sommes acheteurs », a déclaré le PDG de Velmora au Journal du Kandor.",
     (_R, "ARTICLE", "Journal du Kandor")),
    ("fr", "Velmora va racheter Quistor, a indiqué mardi à l'AFP son directeur financier.",
     (_R, "ARTICLE", "Agence France-Presse")),
    ("fr", "Velmora va racheter Quistor, indique Le Kandor Matin dans son édition de mardi.",
     (_R, "ARTICLE", "Le Kandor Matin")),
    ("en", "Velmora will buy Quistor, said the Kandor Ledger in its Monday edition.",
     (_R, "ARTICLE", "Kandor Ledger")),
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
    ("fr", "D'après le site Kandor Presse, la directrice générale de Velmora quittera le "
     "groupe.", ("EXECUTIVE_OF", "Kandor Presse", "Velmora")),
]

ABSENT += [
    # family 6: a register that lists nothing, a company's records
    ("en", "The FCA register will be updated after Velmora bought Quistor.",
     (_R, "ARTICLE", "Financial Conduct Authority")),
    ("en", "Zentrix records show that Velmora bought Quistor.", (_R, "ARTICLE", "Zentrix")),
    ("en", "Velmora, which is controlled by Zentrix, signed a deal with the Kandor Exchange.",
     (_R, "ARTICLE", "Kandor Exchange")),
    ("en", "Quistor's Regulatory News Service team grew.",
     (_R, "ARTICLE", "Regulatory News Service")),
    # family 7: a deal's "à", a company named as a title
    ("fr", "Velmora a annoncé la vente de sa filiale à Kandor Presse.",
     (_R, "ARTICLE", "Kandor Presse")),
    ("fr", "Velmora a indiqué qu'elle vendrait ses parts à Kandor Presse.",
     (_R, "ARTICLE", "Kandor Presse")),
    ("fr", "Velmora a précisé qu'elle céderait sa filiale au Journal du Kandor.",
     (_R, "ARTICLE", "Journal du Kandor")),
    ("fr", "Velmora a confirmé la cession de Quistor au Journal du Kandor.",
     (_R, "ARTICLE", "Journal du Kandor")),
    ("fr", "Quistor sera racheté, a indiqué Velmora dans un entretien.",
     (_R, "ARTICLE", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

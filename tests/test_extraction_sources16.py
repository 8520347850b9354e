"""Session 16: sources (REPORTED_BY) on new text, invented sentences (names in no list,
invented outlets and bodies too), both languages.

Family 1: an adverb between an outlet and its report verb: "the X Ledger earlier reported",
"X had previously reported", "X a déjà révélé", "X avait également rapporté".

Family 2: French titles opened by "Revue / Gazette / Moniteur de ..." are outlets ("selon la
Revue des X", "d'après la Gazette de X"), and a title runs on over "de <Place>" ("la Revue du
Vin de Kandorie").

Family 3: an outlet-titled name as the agent of a report or estimate participle with no
outlet noun before it ("estimée à 340 millions d'euros par le Journal de la X"), only when the
name ends the clause (not a title cut before a lower-case word).

Family 4: a regulator described with a possessive and named after a comma ("a notice filed
with Kandoria's antitrust regulator, the Kandorian Competition Board"): the body is the source,
the possessor is not.

Family 5: a document's phrase that closes the sentence with "show(s)": "the company's annual
accounts published in the Kandoranzeiger show." (a lone capitalised word the mention layer
leaves before the verb).

Family 6 (precision): a body's head word alone is a cut name, no source ("l'Autorité
kandorienne de la concurrence" cut to "Autorité").

Family 7: an edition or an interview makes a name no list knows an outlet: ", X wrote in its
Monday edition", "told X in an interview" (a name used once), "révèle X dans son édition de
mardi".

Family 8: an outlet's noun after its name, then a speech verb: "the X newsletter said on
Monday", "the X magazine wrote" (not about itself, not "its X magazine").

Absent: a company with an adverb and a report verb ("Velmora earlier reported a loss"), a
title bought as a company, a title cut before its lower-case word, a possessor of a regulator.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1: an adverb between an outlet and its report verb
    ("en", "The Kandor Business Ledger earlier reported the Velmora contract.",
     (_R, "ARTICLE", "Kandor Business Ledger")),
    ("en", "The Kandor Business Ledger previously reported the Velmora contract.",
     (_R, "ARTICLE", "Kandor Business Ledger")),
    ("en", "The Kandor Ledger had previously reported that Velmora would buy Quistor.",
     (_R, "ARTICLE", "Kandor Ledger")),
    ("fr", "Kandor Matin avait déjà révélé le projet de rachat de Quistor par Velmora.",
     (_R, "ARTICLE", "Kandor Matin")),
    ("fr", "Le Quotidien des Quarnelles a également rapporté que Velmora rachèterait Quistor.",
     (_R, "ARTICLE", "Quotidien des Quarnelles")),
    # family 2: French titles of "Revue / Gazette / Moniteur de ..."
    ("fr", "Selon la Revue des Quarnelles, Velmora avait étudié un rachat de Quistor.",
     (_R, "ARTICLE", "Revue des Quarnelles")),
    ("fr", "D'après la Gazette des Kandoriens, Velmora va racheter Quistor.",
     (_R, "ARTICLE", "Gazette des Kandoriens")),
    ("fr", "Velmora va racheter Quistor, rapporte le Moniteur des Quarnelles.",
     (_R, "ARTICLE", "Moniteur des Quarnelles")),
    ("fr", "Selon la Revue du Vin de Kandorie, Velmora avait étudié un rachat de Quistor.",
     (_R, "ARTICLE", "Revue du Vin de Kandorie")),
    # family 3: an outlet-titled agent of a report or estimate participle
    ("fr", "La facture, estimée à 340 millions d'euros par le Journal de la Quarnelle, sera "
     "couverte par Velmora.", (_R, "ARTICLE", "Journal de la Quarnelle")),
    ("fr", "La facture, estimée à 340 millions d'euros par la Revue de la Quarnelle, sera "
     "couverte par Velmora.", (_R, "ARTICLE", "Revue de la Quarnelle")),
    # family 4: a regulator described with a possessive, named after a comma
    ("en", "Velmora explored a merger with Quistor in 2023, according to a notice filed with "
     "Kandoria's antitrust regulator, the Kandorian Competition Board.",
     (_R, "ARTICLE", "Kandorian Competition Board")),
    # family 5: a document's phrase closing the sentence with "show"
    ("en", "The purchase is financed from cash, the company's annual accounts published in the "
     "Kandoranzeiger show.", (_R, "ARTICLE", "Kandoranzeiger")),
    ("en", "The purchase is financed from cash, annual accounts published in the Kandoranzeiger "
     "show.", (_R, "ARTICLE", "Kandoranzeiger")),
    # family 7: an edition or an interview makes a name an outlet
    ("en", "Velmora will buy Quistor, its chief executive told Quarnel Pulse in an interview "
     "published on Monday.", (_R, "ARTICLE", "Quarnel Pulse")),
    ("en", "Velmora will buy Quistor, Quarnel Pulse wrote in its Monday edition.",
     (_R, "ARTICLE", "Quarnel Pulse")),
    ("fr", "Velmora va racheter Quistor, révèle Kandor Matin dans son édition de mardi.",
     (_R, "ARTICLE", "Kandor Matin")),
    ("fr", "Velmora va racheter Quistor, écrit Quarnel Pulse dans son édition de mardi.",
     (_R, "ARTICLE", "Quarnel Pulse")),
    # family 8: an outlet's noun after its name, then a speech verb
    ("en", "Velmora agreed to buy Quistor, the Quarnel Pulse newsletter said on Monday.",
     (_R, "ARTICLE", "Quarnel Pulse")),
    ("en", "Velmora agreed to buy Quistor, the Quarnel Pulse magazine wrote on Monday.",
     (_R, "ARTICLE", "Quarnel Pulse")),
]

ABSENT = [
    ("en", "Velmora earlier reported a loss of $3 million.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora previously reported revenue of $40 million for Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora a racheté la Revue des Quarnelles à Quistor.",
     (_R, "ARTICLE", "Revue des Quarnelles")),
    ("fr", "La facture, estimée à 340 millions d'euros par le Journal de la Marine quarnelle, "
     "sera couverte par Velmora.", (_R, "ARTICLE", "Journal de la Marine")),
    ("fr", "L'usine, construite par le Groupe Quarnel, sera exploitée par Velmora.",
     (_R, "ARTICLE", "Groupe Quarnel")),
    ("en", "Velmora holds 12% of Quistor, according to a filing with Kandoria's securities "
     "regulator.", (_R, "ARTICLE", "Kandoria")),
    ("en", "Velmora explored a merger with Quistor in 2023, according to a notice filed with "
     "Kandoria's antitrust regulator, the Kandorian Competition Board.",
     (_R, "ARTICLE", "Kandoria")),
    # family 6: a body's head word alone (a name cut before its lower-case words)
    ("fr", "Le projet de Velmora a échoué après les objections de l'Autorité kandorienne de la "
     "concurrence, selon un courrier de l'autorité.", (_R, "ARTICLE", "Autorité")),
    ("fr", "Velmora va racheter Quistor, selon un document déposé auprès de l'Autorité "
     "kandorienne des marchés financiers.", (_R, "ARTICLE", "Autorité")),
    ("en", "Velmora's chief executive told Quistor in an interview that the two companies would "
     "merge. Quistor declined to comment.", (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora wrote in its annual edition of the catalogue that Quistor supplies its chips.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Quistor reported in its quarterly issue of results that sales rose.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "The Quarnel Pulse newsletter said it would stop publishing in June.",
     (_R, "ARTICLE", "Quarnel Pulse")),
    ("en", "Velmora said its Quarnel magazine said nothing about Quistor.",
     (_R, "ARTICLE", "Quarnel")),
    ("en", "Velmora's products were shown in a report published in March show.",
     (_R, "ARTICLE", "March")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

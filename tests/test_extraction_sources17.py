"""Session 17: sources (REPORTED_BY) on new text, invented sentences (companies in no list;
listed outlets only where the family is about a listed outlet), both languages.

Family 1: the source is the agent of a participle after the cue's noun, the cue several words
before it: "selon des sources proches du dossier citées par X" (French plurals of "cité"),
"des informations relayées par le site X", "reports relayed by X". A listed outlet is an
outlet's name in that slot whatever its words ("citées par Le Figaro").

Family 2: an unnamed market document after a source cue is the source, named by its words:
"according to a securities filing", "a stock exchange filing", "an exchange filing".

Family 3: a person's French first name after an outlet the speaker talks to ends the outlet's
name ("a confié au quotidien Le Parisien Delphine Korvel, directrice générale de X").

Family 4: weekend titles are their own outlets ("The Sunday Times", not "The Times").

Family 5: a document phrase that opens the sentence as the subject of "show(s) / showed", its
body one to four capitalised words no list knows ("Accounts filed at the Kandor Registry show
X made a profit"), and the same phrase closing the sentence with two words.

Family 6: data with its provider as the subject of "show / montrent / indiquent": "data
compiled by X showed", "les chiffres de X montrent" (not a company's own figures: "Velmora's
figures show", "les chiffres de Velmora montrent que Velmora ..."). In English the provider
before "show that" is a name, not a show ("data from X show that"; "the X Air show that opens"
stays an event).

Family 7: a French title's nationality adjective is part of its name when the clause ends
there ("selon Le Vigilant français,", "a indiqué L'Écho belge."), for a company's name of that
form too ("La Quincaillerie française").

Absent: a body a document was sent to, a company's own statement, a company that relays a
campaign, unions relaying rumours, a company relaying an offer.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1: the agent of a participle after the cue's noun
    ("fr", "Velmora va racheter Quistor, selon plusieurs sources proches du dossier citées par "
     "Kandor Matin.", (_R, "ARTICLE", "Kandor Matin")),
    ("fr", "Velmora pourrait entrer au capital de Quistor, selon des sources proches du dossier "
     "citées par Le Figaro.", (_R, "ARTICLE", "Le Figaro")),
    ("fr", "Selon des sources proches du dossier citées par La Tribune, Velmora va racheter "
     "Quistor.", (_R, "ARTICLE", "La Tribune")),
    ("fr", "Selon des sources proches du dossier citées par La Tribune, Velmora va racheter "
     "Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora va racheter Quistor, selon des informations relayées par le site Kandor "
     "Matin.", (_R, "ARTICLE", "Kandor Matin")),
    ("fr", "Les rumeurs ont été relayées par le site spécialisé Kandor Presse.",
     (_R, "ARTICLE", "Kandor Presse")),
    ("en", "Velmora will buy Quistor, according to reports relayed by the Kandor Ledger.",
     (_R, "ARTICLE", "Kandor Ledger")),
    ("en", "Velmora will buy Quistor, according to people familiar with the matter cited by the "
     "Kandor Ledger.", (_R, "ARTICLE", "Kandor Ledger")),
    # family 2: an unnamed market document
    ("en", "Velmora will take a 5% stake in Quistor, according to a securities filing.",
     (_R, "ARTICLE", "securities filing")),
    ("en", "Velmora will take a 5% stake in Quistor, according to a securities filing.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora will take a 5% stake in Quistor, according to a stock exchange filing.",
     (_R, "ARTICLE", "stock exchange filing")),
    ("en", "Velmora will take a 5% stake in Quistor, according to an exchange filing.",
     (_R, "ARTICLE", "exchange filing")),
    # family 3: a first name after an outlet spoken to
    ("fr", "« Nous voulions un partenaire », a confié au quotidien Le Parisien Delphine Korvel, "
     "directrice générale de Quistor.", (_R, "ARTICLE", "Le Parisien")),
    ("fr", "« Nous voulions un partenaire », a confié au quotidien Le Parisien Delphine Korvel, "
     "directrice générale de Quistor.", ("EXECUTIVE_OF", "Delphine Korvel", "Quistor")),
    ("fr", "« Nous voulions un partenaire », a confié au Figaro Gwenaël Korvel, directeur général "
     "de Quistor.", ("EXECUTIVE_OF", "Gwenaël Korvel", "Quistor")),
    # family 4: weekend titles
    ("en", "The Sunday Times had reported in November that Velmora was weighing an offer for "
     "Quistor.", (_R, "ARTICLE", "The Sunday Times")),
    ("en", "Velmora will buy Quistor, according to people familiar with the matter cited by The "
     "Sunday Times.", (_R, "ARTICLE", "The Sunday Times")),
    ("en", "Velmora will buy Quistor, The Times reported.", (_R, "ARTICLE", "The Times")),
    # family 5: a document phrase as the subject of "show"
    ("en", "Accounts filed at the Kandor Registry show Velmora made a profit.",
     (_R, "ARTICLE", "Kandor Registry")),
    ("en", "Accounts filed at the Kandor Registry show that Velmora made a profit.",
     (_R, "ARTICLE", "Kandor Registry")),
    ("en", "Filings at the Quarnel Trade Register showed that Velmora bought Quistor.",
     (_R, "ARTICLE", "Quarnel Trade Register")),
    ("en", "Filings at the Quarnel Trade Register showed that Velmora bought Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora made a profit, accounts filed at the Kandor Registry show.",
     (_R, "ARTICLE", "Kandor Registry")),
    # family 6: data with its provider as the subject of "show"
    ("en", "Velmora holds 12% of Quistor, data compiled by Quarnel Analytics showed.",
     (_R, "ARTICLE", "Quarnel Analytics")),
    ("fr", "Les chiffres de Quarnel Analytics montrent que Velmora fournit Quistor.",
     (_R, "ARTICLE", "Quarnel Analytics")),
    ("en", "Data from Quarnel Analytics show that Velmora holds 12% of Quistor.",
     (_R, "ARTICLE", "Quarnel Analytics")),
    ("en", "Data from the Quarnel Institute show that Velmora holds 12% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Les données de Quarnel Analytics indiquent que Velmora fournit Quistor.",
     (_R, "ARTICLE", "Quarnel Analytics")),
    ("fr", "Velmora fournit Quistor, les chiffres de Quarnel Analytics montrent une hausse.",
     (_R, "ARTICLE", "Quarnel Analytics")),
    # family 7: a French title's nationality adjective
    ("fr", "Selon Le Vigilant français, Velmora s'était intéressé à Quistor.",
     (_R, "ARTICLE", "Le Vigilant français")),
    ("fr", "Velmora va racheter Quistor, a indiqué L'Écho belge.",
     (_R, "ARTICLE", "L'Écho belge")),
    ("fr", "Velmora a racheté La Quincaillerie française, selon Le Progrès.",
     ("ACQUIRES", "Velmora", "La Quincaillerie française")),
]

ABSENT = [
    # family 7: the title is not cut before its adjective
    ("fr", "Selon Le Vigilant français, Velmora s'était intéressé à Quistor.",
     (_R, "ARTICLE", "Le Vigilant")),
    # family 6: a company's own figures are its statement
    ("en", "Velmora's figures show that it supplies Quistor.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora supplies Quistor, figures from Velmora show.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora supplies the Quarnel Air show that opens on Monday.",
     ("SUPPLIES", "Velmora", "Quarnel Air")),
    ("fr", "Les chiffres de Velmora montrent que Velmora fournit Quistor.",
     (_R, "ARTICLE", "Velmora")),
    # family 5: a body the document was sent to is no source
    ("en", "Accounts sent to the Kandor Registry show that Velmora made a profit.",
     (_R, "ARTICLE", "Kandor Registry")),
    # family 4: the weekday title is not the daily
    ("en", "The Sunday Times had reported in November that Velmora was weighing an offer for "
     "Quistor.", (_R, "ARTICLE", "The Times")),
    # family 3: the person is no part of the outlet
    ("fr", "« Nous voulions un partenaire », a confié au quotidien Le Parisien Delphine Korvel, "
     "directrice générale de Quistor.", (_R, "ARTICLE", "Le Parisien Delphine Korvel")),
    # a company's own statement is no source
    ("en", "Velmora said in a statement that it would take a 5% stake in Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Velmora a indiqué dans un communiqué qu'il prendrait 5 % de Quistor.",
     (_R, "ARTICLE", "Velmora")),
    # a company, unions or a buyer that relays something is no outlet
    ("fr", "La campagne, relayée par Quistor, a séduit Velmora.", (_R, "ARTICLE", "Quistor")),
    ("fr", "Les rumeurs d'un rachat de Quistor, relayées par les syndicats de Velmora, ont été "
     "démenties.", (_R, "ARTICLE", "Velmora")),
    ("en", "The offer, relayed by Quistor to its shareholders, values Velmora at $2 billion.",
     (_R, "ARTICLE", "Quistor")),
    # the filer of a securities filing is no source
    ("en", "Velmora will take a 5% stake in Quistor, according to a securities filing by Quistor.",
     (_R, "ARTICLE", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

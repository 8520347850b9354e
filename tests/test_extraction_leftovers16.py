"""Session 16, leftovers of session 15: resolution and cue grammar seen on invented sentences
and read sets and left alone then. Every company here is made up and in no list; each family
has near misses that must stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # an object pronoun after a relative clause set off behind the subject: the company the
    # relative clause names ("Quistor, which owned Kandor, sold it": it = Kandor)
    ("en", "Quistor, which owned Kandor, sold it to Velmora in 2024.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor, which had bought Kandor in 2019, sold it to Velmora last year.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor, which bought Kandor in 2019, will sell it to Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    # a relation noun opening the sentence before "de"/"of" and a name is no part of the name:
    # the clause's subject is the other party
    ("fr", "Concurrent de Velmora, Quistor a levé 20 millions d'euros.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Partenaire de Velmora, Quistor a levé 20 millions d'euros.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Concurrente de Velmora, la société Quistor a ouvert une usine à Lyon.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Rival of Velmora, Quistor raised $20 million.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Partner of Velmora since 2020, Quistor raised $20 million.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # a role "until" a year after the article's (2025) with no future verb is current
    ("en", "Anna Brell, chief executive of Velmora until 2029, said the deal was done.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    ("fr", "Anna Brell, directrice générale de Velmora jusqu'en 2029, a salué l'accord.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    # shareholders named after "ses actionnaires" / "its shareholders"
    ("fr", "Quistor s'appuie sur ses actionnaires, Velmora et Kandor.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("en", "Quistor relies on its shareholders, Velmora and Kandor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

ABSENT = [
    # the relative clause's company, not the subject, is what the pronoun stands for
    ("en", "Quistor, which owned Kandor, sold it to Velmora in 2024.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the subject of a later clause is the pronoun's antecedent ("said it would"): no change
    ("en", "Quistor, which owned Kandor, said it would sell Brask to Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    # a role that ended before the article's year stays former
    ("en", "Anna Brell, chief executive of Velmora until 2019, said the deal was done.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    ("fr", "Anna Brell, directrice générale de Velmora jusqu'en 2021, a salué l'accord.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    # a relation noun before "de" still opens no list of partners of the wrong company
    ("fr", "Concurrent de Velmora, Quistor a levé 20 millions d'euros.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

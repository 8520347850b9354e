"""Session 13: sources (REPORTED_BY) as a whole family of cues, invented sentences (names in
no list, invented outlets too), both languages.

Family 1: a company's own document cited as a source, by a possessive or a "de X"
complement, after a source cue ("according to its annual report", "a figure confirmed in its
annual report", "the airline said in its quarterly report", "according to a supplier list
published with its bond prospectus", "selon le rapport annuel de X", "selon sa note
d'information", "selon la dernière note de conjoncture de X"). The document is the source,
named by its own words, with its owner when the owner is named in the phrase.

Family 2: a filing through its participle, with the filer or an adverb between ("the merger
agreement filed with the US Securities and Exchange Commission", "a registration statement it
filed confidentially with the SEC").

Family 3: a report by two bodies: each of a coordinated pair is a source ("the annual
industry report published by X and consultancy Y", "le rapport publié par X et le cabinet Y").

Family 4: an outlet named with its outlet noun as the agent of a report or estimate
participle ("évoqué la semaine dernière par le quotidien suisse X", "un marché estimé à 900
millions de dollars par le quotidien émirati X", "first mentioned last week by the trade
weekly X").

Family 5: speech to an outlet with any speech verb, the speaker after it ("a confirmé à X un
porte-parole de Y", "ont indiqué à X deux dirigeants", "explained to X", "said in an email
to X").

Absent: a company that says or confirms, a document with no source cue, an outlet that is a
party to a deal, people familiar with the matter.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # family 1: a company's own document
    ("en", "Velmora reported recurring revenue of $640 million at the end of 2025, up 31 per "
     "cent, according to its annual report.", ("REPORTED_BY", "ARTICLE", "annual report")),
    ("en", "Korvane, the parent of the team, will keep a 12% holding, a figure confirmed in its "
     "annual report.", ("REPORTED_BY", "ARTICLE", "annual report")),
    ("en", "Tarvex Air, another customer, took delivery of six Velmora jets in May, the airline "
     "said in its quarterly report.", ("REPORTED_BY", "ARTICLE", "quarterly report")),
    ("en", "Velmora sources its castings from Korvane, according to a supplier list published "
     "with its bond prospectus.", ("REPORTED_BY", "ARTICLE", "bond prospectus")),
    ("en", "Velmora sources its castings from Korvane, according to Velmora's annual report.",
     ("REPORTED_BY", "ARTICLE", "Velmora annual report")),
    ("en", "Velmora sources its castings from Korvane, according to the annual report of "
     "Quarnel Industries.", ("REPORTED_BY", "ARTICLE", "annual report of Quarnel Industries")),
    ("fr", "Selon le rapport annuel de Quarnel Industries, la division Velmora a vu son chiffre "
     "d'affaires reculer de 14 % en 2024.",
     ("REPORTED_BY", "ARTICLE", "rapport annuel de Quarnel Industries")),
    ("fr", "Velmora achète ses pièces à Korvane, selon son rapport annuel.",
     ("REPORTED_BY", "ARTICLE", "rapport annuel")),
    ("fr", "Velmora achète ses pièces à Korvane, d'après son document d'enregistrement "
     "universel.", ("REPORTED_BY", "ARTICLE", "document d'enregistrement universel")),
    ("fr", "Le prix du lait a atteint 482 euros en 2025, selon la dernière note de conjoncture "
     "de Quarnelagri.", ("REPORTED_BY", "ARTICLE", "note de conjoncture de Quarnelagri")),
    # family 2: a filing through its participle
    ("en", "Its chief executive will join Velmora as president of the unit, according to the "
     "merger agreement filed with the US Securities and Exchange Commission.",
     ("REPORTED_BY", "ARTICLE", "SEC")),
    ("en", "Velmora processes payments through Korvane, according to a registration statement "
     "it filed confidentially with the Securities and Exchange Commission.",
     ("REPORTED_BY", "ARTICLE", "SEC")),
    # family 3: a report by two bodies
    ("en", "Watch exports fell 2.8 per cent last year, according to the annual industry report "
     "published by Quarnel Bank and consultancy Velluxe.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Bank")),
    ("en", "Watch exports fell 2.8 per cent last year, according to the annual industry report "
     "published by Quarnel Bank and consultancy Velluxe.", ("REPORTED_BY", "ARTICLE", "Velluxe")),
    ("fr", "Les exportations ont reculé de 3 % l'an dernier, selon le rapport annuel publié par "
     "Quarnel Banque et le cabinet Velluxe.", ("REPORTED_BY", "ARTICLE", "Quarnel Banque")),
    ("fr", "Les exportations ont reculé de 3 % l'an dernier, selon le rapport annuel publié par "
     "Quarnel Banque et le cabinet Velluxe.", ("REPORTED_BY", "ARTICLE", "Velluxe")),
    # family 4: an outlet with its outlet noun as the agent of a report participle
    ("fr", "Velmora n'a pas souhaité commenter un rapprochement avec Korvane, évoqué la semaine "
     "dernière par le quotidien suisse Harlower Blatt.",
     ("REPORTED_BY", "ARTICLE", "Harlower Blatt")),
    ("fr", "Velmora a remporté auprès de Korvane un contrat de cinq ans, un marché estimé à près "
     "de 900 millions de dollars par le quotidien émirati Quarnel Courier.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Courier")),
    ("en", "Velmora declined to comment on a merger with Korvane, first mentioned last week by "
     "the trade weekly Harlower Post.", ("REPORTED_BY", "ARTICLE", "Harlower Post")),
    # a title with its place, its article in lower case after the cue
    ("fr", "Selon la Revue des Vins de Quarnel, le groupe Velmora avait étudié en 2023 un "
     "rachat de Korvane.", ("REPORTED_BY", "ARTICLE", "Revue des Vins de Quarnel")),
    # family 5: speech to an outlet, every speech verb, the speaker after the outlet
    ("fr", "Le groupe de paiements Quarnel n'a finalement pas été retenu, a confirmé à "
     "L'Ardoise un porte-parole de Velmora.", ("REPORTED_BY", "ARTICLE", "L'Ardoise")),
    ("fr", "Le groupe de paiements Quarnel n'a finalement pas été retenu, a reconnu au "
     "quotidien Quarnel Matin le directeur financier de Velmora.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Matin")),
    ("fr", "Les deux groupes discutent depuis mars, ont indiqué à L'Ardoise deux dirigeants de "
     "Velmora.", ("REPORTED_BY", "ARTICLE", "L'Ardoise")),
    ("en", "Velmora's finance chief explained to the trade weekly Harlower Post that the talks "
     "with Korvane had ended.", ("REPORTED_BY", "ARTICLE", "Harlower Post")),
    ("en", "The talks with Korvane have ended, Velmora's finance chief said in an email to the "
     "trade weekly Harlower Post.", ("REPORTED_BY", "ARTICLE", "Harlower Post")),
    # the reports of an outlet, with or without a determiner
    ("fr", "Korvane va racheter Quistor, selon les informations de Quarnel Matin.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Matin")),
    ("fr", "Korvane va racheter Quistor, d'après des informations de Quarnel Matin.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Matin")),
]

ABSENT = [
    # a company that says or confirms is no source
    ("en", "Velmora confirmed in a statement on Monday that it would buy Korvane.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
    ("fr", "Velmora a confirmé mardi le rachat de Korvane.", ("REPORTED_BY", "ARTICLE", "Velmora")),
    # a document with no source cue
    ("en", "Velmora will publish its annual report in March.",
     ("REPORTED_BY", "ARTICLE", "annual report")),
    ("fr", "Velmora a publié son rapport annuel mardi.",
     ("REPORTED_BY", "ARTICLE", "rapport annuel")),
    # a report that is the object, not the source
    ("en", "Velmora said its annual report would show higher sales.",
     ("REPORTED_BY", "ARTICLE", "annual report")),
    # an outlet that is a party to a deal
    ("fr", "Korvane a été racheté l'an dernier par le quotidien suisse Harlower Blatt.",
     ("REPORTED_BY", "ARTICLE", "Harlower Blatt")),
    ("en", "Korvane was bought last year by the trade weekly Harlower Post.",
     ("REPORTED_BY", "ARTICLE", "Harlower Post")),
    # speech to a company is no source
    ("fr", "Velmora a confirmé à Korvane son intention de vendre l'usine.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    ("en", "Velmora explained to Korvane that the plant would close.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    # the owner named inside a document's name is not cited apart from it
    ("fr", "Selon le rapport annuel de Quarnel Industries, la division Velmora a vu son chiffre "
     "d'affaires reculer de 14 % en 2024.", ("REPORTED_BY", "ARTICLE", "Quarnel Industries")),
    # people familiar with the matter
    ("en", "Velmora is in talks to buy Korvane, according to people familiar with the matter.",
     ("REPORTED_BY", "ARTICLE", "people")),
    # a pair that is not a report's authors: each party stays a party
    ("en", "The plant was built by Quarnel Bank and Velluxe, according to Velmora.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Bank")),
    # "d'information(s) de X" completes a noun (a role, a note): no outlet's reports
    ("fr", "Anne Quistel, directrice des systèmes d'information de Korvane, l'a confirmé.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    ("fr", "Le responsable des technologies d'information de Velmora, Paul Arnoux, a signé le "
     "contrat.", ("REPORTED_BY", "ARTICLE", "Velmora")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)

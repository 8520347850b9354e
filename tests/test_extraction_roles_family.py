"""Issue 11, session 14: the EXECUTIVE_OF family, and roles whose organisation is not named
beside them, in invented sentences (both languages where the family exists in both).

The families: a role with the organisation left to the context ("Le directeur général
délégué, P, pilotera..."), a description as the organisation ("présidente de la
coopérative", "head of the start-up", "PDG du groupe"), founders (also after a former job
elsewhere), role verbs (a fronted "À la tête de X depuis 2019, P"), board and management
board chairs, roles of a unit or a business area of the organisation ("head of international
business at X", "directeur de la stratégie de la division avionique de X"), a nationality
between the role and its organisation ("le patron néerlandais de X"). Kept out: analysts,
former roles (also a founder "qui a passé la main"), a person of another company than the
one the founder worked at before, a unit sold by the organisation, an impersonal "il nous
fallait" that is no company. Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the organisation left to the context: the lead subject of the previous sentence
    ("fr", "Velmora a racheté Quistor pour 40 millions d'euros. Le directeur général délégué, "
     "Arnaud Belcourt-Viane, pilotera l'ouverture de trois usines.",
     ("EXECUTIVE_OF", "Arnaud Belcourt-Viane", "Velmora")),
    ("en", "Velmora bought Quistor for $40 million. The chief financial officer, Dana Kettering, "
     "said the deal would add to earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", "Velmora bought Quistor for $40 million. Dana Kettering, the group's finance chief, "
     "said the deal would add to earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # a description as the organisation
    ("fr", "La coopérative Quistorlait rachète Velmora. « Nous reprenons la main », a résumé "
     "Maëlle Tanvoret, présidente de la coopérative et éleveuse dans le Morbihan.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistorlait")),
    ("en", "Velmora has invested in Quistor, a Lyon start-up. Dana Kettering, head of the "
     "start-up, said the money would fund hiring.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Velmora a racheté l'enseigne Quistor. Le patron de l'enseigne, Arnaud Belcourt, a "
     "salué l'opération.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "Velmora rachète Quistor. « C'est une étape », a déclaré Arnaud Belcourt, PDG du "
     "groupe.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # founders, also after a former job at another company
    ("en", "Quistor, founded in 2014 by former Zentrix engineer Dana Kettering, who will stay on "
     "as president, makes pumps.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Quistor, founded by former Zentrix engineer Dana Kettering, makes pumps.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Quistor, cofondé par Arnaud Belcourt en 2012, fabrique des pompes.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "Quistor, fondée en 2012 par Arnaud Belcourt, un ancien ingénieur de Velmora, fabrique "
     "des pompes.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "Quistor, fondée par Arnaud Belcourt et par Maëlle Tanvoret, qui a quitté l'entreprise "
     "en 2020, fabrique des pompes.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "Quistor co-founder and CEO Dana Kettering said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # role verbs, also fronted with a time phrase
    ("en", "Dana Kettering, who runs Quistor, said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "À la tête de Quistor depuis 2019, Arnaud Belcourt veut doubler les ventes.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "At the helm of Quistor since 2020, Dana Kettering has doubled sales.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Quistor, dirigé par Arnaud Belcourt, fabrique des pompes.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    # both members of two names side by side after a passive role verb
    ("en", "Velmora, run by its co-founders Dana Kettering and Paul Oberlin, is weighing a bid.",
     ("EXECUTIVE_OF", "Paul Oberlin", "Velmora")),
    ("fr", "Velmora est dirigée par ses cofondateurs Arnaud Belcourt et Maëlle Tanvoret.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    ("en", "Quistor boss Dana Kettering said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # board and management board chairs
    ("en", "Dana Kettering, chairman of the supervisory board of Quistor, said the pumps sell "
     "well.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Quistor chairman of the board Dana Kettering said the plant would reopen.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Maëlle Tanvoret, présidente du conseil de surveillance de Quistor, a salué l'accord.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    ("fr", "Maëlle Tanvoret, présidente du directoire de Quistor, a salué l'opération.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    # titles
    ("fr", "Arnaud Belcourt, directeur général délégué de Quistor, pilotera les usines.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "Dana Kettering, general counsel at Quistor, said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Dana Kettering, Quistor's country manager for Spain, said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Dana Kettering, general manager of Quistor, said the plant would reopen.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # a unit or a business area of the organisation
    ("en", "Dana Kettering, head of Quistor's cloud unit, said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Dana Kettering, head of international business at Quistor, said the pumps sell well.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "Dana Kettering, chief operating officer of the packaging division of Quistor, said "
     "the plant would reopen.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Arnaud Belcourt, directeur de la stratégie de la division avionique de Quistor, a "
     "salué l'opération.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    # a unit or an area a role is in charge of
    ("fr", "« C'est un pas », a commenté Arnaud Belcourt, directeur général chargé des nouveaux "
     "investissements de Velmora.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    ("en", "Dana Kettering, executive vice president in charge of advanced packaging at Velmora, "
     "said the plant would reopen.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Velmora rachète Quistor. « C'est un pas », a déclaré Maëlle Tanvoret, directrice "
     "générale adjointe chargée des actifs du groupe, lors d'une conférence.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    # a role set off after the speaker of an attribution, no organisation beside it
    ("fr", "Velmora a racheté Quistor. « Nous restons indépendants », a précisé Maëlle Tanvoret, "
     "présidente du directoire et petite-fille du fondateur.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    ("en", "Velmora bought Quistor. \"We stay independent,\" said Dana Kettering, chief "
     "executive and granddaughter of the founder.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # a possessive owns the role, before or after the person
    ("fr", "Velmora investit dans Quistor, a indiqué au quotidien Le Matin sa directrice "
     "générale, Maëlle Tanvoret.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    ("fr", "Velmora rachète Quistor. Arnaud Belcourt, son directeur général, a salué l'accord.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    ("en", "Velmora bought Quistor. Dana Kettering, its chief executive, said the deal was done.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # a role opening a clause, the organisation from the context
    ("fr", "Velmora a présenté ses comptes, tandis que le directeur général, Arnaud Belcourt, a "
     "évoqué un investissement.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    ("en", "Velmora posted results, while the chief executive, Dana Kettering, flagged an "
     "investment.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "« C'est un pas », a commenté Arnaud Belcourt, directeur général chargé des projets "
     "d'entreprise et des nouveaux investissements de Velmora.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # a copula past an apposition: "P, fille du fondateur, reste R de O"
    ("fr", "Maëlle Tanvoret, fille du fondateur, reste directrice générale de Quistor.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    ("en", "Dana Kettering, a niece of Paul Oberlin, will remain chief executive of Quistor.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # a role given in an attribution, then the person replaced
    ("fr", "Velmora rachète Quistor. « Nous financerons l'achat », a précisé Mathis Dervaux, "
     "nommé directeur financier en mars en remplacement de Paul Oberlin.",
     ("EXECUTIVE_OF", "Mathis Dervaux", "Velmora")),
    # the speaker of an attribution with no organisation in the sentence speaks for the
    # article's company, not for the last subject
    ("fr", "Velmora lance une augmentation de capital de 300 millions d'euros. Velmora veut "
     "réduire sa dette. Zentrix apportera 50 millions d'euros. « Cette opération tourne la "
     "page », a déclaré le directeur général Arnaud Belcourt.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    ("en", "Velmora is raising $300 million in new shares. Velmora wants to cut its debt. "
     "Zentrix will put in $50 million. \"This turns the page,\" said chief executive Dana "
     "Kettering.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # a nationality between the role and its organisation
    ("fr", "Le patron néerlandais de Quistor, Arnaud Belcourt, a salué l'opération.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
]

ABSENT = [
    # analysts are quoted, they run nothing
    ("en", "Dana Kettering, an analyst at Quistor Securities, said the deal made sense for "
     "Velmora.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor Securities")),
    ("fr", "Arnaud Belcourt, analyste chez Quistor Bourse, juge l'opération coûteuse pour "
     "Velmora.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor Bourse")),
    # former roles, also of a unit, a board or with a nationality
    ("en", "Dana Kettering, the former head of international business at Quistor, now advises "
     "Velmora.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Arnaud Belcourt, ancien directeur de la stratégie de la division avionique de "
     "Quistor, conseille Velmora.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "L'ancien patron néerlandais de Quistor, Arnaud Belcourt, conseille Velmora.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "À la tête de Quistor jusqu'en 2021, Arnaud Belcourt conseille désormais Velmora.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("fr", "Arnaud Belcourt, passé par Quistor jusqu'en 2022, dirige Velmora.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "Dana Kettering, who left Quistor in 2022, runs Velmora.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # a founder who left or handed over
    ("fr", "Quistor, fondée par Arnaud Belcourt et par Maëlle Tanvoret, qui a quitté l'entreprise "
     "en 2020, fabrique des pompes.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    ("fr", "Quistor, fondée en 1990 par Arnaud Belcourt, qui a passé la main en 2020, fabrique des "
     "pompes.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    # the company a founder worked at before
    ("en", "Quistor, founded in 2014 by former Zentrix engineer Dana Kettering, who will stay on "
     "as president, makes pumps.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    ("fr", "Quistor, fondée en 2012 par Arnaud Belcourt, un ancien ingénieur de Velmora, fabrique "
     "des pompes.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # a unit the organisation sold: the relative clause is no area of it
    ("en", "Dana Kettering, head of the cloud unit that Quistor sold to Velmora, said the plant "
     "would reopen.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # former roles set off after a person or owned by a possessive
    ("en", "Velmora bought Quistor. Dana Kettering, its former chief executive, said the deal "
     "was done.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Velmora rachète Quistor. Arnaud Belcourt, son ancien directeur général, a salué "
     "l'accord.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    ("fr", "Velmora rachète Quistor. « Nous restons indépendants », a précisé Maëlle Tanvoret, "
     "ancienne présidente du directoire.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    ("en", "Velmora bought Quistor. \"We stay independent,\" said Dana Kettering, an analyst.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # the company a quotation names is not the speaker's
    ("en", "Velmora bought Quistor. \"Zentrix came to us,\" said Dana Kettering, chief "
     "executive.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    ("fr", "Velmora rachète Quistor. « Zentrix est venu nous voir », a précisé Arnaud Belcourt, "
     "directeur général.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Zentrix")),
    # a unit the organisation sold, a mission at a ministry
    ("en", "Velmora bought Quistor. Dana Kettering, chief executive of the unit that Velmora sold "
     "in 2020, said the deal was done.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Velmora rachète Quistor. Arnaud Belcourt, chargé de mission au ministère de "
     "l'Industrie, a salué l'accord.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # the person inside an apposition is not the subject of the copula
    ("fr", "Maëlle Tanvoret, fille de Paul Oberlin, reste directrice générale de Quistor.",
     ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    ("en", "Dana Kettering, a niece of Paul Oberlin, will remain chief executive of Quistor.",
     ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    # a second verb after "and": its agent runs nothing
    ("en", "Velmora is run by Dana Kettering and backed by Paul Oberlin.",
     ("EXECUTIVE_OF", "Paul Oberlin", "Velmora")),
    ("fr", "Velmora est dirigée par Arnaud Belcourt et financée par Maëlle Tanvoret.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    # a title of state office, also a bare "President" before a name mid-sentence
    ("en", "Velmora completed its purchase of Quistor, days after President Dana Kettering "
     "signed off on the deal.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("en", "French Finance Minister Arnaud Belcourt welcomed the Velmora deal.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # an impersonal "il" is no company: "il nous fallait un actionnaire" names no investor
    ("fr", "Zentrix a notifié un contrat d'études à Quistor. « Il nous fallait un actionnaire "
     "industriel », explique Arnaud Belcourt, président de Quistor.",
     ("INVESTS_IN", "Zentrix", "Quistor")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)

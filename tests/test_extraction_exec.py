"""Issue 11, session 15: EXECUTIVE_OF recall and attachment, in invented sentences (both
languages where the family exists in both). The families: a title opening the sentence before a
speaker ("Chief Financial Officer P said", "Finance chief P, who joined from Y, said"), whose
organisation is the article's company, not the last subject; a speaker who talks to a named
outlet ("a déclaré à l'AFP P, R de O", "a indiqué à Reuters P"), whose name is not the
outlet's; areas of the organisation ("head of North American projects at O", "directeur des
produits frais chez O", "who heads ... at O"); "chief ... officer" titles; succession (the
successor runs O, the predecessor's title is former); a noun only a person is ("le président de
O, l'éleveur P"); a person who becomes a role at another company. Kept out: the outlet as a
part of the person's name, the last subject's company for a speaker of the article's company,
the predecessor of a successor. Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_DEAL_EN = "Velmora agreed to buy Quistor for $40 million. Velmora makes pumps. Zentrix had " \
    "looked at Quistor too. "
_DEAL_FR = "Velmora rachète Quistor pour 40 millions d'euros. Velmora fabrique des pompes. " \
    "Zentrix s'était aussi intéressé à Quistor. "

FOUND = [
    # a title opening the sentence, then the speaker: the article's company
    ("en", _DEAL_EN + "Chief Financial Officer Dana Kettering said the deal would add to "
     "earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _DEAL_EN + "Finance chief Dana Kettering said the deal would add to earnings.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _DEAL_EN + "Finance chief Dana Kettering, who joined from Zentrix in 2024, said the "
     "deal would add to earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _DEAL_EN + "\"It fits our plants,\" Chief Executive Dana Kettering told reporters.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _DEAL_EN + "Chief Scientific Officer Dana Kettering added that trials would start "
     "next year.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # a speaker who talks to an outlet
    ("fr", "Velmora rachète Quistor. « Nous gardons la marque », a déclaré à l'AFP Maëlle "
     "Tanvoret, directrice générale de Quistor.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    ("fr", "Velmora rachète Quistor. « Nous gardons la marque », a indiqué à Reuters Arnaud "
     "Belcourt, PDG de Velmora.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # an active role verb before an area of the organisation, or after an apposition
    ("en", "Velmora bought Quistor. Dana Kettering, who heads pet health innovation at Zentrix, "
     "said the deal fits.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    ("en", "Velmora bought Quistor. Paul Oberlin, whose fund backed Zentrix early, chairs "
     "Quistor.", ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    # a place adjective inside the area a role heads
    ("en", "Velmora bought Quistor. \"It fits,\" said Dana Kettering, head of North American "
     "projects at Zentrix.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    ("en", "Velmora bought Quistor. \"It fits,\" said Dana Kettering, head of European sales at "
     "Zentrix.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    # a French area of several words, then "chez" or "de" and the organisation
    ("fr", "Velmora rachète Quistor. « C'est bien », a commenté Arnaud Belcourt, directeur des "
     "produits frais chez Zentrix.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Zentrix")),
    ("fr", "Velmora rachète Quistor. « C'est bien », a souligné Maëlle Tanvoret, directrice des "
     "nouvelles mobilités de Zentrix, qui n'exclut pas d'autres réseaux.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Zentrix")),
    # a "chief ... officer" title no list names
    ("en", "Velmora bought Quistor; its co-founder and CEO, Dana Kettering, will become "
     "Velmora's chief identity officer.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _DEAL_EN + "Chief Identity Officer Dana Kettering said the deal fits.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", "Dana Kettering, chief people officer of Quistor, said the deal fits.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # succession: the successor takes the role
    ("fr", "Velmora rachète Quistor. Arnaud Belcourt succède à Maëlle Tanvoret à la tête de "
     "Quistor.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "Velmora bought Quistor. Dana Kettering, who replaced Paul Oberlin in 2024, runs "
     "Quistor.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # a noun only a person is between the role's organisation and the name
    ("fr", "Le président de Quistor, l'éleveur Arnaud Belcourt, a salué l'opération.",
     ("EXECUTIVE_OF", "Arnaud Belcourt", "Quistor")),
    ("en", "The chairman of Quistor, dairy farmer Dana Kettering, said members backed the deal.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    # an area of several words before a description with its own "du"
    ("fr", "Velmora, qui rivalise avec Zentrix, y voit un complément, a souligné Maëlle "
     "Tanvoret, directrice de la division vaccins du groupe.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Velmora")),
    # the successor keeps the role while the predecessor's title is former
    ("en", "Velmora bought Quistor. Dana Kettering, who took over from long-serving boss Paul "
     "Oberlin in 2024, runs Quistor.", ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Velmora rachète Quistor. Quistor restera dirigée par Maëlle Tanvoret, sa directrice "
     "générale depuis 2023, qui avait succédé au fondateur Paul Oberlin.",
     ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    # a person set off after a title, who becomes a role at another company: both roles
    ("en", "Velmora agreed to buy Quistor. Quistor, founded in 2020 by former army officers, "
     "raised $85 million last year in a round led by Zentrix Partners; its co-founder and CEO, "
     "Dana Kettering, will become Velmora's chief identity officer.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", "Velmora agreed to buy Quistor. Quistor, founded in 2020 by former army officers, "
     "raised $85 million last year in a round led by Zentrix Partners; its co-founder and CEO, "
     "Dana Kettering, will become Velmora's chief identity officer.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
    ("fr", "Velmora rachète Quistor. Le fondateur de Quistor, Arnaud Belcourt, deviendra "
     "directeur de l'innovation de Velmora.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
]

ABSENT = [
    # the title of the person a successor replaced is former
    ("en", "\"It fits,\" said Dana Kettering, a former operations director at Zentrix who took "
     "over from co-founder Paul Oberlin in 2021.", ("EXECUTIVE_OF", "Paul Oberlin", "Zentrix")),
    ("en", "Velmora bought Quistor. Dana Kettering, who took over from long-serving boss Paul "
     "Oberlin in 2024, runs Quistor.", ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    ("fr", "Velmora rachète Quistor. Quistor restera dirigée par Maëlle Tanvoret, sa directrice "
     "générale depuis 2023, qui avait succédé au fondateur Paul Oberlin.",
     ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    ("fr", "Velmora rachète Quistor. Maëlle Tanvoret remplace le directeur général de Quistor, "
     "Paul Oberlin.", ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    # succession: the predecessor's role is former
    ("fr", "Velmora rachète Quistor. Arnaud Belcourt succède à Maëlle Tanvoret à la tête de "
     "Quistor.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Quistor")),
    ("fr", "Quistor, fondée par Paul Oberlin, qui a été remplacé par Arnaud Belcourt en 2023, "
     "fabrique des pompes.", ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    ("en", "Velmora bought Quistor. Quistor was founded by Paul Oberlin, who was succeeded as "
     "chief executive in 2024 by Dana Kettering.", ("EXECUTIVE_OF", "Paul Oberlin", "Quistor")),
    # a former role at another company
    ("fr", "Velmora rachète Quistor. Maëlle Tanvoret, ex-dirigeante de Zentrix, rejoint le "
     "conseil de Quistor.", ("EXECUTIVE_OF", "Maëlle Tanvoret", "Zentrix")),
    # the company of the apposition is not the one the person runs
    ("en", "Velmora bought Quistor. Paul Oberlin, whose fund backed Zentrix early, chairs "
     "Quistor.", ("EXECUTIVE_OF", "Paul Oberlin", "Zentrix")),
    # a unit the company sold is no area of it
    ("en", "Velmora bought Quistor. Dana Kettering, who heads the unit that Zentrix sold, said "
     "the deal fits.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    # the speaker's company, not the last one named
    ("en", "Velmora bought Quistor. \"It fits,\" said Dana Kettering, head of North American "
     "projects at Zentrix.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Velmora rachète Quistor. « C'est bien », a commenté Arnaud Belcourt, directeur des "
     "produits frais chez Zentrix.", ("EXECUTIVE_OF", "Arnaud Belcourt", "Velmora")),
    # the last subject is not the speaker's company
    ("en", _DEAL_EN + "Chief Financial Officer Dana Kettering said the deal would add to "
     "earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    ("en", _DEAL_EN + "Finance chief Dana Kettering, who joined from Zentrix in 2024, said the "
     "deal would add to earnings.", ("EXECUTIVE_OF", "Dana Kettering", "Zentrix")),
    # a role area opening the sentence is no company
    ("en", _DEAL_EN + "Finance chief Dana Kettering said the deal would add to earnings.",
     ("EXECUTIVE_OF", "Dana Kettering", "Finance")),
    # the outlet is no part of the speaker's name
    ("fr", "Velmora rachète Quistor. « Nous gardons la marque », a déclaré à l'AFP Maëlle "
     "Tanvoret, directrice générale de Quistor.",
     ("EXECUTIVE_OF", "AFP Maëlle Tanvoret", "Quistor")),
    ("fr", "Velmora rachète Quistor. « Nous gardons la marque », a indiqué à Reuters Arnaud "
     "Belcourt, PDG de Velmora.", ("EXECUTIVE_OF", "Reuters Arnaud Belcourt", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

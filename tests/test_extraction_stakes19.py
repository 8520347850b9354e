"""Session 19, INVESTS_IN and EXECUTIVE_OF between parties both found: a title with no company
of its own whose nearest company is the object of a preposition ("a loan from O, CFO P told
analysts", "Questionné sur une vente au norvégien O, le directeur général P a répondu"), a
"dont"/"whose" relative after an apposition on its antecedent ("O, un atelier de Cholet, dont
le gérant, P, ..."), a description with a city or region adjective as the antecedent of a
relative ("Le groupe marseillais, dont le fonds Y détient 35 %"), the vehicle a stake is taken
through ("X took a stake in T through its venture arm Y": Y holds it too).

Invented sentences, both languages where the shape exists in both; every company here is made
up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a title with no company before the speech verb, the nearest company inside a phrase
    # governed by a preposition: the article's company
    ("en", "Velmora Tools said on Monday it would buy Quistor. The deal will be financed partly "
     "with a loan from Kandor Bank, Chief Financial Officer Anna Brelling told analysts.",
     ("EXECUTIVE_OF", "Anna Brelling", "Velmora Tools")),
    ("en", "Velmora Tools said on Monday it would buy Quistor. It has lined up a credit line led "
     "by Kandor Bank, finance director Anna Brelling said.",
     ("EXECUTIVE_OF", "Anna Brelling", "Velmora Tools")),
    ("fr", "Le groupe Velmora rachète Quistor. Questionné sur une possible vente au "
     "norvégien Kandor, le directeur général délégué Marc Delvaux a répondu que rien ne "
     "presse.", ("EXECUTIVE_OF", "Marc Delvaux", "Velmora")),
    # ... but the company of a sentence-opening "chez" / "at", or the subject, stays his
    ("fr", "Le groupe Velmora rachète Quistor. Chez Kandor, le directeur général Marc Delvaux "
     "a répondu que le groupe n'est pas à vendre.", ("EXECUTIVE_OF", "Marc Delvaux", "Kandor")),
    ("en", "Velmora Tools said it would buy Quistor. Sales at Kandor rose 5%, chief financial "
     "officer Anna Brelling said.", ("EXECUTIVE_OF", "Anna Brelling", "Kandor")),
    ("en", "Velmora Tools said it would buy Quistor. Kandor posted a loss, chief financial "
     "officer Anna Brelling said.", ("EXECUTIVE_OF", "Anna Brelling", "Kandor")),
    # "dont" / "whose" after an apposition on the antecedent: the antecedent's manager
    ("fr", "Velmora rachète Quistor, un atelier de Cholet employant 45 salariés, dont le "
     "gérant, Marc Delvaux, restera aux commandes.", ("EXECUTIVE_OF", "Marc Delvaux", "Quistor")),
    ("fr", "Velmora rachète Quistor, un atelier nantais, dont le gérant, Marc Delvaux, restera "
     "aux commandes.", ("EXECUTIVE_OF", "Marc Delvaux", "Quistor")),
    ("en", "Velmora is buying Quistor, a Leeds toolmaker with 45 staff, whose managing "
     "director, Anna Brelling, will stay on.", ("EXECUTIVE_OF", "Anna Brelling", "Quistor")),
    # the vehicle a stake is taken through holds it too
    ("en", "Kandor Group has agreed to take a 19.9 per cent stake in Velmora through its "
     "robotics arm Zelbar Dynamics.", ("INVESTS_IN", "Zelbar Dynamics", "Velmora")),
    ("en", "Kandor Group took a 20% stake in Velmora via its venture unit Zelbar Ventures.",
     ("INVESTS_IN", "Zelbar Ventures", "Velmora")),
    ("en", "Kandor Group took a 20% stake in Velmora via its venture unit Zelbar Ventures.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Kandor a pris 12 % du capital de Velmora par l'intermédiaire de sa filiale Zelbar "
     "Participations.", ("INVESTS_IN", "Zelbar Participations", "Velmora")),
    ("fr", "Kandor a pris une participation de 12 % au capital de Velmora via sa filiale "
     "d'investissement Zelbar Capital.", ("INVESTS_IN", "Zelbar Capital", "Velmora")),
    # a description with a city or region adjective as the antecedent of "dont"
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe marseillais, dont le fonds "
     "britannique Kandor Capital détient 35 % depuis 2020, affronte Zelbar.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe breton, dont le fonds Kandor "
     "Capital détient 35 % depuis 2020, affronte Zelbar.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe marseillais, dont le fonds "
     "britannique Kandor Capital détient 35 % depuis 2020, affronte Zelbar.",
     ("COMPETES_WITH", "Velmora", "Zelbar")),
]

ABSENT = [
    # the lender, the arranger, the would-be buyer
    ("en", "Velmora Tools said on Monday it would buy Quistor. The deal will be financed partly "
     "with a loan from Kandor Bank, Chief Financial Officer Anna Brelling told analysts.",
     ("EXECUTIVE_OF", "Anna Brelling", "Kandor Bank")),
    ("en", "Velmora Tools said on Monday it would buy Quistor. It has lined up a credit line led "
     "by Kandor Bank, finance director Anna Brelling said.",
     ("EXECUTIVE_OF", "Anna Brelling", "Kandor Bank")),
    ("fr", "Le groupe Velmora rachète Quistor. Questionné sur une possible vente au "
     "norvégien Kandor, le directeur général délégué Marc Delvaux a répondu que rien ne "
     "presse.", ("EXECUTIVE_OF", "Marc Delvaux", "Kandor")),
    # the place inside the apposition is no company; nor the buyer
    ("fr", "Velmora rachète Quistor, un atelier de Cholet, dont le gérant, Marc Delvaux, restera "
     "aux commandes.", ("EXECUTIVE_OF", "Marc Delvaux", "Cholet")),
    ("fr", "Velmora rachète Quistor, un atelier de Cholet, dont le gérant, Marc Delvaux, restera "
     "aux commandes.", ("EXECUTIVE_OF", "Marc Delvaux", "Velmora")),
    # the holder of the relative competes with nobody
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe marseillais, dont le fonds "
     "britannique Kandor Capital détient 35 % depuis 2020, affronte Zelbar.",
     ("COMPETES_WITH", "Kandor Capital", "Zelbar")),
    # a former holding, talks only, debt only
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe marseillais, dont le fonds "
     "Kandor Capital détenait 35 % jusqu'en 2020, affronte Zelbar.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Le transporteur Velmora rachète Quistor. Le groupe marseillais, dont le fonds "
     "Kandor Capital pourrait prendre 35 %, affronte Zelbar.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("en", "Velmora Tools said on Monday it would buy Quistor. The deal will be financed with a "
     "loan from Kandor Bank, Chief Financial Officer Anna Brelling told analysts.",
     ("INVESTS_IN", "Kandor Bank", "Velmora Tools")),
    # no vehicle: a partner, a deal, a loan; nor a stake sold, planned or in talks
    ("en", "Kandor Group took a 20% stake in Velmora through its alliance with Zelbar.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Kandor Group took a 20% stake in Velmora through a capital increase, Zelbar said.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Kandor Group lent Velmora 20 million through its banking arm Zelbar Bank.",
     ("INVESTS_IN", "Zelbar Bank", "Velmora")),
    ("en", "Kandor Group sold its 20% stake in Velmora through its arm Zelbar Ventures.",
     ("INVESTS_IN", "Zelbar Ventures", "Velmora")),
    ("en", "Kandor Group may take a 20% stake in Velmora through its venture unit Zelbar "
     "Ventures.", ("INVESTS_IN", "Zelbar Ventures", "Velmora")),
    ("fr", "Kandor a pris 12 % du capital de Velmora grâce à son partenariat avec Zelbar.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Kandor est en discussions pour prendre 12 % du capital de Velmora via sa filiale "
     "Zelbar Participations.", ("INVESTS_IN", "Zelbar Participations", "Velmora")),
    # leaving a committee is no role
    ("fr", "Le groupe Velmora rachète Quistor. Marc Delvaux a quitté le comité exécutif du "
     "groupe lorrain en 2020.", ("EXECUTIVE_OF", "Marc Delvaux", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

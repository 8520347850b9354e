"""Names in the sentence that no mention resolved to, session 14 (issue 11): a party named in
its sentence but dropped as a product, cut from its unit's name, or resolved to the wrong
company of the article. Invented sentences, companies in no list (a curated name only where
the mechanism is the alias table's), both languages where the form occurs; near misses
(products, models, places, people) stay out."""

from __future__ import annotations

import pytest

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names

FOUND = [
    # a hyphenated adjective in the apposed description: its first part ("family", "cloud")
    # is no product noun heading the description
    ("en", "Quistor, the family-owned watchmaker from Lausanne, has agreed to buy a 60% stake in "
     "Velmora.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Korvane buys its lenses from Quistor, a family-run optics maker near Turin.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("en", "Zentrix buys its cards from Quistor, the cloud-native payments company.",
     ("SUPPLIES", "Quistor", "Zentrix")),
    # French: a goods noun in the complement of a company noun is no product label of the
    # name after it ("le fabricant de puces X", "l'éditeur de logiciels X"); the company
    # noun's "de" is no agent of the trigger
    ("fr", "Korvane a racheté le fabricant de puces Quistor pour 20 millions d'euros.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a signé un partenariat avec l'éditeur de logiciels Quistor.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane a noué un partenariat avec le spécialiste israélien de la sécurité du cloud "
     "Quistor, en cours de rachat par Zelbar.", ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Le fournisseur de puces Quistor livre Korvane depuis 2020.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # a dotted legal form with a lower-case letter, an acronym joined by a period, a
    # possessive after "&": one name
    ("en", "Velmora buys its leather from Conceria Quistor S.p.A., which supplies most of it.",
     ("SUPPLIES", "Conceria Quistor", "Velmora")),
    ("fr", "La marque Velmora s'appuie sur le façonnier italien Conceria Quistor S.p.A., qui lui "
     "fournit ses cuirs.", ("SUPPLIES", "Conceria Quistor", "Velmora")),
    ("en", "Velmora and the seed company KV.Quistor will set up a joint venture.",
     ("PARTNERS_WITH", "Velmora", "KV.Quistor")),
    ("en", "Korvane customers will use KT&T's network under a wholesale agreement.",
     ("SUPPLIES", "KT&T", "Korvane")),
    # "&" inside a name: an accented last part before the verb "a", a lower-case "e-" part
    ("fr", "Zéphyr & Borée a remporté un contrat auprès de Korvane.",
     ("SUPPLIES", "Zéphyr & Borée", "Korvane")),
    ("fr", "Korvane finalise la cession de sa filiale Korvane Mobility & e-Quistor Services au "
     "groupe Zelbar.", ("ACQUIRES", "Zelbar", "Korvane Mobility & e-Quistor Services")),
    # a capital-and-digits name beside a plain name after "with"/"avec"
    ("en", "Korvane competes with Q26 and Zelbar for self-employed customers.",
     ("COMPETES_WITH", "Korvane", "Q26")),
    ("fr", "Korvane est en concurrence avec Q26 et Zelbar sur les indépendants.",
     ("COMPETES_WITH", "Korvane", "Q26")),
    # a title word opening a name that ends in an organisation head
    ("en", "Prime Velmora Lab invested $20 million in Korvane.",
     ("INVESTS_IN", "Prime Velmora Lab", "Korvane")),
    ("en", "Zentrix raised $200 million in a round led by Prime Velmora Lab.",
     ("INVESTS_IN", "Prime Velmora Lab", "Zentrix")),
    # "Lab" ends an organisation's name: no executive "led by" it
    ("en", "Zentrix raised $200 million in a round led by Velmora Lab.",
     ("INVESTS_IN", "Velmora Lab", "Zentrix")),
    # a platform apposed with its trade after "de"/"for" is a company
    ("en", "Korvane relies on Quistor, the platform for freelance payments, for its invoicing.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # French: a sector's acronym after "du" is no part of the name after it, and a company
    # noun's complement takes none of a direct object's window
    ("fr", "Korvane compte parmi ses clients les géants du BTP Quistor et Zelbar.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane compte parmi ses clients les géants du textile Quistor et Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # "for" before an organisation's plural head, "and" inside a name after "The" that ends
    # in an organisation head (and its "of <place>")
    ("en", "Korvane signed a partnership with Velmora for Investments, the Qatari fund that "
     "bought Quistor in 2012.", ("ACQUIRES", "Velmora for Investments", "Quistor")),
    ("fr", "Korvane a signé un partenariat avec Velmora for Investments, le fonds qatari qui "
     "avait racheté Quistor en 2012.", ("PARTNERS_WITH", "Korvane", "Velmora for Investments")),
    ("en", "The Export and Investment Fund of Norway, the state-owned investor, will take 15% of "
     "Quistor.", ("INVESTS_IN", "Export and Investment Fund of Norway", "Quistor")),
    # a street's name is an address, no party a pronoun after it could take
    ("en", "Founded in 1921 on the Rue du Faubourg Saint-Velmor, Velmora has struggled since its "
     "designer left. Its shoes are made by Quistor, a family-owned factory near Turin.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a ouvert une boutique au 12 Avenue des Champs-Velmor. Ses sacs sont fabriqués "
     "par Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a unit's name spelled by its acronym in brackets, after its owner's name
    ("en", "Korvane completed the acquisition of Velmora Ground Transit Systems (GTS) on Friday.",
     ("ACQUIRES", "Korvane", "Velmora Ground Transit Systems")),
    ("fr", "Korvane a finalisé l'acquisition de Velmora Ground Transit Systems (GTS) vendredi.",
     ("ACQUIRES", "Korvane", "Velmora Ground Transit Systems")),
    # a curated name and one capital letter before a comma: the group's unit
    ("en", "Velmora is raising $75 million in a round led by Renault X, the carmaker's venture "
     "arm.", ("INVESTS_IN", "Renault X", "Velmora")),
    ("fr", "Renault X, la branche de capital-risque du constructeur, a investi dans Velmora.",
     ("INVESTS_IN", "Renault X", "Velmora")),
    # a one-word short name after two longer names built on it: the shorter (the group)
    ("en", "Velmora Foods and Korvane will build a plant. Velmora Foods Ingredients will run it. "
     "Velmora, which last year took a 25% stake in Quistor, wants to grow.",
     ("INVESTS_IN", "Velmora Foods", "Quistor")),
    ("fr", "Velmora Lait et Korvane vont construire une usine. Velmora Lait Ingrédients la gérera. "
     "Velmora, qui a pris 25 % de Quistor l'an dernier, veut grandir.",
     ("INVESTS_IN", "Velmora Lait", "Quistor")),
]

ABSENT = [
    ("en", "Zentrix raised $200 million in a round led by Velmora Lab.",
     ("EXECUTIVE_OF", "Velmora Lab", "Zentrix")),
    # the maker named after its trade is bought, not a supplier of its buyer
    ("fr", "Korvane a racheté le fabricant de jouets Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane a racheté le fabricant de jouets Quistor.", ("SUPPLIES", "Quistor", "Korvane")),
    # an English platform named by its trade stays a product (tried as a company and taken
    # out: a hard negative on unread text, docs/extraction-history.md session 14)
    ("en", "Korvane sells its trading platform Zelk to Quistor.", ("SUPPLIES", "Zelk", "Quistor")),
    # a product apposed to its name stays a product, hyphen or not
    ("en", "Velmora sells Zelk, a cloud-based drug for migraines, to Korvane.",
     ("SUPPLIES", "Zelk", "Korvane")),
    ("en", "Zelk, the family-run software, is sold by Velmora to Korvane.",
     ("SUPPLIES", "Zelk", "Korvane")),
    # a model letter after a curated name before a noun or at the end stays the company's
    ("en", "Velmora ordered ten Renault X vans.", ("SUPPLIES", "Renault X", "Velmora")),
    # the short name after one longer name keeps going to it (the latest on a tie)
    ("en", "Velmora Labs signed with Korvane. Velmora Energy joined later. Velmora, which owns "
     "25% of Quistor, wants to grow.", ("INVESTS_IN", "Velmora Labs", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

WHOLE = [
    ("en", "Korvane bought Velmora Ground Transit Systems (GTS) on Friday.",
     "Velmora Ground Transit Systems"),
    ("en", "Quistor, the family-owned watchmaker, agreed to buy Velmora.", "Quistor"),
    ("en", "Velmora raised money from Renault X, the carmaker's venture arm.", "Renault X"),
    ("fr", "Velmora a acheté Quistor S.r.l. en mai.", "Quistor S.r.l."),
    # a lower-case letter and digits opening a name with an organisation head; "Company"
    ("en", "Korvane holds 20% of Zelmar, and The q2 Velmora Company owns 10%.",
     "q2 Velmora Company"),
    ("fr", "Zelbar détient 39 % de Korvane et The q2 Velmora Company près de 20 %.",
     "The q2 Velmora Company"),
    ("en", "Korvane holds 20% of Zelmar, and The Velmora Company owns 10%.", "Velmora Company"),
    ("en", "Korvane signed with Eastern Velmora Airlines.", "Eastern Velmora Airlines"),
    # "and" inside a unit's name after its owner's possessive, before the unit noun
    ("en", "Zentrix will acquire Korvane's Advanced Systems and Robotics business for $200 "
     "million.", "Advanced Systems and Robotics"),
    # the user of a product in a relative clause without its pronoun
    ("en", "Korvane took a stake in Zelmar, an insurtech whose pricing software Quistor uses to "
     "underwrite risks.", "Quistor"),
    # a name shaped like a street's stays a name where no address cue comes before it
    ("en", "Main Street Velmora invested in Korvane.", "Main Street Velmora"),
    ("en", "Jana Street invested in Korvane.", "Jana Street"),
    ("en", "Zentrix raised $200 million in a round led by Prime Velmora Lab.", "Prime Velmora Lab"),
    ("fr", "Korvane veut lancer un service adossé à Quistor, la plateforme de financement dont "
     "elle est cliente.", "Quistor"),
    ("fr", "Velmora et le semencier KV.Quistor vont créer une coentreprise.", "KV.Quistor"),
]

KEPT = [
    # two units before a noun phrase going on after the unit noun stay two
    ("en", "Korvane's Quistor and Velmora business lines grew.", "Quistor and Velmora"),
    # a product's name before a participle stays a product
    ("en", "Korvane designs the chip Zelkor used in Quistor phones.", "Zelkor"),
    # streets: after a preposition, an article or a number; lower-case "rue"
    ("fr", "Installée rue de la Velmorie, Quistor a racheté Korvane.", "Velmorie"),
    ("en", "Founded on the Rue du Faubourg Saint-Velmor, Velmora grew.", "Faubourg Saint-Velmor"),
    # "and" without "The" or without an organisation head, "for" before a preposition
    ("en", "Korvane and Quistor Capital invested in Zelbar.", "Korvane and Quistor Capital"),
    ("en", "The Korvane and Quistor deal closed in May.", "Korvane and Quistor"),
    ("en", "Zentrix paid Quistor for Investments in Velmora.", "Quistor for Investments"),
    # a region named by a compass or size word and a place; the French spelling of a city
    ("en", "Korvane will ship its trucks to Eastern Europe through Quistor.", "Eastern Europe"),
    ("en", "Velmora paid $85 million for rights outside Greater China.", "Greater China"),
    ("fr", "Korvane a créé une coentreprise à Abou Dhabi avec Quistor.", "Abou Dhabi"),
    ("fr", "Korvane compte parmi ses clients les géants du BTP Quistor et Zelbar.", "BTP Quistor"),
    # a title before a person or a second title opens no company name
    ("en", "Prime Minister Ana Ruiz visited Korvane Group.", "Prime Minister Ana Ruiz"),
    ("en", "Korvane hired Senior Vice President Ana Ruiz.", "Senior Vice President Ana Ruiz"),
    # a platform of an owner's name stays a product
    ("fr", "Korvane utilise Zelk, la plateforme de Velmora.", "Zelk"),
    ("en", "Korvane uses Zelk, the platform of Velmora.", "Zelk"),
    # models beside models, a lower-case company noun, a unit after a lower-case digit word
    ("en", "Korvane flies with A320 and A350 jets.", "A320"),
    ("en", "Korvane holds 20% of Zelmar, and the Velmora company owns 10%.", "Velmora company"),
    ("en", "Korvane will build a q5 network.", "q5"),
    # a capitalised participle before a preposition still ends the name
    ("fr", "Korvane Racheté par Quistor ferme.", "Korvane Racheté"),
    # abbreviations with periods are no names, a French elision after a space stays one
    ("en", "Velmora sells parts, e.g. gears, to Korvane.", "e.g."),
    ("fr", "Velmora a ouvert l'usine d'Quistor.", "d'Quistor"),
    # a definite plural or a model shape after the trade names the product
    ("fr", "Korvane a racheté le fabricant des montres Quarnel.", "Quarnel"),
    ("fr", "Korvane vend la famille de moteurs LEAP à Quistor.", "LEAP"),
    ("fr", "Korvane vend le vaccin Ixora à Quistor.", "Ixora"),
    # a place or a lower-case word before the spelled name stays out of it
    ("en", "In Lyon the Regional Board of Water and Transit (RBWT) hired Korvane.",
     "Lyon the Regional Board of Water and Transit"),
    ("fr", "Korvane rejoint la Société Fluviale du Rhône et de la Saône (SFRS).",
     "la Société Fluviale du Rhône et de la Saône"),
    # a model letter before a noun or a verb is no unit ("Renault X vans")
    ("en", "Velmora ordered ten Renault X vans.", "Renault X"),
    ("en", "Velmora unveiled its Model X, a new car.", "Model X"),
]


@pytest.mark.parametrize(("lang", "text", "name"), WHOLE)
def test_name_comes_out_whole(lang: str, text: str, name: str) -> None:
    names = _names(text, lang)
    assert name in names, names


@pytest.mark.parametrize(("lang", "text", "name"), KEPT)
def test_near_miss_stays_out(lang: str, text: str, name: str) -> None:
    names = _names(text, lang)
    assert name not in names, names

"""Issue 11, session 18: EXECUTIVE_OF whose organisation is left to the context, in invented
sentences (both languages).

The family: a role with no organisation beside it ("Chief executive P said", "« ... », a
déclaré P, directrice générale", "Finance director P told reporters") in an article about
a deal between two companies. When the person bears the family name of one of the companies
the article names ("Quenby & Harrowgate", then "chief executive Lydia Harrowgate"; "les
Tanneries Vaudrecourt", then "Mathilde Vaudrecourt, présidente du directoire"), the role is
at the family's company, not at the article's main company or the company named last.
Kept out: a role the sentence gives to another company, a former role, a person whose
family name is that of no company in the article (the context still decides), a board seat
at a fund. Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN_DEAL = ("Dravonic Holdings has agreed to buy a 30% stake in Quenby & Harrowgate Ltd, a Leeds "
            "maker of garden tools. Dravonic will pay £40 million for the shares, and "
            "Dravonic plans to sell the tools through its stores. ")
_FR_DEAL = ("Le groupe Korlavia a acquis 30 % du capital des Tanneries Vaudrecourt, "
            "spécialistes du cuir pour la maroquinerie. Korlavia paiera 40 millions d'euros, et "
            "Korlavia veut ouvrir dix boutiques. ")

FOUND = [
    # a title before the name, no organisation in the sentence: the family's company
    ("en", _EN_DEAL + "Chief executive Lydia Harrowgate said the family would keep control.",
     ("EXECUTIVE_OF", "Lydia Harrowgate", "Quenby & Harrowgate")),
    ("en", _EN_DEAL + "“We needed a partner with shops,” Chief Executive Lydia Harrowgate told "
     "reporters in Leeds.", ("EXECUTIVE_OF", "Lydia Harrowgate", "Quenby & Harrowgate")),
    # the family's firm under a longer and a shorter name: the name the other opens
    ("en", "Dravonic Holdings has agreed to buy a 30% stake in Quenby & Harrowgate Tools Ltd. "
     "Dravonic will pay £40 million for the shares of Quenby & Harrowgate. “We needed shops,” "
     "Chief Executive Lydia Harrowgate told reporters.",
     ("EXECUTIVE_OF", "Lydia Harrowgate", "Quenby & Harrowgate")),
    # a speaker's role after the name, no organisation beside it
    ("fr", _FR_DEAL + "« Nous gardons la main », a résumé Mathilde Vaudrecourt, présidente du "
     "directoire et petite-fille du fondateur.",
     ("EXECUTIVE_OF", "Mathilde Vaudrecourt", "Tanneries Vaudrecourt")),
    ("fr", _FR_DEAL + "Le directeur général, Étienne Vaudrecourt, a salué l'opération.",
     ("EXECUTIVE_OF", "Étienne Vaudrecourt", "Tanneries Vaudrecourt")),
    # a company named for its family after a descriptor and a place adjective is no person
    # ("le groupe drômois Transports X"), so the family's role goes to it
    ("fr", "Le groupe savoyard Transports Quenbrail a racheté Korlavia. Quenbrail a passé "
     "commande de 300 camions. « Nous changeons de taille », a résumé Hélène Quenbrail, "
     "présidente du directoire.", ("EXECUTIVE_OF", "Hélène Quenbrail", "Transports Quenbrail")),
    # a firm named in the lead by its full name, then by its last word: one company for the
    # article's subject, whose untold roles are its own
    ("en", "Kühlhaus Tarvenich AG, a Swabian maker of fridges, has agreed to sell a 20% stake to "
     "Dravonic. Tarvenich will keep its plant. Tarvenich makes 90,000 fridges a year. Dravonic "
     "pays €60 million, and Dravonic will sell the fridges. Finance director Tobias Welkmann "
     "said the money would cut debt.",
     ("EXECUTIVE_OF", "Tobias Welkmann", "Tarvenich")),
    # no family name: the context still decides
    ("en", "Velmora bought Quistor for $40 million. The chief financial officer, Dana "
     "Kettering, said the deal would add to earnings.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
]

# a title set off before the speaker's name right after the speech verb, no organisation of
# its own: the article's company
_FR_BUY = "Velmora rachète Quistor pour 40 millions d'euros. "
_EN_BUY = "Velmora is buying Quistor for $40 million. "
FOUND += [
    ("fr", _FR_BUY + "Le financement sera assuré par un prêt de la banque Korlavia, a précisé "
     "le directeur financier, Hervé Tanvoret.", ("EXECUTIVE_OF", "Hervé Tanvoret", "Velmora")),
    ("fr", _FR_BUY + "« Nous sommes prêts », a déclaré la directrice générale, Maëlle Quarnic.",
     ("EXECUTIVE_OF", "Maëlle Quarnic", "Velmora")),
    ("en", _EN_BUY + "\"We are ready,\" said the chief executive, Dana Kettering.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", _FR_BUY + "« Nous sommes prêts », a déclaré le directeur général de Korlavia, Hervé "
     "Tanvoret.", ("EXECUTIVE_OF", "Hervé Tanvoret", "Korlavia")),
]

# joining a company's management board after a role kept elsewhere: the company's name as
# the committee's modifier
FOUND += [
    ("en", "Quistor co-founder Dana Kettering will stay on as managing director of the Polish "
     "business and join the Velmora management board once the deal closes.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Maëlle Quarnic, directrice générale de Quistor, doit rejoindre le comité exécutif "
     "de Velmora après la finalisation.", ("EXECUTIVE_OF", "Maëlle Quarnic", "Velmora")),
]

# a founder who is retiring or whom another took over from is kept, but as a former role
FOUND += [
    ("fr", "Korlavia rachète Quistor, dont le fondateur, Gilles Tanvoret, restera président.",
     ("EXECUTIVE_OF", "Gilles Tanvoret", "Quistor")),
]

ABSENT = [
    ("fr", "Korlavia rachète Quistor, dont le fondateur, Gilles Tanvoret, prend sa retraite.",
     ("EXECUTIVE_OF", "Gilles Tanvoret", "Quistor")),
    ("en", "Velmora's founder, Arjun Pellamy, is retiring after thirty years.",
     ("EXECUTIVE_OF", "Arjun Pellamy", "Velmora")),
    ("en", "Dana Wong, a former Quistor engineer, took over in 2022 from Velmora's founder, "
     "Arjun Pellamy, who remains an adviser.", ("EXECUTIVE_OF", "Arjun Pellamy", "Velmora")),
    ("en", "Dana Wong took over from Velmora's founder, Arjun Pellamy.",
     ("EXECUTIVE_OF", "Arjun Pellamy", "Velmora")),
    # a board seat is no executive role
    ("en", "Dana Kettering, a partner at Kandor Capital, will join Velmora's supervisory board.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", "Dana Kettering will join the board of Velmora.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Maëlle Quarnic, associée de Kandor Capital, rejoindra le conseil d'administration de "
     "Velmora.", ("EXECUTIVE_OF", "Maëlle Quarnic", "Velmora")),
    # the speaker's own company named beside the title; a former title; no title at all
    ("fr", _FR_BUY + "« Nous sommes prêts », a déclaré le directeur général de Korlavia, Hervé "
     "Tanvoret.", ("EXECUTIVE_OF", "Hervé Tanvoret", "Velmora")),
    ("fr", _FR_BUY + "« Nous sommes prêts », a déclaré l'ancien directeur général, Hervé "
     "Tanvoret.", ("EXECUTIVE_OF", "Hervé Tanvoret", "Velmora")),
    ("en", _EN_BUY + "\"The price is high,\" said an analyst, Dana Kettering.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", _EN_BUY + "\"We welcome it,\" said the French president, Dana Kettering.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    # the family's company does not take a role the sentence gives to another company
    ("en", _EN_DEAL + "Dravonic chief executive Lydia Harrowgate said the tools would sell well.",
     ("EXECUTIVE_OF", "Lydia Harrowgate", "Quenby & Harrowgate")),
    ("fr", _FR_DEAL + "Mathilde Vaudrecourt, directrice générale de Korlavia, a salué "
     "l'opération.", ("EXECUTIVE_OF", "Mathilde Vaudrecourt", "Tanneries Vaudrecourt")),
    # a former role stays a claim
    ("en", _EN_DEAL + "Former chief executive Lydia Harrowgate said the family would keep "
     "control.", ("EXECUTIVE_OF", "Lydia Harrowgate", "Quenby & Harrowgate")),
    ("fr", _FR_DEAL + "L'ancien directeur général, Étienne Vaudrecourt, a salué l'opération.",
     ("EXECUTIVE_OF", "Étienne Vaudrecourt", "Tanneries Vaudrecourt")),
    # a person of no company's family: not given to the family's company
    ("en", _EN_DEAL + "Chief executive Dana Kettering said the shops would sell the tools.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quenby & Harrowgate")),
    # a board seat at a fund named after a family is no executive role
    ("en", "Harrowgate Capital bought 10% of Velmora. Lydia Harrowgate will join the board of "
     "Velmora.", ("EXECUTIVE_OF", "Lydia Harrowgate", "Harrowgate Capital")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

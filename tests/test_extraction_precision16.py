"""Session 16, precision on new text: wrong edges of the fresh read batches (22, 24, 26), each
cause written as a family of invented sentences with the asserted twin that must stay found.

Causes: a deal another party turns down in a clause after it (denied); an attempt by a buyer
(hypothetical); a founder whose apposition calls them its former chief (former); a company
that is sold, not supplied; a maker's goods bought, not the maker; a name that only qualifies
the parties after it ("X partner operators", "les opérateurs partenaires de X"); a town
before ", State-based", a region before "wine producer", a place after a facility noun; a
depot ("dépôt de X") taken for a filing; goods bought "au groupe" (from its seller) and "de son
côté" taken for a party; a product after "modules"; the whole capital bought, which is an
acquisition only. Every company and person here is made up
and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the relation is still asserted when nothing turns it down
    ("en", "Velmora bought a 20% stake in Quistor last year, which the regulator cleared in May.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora took a 20% stake in Quistor, which rejected a rival bid from Kandor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a pris 20 % du capital de Quistor, qui a rejeté une offre de Kandor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # a current role beside another career in the apposition
    ("en", "Velmora chief executive Paul Quistard, a former banker, signed the deal.",
     ("EXECUTIVE_OF", "Paul Quistard", "Velmora")),
    ("fr", "Le PDG de Velmora, Paul Quistard, ancien directeur de Kandor, a signé l'accord.",
     ("EXECUTIVE_OF", "Paul Quistard", "Velmora")),
    # selling goods to a customer, buying a company, supplying a company
    ("en", "Kandor sells Velmora its chips.", ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Kandor sold Velmora last year to Quistor.", ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Velmora vend ses puces à Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor bought Velmora, a maker of servers.", ("ACQUIRES", "Quistor", "Velmora")),
    ("en", "Velmora Health buys Quistor knee systems for its hospitals.",
     ("SUPPLIES", "Quistor", "Velmora Health")),
    ("en", "Velmora supplies Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor rachète Velmora au fonds Kandor.", ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Velmora rachète le fabricant de puces Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    # the maker after its region and trade is still the party
    ("en", "Velmora has taken a 30 per cent stake in Harnvale cider producer Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora s'appuie sur les puces de Kandor, qui lui livre aussi ses modules Bluetooth.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora will build a plant in Tarvenec for Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor will supply Velmora's Tarvik plant with steel.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # the whole capital is an acquisition; a stake, or the whole of another company, is not
    ("fr", "Velmora a annoncé mardi l'acquisition de la totalité du capital de Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a pris 30 % du capital de Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a investi 5 millions d'euros dans Quistor, qui détient la totalité du capital "
     "de Kandor.", ("INVESTS_IN", "Velmora", "Quistor")),
]

ABSENT = [
    # denied: another party turns the deal down in the clause after it
    ("en", "The takeover follows an attempt by Velmora Corp. to buy a 20% stake in Quistor last "
     "year, which the startup's board turned down as too low.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora agreed to buy a 20% stake in Quistor last year, which the startup's board "
     "turned down.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora took a 20% stake in Quistor last year, an offer Quistor's board had rejected.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a pris 20 % du capital de Quistor, ce que le conseil de Quistor a refusé.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a pris 20 % du capital de Quistor, une offre que le conseil a rejetée.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # former: the founder's apposition calls them its former chief
    ("fr", "Le groupe hôtelier Velmora compte 40 hôtels. Le fondateur Paul Quistard, son ancien "
     "PDG, n'exerce plus aucun mandat opérationnel.", ("EXECUTIVE_OF", "Paul Quistard", "Velmora")),
    ("en", "Velmora founder Paul Quistard, its former chief executive, now chairs a foundation.",
     ("EXECUTIVE_OF", "Paul Quistard", "Velmora")),
    # a company sold is no customer
    ("en", "Kandor Partners, the private equity firm selling Velmora Care, will end up with a 15% "
     "stake in Quistor.", ("SUPPLIES", "Kandor Partners", "Velmora Care")),
    ("fr", "Kandor Partenaires, le fonds qui vend Velmora Santé, prendra 15 % de Quistor.",
     ("SUPPLIES", "Kandor Partenaires", "Velmora Santé")),
    # goods bought are no acquisition of their maker; goods bought from a seller
    ("en", "Velmora Health buys Quistor knee systems for its hospitals.",
     ("ACQUIRES", "Velmora Health", "Quistor")),
    ("fr", "Le groupe hôtelier Velmora exploite 40 hôtels. Le voyagiste Quistor achète de son "
     "côté chaque année 40 000 nuitées au groupe pour ses circuits.",
     ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Le groupe Velmora exploite 40 hôtels. Quistor achète des nuitées au groupe.",
     ("ACQUIRES", "Quistor", "Velmora")),
    # a name that only qualifies the parties after it
    ("en", "Velmora supplies several Quistor partner operators in Norway.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora sells its buses to Quistor franchisees.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs opérateurs partenaires de Quistor en Norvège.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # places: a town before its state's "-based", a region before a maker, after a facility
    ("en", "Quistor's biggest customer is Brinmoor, Md.-based Velmora Therapeutics.",
     ("SUPPLIES", "Quistor", "Brinmoor")),
    ("en", "Velmora has taken a 30 per cent stake in Harnvale cider producer Quistor.",
     ("INVESTS_IN", "Velmora", "Harnvale")),
    ("en", "The valves will be made at Velmora's plant in the Carrowfells and sold by Quistor.",
     ("SUPPLIES", "Velmora", "Carrowfells")),
    ("en", "The valves will be made at Velmora's Carrowby plant and sold by Quistor.",
     ("SUPPLIES", "Velmora", "Carrowby")),
    # a depot is no filing; a product after "modules"
    ("fr", "Les livraisons sont prévues pour le dépôt de Kandrel, où la régie convertit ses "
     "lignes.",
     ("REPORTED_BY", "ARTICLE", "Kandrel")),
    ("fr", "Le dépôt de Kandrel est neuf.", ("REPORTED_BY", "ARTICLE", "Kandrel")),
    ("fr", "Velmora s'appuie sur les puces de Kandor, qui lui livre aussi ses modules Bluetooth.",
     ("SUPPLIES", "Kandor", "Bluetooth")),
    # the whole capital bought: an acquisition only (the gold convention of every read set)
    ("fr", "Velmora a annoncé mardi l'acquisition de la totalité du capital de Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

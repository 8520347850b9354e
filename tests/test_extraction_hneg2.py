"""Issue 11, session 19 (hneg2): hard negatives written from the conventions, in invented
sentences. A probe of 88 hard-negative phrasings (denied, rejected, rumoured, talks-only,
conditional, former roles, debt, sites and products; 8 to 16 each, both languages) let 11 edges
out: sites and products named like companies 4, denials 2 ("there was no truth to reports",
"a nié avoir"), former roles 2, a plan not followed up ("n'a pas donné suite à") 1, a rumour
("has been linked to") 1, a debt round 1; 20 more former roles let 4 out ("chairman at the
time", "à l'époque", "avant de rejoindre", "a remercié son directeur général"). Kept here: roles
dated by a phrase after them and chiefs fired ("sacked", "a congédié"), the press's denials
and rumours, a site after its noun and a run participle ("le parc Drelix, exploité par
Tarvola"), a product apposed with a singular noun of craft ("the Quistor X7, an airliner", "le
Drelix V200, l'avion de Morvex"), and the maker of the goods a supplier's parts go into
("supplies engines for the X7 aircraft built by Y": Y supplies nothing to the subject).
Each family has twins that must stay asserted. Every company and person here is made up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the same deals stated, or followed up
    ("en", "Morvex said it planned to take over Pavrel.", ("ACQUIRES", "Morvex", "Pavrel")),
    ("fr", "Velmora a signé un contrat de fourniture avec Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a donné suite à son projet d'acquisition de Zentrix.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Tarvola, linked to Drelix by a supply contract, will buy Quistor.",
     ("ACQUIRES", "Tarvola", "Quistor")),
    # a role still held, a time phrase of another clause
    ("en", "Olaf Brenner, chairman of Drelix, said at the time of the deal that prices would rise.",
     ("EXECUTIVE_OF", "Olaf Brenner", "Drelix")),
    ("fr", "Henri Lavergne, président de Tarvola, avait signé l'accord à l'époque.",
     ("EXECUTIVE_OF", "Henri Lavergne", "Tarvola")),
    ("fr", "Claire Dutoit est directrice financière de Quistor depuis mars.",
     ("EXECUTIVE_OF", "Claire Dutoit", "Quistor")),
    ("fr", "Pavrel a nommé Luc Baranger directeur général.",
     ("EXECUTIVE_OF", "Luc Baranger", "Pavrel")),
    # companies named like sites stay companies; a site's operator stays a party
    ("en", "Korvane will supply turbines to Quistor Farms.",
     ("SUPPLIES", "Korvane", "Quistor Farms")),
    ("en", "Velmora has agreed to buy Zentrix Hotels.", ("ACQUIRES", "Velmora", "Zentrix Hotels")),
    ("fr", "Korvane livre du bois à Tarvola, qui exploite le parc Drelix.",
     ("SUPPLIES", "Korvane", "Tarvola")),
    ("fr", "Korvane a racheté Tarvola, exploitant du parc éolien de Drelix.",
     ("ACQUIRES", "Korvane", "Tarvola")),
    # a maker's goods bought by the subject: the maker supplies it
    ("en", "Velmora buys chips made by Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Korvane achète des puces fabriquées par Zentrix.", ("SUPPLIES", "Zentrix", "Korvane")),
    ("en", "Velmora uses engines made by Zentrix for its trucks.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # a company apposed to a company noun stays a company
    ("en", "Velmora supplies engines to Quistor, an aircraft maker.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane fournit les freins de Morvex, le constructeur d'avions.",
     ("SUPPLIES", "Korvane", "Morvex")),
]

ABSENT = [
    # denials, a plan not followed up, a rumour
    ("en", "Morvex said there was no truth to reports it planned to take over Pavrel.",
     ("ACQUIRES", "Morvex", "Pavrel")),
    ("fr", "Velmora a nié avoir signé un contrat de fourniture avec Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora n'a pas donné suite à son projet d'acquisition de Zentrix.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Tarvola has been linked to a takeover of Drelix.", ("ACQUIRES", "Tarvola", "Drelix")),
    # a role dated to the past by a phrase after it, a chief fired
    ("en", "Olaf Brenner, Drelix's chairman at the time, signed the contract.",
     ("EXECUTIVE_OF", "Olaf Brenner", "Drelix")),
    ("fr", "Henri Lavergne, président de Tarvola à l'époque, avait signé l'accord.",
     ("EXECUTIVE_OF", "Henri Lavergne", "Tarvola")),
    ("fr", "Claire Dutoit a été directrice financière de Quistor avant de rejoindre une banque.",
     ("EXECUTIVE_OF", "Claire Dutoit", "Quistor")),
    ("en", "Dana Kraus, chief financial officer of Velmora before joining a bank, spoke.",
     ("EXECUTIVE_OF", "Dana Kraus", "Velmora")),
    ("en", "Velmora sacked its chief executive, Piet Janssen.",
     ("EXECUTIVE_OF", "Piet Janssen", "Velmora")),
    ("fr", "Pavrel a congédié son directeur général, Luc Baranger.",
     ("EXECUTIVE_OF", "Luc Baranger", "Pavrel")),
    # a site after its noun and a run participle
    ("fr", "Korvane livre du bois au parc Drelix, exploité par Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("fr", "Korvane livre du bois au parc Drelix exploité par Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    # a product apposed with a singular noun of craft
    ("en", "Velmora supplies engines for the Quistor X7, an airliner built by Zentrix.",
     ("SUPPLIES", "Velmora", "Quistor X7")),
    ("fr", "Korvane fournira les freins du Drelix V200, l'avion de Morvex.",
     ("SUPPLIES", "Korvane", "Drelix V200")),
    # the maker of the goods the subject's parts go into supplies nothing to the subject
    ("en", "Velmora supplies engines for the Quistor X7 airliner built by Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora supplies engines for the Quistor X7 aircraft built by Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Korvane fournit les moteurs pour les avions fabriqués par Zentrix.",
     ("SUPPLIES", "Zentrix", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

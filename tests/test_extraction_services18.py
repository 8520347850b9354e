"""Session 18, services done for a customer (issue 11): a service verb that is no supply cue by
itself, done for a customer named after "for" or as the owner after "of" / "de"
(docs/extraction-history.md, "Session 18: services done for a customer"). Invented sentences,
names in no list, both languages.

Families:
- a service verb with the customer after "for" / "pour" (transporting, collecting, cleaning,
  maintaining, repairing, revising: "X transports parts for Y", "X collectera les déchets pour Y");
- a service run on what the customer owns, the customer after "of" / "de" ("X runs the
  warehouses of Y", "X maintains the aircraft of Y", "X assure la maintenance des avions de Y",
  "X gère la logistique de Y", "X collectera les déchets de Y", "X tracte les trains de Y"; the
  present "collecte" is left out: it is also the noun, and a trigger word changes where names
  end, "le spécialiste de la collecte des déchets Korvane Environnement");
- ground services handled for a customer ("X handles ground handling for Y").

Kept out: a person working for a company, lobbying, a charity's benefit, an audit (an adviser,
no annotated supply), the customer's own unit or arm, the distribution of a maker's products
(the maker supplies the distributor), denied, hypothetical and former services.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # "for" a customer
    ("en", "Velmora transports spare parts for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora collects industrial waste for Quistor and Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora cleans the trains for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora will maintain the turbines for Quistor from 2026.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora handles ground handling for Quistor at three airports.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane collectera les déchets pour Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane répare les moteurs pour Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane nettoie les trains pour Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    # "of" / "de" the customer
    ("en", "Velmora runs the warehouses of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora operates the depots of Quistor in Ohio.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora maintains the aircraft of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora has serviced the jets of Quistor since 2019.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora, which manages the fleet of Quistor, hired 40 drivers.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane assure la maintenance des avions de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane gère la logistique de Quistor depuis 2021.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane transporte les marchandises de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane collectera les déchets de Quistor à Lyon.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane entretient les rames du groupe Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane révise les moteurs de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    # a trade noun before a name is no trigger: the name and its takeover stay whole
    ("fr", "Le spécialiste de la collecte des déchets Korvane Environnement a signé un accord "
     "pour racheter Quistor.", ("ACQUIRES", "Korvane Environnement", "Quistor")),
    ("fr", "Korvane, qui tracte les trains de Quistor, a recruté 30 conducteurs.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane assurera le transport des colis de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
]

ABSENT = [
    ("en", "Velmora works for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Dana Velko works for Quistor.", ("SUPPLIES", "Dana Velko", "Quistor")),
    ("en", "Velmora lobbies for Quistor in Brussels.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora raised funds for the benefit of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora audits the accounts of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora runs the logistics arm of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora maintains its guidance for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora does not maintain the aircraft of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora could maintain the aircraft of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora no longer transports parts for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora manages its own fleet, Quistor said.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane travaille pour Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane fait du lobbying pour Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane assure la distribution des produits de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane assure la présidence de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane gère la participation de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane n'assure plus la maintenance des avions de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane pourrait assurer la maintenance des avions de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane assure la maintenance de ses propres avions, selon Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # what a fleet is made of is no customer; a collection specialist named after its trade
    ("en", "Velmora runs a fleet made up almost entirely of Quistor Tarvo tractors.",
     ("SUPPLIES", "Velmora", "Quistor Tarvo")),
    ("en", "Velmora maintains a fleet of 40 Quistor jets.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Le spécialiste de la collecte des déchets Korvane Environnement a signé un accord "
     "pour racheter Quistor.", ("SUPPLIES", "Korvane Environnement", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

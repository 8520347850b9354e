"""Session 18, deal types on new text: a partner named before the deal noun through any
company description or an apposition set off by commas, a supply purpose that keeps such a
deal out of the partnerships, a French definite description that runs into the name it
describes ("à la société d'investissement régionale X"), a company that opens its capital to
a newcomer ("X a ouvert son capital au fonds Y"), a plural possessive inside a holder's
description ("its anchor shareholder, the Danish farmers' cooperative Y").

Invented sentences, both languages where the shape exists in both; every company here is made
up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the partner named between "avec"/"with" and the deal noun, after any description: the
    # indefinite deal noun after the name, not the kind of company, makes it the partner
    ("fr", "Velmora a conclu avec la distillerie bretonne Quistor un accord pour codévelopper "
     "un whisky de grain.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Le groupe Velmora prévoit par ailleurs de créer avec le scieur vendéen Quistor une "
     "coentreprise dédiée aux granulés.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a néanmoins signé avec la Quistor un accord de billetterie combinée.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora has formed with the Norwegian sawmill Quistor a joint venture for wood "
     "pellets.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # ... or set off by an apposition that opens with a determiner (a place inside it)
    ("fr", "Velmora a signé avec Quistor, le centre technologique optique et lasers de Tarvenne, "
     "un accord de recherche commune.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a signé avec Quistor, la filiale de Kandor, un accord de recherche.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora signed with Quistor, the London software house, a research agreement.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a French definite description that runs into the name it describes is that name's
    # description, in a list or right after the verb's preposition
    ("fr", "Tarvo rachète la société Zelbar. Velmora lance une augmentation de capital réservée "
     "au fonds Quistor ainsi qu'à la société d'investissement régionale Kandor Participations.",
     ("INVESTS_IN", "Kandor Participations", "Velmora")),
    ("fr", "Tarvo rachète la société Zelbar. Velmora lance une augmentation de capital réservée "
     "à la société de capital-risque Quistor Partenaires.",
     ("INVESTS_IN", "Quistor Partenaires", "Velmora")),
    ("fr", "Tarvo rachète la société Zelbar. Velmora lance une augmentation de capital réservée "
     "au fonds d'investissement régional Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
]

ABSENT = [
    # a supply contract named after the partner is no partnership (it is a supply deal)
    ("fr", "Velmora a signé avec le japonais Quistor un accord-cadre de cinq ans pour la "
     "fourniture de membranes.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora signed with Quistor, the Osaka membrane maker, a five-year agreement for the "
     "supply of membranes.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # no deal noun after the name, a relative clause in the comma phrase, a list of names
    ("fr", "Velmora a déjeuné avec le scieur vendéen Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a signé avec Quistor, qui fabrique des turbines, un contrat.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a signé avec Quistor, le centre de Lyon, un contrat de fourniture de "
     "turbines.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # the description's antecedent is never the name's stand-in: no relation to the company
    # an earlier sentence called "la société"
    ("fr", "Tarvo rachète la société Zelbar. Velmora lance une augmentation de capital réservée "
     "au fonds Quistor ainsi qu'à la société d'investissement régionale Kandor Participations.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Tarvo rachète la société Zelbar. Velmora lance une augmentation de capital réservée "
     "à la société de capital-risque Quistor Partenaires.", ("INVESTS_IN", "Tarvo", "Velmora")),
    # a verb after the description: the name is its object, not what it describes
    ("en", "Velmora makes batteries for trucks. Customers with a stake in the company include "
     "Zentrix and Quistor.", ("INVESTS_IN", "Velmora", "Zentrix")),
]

# A company that opens its capital to a newcomer: the newcomer invests in it (the French of
# "opened its capital to", any tense; a pluperfect opening with the holder's exit is former).
FOUND += [
    ("fr", "Pour financer son développement, le transporteur Velmora a ouvert son capital au "
     "fonds régional Quistor Capital, qui détient désormais 12 % des parts.",
     ("INVESTS_IN", "Quistor Capital", "Velmora")),
    ("fr", "Velmora ouvrira son capital à Quistor, qui prendra une participation minoritaire "
     "d'environ 10 %.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora ouvre son capital au fonds Quistor ainsi qu'à la société d'investissement "
     "régionale Kandor Participations.", ("INVESTS_IN", "Kandor Participations", "Velmora")),
    ("fr", "Velmora a ouvert son capital en 2019 au fonds Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora avait ouvert son capital en 2018 au fonds Quistor, qui détient toujours "
     "12 %.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora opened its capital to Quistor last year.",
     ("INVESTS_IN", "Quistor", "Velmora")),
]

ABSENT += [
    ("fr", "Velmora refuse d'ouvrir son capital à Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora n'a jamais ouvert son capital à Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora pourrait ouvrir son capital à Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora est en discussions pour ouvrir son capital à Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora ouvre son capital aux salariés de Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora ouvre son réseau à Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora avait ouvert son capital en 2018 au fonds Quistor, qui en est sorti en 2022.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora avait ouvert son capital en 2018 au fonds Quistor, qui a revendu sa "
     "participation en 2022.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora refused to open its capital to Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora had opened its capital to Quistor in 2018, which sold its stake in 2022.",
     ("INVESTS_IN", "Quistor", "Velmora")),
]

# A plural possessive inside the description of a holder set off after its noun ("its anchor
# shareholder, the Danish farmers' cooperative Y,"): the description still holds a company noun.
FOUND += [
    ("en", "Velmora's anchor shareholder, the Danish farmers' cooperative Quistor Andel, will "
     "subscribe to a capital increase, raising its stake to 29.9%.",
     ("INVESTS_IN", "Quistor Andel", "Velmora")),
    ("en", "Velmora's biggest customer, the Dutch growers' cooperative Quistor, buys most of its "
     "seed.", ("SUPPLIES", "Velmora", "Quistor")),
]

ABSENT += [
    ("en", "Velmora's anchor shareholder, the Danish farmers' association, praised Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

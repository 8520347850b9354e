"""Session 18, attachment. (1) The co-investors of a round named after its leader with a
plain "with" / "avec" ("a round led by A, with B and C", "un tour de table mené par A, avec B
et C"): they invest in the round's raiser, like those after "alongside" / "aux côtés de". A
"with" after anything but a round's leader, or a name with a role of its own ("with B as
adviser", "avec B comme conseil"), stays out. (2) "A a mené le tour de table de Y, aux côtés
de B": B invests in Y, not in the leader A. (3) A list member described by a place and a noun
("A and UK distributor B"). (4) A bare list member after an insertion behind "and" / "et"
("A and, since 2021, B"). Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor and Zelbar also "
           "taking part.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor and Zelbar also "
           "taking part.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor and Zelbar "
           "participating.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "Velmora raised $20 million in a Series B round led by Kandor, with existing "
           "investors Quistor and Zelbar also participating.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor, which makes "
           "drones, and Zelbar.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("en", "The Velmora round was led by Kandor, with Quistor and Zelbar also investing.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor and Zelbar.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora a levé 20 millions d'euros lors d'un tour de table mené par Kandor, avec "
           "Quistor et Zelbar.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora a levé 20 millions d'euros lors d'un tour de table mené par Kandor, avec "
           "Quistor et Zelbar.", ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Velmora a bouclé une levée de fonds de 20 millions d'euros menée par le fonds "
           "danois Kandor, avec Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
]

ABSENT = [
    # a name with a role of its own after "with" / "avec"
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor as financial "
           "adviser.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $20 million in a round led by Kandor, with Quistor advising the "
           "company.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora a levé 20 millions d'euros lors d'un tour de table mené par Kandor, avec "
           "Quistor comme conseil.", ("INVESTS_IN", "Quistor", "Velmora")),
    # "with" after no round's leader
    ("en", "Velmora raised $20 million in a round led by Kandor, with the money going to "
           "Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora, which is led by Kandor, with Quistor and Zelbar, makes drones.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora signed a deal led by Kandor, with Quistor and Zelbar.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $20 million from Kandor and signed a supply deal with Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora a levé 20 millions d'euros auprès de Kandor et a signé un contrat avec "
           "Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
]

FOUND += [
    # the leader as the subject of "mener" / "lead": the round is the possessor's, and the
    # names "aux côtés de" invest in it too
    ("fr", "Kandor a mené le tour de table de Velmora, aux côtés de Quistor et de Zelbar.",
     ("INVESTS_IN", "Zelbar", "Velmora")),
    ("fr", "Kandor a mené la levée de fonds de Velmora aux côtés de Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora a mené une levée de fonds de 20 millions d'euros auprès de Kandor.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora a mené à bien une levée de fonds de 20 millions d'euros auprès de Kandor, "
           "aux côtés de Quistor.", ("INVESTS_IN", "Quistor", "Velmora")),
]

ABSENT += [
    # ... never in the leader itself
    ("fr", "Kandor a mené le tour de table de Velmora, aux côtés de Quistor et de Zelbar.",
     ("INVESTS_IN", "Quistor", "Kandor")),
    ("fr", "Kandor a mené la levée de fonds de Velmora aux côtés de Quistor.",
     ("INVESTS_IN", "Quistor", "Kandor")),
    ("fr", "Kandor pilotera la levée de fonds de Velmora, aux côtés de Quistor.",
     ("INVESTS_IN", "Quistor", "Kandor")),
]

# a list member described by a place and a noun ("and UK distributor B", "and Munich rival
# B"): a member of the list like "and distributor B"
FOUND += [
    ("en", "Velmora counts importer Kandor and UK distributor Quistor among its customers.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora counts importer Kandor and UK distributor Quistor among its customers.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora sells drones to Kandor and Texas utility Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora competes with Kandor and Munich rival Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
]

ABSENT += [
    # a place that ends the phrase, or a clause of its own after the place
    ("en", "Velmora supplies Kandor and Texas, where Quistor is based.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplies Kandor in Texas and Ohio utility Quistor buys its drones.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplies Kandor, and Ohio utility Quistor buys drones from Zelbar.",
     ("SUPPLIES", "Velmora", "Quistor")),
]

# a bare list member after an insertion set off by commas behind "and" / "et" ("A and, since
# 2021, B"); a member that opens a clause of its own stays out
FOUND += [
    ("en", "Velmora supplies Kandor and, since 2021, Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora competes with Kandor and, increasingly, Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora supplies Kandor and, to a lesser extent, Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit Kandor et, depuis 2021, Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora affronte Kandor et, depuis peu, Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté Kandor et, en mai, Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
]

ABSENT += [
    ("en", "Velmora bought Kandor and, in a separate deal, Quistor bought Zelbar.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora supplies Kandor and, since 2021, Quistor has bought its chips.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit Kandor et, depuis 2021, Quistor vend ses puces.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté Kandor et, dans la foulée, Quistor a racheté Zelbar.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit Kandor et, selon Quistor, vend aussi ses puces.",
     ("SUPPLIES", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 20 (lists2): list members lost to a sibling, in invented sentences.

A member after a place's possessive behind a comma ("A, Italy's B and C"), a member described
by an acronym and nouns ("AI accelerator startup B"), a company noun after an outlet noun
("garden tool maker B" is no outlet), a "state-owned" investor (no government), and a
gapped second object under the same preposition ("buys pulp from A and paper from B", "de la
pâte à A et du papier à B"). Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a place's possessive behind a comma inside a list
    ("en", "Velmora's rivals include Zentrix Systems, Italy's Quistor and the start-up Kandor "
     "Labs.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora's rivals include Zentrix Systems, Italy's Quistor and the start-up Kandor "
     "Labs.", ("COMPETES_WITH", "Velmora", "Kandor Labs")),
    ("en", "Velmora's rivals include Zentrix Systems, South Korea's Quistor and Kandor Labs.",
     ("COMPETES_WITH", "Velmora", "Kandor Labs")),
    ("en", "Velmora counts Zentrix, Japan's Quistor and Kandor among its customers.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # an acronym opening a member's description; a company noun after an outlet noun
    ("en", "Velmora's customers include Brelgo Networks and AI accelerator startup Tarvomind.",
     ("SUPPLIES", "Velmora", "Tarvomind")),
    ("en", "Velmora's customers include garden tool maker Brelgo Networks, AI accelerator "
     "startup Tarvomind and Japan's Stargol Logic.", ("SUPPLIES", "Velmora", "Tarvomind")),
    ("en", "Velmora's customers include garden tool maker Brelgo Networks, AI accelerator "
     "startup Tarvomind and Japan's Stargol Logic.", ("SUPPLIES", "Velmora", "Stargol Logic")),
    ("en", "Velmora's customers include garden tool maker Brelgo Networks and accelerator "
     "maker Tarvomind.", ("SUPPLIES", "Velmora", "Tarvomind")),
    # a state-owned investor is the investor, not its state
    ("en", "Zentrix, whose backers include Danish state-owned investor Quistor and Dutch venture "
     "firm Kandor Ventures, makes drones.", ("INVESTS_IN", "Quistor", "Zentrix")),
    ("en", "Zentrix, whose backers include Danish state-owned investor Quistor and Dutch venture "
     "firm Kandor Ventures, makes drones.", ("INVESTS_IN", "Kandor Ventures", "Zentrix")),
    # a gapped second object under the same preposition
    ("en", "Velmora sources pulp from Zentrix and paper from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys pulp from Zentrix and paper from the trading group Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Korvane achète de la pâte à Zentrix et du papier à Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane achète des moteurs à Zentrix et de l'acier à Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # "ainsi qu'auprès de B" past a relative clause: a multi-word preposition repeated
    ("fr", "Korvane s'approvisionne auprès du fondeur suisse Zentrix, qui livrera des cuves "
     "inox, ainsi qu'auprès de l'autrichien Quistor pour les vannes.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("en", "Velmora buys its engines from Zentrix, which will deliver a coaster next year, as "
     "well as from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a singular relative after a list tells of its last member; a plural one of all
    ("en", "Velmora competes with Zentrix and with Quistor, which is owned by Kandor.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Velmora competes with Zentrix and Quistor, which are owned by Kandor.",
     ("ACQUIRES", "Kandor", "Zentrix")),
]

ABSENT = [
    # a list whose members play different roles: the possessive's place is no member
    ("en", "Velmora, Italy's largest drone maker, buys chips from Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora and Zentrix, its rival, sell drones to Quistor.",
     ("COMPETES_WITH", "Zentrix", "Quistor")),
    # the outlet is still an outlet when no company noun follows its noun
    ("en", "The TV network Kandor Media reported that Velmora bought Zentrix.",
     ("ACQUIRES", "Kandor Media", "Zentrix")),
    # a government stays a government
    ("en", "The German government owns 20% of Zentrix.", ("INVESTS_IN", "Velmora", "Zentrix")),
    # a second clause's verb and object under the same preposition is no gapped object
    ("en", "Velmora buys pulp from Zentrix and raised money from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys pulp from Zentrix and hired staff from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys pulp from Zentrix and got a loan from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys pulp from Zentrix and learned a lot from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys pulp from Zentrix and sells paper to Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Korvane achète de la pâte à Zentrix et vend du papier à Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # "A and B, which is owned by C": A is none of C's
    ("en", "Velmora competes with Zentrix and with Quistor, which is owned by Kandor.",
     ("ACQUIRES", "Kandor", "Zentrix")),
    ("en", "Velmora competes with Zentrix and Quistor, which was bought by Kandor last year.",
     ("ACQUIRES", "Kandor", "Zentrix")),
    # a list after "unlike" / "contrairement à" names no partner
    ("en", "Unlike Zentrix and Quistor, Velmora buys its chips from Kandor.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Contrairement à Zentrix et à Quistor, Korvane achète ses puces à Kandor.",
     ("SUPPLIES", "Quistor", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 17, one party shared by two clauses: the customer of a first supply clause (the
owner of the goods or the buyer) is the customer of a parallel second clause whose goods have
no named owner ("Les flacons de X sont produits par A, tandis que (ses) bouchons sont fournis
par B", "X buys its motors from A, while its batteries come from B", "X's frames come from A,
its wheels from B"). A possessive in the second clause stands for that customer, not for the
first supplier. Every company here is invented and in no list."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a passive, then "tandis que"/"alors que"/"while"/"whereas" and a passive
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que les bouchons sont "
     "fournis par Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que ses bouchons sont "
     "fournis par Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que ses bouchons sont "
     "fournis par Zelbar.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les moteurs de Kandor sont fabriqués par Tarvimo, alors que ses batteries seront "
     "livrées par Ostrelia.", ("SUPPLIES", "Ostrelia", "Kandor")),
    ("en", "Velmora's frames are made by Quistor, whereas its wheels are supplied by Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Kandor's motors are built by Tarvimo, while its batteries will be supplied by "
     "Ostrelia.", ("SUPPLIES", "Ostrelia", "Kandor")),
    # a buyer, then a second clause whose goods come from another maker
    ("fr", "Velmora se fournit auprès de Quistor pour ses flacons, tandis que les bouchons "
     "proviennent de Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora gets its motors from Quistor, while its batteries come from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    # the first customer a possessive or a description, the agents described
    ("fr", "Velmora vend des parfums. Ses flacons sont produits par le verrier Kandor, tandis "
     "que les bouchons en bois sont fournis par la PME jurassienne Zelbar Frères.",
     ("SUPPLIES", "Zelbar Frères", "Velmora")),
    ("fr", "Velmora vend des cognacs. Pour ses bouteilles, la maison se fournit auprès du "
     "verrier Kandor, tandis que les bouchons proviennent de l'entreprise portugaise Zelbar "
     "Cortiça.", ("SUPPLIES", "Zelbar Cortiça", "Velmora")),
    ("en", "Velmora makes bikes. The company buys its frames from the Danish maker Kandor, "
     "while its wheels come from the German group Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora buys most of its bonders from Dutch equipment maker Kandor Industries, "
     "while its build-up substrates come from Japan's Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Pour ses achats, Velmora passe par le grossiste Kandor, tandis que ses légumes "
     "proviennent de la coopérative Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    # gapped: the same preposition, no verb
    ("fr", "Les moteurs de Velmora sont fournis par Quistor, et ses batteries par Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora's frames come from Quistor, its wheels from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora buys its motors from Quistor and its batteries from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Velmora se fournit auprès du verrier Quistor pour ses flacons, et pour ses bouchons "
     "auprès de Zelbar.", ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    # the possessive of the second clause is not the first supplier
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que ses bouchons sont "
     "fournis par Zelbar.", ("SUPPLIES", "Zelbar", "Quistor")),
    ("en", "Kandor's motors are built by Tarvimo, while its batteries will be supplied by "
     "Ostrelia.", ("SUPPLIES", "Ostrelia", "Tarvimo")),
    # near misses: the second clause's goods have a named owner
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que les bouchons de Kandor "
     "sont fournis par Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora's frames are made by Quistor, while Kandor's wheels are supplied by Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    # ... the second clause sells, it does not supply the first customer
    ("en", "Velmora buys its motors from Quistor, while its batteries are sold to Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Velmora achète ses moteurs à Quistor, tandis que ses batteries sont vendues à "
     "Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    # ... no goods: people, money, shares
    ("en", "Velmora's frames come from Quistor, while its funding comes from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Les moteurs de Velmora sont fournis par Quistor, tandis que ses actions sont "
     "détenues par Zelbar.", ("SUPPLIES", "Zelbar", "Velmora")),
    # ... the first clause's company is the supplier, not the customer
    ("en", "Velmora sells motors to Quistor, while its batteries are supplied by Zelbar.",
     ("SUPPLIES", "Zelbar", "Quistor")),
    # ... the second clause names its own subject
    ("en", "Velmora's frames are made by Quistor, while Zelbar makes wheels for Kandor.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    # ... the second clause's agent is no company's goods ("sortent des ateliers de")
    ("fr", "Velmora vend des drones. Ses moteurs sont produits par Kandor, tandis que ses "
     "batteries sortent des ateliers de Zelbar.", ("SUPPLIES", "Zelbar", "Kandor")),
    # ... a gap under "de" is a complement, not a second supplier
    ("fr", "Velmora se fournit en acier auprès de Quistor, et les usines de Zelbar tournent "
     "au ralenti.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Les cadres de Velmora viennent de Quistor, et les dirigeants de Zelbar s'en "
     "inquiètent.", ("SUPPLIES", "Zelbar", "Velmora")),
    ("en", "Velmora buys its bonders from Kandor, while its staff come from Zelbar's rival "
     "Tarvo.", ("SUPPLIES", "Tarvo", "Velmora")),
    # ... a gapped phrase with another preposition
    ("fr", "Les moteurs de Velmora sont fournis par Quistor, et ses batteries chez Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 20, SUPPLIES fifth round (branch s20-supply5, issue 11): the customer's side, shapes
the census of the read batches 42, 44, 46 and 8, 10, 12-16, 19, 21 showed missing
(docs/extraction-history.md, "Session 20: SUPPLIES, fifth round"). Invented names, in no list.

- A second source of the same buyer, its goods bare or after "en" and the first clause's
  supplier preposition repeated: "buys pulp from A and scrap metal from B", "s'approvisionne
  en levures auprès de A et en améliorants auprès de B", and "ainsi qu'auprès de B" past the
  first supplier's relative clause. Not when the second conjunct gets no goods or sells
  ("and won orders from B", "and expects approval from B", "and sells paper to B").
- A hyphenated description before the supplier's name: "from building-materials group B".
- A maker's name before a plain goods noun after an English verb of buying ("Y buys X flour
  for its shops", "has bought X earmuffs for its crews"): X supplies Y, no takeover. A part of
  the company, a time or an adverb after the name keeps the takeover ("bought X last year",
  "bought X outright", "bought X unit Z").
- Customers listed before their verb, the supplier a singular possessive later in the clause:
  "customers including A and B had placed orders for its tools", "Employers including A and
  B use its business tier": the possessor supplies A and B (the resolver's nearest member is
  passed over for its next candidate). Not "their orders", "its rival", nor past a clause set
  off by a comma.
- A charter or a lease taken "auprès de" the owner: "Y a affrété auprès de l'armateur X le
  navire Z", "Y a pris en location deux grues auprès de X" (X supplies Y); not "X affrète
  ses navires à Y" (either side may be the owner) nor "affrété pour Y".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "For its own mills, Velmora buys wood chips from Latvian cooperative Quistor and "
     "scrap metal from building-materials group Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "For its own mills, Velmora buys wood chips from Latvian cooperative Quistor and "
     "scrap metal from building-materials group Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora sources cocoa beans from Quistor and cane sugar from the Brazilian mill "
     "Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys its steel from Quistor and its glass from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "L'industriel Velmora s'approvisionne en levures auprès du lillois Quistor et en "
     "améliorants de panification auprès de la PME bretonne Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "L'industriel Velmora s'approvisionne en levures auprès du lillois Quistor et en "
     "améliorants de panification auprès de la PME bretonne Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora achète du cuivre auprès de Quistor et de l'aluminium auprès de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Pour ses nouvelles lignes, Velmora s'approvisionne auprès du constructeur suisse "
     "Quistor, qui livrera au printemps prochain un grand four destiné au site lorrain, ainsi "
     "qu'auprès de l'italien Kandor pour les petites pièces.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora s'approvisionne auprès de Quistor, ainsi qu'auprès de Kandor pour ses "
     "moteurs.",
     ("SUPPLIES", "Kandor", "Velmora")),
]

FOUND += [
    ("en", "Among its customers, Greggon buys Velmora flour for about a third of its shops.",
     ("SUPPLIES", "Velmora", "Greggon")),
    ("en", "Greggon has bought Velmora earmuffs for its track crews since 2019.",
     ("SUPPLIES", "Velmora", "Greggon")),
    ("en", "Greggon buys Velmora cement from a depot near Leeds.",
     ("SUPPLIES", "Velmora", "Greggon")),
    ("en", "Greggon bought Velmora last year.", ("ACQUIRES", "Greggon", "Velmora")),
    ("en", "Greggon bought Velmora outright from its founders.",
     ("ACQUIRES", "Greggon", "Velmora")),
    ("en", "Greggon will acquire Velmora subject to approval.",
     ("ACQUIRES", "Greggon", "Velmora")),
    ("en", "Greggon acquired Velmora earlier this year.", ("ACQUIRES", "Greggon", "Velmora")),
]

FOUND += [
    ("en", "Velmora makes bonding tools in Utrecht. The company said customers including "
     "Quistor Corp. and Kandor Inc. had placed orders for its new tools.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora makes bonding tools in Utrecht. Customers such as Quistor and Kandor use "
     "its tools.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora runs an online school. Employers including Quistor AG and Kandor Plc use "
     "its business tier to train staff.",
     ("SUPPLIES", "Velmora", "Kandor")),
]

FOUND += [
    ("fr", "Pour y parvenir, Velmora a affrété auprès de l'armateur néerlandais Quistor le "
     "navire-grue Brenna, et négocie un second affrètement.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a pris en location deux grues auprès de Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    ("fr", "Quistor affrète ses navires à Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a affrété un navire pour Quistor.", ("SUPPLIES", "Quistor", "Velmora")),

    ("en", "Velmora makes bonding tools in Utrecht. Customers such as Quistor and Kandor have "
     "cut their orders.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora makes bonding tools in Utrecht. Customers such as Quistor and Kandor "
     "prefer its rival Zentor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora makes bonding tools in Utrecht. Customers such as Quistor, which makes "
     "chips, use its tools.",
     ("SUPPLIES", "Quistor", "Velmora")),

    ("en", "Among its customers, Greggon buys Velmora flour for about a third of its shops.",
     ("ACQUIRES", "Greggon", "Velmora")),
    ("en", "Greggon bought Velmora last year.", ("SUPPLIES", "Velmora", "Greggon")),
    ("en", "Greggon bought Velmora shares last year.", ("SUPPLIES", "Velmora", "Greggon")),
    ("en", "Greggon bought Velmora two years ago.", ("SUPPLIES", "Velmora", "Greggon")),

    ("en", "Velmora buys kraft pulp from Quistor and won orders from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys kraft pulp from Quistor and expects approval from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys kraft pulp from Quistor and sells paper to Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora bought pulp from Quistor and hired engineers from Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora s'approvisionne en levures auprès de Quistor et a obtenu un prêt auprès "
     "de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora achète du cuivre auprès de Quistor et du conseil auprès de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

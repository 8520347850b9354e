"""Session 22, SUPPLIES eighth round (branch s22-supply8): counted customers past what sets
off the customer, French goods nouns with their complement, goods whose maker is named in a
contact relative, a seller's "it" that is its goods (written up in
/work/notes/s22/hist_supply8.md for docs/extraction-history.md). Invented names, in no list.

- "counts A, the Marvik pump maker, among its customers", "counts A and several hospitals,
  including B, among its customers", "counts A and Spanish bottler B among its buyers" (B
  too); "compte parmi ses clients historiques le distributeur breton A" (the trigger's trailing
  adjectives take none of the object's window); "de son côté", "pour sa part", "for its part"
  are insertions.
- "pour le compte de" reaches 14 words past a service verb.
- Packing and roasting are making verbs whose customer follows "for" / "pour".
- A French goods noun reduced by a participle past its complement or adjectives: "des machines
  de découpe laser fournies par X"; a second clause's goods with a "de" complement: "tandis que
  ses filtres de traitement naturel viennent de B".
- "Y buys all of the electricity X generates": X supplies Y (no purchase of X); "X makes tile and
  sells it to Y": X supplies Y (no company sells itself).
- "sells and services X and Y vehicles": the maker X supplies the seller.
- Kept out as before (session 18, services; session 21): "X works for Y", "X travaille pour
  Y" (a frame was tried again and dropped: a person typed as a company is the risk).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # counted customers
    ("en", "Korvane counts Zelbar, the Marvik-based pump maker, among its largest clients.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane counts Zelbar and several hospitals, including Quistor, among its "
     "customers.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane counts Zelbar and Spanish bottler Quistor among its other key buyers.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane counts Zelbar and Spanish bottler Quistor among its other key buyers.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane compte pour sa part parmi ses clients la chaîne Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Korvane compte parmi ses clients historiques le distributeur breton Zelbar, qui a "
     "ouvert 80 points de vente en Bretagne.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Korvane compte parmi ses clients historiques le distributeur breton Zelbar, qui a "
     "garni de ses étagères 80 boutiques, ainsi que l'opérateur Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # "pour le compte de" farther
    ("fr", "Korvane assure chaque semaine le ramassage de 4 000 écoliers et apprentis pour le "
     "compte de la société Zelbar.", ("SUPPLIES", "Korvane", "Zelbar")),
    # packing and roasting
    ("en", "Korvane packs private-label teas for Zelbar and Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Korvane roasts coffee for Zelbar.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Korvane conditionne des thés sous marque propre pour Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # French goods nouns with a complement
    ("fr", "Korvane a doté ses ateliers de machines de découpe laser fournies par le danois "
     "Zelbar.", ("SUPPLIES", "Zelbar", "Korvane")),
    ("fr", "Korvane utilise des machines de lavage fournies par l'allemand Zelbar.",
     ("SUPPLIES", "Zelbar", "Korvane")),
    ("fr", "Les moteurs de Korvane sont fournis par Zelbar, tandis que les pièces de rechange "
     "viennent de Quistor.", ("SUPPLIES", "Quistor", "Korvane")),
    # goods and their maker
    ("en", "Zelbar buys all of the electricity Korvane generates.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Zelbar, the grid operator that buys all of the electricity Korvane generates in "
     "Marvik, said the sale would not change that.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane already makes ceramic floor tile in Nevada and sells it to hardware "
     "chains including Zelbar.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane, in which Tamvex has held a stake since 2021, makes clay tile and sells "
     "it to Zelbar.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane sells and services ZLB and QTX vehicles in its depots.",
     ("SUPPLIES", "ZLB", "Korvane")),
]

ABSENT = [
    # the inserts reach a direct object only: not a place named after a preposition's object
    ("fr", "Deux brasseurs livrent directement les dépôts de Korvane, situés à "
     "Marvik et à Zelbar.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane counts Zelbar and Spanish bottler Quistor as rivals, and its customers "
     "grew.", ("SUPPLIES", "Korvane", "Quistor")),
    # a capitalised word is no goods complement
    ("fr", "La centrale de Zelbar est équipée de batteries Hydrax fournies par le "
     "constructeur Korvane.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Les moteurs de Korvane sont fournis par Zelbar, tandis que les pièces de Tamvex "
     "viennent de Quistor.", ("SUPPLIES", "Quistor", "Korvane")),
    # sites and businesses bought are no goods; a company sold by its owner is no goods
    ("en", "Zelbar bought the business Korvane built.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Zelbar bought the factory Korvane built in Marvik.", ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Quistor owns Korvane and will sell it to Zelbar.", ("SUPPLIES", "Quistor", "Zelbar")),
    ("en", "Quistor bought Korvane in 2019 and sold it to Zelbar last year.",
     ("SUPPLIES", "Quistor", "Zelbar")),
    ("en", "Korvane packed its bags for Zelbar's headquarters.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # a passive clause, not a reduced participle
    ("fr", "Korvane confie sa publicité à Tamvex, alors que ses serveurs sont "
     "hébergés par Zelbar.", ("SUPPLIES", "Zelbar", "Tamvex")),
    # work for a company (session 18 keeps it out)
    ("en", "Korvane works for Zelbar and Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

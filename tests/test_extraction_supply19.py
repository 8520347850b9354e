"""Session 19, SUPPLIES third round (branch s19-supply3, issue 11): the shapes the census of
the fresh read batches showed most often among supply misses with both parties found and
among wrong supply edges (docs/extraction-history.md, "Session 19: SUPPLIES, third round").
Invented names, in no list.

- Goods named by their maker's possessive after a verb of buying or selling: "Y buys X's
  silica sand", "Y, which buys all of X's barley", "Y sells X's chairs" (X supplies Y; before,
  "sells X's chairs" gave Y as X's supplier); a stake, a unit, plants, a rival of X stay out.
- A product named after the supplier's possessive is no customer: "X will supply its Vestra
  sorting system for its depots" (before, "Vestra" was taken as X's customer). With a
  customer after "to" the name still reads as a company sold (letting the product through
  cost four wrong edges on one never-read batch).

- Services entrusted, more nouns: "Y confie à X l'approvisionnement de ses guichets",
  "Y a confié les essais d'endurance à X", "Y sous-traite à X la collecte de ...".

A frame for a company that works for a customer ("X travaille de son côté pour Y", "X works
for Y") was dropped: the French one cost three wrong edges on a never-read batch, and the
English one contradicts session 18's kept-out "Velmora works for Quistor" (a person is as
likely a subject; tests/test_extraction_services18.py).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # goods named by their maker's possessive
    ("en", "Velmora Foods buys Quistor Minerals's silica sand for its glassworks.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods buys half of Quistor's silica sand.",
     ("SUPPLIES", "Quistor", "Velmora Foods")),
    ("en", "Velmora Foods, which buys all of Quistor Minerals' barley, opened a malting "
     "plant.", ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Stores, which has sold Quistor Home's garden chairs since 2020, hired.",
     ("SUPPLIES", "Quistor Home", "Velmora Stores")),
    ("en", "Velmora Stores resells Quistor Home's garden chairs in Spain.",
     ("SUPPLIES", "Quistor Home", "Velmora Stores")),
    # services entrusted
    ("fr", "La Banque Velmora confie à Kandor Fonds l'approvisionnement de ses guichets dans "
     "l'Ouest.", ("SUPPLIES", "Kandor Fonds", "Banque Velmora")),
    ("fr", "Kandor Câbles a confié les essais d'endurance de ses gaines à Velmora Labo.",
     ("SUPPLIES", "Velmora Labo", "Kandor Câbles")),
    ("fr", "L'enseigne Velmora sous-traite à Kandor Fonds la collecte des fonds de ses "
     "agences.", ("SUPPLIES", "Kandor Fonds", "Velmora")),
    ("fr", "Velmora Terminaux confie à Kandor Levage la manutention des conteneurs.",
     ("SUPPLIES", "Kandor Levage", "Velmora Terminaux")),
]

ABSENT = [
    # possessives that name no goods bought
    ("en", "Velmora Foods bought Quistor Minerals's packaging unit.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods bought Quistor Minerals's French plants.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods will buy Quistor Minerals's rival Tarvex.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods buys its sand from Kandor, and Tarvex bought Kandor's Irish mills.",
     ("SUPPLIES", "Kandor", "Tarvex")),
    ("en", "Tarvex directs customers who buy a policy towards Quistor's plans.",
     ("SUPPLIES", "Quistor", "Tarvex")),
    # the seller of a maker's goods is no supplier of the maker
    ("en", "Velmora Stores, which has sold Quistor Home's garden chairs since 2020, hired.",
     ("SUPPLIES", "Velmora Stores", "Quistor Home")),
    # a product is no customer
    ("en", "Velmora Parcels said Quistor Robotics will supply its Vestra sorting system for "
     "its depots.", ("SUPPLIES", "Quistor Robotics", "Vestra")),
    ("en", "Quistor Robotics will sell its Vestra unit to Velmora Parcels.",
     ("SUPPLIES", "Quistor Robotics", "Velmora Parcels")),
    # an office entrusted is no service
    ("fr", "Velmora a confié la présidence à Kandor.", ("SUPPLIES", "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

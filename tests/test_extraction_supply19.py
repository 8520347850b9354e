"""Session 19, SUPPLIES third round (branch s19-supply3, issue 11): the shapes the census of
the fresh read batches showed most often among supply misses with both parties found and
among wrong supply edges (docs/extraction-history.md, "Session 19: SUPPLIES, third round").
Invented names, in no list.

- Goods named by their maker's possessive after a verb of buying or selling: "Y buys X's
  kaolin", "Y, which buys most of X's exports", "Y sells X's sofas" (X supplies Y; before,
  "sells X's sofas" gave Y as X's supplier); a stake, a unit, plants, a rival of X stay out.
- A product named after the supplier's possessive is no customer: "X will supply its Tablo
  dialysis system for home programs" (before, "Tablo" was taken as X's customer). With a
  customer after "to" the name still reads as a company sold (letting the product through
  cost four wrong edges on one never-read batch).

- Services entrusted, more nouns: "Y confie à X l'approvisionnement de ses distributeurs",
  "Y a confié les essais de qualification à X", "Y sous-traite à X la collecte de ...".

A frame for a company that works for a customer ("X travaille de son côté pour Y", "X works
for Y") was dropped: the French one cost three wrong edges on a never-read batch, and the
English one contradicts session 18's kept-out "Velmora works for Quistor" (a person is as
likely a subject; tests/test_extraction_services18.py).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # goods named by their maker's possessive
    ("en", "Velmora Foods buys Quistor Minerals's kaolin for its mills in Ireland.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods buys most of Quistor's kaolin.",
     ("SUPPLIES", "Quistor", "Velmora Foods")),
    ("en", "Velmora Foods, which buys most of Quistor Minerals' canola exports, opened a "
     "terminal.", ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Stores, which already sells Quistor Home's modular sofas, opened a site.",
     ("SUPPLIES", "Quistor Home", "Velmora Stores")),
    ("en", "Velmora Stores already resells Quistor Home's modular sofas.",
     ("SUPPLIES", "Quistor Home", "Velmora Stores")),
    # services entrusted
    ("fr", "La Banque Velmora confie à Kandor Fonds l'approvisionnement de 1 200 distributeurs "
     "automatiques.", ("SUPPLIES", "Kandor Fonds", "Banque Velmora")),
    ("fr", "Kandor Câbles a confié les essais de qualification à Velmora Labo, qui les réalisera "
     "dans son laboratoire.", ("SUPPLIES", "Velmora Labo", "Kandor Câbles")),
    ("fr", "L'enseigne Velmora sous-traite à Kandor Fonds la collecte des recettes de ses "
     "magasins.", ("SUPPLIES", "Kandor Fonds", "Velmora")),
    ("fr", "Les Chantiers Velmora confient à Kandor Levage la manutention des blocs de paquebots.",
     ("SUPPLIES", "Kandor Levage", "Chantiers Velmora")),
]

ABSENT = [
    # possessives that name no goods bought
    ("en", "Velmora Foods bought Quistor Minerals's packaging unit.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods bought Quistor Minerals's French plants.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods will buy Quistor Minerals's rival Tarvex.",
     ("SUPPLIES", "Quistor Minerals", "Velmora Foods")),
    ("en", "Velmora Foods buys its kaolin from Kandor, and Tarvex bought Kandor's Irish mills.",
     ("SUPPLIES", "Kandor", "Tarvex")),
    ("en", "Tarvex directs customers who buy a policy towards Quistor's plans.",
     ("SUPPLIES", "Quistor", "Tarvex")),
    # the seller of a maker's goods is no supplier of the maker
    ("en", "Velmora Stores, which already sells Quistor Home's modular sofas, opened a site.",
     ("SUPPLIES", "Velmora Stores", "Quistor Home")),
    # a product is no customer
    ("en", "Velmora Health signed a deal under which Quistor Medical will supply its Tablo "
     "dialysis system for home programs.", ("SUPPLIES", "Quistor Medical", "Tablo")),
    ("en", "Quistor Medical will sell its Tablo unit to Velmora Health.",
     ("SUPPLIES", "Quistor Medical", "Velmora Health")),
    # an office entrusted is no service
    ("fr", "Velmora a confié la présidence à Kandor.", ("SUPPLIES", "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

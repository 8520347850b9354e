"""Session 19, SUPPLIES third round (branch s19-supply3, issue 11): the shapes the census of
the fresh read batches showed most often among supply misses with both parties found and
among wrong supply edges (docs/extraction-history.md, "Session 19: SUPPLIES, third round").
Invented names, in no list.

- A company that works for a customer: "X (also) works for Y" (X supplies Y); a person
  subject, a purpose ("works for the benefit of Y"), "works with Y on ... for Z", an adviser
  "on the takeover" stay out. The French frame ("X travaille de son côté pour Y", "X
  intervient pour Y") was dropped: three wrong edges on one never-read batch for one right
  one; its near misses stay here as absent cases.
- Goods named by their maker's possessive after a verb of buying or selling: "Y buys X's
  kaolin", "Y, which buys most of X's exports", "Y sells X's sofas" (X supplies Y; before,
  "sells X's sofas" gave Y as X's supplier); a stake, a unit, plants, a rival of X stay out.
- A product named after the supplier's possessive is no customer: "X will supply its Tablo
  dialysis system for home programs" (before, "Tablo" was taken as X's customer). With a
  customer after "to" the name still reads as a company sold (letting the product through
  cost four wrong edges on one never-read batch).
- Services entrusted, more nouns: "Y confie à X l'approvisionnement de ses distributeurs",
  "Y a confié les essais de qualification à X", "Y sous-traite à X la collecte de ...".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # works for a customer (English only: the French frame cost three wrong edges on a
    # never-read batch and was dropped)
    ("en", "Kandor Lifting also works for Velmora Energy on the offshore park.",
     ("SUPPLIES", "Kandor Lifting", "Velmora Energy")),
    ("en", "Kandor Lifting works for Velmora Energy and for Quistor Bank.",
     ("SUPPLIES", "Kandor Lifting", "Quistor Bank")),
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
    # a person works for a company; a purpose; working with a partner
    ("fr", "Marie Dupont travaille pour Velmora Énergies depuis 2010.",
     ("SUPPLIES", "Marie Dupont", "Velmora Énergies")),
    ("fr", "Kandor Levage travaille pour améliorer la sécurité des chantiers de Velmora.",
     ("SUPPLIES", "Kandor Levage", "Velmora")),
    ("fr", "Kandor Levage travaille avec Velmora Énergies pour le compte de Quistor.",
     ("SUPPLIES", "Kandor Levage", "Quistor")),
    ("fr", "L'ancien banquier de Velmora, qui travaillait pour Quistor, a été nommé directeur.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "La banque d'affaires Kandor travaille pour Velmora sur cette opération.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Kandor Capital works for Velmora on the takeover.",
     ("SUPPLIES", "Kandor Capital", "Velmora")),
    ("en", "Mary Smith works for Velmora Energy.", ("SUPPLIES", "Mary Smith", "Velmora Energy")),
    ("en", "Kandor Lifting works for the benefit of Velmora Energy shareholders.",
     ("SUPPLIES", "Kandor Lifting", "Velmora Energy")),
    ("en", "Kandor Defence is working with the group on software for the Velmora fighter jet.",
     ("SUPPLIES", "Kandor Defence", "Velmora")),
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

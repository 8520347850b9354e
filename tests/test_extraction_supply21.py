"""Session 21, SUPPLIES sixth round (branch s21-supply6, issue 11): a retailer or distributor
that stocks, carries, sells or distributes a maker's goods, the most frequent shape with both
parties found in the census of the fresh read batches 23, 25, 28, 30, 33, 35
(docs/extraction-history.md, "Session 21: SUPPLIES, sixth round"). Invented names, in no list.

- English, a retailer stocking or carrying the goods, named by the maker's possessive or by
  the maker's name before a plain goods noun: "Y and Z already stock X kits in 900 shops",
  "Y carries X products in 200 stores", "Y stocks X's harvesters": X supplies each retailer.
- A verb of selling whose object is the maker's goods: "Y sells X kits in its stores", "Y vend
  les vestes de X dans ses magasins" (the seller resells; the maker supplies it: no longer
  read the other way).
- French present forms of distribution that are also past participles, with the goods before
  the maker's name: "Y distribue les vestes de X", "Y commercialise les produits de X".
- A service passive whose customer is the possessor of a service noun: "Y's servers are
  hosted by X", "Y's pension scheme is administered by X", "les serveurs de Y sont hébergés /
  gérés par X". Not a fund, a plant or a site run or managed by X ("the Z fund, managed by
  X", "le fonds Z, géré par X").
- The maker's goods "in use" at the customer's: "X's machines are (already) in use at Y's
  plants" (X supplies Y, no longer the reverse through the frame of "Y uses").
- Kept out: a buyer after the goods ("sells X kits to Z"), a company's plants or brand sold
  ("vend les usines de X", "vend la marque X à Z"), debts carried, share prices ("Y stocks
  fell"), a maker distributing its own goods through a retailer.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Dalvorin and Merquist already stock Tzeller kits in some 900 shops.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin and Merquist already stock Tzeller kits in some 900 shops.",
     ("SUPPLIES", "Tzeller", "Merquist")),
    ("en", "Dalvorin, the Ohio retailer, carries Tzeller products in 200 stores.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin, a farm equipment trader, stocks Tzeller's harvesters in 60 branches.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin also stocks Tzeller's garden chairs.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin sells Tzeller kits in its stores.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin vend les vestes de Tzeller dans ses magasins.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin distribue les vestes de Tzeller en Belgique.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Le grossiste Dalvorin commercialise les produits de Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Les magasins Dalvorin référencent déjà les vestes de Tzeller dans 140 points de "
     "vente.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin's servers are hosted by Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin's pension scheme is administered by Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin's website is run by Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Les serveurs de Dalvorin sont hébergés par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Les serveurs de Dalvorin sont gérés par Tzeller.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin a recours à Merquist pour la publicité, tandis que ses serveurs sont "
     "hébergés par Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller's machines are already in use at Dalvorin's plants.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller's machines are in use at Dalvorin's plants in Leeds.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    # the seller's own goods stay a supply to its customer
    ("fr", "Tzeller vend des pneus à Dalvorin.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller sells chips to Dalvorin.", ("SUPPLIES", "Tzeller", "Dalvorin")),
]

ABSENT = [
    ("en", "Dalvorin sells Tzeller kits in its stores.", ("SUPPLIES", "Dalvorin", "Tzeller")),
    ("fr", "Dalvorin vend les vestes de Tzeller dans ses magasins.",
     ("SUPPLIES", "Dalvorin", "Tzeller")),
    ("en", "Dalvorin sells Tzeller kits to Merquist.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin will carry Tzeller's debt.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Dalvorin stocks fell after Tzeller results.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin vend les usines de Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin vend la marque Tzeller à Merquist.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin rachète les usines de Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Dalvorin distribue ses vestes chez Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "The Merquist fund, managed by Tzeller, invested in Dalvorin.",
     ("SUPPLIES", "Tzeller", "Merquist")),
    ("fr", "Le fonds Merquist, géré par Tzeller, a investi dans Dalvorin.",
     ("SUPPLIES", "Tzeller", "Merquist")),
    ("en", "Dalvorin's plant is run by Tzeller, its subsidiary.",
     ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("fr", "Les sites de Dalvorin sont gérés par Tzeller.", ("SUPPLIES", "Tzeller", "Dalvorin")),
    ("en", "Tzeller's valves are already in use at Dalvorin's mill.",
     ("SUPPLIES", "Dalvorin", "Tzeller")),
    ("en", "Tzeller's machines are in use at Dalvorin's plants in Leeds.",
     ("SUPPLIES", "Tzeller", "Leeds")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

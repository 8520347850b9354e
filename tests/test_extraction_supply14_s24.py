"""Session 24, SUPPLIES fourteenth round (branch s24-supply14): goods bought in a French
passive, a contrast clause after a gapped second supplier, list members described by a trade
noun no list holds, listing by a retailer, and "rank among" (written up in
/work/notes/s24/hist_supply14.md for docs/extraction-history.md). Invented names, in no list.

- "Les lessives de Y sont achetées à X", "Y gère deux sites, tandis que ses lessives sont
  achetées à X": the seller after "à" / "auprès de" supplies the goods' owner; a company sold
  ("Y, achetée à X en 2019") and stakes stay out.
- "Y buys A from B and C from D, while battery packs come from X", "while the colouring in its
  burgers is made by X": the contrast clause after the gapped second supplier, on bare goods
  or a goods phrase holding a possessive.
- "Y supplies A, importer B and C", "compte parmi ses clients A, ainsi que le tricoteur
  ardéchois B et la start-up bordelaise C", "l'importateur new-yorkais A": a trade noun by its
  ending heads a member's description; a verb after "to" ("to register and sell A's goods")
  and a role ("director B") do not.
- "Y's wines are listed by A and B": listing is a retailer's use of goods.
- "A and B rank among its largest customers".
- "X a installé ... / fore ... pour le compte de Y": more service verbs on behalf of a customer.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # goods bought, passive, the seller after "à" / "auprès de"
    ("fr", "Les lessives de Brovenna sont achetées à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les ferments de Brovenna sont achetés au danois Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna gère deux blanchisseries, tandis que ses lessives sont achetées à "
     "Korvane.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna utilise des tôles achetées à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # a contrast clause after a gapped second supplier
    ("en", "Brovenna sources its compressors from Germany's Quistor and its software from "
     "Halvex, while battery packs for the machines come from Korvane Energy, a contract "
     "assembler.", ("SUPPLIES", "Korvane Energy", "Brovenna")),
    ("en", "Brovenna sources its compressors from Quistor, while battery packs come from "
     "Korvane Energy.", ("SUPPLIES", "Korvane Energy", "Brovenna")),
    ("en", "Brovenna buys soy protein from Quistor, while the colouring in its burgers is made "
     "by start-up Korvane Labs.", ("SUPPLIES", "Korvane Labs", "Brovenna")),
    # a trade noun heads a list member's description
    ("en", "Brovenna supplies Quistor, importer Halvex and Korvane.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    ("en", "Brovenna supplies Quistor, importer Halvex and Korvane.",
     ("SUPPLIES", "Brovenna", "Korvane")),
    ("fr", "Brovenna compte parmi ses principaux clients l'importateur new-yorkais Quistor et "
     "la chaîne britannique de cavistes Halvex.", ("SUPPLIES", "Brovenna", "Quistor")),
    ("fr", "Brovenna compte parmi ses principaux clients l'importateur new-yorkais Quistor et "
     "la chaîne britannique de cavistes Halvex.", ("SUPPLIES", "Brovenna", "Halvex")),
    ("fr", "Brovenna compte parmi ses clients Quistor, ainsi que le tricoteur ardéchois Halvex "
     "et la start-up bordelaise Korvane.", ("SUPPLIES", "Brovenna", "Halvex")),
    ("fr", "Brovenna compte parmi ses clients la maison Quistor, pour laquelle elle produit des "
     "fils, ainsi que le tricoteur ardéchois Halvex et la start-up bordelaise Korvane, qui vend "
     "en ligne des pulls.", ("SUPPLIES", "Brovenna", "Korvane")),
    # listing by a retailer
    ("en", "Brovenna's wines are listed by Quistor and Halvex Wines.",
     ("SUPPLIES", "Brovenna", "Halvex Wines")),
    # rank among
    ("en", "Brovenna makes parasols. Quistor UK and Halvex Britvic rank among its largest "
     "customers.", ("SUPPLIES", "Brovenna", "Halvex Britvic")),
    ("en", "Brovenna makes parasols, and Quistor and Halvex rank among its largest customers.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    # more service verbs before "pour le compte de"
    ("fr", "Brovenna a installé l'an passé douze trottoirs roulants à Lyon pour le compte de "
     "Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("fr", "C'est là que Brovenna fore, pour le compte de Korvane, deux nouveaux puits.",
     ("SUPPLIES", "Brovenna", "Korvane")),
]

ABSENT = [
    # a company sold, stakes and premises are no goods bought
    ("fr", "Brovenna, achetée à Korvane en 2019, produit des pneus.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les actions de Brovenna ont été achetées à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La participation de Brovenna a été achetée au fonds Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La filiale de Brovenna a été achetée à Korvane par Halvex.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les terrains de Brovenna ont été achetés à prix d'or par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # what comes from a supplier after "while" must be goods
    ("en", "Brovenna buys its compressors from Quistor, while revenue comes from Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna buys its compressors from Quistor, while staff come from Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # a verb or a role is no trade noun
    ("en", "Korvane plans a joint venture with Brazil's Quistor to register and sell Halvex's "
     "products in Brazil.", ("PARTNERS_WITH", "Korvane", "Halvex")),
    ("en", "Brovenna supplies Quistor, director Halvex and Korvane.",
     ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna builds vessels for Quistor and for Danish wind installer Halvex, which "
     "ordered two barges from the Korvane yard.", ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Brovenna sells to Quistor and the chain said Halvex would follow.",
     ("SUPPLIES", "Brovenna", "Halvex")),
    # listing on an exchange, or a name listed, is no retail listing
    ("en", "Brovenna's shares are listed by Quistor.", ("SUPPLIES", "Brovenna", "Quistor")),
    ("en", "Brovenna's name was listed by Quistor as a top supplier.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    # ranking without "among" is no membership
    ("en", "Quistor ranked third behind Brovenna in the survey of its customers.",
     ("SUPPLIES", "Brovenna", "Quistor")),
    # installing for oneself is no service
    ("fr", "Brovenna a installé des panneaux solaires pour son propre compte, a indiqué "
     "Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 16: French recall, second pass (SUPPLIES, COMPETES_WITH, clause grammar),
in invented sentences.

Families of French grammar the read sets (fresh batches 22, 24, 26 first) still missed at the
relation stage with both parties named in the sentence:
- "composer avec" as rivalry when a rival noun stands between the verb and the names ("X doit
  composer avec deux poids lourds mondiaux, le danois A et le suisse B", "avec ses
  concurrents A et B"); "composer avec son actionnaire A" stays out;
- a determiner and a nationality before the name apposed to a rival class noun ("affronte
  deux poids lourds, le danois A et le suisse B");
- a product noun with a bare complement or two before its owner, as the subject of a passive
  supply verb ("Le logiciel de gestion des essais de Y lui est fourni par X", "Les moteurs
  de traction de Y sont fabriqués par X"); a person's title before the owner stays out;
- a list member after "dont" / "including" with a determiner and a company noun or a
  nationality before its name ("fournit plusieurs constructeurs, dont le japonais Y", "vend
  sa production à des fabricants, dont le spécialiste murcien Y et le fabricant andalou Z");
  "dont le groupe A détient 30 %" is a relative clause and stays out;
- a delivery named with its supplier right after "par" and its customer after "à" ("la
  livraison par X de 20 rames à Y", "la livraison de 20 rames à Y par X"); "des rames
  commandées par Y à X" stays out.
Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # composing with rivals
    ("fr", "Velmora doit composer avec deux poids lourds mondiaux, le danois Quistor et le "
     "suisse Tarvex, dont les gammes progressent.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora doit composer avec deux poids lourds mondiaux, le danois Quistor et le "
     "suisse Tarvex, dont les gammes progressent.", ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("fr", "Sur ce créneau, Kandrel devra composer avec ses concurrents Zorvane et Belthas.",
     ("COMPETES_WITH", "Kandrel", "Belthas")),
    ("fr", "Kandrel compose avec la concurrence de Zorvane.",
     ("COMPETES_WITH", "Kandrel", "Zorvane")),
    # a nationality before the name apposed to a rival class noun
    ("fr", "Velmora affronte deux poids lourds, le danois Quistor et le suisse Tarvex.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora affronte deux poids lourds, le danois Quistor et le suisse Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    # a product noun with bare complements before its owner, subject of a passive supply verb
    ("fr", "Le logiciel de gestion des essais de Velmora, Ravix, lui est fourni par Quistor, "
     "tandis que la conservation des échantillons est confiée à un laboratoire.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Le logiciel de gestion de Velmora lui est fourni par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les moteurs de traction de Velmora sont fabriqués par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a list member with a determiner and a company noun or nationality before its name
    ("fr", "Velmora fournit plusieurs constructeurs, dont le japonais Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs constructeurs, dont le groupe Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora vend sa production à des fabricants, dont le spécialiste murcien Quistor "
     "et le fabricant andalou Tarvex.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora vend sa production à des fabricants, dont le spécialiste murcien Quistor "
     "et le fabricant andalou Tarvex.", ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Velmora vend sa production à des fabricants de tuyaux, dont le spécialiste Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplies several carmakers, including the German Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # a delivery with its supplier after "par" and its customer after "à"
    ("fr", "La livraison par Quistor de vingt rames à Velmora a commencé en mars.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "La livraison de vingt rames à Velmora par Quistor a commencé en mars.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

FOUND += [
    # a share after ", dont" in the main clause
    ("fr", "Velmora écoule 2 millions de bouteilles par an, dont une large part sous marque de "
     "distributeur pour Quistor et pour le britannique Tarvex.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Dirigée par Lina Varoux, Velmora écoule 2 millions de bouteilles par an, dont une "
     "large part sous marque de distributeur pour Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora produit 2 millions de bouteilles, dont près de la moitié sous marque de "
     "distributeur pour Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    # "Quant à X, elle ..." / "As for X, it ..."
    ("fr", "Kandrel a ouvert une usine. Quant à Velmora, elle se fournit auprès de Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Kandrel a ouvert une usine. Quant au groupe Velmora, il a racheté Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Quant à Velmora, elle affronte Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Kandrel opened a plant. As for Velmora, it buys its steel from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    # a share with a verb of its own; the pronoun after "Quant à X" is X, not the lead
    ("fr", "Velmora compte 300 salariés, dont la moitié travaillent pour Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Kandrel a ouvert une usine. Quant à Velmora, elle se fournit auprès de Quistor.",
     ("SUPPLIES", "Quistor", "Kandrel")),
    ("en", "Kandrel opened a plant. As for Velmora, it buys its steel from Quistor.",
     ("SUPPLIES", "Quistor", "Kandrel")),
    ("fr", "Kandrel a ouvert une usine. Quant au groupe Velmora, il a racheté Quistor.",
     ("ACQUIRES", "Quant", "Quistor")),
    # composing with a shareholder, a customer or a regulator: no rivalry
    ("fr", "Velmora doit composer avec son actionnaire Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora doit composer avec Quistor, son premier client.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # a person's title or a subsidiary before the owner: no product of the owner
    ("fr", "Le directeur de la stratégie de Velmora est formé par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "La filiale de distribution de Velmora est détenue par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # "dont" opening a relative clause after the description: no list member
    ("fr", "Velmora fournit plusieurs constructeurs, dont le groupe Quistor détient 30 %.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs constructeurs, dont le japonais Quistor détient 30 %.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the customer's order, the deliverer after "à": the wrong way round stays out
    ("fr", "La livraison des rames commandées par Velmora à Quistor a pris du retard.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "La livraison des rames commandées par Velmora à Quistor a pris du retard.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les livraisons par Quistor ont repris à Lyon.",
     ("SUPPLIES", "Quistor", "Lyon")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

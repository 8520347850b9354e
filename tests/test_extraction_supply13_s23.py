"""Session 23, SUPPLIES thirteenth round (branch s23-supply13): tasks entrusted under any
deverbal noun, counts of a customer's goods, the lessor's dative clitic, orders won in the
infinitive, and goods used by a customer whatever their noun (written up in
/work/notes/s23/hist_supply13.md for docs/extraction-history.md). Invented names, in no list.

- "Y a confié la restauration des tribunes à X", "Y a confié à X l'enregistrement des
  passagers", "La conservation des archives de Y est confiée à X": a noun in -ment, -age,
  -tion or -ance after a definite article and before its complement names the task; a role,
  money and what one confides stay out ("la direction de", "le financement de", "sa
  déception").
- "Y has fitted eleven of its hubs with X gates": a count before "of its".
- "A et B figurent parmi les clients de X, qui leur loue des conteneurs": "louer" with a
  dative clitic is the lessor's verb; "Y loue ses bus à X" stays the renter's.
- "X vient de décrocher une commande de 300 drones auprès de Y": an order won, not placed.
- "X's truck courses are used by Y": a plural goods noun no list holds; arguments, plans,
  staff, premises and singular nouns stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a task entrusted under a deverbal noun
    ("fr", "Brovenna a confié l'enregistrement des passagers à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a confié à Korvane l'enregistrement des passagers et le traitement des "
     "bagages.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a par ailleurs confié la restauration des tribunes à Korvane, qui gère "
     "déjà les buvettes de deux stades.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La conservation des archives de Brovenna est confiée à Korvane, une société "
     "spécialisée.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La conservation des semences et des plants de Brovenna est confiée à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La surveillance de Brovenna sera confiée à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # a count of the customer's goods
    ("en", "Brovenna has fitted eleven of its regional hubs with Korvane high-speed gates.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna has equipped several of its plants with presses from Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # the lessor's dative clitic
    ("fr", "Les armateurs Brovenna et Quistor figurent parmi les principaux clients de "
     "Korvane, qui leur loue à long terme des conteneurs.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Le transporteur Brovenna figure parmi les clients de Korvane, qui lui loue des "
     "grues.", ("SUPPLIES", "Korvane", "Brovenna")),
    # an order won, in the infinitive
    ("fr", "Korvane vient de décrocher une commande de 300 drones auprès de la coopérative "
     "Brovenna, qui les prêtera à ses adhérents.", ("SUPPLIES", "Korvane", "Brovenna")),
    # goods used by a customer, whatever the noun
    ("en", "Brovenna's truck courses are used by logistics group Korvane, which trains its "
     "drivers there.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's cotton yarns are already used by Korvane.",
     ("SUPPLIES", "Brovenna", "Korvane")),
]

ABSENT = [
    # roles, money, confidences and citations are not entrusted tasks
    ("fr", "Brovenna a confié à Korvane la direction de sa filiale.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a confié le financement du projet à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a confié sa déception à Korvane.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a confié à Korvane sa satisfaction.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La direction de Brovenna sera confiée à Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a engagé la restructuration de ses usines avec Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # counts: a sale or a deal is no fitting
    ("en", "Brovenna has fitted eleven of its hubs with cameras after a deal with Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # the lessor's clitic: the reverse is not given; the renter's "loue ... à X" stays
    ("fr", "Les armateurs Brovenna et Quistor figurent parmi les principaux clients de "
     "Korvane, qui leur loue à long terme des conteneurs.", ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Brovenna loue ses bus de piste à la société Korvane.",
     ("SUPPLIES", "Brovenna", "Korvane")),
    # an order won is not an order placed; an order placed stays one
    ("fr", "Korvane vient de décrocher une commande de 300 drones auprès de Brovenna.",
     ("SUPPLIES", "Brovenna", "Korvane")),
    ("fr", "Korvane a passé une commande de 300 drones auprès de Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # arguments, plans, staff, premises and singular nouns are no goods used
    ("en", "Brovenna's arguments were used by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's plans are used by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's offices are used by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's staff are used by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's name is used by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
    ("en", "Brovenna's ideas were adopted by Korvane.", ("SUPPLIES", "Brovenna", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

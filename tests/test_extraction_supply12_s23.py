"""Session 23, SUPPLIES twelfth round (branch s23-supply12): cue families, each with its
direction from grammar (written up in /work/notes/s23/hist_supply12.md for
docs/extraction-history.md). Invented names, in no list.

- "Les <biens> de Y sont / ont été <fabriqués, construits, motorisés...> par X": a French
  possessed plural noun right before a making passive is Y's goods, whatever the noun; data,
  stakes, people and deals ("les chiffres", "les actions", "les salariés", "le rachat") stay
  out.
- "Y fits / fitted / fits out / kits out its <goods> with X's <goods>", "... with <goods>
  from X" or "supplied by X": the customer equips its own goods (the older frame had "equips"
  and "outfits" only, and only the name right after "with"); a deal, a funder or a time
  clause between stays out.
- "X a remporté l'appel d'offres (lancé par | de) Y", "X won the tender launched by Y": a
  call for tenders won, like a contract won; a rival beaten ("au détriment de Y", "face à
  Y", "ahead of Y") stays out.
- "X fabrique les <biens> à marque de distributeur de A et de B": private label for A and B.
- "Y a retenu le groupement mené par X pour ...", "Y selected a consortium led by X to
  ...": the members of the chosen grouping are contractors; a buyer chosen ("comme
  repreneur", "as preferred bidder") and a consortium joined stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # goods of a French possessor, made by their maker, whatever the plural noun
    ("fr", "Les bateaux de Brovenna ont été construits par le chantier Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les deux derniers bateaux de Brovenna ont été construits par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les volets roulants de Brovenna sont motorisés par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Selon Quistor, les flacons de Brovenna sont fabriqués par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # a customer fitting its own goods with a maker's
    ("en", "Brovenna has fitted its hubs with Korvane gates.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna fits out its studios with machines from Korvane and Quistor, the Munich "
     "start-up.", ("SUPPLIES", "Quistor", "Brovenna")),
    ("en", "Brovenna fits out its studios with machines from Korvane and Quistor.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna has fitted all of its depots with Korvane's charging posts.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna fitted out its stores with shelving supplied by Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # tenders won
    ("fr", "Korvane a remporté l'appel d'offres lancé par Brovenna pour la restauration à "
     "bord de ses trains.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Korvane remporte l'appel d'offres de Brovenna.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Korvane won the tender launched by Brovenna for onboard catering.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # private label
    ("fr", "Korvane fabrique déjà les miels à marque de distributeur de Brovenna et de "
     "Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane fabrique déjà les miels à marque de distributeur de Brovenna et de "
     "Quistor.", ("SUPPLIES", "Korvane", "Brovenna")),
    # a chosen grouping's members
    ("fr", "Brovenna a retenu le groupement mené par Korvane pour assurer la restauration "
     "dans six usines.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La société Brovenna a retenu le groupement formé par Korvane et le spécialiste "
     "toulonnais Quistor pour construire une usine.", ("SUPPLIES", "Quistor", "Brovenna")),
    ("en", "Airport operator Brovenna has selected a consortium led by builder Korvane to "
     "build the new terminal.", ("SUPPLIES", "Korvane", "Brovenna")),
]

ABSENT = [
    # not goods: data, stakes, people, deals; a singular act
    ("fr", "Les chiffres de Brovenna sont fournis par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les salariés de Brovenna sont équipés par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les actions de Brovenna sont détenues par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Le rachat de Brovenna a été réalisé par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "La stratégie de Brovenna a été conçue par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Les projets de Brovenna sont réalisés par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # fitting: a funder, a deal or a speaker between
    ("en", "Brovenna fitted its plant with new lines, financed by Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna fitted its trucks with cameras after a deal with Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna fitted its vans with cameras, Korvane said.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # tenders: a rival beaten, a tender lost or aimed at
    ("fr", "Korvane a remporté le contrat au détriment de Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Korvane a décroché l'appel d'offres de la ville, au détriment de Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Korvane a remporté l'appel d'offres face à Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Korvane a perdu l'appel d'offres de Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Korvane won the tender ahead of Brovenna.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Korvane lost the tender launched by Brovenna.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    # a grouping chosen as a buyer, joined, or with no task
    ("fr", "Brovenna a retenu le groupement mené par Korvane comme repreneur pour sa filiale.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("fr", "Brovenna a retenu le groupement mené par Korvane.",
     ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna Group selected a consortium led by Korvane Ltd as preferred bidder for its "
     "unit.", ("SUPPLIES", "Korvane", "Brovenna")),
    ("en", "Brovenna Group joined a consortium led by Korvane Ltd to build the terminal.",
     ("SUPPLIES", "Korvane", "Brovenna")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

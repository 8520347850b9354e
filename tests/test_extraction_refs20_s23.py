"""Session 23, refs20: descriptions of EXECUTIVE_OF and SUPPLIES resolved on evidence the
article gives locally, in invented sentences (names in no list), both languages where the shape
exists in both.

- a description whose capitalised modifier is a later word of exactly one company named in
  its sentence or the two before ("the Tarnow company" after "Morvik Tarnow") is that
  company's; not when two companies' names hold the word (refs19's mechanism, taken over);
- the area a company's apposition gives it ("X, a maker of gates from the Zelwald region")
  places it there, so "the Zelwald company" later is X, not the company the previous sentence
  named last (English only: in French the names layer may take the town of "de la région de
  Y" for a company);
- a name's apposition is read past the acronym in parentheses after the name ("X (XYZ), le
  mouleur de Rochefort"), and "le NOUN de VILLE" right after the comma places X in that
  town even when the noun is in no descriptor list; with the region table's new Charente row,
  "l'entreprise charentaise" is then the company placed in Rochefort, not the buyer from
  Vendée.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

E, S = "EXECUTIVE_OF", "SUPPLIES"

_TARNOW = ("Brakmor Industries is buying Morvik Tarnow sp. z o.o., a Polish maker of hinges, "
           "from its founders. Jan Kowalik, who runs the Tarnow company as managing director, "
           "will stay in that post.")
_REGION_EN = ("Quellbrand Group is taking over Harnisch Tore, a family-owned maker of garage "
              "doors and roll-up gates from the {area} region, for an undisclosed sum. "
              "Ostrava Logistics has fitted its depots with Harnisch gates since 2020. The "
              "Zelwald company buys most of its steel from Trennwerk Stahl.")
_ACRONYM_FR = ("Le chantier vendéen Quillon Nautique a signé un accord pour racheter Moulages "
               "de l'Estuaire (MdE), le {noun} de Rochefort qui fabrique les coques de ses "
               "bateaux. Le montant n'a pas été dévoilé. C'est Maëlle Kerbrat, directrice "
               "générale de l'entreprise charentaise depuis le printemps, qui pilotera "
               "l'intégration.")

FOUND = [
    ("en", _TARNOW, (E, "Jan Kowalik", "Morvik Tarnow")),
    ("en", _REGION_EN.format(area="Zelwald"), (S, "Trennwerk Stahl", "Harnisch Tore")),
    ("fr", _ACRONYM_FR.format(noun="mouleur"), (E, "Maëlle Kerbrat", "Moulages de l'Estuaire")),
    ("fr", _ACRONYM_FR.format(noun="façonnier"),
     (E, "Maëlle Kerbrat", "Moulages de l'Estuaire")),
]

ABSENT = [
    ("en", _TARNOW, (E, "Jan Kowalik", "Brakmor Industries")),
    # two companies' names hold the word: neither is taken for it
    ("en", "Brakmor Industries owns Morvik Tarnow and Selvia Tarnow Hinges. Jan Kowalik, who "
     "runs the Tarnow company as managing director, will stay in that post.",
     (E, "Jan Kowalik", "Morvik Tarnow")),
    ("en", _REGION_EN.format(area="Zelwald"), (S, "Trennwerk Stahl", "Ostrava Logistics")),
    # another area in the apposition: the description is not placed on Harnisch
    ("en", _REGION_EN.format(area="Brisgow"), (S, "Trennwerk Stahl", "Harnisch Tore")),
    ("fr", _ACRONYM_FR.format(noun="mouleur"), (E, "Maëlle Kerbrat", "Quillon Nautique")),
    # another region's adjective: the description is not the company placed in Rochefort
    ("fr", _ACRONYM_FR.format(noun="mouleur").replace("charentaise", "savoyarde"),
     (E, "Maëlle Kerbrat", "Moulages de l'Estuaire")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

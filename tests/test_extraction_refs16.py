"""Issue 11, session 21: parties only referred to, sixteenth round (refs16).

Two forms a deal's article uses for a company it does not name again:

- a role possessive opening the sentence after a deal, its holder set off by commas and kept
  in office ("Son dirigeant, P, reste aux commandes de l'usine", "Its president, P, will
  remain in charge"): the manager of the company bought, not of the buyer (the possessive
  went to the nearest subject, the buyer). A possessive role with any other verb ("Its chief
  executive, P, welcomed the deal") stays with the ranking (the buyer's speaker);
- a French trade noun on the product a company's own name holds ("le cimentier" for Ciments
  du X, "le chocolatier" for Chocolats X, "le forgeron" for Forges de X): that company,
  before the nearer subject.
  A trade noun set before another name ("Le cimentier Brelan") is that name's; a noun no name
  holds ("le fournisseur") keeps its ranking. "la future filiale" after a deal is its target
  like "la nouvelle filiale".

Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a role possessive kept in office after a deal: the company bought
    ("fr", "Le groupe Velmora a racheté la société Kandor Outillage, spécialiste des forets. "
     "Son dirigeant, Paul Ternier, reste aux commandes de l'usine, désormais filiale du groupe.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Outillage")),
    ("fr", "Velmora a racheté Kandor Outillage. Sa directrice générale, Lise Ternier, "
     "conservera ses fonctions.",
     ("EXECUTIVE_OF", "Lise Ternier", "Kandor Outillage")),
    ("fr", "Kandor Outillage a été racheté par Velmora. Son président, Paul Ternier, "
     "demeure en poste.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Outillage")),
    ("en", "Velmora Group agreed to buy Kandor Tools, a maker of drill bits. Its president, "
     "Paul Ternier, will remain in charge of the business, the companies said.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Tools")),
    ("en", "Velmora has acquired Kandor Tools. Its chief executive, Paul Ternier, will stay "
     "on.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Tools")),
    # a trade noun on the product the company's name holds
    ("fr", "La start-up Velmora a signé un accord avec Ciments du Kandor pour capter le CO2 de "
     "son four. « Nous devons agir vite », a justifié Hélène Marchetti, présidente du "
     "directoire du cimentier.",
     ("EXECUTIVE_OF", "Hélène Marchetti", "Ciments du Kandor")),
    ("fr", "Velmora a racheté les Forges de Kandor. Le fonds Quistor a pris une participation "
     "de 20 % dans le forgeron.",
     ("INVESTS_IN", "Quistor", "Forges de Kandor")),
    ("fr", "Le groupe Velmora a racheté Chocolats Kandor. Le chocolatier fournit déjà Quistor "
     "Retail.",
     ("SUPPLIES", "Chocolats Kandor", "Quistor Retail")),
    # "la future filiale" after a deal: its target
    ("fr", "Velmora va racheter Kandor Sport, un fabricant de chaussures. La future filiale se "
     "heurtera à Quistor Outdoor dans les salles de sport.",
     ("COMPETES_WITH", "Kandor Sport", "Quistor Outdoor")),
]

ABSENT = [
    # a possessive role with a verb of speech, not of staying: not moved to the target
    ("en", "Velmora has acquired Kandor Tools. Its chief executive, Paul Ternier, welcomed "
     "the deal.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Tools")),
    ("fr", "Velmora a racheté Kandor Outillage. Son président, Paul Ternier, a salué "
     "l'opération.",
     ("EXECUTIVE_OF", "Paul Ternier", "Kandor Outillage")),
    # the buyer kept its manager: the target is not the buyer
    ("fr", "Velmora a racheté Kandor Outillage. Son dirigeant, Paul Ternier, reste aux "
     "commandes de l'usine.",
     ("EXECUTIVE_OF", "Paul Ternier", "Velmora")),
    # a trade noun before another name is that name's
    ("fr", "Le groupe Velmora a signé avec Ciments du Kandor. Le cimentier Brelan affronte "
     "Quistor.",
     ("COMPETES_WITH", "Ciments du Kandor", "Quistor")),
    # a noun no name holds keeps its own company
    ("fr", "Le groupe Velmora a racheté la Fromagerie Kandor. Le fournisseur Brelan livre "
     "Quistor Retail.",
     ("SUPPLIES", "Fromagerie Kandor", "Quistor Retail")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

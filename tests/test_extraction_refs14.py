"""Issue 11, session 20: parties only referred to, fourteenth round (refs14).

Two shapes of a party that no word of its sentence names, from the French misses of the read
sets never tuned to:

- an implicit customer: the goods of the article's company come from a supplier and the
  sentence names no customer ("Les freins proviennent de Y", "La propulsion sera fournie par
  A, tandis que les batteries proviendront de Y"). Two forms failed: a discourse insertion
  between the verb and its preposition ("proviennent quant à eux de Y", "en partie"), and a
  first clause's agent behind a trade noun and a nationality ("par le motoriste norvégien A,
  tandis que ..."), which the second clause took for an owner of its goods.
- a deal's target told by a generic description: after "X va racheter Y", the company whose
  founding a sentence tells ("Fondée en 2014 par P, la société ...", "La société a été fondée
  en 2014 par P", "Founded in 2019 by P, the company ...") is the target just bought, not the
  buyer the ranking preferred.

Near misses: money that comes from a company ("Les fonds proviennent quant à eux de Y"), a
first clause whose goods belong to a named company, "le groupe" (a buyer's word) after a deal,
a generic description with no deal before it, a founding sentence with no deal.

Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_LEAD_FR = ("Le constructeur vendéen Velmora Autocars a dévoilé mardi son nouvel autocar "
            "électrique, qui sera produit dans son usine de Tarvelle à partir de 2026. ")
_LEAD_EN = ("Velmora Coaches unveiled its new electric coach on Tuesday, to be built at its "
            "Tarvelle plant from 2026. ")
_DEAL_FR = "Le groupe Kandor va racheter Velmora Coatings, a-t-il annoncé. "
_DEAL_EN = "Kandor Group agreed to buy Velmora Coatings on Monday. "

FOUND = [
    # an insertion between "provenir" and its "de"
    ("fr", _LEAD_FR + "Les freins proviennent quant à eux de Kandor Antriebe.",
     ("SUPPLIES", "Kandor Antriebe", "Velmora Autocars")),
    ("fr", _LEAD_FR + "Les freins proviennent quant à eux du fournisseur "
     "allemand Kandor Antriebe.",
     ("SUPPLIES", "Kandor Antriebe", "Velmora Autocars")),
    ("fr", _LEAD_FR + "Les sièges proviennent en partie de Quistor Confort.",
     ("SUPPLIES", "Quistor Confort", "Velmora Autocars")),
    ("en", _LEAD_EN + "The axles come in part from Kandor Drives.",
     ("SUPPLIES", "Kandor Drives", "Velmora Coaches")),
    # a first clause's agent behind a trade noun and a nationality
    ("fr", _LEAD_FR + "La propulsion sera fournie par le motoriste norvégien Drevik, tandis "
     "que les batteries seront fournies par Quistor Power.",
     ("SUPPLIES", "Quistor Power", "Velmora Autocars")),
    ("fr", _LEAD_FR + "La propulsion sera fournie par le motoriste norvégien Drevik, tandis "
     "que les batteries proviendront de Quistor Power, dès 2027.",
     ("SUPPLIES", "Quistor Power", "Velmora Autocars")),
    ("en", _LEAD_EN + "The engines will be supplied by Norwegian engine maker Drevik, while the "
     "batteries will be supplied by Quistor Power.",
     ("SUPPLIES", "Quistor Power", "Velmora Coaches")),
    # the founding of a deal's target
    ("fr", _DEAL_FR + "Fondée en 2014 par Anne Brelan, la société fournit le taïwanais Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
    ("fr", _DEAL_FR + "La société a été fondée en 2014 par Anne Brelan, toujours présidente.",
     ("EXECUTIVE_OF", "Anne Brelan", "Velmora Coatings")),
    ("fr", "Le groupe Kandor a annoncé le rachat de Velmora Coatings. Créée en 2009 à Lyon, "
     "l'entreprise affronte le suédois Drevik.",
     ("COMPETES_WITH", "Velmora Coatings", "Drevik")),
    ("en", _DEAL_EN + "Founded in 2014 by Anne Brelan, the company supplies Taiwan's Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
    ("en", _DEAL_EN + "The company was founded in 2014 by Anne Brelan, who still runs it.",
     ("EXECUTIVE_OF", "Anne Brelan", "Velmora Coatings")),
]

ABSENT = [
    # money comes from a funder, not a supplier
    ("fr", _LEAD_FR + "Les fonds proviennent quant à eux de Kandor Capital.",
     ("SUPPLIES", "Kandor Capital", "Velmora Autocars")),
    # the first clause's goods belong to a named company: it may own the second's too
    ("fr", _LEAD_FR + "La propulsion de la filiale Drevik Marine sera fournie par Quistor, "
     "tandis que les batteries proviendront de Kandor.",
     ("SUPPLIES", "Kandor", "Velmora Autocars")),
    # "le groupe" after a deal is the buyer's word
    ("fr", _DEAL_FR + "Fondé en 1890, le groupe fournit le taïwanais Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
    # no founding: the ranking stands
    ("fr", _DEAL_FR + "La société fournit le taïwanais Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
    # no deal: a founding sentence is no target's
    ("fr", "Le groupe Kandor fournit Velmora Coatings, a-t-il annoncé. Fondée en 2014 par Anne "
     "Brelan, la société fournit le taïwanais Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
    ("en", "Kandor Group supplies Velmora Coatings, it said on Monday. Founded in 2014 by Anne "
     "Brelan, the company supplies Taiwan's Drevik.",
     ("SUPPLIES", "Velmora Coatings", "Drevik")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

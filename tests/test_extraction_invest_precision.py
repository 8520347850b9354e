"""Session 14, INVESTS_IN and EXECUTIVE_OF precision (issue 11): the general causes of wrong
edges, written as invented sentences (names in no list) in both languages where the language
has the form, with the right edge of the same sentence kept (found) and the wrong one out
(absent).

- a stake sold: "the sale of a 26% stake in its subsidiary Y to Z" makes Z a holder, never the
  seller (the seller's own remaining stake in a subsidiary is control, not a stake);
- an owner noun after a passive: "Y, which employs 300 people at P, is being sold by its
  owner" predicates nothing of Y (no copula links Y to "its owner");
- a joint venture: "la société commune, baptisée Z, sera détenue à 51 % par A et à 49 % par B":
  "la société commune" is a venture, never one of its parents;
- a head of state: "days after President P signed off on the deal" is no executive of the
  company named before it;
- a partner is no share: "X détient avec son partenaire et les dirigeants de la société 96 % du
  capital" names no company held ("partenaire" holds "part").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # --- a stake sold: the buyer holds it
    ("en", "Velmora Games SA has completed the sale of a roughly 26% stake in its newly created "
     "subsidiary Quistor Studios to Kandor Capital for $1.2 billion, giving the cash-strapped "
     "publisher breathing room.", ("INVESTS_IN", "Kandor Capital", "Quistor Studios")),
    ("en", "Brelmont agreed the sale of a 15% stake in Tarvex Mining to Quorvane Capital.",
     ("INVESTS_IN", "Quorvane Capital", "Tarvex Mining")),
    ("fr", "Velmora Games a finalisé la cession d'une participation d'environ 26 % dans sa "
     "filiale Quistor Studios à Kandor Capital, ce qui donne de l'air à l'éditeur.",
     ("INVESTS_IN", "Kandor Capital", "Quistor Studios")),
    # a plain stake still holds
    ("en", "Velmora Games holds a 26% stake in Quistor Studios.",
     ("INVESTS_IN", "Velmora Games", "Quistor Studios")),
    ("en", "Brelmont took a 15% stake in Tarvex Mining last year.",
     ("INVESTS_IN", "Brelmont", "Tarvex Mining")),
    # --- owner nouns that do predicate
    ("en", "Kandor Robotics is majority-owned by Talvane Partners.",
     ("INVESTS_IN", "Talvane Partners", "Kandor Robotics")),
    ("en", "Kandor Robotics, whose largest shareholder is Talvane Partners, makes arms.",
     ("INVESTS_IN", "Talvane Partners", "Kandor Robotics")),
    # --- a named company held by two parents keeps the first holder
    ("fr", "Le fabricant d'engrais Brinor sera détenu à 51 % par Velmora et à 49 % par "
     "Quistor.", ("INVESTS_IN", "Velmora", "Brinor")),
    # --- an executive with a company title keeps the company
    ("en", "Quistor Steel President Daniel Orbeck said the deal was done.",
     ("EXECUTIVE_OF", "Daniel Orbeck", "Quistor Steel")),
    ("en", "Quistor Steel named a new board. The company's President Daniel Orbeck said the deal "
     "was done.", ("EXECUTIVE_OF", "Daniel Orbeck", "Quistor Steel")),
]

FOUND += [
    ("fr", "Velmora détient avec son partenaire Quistor la majorité de Brindor.",
     ("INVESTS_IN", "Velmora", "Brindor")),
    ("fr", "Velmora détient avec son partenaire Quistor 60 % de Brindor.",
     ("INVESTS_IN", "Velmora", "Brindor")),
]

ABSENT = [
    # --- a stake sold: the seller is no new holder
    ("en", "Velmora Games SA has completed the sale of a roughly 26% stake in its newly created "
     "subsidiary Quistor Studios to Kandor Capital for $1.2 billion, giving the cash-strapped "
     "publisher breathing room.", ("INVESTS_IN", "Velmora Games", "Quistor Studios")),
    ("en", "Brelmont agreed the sale of a 15% stake in Tarvex Mining to Quorvane Capital.",
     ("INVESTS_IN", "Brelmont", "Tarvex Mining")),
    ("en", "Brelmont sold a 15% stake in Tarvex Mining to Quorvane Capital.",
     ("INVESTS_IN", "Brelmont", "Tarvex Mining")),
    ("fr", "Velmora Games a finalisé la cession d'une participation d'environ 26 % dans sa "
     "filiale Quistor Studios à Kandor Capital, ce qui donne de l'air à l'éditeur.",
     ("INVESTS_IN", "Velmora Games", "Quistor Studios")),
    # --- an owner noun as the agent of a passive
    ("en", "Kandor Robotics, which employs about 300 people at Brindlemoor, is being sold by its "
     "owner, the investment group Talvane Partners.",
     ("INVESTS_IN", "Kandor Robotics", "Brindlemoor")),
    ("en", "Kandor Robotics, which employs about 300 people at Brindlemoor, is being sold by its "
     "owner, the investment group Talvane Partners.",
     ("INVESTS_IN", "Brindlemoor", "Kandor Robotics")),
    ("fr", "Kandor Robotique, qui emploie 300 personnes à Brindlemoor, est cédée par son "
     "propriétaire, le groupe d'investissement Talvane Partners.",
     ("INVESTS_IN", "Kandor Robotique", "Brindlemoor")),
    # --- a joint venture is none of its parents
    ("fr", "Velmora et Quistor vont construire une usine d'ammoniac près de Rouen. La société "
     "commune, baptisée Brinor, sera détenue à 51 % par Velmora et à 49 % par Quistor, et "
     "devrait produire ses premières tonnes en 2029.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor vont construire une usine d'ammoniac près de Rouen. La société "
     "commune, baptisée Brinor, sera détenue à 51 % par Velmora et à 49 % par Quistor, et "
     "devrait produire ses premières tonnes en 2029.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora and Quistor will build an ammonia plant near Rouen. The joint venture, to be "
     "called Brinor, will be 51% owned by Velmora and 49% by Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # --- a head of state
    ("en", "Velmora completed its acquisition of Quistor Steel, days after President Daniel "
     "Orbeck signed off on the deal giving the government veto power over some of the "
     "steelmaker's decisions.", ("EXECUTIVE_OF", "Daniel Orbeck", "Quistor Steel")),
    ("en", "Velmora completed its acquisition of Quistor Steel after President Daniel Orbeck "
     "approved it.", ("EXECUTIVE_OF", "Daniel Orbeck", "Velmora")),
]

ABSENT += [
    ("fr", "Le fonds Velmora a pris le contrôle de Brindor à l'issue de son offre sur l'éditeur "
     "nantais. Velmora, qui s'était associé pour l'occasion à l'américain Quistor, détient "
     "désormais de concert avec son partenaire et les dirigeants de la société 96 % du "
     "capital.", ("INVESTS_IN", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

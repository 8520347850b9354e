"""Issue 11, session 15: French recall on new text, in invented sentences.

Families of French clause structure and verb periphrases that the fresh batches missed:
- a sentence-opening participle and its agent before the subject it describes ("Fondée en
  2016 par P, qui en est toujours la présidente, la start-up Q", "Dirigée par P, Q");
- "prendre la tête / la direction (financière) / la présidence de O" (any tense);
- "X se heurte à Y et à Z": the rivals it runs into (not "se heurte au refus de Y");
- "X travaille avec Y sur un projet": joint work ("travaille avec Y" alone stays out);
- "X a pour sa part acquis Y": the adverbial's "part" is no stake that blocks the verb;
- the passé simple of buying ("X racheta Y", "prit une participation dans Y");
- a participle or a noun opening the sentence ("Rachetée en 2020 par X, Y se recentre",
  "Fournisseur de X depuis 2020, Y"): ACQUIRES and SUPPLIES only;
- a role as the second conjunct of an apposition ("P, petit-fils du fondateur et directeur
  général de Q");
- an object relative with its agreed participle ("Y, que X a rachetée en 2020, vend ..."):
  the relation inside, and the main verb after it keeps Y for subject.
Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_CTX = "Le groupe Velmora rachète Quistor. "
_MKT = "Le marché des vis se consolide. "

FOUND = [
    # a participle opening the sentence, its agent, then the subject after a comma
    ("fr", _CTX + "Présidée par Marc Dulac, la société Quistor revendique 200 clients.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", _CTX + "Dirigée depuis 2019 par Marc Dulac, Quistor revendique 200 clients.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", _CTX + "Fondée en 2016 par Inès Varlin, qui en est toujours la présidente, la "
     "start-up Quistor revendique 200 clients.", ("EXECUTIVE_OF", "Inès Varlin", "Quistor")),
    ("en", "Velmora is buying Quistor. Founded in 2016 by Ines Varlin, Quistor now claims 200 "
     "customers.", ("EXECUTIVE_OF", "Ines Varlin", "Quistor")),
    # taking the helm, the management or the chair of a company
    ("fr", _CTX + "Marc Dulac prendra la tête de Kandor.",
     ("EXECUTIVE_OF", "Marc Dulac", "Kandor")),
    ("fr", _CTX + "Marc Dulac prendra la direction financière de Kandor en janvier.",
     ("EXECUTIVE_OF", "Marc Dulac", "Kandor")),
    ("fr", _CTX + "Sophie Varlin a pris la présidence de Kandor en 2023.",
     ("EXECUTIVE_OF", "Sophie Varlin", "Kandor")),
    # the rivals a company runs into
    ("fr", "Sur l'Afrique, son marché de prédilection, Quistor se heurte à Velmora et à Kandor.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Sur l'Afrique, son marché de prédilection, Quistor se heurte à Velmora et à Kandor.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor se heurtera à la concurrence de Velmora.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # joint work on a project
    ("fr", _CTX + "Le groupe Quistor travaille avec Kandor sur un emballage sans plastique.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor travaillera avec Kandor sur une nouvelle batterie.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    # the adverbial "pour sa part"
    ("fr", _MKT + "Kandor a pour sa part acquis Tarvex.", ("ACQUIRES", "Kandor", "Tarvex")),
    ("fr", _MKT + "Kandor a pour sa part racheté Tarvex en mars.",
     ("ACQUIRES", "Kandor", "Tarvex")),
    # passé simple
    ("fr", _MKT + "Velmora racheta Quistor en 1998.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", _MKT + "En 1998, Velmora acquit Quistor, puis reprit Tarvex en 2003.",
     ("ACQUIRES", "Velmora", "Tarvex")),
    ("fr", _MKT + "Velmora prit une participation de 20 % dans Quistor en 1990.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", _MKT + "Velmora entra au capital de Quistor en 1990.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # an object relative and its agreed participle
    ("fr", _MKT + "Quistor, que Velmora a rachetée en 2020, se recentre.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", _MKT + "Quistor, que Velmora a reprise en 2020, se recentre.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", _MKT + "La société Quistor, que Velmora a acquise en 2020, vend ses vis à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    # a role that is the second conjunct of an apposition
    ("fr", _CTX + "Marc Dulac, petit-fils du fondateur et directeur général de Quistor, a "
     "signé.", ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", _CTX + "« Nous gardons la marque », a résumé Marc Dulac, ingénieur de formation et "
     "président de Quistor depuis 2021.", ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("en", "Velmora is buying Quistor. Marc Dulac, an engineer by training and chief executive "
     "of Quistor, signed.", ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    # a participle or a noun opening the sentence gives the relation to the name after it
    ("fr", _MKT + "Rachetée en 2020 par Velmora, Quistor se recentre.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", _MKT + "Fournisseur de Velmora depuis 2020, la société Quistor se recentre.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Markets are consolidating. Acquired by Velmora in 2020, Quistor is refocusing.",
     ("ACQUIRES", "Velmora", "Quistor")),
]

ABSENT = [
    # the participle's subject is no name: nothing to attach the founder to
    ("fr", _CTX + "Fondée par Inès Varlin, la start-up vend ses vis à Kandor.",
     ("EXECUTIVE_OF", "Inès Varlin", "Kandor")),
    ("fr", _CTX + "Dirigée par Marc Dulac, la filiale de Velmora vend ses vis à Kandor.",
     ("EXECUTIVE_OF", "Marc Dulac", "Kandor")),
    ("fr", _CTX + "Fondée par Inès Varlin, qui a rejoint Velmora en 2020, la start-up vend ses "
     "vis.", ("EXECUTIVE_OF", "Inès Varlin", "Velmora")),
    # a description after the participle is left to resolution, not taken for a name
    ("fr", "Kandor Ventures soutient Quistor. Fondée en 2019 par Inès Varlin, la société vend "
     "ses vis.", ("EXECUTIVE_OF", "Inès Varlin", "Kandor Ventures")),
    # a company taking the lead of a market is no executive
    ("fr", "Velmora prend la tête du marché devant Kandor.", ("EXECUTIVE_OF", "Velmora", "Kandor")),
    # an obstacle is no rival
    ("fr", "Quistor se heurtait au refus de Velmora.", ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Le projet de Quistor se heurte à l'opposition de Velmora.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # working with a company, no project: often a supplier or a client
    ("fr", "Quistor travaille avec Kandor depuis 2019.", ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor travaille avec des clients comme Kandor sur ce marché.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),

    # the main verb after an object relative is not the relative's subject's
    ("fr", _MKT + "La société Quistor, que Velmora a acquise en 2020, vend ses vis à Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    # a description after the opening clause is left to resolution
    ("fr", _MKT + "Rachetée en 2020 par Velmora, la filiale vend ses vis à Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a list of three people, a name after "selon": no apposition of the first
    ("fr", _CTX + "Marc Dulac, le maire et le directeur général de Quistor ont signé.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", _CTX + "Selon Marc Dulac, les syndicats et le directeur général de Quistor ont signé.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", _CTX + "Marc Dulac, fils du fondateur de Kandor et directeur général de Quistor, a "
     "signé.", ("EXECUTIVE_OF", "Marc Dulac", "Kandor")),
    # buying back one's own shares, a part of a company's shares
    ("fr", _MKT + "Velmora racheta une partie des actions de Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

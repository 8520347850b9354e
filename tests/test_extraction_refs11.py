"""Issue 11, session 19: French dative clitics before a verb whose frame requires a word after
its object (refs11).

"Y, qui lui confient aussi la manutention des conteneurs" (plural verb), "Y lui sous-traite
la collecte":
the frame of "confier"/"sous-traiter" to a contractor requires a service noun after its object;
with a dative clitic ("lui", "leur") the object is the clitic's company, named before, and the
service noun follows the verb. The check used to run before the clitic was read, so these
sentences gave nothing. A verb with no service noun after it ("lui confient leurs
inquiétudes") stays out.

The company a dative clitic stands for may be named by a description before the subject
("l'intérêt de la cible est clair : Y, qui lui a commandé 40 grues": the target).

A demonstrative ("ce dernier", "cette dernière", "celui-ci", "celle-ci", "the latter") stands
for the last company named before it, not for the clause subject a plain pronoun continues
("Velmora a racheté Kandor. Ce dernier fournit Tarvel": Kandor; "Il fournit Tarvel": Velmora).
"ce dernier trimestre" is no reference.

A relative pronoun coordinated with an earlier one inside the same relative clause ("X, qui a
racheté Y en 2012 et qui en détient 70 %") has the first one's antecedent (X), not the name of
the first relative (Y): the stake of "en" was read the wrong way round.

Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_NEAR = "Velmora Levage a ouvert un dépôt près de Kandor Marine, qui lui "
_TWICE = "Velmora Levage emploie 300 personnes. Velmora Levage a ouvert un dépôt à Brest. "

FOUND = [
    ("fr", "Velmora Levage travaille depuis 2015 pour les Chantiers de Kandor, qui lui "
     "confient aussi la manutention des conteneurs.",
     ("SUPPLIES", "Velmora Levage", "Chantiers de Kandor")),
    ("fr", _NEAR + "confient la révision de ses "
     "grues.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "sous-traitent la collecte des "
     "recettes de ses magasins.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", "Velmora Levage compte parmi ses clients Kandor Marine, qui lui a en outre confié la "
     "révision de ses grues.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "ont confié la manutention des "
     "conteneurs.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _TWICE + "Kandor Marine lui sous-traite la manutention des conteneurs.",
     ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _TWICE + "Kandor Marine lui a en outre confié la révision de ses grues.",
     ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", "Velmora Levage a racheté Kandor Marine. Ce dernier fournit Tarvel depuis 2019.",
     ("SUPPLIES", "Kandor Marine", "Tarvel")),
    ("fr", "Velmora Levage a racheté Kandor Marine. Cette dernière fournit Tarvel depuis 2019.",
     ("SUPPLIES", "Kandor Marine", "Tarvel")),
    ("fr", "Velmora Levage a racheté Kandor Marine. Celle-ci vend ses pompes à Tarvel.",
     ("SUPPLIES", "Kandor Marine", "Tarvel")),
    ("en", "Velmora Industries acquired Kandor last year, and the latter now supplies Quistor.",
     ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "Velmora Levage a racheté Kandor Marine. Il fournit Tarvel depuis 2019.",
     ("SUPPLIES", "Velmora Levage", "Tarvel")),
    ("fr", "Kandor, qui a racheté Velmora Levage en 2012 et qui en détient 70 %, a suivi "
     "l'opération.", ("INVESTS_IN", "Kandor", "Velmora Levage")),
    ("fr", "Kandor, qui a soutenu Velmora Levage en 2019 et qui en conservera 30 %, a approuvé "
     "la cession.", ("INVESTS_IN", "Kandor", "Velmora Levage")),
    ("fr", "Tarvel Industries a racheté Velmora Levage en mars. Côté clients, l'intérêt de la "
     "cible est clair : Kandor Marine, qui lui a commandé 40 grues, pèse la moitié des ventes.",
     ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
]

ABSENT = [
    ("fr", "Tarvel Industries a racheté Velmora Levage en mars. Côté clients, l'intérêt de la "
     "cible est clair : Kandor Marine, qui lui a commandé 40 grues, pèse la moitié des ventes.",
     ("SUPPLIES", "Kandor Marine", "Velmora Levage")),
    ("fr", "Tarvel Industries a racheté Velmora Levage en mars. Côté clients, l'intérêt de la "
     "cible est clair : Kandor Marine, qui lui a commandé 40 grues, pèse la moitié des ventes.",
     ("SUPPLIES", "Tarvel Industries", "Kandor Marine")),
    ("fr", "Kandor, qui a racheté Velmora Levage en 2012 et qui en détient 70 %, a suivi "
     "l'opération.", ("INVESTS_IN", "Velmora Levage", "Kandor")),
    ("fr", "Kandor, qui a soutenu Velmora Levage en 2019 et qui en conservera 30 %, a approuvé "
     "la cession.", ("INVESTS_IN", "Velmora Levage", "Kandor")),
    # the demonstrative is the last company named, not the subject
    ("fr", "Velmora Levage a racheté Kandor Marine. Ce dernier fournit Tarvel depuis 2019.",
     ("SUPPLIES", "Velmora Levage", "Tarvel")),
    ("en", "Velmora Industries acquired Kandor last year, and the latter now supplies Quistor.",
     ("SUPPLIES", "Velmora Industries", "Quistor")),
    # a time phrase, no reference
    ("fr", "Velmora Levage a racheté Kandor Marine au printemps. Ce dernier trimestre a été "
     "difficile pour Tarvel.", ("SUPPLIES", "Kandor Marine", "Tarvel")),
    # no service noun after the verb: a confidence, no contract
    ("fr", _NEAR + "confient leurs inquiétudes sur la "
     "conjoncture.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "confient leurs inquiétudes sur la "
     "conjoncture.", ("SUPPLIES", "Kandor Marine", "Velmora Levage")),
    # the direction stays: the customer entrusts, the clitic's company does the work
    ("fr", _NEAR + "confient la manutention des "
     "conteneurs.", ("SUPPLIES", "Kandor Marine", "Velmora Levage")),
    # the service noun closed off by a comma belongs to another clause
    ("fr", _NEAR + "confient, selon Tarvel, des "
     "inquiétudes.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Issue 11, session 19: French dative clitics before a verb whose frame requires a word after
its object (refs11).

"Y, qui lui confient la manutention des blocs" (plural verb), "Y lui sous-traite la collecte":
the frame of "confier"/"sous-traiter" to a contractor requires a service noun after its object;
with a dative clitic ("lui", "leur") the object is the clitic's company, named before, and the
service noun follows the verb. The check used to run before the clitic was read, so these
sentences gave nothing. A verb with no service noun after it ("lui confient leurs
inquiétudes") stays out.

Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_NEAR = "Velmora Levage a ouvert un dépôt près de Kandor Marine, qui lui "
_TWICE = "Velmora Levage emploie 300 personnes. Velmora Levage a ouvert un dépôt à Brest. "

FOUND = [
    ("fr", "Velmora Levage intervient depuis dix ans pour les Chantiers de Kandor, qui lui "
     "confient la manutention des blocs.", ("SUPPLIES", "Velmora Levage", "Chantiers de Kandor")),
    ("fr", _NEAR + "confient la révision de ses "
     "grues.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "sous-traitent la collecte des "
     "recettes de ses magasins.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", "Velmora Levage compte parmi ses clients Kandor Marine, qui lui a en outre confié la "
     "révision de ses grues.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "ont confié la manutention des "
     "blocs.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _TWICE + "Kandor Marine lui sous-traite la manutention des blocs.",
     ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _TWICE + "Kandor Marine lui a en outre confié la révision de ses grues.",
     ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
]

ABSENT = [
    # no service noun after the verb: a confidence, no contract
    ("fr", _NEAR + "confient leurs inquiétudes sur la "
     "conjoncture.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
    ("fr", _NEAR + "confient leurs inquiétudes sur la "
     "conjoncture.", ("SUPPLIES", "Kandor Marine", "Velmora Levage")),
    # the direction stays: the customer entrusts, the clitic's company does the work
    ("fr", _NEAR + "confient la manutention des "
     "blocs.", ("SUPPLIES", "Kandor Marine", "Velmora Levage")),
    # the service noun closed off by a comma belongs to another clause
    ("fr", _NEAR + "confient, selon Tarvel, des "
     "inquiétudes.", ("SUPPLIES", "Velmora Levage", "Kandor Marine")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

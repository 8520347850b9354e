"""Session 23, rivals24 (COMPETES_WITH, INVESTS_IN): a rank behind the market's big players
named after their class noun ("reste loin derrière les géants du secteur que sont A et B", "lags
far behind the industry giants, A and B"; the names after a comma or "que sont", since a class
noun right before a name is read as that name's description); a rival named after "in" ("faces
a smaller rival in Y", "has found a new competitor in Y"); a possessive name opening a stretch
that closes the sentence is an apposition as a possessive pronoun is ("backed by Y, X's largest
shareholder.").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_QV = ("COMPETES_WITH", "Zentrix", "Quistor")
_VV = ("COMPETES_WITH", "Zentrix", "Velmora")
_FR = "Le groupe Zentrix vend des panneaux. "
_EN = "Zentrix sells billboards. "
_IQ = ("INVESTS_IN", "Quistor", "Zentrix")

FOUND = [
    # a rank behind the big players, named after their class noun
    ("fr", _FR + "L'entreprise reste loin derrière les géants du secteur que sont Quistor et "
     "Velmora.", _VV),
    ("fr", _FR + "L'entreprise reste loin derrière les géants du secteur que sont Quistor et "
     "Velmora.", _QV),
    ("fr", _FR + "Avec 40 millions d'euros de ventes, Zentrix pointe très loin derrière les "
     "poids lourds du secteur, Quistor et Velmora.", _QV),
    ("en", _EN + "Zentrix lags far behind the industry giants, Quistor and Velmora.", _VV),
    ("en", _EN + "Zentrix trails well behind the heavyweights, Quistor and Velmora, in sales.",
     _QV),
    # a largest shareholder described by a possessive name after the holder's name, closing
    # the sentence
    ("en", _EN + "The plan has the backing of Quistor, Zentrix's largest shareholder with 14 "
     "per cent of the shares.", _IQ),
    ("en", _EN + "The plan was backed by Quistor, Zentrix's main investor.", _IQ),
    # a rival named after "in"
    ("en", _EN + "Zentrix faces a smaller rival in Velmora, a Lithuanian start-up.", _VV),
    ("en", _EN + "Zentrix has found a new competitor in Quistor.", _QV),
]

ABSENT = [
    # "derrière" / "behind" with no big players' class, or a holder's rank, or a place
    ("fr", _FR + "Zentrix a installé son usine derrière les entrepôts des géants Quistor et "
     "Velmora.", _QV),
    ("fr", _FR + "Zentrix, actionnaire derrière les géants Quistor et Velmora, vend.", _QV),
    ("en", _EN + "Zentrix stands behind the industry giants' lobby group, Quistor said.", _QV),
    ("en", _EN + "Zentrix put its weight behind the plan, Quistor said.", _QV),
    # "faces" with no rival noun: a lawsuit, a court, a counterpart's staff
    ("en", _EN + "Zentrix faces a lawsuit from Quistor, the incumbent's lawyer said.", _QV),
    ("en", _EN + "Zentrix faces Quistor in court next week.", _QV),
    ("en", _EN + "Zentrix faces Quistor's lawyers, who represent rivals.", _QV),
    ("en", _EN + "Zentrix faces Quistor, its largest customer, at the annual talks.", _QV),
    # a possessive name after a comma that is no description of the name before it
    ("en", _EN + "The plan was backed by Quistor, Zentrix's lenders and its staff.", _IQ),
    ("en", _EN + "Quistor sold the plant to Velmora, Zentrix's supplier.", _IQ),
    # "rival in" with no verb of finding or facing before it
    ("en", _EN + "Zentrix named a rival in its filing; Quistor declined to comment.", _QV),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

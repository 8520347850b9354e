"""Session 20, EXECUTIVE_OF, fourth round: a founder or head the sentence says has left
("Son cofondateur, P, a quitté la société l'an dernier pour rejoindre ...", "P, qui a présidé
l'entreprise jusqu'en 2022, ...", "P, who ran the company for twenty years, is retiring",
"O avait été dirigée en 2021 par P", "Le fondateur, P, ancien président qui ...") holds a
former role; a current role given after a former one ("P, l'ancien patron de Q, aujourd'hui
président de O", "Ancien directeur général de Q, P a été nommé à la tête de O") is a role at O.
Invented names only; near misses (a current founder, a current tenure "depuis", "has run",
a present passive, a former title of another company) stay as they were."""

from __future__ import annotations

from tests.test_extraction_families import check_absent, check_found, found_and_absent

_EN = "Kerlune Optics makes lasers in Ohio. Kerlune Optics employs 80 people. "
_FR = ("La société Kerlune Optique fabrique des lasers à Lyon. Kerlune Optique emploie 80 "
       "personnes. ")
_MARK = ("EXECUTIVE_OF", "Mark Vellion", "Kerlune Optics")
_MARC = ("EXECUTIVE_OF", "Marc Velliot", "Kerlune Optique")
_MARC_V = ("EXECUTIVE_OF", "Marc Velliot", "Velmora Robotique")
_MARK_V = ("EXECUTIVE_OF", "Mark Vellion", "Velmora Robotics")

FOUND = [
    # current roles: a founder who stays, a tenure still running
    ("fr", _FR + "Kerlune Optique a été fondée en 2009 par Marc Velliot, qui en est toujours le "
     "président.", _MARC),
    ("fr", _FR + "Le fondateur de Kerlune Optique, Marc Velliot, reste président du conseil.",
     _MARC),
    ("fr", _FR + "Le fondateur de Kerlune Optique, Marc Velliot, qui dirige l'entreprise depuis "
     "vingt ans, prépare une cotation.", _MARC),
    ("en", _EN + "Kerlune Optics founder Mark Vellion, who has run the company for twenty "
     "years, is preparing a listing.", _MARK),
    ("fr", _FR + "Kerlune Optique est dirigée depuis 2021 par Marc Velliot.", _MARC),
    ("en", _EN + "Kerlune Optics has been run since 2021 by Mark Vellion.", _MARK),
    # a past tenure of another post is no departure from the new one
    ("fr", _FR + "Claire Dutreuil, qui a dirigé la division optique pendant dix ans, devient "
     "directrice générale de Kerlune Optique.", ("EXECUTIVE_OF", "Claire Dutreuil",
                                                 "Kerlune Optique")),
    ("en", _EN + "Dana Kelloway, who ran the optics division for ten years, becomes chief "
     "executive of Kerlune Optics.", ("EXECUTIVE_OF", "Dana Kelloway", "Kerlune Optics")),
    # a departure said of another person after the relative
    ("fr", _FR + "« Nous resterons prudents », a assuré la directrice financière de Kerlune "
     "Optique, Claire Dutreuil, qui a succédé l'an dernier à Marc Velliot, parti diriger un "
     "fonds.", ("EXECUTIVE_OF", "Claire Dutreuil", "Kerlune Optique")),
    # taking the helm with a time phrase between the verb and the post
    ("fr", _FR + "Marc Velliot a pris en janvier la direction générale de Velmora Robotique.",
     _MARC_V),
    ("fr", _FR + "Marc Velliot prendra en mai la tête de Velmora Robotique.", _MARC_V),
    ("fr", _FR + "L'ancien directeur industriel de Quistor, Marc Velliot, a d'ailleurs pris en "
     "janvier la direction générale de Velmora Robotique.", _MARC_V),
    # a holder hands the post to a successor named in the same sentence
    ("fr", _FR + "L'actuel directeur général de Kerlune Optique, Marc Velliot, cédera sa place "
     "en avril à Claire Dutreuil, jusqu'ici directrice des opérations de Quistor.",
     ("EXECUTIVE_OF", "Claire Dutreuil", "Kerlune Optique")),
    ("fr", _FR + "Marc Velliot, directeur général de Kerlune Optique, passera le relais à Claire "
     "Dutreuil en avril.", ("EXECUTIVE_OF", "Claire Dutreuil", "Kerlune Optique")),
    ("en", _EN + "Kerlune Optics chief executive Mark Vellion will hand over to Dana Kelloway "
     "in April.", ("EXECUTIVE_OF", "Dana Kelloway", "Kerlune Optics")),
    ("en", _EN + "Kerlune Optics chief executive Mark Vellion will be succeeded by Dana "
     "Kelloway in April.", ("EXECUTIVE_OF", "Dana Kelloway", "Kerlune Optics")),
    # a current role at another company after a former title
    ("fr", _FR + "Marc Velliot, l'ancien patron de Quistor, aujourd'hui président de Velmora "
     "Robotique, a commenté la décision.", _MARC_V),
    ("fr", _FR + "Marc Velliot, ancien directeur de Quistor, aujourd'hui à la tête de la PME "
     "bordelaise Velmora Robotique, a commenté la décision.", _MARC_V),
    ("fr", _FR + "Ancien directeur général de Quistor, Marc Velliot a été nommé à la tête de "
     "Velmora Robotique.", _MARC_V),
    ("fr", _FR + "Marc Velliot a été nommé à la tête de Velmora Robotique en mars.", _MARC_V),
    ("en", _EN + "Mark Vellion, a former Quistor executive, is now chief executive of Velmora "
     "Robotics.", _MARK_V),
]

ABSENT = [
    # a founder or head who has left
    ("fr", _FR + "Son cofondateur, Marc Velliot, a quitté la société l'an dernier pour rejoindre "
     "un concurrent belge.", _MARC),
    ("en", _EN + "Its co-founder, Mark Vellion, left the company in 2021 to join a Swiss lab.",
     _MARK),
    ("fr", _FR + "Le fondateur de Kerlune Optique, Marc Velliot, qui a dirigé l'entreprise "
     "pendant vingt ans, prend sa retraite.", _MARC),
    ("en", _EN + "Kerlune Optics founder Mark Vellion, who ran the company for twenty years, "
     "is retiring.", _MARK),
    ("fr", _FR + "Le fondateur de Kerlune Optique, Marc Velliot, qui a présidé l'entreprise "
     "jusqu'en 2022, conservera un rôle de conseiller.", _MARC),
    ("en", _EN + "Kerlune Optics founder Mark Vellion, who chaired the company until 2022, "
     "will stay on as an adviser.", _MARK),
    ("fr", _FR + "La société reste pilotée par Claire Dutreuil, tandis que son fondateur, Marc "
     "Velliot, qui en avait été le président jusqu'en 2023, ne conserve aucun mandat.", _MARC),
    ("fr", _FR + "Kerlune Optique avait été fondée en 2009 par Marc Velliot, qui en a quitté la "
     "présidence en 2022.", _MARC),
    ("fr", _FR + "Kerlune Optique avait été brièvement dirigée en 2021 par Marc Velliot, un "
     "ancien cadre de Quistor.", _MARC),
    ("en", _EN + "Kerlune Optics had been briefly run in 2021 by Mark Vellion, a former "
     "Quistor manager.", _MARK),
    ("fr", _FR + "Le fondateur, Marc Velliot, ancien président qui avait passé la main en 2021, "
     "sort du capital.", _MARC),
    # a stake taken with a time phrase between
    ("fr", _FR + "Marc Velliot a pris en 2024 une participation dans Velmora Robotique.",
     _MARC_V),
    # a handover with no holder named, or to a company
    ("en", _EN + "Kerlune Optics will hand over the plant to Dana Kelloway in April.",
     ("EXECUTIVE_OF", "Dana Kelloway", "Kerlune Optics")),
    ("fr", _FR + "Marc Velliot, directeur général de Kerlune Optique, passera le relais à "
     "Quistor en avril.", ("EXECUTIVE_OF", "Quistor", "Kerlune Optique")),
    # the former employer keeps no current role
    ("fr", _FR + "Marc Velliot, l'ancien patron de Quistor, aujourd'hui président de Velmora "
     "Robotique, a commenté la décision.", ("EXECUTIVE_OF", "Marc Velliot", "Quistor")),
    ("fr", _FR + "Ancien directeur général de Quistor, Marc Velliot a été nommé à la tête de "
     "Velmora Robotique.", ("EXECUTIVE_OF", "Marc Velliot", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)

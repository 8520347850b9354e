"""Session 22, partners (PARTNERS_WITH): a partner described by a noun with its own "de"
complement ("avec le bureau d'études X", "au cabinet de conseil X"); a ratio written with a
colon ("a 50:50 joint venture with X"); "a <kind> venture with X"; the members a group noun's
own relative clause names ("le consortium, qui regroupe A, B et C"); "in tandem with X".
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_ZQ = ("PARTNERS_WITH", "Zentrix", "Quistor")
_QV = ("PARTNERS_WITH", "Quistor", "Velmora")

FOUND = [
    # a "de" inside the partner's own noun phrase opens no agent phrase
    ("fr", "Zentrix a signé un partenariat avec le bureau d'études Quistor.", _ZQ),
    ("fr", "Zentrix s'est aussi associé au bureau d'études Quistor, spécialisé dans les "
     "fours, pour concevoir une ligne hybride.", _ZQ),
    ("fr", "Zentrix a noué un partenariat avec le cabinet de conseil Quistor.", _ZQ),
    ("fr", "Zentrix s'est allié au studio d'animation lillois Quistor pour codévelopper des "
     "jeux.", _ZQ),
    # a ratio with a colon is one number: the clause goes on
    ("en", "Zentrix plans a 50:50 joint venture with Quistor.", _ZQ),
    ("en", "Zentrix will set up a 50:50 joint venture with Finland's Quistor to build "
     "a sawmill.", _ZQ),
    # a venture noun with a modifier
    ("en", "Zentrix set up a maintenance venture with Quistor.", _ZQ),
    ("en", "Zentrix set up a 50-50 repair venture called Korvane Service with Danish ship "
     "operator Quistor Marine AS to cover offshore farms.", ("PARTNERS_WITH", "Zentrix",
                                                            "Quistor Marine")),
    ("en", "Stargol ships cathodes to Korvane Cells, Zentrix's battery venture with Quistor, "
     "and to Velmora.", _ZQ),
    # the members a group noun's relative clause names
    ("fr", "Le consortium, qui regroupe Zentrix, Quistor et Velmora, a remporté le marché.", _QV),
    ("fr", "L'alliance, qui comprend aussi Zentrix et Quistor, a été lancée en mai.", _ZQ),
    ("en", "The alliance, which comprises Zentrix, Quistor and Velmora, won the tender.", _QV),
    # "in tandem with", "hand in hand with"
    ("en", "Zentrix works in tandem with Quistor on the new gearbox.", _ZQ),
    ("en", "Zentrix, working hand in hand with Quistor, built the plant.", _ZQ),
]

ABSENT = [
    # the partner's own owner after "de" right before the name is still no description
    ("fr", "Zentrix a signé un partenariat avec le client de Quistor.", _ZQ),
    # a membership body after "au sein de" is no partner
    ("fr", "Zentrix et Quistor restent associés au sein de la centrale d'achat Velmora.",
     ("PARTNERS_WITH", "Zentrix", "Velmora")),
    # a venture's money, a relative clause's own "with", a venture-capital firm
    ("en", "Zentrix launched a new venture with funding from Quistor.", _ZQ),
    ("en", "Zentrix started a venture that merged with Quistor.", _ZQ),
    ("en", "Zentrix, a venture capital firm founded in 2019 with Quistor's backing, makes "
     "drones.", _ZQ),
    # the owner of a joint venture is no partner of the venture
    ("en", "Stargol ships cathodes to Korvane Cells, Zentrix's battery venture with Quistor, "
     "and to Velmora.", ("PARTNERS_WITH", "Korvane Cells", "Quistor")),
    # a relative clause after a deal or a plain group names no members
    ("en", "The deal, which includes Zentrix and Quistor, was signed in May.", _ZQ),
    ("en", "The group, which includes Zentrix and Quistor, reported higher sales.", _ZQ),
    ("fr", "Le contrat avec Korvane, qui regroupe Zentrix et Quistor, a été signé.", _ZQ),
    # shares or prices moving together, a partnership that ended
    ("en", "Zentrix shares fell in tandem with Quistor.", _ZQ),
    ("en", "Zentrix's shares rose in tandem with Quistor after the results.", _ZQ),
    ("en", "Zentrix no longer works in tandem with Quistor.", _ZQ),
    # a time with a colon stays a number and joins no one
    ("en", "Zentrix said at 10:30 that Quistor had cut prices.", _ZQ),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

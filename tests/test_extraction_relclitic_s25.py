"""Session 25, relclitic (SUPPLIES: a French dative clitic in a relative clause that closes a
list): in "s'appuie sur A, mais aussi sur B, qui lui livre", "compte parmi ses clients ...,
dont A, ainsi que B, qui lui achète", "équipe les agences de A et les magasins de B, qui lui
ont commandé", the clitic is not A, B's fellow member of the list, but the main clause's
company; in English the same for "from it" ("A, as well as B, which buys from it"). The
near misses stay right: a relative with no list before it ("achète ses cuves à
A, qui lui livre") and a coordinated antecedent ("A et B, qui lui").
Invented names only."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Zentrix makes safes in Leeds. Zentrix employs 140 people.\n\n"
_FR = "Zentrix fabrique des coffres-forts à Lille. Zentrix emploie 140 personnes.\n\n"

FOUND = [
    # the clitic of a relative closing a list: the main clause's company
    ("fr", _FR + "Pour sécuriser ses achats, l'industriel s'appuie sur sa filiale Velmora, "
     "détenue à 100 %, mais aussi sur le ramasseur indépendant Quistor, qui lui livrera "
     "35 000 tonnes par an.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("fr", _FR + "Le groupe compte parmi ses clients plusieurs maisons de champagne, dont "
     "Velmora, ainsi que le négociant bordelais Quistor, qui lui achète chaque année 12 "
     "millions de bouchons.", ("SUPPLIES", "Zentrix", "Quistor")),
    ("fr", _FR + "La PME équipe notamment les agences de la banque Velmora et les magasins "
     "du réseau Quistor, qui lui ont commandé 300 coffres en 2025.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", _EN + "The company counts among its customers several banks, including Velmora, "
     "as well as retailer Quistor, which buys 300 safes from it each year.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", _EN + "Zentrix equips the branches of Velmora and the shops of Quistor, which "
     "ordered 300 safes from it in 2025.", ("SUPPLIES", "Zentrix", "Quistor")),
    # near misses that stay found: no list, or a coordinated antecedent
    ("fr", _FR + "Zentrix achète ses tôles à Velmora, qui lui livre des bobines depuis 2019.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", _EN + "Zentrix buys its steel from Velmora, which also sells to Quistor.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", _FR + "Zentrix compte parmi ses clients Quistor, qui lui a commandé des coffres.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    ("fr", _FR + "Zentrix compte parmi ses clients Velmora et Quistor, qui lui ont commandé "
     "des coffres.", ("SUPPLIES", "Zentrix", "Velmora")),
]

ABSENT = [
    # the earlier member of the list is not the clitic's company
    ("fr", _FR + "Pour sécuriser ses achats, l'industriel s'appuie sur sa filiale Velmora, "
     "détenue à 100 %, mais aussi sur le ramasseur indépendant Quistor, qui lui livrera "
     "35 000 tonnes par an.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", _FR + "Le groupe compte parmi ses clients plusieurs maisons de champagne, dont "
     "Velmora, ainsi que le négociant bordelais Quistor, qui lui achète chaque année 12 "
     "millions de bouchons.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", _FR + "La PME équipe notamment les agences de la banque Velmora et les magasins "
     "du réseau Quistor, qui lui ont commandé 300 coffres en 2025.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", _EN + "The company counts among its customers several banks, including Velmora, "
     "as well as retailer Quistor, which buys 300 safes from it each year.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", _EN + "Zentrix equips the branches of Velmora and the shops of Quistor, which "
     "ordered 300 safes from it in 2025.", ("SUPPLIES", "Velmora", "Quistor")),
    # the relative's antecedent is never its own clitic's company
    ("fr", _FR + "Zentrix achète ses tôles à Velmora, qui lui livre des bobines depuis 2019.",
     ("SUPPLIES", "Velmora", "Velmora")),
    ("fr", _FR + "Zentrix achète ses tôles à Velmora, qui lui livre des bobines depuis 2019.",
     ("SUPPLIES", "Zentrix", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

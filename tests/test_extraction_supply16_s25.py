"""Session 25, supply16 (SUPPLIES: goods passives whose customer the frames did not read): a
passive auxiliary past an insertion ("Ses serrures sont quant à elles fournies par Y"); the
possessive pronoun of the complement of the goods noun phrase opening the clause ("Les
alimentations de ses luminaires sont fournies par Y", "The housings of its sensors are made by
Y"); a thing supplied to a dative clitic ("Les moteurs lui sont fournis par Y"): the company
the passage is about; a second supplier of the same buyer past what the sentence tells of the
first ("auprès de A, dont elle est le premier client, et en capsules auprès de B", "from A,
which it has used since 2015, and two cranes from B"), also after goods written as a long
compound ("its ultra-high-molecular-weight polyethylene from B"), and past a one-word name that
only qualifies the description ("by Delft fermentation start-up B"). Invented names only; the
near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR = "Zentrix fabrique des prothèses à Annecy. Zentrix emploie 300 personnes.\n\n"
_EN = "Zentrix makes prosthetic hands in Plymouth. Zentrix employs 300 people.\n\n"
_FRQ = ("SUPPLIES", "Quistor", "Zentrix")

FOUND = [
    # an auxiliary past an insertion
    ("fr", _FR + "Ses serrures sont quant à elles fournies par l'allemand Quistor.", _FRQ),
    ("fr", _FR + "Ses moteurs sont pour leur part livrés par le suisse Quistor.", _FRQ),
    # the possessive pronoun of the goods noun's complement
    ("fr", _FR + "Les serrures électroniques de ses modèles haut de gamme sont fournies par "
     "l'allemand Quistor.", _FRQ),
    ("fr", _FR + "Zentrix achète ses diodes au japonais Velmora, tandis que les alimentations "
     "électroniques de ses luminaires sont fournies par l'autrichien Quistor.", _FRQ),
    ("en", _EN + "The housings of its sensors are made by Quistor.", _FRQ),
    # a thing supplied to a dative clitic
    ("fr", _FR + "Les moteurs lui sont fournis par le suisse Quistor.", _FRQ),
    ("fr", _FR + "Les batteries leur sont livrées par Quistor.", _FRQ),
    # a second supplier past what the sentence tells of the first
    ("fr", "Zentrix s'approvisionne en pots de verre auprès de Velmora, dont elle est l'un des "
     "principaux clients dans le Sud-Ouest, et en capsules auprès de la PME ardéchoise "
     "Quistor.", _FRQ),
    ("fr", "Pour ses fils, l'entreprise Zentrix s'approvisionne en polyéthylène auprès du "
     "néerlandais Velmora, qui commercialise la fibre Dynarex, et en polyamide auprès de "
     "l'allemand Quistor.", _FRQ),
    ("en", "Zentrix has ordered 14 new cranes from Japan's Velmora, which it has used as its "
     "main equipment supplier since 2015, and two large crawler cranes from Quistor for "
     "delivery in 2027.", _FRQ),
    # goods written as a long compound
    ("en", "Zentrix buys its polyester yarn from Velmora Ventures and its "
     "ultra-high-molecular-weight polyethylene from Quistor.", _FRQ),
    # a one-word name that only qualifies the description
    ("en", "Zentrix buys soy protein from Velmora, while the colouring in its burgers is made "
     "by Delft fermentation start-up Quistor Labs.", ("SUPPLIES", "Quistor Labs", "Zentrix")),
]

ABSENT = [
    # no goods: stakes, people
    ("fr", _FR + "Les actions de ses filiales sont détenues par Quistor.", _FRQ),
    ("fr", _FR + "Les salariés de ses usines sont formés par Quistor.", _FRQ),
    ("en", _EN + "The shares of its units are held by Quistor.", _FRQ),
    # a head noun that is no goods (customers, people)
    ("fr", _FR + "Les clients de ses magasins sont livrés par Quistor.", _FRQ),
    ("en", _EN + "The customers of its shops are supplied by Quistor.", _FRQ),
    # a clitic before a verb that supplies nothing
    ("fr", _FR + "Les moteurs lui ont été présentés par le suisse Quistor.", _FRQ),
    ("fr", _FR + "Le prix lui a été remis par Quistor.", _FRQ),
    # a parallel clause set off by a comma keeps its own goods' supplier
    ("en", "Zentrix's frames come from Velmora, its wheels from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # what the sentence tells of the first supplier is not a second purchase
    ("fr", "Zentrix s'approvisionne en verre auprès de Velmora, dont Quistor détient 30 %.",
     _FRQ),
    ("en", "Zentrix buys glass from Velmora, which it has used since 2015, and won an order "
     "from Quistor.", _FRQ),
    ("en", "Zentrix buys soy protein from Velmora, while the colouring in its burgers is made "
     "by Delft fermentation start-up Quistor Labs.", ("SUPPLIES", "Delft", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

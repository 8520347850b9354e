"""Session 25, supply16 (SUPPLIES: goods passives whose customer the frames did not read): a
passive auxiliary past an insertion ("Ses serrures sont quant à elles fournies par Y"); the
possessive pronoun of the complement of the goods noun phrase opening the clause ("Les
alimentations de ses luminaires sont fournies par Y", "The housings of its sensors are made by
Y"); a thing supplied to a dative clitic ("Les moteurs lui sont fournis par Y") or "quant à
elle" before the participle ("La flotte sera quant à elle fournie par Y"): the company the
passage is about. Invented names only; the near misses stay out."""

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
    # a thing supplied to a dative clitic, or "quant à elle" before the participle
    ("fr", _FR + "Les moteurs lui sont fournis par le suisse Quistor.", _FRQ),
    ("fr", _FR + "Les batteries leur sont livrées par Quistor.", _FRQ),
    ("fr", _FR + "La flotte de camions de l'usine sera quant à elle fournie par Quistor, dans "
     "le cadre d'un contrat.", _FRQ),
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
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

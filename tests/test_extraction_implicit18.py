"""Session 18, implicit parties: a "come from" supply cue whose subject is a thing no company
of the sentence owns. The customer is the company the passage is about ("The hulls are sourced
from Y", "Les moteurs proviennent de Y"), as for the agentless passive ("Les coques seront
fournies par Y"). Invented names only."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = ("Quistor Marine announced a $40 million investment plan on Thursday. Quistor Marine "
       "employs 300 people in Ohio. ")
_FR = ("Quistor Marine a annoncé jeudi un plan d'investissement de 40 millions d'euros. "
       "Quistor Marine emploie 300 personnes à Lorient. ")
_EN_V = ("Velmora Drives announced a $40 million investment plan on Thursday. Velmora Drives "
         "employs 300 people in Ohio. ")
_FR_V = ("Velmora Drives a annoncé jeudi un plan d'investissement de 40 millions d'euros. "
         "Velmora Drives emploie 300 personnes à Lorient. ")

FOUND = [
    ("en", _EN + "The engines are bought from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "The steel hulls come from Kandor Werft, a yard in Bremen.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("en", _EN + "The propellers are sourced from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Les moteurs proviennent de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Les hélices sont achetées auprès de Kandor Werft.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("fr", _FR + "Les coques viennent de l'allemand Kandor Werft.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
]

ABSENT = [
    # the main company is the supplier: no customer is said
    ("en", _EN_V + "The engines are bought from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Velmora Drives")),
    # money, sales and rivalry come from a funder, a customer, a rival
    ("en", _EN + "The funds come from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "The bulk of sales comes from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "The main competition comes from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "La moitié du chiffre d'affaires provient de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "La concurrence vient de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Les fonds proviennent de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "The remainder will come from a $60 million Velmora Drives loan.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Le solde proviendra d'un prêt de 60 millions d'euros de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # a third company owns the goods
    ("en", _EN + "Kandor Werft's engines come from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Les moteurs de Kandor Werft proviennent de Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # a document or a plan, no goods
    ("en", _EN + "The report came from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # a passage with no company named twice before
    ("en", "Shipbuilding orders rose in May. The engines are bought from Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

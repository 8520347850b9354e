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


# a supplier chosen by no one the sentence names: the chooser is the passage's company
SELECTED_FOUND = [
    ("fr", _FR + "L'ingénieriste Velmora Drives a été retenu pour concevoir l'usine.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Kandor Werft a été choisi pour fournir les moteurs des deux navires.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("en", _EN + "Velmora Drives was selected to supply the engines.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "Engineering firm Kandor Werft has been chosen to build the new plant.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
]

SELECTED_ABSENT = [
    # the main company itself is chosen: its customer is not said
    ("en", _EN_V + "Velmora Drives was selected to supply the engines.",
     ("SUPPLIES", "Velmora Drives", "Velmora Drives")),
    # a third company in the sentence may be the customer
    ("en", _EN + "Velmora Drives was selected to supply the engines for Kandor Werft.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Velmora Drives a été retenu pour construire l'usine de Kandor Werft.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # no supply job: an index, a round, an award
    ("en", _EN + "Velmora Drives was selected to join the index.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Velmora Drives a été choisi pour mener le tour de table.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # an active choice: the subject chooses
    ("en", _EN + "Velmora Drives selected to build its own plant.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # hedged or denied
    ("en", _EN + "Velmora Drives could be selected to supply the engines.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Velmora Drives n'a pas été retenu pour fournir les moteurs.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
]

test_selected_found, test_selected_absent = found_and_absent(SELECTED_FOUND, SELECTED_ABSENT)


# a service passive: the service's owner is the possessor, else the passage's company
SERVICE_FOUND = [
    ("en", _EN + "Maintenance of the fleet will be handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "Hull upgrades are being carried out by Kandor Werft.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("en", _EN + "The turbines will be installed by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", "Kandor Werft's logistics are handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Kandor Werft")),
    ("fr", _FR + "La maintenance des navires sera assurée par Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Le transport des coques est effectué par Kandor Werft.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("fr", _FR + "Les hélices seront installées par Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
]

SERVICE_ABSENT = [
    # no service noun: financing, an interim, a chair
    ("fr", _FR + "Le financement sera assuré par Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", "Le financement de Kandor Werft est assuré par Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Kandor Werft")),
    ("en", _EN + "The interim will be handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "Les navires sont assurés par Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # a third company owns the service
    ("en", _EN + "Kandor Werft's maintenance is handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # the main company is the provider
    ("en", _EN_V + "Maintenance of the fleet will be handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Velmora Drives")),
    # hedged
    ("en", _EN + "Maintenance of the fleet could be handled by Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
]

test_service_found, test_service_absent = found_and_absent(SERVICE_FOUND, SERVICE_ABSENT)


# a contract awarded by no one named: the awarder is the passage's company
AWARD_FOUND = [
    ("fr", _FR + "Le contrat de fourniture des moteurs a été attribué au groupe Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "La commande a été notifiée à Kandor Werft en mars.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
    ("en", _EN + "The supply contract was awarded to Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("en", _EN + "The $30 million order has been awarded to Kandor Werft.",
     ("SUPPLIES", "Kandor Werft", "Quistor Marine")),
]

AWARD_ABSENT = [
    # the awarder is named
    ("en", _EN + "The supply contract was awarded to Velmora Drives by Kandor Werft.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # no contract: a prize, a stake
    ("en", _EN + "The innovation prize was awarded to Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    ("fr", _FR + "La participation a été attribuée à Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # the main company wins: its customer is not said
    ("en", _EN_V + "The supply contract was awarded to Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Velmora Drives")),
    # hedged
    ("en", _EN + "The supply contract could be awarded to Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
    # a third company's contract
    ("fr", _FR + "Le contrat de Kandor Werft a été attribué à Velmora Drives.",
     ("SUPPLIES", "Velmora Drives", "Quistor Marine")),
]

test_award_found, test_award_absent = found_and_absent(AWARD_FOUND, AWARD_ABSENT)

"""Issue 11, session 15: lists and coordination, second round.

A list keeps every member when a member carries its own relative clause ("A, which relies on
its network, and the producer B"; "A, qui lui achète son ciment, ainsi que le préfabricant
B"), when it is joined by "as well as" / "ainsi que" and goes on ("A as well as B and C"), and
when a group noun that is a direct object names its members after a list opener ("supplies
several carmakers, including A and B", "fournit plusieurs constructeurs, dont A et B"). A
singular French relative after a list tells of its last member only ("à A et à B, auprès de
laquelle X s'approvisionne"), and a relative after each member of such a list is that
member's own. A mixed-case short form in brackets ("Quistor Systems (Qsys), B et C") is the
name's alias and no longer cuts the list; a company that counts its customers names some after
a list opener ("X revendique 900 clients, parmi lesquels A et B"). Every company here is made
up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

S, C, A, P = "SUPPLIES", "COMPETES_WITH", "ACQUIRES", "PARTNERS_WITH"

FOUND = [
    # a relative clause inside a list, then a described member
    ("en", "Velmora counts Quistor, which relies on its network, and Norwegian producer Kandor "
     "among its largest customers.", (S, "Velmora", "Kandor")),
    ("en", "Velmora counts Quistor, which relies on its network, and Norwegian producer Kandor "
     "among its largest customers.", (S, "Velmora", "Quistor")),
    ("fr", "Parmi les clients de Velmora figurent Quistor, qui lui achète son ciment, ainsi que "
     "le préfabricant varois Kandor.", (S, "Velmora", "Kandor")),
    ("fr", "Parmi les clients de Velmora figurent Quistor, qui lui achète son ciment, ainsi que "
     "le préfabricant varois Kandor.", (S, "Velmora", "Quistor")),
    ("fr", "Velmora vend ses dalles à Quistor, qui les pose sur ses chantiers, et au "
     "promoteur Kandor.", (S, "Velmora", "Kandor")),
    # "as well as" / "ainsi que" and the list goes on
    ("en", "Velmora supplies Quistor as well as Kandor and Zelbar.", (S, "Velmora", "Zelbar")),
    ("fr", "Velmora fournit Quistor ainsi que Kandor et Zelbar.", (S, "Velmora", "Zelbar")),
    ("fr", "Parmi les clients de Velmora figurent Quistor ainsi que le préfabricant varois "
     "Kandor.", (S, "Velmora", "Kandor")),
    # a group noun as a direct object, then its members
    ("en", "Velmora supplies several carmakers, including Quistor and Kandor.",
     (S, "Velmora", "Kandor")),
    ("en", "Velmora supplies several carmakers, among them Quistor and Kandor.",
     (S, "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs constructeurs, dont Quistor et Kandor.",
     (S, "Velmora", "Kandor")),
    ("fr", "Velmora fournit plusieurs fabricants, parmi lesquels Quistor et Kandor.",
     (S, "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs constructeurs, notamment Quistor et Kandor.",
     (S, "Velmora", "Quistor")),
    # a group of suppliers in a supplier's slot stays
    ("fr", "Velmora s'appuie sur quelques fournisseurs, parmi lesquels Quistor.",
     (S, "Quistor", "Velmora")),
    # a singular relative after a list: the last member
    ("fr", "Velmora vend ses pièces à Quistor et à Kandor, auprès de laquelle Zelbar "
     "s'approvisionne.", (S, "Kandor", "Zelbar")),
    ("fr", "Velmora vend ses pièces à Quistor et à Kandor, auprès desquels Zelbar "
     "s'approvisionne.", (S, "Quistor", "Zelbar")),
    # each member with its own relative
    ("en", "Velmora competes with several developers, including Quistor, which builds plants, "
     "and Kandor, which supplies Zelbar with power.", (S, "Kandor", "Zelbar")),
    ("en", "Velmora competes with several developers, including Quistor, which builds plants, "
     "and Kandor, which supplies Zelbar with power.", (C, "Velmora", "Quistor")),
    # a mixed-case short form in brackets keeps the list going
    ("fr", "Velmora fournit Quistor Systems (Qsys), Kandor et Zelbar.", (S, "Velmora", "Zelbar")),
    ("en", "Velmora supplies Quistor Systems (Qsys), Kandor and Zelbar.",
     (S, "Velmora", "Kandor")),
    ("en", "Velmora supplies Kandor Biotech (KanBio) and Zelbar.", (S, "Velmora", "Zelbar")),
    # a company that counts its customers, then names some
    ("fr", "Velmora revendique près de 900 clients, parmi lesquels Quistor et Kandor.",
     (S, "Velmora", "Kandor")),
    ("fr", "Velmora compte 300 clients, dont Quistor et Kandor.", (S, "Velmora", "Quistor")),
    ("en", "Velmora has 900 customers, among them Quistor and Kandor.",
     (S, "Velmora", "Kandor")),
    ("fr", "Velmora revendique près de 900 clients, parmi lesquels Quistor, qui utilise sa "
     "suite, et le commissionnaire marseillais Kandor.", (S, "Velmora", "Kandor")),
]

ABSENT = [
    # a relative clause then a clause of its own: no list
    ("en", "Velmora acquired Quistor, which makes chips, and Kandor said it would sue.",
     (A, "Velmora", "Kandor")),
    ("fr", "Velmora a racheté Quistor, qui fabrique des puces, et Kandor a annoncé un recours.",
     (A, "Velmora", "Kandor")),
    # a relative naming another company keeps its own relation, and is no list
    ("en", "Velmora buys its steel from Quistor, which makes bolts for Zelbar, and from "
     "Kandor.", (S, "Zelbar", "Velmora")),
    # a singular relative after a list: not the first member
    ("fr", "Velmora vend ses pièces à Quistor et à Kandor, auprès de laquelle Zelbar "
     "s'approvisionne.", (S, "Quistor", "Zelbar")),
    # each member with its own relative: not the other member's
    ("en", "Velmora competes with several developers, including Quistor, which builds plants, "
     "and Kandor, which supplies Zelbar with power.", (S, "Quistor", "Zelbar")),
    ("fr", "Velmora affronte plusieurs acteurs, dont Quistor, qui construit des usines, et "
     "Kandor, qui fournit Zelbar.", (S, "Quistor", "Zelbar")),
    # "A et B ainsi que C" inside an apposition: C is no member of the apposition's list
    ("fr", "Velmora affronte Brelun, propriétaire des marques Arvix et Bolto, ainsi que la "
     "coopérative Tarvex.", (C, "Velmora", "Bolto")),
    # a group noun, then no list of members
    ("en", "Velmora supplies several carmakers, including one that Quistor owns.",
     (S, "Velmora", "Quistor")),
    ("fr", "Velmora fournit plusieurs constructeurs, dont Quistor détient 30 %.",
     (S, "Velmora", "Quistor")),
    ("en", "Velmora supplies its products, including Quistor chips, to carmakers.",
     (S, "Velmora", "Quistor")),
    # a word in brackets that does not shorten the name: no alias, the list stays cut
    ("fr", "Velmora fournit Quistor Systems (Tarvex), Kandor et Zelbar.",
     (S, "Velmora", "Zelbar")),
    # counted customers, then no member named
    ("fr", "Velmora compte 300 clients, dont Quistor détient 30 %.", (S, "Velmora", "Quistor")),
    ("en", "Velmora has 900 customers, including one that Quistor owns.",
     (S, "Velmora", "Quistor")),
    ("fr", "Velmora compte 300 salariés, dont Quistor.", (S, "Velmora", "Quistor")),
    # a group of customers in the slot of a supplier: its members buy, they do not supply
    ("fr", "Velmora s'appuie sur quelques clients, parmi lesquels Quistor.",
     (S, "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 17, lists (third round): a relation given to every member of the same list or
coordination, past what stands between the members (an adjunct phrase of the first member, an
apposition, a relative clause), and kept from names that are no member.

Invented companies only (none is in a list), both languages. See docs/extraction-history.md,
"Session 17: list members and siblings missed".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the same preposition again after an adjunct phrase of the first member, however long,
    # with its own "and" ("against A in US-made modules and against B", "on A for X and Y in
    # its machines, and on B")
    ("en", "The deal pits Velmora against Quistor in US-made modules and against Kandor in "
     "residential inverters.", ("COMPETES_WITH", "Kandor", "Velmora")),
    ("en", "Velmora relies on Quistor for inverters and drive electronics in nearly all of its "
     "machines, and on the Dortmund steelmaker Kandor for cabin frames.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys chips from Quistor for its plants in Ohio and from Kandor for its labs.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora competes with Quistor in consumer drones and with Kandor in farm robots.",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    ("fr", "Korvane se fournit auprès de Quistor pour ses puces de puissance et ses capteurs, et "
     "auprès du danois Zelbar pour les câbles.", ("SUPPLIES", "Zelbar", "Korvane")),
    ("fr", "Korvane achète ses modules à Quistor pour son usine de Lyon et ses entrepôts, et au "
     "norvégien Zelbar pour ses sites italiens.", ("SUPPLIES", "Zelbar", "Korvane")),
    ("fr", "Korvane affronte Quistor sur les petits moteurs et Zelbar sur les turbines.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    # "auprès de A et auprès du B": the same preposition, its article contracted
    ("fr", "Korvane se fournit auprès de Quistor et auprès du groupe Zelbar.",
     ("SUPPLIES", "Zelbar", "Korvane")),
    ("fr", "Korvane se fournit en acier auprès de Quistor, et auprès du lyonnais Zelbar pour "
     "ses vis.", ("SUPPLIES", "Zelbar", "Korvane")),
    # a name of a thing inside the adjunct, after a preposition or a possessive, is passed
    ("en", "Velmora buys chips from Quistor for the launch of its Tarvo drones and from Kandor "
     "for its labs.", ("SUPPLIES", "Kandor", "Velmora")),
    # a member described by a company noun after "include" / "are" ("include the drugstore
    # chain A"), and the next member with its own description ("and the bakery franchise B")
    ("en", "Velmora's customers include the drugstore chain Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's customers include the drugstore chain Quistor and the bakery franchise "
     "Kandor.", ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora sells to the drugstore chain Quistor and the bakery franchise Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora's biggest customers are the furniture groups Quistor and Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Les clients de Korvane comprennent le distributeur lyonnais Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # a later member described by a list head after a determiner, the first bare ("A and the
    # chain B", "A, the German chain B and C")
    ("en", "Velmora competes with Quistor and the chain Kandor.",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    ("en", "Velmora competes with Quistor, the German chain Kandor and Zelbar.",
     ("COMPETES_WITH", "Velmora", "Zelbar")),
    ("en", "Velmora sells to Quistor and the pension manager Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Korvane vend à Quistor, au réseau Zelbar et à Tarvo.",
     ("SUPPLIES", "Korvane", "Tarvo")),
    # a place in brackets after each member ("A (France), B (Germany) and C")
    ("en", "Velmora competes with Quistor (France), Kandor (Germany) and Zelbar (Italy).",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    ("en", "Velmora competes with Quistor (Lyon) and Kandor.",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    ("fr", "Korvane affronte Quistor (France), Zelbar (Allemagne) et Tarvo.",
     ("COMPETES_WITH", "Korvane", "Zelbar")),
    # an apposition naming another company inside the list: the list goes on past it
    ("en", "Velmora sells drones to Quistor, a customer of Zelbar, and Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Korvane vend ses drones à Quistor, un client de Zelbar, et à Tarvo.",
     ("SUPPLIES", "Korvane", "Tarvo")),
]

ABSENT = [
    # the verb "a" after "et" is no second "à" ("vend à A et a racheté B")
    ("fr", "Korvane vend ses fromages à Quistor et a racheté Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Korvane vend ses fromages à Quistor pour ses magasins et a racheté Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    # another verb after the adjunct's "and": no member under the first preposition
    ("en", "Velmora buys chips from Quistor for its plants in Ohio and sells drones to Kandor.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys chips from Quistor for its plants and Kandor buys from Zelbar.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora competes with Quistor in drones and signed a deal with Kandor in May.",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    # a name inside the adjunct is no member ("for its plants with Zelbar")
    ("en", "Velmora buys chips from Quistor for the plants it runs with Zelbar, and from Kandor.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Korvane achète ses modules à Quistor pour l'usine qu'il partage avec Zelbar, et au "
     "norvégien Tarvo.", ("SUPPLIES", "Zelbar", "Korvane")),
    # another clause after the adjunct: its own subject and preposition keep their member
    ("en", "Velmora buys chips from Quistor in Ohio, while Zelbar buys drives from Tarvo and "
     "from Kandor.", ("SUPPLIES", "Kandor", "Velmora")),
    ("en", "Velmora buys chips from Quistor in Ohio and Zelbar buys drives from Tarvo and from "
     "Kandor.", ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Korvane achète ses puces à Quistor pour ses usines, tandis que Zelbar vend à Tarvo "
     "et à Brelun.", ("SUPPLIES", "Korvane", "Brelun")),
    # no member after a company noun that is no description of it ("are happy with A")
    ("en", "Velmora's customers are happy with Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Les clients de Korvane sont satisfaits de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Velmora's customers include the chain Quistor and the next day Kandor bought it.",
     ("SUPPLIES", "Velmora", "Kandor")),
    # the company named in an apposition inside the list is no member, and the members after
    # it take the list's relation, not the apposition's ("A, a customer of B, and C")
    ("en", "Velmora sells drones to Quistor, a customer of Zelbar, and Kandor.",
     ("SUPPLIES", "Zelbar", "Kandor")),
    ("en", "Velmora sells drones to Quistor, a customer of Zelbar, and Kandor.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("en", "Velmora competes with Quistor, a unit of Zelbar, and Kandor.",
     ("COMPETES_WITH", "Velmora", "Zelbar")),
    ("fr", "Korvane vend ses drones à Quistor, un client de Zelbar, et à Tarvo.",
     ("SUPPLIES", "Zelbar", "Tarvo")),
    ("fr", "Korvane affronte Quistor, filiale de Zelbar, et Tarvo.",
     ("COMPETES_WITH", "Korvane", "Zelbar")),
    # after a place in brackets, a name that opens a clause of its own is no member; a name
    # in brackets is none either
    ("en", "Velmora competes with Quistor (France) and Kandor buys chips from Zelbar.",
     ("COMPETES_WITH", "Kandor", "Velmora")),
    ("en", "Velmora competes with Quistor (France) and Kandor buys chips from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    ("fr", "Korvane affronte Quistor (France) et Zelbar (Allemagne) a racheté Tarvo.",
     ("COMPETES_WITH", "Korvane", "Zelbar")),
    ("en", "Velmora sells to Quistor (Tarvo) and Kandor.", ("SUPPLIES", "Velmora", "Tarvo")),
    # a list head after a determiner that opens a clause is no member's description
    ("en", "Velmora sells to Quistor and the chain said Kandor would follow.",
     ("SUPPLIES", "Velmora", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 17, attachment: a relation given to the wrong pair of its sentence. The cue is read
but its subject or object is taken from another phrase: a clause set off by commas before a
verb coordinated after it, a "where"/"où"/"quand"/"lorsque" clause with its own subject, a
participle set off after a "whose"/"dont" noun phrase, the preposition of an object relative
clause with a subject of its own, the subject pronoun of an object relative ("which it
builds"). Every company here is made up and in no list; each family has near misses that
must stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a verb coordinated after a clause set off by commas ("où"/"where"/"qui"/"which"): its
    # subject is the main clause's, not the name inside the set-off clause
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et exploite une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et a formé une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora vend du lait à Kandor, qui le revend en Asie, et exploite une coentreprise "
           "avec Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora sells milk powder to China, where Kandor is its client, and runs a joint "
           "venture with Quistor in Ohio.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora sells milk powder to Kandor, which resells it in Asia, and runs a joint "
           "venture with Quistor in Ohio.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # ... but a subject of its own after the "et"/"and" stays that clause's subject
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et Zelbar a formé une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Zelbar", "Quistor")),
    # a "where"/"où" clause with a subject of its own: the name after it
    ("en", "Velmora opened a plant in Ohio, where Kandor formed a joint venture with Quistor.",
     ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("en", "Velmora is expanding in Texas, where Kandor has contracted it to build motors.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora a ouvert une usine en Chine, où Kandor a formé une coentreprise avec "
           "Quistor.", ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("en", "Velmora opened a plant in Ohio, where it formed a joint venture with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a subordinate clause ("lorsque", "quand", "when") has a subject of its own
    ("fr", "Velmora a progressé en 2024, lorsque Kandor a pris une participation dans "
           "Quistor.", ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Velmora a progressé quand Kandor a signé un partenariat avec Quistor.",
     ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("en", "Velmora grew fast in 2024, when Kandor bought a stake in Quistor.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Velmora a progressé lorsqu'elle a signé un partenariat avec Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a participle set off after a "whose"/"dont" noun phrase tells of the owned thing, so of
    # its owner, not of the main clause's subject
    ("en", "Quistor competes with Velmora, whose Tarvo glasses, developed with Kandor, sold "
           "well.", ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("en", "Quistor competes with Velmora, whose glasses, developed jointly with Kandor, sold "
           "well.", ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Quistor concurrence Velmora, dont les lunettes, conçues en partenariat avec Kandor, "
           "se vendent bien.", ("PARTNERS_WITH", "Velmora", "Kandor")),
    # the preposition of an object relative clause with its own subject is that clause's
    ("fr", "Quistor fournit les moteurs du tramway que Velmora vend à Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Quistor supplies the motors for the trams that Velmora sells to Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    # the subject pronoun of an object relative is not the name the relative stands for
    ("en", "Quistor signed a deal with Velmora on Monday. Its largest project is the Tarvo Bay "
           "plant in Oman, which it is building for Kandor.", ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Quistor a signé un accord avec Velmora. Son plus grand projet est l'usine Tarvo, "
           "qu'il construit pour Kandor.", ("SUPPLIES", "Quistor", "Kandor")),
    # ... while "that"/"que" after a verb opens a clause whose pronoun is the subject's
    ("en", "Quistor said that it would supply Kandor.", ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Le groupe Quistor a indiqué qu'il fournira Kandor.", ("SUPPLIES", "Quistor", "Kandor")),
    # ... and a comparison or a list after "que" is no relative clause
    ("fr", "Quistor vend des moteurs plus puissants que Velmora à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Quistor fournit des moteurs à Kandor ainsi que Velmora.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Quistor a annoncé qu'il fournira des moteurs à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
]

ABSENT = [
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et exploite une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et a formé une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("en", "Velmora sells milk powder to China, where Kandor is its client, and runs a joint "
           "venture with Quistor in Ohio.", ("PARTNERS_WITH", "Kandor", "Quistor")),
    ("fr", "Velmora vend du lait en Chine, où Kandor est son client, et Zelbar a formé une "
           "coentreprise avec Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora opened a plant in Ohio, where Kandor formed a joint venture with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a ouvert une usine en Chine, où Kandor a formé une coentreprise avec "
           "Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a progressé en 2024, lorsque Kandor a pris une participation dans "
           "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a progressé quand Kandor a signé un partenariat avec Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora perdrait des clients si Kandor rachetait Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor competes with Velmora, whose Tarvo glasses, developed with Kandor, sold "
           "well.", ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("en", "Quistor competes with Velmora, whose glasses, developed jointly with Kandor, sold "
           "well.", ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor concurrence Velmora, dont les lunettes, conçues en partenariat avec Kandor, "
           "se vendent bien.", ("PARTNERS_WITH", "Quistor", "Kandor")),
    # a verb of the main clause after a "whose" clause closed by its own verb: the main
    # subject's
    ("en", "Quistor competes with Velmora, whose glasses sold well, and signed a deal with "
           "Kandor.", ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("en", "Quistor signed a deal with Velmora on Monday. Its largest project is the Tarvo Bay "
           "plant in Oman, which it is building for Kandor.",
     ("SUPPLIES", "Tarvo Bay", "Kandor")),
    ("fr", "Quistor a signé un accord avec Velmora. Son plus grand projet est l'usine Tarvo, "
           "qu'il construit pour Kandor.", ("SUPPLIES", "Tarvo", "Kandor")),
    ("fr", "Quistor fournit les moteurs du tramway que Velmora vend à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("en", "Quistor supplies the motors for the trams that Velmora sells to Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Session 24, partners25 (PARTNERS_WITH: who "the two companies" are, agreements and joint
work the frames did not read, a company taken for an outlet): a plural description ("the two
companies", "les deux partenaires") names the companies of the nearest sentence that names as
many, before a pair coordinated further back; the feminine "alliée(s)" and "associées"; a
French distribution agreement ("accord de distribution avec Y") unless the partner's clause
or description says it resells the goods; a French "convention" with a partner; "a créé avec Y une
coentreprise"; "has worked since 2023 with Y"; a thing developed, designed or "mis au point"
with a partner, its owner a possessive pronoun before a passive ("Its calibre was developed
with Y"); a name the article gives three times or more is the company it reports on, never
an outlet it cites.
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Zentrix Labs makes rebreathers in Plymouth. Zentrix sells to navies in Europe.\n\n"
_ENQ = ("PARTNERS_WITH", "Zentrix Labs", "Quistor Sensorik")
_FR = "Zentrix fabrique des surfaceuses à Annecy. Zentrix exporte au Canada.\n\n"
_FRQ = ("PARTNERS_WITH", "Zentrix", "Quistor")
_FRW = "Zentrix fabrique des mouvements de montres à Besançon.\n\n"
_ENW = "Zentrix makes watch movements in Bienne.\n\n"
_FRS = ("Zentrix exploite des barges sur la Seine. Zentrix emploie 300 personnes. « Le fleuve "
        "n'est pas saturé », a fait valoir Ada Morel, directrice commerciale de Zentrix, citant "
        "l'exemple d'un convoi.\n\n")

FOUND = [
    # the two companies: the nearer sentence's pair, not a pair coordinated before it
    ("en", _EN + "The company employs 240 people in Velmora and Korvane. Zentrix also said it "
     "had taken a 15% stake in Oslo-based Quistor Sensorik, a sensor startup. The two "
     "companies will jointly develop a sensor module for rebreathers.", _ENQ),
    ("en", "Zentrix buys its scrubbers from Velmora and from Korvane.\n\nZentrix also holds a "
     "25% stake in Quistor, a Berlin start-up, and the two companies jointly market the "
     "service to landlords.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", "Zentrix achète ses cuves à Velmora et à Korvane.\n\nZentrix a pris 20 % de la "
     "start-up clermontoise Quistor, et les deux partenaires développent ensemble une "
     "gamme destinée aux pharmacies.", _FRQ),
    # the feminine participle of "s'allier"
    ("fr", _FR + "La société s'est par ailleurs alliée à l'opérateur de bornes Quistor pour "
     "installer 1 800 points de charge.", _FRQ),
    ("fr", "Zentrix et Quistor se sont alliées pour répondre aux appels d'offres.", _FRQ),
    # a distribution agreement (French)
    ("fr", _FR + "Au Canada, elle a conclu un accord de distribution exclusif avec le "
     "montréalais Quistor.", _FRQ),
    ("fr", _FR + "Zentrix a noué en janvier un accord de distribution avec le réseau "
     "d'experts-comptables Quistor.", _FRQ),
    # a convention with a partner
    ("fr", _FR + "Zentrix a également signé une convention avec l'éco-organisme Quistor afin "
     "de collecter les machines usagées.", _FRQ),
    ("fr", _FR + "L'entreprise a en outre signé avec l'institut Quistor une convention de "
     "recherche portant sur des capteurs de glace.", _FRQ),
    # a joint venture created with a partner named before it
    ("fr", _FR + "Pour accélérer à l'international, Zentrix a créé avec le marocain Quistor une "
     "coentreprise, Zelbar Maghreb.", _FRQ),
    # worked since a year with a partner
    ("en", _ENW + "On the processing side, Zentrix has worked since 2023 with Amsterdam-based "
     "Quistor under a partnership.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    # a thing developed with a partner; its owner before a passive
    ("en", _ENW + "Its calibre, called Z28, was developed with startup Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", _FRW + "Son calibre, baptisé Comtoise 28, a été mis au point avec la jeune pousse "
     "neuchâteloise Quistor.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", _FRW + "La société a présenté un calibre mis au point avec la jeune pousse Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", _FRW + "Zentrix a lancé une collection capsule dessinée avec la marque parisienne "
     "Maison Quistor.", ("PARTNERS_WITH", "Zentrix", "Maison Quistor")),
    # a company named three times is no outlet: its partner stays
    ("fr", _FRS + "L'entreprise s'est en outre alliée au transitaire Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
]

ABSENT = [
    # the pair coordinated further back is no partnership
    ("en", _EN + "The company employs 240 people in Velmora and Korvane. Zentrix also said it "
     "had taken a 15% stake in Oslo-based Quistor Sensorik, a sensor startup. The two "
     "companies will jointly develop a sensor module for rebreathers.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", "Zentrix buys its scrubbers from Velmora and from Korvane.\n\nZentrix also holds a "
     "25% stake in Quistor, a Berlin start-up, and the two companies jointly market the "
     "service to landlords.", ("PARTNERS_WITH", "Velmora", "Korvane")),
    # a dealer's agreement that resells the goods is a supply, no partnership
    ("fr", _FR + "Zentrix a signé un accord de distribution avec le concessionnaire Quistor, "
     "qui commercialisera la gamme au Royaume-Uni.", _FRQ),
    ("fr", _FR + "Zentrix a signé un accord de distribution avec le distributeur allemand "
     "Quistor.", _FRQ),
    ("fr", _FR + "Zentrix discute avec Quistor d'un accord de distribution outre-Rhin.", _FRQ),
    # a labour or credit convention names no partner
    ("fr", _FR + "Zentrix a signé une convention de crédit avec la banque Quistor.", _FRQ),
    ("fr", _FR + "Zentrix applique la convention collective signée avec Quistor.", _FRQ),
    # a venture created with support is no partner
    ("fr", _FR + "Zentrix a créé avec le soutien de Quistor une coentreprise au Maroc.", _FRQ),
    # means, not a partner
    ("en", _ENW + "Zentrix has worked since 2023 with funding from Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", _FRW + "Zentrix vend une gamme conçue avec des matériaux de Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("fr", _FRW + "Son calibre a été conçu pour rivaliser avec la Quistor, un modèle "
     "concurrent.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    ("en", _ENW + "Its calibre was developed by startup Quistor.",
     ("PARTNERS_WITH", "Zentrix", "Quistor")),
    # a company named three times is not cited as an outlet
    ("fr", _FRS + "L'entreprise s'est en outre alliée au transitaire Quistor.",
     ("REPORTED_BY", "ARTICLE", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

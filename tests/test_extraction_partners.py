"""Issue 11, session 15: PARTNERS_WITH recall and list structure, in invented sentences
(both languages). Every company here is made up and in no list.

Families: a list of partners whose member carries a description made of several words ("la
start-up grenobloise B", "la jeune pousse B", "Ohio-based start-up B"); partnership nouns
and verbs the frames lacked. Near misses stay out: talks only, a partnership that ended, a
former partner, a member named "as a start-up inside" another company.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a list member described by a noun of several words: the list goes on to it
    ("fr", "Velmora, Quistor et la start-up grenobloise Kandor ont formé un consortium.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora, Quistor et la start-up grenobloise Kandor ont formé un consortium.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Velmora et la start-up grenobloise Kandor ont formé un consortium.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora, Quistor et la jeune pousse Kandor ont créé une coentreprise.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora a signé un partenariat avec Quistor et la start-up Kandor.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora, Quistor et la start-up grenobloise Kandor investissent dans Tarvex.",
     ("INVESTS_IN", "Velmora", "Tarvex")),
    ("en", "Velmora, Quistor and Grenoble-based start-up Kandor have formed a consortium.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("en", "Velmora has teamed up with Quistor and Ohio-based start-up Kandor.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    # a joint programme, a co-lending arrangement, a research programme led together
    ("en", "Velmora, the University of Kandor and Quistor have launched a joint research "
     "programme on feed.", ("PARTNERS_WITH", "Velmora", "University of Kandor")),
    ("en", "Velmora and Quistor have launched a joint research programme on feed.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora has agreed a co-lending arrangement with Quistor, a Scottish lender.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora mène en outre avec Quistor Labs et le CEA-Kandor un programme de recherche.",
     ("PARTNERS_WITH", "Velmora", "CEA-Kandor")),
    ("fr", "Velmora mène un programme de recherche avec Quistor Labs.",
     ("PARTNERS_WITH", "Velmora", "Quistor Labs")),
    ("fr", "Velmora et Quistor lancent un programme de recherche commun.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Le laboratoire Velmora a signé avec Quistor un accord de codéveloppement portant sur "
     "un vaccin.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    # members of one consortium, the others named after "aux côtés de" / "alongside"
    ("fr", "Velmora est par ailleurs membre du consortium Spacenet, aux côtés du luxembourgeois "
     "Quistor et de l'espagnol Kandor.", ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora est membre du consortium, aux côtés de Quistor et de Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("en", "Velmora is a member of the consortium Spacenet alongside Quistor and Kandor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a French name whose common head takes a capitalised adjective, then "de" and a place
    ("fr", "Velmora a noué un partenariat avec la Banque Privée de Quimper, qui proposera ses "
     "fonds.", ("PARTNERS_WITH", "Velmora", "Banque Privée de Quimper")),
    ("fr", "Velmora a signé un partenariat avec la Banque Privée de Saint-Malo.",
     ("PARTNERS_WITH", "Velmora", "Banque Privée de Saint-Malo")),
    # a description opening its clause joined to a name by "and"/"et": both are the subject
    ("en", "Velmora makes paper in Hesse. On energy, the company and Frankfurt utility Quistor "
     "have set up a joint venture, Velqui Energie GmbH, to build a plant.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora makes paper in Hesse. The company and Quistor have set up a joint venture.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora fabrique du papier en Hesse. Le groupe et l'énergéticien Quistor ont créé "
     "une coentreprise.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora makes paper in Hesse. The company and Quistor invested $5 million in "
     "Tarvex.", ("INVESTS_IN", "Velmora", "Tarvex")),
    # "auprès duquel" opens a relative clause as "auprès de laquelle" does
    ("fr", "Kandor affronte Quistor, auprès duquel Velmora achète son acier.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Kandor affronte Quistor, auprès desquels Velmora achète son acier.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    # "as" alone is no conjunction: "founded A as a start-up inside B" lists nothing
    ("en", "Dorvel Tansy, who founded Velmora as a start-up inside Quistor in 2010, runs "
     "Kandor.", ("EXECUTIVE_OF", "Dorvel Tansy", "Quistor")),
    # talks only, an ended partnership, a former partner
    ("fr", "Velmora est en discussions avec Quistor pour un partenariat.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora ended its alliance with Quistor last year.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora is in talks with Quistor about a joint venture.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora, ancien partenaire de Quistor, vend des pièces.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora's former partner Quistor makes chips.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # "mener avec Y" negotiations or a fight is no programme together
    ("fr", "Velmora mène avec Quistor Labs des négociations sur un projet commun.",
     ("PARTNERS_WITH", "Velmora", "Quistor Labs")),
    ("fr", "Velmora mène des négociations sur un projet avec Quistor Labs.",
     ("PARTNERS_WITH", "Velmora", "Quistor Labs")),
    # a membership that ended or may come; co-investors "aux côtés de" stay co-investors
    ("fr", "Velmora n'est plus membre du consortium Spacenet, aux côtés de Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora pourrait devenir membre du consortium Spacenet, aux côtés de Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a pris 7 % du capital de Tarvex, aux côtés de Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora took a 7% stake in Tarvex alongside Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # ... so the bank is not cut to its head and paired with the place
    ("fr", "Velmora a noué un partenariat avec la Banque Privée de Quimper.",
     ("PARTNERS_WITH", "Banque", "Quimper")),
    # ... and a pair so joined is no partnership by itself
    ("en", "Velmora makes paper in Hesse. The company and Quistor declined to comment.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

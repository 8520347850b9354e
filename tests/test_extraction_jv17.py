"""Session 17, joint ventures, consortia and alliances: invented sentences, both languages.

The annotation reads a joint venture, a consortium or a "groupement" as PARTNERS_WITH between
its members (never between a member and the venture). The families here are the shapes that
gave nothing before this pass: the members named after a group noun and a participle other
than "formed by" ("owned by", "comprising", "composé de", "mené par"), the French
"groupement" as a partnership noun, the other members named in a relative clause after the
leader ("a consortium led by A, which includes B and C"), "works alongside Y", and a
description joined to a name behind a country's possessive ("the company and Japan's Y set up
a joint venture"). Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

P = "PARTNERS_WITH"

FOUND = [
    # the members after a group noun and its participle (English)
    ("en", "The tender was won by a consortium comprising Velmora, Quistor and Kandor.",
     (P, "Quistor", "Kandor")),
    ("en", "The port will be run by a consortium made up of Velmora and Quistor.",
     (P, "Velmora", "Quistor")),
    ("en", "Zentra, a joint venture jointly owned by Velmora and Quistor, builds batteries.",
     (P, "Velmora", "Quistor")),
    # ... and French, with "groupement" as a body of partners
    ("fr", "Le marché a été remporté par le groupement formé par Velmora et Quistor.",
     (P, "Velmora", "Quistor")),
    ("fr", "Le groupement formé par Velmora et le spécialiste toulonnais du dessalement Quistor "
     "construira l'usine.", (P, "Velmora", "Quistor")),
    ("fr", "Le marché a été attribué à un groupement composé de Velmora et Quistor.",
     (P, "Velmora", "Quistor")),
    ("fr", "Le port sera exploité par un consortium composé de Velmora, Quistor et Kandor.",
     (P, "Velmora", "Kandor")),
    ("fr", "La coentreprise, détenue conjointement par Velmora et Quistor, produira des "
     "batteries.", (P, "Velmora", "Quistor")),
    # the other members in a relative clause after the leader
    ("en", "The tender was won by a consortium led by Velmora, which includes Quistor and "
     "Kandor.", (P, "Velmora", "Quistor")),
    ("en", "The tender was won by a consortium led by Velmora, which includes Quistor and "
     "Kandor.", (P, "Quistor", "Kandor")),
    ("en", "The tender went to a consortium led by Velmora that also includes Quistor.",
     (P, "Velmora", "Quistor")),
    ("fr", "Le marché a été remporté par le consortium mené par Velmora, qui comprend Quistor "
     "et Kandor.", (P, "Velmora", "Kandor")),
    ("fr", "Le contrat revient au groupement mené par Velmora, qui regroupe aussi Quistor.",
     (P, "Velmora", "Quistor")),
    # "works alongside Y" (with or without a company noun before the name)
    ("en", "On that contract Velmora Group works alongside Saudi contractor Quistor Water & "
     "Power through a joint venture called Zentra.", (P, "Velmora", "Quistor Water & Power")),
    ("en", "Velmora Group has worked alongside Quistor Ltd on the metro since 2021.",
     (P, "Velmora", "Quistor")),
    # the owners after a venture noun opening the sentence (the noun is then no reference)
    ("en", "The joint venture between Velmora and Quistor will build batteries in Ohio.",
     (P, "Velmora", "Quistor")),
    ("en", "The consortium between Velmora Group and Quistor Ltd will build the port.",
     (P, "Velmora", "Quistor")),
    ("fr", "La coentreprise entre Velmora et Quistor produira des batteries.",
     (P, "Velmora", "Quistor")),
    ("en", "The joint venture owned by Velmora and Quistor will build batteries.",
     (P, "Velmora", "Quistor")),
    ("en", "The joint venture, equally owned by Velmora and Quistor, will build batteries.",
     (P, "Velmora", "Quistor")),
    # a place after a purpose verb is no partner: the two subjects are
    ("fr", "Engrais : Velmora et Quistor s'associent pour produire de l'ammoniac au Port-Kandor.",
     (P, "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor ont annoncé la création d'une coentreprise destinée à produire "
     "des engrais près du Port-Kandor.", (P, "Velmora", "Quistor")),
    # a description and a name behind a country's possessive
    ("en", "Velmora Optics makes lasers. The company and Japan's Quistor Components set up a "
     "joint venture in Osaka last year.", (P, "Velmora Optics", "Quistor Components")),
    ("en", "Velmora Optics makes lasers. The group and Germany's Quistor Werke formed a joint "
     "venture to build terminals.", (P, "Velmora Optics", "Quistor Werke")),
]

ABSENT = [
    # talks, hypotheses and denials stay out
    ("en", "Velmora and Quistor are in talks to form a joint venture.", (P, "Velmora", "Quistor")),
    ("en", "Velmora could form a joint venture with Quistor.", (P, "Velmora", "Quistor")),
    ("fr", "Velmora et Quistor sont en discussions pour créer une coentreprise.",
     (P, "Velmora", "Quistor")),
    ("fr", "Un consortium mené par Velmora, qui comprendrait Quistor, pourrait remporter le "
     "marché.", (P, "Velmora", "Quistor")),
    ("en", "Velmora Group no longer works alongside Quistor Ltd.", (P, "Velmora", "Quistor")),
    # a rival of the venture is no partner of its parents
    ("en", "Kandor competes with the venture between Velmora and Quistor.",
     (P, "Kandor", "Velmora")),
    ("fr", "Kandor affronte la coentreprise de Velmora et Quistor.", (P, "Kandor", "Velmora")),
    # the complement of a purpose verb reached through "à" / "au"
    ("fr", "Velmora et Quistor s'associent pour produire de l'ammoniac au Port-Kandor.",
     (P, "Velmora", "Port-Kandor")),
    ("fr", "Velmora s'allie afin de livrer ses engrais à Kandor.", (P, "Velmora", "Kandor")),
    # a relative clause after a name that is no group's leader
    ("en", "Velmora signed a supply deal with Quistor, which includes Kandor as a customer.",
     (P, "Velmora", "Kandor")),
    ("fr", "Velmora a signé un contrat avec Quistor, qui compte Kandor parmi ses clients.",
     (P, "Velmora", "Kandor")),
    # "groupement" naming one company's kind, and a company merely owned by two holders
    ("fr", "Le groupement de coopératives Quistor a racheté Velmora.", (P, "Quistor", "Velmora")),
    ("en", "Zentra, a drone maker owned by Velmora, buys chips from Quistor.",
     (P, "Velmora", "Quistor")),
    # a country's possessive before a name that is no second subject
    ("en", "Velmora Optics makes lasers. The company and Japan's largest bank said nothing "
     "about Quistor Components.", (P, "Velmora Optics", "Quistor Components")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

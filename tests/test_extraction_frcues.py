"""Session 14, French recall: French cue and clause grammar that left a relation between two
resolved names unread (docs/extraction-history.md, "Session 14: French cues and
clauses").

Families in invented sentences (every company here is made up and in no list): a causative
"faire fabriquer" whose subject stands past a relative clause, a hyphenated company noun
before the agent's name ("par le sous-traitant X"), the verb "recapitaliser" in all its forms,
a round a company launches with the subscribers in a relative clause after it, a purchase
under way ('en cours de rachat par X'), trade nouns before a name ('le semencier X'), a second
object past the first one's adjunct ('a racheté X en 2022 puis Y').
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # causative making: the subject past a relative clause, any tense of "faire"
    ("fr", "Korvane, qui emploie 40 personnes, fait fabriquer ses drones par Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane, qui emploie 40 personnes, fera construire ses navires par Quistor, a "
     "indiqué sa directrice.", ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Velmora, dont le siège est à Lyon, faisait assembler ses pompes par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a hyphenated company noun between the agent preposition and the name
    ("fr", "Korvane fait fabriquer ses drones par le sous-traitant suédois Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Les drones de Korvane sont fabriqués par le sous-traitant Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # recapitaliser: active, with a co-investor, passive, participle set off
    ("fr", "Quistor a recapitalisé Korvane en 2024.", ("INVESTS_IN", "Quistor", "Korvane")),
    ("fr", "Quistor recapitalisera sa filiale Korvane l'an prochain.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    ("fr", "Quistor, qui avait recapitalisé Korvane en 2024 aux côtés de Zelbar, détient 32 % "
     "du capital.", ("INVESTS_IN", "Zelbar", "Korvane")),
    ("fr", "Korvane a été recapitalisée par Quistor.", ("INVESTS_IN", "Quistor", "Korvane")),
    ("fr", "Korvane, recapitalisée l'an dernier par Quistor, vend des drones.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    # a round launched by the subject, the subscribers in a relative clause after its amount
    ("fr", "Korvane a lancé une augmentation de capital de 1 milliard d'euros à laquelle a "
     "aussi souscrit l'armateur Zelbar.", ("INVESTS_IN", "Zelbar", "Korvane")),
    ("fr", "Korvane a annoncé une augmentation de capital de 200 millions d'euros, à laquelle "
     "participe Zelbar.", ("INVESTS_IN", "Zelbar", "Korvane")),
    ("fr", "Korvane a finalisé une levée de fonds de 40 millions d'euros, à laquelle ont "
     "participé Zelbar et Tarvo.", ("INVESTS_IN", "Tarvo", "Korvane")),
    # a purchase under way, said of the company bought
    ("fr", "Quistor, en cours de rachat par Zelbar, fabrique des pompes.",
     ("ACQUIRES", "Zelbar", "Quistor")),
    ("fr", "Korvane s'allie au spécialiste de la sécurité Quistor, en cours d'acquisition par "
     "Zelbar pour 3 milliards de dollars.", ("ACQUIRES", "Zelbar", "Quistor")),
    ("fr", "Quistor est en passe d'être racheté par Zelbar.", ("ACQUIRES", "Zelbar", "Quistor")),
    # a trade noun before a name (company kinds the descriptor list lacked): in a coordinated
    # subject, after an agent or object preposition
    ("fr", "Korvane et le semencier Quistor vont créer une coentreprise.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane et le brasseur Quistor, filiale de Zelbar, ont signé un partenariat.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane se fournit auprès du verrier Quistor.", ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane a noué un partenariat avec Quistor, racheté par Zelbar.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Le partenariat formé par Quistor et Zelbar vise la Chine.",
     ("PARTNERS_WITH", "Quistor", "Zelbar")),
    ("fr", "Korvane a conclu un partenariat avec le loueur de wagons Quistor.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Les vins de Korvane sont distribués par le caviste Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # a second object coordinated past the first one's time or amount adjunct
    ("fr", "Korvane a racheté Quistor en 2022 puis Zelbar l'année suivante.",
     ("ACQUIRES", "Korvane", "Zelbar")),
    ("fr", "Korvane a racheté Quistor pour 20 millions d'euros et Zelbar pour 30 millions.",
     ("ACQUIRES", "Korvane", "Zelbar")),
    ("fr", "Korvane fournit Quistor depuis 2020 et Zelbar depuis 2022.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Korvane acquired Quistor in 2022, then Zelbar in 2023.",
     ("ACQUIRES", "Korvane", "Zelbar")),
]

ABSENT = [
    # a company that recapitalises itself, a round joined (not launched) by the subject
    ("fr", "Korvane s'est recapitalisé en 2024 avant de racheter Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane a participé à une augmentation de capital de 1 milliard d'euros, à laquelle "
     "a aussi souscrit Zelbar.", ("INVESTS_IN", "Zelbar", "Korvane")),
    # "fait" as a participle is no causative
    ("fr", "Korvane, qui a été fait chevalier par Zelbar, fabrique des drones.",
     ("SUPPLIES", "Zelbar", "Korvane")),
    # a relative clause's causative verb has the relative's subject
    ("fr", "Korvane achète à Velmora, qui fait fabriquer ses pompes par Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # a trade noun names a company bought, not a supplier
    ("fr", "Korvane a racheté le brasseur Quistor l'an dernier.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # the name after "et" opens a clause of its own, or a list item with its own relative
    ("fr", "Korvane a racheté Quistor en 2022 et Zelbar a racheté Tarvo.",
     ("ACQUIRES", "Korvane", "Zelbar")),
    ("fr", "Korvane a racheté Quistor en 2022 et Zelbar en a profité.",
     ("ACQUIRES", "Korvane", "Zelbar")),
    ("fr", "Les horlogers affrontent Velmora, qui a racheté Quistor en 2023, et Zelbar, qui "
     "ouvre des boutiques.", ("ACQUIRES", "Velmora", "Zelbar")),
    ("en", "Watchmakers face rivals such as Velmora, which bought the retailer Quistor in 2023, "
     "and Zelbar, which has been expanding.", ("ACQUIRES", "Velmora", "Zelbar")),
    # the agent of a participle set off after the partner is no partner
    ("fr", "Korvane a noué un partenariat avec Quistor, racheté par Zelbar.",
     ("PARTNERS_WITH", "Quistor", "Zelbar")),
    ("fr", "Korvane a noué un partenariat avec Quistor, en cours de rachat par Zelbar pour 3 "
     "milliards de dollars.", ("PARTNERS_WITH", "Quistor", "Zelbar")),
    # a company under restructuring is not being bought
    ("fr", "Quistor est en cours de restructuration par Zelbar.",
     ("ACQUIRES", "Zelbar", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

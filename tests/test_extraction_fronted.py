"""Session 17, fronted: a counterparty named before the cue noun ("X a signé avec Y un contrat
de fourniture", "X a signé avec le fabricant de capteurs Y un accord"), and goods made in a
passive or participle clause whose owner is named by a possessive ("its spores are produced
under a long-term contract by Y", "X vend ses modules, produits en Corée du Sud par Y").

Invented companies only (none is in a list), both languages. See docs/extraction-history.md,
"Session 17: a counterparty before the cue noun, goods made by another".
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the verb's object (the deal noun) after its "avec" phrase
    ("fr", "Velmora a signé avec Quistor un contrat de fourniture de turbines.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a signé avec le développeur Quistor Énergies un contrat-cadre portant sur "
     "la fourniture de turbines.", ("SUPPLIES", "Velmora", "Quistor Énergies")),
    # a described partner inside the "avec"/"with" phrase before the deal noun
    ("fr", "Velmora a signé avec le fabricant de capteurs Quistor un accord de coopération "
     "technique.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora signed with sensor maker Quistor a technical cooperation agreement.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # goods made by another under contract: the terms take none of the agent's window
    ("en", "Velmora owns no plant. Its spores are produced under a long-term contract by "
     "Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora owns no plant; its spores are produced under contract by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a participle set off after goods a possessive names
    ("fr", "Velmora vend ses modules, produits en Corée du Sud par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Kandor commercialise ses biosimilaires, aujourd'hui fabriqués par Zelbar.",
     ("SUPPLIES", "Zelbar", "Kandor")),
]

ABSENT = [
    # talks or a possible deal, no signed one
    ("fr", "Velmora pourrait signer avec Quistor un contrat de fourniture.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora discute avec Quistor d'un contrat de fourniture.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora is in talks with Quistor about a distribution agreement.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a relative clause between the name and the noun: no deal noun right after the name
    ("fr", "Velmora a signé avec Quistor, qui fabrique des turbines, un contrat de fourniture.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # no deal noun at all after a described partner
    ("fr", "Velmora a déjeuné avec le fabricant de capteurs Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # a participle of another kind after the possessed goods
    ("fr", "Velmora présente ses modules, primés par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora rachète ses usines, rachetées par Quistor.",
     ("ACQUIRES", "Quistor", "Velmora")),
    # a relative clause of its own, not the set-off participle
    ("en", "Velmora sells its modules, which Kandor says are assembled by Quistor.",
     ("SUPPLIES", "Quistor", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

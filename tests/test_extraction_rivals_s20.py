"""Issue 11, session 20, rivals and partners, third round (COMPETES_WITH, PARTNERS_WITH): a
standing against rivals given with "face à" ("X renforce sa position face à A et B", "X
reste un poids plume / un acteur de niche face aux géants A et B", "X perd du terrain face à
A"), the subject of an infinitive after "permettre à X de" ("le rapprochement permettra à X
de consolider ses positions face à A": X, like "helps X compete"), ground lost or a challenge
stepped up in English ("X has been losing / ceding ground to A and B", "X steps up its
challenge to A"), a rival overtaken ("overtaking A and B"), a rival named after its owner's
possessive ("competes with Kandor's Quistor": Quistor, not Kandor), a phrase opening the
sentence that names rivals ("Face à des rivaux tels que A ou B, X ...", "Facing rivals
such as A and B, X ...": the name after its comma), a rivalry noun whose relative clause
sets its subject against rivals ("le duel qui l'oppose à A et à B": "l'oppose" refuses
nothing, unlike "s'oppose à"), a venture named by its ownership ("a 50-50 venture with
A", "a venture it co-owns with A").
Invented sentences, names in no list. Absent cases keep out: the rivals of one company with
each other, a lawsuit "qui l'oppose à", a refusal with "s'oppose à", "face à" a crisis or
creditors or a customer's demand, a legal challenge, ground lost to imports, a contract
lost, the owner before a possessive rival, a venture only talked about or one sold,
"permettre à X de" where X buys (the buyer is X, not the bank)."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"
P = "PARTNERS_WITH"
S = "SUPPLIES"
A = "ACQUIRES"

_FR_POSITIONS = "Velmora renforce sa position face à Quistor et Brantel dans le Sud."
_FR_PERMET = ("Ce rapprochement permettra à Velmora de consolider ses positions face à "
              "Quistor et à Brantel.")
_FR_PERMET_VERB = "L'accord permet à Velmora de concurrencer Quistor sur les drones."
_FR_PLUME = ("Le loueur Velmora reste un poids plume face aux géants Quistor et Brantel, qui "
             "gèrent chacun 300 avions.")
_FR_NICHE = "Sur les piscines, Velmora reste un acteur de niche face à Quistor et à Brantel."
_FR_TERRAIN = "Velmora perd du terrain face à Quistor sur le marché des drones."
_EN_GROUND = "Velmora has been losing ground to Quistor and Brantel, whose drones sell well."
_EN_CEDING = "Velmora has been ceding ground to Quistor in Spain."
_EN_CHALLENGE = ("Velmora agreed to buy Tarvel as it steps up its challenge to Quistor and "
                 "Brantel.")
_EN_OVERTAKING = ("The merger makes Velmora the largest drone maker by revenue, overtaking "
                  "Quistor and Brantel.")
_EN_POSSESSIVE = "Velmora competes with Kandor's Quistor in drones."
_EN_FIFTY = "Velmora also runs Tarvel Risk, a 50-50 venture with the reinsurer Quistor Re."
_EN_COOWNS = "Velmora runs its festivals through a venture it co-owns with Quistor Live Inc."
_EN_FIFTY_SET_UP = "Velmora set up a 50-50 venture with Quistor to build batteries."
_FR_FRONTED = ("Face à des rivaux tels que Quistor ou Brantel, Velmora compte racheter des "
               "ateliers en Italie.")
_EN_FRONTED = "Facing rivals such as Quistor and Brantel, Velmora cut its prices."
_FR_OPPOSE = ("Velmora, qui exploite douze cliniques, veut intégrer l'imagerie, un maillon "
              "devenu clé dans le duel qui l'oppose à Quistor et à Brantel.")
_FR_OPPOSE_PRIX = "Velmora mise sur l'export dans la guerre des prix qui l'oppose à Quistor."

FOUND = [
    # "face à" after a standing: the company against each rival
    ("fr", _FR_POSITIONS, (C, "Velmora", "Quistor")),
    ("fr", _FR_POSITIONS, (C, "Velmora", "Brantel")),
    ("fr", _FR_PLUME, (C, "Velmora", "Quistor")),
    ("fr", _FR_PLUME, (C, "Velmora", "Brantel")),
    ("fr", _FR_NICHE, (C, "Velmora", "Quistor")),
    ("fr", _FR_NICHE, (C, "Velmora", "Brantel")),
    ("fr", _FR_TERRAIN, (C, "Velmora", "Quistor")),
    # "permettre à X de": X is the infinitive's subject
    ("fr", _FR_PERMET, (C, "Velmora", "Quistor")),
    ("fr", _FR_PERMET, (C, "Velmora", "Brantel")),
    ("fr", _FR_PERMET_VERB, (C, "Velmora", "Quistor")),
    # ground lost, a challenge stepped up, rivals overtaken
    ("en", _EN_GROUND, (C, "Velmora", "Quistor")),
    ("en", _EN_GROUND, (C, "Velmora", "Brantel")),
    ("en", _EN_CEDING, (C, "Velmora", "Quistor")),
    ("en", _EN_CHALLENGE, (C, "Velmora", "Quistor")),
    ("en", _EN_CHALLENGE, (C, "Velmora", "Brantel")),
    ("en", _EN_OVERTAKING, (C, "Velmora", "Quistor")),
    ("en", _EN_OVERTAKING, (C, "Velmora", "Brantel")),
    # the owned company after a possessive is the rival
    ("en", _EN_POSSESSIVE, (C, "Velmora", "Quistor")),
    # a phrase opening the sentence names the rivals of the name after its comma
    ("fr", _FR_FRONTED, (C, "Velmora", "Quistor")),
    ("fr", _FR_FRONTED, (C, "Velmora", "Brantel")),
    ("en", _EN_FRONTED, (C, "Velmora", "Quistor")),
    ("en", _EN_FRONTED, (C, "Velmora", "Brantel")),
    # a rivalry noun whose relative clause sets the subject against rivals ("qui l'oppose
    # à": no refusal, unlike "s'oppose à")
    ("fr", _FR_OPPOSE, (C, "Velmora", "Quistor")),
    ("fr", _FR_OPPOSE, (C, "Velmora", "Brantel")),
    ("fr", _FR_OPPOSE_PRIX, (C, "Velmora", "Quistor")),
    # a venture named by its ownership
    ("en", _EN_FIFTY, (P, "Velmora", "Quistor Re")),
    ("en", _EN_COOWNS, (P, "Velmora", "Quistor Live")),
    ("en", _EN_FIFTY_SET_UP, (P, "Velmora", "Quistor")),
]

ABSENT = [
    # rivals of one company are not rivals of each other
    ("fr", _FR_POSITIONS, (C, "Quistor", "Brantel")),
    ("fr", _FR_PERMET, (C, "Quistor", "Brantel")),
    ("fr", _FR_PLUME, (C, "Quistor", "Brantel")),
    ("fr", _FR_NICHE, (C, "Quistor", "Brantel")),
    ("en", _EN_GROUND, (C, "Quistor", "Brantel")),
    ("en", _EN_CHALLENGE, (C, "Quistor", "Brantel")),
    ("en", _EN_OVERTAKING, (C, "Quistor", "Brantel")),
    ("fr", _FR_FRONTED, (C, "Quistor", "Brantel")),
    ("en", _EN_FRONTED, (C, "Quistor", "Brantel")),
    # a fronted "face à" with no rival noun: a customer's demand, a crisis
    ("fr", "Face à Quistor, qui réclamait une baisse de prix, Velmora a cédé.",
     (C, "Velmora", "Quistor")),
    ("fr", "Face à la crise, Velmora et Quistor ont fusionné.", (C, "Velmora", "Quistor")),
    ("en", "Facing pressure from its customer Quistor, Velmora cut its prices.",
     (C, "Velmora", "Quistor")),
    ("fr", _FR_OPPOSE, (C, "Quistor", "Brantel")),
    ("fr", "Velmora a gagné le litige qui l'oppose à Quistor.", (C, "Velmora", "Quistor")),
    # "s'oppose à" still refuses
    ("fr", "Le fonds Kandor s'oppose à l'alliance entre Velmora et Quistor.",
     (P, "Velmora", "Quistor")),
    ("fr", "Velmora s'oppose au rachat de Quistor par Brantel.", (A, "Brantel", "Quistor")),
    # the deal's other party is no rival
    ("en", _EN_CHALLENGE, (C, "Velmora", "Tarvel")),
    # "face à" no rival
    ("fr", "Velmora veut renforcer sa position face à ses bailleurs Quistor et Brantel.",
     (C, "Velmora", "Quistor")),
    ("fr", "Velmora consolide ses positions face à la crise, avec l'aide de Quistor.",
     (C, "Velmora", "Quistor")),
    ("fr", "Le contrat a été attribué à Velmora, de préférence à Quistor.",
     (C, "Velmora", "Quistor")),
    # "permettre à X de": the enabler is no party of X's act
    ("fr", "La banque Kandor a permis à Velmora de racheter Quistor.", (A, "Kandor", "Quistor")),
    # no rival in the challenge or the lost ground
    ("en", "Velmora filed a legal challenge to Quistor's patent.", (C, "Velmora", "Quistor")),
    ("en", "Velmora is losing ground to cheaper imports sold by Quistor's customers.",
     (C, "Velmora", "Quistor")),
    ("en", "Velmora lost the contract to supply Quistor.", (S, "Velmora", "Quistor")),
    ("en", "Velmora loses the contract to supply Quistor.", (S, "Velmora", "Quistor")),
    # the owner before a possessive rival
    ("en", _EN_POSSESSIVE, (C, "Velmora", "Kandor")),
    # a venture only talked about, or sold
    ("en", "Velmora is in talks with Quistor about a 50-50 venture.", (P, "Velmora", "Quistor")),
    ("en", "Velmora and Quistor could set up a 50-50 venture next year.",
     (P, "Velmora", "Quistor")),
    ("en", "Velmora set up a 50-50 venture last year and later sold it to Quistor.",
     (P, "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

"""Precision on unseen text (session 12): edges that must not come out, with the edge the
sentence does state kept. Invented sentences, names in no list, both languages where the
phenomenon applies."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import check_absent, check_found

# A singular description set off after the LAST member of a list tells of that member only:
# "rivals A, B and C, the X specialist that is controlled by Y" (only C is controlled).
_LIST_EN = ("The deal strengthens Harbin Tools against rivals Qorvex, Dalmira and Tessaro, the "
            "Lyon-based valve specialist that has been controlled by Zentrik Holdings since last "
            "year.")
_LIST_FR = ("L'opération renforce Harbin Tools face à ses concurrents Qorvex, Dalmira et Tessaro, "
            "le spécialiste lyonnais des vannes contrôlé par Zentrik Holdings depuis l'an dernier.")
_LIST_FR_QUI = ("L'opération renforce Harbin Tools face à ses concurrents Qorvex, Dalmira et "
                "Tessaro, le spécialiste lyonnais des vannes qui est contrôlé par Zentrik Holdings "
                "depuis l'an dernier.")
_LIST_EN_A = ("Harbin Tools competes with Qorvex and Tessaro, a valve maker owned by Zentrik "
              "Holdings.")

# The agent of a participle set off after a name belongs to that participle, not to a trigger
# before the name: "un partenariat avec Quistor, la coentreprise fondée par A et B," (A and B
# founded Quistor; they are no partners of Quistor).
_JV_FR = ("Velmar a signé un accord de partenariat avec Quistor, la coentreprise fondée par "
          "Korvane et Zelbar, pour coupler son réacteur.")
_JV_EN = ("Velmar signed a partnership agreement with Quistor, the joint venture set up by "
          "Korvane and Zelbar, to pair its reactor.")

# A phrase opened by the agent preposition right after a verb names the agent, never the direct
# object, however long the description before the name.
_AGENT_EN = ("The main rival is Quistor, which was bought by the Harlan family's holding company "
             "Korvane last year.")
_AGENT_FR = ("Le principal rival est Quistor, qui a été racheté par le holding familial Korvane "
             "l'an dernier.")

# A name glued by a hyphen to a lower-case word modifies the noun after it; it is no direct
# object (English compounds; French writes "de marque X").
_BRANDED = "Velmar, which sells Korvane-branded televisions in its stores, bought Zelbar."

# A relative pronoun object standing for a company: the company changes hands, the buyer is no
# customer of the seller ("Quistor, which Korvane sold to Zelbar"); a product still is sold.
_SOLD_EN = "Velmar has been squeezed by larger rivals Quistor, which Korvane sold to Zelbar."
_SOLD_FR = "Velmar a été évincé par ses rivaux, dont Quistor, que Korvane a vendu à Zelbar."

# A preposition inside a clause set off after the direct object is that clause's: "affronte
# Quistor, que Korvane a vendu à Zelbar" (Velmar's rival is Quistor, not Zelbar).
_CLAUSE_FR = "Velmar affronte Quistor, que Korvane a vendu à Zelbar en avril."
_CLAUSE_EN = "Velmar competes with Quistor, which sells chips to Zelbar."

# A relation that both parties deny later in the sentence is not asserted.
_DENIED_FR = ("Le marché attendait un rapprochement entre Korvane et le laboratoire Quistor, sur "
              "lequel la presse avait spéculé, mais les deux groupes ont démenti toute discussion.")
_DENIED_EN = ("The market had expected a tie-up between Velmar and Quistor, which the press "
              "speculated about, but both groups denied any talks.")

FOUND = [
    ("en", "Velmar signed a partnership with Quistor, and both companies said the deal would "
           "close in May.", ("PARTNERS_WITH", "Velmar", "Quistor")),
    ("fr", _CLAUSE_FR, ("COMPETES_WITH", "Velmar", "Quistor")),
    ("en", _CLAUSE_EN, ("COMPETES_WITH", "Velmar", "Quistor")),
    ("fr", "Velmar livre des rames à Quistor, qui les exploite.",
     ("SUPPLIES", "Velmar", "Quistor")),
    ("en", _SOLD_EN, ("COMPETES_WITH", "Velmar", "Quistor")),
    ("fr", _SOLD_FR, ("COMPETES_WITH", "Velmar", "Quistor")),
    ("en", "Velmar uses the Lynx chip, which Korvane sells to Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", _BRANDED, ("ACQUIRES", "Velmar", "Zelbar")),
    ("en", _AGENT_EN, ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", _AGENT_FR, ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", _JV_FR, ("PARTNERS_WITH", "Velmar", "Quistor")),
    ("fr", _JV_FR, ("PARTNERS_WITH", "Korvane", "Zelbar")),
    ("en", _JV_EN, ("PARTNERS_WITH", "Velmar", "Quistor")),
    ("en", _JV_EN, ("PARTNERS_WITH", "Korvane", "Zelbar")),
    ("en", _LIST_EN, ("ACQUIRES", "Zentrik", "Tessaro")),  # plain control (session 13)
    ("en", _LIST_EN, ("COMPETES_WITH", "Harbin Tools", "Qorvex")),
    ("fr", _LIST_FR, ("INVESTS_IN", "Zentrik", "Tessaro")),
    ("fr", _LIST_FR, ("COMPETES_WITH", "Harbin Tools", "Dalmira")),
    ("fr", _LIST_FR_QUI, ("INVESTS_IN", "Zentrik", "Tessaro")),
    ("en", _LIST_EN_A, ("ACQUIRES", "Zentrik", "Tessaro")),
    # a plural description still tells of every member
    ("en", "Harbin Tools competes with Qorvex and Tessaro, the two valve makers that are "
           "controlled by Zentrik Holdings.", ("ACQUIRES", "Zentrik", "Qorvex")),
    ("en", "Harbin Tools competes with Qorvex and Tessaro, both owned by Zentrik Holdings.",
     ("ACQUIRES", "Zentrik", "Qorvex")),
]

ABSENT = [
    ("fr", _DENIED_FR, ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", _DENIED_EN, ("PARTNERS_WITH", "Velmar", "Quistor")),
    ("fr", _CLAUSE_FR, ("COMPETES_WITH", "Velmar", "Zelbar")),
    ("en", _CLAUSE_EN, ("COMPETES_WITH", "Velmar", "Zelbar")),
    ("en", _SOLD_EN, ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", _SOLD_FR, ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", _BRANDED, ("SUPPLIES", "Velmar", "Korvane")),
    ("en", _AGENT_EN, ("ACQUIRES", "Quistor", "Korvane")),
    ("fr", _AGENT_FR, ("ACQUIRES", "Quistor", "Korvane")),
    ("fr", _JV_FR, ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", _JV_FR, ("PARTNERS_WITH", "Quistor", "Zelbar")),
    ("en", _JV_EN, ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", _LIST_EN, ("INVESTS_IN", "Zentrik", "Qorvex")),
    ("en", _LIST_EN, ("INVESTS_IN", "Zentrik", "Dalmira")),
    ("en", _LIST_EN, ("ACQUIRES", "Zentrik", "Qorvex")),
    ("en", _LIST_EN, ("ACQUIRES", "Zentrik", "Dalmira")),
    ("fr", _LIST_FR, ("INVESTS_IN", "Zentrik", "Qorvex")),
    ("fr", _LIST_FR_QUI, ("INVESTS_IN", "Zentrik", "Dalmira")),
    ("en", _LIST_EN_A, ("INVESTS_IN", "Zentrik", "Qorvex")),
    ("en", _LIST_EN_A, ("ACQUIRES", "Zentrik", "Qorvex")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)

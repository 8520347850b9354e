"""Issue 11, session 14: descriptions resolved to the right company by the region they name.

"la société bretonne", "the Texan company", "le groupe bavarois": a region adjective
(loaders/data/regions.tsv) fits the company the article places in one of the region's cities
("X, basé à Rennes", "X, une PME de Brest", "the Austin, Texas-based X") or that the alias
table bases there, and no longer the previous subject or the company the article first called
by the same noun. A name opening a sentence whose first word ("Maison", "Banque") the
sentence's capital would cut off is the company the article named in full before, not the
subsidiary named on the rest ("Maison Velmora" after "la filiale Velmora Horlogerie"). Every
company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_HOUSE_FR = ("Le fonds Drevalis Capital entre au capital de Maison Velmora, joaillier lyonnais. "
             "À Besançon, la filiale Velmora Horlogerie Fine assemble des montres. Maison "
             "Velmora a par ailleurs signé un partenariat avec Korvane. Côté joaillerie, la "
             "maison s'approvisionne en or auprès de l'affineur Quistor.")
_BANK_FR = ("Le fonds Drevalis Capital entre au capital de Banque Ormanta. Sa filiale Ormanta "
            "Leasing Services loue des camions. Banque Ormanta a signé un partenariat avec "
            "Korvane.")
_BANK_EN = ("Tarvo Capital bought a stake in Casa Ormanta. Its unit Ormanta Leasing Services "
            "rents trucks. Casa Ormanta signed a partnership with Korvane.")

_STATE_EN = ("Quistor, a drugmaker based in Chicago, agreed to license a drug from Velmora, which "
             "is based in Princeton. The New Jersey-based company also competes with Korvane.")
_COLORADO_EN = ("Quistor, based in Boston, signed a deal with Velmora, a Denver company. The "
                "Colorado-based firm competes with Korvane.")

FOUND = [
    # a French region adjective after the noun; the company placed by "basé à" / "de <city>"
    ("fr", "Le lyonnais Zelbar a racheté Tarvane, basé à Rennes. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Tarvane", "Korvane")),
    ("fr", "Le groupe parisien Velmora prend 20 % de Quistor, une PME de Brest. La société "
     "bretonne est en concurrence avec Korvane.", ("COMPETES_WITH", "Quistor", "Korvane")),
    ("fr", "Le toulousain Drevalis s'est allié à Ormanta, une société de Munich. Le groupe "
     "bavarois affronte aussi Korvane.", ("COMPETES_WITH", "Ormanta", "Korvane")),
    # an English region adjective; the company placed by a "City, Region-based" compound or
    # "based in"
    ("en", "Velmora, a Chicago company, agreed to buy Quistor, an Austin, Texas-based maker of "
     "sensors. The Texan company competes with Korvane.", ("COMPETES_WITH", "Quistor", "Korvane")),
    ("en", "Zelbar, a Lyon company, signed a deal with Ormanta, which is based in Munich. The "
     "Bavarian company competes with Korvane.", ("COMPETES_WITH", "Ormanta", "Korvane")),
    # a state as the place of "X-based"; a company placed by "based in" or "a <city> company"
    ("en", _STATE_EN, ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", _COLORADO_EN, ("COMPETES_WITH", "Velmora", "Korvane")),
    # a full name opening a sentence, after a subsidiary named on its second word
    ("fr", _HOUSE_FR, ("SUPPLIES", "Quistor", "Maison Velmora")),
    ("fr", _BANK_FR, ("PARTNERS_WITH", "Banque Ormanta", "Korvane")),
    ("en", _BANK_EN, ("PARTNERS_WITH", "Casa Ormanta", "Korvane")),
]

ABSENT = [
    # the previous subject, the company first called by the same noun, is not the region's
    ("fr", "Le lyonnais Zelbar a racheté Tarvane, basé à Rennes. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Zelbar", "Korvane")),
    ("en", "Velmora, a Chicago company, agreed to buy Quistor, an Austin, Texas-based maker of "
     "sensors. The Texan company competes with Korvane.", ("COMPETES_WITH", "Velmora", "Korvane")),
    # near miss: the region is the other company's, the one placed elsewhere stays out
    ("fr", "Le breton Zelbar a racheté Tarvane, basé à Lyon. La PME bretonne affronte "
     "l'allemand Korvane.", ("COMPETES_WITH", "Tarvane", "Korvane")),
    ("en", "Quistor, a Houston company, agreed to buy Velmora, which is based in Boston. The "
     "Texan company competes with Korvane.", ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", _STATE_EN, ("COMPETES_WITH", "Quistor", "Korvane")),
    ("en", _COLORADO_EN, ("COMPETES_WITH", "Quistor", "Korvane")),
    ("fr", _HOUSE_FR, ("SUPPLIES", "Quistor", "Velmora Horlogerie Fine")),
    ("fr", _HOUSE_FR, ("PARTNERS_WITH", "Velmora Horlogerie Fine", "Korvane")),
    ("fr", _BANK_FR, ("PARTNERS_WITH", "Ormanta Leasing Services", "Korvane")),
    ("en", _BANK_EN, ("PARTNERS_WITH", "Ormanta Leasing Services", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

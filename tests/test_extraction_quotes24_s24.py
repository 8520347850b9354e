"""Session 24, quotes24 (EXECUTIVE_OF through speakers): a company named after a place's
possessive inside a governed phrase ("talks with Norway's Y", "a loan from Germany's Y") is
not the employer of a speaker with a bare title, as when no possessive stands between; a
description in a speaker's title ("directrice industrielle du groupe", "operations director
of the group") that the reference layer resolved to a company this sentence names only as
the object of such a preposition ("fournie par l'italien Y", "un partenariat avec Y") gives
the company the article is about; a bare title closing an attribution whose first
organisation is a named holder, customer or partner of the article's company, which the
sentence also names or describes after it ("O, which owns 20% of X, backed the deal, finance
director P said", "O has signed an agreement with the company, CFO P told analysts"), gives
the article's company, not the first organisation (unless that one is itself a description,
or the article's company is only its source, after "from", "by", "par").
An English "director of" + a lower-case business area is a title, as "directeur des" is
("O's director of digital channels", "director of procurement at O").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Zentrix Labs makes rebreathers in Plymouth. Zentrix sells to navies in Europe.\n\n"
_FR = "Zentrix fabrique des parapluies à Aurillac. Zentrix emploie 300 personnes.\n\n"
_ENX = ("EXECUTIVE_OF", "Ada Morel", "Zentrix Labs")
_FRX = ("EXECUTIVE_OF", "Ada Morel", "Zentrix")

FOUND = [
    # a place's possessive inside a governed phrase: the speaker's company is the article's
    ("en", _EN + "Talks with Norway's Quistor Gaming about a similar contract have stalled, "
     "Chief Financial Officer Ada Morel told analysts on a call.", _ENX),
    ("en", _EN + "The plant was financed with a loan from South Korea's Velmora Bank, chief "
     "financial officer Ada Morel said.", _ENX),
    # a description in a speaker's title resolved to a supplier or a partner in a phrase
    ("fr", _FR + "L'usine sera équipée d'une ligne de découpe fournie par l'italien Quistor "
     "Macchine, a précisé Ada Morel, directrice industrielle du groupe.", _FRX),
    ("fr", _FR + "Un partenariat avec le circuit Velmora Tour n'est « pas à l'ordre du jour », "
     "a indiqué Ada Morel, directrice financière du fabricant.", _FRX),
    ("en", _EN + "The line will be fitted with cutting machines supplied by Italy's Quistor "
     "Macchine, said Ada Morel, operations director of the group.", _ENX),
    # a named holder or partner first, the article's company named or described after it
    ("en", _EN + "Buyout firm Quistor Partners, which owns about 20% of Zentrix, backed the "
     "transaction, finance director Ada Morel said on a call.", _ENX),
    ("en", _EN + "Velmora Airlines has signed a marketing agreement with the company to sell "
     "diving holidays, chief financial officer Ada Morel told analysts on Tuesday.", _ENX),
    ("fr", _FR + "Le fonds régional Quistor Participations, entré au capital de Zentrix en 2023 "
     "avec 18 %, suivra l'augmentation de capital, a indiqué Ada Morel, présidente du conseil "
     "de surveillance.", _FRX),
    # "director of" + a business area
    ("en", _EN + "\"We wanted a vendor that knows the rules,\" Ada Morel, Velmora Gaming's "
     "director of digital channels, said in a statement.",
     ("EXECUTIVE_OF", "Ada Morel", "Velmora Gaming")),
    ("en", _EN + "\"We wanted a vendor that knows the rules,\" said Ada Morel, director of "
     "procurement at Velmora Gaming.", ("EXECUTIVE_OF", "Ada Morel", "Velmora Gaming")),
    # near shapes that keep their company
    ("en", _EN + "Velmora Airlines has signed a marketing agreement with Korvane to sell diving "
     "holidays, chief financial officer Ada Morel told analysts on Tuesday.",
     ("EXECUTIVE_OF", "Ada Morel", "Velmora Airlines")),
    ("fr", _FR + "Le fonds régional Quistor Participations suivra l'augmentation de capital de "
     "Korvane, a indiqué Ada Morel, présidente du conseil de surveillance.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Participations")),
    ("en", _EN + "The company, which sells to navies, will fold the unit into its export arm, "
     "Velmora Trading, chief executive Ada Morel said.", _ENX),
    # the article's company only as the source of the first organisation's dealings
    ("en", _EN + "Korvane, a Dutch boat builder that buys most of its regulators from Zentrix, "
     "does not expect the deal to affect prices, procurement director Ada Morel said.",
     ("EXECUTIVE_OF", "Ada Morel", "Korvane")),
    ("en", _EN + "Norway's Quistor Gaming signed a similar contract last year, Chief Financial "
     "Officer Ada Morel told analysts on a call.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Gaming")),
    ("fr", _FR + "Quistor Macchine livrera la ligne de découpe en mars, a précisé Ada Morel, "
     "directrice industrielle du groupe italien.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Macchine")),
]

ABSENT = [
    ("en", _EN + "Talks with Norway's Quistor Gaming about a similar contract have stalled, "
     "Chief Financial Officer Ada Morel told analysts on a call.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Gaming")),
    ("en", _EN + "The plant was financed with a loan from South Korea's Velmora Bank, chief "
     "financial officer Ada Morel said.", ("EXECUTIVE_OF", "Ada Morel", "Velmora Bank")),
    ("fr", _FR + "L'usine sera équipée d'une ligne de découpe fournie par l'italien Quistor "
     "Macchine, a précisé Ada Morel, directrice industrielle du groupe.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Macchine")),
    ("fr", _FR + "Un partenariat avec le circuit Velmora Tour n'est « pas à l'ordre du jour », "
     "a indiqué Ada Morel, directrice financière du fabricant.",
     ("EXECUTIVE_OF", "Ada Morel", "Velmora Tour")),
    ("en", _EN + "The line will be fitted with cutting machines supplied by Italy's Quistor "
     "Macchine, said Ada Morel, operations director of the group.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Macchine")),
    ("en", _EN + "Buyout firm Quistor Partners, which owns about 20% of Zentrix, backed the "
     "transaction, finance director Ada Morel said on a call.",
     ("EXECUTIVE_OF", "Ada Morel", "Quistor Partners")),
    ("en", _EN + "Velmora Airlines has signed a marketing agreement with the company to sell "
     "diving holidays, chief financial officer Ada Morel told analysts on Tuesday.",
     ("EXECUTIVE_OF", "Ada Morel", "Velmora Airlines")),
    ("fr", _FR + "Le fonds régional Quistor Participations, entré au capital de Zentrix en 2023 "
     "avec 18 %, suivra l'augmentation de capital, a indiqué Ada Morel, présidente du conseil "
     "de surveillance.", ("EXECUTIVE_OF", "Ada Morel", "Quistor Participations")),
    ("en", _EN + "Velmora Airlines has signed a marketing agreement with Korvane to sell diving "
     "holidays, chief financial officer Ada Morel told analysts on Tuesday.", _ENX),
    ("en", _EN + "The company, which sells to navies, will fold the unit into its export arm, "
     "Velmora Trading, chief executive Ada Morel said.",
     ("EXECUTIVE_OF", "Ada Morel", "Velmora Trading")),
    ("en", _EN + "Korvane, a Dutch boat builder that buys most of its regulators from Zentrix, "
     "does not expect the deal to affect prices, procurement director Ada Morel said.", _ENX),
    ("en", _EN + "Ada Morel, a former director of studies at Velmora University, joined the "
     "board.", ("EXECUTIVE_OF", "Ada Morel", "Velmora University")),
    ("en", _EN + "Ada Morel, director of the Velmora Festival, praised the boats.",
     ("EXECUTIVE_OF", "Ada Morel", "Zentrix Labs")),
    # the subject is the employer it describes: no company of the article is given instead
    ("fr", _FR + "Quistor Macchine livrera la ligne de découpe en mars, a précisé Ada Morel, "
     "directrice industrielle du groupe italien.", _FRX),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

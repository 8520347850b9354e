"""Session 23, REPORTED_BY second round (roles9): filings named "a Form D" or "a notification"
filed with a body, French accounts "déposés auprès d'X" or "publiés sur X"; a rating agency
cited with a relative clause that rates ("according to X, which rates the company's debt B",
"selon X, qui a abaissé la note") or through its ratings note; a body's own text in its
relative clause ("X, whose merger notice says", "X, dont l'avis publié mardi sur son site
précise", "X, qui a publié sa décision sur son site"). Invented names only; near misses (an
adviser's relative, a text still to come, a company's own report in its relative) stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR = "Quistor rachète Velmora, un fabricant lyonnais de lasers. "
_EN = "Quistor is buying Velmora, a maker of lasers. "
_AKC = ("REPORTED_BY", "ARTICLE", "Autorité kandorienne de la concurrence")
_KCA = ("REPORTED_BY", "ARTICLE", "Kandor Competition Authority")
_ZR = ("REPORTED_BY", "ARTICLE", "Zentrix Ratings")

FOUND = [
    # filings: a Form D, a notification; French accounts lodged with or published on a body
    ("en", _EN + "Velmora sold shares to 11 investors, according to a Form D filed with the "
     "Kandor Securities Commission.",
     ("REPORTED_BY", "ARTICLE", "Kandor Securities Commission")),
    ("en", _EN + "Quistor will keep 30% of the business, according to a notification filed with "
     "Portugal's competition watchdog KCW.", ("REPORTED_BY", "ARTICLE", "KCW")),
    ("fr", _FR + "D'après ses comptes déposés auprès d'Orbigreffe, Velmora a réalisé 3 millions "
     "d'euros de chiffre d'affaires.", ("REPORTED_BY", "ARTICLE", "Orbigreffe")),
    ("fr", _FR + "Velmora a réalisé 3 millions d'euros de chiffre d'affaires, selon les comptes "
     "publiés sur Orbigreffe.", ("REPORTED_BY", "ARTICLE", "Orbigreffe")),
    # a rating agency with a relative that rates, or its ratings note
    ("en", _EN + "Velmora generated revenue of $3 million in 2024, according to Zentrix Ratings, "
     "which rates the company's debt B.", _ZR),
    ("en", _EN + "Velmora generated revenue of $3 million in 2024, according to Zentrix Ratings, "
     "which last week affirmed the company's B rating.", _ZR),
    ("en", _EN + "The loan was arranged by Banq Orrel, according to a ratings note from Zentrix "
     "Ratings, which affirmed the company's rating.", _ZR),
    ("fr", _FR + "Velmora a réalisé 3 millions d'euros de chiffre d'affaires, selon Zentrix "
     "Notation, qui a abaissé la note de la société en mai.",
     ("REPORTED_BY", "ARTICLE", "Zentrix Notation")),
    # a body's own text in its relative clause
    ("fr", _FR + "L'opération a été notifiée à l'Autorité kandorienne de la concurrence, dont "
     "l'avis publié mardi sur son site précise que Velmora pèse 9 % du marché.", _AKC),
    ("fr", _FR + "L'opération a été autorisée le 22 mai par l'Autorité kandorienne de la "
     "concurrence, qui a publié sa décision sur son site.", _AKC),
    ("en", _EN + "The deal is expected to close after a review by the Kandor Competition "
     "Authority, whose merger notice says the two groups overlap only marginally.", _KCA),
    ("en", _EN + "The deal was cleared by the Kandor Competition Authority, which published its "
     "decision on its website.", _KCA),
]

ABSENT = [
    # an adviser's relative after "according to X": X speaks, no citation
    ("en", _EN + "Velmora generated revenue of $3 million in 2024, according to Zentrix Partners, "
     "which advises the seller.", ("REPORTED_BY", "ARTICLE", "Zentrix Partners")),
    ("fr", _FR + "Velmora a réalisé 3 millions d'euros de chiffre d'affaires, selon Zentrix "
     "Conseil, qui conseille le vendeur.", ("REPORTED_BY", "ARTICLE", "Zentrix Conseil")),
    # a body's text still to come
    ("fr", _FR + "L'opération a été notifiée à l'Autorité kandorienne de la concurrence, dont la "
     "décision est attendue en mai.", _AKC),
    ("fr", _FR + "L'opération a été notifiée à l'Autorité kandorienne de la concurrence, qui "
     "publiera sa décision en mai.", _AKC),
    ("en", _EN + "The deal needs approval from the Kandor Competition Authority, whose decision "
     "is expected in May.", _KCA),
    ("en", _EN + "The deal needs approval from the Kandor Competition Authority, which will "
     "publish its decision in May.", _KCA),
    # a company's own report in its relative: no body, no citation
    ("en", _EN + "Velmora, whose annual report says sales rose, employs 300 people.",
     ("REPORTED_BY", "ARTICLE", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

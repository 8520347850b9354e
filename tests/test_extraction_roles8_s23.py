"""Session 23, EXECUTIVE_OF and REPORTED_BY (roles8): a public body's data or report cites it
("selon les derniers chiffres publiés par l'Autorité X", "d'après le dernier baromètre de
l'Autorité X", "according to figures from the X Authority (ACR)", "Un rapport de
l'Inspection X (ACR) a pointé ...", "a report from the X Authority published in April
found"); a regulator referred back to after a field word or named before its website ("according
to a notice on the competition authority's website", "in the cartel office's merger
database", "sur le site du régulateur", "on the X Authority's website"); French bodies named
"Délégation à la X" and "Agence pour la X"; a bare title set off after the name that opens its
sentence ("P, directrice financière, table sur ...") takes the organisation the previous
sentence opened with; an outlet's pluperfect report ("X avait indiqué en novembre que"), its
estimate after an adverb ("X earlier put the value at") or after its own relative clause ("X,
qui a révélé l'opération, l'évalue à"), and a deal an outlet broke in an object relative ("the
purchase, which X broke on Tuesday"); "directrice associée chez O" and "managing executive
officer at O" as titles. Invented names only; near misses (data a company sells,
a company's own website, a company's report in a relative, a former or coordinated bare title,
a bare title with no leading organisation before it, a second regulator in the sentence) stay
out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR = "Quistor rachète Velmora, un fabricant lyonnais de lasers. "
_EN = "Quistor is buying Velmora, a maker of lasers. "
_AKJ = ("REPORTED_BY", "ARTICLE", "Autorité kandorienne des jeux")
_KTA = ("REPORTED_BY", "ARTICLE", "Kandor Transport Authority")
_KCA = ("REPORTED_BY", "ARTICLE", "Kandor Competition Authority")
_ANNE_V = ("EXECUTIVE_OF", "Anne Pellard", "Velmora")
_ANNE_Q = ("EXECUTIVE_OF", "Anne Pellard", "Quistor")
_TOM_V = ("EXECUTIVE_OF", "Tom Garrow", "Velmora")
_PAUL_V = ("EXECUTIVE_OF", "Paul Ardouin", "Velmora")

FOUND = [
    # a body's data or report, with adjectives, a participle, an acronym, a finding's verb
    ("fr", _FR + "Velmora revendique 9 % du marché, selon les derniers chiffres publiés par "
     "l'Autorité kandorienne des jeux (AKJ).", _AKJ),
    ("fr", _FR + "D'après le dernier baromètre de l'Autorité kandorienne des jeux, 18 % des "
     "joueurs misent chaque semaine.", _AKJ),
    ("fr", _FR + "Un rapport de l'Inspection kandorienne des affaires sociales (IKAS) a pointé "
     "en 2023 des écarts de qualité.",
     ("REPORTED_BY", "ARTICLE", "Inspection kandorienne des affaires sociales")),
    ("fr", _FR + "Le secteur reste sous surveillance : un rapport de l'Autorité kandorienne des "
     "jeux publié en avril a relevé des écarts.", _AKJ),
    ("fr", _FR + "D'après les chiffres publiés par la Délégation à la sécurité fluviale, le délai "
     "dépasse 60 jours.", ("REPORTED_BY", "ARTICLE", "Délégation à la sécurité fluviale")),
    ("en", _EN + "Nearly half of candidates failed the test last year, according to figures "
     "from the Kandor Transport Authority (KTA).", _KTA),
    ("en", _EN + "According to the latest figures from the Kandor Transport Authority, nearly "
     "half of candidates failed.", _KTA),
    ("en", _EN + "A report from the Kandor Transport Authority published in April found that "
     "delays had doubled.", _KTA),
    ("en", _EN + "Statistics from the Kandor Transport Authority show that delays had doubled.",
     _KTA),
    # a regulator referred back to, or named before its website
    ("en", _EN + "The Kandor Competition Authority cleared the purchase last week, according "
     "to a notice on the competition authority's website, and the deal will close soon.", _KCA),
    ("en", _EN + "The deal was notified to the Kandor Competition Authority last week, "
     "according to the competition authority's website.", _KCA),
    ("en", _EN + "The deal has been cleared by the Kandor Competition Authority, according to "
     "a notice in the authority's merger database.", _KCA),
    ("en", _EN + "The Kandor Competition Authority cleared the deal last week, according to a "
     "notice on the Kandor Competition Authority's website.", _KCA),
    ("fr", _FR + "L'opération doit encore recevoir le feu vert de l'Autorité kandorienne de la "
     "concurrence, selon un avis publié mercredi sur le site du régulateur.",
     ("REPORTED_BY", "ARTICLE", "Autorité kandorienne de la concurrence")),
    # an outlet's pluperfect report, its estimate after an adverb or its own relative, the
    # object of an outlet's report in a relative
    ("fr", _FR + "Le quotidien Le Petit Kandorien avait indiqué en novembre que des discussions "
     "avaient été ouvertes avec Zentrix.", ("REPORTED_BY", "ARTICLE", "Le Petit Kandorien")),
    ("fr", _FR + "Le montant n'a pas été communiqué, mais le site Kandor Matin, qui a révélé "
     "l'opération, l'évalue à une douzaine de millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Kandor Matin")),
    ("en", _EN + "Terms were not disclosed, but the Kandor Evening Post earlier put the value at "
     "about 310 million dollars.", ("REPORTED_BY", "ARTICLE", "Kandor Evening Post")),
    ("en", _EN + "The purchase, which the Kandor Evening Post broke on Tuesday evening, is the "
     "largest in its history.", ("REPORTED_BY", "ARTICLE", "Kandor Evening Post")),
    # "directrice associée chez O", "managing executive officer at O"
    ("fr", _FR + "« Velmora a prouvé son procédé », a commenté Anne Pellard, directrice associée "
     "chez Zentrix.", ("EXECUTIVE_OF", "Anne Pellard", "Zentrix")),
    ("en", _EN + "Tom Garrow, managing executive officer at Zentrix, said in a statement that the "
     "deal was sound.", ("EXECUTIVE_OF", "Tom Garrow", "Zentrix")),
    # a bare title set off after the name opening its sentence
    ("fr", _FR + "Le groupe consacrera 9 millions d'euros à son usine. Anne Pellard, directrice "
     "générale déléguée chargée de l'industrie, pilotera l'intégration de Velmora.", _ANNE_Q),
    ("fr", _FR + "Velmora emploie 300 personnes. Paul Ardouin, le directeur financier, table sur "
     "un chiffre d'affaires de 80 millions.", _PAUL_V),
    ("en", _EN + "Velmora employs 300 people. Tom Garrow, the finance director, said financing "
     "would remain in place.", _TOM_V),
]

ABSENT = [
    # data a company sells or commissions, a company's own website
    ("en", _EN + "Velmora sells figures from the Kandor Transport Authority to banks.", _KTA),
    ("fr", _FR + "Velmora a commandé un rapport de l'Autorité kandorienne des jeux sur le "
     "marché.", _AKJ),
    ("en", _EN + "Velmora grew fast, according to a notice on Zentrix's website.",
     ("REPORTED_BY", "ARTICLE", "Zentrix")),
    # "associée de O" is a business partner's word, not a title
    ("fr", _FR + "Anne Pellard, associée de Zentrix, siégera au conseil.",
     ("EXECUTIVE_OF", "Anne Pellard", "Zentrix")),
    # a company's report in an object relative is no outlet's
    ("en", _EN + "The purchase, which Zentrix reported on Tuesday, is the largest in its "
     "history.", ("REPORTED_BY", "ARTICLE", "Zentrix")),
    # two regulators: the one referred back to is not known
    ("en", _EN + "The Kandor Competition Authority and the Marvik Trade Commission cleared the "
     "deal, according to a notice on the competition authority's website.", _KCA),
    # a former or coordinated bare title; no leading organisation in the sentence before
    ("fr", _FR + "Velmora emploie 300 personnes. Paul Ardouin, l'ancien directeur financier, a "
     "quitté le groupe.", _PAUL_V),
    ("fr", _FR + "Velmora emploie 300 personnes. Paul Ardouin, directeur financier, et Anne "
     "Pellard ont signé.", _PAUL_V),
    ("en", _EN + "Sales rose by a tenth last year. Tom Garrow, the finance director, said "
     "financing would remain in place.", _TOM_V),
    ("en", _EN + "Velmora employs 300 people. Tom Garrow, a former finance director, said "
     "financing would remain in place.", _TOM_V),
    ("fr", _FR + "Les ventes ont progressé. Anne Pellard, directrice financière, table sur 80 "
     "millions.", _ANNE_V),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

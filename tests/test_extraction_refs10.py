"""Issue 11, session 19, refs10: a role's or a deal's company given only by a description
("le président de la coopérative", "The fund's managing partner", "le réseau s'approvisionne
...").

- a French apposition whose noun is followed by an adjective ("Zorvane, une coopérative
  laitière,") teaches the article that noun, so "la coopérative" later goes to Zorvane, not to
  the buyer that leads the sentence before;
- a fund's description ("the fund", "le fonds") goes to the one company of the window that is a
  fund, not to the article's main company it invests in;
- "le réseau", "le groupement" opening a clause are descriptions of a company; "au réseau", "du
  réseau" (the grid, a network's department) are not.

Every company here is invented and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the noun of an apposition with an adjective after it
    ("fr", "Kandor Holding a racheté Zorvane, une coopérative laitière. Le président de la "
     "coopérative, Yves Morel, a salué l'accord.", ("EXECUTIVE_OF", "Yves Morel", "Zorvane")),
    ("fr", "Kandor Holding a racheté Zorvane, une coopérative laitière bretonne, en 2023. Le "
     "président de la coopérative, Yves Morel, a salué l'accord.",
     ("EXECUTIVE_OF", "Yves Morel", "Zorvane")),
    ("fr", "Kandor Holding a racheté Zorvane, une mutuelle agricole. La directrice générale de "
     "la mutuelle, Anne Morel, a salué l'accord.", ("EXECUTIVE_OF", "Anne Morel", "Zorvane")),
    # a fund's description after a sentence another company leads
    ("en", "Zorvane said Velmora Capital would invest 40 million euros in it. The fund's "
     "managing partner, Karl Brenner, said the deal was patient money.",
     ("EXECUTIVE_OF", "Karl Brenner", "Velmora Capital")),
    ("en", "Zorvane agreed to a 40 million euro investment from Velmora Equity Partners, which "
     "will take a 24.9% stake. The fund's managing partner, Karl Brenner, said the deal was "
     "patient money.", ("EXECUTIVE_OF", "Karl Brenner", "Velmora Equity Partners")),
    ("fr", "Zorvane a annoncé que Velmora Capital investirait 40 millions d'euros. L'associé "
     "gérant du fonds, Karl Brenner, a salué l'accord.",
     ("EXECUTIVE_OF", "Karl Brenner", "Velmora Capital")),
    # "le réseau", "le groupement" opening a clause
    ("fr", "Zorvane, un réseau de cliniques, investit 40 millions d'euros. Pour ses implants, le "
     "réseau s'approvisionne auprès de Kandor.", ("SUPPLIES", "Kandor", "Zorvane")),
    ("fr", "Zorvane, un groupement de pharmaciens, investit 40 millions d'euros. Le groupement "
     "achète ses médicaments à Kandor.", ("SUPPLIES", "Kandor", "Zorvane")),
]

ABSENT = [
    # the buyer is not the cooperative's
    ("fr", "Kandor Holding a racheté Zorvane, une coopérative laitière. Le président de la "
     "coopérative, Yves Morel, a salué l'accord.", ("EXECUTIVE_OF", "Yves Morel", "Kandor")),
    # the company a fund invests in is not the fund
    ("en", "Zorvane said Velmora Capital would invest 40 million euros in it. The fund's "
     "managing partner, Karl Brenner, said the deal was patient money.",
     ("EXECUTIVE_OF", "Karl Brenner", "Zorvane")),
    # near misses: the company's own officer stays the company's
    ("en", "Zorvane, a drone maker, said Kandor Capital would invest in it. The company's chief "
     "executive, Karl Brenner, said the deal was patient money.",
     ("EXECUTIVE_OF", "Karl Brenner", "Kandor Capital")),
    ("fr", "Zorvane a annoncé que Velmora Capital investirait 40 millions d'euros. Le directeur "
     "général de la société, Karl Brenner, a salué l'accord.",
     ("EXECUTIVE_OF", "Karl Brenner", "Velmora Capital")),
    # the grid and a network's equipment are no company
    ("fr", "Kandor a mis en service un parc solaire près de Zorvane. Kandor vend son électricité "
     "au réseau.", ("SUPPLIES", "Kandor", "Zorvane")),
    ("fr", "Zorvane, un opérateur de fibre, investit. Kandor fournit les équipements du réseau.",
     ("SUPPLIES", "Kandor", "Zorvane")),
    ("fr", "Zorvane, un opérateur de fibre, investit 40 millions. Selon Kandor, le réseau de "
     "fibre couvrira 90 % du pays.", ("SUPPLIES", "Kandor", "Zorvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

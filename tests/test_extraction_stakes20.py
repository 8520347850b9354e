"""Session 20, INVESTS_IN and ACQUIRES, third round: the holders of one company named by a
list ("Y's other large shareholders include A and B", "Other shareholders in Y include A and
B", "Y's main shareholders — A, B and C — backed ..."), a list member behind its country's
possessive ("A, Chile's B and C").

Invented sentences, both languages where the shape exists in both; every company here is made
up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # qualifiers between the possessor and the holders' noun
    ("en", "Velmora's other large shareholders include Norway's Kandor Pension Fund and US "
     "asset manager Quistor Group, according to filings.",
     ("INVESTS_IN", "Kandor Pension Fund", "Velmora")),
    ("en", "Velmora's other large shareholders include Norway's Kandor Pension Fund and US "
     "asset manager Quistor Group, according to filings.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # a sentence opened by "Other shareholders in Y include"
    ("en", "Velmora makes pumps. Other shareholders in Velmora include Kandor and Quistor.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora makes pumps. Other shareholders in the company include Kandor Partners and "
     "Quistor.", ("INVESTS_IN", "Kandor Partners", "Velmora")),
    # a list set off by dashes
    ("en", "Velmora makes pumps. The company's main shareholders — Kandor Holding and Quistor "
     "— backed the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora makes pumps. Its main shareholder — Kandor Holding — backed the plan.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora fabrique des pompes. Ses principaux actionnaires — Kandor Holding et "
     "Quistor — ont soutenu le projet.", ("INVESTS_IN", "Quistor", "Velmora")),
    # a member behind its country's possessive stays in the list
    ("en", "Velmora makes pumps. The company's main shareholders — Kandor Holding, Chile's "
     "Quistor and Zelbar Investment Authority — backed the plan.",
     ("INVESTS_IN", "Zelbar Investment Authority", "Velmora")),
    ("en", "Velmora's shareholders include Kandor Holding, Chile's Quistor and Zelbar "
     "Investment Authority.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora's shareholders include Kandor Holding, Chile's Quistor and Zelbar "
     "Investment Authority.", ("INVESTS_IN", "Zelbar Investment Authority", "Velmora")),
]

ABSENT = [
    # "other" holders that are not one company's list
    ("en", "Velmora makes pumps. Other shareholders such as Kandor sold their shares in "
     "Quistor.", ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Velmora makes pumps. Other large shareholders in Quistor backed the plan, while "
     "Kandor abstained.", ("INVESTS_IN", "Kandor", "Quistor")),
    # a customer list set off by dashes is no stake
    ("en", "Velmora makes pumps. Its largest customers — Kandor Holding and Quistor — backed "
     "the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
    # a lender set off by dashes is no shareholder
    ("en", "Velmora makes pumps. Its main lender — Kandor Bank — backed the plan.",
     ("INVESTS_IN", "Kandor Bank", "Velmora")),
    # a dash that does not close on the name: a clause
    ("en", "Velmora makes pumps. Its largest shareholder — Kandor Holding, which bought in "
     "2019 from Quistor — backed the plan.", ("INVESTS_IN", "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

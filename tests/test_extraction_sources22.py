"""Session 21, seventh REPORTED_BY round: a company's filing named by the exchange it was
filed on. Invented sentences, exchanges and companies in no list.

Family: "according to a regulatory filing on the X Stock Exchange", "in a securities filing
on the X Exchange": the exchange is the source (the filing's name), not the bare words
"regulatory filing". Near misses: shares listed on an exchange (no document), a filing on a
day (no name: the filing itself stays the source), an exchange that is a party of the deal.

Family 2 (precision, a bare title's company): the town after "told reporters / analysts /
journalists in", "a déclaré à la presse à", "a indiqué aux journalistes à" is where the speaker
spoke, never the company of the speaker's title. The title still takes a company the sentence
names.

Family 3: "selon un rapport de / du X", "d'après un rapport du cabinet X" (like "selon une
étude de X"): the firm or body behind the report is cited. A report a company publishes on
another is not a source.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    ("en", "Velmora agreed to buy Quistor for $40 million, according to a regulatory filing "
     "on the Kandor Stock Exchange.", (_R, "ARTICLE", "Kandor Stock Exchange")),
    ("en", "Velmora holds a 30% stake in Quistor, according to a securities filing on the "
     "Tarvik Exchange.", (_R, "ARTICLE", "Tarvik Exchange")),
    ("en", "Velmora agreed to buy Quistor, according to a regulatory filing on Monday.",
     (_R, "ARTICLE", "regulatory filing")),
    ("en", "Velmora will buy the Kandor Stock Exchange, according to a regulatory filing.",
     ("ACQUIRES", "Velmora", "Kandor Stock Exchange")),
    # family 2
    ("en", "Ann Tolberg, the chief executive, told reporters in Marvik that Velmora would "
     "supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplies Quistor, chief executive Ann Tolberg told analysts in Marvik.",
     ("EXECUTIVE_OF", "Ann Tolberg", "Velmora")),
    ("fr", "Velmora fournira Quistor, a déclaré à la presse à Marvik le directeur financier, "
     "Ann Tolberg.", ("SUPPLIES", "Velmora", "Quistor")),
    # family 3
    ("fr", "Velmora a racheté Quistor, selon un rapport de l'Office kandorien des marchés.",
     (_R, "ARTICLE", "Office kandorien des marchés")),
    ("fr", "Selon un rapport du cabinet Kandorconseil, Velmora a racheté Quistor.",
     (_R, "ARTICLE", "Kandorconseil")),
    ("fr", "Velmora a racheté Quistor, d'après un rapport du cabinet Kandorconseil.",
     (_R, "ARTICLE", "Kandorconseil")),
]

ABSENT = [
    ("en", "Velmora agreed to buy Quistor for $40 million, according to a regulatory filing "
     "on the Kandor Stock Exchange.", (_R, "ARTICLE", "regulatory filing")),
    ("en", "Velmora listed its shares on the Kandor Stock Exchange after buying Quistor.",
     (_R, "ARTICLE", "Kandor Stock Exchange")),
    ("en", "Velmora will buy the Kandor Stock Exchange, according to a regulatory filing.",
     (_R, "ARTICLE", "Kandor Stock Exchange")),
    # family 2
    ("en", "Ann Tolberg, the chief executive, told reporters in Marvik that Velmora would "
     "supply Quistor.", ("EXECUTIVE_OF", "Ann Tolberg", "Marvik")),
    ("en", "Velmora supplies Quistor, chief executive Ann Tolberg told journalists in Tarvaz "
     "Harbour.", ("EXECUTIVE_OF", "Ann Tolberg", "Tarvaz Harbour")),
    ("fr", "Velmora fournira Quistor, a déclaré à la presse à Marvik le directeur financier, "
     "Ann Tolberg.", ("EXECUTIVE_OF", "Ann Tolberg", "Marvik")),
    ("fr", "Velmora fournira Quistor, a indiqué aux journalistes à Marvik sa directrice, "
     "Ann Tolberg.", ("EXECUTIVE_OF", "Ann Tolberg", "Marvik")),
    # family 3
    ("fr", "Velmora a publié un rapport de quarante pages sur Quistor, son fournisseur.",
     (_R, "ARTICLE", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

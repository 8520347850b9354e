"""Names on new text, twelfth round (session 19, issue 11). A descriptor of several words that
opens a sentence ("Private equity firm X", "Grocery chain X") is no name: its first word is
capitalised by position only. A sector's acronym after a lower-case noun ("les luminaires LED
X", "the DIY chain X") is no part of the name; "Mittelstand" and a sentence-opening "Closer"
are no companies. A nationality opens "the <Nationality> X Pension Plan"; "Senior" before a
trade for the elderly stays in the name; in French text "'s" is a name's own. Invented
sentences and companies in no list, both languages; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a descriptor of several words opens the sentence, then the name
    ("en", "Private equity firm Quellmark, which owns 18% of Zelbar, backed the deal, finance "
     "director Anna Velmore said.", ("INVESTS_IN", "Quellmark", "Zelbar")),
    ("en", "Grocery chain Velmora buys its bread from Zelbar, chief executive Anna Brisk said.",
     ("SUPPLIES", "Zelbar", "Velmora")),
    # a sector's acronym after a lower-case noun
    ("fr", "Le fabricant nantais de projecteurs LED Quellan Lumière confirme le rachat "
     "de Zelbar.", ("ACQUIRES", "Quellan Lumière", "Zelbar")),
    ("en", "Kandor counts the DIY chain Quellbach among its customers.",
     ("SUPPLIES", "Kandor", "Quellbach")),
    # a name that is itself one word of a descriptor stays ("Startup Zorbex", session 13)
    ("en", "Chipmaker Quistor will supply its sensors to Zelbar.",
     ("SUPPLIES", "Quistor", "Zelbar")),
    ("en", "Closer to home, Quistor buys kaolin from Zelbar.",
     ("SUPPLIES", "Zelbar", "Quistor")),
]

ABSENT = [
    ("en", "Private equity firm Quellmark, which owns 18% of Zelbar, backed the deal, finance "
     "director Anna Velmore said.", ("EXECUTIVE_OF", "Anna Velmore", "Private")),
    ("en", "Grocery chain Velmora buys its bread from Zelbar, chief executive Anna Brisk said.",
     ("SUPPLIES", "Zelbar", "Grocery")),
    ("fr", "Le fabricant nantais de projecteurs LED Quellan Lumière confirme le rachat "
     "de Zelbar.", ("ACQUIRES", "LED Quellan Lumière", "Zelbar")),
    ("en", "Kandor counts the DIY chain Quellbach among its customers.",
     ("SUPPLIES", "Kandor", "DIY")),
    ("en", "The family-owned Mittelstand company buys its castings from Quistor.",
     ("SUPPLIES", "Quistor", "Mittelstand")),
    ("fr", "Quistor vend ses pompes au Mittelstand allemand depuis 2019.",
     ("SUPPLIES", "Quistor", "Mittelstand")),
    ("en", "Closer to home, Quistor buys kaolin from Zelbar.",
     ("SUPPLIES", "Zelbar", "Closer")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

FOUND_TRADES = [
    # a nationality opens a pension plan's name after "the"
    ("en", "Part of the price will come from the Canadian "
     "Quellmark Workers Pension Plan, which is buying a 19.9% stake in Zelbar.",
     ("INVESTS_IN", "Canadian Quellmark Workers Pension Plan", "Zelbar")),
    # "Senior" before a trade for the elderly stays inside the name
    ("en", "Kandor sells its beds to Quellia Senior Living, which runs 31 nursing homes in "
     "Ohio.", ("SUPPLIES", "Kandor", "Quellia Senior Living")),
    ("en", "Kandor sells its beds to Quellia Senior Care, which runs 31 nursing homes.",
     ("SUPPLIES", "Kandor", "Quellia Senior Care")),
    # a title after "Senior" still ends the company's name
    ("en", "Quistor Senior Vice President Anna Brisk said Quistor would buy Zelbar.",
     ("EXECUTIVE_OF", "Anna Brisk", "Quistor")),
    # French has no possessive "'s": it is the name's own
    ("fr", "Kandor affronte Brenlac's France et Quistor.",
     ("COMPETES_WITH", "Brenlac's France", "Kandor")),
    ("fr", "Kandor vend ses fours à Quellor's, qui en a commandé douze.",
     ("SUPPLIES", "Kandor", "Quellor's")),
]

ABSENT_TRADES = [
    ("en", "Kandor sells its beds to Quellia Senior Living, which runs 31 nursing homes in "
     "Ohio.", ("SUPPLIES", "Kandor", "Quellia")),
    ("en", "Part of the price will come from the Canadian "
     "Quellmark Workers Pension Plan, which is buying a 19.9% stake in Zelbar.",
     ("INVESTS_IN", "Quellmark Workers Pension Plan", "Zelbar")),
    ("fr", "Kandor affronte Brenlac's France et Quistor.", ("COMPETES_WITH", "Brenlac", "Kandor")),
    # English keeps the possessive: the owner, not a longer name
    ("en", "Kandor competes with Brenlac's French unit.",
     ("COMPETES_WITH", "Brenlac's French", "Kandor")),
]

test_trades_found, test_trades_absent = found_and_absent(FOUND_TRADES, ABSENT_TRADES)

"""Session 16, names pass six: one company under several names in an article, names cut at a
period, and houses named after their founder, in invented sentences (both languages).

Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # a given name shortened with a period opens a firm's name: no sentence ends there
    ("en", "Velmora competes with Chas. Halvar Windships and Zentrix.",
     ("COMPETES_WITH", "Velmora", "Chas. Halvar Windships")),
    ("en", "Velmora competes with Chas. Halvar Windships and Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Kandor Offshore is up against Thos. Quistor Marine, and it lost ground.",
     ("COMPETES_WITH", "Kandor Offshore", "Thos. Quistor Marine")),
    ("fr", "Velmora affronte Geo. Quistor Navigation et Zentrix.",
     ("COMPETES_WITH", "Velmora", "Geo. Quistor Navigation")),
    ("fr", "Velmora a racheté Wm. Quistor & Sons en 2022.",
     ("ACQUIRES", "Velmora", "Wm. Quistor & Sons")),
    # a name shaped like a person's as the object of a buying or competing verb is a house
    ("fr", "Velmora a racheté Pierre Quistallet en 2023.",
     ("ACQUIRES", "Velmora", "Pierre Quistallet")),
    ("fr", "Velmora rivalise avec Pierre Quistallet sur le marché du champagne.",
     ("COMPETES_WITH", "Velmora", "Pierre Quistallet")),
    ("fr", "Velmora affronte Pierre Quistallet et Zentrix sur le marché du champagne.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora competes with Anna Quistallet in the champagne market.",
     ("COMPETES_WITH", "Velmora", "Anna Quistallet")),
    ("en", "Velmora acquired Anna Quistallet in 2021, then bought Zentrix.",
     ("ACQUIRES", "Velmora", "Anna Quistallet")),
    ("en", "Velmora sells its grapes to the house of Pierre Quistallet.",
     ("SUPPLIES", "Velmora", "Pierre Quistallet")),
    ("en", "Anna Quistallet, who heads the house of Pierre Quistallet, joined Velmora.",
     ("EXECUTIVE_OF", "Anna Quistallet", "Pierre Quistallet")),
    # the short name first, then the full name with descriptor words: one firm
    ("en", "Quarnley agreed to acquire Velmora Systems. Quarnley Capital Partners also owns 40% "
     "of Zentrix.", ("INVESTS_IN", "Quarnley", "Zentrix")),
    ("en", "Quarnley agreed to buy Velmora Systems. Quarnley Group owns 40% of Zentrix.",
     ("INVESTS_IN", "Quarnley", "Zentrix")),
    ("fr", "Quarnley a racheté Velmora. Quarnley Participations détient aussi 40 % de Zentrix.",
     ("INVESTS_IN", "Quarnley", "Zentrix")),
]

# Each entry: a relation that must not be asserted.
ABSENT = [
    # a person's stake: the possessive keeps the name a person's
    ("en", "Velmora acquired Anna Quistallet's stake in Zentrix.",
     ("ACQUIRES", "Velmora", "Anna Quistallet")),
    # a shortened given name at a sentence's end before a sentence opener
    ("en", "Velmora hired Fred. The company also bought Zentrix.",
     ("ACQUIRES", "Fred", "Zentrix")),
    # a person who leads a company stays a person
    ("en", "Anna Quistallet, chief executive of Velmora, competes with Zentrix.",
     ("COMPETES_WITH", "Anna Quistallet", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _names(text: str, lang: str) -> set[str]:
    return {e.name for e in _extract(text, lang).entities}


def test_short_then_full_name_is_one_entity() -> None:
    names = _names("Quarnley agreed to acquire Velmora Systems. Quarnley Capital Partners also "
                   "owns 40% of Zentrix.", "en")
    assert "Quarnley Capital Partners" not in names and "Quarnley" in names, names


def test_a_longer_name_opening_with_a_shorter_one_stays_apart() -> None:
    """"Velmora Energy" after "Velmora Energy Services" may be the group of its unit: no
    merge of a name that merely opens another (it lost relations on unread text)."""
    names = _names("Velmora Energy Services a racheté Zentrix. Velmora Energy affronte Marbelle.",
                   "fr")
    assert {"Velmora Energy Services", "Velmora Energy"} <= names, names


def test_a_person_shaped_name_alone_stays_a_person() -> None:
    x = _extract("Velmora hired Anna Quistallet as chief executive.", "en")
    assert all(str(e.type) != "Company" or e.name != "Anna Quistallet" for e in x.entities)

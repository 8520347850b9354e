"""Coverage of the extractor's closed-class word lists (session 11: coverage audit).

Each family was checked against a maintained source or a systematic enumeration by
tools/check_closed_lists.py (Babel's CLDR territories and time-zone cities, every country's
demonym in its four French forms, every area of a role title, every tense of a source verb).
These invented sentences (names in no list) pin one or more members of each family, in both
languages where it applies; the negative cases keep the lists from reaching too far.
"""

from __future__ import annotations

import pytest

from loaders.extraction.lexicon import demonyms, load_lexicon, place_names, place_words
from loaders.extraction.tokens import tokenize
from tests.test_extraction_mentions_cues import check_absent, check_found

FOUND = [
    # places: short and informal country names, CLDR's cities, in a possessive before a name
    ("en", "Velmora agreed to buy Britain's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy England's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy the UAE's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy the UK's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy Winnipeg's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy Almaty's Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    # nationality adjectives: any country, French in four forms, compounds
    ("en", "Velmora agreed to buy Kazakh miner Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy Jordanian miner Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("en", "Velmora agreed to buy Sino-American miner Quarnel Aseptics.",
     ("ACQUIRES", "Velmora", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté le kazakh Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté la société grecque Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté la société lettonne Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté le groupe sino-américain Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté le groupe italo-britannique Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté le groupe franco-allemand Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté le groupe sud-coréen Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    ("fr", "Korvane a racheté la société néo-zélandaise Quarnel Aseptics.",
     ("ACQUIRES", "Korvane", "Quarnel Aseptics")),
    # person-name particles, the first word of the sentence a given name ending like a participle
    ("fr", "Jean de La Rochefoucauld, directeur financier de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Jean de La Rochefoucauld", "Korvane")),
    ("fr", "Sophie de Varlan, directrice financière de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Sophie de Varlan", "Korvane")),
    ("en", "Anna de los Santos, chief financial officer of Velmora, said so.",
     ("EXECUTIVE_OF", "Anna de los Santos", "Velmora")),
    ("en", "Klaus von Hasselt, COO of Velmora, said so.",
     ("EXECUTIVE_OF", "Klaus von Hasselt", "Velmora")),
    ("en", "Khalid bin Tarvik, general counsel of Velmora, said so.",
     ("EXECUTIVE_OF", "Khalid bin Tarvik", "Velmora")),
    # role titles: every business area, both genders, the abbreviations
    ("fr", "Anne Quistel, directrice juridique de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("fr", "Anne Quistel, directeur d'investissement de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("fr", "Anne Quistel, DAF de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("fr", "Anne Quistel, DRH de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("fr", "Anne Quistel, associée gérante de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("fr", "Anne Quistel, présidente du conseil de surveillance de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    ("en", "Anna Quist, Velmora's CMO, said so.", ("EXECUTIVE_OF", "Anna Quist", "Velmora")),
    ("en", "Anna Quist, EVP of Velmora, said so.", ("EXECUTIVE_OF", "Anna Quist", "Velmora")),
    ("en", "Anna Quist, managing partner at Velmora, said so.",
     ("EXECUTIVE_OF", "Anna Quist", "Velmora")),
    ("en", "Anna Quist, Velmora's chief people officer, said so.",
     ("EXECUTIVE_OF", "Anna Quist", "Velmora")),
    # a source cited with the verb before it: "comme l'avait révélé X"
    ("fr", "Korvane va racheter Quistor, comme l'avait révélé Le Pélican Lorrain.",
     ("REPORTED_BY", "ARTICLE", "Le Pélican Lorrain")),
    ("fr", "Korvane va racheter Quistor, comme l'écrivait Le Pélican Lorrain.",
     ("REPORTED_BY", "ARTICLE", "Le Pélican Lorrain")),
    ("en", "Velmora will buy Zentrix, as first reported by The Quarnel Post.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Post")),
    # an unknown outlet headed by a newspaper noun, after a verb a company could use too
    ("en", "Velmora will buy Zentrix, the Quarnel Examiner said, citing people familiar with "
     "the matter.", ("REPORTED_BY", "ARTICLE", "Quarnel Examiner")),
    ("fr", "Korvane va racheter Quistor, a indiqué Le Progrès de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "Le Progrès de Quarnel")),
    # a document and the authority it was filed with or approved by
    ("fr", "Korvane détient 8 % de Quistor, selon le prospectus approuvé par l'Autorité de "
     "Quarnel.", ("REPORTED_BY", "ARTICLE", "Autorité de Quarnel")),
    ("en", "Velmora holds 8% of Zentrix, according to a document filed with the Quarnel "
     "Commission.", ("REPORTED_BY", "ARTICLE", "Quarnel Commission")),
    ("fr", "Korvane détient 8 % de Quistor, selon son document d'enregistrement universel déposé "
     "auprès de l'Autorité de Quarnel.", ("REPORTED_BY", "ARTICLE", "Autorité de Quarnel")),
    # organisation heads
    ("fr", "La coopérative Quarnel a racheté Zelbar.", ("ACQUIRES", "Quarnel", "Zelbar")),
    ("fr", "Le syndicat mixte Quarnel a racheté Zelbar.", ("ACQUIRES", "Quarnel", "Zelbar")),
    ("en", "Quarnel Partnership agreed to buy Zelbar.",
     ("ACQUIRES", "Quarnel Partnership", "Zelbar")),
]

ABSENT = [
    # a company's own announcement is no source, nor is a business partner an executive
    ("fr", "Korvane va racheter Quistor, comme l'a annoncé Zelbar.",
     ("REPORTED_BY", "ARTICLE", "Zelbar")),
    ("en", "Anna Quist, Velmora's partner, said so.", ("EXECUTIVE_OF", "Anna Quist", "Velmora")),
    ("fr", "Anne Quistel, associée de Korvane, l'a confirmé.",
     ("EXECUTIVE_OF", "Anne Quistel", "Korvane")),
    # an agreement with a company to buy a business from it is the purchase, no partnership
    # (a nationality before the seller, hyphenated or not, changes nothing)
    ("fr", "Le groupe Korvane a conclu un accord avec la coopérative danoise Quistor pour lui "
     "racheter Zelbar Group.", ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Le groupe Korvane a conclu un accord avec la coopérative néo-zélandaise Quistor pour "
     "lui racheter Zelbar Group.", ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", "Velmora signed an agreement with Zentrix to acquire Quarnel Group.",
     ("PARTNERS_WITH", "Velmora", "Zentrix")),
    # country names are places, not companies
    ("en", "Velmora will open stores in Great Britain with Zentrix.", "Great Britain"),
    ("fr", "Korvane s'implante au pays de Galles avec Quistor.", "Galles"),
]


@pytest.mark.parametrize(("lang", "text", "want", "present"),
                         [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT])
def test_family_member(lang: str, text: str, want: str | tuple[str, str, str],
                       present: bool) -> None:
    """A member of a family is found; a near miss outside it is not."""
    if present:
        assert not isinstance(want, str)
        check_found(lang, text, want)
    else:
        check_absent(lang, text, want)


def test_phoenix_stays_a_company() -> None:
    """A time-zone city that is also a company's name stays a name."""
    check_found("en", "Velmora agreed to buy Phoenix.", ("ACQUIRES", "Velmora", "Phoenix"))


def test_french_demonyms_have_four_forms() -> None:
    fr = demonyms("fr")
    for forms in (("italien", "italienne", "italiens", "italiennes"),
                  ("marocain", "marocaine", "marocains", "marocaines"),
                  ("francais", "francaise", "francais", "francaises"),
                  ("grec", "grecque", "grecs", "grecques"),
                  ("letton", "lettonne", "lettons", "lettonnes"),
                  ("belge", "belge", "belges", "belges")):
        assert all(f in fr for f in forms), [f for f in forms if f not in fr]
    assert load_lexicon("fr").nationalities["sino-americaine"] == "EU"
    assert load_lexicon("en").nationalities["jordanian"] == "JO"


def test_compound_nationality_is_one_token() -> None:
    assert [t.text for t in tokenize("le groupe italo-britannique X")] == \
        ["le", "groupe", "italo-britannique", "X"]
    assert [t.text for t in tokenize("le sud-coréen X")] == ["le", "sud-coréen", "X"]
    # other hyphenated words keep their parts, and a name stays a name
    assert [t.text for t in tokenize("Saint-Denis")] == ["Saint", "-", "Denis"]
    assert [t.text for t in tokenize("Sud-Ouest")] == ["Sud", "-", "Ouest"]
    assert [t.text for t in tokenize("est-ce")] == ["est", "-", "ce"]


def test_places_cover_cldr_cities_but_not_common_names() -> None:
    words = place_words()
    assert {"winnipeg", "almaty", "britain", "england", "wales", "uae", "uk"} <= words
    assert not {"phoenix", "macquarie", "halifax", "la", "le"} & words
    assert {"addis ababa", "great britain", "grande - bretagne"} <= place_names()

"""Names on new text, tenth round (session 18, issue 11): guards for names joined by an inner
lower-case word. An English "<Name> of <Word>" rule (the word written only there ends the name,
as French "de / du / d'" does) was tried and dropped: it took "<Firm> Farms of <Town>" whole
where the firm is the bare name. What stays: a title before "of" keeps the company after it
("President of Zelbar"), a word the article also writes on its own stays a name of its own
("Velmora of Quistor ... Quistor"), two names joined by "and" / "et" stay two, the French
"<Word> de <Word>" written twice stays one name. Kept: French hospital heads ("CHU", "CHRU",
"Hôpital", "Hospices", "Clinique") open a name that goes on over "de <Place>" ("CHU de
Quellac"), and "sonde" is a product noun ("sa sonde Quibix" supplies nobody). Invented
sentences and companies in no list, both languages; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract

FOUND = [
    # near misses that keep their parties
    ("en", "Kandor agreed to buy Zelbar, said Jane Holt, President of Zelbar.",
     ("EXECUTIVE_OF", "Jane Holt", "Zelbar")),
    ("en", "Jane Holt, Chief Executive Officer of Zelbar, said Kandor would supply its robots "
     "to the group.", ("EXECUTIVE_OF", "Jane Holt", "Zelbar")),
    ("en", "Kandor supplies Velmora of Quistor. Quistor itself is a rival of Kandor.",
     ("COMPETES_WITH", "Kandor", "Quistor")),
    ("en", "Kandor sells its spray to Zelbar and Quistor, its two largest customers.",
     ("SUPPLIES", "Kandor", "Quistor")),
    ("en", "Kandor sells its spray to Zelbar and Quistor, its two largest customers.",
     ("SUPPLIES", "Kandor", "Zelbar")),
    # French: a hospital head before "de <Place>" makes one name, the place included
    ("fr", "Kandor fournit ses sondes au CHU de Quellac depuis 2023.",
     ("SUPPLIES", "Kandor", "CHU de Quellac")),
    ("fr", "Kandor fournit ses sondes au CHU de Rennes depuis 2023.",
     ("SUPPLIES", "Kandor", "CHU de Rennes")),
    ("fr", "Kandor a livré ses robots à l'Hôpital de Quellac en juin.",
     ("SUPPLIES", "Kandor", "Hôpital de Quellac")),
    # French: the same shape, already one name; two companies joined by "et" stay two
    ("fr", "Kandor a racheté Vergers de Quellvale pour 20 millions d'euros. Vergers de "
     "Quellvale emploie 80 personnes.", ("ACQUIRES", "Kandor", "Vergers de Quellvale")),
    ("fr", "Kandor fournit ses robots à Zelbar et à Quistor depuis 2020.",
     ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "Kandor fournit ses robots à Zelbar et Quistor, ses deux premiers clients.",
     ("SUPPLIES", "Kandor", "Zelbar")),
]

ABSENT = [
    ("fr", "Kandor fournit ses sondes au CHU de Rennes depuis 2023.",
     ("SUPPLIES", "Kandor", "CHU")),
    ("fr", "Kandor fournit ses sondes au CHU de Rennes depuis 2023.",
     ("SUPPLIES", "Kandor", "Rennes")),
    # a product after "sa sonde" supplies nobody
    ("fr", "Kandor équipe une vingtaine d'hôpitaux, dont le CHU de Quellac, qui utilise sa "
     "sonde Quibix depuis 2023.", ("SUPPLIES", "Quibix", "CHU de Quellac")),
    ("en", "Kandor supplies Velmora of Quistor. Quistor itself is a rival of Kandor.",
     ("SUPPLIES", "Kandor", "Velmora of Quistor")),
    ("en", "Kandor agreed to buy Zelbar, said Jane Holt, President of Zelbar.",
     ("EXECUTIVE_OF", "Jane Holt", "President of Zelbar")),
    ("en", "Kandor sells its spray to Zelbar and Quistor, its two largest customers.",
     ("SUPPLIES", "Kandor", "Zelbar and Quistor")),
    ("fr", "Kandor fournit ses robots à Zelbar et Quistor, ses deux premiers clients.",
     ("SUPPLIES", "Kandor", "Zelbar et Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_a_place_after_of_stays_out_of_a_one_word_company() -> None:
    names = {e.name for e in _extract("Siemens of Germany will supply turbines to Kandor.",
                                      "en").entities}
    assert "Siemens of Germany" not in names

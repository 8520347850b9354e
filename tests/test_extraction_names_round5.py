"""Names and roles, fifth round (session 16, issue 11): a name ending in a legal form stays a
company whatever its apposition says ("X LLC, a processor"), a region after a name with "&" or
an elided "d'" ("Forges & Aciers de Savoie", "Kandor d'Alsace"), web domains of outlets
("Quistorwatch.biz", also at a sentence's end), roles after "long-time" and in a human-resources
area ("group HR director at O"), members of a management board ("membre du directoire de O").
Invented sentences, companies in no list, both languages where the form occurs; near misses
stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names

FOUND = [
    # a legal form ends the name: a product-noun apposition does not make it a product
    ("en", "Velmora obtains most of its glass from Quistor Cullet Recovery LLC, a processor "
     "with two plants.", ("SUPPLIES", "Quistor Cullet Recovery", "Velmora")),
    ("en", "Velmora buys its sensors from Zelbar Optics Inc., a chip designer in Austin.",
     ("SUPPLIES", "Zelbar Optics", "Velmora")),
    ("fr", "Velmora achète ses puces à Zelbar Optique SAS, un logiciel de conception en ligne.",
     ("SUPPLIES", "Zelbar Optique", "Velmora")),
    # a region after a name joined by "&", or after an elided "d'"
    ("fr", "Velmora achète l'essentiel de son acier à Quistors & Alliages de Savoie, un fondeur.",
     ("SUPPLIES", "Quistors & Alliages de Savoie", "Velmora")),
    ("fr", "Velmora a racheté Kandor d'Alsace pour 20 millions d'euros.",
     ("ACQUIRES", "Velmora", "Kandor d'Alsace")),
    ("en", "Velmora agreed to buy Kandor d'Auvergne for $20 million.",
     ("ACQUIRES", "Velmora", "Kandor d'Auvergne")),
    # an outlet's web domain, at the end of the sentence too
    ("fr", "Velmora a démenti un rapprochement avec Zelbar, une hypothèse évoquée par le site "
     "spécialisé Quistorwatch.biz.", ("REPORTED_BY", "ARTICLE", "Quistorwatch.biz")),
    ("en", "Velmora is in talks to buy Zelbar, according to Kandorport.news.",
     ("REPORTED_BY", "ARTICLE", "Kandorport.news")),
    # a role after "long-time", "longtime"; a human-resources area; "group" before it
    ("en", "Velmora's long-time managing director, Tomas Zelbarek, said sales grew.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    ("en", "Velmora's longtime chief executive, Tomas Zelbarek, said sales grew.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    ("en", "Naomi Quistel, group HR director at Velmora, said the firm was ready.",
     ("EXECUTIVE_OF", "Naomi Quistel", "Velmora")),
    ("en", "The plan was backed by Velmora HR director Naomi Quistel, the firm said.",
     ("EXECUTIVE_OF", "Naomi Quistel", "Velmora")),
    # members of a management board (directoire, Vorstand): executives
    ("fr", "Le projet est piloté par Hugo Marandet, membre du directoire de Velmora chargé des "
     "céréales.", ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    ("en", "Hugo Marandet, a member of the management board of Velmora, said no.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    ("en", "Velmora management board member Hugo Marandet said no.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
]

ABSENT = [
    # a product with a product-noun apposition and no legal form stays out
    ("en", "Velmora buys chips from the Quistor X1, a processor made in Taiwan.", "Quistor X1"),
    # a supervisory board member is no executive
    ("fr", "Hugo Marandet, membre du conseil de surveillance de Velmora, a dit non.",
     ("EXECUTIVE_OF", "Hugo Marandet", "Velmora")),
    # a former role stays former after "long-time"
    ("en", "Velmora's former long-time managing director, Tomas Zelbarek, now runs a farm.",
     ("EXECUTIVE_OF", "Tomas Zelbarek", "Velmora")),
    # a town after "de" is no part of a name ("de Lyon" is where the company is)
    ("fr", "Velmora, qui vend à Zelbar & Cie de Lyon, a grandi.", "Zelbar & Cie de Lyon"),
    # a web domain's dot is not taken from a sentence's end
    ("en", "Velmora signed with Zelbar.Kandor said nothing.", "Zelbar.Kandor"),
]


def _check_absent(lang: str, text: str, unwanted: object) -> None:
    if isinstance(unwanted, str):
        assert unwanted not in _names(text, lang)
        return
    from tests.test_extraction_families import check_absent
    check_absent(lang, text, unwanted)


test_found, test_absent = found_and_absent(FOUND, ABSENT, check_absent=_check_absent)

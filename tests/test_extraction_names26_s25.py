"""Session 25, names26 (a party named in the sentence and no mention resolving to it): a
title word that ends a name when nothing of a name or title follows it ("Korvane Event
Technology, a ...", "the Institute of Velm Technology in Ostra"); "du / des" before a noun in
"-er" inside a French public body's lower-case name ("le Centre technique du papier"); the
Italian "delle"; a given name after a hyphen that another list reads as a month ("Pieter-Jan");
a nationality before an institutional head with "of" ("the Dutch Chamber of Commerce"); French
co-operatives written in lower case, closed by their town ("la Coopérative des pêcheurs du
Velmonec") and their feminine trade adjectives ("laitière", "oléicole"); a bare word after a
firm named by a trade noun and it ("Tissages Quenbard ... Quenbard", "Druckhaus X ... X") is
that firm, before a unit named later with the word first ("Quenbard Portugal Lda"); councils
and parks with adjectives and their region; a Breton "c'h" ending a word; two outlet words
joined by "and" in one title ("The Quellshire Press and Journal").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract

FOUND = [
    # a title word closing a name
    ("en", "Korvane Event Technology, a closely held Dutch company, sold a 30% stake to "
     "Zelbar Ridge Capital.", ("INVESTS_IN", "Zelbar Ridge Capital", "Korvane Event Technology")),
    ("en", "Velmora is developing biodegradable musks together with the Institute of Quellish "
     "Technology in Ostrava, which holds two patents with the company.",
     ("PARTNERS_WITH", "Velmora", "Institute of Quellish Technology")),
    # "du / des" and a noun in -er in a public body's lower-case name
    ("fr", "Velmora s'est en outre associé au Centre technique du papier, à Grenoble, pour "
     "tester des colles sans solvant.", ("PARTNERS_WITH", "Velmora", "Centre technique du papier")),
    # Italian "delle" inside a name
    ("en", "Velmora took a 6% stake in Quistor last year, according to a filing with the "
     "Registro delle Quellese.", ("REPORTED_BY", "ARTICLE", "Registro delle Quellese")),
    # a given name that is also a month's short form, after a hyphen
    ("fr", "Le dirigeant belge Pieter-Jan Velhaegen, directeur général de Quistor, a présenté "
     "les comptes.", ("EXECUTIVE_OF", "Pieter-Jan Velhaegen", "Quistor")),
    ("en", "Velmora's co-founder, Evert-Jan Quistwijk, remains chairman of Velmora.",
     ("EXECUTIVE_OF", "Evert-Jan Quistwijk", "Velmora")),
    # a nationality before "Chamber of Commerce"
    ("en", "Velmora took a 25 per cent stake in Quistor last year, according to a filing with "
     "the Dutch Chamber of Commerce.", ("REPORTED_BY", "ARTICLE", "Dutch Chamber of Commerce")),
    # French co-operatives in lower case, closed by their town
    ("fr", "Pour sécuriser son approvisionnement, Quistor a signé un contrat pluriannuel avec la "
     "Coopérative des pêcheurs du Velmonec, qui lui livrera des sardines.",
     ("SUPPLIES", "Coopérative des pêcheurs du Velmonec", "Quistor")),
    ("fr", "L'opération permettra de sécuriser les volumes de la Coopérative lainière des "
     "Quelles, qui fournit Quistor.", ("SUPPLIES", "Coopérative lainière des Quelles", "Quistor")),
    # a public council or park named by its head and lower-case adjectives, then its region
    ("fr", "Selon le Conseil oléicole international, Velmora a racheté Quistor en mars.",
     ("REPORTED_BY", "ARTICLE", "Conseil oléicole international")),
    ("fr", "Velmora a signé en 2025 une convention avec le Parc naturel régional des Volcans "
     "d'Ostravie, qui encadre les pratiques agricoles.",
     ("PARTNERS_WITH", "Velmora", "Parc naturel régional des Volcans d'Ostravie")),
    # a Breton "c'h" ends a family name
    ("fr", "« Nous serons à l'équilibre dès 2027 », assure Anne-Sixtine Quervourc'h, directrice "
     "financière de Velmora.", ("EXECUTIVE_OF", "Anne-Sixtine Quervourc'h", "Velmora")),
    # two outlet words joined by "and" in one title
    ("en", "The Velmora order was first reported by The Quellshire Press and Journal, the "
     "Ostra daily.",
     ("REPORTED_BY", "ARTICLE", "Quellshire Press and Journal")),
    # a bare word after a firm named by a trade noun and it
    ("fr", "Les Tissages Quenbard, installés à Roanne, ont racheté Velmora. La filiale Quenbard "
     "Portugal Lda sera dirigée par Ana Ruiz. Quenbard a signé un partenariat avec Zelbar.",
     ("PARTNERS_WITH", "Tissages Quenbard", "Zelbar")),
    ("en", "Druckhaus Velmstein-Kraatz, a commercial printer from Rosenheim, is shifting toward "
     "books. Discount chain Zelbar has also been buying its leaflets from Velmstein-Kraatz "
     "since 2019.", ("SUPPLIES", "Druckhaus Velmstein-Kraatz", "Zelbar")),
]

ABSENT = [
    # a title word before a role stays out of the name
    ("en", "Velmora Technology chief Ana Quist said the company would buy parts from Zelbar.",
     ("SUPPLIES", "Zelbar", "Velmora Technology chief")),
    # the unit named with the short word first keeps its own relations
    ("fr", "Les Tissages Quenbard, installés à Roanne, ont racheté Velmora. La filiale Quenbard "
     "Portugal Lda sera dirigée par Ana Ruiz. Quenbard a signé un partenariat avec Zelbar.",
     ("PARTNERS_WITH", "Quenbard Portugal Lda", "Zelbar")),
    # two outlets, each with its own name, stay two
    ("en", "Velmora bought Quistor, the Quist Times and Velm Post reported.",
     ("REPORTED_BY", "ARTICLE", "Quist Times and Velm Post")),
    # a bare surname said by a person is no firm
    ("fr", "Les Tissages Quenbard ont racheté Velmora. « Nous voulons grandir », a déclaré "
     "Quenbard, qui dirige aussi Zelbar.", ("EXECUTIVE_OF", "Tissages Quenbard", "Zelbar")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_board_takes_no_firm() -> None:
    """A council named by adjectives takes no firm after it ("le Conseil scientifique de
    Velmora" is Velmora's board)."""
    names = _names("fr", "Le Conseil scientifique de Velmora a validé le partenariat avec "
                         "Quistor.")
    assert "Conseil scientifique de Velmora" not in names


def _names(lang: str, text: str) -> set[str]:
    return {e.name for e in _extract(text, lang).entities}


def test_title_word_before_a_title_stays_out() -> None:
    """"Velmora Technology Officer" and "Velmora Technology chief" keep "Technology" out."""
    text = ("Velmora Technology chief Ana Quist said the group had bought Zelbar, and Korvane "
            "Chief Technology Officer Ian Velm agreed.")
    names = _names("en", text)
    assert "Velmora Technology chief" not in names and "Korvane Chief Technology" not in names


def test_body_name_stops_before_a_name_going_on() -> None:
    """A body's lower-case name takes no town that a capitalised word goes on after ("du
    Guilvec Quistor Marine")."""
    text = ("Quistor a signé avec la Coopérative des pêcheurs du Guilvec Quistor Marine un "
            "contrat de fourniture.")
    assert "Coopérative des pêcheurs du Guilvec" not in _names("fr", text)

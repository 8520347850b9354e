"""Session 24, refs21: two sources of a wrong company behind a reference, in invented sentences
(names in no list), both languages where the shape exists in both.

- a speaker's title whose area names its organisation as a possessor after "for" ("head of
  procurement for O's clinics") belongs to O, not to the company the article is about;
- a name opened by a plural noun after a plural article ("les Filatures Velmora", "des
  Tissages Quenby") is a company named for a family, not a person, even where the article
  later calls it by its last word alone ("Velmora a cessé ..."): read as a person, the company
  dropped out and every "l'entreprise", "la société" went to another company.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

A, C, E = "ACQUIRES", "COMPETES_WITH", "EXECUTIVE_OF"

FOUND = [
    # a title's area after "for" with a possessive name
    ("en", "Brakmor Systems sells sensor kits to hospitals. \"The tags show us where the sheets "
           "go,\" said Rina Volter, head of procurement for Quellwick's clinics in Bavaria.",
     (E, "Rina Volter", "Quellwick")),
    ("en", "Tessovar Labs makes glare-free typefaces. \"Drivers read it at a glance,\" said Odile "
           "Marrant, head of display design for Quellwick's truck division.",
     (E, "Odile Marrant", "Quellwick")),
    # a plural noun after a plural article opens a family firm's name
    ("fr", "Les Filatures Brandouin ont racheté le teinturier Morvel Teintures. Brandouin avait "
           "cessé en 2023 de faire teindre ses fils en Italie.",
     (A, "Filatures Brandouin", "Morvel Teintures")),
    ("fr", "« Sans fil, pas de laine », a résumé Aline Cortaz, présidente des Tissages Quenbard. "
           "Quenbard emploie 40 salariés dans le Tarn.",
     (E, "Aline Cortaz", "Tissages Quenbard")),
]

ABSENT = [
    # read as a person, the family firm dropped out and "l'entreprise" went to its target
    ("fr", "Les Tissages Quenbard ont racheté Morvel Teintures. Quenbard a ajouté une ligne de "
           "teinture. Sur son créneau, l'entreprise se mesure à l'italien Pettavio Lane.",
     (C, "Morvel Teintures", "Pettavio Lane")),
    # the possessor's title is not the article's company's
    ("en", "Brakmor Systems sells sensor kits to hospitals. \"The tags show us where the sheets "
           "go,\" said Rina Volter, head of procurement for Quellwick's clinics in Bavaria.",
     (E, "Rina Volter", "Brakmor Systems")),
    # a person's name after a singular article or none stays a person
    ("fr", "Velmora a nommé Corentin Ulmsen directeur général. Ulmsen a ajouté que le site "
           "resterait ouvert.", (A, "Velmora", "Corentin Ulmsen")),
    ("fr", "Les Tissages Quenbard ont racheté Morvel Teintures. Quenbard a ajouté une ligne de "
           "teinture.", (E, "Tissages Quenbard", "Morvel Teintures")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_person_after_no_plural_article_stays_person() -> None:
    from tests.test_extraction_sentences import _extract, _named
    got = _named(_extract("Velmora a nommé Corentin Ulmsen directeur général. Ulmsen a ajouté "
                          "que le site resterait ouvert.", "fr"))
    assert (E, "Corentin Ulmsen", "Velmora", "reported") in got

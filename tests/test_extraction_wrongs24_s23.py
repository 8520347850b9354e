"""Session 23, wrongs24: places taken for parties, and a line's own name taken for a customer,
in invented sentences (names in no list), both languages where the shape exists in both.

- a French possessive, a plural site noun and a list of towns ("ses deux entrepôts de X et
  de Y") names where the sites are, no customers; "les entrepôts de X" is still X's;
- an English place before a hyphenated descriptor or an "-ery" works noun and a name ("with
  Tarvik start-up X", "by Tarvanian dairy X") lets the name, not the place, be the party;
- "the province of X", "la région de X" name a region, no party ("the city of X" is kept);
- a name set off by commas after an owner's line ("Q's private-label line, X, is made by")
  is the line, no customer.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract, _named

P, S = "PARTNERS_WITH", "SUPPLIES"

FOUND = [
    ("fr", "Pour son épicerie, Kelbrin s'approvisionne auprès du grossiste Zorlane, qui livre "
           "chaque nuit ses deux entrepôts de Tarvac et de Velzou.", (S, "Zorlane", "Kelbrin")),
    ("fr", "Zorlane livre chaque nuit les entrepôts de Kelbrin et de Quistor.",
     (S, "Zorlane", "Quistor")),
    ("en", "Kelbrin has teamed up with Tarvik start-up Zorlane.", (P, "Kelbrin", "Zorlane")),
    ("en", "The line is made for Kelbrin by Tarvanian dairy Zorlane Milch.",
     (S, "Zorlane Milch", "Kelbrin")),
    ("en", "Kelbrin will supply buses to the city of Tarvica.", (S, "Kelbrin", "Tarvica")),
    ("en", "Kelbrin's private-label line, Zorlane Select, is made for it by Tarvik dairy "
           "Quistor.", (S, "Quistor", "Kelbrin")),
    ("en", "Kelbrin's supplier, Zorlane Foods, makes its line.", (S, "Zorlane Foods", "Kelbrin")),
]

ABSENT = [
    ("fr", "Pour son épicerie, Kelbrin s'approvisionne auprès du grossiste Zorlane, qui livre "
           "chaque nuit ses deux entrepôts de Tarvac et de Velzou.", (S, "Zorlane", "Tarvac")),
    ("fr", "Pour son épicerie, Kelbrin s'approvisionne auprès du grossiste Zorlane, qui livre "
           "chaque nuit ses deux entrepôts de Tarvac et de Velzou.", (S, "Zorlane", "Velzou")),
    ("fr", "Zorlane livre leurs usines de Tarvac, de Morvic et de Velzou.",
     (S, "Zorlane", "Morvic")),
    ("en", "Kelbrin has teamed up with Tarvik start-up Zorlane.", (P, "Kelbrin", "Tarvik")),
    ("en", "The line is made for Kelbrin by Tarvanian dairy Zorlane Milch.",
     (S, "Tarvanian", "Kelbrin")),
    ("en", "Chief among them is Zorlane Coop, a cooperative in the province of Tarvica that has "
           "supplied Kelbrin with oil for a decade.", (S, "Tarvica", "Kelbrin")),
    ("fr", "Le principal fournisseur est Zorlane, une coopérative de la province de Tarvica qui "
           "approvisionne Kelbrin depuis dix ans.", (S, "Tarvica", "Kelbrin")),
    ("en", "Kelbrin's private-label line, Zorlane Select, is made for it by Tarvik dairy "
           "Quistor.", (S, "Quistor", "Zorlane Select")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_region_keeps_its_company() -> None:
    got = _named(_extract("Kelbrin a signé un contrat avec Zorlane, une coopérative de la région "
                          "de Quessac.", "fr"))
    assert not any("Quessac" in (r[1], r[2]) for r in got)

"""Word endings that make a folded word an adjective, one list per reading (session 21).

Five lists of adjective endings had grown apart in mentions.py, units.py, relations.py and
resolution.py, and two more came with names16 and refs15 (session 21). They live here now,
each named for what its reader does with it. Three were one list in all but name and are
merged (`FR_ADJECTIVE_ENDINGS`). The others stay apart: widening `POST_ADJECTIVE_ENDINGS` to
`FR_ADJECTIVE_ENDINGS` loses a relation and gains a wrong one on read batch32, widening
`DESCRIPTION_TAIL_ENDINGS` the same way loses three on read batch13 (docs/extraction-history.md,
session 21: code debts); `TITLE_ADJECTIVE_ENDINGS` reads the capitalised words of a name and
takes any "-e"; `BODY_ADJECTIVE_ENDINGS` (names16) was moved here as it stood.
"""

from __future__ import annotations

FR_ADJECTIVE_ENDINGS = ("al", "ale", "aux", "ien", "ienne", "ais", "aise", "ois", "oise", "ique",
                        "if", "ive", "el", "elle", "aire", "ier", "iere", "ain", "aine", "en",
                        "enne", "ard", "iste", "ime")
"""Endings of a lower-case French adjective after a company noun inside a noun phrase ("le
spécialiste murcien A", "le groupe fluvial et maritime X", "et du fonds souverain singapourien
B"): relations.py's list members and apposed names, units.py's `_adjective_after_noun`, and
the adjectives between a description's noun and the name it describes ("l'éditeur musical X",
"le laboratoire pharmaceutique X", "le verrier finistérien X": resolution.py, refs15).
One list since session 21: units.py's and refs15's `_PRE_NAME_ENDINGS` were subsets of it, and
reading them as this list changes no output."""

TITLE_ADJECTIVE_ENDINGS = ("e", "ee", "al", "ale", "el", "elle", "if", "ive", "ique", "aire",
                           "ier", "iere", "il", "ile", "ees", "als", "aux", "ales", "els",
                           "elles", "ifs", "ives", "iques", "aires", "iers", "ieres", "ils",
                           "iles")
"""Endings of a capitalised French adjective after a name's common head ("la Banque Privée de
Quimper", "la Caisse Centrale du Morvan", "les Hospices Civils de Quellac") and, with a few
more, of a lower-case one ending an outlet's title ("maritime", "agricole"): mentions.py
`_title_adjective`, `_title_epithet`. Wider than the others on purpose (any "-e": inside a
name a capitalised word after the head is its adjective, not a verb)."""

DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "and", "ande",
                   "an", "ane")
"""Endings of a French demonym no table has ("la société lannionnaise"): mentions.py."""

DESCRIPTION_TAIL_ENDINGS = DEMONYM_ENDINGS + (
    "ee", "ees", "ant", "ants", "ed", "ing", "al", "ale", "ales", "aux", "onne",
    "onnes", "elle", "elles", "ive", "ives", "if", "ifs", "aire", "aires", "iere", "ieres")
"""Endings of a word after a description that make it an adjective or a participle of the
description ("la société lyonnaise", "la PME spécialisée", "the company based in"), not its
verb: mentions.py `_closes_participle_phrase`. Both languages (English participles); no
"-ique", "-el", "-ier", "-en", "-iste": with them, read French text loses relations."""

POST_ADJECTIVE_ENDINGS = ("iere", "ieres", "aire", "aires", "ole", "oles", "ale", "ales",
                          "elle", "elles", "ique", "iques", "iste", "istes", "ive", "ives")
"""Endings of French adjectives that follow their noun in an apposition ("une coopérative
laitière", "une mutuelle agricole", "une maison familiale", "un réseau dentaire"):
resolution.py reads them as part of the apposition only when the apposition then ends (a
comma, a full stop, "de", "qui" ...), so that a verb ("la coopérative fabrique des ...") ends
nothing. Narrower than `FR_ADJECTIVE_ENDINGS` (no "-ien", "-ais", "-al", "-en" ...): with
those, read text loses a relation and gains a wrong one."""

BODY_ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "el", "elle", "els", "elles", "ique",
                          "iques", "if", "ive", "ifs", "ives", "ien", "ienne", "iens",
                          "iennes", "ais", "aise", "aises", "ois", "oise", "oises")
"""Endings of a lower-case French adjective that goes on a public body's name after its
capitalised head ("l'Agence nationale de ...", "la Régie autonome de Quellon"): mentions.py
`_body_adjective` (names16, session 21), with their plurals; moved here unchanged."""

DEVERBAL_ENDINGS = ("ment", "ments", "age", "ages", "tion", "tions", "ance", "ances")
"""Endings of a French noun of an act or a task made from a verb ("l'enregistrement", "le
stockage", "la restauration", "la maintenance"): relations.py `_deverbal_service` (supply13,
session 23; moved here unchanged by the review)."""

AGENT_ENDINGS_EN = ("er", "or", "ist")
"""Endings of an English noun of who does something ("importer", "processor", "chemist"):
the base of `TRADE_NOUN_ENDINGS` and of mentions.py's `_AGENT_ENDINGS` and
`_TOWN_AGENT_ENDINGS` (one list since review26)."""

TRADE_NOUN_ENDINGS = {"en": AGENT_ENDINGS_EN + tuple(e + "s" for e in AGENT_ENDINGS_EN),
                      "fr": ("eur", "eurs", "ier", "iers", "iste", "istes")}
"""Endings of a lower-case noun of a trade that may head a list member's description when no
list holds it ("Hong Kong importer B", "le tricoteur ardéchois B", "le marbrier parisien B",
"la chaîne de cavistes B"): units.py `trade_noun` (session 24, supply14). A role, a
relation noun and a function word stay out there."""

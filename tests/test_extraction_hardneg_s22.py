"""Session 22, hardneg: a founder whose relative clause says he left, in invented sentences
(names in no list), both languages.

- a clitic or an adverb of time between the relative pronoun and the verb of leaving is
  skipped ("qui en a abandonné la direction", "who has since sold his shares", "qui a depuis
  vendu ses parts");
- giving up the management and selling one's shares are leavings.
"""

from __future__ import annotations

from tests.test_extraction_sentences import _extract, _named

E = "EXECUTIVE_OF"

FOUND = [
    # a founder whose relative clause ends no tenure stays current
    ("en", "Quarvo Metrics was founded by Gus Vellin, who has since expanded it to Spain.",
     (E, "Gus Vellin", "Quarvo Metrics")),
    ("fr", "Quarvo Mesures a été fondée par Gaspard Vellin, qui en a depuis fait un leader.",
     (E, "Gaspard Vellin", "Quarvo Mesures")),
    ("en", "Quarvo Metrics was founded by Gus Vellin, who sold his shares of Dorbank to "
     "focus on it.", (E, "Gus Vellin", "Quarvo Metrics")),
    ("fr", "Quarvo Mesures a été fondée par Gaspard Vellin, qui a cédé ses parts dans Dorbank "
     "pour s'y consacrer.", (E, "Gaspard Vellin", "Quarvo Mesures")),
]

FORMER = [
    ("fr", "Quarvo Mesures a été fondée en 1994 par Gaspard Vellin, qui en a abandonné la "
     "direction en 2021.", "Gaspard Vellin", "Quarvo Mesures"),
    ("fr", "Quarvo Mesures a été fondée par Gaspard Vellin, qui a depuis vendu ses parts.",
     "Gaspard Vellin", "Quarvo Mesures"),
    ("fr", "Quarvo Mesures a été fondée par Gaspard Vellin, qui a cédé ses parts en 2020.",
     "Gaspard Vellin", "Quarvo Mesures"),
    ("en", "Quarvo Metrics was founded by Gus Vellin, who has since sold his shares.",
     "Gus Vellin", "Quarvo Metrics"),
    ("en", "Quarvo Metrics was founded by Gus Vellin, who gave up the management in 2021.",
     "Gus Vellin", "Quarvo Metrics"),
    # an older cue after the clitic still reads
    ("fr", "Le parc est dirigé par Lise Ormand, tandis que son fondateur, Gaspard Vellin, qui en "
     "avait été le président jusqu'en 2023, ne garde aucun mandat chez Quarvo Loisirs.",
     "Gaspard Vellin", None),
]


def test_former() -> None:
    """The founder who left keeps the role only as a former one."""
    for lang, text, person, org in FORMER:
        found = {f for f in _named(_extract(text, lang)) if f[0] == E and f[1] == person}
        assert all(f[3] == "former" for f in found), (text, found)
        if org is not None:
            assert (E, person, org, "former") in found, (text, found)


def test_current() -> None:
    """A founder whose clause ends no tenure stays current, not former."""
    for lang, text, (_, person, org) in FOUND:
        assert (E, person, org, "reported") in _named(_extract(text, lang)), text

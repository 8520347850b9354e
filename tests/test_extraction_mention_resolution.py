"""Issue 11, session 11: systemic mention and resolution faults seen across unseen batches.

Names found with the wrong boundaries or not at all, entities typed the wrong way, and
references ("the Munich firm", "la holding", "le club") that find no antecedent or the wrong
one. Every company and person here is made up and in no list (the alias table, the listed
companies, the first names), except where a listed company is needed to show that a unit
named after it is a company of its own; the sentences are written from the phenomenon, not
copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_mentions_cues import check_absent, check_found

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # an apposition whose head is a company noun after modifier nouns is no product: "X, the
    # drug discovery company", "X, a data storage start-up" (the name before it is kept)
    ("en", "Quarnel Labs, the drug discovery company spun out of Velmora in 2021, has raised "
     "$600 million from Zentrix.", ("INVESTS_IN", "Zentrix", "Quarnel Labs")),
    ("en", "Zentrix agreed to buy Torvane Bio, a battery recycling start-up, for $2 billion.",
     ("ACQUIRES", "Zentrix", "Torvane Bio")),
    # a unit named after a listed company, with a camelCase word, is a company of its own
    ("en", "Velmora buys its servers from Nvidia DeepVolt.",
     ("SUPPLIES", "Nvidia DeepVolt", "Velmora")),
]

# Each entry: a name that must not be an entity, or a relation that must not be asserted.
ABSENT = [
    # the unit is not its parent
    ("en", "Velmora buys its servers from Nvidia DeepVolt.", ("SUPPLIES", "Nvidia", "Velmora")),
    # a role in capitals after a known name is no part of it
    ("en", "Nvidia CEO Jensen Quarby said Velmora would buy its chips.", "Nvidia CEO"),
]


CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "what", "wanted"), CASES)
def test_case(lang: str, text: str, what: str | tuple[str, str, str], wanted: bool) -> None:
    """A FOUND relation is asserted; an ABSENT name or relation is not."""
    if wanted:
        assert isinstance(what, tuple)
        check_found(lang, text, what)
    else:
        check_absent(lang, text, what)

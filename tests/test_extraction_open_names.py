"""Issue 11, third pass: open-class names. A capitalised span that no list knows is a candidate
organisation or person wherever a name can stand, unless something positively says it is not
one; person or organisation comes from the span's form and context, not from a list of first
names.

Every company and person here is made up and in no list (the alias table, the listed companies,
the first names); the sentences are written from the phenomenon, not copied from an evaluation
article.
"""

from __future__ import annotations

import pytest

from loaders.extraction.gazetteer import default_gazetteer
from loaders.extraction.lexicon import load_lexicon
from loaders.extraction.mentions import (
    NAME,
    align_types,
    detect_mentions,
    lowercase_names,
    proper_words,
)
from loaders.extraction.sentences import split_sentences
from loaders.extraction.tokens import tokenize
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import check_absent, check_found

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # a hyphenated name whose second part is written in lower case is one name, wherever it
    # stands (and a one-letter first part is no alias of its own)
    ("en", "Q-fusion has raised $300 million from Velmora.", ("INVESTS_IN", "Velmora", "Q-fusion")),
    ("en", "Velmora took a 20% stake in Q-fusion, a Texas-based maker of reactors.",
     ("INVESTS_IN", "Velmora", "Q-fusion")),
    ("en", "Velmora plans to build a plant with Q-fusion. A seat on Q-fusion's board went to "
     "Zentrix, which owns 10% of Q-fusion.", ("INVESTS_IN", "Zentrix", "Q-fusion")),
    ("en", "Q-fusion, the Ohio-based developer of reactors, agreed to buy Zentrix.",
     ("ACQUIRES", "Q-fusion", "Zentrix")),
    ("fr", "Korvane a investi 5 millions d'euros dans V-ensys.",
     ("INVESTS_IN", "Korvane", "V-ensys")),
    ("fr", "V-ensys a racheté Quistor pour 20 millions d'euros.",
     ("ACQUIRES", "V-ensys", "Quistor")),
    # a one-letter lower-case head before a capitalised part: "e-QUORB"
    ("en", "Velmora agreed to buy e-QUORB, a maker of satellite software.",
     ("ACQUIRES", "Velmora", "e-QUORB")),
    ("fr", "Korvane a racheté e-QUORB, un spécialiste de l'imagerie.",
     ("ACQUIRES", "Korvane", "e-QUORB")),
    # camelCase that opens with a lower-case syllable, not only one letter: "bioZentra",
    # "easyVelm", wherever it stands, sentence-initial included
    ("fr", "Le spécialiste lyonnais bioZentra a annoncé l'acquisition de Quistor.",
     ("ACQUIRES", "bioZentra", "Quistor")),
    ("fr", "bioZentra a racheté Quistor pour 20 millions d'euros.",
     ("ACQUIRES", "bioZentra", "Quistor")),
    ("fr", "Paul Quenet, directeur général de bioZentra, a salué l'accord.",
     ("EXECUTIVE_OF", "Paul Quenet", "bioZentra")),
    ("en", "easyVelm agreed to buy Zentrix for $20 million.", ("ACQUIRES", "easyVelm", "Zentrix")),
    ("en", "Velmora has taken a 10% stake in easyVelm.", ("INVESTS_IN", "Velmora", "easyVelm")),
    # a national abbreviation that opens a name: "U.S. Quarsteel", "U.K. Velmora" (the rival
    # and the target are the whole name, not its second word)
    ("en", "Zentrix agreed to buy U.S. Quarsteel for $14 billion.",
     ("ACQUIRES", "Zentrix", "U.S. Quarsteel")),
    ("en", "Cleveland-Torvik, the domestic rival of U.S. Quarsteel, had offered more.",
     ("COMPETES_WITH", "Cleveland-Torvik", "U.S. Quarsteel")),
    # a capitalised title before the person is no part of the name
    ("en", "Velmora, led by Chief Executive Gary Quenlan, has been under pressure.",
     ("EXECUTIVE_OF", "Gary Quenlan", "Velmora")),
    ("en", "Velmora Chief Executive Officer Ravi Torlund said the deal would close in May.",
     ("EXECUTIVE_OF", "Ravi Torlund", "Velmora")),
]

# Each entry: a name that must not be an entity, or a relation that must not be asserted.
ABSENT = [
    # compound adjectives and common hyphenated words are no names
    ("en", "Velmora makes X-ray scanners for hospitals.", "X-ray"),
    ("en", "Velmora, a Texas-based maker of drones, agreed to buy Zentrix.", "Texas-based"),
    ("en", "Velmora bought a Europe-wide network from Zentrix.", "Europe-wide"),
    ("en", "Velmora, a Nasdaq-listed maker of drones, agreed to buy Zentrix.", "Nasdaq-listed"),
    ("en", "Velmora agreed to buy Zentrix. E-commerce sales rose by 10%.", "E-commerce"),
    ("fr", "Korvane a racheté Quistor. Vice-président de Korvane, Paul Quenet a salué l'accord.",
     "Vice-président"),
    ("fr", "Korvane a racheté Quistor. Sous-traitant de Velmora, Quistor fabrique des pièces.",
     "Sous-traitant"),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found, check_absent)


# Each entry: a name and whether it is a person ("P") or an organisation ("O"), from its form
# and context only: none of these first names is in the list of first names, and some
# organisations open with a common first name.
TYPED = [
    ("en", '"We are ready," said Torvald Quenby.', "Torvald Quenby", "P"),
    ("en", "Brannoc Tiel, who founded Velmora in 2015, will stay on.", "Brannoc Tiel", "P"),
    ("en", "Velmora hired Ysolde Marrant, the chief financial officer of Zentrix.",
     "Ysolde Marrant", "P"),
    ("fr", "« Nous sommes prêts », a déclaré Ysolde Quarnier.", "Ysolde Quarnier", "P"),
    ("fr", "Brannoc Tiel, directeur général de Korvane, a salué l'accord.", "Brannoc Tiel", "P"),
    ("fr", "« Tout est prêt », a précisé Jean-Torvald Quenby.", "Jean-Torvald Quenby", "P"),
    # an organisation noun before the name, or "&" in it, makes an organisation of it, in every
    # sentence of the article that names it
    ("en", "Velmora raised $70 million in a round led by Jane Lane. The round was led by "
     "trading firm Jane Lane, Velmora said.", "Jane Lane", "O"),
    ("fr", "Korvane lève 20 millions d'euros auprès de Marie Lane. Le fonds Marie Lane mène le "
     "tour.", "Marie Lane", "O"),
    ("en", "Velmora has signed a partnership with Nora & Finch.", "Nora & Finch", "O"),
    # a speech verb before a company whose words are common words is no person cue
    ("en", '"The power market is growing," said Kairon Power.', "Kairon Power", "O"),
]


def _typed(text: str, lang: str) -> dict[str, set[bool]]:
    lex = load_lexicon(lang)
    sentences = split_sentences(text)
    toks = [tokenize(s.text, s.start) for s in sentences]
    caps, lower = proper_words(toks, lex), lowercase_names(toks, lex)
    words = frozenset(t.norm for ts in toks for t in ts if t.text.islower())
    mentions = [detect_mentions(i, ts, text, lex, default_gazetteer(), caps, lower, words)
                for i, ts in enumerate(toks)]
    align_types(mentions)
    out: dict[str, set[bool]] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == NAME:
                out.setdefault(m.text, set()).add(m.person)
    return out


@pytest.mark.parametrize(("lang", "text", "name", "kind"), TYPED)
def test_person_or_organisation(lang: str, text: str, name: str, kind: str) -> None:
    typed = _typed(text, lang)
    assert typed.get(name) == {kind == "P"}, typed

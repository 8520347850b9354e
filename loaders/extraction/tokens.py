"""Tokenisation with character offsets (French elisions and English possessives split off)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.text import fold

_TOKEN = re.compile(
    r"""
    (?P<elision>(?<!\w)(?:[dDlLjJnNmMsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w))
  | (?P<poss>['’]s(?!\w)|(?<=[sS])['’](?=\s))
  | (?P<initials>(?<!\w)(?:[A-Z]\.){2,}(?:[A-Z](?!\w))?)
  | (?P<number>\d+(?:[.,]\d+)*)
  | (?P<word>[^\W\d_](?:[\w]|['’](?=[^\W\d_]{2})(?!s(?!\w)))*)
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text, offsets in the article, folded form and kind."""

    text: str
    start: int
    end: int
    norm: str
    kind: str  # elision, poss, initials, number, word, punct

    @property
    def is_upper_initial(self) -> bool:
        """True when the token starts with an uppercase letter (a proper-noun shape)."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        """True for word-like tokens (words and initials)."""
        return self.kind in ("word", "initials")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; offsets are shifted by `offset` (the text's start in the article).

    >>> [t.text for t in tokenize("l’usine d'ASML et Nvidia's chips")]
    ['l’', 'usine', "d'", 'ASML', 'et', 'Nvidia', "'s", 'chips']
    """
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        value = m.group()
        out.append(Token(value, m.start() + offset, m.end() + offset, fold(value), kind))
    return out

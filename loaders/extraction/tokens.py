"""Tokenisation with character offsets (French elisions and English possessives split off)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.text import fold

_TLDS = ("ai", "io", "com", "net", "org", "co", "app", "tech", "fr", "de", "eu", "me", "ly", "so",
         "xyz", "dev", "uk", "us", "be", "ch", "nl", "es", "it", "cloud", "bio", "health", "biz",
         "info", "news", "media", "online")
_TOKEN = re.compile(
    r"""
    (?P<elision>(?<![\w&])(?:[dDlLjJnNmMsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w))
  | (?P<poss>['’]s(?!\w)|(?<=[sS])['’](?=\s))
  | (?P<initials>(?<!\w)(?:[A-Z]\.){2,}(?:[A-Z](?!\w))?|(?<!\w)(?!a\.k\.a\.)(?:[a-z]\.){3,}
        |(?<!\w)[A-Z]\.[a-z]\.[A-Za-z]\.(?!\w))
  | (?P<word>[A-Z]{2,}\.[A-Z][a-z]+(?![.\w])
        |\d+[a-z]*[A-Z][A-Za-z\d]*(?![\w.,]\d)
        |[^\W\d_](?:[\w]|['’](?=[^\W\d_]{2})(?!s(?!\w))|(?<=\wc)['’]h(?!\w))*
         (?:\.(?:{tlds})(?!\w|\.\w))?)
  | (?P<number>\d+(?:[.,]\d+)*(?::\d+)?)
  | (?P<punct>\S)
    """.replace("{tlds}", "|".join(_TLDS)),
    re.VERBOSE,
)
"""Token kinds. Words include names with a web domain ("Qure.ai", "Booking.com") and names
that open with digits and hold a capital ("23andMe", "2CRSi", "3M": mentions.py decides whether
one is a name) and an acronym joined by a period to a capitalised word ("KV.Quistor");
initials include lower-case ones of three letters or more ("e.l.f.", not "e.g." nor "a.k.a.")
and dotted legal forms with a lower-case letter inside ("S.p.A.", "S.r.l."). No elision
after "&" ("KT&T's" is a possessive). A ratio or a time written with a colon is one number
("a 50:50 venture", whose colon cuts no clause; session 22, partners). A Breton "c'h" ends a
word ("Vourc'h", "Le Goarc'h": session 25, names26)."""


COMBINING_FORMS = frozenset({
    "franco", "anglo", "germano", "italo", "sino", "nippo", "russo", "hispano", "luso", "indo",
    "austro", "belgo", "helveto", "americano", "canado", "greco", "turco", "polono", "israelo",
    "arabo", "neerlando", "irano", "syro", "libano", "algero", "tuniso", "dano", "suedo",
    "norvego", "finno", "hungaro", "roumano", "serbo", "croato", "slovaco", "tchecoslovaque"})
"""First parts of compound nationality adjectives ("sino-américain", "Anglo-Dutch",
"italo-britannique"): such a part, a hyphen and a word make one token, as the adjective's
other forms are one."""


_LOWER_COMBINING = frozenset({"sud", "nord", "neo", "sri", "cap", "equato", "bissau", "papouan"})
"""First parts that make one adjective only with a lower-case second part ("sud-coréen",
"néo-zélandais", "sri-lankais"; not "Sud-Ouest", a name)."""


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
        if kind == "word" and len(out) >= 2 and out[-1].text == "-" \
                and (out[-2].norm in COMBINING_FORMS
                     or out[-2].norm in _LOWER_COMBINING and value.islower()) \
                and out[-2].end == out[-1].start and out[-1].end == m.start() + offset:
            first = out[-2]  # "sino-américain", "Franco-German": one nationality adjective
            del out[-2:]
            value = text[first.start - offset:m.end()]
            out.append(Token(value, first.start, m.end() + offset, fold(value), kind))
            continue
        out.append(Token(value, m.start() + offset, m.end() + offset, fold(value), kind))
    return out


QUOTE_MARKS = {"«": "»", "“": "”", "\"": "\""}
"""Opening quotation marks and their closing marks."""


def quote_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges [first, last) inside quotation marks (the marks excluded)."""
    spans = []
    k = 0
    while k < len(tokens):
        close = QUOTE_MARKS.get(tokens[k].text)
        if close is None:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == close), None)
        if end is None:
            break
        spans.append((k + 1, end))
        k = end + 1
    return spans

"""Sentence splitting with character offsets into the article text.

Rules, tuned for wire-style French and English news: a line break always ends a sentence; a
period, question or exclamation mark ends one when followed by a capital, a digit or an opening
quote, except after abbreviations and initials; a quotation that the sentence continues after
(« ... », a-t-il dit / "...," he said) is kept whole. Overlong sentences are cut at a
semicolon or a space so that later steps stay linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE_CHARS = 1200

GIVEN_NAME_ABBREVIATIONS = frozenset({"wm", "chas", "geo", "thos", "jas", "jos", "benj", "robt",
                                      "edw", "fred", "saml", "richd"})
"""Given names shortened with a period, kept in old firms' names ("Chas. Kandor & Sons"): no
sentence ends there before a capital, and the name goes on past the period (session 16)."""
_ABBREVIATIONS = frozenset({
    "co", "corp", "inc", "ltd", "jr", "sr", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc",
    "m", "mme", "mlle", "mm", "cie", "ste", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gen", "sen", "rep", "gov", "prof", "approx", "av",
    "env", "p", "pp", "fig", "vol", "est", "dept", "bros", "plc", "s.a", "n.v", "e.g", "i.e",
}) | GIVEN_NAME_ABBREVIATIONS
_STARTERS = frozenset({
    "the", "it", "its", "he", "she", "they", "we", "in", "on", "a", "an", "but", "and", "this",
    "le", "la", "les", "l", "il", "elle", "ils", "elles", "un", "une", "en", "dans", "mais",
    "selon", "according", "shares", "ce", "cette", "ces", "des", "de", "du", "au", "aux",
})
_END = re.compile(r"[.!?…]+[»\"”’')\]]*")
_QUOTE_SPAN = re.compile(r"«[^«»]{0,600}»|“[^“”]{0,600}”")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LOWER_NAME = re.compile(r"(?:[a-z]\.){3,}\s")  # a name in lower-case initials: "e.l.f. said"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its text and offsets (article.text[start:end] == text)."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, whitespace-trimmed, with exact offsets.

    >>> [s.text for s in split_sentences("Apple Inc. a gagné. Le titre monte.\\nFin")]
    ['Apple Inc. a gagné.', 'Le titre monte.', 'Fin']
    """
    protected = _protected_ranges(text)
    out: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        cuts = [line_start]
        for m in _END.finditer(text, line_start, line_end):
            end = m.end()
            if _inside(end, protected) or not _is_boundary(text, m.start(), end, line_end):
                continue
            cuts.append(end)
        cuts.append(line_end)
        for a, b in zip(cuts, cuts[1:], strict=False):
            for start, stop in _limit(text, a, b):
                _append(out, text, start, stop)
        line_start = line_end + 1
    return out


def _protected_ranges(text: str) -> list[tuple[int, int]]:
    """Quotations followed by a comma or a lowercase word: the sentence goes on after them."""
    ranges = []
    for m in _QUOTE_SPAN.finditer(text):
        rest = text[m.end():m.end() + 3].lstrip(" \u00a0\u202f")
        if rest[:1] == "," or (rest[:1].isalpha() and rest[:1].islower()):
            ranges.append((m.start(), m.end() - 1))
    return ranges


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a < pos <= b for a, b in ranges)


def _is_boundary(text: str, punct_start: int, end: int, line_end: int) -> bool:
    """True when the punctuation ending at `end` closes a sentence."""
    nxt = text[end:line_end]
    stripped = nxt.lstrip()
    if not stripped:
        return True
    if stripped is nxt:  # no whitespace after: "U.S.-made", "3.5"
        return False
    first = stripped[0]
    if not (first.isupper() or first.isdigit() or first in "«\"“(['"
            or _LOWER_NAME.match(stripped)):
        return False
    if text[punct_start] != ".":
        return True
    m = _WORD_BEFORE.search(text, 0, punct_start)
    word = (m.group(1) if m else "").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return False
    if word in _ABBREVIATIONS or ("." in word and len(word) <= 6):
        next_word = re.match(r"[\w']+", stripped)
        return next_word is not None and next_word.group().lower().rstrip("'") in _STARTERS
    return True


def _limit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an overlong span at semicolons or spaces into pieces of bounded length."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start:start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE_CHARS // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS - 1
        pieces.append((start, start + cut + 1))
        start += cut + 1
    pieces.append((start, end))
    return pieces


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    start, end = start + lead, end - trail
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

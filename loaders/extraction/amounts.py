"""Money amounts in French and English text: value, currency and bound ("up to", "about").

"jusqu'à 100 milliards de dollars" -> Amount(1e11, "USD", "up_to"); "$5 billion" ->
Amount(5e9, "USD"); "1,3 milliard d'euros" -> Amount(1.3e9, "EUR"); "NT$361.6 billion" ->
Amount(3.616e11, "TWD").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.text import fold
from ontology.records import Amount

_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "nt$": "TWD",
            "hk$": "HKD", "c$": "CAD", "a$": "AUD", "s$": "SGD", "chf": "CHF", "eur": "EUR",
            "usd": "USD", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY"}
_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "livres": "GBP",
          "pounds": "GBP", "yens": "JPY", "yen": "JPY", "yuans": "CNY", "yuan": "CNY",
          "francs suisses": "CHF", "swiss francs": "CHF", "won": "KRW", "wons": "KRW",
          "dollars taiwanais": "TWD", "taiwan dollars": "TWD", "dollars americains": "USD"}
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_PREFIX = r"(?P<sym>NT\$|HK\$|US\$|C\$|A\$|S\$|\$|€|£|¥|EUR|USD|GBP|CHF)\s?"
_AMOUNT = re.compile(
    rf"(?:{_PREFIX})?(?P<num>{_NUMBER})\s?(?P<suffix>€|\$|£)?\s?"
    r"(?P<scale>milliers de milliards|milliards?|millions?|billions?|trillions?|"
    r"thousand|bn|mds?|mrds?|mn|mln|[mkMbB]\b)?"
    r"(?:\s?(?:de |d['’])?(?P<word>dollars taiwanais|dollars américains|dollars|dollar|euros|"
    r"euro|livres|pounds|yens|yen|yuans|yuan|francs suisses|swiss francs|wons|won))?"
    r"(?:\s?(?P<suffix2>€|\$|£))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundAmount:
    """An amount and where it is in the text."""

    start: int
    end: int
    amount: Amount


def find_amounts(text: str, offset: int, lex: Lexicon) -> list[FoundAmount]:
    """Money amounts in `text` (offsets shifted by `offset`); numbers without currency skipped."""
    out = []
    for m in _AMOUNT.finditer(text):
        sym, word, suffix = m.group("sym"), m.group("word"), m.group("suffix")
        currency = None
        if sym:
            currency = _SYMBOLS.get(sym.lower())
        elif suffix:
            currency = _SYMBOLS.get(suffix.lower())
        elif word:
            currency = _WORDS.get(fold(word))
        elif m.group("suffix2"):
            currency = _SYMBOLS.get(m.group("suffix2").lower())
        if currency is None:
            continue
        value = _number(m.group("num"), lex.language)
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value *= _scale(scale, lex)
        bound = _bound(text[:m.start()], lex)
        out.append(FoundAmount(m.start() + offset, m.end() + offset,
                               Amount(value, currency, bound)))
    return out


def _number(raw: str, language: str) -> float | None:
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if language == "fr":
        s = s.replace(".", "").replace(",", ".") if re.search(r",\d{1,2}$|,\d+$", s) else \
            s.replace(",", "")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _scale(word: str, lex: Lexicon) -> float:
    w = fold(word).rstrip(".")
    if w == "b":
        return 1e9
    if w in lex.amount_scales:
        return lex.amount_scales[w]
    for key in (w, w.rstrip("s")):
        if key in ("billion", "bn"):
            return 1e9 if lex.language == "en" else 1e12
        if key in ("million", "mn", "mln", "m"):
            return 1e6
        if key in ("milliard", "md", "mrd"):
            return 1e9
        if key in ("trillion",):
            return 1e12
        if key in ("thousand", "k"):
            return 1e3
    return 1.0


def _bound(before: str, lex: Lexicon) -> str:
    tail = fold(before[-30:]).rstrip()
    words = re.sub(r"['’]", "' ", tail).split()
    best = "exact"
    for phrase, bound in lex.amount_bounds.items():
        flat = " ".join(phrase).replace("' ", "'")
        joined = " ".join(words).replace("' ", "'")
        if joined.endswith(flat):
            return bound
    return best

"""Event dates stated in a sentence, resolved against the article date.

"le 1er décembre", "December 1", "en septembre", "in July", "mardi", "on Tuesday". Relative
forms (a weekday, a month without year) need the article date and resolve to the latest such
day or month on or before it; without an article date only full dates are read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from loaders.extraction.text import fold

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_DAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAYS = frozenset(_DAYS)
"""The names of the days of the week, French and English (lower case)."""
MONTHS = frozenset(_MONTHS)
"""The names of the months, French and English (lower case, folded)."""
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                 "oct", "nov", "dec"})
"""The English short forms of the months ("Nov 18 (Reuters) -"; a period after them is
stripped by the caller)."""
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(_DAYS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
_MONTH_ONLY = re.compile(rf"\b(?:en|in|since|depuis|fin|end of|début|debut)\s+({_MONTH_RE})"
                         r"(?:\s+(\d{4}))?\b")
_WEEKDAY = re.compile(rf"\b({_DAY_RE})\b")


def event_date(sentence: str, article_date: date | None) -> date | None:
    """The first date stated in the sentence, or None."""
    text = fold(sentence)
    for rx, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = rx.search(text)
        if m:
            day, month = (m.group(1), m.group(2)) if order == "dm" else (m.group(2), m.group(1))
            year = int(m.group(3)) if m.group(3) else _year_for(_MONTHS[month], article_date)
            if year is None:
                continue
            try:
                return date(year, _MONTHS[month], int(day))
            except ValueError:
                continue
    m = _MONTH_ONLY.search(text)
    if m:
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else _year_for(month, article_date)
        if year is not None:
            return date(year, month, 1)
    m = _WEEKDAY.search(text)
    if m and article_date is not None:
        back = (article_date.weekday() - _DAYS[m.group(1)]) % 7
        return article_date - timedelta(days=back)
    return None


def _year_for(month: int, article_date: date | None) -> int | None:
    if article_date is None:
        return None
    return article_date.year if month <= article_date.month else article_date.year - 1

"""Bounded insertions inside a relation's pattern: adverbs, time phrases, amounts and
"according to ..." parentheticals that may stand between a trigger and its preposition, between
the words of a preposition phrase, or between a preposition and its name ("souscrite en grande
partie par X", "rachetée la semaine dernière pour 2 milliards d'euros par X", "was first
reported last week by X", "is led, according to two people, by X").

Words are folded (lower case, no accents), as `SentenceView.words` are. An insertion never
holds a name outside a parenthetical and never crosses a hard boundary; its length is capped
so that a relation's reach grows by a phrase, not by a clause.
"""

from __future__ import annotations

_ADVERBS = frozenset({
    # fr
    "ainsi", "notamment", "egalement", "aussi", "deja", "desormais", "encore", "toujours",
    "neanmoins", "pourtant", "cependant", "toutefois", "plus", "directement", "principalement",
    "majoritairement", "essentiellement", "largement", "entierement", "integralement",
    "conjointement", "hier", "recemment", "finalement", "officiellement", "initialement",
    "donc", "alors", "partiellement", "discretement", "indirectement",
    "actuellement", "meme", "bien", "tres", "ensemble",
    # en
    "also", "already", "now", "still", "more", "directly", "thus", "largely", "mainly",
    "mostly", "primarily", "partly", "partially", "jointly", "first", "recently", "initially",
    "reportedly", "officially", "finally", "yesterday", "eventually", "fully", "wholly",
    "originally", "previously", "further", "indirectly", "quietly", "currently", "even",
    "only", "ultimately", "effectively", "formally", "so", "therefore", "hence", "together",
})
"""Adverbs of degree, time and discourse that may stand inside a pattern."""

_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted({
    tuple(p.split()) for p in (
        # fr
        "en grande partie", "en partie", "pour l' essentiel", "pour partie", "en majorite",
        "pour moitie", "a parts egales", "la semaine derniere", "la semaine passee",
        "le mois dernier", "le mois passe", "l' an dernier", "l' annee derniere", "l' an passe",
        "l' annee passee", "cette annee", "cette semaine", "ce mois-ci", "plus tot cette annee",
        "a son tour", "a leur tour", "en fin de compte", "au final", "en outre", "de fait",
        "par ailleurs", "quant a lui", "quant a elle", "quant a eux", "quant a elles",
        "il y a deux ans", "il y a trois ans", "il y a un an",
        "il y a quelques mois", "il y a quelques annees", "ces derniers mois",
        "ces dernieres annees", "au passage", "de plus en plus", "de facon indirecte",
        "au quotidien", "de son cote", "de leur cote", "pour sa part", "pour leur part",
        # en
        "in large part", "in part", "for the most part", "last week", "last month", "last year",
        "this year", "this week", "this month", "earlier this year", "earlier this month",
        "earlier this week", "late last year", "early last year", "in turn", "in the end",
        "two years ago", "three years ago", "a year ago", "years ago", "months ago",
        "in recent months", "in recent years", "at the time", "for now", "in effect",
        "day to day", "for its part", "for their part",
    )}, key=len, reverse=True))

_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _p in _PHRASES:
    _BY_FIRST[_p[0]] = (*_BY_FIRST.get(_p[0], ()), _p)

_TIME_PREPS = frozenset({"en", "depuis", "des", "debut", "fin", "mi", "courant", "in", "since",
                         "on", "early", "late", "mid", "until", "jusqu'en", "au", "le"})
_AMOUNT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("a", "hauteur", "de"), ("a", "hauteur", "d'"), ("up", "to"), ("pour",), ("for",),
    ("moyennant",), ("contre",), ("worth",))
_AMOUNT_PREPS = frozenset(p[0] for p in _AMOUNT_OPENERS)  # not "à 40 %" alone: a stake
_AMOUNT_WORDS = frozenset({"million", "millions", "milliard", "milliards", "billion", "billions",
                           "bn", "m", "mn", "md", "mds", "mrd", "trillion", "euros", "euro",
                           "dollars", "dollar", "livres", "pounds", "francs", "yens", "yuans",
                           "couronnes", "de", "d'", "d", "%", "pour", "cent", "percent",
                           "per", "$", "€", "£", "us", "environ", "about", "some", "around",
                           "pres", "quelque", "quelques", "un", "une", "an", "estimated",
                           "estimes", "estime", "montant", "amount", "total"})
_FRACTIONS = frozenset({"tiers", "quart", "moitie", "third", "quarter", "half"})
"""A stake's size given as a fraction after an amount opener and its article."""
_PARENTHESIS_OPENERS: tuple[tuple[str, ...], ...] = (
    ("according", "to"), ("selon",), ("d'apres",), ("d'", "apres"), ("people", "familiar"),
    ("sources", "said"), ("a-t-on", "appris"), ("a", "t-on", "appris"), ("it", "said"),
    ("the", "company", "said"), ("people", "said"), ("he", "said"), ("she", "said"),
    ("ont", "indique"), ("a", "indique"), ("dit-on",), ("semble-t-il",), ("in", "effect"),
    ("en", "effet"), ("for", "example"), ("par", "exemple"), ("notamment",), ("in", "turn"),
    ("a", "son", "tour"), ("apparemment",), ("apparently",), ("reportedly",),
)
_STARTS = _ADVERBS | frozenset(p[0] for p in _PHRASES) | _TIME_PREPS | _AMOUNT_PREPS
_HARD = frozenset({";", ":", "(", ")", "«", "»", "—", "–", "\"", "“", "”", "?", "!", "."})
_MAX_INSERT = 8
_MAX_PARENTHESIS = 14


def _digit(w: str) -> bool:
    return bool(w) and (w[0].isdigit() or w[0] in "$€£")


def _one(words: list[str], k: int, calendar: frozenset[str]) -> int:
    """The end of one insertion element at k (k when there is none)."""
    n = len(words)
    if k >= n:
        return k
    w = words[k]
    for p in _BY_FIRST.get(w, ()):
        if tuple(words[k:k + len(p)]) == p:
            return k + len(p)
    if w in _ADVERBS:
        return k + 1
    if w in calendar:  # "jeudi", "Monday", "en mars 2024" (see below)
        j = k + 1
        while j < n and (words[j].isdigit() or words[j] in ("dernier", "derniere", "prochain",
                                                            "last", "next")):
            j += 1
        return j
    if w in _TIME_PREPS and k + 1 < n:
        j = k + 1
        if j < n and words[j] in ("l'", "le", "la", "the") and j + 1 < n \
                and words[j + 1] in ("an", "annee", "year"):
            return k  # "en l'an": rare; not a date here
        if words[j].isdigit() and len(words[j]) == 4:  # "en 2021", "since 2019"
            return j + 1
        if words[j].isdigit() and j + 1 < n and words[j + 1] in calendar:  # "le 12 mars"
            j += 2
            return j + 1 if j < n and words[j].isdigit() and len(words[j]) == 4 else j
        if words[j] in calendar:
            j += 1
            while j < n and words[j].isdigit():
                j += 1
            return j
        return k
    opener = next((len(p) for p in _AMOUNT_OPENERS if tuple(words[k:k + len(p)]) == p), 0) \
        if w in _AMOUNT_PREPS else 0
    if opener and k + opener < n:  # "pour 2 milliards d'euros", "for $2 billion", "à hauteur
        j = k + opener  # de 200 millions d'euros"
        while j < n and words[j] in ("environ", "about", "some", "around", "quelque", "pres",
                                     "de", "d'", "un", "montant", "total", "an", "estimated",
                                     "up", "to", "jusqu'a", "plus", "more", "than",
                                     "peu", "moins", "la", "a", "just", "under", "over",
                                     "nearly", "almost", "roughly"):
            j += 1
        if j < n and words[j] in _FRACTIONS and j > k + opener:  # "à hauteur d'un peu plus
            return j + 1  # d'un quart", "for roughly a third" (session 21, stakes4)
        if j < n and _digit(words[j]):
            j += 1
            while j < n and j < k + 8 and (words[j] in _AMOUNT_WORDS or _digit(words[j])
                                           or words[j] in (",", "%")
                                           and j + 1 < n and _digit(words[j + 1])):
                j += 1
            return j
        return k
    return k


def insertion_end(words: list[str], k: int, calendar: frozenset[str],
                  parenthesis: bool = True) -> int:
    """The end of a bounded insertion starting at word k (k itself when none stands there):
    one or more adverbs, time phrases and amounts, at most `_MAX_INSERT` words, or a
    parenthetical set off by commas and opened by "according to" / "selon" (to its closing
    comma)."""
    n = len(words)
    if parenthesis and k + 1 < n and words[k] == ",":
        for opener in _PARENTHESIS_OPENERS:
            if tuple(words[k + 1:k + 1 + len(opener)]) == opener:
                for c in range(k + 1 + len(opener), min(n, k + 1 + _MAX_PARENTHESIS)):
                    if words[c] in _HARD:
                        return k
                    if words[c] == ",":
                        return c + 1
                return k
    if k >= n or not (words[k] in _STARTS or words[k] in calendar):
        return k
    j = k
    while j < n and j - k < _MAX_INSERT:
        e = _one(words, j, calendar)
        if e == j:
            break
        if e - k > _MAX_INSERT:
            break
        j = e
    return j if j - k <= _MAX_INSERT else k

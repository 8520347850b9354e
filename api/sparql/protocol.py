"""Pure helpers of the SPARQL 1.1 Protocol: content negotiation and request screening.

No web framework here: the query workers (`api.sparql.pool`) import this module too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RESULT_MEDIA: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
"""Media types offered for SELECT and ASK results (in order of preference) -> format."""

GRAPH_MEDIA: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",
    "text/plain": "ntriples",
}
"""Media types offered for CONSTRUCT and DESCRIBE results (in order of preference) -> format."""

FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),
    "ntriples": (None, "application/n-triples"),
    "nt": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"),
    "json-ld": (None, "application/ld+json"),
    "rdfxml": (None, "application/rdf+xml"),
    "trig": (None, "application/trig"),
    "nquads": (None, "application/n-quads"),
}
"""The `format=` parameter (Fuseki style) -> (results media type, graph media type)."""

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)


@dataclass(frozen=True)
class MediaRange:
    """One entry of an Accept header."""

    type: str
    subtype: str
    q: float

    def matches(self, media: str) -> int:
        """Specificity of the match with a concrete media type (0 when it does not match)."""
        t, _, s = media.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 1
        if self.type == t and self.subtype == "*":
            return 2
        if self.type == t and self.subtype == s:
            return 3
        return 0


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header (a missing or empty header accepts anything).

    >>> [(r.type, r.subtype, r.q) for r in parse_accept("text/csv;q=0.5, application/*")]
    [('text', 'csv', 0.5), ('application', '*', 1.0)]
    """
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if "/" not in media:
            if media == "*":
                media = "*/*"
            else:
                continue
        t, _, s = media.lower().partition("/")
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(t.strip(), s.strip(), q))
    return ranges


def negotiate(header: str | None, offers: list[str]) -> str | None:
    """The offered media type the client prefers (highest q of its most specific matching
    range; ties go to the order of `offers`), or None when none is acceptable (q=0 excludes).

    >>> negotiate("text/csv;q=0.4, application/sparql-results+xml", list(RESULT_MEDIA))
    'application/sparql-results+xml'
    >>> negotiate("*/*;q=0.1, text/csv", list(RESULT_MEDIA))
    'text/csv'
    >>> negotiate("image/png", list(RESULT_MEDIA)) is None
    True
    """
    ranges = parse_accept(header)
    best: tuple[float, int] | None = None
    chosen = None
    for index, offer in enumerate(offers):
        specificity, q = 0, 0.0
        for r in ranges:
            m = r.matches(offer)
            if m > specificity:
                specificity, q = m, r.q
            elif m == specificity and m and r.q > q:
                q = r.q
        if specificity and q > 0:
            rank = (q, -index)
            if best is None or rank > best:
                best, chosen = rank, offer
    return chosen


def prefers_html(header: str | None) -> bool:
    """True when the client (a browser) names text/html and likes nothing better.

    >>> prefers_html("text/html,application/xhtml+xml,*/*;q=0.8")
    True
    >>> prefers_html("*/*"), prefers_html("text/turtle, text/html;q=0.5")
    (False, False)
    """
    ranges = parse_accept(header)
    html = max((r.q for r in ranges if (r.type, r.subtype) == ("text", "html")), default=0.0)
    others = max(
        (r.q for r in ranges if r.subtype != "*" and (r.type, r.subtype) != ("text", "html")),
        default=0.0,
    )
    return html > 0 and html >= others


_LEXICAL = re.compile(
    r"""
      \#[^\n\r]*                                  # comment
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"          # long string
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n\r]|\\.)*"                       # string
    | '(?:[^'\\\n\r]|\\.)*'
    | <[^<>"{}|^`\\\x00-\x20]*>                   # IRI
    """,
    re.VERBOSE | re.DOTALL,
)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[A-Za-z0-9_.\-]*:|BASE)\s*)*", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _code_only(text: str) -> str:
    """The text with comments, strings and IRIs blanked (keywords stay where they are)."""
    return _LEXICAL.sub(" ", text)


def is_update(text: str) -> bool:
    """True when the text is a SPARQL Update request rather than a query.

    >>> is_update("PREFIX ex: <http://e/> # hi\\n INSERT DATA { ex:a ex:b 'SELECT' }")
    True
    >>> is_update("SELECT * WHERE { ?s <http://e/#DELETE> 'DROP' }")
    False
    """
    code = _PROLOGUE.sub("", _code_only(text), count=1)
    word = _FIRST_WORD.search(code)
    return bool(word) and word.group(0).upper() in UPDATE_KEYWORDS  # type: ignore[union-attr]

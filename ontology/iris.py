"""Minting of IRIs: the one place where identifiers for entities, articles and claims are made.

IRIs are stable: the same canonical name, article key or claim content always gives the same
IRI, so re-ingesting never duplicates and SPARQL, REST and Cypher see the same identifiers.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

DEFAULT_BASE = "https://industry-kg.org/id/"
ENTITIES_GRAPH_SUFFIX = "graph/entities"

_NON_SLUG = re.compile(r"[^a-z0-9]+")


ID_SCHEME = 2
"""Version of the entity id scheme (`slugify`). 1: letters without a Unicode decomposition
were dropped ("Ørsted" -> "rsted"); 2: they are transliterated ("orsted"). A store records the
scheme its ids were minted with (`graph.id_migration`); `ikg migrate` renames older ids."""


def slugify(name: str) -> str:
    """A lowercase ASCII slug of a name; a short hash when nothing Latin is left.

    Accents go by Unicode decomposition (NFKD); Latin letters that have none (ø, ł, æ, œ, ß,
    đ, ð, þ, ı, ħ...) are transliterated by `anyascii`; other scripts are left out.

    >>> slugify("Société Générale")
    'societe-generale'
    >>> slugify("  AMD ")
    'amd'
    >>> slugify("Ørsted"), slugify("Trans-Wisła"), slugify("Œnologie Réunie")
    ('orsted', 'trans-wisla', 'oenologie-reunie')
    """
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(c if c.isascii() else _latin_letter(c) for c in text)
    return _slug(text, name)


@cache  # a few hundred distinct characters at most; names repeat them in every article
def _latin_letter(char: str) -> str:
    """ASCII for a Latin letter that NFKD leaves whole ("ø" -> "o", "ß" -> "ss"); nothing
    for anything else (combining accents, other scripts, symbols)."""
    if unicodedata.combining(char) or "LATIN" not in unicodedata.name(char, ""):
        return ""
    return anyascii(char)


def legacy_slugify(name: str) -> str:
    """The slug of id scheme 1, kept to recognise ids minted before scheme 2 (migration only).

    >>> legacy_slugify("Ørsted")
    'rsted'
    """
    return _slug(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode(), name)


def _slug(ascii_text: str, name: str) -> str:
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        slug = "h" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return slug[:80]


def digest(*parts: str, size: int = 16) -> str:
    """A short, stable hex digest of the parts (joined with a separator that cannot clash)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


@dataclass(frozen=True)
class Iris:
    """Mints IRIs under one base (configurable; must end with '/' or '#')."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")) or ":" not in self.base:
            raise ValueError(f"IRI base must be absolute and end with '/' or '#': {self.base!r}")

    def entity(self, entity_id: str) -> str:
        """IRI of an entity from its canonical id (a slug)."""
        return f"{self.base}entity/{entity_id}"

    @property
    def article_prefix(self) -> str:
        """What every article IRI starts with."""
        return f"{self.base}article/"

    def article(self, article_key: str) -> str:
        """IRI (and named-graph name) of an article from its stable key."""
        return self.article_prefix + digest(article_key)

    def claim(self, article_iri: str, *content: str) -> str:
        """IRI of a claim: content-addressed, so identical claims get identical IRIs."""
        return f"{self.base}claim/{digest(article_iri, *content)}"

    @property
    def entities_graph(self) -> str:
        """Name of the graph holding curated entity descriptions (aliases, identifiers)."""
        return self.base + ENTITIES_GRAPH_SUFFIX

    def is_entity(self, iri: str) -> bool:
        """True if the IRI is an entity IRI of this base."""
        return iri.startswith(f"{self.base}entity/")

    def entity_id(self, iri: str) -> str:
        """The entity id of an entity IRI (inverse of `entity`)."""
        return iri.removeprefix(f"{self.base}entity/")

"""Minting of IRIs: the one place where identifiers for entities, articles and claims are made.

IRIs are stable: the same canonical name, article key or claim content always gives the same
IRI, so re-ingesting never duplicates and SPARQL, REST and Cypher see the same identifiers.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

DEFAULT_BASE = "https://industry-kg.org/id/"
ENTITIES_GRAPH_SUFFIX = "graph/entities"

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A lowercase ASCII slug of a name; a short hash when nothing ASCII is left.

    >>> slugify("Société Générale")
    'societe-generale'
    >>> slugify("  AMD ")
    'amd'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_name.lower()).strip("-")
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

"""Typed, closed records passed between stages (read -> extract -> resolve -> map -> store).

A record is the contract between two modules: frozen, with no behaviour beyond derived values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EntityType(StrEnum):
    """Node types. Company, Publisher and Regulator are kinds of Organization."""

    ORGANIZATION = "Organization"
    COMPANY = "Company"
    PUBLISHER = "Publisher"
    REGULATOR = "Regulator"
    PERSON = "Person"


class RelationType(StrEnum):
    """Relation types of the extraction JSON contract (Neo4j naming)."""

    INVESTS_IN = "INVESTS_IN"
    SUPPLIES = "SUPPLIES"
    CUSTOMER_OF = "CUSTOMER_OF"
    PARTNERS_WITH = "PARTNERS_WITH"
    COMPETES_WITH = "COMPETES_WITH"
    ACQUIRES = "ACQUIRES"
    EXECUTIVE_OF = "EXECUTIVE_OF"
    REPORTED_BY = "REPORTED_BY"


class Status(StrEnum):
    """How the article states a relation. Only the asserted ones become plain edges."""

    REPORTED = "reported"
    ANNOUNCED = "announced"
    PLANNED = "planned"
    COMPLETED = "completed"
    DENIED = "denied"
    RUMOURED = "rumoured"
    HYPOTHETICAL = "hypothetical"
    IN_TALKS = "in_talks"
    FORMER = "former"

    @property
    def asserted(self) -> bool:
        """True when the relation holds as stated (an edge), False for claims only."""
        return self in _ASSERTED


_ASSERTED = frozenset({Status.REPORTED, Status.ANNOUNCED, Status.PLANNED, Status.COMPLETED})

ARTICLE_SOURCE = "ARTICLE"
"""`source` of a REPORTED_BY relation: the article itself."""


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or a request, before extraction.

    `key` identifies the article across re-ingests (replacing it replaces its graph): an
    explicit id, else the URL, else title + date + publisher, else the text itself.
    """

    text: str
    title: str | None = None
    date: date | None = None
    language: str | None = None
    publisher: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the text: the version of the article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """A stable identity string for this article (see class docstring)."""
        if self.id:
            return f"id:{self.id}"
        if self.url:
            return f"url:{self.url}"
        if self.title:
            return f"meta:{self.title}|{self.date or ''}|{self.publisher or ''}"
        return f"sha:{self.sha256}"


@dataclass(frozen=True)
class Entity:
    """A resolved entity of one article: `id` is its canonical key (the IRI slug)."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Amount:
    """A money amount as stated: value in units of `currency`, with its bound."""

    value: float
    currency: str
    bound: str = "exact"  # exact, up_to, at_least, about


@dataclass(frozen=True)
class Relation:
    """One relation as one article states it.

    `source`/`target` are entity ids of the same extraction (`source` is ARTICLE_SOURCE for
    REPORTED_BY). `start`/`end` are character offsets of `evidence` in the article text.
    """

    type: RelationType
    source: str
    target: str
    evidence: str
    start: int
    end: int
    status: Status = Status.REPORTED
    role: str | None = None
    amount: Amount | None = None
    event_date: date | None = None
    attributed_to: str | None = None


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one article."""

    article: Article
    language: str
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    extractor: str = "rules"
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id; KeyError when absent."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

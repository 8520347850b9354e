"""Pydantic models of the HTTP edge: what the REST routes answer, for the OpenAPI document.

The core passes frozen dataclasses (`graph.projection`); these models exist only to document
and validate the JSON shapes of the API. Hot routes build the same shapes as plain dicts and
send them pre-serialized (see `api.readmodel.model`); the schema tests and the OpenAPI
fuzzing check that both agree.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

BASE = "https://industry-kg.org/id/"
ONT = "https://industry-kg.org/ontology#"


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


# ---- errors --------------------------------------------------------------------------------


class ErrorDetail(_Model):
    """What went wrong and what to do about it."""

    status: int = Field(examples=[404])
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["No entity with id 'nvidiaa'. Search with GET /entities?q=..."])


class ErrorBody(_Model):
    """The one error shape of every error answer."""

    error: ErrorDetail


# ---- entities ------------------------------------------------------------------------------

NodeType = str
"""Company, Person, Publisher, Organization, Regulator (or Article for a REPORTED_BY source)."""


class NodeRef(_Model):
    """An entity (or article) as a reference: enough to show it and to follow its IRI."""

    iri: str = Field(examples=[BASE + "entity/nvidia"])
    id: str = Field(examples=["nvidia"])
    name: str = Field(examples=["Nvidia"])
    type: NodeType = Field(examples=["Company"])


class EntitySummary(NodeRef):
    """An entity in a search result."""

    aliases: list[str] = Field(examples=[["NVIDIA Corporation"]])
    degree: int = Field(0, description="Relationships (edges) at this entity.", examples=[3])
    score: float | None = Field(None, description="Match quality, 1.0 for an exact name.")


class EntityPage(_Model):
    """A page of entities."""

    items: list[EntitySummary]
    total: int
    limit: int
    offset: int


class EntityDetail(NodeRef):
    """One entity with everything the store says about it."""

    types: list[str] = Field(examples=[["Company"]])
    aliases: list[str]
    identifiers: dict[str, str] = Field(examples=[{"ticker": "NVDA"}])
    degree: int
    articles: int = Field(0, description="Articles that mention the entity.")


class GraphNode(NodeRef):
    """A node of a returned subgraph."""

    degree: int


class CompactNode(_Model):
    """A node of a subgraph asked for with `compact=true`: a GraphNode without its IRI."""

    id: str = Field(examples=["nvidia"])
    name: str = Field(examples=["Nvidia"])
    type: NodeType = Field(examples=["Company"])
    degree: int


# ---- edges and relationships ----------------------------------------------------------------


class CompactEdge(_Model):
    """An edge of a subgraph asked for with `compact=true`: what a drawing needs."""

    id: str = Field(
        examples=["nvidia|INVESTS_IN|openai"], description="`<source_id>|<TYPE>|<target_id>`"
    )
    source: str = Field(examples=["nvidia"])
    target: str = Field(examples=["openai"])
    type: str = Field(examples=["INVESTS_IN"])
    status: str = Field(examples=["planned"], description="The highest-ranked claim status.")
    statuses: list[str] = Field(examples=[["planned"]])
    claims: int = Field(examples=[1])
    articles: int = Field(examples=[1])
    first_reported: date | None = Field(examples=["2026-02-04"])
    last_reported: date | None = Field(examples=["2026-02-04"])
    asserted: bool = Field(description="True when at least one article asserts it.")


class Edge(CompactEdge):
    """One relationship (source, type, target) summarised over all its claims."""

    outlets: list[str] = Field(examples=[["CNBC"]])
    source_iri: str = Field(examples=[BASE + "entity/nvidia"])
    target_iri: str = Field(examples=[BASE + "entity/openai"])
    predicate: str = Field(examples=[ONT + "investsIn"], description="The RDF property.")


class Amount(_Model):
    """A money amount as stated."""

    value: float = Field(examples=[100_000_000_000])
    currency: str = Field(examples=["USD"])
    bound: str = Field(examples=["up_to"], description="exact, up_to, at_least or about")


class ArticleRef(_Model):
    """The article a claim comes from."""

    iri: str = Field(examples=[BASE + "article/6c1b9f4e2d0a7b13"])
    id: str = Field(examples=["6c1b9f4e2d0a7b13"])
    title: str | None
    date: date | None
    publisher: str | None
    url: str | None


class AgentRef(_Model):
    """An outlet or person a claim is attributed to."""

    iri: str
    id: str
    name: str


class Provenance(_Model):
    """One claim supporting (or disputing) a relationship: the why of an edge."""

    claim: str = Field(examples=[BASE + "claim/0f3c2a9d8e7b6a51"])
    status: str = Field(examples=["planned"])
    evidence: str = Field(description="The sentence that states the claim.")
    start: int = Field(description="Character offset of the evidence in the article text.")
    end: int
    role: str | None = None
    amount: Amount | None = None
    article: ArticleRef
    attributed_to: AgentRef | None = None


class Relationship(Edge):
    """An edge with both ends and the full provenance of its claims."""

    source_entity: NodeRef
    target_entity: NodeRef
    provenance: list[Provenance]
    direction: Literal["out", "in"] | None = Field(
        None, description="Seen from the entity asked about (entity routes only)."
    )


class RelationshipList(_Model):
    """A page of the relationships of one entity."""

    items: list[Relationship]
    total: int = Field(description="Relationships matching the filters, in all pages.")
    limit: int
    next_cursor: str | None = Field(
        description="Pass it as `cursor` for the next page; null on the last page."
    )


class RelationshipPage(_Model):
    """A page of relationships."""

    items: list[Relationship]
    total: int
    limit: int
    offset: int


EDGES_TOTAL = (
    "Only with `max_edges`: how many edges among these nodes pass the filters, before the cut."
)


class Subgraph(_Model):
    """Nodes and the edges among them."""

    nodes: list[GraphNode]
    edges: list[Edge]
    edges_total: int | None = Field(default=None, description=EDGES_TOTAL)


class CompactSubgraph(_Model):
    """A Subgraph asked for with `compact=true` (about half the bytes)."""

    nodes: list[CompactNode]
    edges: list[CompactEdge]
    edges_total: int | None = Field(default=None, description=EDGES_TOTAL)


class PathOut(_Model):
    """One path: its nodes in order and every edge linking consecutive nodes."""

    hops: int
    nodes: list[GraphNode]
    edges: list[Edge]


class AsOf(_Model):
    """What a result computed off the request path was computed from, and when."""

    version: int = Field(
        description="The store version (writes through this server) the result reflects."
    )
    store_version: int = Field(description="The store's version now (writes since start).")
    computed_at: str = Field(description="When it was computed (ISO 8601, UTC).")
    age_s: float = Field(description="Seconds since then.")


class PathList(_Model):
    """Shortest paths between two entities."""

    source: str
    target: str
    max_hops: int
    paths: list[PathOut]
    as_of: AsOf | None = Field(
        None,
        description="The whole graph the paths were walked on: what it reflects and how old "
        "it is (reloaded in the background after writes).",
    )


class CentralityItem(_Model):
    """One entity and its score."""

    entity: GraphNode
    score: float


class CentralityOut(_Model):
    """The most central entities."""

    measure: str
    items: list[CentralityItem]
    as_of: AsOf | None = Field(
        None,
        description="On large graphs the ranking is computed in the background: what it was "
        "computed from and how old it is.",
    )


class ExposureItem(_Model):
    """One upstream supplier and the supply path to the entity."""

    entity: GraphNode
    hops: int
    path: PathOut


class ExposureOut(_Model):
    """Suppliers, suppliers of suppliers... of one entity."""

    entity: GraphNode
    hops: int
    items: list[ExposureItem]
    total: int | None = Field(None, description="Suppliers within `hops`, on every page.")
    limit: int | None = None
    offset: int | None = None
    as_of: AsOf | None = Field(
        None,
        description="The whole graph the supply chain was walked on: what it reflects and how "
        "old it is (reloaded in the background after writes).",
    )


# ---- articles --------------------------------------------------------------------------------


class ArticleSummary(_Model):
    """An article."""

    iri: str
    id: str
    title: str | None
    date: date | None
    publisher: str | None
    publisher_iri: str | None
    language: str | None
    url: str | None
    claim_count: int = Field(0, description="Claims extracted from the article.")


class ArticlePage(_Model):
    """A page of articles, newest first."""

    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class ClaimOut(_Model):
    """A claim as one article states it."""

    claim: str
    type: str
    edge: str = Field(description="Id of the edge the claim belongs to.")
    source: NodeRef
    target: NodeRef
    status: str
    asserted: bool
    evidence: str
    start: int
    end: int
    role: str | None = None
    amount: Amount | None = None
    attributed_to: AgentRef | None = None
    outlet: str | None = Field(
        None, description="The outlet named for this claim, if any, else the article's publisher."
    )


class ArticleDetail(ArticleSummary):
    """An article with its claims (the why of every edge it supports) and its text."""

    text: str | None = Field(None, description="The article text (claim offsets point into it).")
    entities: list[NodeRef] = Field(description="Entities the article mentions.")
    claims: list[ClaimOut]


# ---- writes, Cypher, health -----------------------------------------------------------------


class ArticleIn(BaseModel):
    """A new article to ingest (JSON form of POST /articles)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body.")
    title: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD (or a French/English date).")
    url: str | None = None
    publisher: str | None = None
    language: str | None = Field(None, description="fr or en; detected when absent.")
    id: str | None = Field(None, description="A stable id: re-posting it replaces the article.")
    source: str | None = Field(
        None,
        max_length=1000,
        description="Where the article comes from (the file `ikg ingest` read it from); "
        "default: the API.",
    )


class IngestOut(_Model):
    """What was extracted from a posted article and stored (the `ikg extract` JSON of the
    article plus its IRI, id and whether the store changed)."""

    iri: str = Field(examples=[BASE + "article/6c1b9f4e2d0a7b13"])
    id: str = Field(examples=["6c1b9f4e2d0a7b13"])
    changed: bool = Field(description="False when the article was already stored as is.")
    file: str
    language: str | None
    title: str | None
    date: str | None
    publisher: str | None
    entities: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    not_asserted: list[dict[str, Any]]


class CypherIn(BaseModel):
    """A read-only Cypher query and its parameters."""

    model_config = ConfigDict(extra="forbid")

    query: str = Field(
        min_length=1,
        examples=["MATCH (a {iri: $iri})-[r]->(b) RETURN type(r) AS type, b.name AS name LIMIT 10"],
    )
    parameters: dict[str, Any] = Field(
        default_factory=dict, examples=[{"iri": BASE + "entity/nvidia"}]
    )


class CypherOut(_Model):
    """Rows of a Cypher query."""

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(False, description="True when more rows were cut off.")


class ChangeFeedStatus(_Model):
    """How a server over a remote store follows the store's change log."""

    interval_s: float = Field(description="Seconds between polls (IKG_CHANGE_POLL_S).")
    last_stamp: str | None = Field(description="The newest change seen (the store's clock).")
    polled_s_ago: float | None = Field(description="Seconds since the last successful poll.")
    replayed: int = Field(description="Graphs replayed into the read index since start.")
    error: str | None = Field(description="Why the last poll failed, if it did.")


class Health(_Model):
    """Liveness."""

    status: str = Field(examples=["ok"])
    quads: int | None = None
    version: int | None = Field(None, description="Store version (counts writes since start).")
    read_index: dict[str, bool] | None = Field(None, description="Whether the REST read index "
                                               "describes the whole store.")
    changes: ChangeFeedStatus | None = Field(
        None, description="How the server follows other writers of a remote store."
    )
    ids: dict[str, int | str | None] | None = Field(
        None, description="Entity id scheme of the store and the current one; `outdated` "
        "says why new articles are refused (run `ikg migrate`), null when they are not."
    )


class StoreStats(_Model):
    """What the store holds (what `ikg stats` prints)."""

    quads: int
    graphs: int = Field(description="Named graphs (one per article).")
    articles: int
    entities: int
    claims: int
    edges: int = Field(description="Distinct asserted edges, all types.")
    by_type: dict[str, int] = Field(description="Distinct asserted edges by relation type.")
    version: int = Field(description="Store version these counts are for.")

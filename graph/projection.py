"""The property-graph reading of the RDF store: entities, articles, edges with provenance.

Both projections (Neo4j, networkx) and the REST API read the store through these functions,
so an edge and its provenance mean the same thing everywhere. Edges are the union over all
article graphs: one edge per (source, type, target), carrying every claim that supports or
disputes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox

from graph import sparql_queries as q
from graph.store import Store, iter_rows
from ontology.records import EntityType, RelationType, Status
from ontology.terms import ONTOLOGY_IRI
from ontology.vocabulary import CLASS_ENTITY, PROPERTY_RELATION

STATUS_RANK: dict[str, int] = {
    Status.COMPLETED: 9,
    Status.ANNOUNCED: 8,
    Status.PLANNED: 7,
    Status.REPORTED: 6,
    Status.DENIED: 5,
    Status.RUMOURED: 4,
    Status.IN_TALKS: 3,
    Status.HYPOTHETICAL: 2,
    Status.FORMER: 1,
}
"""Which status describes an edge with several claims: the highest-ranked one."""

_TYPE_RANK = {
    EntityType.PERSON: 0,
    EntityType.ORGANIZATION: 1,
    EntityType.COMPANY: 2,
    EntityType.REGULATOR: 3,
    EntityType.PUBLISHER: 4,
}


@dataclass(frozen=True)
class EntityRow:
    """An entity node."""

    iri: str
    name: str
    type: EntityType
    types: tuple[EntityType, ...]
    aliases: tuple[str, ...] = ()
    identifiers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleRow:
    """An article node."""

    iri: str
    title: str | None
    date: date | None
    language: str | None
    publisher_iri: str | None
    publisher: str | None
    url: str | None
    source: str | None


@dataclass(frozen=True)
class ClaimRow:
    """One claim: a relation as one article states it."""

    iri: str
    subject: str
    type: RelationType
    object: str
    status: str
    article: str
    evidence: str
    start: int
    end: int
    role: str | None = None
    amount: float | None = None
    currency: str | None = None
    bound: str | None = None
    attributed_to: str | None = None


@dataclass(frozen=True)
class EdgeRow:
    """One relationship (source, type, target) with the provenance of all its claims."""

    source: str
    type: RelationType
    target: str
    asserted: bool
    status: str
    statuses: tuple[str, ...]
    claims: tuple[ClaimRow, ...]
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    first_reported: date | None
    last_reported: date | None

    @property
    def key(self) -> tuple[str, str, str]:
        """The identity of the edge."""
        return (self.source, self.type.value, self.target)


def _v(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def _rows(store: Store, sparql: str, **bindings: ox.NamedNode) -> Iterable[dict[str, str | None]]:
    result = store.query(sparql, bindings=bindings or None)
    assert isinstance(result, ox.QuerySolutions)
    for row in iter_rows(result):
        yield {k: _v(v) for k, v in row.items()}


def entity_rows(store: Store, only: Iterable[str] | None = None) -> dict[str, EntityRow]:
    """Every entity by IRI (or only those of `only`), with its best name, main type, all
    types, aliases, identifiers.

    The name is the label used by the most graphs (then the longest, then the first in
    alphabetical order); the other labels are aliases.
    """
    types: dict[str, set[EntityType]] = defaultdict(set)
    label_uses: dict[str, dict[str, int]] = defaultdict(dict)
    aliases: dict[str, set[str]] = defaultdict(set)
    idents: dict[str, dict[str, str]] = defaultdict(dict)

    def rows(sparql: str) -> Iterable[dict[str, str | None]]:
        if only is None:
            yield from _rows(store, sparql)
        else:
            for iri in only:
                yield from _rows(store, sparql, e=ox.NamedNode(iri))

    for row in rows(q.ENTITY_TYPES):
        if row["e"] and row["type"] in CLASS_ENTITY:
            types[row["e"]].add(CLASS_ENTITY[row["type"]])
    for row in rows(q.ENTITY_LABELS):
        if row["e"] in types and row["label"]:
            label_uses[row["e"]][row["label"]] = int(row["n"] or 1)
    for row in rows(q.ENTITY_ALIASES):
        if row["e"] in types and row["alias"]:
            aliases[row["e"]].add(row["alias"])
    for row in rows(q.ENTITY_IDENTIFIERS):
        if row["e"] in types:
            for key in ("ticker", "wikidata"):
                if row[key]:
                    idents[row["e"]][key] = row[key]  # type: ignore[assignment]
    labels = {iri: list(uses) for iri, uses in label_uses.items()}
    out = {}
    for iri, ts in types.items():
        uses = label_uses.get(iri, {})
        names = sorted(uses, key=lambda n: name_key(uses[n], n))
        name = names[0] if names else iri.rsplit("/", 1)[-1]
        main = max(ts, key=lambda t: _TYPE_RANK[t])
        ordered = tuple(sorted(ts, key=lambda t: _TYPE_RANK[t]))
        alias_set = (aliases[iri] | set(labels.get(iri, ()))) - {name}
        out[iri] = EntityRow(iri, name, main, ordered, tuple(sorted(alias_set)), dict(idents[iri]))
    return out


def type_rank(t: EntityType) -> int:
    """Which of an entity's types is its main one (the highest)."""
    return _TYPE_RANK[t]


def name_key(uses: int, label: str) -> tuple[int, int, str]:
    """Order of preference among an entity's labels (smallest first)."""
    return (-uses, -len(label), label)


def article_rows(store: Store) -> dict[str, ArticleRow]:
    """Every article by IRI (its publisher named by the publisher's most used label)."""
    names: dict[str, tuple[int, str]] = {}
    for row in _rows(store, q.ENTITY_LABELS):
        iri, label, uses = row["e"], row["label"], int(row["n"] or 1)
        if iri and label:
            best = names.get(iri)
            if best is None or name_key(uses, label) < name_key(*best):
                names[iri] = (uses, label)
    out = {}
    for row in _rows(store, q.ARTICLES):
        iri = row["a"]
        assert iri is not None
        pub = row["pub"]
        out[iri] = ArticleRow(
            iri=iri,
            title=row["title"],
            date=parse_date(row["date"]),
            language=row["lang"],
            publisher_iri=pub,
            publisher=names[pub][1] if pub in names else None,
            url=row["url"],
            source=row["source"],
        )
    return out


_CLAIM = ONTOLOGY_IRI
_CLAIM_REQUIRED = (
    "subject",
    "predicate",
    "object",
    "status",
    "article",
    "evidence",
    "evidenceStart",
    "evidenceEnd",
)


def claim_rows(store: Store) -> list[ClaimRow]:
    """Every claim in the store (asserted or not) that has all its required properties."""
    props: dict[str, dict[str, str]] = defaultdict(dict)
    result = store.query(q.CLAIM_PROPERTIES)
    assert isinstance(result, ox.QuerySolutions)
    cut = len(_CLAIM)
    for c, p, o in result:  # hot loop: tens of thousands of claims, a dozen rows each
        if isinstance(o, ox.NamedNode | ox.Literal) and p.value.startswith(_CLAIM):
            props[c.value][p.value[cut:]] = o.value
    rows = (claim_from_properties(iri, props[iri]) for iri in sorted(props))
    return [row for row in rows if row is not None]


def claim_from_properties(iri: str, v: Mapping[str, str]) -> ClaimRow | None:
    """A claim from its properties (ontology local name -> value); None when incomplete."""
    if any(k not in v for k in _CLAIM_REQUIRED) or v["predicate"] not in PROPERTY_RELATION:
        return None
    return claim_row(
        iri,
        (v["subject"], PROPERTY_RELATION[v["predicate"]], v["object"]),
        v["status"],
        v["article"],
        v.get("attributedTo"),
        v,
    )


def claim_row(
    iri: str,
    edge: tuple[str, RelationType, str],
    status: str,
    article: str,
    attributed_to: str | None,
    v: Mapping[str, str],
) -> ClaimRow | None:
    """A claim from its edge (subject, type, object), status, article and outlet, and its
    provenance properties in `v` (evidence and its offsets, role, amount); None without its
    evidence."""
    if any(k not in v for k in ("evidence", "evidenceStart", "evidenceEnd")):
        return None
    has_amount = all(k in v for k in ("amount", "currency", "amountBound"))
    return ClaimRow(
        iri=iri,
        subject=edge[0],
        type=edge[1],
        object=edge[2],
        status=status,
        article=article,
        evidence=v["evidence"],
        start=int(v["evidenceStart"]),
        end=int(v["evidenceEnd"]),
        role=v.get("role"),
        amount=float(v["amount"]) if has_amount else None,
        currency=v["currency"] if has_amount else None,
        bound=v["amountBound"] if has_amount else None,
        attributed_to=attributed_to,
    )


def edge_rows(
    claims: Iterable[ClaimRow],
    articles: Mapping[str, ArticleRow],
    entities: Mapping[str, EntityRow],
) -> list[EdgeRow]:
    """Group claims into edges with their provenance (sorted by key, deterministic)."""
    groups: dict[tuple[str, RelationType, str], list[ClaimRow]] = defaultdict(list)
    for claim in claims:
        groups[(claim.subject, claim.type, claim.object)].append(claim)
    edges = []
    for (s, rtype, o), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value, kv[0][2])
    ):
        group.sort(key=lambda c: c.iri)
        statuses = sorted({c.status for c in group}, key=lambda st: -STATUS_RANK.get(st, 0))
        asserted = any(Status(c.status).asserted for c in group)
        arts = sorted({c.article for c in group})
        dates = sorted(d for a in arts if a in articles and (d := articles[a].date) is not None)
        outlets = {
            entities[c.attributed_to].name
            for c in group
            if c.attributed_to and c.attributed_to in entities
        }
        outlets |= {p for a in arts if a in articles and (p := articles[a].publisher)}
        edges.append(
            EdgeRow(
                source=s,
                type=rtype,
                target=o,
                asserted=asserted,
                status=statuses[0],
                statuses=tuple(statuses),
                claims=tuple(group),
                articles=tuple(arts),
                outlets=tuple(sorted(outlets)),
                first_reported=dates[0] if dates else None,
                last_reported=dates[-1] if dates else None,
            )
        )
    return edges


@dataclass(frozen=True)
class Projection:
    """The whole property-graph reading of the store at one moment."""

    entities: Mapping[str, EntityRow]
    articles: Mapping[str, ArticleRow]
    edges: list[EdgeRow]
    mentions: list[tuple[str, str]]


def project(store: Store) -> Projection:
    """Read the whole store as entities, articles, edges (with provenance) and mentions."""
    entities = entity_rows(store)
    articles = article_rows(store)
    edges = edge_rows(claim_rows(store), articles, entities)
    mentions = sorted((row["a"] or "", row["e"] or "") for row in _rows(store, q.MENTIONS))
    return Projection(entities, articles, edges, mentions)


EdgeKey = tuple[str, RelationType, str]
"""(source IRI, type, target IRI): the identity of an edge."""


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None

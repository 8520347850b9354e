"""The REST JSON of a projection: entities, edges with provenance, subgraphs, search.

A `ReadModel` indexes one `graph.projection.Projection` and renders the REST shapes from it.
The server builds one over the small projection of what a request shows
(`api.readmodel.reads`); over the projection of a whole (small) store it is the reference
reading that tests compare the server's answers with.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Protocol, TypeVar

from rapidfuzz import fuzz, process

from graph import analytics
from graph.nx_view import build_graph, node_id
from graph.projection import (
    ArticleRow,
    ClaimRow,
    EdgeRow,
    EntityRow,
    Projection,
)
from graph.read_index import fold
from ontology.errors import NotFoundError
from ontology.iris import slugify
from ontology.records import EntityType, RelationType
from ontology.vocabulary import RELATION_PROPERTY, SYMMETRIC

log = logging.getLogger(__name__)

_ORG_TYPES = {
    EntityType.ORGANIZATION.value,
    EntityType.COMPANY.value,
    EntityType.PUBLISHER.value,
    EntityType.REGULATOR.value,
}


class Reported(Protocol):
    """What the filters of a request look at: an EdgeRow, or an edge summary of the index."""

    @property
    def type(self) -> RelationType: ...
    @property
    def statuses(self) -> tuple[str, ...]: ...
    @property
    def first_reported(self) -> date | None: ...
    @property
    def last_reported(self) -> date | None: ...


EdgeFilter = Callable[[Reported], bool]
"""Whether an edge passes the filters of a request (see `edge_filter`)."""

COMPACT_EDGE_FIELDS = (
    "id",
    "source",
    "target",
    "type",
    "status",
    "statuses",
    "claims",
    "articles",
    "first_reported",
    "last_reported",
    "asserted",
)
"""The fields of an Edge kept by `compact=true` (what a drawing of the graph needs)."""


def dumps(obj: Any) -> str:
    """Compact JSON (dates as ISO strings, non-ASCII kept)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=_default)


def _default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def edge_id(source: str, rtype: str, target: str) -> str:
    """The REST id of an edge: `<source_id>|<TYPE>|<target_id>`."""
    return f"{source}|{rtype}|{target}"


def edge_filter(
    types: set[str] | None = None,
    statuses: set[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> EdgeFilter | None:
    """The edges matching every given condition, as `analytics.filter_edges` keeps them
    (type names as stored; an edge has any of `statuses`; reported within `since`..`until`,
    undated edges dropped when either is given). None when no condition is given."""
    if not types and not statuses and since is None and until is None:
        return None

    def keep(edge: Reported) -> bool:
        if types and edge.type.value not in types:
            return False
        if statuses and statuses.isdisjoint(edge.statuses):
            return False
        if since is not None or until is not None:
            return analytics.reported_within(edge.first_reported, edge.last_reported, since, until)
        return True

    return keep


class Summarized(Reported, Protocol):
    """What the Edge JSON of an edge shows besides its counts and outlets."""

    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def asserted(self) -> bool: ...


def edge_fields(
    edge: Summarized, claims: int, articles: int, outlets: Sequence[str]
) -> dict[str, Any]:
    """The Edge JSON of an edge (an EdgeRow, or an edge summary of the read index)."""
    return {
        "id": edge_id(node_id(edge.source), edge.type.value, node_id(edge.target)),
        "source": node_id(edge.source),
        "target": node_id(edge.target),
        "type": edge.type.value,
        "status": edge.status,
        "statuses": list(edge.statuses),
        "claims": claims,
        "articles": articles,
        "first_reported": edge.first_reported,
        "last_reported": edge.last_reported,
        "asserted": edge.asserted,
        "outlets": list(outlets),
        "source_iri": edge.source,
        "target_iri": edge.target,
        "predicate": str(RELATION_PROPERTY[edge.type]),
    }


def compact_fields(edge: dict[str, Any]) -> dict[str, Any]:
    """An Edge JSON with only `COMPACT_EDGE_FIELDS`."""
    return {name: edge[name] for name in COMPACT_EDGE_FIELDS}


@dataclass(frozen=True)
class SearchEntry:
    """An entity as search sees it."""

    iri: str
    name: str
    terms: tuple[str, ...]  # folded name first, then folded aliases
    types: frozenset[str]


def rank_search(
    entries: Sequence[SearchEntry],
    nq: str,
    choices: Sequence[str],
    owners: Sequence[int],
    degree: Callable[[int], int],
    keep: Callable[[SearchEntry], bool] | None = None,
) -> list[tuple[int, float]]:
    """(entry index, score) of the entries matching the folded query `nq`, best first:
    exact, prefix, word prefix, substring, then fuzzy matches (`choices` are every entry's
    terms, `owners` the entry of each); ties by degree then folded name."""
    scored: dict[int, float] = {}
    for i, entry in enumerate(entries):
        best = 0.0
        for j, term in enumerate(entry.terms):
            alias = j > 0
            if term == nq:
                s = 0.95 if alias else 1.0
            elif term.startswith(nq):
                s = 0.85 if alias else 0.9
            elif (" " + nq) in (" " + term):
                s = 0.75 if alias else 0.8
            elif nq in term:
                s = 0.7
            else:
                continue
            best = max(best, s)
        if best:
            scored[i] = best
    if len(nq) >= 3:
        for _, score, k in process.extract(
            nq, choices, scorer=fuzz.WRatio, score_cutoff=80, limit=None
        ):
            owner = owners[k]
            fuzzy = round(0.6 * score / 100, 3)
            if scored.get(owner, 0.0) < fuzzy:
                scored[owner] = fuzzy
    hits = [(i, s) for i, s in scored.items() if keep is None or keep(entries[i])]
    hits.sort(key=lambda h: (-h[1], -degree(h[0]), fold(entries[h[0]].name)))
    return hits


@dataclass
class ReadModel:
    """An indexed, immutable snapshot of the store's property-graph reading."""

    version: int
    projection: Projection = field(repr=False)

    def __post_init__(self) -> None:
        p = self.projection
        self.entities: dict[str, EntityRow] = dict(p.entities)
        self.articles: dict[str, ArticleRow] = dict(p.articles)
        self.entity_by_id = {node_id(iri): e for iri, e in self.entities.items()}
        self.article_by_id = {node_id(iri): a for iri, a in self.articles.items()}
        self.edges: dict[str, EdgeRow] = {}
        self.edges_at: dict[str, list[EdgeRow]] = defaultdict(list)
        self.claims_by_article: dict[str, list[ClaimRow]] = defaultdict(list)
        self.edge_of_claim: dict[str, EdgeRow] = {}
        for edge in p.edges:
            self.edges[self.edge_key(edge)] = edge
            self.edges_at[edge.source].append(edge)
            if edge.target != edge.source:
                self.edges_at[edge.target].append(edge)
            for claim in edge.claims:
                self.claims_by_article[claim.article].append(claim)
                self.edge_of_claim[claim.iri] = edge
        self.mentions: dict[str, list[str]] = defaultdict(list)
        self.mentioned_in: dict[str, int] = defaultdict(int)
        for article, entity in p.mentions:
            self.mentions[article].append(entity)
            self.mentioned_in[entity] += 1
        self._json: dict[tuple[str, str], str] = {}

    # The networkx view and the search terms are built when first used: a model over the
    # few edges of one request needs neither.

    @cached_property
    def graph(self) -> Any:
        """The networkx view (`graph.nx_view.build_graph`)."""
        return build_graph(self.entities.values(), self.projection.edges)

    @cached_property
    def asserted(self) -> Any:
        """The networkx view of the asserted edges."""
        return analytics.filter_edges(self.graph, asserted_only=True)

    @cached_property
    def degree(self) -> dict[str, int]:
        """Relationships at each entity (REPORTED_BY aside)."""
        return dict(self.graph.degree())

    @cached_property
    def adjacent(self) -> dict[str, list[tuple[str, EdgeRow, bool]]]:
        """(other end, edge, outgoing) at each entity, for the edges of the networkx view: a
        neighbourhood is then plain list walking, with no networkx filter view to go through."""
        adjacent: dict[str, list[tuple[str, EdgeRow, bool]]] = defaultdict(list)
        for u, v, k in self.graph.edges(keys=True):
            edge = self.edge_row(u, v, k)
            adjacent[u].append((v, edge, True))
            adjacent[v].append((u, edge, False))
        return adjacent

    @cached_property
    def _search(self) -> list[SearchEntry]:
        return [
            SearchEntry(
                iri,
                e.name,
                (fold(e.name), *sorted({fold(a) for a in e.aliases})),
                frozenset(t.value for t in e.types),
            )
            for iri, e in self.entities.items()
        ]

    @cached_property
    def _fuzzy(self) -> tuple[list[str], list[int]]:
        choices = [t for entry in self._search for t in entry.terms]
        owners = [i for i, entry in enumerate(self._search) for _ in entry.terms]
        return choices, owners

    # ---- identities ----------------------------------------------------------------------

    def edge_key(self, edge: EdgeRow) -> str:
        return edge_id(node_id(edge.source), edge.type.value, node_id(edge.target))

    def entity(self, entity_id: str) -> EntityRow:
        """The entity with this id (or whose slug it is); NotFoundError otherwise."""
        found = self.entity_by_id.get(entity_id) or self.entity_by_id.get(slugify(entity_id))
        if found is None:
            raise NotFoundError(
                f"No entity with id {entity_id!r}. Find ids with GET /entities?q=NAME."
            )
        return found

    def article(self, article_id: str) -> ArticleRow:
        found = self.article_by_id.get(article_id)
        if found is None:
            raise NotFoundError(
                f"No article with id {article_id!r}. List articles with GET /articles."
            )
        return found

    # ---- JSON shapes ---------------------------------------------------------------------

    def node_ref(self, iri: str) -> dict[str, Any]:
        """{iri, id, name, type} of an entity or an article."""
        if (e := self.entities.get(iri)) is not None:
            return {"iri": iri, "id": node_id(iri), "name": e.name, "type": e.type.value}
        if (a := self.articles.get(iri)) is not None:
            return {
                "iri": iri,
                "id": node_id(iri),
                "name": a.title or node_id(iri),
                "type": "Article",
            }
        return {"iri": iri, "id": node_id(iri), "name": node_id(iri), "type": "Unknown"}

    def graph_node(self, iri: str) -> dict[str, Any]:
        return {**self.node_ref(iri), "degree": self.degree.get(iri, 0)}

    def compact_node(self, iri: str) -> dict[str, Any]:
        """A GraphNode without its IRI (`compact=true`)."""
        node = self.graph_node(iri)
        del node["iri"]
        return node

    def entity_summary(self, e: EntityRow, score: float | None = None) -> dict[str, Any]:
        return {
            "iri": e.iri,
            "id": node_id(e.iri),
            "name": e.name,
            "type": e.type.value,
            "aliases": list(e.aliases),
            "degree": self.degree.get(e.iri, 0),
            "score": score,
        }

    def entity_detail(self, e: EntityRow) -> dict[str, Any]:
        return {
            "iri": e.iri,
            "id": node_id(e.iri),
            "name": e.name,
            "type": e.type.value,
            "types": [t.value for t in e.types],
            "aliases": list(e.aliases),
            "identifiers": dict(e.identifiers),
            "degree": self.degree.get(e.iri, 0),
            "articles": self.mentioned_in.get(e.iri, 0),
        }

    def edge_dict(self, edge: EdgeRow) -> dict[str, Any]:
        return edge_fields(edge, len(edge.claims), len(edge.articles), edge.outlets)

    def article_ref(self, iri: str) -> dict[str, Any]:
        a = self.articles.get(iri)
        if a is None:
            return {
                "iri": iri,
                "id": node_id(iri),
                "title": None,
                "date": None,
                "publisher": None,
                "url": None,
            }
        return {
            "iri": iri,
            "id": node_id(iri),
            "title": a.title,
            "date": a.date,
            "publisher": a.publisher,
            "url": a.url,
        }

    def agent_ref(self, iri: str | None) -> dict[str, Any] | None:
        if not iri:
            return None
        e = self.entities.get(iri)
        return {"iri": iri, "id": node_id(iri), "name": e.name if e else node_id(iri)}

    @staticmethod
    def amount(claim: ClaimRow) -> dict[str, Any] | None:
        if claim.amount is None:
            return None
        return {
            "value": claim.amount,
            "currency": claim.currency or "",
            "bound": claim.bound or "exact",
        }

    def provenance(self, claim: ClaimRow) -> dict[str, Any]:
        return {
            "claim": claim.iri,
            "status": claim.status,
            "evidence": claim.evidence,
            "start": claim.start,
            "end": claim.end,
            "role": claim.role,
            "amount": self.amount(claim),
            "article": self.article_ref(claim.article),
            "attributed_to": self.agent_ref(claim.attributed_to),
        }

    def relationship_dict(self, edge: EdgeRow, direction: str | None = None) -> dict[str, Any]:
        return {
            **self.edge_dict(edge),
            "source_entity": self.node_ref(edge.source),
            "target_entity": self.node_ref(edge.target),
            "provenance": [self.provenance(c) for c in edge.claims],
            "direction": direction,
        }

    def edge_json(self, edge: EdgeRow) -> str:
        """The Edge JSON of an edge (memoized)."""
        return self._memo(("e", self.edge_key(edge)), lambda: self.edge_dict(edge))

    def compact_edge_json(self, edge: EdgeRow) -> str:
        """The Edge JSON of an edge with only `COMPACT_EDGE_FIELDS` (memoized)."""

        return self._memo(("c", self.edge_key(edge)), lambda: compact_fields(self.edge_dict(edge)))

    def relationship_json(self, edge: EdgeRow, direction: str | None = None) -> str:
        """The Relationship JSON of an edge (memoized per direction)."""
        return self._memo(
            (f"r{direction}", self.edge_key(edge)), lambda: self.relationship_dict(edge, direction)
        )

    def _memo(self, key: tuple[str, str], make: Callable[[], dict[str, Any]]) -> str:
        text = self._json.get(key)
        if text is None:
            text = dumps(make())
            self._json[key] = text
        return text

    # ---- queries ---------------------------------------------------------------------------

    def search(self, q: str, etype: str | None) -> list[tuple[EntityRow, float | None]]:
        """Entities matching `q` (folded), best first (`rank_search`). Empty `q`: all, most
        connected first."""

        def type_ok(entry: SearchEntry) -> bool:
            if etype is None:
                return True
            if etype == EntityType.ORGANIZATION:
                return any(t in entry.types for t in _ORG_TYPES)
            return etype in entry.types

        nq = fold(q)
        if not nq:
            hits: list[tuple[EntityRow, float | None]]
            hits = [(self.entities[s.iri], None) for s in self._search if type_ok(s)]
            hits.sort(key=lambda h: (-self.degree.get(h[0].iri, 0), fold(h[0].name)))
            return hits
        found = rank_search(
            self._search,
            nq,
            *self._fuzzy,
            lambda i: self.degree.get(self._search[i].iri, 0),
            type_ok,
        )
        return [(self.entities[self._search[i].iri], score) for i, score in found]

    def relationships_of(
        self, e: EntityRow, types: set[RelationType] | None, direction: str
    ) -> list[tuple[EdgeRow, str]]:
        """Edges at an entity with their direction seen from it. CUSTOMER_OF reads SUPPLIES
        backwards; symmetric types match in both directions."""
        wanted: dict[RelationType, str] | None = None
        if types:
            wanted = {}
            for t in types:
                if t is RelationType.CUSTOMER_OF:
                    flipped = {"out": "in", "in": "out"}.get(direction, direction)
                    wanted[RelationType.SUPPLIES] = _union(
                        wanted.get(RelationType.SUPPLIES), flipped
                    )
                else:
                    wanted[t] = _union(wanted.get(t), direction)
        out = []
        for edge in self.edges_at.get(e.iri, ()):
            side = "out" if edge.source == e.iri else "in"
            want = direction if wanted is None else wanted.get(edge.type)
            if want is None:
                continue
            if want == "both" or want == side or edge.type in SYMMETRIC:
                out.append((edge, side))
        out.sort(
            key=lambda es: (
                es[0].type.value,
                es[1],
                fold(self.node_ref(es[0].target if es[1] == "out" else es[0].source)["name"]),
            )
        )
        return out

    def find_edge(self, source_id: str, rtype: RelationType, target_id: str) -> EdgeRow:
        """One edge by its ends and type (CUSTOMER_OF reversed, symmetric in either order)."""
        s, t = self.entity_or_article_id(source_id), self.entity_or_article_id(target_id)
        candidates = [(s, rtype, t)]
        if rtype is RelationType.CUSTOMER_OF:
            candidates = [(t, RelationType.SUPPLIES, s)]
        elif rtype in SYMMETRIC:
            candidates.append((t, rtype, s))
        for a, r, b in candidates:
            edge = self.edges.get(edge_id(a, r.value, b))
            if edge is not None:
                return edge
        raise NotFoundError(
            f"No {rtype.value} relationship from {source_id!r} to {target_id!r}. List an "
            f"entity's relationships with GET /entities/{source_id}/relationships."
        )

    def entity_or_article_id(self, value: str) -> str:
        if value in self.entity_by_id or value in self.article_by_id:
            return value
        slug = slugify(value)
        return slug if slug in self.entity_by_id else value

    def neighbourhood(
        self, center: str, depth: int, limit: int, keep: EdgeFilter | None = None
    ) -> tuple[list[str], list[EdgeRow]]:
        """The entities within `depth` hops of `center` over the edges `keep` passes, at most
        `limit` of them, and the passing edges among them, sorted by (source, target, type).

        The same subgraph as `analytics.neighbourhood(analytics.filter_edges(self.graph,
        ...))` (each hop nearest first, then most connected through passing edges), walked
        on the precomputed adjacency: no networkx view to filter or copy.
        """
        adjacent = self.adjacent

        def around(nodes: Iterable[str]) -> Iterator[tuple[str, str, Reported, bool]]:
            for node in nodes:
                for other, edge, out in adjacent.get(node, ()):
                    yield node, other, edge, out

        seen = walk_neighbourhood(
            center,
            depth,
            limit,
            around,
            lambda nodes: {n: self.degree.get(n, 0) for n in nodes},
            keep,
        )
        edges = [
            e
            for n in seen
            for other, e, out in adjacent.get(n, ())
            if out and other in seen and (keep is None or keep(e))
        ]
        edges.sort(key=lambda e: (e.source, e.target, e.type.value))
        return sorted(seen), edges

    def neighbourhood_json(
        self,
        center: str,
        depth: int,
        limit: int,
        keep: EdgeFilter | None = None,
        *,
        compact: bool = False,
    ) -> str:
        """The subgraph around the entity `center` (an IRI) as JSON: `neighbourhood`, the
        center first, then the most connected. What the graph view and `ikg viz` draw."""
        found, edges = self.neighbourhood(center, depth=depth, limit=limit, keep=keep)
        nodes = sorted(found, key=lambda n: (n != center, -self.degree.get(n, 0), n))
        return self.subgraph_json(nodes, edges, compact=compact)

    def subgraph_json(
        self, nodes: Iterable[str], edges: Iterable[EdgeRow], *, compact: bool = False
    ) -> str:
        """{"nodes": [...], "edges": [...]} as JSON (`compact`: without IRIs, predicates and
        outlets, see `COMPACT_EDGE_FIELDS`)."""
        if compact:
            node_part = ",".join(dumps(self.compact_node(n)) for n in nodes)
            edge_part = ",".join(self.compact_edge_json(e) for e in edges)
        else:
            node_part = ",".join(dumps(self.graph_node(n)) for n in nodes)
            edge_part = ",".join(self.edge_json(e) for e in edges)
        return f'{{"nodes":[{node_part}],"edges":[{edge_part}]}}'

    def edge_row(self, u: object, v: object, key: str) -> EdgeRow:
        """The edge of the networkx view (u, v, key) (nodes are entity IRIs)."""
        return self.edges[edge_id(node_id(str(u)), key, node_id(str(v)))]


N = TypeVar("N")


def walk_neighbourhood(
    center: N,
    depth: int,
    limit: int,
    around: Callable[[Iterable[N]], Iterable[tuple[N, N, Reported, bool]]],
    degrees: Callable[[set[N]], Mapping[N, int]],
    keep: EdgeFilter | None = None,
    tie: Callable[[set[N]], Callable[[N], str]] = lambda _: str,
) -> set[N]:
    """The nodes within `depth` hops of `center` over the edges `keep` passes, at most `limit`
    of them: each hop nearest first, then the most connected (by `degrees`, or through
    passing edges when filtered), ties by `tie(candidates)(node)`. `around(nodes)` gives
    (node, other end, edge, outgoing) for the edges at nodes."""
    seen = {center}
    layer = [center]
    for _ in range(depth):
        if len(seen) >= limit:
            break
        nxt = {
            other
            for _, other, e, _ in around(layer)
            if other not in seen and (keep is None or keep(e))
        }
        if keep is None:
            degree = dict(degrees(nxt))
        else:
            degree = dict.fromkeys(nxt, 0)
            for node, _, e, _ in around(nxt):
                if keep(e):
                    degree[node] += 1
        name = tie(nxt)
        layer = sorted(nxt, key=lambda n: (-degree.get(n, 0), name(n)))[: max(0, limit - len(seen))]
        seen.update(layer)
        if not layer:
            break
    return seen


def _union(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    return "both"

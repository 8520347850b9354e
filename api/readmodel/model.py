"""The REST read model: one projection of the store, indexed and cached per store version.

Everything the REST routes read comes from here: entities by id, a search index over names
and aliases, edges by id and by entity, claims by article, and the networkx view for the
analytics. It is rebuilt lazily when the store version changes (the app bumps the version
after each write), so reads are in-memory lookups. JSON fragments of edges and relationships
are memoized per version, which keeps the hot routes to a dictionary lookup and a join.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process

from graph import analytics
from graph.nx_view import build_graph, node_id
from graph.projection import (
    ArticleRow,
    ClaimRow,
    EdgeRow,
    EntityRow,
    Projection,
    project,
    update_projection,
)
from graph.store import Store
from ontology.errors import NotFoundError
from ontology.iris import slugify
from ontology.records import EntityType, RelationType
from ontology.vocabulary import RELATION_PROPERTY, SYMMETRIC

log = logging.getLogger(__name__)

_ORG_TYPES = {
    EntityType.ORGANIZATION,
    EntityType.COMPANY,
    EntityType.PUBLISHER,
    EntityType.REGULATOR,
}


REFRESH_PAUSE_RATIO = 2.0
"""Under a stream of writes, background refreshes of the read model are spaced by this many
times the last refresh's duration (a whole-store refresh takes seconds at 100,000 articles;
writes should not have to share the CPU with refreshes back to back)."""

RESPONSE_CACHE = 20_000
"""Response bodies memoized per read model (see `ReadModel.response`)."""

EdgeFilter = Callable[[EdgeRow], bool]
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


def fold(text: str) -> str:
    """Text folded for matching: no accents, case-folded, punctuation as single spaces.

    >>> fold("  Société  Générale, S.A. ")
    'societe generale s a'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


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

    def keep(edge: EdgeRow) -> bool:
        if types and edge.type.value not in types:
            return False
        if statuses and statuses.isdisjoint(edge.statuses):
            return False
        if since is not None or until is not None:
            return analytics.reported_within(edge.first_reported, edge.last_reported, since, until)
        return True

    return keep


@dataclass
class _SearchEntry:
    iri: str
    name: str
    terms: tuple[str, ...]  # folded name first, then folded aliases


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
        self.graph = build_graph(self.entities.values(), p.edges)
        self.asserted = analytics.filter_edges(self.graph, asserted_only=True)
        self.degree: dict[str, int] = dict(self.graph.degree())
        # (other end, edge, outgoing) at each entity, for the edges of the networkx view: a
        # neighbourhood is then plain list walking, with no networkx filter view to go through
        self.adjacent: dict[str, list[tuple[str, EdgeRow, bool]]] = defaultdict(list)
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
        for u, v, k in self.graph.edges(keys=True):
            edge = self.edge_row(u, v, k)
            self.adjacent[u].append((v, edge, True))
            self.adjacent[v].append((u, edge, False))
        self.mentions: dict[str, list[str]] = defaultdict(list)
        self.mentioned_in: dict[str, int] = defaultdict(int)
        for article, entity in p.mentions:
            self.mentions[article].append(entity)
            self.mentioned_in[entity] += 1
        self._search = [
            _SearchEntry(iri, e.name, (fold(e.name), *sorted({fold(a) for a in e.aliases})))
            for iri, e in self.entities.items()
        ]
        self._fuzzy_choices = [t for entry in self._search for t in entry.terms]
        self._fuzzy_owner = [i for i, entry in enumerate(self._search) for _ in entry.terms]
        self._json: dict[tuple[str, str], str] = {}
        self._responses: dict[tuple[object, ...], str] = {}
        self._lock = threading.Lock()
        self._centrality: dict[tuple[str, int], list[tuple[Any, float]]] = {}

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
        return {
            "id": self.edge_key(edge),
            "source": node_id(edge.source),
            "target": node_id(edge.target),
            "type": edge.type.value,
            "status": edge.status,
            "statuses": list(edge.statuses),
            "claims": len(edge.claims),
            "articles": len(edge.articles),
            "first_reported": edge.first_reported,
            "last_reported": edge.last_reported,
            "asserted": edge.asserted,
            "outlets": list(edge.outlets),
            "source_iri": edge.source,
            "target_iri": edge.target,
            "predicate": str(RELATION_PROPERTY[edge.type]),
        }

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

        def make() -> dict[str, Any]:
            full = self.edge_dict(edge)
            return {name: full[name] for name in COMPACT_EDGE_FIELDS}

        return self._memo(("c", self.edge_key(edge)), make)

    def relationship_json(self, edge: EdgeRow, direction: str | None = None) -> str:
        """The Relationship JSON of an edge (memoized per direction)."""
        return self._memo(
            (f"r{direction}", self.edge_key(edge)), lambda: self.relationship_dict(edge, direction)
        )

    def response(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        """A whole response body, memoized for this version (the model never changes; at
        most `RESPONSE_CACHE` bodies are kept, the oldest dropped first)."""
        text = self._responses.get(key)
        if text is None:
            text = make()
            if len(self._responses) >= RESPONSE_CACHE:
                self._responses.pop(next(iter(self._responses)), None)
            self._responses[key] = text
        return text

    def _memo(self, key: tuple[str, str], make: Callable[[], dict[str, Any]]) -> str:
        text = self._json.get(key)
        if text is None:
            text = dumps(make())
            self._json[key] = text
        return text

    # ---- queries ---------------------------------------------------------------------------

    def search(self, q: str, etype: str | None) -> list[tuple[EntityRow, float | None]]:
        """Entities matching `q` (folded), best first: exact, prefix, word prefix, substring,
        then fuzzy matches; ties by degree then name. Empty `q`: all, most connected first."""

        def type_ok(e: EntityRow) -> bool:
            if etype is None:
                return True
            if etype == EntityType.ORGANIZATION:
                return any(t in _ORG_TYPES for t in e.types)
            return any(t.value == etype for t in e.types)

        nq = fold(q)
        scored: dict[int, float] = {}
        hits: list[tuple[EntityRow, float | None]]
        if not nq:
            hits = [(self.entities[s.iri], None) for s in self._search]
            hits = [h for h in hits if type_ok(h[0])]
            hits.sort(key=lambda h: (-self.degree.get(h[0].iri, 0), fold(h[0].name)))
            return hits
        for i, entry in enumerate(self._search):
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
                nq, self._fuzzy_choices, scorer=fuzz.WRatio, score_cutoff=80, limit=None
            ):
                owner = self._fuzzy_owner[k]
                fuzzy = round(0.6 * score / 100, 3)
                if scored.get(owner, 0.0) < fuzzy:
                    scored[owner] = fuzzy
        hits = [(self.entities[self._search[i].iri], s) for i, s in scored.items()]
        hits = [h for h in hits if type_ok(h[0])]
        hits.sort(key=lambda h: (-(h[1] or 0), -self.degree.get(h[0].iri, 0), fold(h[0].name)))
        return hits

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

    def centrality(self, measure: analytics.Measure, limit: int) -> list[tuple[Any, float]]:
        key = (measure, limit)
        with self._lock:
            if key not in self._centrality:
                self._centrality[key] = analytics.centrality(self.asserted, measure, limit)
            return self._centrality[key]

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

        def degree(n: str) -> int:  # through passing edges, as the filtered view counts it
            if keep is None:
                return self.degree.get(n, 0)
            return sum(1 for _, e, _ in adjacent.get(n, ()) if keep(e))

        seen = {center}
        layer = [center]
        for _ in range(depth):
            if len(seen) >= limit:
                break
            nxt = {
                other
                for u in layer
                for other, e, _ in adjacent.get(u, ())
                if other not in seen and (keep is None or keep(e))
            }
            layer = sorted(nxt, key=lambda n: (-degree(n), n))[: max(0, limit - len(seen))]
            seen.update(layer)
            if not layer:
                break
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


def _union(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    return "both"


class ReadModelCache:
    """Holds the read model of the store; refreshes it when the store version moves.

    `version` is bumped by the app after every write. Building reads the whole store
    (`graph.projection.project`: seconds on a million quads), so readers are never made to
    wait for a refresh once a model exists: `current()` answers the latest model and starts
    a background refresh when it is stale. A writer calls `get()` after its write, which
    blocks until a model including the write is built, so it reads its own write; other
    readers see it as soon as that refresh ends. The first model is built at start-up.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._build_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._model: ReadModel | None = None
        self._refreshing = False
        self._pending: set[str] | None = set()
        self.version = 0
        self.last_refresh: dict[str, Any] = {}

    def bump(self, graphs: Iterable[str] | None = None) -> int:
        """Mark the store as changed (call after each write), naming the article graphs the
        write changed when known (the refresh then reads only those)."""
        with self._state_lock:
            self.version += 1
            if graphs is None or self._pending is None:
                self._pending = None
            else:
                self._pending.update(graphs)
            return self.version

    def fresh(self) -> ReadModel | None:
        """The current model if it is up to date, without building (None otherwise)."""
        model = self._model
        return model if model is not None and model.version == self.version else None

    def current(self) -> ReadModel | None:
        """The latest model, possibly one write behind (a refresh is then under way); None
        before the first build."""
        model = self._model
        if model is not None and model.version != self.version:
            self._refresh_in_background()
        return model

    def get(self) -> ReadModel:
        """The up-to-date model, built now if needed (blocking): incrementally from the
        previous model when the changed graphs are known, else from the whole store."""
        while True:
            model = self.fresh()
            if model is not None:
                return model
            with self._build_lock:
                if self.fresh() is not None:
                    continue
                with self._state_lock:
                    version, pending = self.version, self._pending
                    self._pending = set()
                base = self._model
                started = time.perf_counter()
                try:
                    if base is None or pending is None:
                        projection = project(self._store)
                        how = "full"
                    else:
                        projection = base.projection
                        for graph in sorted(pending):
                            projection = update_projection(self._store, projection, graph)
                        how = f"incremental ({len(pending)} graphs)"
                    self._model = ReadModel(version, projection)
                except BaseException:
                    with self._state_lock:
                        self._pending = None  # start from scratch next time
                    raise
                self.last_refresh = {
                    "version": version,
                    "how": how,
                    "seconds": round(time.perf_counter() - started, 3),
                }
                log.info("read model v%s: %s in %.2f s", version, how, self.last_refresh["seconds"])

    def refresh_soon(self, wait_s: float) -> bool:
        """Start bringing the model up to date in the background and wait for it at most
        `wait_s` seconds; True when the model is then up to date. What a writer calls: on a
        small store its own write shows everywhere when it returns, on a large one the write
        does not wait for a whole-store refresh (entity-level routes read the store itself,
        `api.readmodel.local`; graph-wide ones catch up)."""
        target = self.version
        self._refresh_in_background()
        if self.last_refresh.get("seconds", 0.0) > wait_s:  # it will not be done in time
            return False
        end = time.monotonic() + wait_s
        while time.monotonic() < end:
            model = self._model
            if model is not None and model.version >= target:
                return True
            time.sleep(0.002)
        model = self._model
        return model is not None and model.version >= target

    def _refresh_in_background(self) -> None:
        with self._state_lock:
            if self._refreshing:
                return
            self._refreshing = True

        def refresh() -> None:
            try:
                while self.fresh() is None:  # writes that came during a refresh: once more,
                    self.get()  # after a pause, so that refreshes take at most a third of a
                    if self.fresh() is None:  # core under a stream of writes
                        time.sleep(REFRESH_PAUSE_RATIO * self.last_refresh.get("seconds", 0))
            except Exception:  # the store may be closing; the next request retries
                log.warning("refreshing the read model failed", exc_info=True)
            finally:
                with self._state_lock:
                    self._refreshing = False

        threading.Thread(target=refresh, name="read-model-refresh", daemon=True).start()

"""Every REST read, answered from the store's read index and bound store queries.

The read index (`graph.read_index`, kept up to date by each write) tells which entities,
articles and edges a request is about: it lists, orders, filters and counts them. The
provenance of the edges shown (evidence, offsets, amounts) is then read from the store for
just those claims, by one query binding their IRIs in a VALUES block. The JSON is rendered by
a `ReadModel` over the small projection of what is shown, with degrees and article counts from
the index, so every answer has the shape and meaning of the whole-store reading
(`graph.projection.project`; tests compare both). Nothing here holds a copy of the store: what
a read costs depends on what it shows, not on the size of the store.

Whole-graph analytics (paths, upstream exposure, centrality) run on a compact edge list of the
index (`graph.compact`), loaded and ranked off the request path (`api.readmodel.background`),
with the age of what they answer.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pyoxigraph as ox

from api.readmodel.background import Computed, GraphSnapshots
from api.readmodel.model import (
    EdgeFilter,
    ReadModel,
    SearchEntry,
    compact_fields,
    dumps,
    edge_fields,
    edge_id,
    rank_search,
    walk_neighbourhood,
)
from api.readmodel.strongest import strongest_edges
from graph import compact
from graph import sparql_queries as q
from graph.indexed_store import IndexedStore
from graph.nx_view import node_id
from graph.projection import ClaimRow, Projection, claim_row, edge_rows, parse_date
from graph.read_index import (
    ClaimKey,
    EdgeSummary,
    ReadIndex,
    fold,
)
from graph.sparql_values import bind_rows
from graph.store import iter_rows
from ontology.errors import InputError, NotFoundError
from ontology.iris import Iris, slugify
from ontology.records import EntityType, RelationType, Status
from ontology.vocabulary import SYMMETRIC

MAX_PAGE = 1000
"""The most relationships one page holds."""

_CLAIM_CHUNK = 400
"""Claims whose properties one store query reads."""

_REPORTED_BY = RelationType.REPORTED_BY.value

_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_PROVENANCE = q.CLAIM_PROVENANCE_FIELDS

_ORG_TYPES = (
    EntityType.ORGANIZATION,
    EntityType.COMPANY,
    EntityType.PUBLISHER,
    EntityType.REGULATOR,
)

Key = tuple[str, str, str]
"""(source IRI, TYPE, target IRI) of an edge as the index keys it."""


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the page starting at `offset`."""
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one); InputError when it is not ours."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
        if kind != "o" or offset < 0:
            raise ValueError
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise InputError(
            f"Invalid cursor {cursor!r}: pass back the next_cursor of the previous page."
        ) from None
    return offset


def _wanted(types: set[RelationType] | None, direction: str) -> dict[RelationType, set[str]] | None:
    """Relation type -> the sides ("out", "in") asked for; CUSTOMER_OF read as SUPPLIES the
    other way round. None: every type."""
    if not types:
        return None
    sides = {"out": {"out"}, "in": {"in"}, "both": {"out", "in"}}[direction]
    wanted: dict[RelationType, set[str]] = {}
    for t in types:
        if t is RelationType.CUSTOMER_OF:
            flipped = {{"out": "in", "in": "out"}[s] for s in sides}
            wanted.setdefault(RelationType.SUPPLIES, set()).update(flipped)
        else:
            wanted.setdefault(t, set()).update(sides)
    return wanted


def _sides_clause(
    wanted: dict[RelationType, set[str]] | None, direction: str
) -> tuple[str, list[object]]:
    """SQL keeping the (type, side) pairs of an entity's relationships that the filters ask
    for (`at.type`, `at.side`): symmetric types match either side."""
    symmetric = sorted(t.value for t in SYMMETRIC)
    if wanted is None:
        sides = ["out", "in"] if direction == "both" else [direction]
        return (
            f"(at.side IN ({_marks(sides)}) OR at.type IN ({_marks(symmetric)}))",
            [*sides, *symmetric],
        )
    clauses: list[str] = []
    params: list[object] = []
    for rtype, sides_wanted in sorted(wanted.items()):
        if rtype in SYMMETRIC:
            clauses.append("at.type = ?")
            params.append(rtype.value)
        else:
            ordered = sorted(sides_wanted)
            clauses.append(f"(at.type = ? AND at.side IN ({_marks(ordered)}))")
            params += [rtype.value, *ordered]
    return "(" + " OR ".join(clauses) + ")", params


def _page(items: list[str], total: int, offset: int, limit: int) -> str:
    after = offset + len(items)
    next_cursor = dumps(encode_cursor(after)) if after < total else "null"
    return (
        f'{{"items":[{",".join(items)}],"total":{total},"limit":{limit},'
        f'"next_cursor":{next_cursor}}}'
    )


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


class Reads:
    """The REST reads of one store (see the module docstring). `version` counts the writes
    made through this server (what `as_of` compares against)."""

    def __init__(self, store: IndexedStore, iris: Iris, version: Callable[[], int]) -> None:
        self.store = store
        self.iris = iris
        self.index: ReadIndex = store.index
        self.version = version
        self.snapshots = GraphSnapshots(self.index, version)
        self._search: tuple[int, list[SearchEntry], list[str], list[int]] | None = None
        self._search_lock = threading.Lock()

    # ---- lookups -------------------------------------------------------------------------

    def entity_iri(self, entity_id: str) -> str:
        """The IRI of the entity with this id (or whose slug it is); NotFoundError otherwise."""
        for candidate in dict.fromkeys((entity_id, slugify(entity_id))):
            if candidate and (row := self.index.entity_by_id(candidate)) is not None:
                return row.iri
        raise NotFoundError(f"No entity with id {entity_id!r}. Find ids with GET /entities?q=NAME.")

    def _node_iri(self, node: str) -> str:
        """The IRI of an entity id, else of an article id (REPORTED_BY starts at an article)."""
        try:
            return self.entity_iri(node)
        except NotFoundError:
            article = self.iris.article_prefix + node
            if self.index.query("SELECT 1 FROM articles WHERE graph = ?", (article,)):
                return article
            raise NotFoundError(
                f"No entity or article with id {node!r}. Find ids with GET /entities?q=NAME."
            ) from None

    def claims(self, keys: Iterable[ClaimKey], provenance: bool) -> list[ClaimRow]:
        """Claim rows of these claims: with their evidence, offsets and amounts read from the
        store (`provenance`), else with only what the index knows (enough for an edge's
        counts, status and outlets)."""
        keys = list(keys)
        if not provenance:
            return [
                ClaimRow(
                    k.iri,
                    k.source,
                    k.type,
                    k.target,
                    k.status,
                    k.article,
                    "",
                    0,
                    0,
                    attributed_to=k.attributed_to,
                )
                for k in keys
            ]
        fields: list[dict[str, str]] = [{} for _ in keys]
        for begin in range(0, len(keys), _CLAIM_CHUNK):
            rows: list[dict[str, ox.NamedNode | ox.Literal]] = [
                {"c": ox.NamedNode(k.iri), "i": ox.Literal(str(begin + n), datatype=_INTEGER)}
                for n, k in enumerate(keys[begin : begin + _CLAIM_CHUNK])
            ]
            result = self.store.query(bind_rows(q.CLAIM_PROVENANCE, rows))
            assert isinstance(result, ox.QuerySolutions)
            for i, k, o in result:  # the query's variables, in order
                if i is not None and k is not None and o is not None:
                    fields[int(i.value)][_PROVENANCE[int(k.value)]] = o.value
        out = []
        for key, v in zip(keys, fields, strict=True):
            row = claim_row(
                key.iri,
                (key.source, key.type, key.target),
                key.status,
                key.article,
                key.attributed_to,
                v,
            )
            if row is not None:  # else gone from the store since the index was read
                out.append(row)
        return out

    def local(
        self,
        claims: Iterable[ClaimRow],
        entities: Iterable[str] = (),
        *,
        mentions: Iterable[tuple[str, str]] = (),
    ) -> ReadModel:
        """A ReadModel over just these claims (grouped into edges) and entities, with the
        degrees and article counts of the whole store."""
        claims = list(claims)
        wanted = set(entities)
        for c in claims:
            wanted.update(x for x in (c.subject, c.object, c.attributed_to) if x)
        mentions = list(mentions)
        wanted.update(e for _, e in mentions)
        articles = self.index.articles({c.article for c in claims} | {a for a, _ in mentions})
        wanted.update(a.publisher_iri for a in articles.values() if a.publisher_iri)
        entity_rows, degrees = self.index.entities_and_degrees(wanted)
        projection = Projection(
            entity_rows, articles, edge_rows(claims, articles, entity_rows), sorted(mentions)
        )
        model = ReadModel(0, projection)
        model.degree = degrees
        return model

    def edges_model(
        self, keys: Iterable[Key], entities: Iterable[str] = (), *, provenance: bool = False
    ) -> ReadModel:
        """A ReadModel over these edges (and entities)."""
        return self.local(self.claims(self.index.claim_keys(keys), provenance), entities)

    # ---- entities ------------------------------------------------------------------------

    def entity_detail(self, entity_id: str) -> str:
        """GET /entities/{id} as JSON."""
        iri = self.entity_iri(entity_id)
        model = self.local([], [iri])
        detail = model.entity_detail(model.entities[iri])
        detail["articles"] = self.index.mentioned(iri)
        return dumps(detail)

    def relationships_page(
        self,
        entity_id: str,
        types: set[RelationType] | None,
        direction: str,
        limit: int,
        cursor: str | None,
    ) -> str:
        """GET /entities/{id}/relationships as JSON: a page of the entity's relationships,
        ordered by type, side, then the other end (its IRI: its id under one prefix), each
        with its provenance; the total, and the cursor of the next page (null on the last).
        Filtered, counted, ordered and cut by the index: a hub's page costs its page."""
        offset = decode_cursor(cursor)
        iri = self.entity_iri(entity_id)
        node = self.index.ids([iri])[iri]
        keep, params = _sides_clause(_wanted(types, direction), direction)
        at = (
            "WITH at (type, side, other, s, o) AS ("
            "SELECT type, 'out', o, s, o FROM edge_t WHERE s = ?1 UNION ALL "
            "SELECT type, 'in', s, s, o FROM edge_t WHERE o = ?1 AND s != ?1) "
        )
        total = self.index.query(
            at + f"SELECT COUNT(*) FROM at WHERE {keep}",  # noqa: S608 - placeholders only
            [node, *params],
        )[0][0]
        page = self.index.query(
            at + "SELECT at.type, at.side, si.iri, oi.iri FROM at "  # noqa: S608
            "JOIN iri ki ON ki.id = at.other JOIN iri si ON si.id = at.s "
            f"JOIN iri oi ON oi.id = at.o WHERE {keep} "
            "ORDER BY at.type, at.side, ki.iri LIMIT ? OFFSET ?",
            [node, *params, limit, offset],
        )
        keys = [(s, t, o) for t, _, s, o in page]
        model = self.edges_model(keys, [iri], provenance=True)
        items = [
            model.relationship_json(model.edges[_edge_id(key)], side)
            for key, (_, side, _, _) in zip(keys, page, strict=True)
        ]
        return _page(items, total, offset, limit)

    def relationship(self, source_id: str, rtype: RelationType, target_id: str) -> str:
        """GET /relationships/{source}/{TYPE}/{target} as JSON (CUSTOMER_OF reversed,
        symmetric types in either order; an article as the source of REPORTED_BY)."""
        source, target = self._node_iri(source_id), self._node_iri(target_id)
        candidates = [(source, rtype.value, target)]
        if rtype is RelationType.CUSTOMER_OF:
            candidates = [(target, RelationType.SUPPLIES.value, source)]
        elif rtype in SYMMETRIC:
            candidates.append((target, rtype.value, source))
        for key in candidates:
            if self.index.edge_summaries([key]):
                model = self.edges_model([key], provenance=True)
                return model.relationship_json(model.edges[_edge_id(key)])
        raise NotFoundError(
            f"No {rtype.value} relationship from {source_id!r} to {target_id!r}. List an "
            f"entity's relationships with GET /entities/{source_id}/relationships."
        )

    def search(self, q_text: str, etype: str | None, limit: int, offset: int) -> str:
        """GET /entities as JSON: entities matching `q_text` (folded), best first (see
        `rank_search`); without text, every entity, most connected first."""
        nq = fold(q_text)
        page: list[tuple[str, float | None]]
        if not nq:
            where, params = _type_clause(etype)
            total = self.index.query(f"SELECT COUNT(*) FROM entities {where}", params)[0][0]  # noqa: S608
            page = [
                (r[0], None)
                for r in self.index.query(
                    f"SELECT iri FROM entities {where} ORDER BY degree DESC, fold, iri "  # noqa: S608
                    "LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                )
            ]
        else:
            entries, choices, owners, degrees = self._search_entries()
            hits = rank_search(
                entries, nq, choices, owners, lambda i: degrees[i], _type_filter(etype)
            )
            total = len(hits)
            page = [(entries[i].iri, score) for i, score in hits[offset : offset + limit]]
        model = self.local([], [iri for iri, _ in page])
        items = [model.entity_summary(model.entities[iri], score) for iri, score in page]
        return dumps({"items": items, "total": total, "limit": limit, "offset": offset})

    def _search_entries(self) -> tuple[list[SearchEntry], list[str], list[int], list[int]]:
        """The search terms of every entity, reloaded from the index after writes."""
        with self._search_lock:
            generation = self.index.generation
            if self._search is None or self._search[0] != generation:
                entries, degrees = [], []
                for iri, name, types, degree, terms in self.index.query(
                    "SELECT iri, name, types, degree, terms FROM entities ORDER BY iri"
                ):
                    entries.append(
                        SearchEntry(
                            iri,
                            name,
                            tuple(terms.split("\n")),
                            frozenset(t for t in types.split("|") if t),
                        )
                    )
                    degrees.append(int(degree))
                choices = [t for entry in entries for t in entry.terms]
                owners = [i for i, entry in enumerate(entries) for _ in entry.terms]
                self._search = (generation, entries, choices, owners)
                self._degrees = degrees
            _, entries, choices, owners = self._search
            return entries, choices, owners, self._degrees

    # ---- relationships and articles ------------------------------------------------------

    def relationships(
        self,
        types: set[str] | None,
        statuses: set[str] | None,
        since: date | None,
        until: date | None,
        asserted: bool | None,
        limit: int,
        offset: int,
    ) -> str:
        """GET /relationships as JSON: edges in (source, type, target) order with full
        provenance, filtered and paged, with the total."""
        clauses: list[str] = []
        params: list[object] = []
        if types is not None:
            clauses.append(f"e.type IN ({_marks(sorted(types))})")
            params += sorted(types)
        if statuses is not None:
            clauses.append("(" + " OR ".join("instr(e.statuses, ?) > 0" for _ in statuses) + ")")
            params += [f"|{s}|" for s in sorted(statuses)]
        if asserted is not None:
            clauses.append("e.asserted = ?")
            params.append(int(asserted))
        if since is not None:
            clauses.append("e.last IS NOT NULL AND e.last >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("e.first IS NOT NULL AND e.first <= ?")
            params.append(until.isoformat())
        where = " AND ".join(clauses) or "1"
        total = self.index.query(f"SELECT COUNT(*) FROM edge_t e WHERE {where}", params)[0][0]  # noqa: S608
        keys = [
            (s, t, o)
            for s, t, o in self.index.query(
                # sources in IRI order from the IRI index, each one's edges from the edge
                # table's primary key: a page costs what precedes it, not a sort of all edges
                "SELECT si.iri, e.type, oi.iri FROM iri si CROSS JOIN edge_t e "  # noqa: S608
                f"CROSS JOIN iri oi WHERE e.s = si.id AND oi.id = e.o AND {where} "
                "ORDER BY si.iri, e.type, oi.iri LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        model = self.edges_model(keys, provenance=True)
        page = ",".join(model.relationship_json(model.edges[_edge_id(k)]) for k in keys)
        return f'{{"items":[{page}],"total":{total},"limit":{limit},"offset":{offset}}}'

    def articles(self, entity_id: str | None, limit: int, offset: int) -> str:
        """GET /articles as JSON: newest first (undated last), optionally only those that
        mention an entity or make a claim about it."""
        where, params = "1", []
        if entity_id is not None:
            iri = self.entity_iri(entity_id)
            where = (
                "a.id IN (SELECT article FROM mention_t WHERE entity = ?1 "
                "UNION SELECT article FROM claim_t WHERE s = ?1 "
                "UNION SELECT article FROM claim_t WHERE o = ?1)"
            )
            params = [self.index.ids([iri])[iri]]
        total = self.index.query(f"SELECT COUNT(*) FROM article_t a WHERE {where}", params)[0][0]  # noqa: S608
        rows = self.index.query(
            f"SELECT i.iri, a.claims FROM article_t a JOIN iri i ON i.id = a.id WHERE {where} "  # noqa: S608
            "ORDER BY a.undated, a.date DESC, a.title, i.iri "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        )
        found = self.index.articles(r[0] for r in rows)
        items = [article_summary(found[g], n) for g, n in rows]
        return dumps({"items": items, "total": total, "limit": limit, "offset": offset})

    def article(self, article_id: str) -> str:
        """GET /articles/{id} as JSON: the article, its text, the entities it mentions and
        every claim it makes with its evidence."""
        rows = self.index.query(
            "SELECT graph, claims FROM articles WHERE graph = ?",
            (self.iris.article_prefix + article_id,),
        )
        if not rows:
            raise NotFoundError(
                f"No article with id {article_id!r}. List articles with GET /articles."
            )
        iri, claim_count = rows[0]
        claims = self.claims(self.index.claims_of_article(iri), provenance=True)
        mentions = [(iri, e) for e in self.index.mentions_of(iri)]
        model = self.local(claims, mentions=mentions)
        a = self.index.articles([iri])[iri]
        model.articles.setdefault(iri, a)
        out = []
        for c in sorted(claims, key=lambda c: (c.start, c.iri)):
            attributed = model.agent_ref(c.attributed_to)
            out.append(
                {
                    "claim": c.iri,
                    "type": c.type.value,
                    "edge": edge_id(node_id(c.subject), c.type.value, node_id(c.object)),
                    "source": model.node_ref(c.subject),
                    "target": model.node_ref(c.object),
                    "status": c.status,
                    "asserted": _asserted(c.status),
                    "evidence": c.evidence,
                    "start": c.start,
                    "end": c.end,
                    "role": c.role,
                    "amount": model.amount(c),
                    "attributed_to": attributed,
                    "outlet": attributed["name"] if attributed else a.publisher,
                }
            )
        body = {
            **article_summary(a, claim_count),
            "text": self._article_text(iri),
            "entities": [model.node_ref(e) for e in sorted({e for _, e in mentions})],
            "claims": out,
        }
        return dumps(body)

    def _article_text(self, iri: str) -> str | None:
        result = self.store.query(q.ARTICLE_TEXT, bindings={"a": ox.NamedNode(iri)})
        assert isinstance(result, ox.QuerySolutions)
        for row in iter_rows(result):
            text = row["text"]
            return text.value if text is not None else None
        return None

    # ---- subgraphs -----------------------------------------------------------------------

    def _walk(
        self, center: str, depth: int, limit: int, keep: EdgeFilter | None
    ) -> tuple[set[int], dict[int, str]]:
        """The entities of `neighbourhood` as integers, and the IRIs of those."""
        start = self.index.ids([center])[center]
        names: dict[int, str] = {start: center}

        def around(nodes: Iterable[int]) -> Iterator[tuple[int, int, _Hop, bool]]:
            if keep is None:  # no edge fields to look at
                for node, other in self.index.neighbours(nodes):
                    yield node, other, _ANY, True
                return
            for node, other, rtype, statuses, first, last in self.index.adjacent(nodes):
                yield node, other, _Hop(rtype, statuses, first, last), True

        def tie(nodes: set[int]) -> Callable[[int], str]:
            names.update(self.index.iris(n for n in nodes if n not in names))
            return names.__getitem__

        seen = walk_neighbourhood(start, depth, limit, around, self.index.degree_of, keep, tie)
        return seen, names

    def neighbourhood(
        self, center: str, depth: int, limit: int, keep: EdgeFilter | None = None
    ) -> tuple[list[str], list[EdgeSummary]]:
        """The entities within `depth` hops of `center` over the edges `keep` passes, at most
        `limit` of them (each hop nearest first, then the most connected through passing
        edges), and the passing edges among them, sorted by (source, target, type): the
        subgraph `ReadModel.neighbourhood` walks, read hop by hop from the index."""
        seen, names = self._walk(center, depth, limit, keep)
        edges = [e for e in self.index.edges_among(seen) if keep is None or keep(e)]
        edges.sort(key=lambda e: (e.source, e.target, e.type.value))
        return sorted(names[n] for n in seen), edges

    def neighbourhood_json(
        self,
        entity_id: str,
        depth: int,
        limit: int,
        keep: EdgeFilter | None = None,
        *,
        compact: bool = False,
        max_edges: int | None = None,
    ) -> str:
        """GET /entities/{id}/neighbourhood as JSON: the center first, then the most
        connected. With `max_edges`, at most that many of the edges among them (see
        `api.readmodel.strongest`) and their number before the cut in `edges_total`."""
        center = self.entity_iri(entity_id)
        if compact and keep is None:  # what the graph view asks: edges straight from rows
            seen, names = self._walk(center, depth, limit, None)
            rows = self.index.edges_among_rows(seen)
            rows.sort(key=lambda r: (r[0], r[2], r[1]))  # also the order of equal strengths
            total = len(rows)
            if max_edges is not None:
                rows = strongest_edges(
                    rows, ends=_row_ends, strength=_row_strength, center=center, cap=max_edges
                )
            model = self.nodes_model(names[n] for n in seen)
            return self._subgraph_json(
                model,
                [names[n] for n in seen],
                [_compact_edge(r) for r in rows],
                center,
                True,
                total if max_edges is not None else None,
            )
        found, edges = self.neighbourhood(center, depth, limit, keep)
        return self._subgraph(found, edges, first=center, compact=compact, max_edges=max_edges)

    def nodes_model(self, nodes: Iterable[str]) -> ReadModel:
        """A ReadModel that knows these entities and their degrees (for node JSON)."""
        return self.local([], nodes)

    def edge_dicts(
        self, edges: Sequence[EdgeSummary], *, compact: bool = False
    ) -> list[dict[str, Any]]:
        """The Edge JSON of each edge summary (outlets read for the full shape)."""
        keys = [(e.source, e.type.value, e.target) for e in edges]
        outlets = {} if compact else self.index.outlets(keys)
        out = []
        for e, key in zip(edges, keys, strict=True):
            full = edge_fields(e, e.claims, e.articles, outlets.get(key, ()))
            out.append(compact_fields(full) if compact else full)
        return out

    def _rendered(self, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
        """The Edge JSON of each of these edges that exists, by key."""
        summaries = list(self.index.edge_summaries(keys).values())
        return {
            (e.source, e.type.value, e.target): d
            for e, d in zip(summaries, self.edge_dicts(summaries), strict=True)
        }

    def _subgraph(
        self,
        nodes: Iterable[str],
        edges: Sequence[EdgeSummary],
        *,
        first: str | None = None,
        compact: bool = False,
        max_edges: int | None = None,
    ) -> str:
        nodes = list(nodes)
        total = len(edges)
        if max_edges is not None:
            edges = strongest_edges(
                edges, ends=_summary_ends, strength=_summary_strength, center=first, cap=max_edges
            )
        model = self.nodes_model(nodes)
        return self._subgraph_json(
            model,
            nodes,
            self.edge_dicts(edges, compact=compact),
            first,
            compact,
            total if max_edges is not None else None,
        )

    @staticmethod
    def _subgraph_json(
        model: ReadModel,
        nodes: Iterable[str],
        edges: list[dict[str, Any]],
        first: str | None,
        compact: bool,
        edges_total: int | None = None,
    ) -> str:
        """{"nodes", "edges"} with the nodes `first` first, then the most connected (and
        `edges_total` when the edges were capped)."""
        ordered = sorted(nodes, key=lambda n: (n != first, -model.degree.get(n, 0), n))
        node = model.compact_node if compact else model.graph_node
        out: dict[str, Any] = {"nodes": [node(n) for n in ordered], "edges": edges}
        if edges_total is not None:
            out["edges_total"] = edges_total
        return dumps(out)

    def top(self, limit: int, *, compact: bool = False, max_edges: int | None = None) -> str:
        """GET /graph/top as JSON: the most connected entities and the edges among them (at
        most `max_edges` of those, as `neighbourhood_json` cuts them)."""
        rows = self.index.query(
            "SELECT e.id, i.iri FROM entity_t e JOIN iri i ON i.id = e.id "
            "ORDER BY e.degree DESC, i.iri LIMIT ?",
            (limit,),
        )
        edges = self.index.edges_among(r[0] for r in rows)
        edges.sort(key=lambda e: (e.source, e.target, e.type.value))
        return self._subgraph([r[1] for r in rows], edges, compact=compact, max_edges=max_edges)

    def neighbourhood_snapshot(
        self, entity: str, *, depth: int = 1, limit: int = 200, max_edges: int | None = None
    ) -> dict[str, Any]:
        """What a standalone view (`ikg viz`) shows: `entity`'s neighbourhood as GET
        /entities/{id}/neighbourhood answers it, with every entity's details (GET
        /entities/{id}) and every edge's provenance (GET /relationships/...). `entity` is
        an id or a name (the best search match). With `max_edges`, the strongest edges only,
        as the served view cuts them, and their number before the cut in `edges_total`."""
        try:
            center = self.entity_iri(entity)
        except NotFoundError:
            found = json.loads(self.search(entity, None, 1, 0))["items"]
            if not found:
                raise
            center = found[0]["iri"]
        nodes, edges = self.neighbourhood(center, depth, limit)
        total = len(edges)
        if max_edges is not None:
            edges = strongest_edges(
                edges, ends=_summary_ends, strength=_summary_strength, center=center, cap=max_edges
            )
        graph = json.loads(self._subgraph(nodes, edges, first=center))
        keys = [(e.source, e.type.value, e.target) for e in edges]
        model = self.edges_model(keys, nodes, provenance=True)
        entities = [model.entities[n["iri"]] for n in graph["nodes"] if n["iri"] in model.entities]
        details = {}
        for e in entities:
            detail = model.entity_detail(e)
            detail["articles"] = self.index.mentioned(e.iri)
            details[node_id(e.iri)] = detail
        return {
            "focus": node_id(center),
            "focus_name": model.entities[center].name,
            "depth": depth,
            "edges_total": total,
            "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "nodes": graph["nodes"],
            "edges": graph["edges"],
            "entities": details,
            "relationships": {
                model.edge_key(model.edges[_edge_id(k)]): model.relationship_dict(
                    model.edges[_edge_id(k)]
                )
                for k in keys
            },
        }

    # ---- analytics -----------------------------------------------------------------------

    def paths(self, source: str, target: str, max_hops: int, limit: int) -> str:
        """GET /paths as JSON, from the latest compact graph (its age in `as_of`)."""
        a, b = self.entity_iri(source), self.entity_iri(target)
        snap = self.snapshots.latest()
        try:
            found = compact.shortest_paths(snap.value, a, b, max_hops=max_hops, limit=limit)
        except KeyError:  # an entity newer than the graph: no path known yet
            found = []
        steps = {(x, y) for path in found for x, y in zip(path, path[1:], strict=False)}
        between = self._asserted_between(steps)
        rendered = self._rendered({k for ks in between.values() for k in ks})
        model = self.nodes_model({n for path in found for n in path} | {a, b})
        out = []
        for path in found:
            edges = [
                rendered[k]
                for x, y in zip(path, path[1:], strict=False)
                for k in between.get((x, y), [])
                if k in rendered
            ]
            out.append(
                {
                    "hops": len(path) - 1,
                    "nodes": [model.graph_node(n) for n in path],
                    "edges": edges,
                }
            )
        return dumps(
            {
                "source": node_id(a),
                "target": node_id(b),
                "max_hops": max_hops,
                "paths": out,
                "as_of": snap.as_of(self.version()),
            }
        )

    def _asserted_between(
        self, steps: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], list[Key]]:
        """The asserted business edges linking each pair (either direction), in the order
        `graph.analytics.edges_between` gives them."""
        out: dict[tuple[str, str], list[Key]] = {}
        for x, y in steps:
            forward = self.index.query(
                "SELECT source, type, target FROM edges WHERE source = ? AND target = ? "
                "AND asserted = 1 AND type != ? ORDER BY type",
                (x, y, _REPORTED_BY),
            )
            backward = (
                []
                if x == y
                else self.index.query(
                    "SELECT source, type, target FROM edges WHERE source = ? AND target = ? "
                    "AND asserted = 1 AND type != ? ORDER BY type",
                    (y, x, _REPORTED_BY),
                )
            )
            out[(x, y)] = [(r[0], r[1], r[2]) for r in [*forward, *backward]]
        return out

    def exposure(self, entity_id: str, hops: int, limit: int = 100, offset: int = 0) -> str:
        """GET /entities/{id}/exposure as JSON, from the latest compact graph: a page of the
        suppliers (nearest first) and their total."""
        iri = self.entity_iri(entity_id)
        snap = self.snapshots.latest()
        try:
            every = compact.upstream_exposure(snap.value, iri, hops=hops)
        except KeyError:
            every = []
        found = every[offset : offset + limit]
        keys = {
            (u, RelationType.SUPPLIES.value, v)
            for _, path in found
            for u, v in zip(path, path[1:], strict=False)
        }
        rendered = self._rendered(keys)
        model = self.nodes_model({n for _, path in found for n in path} | {iri})
        items = []
        for supplier, path in found:
            edges = [
                rendered[(u, "SUPPLIES", v)]
                for u, v in zip(path, path[1:], strict=False)
                if (u, "SUPPLIES", v) in rendered
            ]
            items.append(
                {
                    "entity": model.graph_node(supplier),
                    "hops": len(path) - 1,
                    "path": {
                        "hops": len(path) - 1,
                        "nodes": [model.graph_node(n) for n in path],
                        "edges": edges,
                    },
                }
            )
        return dumps(
            {
                "entity": model.graph_node(iri),
                "hops": hops,
                "items": items,
                "total": len(every),
                "limit": limit,
                "offset": offset,
                "as_of": snap.as_of(self.version()),
            }
        )

    def centrality(self, measure: str, limit: int) -> str:
        """GET /analytics/centrality as JSON: the ranking of the latest compact graph,
        computed in the background on a large graph (Pending before the first one)."""
        computed: Computed = self.snapshots.result(
            ("centrality", measure, limit), compact.centrality, measure, limit
        )
        model = self.local([], [n for n, _ in computed.value])
        return dumps(
            {
                "measure": measure,
                "items": [
                    {"entity": model.graph_node(n), "score": round(score, 6)}
                    for n, score in computed.value
                ],
                "as_of": computed.as_of(self.version()),
            }
        )


@dataclass(frozen=True)
class _Hop:
    """What the filters of a neighbourhood walk see of an edge."""

    rtype: str
    statuses_text: str
    first: str | None
    last: str | None

    @property
    def type(self) -> RelationType:
        return RelationType(self.rtype)

    @property
    def statuses(self) -> tuple[str, ...]:
        return tuple(s for s in self.statuses_text.split("|") if s)

    @property
    def first_reported(self) -> date | None:
        return parse_date(self.first)

    @property
    def last_reported(self) -> date | None:
        return parse_date(self.last)


_ANY = _Hop("", "", None, None)
"""The edge a walk without filters is given (nothing looks at it)."""


def _compact_edge(row: Sequence[Any]) -> dict[str, Any]:
    """The compact Edge JSON (`COMPACT_EDGE_FIELDS`) of a row of the index's edges
    (source, TYPE, target, asserted, status, statuses, claims, articles, first, last)."""
    source, target = node_id(row[0]), node_id(row[2])
    return {
        "id": edge_id(source, row[1], target),
        "source": source,
        "target": target,
        "type": row[1],
        "status": row[4],
        "statuses": [s for s in row[5].split("|") if s],
        "claims": row[6],
        "articles": row[7],
        "first_reported": row[8],
        "last_reported": row[9],
        "asserted": bool(row[3]),
    }


def _row_ends(row: Sequence[Any]) -> tuple[str, str]:
    return row[0], row[2]


def _row_strength(row: Sequence[Any]) -> tuple[int, str, int]:
    """Articles, last reported, claims of a row of the index's edges (`_compact_edge`)."""
    return row[7], row[9] or "", row[6]


def _summary_ends(edge: EdgeSummary) -> tuple[str, str]:
    return edge.source, edge.target


def _summary_strength(edge: EdgeSummary) -> tuple[int, str, int]:
    """`_row_strength` of an edge summary."""
    last = edge.last_reported.isoformat() if edge.last_reported else ""
    return edge.articles, last, edge.claims


def article_summary(a: Any, claim_count: int) -> dict[str, Any]:
    """The ArticleSummary JSON of an article row."""
    return {
        "iri": a.iri,
        "id": node_id(a.iri),
        "title": a.title,
        "date": a.date,
        "publisher": a.publisher,
        "publisher_iri": a.publisher_iri,
        "language": a.language,
        "url": a.url,
        "claim_count": claim_count,
    }


def _edge_id(key: Key) -> str:
    source, rtype, target = key
    return edge_id(node_id(source), rtype, node_id(target))


def _asserted(status: str) -> bool:
    try:
        return Status(status).asserted
    except ValueError:
        return False


def _type_clause(etype: str | None) -> tuple[str, list[object]]:
    """WHERE clause of the `type` filter of entity search."""
    if etype is None:
        return "", []
    names = [t.value for t in _ORG_TYPES] if etype == EntityType.ORGANIZATION else [etype]
    return (
        "WHERE (" + " OR ".join("instr(types, ?) > 0" for _ in names) + ")",
        [f"|{n}|" for n in names],
    )


def _type_filter(etype: str | None) -> Callable[[SearchEntry], bool] | None:
    if etype is None:
        return None
    names = {t.value for t in _ORG_TYPES} if etype == EntityType.ORGANIZATION else {etype}
    return lambda entry: not names.isdisjoint(entry.types)

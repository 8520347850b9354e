"""The read index: small summaries of the store, kept up to date at write time.

What the REST API lists, orders and counts (entities by name and by degree, articles by date,
relationships by type, status and date, an entity's relationships page by page) cannot be
answered by bound one-hop queries alone, and reading the whole store for it costs time and
memory that grow with the store. So every write of an article graph also updates, in the same
call, a small SQLite index beside the store (`IndexedStore`):

- per article graph, what it contributes: its article row, its claims' keys (subject, type,
  object, status, article, outlet), and its entity facts (types, labels, aliases,
  identifiers, mentions). A replaced or removed graph takes back exactly what it gave;
- derived from those, per entity: its name (the label most graphs use), types, aliases,
  identifiers, degree and number of articles; per edge (source, type, target): its status,
  statuses, counts and first/last report dates; per entity, the folded names to search.

A write recomputes only the rows of the entities and edges its graphs touch, so it costs the
same at 1,000 and 100,000 articles. The index holds no evidence or text: provenance is read
from the store by bound queries for the page asked for. Everything here is derived from the
store: an index that is missing (a store written before it existed) is rebuilt from the
store's graphs (`rebuild`), and graphs whose write was interrupted are re-read when the index
is opened (`pending`). Meaning is the one of `graph.projection` (tests compare both).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.nx_view import node_id
from graph.projection import (
    STATUS_RANK,
    ArticleRow,
    EntityRow,
    claim_from_properties,
    name_key,
    parse_date,
    type_rank,
)
from ontology.records import EntityType, RelationType, Status
from ontology.terms import ONTOLOGY_IRI
from ontology.vocabulary import CLASS_ENTITY

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_SCHEMA = "https://schema.org/"
_ARTICLE_CLASS = ONTOLOGY_IRI + "Article"
_CLAIM_CLASS = ONTOLOGY_IRI + "Claim"
_FACT_PREDICATES = {
    _LABEL: "l",
    _ALT_LABEL: "a",
    ONTOLOGY_IRI + "ticker": "k",
    ONTOLOGY_IRI + "wikidata": "w",
}
_ARTICLE_FIELDS = {
    _SCHEMA + "headline": "title",
    _SCHEMA + "datePublished": "date",
    _SCHEMA + "inLanguage": "lang",
    _SCHEMA + "publisher": "publisher",
    _SCHEMA + "url": "url",
    ONTOLOGY_IRI + "sourceFile": "source",
}
_MENTIONS = ONTOLOGY_IRI + "mentions"
_REPORTED_BY = RelationType.REPORTED_BY.value

SCHEMA_VERSION = "1"

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (graph TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS articles (
  graph TEXT PRIMARY KEY, title TEXT, date TEXT, undated INTEGER NOT NULL, lang TEXT,
  publisher TEXT, url TEXT, source TEXT, claims INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_order ON articles (undated, date DESC, title, graph);
CREATE TABLE IF NOT EXISTS graph_facts (
  graph TEXT, kind TEXT, entity TEXT, value TEXT,
  PRIMARY KEY (graph, kind, entity, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS facts (
  entity TEXT, kind TEXT, value TEXT, uses INTEGER NOT NULL,
  PRIMARY KEY (entity, kind, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (
  claim TEXT PRIMARY KEY, graph TEXT NOT NULL, source TEXT NOT NULL, type TEXT NOT NULL,
  target TEXT NOT NULL, status TEXT NOT NULL, article TEXT NOT NULL, attributed TEXT);
CREATE INDEX IF NOT EXISTS claims_graph ON claims (graph);
CREATE INDEX IF NOT EXISTS claims_edge ON claims (source, type, target);
CREATE INDEX IF NOT EXISTS claims_target ON claims (target);
CREATE TABLE IF NOT EXISTS edges (
  source TEXT, type TEXT, target TEXT, source_id TEXT NOT NULL, target_id TEXT NOT NULL,
  asserted INTEGER NOT NULL, status TEXT NOT NULL, statuses TEXT NOT NULL,
  claims INTEGER NOT NULL, articles INTEGER NOT NULL, first TEXT, last TEXT,
  PRIMARY KEY (source, type, target)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_target ON edges (target, type, source_id);
CREATE TABLE IF NOT EXISTS entities (
  iri TEXT PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, fold TEXT NOT NULL,
  type TEXT NOT NULL, types TEXT NOT NULL, aliases TEXT NOT NULL, identifiers TEXT NOT NULL,
  degree INTEGER NOT NULL, mentioned INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_id ON entities (id);
CREATE INDEX IF NOT EXISTS entities_rank ON entities (degree DESC, fold);
CREATE TABLE IF NOT EXISTS terms (term TEXT, entity TEXT, alias INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS terms_term ON terms (term);
CREATE INDEX IF NOT EXISTS terms_entity ON terms (entity);
"""

EdgeKey = tuple[str, RelationType, str]


def fold(text: str) -> str:
    """Text folded for matching: no accents, case-folded, punctuation as single spaces.

    >>> fold("  Société  Générale, S.A. ")
    'societe generale s a'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@dataclass(frozen=True)
class EdgeSummary:
    """An edge as the index summarizes it (no provenance)."""

    source: str
    type: RelationType
    target: str
    asserted: bool
    status: str
    statuses: tuple[str, ...]
    claims: int
    articles: int
    first_reported: date | None
    last_reported: date | None

    @property
    def key(self) -> EdgeKey:
        return (self.source, self.type, self.target)


@dataclass(frozen=True)
class ClaimKey:
    """What the index keeps of a claim: enough to group, filter and find it."""

    iri: str
    source: str
    type: RelationType
    target: str
    status: str
    article: str
    attributed_to: str | None


@dataclass
class _Contribution:
    """What one article graph contributes to the index."""

    article: dict[str, str | None] | None
    facts: set[tuple[str, str, str]]  # (kind, entity, value)
    claims: list[ClaimKey]


def contribution(graph: str, quads: Iterable[ox.Quad]) -> _Contribution:
    """Parse an article graph's quads into its contribution (no store access)."""
    facts: set[tuple[str, str, str]] = set()
    props: dict[str, dict[str, str]] = defaultdict(dict)
    claims_seen: set[str] = set()
    article: dict[str, str | None] | None = None
    fields: dict[str, str] = {}
    cut = len(ONTOLOGY_IRI)
    for quad in quads:
        s, p, o = quad.subject, quad.predicate.value, quad.object
        if not isinstance(s, ox.NamedNode) or not isinstance(o, ox.NamedNode | ox.Literal):
            continue
        subject, value = s.value, o.value
        if p == _RDF_TYPE:
            if value in CLASS_ENTITY:
                facts.add(("t", subject, CLASS_ENTITY[value].value))
            elif value == _CLAIM_CLASS:
                claims_seen.add(subject)
            elif value == _ARTICLE_CLASS and subject == graph:
                article = {}
            continue
        if p == _MENTIONS:
            facts.add(("m", value, subject))
            continue
        kind = _FACT_PREDICATES.get(p)
        if kind is not None:
            facts.add((kind, subject, value))
        if subject == graph and p in _ARTICLE_FIELDS:
            name = _ARTICLE_FIELDS[p]
            if name not in fields or value < fields[name]:
                fields[name] = value
        if p.startswith(ONTOLOGY_IRI):
            props[subject][p[cut:]] = value
    claims = []
    for iri in sorted(claims_seen):
        row = claim_from_properties(iri, props.get(iri, {}))
        if row is not None:
            claims.append(
                ClaimKey(
                    row.iri,
                    row.subject,
                    row.type,
                    row.object,
                    row.status,
                    row.article,
                    row.attributed_to,
                )
            )
    if article is not None:
        article = {name: fields.get(name) for name in _ARTICLE_FIELDS.values()}
    return _Contribution(article, facts, claims)


class IndexNotReady(Exception):
    """The index is being (re)built from the store."""


class ReadIndex:
    """The SQLite read index of one store (a file, or in memory for `path=None`).

    One connection, guarded by a lock: reads and writes are milliseconds each. `complete`
    is False while the index does not describe the whole store (never built, or being
    rebuilt); then writes are not applied (the rebuild reads them) and reads raise
    `IndexNotReady`.
    """

    def __init__(self, path: Path | None, *, store_is_empty: bool) -> None:
        self.path = path
        new = path is None or not path.exists()
        self._db = sqlite3.connect(
            ":memory:" if path is None else str(path),
            check_same_thread=False,
            isolation_level=None,
        )
        self._lock = threading.RLock()
        self.generation = 0
        """Bumped by every applied write (caches derived from the index compare it)."""
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL" if path else "PRAGMA journal_mode=MEMORY")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA_SQL)
            version = self._meta("schema")
            if new or version != SCHEMA_VERSION:
                if not new:
                    self._clear()
                self._set_meta("schema", SCHEMA_VERSION)
                self._set_meta("complete", "1" if store_is_empty else "0")

    # ---- state ---------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Whether the index describes the whole store."""
        with self._lock:
            return self._meta("complete") == "1"

    def require(self) -> None:
        """IndexNotReady unless the index describes the whole store."""
        if not self.complete:
            raise IndexNotReady("the read index is being built from the store")

    def pending_graphs(self) -> list[str]:
        """Graphs whose write began but whose index update was not recorded."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT graph FROM pending ORDER BY graph")]

    def mark_pending(self, graphs: Iterable[str]) -> None:
        """Record that these graphs are about to be written (before the store write)."""
        with self._lock, self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO pending (graph) VALUES (?)", [(g,) for g in graphs]
            )

    def clear_pending(self, graphs: Iterable[str]) -> None:
        """Forget the pending marks of graphs whose write changed nothing."""
        with self._lock, self._transaction():
            self._db.executemany("DELETE FROM pending WHERE graph = ?", [(g,) for g in graphs])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _clear(self) -> None:
        for table in (
            "pending",
            "articles",
            "graph_facts",
            "facts",
            "claims",
            "edges",
            "entities",
            "terms",
        ):
            self._db.execute(f"DELETE FROM {table}")  # noqa: S608 - constant table names

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ---- writes --------------------------------------------------------------------------

    def apply(self, graphs: Mapping[str, Iterable[ox.Quad] | None], *, force: bool = False) -> None:
        """Record that each graph now holds these quads (None: removed), and clear their
        pending marks. Skipped while the index is incomplete (unless `force`: a rebuild)."""
        parsed = {g: contribution(g, q) if q is not None else None for g, q in graphs.items()}
        with self._lock:
            if not force and not self.complete:
                return
            with self._transaction():
                touched_edges: set[tuple[str, str, str]] = set()
                touched_entities: set[str] = set()
                for graph, new in parsed.items():
                    self._replace_graph(graph, new, touched_edges, touched_entities)
                for source, rtype, target in sorted(touched_edges):
                    self._refresh_edge(source, rtype, target)
                    touched_entities.update((source, target))
                for entity in sorted(touched_entities):
                    self._refresh_entity(entity)
                self._db.executemany("DELETE FROM pending WHERE graph = ?", [(g,) for g in parsed])
            self.generation += 1

    def _replace_graph(
        self,
        graph: str,
        new: _Contribution | None,
        touched_edges: set[tuple[str, str, str]],
        touched_entities: set[str],
    ) -> None:
        db = self._db
        old_facts = db.execute(
            "SELECT kind, entity, value FROM graph_facts WHERE graph = ?", (graph,)
        ).fetchall()
        old_claims = db.execute(
            "SELECT source, type, target, attributed FROM claims WHERE graph = ?", (graph,)
        ).fetchall()
        old_article = db.execute(
            "SELECT publisher FROM articles WHERE graph = ?", (graph,)
        ).fetchone()
        for kind, entity, value in old_facts:
            db.execute(
                "UPDATE facts SET uses = uses - 1 WHERE entity = ? AND kind = ? AND value = ?",
                (entity, kind, value),
            )
            touched_entities.add(entity)
        if old_facts:
            db.execute("DELETE FROM facts WHERE uses <= 0")
            db.execute("DELETE FROM graph_facts WHERE graph = ?", (graph,))
        for source, rtype, target, attributed in old_claims:
            touched_edges.add((source, rtype, target))
            if attributed:
                touched_entities.add(attributed)
        if old_claims:
            db.execute("DELETE FROM claims WHERE graph = ?", (graph,))
        if old_article is not None:
            db.execute("DELETE FROM articles WHERE graph = ?", (graph,))
            if old_article[0]:
                touched_entities.add(old_article[0])
            # an article's date dates the edges of every claim citing it
            for row in db.execute(
                "SELECT source, type, target FROM claims WHERE article = ?", (graph,)
            ):
                touched_edges.add((row[0], row[1], row[2]))
        if new is None:
            return
        db.executemany(
            "INSERT OR IGNORE INTO graph_facts (graph, kind, entity, value) VALUES (?, ?, ?, ?)",
            [(graph, k, e, v) for k, e, v in new.facts],
        )
        db.executemany(
            "INSERT INTO facts (entity, kind, value, uses) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (entity, kind, value) DO UPDATE SET uses = uses + 1",
            [(e, k, v) for k, e, v in new.facts],
        )
        touched_entities.update(e for _, e, _ in new.facts)
        db.executemany(
            "INSERT OR REPLACE INTO claims (claim, graph, source, type, target, status, "
            "article, attributed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.iri,
                    graph,
                    c.source,
                    c.type.value,
                    c.target,
                    c.status,
                    c.article,
                    c.attributed_to,
                )
                for c in new.claims
            ],
        )
        for c in new.claims:
            touched_edges.add((c.source, c.type.value, c.target))
            if c.attributed_to:
                touched_entities.add(c.attributed_to)
        if new.article is not None:
            a = new.article
            day = parse_date(a["date"])
            db.execute(
                "INSERT OR REPLACE INTO articles (graph, title, date, undated, lang, publisher, "
                "url, source, claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    graph,
                    a["title"],
                    day.isoformat() if day else None,
                    0 if day else 1,
                    a["lang"],
                    a["publisher"],
                    a["url"],
                    a["source"],
                    sum(1 for c in new.claims if c.article == graph),
                ),
            )
            if a["publisher"]:
                touched_entities.add(a["publisher"])
            for row in db.execute(
                "SELECT source, type, target FROM claims WHERE article = ?", (graph,)
            ):
                touched_edges.add((row[0], row[1], row[2]))

    def _refresh_edge(self, source: str, rtype: str, target: str) -> None:
        db = self._db
        rows = db.execute(
            "SELECT c.status, c.article, a.date FROM claims c LEFT JOIN articles a "
            "ON a.graph = c.article WHERE c.source = ? AND c.type = ? AND c.target = ?",
            (source, rtype, target),
        ).fetchall()
        if not rows:
            db.execute(
                "DELETE FROM edges WHERE source = ? AND type = ? AND target = ?",
                (source, rtype, target),
            )
            return
        statuses = sorted({r[0] for r in rows}, key=lambda st: -STATUS_RANK.get(st, 0))
        asserted = any(_asserted(r[0]) for r in rows)
        articles = {r[1] for r in rows}
        dates = sorted({r[1]: r[2] for r in rows if r[2]}.values())
        db.execute(
            "INSERT OR REPLACE INTO edges (source, type, target, source_id, target_id, asserted,"
            " status, statuses, claims, articles, first, last) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source,
                rtype,
                target,
                node_id(source),
                node_id(target),
                int(asserted),
                statuses[0],
                "|" + "|".join(statuses) + "|",
                len(rows),
                len(articles),
                dates[0] if dates else None,
                dates[-1] if dates else None,
            ),
        )

    def _refresh_entity(self, iri: str) -> None:
        db = self._db
        facts: dict[str, dict[str, int]] = defaultdict(dict)
        for kind, value, uses in db.execute(
            "SELECT kind, value, uses FROM facts WHERE entity = ? AND kind != 'm'", (iri,)
        ):
            facts[kind][value] = uses
        db.execute("DELETE FROM terms WHERE entity = ?", (iri,))
        types = [EntityType(t) for t in facts.get("t", {})]
        if not types:
            db.execute("DELETE FROM entities WHERE iri = ?", (iri,))
            return
        labels = facts.get("l", {})
        names = sorted(labels, key=lambda n: name_key(labels[n], n))
        name = names[0] if names else iri.rsplit("/", 1)[-1]
        main = max(types, key=type_rank)
        ordered = sorted(types, key=type_rank)
        aliases = sorted((set(facts.get("a", {})) | set(labels)) - {name})
        identifiers = {}
        for kind, key in (("k", "ticker"), ("w", "wikidata")):
            if facts.get(kind):
                identifiers[key] = min(facts[kind])
        degree = db.execute(
            "SELECT (SELECT COUNT(*) FROM edges WHERE source = ?1 AND type != ?2) + "
            "(SELECT COUNT(*) FROM edges WHERE target = ?1 AND type != ?2)",
            (iri, _REPORTED_BY),
        ).fetchone()[0]
        mentioned = db.execute(
            "SELECT COUNT(*) FROM facts WHERE entity = ? AND kind = 'm'", (iri,)
        ).fetchone()[0]
        db.execute(
            "INSERT OR REPLACE INTO entities (iri, id, name, fold, type, types, aliases, "
            "identifiers, degree, mentioned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                iri,
                node_id(iri),
                name,
                fold(name),
                main.value,
                "|" + "|".join(t.value for t in ordered) + "|",
                json.dumps(aliases, ensure_ascii=False),
                json.dumps(identifiers, ensure_ascii=False, sort_keys=True),
                degree,
                mentioned,
            ),
        )
        terms = {fold(name): 0}
        for alias in aliases:
            terms.setdefault(fold(alias), 1)
        db.executemany(
            "INSERT INTO terms (term, entity, alias) VALUES (?, ?, ?)",
            [(t, iri, a) for t, a in terms.items()],
        )

    def rebuild(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]], batch: int = 256) -> int:
        """Rebuild the whole index from (graph, quads) pairs (every graph of the store);
        the number of graphs read. The index is incomplete until it returns."""
        with self._lock:
            self._set_meta("complete", "0")
            self._clear()
        done = 0
        chunk: dict[str, Iterable[ox.Quad]] = {}
        for graph, quads in graphs:
            chunk[graph] = list(quads)
            if len(chunk) >= batch:
                self.apply(chunk, force=True)
                done += len(chunk)
                chunk = {}
        if chunk:
            self.apply(chunk, force=True)
            done += len(chunk)
        with self._lock:
            self._set_meta("complete", "1")
            self.generation += 1
        return done

    # ---- reads ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only SQL query on the index (the index must be complete)."""
        self.require()
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def entities(self, iris: Iterable[str]) -> dict[str, EntityRow]:
        """The entity rows of these IRIs (those that are entities)."""
        wanted = sorted(set(iris))
        out: dict[str, EntityRow] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            for row in self.query(
                "SELECT iri, name, type, types, aliases, identifiers FROM entities "
                f"WHERE iri IN ({marks})",  # noqa: S608 - placeholders only
                part,
            ):
                out[row[0]] = entity_row(row)
        return out

    def entity_by_id(self, entity_id: str) -> EntityRow | None:
        """The entity whose id is `entity_id`."""
        rows = self.query(
            "SELECT iri, name, type, types, aliases, identifiers FROM entities WHERE id = ? "
            "ORDER BY iri LIMIT 1",
            (entity_id,),
        )
        return entity_row(rows[0]) if rows else None

    def degrees(self, iris: Iterable[str]) -> dict[str, int]:
        """Degree (relationships other than REPORTED_BY) of each entity IRI given."""
        wanted = sorted(set(iris))
        out: dict[str, int] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            out.update(
                self.query(
                    f"SELECT iri, degree FROM entities WHERE iri IN ({marks})",  # noqa: S608
                    part,
                )
            )
        return out

    def mentioned(self, iri: str) -> int:
        """How many articles mention the entity."""
        rows = self.query("SELECT mentioned FROM entities WHERE iri = ?", (iri,))
        return int(rows[0][0]) if rows else 0

    def articles(self, iris: Iterable[str]) -> dict[str, ArticleRow]:
        """The article rows of these IRIs, publishers named as in `graph.projection`."""
        wanted = sorted(set(iris))
        raw = []
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            raw += self.query(
                "SELECT graph, title, date, lang, publisher, url, source FROM articles "
                f"WHERE graph IN ({marks})",  # noqa: S608 - placeholders only
                part,
            )
        names = self.names(r[4] for r in raw if r[4])
        return {
            r[0]: ArticleRow(
                iri=r[0],
                title=r[1],
                date=parse_date(r[2]),
                language=r[3],
                publisher_iri=r[4],
                publisher=names.get(r[4]) if r[4] else None,
                url=r[5],
                source=r[6],
            )
            for r in raw
        }

    def names(self, iris: Iterable[str]) -> dict[str, str]:
        """The name of each IRI that has a label: its most used label (as `graph.projection`
        names publishers, typed or not)."""
        wanted = sorted(set(iris))
        uses: dict[str, dict[str, int]] = defaultdict(dict)
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            for entity, value, n in self.query(
                f"SELECT entity, value, uses FROM facts WHERE kind = 'l' AND entity IN ({marks})",  # noqa: S608
                part,
            ):
                uses[entity][value] = n
        return {
            iri: sorted(labels, key=lambda n: name_key(labels[n], n))[0]
            for iri, labels in uses.items()
        }

    def claim_keys(self, edges: Iterable[tuple[str, str, str]]) -> list[ClaimKey]:
        """The claims of these edges (source, TYPE, target)."""
        out: list[ClaimKey] = []
        for source, rtype, target in edges:
            out += [
                ClaimKey(r[0], source, RelationType(rtype), target, r[1], r[2], r[3])
                for r in self.query(
                    "SELECT claim, status, article, attributed FROM claims "
                    "WHERE source = ? AND type = ? AND target = ? ORDER BY claim",
                    (source, rtype, target),
                )
            ]
        return out

    def claims_of_article(self, article: str) -> list[ClaimKey]:
        """The claims an article graph holds."""
        return [
            ClaimKey(r[0], r[1], RelationType(r[2]), r[3], r[4], r[5], r[6])
            for r in self.query(
                "SELECT claim, source, type, target, status, article, attributed FROM claims "
                "WHERE graph = ? ORDER BY claim",
                (article,),
            )
        ]

    def mentions_of(self, article: str) -> list[str]:
        """The entities an article mentions."""
        return [
            r[0]
            for r in self.query(
                "SELECT DISTINCT entity FROM graph_facts WHERE graph = ? AND kind = 'm' "
                "ORDER BY entity",
                (article,),
            )
        ]

    def edge_summaries(self, keys: Iterable[tuple[str, str, str]]) -> dict[EdgeKey, EdgeSummary]:
        """The summaries of these edges (source, TYPE, target) that exist."""
        out: dict[EdgeKey, EdgeSummary] = {}
        for source, rtype, target in keys:
            for row in self.query(
                f"SELECT {EDGE_COLUMNS} FROM edges WHERE source = ? AND type = ? AND target = ?",  # noqa: S608
                (source, rtype, target),
            ):
                edge = edge_summary(row)
                out[edge.key] = edge
        return out

    def counts(self) -> dict[str, int]:
        """Entities, articles, claims and edges in the index."""
        out = {}
        for table in ("entities", "articles", "claims", "edges"):
            out[table] = int(self.query(f"SELECT COUNT(*) FROM {table}")[0][0])  # noqa: S608
        return out


EDGE_COLUMNS = "source, type, target, asserted, status, statuses, claims, articles, first, last"
"""The columns `edge_summary` reads, in its order."""


def edge_summary(row: Sequence[Any]) -> EdgeSummary:
    """An EdgeSummary from a row of `EDGE_COLUMNS`."""
    return EdgeSummary(
        source=row[0],
        type=RelationType(row[1]),
        target=row[2],
        asserted=bool(row[3]),
        status=row[4],
        statuses=tuple(s for s in row[5].split("|") if s),
        claims=int(row[6]),
        articles=int(row[7]),
        first_reported=parse_date(row[8]),
        last_reported=parse_date(row[9]),
    )


def entity_row(row: Sequence[Any]) -> EntityRow:
    """An EntityRow from (iri, name, type, types, aliases, identifiers) of the index."""
    return EntityRow(
        iri=row[0],
        name=row[1],
        type=EntityType(row[2]),
        types=tuple(EntityType(t) for t in row[3].split("|") if t),
        aliases=tuple(json.loads(row[4])),
        identifiers=json.loads(row[5]),
    )


def _asserted(status: str) -> bool:
    try:
        return Status(status).asserted
    except ValueError:
        return False


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

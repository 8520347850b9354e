"""The read index: small summaries of the store, kept up to date at write time.

What the REST API lists, orders and counts (entities by name and by degree, articles by date,
relationships by type, status and date, an entity's relationships page by page) cannot be
answered by bound one-hop queries alone, and reading the whole store for it costs time and
memory that grow with the store. So every write of an article graph also updates, in the same
call, a small SQLite index beside the store (`IndexedStore`):

- per article: its metadata and its claims' keys (subject, type, object, status, article,
  outlet);
- per entity, how many graphs state each of its facts (types, labels, aliases, identifiers,
  mentions); a replaced or removed graph takes back what its previous content gave, which the
  index keeps per graph (`graph_t`: those facts and mentions, compressed, and a digest of the
  content), so a graph can be replayed from what the store holds now, whoever wrote it;
- derived from those, per entity: its name (the label most graphs use), types, aliases,
  identifiers, degree, number of articles and the folded names to search; per edge (source,
  type, target): its status, statuses, counts and first/last report dates.

IRIs are stored once, as integers (table `iri`); views with the readable names (`edges`,
`entities`, `articles`, `claims`, `mentions`, `facts`) give them back as text. A write
recomputes only the rows of the entities and edges its graphs touch, so it costs the same at
1,000 and 100,000 articles. The index holds no evidence or text: provenance is read from the
store by bound queries for the page asked for. Everything here is derived from the store: an
index that is missing (a store written before it existed), or whose last write was
interrupted (`pending`), is rebuilt from the store's graphs (`rebuild`). Meaning is the one
of `graph.projection` (tests compare both).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from graph.nx_view import node_id
from graph.projection import (
    STATUS_RANK,
    ArticleRow,
    EdgeKey,
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

SCHEMA_VERSION = "3"

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (graph TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS iri (id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS graph_t (id INTEGER PRIMARY KEY, digest TEXT NOT NULL,
  quads INTEGER NOT NULL, given BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS article_t (
  id INTEGER PRIMARY KEY, title TEXT, date TEXT, undated INTEGER NOT NULL, lang TEXT,
  publisher INTEGER, url TEXT, source TEXT, claims INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS article_order ON article_t (undated, date DESC, title);
CREATE TABLE IF NOT EXISTS fact_t (
  entity INTEGER, kind TEXT, value TEXT, uses INTEGER NOT NULL,
  PRIMARY KEY (entity, kind, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mention_t (
  entity INTEGER, article INTEGER, uses INTEGER NOT NULL,
  PRIMARY KEY (entity, article)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claim_t (
  claim TEXT NOT NULL, graph INTEGER NOT NULL, s INTEGER NOT NULL, type TEXT NOT NULL,
  o INTEGER NOT NULL, status TEXT NOT NULL, article INTEGER NOT NULL, attributed INTEGER);
CREATE INDEX IF NOT EXISTS claim_graph ON claim_t (graph);
CREATE INDEX IF NOT EXISTS claim_edge ON claim_t (s, type, o);
CREATE INDEX IF NOT EXISTS claim_object ON claim_t (o);
CREATE TABLE IF NOT EXISTS edge_t (
  s INTEGER, type TEXT, o INTEGER, asserted INTEGER NOT NULL, status TEXT NOT NULL,
  statuses TEXT NOT NULL, claims INTEGER NOT NULL, articles INTEGER NOT NULL,
  first TEXT, last TEXT, PRIMARY KEY (s, type, o)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_object ON edge_t (o);
CREATE TABLE IF NOT EXISTS entity_t (
  id INTEGER PRIMARY KEY, slug TEXT NOT NULL, name TEXT NOT NULL, fold TEXT NOT NULL,
  type TEXT NOT NULL, types TEXT NOT NULL, aliases TEXT NOT NULL, identifiers TEXT NOT NULL,
  terms TEXT NOT NULL, degree INTEGER NOT NULL, mentioned INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entity_slug ON entity_t (slug);
CREATE INDEX IF NOT EXISTS entity_rank ON entity_t (degree DESC, fold);
CREATE VIEW IF NOT EXISTS edges AS
  SELECT si.iri AS source, e.type AS type, oi.iri AS target, e.asserted AS asserted,
         e.status AS status, e.statuses AS statuses, e.claims AS claims,
         e.articles AS articles, e.first AS first, e.last AS last
  FROM edge_t e JOIN iri si ON si.id = e.s JOIN iri oi ON oi.id = e.o;
CREATE VIEW IF NOT EXISTS entities AS
  SELECT i.iri AS iri, e.slug AS id, e.name AS name, e.fold AS fold, e.type AS type,
         e.types AS types, e.aliases AS aliases, e.identifiers AS identifiers,
         e.terms AS terms, e.degree AS degree, e.mentioned AS mentioned
  FROM entity_t e JOIN iri i ON i.id = e.id;
CREATE VIEW IF NOT EXISTS articles AS
  SELECT i.iri AS graph, a.title AS title, a.date AS date, a.undated AS undated,
         a.lang AS lang, p.iri AS publisher, a.url AS url, a.source AS source,
         a.claims AS claims
  FROM article_t a JOIN iri i ON i.id = a.id LEFT JOIN iri p ON p.id = a.publisher;
CREATE VIEW IF NOT EXISTS claims AS
  SELECT c.claim AS claim, gi.iri AS graph, si.iri AS source, c.type AS type,
         oi.iri AS target, c.status AS status, ai.iri AS article, ti.iri AS attributed
  FROM claim_t c JOIN iri gi ON gi.id = c.graph JOIN iri si ON si.id = c.s
  JOIN iri oi ON oi.id = c.o JOIN iri ai ON ai.id = c.article
  LEFT JOIN iri ti ON ti.id = c.attributed;
CREATE VIEW IF NOT EXISTS mentions AS
  SELECT ei.iri AS entity, ai.iri AS article
  FROM mention_t m JOIN iri ei ON ei.id = m.entity JOIN iri ai ON ai.id = m.article;
CREATE VIEW IF NOT EXISTS facts AS
  SELECT i.iri AS entity, f.kind AS kind, f.value AS value, f.uses AS uses
  FROM fact_t f JOIN iri i ON i.id = f.entity;
"""

REBUILD_WAIT_S = 10.0
"""How long a read waits for a rebuild under way to end before it is told to retry (a small
store's rebuild, at start-up, ends well within it)."""

_TABLES = (
    "pending", "graph_t", "article_t", "fact_t", "mention_t", "claim_t", "edge_t", "entity_t"
)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Text folded for matching: no accents, case-folded, punctuation as single spaces
    (memoized: names recur in every article that mentions them).

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
    mentions: set[tuple[str, str]]  # (entity, article)
    claims: list[ClaimKey]
    digest: str
    """Of the graph's content: a replay of an unchanged graph is skipped."""
    quads: int
    """How many distinct quads the graph holds (the store's count is kept by writes)."""


def digest(quads: Iterable[ox.Quad]) -> str:
    """A digest of a graph's content, whatever the order of its quads."""
    lines = sorted(str(q) for q in quads)
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=16).hexdigest()


def contribution(graph: str, quads: Iterable[ox.Quad]) -> _Contribution:
    """Parse an article graph's quads into its contribution (no store access)."""
    quads = list(quads)
    facts: set[tuple[str, str, str]] = set()
    mentions: set[tuple[str, str]] = set()
    props: dict[str, dict[str, str]] = defaultdict(dict)
    claims_seen: set[str] = set()
    is_article = False
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
                is_article = True
            continue
        if p == _MENTIONS:
            mentions.add((value, subject))
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
    article = {name: fields.get(name) for name in _ARTICLE_FIELDS.values()} if is_article else None
    return _Contribution(article, facts, mentions, claims, digest(quads), len(set(quads)))


class IndexNotReady(Exception):
    """The index is being (re)built from the store."""


Change = Iterable[ox.Quad] | None
"""What a graph holds after a write (None: no such graph)."""


class ReadIndex:
    """The SQLite read index of one store (a file, or in memory for `path=None`).

    One connection, guarded by a lock: reads and writes are milliseconds each. `complete`
    is False while the index does not describe the whole store (never built, being rebuilt,
    or a write was interrupted); then writes are not applied (the rebuild reads them) and
    reads raise `IndexNotReady`.
    """

    def __init__(self, path: Path | None, *, store_is_empty: bool) -> None:
        self.path = path
        new = path is None or not path.exists()
        self._lock = threading.RLock()
        self._rebuilt = threading.Condition()
        self._rebuilding = False
        self._degree_delta: dict[int, int] = defaultdict(int)
        self._mention_delta: dict[int, int] = defaultdict(int)
        """What the write under way changes in entities' degrees and article counts."""
        self._ids: dict[str, int] = {}
        self.generation = 0
        """Bumped by every applied write (caches derived from the index compare it)."""
        self._db = self._connect()
        if not new and self._meta("schema") != SCHEMA_VERSION:  # an older layout: start over
            self._db.close()
            assert path is not None
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            self._db = self._connect()
            new, store_is_empty = True, False
        with self._lock:
            if new:
                self._set_meta("schema", SCHEMA_VERSION)
                self._set_meta("complete", "1" if store_is_empty else "0")
            if self._db.execute("SELECT 1 FROM pending LIMIT 1").fetchone():
                self._set_meta("complete", "0")  # a write was interrupted: rebuild

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            ":memory:" if self.path is None else str(self.path),
            check_same_thread=False,
            isolation_level=None,
        )
        db.execute("PRAGMA journal_mode=WAL" if self.path else "PRAGMA journal_mode=MEMORY")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA cache_size=-32000")  # 32 MB of pages
        db.executescript(_SCHEMA_SQL)
        return db

    # ---- state ---------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Whether the index describes the whole store."""
        with self._lock:
            return self._meta("complete") == "1"

    def require(self, wait_s: float = REBUILD_WAIT_S) -> None:
        """IndexNotReady unless the index describes the whole store (while it is being
        rebuilt, after waiting at most `wait_s` for the rebuild to end)."""
        if self.complete:
            return
        with self._rebuilt:
            if self._rebuilding:
                self._rebuilt.wait_for(lambda: not self._rebuilding, timeout=wait_s)
        if not self.complete:
            raise IndexNotReady("the read index is being built from the store")

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

    def mark_incomplete(self) -> None:
        """The index no longer describes the store (it will be rebuilt)."""
        with self._lock:
            self._set_meta("complete", "0")

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

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _id(self, iri: str) -> int:
        """The integer of an IRI, given one when new (inside a write transaction)."""
        found = self._ids.get(iri)
        if found is None:
            row = self._db.execute("SELECT id FROM iri WHERE iri = ?", (iri,)).fetchone()
            if row is None:
                found = int(
                    self._db.execute("INSERT INTO iri (iri) VALUES (?)", (iri,)).lastrowid or 0
                )
            else:
                found = int(row[0])
            if len(self._ids) > 200_000:
                self._ids.clear()
            self._ids[iri] = found
        return found

    def _ids_of(self, iris: Iterable[str]) -> dict[str, int]:
        """The integers of the IRIs the index knows (none given to new ones)."""
        wanted = sorted(set(iris))
        out: dict[str, int] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            out.update(
                self._db.execute(
                    f"SELECT iri, id FROM iri WHERE iri IN ({marks})",  # noqa: S608
                    part,
                ).fetchall()
            )
        return out

    # ---- writes --------------------------------------------------------------------------

    def apply(self, changes: Mapping[str, Change]) -> None:
        """Record that each graph now holds these quads (None: the graph is gone): what its
        previous content gave, as recorded here, is taken back, the new content added; and
        clear their pending marks. Skipped while the index is incomplete."""
        parsed = {g: contribution(g, new) if new is not None else None
                  for g, new in changes.items()}
        with self._lock:
            if not self.complete:
                return
            with self._transaction():
                edges: set[tuple[int, str, int]] = set()
                entities: set[int] = set()
                self._degree_delta.clear()
                self._mention_delta.clear()
                for graph, new in parsed.items():
                    self._take_back(graph, edges, entities)
                    if new is not None:
                        self._add(graph, new, edges, entities)
                for key in sorted(edges):
                    self._refresh_edge(*key)
                    entities.update((key[0], key[2]))
                for entity in sorted(entities):
                    self._refresh_entity(entity)
                self._db.executemany("DELETE FROM pending WHERE graph = ?", [(g,) for g in parsed])
            self.generation += 1

    def digests(self, graphs: Iterable[str]) -> dict[str, str]:
        """The digest of each graph's content as the index holds it (absent: no graph)."""
        return self._graph_column("digest", graphs)

    def quad_counts(self, graphs: Iterable[str]) -> dict[str, int]:
        """How many quads each graph holds, as the index knows it (absent: no graph)."""
        return self._graph_column("quads", graphs)

    def _graph_column(self, column: str, graphs: Iterable[str]) -> dict[str, Any]:
        assert column in ("digest", "quads")
        with self._lock:
            out = {}
            for graph, g in self._ids_of(graphs).items():
                row = self._db.execute(
                    f"SELECT {column} FROM graph_t WHERE id = ?", (g,)  # noqa: S608 - constant
                ).fetchone()
                if row is not None:
                    out[graph] = row[0]
            return out

    def _take_back(
        self, graph: str, edges: set[tuple[int, str, int]], entities: set[int]
    ) -> None:
        """Remove what the graph's previous content gave (as recorded in `graph_t`)."""
        db = self._db
        g = self._ids_of([graph]).get(graph)
        if g is None:
            return
        row = db.execute("SELECT given FROM graph_t WHERE id = ?", (g,)).fetchone()
        given = json.loads(zlib.decompress(row[0])) if row else {"f": [], "m": []}
        db.execute("DELETE FROM graph_t WHERE id = ?", (g,))
        for kind, e, value in given["f"]:
            db.execute(
                "UPDATE fact_t SET uses = uses - 1 WHERE entity = ? AND kind = ? AND value = ?",
                (e, kind, value),
            )
            db.execute(
                "DELETE FROM fact_t WHERE entity = ? AND kind = ? AND value = ? AND uses <= 0",
                (e, kind, value),
            )
            entities.add(e)
        for e, a in given["m"]:
            db.execute(
                "UPDATE mention_t SET uses = uses - 1 WHERE entity = ? AND article = ?", (e, a)
            )
            gone = db.execute(
                "DELETE FROM mention_t WHERE entity = ? AND article = ? AND uses <= 0", (e, a)
            ).rowcount
            self._mention_delta[e] -= gone
            entities.add(e)
        for s, rtype, o, attributed in db.execute(
            "SELECT s, type, o, attributed FROM claim_t WHERE graph = ?", (g,)
        ).fetchall():
            edges.add((s, rtype, o))
            if attributed is not None:
                entities.add(attributed)
        db.execute("DELETE FROM claim_t WHERE graph = ?", (g,))
        row = db.execute("SELECT publisher FROM article_t WHERE id = ?", (g,)).fetchone()
        if row is not None:
            db.execute("DELETE FROM article_t WHERE id = ?", (g,))
            if row[0] is not None:
                entities.add(row[0])

    def _add(
        self, graph: str, new: _Contribution, edges: set[tuple[int, str, int]], entities: set[int]
    ) -> None:
        """Add what the graph's new content gives. Claims are dated by their own article (a
        claim always cites the article whose graph holds it)."""
        db = self._db
        g = self._id(graph)
        facts = [(self._id(e), k, v) for k, e, v in new.facts]
        mentions = [(self._id(e), self._id(a)) for e, a in new.mentions]
        given = {"f": [[k, e, v] for e, k, v in facts], "m": mentions}
        db.execute(
            "INSERT OR REPLACE INTO graph_t (id, digest, quads, given) VALUES (?, ?, ?, ?)",
            (g, new.digest, new.quads,
             zlib.compress(json.dumps(given, separators=(",", ":")).encode())),
        )
        db.executemany(
            "INSERT INTO fact_t (entity, kind, value, uses) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (entity, kind, value) DO UPDATE SET uses = uses + 1",
            facts,
        )
        entities.update(e for e, _, _ in facts)
        for e, m in mentions:
            more = db.execute(
                "UPDATE mention_t SET uses = uses + 1 WHERE entity = ? AND article = ?", (e, m)
            ).rowcount
            if not more:
                db.execute("INSERT INTO mention_t (entity, article, uses) VALUES (?, ?, 1)", (e, m))
                self._mention_delta[e] += 1
            entities.add(e)
        rows = []
        for c in new.claims:
            key = (self._id(c.source), c.type.value, self._id(c.target))
            attributed = self._id(c.attributed_to) if c.attributed_to else None
            rows.append((c.iri, g, *key, c.status, self._id(c.article), attributed))
            edges.add(key)
            if attributed is not None:
                entities.add(attributed)
        db.executemany(
            "INSERT INTO claim_t (claim, graph, s, type, o, status, article, attributed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if new.article is not None:
            a = new.article
            day = parse_date(a["date"])
            publisher = self._id(a["publisher"]) if a["publisher"] else None
            db.execute(
                "INSERT OR REPLACE INTO article_t (id, title, date, undated, lang, publisher, "
                "url, source, claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    g,
                    a["title"],
                    day.isoformat() if day else None,
                    0 if day else 1,
                    a["lang"],
                    publisher,
                    a["url"],
                    a["source"],
                    sum(1 for c in new.claims if c.article == graph),
                ),
            )
            if publisher is not None:
                entities.add(publisher)

    def _refresh_edge(self, s: int, rtype: str, o: int) -> None:
        """The edge row from its claims, and the change it makes to its ends' degrees."""
        rows = self._db.execute(
            "SELECT c.status, c.article, a.date FROM claim_t c LEFT JOIN article_t a "
            "ON a.id = c.article WHERE c.s = ? AND c.type = ? AND c.o = ?",
            (s, rtype, o),
        ).fetchall()
        existed = self._db.execute(
            "SELECT 1 FROM edge_t WHERE s = ? AND type = ? AND o = ?", (s, rtype, o)
        ).fetchone()
        if rtype != _REPORTED_BY and bool(rows) != bool(existed):
            change = 1 if rows else -1
            self._degree_delta[s] += change
            self._degree_delta[o] += change  # a loop counts twice, as networkx counts it
        if not rows:
            self._db.execute("DELETE FROM edge_t WHERE s = ? AND type = ? AND o = ?", (s, rtype, o))
            return
        self._db.execute(
            "INSERT OR REPLACE INTO edge_t (s, type, o, asserted, status, statuses, claims, "
            "articles, first, last) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (s, rtype, o, *_edge_fields(rows)),
        )

    def _refresh_entity(self, e: int) -> None:
        db = self._db
        facts: dict[str, dict[str, int]] = defaultdict(dict)
        for kind, value, uses in db.execute(
            "SELECT kind, value, uses FROM fact_t WHERE entity = ?", (e,)
        ):
            facts[kind][value] = uses
        if not facts.get("t"):
            db.execute("DELETE FROM entity_t WHERE id = ?", (e,))
            return
        known = db.execute("SELECT degree, mentioned FROM entity_t WHERE id = ?", (e,)).fetchone()
        if known is not None:  # counts moved by this write only: a hub costs what others cost
            degree = known[0] + self._degree_delta.get(e, 0)
            mentioned = known[1] + self._mention_delta.get(e, 0)
        else:
            degree = db.execute(
                "SELECT (SELECT COUNT(*) FROM edge_t WHERE s = ?1 AND type != ?2) + "
                "(SELECT COUNT(*) FROM edge_t WHERE o = ?1 AND type != ?2)",
                (e, _REPORTED_BY),
            ).fetchone()[0]
            mentioned = db.execute(
                "SELECT COUNT(*) FROM mention_t WHERE entity = ?", (e,)
            ).fetchone()[0]
        iri = db.execute("SELECT iri FROM iri WHERE id = ?", (e,)).fetchone()[0]
        db.execute(
            "INSERT OR REPLACE INTO entity_t (id, slug, name, fold, type, types, aliases, "
            "identifiers, terms, degree, mentioned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e, *_entity_fields(iri, facts), degree, mentioned),
        )

    def rebuild(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]], batch: int = 512) -> int:
        """Rebuild the whole index from (graph, quads) pairs (every graph of the store);
        the number of graphs read. The index is incomplete until it returns. Contributions
        are added first, then every edge and entity row is derived in one pass each."""
        with self._rebuilt:
            self._rebuilding = True
        try:
            return self._rebuild(graphs, batch)
        finally:
            with self._rebuilt:
                self._rebuilding = False
                self._rebuilt.notify_all()

    def _rebuild(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]], batch: int) -> int:
        with self._lock:
            self._set_meta("complete", "0")
            for table in _TABLES:
                self._db.execute(f"DELETE FROM {table}")  # noqa: S608 - constant names
        done = 0
        chunk: list[tuple[str, _Contribution]] = []

        def flush() -> None:
            with self._lock, self._transaction():
                unused: set[tuple[int, str, int]] = set()
                for graph, parsed in chunk:
                    self._add(graph, parsed, unused, set())

        for graph, quads in graphs:
            chunk.append((graph, contribution(graph, quads)))
            if len(chunk) >= batch:
                flush()
                done += len(chunk)
                chunk = []
        if chunk:
            flush()
            done += len(chunk)
        with self._lock, self._transaction():
            self._derive_all()
            self._set_meta("complete", "1")
            self._degree_delta.clear()
            self._mention_delta.clear()
        self.generation += 1
        return done

    def _derive_all(self) -> None:
        """Every edge and entity row, from the claims and facts (a rebuild's last step)."""
        db = self._db
        db.execute("DELETE FROM edge_t")
        db.execute("DELETE FROM entity_t")
        grouped = db.execute(
            "SELECT c.s, c.type, c.o, c.status, c.article, a.date FROM claim_t c "
            "LEFT JOIN article_t a ON a.id = c.article ORDER BY c.s, c.type, c.o"
        )
        key: tuple[int, str, int] | None = None
        rows: list[tuple[str, int, str | None]] = []
        out = []
        for s, rtype, o, status, article, day in grouped:
            if (s, rtype, o) != key:
                if key is not None:
                    out.append((*key, *_edge_fields(rows)))
                key, rows = (s, rtype, o), []
            rows.append((status, article, day))
        if key is not None:
            out.append((*key, *_edge_fields(rows)))
        db.executemany(
            "INSERT INTO edge_t (s, type, o, asserted, status, statuses, claims, articles, "
            "first, last) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            out,
        )
        degree: dict[int, int] = defaultdict(int)
        for s, o in db.execute("SELECT s, o FROM edge_t WHERE type != ?", (_REPORTED_BY,)):
            degree[s] += 1
            degree[o] += 1
        mentioned = dict(db.execute("SELECT entity, COUNT(*) FROM mention_t GROUP BY entity"))
        iris = dict(db.execute("SELECT id, iri FROM iri"))
        entities = []
        current: int | None = None
        facts: dict[str, dict[str, int]] = defaultdict(dict)
        for e, kind, value, uses in [
            *db.execute("SELECT entity, kind, value, uses FROM fact_t ORDER BY entity"),
            (None, "", "", 0),
        ]:
            if e != current:
                if current is not None and facts.get("t"):
                    entities.append(
                        (
                            current,
                            *_entity_fields(iris[current], facts),
                            degree.get(current, 0),
                            mentioned.get(current, 0),
                        )
                    )
                current, facts = e, defaultdict(dict)
            facts[kind][value] = uses
        db.executemany(
            "INSERT INTO entity_t (id, slug, name, fold, type, types, aliases, identifiers, "
            "terms, degree, mentioned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entities,
        )

    # ---- reads ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only SQL query on the index (the index must be complete)."""
        self.require()
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def entities(self, iris: Iterable[str]) -> dict[str, EntityRow]:
        """The entity rows of these IRIs (those that are entities)."""
        return self.entities_and_degrees(iris)[0]

    def entities_and_degrees(
        self, iris: Iterable[str]
    ) -> tuple[dict[str, EntityRow], dict[str, int]]:
        """The entity rows of these IRIs (those that are entities), and their degrees."""
        wanted = sorted(set(iris))
        rows: dict[str, EntityRow] = {}
        degrees: dict[str, int] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            for row in self.query(
                "SELECT iri, name, type, types, aliases, identifiers, degree FROM entities "
                f"WHERE iri IN ({marks})",  # noqa: S608 - placeholders only
                part,
            ):
                rows[row[0]] = entity_row(row)
                degrees[row[0]] = int(row[6])
        return rows, degrees

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
        """The claims of these edges (source, TYPE, target), by edge then claim IRI."""
        keys = sorted(set(edges))
        ids = self.ids(x for s, _, o in keys for x in (s, o))
        wanted = [(ids[s], t, ids[o]) for s, t, o in keys if s in ids and o in ids]
        out: list[ClaimKey] = []
        for part in _chunks(wanted, 300):
            rows = ",".join("(?, ?, ?)" for _ in part)
            out += [
                ClaimKey(r[0], r[1], RelationType(r[2]), r[3], r[4], r[5], r[6])
                for r in self.query(
                    f"WITH k (s, type, o) AS (VALUES {rows}) "  # noqa: S608 - placeholders only
                    "SELECT c.claim, si.iri, c.type, oi.iri, c.status, ai.iri, ti.iri "
                    "FROM k CROSS JOIN claim_t c ON c.s = k.s AND c.type = k.type "
                    "AND c.o = k.o JOIN iri si ON si.id = c.s JOIN iri oi ON oi.id = c.o "
                    "JOIN iri ai ON ai.id = c.article LEFT JOIN iri ti ON ti.id = c.attributed",
                    [x for key in part for x in key],
                )
            ]
        out.sort(key=lambda c: (c.source, c.type.value, c.target, c.iri))
        return out

    def outlets(
        self, edges: Iterable[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], tuple[str, ...]]:
        """The outlets of each edge (source, TYPE, target), as `graph.projection.edge_rows`
        names them: the entities its claims are attributed to, and its articles' publishers."""
        found: dict[tuple[str, str, str], set[str]] = {}
        attributed: set[str] = set()
        publishers: set[str] = set()
        rows = []
        for c in self.claim_keys(edges):
            rows.append(c)
            if c.attributed_to:
                attributed.add(c.attributed_to)
        published = {
            a: row[0]
            for a, row in (
                (r[0], r[1:])
                for part in _chunks(sorted({c.article for c in rows}))
                for r in self.query(
                    "SELECT graph, publisher FROM articles "
                    f"WHERE graph IN ({','.join('?' * len(part))})",  # noqa: S608
                    part,
                )
            )
            if row[0]
        }
        publishers.update(published.values())
        entity_names = {iri: e.name for iri, e in self.entities(attributed).items()}
        publisher_names = self.names(publishers)
        for c in rows:
            names = found.setdefault((c.source, c.type.value, c.target), set())
            if c.attributed_to in entity_names:
                names.add(entity_names[c.attributed_to])
            if c.article in published and published[c.article] in publisher_names:
                names.add(publisher_names[published[c.article]])
        return {key: tuple(sorted(names)) for key, names in found.items()}

    def ids(self, iris: Iterable[str]) -> dict[str, int]:
        """The integers of the IRIs the index knows."""
        self.require()
        with self._lock:
            return self._ids_of(iris)

    def iris(self, ids: Iterable[int]) -> dict[int, str]:
        """The IRIs of these integers."""
        out: dict[int, str] = {}
        for part in _chunks(sorted(set(ids))):
            out.update(
                self.query(
                    f"SELECT id, iri FROM iri WHERE id IN ({','.join('?' * len(part))})",  # noqa: S608
                    part,
                )
            )
        return out

    def adjacent(
        self, ids: Iterable[int]
    ) -> list[tuple[int, int, str, str, str | None, str | None]]:
        """(node, other end, TYPE, statuses, first, last) of every business edge (all but
        REPORTED_BY) at these entities, seen from each of them."""
        out: list[tuple[int, int, str, str, str | None, str | None]] = []
        for part in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(part))
            out += self.query(
                f"SELECT s, o, type, statuses, first, last FROM edge_t WHERE s IN ({marks}) "  # noqa: S608
                "AND type != ?",
                [*part, _REPORTED_BY],
            )
            out += self.query(
                f"SELECT o, s, type, statuses, first, last FROM edge_t WHERE o IN ({marks}) "  # noqa: S608
                "AND type != ?",
                [*part, _REPORTED_BY],
            )
        return out

    def neighbours(self, ids: Iterable[int]) -> list[tuple[int, int]]:
        """(node, other end) of every business edge at these entities (`adjacent` without
        the edges' fields: read from the indexes alone)."""
        out: list[tuple[int, int]] = []
        for part in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(part))
            for end, other in (("s", "o"), ("o", "s")):
                out += self.query(
                    f"SELECT {end}, {other} FROM edge_t WHERE {end} IN ({marks}) AND type != ?",  # noqa: S608
                    [*part, _REPORTED_BY],
                )
        return out

    def degree_of(self, ids: Iterable[int]) -> dict[int, int]:
        """The degree of each of these entities (by integer)."""
        out: dict[int, int] = {}
        for part in _chunks(sorted(set(ids))):
            out.update(
                self.query(
                    f"SELECT id, degree FROM entity_t WHERE id IN ({','.join('?' * len(part))})",  # noqa: S608
                    part,
                )
            )
        return out

    def edges_among(self, ids: Iterable[int]) -> list[EdgeSummary]:
        """The business edges whose two ends are among these entities."""
        return [edge_summary(r) for r in self.edges_among_rows(ids)]

    def edges_among_rows(self, ids: Iterable[int]) -> list[tuple[Any, ...]]:
        """`edges_among` as rows of `EDGE_COLUMNS`."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        with self._lock:
            self.require()
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id INTEGER PRIMARY KEY)")
            self._db.execute("DELETE FROM chosen")
            self._db.executemany("INSERT INTO chosen (id) VALUES (?)", [(i,) for i in wanted])
            rows = self._db.execute(  # CROSS JOIN: SQLite keeps this loop order
                "SELECT si.iri, e.type, oi.iri, e.asserted, e.status, e.statuses, e.claims, "
                "e.articles, e.first, e.last FROM chosen c CROSS JOIN edge_t e "
                "CROSS JOIN chosen d CROSS JOIN iri si CROSS JOIN iri oi "
                "WHERE e.s = c.id AND d.id = e.o AND si.id = e.s AND oi.id = e.o "
                "AND e.type != ?",
                (_REPORTED_BY,),
            ).fetchall()
            self._db.execute("DELETE FROM chosen")
        return rows

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
                "SELECT DISTINCT entity FROM mentions WHERE article = ? ORDER BY entity",
                (article,),
            )
        ]

    def edge_summaries(self, keys: Iterable[tuple[str, str, str]]) -> dict[EdgeKey, EdgeSummary]:
        """The summaries of these edges (source, TYPE, target) that exist."""
        wanted = sorted(set(keys))
        ids = self.ids(x for s, _, o in wanted for x in (s, o))
        known = [(ids[s], t, ids[o]) for s, t, o in wanted if s in ids and o in ids]
        out: dict[EdgeKey, EdgeSummary] = {}
        for part in _chunks(known, 300):
            rows = ",".join("(?, ?, ?)" for _ in part)
            for row in self.query(
                f"WITH k (s, type, o) AS (VALUES {rows}) "  # noqa: S608 - placeholders only
                "SELECT si.iri, e.type, oi.iri, e.asserted, e.status, e.statuses, e.claims, "
                "e.articles, e.first, e.last FROM k CROSS JOIN edge_t e ON e.s = k.s "
                "AND e.type = k.type AND e.o = k.o JOIN iri si ON si.id = e.s "
                "JOIN iri oi ON oi.id = e.o",
                [x for key in part for x in key],
            ):
                edge = edge_summary(row)
                out[edge.key] = edge
        return out

    def business_edges(self) -> tuple[list[str], list[tuple[int, int, str]]]:
        """Every entity IRI (sorted) and every asserted business edge as (source position,
        target position, TYPE) in that list: the whole graph, compactly (`graph.compact`).
        Read on a connection of its own when the index is a file, so that requests are not
        held while it is read."""
        self.require()
        if self.path is None:
            with self._lock:
                return _business_edges(self._db)
        return business_edges_of(self.path)

    def counts(self) -> dict[str, int]:
        """Entities, articles, claims and edges in the index."""
        out = {}
        for name, table in (
            ("entities", "entity_t"),
            ("articles", "article_t"),
            ("claims", "claim_t"),
            ("edges", "edge_t"),
        ):
            out[name] = int(self.query(f"SELECT COUNT(*) FROM {table}")[0][0])  # noqa: S608
        return out

    def distinct_claims(self) -> int:
        """Claims in the index, each counted once (a claim may stand in several graphs)."""
        return int(self.query("SELECT COUNT(DISTINCT claim) FROM claim_t")[0][0])

    def asserted_edges_by_type(self) -> dict[str, int]:
        """Asserted edges by relation type (what the store holds as direct triples)."""
        rows = self.query("SELECT type, COUNT(*) FROM edge_t WHERE asserted = 1 GROUP BY type")
        return {str(t): int(n) for t, n in rows}


def business_edges_of(path: Path) -> tuple[list[str], list[tuple[int, int, str]]]:
    """`ReadIndex.business_edges` of the index file at `path`, read on a read-only connection
    of its own (in any process)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _business_edges(db)
    finally:
        db.close()


def _business_edges(db: sqlite3.Connection) -> tuple[list[str], list[tuple[int, int, str]]]:
    ids = db.execute(
        "SELECT e.id, i.iri FROM entity_t e JOIN iri i ON i.id = e.id ORDER BY i.iri"
    ).fetchall()
    position = {e: n for n, (e, _) in enumerate(ids)}
    edges = [
        (position[s], position[o], t)
        for s, t, o in db.execute(
            "SELECT s, type, o FROM edge_t WHERE asserted = 1 AND type != ?", (_REPORTED_BY,)
        )
        if s in position and o in position
    ]
    return [iri for _, iri in ids], edges


def _edge_fields(rows: Sequence[tuple[str, int, str | None]]) -> tuple[Any, ...]:
    """(asserted, status, statuses, claims, articles, first, last) of an edge from its
    claims' (status, article, article date), as `graph.projection.edge_rows` groups them."""
    statuses = sorted({r[0] for r in rows}, key=lambda st: -STATUS_RANK.get(st, 0))
    dates = sorted({r[1]: r[2] for r in rows if r[2]}.values())
    return (
        int(any(_asserted(r[0]) for r in rows)),
        statuses[0],
        "|" + "|".join(statuses) + "|",
        len(rows),
        len({r[1] for r in rows}),
        dates[0] if dates else None,
        dates[-1] if dates else None,
    )


def _entity_fields(iri: str, facts: Mapping[str, Mapping[str, int]]) -> tuple[Any, ...]:
    """(slug, name, fold, type, types, aliases, identifiers, terms) of an entity from how many
    graphs state each of its facts, as `graph.projection.entity_rows` reads them."""
    types = [EntityType(t) for t in facts["t"]]
    labels = facts.get("l", {})
    names = sorted(labels, key=lambda n: name_key(labels[n], n))
    name = names[0] if names else iri.rsplit("/", 1)[-1]
    ordered = sorted(types, key=type_rank)
    aliases = sorted((set(facts.get("a", {})) | set(labels)) - {name})
    identifiers = {}
    for kind, key in (("k", "ticker"), ("w", "wikidata")):
        if facts.get(kind):
            identifiers[key] = min(facts[kind])
    terms = [fold(name)]
    for alias in sorted({fold(a) for a in aliases}):
        if alias not in terms:
            terms.append(alias)
    return (
        node_id(iri),
        name,
        fold(name),
        max(types, key=type_rank).value,
        "|" + "|".join(t.value for t in ordered) + "|",
        json.dumps(aliases, ensure_ascii=False),
        json.dumps(identifiers, ensure_ascii=False, sort_keys=True),
        "\n".join(terms),
    )


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


T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = 500) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])

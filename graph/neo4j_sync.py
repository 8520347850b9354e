"""Sync the store into Neo4j: incremental, idempotent, batched, and safe to re-run after a failure.

The property graph is the projection of `graph.projection` (the same reading the API and
networkx use), laid out for Neo4j:

- nodes, keyed by a unique `iri` and captioned by `name`: `:Organization` (`:Company`,
  `:Publisher`, `:Regulator`), `:Person`, `:Article`, and `:Claim` (one relationship as one
  article states it, asserted or not: denied, rumoured... claims exist only as claim nodes);
- business relationships between entities, only for asserted edges: `INVESTS_IN`, `SUPPLIES`,
  `PARTNERS_WITH`, `COMPETES_WITH`, `ACQUIRES`, `EXECUTIVE_OF`, each with its provenance
  (articles, outlets, first/last reported, status(es), claim counts, evidence sentences);
- `(:Article)-[:REPORTED_BY]->(outlet)` for the sources an article cites,
  `(:Article)-[:PUBLISHED_BY]->(:Publisher)`, `(:Article)-[:MENTIONS]->(entity)`;
- `(:Claim)-[:SUBJECT|OBJECT]->(node)`, `-[:IN_ARTICLE]->(:Article)`,
  `-[:ATTRIBUTED_TO]->(outlet)`.

A sync computes that graph, diffs it against what Neo4j holds (the state file of the last
completed sync, or Neo4j's own content when that is not trustworthy) and writes only the
difference, in `UNWIND` batches grouped by label and type. It reads the store and never writes
to it.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import neo4j

from graph import cypher_queries as cq
from graph.neo4j_client import Neo4jClient, translate_errors
from graph.neo4j_state import (
    GraphRows,
    NodeRow,
    RelKey,
    RelRow,
    Snapshot,
    SyncPlan,
    SyncState,
    plan_sync,
    props_digest,
)
from graph.projection import ClaimRow, EdgeRow, Projection, project
from graph.store import Store
from ontology.errors import IkgError
from ontology.records import RelationType, Status
from ontology.vocabulary import BUSINESS_RELATIONS, NEO4J_LABELS

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int, int], None]
"""Called after each batch with (phase, rows written so far, rows to write in total)."""

DEFAULT_BATCH_SIZE = 20_000
"""Rows per transaction; bigger batches amortise the per-transaction cost (see BENCHMARKS.md)."""


class SyncDriftError(IkgError):
    """Neo4j did not hold what the sync state said (someone changed it); re-read and retry."""


# --------------------------------------------------------------------------- projection -> rows


def graph_rows(projection: Projection) -> GraphRows:
    """The Neo4j graph of a projection: nodes and relationships with all their properties."""
    nodes: dict[str, NodeRow] = {}
    for ent in projection.entities.values():
        labels = tuple(sorted({label for t in ent.types for label in NEO4J_LABELS[t]}))
        nodes[ent.iri] = NodeRow(ent.iri, labels, _clean({
            "iri": ent.iri, "name": ent.name, "type": ent.type.value,
            "aliases": list(ent.aliases), **dict(ent.identifiers),
        }))
    for art in projection.articles.values():
        name = art.title or art.source or art.iri.rsplit("/", 1)[-1]
        nodes[art.iri] = NodeRow(art.iri, ("Article",), _clean({
            "iri": art.iri, "name": name, "title": art.title, "date": art.date,
            "language": art.language, "url": art.url, "source": art.source,
            "publisher": art.publisher,
        }))

    rels: dict[RelKey, RelRow] = {}

    def add(rtype: str, source: str, target: str, props: dict[str, Any]) -> None:
        if source in nodes and target in nodes and rtype in cq.REL_TYPES:
            rels[(rtype, source, target)] = RelRow(rtype, source, target, _clean(props))

    for art in projection.articles.values():
        if art.publisher_iri:
            add("PUBLISHED_BY", art.iri, art.publisher_iri, {})
    for article, entity in projection.mentions:
        add("MENTIONS", article, entity, {})
    edge_types = {*BUSINESS_RELATIONS, RelationType.REPORTED_BY}
    for edge in projection.edges:
        if edge.asserted and edge.type in edge_types:
            add(edge.type.value, edge.source, edge.target, _edge_props(edge))
        for claim in edge.claims:
            nodes[claim.iri] = NodeRow(claim.iri, ("Claim",), _claim_props(claim))
    for edge in projection.edges:
        for claim in edge.claims:
            add("SUBJECT", claim.iri, claim.subject, {})
            add("OBJECT", claim.iri, claim.object, {})
            add("IN_ARTICLE", claim.iri, claim.article, {})
            if claim.attributed_to:
                add("ATTRIBUTED_TO", claim.iri, claim.attributed_to, {})
    return GraphRows(nodes, rels)


def _asserted(status: str) -> bool:
    try:
        return Status(status).asserted
    except ValueError:
        return False


def _edge_props(edge: EdgeRow) -> dict[str, Any]:
    supporting = [c for c in edge.claims if _asserted(c.status)]
    evidence = list(dict.fromkeys(c.evidence for c in supporting if c.evidence))
    props: dict[str, Any] = {
        "status": edge.status,
        "statuses": list(edge.statuses),
        "claim_count": len(edge.claims),
        "supporting_claims": len(supporting),
        "disputed": len(supporting) < len(edge.claims),
        "claims": [c.iri for c in edge.claims],
        "articles": list(edge.articles),
        "outlets": list(edge.outlets),
        "first_reported": edge.first_reported,
        "last_reported": edge.last_reported,
        "evidence": evidence,
    }
    if edge.type is RelationType.EXECUTIVE_OF:
        props["roles"] = sorted({c.role for c in supporting if c.role})
    return props


def _claim_props(claim: ClaimRow) -> dict[str, Any]:
    return _clean({
        "iri": claim.iri, "name": f"{claim.type.value} ({claim.status})",
        "type": claim.type.value, "status": claim.status, "asserted": _asserted(claim.status),
        "evidence": claim.evidence, "start": claim.start, "end": claim.end,
        "subject": claim.subject, "object": claim.object, "article": claim.article,
        "role": claim.role, "amount": claim.amount, "currency": claim.currency,
        "amount_bound": claim.bound, "attributed_to": claim.attributed_to,
    })


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop what Neo4j would not store (None, empty lists), so digests match a read-back."""
    return {k: v for k, v in props.items() if v is not None and v != []}


# --------------------------------------------------------------------------- reading Neo4j


def read_snapshot(client: Neo4jClient) -> Snapshot:
    """What Neo4j holds now, among the labels and types ikg writes (keys and digests)."""
    snap = Snapshot()
    with translate_errors(client.config), client.session(read=True) as session:
        for label in cq.KEY_LABELS:
            for rec in session.run(cq.read_nodes(label)):
                labels = tuple(sorted(set(rec["labels"]) & cq.NODE_LABELS))
                snap.nodes[rec["iri"]] = (labels, props_digest(rec["props"]))
        for rtype in sorted(cq.REL_TYPES):
            for rec in session.run(cq.read_rels(rtype)):
                key = (rtype, rec["s"], rec["t"])
                if key in snap.rels:  # a duplicate: remember the count, the diff repairs it
                    snap.rels[key] = (snap.rels[key][0], snap.rels[key][1] + 1)
                else:
                    snap.rels[key] = (props_digest(rec["props"]), 1)
    # A relationship whose endpoints are not both keyed ikg nodes cannot be matched by key.
    snap.rels = {k: v for k, v in snap.rels.items() if k[1] in snap.nodes and k[2] in snap.nodes}
    return snap


def neo4j_counts(client: Neo4jClient) -> dict[str, int]:
    """Nodes per key label and relationships per type, from Neo4j's count store (cheap)."""
    out: dict[str, int] = {}
    with translate_errors(client.config), client.session(read=True) as session:
        for label in cq.KEY_LABELS:
            n = session.run(cq.count_nodes(label)).single(strict=True)["n"]
            if n:
                out[f"node:{label}"] = n
        for rtype in sorted(cq.REL_TYPES):
            n = session.run(cq.count_rels(rtype)).single(strict=True)["n"]
            if n:
                out[f"rel:{rtype}"] = n
    return out


def ensure_constraints(client: Neo4jClient) -> int:
    """Create the `iri` uniqueness constraints that are missing; return how many were created."""
    created = 0
    with translate_errors(client.config), client.session() as session:
        names = {r["name"] for r in session.run(cq.CONSTRAINT_NAMES)}
        for statement in cq.constraint_statements():
            if statement.split()[2] not in names:
                created += session.run(statement).consume().counters.constraints_added
    return created


# --------------------------------------------------------------------------- sync


@dataclass(frozen=True)
class SyncReport:
    """What a sync did."""

    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    rels_created: int = 0
    rels_updated: int = 0
    rels_deleted: int = 0
    nodes_total: int = 0
    rels_total: int = 0
    compared_with_neo4j: bool = False
    """True when the diff was made against Neo4j's content rather than the state file."""
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """True when anything was written to Neo4j."""
        return any((self.nodes_created, self.nodes_updated, self.nodes_deleted,
                    self.rels_created, self.rels_updated, self.rels_deleted))

    def summary(self) -> str:
        """One line for the user."""
        held = f"{self.nodes_total} nodes, {self.rels_total} relationships"
        if not self.changed:
            return f"Nothing to do: Neo4j is up to date ({held})."
        return (
            f"Synced in {self.seconds:.1f} s: nodes {self.nodes_created} created, "
            f"{self.nodes_updated} updated, {self.nodes_deleted} deleted; relationships "
            f"{self.rels_created} created, {self.rels_updated} updated, {self.rels_deleted} "
            f"deleted. Neo4j now holds {held}."
        )


def sync_store(
    store: Store,
    client: Neo4jClient,
    state: SyncState,
    *,
    full: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
) -> SyncReport:
    """Bring Neo4j in line with the store; write only what changed since the last sync.

    Side effects: writes to Neo4j and to the sync state file; reads the store, never writes
    it. `full` ignores the state file and diffs against Neo4j's content. Raises
    BackendUnavailableError when Neo4j is unreachable, refuses the credentials or fails
    during the sync (then the next sync completes the work).
    """
    client.verify()
    desired = graph_rows(project(store))
    return sync_rows(client, desired, state, full=full, batch_size=batch_size, progress=progress)


def sync_rows(
    client: Neo4jClient,
    desired: GraphRows,
    state: SyncState,
    *,
    full: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
) -> SyncReport:
    """Bring Neo4j in line with `desired` (see `sync_store`)."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    target = f"{client.config.uri}#{client.config.database}"
    with state.locked():
        try:
            return _sync(client, desired, state, target, full, batch_size, progress)
        except SyncDriftError as exc:
            log.warning("%s; comparing with Neo4j's content and trying again", exc)
            return _sync(client, desired, state, target, True, batch_size, progress)


def _sync(
    client: Neo4jClient, desired: GraphRows, state: SyncState, target: str, full: bool,
    batch_size: int, progress: ProgressCallback | None,
) -> SyncReport:
    started = time.monotonic()
    wanted = Snapshot.of(desired)
    ensure_constraints(client)
    current = None if full else state.load(target)
    if current is not None and neo4j_counts(client) != current.counts():
        log.info("Neo4j's counts differ from the sync state: comparing with its content")
        current = None
    compared = current is None
    if current is None:
        current = read_snapshot(client)
    plan = plan_sync(desired, current)
    totals = {"nodes_total": len(desired.nodes), "rels_total": len(desired.rels)}
    if plan.empty:
        if compared:
            state.save(target, wanted)
        return SyncReport(compared_with_neo4j=compared, seconds=time.monotonic() - started,
                          **totals)
    state.mark_dirty()
    _Writer(client, batch_size, plan.size, progress).run(plan, desired)
    state.save(target, wanted)
    return SyncReport(
        nodes_created=len(plan.create_nodes), nodes_updated=len(plan.update_nodes),
        nodes_deleted=len(plan.delete_nodes), rels_created=len(plan.create_rels),
        rels_updated=len(plan.update_rels),
        rels_deleted=len(plan.delete_rels) + plan.detached_rels,
        compared_with_neo4j=compared, seconds=time.monotonic() - started, **totals,
    )


class _Writer:
    """Runs a plan in batches: nodes first, then relationships, then node deletions."""

    def __init__(self, client: Neo4jClient, batch_size: int, total: int,
                 progress: ProgressCallback | None) -> None:
        self.client = client
        self.batch_size = batch_size
        self.total = total
        self.done = 0
        self.progress = progress

    def run(self, plan: SyncPlan, desired: GraphRows) -> None:
        def label(iri: str) -> str:
            return desired.nodes[iri].key_label

        with translate_errors(self.client.config), self.client.session() as session:
            self.session = session
            by_labels: dict[tuple[str, ...], list[NodeRow]] = defaultdict(list)
            for row in plan.create_nodes:
                by_labels[row.labels].append(row)
            for labels, rows in sorted(by_labels.items()):
                self._write("create nodes", cq.create_nodes(labels), [_node(r) for r in rows])

            updates: dict[tuple[str, tuple[str, ...]], list[NodeRow]] = defaultdict(list)
            for row, old_key in plan.update_nodes:
                updates[(old_key, row.labels)].append(row)
            for (old_key, labels), rows in sorted(updates.items()):
                self._write("update nodes", cq.update_nodes(old_key, labels),
                            [_node(r) for r in rows])

            deletes: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
            for d in plan.delete_rels:
                deletes[(d.key[0], d.source_label, d.target_label)].append(
                    {"s": d.key[1], "t": d.key[2]})
            for group, drows in sorted(deletes.items()):
                self._write("delete relationships", cq.delete_rels(*group), drows, check=False)

            for phase, rels, query in (
                ("create relationships", plan.create_rels, cq.create_rels),
                ("update relationships", plan.update_rels, cq.update_rels),
            ):
                groups: dict[tuple[str, str, str], list[RelRow]] = defaultdict(list)
                for rel in rels:
                    groups[(rel.type, label(rel.source), label(rel.target))].append(rel)
                for group, rrows in sorted(groups.items()):
                    self._write_grouped(phase, query(*group), rrows)

            node_deletes: dict[str, list[str]] = defaultdict(list)
            for iri, key in plan.delete_nodes:
                node_deletes[key].append(iri)
            for key, iris in sorted(node_deletes.items()):
                self._write("delete nodes", cq.delete_nodes(key), iris, check=False)

    def _write(self, phase: str, query: str, rows: Sequence[Any], *, check: bool = True) -> None:
        for start in range(0, len(rows), self.batch_size):
            batch = list(rows[start:start + self.batch_size])
            self._commit(phase, query, batch, len(batch), check)

    def _write_grouped(self, phase: str, query: str, rels: list[RelRow]) -> None:
        """Relationships in batches of `batch_size`, each grouped by source node."""
        rels = sorted(rels, key=lambda r: (r.source, r.target))
        for start in range(0, len(rels), self.batch_size):
            chunk = rels[start:start + self.batch_size]
            by_source: dict[str, list[dict[str, Any]]] = {}
            for rel in chunk:
                by_source.setdefault(rel.source, []).append(
                    {"t": rel.target, "props": dict(rel.props)})
            batch = [{"s": s, "rels": targets} for s, targets in by_source.items()]
            self._commit(phase, query, batch, len(chunk), True)

    def _commit(self, phase: str, query: str, batch: list[Any], rows: int, check: bool) -> None:
        written = self.session.execute_write(_run_batch, query, batch)
        if check and written != rows:
            raise SyncDriftError(
                f"{phase}: Neo4j matched {written} of {rows} rows, so it does not hold what "
                "the sync state says"
            )
        self.done += rows
        if self.progress is not None:
            self.progress(phase, self.done, self.total)


def _run_batch(tx: neo4j.ManagedTransaction, query: str, rows: list[Any]) -> int:
    record = tx.run(query, rows=rows).single(strict=True)
    return int(record["n"])


def _node(row: NodeRow) -> dict[str, Any]:
    return {"iri": row.iri, "props": dict(row.props)}

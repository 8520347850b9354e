"""What Neo4j holds, as ikg last wrote it: rows, snapshots, the sync state file and the diff.

A `Snapshot` is the synced graph reduced to keys and property digests: nodes by `iri` (with
their labels), relationships by (type, source iri, target iri). The desired graph (from the
store) and the graph Neo4j holds (from the state file, or read back from Neo4j) are both
snapshots, and `plan_sync` diffs them into the rows to create, update and delete.

The state file is trusted only when it was written after a sync that completed: a `.dirty`
marker is created before the first write of a sync and removed after the new state is saved,
so a sync that failed half-way (server killed, network down, process killed) leaves the marker
and the next sync diffs against what Neo4j actually holds.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from graph.cypher_queries import KEY_LABELS
from ontology.errors import BackendUnavailableError, StoreError

STATE_FORMAT = 1
"""Version of the state file and of the projection it describes; a change forces a full diff."""

RelKey = tuple[str, str, str]
"""(relationship type, source iri, target iri): the identity of a synced relationship."""


def key_label(labels: tuple[str, ...] | frozenset[str] | set[str]) -> str:
    """The label whose uniqueness constraint keys this node (see `KEY_LABELS`)."""
    for label in KEY_LABELS:
        if label in labels:
            return label
    raise ValueError(f"no key label among {sorted(labels)}")


def _tagged(value: Any) -> Any:
    """JSON for what `json` cannot encode: dates tagged, so they never equal text."""
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    iso = getattr(value, "iso_format", None)  # neo4j.time.Date / DateTime, as read back
    if callable(iso):
        return {"$date" if type(value).__name__ == "Date" else "$datetime": iso()}
    return {"$str": str(value)}


_encode = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_tagged
).encode


def props_digest(props: Mapping[str, Any]) -> str:
    """A short digest of a property map: equal maps (as Neo4j stores them) give equal digests.

    Lists and tuples encode alike, as Neo4j returns lists for both.
    """
    text = _encode(props if isinstance(props, dict) else dict(props))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


@dataclass(frozen=True)
class NodeRow:
    """One node to sync: its key, labels (sorted) and full property map (with `iri`, `name`)."""

    iri: str
    labels: tuple[str, ...]
    props: Mapping[str, Any]

    @cached_property
    def digest(self) -> str:
        """Digest of the properties (computed once)."""
        return props_digest(self.props)

    @property
    def key_label(self) -> str:
        """The label the node is matched by."""
        return key_label(self.labels)


@dataclass(frozen=True)
class RelRow:
    """One relationship to sync: type, endpoints (iris) and full property map."""

    type: str
    source: str
    target: str
    props: Mapping[str, Any]

    @cached_property
    def digest(self) -> str:
        """Digest of the properties (computed once)."""
        return props_digest(self.props)

    @property
    def key(self) -> RelKey:
        """The identity of the relationship."""
        return (self.type, self.source, self.target)


@dataclass(frozen=True)
class GraphRows:
    """The whole property graph to hold in Neo4j."""

    nodes: Mapping[str, NodeRow]
    rels: Mapping[RelKey, RelRow]


@dataclass
class Snapshot:
    """A graph reduced to keys and digests: what is (or should be) in Neo4j."""

    nodes: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    """iri -> (sorted labels, property digest)."""
    rels: dict[RelKey, tuple[str, int]] = field(default_factory=dict)
    """key -> (property digest, number of copies; more than one only in a damaged graph)."""

    @classmethod
    def of(cls, rows: GraphRows) -> Snapshot:
        """The snapshot of a desired graph."""
        return cls(
            nodes={iri: (n.labels, n.digest) for iri, n in rows.nodes.items()},
            rels={k: (r.digest, 1) for k, r in rows.rels.items()},
        )

    def counts(self) -> dict[str, int]:
        """Nodes per key label and relationships per type, as Neo4j's count store gives them."""
        out: Counter[str] = Counter()
        for labels, _ in self.nodes.values():
            for label in KEY_LABELS:
                if label in labels:
                    out[f"node:{label}"] += 1
        for (rtype, _, _), (_, copies) in self.rels.items():
            out[f"rel:{rtype}"] += copies
        return dict(out)


# --------------------------------------------------------------------------- diff


@dataclass(frozen=True)
class RelDelete:
    """A relationship to delete, with the key labels its endpoints have at that moment."""

    key: RelKey
    source_label: str
    target_label: str


@dataclass(frozen=True)
class SyncPlan:
    """The writes that turn the graph in Neo4j into the desired one."""

    create_nodes: list[NodeRow]
    update_nodes: list[tuple[NodeRow, str]]
    """(new row, key label the node has in Neo4j now)."""
    delete_nodes: list[tuple[str, str]]
    """(iri, key label)."""
    create_rels: list[RelRow]
    update_rels: list[RelRow]
    delete_rels: list[RelDelete]
    detached_rels: int = 0
    """Relationships that go with a deleted node (`DETACH DELETE`: no write of their own)."""

    @property
    def size(self) -> int:
        """Number of rows to write."""
        return (
            len(self.create_nodes) + len(self.update_nodes) + len(self.delete_nodes)
            + len(self.create_rels) + len(self.update_rels) + len(self.delete_rels)
        )

    @property
    def empty(self) -> bool:
        """True when Neo4j already holds the desired graph."""
        return self.size == 0


def plan_sync(desired: GraphRows, current: Snapshot) -> SyncPlan:
    """Diff the desired graph against what Neo4j holds (deterministic order).

    Relationships whose endpoint node is deleted are left to `DETACH DELETE`; duplicated
    relationships (a damaged graph) are deleted and created again once.
    """
    create_nodes, update_nodes = [], []
    for iri in sorted(desired.nodes):
        row = desired.nodes[iri]
        have = current.nodes.get(iri)
        if have is None:
            create_nodes.append(row)
        elif have != (row.labels, row.digest):
            update_nodes.append((row, key_label(have[0])))
    delete_nodes = [
        (iri, key_label(labels)) for iri, (labels, _) in sorted(current.nodes.items())
        if iri not in desired.nodes
    ]
    gone = {iri for iri, _ in delete_nodes}

    def label_of(iri: str) -> str:
        row = desired.nodes.get(iri)
        return row.key_label if row is not None else key_label(current.nodes[iri][0])

    create_rels, update_rels, delete_rels = [], [], []
    for key in sorted(desired.rels):
        rel = desired.rels[key]
        have_rel = current.rels.get(key)
        if have_rel is None:
            create_rels.append(rel)
        elif have_rel[1] != 1:
            delete_rels.append(RelDelete(key, label_of(key[1]), label_of(key[2])))
            create_rels.append(rel)
        elif have_rel[0] != rel.digest:
            update_rels.append(rel)
    detached = 0
    for key in sorted(current.rels):
        if key in desired.rels:
            continue
        if key[1] in gone or key[2] in gone:
            detached += 1
        else:
            delete_rels.append(RelDelete(key, label_of(key[1]), label_of(key[2])))
    return SyncPlan(
        create_nodes, update_nodes, delete_nodes, create_rels, update_rels, delete_rels, detached
    )


# --------------------------------------------------------------------------- state file


@dataclass(frozen=True)
class SyncState:
    """The sync state file of one Neo4j database (under the data directory)."""

    path: Path

    @classmethod
    def under(cls, data_dir: Path, uri: str, database: str) -> SyncState:
        """The state of the sync of a data directory into one Neo4j database."""
        name = hashlib.sha1(f"{uri}\x1f{database}".encode()).hexdigest()[:12]
        return cls(Path(data_dir) / "neo4j" / f"sync-{name}.json")

    @property
    def dirty_path(self) -> Path:
        """Exists while a sync is writing (or after one that failed)."""
        return self.path.with_name(self.path.name + ".dirty")

    @property
    def lock_path(self) -> Path:
        """Locked while a sync runs, so two syncs of one data directory never interleave."""
        return self.path.with_name(self.path.name + ".lock")

    def load(self, target: str) -> Snapshot | None:
        """The last synced snapshot, or None when it cannot be trusted.

        Not trusted: no file, a sync that did not complete (dirty marker), another target or
        format, an unreadable file.
        """
        if self.dirty_path.exists() or not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("format") != STATE_FORMAT or data.get("target") != target:
            return None
        nodes = {iri: (tuple(labels), digest) for iri, labels, digest in data["nodes"]}
        rels = {(t, s, o): (digest, 1) for t, s, o, digest in data["rels"]}
        return Snapshot(nodes, rels)

    def save(self, target: str, snapshot: Snapshot) -> None:
        """Write the snapshot atomically (tmp + fsync + rename) and clear the dirty marker.

        Called only after Neo4j committed everything the snapshot describes.
        """
        data = {
            "format": STATE_FORMAT,
            "target": target,
            "nodes": [[iri, list(ls), d] for iri, (ls, d) in snapshot.nodes.items()],
            "rels": [[*key, d] for key, (d, _) in snapshot.rels.items()],
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            tmp.replace(self.path)
            self.dirty_path.unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Neo4j is synced but the sync state could not be saved to {self.path}: {exc}. "
                "The next sync compares with Neo4j's content instead."
            ) from exc

    def mark_dirty(self) -> None:
        """Record, durably, that Neo4j is about to change (before the first write)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.dirty_path.open("w", encoding="utf-8") as fh:
                fh.write("a sync is writing to Neo4j, or one failed: the next one re-reads it\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise StoreError(f"Cannot write the sync state in {self.path.parent}: {exc}") from exc

    def discard(self) -> None:
        """Forget the state (the next sync compares with Neo4j's content)."""
        self.path.unlink(missing_ok=True)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the sync lock of this state (fails at once when another sync holds it)."""
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.lock_path.open("a+b")
        except OSError as exc:
            raise StoreError(f"Cannot write the sync state in {self.path.parent}: {exc}") from exc
        with handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise BackendUnavailableError(
                    "Another `ikg sync` to this Neo4j database is running; wait for it to end."
                ) from None
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

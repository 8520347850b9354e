"""The SPARQL workers' own copies of the store, kept current by replaying the server's writes.

A query worker cannot read the live store (RocksDB allows one writer process, and a read-only
open beside a writer is undefined behaviour in Oxigraph). It used to re-open a fresh RocksDB
checkpoint after every write, which costs a memtable flush and an open, and the flushes make
the server's store compact harder as it grows (BENCHMARKS.md, "Scale: /sparql visibility after
a write"). Instead each worker opens a private, writable copy of a checkpoint once, and the
server sends it every article graph it writes afterwards (the graph's N-Quads, read back from
the store under the writers' lock). Before a query the worker applies what it has not seen:
one graph replacement per article, a cost that does not depend on the store's size.

- `WriteLog` (server side): the graphs written since some version, in order, bounded; who is
  too far behind gets a fresh copy instead.
- `clone_checkpoint` (server side): a private copy of a checkpoint, hard links for its
  immutable table files.
- `Replica` (worker side): the copy, opened, with the writes applied.

The worker imports this module: nothing here imports the web framework or the store layer.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

LOG_WRITES = 128
"""Writes (articles) kept for workers that are behind. Idle workers are brought up to date in
the background after each write, so only a worker busy with a long query through a burst of
writes falls further behind; it then gets a fresh copy, which costs a checkpoint and an open
(0.2-0.4 s measured) where replaying costs 1-3 ms an article: the two meet near a hundred."""

RENEW_AFTER_BYTES = 16 * 1024 * 1024
"""A worker's copy is replaced by a fresh one once this many bytes of N-Quads (about 1,000
articles) have been replayed into it. That bounds the copy's write buffers (RocksDB keeps up to
128 MB of memtable per index before it flushes by itself, more than a worker's address-space
cap leaves room for) and the table files it keeps alive after the server's store has compacted
them away; and the checkpoint that the fresh copy is cloned from flushes the server's own
write buffers, which nothing else flushes between writes any more."""


@dataclass(frozen=True)
class GraphWrite:
    """One named graph as the store holds it after a write: its N-Quads, or None when the
    graph is gone (removed or emptied)."""

    graph: str
    nquads: bytes | None


@dataclass(frozen=True)
class _Change:
    version: int
    writes: tuple[GraphWrite, ...]


class WriteLog:
    """The last `limit` writes, each numbered by the store version it made.

    `record` must be called for every write, in the order the writes were made (under the
    writers' lock); thread-safe.
    """

    def __init__(self, limit: int = LOG_WRITES) -> None:
        self._changes: deque[_Change] = deque()
        self._limit = limit
        self._lock = threading.Lock()
        self.version = 0
        self.floor = 0
        """The oldest version from which the writes up to `version` are all known."""

    def record(self, writes: Sequence[GraphWrite] | None) -> int:
        """Log one write (None: the store changed in ways not known, e.g. a write that failed
        half-way; every copy older than it must be replaced). Returns the new version."""
        with self._lock:
            self.version += 1
            if writes is None:
                self._changes.clear()
                self.floor = self.version
            else:
                self._changes.append(_Change(self.version, tuple(writes)))
                while len(self._changes) > self._limit:
                    self.floor = self._changes.popleft().version
            return self.version

    def since(self, version: int) -> tuple[list[GraphWrite], int] | None:
        """The writes that bring a copy at `version` to the current one, and the current
        version; None when some of them are no longer logged."""
        with self._lock:
            if version < self.floor:
                return None
            writes = [w for c in self._changes if c.version > version for w in c.writes]
            return writes, self.version


def clone_checkpoint(base: Path, target: Path) -> None:
    """Copy a closed RocksDB checkpoint (or an N-Quads snapshot file) to `target`: table
    files (`*.sst`, never modified once written) as hard links, the rest (manifest, options,
    write-ahead log, which an open store may rewrite) copied. Milliseconds at any store size.

    Side effect: creates `target`, which must not exist.
    """
    if base.is_file():
        os.link(base, target)
        return
    target.mkdir()
    for entry in base.iterdir():
        if entry.suffix == ".sst":
            os.link(entry, target / entry.name)
        else:
            shutil.copy2(entry, target / entry.name)


class Replica:
    """A worker's copy of the store: a checkpoint clone opened read-write (only this worker
    opens it), or an N-Quads snapshot loaded into memory; kept current with `apply`."""

    def __init__(self, kind: str, path: str) -> None:
        if kind == "rocksdb":
            self.store = ox.Store(path)
        else:
            self.store = ox.Store()
            self.store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)

    def apply(self, writes: Sequence[GraphWrite]) -> None:
        """Replace each written graph by its new content (the last write of a graph wins).
        Blank node labels are kept as the server's store has them."""
        latest = {w.graph: w.nquads for w in writes}
        for graph in latest:
            self.store.remove_graph(ox.NamedNode(graph))
        data = b"".join(n for n in latest.values() if n)
        if data:
            self.store.extend(ox.parse(data, format=ox.RdfFormat.N_QUADS))

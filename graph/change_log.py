"""The change log of a shared remote store, and the follower that replays it into a read index.

Several processes may write one remote store (the workers of `ikg ingest --cluster`, another
`ikg ingest --store URL`, a server's `POST /articles`). A server reads REST pages from its
own read index and answers /sparql from its workers' copies; both are kept current by the
writes it makes itself, so without more it would see other writers' articles only after a
restart. So every write of an article graph to a remote store (`graph.remote_store`) also
stamps that graph in a log graph of the store, in the same SPARQL Update request:

    GRAPH <urn:ikg:changes> { <article graph> <urn:ikg:changedAt> NOW() }

one triple per graph (the last change; the previous stamp is deleted in the same request),
for removed graphs too. The stamp is the store server's clock (`NOW()` evaluated by the
store), so the writers' clocks never matter and need no synchronisation. With graph-store
`PUT` writes (Virtuoso's best mode) the stamps follow the PUTs in one update request per
batch: a writer killed between the two leaves an article that running servers see only at
their next start, or when it is written again.

`ChangeFollower` (run by the server every IKG_CHANGE_POLL_S seconds) asks for the stamps not
older than the newest one it has seen minus `OVERLAP_S` (one bound query; the store's own
clock again, so the server's clock does not matter either), and replays the graphs whose
stamp it has not replayed yet: each is read from the store as it is now and applied to the
read index (`IndexedStore.replay`; a graph the same as the index has costs one read, a gone
graph is removed). Replay reads the current content rather than trusting the log entry, so
it is idempotent and the order of entries does not matter. The overlap covers a request that
took the clock's value before another one but committed after it: a write request that takes
longer than `OVERLAP_S` from its start to its commit could be missed (the store's requests
time out at 30 s by default), and so could writes made after the store server's clock was
set back by more than that (Virtuoso's stamps carry no time zone: run it in UTC, or a change
from summer time hides an hour of writes from running servers until they restart).

Writes made before the server started are read by the index rebuild at start; the follower
starts from the store's clock read before that rebuild, minus the overlap, and polls only
once the index is complete. Stamps older than `KEEP_S` are deleted by the follower, so a poll
reads only the last minutes of writes, not the store; a follower that could not poll for
longer than half of that rebuilds its index instead. The embedded store has no log: it has
one writer, and `ikg ingest` into a served data directory goes through the server.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox

from graph.sparql_values import bind_rows

if TYPE_CHECKING:
    from graph.indexed_store import IndexedStore

log = logging.getLogger(__name__)

LOG_GRAPH = "urn:ikg:changes"
"""The log's graph: outside every article graph prefix, never exported or counted."""
CHANGED_AT = "urn:ikg:changedAt"
"""Predicate of a stamp (outside the ontology, so no REST query ever matches it)."""

OVERLAP_S = 60.0
"""Stamps this much older than the newest one seen are read again by each poll (see the
module docstring); twice the store's default request timeout."""

KEEP_S = 600.0
"""Stamps older than this (behind the newest seen) are deleted by the follower, so the log
holds the last ten minutes of writes. The poll's cost on Oxigraph server grows with the log
(it scans the log for the date range: 1.3-2.3 us per stamp, 67-116 ms at 50,000 stamps);
Virtuoso finds the range by an index (2 ms at 50,000). BENCHMARKS.md, "Change log". At 226
writes/s, the fastest rate measured here, ten minutes are 135,000 stamps."""

PRUNE_EVERY_S = 60.0
"""How often the follower deletes old stamps."""

_DT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")

_STAMP = (
    f"INSERT {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} }} "
    "WHERE { BIND(NOW() AS ?t) }"
)
_UNSTAMP = (
    f"DELETE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} }} "
    f"WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} }}"
)
CHANGES_SINCE = (
    f"SELECT ?g ?t WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} "
    "FILTER(?t >= ?since && STRSTARTS(STR(?g), ?prefix)) }"
)
"""Bind ?since (xsd:dateTime) and ?prefix: the stamps since then, of the store's graphs."""
FORGET_BEFORE = (
    f"DELETE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} }} "
    f"WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{CHANGED_AT}> ?t }} FILTER(?t < ?before) }}"
)
"""Bind ?before (xsd:dateTime): deletes the older stamps."""
CLOCK = "SELECT (NOW() AS ?now) WHERE { }"


def stamp_update(graphs: Sequence[str]) -> str:
    """SPARQL Update operations that stamp `graphs` as changed now, by the store's clock (to
    join, with " ;", the request that writes them). Graph names are bound as a checked VALUES
    block (`graph.sparql_values`)."""
    rows = [{"g": ox.NamedNode(g)} for g in graphs]
    return f"{bind_rows(_UNSTAMP, rows)} ;\n{bind_rows(_STAMP, rows)}"


def stamp_text(moment: datetime, like: str) -> ox.Literal:
    """`moment` as an xsd:dateTime literal written as the store writes its stamps (`like`):
    with a time zone when they have one (Oxigraph), without when they do not (Virtuoso)."""
    if (moment.tzinfo is None) != _naive(like):
        moment = moment.replace(tzinfo=None) if _naive(like) else moment.replace(tzinfo=UTC)
    # the canonical form (pyoxigraph reads a bound value back and must find it unchanged)
    text = moment.isoformat(timespec="microseconds").replace("+00:00", "Z")
    head, _, rest = text.partition(".")
    digits = rest[:6].rstrip("0")
    return ox.Literal(f"{head}.{digits}{rest[6:]}" if digits else head + rest[6:], datatype=_DT)


def _naive(stamp: str) -> bool:
    """Whether an xsd:dateTime value has no time zone."""
    return parse_stamp(stamp).tzinfo is None


def parse_stamp(value: str) -> datetime:
    """An xsd:dateTime value as a datetime (fractions past microseconds dropped)."""
    text = value.replace("Z", "+00:00")
    head, dot, rest = text.partition(".")
    if dot:
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = f"{head}.{rest[:min(digits, 6)].ljust(6, '0')}{rest[digits:]}"
    return datetime.fromisoformat(text)


class ChangeFeed(Protocol):
    """What a store with a change log offers (capability "change-log")."""

    def store_clock(self) -> str:
        """The store's clock now, as an xsd:dateTime value."""
        ...

    def changes_since(self, since: ox.Literal) -> list[tuple[str, str]]:
        """(graph, stamp) of every graph stamped at or after `since`."""
        ...

    def forget_changes_before(self, before: ox.Literal) -> None:
        """Delete the stamps older than `before` (a write)."""
        ...


@dataclass(frozen=True)
class FollowStatus:
    """What /health reports of the follower."""

    interval_s: float
    last_stamp: str | None
    """The newest change seen (the store's clock)."""
    polled_s_ago: float | None
    """Seconds since the last poll that succeeded (None: none yet)."""
    replayed: int
    """Graphs replayed into the index since the server started."""
    error: str | None
    """Why the last poll failed, when it did."""


class ChangeFollower:
    """Follows a store's change log into its read index (see the module docstring).

    Not thread-safe: one thread calls `poll`. Create it before the index rebuild at start.
    """

    def __init__(
        self,
        store: IndexedStore,
        feed: ChangeFeed,
        interval_s: float,
        *,
        resync_after_s: float = KEEP_S / 2,
    ) -> None:
        """`resync_after_s`: with no successful poll for this long, rebuild the index instead
        (the stamps missed may have been deleted)."""
        self.store = store
        self.feed = feed
        self.interval_s = interval_s
        self.resync_after_s = resync_after_s
        now = feed.store_clock()
        self._like = now
        self._since = parse_stamp(now) - timedelta(seconds=OVERLAP_S)
        self._newest: str | None = None
        self._replayed_stamps: dict[str, str] = {}
        self._last_ok: float | None = None
        self._last_prune = time.monotonic()
        self.replayed = 0
        self.error: str | None = None

    def poll(self) -> list[str] | None:
        """Read the changes since the last poll and replay them into the index; the graphs
        whose content changed there (to send to the /sparql copies), or None when the index
        was rebuilt instead (after a long outage: every copy must be renewed). Raises what
        the store raises before anything is replayed (the next poll tries again). Side
        effect: writes the index, and deletes old stamps from the store now and then."""
        if not self.store.index.complete:  # the rebuild under way reads the store
            return []
        if self._last_ok is not None and time.monotonic() - self._last_ok > self.resync_after_s:
            self._resync()
            return None
        try:
            rows = self.feed.changes_since(stamp_text(self._since, self._like))
            fresh = sorted({g for g, t in rows if self._replayed_stamps.get(g) != t})
            changed = self.store.replay(fresh) if fresh else []
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            raise
        self.error = None
        self._last_ok = time.monotonic()
        self.replayed += len(changed)
        if rows:
            newest = max(rows, key=lambda row: parse_stamp(row[1]))[1]
            if self._newest is None or parse_stamp(newest) > parse_stamp(self._newest):
                self._newest = newest
            self._since = max(self._since, parse_stamp(newest) - timedelta(seconds=OVERLAP_S))
        self._replayed_stamps = {g: t for g, t in (*self._replayed_stamps.items(), *rows)
                                 if parse_stamp(t) >= self._since}
        if time.monotonic() - self._last_prune > PRUNE_EVERY_S:
            self._last_prune = time.monotonic()
            before = self._since - timedelta(seconds=KEEP_S)
            try:  # the graphs replayed above must still reach the caller
                self.feed.forget_changes_before(stamp_text(before, self._like))
            except Exception:
                log.warning("deleting old stamps from the change log failed", exc_info=True)
        return changed

    def _resync(self) -> None:
        """Too long without a poll: the stamps may have been deleted; rebuild the index."""
        log.warning("the store's change log was not read for over %.0f s: rebuilding the "
                    "read index", self.resync_after_s)
        now = self.feed.store_clock()
        self._since = parse_stamp(now) - timedelta(seconds=OVERLAP_S)
        self._replayed_stamps.clear()
        self.store.index.mark_incomplete()
        self.store.ensure_index()
        self._last_ok = time.monotonic()

    def status(self) -> FollowStatus:
        ago = None if self._last_ok is None else round(time.monotonic() - self._last_ok, 3)
        return FollowStatus(self.interval_s, self._newest, ago, self.replayed, self.error)

"""What following a remote store's change log costs (graph/change_log.py), on Oxigraph server
and Virtuoso 7 (the test servers of tests/rdf_servers.py), in one run.

For log sizes of N stamps (graph names under the store's prefix, written by `stamp_update` in
requests of 512 graphs; the time to fill is printed too), measured per server:

- the poll query (`ChangeFeed.changes_since`) when nothing is new (the idle case: `since`
  after every stamp) and when the last 100 stamps are new;
- one stamp request of 128 graphs (what an update-mode write of a batch adds);
- at the largest size, the follower's pruning when no stamp is old enough
  (`forget_changes_before`, a scan of the log that deletes nothing).

    python -m bench.change_log_bench --sizes 1000,10000,50000 --rounds 5
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from graph.change_log import parse_stamp, stamp_text, stamp_update
from graph.remote_store import RemoteStore
from ontology.iris import DEFAULT_BASE
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import OxigraphServer, RdfServer, VirtuosoServer


def _ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _stamp(store: RemoteStore, names: list[str]) -> None:
    for start in range(0, len(names), 512):
        store._update(stamp_update(names[start : start + 512]))


def measure(server: RdfServer, sizes: list[int], rounds: int) -> list[dict[str, object]]:
    indexed = empty_store(store_url(server))
    store = indexed.backend
    assert isinstance(store, RemoteStore)
    store._update("DROP SILENT GRAPH <urn:ikg:changes>")
    rows: list[dict[str, object]] = []
    written = 0
    for size in sizes:
        names = [f"{DEFAULT_BASE}bench/changes/{i}" for i in range(written, size)]
        t0 = time.perf_counter()
        _stamp(store, names)
        fill_s = time.perf_counter() - t0
        written = size
        now = parse_stamp(store.store_clock())
        like = store.store_clock()
        idle = stamp_text(now + timedelta(seconds=1), like)
        recent = [f"{DEFAULT_BASE}bench/changes/{i}" for i in range(size - 100, size)]
        _stamp(store, recent)
        since_recent = stamp_text(now, like)
        poll_idle = _ms(partial(store.changes_since, idle), rounds)
        got = len(store.changes_since(since_recent))
        poll_100 = _ms(partial(store.changes_since, since_recent), rounds)
        batch = [f"{DEFAULT_BASE}bench/changes/{i}" for i in range(128)]
        stamp_128 = _ms(partial(store._update, stamp_update(batch)), rounds)
        rows.append({"server": type(server).__name__, "stamps": size, "fill_s": fill_s,
                     "poll_idle_ms": poll_idle, "poll_new_ms": poll_100, "new_rows": got,
                     "stamp_128_ms": stamp_128})
    half = stamp_text(parse_stamp(store.store_clock()) - timedelta(days=1), store.store_clock())
    t0 = time.perf_counter()
    store.forget_changes_before(half)
    rows[-1]["prune_none_ms"] = (time.perf_counter() - t0) * 1000
    store._update("DROP SILENT GRAPH <urn:ikg:changes>")
    indexed.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for kind in (OxigraphServer, VirtuosoServer):
        with kind() as server:
            for row in measure(server, sizes, args.rounds):
                print(row, flush=True)


if __name__ == "__main__":
    main()

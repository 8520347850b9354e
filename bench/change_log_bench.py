"""What following a remote store's change log costs (graph/change_log.py), on Oxigraph server
and Virtuoso 7 (the test servers of tests/rdf_servers.py), in one run.

For log sizes of N stamps (graph names under the store's prefix, written by `stamp_update` in
requests of 512 graphs; the time to fill is printed too), measured per server:

- the poll query (`ChangeFeed.changes_since`) when nothing is new (the idle case: `since`
  after every stamp) and when the last 100 stamps are new;
- one stamp request of 128 graphs (what an update-mode write of a batch adds);
- at the largest size, the follower's pruning when no stamp is old enough
  (`forget_changes_before`, a scan of the log that deletes nothing).

And with `--visibility N`: one real `ikg serve` per server (IKG_CHANGE_POLL_S=2, the
default), and another store client that writes N articles one at a time, then deletes them:
the seconds from each write (or delete) returning to `GET /articles/{id}` answering 200 (or
404), asked every 20 ms. Each write waits a random 0-2 s first, so that the writes do not
fall in step with the polls.

    python -m bench.change_log_bench --sizes 1000,10000,50000 --rounds 5
    python -m bench.change_log_bench --sizes 0 --visibility 20
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

from graph.change_log import parse_stamp, stamp_text, stamp_update
from graph.nx_view import node_id
from graph.remote_store import RemoteStore
from loaders.extractor import get_extractor
from loaders.ingest import ingest_article, remove_article
from loaders.readers import make_article
from ontology.iris import DEFAULT_BASE, Iris
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import OxigraphServer, RdfServer, VirtuosoServer
from tests.test_api_support import start_server, stop_server


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


def _answer(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _until(url: str, status: int) -> float:
    t0 = time.perf_counter()
    while _answer(url) != status:
        if time.perf_counter() - t0 > 120:
            raise RuntimeError(f"{url} did not answer {status} within 120 s")
        time.sleep(0.02)
    return time.perf_counter() - t0


def visibility(server: RdfServer, count: int, work: Path) -> dict[str, object]:
    """Seconds until another client's write, then delete, shows in a served API."""
    writer = empty_store(store_url(server))
    live = start_server(work / type(server).__name__, IKG_CHANGE_POLL_S="2", **server.env())
    extractor = get_extractor("rules")
    try:
        while _answer(live.url + "/entities?limit=1") != 200:  # the index is built at start
            time.sleep(0.1)
        shown, dropped = [], []
        iris = []
        rng = random.Random(5)
        for i in range(count):
            time.sleep(rng.uniform(0, 2))  # not in step with the polls
            article = make_article("Brindle Maritime acquires Osterholt Dredging.",
                                   source="bench.txt", article_id=f"visible-{i}")
            _, result = ingest_article(writer, article, extractor, Iris())
            iris.append(result.article_iri)
            shown.append(_until(f"{live.url}/articles/{node_id(result.article_iri)}", 200))
        for iri in iris:
            time.sleep(rng.uniform(0, 2))
            remove_article(writer, iri)
            dropped.append(_until(f"{live.url}/articles/{node_id(iri)}", 404))
    finally:
        stop_server(live)
        writer.close()
    return {"server": type(server).__name__, "articles": count,
            "shown_median_s": statistics.median(shown), "shown_max_s": max(shown),
            "dropped_median_s": statistics.median(dropped), "dropped_max_s": max(dropped)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--visibility", type=int, default=0)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if int(s) > 0]
    work = Path(tempfile.mkdtemp(prefix="ikg-change-bench-"))
    try:
        for kind in (OxigraphServer, VirtuosoServer):
            with kind() as server:
                if sizes:
                    for row in measure(server, sizes, args.rounds):
                        print(row, flush=True)
                if args.visibility:
                    print(visibility(server, args.visibility, work), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

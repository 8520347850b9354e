"""The SPARQL side of a write alone: the query worker pool in-process, no HTTP, no REST model.

Run by `bench.sparql_visibility_bench` with `PYTHONPATH` set to the code being measured (this
checkout or an exported baseline revision), so it speaks both pool interfaces: the copies kept
current by replaying writes (`StoreSource`, `record_write`) and the older checkpoint per
store version (`store_snapshotter` and a version counter).

    PYTHONPATH=CODE python bench/sparql_pool_probe.py STORE_DIR WRITES [SETTLE_S]

Waits SETTLE_S seconds once the workers are ready (default 0), then writes WRITES new
synthetic articles into the store at STORE_DIR the way the app does (under the writers' lock,
then telling the pool), and after each one asks the pool until the article is visible.
Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

import api.sparql.pool as sparql_pool
from bench.api_bench import make_extraction, make_world
from graph.store import open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> None:
    store_dir, writes = Path(sys.argv[1]), int(sys.argv[2])
    settle_s = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    store = open_store(f"oxigraph:{store_dir}")
    lock = threading.Lock()
    version = [0]
    pool: Any
    if hasattr(sparql_pool, "StoreSource"):
        pool = sparql_pool.SparqlPool(sparql_pool.StoreSource(store), lock, timeout_s=120)

        def record(graph: str) -> None:
            pool.record_write([graph])
    else:
        snapshotter = sparql_pool.store_snapshotter  # type: ignore[attr-defined]
        pool = sparql_pool.SparqlPool(snapshotter(store), lambda: version[0], timeout_s=120)

        def record(graph: str) -> None:
            version[0] += 1

    def ask(query: str) -> bool:
        answer = pool.run(sparql_pool.QueryRequest(query))
        return bool(json.loads(answer.body)["boolean"])

    started = time.perf_counter()
    pool.start()
    pool.wait_ready(300)
    ask("ASK { ?s ?p ?o }")
    out: dict[str, Any] = {"ready_s": round(time.perf_counter() - started, 2)}
    time.sleep(settle_s)
    rng = random.Random(int(time.time()))
    world = make_world(random.Random(11), n_companies=25_000)
    iris = Iris()
    write_t, visible_t = [], []
    try:
        for _ in range(writes):
            extraction = make_extraction(rng, world, 90_000_000 + rng.randrange(10**9))
            t0 = time.perf_counter()
            with lock:
                result = store_extraction(store, extraction, iris)
                record(result.article_iri)
            t1 = time.perf_counter()
            while not ask(f"ASK {{ GRAPH <{result.article_iri}> {{ ?s ?p ?o }} }}"):
                pass
            t2 = time.perf_counter()
            write_t.append(t1 - t0)
            visible_t.append(t2 - t1)
    finally:
        pool.close()
        store.close()
    out.update(
        write_p50_ms=round(pct(write_t, 0.5) * 1000, 1),
        visible_p50_ms=round(pct(visible_t, 0.5) * 1000, 1),
        visible_p95_ms=round(pct(visible_t, 0.95) * 1000, 1),
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()

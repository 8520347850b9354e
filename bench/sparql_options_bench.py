"""The ways a separate query process can see a write, measured in one process on a kept store.

Each write is one new synthetic article written through the real write path
(`loaders.ingest.store_extraction`) on a RocksDB checkpoint of a store kept by
`bench.scale_bench` (`--data-dir DIR`, stores in `DIR/<size>`). Then, per option:

- `checkpoint`: what `/sparql` did before issue 12 for each write: `Store.backup` (a RocksDB
  checkpoint; timed in two parts, the memtable flush it starts with and the rest: hard links,
  manifest), `Store.read_only` on it, the first query;
- `replay`: what it does now: the written graph read back and serialized as N-Quads, applied to
  a private read-write copy (cloned once from a checkpoint: hard links, then left `--settle`
  seconds, as a server's workers are between start-up and the first write: the copy compacts
  the write buffers it inherited once; that CPU time is reported apart), the first query.

Also reported: the store's table files, and the process CPU time over the run (RocksDB's
background flushes and compactions included), per write.

Usage::

    .venv/bin/python -m bench.sparql_options_bench --data-dir /work/stores/sparqlfresh \\
        --sizes 1000,10000,100000 --writes 40
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from api.sparql.replica import GraphWrite, Replica, clone_checkpoint  # noqa: E402
from bench.api_bench import make_extraction, make_world  # noqa: E402
from bench.scale_bench import run_copy  # noqa: E402
from graph.oxigraph_store import OxigraphStore  # noqa: E402
from loaders.ingest import store_extraction  # noqa: E402
from ontology.iris import Iris  # noqa: E402


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _tables(path: Path) -> int:
    return sum(1 for f in os.listdir(path) if f.endswith(".sst"))


def run(kept: Path, option: str, writes: int, work: Path, settle_s: float) -> dict[str, Any]:
    run_copy(kept, work)
    store = OxigraphStore(work / "store")
    iris = Iris()
    rng = random.Random(time.time_ns())
    world = make_world(random.Random(11), n_companies=25_000)
    parts: dict[str, list[float]] = {}
    replica = None
    out: dict[str, Any] = {"option": option, "tables_before": _tables(work / "store")}
    if option == "replay":
        began, cpu = time.perf_counter(), _cpu()
        store.checkpoint(work / "base")
        clone_checkpoint(work / "base", work / "copy")
        replica = Replica("rocksdb", str(work / "copy"))
        out["copy_open_s"] = round(time.perf_counter() - began, 2)
        time.sleep(settle_s)  # the copy's own compaction of what it inherited, once per copy
        out["copy_cpu_s"] = round(_cpu() - cpu, 2)
    cpu, wall = _cpu(), time.perf_counter()
    for _ in range(writes):
        extraction = make_extraction(rng, world, 80_000_000 + rng.randrange(10**9))
        t0 = time.perf_counter()
        graph = store_extraction(store, extraction, iris).article_iri
        t1 = time.perf_counter()
        ask = f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        if option == "checkpoint":
            snap = work / "snap"
            store._store.flush()  # the flush `backup` starts with, timed on its own
            t2 = time.perf_counter()
            store.checkpoint(snap)
            t3 = time.perf_counter()
            reader = ox.Store.read_only(str(snap))
            t4 = time.perf_counter()
            seen = reader.query(ask)
            del reader
            shutil.rmtree(snap)
            steps = {"flush": t2 - t1, "link": t3 - t2, "open": t4 - t3}
        else:
            assert replica is not None
            quads = store.graph_quads(graph)
            write = GraphWrite(graph, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            t2 = time.perf_counter()
            replica.apply([write])
            t4 = time.perf_counter()
            seen = replica.store.query(ask)
            steps = {"read back": t2 - t1, "apply": t4 - t2}
        t5 = time.perf_counter()
        if not bool(seen):
            raise RuntimeError(f"{graph} not visible")
        for name, seconds in {"write": t1 - t0, **steps, "visible": t5 - t1}.items():
            parts.setdefault(name, []).append(seconds * 1000)
    out["cpu_ms_per_write"] = round((_cpu() - cpu) / writes * 1000, 1)
    out["wall_ms_per_write"] = round((time.perf_counter() - wall) / writes * 1000, 1)
    out["tables_after"] = _tables(work / "store")
    for name, values in parts.items():
        values.sort()
        out[f"{name}_p50_ms"] = round(statistics.median(values), 1)
        out[f"{name}_p95_ms"] = round(values[int(0.95 * (len(values) - 1))], 1)
    del replica
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--writes", type=int, default=40)
    parser.add_argument(
        "--settle", type=float, default=20.0, help="seconds between opening the copy and writing"
    )
    args = parser.parse_args()
    print(json.dumps({"load_average": os.getloadavg()[0]}))
    for size in [int(s) for s in args.sizes.split(",")]:
        for option in ("checkpoint", "replay"):
            work = Path(tempfile.mkdtemp(prefix="ikg-options-", dir=args.data_dir))
            try:
                row = run(args.data_dir / str(size), option, args.writes, work, args.settle)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            print(json.dumps({"articles": size, **row}), flush=True)
    print(json.dumps({"load_average": os.getloadavg()[0]}))


if __name__ == "__main__":
    main()

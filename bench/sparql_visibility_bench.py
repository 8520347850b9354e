"""How long a write takes to show in `/sparql`, as the store grows: this checkout against a
baseline revision, side by side in one run.

The stores are the ones `bench.scale_bench` grows (1,000, 10,000, 100,000 distinct synthetic
articles through the real write path, kept under `--data-dir` and reused). For each size and
each server (the baseline revision's code, exported from git, then this checkout's; in
alternating rounds so both see the same machine load) the real `ikg serve` is started on a
fresh checkpoint of the kept store, and over HTTP, one keep-alive connection:

- `POST /articles` of an article new to the store (a new company, two relations), timed;
- then `ASK { GRAPH <its graph> { ?s ?p ?o } }` on `/sparql` until it answers true, timed
  from the POST's start ("visible") and from its answer ("after POST"); how many queries
  that took (1: the first query after the write saw it);
- a plain query with no write before it (the endpoint's floor).

Then the SPARQL side alone, in-process (`bench/sparql_pool_probe.py`: the worker pool over the
store, no HTTP, no REST read model): a write as the app makes it, then the pool asked until
the article is visible.

Before the writes, each server is left until its REST reads are ready (the read index
complete; in servers before it, the whole-store REST model built, which they then refreshed
after each write), unless `--no-wait-model`, then `--settle` more seconds (default 20), so that
the compaction RocksDB does after opening a store that was just written can end (the kept
stores are left as grown, with compactions pending). `--no-probe` skips the in-process part.

Usage::

    .venv/bin/python -m bench.sparql_visibility_bench --sizes 1000,10000,100000 \\
        --writes 30 --data-dir /work/stores/sparqlfresh --baseline main \\
        [--markdown BENCHMARKS.md]

`--markdown` replaces only the "## Scale: /sparql visibility after a write" section.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scale_bench  # noqa: E402
from bench.api_bench import make_world, write_section  # noqa: E402
from bench.scale_bench import COMPANIES, kept_store, ms, pct, run_copy  # noqa: E402

SECTION = "## Scale: /sparql visibility after a write"


def export_revision(revision: str, target: Path) -> str:
    """The code of `revision` (a git revision of this repository) under `target`; its hash."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", revision],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit], cwd=ROOT, check=True, capture_output=True
    ).stdout
    target.mkdir(parents=True)
    archive_path = target / "code.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(target, filter="data")
    archive_path.unlink()
    return commit


class Server(scale_bench.Server):
    """`ikg serve` of some code, with the queries this bench asks."""

    def ask(self, query: str) -> bool:
        status, body = self.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}))
        if status != 200:
            raise RuntimeError(f"/sparql answered {status}: {body[:300]!r}")
        return bool(json.loads(body)["boolean"])

    def wait_reads(self) -> float:
        """Wait until /health says the REST reads are ready (the read index complete, or on
        older servers the whole-store read model current); the time then."""
        while True:
            health = json.loads(self.request("GET", "/health")[1])
            index = health.get("read_index")
            model = health.get("read_model") or {}
            if (index or {}).get("complete") or (
                index is None and model.get("version") == health.get("version")
            ):
                return time.perf_counter()
            time.sleep(0.2)


def measure(
    code: Path,
    data_dir: Path,
    size: int,
    label: str,
    writes: int,
    wait_model: bool,
    settle_s: float = 0.0,
) -> dict[str, Any]:
    """Start the server of `code` on `data_dir` and time `writes` writes until visible (after
    its REST reads are ready if `wait_model`, and `settle_s` more seconds)."""
    with open(data_dir / "serve.log", "wb") as server_log:  # stderr: never left to fill a pipe
        client = Server(data_dir, code, server_log)
    row: dict[str, Any] = {"articles": size, "server": label, "up_s": round(client.up_s, 1)}
    try:
        client.ask("ASK { ?s ?p ?o }")  # the workers are up and have a store
        if wait_model:
            row["model_s"] = round(client.wait_reads() - client.started - client.up_s, 1)
        time.sleep(settle_s)
        floor = []
        for _ in range(20):
            t = time.perf_counter()
            client.ask("ASK { ?s ?p ?o }")
            floor.append(time.perf_counter() - t)
        row["ask_p50_ms"] = ms(pct(floor, 0.5))
        # the first write loads the extractor: not measured
        client.post_new_company("Warmupco", f"warmup-{time.time_ns()}")
        posts, visible, after, polls = [], [], [], []
        nonce = f"{time.time_ns() % 10**9:09d}"
        for i in range(writes):
            name = "Quill" + "".join("abcdefghij"[int(d)] for d in f"{nonce}{i:03d}")
            t0 = time.perf_counter()
            graph = client.post_new_company(name, f"visibility-{nonce}-{i}")["iri"]
            t1 = time.perf_counter()
            n = 1
            while not client.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
                n += 1
                if time.perf_counter() - t0 > 120:
                    raise RuntimeError(f"{graph} never became visible in /sparql")
            t2 = time.perf_counter()
            posts.append(t1 - t0)
            visible.append(t2 - t0)
            after.append(t2 - t1)
            polls.append(n)
        row.update(
            post_p50_ms=ms(pct(posts, 0.5)),
            after_p50_ms=ms(pct(after, 0.5)),
            after_p95_ms=ms(pct(after, 0.95)),
            visible_p50_ms=ms(pct(visible, 0.5)),
            visible_p95_ms=ms(pct(visible, 0.95)),
            max_queries=max(polls),
        )
    finally:
        client.stop()
    return row


def probe(
    code: Path, data_dir: Path, size: int, label: str, writes: int, settle_s: float
) -> dict[str, Any]:
    """`bench/sparql_pool_probe.py` run against the code under `code`; it writes `settle_s`
    after the workers are ready (as the HTTP measurement waits for the REST model), so that
    the compaction RocksDB does after opening a store that was just written can end."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "sparql_pool_probe.py"),
            str(data_dir / "store"),
            str(writes),
        ],
        cwd=code,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return {"articles": size, "server": label, **json.loads(done.stdout.strip().splitlines()[-1])}


PROBE_COLUMNS = [
    ("articles", "articles"),
    ("server", "pool"),
    ("ready_s", "workers ready (s)"),
    ("write_p50_ms", "store write p50 ms"),
    ("visible_p50_ms", "**write to visible: p50 ms**"),
    ("visible_p95_ms", "**p95 ms**"),
]

COLUMNS = [
    ("articles", "articles"),
    ("server", "server"),
    ("ask_p50_ms", "ASK, no write: p50 ms"),
    ("post_p50_ms", "POST p50 ms"),
    ("after_p50_ms", "visible after POST: p50 ms"),
    ("after_p95_ms", "p95 ms"),
    ("visible_p50_ms", "**POST start to visible: p50 ms**"),
    ("visible_p95_ms", "**p95 ms**"),
    ("max_queries", "queries until visible (max)"),
]


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> list[str]:
    lines = ["| " + " | ".join(c[1] for c in columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(f"{row.get(k, '')}" for k, _ in columns) + " |")
    return lines


def markdown(
    rows: list[dict[str, Any]],
    probes: list[dict[str, Any]],
    command: str,
    load: tuple[float, float],
    date: str,
) -> str:
    lines = [
        SECTION,
        "",
        f"`{command}` on {date}, {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load average {load[0]:.1f} at the start, {load[1]:.1f} "
        "at the end.",
        "",
        "Over HTTP (`ikg serve`, one keep-alive connection):",
        "",
        *_table(rows, COLUMNS),
    ]
    if probes:
        lines += [
            "",
            "The SPARQL side alone (the worker pool in-process: no HTTP, no REST reads; "
            "writes start `--settle` seconds, default 20, after the workers are ready):",
            "",
            *_table(probes, PROBE_COLUMNS),
        ]
    by = {(r["articles"], r["server"]): r for r in rows}
    sizes = sorted({r["articles"] for r in rows})
    labels = list(dict.fromkeys(r["server"] for r in rows))
    if len(sizes) >= 2:
        lines.append("")
        for label in labels:
            first, last = by.get((sizes[0], label)), by.get((sizes[-1], label))
            if first and last:
                ratio = last["visible_p50_ms"] / max(first["visible_p50_ms"], 0.1)
                lines.append(
                    f"- {label}: POST start to visible p50, {sizes[-1]:,} / {sizes[0]:,} "
                    f"articles: {ratio:.2f}."
                )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--writes", type=int, default=30)
    parser.add_argument("--data-dir", type=Path, required=True, help="kept stores (DIR/<size>)")
    parser.add_argument(
        "--baseline",
        default="main",
        help="git revision to compare with (e.g. the commit this branch started from)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per size")
    parser.add_argument("--no-wait-model", dest="wait_model", action="store_false")
    parser.add_argument(
        "--settle", type=float, default=20.0, help="seconds every server waits before writes"
    )
    parser.add_argument("--no-probe", dest="probe", action="store_false")
    parser.add_argument(
        "--no-baseline", dest="baseline_too", action="store_false", help="this checkout only"
    )
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="ikg-visibility-"))
    load_start = os.getloadavg()[0]
    rows: list[dict[str, Any]] = []
    probes: list[dict[str, Any]] = []
    try:
        servers = [("this change", ROOT)]
        if args.baseline_too:
            commit = export_revision(args.baseline, scratch / "baseline")
            servers.insert(0, (f"before ({commit})", scratch / "baseline"))
        rng = random.Random(11)
        world = make_world(rng, n_companies=COMPANIES)
        for size in sizes:
            kept_store(args.data_dir, size, rng, world)
            scale_bench.ensure_index(args.data_dir / str(size))  # kept with the store
            runs: dict[str, list[dict[str, Any]]] = {}
            for round_ in range(args.rounds):
                for label, code in servers if round_ % 2 == 0 else servers[::-1]:
                    data_dir = scratch / f"{size}-{round_}-{len(runs.get(label, []))}-{code.name}"
                    data_dir.mkdir()
                    run_copy(args.data_dir / str(size), data_dir)
                    row = measure(
                        code, data_dir, size, label, args.writes, args.wait_model, args.settle
                    )
                    print(json.dumps(row), flush=True)
                    runs.setdefault(label, []).append(row)
                    shutil.rmtree(data_dir, ignore_errors=True)
                    if not args.probe:
                        continue
                    data_dir.mkdir()
                    run_copy(args.data_dir / str(size), data_dir)
                    row = probe(code, data_dir, size, label, args.writes, args.settle)
                    print(json.dumps(row), flush=True)
                    runs.setdefault(f"probe {label}", []).append(row)
                    shutil.rmtree(data_dir, ignore_errors=True)
            for label, _ in servers:
                rows.append(_median_row(runs[label]))
                if args.probe:
                    probes.append(_median_row(runs[f"probe {label}"]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    text = markdown(
        rows,
        probes,
        "python -m bench.sparql_visibility_bench " + " ".join(sys.argv[1:]),
        (load_start, os.getloadavg()[0]),
        time.strftime("%Y-%m-%d"),
    )
    print(text)
    if args.markdown:
        write_section(args.markdown, text, SECTION)


def _median_row(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One row per size and server: the median over rounds of each number (with two rounds,
    their mean)."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, (int, float)) and key != "articles":
            out[key] = round(statistics.median(r[key] for r in runs), 2)
    if "max_queries" in out:
        out["max_queries"] = max(r["max_queries"] for r in runs)
    return out


if __name__ == "__main__":
    main()

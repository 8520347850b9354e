"""The API as the store grows: 1,000, 10,000 and 100,000 distinct articles, measured in one run.

For each size the store is grown to that many articles (the real write path,
`loaders.ingest.store_extractions`, 128 articles per call as `ikg ingest` writes them), with
25,000 companies picked with a Zipf-like skew so that hubs exist. Then the real `ikg serve`
is started on it and measured from outside over HTTP:

- start-up: process start until `/ping` answers, and until the first REST answer (a typical
  entity's relationships); a store grown before the read index existed gets its index built
  first (timed apart: `index_build_s`);
- reads: a typical entity's relationships (p50, p95; also right after the first answer), a
  hub's first page (`limit=50`) and its total, `GET /entities/{id}`;
- writes: `POST /articles` until the article is visible in REST (`GET /entities/{id}` of a
  company new to the store), then also in `/sparql` (ASK on its article graph), p50 and p95;
- analytics: `/paths`, `/entities/{hub}/exposure` and `/analytics/centrality` (first answer,
  and when a 503 `computing` came first, how long until the background result), a typical
  entity's relationships while betweenness is computed in the background, and the graph
  view's neighbourhood route;
- memory: the server's RSS (its SPARQL workers excluded; they have their own cap) after all
  of the above;
- then (`--side-by-side ROUNDS`) the writes again with a server on every size up at once,
  one write to each size in turn, so that the sizes' write times share the machine's load of
  the same moments (measured one size after the other, minutes apart on a shared machine,
  their ratio swung 1.2-3.9 between runs).

Reads and writes start `--settle` seconds (default 20) after the first REST answer, so that
what a server does right after start is not what is measured: it loads the analytics' graph
(2.3 s of a core at 100,000 articles), and RocksDB compacts what a store just written has
pending (`bench/sparql_visibility_bench.py` waits likewise).

Usage::

    .venv/bin/python -m bench.scale_bench --sizes 1000,10000,100000 [--markdown BENCHMARKS.md]
        [--data-dir DIR]   # keep the grown stores in DIR/<size> and reuse them next time
        [--build-only]     # grow the stores (and their read indexes), measure none
        [--settle 20] [--side-by-side 3]

`--markdown` replaces only the "## Scale" section of the file.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.api_bench import (  # noqa: E402
    BENCH_KEY,
    free_port,
    make_extraction,
    make_world,
    start_server,
)
from graph.indexed_store import index_path  # noqa: E402
from graph.store import open_store  # noqa: E402
from loaders.ingest import store_extractions  # noqa: E402
from ontology.iris import Iris  # noqa: E402

BATCH = 128
COMPANIES = 25_000
SEED = 11
BUILT = ".scale-built"
"""Marks a data directory whose store holds its size (written once growing is done)."""
KEY = BENCH_KEY


def grow(data_dir: Path, start: int, stop: int, rng: random.Random, world: Any) -> float:
    """Write articles start..stop-1 into the store; seconds taken."""
    iris = Iris()
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    began = time.perf_counter()
    try:
        for first in range(start, stop, BATCH):
            batch = [make_extraction(rng, world, n) for n in range(first, min(stop, first + BATCH))]
            store_extractions(store, batch, iris)
            if (first // BATCH) % 40 == 0:
                print(f"  {first + len(batch):,} articles", file=sys.stderr, flush=True)
    finally:
        store.close()
    return time.perf_counter() - began


class Server:
    """`ikg serve` on a loopback port (`bench.api_bench.start_server`), with a keep-alive
    HTTP connection."""

    def __init__(
        self, data_dir: Path, root: Path = ROOT, stderr: int | IO[bytes] = subprocess.PIPE
    ) -> None:
        self.port = free_port()
        self.started = time.perf_counter()
        self.proc = start_server(data_dir, self.port, root, stderr)
        self.up_s = time.perf_counter() - self.started
        self.conn: http.client.HTTPConnection | None = None

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                answer = self.conn.getresponse()
                return answer.status, answer.read()
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def post_new_company(self, name: str, article_id: str) -> dict[str, Any]:
        """POST an article saying that company `name` invests in Nvidia and supplies it; the
        server's answer (RuntimeError unless 200)."""
        body = json.dumps(
            {
                "text": f"{name.title()} Corp said it invests in Nvidia. "
                f"{name.title()} Corp also supplies Nvidia with sensors.",
                "title": f"Write {article_id}",
                "id": article_id,
                "language": "en",
                "date": "2026-01-02",
            }
        ).encode()
        status, answer = self.request(
            "POST", "/articles", body, {"Content-Type": "application/json", "X-API-Key": KEY}
        )
        if status != 200:
            raise RuntimeError(f"POST /articles: {status} {answer[:300]!r}")
        posted: dict[str, Any] = json.loads(answer)
        return posted

    def write_until_visible(self, tag: str) -> tuple[float, float, float]:
        """POST an article about a company new to the store (its name made from the digits of
        `tag`), then ask until it is visible in REST (`GET /entities/{id}`), then in `/sparql`
        (ASK on its article graph): seconds from the POST until its answer, until visible in
        REST, until visible in both."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        name = "Zeph" + "".join(letters[int(d)] for d in tag if d.isdigit())
        began = time.perf_counter()
        posted = self.post_new_company(name, f"scale-{tag}")
        posted_s = time.perf_counter() - began
        new = [e["id"] for e in posted["entities"] if e["id"] != "nvidia"]
        if not new or not posted["relations"]:
            raise RuntimeError(f"the write extracted nothing: {json.dumps(posted)[:300]}")
        deadline = time.monotonic() + 120
        while self.request("GET", f"/entities/{new[0]}")[0] != 200:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{new[0]} never became visible in REST")
            time.sleep(0.001)
        rest_s = time.perf_counter() - began
        graph = posted["iri"]
        ask = urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
        while b"true" not in self.request("GET", f"/sparql?{ask}")[1]:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{graph} never became visible in SPARQL")
            time.sleep(0.001)
        return posted_s, rest_s, time.perf_counter() - began

    def timed(self, path: str) -> tuple[float, int, bytes]:
        began = time.perf_counter()
        status, body = self.request("GET", path)
        return time.perf_counter() - began, status, body

    def rss_mb(self) -> float:
        with open(f"/proc/{self.proc.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure(data_dir: Path, articles: int, writes: int, settle_s: float = 0.0) -> dict[str, Any]:
    """Everything of the module docstring on the store in `data_dir`: reads, writes and
    analytics start `settle_s` after the first REST answer (a typical entity's relationships
    are also timed before that, `typical_start_*`)."""
    (hub, hub_degree), (typical, typical_degree) = pick(data_dir)
    hub_id, typical_id = hub.rsplit("/", 1)[-1], typical.rsplit("/", 1)[-1]
    server = Server(data_dir)
    out: dict[str, Any] = {"articles": articles, "hub": hub_id, "hub_degree": hub_degree}
    try:
        out["ping_s"] = round(server.up_s, 2)
        rel = f"/entities/{typical_id}/relationships"
        status = 0
        while status != 200:
            _, status, _ = server.timed(rel)
        out["first_rest_s"] = round(time.perf_counter() - server.started, 2)
        started_t = [server.timed(rel)[0] for _ in range(100)]
        out["typical_start_p50_ms"] = ms(pct(started_t, 0.5))
        time.sleep(settle_s)
        typical_t = [server.timed(rel)[0] for _ in range(100)]
        out["typical_p50_ms"], out["typical_p95_ms"] = (
            ms(pct(typical_t, 0.5)),
            ms(pct(typical_t, 0.95)),
        )
        hub_path = f"/entities/{hub_id}/relationships?limit=50"
        hub_t = [server.timed(hub_path) for _ in range(40)]
        out["hub_page_p50_ms"] = ms(pct([t for t, _, _ in hub_t], 0.5))
        out["hub_total"] = json.loads(hub_t[-1][2])["total"]
        detail_t = [server.timed(f"/entities/{typical_id}")[0] for _ in range(20)]
        out["entity_p50_ms"] = ms(pct(detail_t, 0.5))

        visible: list[float] = []
        parts: list[tuple[float, float, float]] = []
        run = int(time.time()) % 1_000_000  # a store kept from an earlier run has its writes
        for i in range(writes):
            parts.append(server.write_until_visible(f"{articles}{run}{i:03d}"))
            visible.append(parts[-1][2])
        out["write_p50_ms"], out["write_p95_ms"] = ms(pct(visible, 0.5)), ms(pct(visible, 0.95))
        out["post_p50_ms"] = ms(pct([p[0] for p in parts], 0.5))
        out["rest_visible_p50_ms"] = ms(pct([p[1] for p in parts], 0.5))
        out["rest_visible_p95_ms"] = ms(pct([p[1] for p in parts], 0.95))

        def analytic(name: str, path: str) -> None:
            """The first answer's time and status, then (after a 503 `computing`) how long
            until an answer, and the age the answer states."""
            began = time.perf_counter()
            status, body = server.request("GET", path)
            out[f"{name}_s"], out[f"{name}_status"] = round(time.perf_counter() - began, 2), status
            while status == 503:
                time.sleep(0.2)
                status, body = server.request("GET", path)
            out[f"{name}_ready_s"] = round(time.perf_counter() - began, 2)
            as_of = json.loads(body).get("as_of") or {}
            out[f"{name}_age_s"] = as_of.get("age_s")

        analytic("paths", f"/paths?source={typical_id}&target={hub_id}")
        analytic("exposure", f"/entities/{hub_id}/exposure?hops=3")
        analytic("centrality", "/analytics/centrality?measure=pagerank&limit=20")
        # reads while the slowest ranking (betweenness) is computed in the background
        server.request("GET", "/analytics/centrality?measure=betweenness&limit=20")
        busy = [server.timed(rel)[0] for _ in range(40)]
        out["typical_busy_p50_ms"] = ms(pct(busy, 0.5))
        view = [
            server.timed(f"/entities/{typical_id}/neighbourhood?depth=2&compact=true")[0]
            for _ in range(5)
        ]
        out["neighbourhood_p50_ms"] = ms(pct(view, 0.5))
        out["rss_mb"] = round(server.rss_mb())
    finally:
        server.stop()
    return out


def side_by_side(
    dirs: dict[int, Path], rounds: int, writes: int, settle_s: float = 0.0
) -> list[dict[str, Any]]:
    """The writes again, with a server on every size up at once and the writes interleaved
    (one to each size in turn), in `rounds` rounds: the sizes then share the same moments of
    the machine's load. Per round and size: p50 until visible in REST, and in REST and SPARQL.
    """
    servers: dict[int, Server] = {}
    out: list[dict[str, Any]] = []
    try:
        for size, data_dir in dirs.items():
            servers[size] = Server(data_dir)
            while servers[size].request("GET", "/entities?limit=1")[0] != 200:
                time.sleep(0.2)
        time.sleep(settle_s)
        run = int(time.time()) % 1_000_000
        for round_ in range(rounds):
            times: dict[int, list[tuple[float, float, float]]] = {s: [] for s in servers}
            for i in range(writes):
                for size, server in servers.items():
                    times[size].append(server.write_until_visible(f"9{size}{run}{round_}{i:03d}"))
            row: dict[str, Any] = {"round": round_ + 1}
            for size, parts in times.items():
                row[f"rest_{size}"] = ms(pct([p[1] for p in parts], 0.5))
                row[f"both_{size}"] = ms(pct([p[2] for p in parts], 0.5))
            print(json.dumps(row), flush=True)
            out.append(row)
    finally:
        for server in servers.values():
            server.stop()
    return out


def side_by_side_markdown(rows: list[dict[str, Any]], sizes: list[int], writes: int) -> list[str]:
    first, last = sizes[0], sizes[-1]
    head = ["round"]
    for size in sizes:
        head += [f"{size:,}: in REST p50 (ms)", f"{size:,}: in REST and /sparql p50 (ms)"]
    head += [f"ratio {last:,}/{first:,} REST", "ratio REST and /sparql"]
    lines = [
        "",
        f"The writes side by side ({writes} per size and round, a server on every size up at "
        "once, one write to each size in turn):",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for row in rows:
        cells = [str(row["round"])]
        for size in sizes:
            cells += [str(row[f"rest_{size}"]), str(row[f"both_{size}"])]
        cells += [
            f"{row[f'rest_{last}'] / max(row[f'rest_{first}'], 0.1):.2f}",
            f"{row[f'both_{last}'] / max(row[f'both_{first}'], 0.1):.2f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def targets(rows: list[dict[str, Any]], paired: list[dict[str, Any]] | None = None) -> list[str]:
    """Issue 12's targets at the largest size measured: met or not, with the figure (the
    write ratio from the writes side by side when there are some: the median round's)."""
    last, first = rows[-1], rows[0]

    def line(name: str, ok: bool, figure: str) -> str:
        return f"- {name}: **{'met' if ok else 'NOT met'}** ({figure})."

    after_up = round(last["first_rest_s"] - last["ping_s"], 2)
    ratio = last["rest_visible_p50_ms"] / max(first["rest_visible_p50_ms"], 0.1)
    both = last["write_p50_ms"] / max(first["write_p50_ms"], 0.1)
    analytics_ok = all(
        last[f"{n}_s"] <= 2.0 and last[f"{n}_status"] in (200, 503) for n in ANALYTICS
    )
    size = f"{last['articles']:,} articles"
    lines = [
        f"Targets of issue 12 at {size}:",
        "",
        line("start-up <= 5 s", last["ping_s"] <= 5.0, f"up in {last['ping_s']} s"),
        line(
            "first REST answer <= 1 s after start",
            after_up <= 1.0,
            f"{after_up} s after the server is up, {last['first_rest_s']} s after the "
            "process started",
        ),
        line("server RSS <= 1.5 GB", last["rss_mb"] <= 1536, f"{last['rss_mb']} MB"),
        line(
            "typical entity's relationships p50 <= 10 ms",
            last["typical_p50_ms"] <= 10.0,
            f"{last['typical_p50_ms']} ms",
        ),
        line(
            "hub's first page p50 <= 100 ms",
            last["hub_page_p50_ms"] <= 100.0,
            f"{last['hub_page_p50_ms']} ms, total {last['hub_total']:,}",
        ),
        line(
            "POST until visible in REST and in /sparql p50 <= 150 ms, p95 <= 500 ms",
            last["write_p50_ms"] <= 150.0 and last["write_p95_ms"] <= 500.0,
            f"{last['write_p50_ms']} / {last['write_p95_ms']} ms; in REST alone "
            f"{last['rest_visible_p50_ms']} / {last['rest_visible_p95_ms']} ms",
        ),
        line(
            f"write p50 ratio {size}/{first['articles']:,} <= 1.5 (sizes measured one after "
            "the other)",
            ratio <= 1.5 and both <= 1.5,
            f"{ratio:.2f} until visible in REST, {both:.2f} in REST and /sparql",
        ),
    ]
    if paired:
        a, b = first["articles"], last["articles"]
        rest = sorted(r[f"rest_{b}"] / max(r[f"rest_{a}"], 0.1) for r in paired)
        full = sorted(r[f"both_{b}"] / max(r[f"both_{a}"], 0.1) for r in paired)
        mid = len(paired) // 2
        lines.append(
            line(
                f"write p50 ratio {size}/{a:,} <= 1.5, side by side (median of "
                f"{len(paired)} rounds)",
                rest[mid] <= 1.5 and full[mid] <= 1.5,
                f"{rest[mid]:.2f} until visible in REST, {full[mid]:.2f} in REST and /sparql",
            )
        )
    return [
        *lines,
        line(
            "analytics answered <= 2 s or from a background result with its age",
            analytics_ok,
            ", ".join(
                f"{n} {last[f'{n}_s']} s (HTTP {last[f'{n}_status']}; result after "
                f"{last[f'{n}_ready_s']} s, age {last[f'{n}_age_s']} s)"
                for n in ANALYTICS
            )
            + f"; a typical entity's relationships p50 {last['typical_busy_p50_ms']} ms "
            "while betweenness is ranked in the background",
        ),
    ]


ANALYTICS = ("paths", "exposure", "centrality")


def markdown(
    rows: list[dict[str, Any]],
    command: str,
    load: tuple[float, float],
    settle_s: float = 0.0,
    paired: list[dict[str, Any]] | None = None,
    writes: int = 0,
) -> str:
    cols = [
        ("articles", "articles"),
        ("ping_s", "up (s)"),
        ("first_rest_s", "first REST (s)"),
        ("typical_start_p50_ms", "typical rel. p50 at start (ms)"),
        ("typical_p50_ms", "typical rel. p50 (ms)"),
        ("typical_p95_ms", "p95 (ms)"),
        ("hub_page_p50_ms", "hub page p50 (ms)"),
        ("hub_total", "hub total"),
        ("entity_p50_ms", "entity p50 (ms)"),
        ("rest_visible_p50_ms", "write in REST p50 (ms)"),
        ("rest_visible_p95_ms", "p95 (ms)"),
        ("write_p50_ms", "write in REST and /sparql p50 (ms)"),
        ("write_p95_ms", "p95 (ms)"),
        ("paths_s", "paths (s)"),
        ("exposure_s", "hub exposure (s)"),
        ("centrality_s", "pagerank first answer (s)"),
        ("centrality_status", "status"),
        ("centrality_ready_s", "pagerank ready (s)"),
        ("typical_busy_p50_ms", "typical rel. p50 during betweenness (ms)"),
        ("neighbourhood_p50_ms", "neighbourhood depth 2 p50 (ms)"),
        ("rss_mb", "RSS (MB)"),
    ]
    lines = [
        "## Scale",
        "",
        f"`{command}` on {time.strftime('%Y-%m-%d')}, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average "
        f"{load[0]:.1f} at the start, {load[1]:.1f} at the end (a machine shared with other "
        "jobs: only comparisons within the run mean much). Each size is its own store of "
        "distinct synthetic articles (25,000 companies, Zipf-like skew), grown through the "
        'real write path; `ikg serve` started on it and measured over HTTP. "at start": '
        "right after the first REST answer; every other read and write "
        f"{settle_s:g} s later (`--settle`: so that what a server does right after start, "
        "loading the analytics' graph and compacting what a store just written has pending, "
        "is not what is measured).",
        "",
        "| " + " | ".join(c[1] for c in cols) + " |",
        "|" + "---|" * len(cols),
    ]
    for row in rows:
        lines.append("| " + " | ".join(f"{row.get(k, '')}" for k, _ in cols) + " |")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        rest = last["rest_visible_p50_ms"] / max(first["rest_visible_p50_ms"], 0.1)
        both = last["write_p50_ms"] / max(first["write_p50_ms"], 0.1)
        lines += [
            "",
            f"Write p50 ratio {last['articles']:,}/{first['articles']:,}: {rest:.2f} until "
            f"visible in REST, {both:.2f} until visible in REST and SPARQL.",
        ]
    built = [
        f"{row['articles']:,}: {row['index_build_s']} s"
        for row in rows
        if row.get("index_build_s") is not None
    ]
    if built:
        lines += [
            "",
            "Stores grown before their read index existed had it built from the store before "
            "the server started (not counted above): " + ", ".join(built) + ".",
        ]
    if paired:
        lines += side_by_side_markdown(paired, [r["articles"] for r in rows], writes)
    lines += ["", *targets(rows, paired)]
    return "\n".join(lines) + "\n"


def kept_store(root: Path, size: int, rng: random.Random, world: Any) -> float | None:
    """Grow (once) the store of `size` articles kept under `root/<size>`, from the largest
    smaller one kept there; seconds taken, None when it was already there. Side effects: the
    store directory and `grown.json` (the generator's state, so a larger size continues the
    same sequence of articles); `rng` left where the store's last article left it."""
    target = root / str(size)
    state_file = target / "grown.json"
    if state_file.exists():
        rng.setstate(_rng_state(json.loads(state_file.read_text())["rng"]))
        return None
    if (target / BUILT).exists():  # grown by this benchmark's own runs (`sized_dir`)
        return None
    smaller = sorted(
        int(d.name)
        for d in root.glob("*")
        if d.name.isdigit() and int(d.name) < size and (d / "grown.json").exists()
    )
    partial = root / f"{size}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    done = 0
    if smaller:
        done = smaller[-1]
        shutil.copytree(root / str(done) / "store", partial / "store")
        rng.setstate(_rng_state(json.loads((root / str(done) / "grown.json").read_text())["rng"]))
    partial.mkdir(parents=True, exist_ok=True)
    took = grow(partial, done, size, rng, world)
    (partial / "grown.json").write_text(json.dumps({"articles": size, "rng": rng.getstate()}))
    partial.rename(target)
    return took


def _rng_state(saved: list[Any]) -> tuple[Any, ...]:
    return tuple(tuple(x) if isinstance(x, list) else x for x in saved)


def run_copy(kept: Path, run_dir: Path) -> None:
    """A writable copy of a kept store for one measurement (a RocksDB checkpoint: hard links),
    with its read index when it has one (else the server would rebuild it), so the measured
    writes never reach the kept store."""
    import pyoxigraph as ox

    store = ox.Store(str(kept / "store"))
    try:
        store.backup(str(run_dir / "store"))
    finally:
        del store
    index = index_path(kept / "store")
    if index.exists():
        shutil.copyfile(index, index_path(run_dir / "store"))


def pick(data_dir: Path) -> tuple[tuple[str, int], tuple[str, int]]:
    """(hub, typical): the most connected entity and one with about 25 relationships (as
    `bench.api_bench.pick_entities` picks them, from the read index's degrees)."""
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    try:
        degrees = [
            (iri, int(n)) for iri, n in store.index.query("SELECT iri, degree FROM entities")
        ]
    finally:
        store.close()
    degrees.sort(key=lambda d: (-d[1], d[0]))
    return degrees[0], min(degrees, key=lambda d: (abs(d[1] - 25), d[0]))


def ensure_index(data_dir: Path) -> float | None:
    """Build the store's read index if it has none (a store grown before it existed): once,
    before the server starts; the seconds taken, None when it was there."""
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    try:
        took = store.ensure_index()
    finally:
        store.close()
    return round(took, 1) if took is not None else None


def sized_dir(root: Path, size: int, previous: int) -> tuple[Path, float | None]:
    """The data directory of the store of `size` articles under `root`: reused when an
    earlier run built it (seconds None), else copied from the store of `previous` articles
    (when there is one) and grown to `size`."""
    target = root / f"{size}"
    if (target / BUILT).exists():
        return target, None
    shutil.rmtree(target, ignore_errors=True)
    source = root / f"{previous}"
    if previous and (source / BUILT).exists():
        shutil.copytree(source, target)
        (target / BUILT).unlink()
    else:
        target.mkdir(parents=True)
        previous = 0
    rng = random.Random(f"{SEED}-{previous}-{size}")
    world = make_world(random.Random(SEED), n_companies=COMPANIES)
    seconds = grow(target, previous, size, rng, world)
    (target / BUILT).write_text(f"{size}\n", encoding="utf-8")
    return target, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--writes", type=int, default=30)
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep the stores here (one data directory per size, DIR/<size>, reused by later "
        "runs and by the SPARQL benchmarks' `kept_store`)",
    )
    parser.add_argument("--build-only", action="store_true", help="build the stores, measure none")
    parser.add_argument(
        "--settle",
        type=float,
        default=20.0,
        help="seconds between the first REST answer and the measured reads and writes",
    )
    parser.add_argument(
        "--side-by-side",
        type=int,
        default=3,
        metavar="ROUNDS",
        help="then the writes again with every size served at once, interleaved (0: not)",
    )
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="ikg-scale-"))
    load_start = os.getloadavg()[0]
    rows, previous = [], 0
    dirs: dict[int, Path] = {}
    paired: list[dict[str, Any]] = []
    try:
        for size in sizes:
            data_dir, build_s = sized_dir(root, size, previous)
            previous = size
            index_s = ensure_index(data_dir)
            if args.build_only:
                print(f"{size:,} articles: built in {build_s} s (index {index_s} s)", flush=True)
                continue
            row = measure(data_dir, size, args.writes, args.settle)
            row["index_build_s"] = index_s
            row["build_s"] = round(build_s, 1) if build_s is not None else "reused"
            rows.append(row)
            dirs[size] = data_dir
            print(json.dumps(row), flush=True)
        if args.side_by_side and len(dirs) > 1 and not args.build_only:
            paired = side_by_side(dirs, args.side_by_side, args.writes, args.settle)
    finally:
        if args.data_dir is None:
            shutil.rmtree(root, ignore_errors=True)
    if args.build_only:
        return
    text = markdown(
        rows,
        "python -m bench.scale_bench " + " ".join(sys.argv[1:]),
        (load_start, os.getloadavg()[0]),
        args.settle,
        paired,
        args.writes,
    )
    print(text)
    if args.markdown:
        old = args.markdown.read_text(encoding="utf-8")
        pattern = re.compile(r"^## Scale\n.*?(?=^## |\Z)", re.S | re.M)
        if pattern.search(old):
            new = pattern.sub(lambda _: text + "\n", old, count=1)
        else:
            new = old.rstrip("\n") + "\n\n" + text
        args.markdown.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

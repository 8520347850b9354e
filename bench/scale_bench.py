"""The API as the store grows: 1,000, 10,000 and 100,000 distinct articles, measured in one run.

For each size the store is grown to that many articles (the real write path,
`loaders.ingest.store_extractions`, 128 articles per call as `ikg ingest` writes them), with
25,000 companies picked with a Zipf-like skew so that hubs exist. Then the real `ikg serve`
is started on it and measured from outside over HTTP:

- start-up: process start until `/ping` answers, and until the first REST answer (a typical
  entity's relationships);
- reads: a typical entity's relationships (p50, p95), a hub's first page (`limit=50`) and its
  total, `GET /entities/{id}`;
- writes: `POST /articles` until the article is visible in REST (`GET /entities/{id}` of a
  company new to the store) and in `/sparql` (ASK on its article graph), p50 and p95;
- analytics: `/paths` and `/analytics/centrality`, and the graph view's neighbourhood route;
- memory: the server's RSS (its SPARQL workers excluded; they have their own cap) after all
  of the above.

Usage::

    .venv/bin/python -m bench.scale_bench --sizes 1000,10000,100000 [--markdown BENCHMARKS.md]
        [--data-dir DIR]   # keep the grown stores in DIR/<size> and reuse them next time

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
    pick_entities,
    start_server,
)
from graph.store import open_store  # noqa: E402
from loaders.ingest import store_extractions  # noqa: E402
from ontology.iris import Iris  # noqa: E402

BATCH = 128
COMPANIES = 25_000
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

    def timed(self, path: str) -> tuple[float, int, bytes]:
        began = time.perf_counter()
        status, body = self.request("GET", path)
        return time.perf_counter() - began, status, body

    def wait_model(self) -> float:
        """Wait until /health says the read model is up to date; the time then."""
        while True:
            health = json.loads(self.request("GET", "/health")[1])
            refreshed = health.get("read_model") or {}
            if refreshed.get("version") == health.get("version"):
                return time.perf_counter()
            time.sleep(0.1)

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


def measure(data_dir: Path, articles: int, rng: random.Random, writes: int) -> dict[str, Any]:
    (hub, hub_degree), (typical, typical_degree) = pick_entities(data_dir)
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
        typical_t = [server.timed(rel)[0] for _ in range(40)]  # read model may be building
        out["typical_cold_p50_ms"] = ms(pct(typical_t, 0.5))
        out["model_ready_s"] = round(server.wait_model() - server.started, 2)
        typical_t = [server.timed(rel)[0] for _ in range(40)]
        out["typical_p50_ms"], out["typical_p95_ms"] = (
            ms(pct(typical_t, 0.5)),
            ms(pct(typical_t, 0.95)),
        )
        hub_path = f"/entities/{hub_id}/relationships?limit=50"
        hub_t = [server.timed(hub_path) for _ in range(15)]
        out["hub_page_p50_ms"] = ms(pct([t for t, _, _ in hub_t], 0.5))
        out["hub_total"] = json.loads(hub_t[-1][2])["total"]
        detail_t = [server.timed(f"/entities/{typical_id}")[0] for _ in range(20)]
        out["entity_p50_ms"] = ms(pct(detail_t, 0.5))

        visible: list[float] = []
        parts: list[tuple[float, float, float]] = []
        letters = "abcdefghijklmnopqrstuvwxyz"
        for i in range(writes):
            name = "Zeph" + "".join(letters[int(d)] for d in f"{articles}{i:03d}")
            began = time.perf_counter()
            posted = server.post_new_company(name, f"scale-{articles}-{i}")
            posted_s = time.perf_counter() - began
            new = [e["id"] for e in posted["entities"] if e["id"] != "nvidia"]
            if not new or not posted["relations"]:
                raise RuntimeError(f"the write extracted nothing: {json.dumps(posted)[:300]}")
            deadline = time.monotonic() + 120
            while server.request("GET", f"/entities/{new[0]}")[0] != 200:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{new[0]} never became visible in REST")
                time.sleep(0.001)
            rest_s = time.perf_counter() - began
            graph = posted["iri"]
            ask = urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
            while b"true" not in server.request("GET", f"/sparql?{ask}")[1]:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{graph} never became visible in SPARQL")
                time.sleep(0.001)
            visible.append(time.perf_counter() - began)
            parts.append((posted_s, rest_s, time.perf_counter() - began))
        out["write_p50_ms"], out["write_p95_ms"] = ms(pct(visible, 0.5)), ms(pct(visible, 0.95))
        out["post_p50_ms"] = ms(pct([p[0] for p in parts], 0.5))
        out["rest_visible_p50_ms"] = ms(pct([p[1] for p in parts], 0.5))

        began = time.perf_counter()
        status, _ = server.request("GET", f"/paths?source={typical_id}&target={hub_id}")
        out["paths_s"], out["paths_status"] = round(time.perf_counter() - began, 2), status
        began = time.perf_counter()
        status, _ = server.request("GET", "/analytics/centrality?measure=pagerank&limit=20")
        out["centrality_s"], out["centrality_status"] = (
            round(time.perf_counter() - began, 2),
            status,
        )
        view = [
            server.timed(f"/entities/{typical_id}/neighbourhood?depth=2&compact=true")[0]
            for _ in range(5)
        ]
        out["neighbourhood_p50_ms"] = ms(pct(view, 0.5))
        out["rss_mb"] = round(server.rss_mb())
    finally:
        server.stop()
    return out


def markdown(rows: list[dict[str, Any]], command: str, load: tuple[float, float]) -> str:
    cols = [
        ("articles", "articles"),
        ("ping_s", "up (s)"),
        ("first_rest_s", "first REST (s)"),
        ("typical_p50_ms", "typical rel. p50 (ms)"),
        ("hub_page_p50_ms", "hub page p50 (ms)"),
        ("hub_total", "hub total"),
        ("entity_p50_ms", "entity p50 (ms)"),
        ("write_p50_ms", "write visible p50 (ms)"),
        ("write_p95_ms", "p95 (ms)"),
        ("paths_s", "paths (s)"),
        ("centrality_s", "pagerank (s)"),
        ("neighbourhood_p50_ms", "neighbourhood p50 (ms)"),
        ("rss_mb", "RSS (MB)"),
    ]
    lines = [
        "## Scale",
        "",
        f"`{command}` on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load average {load[0]:.1f} at the start, {load[1]:.1f} at "
        "the end. Each size is the same store grown further; `ikg serve` restarted on it.",
        "",
        "| " + " | ".join(c[1] for c in cols) + " |",
        "|" + "---|" * len(cols),
    ]
    for row in rows:
        lines.append("| " + " | ".join(f"{row.get(k, '')}" for k, _ in cols) + " |")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        ratio = last["write_p50_ms"] / max(first["write_p50_ms"], 0.1)
        lines += ["", f"Write p50 ratio {last['articles']:,}/{first['articles']:,}: {ratio:.2f}."]
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
    so the measured writes never reach the kept store."""
    import pyoxigraph as ox

    store = ox.Store(str(kept / "store"))
    try:
        store.backup(str(run_dir / "store"))
    finally:
        del store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--writes", type=int, default=30)
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep the grown stores here (DIR/<size>) and reuse them in later runs; each "
        "measurement runs on a checkpoint of the kept store",
    )
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rng = random.Random(11)
    world = make_world(rng, n_companies=COMPANIES)
    load_start = os.getloadavg()[0]
    rows, done = [], 0
    scratch = Path(tempfile.mkdtemp(prefix="ikg-scale-"))
    try:
        for size in sizes:
            if args.data_dir is None:
                data_dir = scratch
                build_s: float | None = grow(data_dir, done, size, rng, world)
                done = size
            else:
                build_s = kept_store(args.data_dir, size, rng, world)
                data_dir = scratch / str(size)
                data_dir.mkdir()
                run_copy(args.data_dir / str(size), data_dir)
            row = measure(data_dir, size, rng, args.writes)
            if build_s is not None:
                row["build_s"] = round(build_s, 1)
            rows.append(row)
            print(json.dumps(row), flush=True)
            if args.data_dir is not None:
                shutil.rmtree(data_dir, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    text = markdown(
        rows,
        "python -m bench.scale_bench " + " ".join(sys.argv[1:]),
        (load_start, os.getloadavg()[0]),
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

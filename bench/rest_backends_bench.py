"""Latency of the main REST routes of `ikg serve` over each store backend, in one run.

The same corpus (the seeds and `--articles` generated articles, `bench/corpus.py`) is
ingested into the embedded store, an Oxigraph server and Virtuoso 7 (the test servers of
tests/rdf_servers.py on loopback ports); then one real `ikg serve` per backend (configured
with IKG_STORE_URL etc. for the servers, as a user would) answers, in rounds that take the
backends in turn so that all see the same machine load:

- `GET /entities/{id}`, `GET /entities/{id}/relationships`, `GET /entities?q=PREFIX`,
- `GET /relationships/{source}/{TYPE}/{target}` (one edge with provenance),
- `GET /sparql?query=ASK { <entity> ?p ?o }` (the SPARQL endpoint),

for a sample of entities (the most connected ones and random ones), each request once per
round, sequentially, on one keep-alive connection per server. Reported: median and p95 per
route and backend, and the time from `ikg serve` starting to its first answer of an entity
route (over a remote store, the read index is built from the store then; until it is, the
route answers 503 and is asked again).

    python -m bench.rest_backends_bench --articles 1000 --entities 30 --rounds 3
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus
from graph.store import open_store
from loaders.ingest import ingest_paths
from ontology.iris import Iris
from tests.conftest import SEEDS
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import OxigraphServer, RdfServer, VirtuosoServer
from tests.test_api_support import LiveServer, start_server, stop_server

BACKENDS = ("embedded", "oxigraph", "virtuoso")
ROUTES = ("entity", "relationships", "search", "relationship", "sparql ASK")


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[float, Any]:
    """Seconds for one GET and its JSON body (an error status stops the bench). A connection
    the server closed while idle (uvicorn's keep-alive timeout, 5 s) is opened again and the
    request sent again; only the answered attempt is timed."""
    for attempt in (1, 2):
        t0 = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": "application/json"})
            response = conn.getresponse()
            body = response.read()
            break
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            conn.close()
            if attempt == 2:
                raise
    elapsed = time.perf_counter() - t0
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:300]!r}")
    return elapsed, json.loads(body)


def _paths(conn: http.client.HTTPConnection, count: int, seed: int) -> dict[str, list[str]]:
    """The requests of each route, for `count` entities: half the most connected, half
    random (asked of the embedded backend's server, so every backend gets the same)."""
    _, page = _get(conn, "/entities?limit=500")
    ranked = [item["id"] for item in page["items"]]
    rng = random.Random(seed)
    chosen = ranked[: count // 2] + rng.sample(ranked[count // 2 :], count - count // 2)
    iris = Iris()
    paths: dict[str, list[str]] = {route: [] for route in ROUTES}
    for entity in chosen:
        _, detail = _get(conn, f"/entities/{urllib.parse.quote(entity)}")
        paths["entity"].append(f"/entities/{urllib.parse.quote(entity)}")
        rels_path = f"/entities/{urllib.parse.quote(entity)}/relationships"
        paths["relationships"].append(rels_path)
        prefix = detail["name"][:4]
        paths["search"].append("/entities?" + urllib.parse.urlencode({"q": prefix}))
        _, rels = _get(conn, rels_path)
        if rels["items"]:
            r = rels["items"][0]
            paths["relationship"].append(
                "/relationships/" + "/".join(
                    urllib.parse.quote(x) for x in (r["source"], r["type"], r["target"])
                )
            )
        ask = f"ASK {{ <{iris.entity(entity)}> ?p ?o }}"
        paths["sparql ASK"].append("/sparql?" + urllib.parse.urlencode({"query": ask}))
    return paths


def _serve(backend: str, data: Path, servers: dict[str, RdfServer]) -> tuple[LiveServer, float]:
    """`ikg serve` over `backend`, and the seconds until it answered a first entity route."""
    env = servers[backend].env() if backend in servers else {}
    t0 = time.perf_counter()
    server = start_server(data / backend, **env)
    port = int(server.url.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    deadline = time.monotonic() + 600
    try:
        while True:  # a remote store's read index is built in the background at start (503)
            try:
                _get(conn, "/entities?limit=1")
                break
            except RuntimeError as exc:
                if " 503 " not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
    except BaseException:
        stop_server(server)  # not yet known to the caller, which stops the others
        raise
    finally:
        conn.close()
    return server, time.perf_counter() - t0


def run(articles: int, entities: int, rounds: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="ikg-rest-bench-"))
    write_corpus(work / "corpus" / "generated", articles, seed=11)
    shutil.copytree(SEEDS, work / "corpus" / "seeds")
    servers: dict[str, RdfServer] = {"oxigraph": OxigraphServer(), "virtuoso": VirtuosoServer()}
    live: dict[str, LiveServer] = {}
    try:
        for rdf in servers.values():
            rdf.start()
        for backend in BACKENDS:
            if backend in servers:
                store = empty_store(store_url(servers[backend], timeout_s=300))
            else:
                store = open_store(f"oxigraph:{work / 'data' / backend / 'store'}")
            try:
                report = ingest_paths(store, [work / "corpus"], iris=Iris())
                assert report.ok, report.failures[:3]
            finally:
                store.close()
        ready: dict[str, float] = {}
        for backend in BACKENDS:
            live[backend], ready[backend] = _serve(backend, work / "data", servers)
        conns = {
            b: http.client.HTTPConnection("127.0.0.1", int(s.url.rsplit(":", 1)[1]), timeout=600)
            for b, s in live.items()
        }
        paths = _paths(conns["embedded"], entities, seed=7)
        print(f"{articles + 6} articles; {entities} entities; load {os.getloadavg()[0]:.1f}; "
              f"ready after {', '.join(f'{b} {t:.1f} s' for b, t in ready.items())}", flush=True)
        times: dict[tuple[str, str], list[float]] = {}
        for r in range(rounds):
            for backend in BACKENDS:
                for route in ROUTES:
                    for path in paths[route]:
                        elapsed, _ = _get(conns[backend], path)
                        times.setdefault((backend, route), []).append(elapsed * 1000)
            print(f"round {r}; load {os.getloadavg()[0]:.1f}", flush=True)
        _table(times)
    finally:
        for serving in live.values():
            stop_server(serving)
        for rdf in servers.values():
            rdf.close()
        shutil.rmtree(work, ignore_errors=True)


def _table(times: dict[tuple[str, str], list[float]]) -> None:
    def p95(xs: list[float]) -> float:
        ordered = sorted(xs)
        return ordered[int(0.95 * (len(ordered) - 1))]

    cell: Callable[[str, str], str] = lambda b, r: (  # noqa: E731
        f"{statistics.median(times[b, r]):.1f} ({p95(times[b, r]):.1f})"
    )
    print("\nmedian (p95) ms per request\n")
    print("| route | " + " | ".join(BACKENDS) + " |\n|---|" + "---:|" * len(BACKENDS))
    for route in ROUTES:
        print(f"| {route} | " + " | ".join(cell(b, route) for b in BACKENDS) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--entities", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    run(args.articles, args.entities, args.rounds)


if __name__ == "__main__":
    main()

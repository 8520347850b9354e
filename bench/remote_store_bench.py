"""Store writes and reads on each backend: embedded Oxigraph, Oxigraph server, Virtuoso 7.

The corpus is extracted once; then, per store configuration and round (configurations
interleaved so that all see the same machine load): the ingest writes (`store_extractions`
in batches of WRITE_BATCH, what `ikg ingest` does after extraction) into an empty store, the
same writes again (all unchanged: the comparison cost), and the median latency of a bound
read query (`graph.projection`'s neighbourhood-style lookup by IRI). Extraction is timed
once, so the end-to-end figure per configuration is extraction + writes. With
`--cluster-workers N`, each round also ingests the corpus from its files on a local Dask
cluster of N worker processes (`ikg ingest --cluster`): the client writes to the embedded
store, the workers write to a server themselves. The servers are the test servers
(tests/rdf_servers.py) on loopback ports.

A configuration is `embedded`, or `SERVER[:WRITE[:WRITERS[:cold]]]` with SERVER `oxigraph`
or `virtuoso`, WRITE `update` or `graph-store` (IKG_STORE_WRITE; default: the server's, as in
tests/rdf_servers.py), WRITERS the write requests in flight (IKG_STORE_WRITERS), and `cold`
to send every request as the store did before it kept connections: on a new connection,
answering a new Digest challenge (no effect on the cluster run):

    python -m bench.remote_store_bench --articles 1000 --rounds 3
    python -m bench.remote_store_bench --configs oxigraph:update:1:cold,oxigraph:update:2
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox

from bench.corpus import write_corpus
from bench.local_cluster import LocalDaskCluster
from graph.remote_store import RemoteStore
from graph.sparql_http import Endpoints
from graph.store import Store, open_store
from loaders.cluster import DaskCluster
from loaders.extractor import get_extractor
from loaders.ingest import WRITE_BATCH, ingest_paths, store_extractions
from loaders.readers import iter_files, read_file
from ontology.iris import Iris
from ontology.records import Extraction
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import OxigraphServer, RdfServer, VirtuosoServer

READ = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
"""A bound read: everything said about one subject (the REST detail routes' shape)."""

DEFAULT_CONFIGS = "embedded,oxigraph,virtuoso"


@dataclass
class Figures:
    """One configuration's measurements, a list per figure (one entry per round)."""

    writes: list[float] = field(default_factory=list)
    server_cpu: list[float] = field(default_factory=list)
    client_cpu: list[float] = field(default_factory=list)
    again: list[float] = field(default_factory=list)
    read_ms: list[float] = field(default_factory=list)
    cluster: list[float] = field(default_factory=list)


def _writes(store: Store, extractions: list[Extraction], iris: Iris) -> float:
    t0 = time.perf_counter()
    for start in range(0, len(extractions), WRITE_BATCH):
        store_extractions(store, extractions[start : start + WRITE_BATCH], iris)
    return time.perf_counter() - t0


def _cpu_s(pid: int | None) -> float:
    """CPU seconds (user + system) used so far by process `pid` (this one: None)."""
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _read_ms(store: Store, subjects: list[ox.NamedNode]) -> float:
    times = []
    for s in subjects:
        t0 = time.perf_counter()
        list(store.query(READ, bindings={"s": s}))  # type: ignore[arg-type]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _url(config: str, servers: dict[str, RdfServer], work: Path, name: str) -> str:
    """The store URL of a configuration (see the module docstring)."""
    if config == "embedded":
        return f"oxigraph:{work / name}"
    kind, write, writers, *_ = [*config.split(":"), "", "", ""]
    endpoints = Endpoints.from_url(store_url(servers[kind], timeout_s=300))
    return replace(
        endpoints,
        write=write or endpoints.write,
        writers=int(writers) if writers else endpoints.writers,
    ).to_url()


def _cold(store: Store) -> None:
    """Make `store` send each request on a new connection and answer a new Digest challenge
    each time (how it sent requests before it kept a client per thread). Bench only: it
    reaches into the HTTP layer's per-thread client."""
    assert isinstance(store, RemoteStore)
    http = store._http
    warm = http._client

    def client() -> httpx.Client:
        one = warm()
        one.headers["Connection"] = "close"
        endpoints = http.endpoints
        if endpoints.user is not None:
            one.auth = httpx.DigestAuth(endpoints.user, endpoints.password or "")
        return one

    http._client = client  # type: ignore[method-assign]


def _cluster_ingest(url: str, corpus: Path, cluster: LocalDaskCluster, iris: Iris) -> float:
    """Seconds to ingest `corpus` on the cluster into the (empty) store at `url`."""
    store = open_store(url) if url.startswith("oxigraph:") else empty_store(url)
    try:
        with DaskCluster(cluster.address) as workers:
            remote = "remote" in store.capabilities
            extract = workers.writing_to(url, iris) if remote else workers.extract_files
            t0 = time.perf_counter()
            report = ingest_paths(store, [corpus], iris=iris, extract=extract)
            elapsed = time.perf_counter() - t0
        assert report.ok and report.written == len(report.articles), report.failures[:3]
        return elapsed
    finally:
        store.close()


def run(articles: int, rounds: int, configs: list[str], cluster_workers: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="ikg-remote-bench-"))
    iris = Iris()
    write_corpus(work / "corpus", articles, seed=11)
    extractor = get_extractor("rules")
    t0 = time.perf_counter()
    extractions = [extractor.extract(a) for p in iter_files([work / "corpus"])
                   for a in read_file(p)]
    t_extract = time.perf_counter() - t0
    subjects = [ox.NamedNode(iris.article(e.article.key)) for e in extractions[:50]]
    kinds = {c.partition(":")[0] for c in configs} - {"embedded"}
    servers: dict[str, RdfServer] = {
        k: server().start() for k, server in (("oxigraph", OxigraphServer),
                                              ("virtuoso", VirtuosoServer)) if k in kinds
    }
    cluster = LocalDaskCluster(workers=cluster_workers).__enter__() if cluster_workers else None
    results: dict[str, Figures] = {c: Figures() for c in configs}
    print(f"{articles} articles; extraction {t_extract:.1f} s "
          f"({articles / t_extract:.0f} articles/s); load {os.getloadavg()[0]:.1f}")
    try:
        for r in range(rounds):
            for name in configs:
                url = _url(name, servers, work, f"store-{r}-{len(results[name].writes)}")
                store = open_store(url) if name == "embedded" else empty_store(url)
                if name.endswith(":cold"):
                    _cold(store)
                server = servers.get(name.partition(":")[0])
                try:
                    figures = results[name]
                    cpu = _cpu_s(None), _cpu_s(server.pid) if server else 0.0
                    figures.writes.append(_writes(store, extractions, iris))
                    figures.client_cpu.append(_cpu_s(None) - cpu[0])
                    figures.server_cpu.append(_cpu_s(server.pid) - cpu[1] if server else 0.0)
                    figures.again.append(_writes(store, extractions, iris))
                    figures.read_ms.append(_read_ms(store, subjects))
                finally:
                    store.close()
                line = (f"round {r} {name}: writes {figures.writes[-1]:.2f} s (CPU: client "
                        f"{figures.client_cpu[-1]:.2f} s, server {figures.server_cpu[-1]:.2f} s), "
                        f"unchanged "
                        f"{figures.again[-1]:.2f} s, read {figures.read_ms[-1]:.1f} ms")
                if cluster is not None and not name.endswith(":cold"):
                    url = _url(name, servers, work, f"cluster-{r}")
                    figures.cluster.append(_cluster_ingest(url, work / "corpus", cluster, iris))
                    line += f", cluster ingest {figures.cluster[-1]:.2f} s"
                print(f"{line}; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        if cluster is not None:
            cluster.close()
        for server in servers.values():
            server.close()
    _table(results, articles, t_extract)


def _table(results: dict[str, Figures], articles: int, t_extract: float) -> None:
    """Medians over the rounds, as a Markdown table."""
    print("\n| store | writes (s) | CPU client + server (s) | writes articles/s | end to end "
          "articles/s | of embedded | unchanged re-run (s) | bound read median (ms) | cluster "
          "ingest articles/s | of embedded |\n|---|---|---|---|---|---|---|---|---|---|")
    embedded = results.get("embedded")
    base = t_extract + statistics.median(embedded.writes) if embedded else None
    base_cluster = statistics.median(embedded.cluster) if embedded and embedded.cluster else None
    for name, f in results.items():
        first = statistics.median(f.writes)
        share = f"{base / (t_extract + first):.0%}" if base else "-"
        cluster = statistics.median(f.cluster) if f.cluster else None
        rate = f"{articles / cluster:.0f}" if cluster else "-"
        cluster_share = f"{base_cluster / cluster:.0%}" if cluster and base_cluster else "-"
        cpu = f"{statistics.median(f.client_cpu):.2f} + {statistics.median(f.server_cpu):.2f}"
        print(f"| {name} | {first:.2f} | {cpu} | {articles / first:.0f} | "
              f"{articles / (t_extract + first):.0f} | {share} | "
              f"{statistics.median(f.again):.2f} | {statistics.median(f.read_ms):.1f} | "
              f"{rate} | {cluster_share} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--configs", default=DEFAULT_CONFIGS,
                        help=f"comma-separated store configurations (default {DEFAULT_CONFIGS})")
    parser.add_argument("--cluster-workers", type=int, default=0,
                        help="also ingest on a local Dask cluster of this many workers")
    args = parser.parse_args()
    run(args.articles, args.rounds, args.configs.split(","), args.cluster_workers)


if __name__ == "__main__":
    main()

"""Store writes and reads on each backend: embedded Oxigraph, Oxigraph server, Virtuoso 7.

The corpus is extracted once; then, per backend and round (backends interleaved so that all
see the same machine load): the ingest writes (`store_extractions` in batches of WRITE_BATCH,
what `ikg ingest` does after extraction) into an empty store, the same writes again (all
unchanged: the comparison cost), and the median latency of a bound read query
(`graph.projection`'s neighbourhood-style lookup by IRI). Extraction is timed once, so the
end-to-end figure per backend is extraction + writes. The servers are the test servers
(tests/rdf_servers.py) on loopback ports.

    python -m bench.remote_store_bench --articles 1000 --rounds 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.corpus import write_corpus
from graph.store import Store, open_store
from loaders.extractor import get_extractor
from loaders.ingest import WRITE_BATCH, store_extractions
from loaders.readers import iter_files, read_file
from ontology.iris import Iris
from ontology.records import Extraction
from tests.rdf_fixtures import empty_store, store_url
from tests.rdf_servers import OxigraphServer, RdfServer, VirtuosoServer

READ = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
"""A bound read: everything said about one subject (the REST detail routes' shape)."""


def _writes(store: Store, extractions: list[Extraction], iris: Iris) -> float:
    t0 = time.perf_counter()
    for start in range(0, len(extractions), WRITE_BATCH):
        store_extractions(store, extractions[start : start + WRITE_BATCH], iris)
    return time.perf_counter() - t0


def _read_ms(store: Store, subjects: list[ox.NamedNode]) -> float:
    times = []
    for s in subjects:
        t0 = time.perf_counter()
        list(store.query(READ, bindings={"s": s}))  # type: ignore[arg-type]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(articles: int, rounds: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="ikg-remote-bench-"))
    iris = Iris()
    write_corpus(work / "corpus", articles, seed=11)
    extractor = get_extractor("rules")
    t0 = time.perf_counter()
    extractions = [extractor.extract(a) for p in iter_files([work / "corpus"])
                   for a in read_file(p)]
    t_extract = time.perf_counter() - t0
    subjects = [ox.NamedNode(iris.article(e.article.key)) for e in extractions[:50]]
    servers: list[RdfServer] = [OxigraphServer().start(), VirtuosoServer().start()]
    results: dict[str, list[tuple[float, float, float]]] = {}
    print(f"{articles} articles; extraction {t_extract:.1f} s "
          f"({articles / t_extract:.0f} articles/s); load {os.getloadavg()[0]:.1f}")
    try:
        for r in range(rounds):
            for name, url in [("embedded", f"oxigraph:{work / f'store-{r}'}")] + [
                (s.name, store_url(s, timeout_s=300)) for s in servers
            ]:
                store = open_store(url) if name == "embedded" else empty_store(url)
                try:
                    first = _writes(store, extractions, iris)
                    again = _writes(store, extractions, iris)
                    read = _read_ms(store, subjects)
                finally:
                    store.close()
                results.setdefault(name, []).append((first, again, read))
                print(f"round {r} {name}: writes {first:.2f} s, unchanged {again:.2f} s, "
                      f"read {read:.1f} ms; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        for s in servers:
            s.close()
    print("\n| store | writes (s) | writes articles/s | end to end articles/s | "
          "unchanged re-run (s) | bound read median (ms) |\n|---|---|---|---|---|---|")
    for name, rows in results.items():
        first = statistics.median(x[0] for x in rows)
        again = statistics.median(x[1] for x in rows)
        read = statistics.median(x[2] for x in rows)
        print(f"| {name} | {first:.2f} | {articles / first:.0f} | "
              f"{articles / (t_extract + first):.0f} | {again:.2f} | {read:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    run(args.articles, args.rounds)


if __name__ == "__main__":
    main()

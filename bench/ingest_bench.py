"""End-to-end ingest benchmark: synthetic corpus -> read -> extract -> map -> store.

Measures in one run, on the same corpus:
  * extraction only (read + extract, no store) in articles/s,
  * end-to-end ingest into a fresh persistent store (1 process, then N processes),
  * the share of time spent mapping and writing to the store,
  * peak memory (max RSS) of this process and of worker processes.

    python -m bench.ingest_bench --articles 2000 --jobs 2
"""

from __future__ import annotations

import argparse
import platform
import resource
import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from graph.store import open_store
from loaders.extractor import get_extractor
from loaders.ingest import WRITE_BATCH, ingest_paths, store_extractions
from loaders.readers import iter_files, read_file
from ontology.iris import Iris
from ontology.records import Extraction


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run(articles: int, jobs: int, extractor_name: str) -> dict[str, float]:
    """Run every measurement; return the numbers by name."""
    work = Path(tempfile.mkdtemp(prefix="ikg-bench-"))
    try:
        files = write_corpus(work / "corpus", articles, seed=11)
        words = sum(len(p.read_text("utf-8").split()) for p in files)
        extractor = get_extractor(extractor_name)
        extractor.extract(read_file(files[0])[0])  # load models outside the timings

        # one pass timing each article's extraction and its write side by side, so the share
        # of store writes is measured under the same machine load as the extraction
        store = open_store(f"oxigraph:{work / 'store-write'}")
        t_extract = t_write = 0.0
        extractions = []
        pending: list[Extraction] = []
        for path in iter_files([work / "corpus"]):
            for article in read_file(path):
                t0 = time.perf_counter()
                pending.append(extractor.extract(article))
                t1 = time.perf_counter()
                t_extract += t1 - t0
                if len(pending) == WRITE_BATCH:  # written as ingest writes them
                    store_extractions(store, pending, Iris())
                    t_write += time.perf_counter() - t1
                    extractions += pending
                    pending = []
        t1 = time.perf_counter()
        store_extractions(store, pending, Iris())
        t_write += time.perf_counter() - t1
        extractions += pending
        quads = len(store)
        store.close()

        results: dict[str, float] = {
            "articles": len(extractions),
            "words": words,
            "quads": quads,
            "extract_s": t_extract,
            "extract_aps": len(extractions) / t_extract,
            "write_s": t_write,
            "write_aps": len(extractions) / t_write,
            "write_qps": quads / t_write,
        }
        for n in sorted({1, jobs}):
            store = open_store(f"oxigraph:{work / f'store-e2e-{n}'}")
            t0 = time.perf_counter()
            report = ingest_paths(
                store, [work / "corpus"], iris=Iris(), extractor_name=extractor_name, jobs=n
            )
            elapsed = time.perf_counter() - t0
            store.close()
            assert report.ok and len(report.articles) == len(extractions)
            results[f"e2e_{n}_s"] = elapsed
            results[f"e2e_{n}_aps"] = len(extractions) / elapsed
        results["write_share"] = t_write / (t_extract + t_write)
        results["rss_self_mb"] = _rss_mb(resource.RUSAGE_SELF)
        results["rss_children_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _row(name: str, seconds: float, rate: float) -> str:
    return f"| {name} | {seconds:.1f} | {rate:.1f} |"


def render(r: dict[str, float], jobs: int, extractor_name: str, command: str) -> str:
    """A Markdown report of the results."""
    lines = [
        f"Command: `{command}`  ",
        f"Date: {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
        f"extractor `{extractor_name}`, {int(r['articles'])} articles "
        f"({r['words'] / r['articles']:.0f} words each on average), {int(r['quads'])} quads.",
        "",
        "| measurement | time (s) | articles/s |",
        "|---|---:|---:|",
        _row("extraction (extract only), 1 process", r["extract_s"], r["extract_aps"]),
        _row("store writes (map + atomic write), same pass", r["write_s"], r["write_aps"]),
        _row("end to end, 1 process", r["e2e_1_s"], r["e2e_1_aps"]),
    ]
    if jobs > 1:
        lines.append(
            f"| end to end, {jobs} processes (`--jobs {jobs}`) | "
            f"{r[f'e2e_{jobs}_s']:.1f} | {r[f'e2e_{jobs}_aps']:.1f} |"
        )
    lines += [
        "",
        f"Store writes are {100 * r['write_share']:.0f}% of extract + write time "
        f"({r['write_qps']:,.0f} quads/s). Peak RSS: {r['rss_self_mb']:.0f} MB in the main "
        f"process, {r['rss_children_mb']:.0f} MB in the largest worker.",
    ]
    return "\n".join(lines)


def main() -> None:
    """Parse options, run, print the Markdown report."""
    parser = argparse.ArgumentParser(description="End-to-end ingest benchmark.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--extractor", default="rules")
    args = parser.parse_args()
    command = f"python -m bench.ingest_bench --articles {args.articles} --jobs {args.jobs}"
    print(render(run(args.articles, args.jobs, args.extractor), args.jobs, args.extractor, command))


if __name__ == "__main__":
    main()

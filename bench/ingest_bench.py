"""End-to-end ingest benchmark: synthetic corpus -> read -> extract -> map -> store.

Measures in one run, on the same corpus:
  * read + extract without a store, and end-to-end ingest (`ingest_paths`, what `ikg ingest`
    runs) into a fresh persistent store, alternated for a few rounds so that both see the same
    machine load: the difference is what store writes cost,
  * one pass timing each batch's extraction and its write (map + atomic write) side by side,
  * end-to-end ingest with N worker processes,
  * peak memory (max RSS) of this process and of worker processes.

    python -m bench.ingest_bench --articles 2000 --jobs 2 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.corpus import write_corpus
from graph.store import open_store
from loaders.extractor import get_extractor
from loaders.ingest import WRITE_BATCH, FileFailure, extract_file, ingest_paths, store_extractions
from loaders.readers import DEFAULT_POLICY, iter_files, read_file
from ontology.iris import Iris
from ontology.mapping import article_quads
from ontology.records import Extraction


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run(articles: int, jobs: int, extractor_name: str, rounds: int = 3) -> dict[str, float]:
    """Run every measurement; return the numbers by name."""
    work = Path(tempfile.mkdtemp(prefix="ikg-bench-"))
    try:
        files = write_corpus(work / "corpus", articles, seed=11)
        words = sum(len(p.read_text("utf-8").split()) for p in files)
        extractor = get_extractor(extractor_name)
        extractor.extract(read_file(files[0])[0])  # load models outside the timings

        # one pass timing each batch's extraction and then its write, as ingest does them
        store = open_store(f"oxigraph:{work / 'store-inline'}")
        t_extract = t_write = 0.0
        extractions: list[Extraction] = []
        pending: list[Extraction] = []
        for path in iter_files([work / "corpus"]):
            for article in read_file(path):
                t0 = time.perf_counter()
                pending.append(extractor.extract(article))
                t1 = time.perf_counter()
                t_extract += t1 - t0
                if len(pending) == WRITE_BATCH:
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
            "inline_extract_s": t_extract,
            "inline_write_s": t_write,
            "inline_write_share": t_write / (t_extract + t_write),
            "write_qps": quads / t_write,
        }
        # what writes cost: `ikg ingest`'s code path against the same files read and extracted
        # without a store, alternated round by round so both see the same machine load
        extract_only, e2e = [], []
        for r in range(rounds):
            t0 = time.perf_counter()
            for path in files:
                outcome = extract_file(path, extractor, DEFAULT_POLICY)
                assert not isinstance(outcome, FileFailure)
            extract_only.append(time.perf_counter() - t0)
            store = open_store(f"oxigraph:{work / f'store-e2e-{r}'}")
            t0 = time.perf_counter()
            report = ingest_paths(
                store, [work / "corpus"], iris=Iris(), extractor_name=extractor_name, jobs=1
            )
            e2e.append(time.perf_counter() - t0)
            store.close()
            assert report.ok and len(report.articles) == len(extractions)
        shares = sorted((t - x) / t for x, t in zip(extract_only, e2e, strict=True))
        results |= {
            "extract_s": statistics.median(extract_only),
            "e2e_1_s": statistics.median(e2e),
            "write_share": statistics.median(shares),
            "write_share_min": shares[0],
            "write_share_max": shares[-1],
        }
        results["extract_aps"] = len(extractions) / results["extract_s"]
        results["e2e_1_aps"] = len(extractions) / results["e2e_1_s"]
        if jobs > 1:
            store = open_store(f"oxigraph:{work / f'store-e2e-jobs{jobs}'}")
            t0 = time.perf_counter()
            report = ingest_paths(
                store, [work / "corpus"], iris=Iris(), extractor_name=extractor_name, jobs=jobs
            )
            elapsed = time.perf_counter() - t0
            store.close()
            assert report.ok and len(report.articles) == len(extractions)
            results[f"e2e_{jobs}_s"] = elapsed
            results[f"e2e_{jobs}_aps"] = len(extractions) / elapsed
        results["rss_self_mb"] = _rss_mb(resource.RUSAGE_SELF)
        results["rss_children_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _row(name: str, seconds: float, rate: float) -> str:
    return f"| {name} | {seconds:.1f} | {rate:.1f} |"


def render(r: dict[str, float], jobs: int, extractor_name: str, command: str) -> str:
    """A Markdown report of the results."""
    n = r["articles"]
    lines = [
        f"Command: `{command}`  ",
        f"Date: {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
        f"extractor `{extractor_name}`, {int(n)} articles "
        f"({r['words'] / n:.0f} words each on average), {int(r['quads'])} quads; load average "
        f"at the end {', '.join(f'{x:.1f}' for x in os.getloadavg())}.",
        "",
        "| measurement | time (s) | articles/s |",
        "|---|---:|---:|",
        _row("read + extract, no store, 1 process (median)", r["extract_s"], r["extract_aps"]),
        _row(
            "end to end (`ikg ingest` code path), 1 process (median)", r["e2e_1_s"], r["e2e_1_aps"]
        ),
    ]
    if jobs > 1:
        lines.append(
            _row(
                f"end to end, {jobs} processes (`--jobs {jobs}`)",
                r[f"e2e_{jobs}_s"],
                r[f"e2e_{jobs}_aps"],
            )
        )
    lines += [
        _row("timed pass: extraction", r["inline_extract_s"], n / r["inline_extract_s"]),
        _row(
            f"timed pass: store writes (map + atomic write, batches of {WRITE_BATCH})",
            r["inline_write_s"],
            n / r["inline_write_s"],
        ),
        "",
        f"Store writes cost {100 * r['write_share']:.0f}% of the end-to-end time (median of "
        f"the rounds; {100 * r['write_share_min']:.0f}-{100 * r['write_share_max']:.0f}%): "
        "end to end minus read + extract alone, each round alternating the two. In the timed "
        f"pass they are {100 * r['inline_write_share']:.0f}% of extract + write time "
        f"({r['write_qps']:,.0f} quads/s). Peak RSS: {r['rss_self_mb']:.0f} MB in the main "
        f"process, {r['rss_children_mb']:.0f} MB in the largest worker.",
    ]
    return "\n".join(lines)


WRITE_METHODS = (("extend", 32), ("extend", 128), ("bulk_extend", 32), ("bulk_extend", 128))


def compare_writes(articles: int, rounds: int) -> str:
    """Ways of writing the same mapped articles to a fresh store, interleaved round by round:
    pyoxigraph's transactional `extend` against its bulk loader, by batch size. A Markdown
    table of milliseconds per article (median of the rounds)."""
    work = Path(tempfile.mkdtemp(prefix="ikg-bench-writes-"))
    try:
        files = write_corpus(work / "corpus", articles, seed=11)
        extractor = get_extractor("rules")
        iris = Iris()
        quads = [article_quads(extractor.extract(a), iris) for p in files for a in read_file(p)]
        times: dict[tuple[str, int], list[float]] = {m: [] for m in WRITE_METHODS}
        for r in range(rounds):
            for method, batch in WRITE_METHODS:
                store = ox.Store(str(work / f"{method}-{batch}-{r}"))
                add = getattr(store, method)
                t0 = time.perf_counter()
                for i in range(0, len(quads), batch):
                    add([q for article in quads[i : i + batch] for q in article])
                times[(method, batch)].append(time.perf_counter() - t0)
                del store
        lines = [
            f"Writing {len(quads)} mapped articles ({sum(map(len, quads)):,} quads) to a fresh "
            f"store, median of {rounds} interleaved rounds:",
            "",
            "| method | articles per call | ms per article |",
            "|---|---:|---:|",
        ]
        for (method, batch), ts in times.items():
            ms = 1000 * statistics.median(ts) / len(quads)
            lines.append(f"| `{method}` | {batch} | {ms:.2f} |")
        return "\n".join(lines)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    """Parse options, run, print the Markdown report."""
    parser = argparse.ArgumentParser(description="End-to-end ingest benchmark.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--extractor", default="rules")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds (median)")
    parser.add_argument(
        "--write-methods", action="store_true", help="only compare extend and bulk_extend"
    )
    args = parser.parse_args()
    if args.write_methods:
        print(compare_writes(args.articles, args.rounds))
        return
    command = (
        f"python -m bench.ingest_bench --articles {args.articles} --jobs {args.jobs} "
        f"--rounds {args.rounds}"
    )
    results = run(args.articles, args.jobs, args.extractor, args.rounds)
    print(render(results, args.jobs, args.extractor, command))


if __name__ == "__main__":
    main()

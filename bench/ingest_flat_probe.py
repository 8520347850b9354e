"""Store writes as one embedded store grows to 100,000 articles, timed per 10,000.

Usage: `python -m bench.ingest_flat_probe DIR [--articles N]`. Writes the scale bench's
synthetic articles (`bench.scale_bench.grow`) into a new store under DIR (removed first) and
prints one line per 10,000 articles: seconds, articles/s and the load average (BENCHMARKS.md,
"Scale", issue 12 point 5).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
from pathlib import Path

from bench.api_bench import make_world
from bench.scale_bench import COMPANIES, SEED, grow

STEP = 10_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path, help="where the store is written (removed first)")
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    rng = random.Random(SEED)
    world = make_world(random.Random(SEED), n_companies=COMPANIES)
    rates = []
    for start in range(0, args.articles, STEP):
        seconds = grow(args.dir, start, start + STEP, rng, world)
        rates.append(STEP / seconds)
        print(
            f"{start + STEP:>9,} articles: {seconds:6.1f} s, {rates[-1]:6.1f} articles/s, "
            f"load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    print(f"last {STEP:,} / first {STEP:,}: {rates[-1] / rates[0]:.2f}")


if __name__ == "__main__":
    main()

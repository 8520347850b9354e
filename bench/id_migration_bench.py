"""What moving a store to entity id scheme 2 costs: the first open's check and `ikg migrate`.

A store of `--articles` synthetic articles (five relations each among `--companies` invented
companies, `--affected` percent of them named with letters scheme 1 dropped: ø, ł, æ, œ, ß)
is written with scheme-1 ids through the real write path, as an ikg older than scheme 2 left
it (no scheme record). Then, timed: opening it (finds and records the scheme: a scan of the
non-ASCII labels), `migrate_ids` (rewrites the affected article graphs with the read index),
and opening it again (reads the record).

    python -m bench.id_migration_bench --articles 5000 --companies 2000 --affected 5
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import ontology.mapping
from graph.id_migration import marker_path, migrate_ids
from graph.store import open_store
from loaders.ingest import store_extractions
from ontology.iris import Iris, legacy_slugify
from ontology.records import Article, Entity, EntityType, Extraction, Relation, RelationType

IRIS = Iris()
PLAIN = ["Nova", "Helio", "Quanta", "Vertex", "Lumen", "Astra", "Boreal", "Cobalt"]
LOST = ["Ørsted", "Wisła", "Æther", "Œnologie", "Straße", "Ðorvik", "Łomża", "Bjørn"]
TYPES = [RelationType.SUPPLIES, RelationType.INVESTS_IN, RelationType.PARTNERS_WITH,
         RelationType.COMPETES_WITH]


def companies(count: int, affected: float, rng: random.Random) -> list[str]:
    """Invented company names, `affected` percent of them with a scheme-1 letter."""
    names = []
    for i in range(count):
        head = rng.choice(LOST if rng.random() * 100 < affected else PLAIN)
        names.append(f"{head} {i} Holding")
    return names


def extraction(i: int, names: list[str], rng: random.Random) -> Extraction:
    """One article with five relations among `names`, ids minted by scheme 1."""
    lines, relations, entities = [], [], {}
    offset = 0
    for _ in range(5):
        a, b = rng.sample(names, 2)
        line = f"{a} and {b} signed a deal."
        rtype = rng.choice(TYPES)
        for n in (a, b):
            entities[legacy_slugify(n)] = Entity(legacy_slugify(n), n, EntityType.COMPANY)
        relations.append(Relation(rtype, legacy_slugify(a), legacy_slugify(b), line, offset,
                                  offset + len(line)))
        lines.append(line)
        offset += len(line) + 1
    article = Article("\n".join(lines), title=f"Article {i}", language="en", id=str(i))
    return Extraction(article, "en", tuple(entities.values()), tuple(relations), "bench/1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--companies", type=int, default=2000)
    parser.add_argument("--affected", type=float, default=5.0, help="percent of companies")
    args = parser.parse_args()
    rng = random.Random(17)
    names = companies(args.companies, args.affected, rng)
    root = Path(tempfile.mkdtemp(prefix="idbench-"))
    path = root / "store"
    try:
        began = time.perf_counter()
        original = ontology.mapping.slugify
        ontology.mapping.slugify = legacy_slugify
        store = open_store(f"oxigraph:{path}")
        batch = [extraction(i, names, rng) for i in range(args.articles)]
        for start in range(0, len(batch), 128):
            store_extractions(store, batch[start : start + 128], IRIS)
        quads = len(store)
        store.close()
        ontology.mapping.slugify = original
        marker_path(path).unlink()
        print(f"written: {args.articles} articles, {quads} quads "
              f"in {time.perf_counter() - began:.1f} s")

        began = time.perf_counter()
        store = open_store(f"oxigraph:{path}")
        print(f"first open (scheme found: {store.id_scheme}): "
              f"{time.perf_counter() - began:.2f} s")
        began = time.perf_counter()
        report = migrate_ids(store)
        took = time.perf_counter() - began
        print(f"migrate: {len(report.renamed)} ids renamed in {report.graphs} articles "
              f"({len(report.merged)} merged) in {took:.2f} s")
        store.close()
        began = time.perf_counter()
        store = open_store(f"oxigraph:{path}")
        print(f"next open (scheme {store.id_scheme} recorded): "
              f"{time.perf_counter() - began:.3f} s")
        store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

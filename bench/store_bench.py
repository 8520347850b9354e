"""Benchmark three RDF store options for industry-kg on the same synthetic news data.

Backends, each run in its own subprocess (so peak RSS is that backend's alone):

* ``pyoxigraph``: ``pyoxigraph.Store(path)`` directly (RocksDB on disk).
* ``oxrdflib``: ``rdflib.Dataset(store="Oxigraph")`` opened at a path (the oxrdflib plugin,
  which keeps the data in pyoxigraph/RocksDB and runs SPARQL queries and, on a Dataset,
  SPARQL updates in pyoxigraph).
* ``rdflib``: plain ``rdflib.Dataset()`` (the in-memory Memory store); persisting it means
  writing N-Quads, and restarting means parsing them back.

The workload mimics ingest: one named graph per article (metadata with a ~1,500-char body
literal, ~7 entities with type/label/altLabels, ~5-6 claims with evidence sentences and
offsets, plain relation edges). Every backend loads the same quads, replaces the same
graphs, answers the same queries (results are cross-checked) and exports N-Quads.

Usage::

    .venv/bin/python bench/store_bench.py                      # print the tables
    .venv/bin/python bench/store_bench.py --markdown BENCHMARKS.md

The ``--markdown`` option (re)writes only the section titled ``SECTION_TITLE`` in that file
and keeps that section's hand-written ``### Choice`` subsection.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from pathlib import Path
from random import Random
from typing import Any, Protocol

BASE = "https://industry-kg.org/id/"
ONT = "https://industry-kg.org/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

BACKENDS = ("pyoxigraph", "oxrdflib", "rdflib")
BACKEND_LABELS = {
    "pyoxigraph": "pyoxigraph `Store(path)`",
    "oxrdflib": 'rdflib + oxrdflib (`Dataset(store="Oxigraph")`)',
    "rdflib": "plain rdflib `Dataset()` (Memory)",
}
SECTION_TITLE = "## Store: pyoxigraph vs rdflib+oxrdflib vs plain rdflib"
CHOICE_HEADING = "### Choice"
QUERY_BUDGET_S = 20.0
"""Stop repeating one query once its runs have taken this long (at least 3 runs are made)."""

# --------------------------------------------------------------------------------------------
# Backend-neutral synthetic data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal: lexical value with an optional language tag or datatype IRI."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit
"""An IRI (plain str) or a literal."""
Triple = tuple[str, str, Term]


@dataclass(frozen=True)
class ArticleGraph:
    """The named graph of one article: its name (the article IRI) and its distinct triples."""

    name: str
    triples: tuple[Triple, ...]


@dataclass(frozen=True)
class EntityDef:
    """An entity of the shared pool that articles mention."""

    iri: str
    name: str
    kind: str
    aliases: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text`."""
    return tuple(text.split())


_SYLLABLES = _words("ver tal on ix mar co sel ra dia nov lum tek gen fra bel or sa vi")
_SUFFIXES = _words(
    "Systems Group Energie Technologies Capital Industries SA Holdings Semiconductors "
    "Partners Motors Banque"
)
_WORDS = _words(
    "le groupe a annoncé une prise de participation dans la société the company said it "
    "would invest in new plant supply contract with according to people familiar matter "
    "chiffre d'affaires milliards euros quarter revenue growth usine batteries "
    "semiconducteurs régulateur approval deal"
)
_RELATIONS = _words("investsIn supplies customerOf partnersWith competesWith acquires executiveOf")
_STATUSES = _words("reported announced planned completed denied rumoured in_talks former")
_VERBS = {
    "investsIn": "invests in",
    "supplies": "supplies",
    "customerOf": "buys from",
    "partnersWith": "partners with",
    "competesWith": "competes with",
    "acquires": "acquires",
    "executiveOf": "leads",
}
_ASSERTED = frozenset({"reported", "announced", "planned", "completed"})
_KINDS = ("Company",) * 7 + ("Organization", "Person", "Regulator")


def _digest(*parts: str) -> str:
    """A short stable hex digest (like ontology.iris.digest)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _name(rng: Random) -> str:
    """A company-ish name made of random syllables."""
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{stem} {rng.choice(_SUFFIXES)}"


def make_entity_pool(size: int, seed: int) -> list[EntityDef]:
    """`size` entities; their order is their popularity rank (index 0 is the most mentioned)."""
    rng = Random(f"{seed}:pool")
    pool = []
    for i in range(size):
        name = _name(rng)
        kind = rng.choice(_KINDS)
        aliases = tuple(dict.fromkeys([name.split()[0], name.upper()][: rng.randint(1, 2)]))
        pool.append(EntityDef(f"{BASE}entity/e{i:05d}-{_digest(name)[:6]}", name, kind, aliases))
    return pool


def _cumulative_weights(size: int) -> list[float]:
    """Zipf-like cumulative weights so a few entities appear in many articles."""
    total, out = 0.0, []
    for rank in range(size):
        total += 1.0 / (rank + 1) ** 0.9
        out.append(total)
    return out


def _sample_entities(
    rng: Random, pool: Sequence[EntityDef], cum: list[float], count: int
) -> list[EntityDef]:
    """`count` distinct entities drawn by popularity."""
    chosen: dict[str, EntityDef] = {}
    while len(chosen) < count:
        ent = rng.choices(pool, cum_weights=cum)[0]
        chosen.setdefault(ent.iri, ent)
    return list(chosen.values())


def _text(rng: Random, length: int, names: Sequence[str]) -> str:
    """Filler prose of about `length` characters that mentions some of `names`."""
    parts: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(names) if names and rng.random() < 0.08 else rng.choice(_WORDS)
        parts.append(word)
        size += len(word) + 1
    return " ".join(parts)[:length].rstrip() + "."


def _article_triples(
    art: str, rng: Random, idx: int, lang: str, body: str, publisher: EntityDef
) -> list[Triple]:
    """Article metadata triples, including the body literal with its language tag."""
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
    return [
        (art, RDF_TYPE, ONT + "Article"),
        (art, SCHEMA + "headline", Lit(_text(rng, 70, [publisher.name]), lang=lang)),
        (art, SCHEMA + "datePublished", Lit(day.isoformat(), datatype=XSD + "date")),
        (art, SCHEMA + "inLanguage", Lit(lang)),
        (art, SCHEMA + "url", Lit(f"https://news.example/{lang}/{idx}", datatype=XSD + "anyURI")),
        (art, SCHEMA + "articleBody", Lit(body, lang=lang)),
        (art, ONT + "sha256", Lit(hashlib.sha256(body.encode()).hexdigest())),
        (art, ONT + "sourceFile", Lit(f"seeds/news/{idx:06d}.txt")),
        (art, ONT + "reportedBy", publisher.iri),
        (publisher.iri, RDF_TYPE, ONT + "Publisher"),
        (publisher.iri, RDFS_LABEL, Lit(publisher.name)),
    ]


def _entity_triples(art: str, ent: EntityDef) -> list[Triple]:
    """Mention, type, label and alternative labels of one entity."""
    out: list[Triple] = [
        (art, ONT + "mentions", ent.iri),
        (ent.iri, RDF_TYPE, ONT + ent.kind),
        (ent.iri, RDFS_LABEL, Lit(ent.name)),
    ]
    out.extend((ent.iri, SKOS_ALT, Lit(alias)) for alias in ent.aliases)
    return out


def _claim_triples(
    art: str, rng: Random, lang: str, body: str, ents: Sequence[EntityDef]
) -> list[Triple]:
    """One claim node (~10-13 properties) and, when asserted, its plain edge."""
    subj, obj = rng.sample(list(ents), 2)
    rel = rng.choice(_RELATIONS)
    status = rng.choice(_STATUSES)
    evidence = f"{subj.name} {_VERBS[rel]} {obj.name}: " + _text(rng, rng.randint(90, 180), [])
    start = rng.randint(0, max(0, len(body) - len(evidence)))
    claim = f"{BASE}claim/{_digest(art, subj.iri, rel, obj.iri, status, evidence)}"
    out: list[Triple] = [
        (claim, RDF_TYPE, ONT + "Claim"),
        (claim, ONT + "subject", subj.iri),
        (claim, ONT + "predicate", ONT + rel),
        (claim, ONT + "object", obj.iri),
        (claim, ONT + "status", Lit(status)),
        (claim, ONT + "article", art),
        (claim, ONT + "evidence", Lit(evidence, lang=lang)),
        (claim, ONT + "evidenceStart", Lit(str(start), datatype=XSD + "integer")),
        (claim, ONT + "evidenceEnd", Lit(str(start + len(evidence)), datatype=XSD + "integer")),
        (claim, ONT + "extractor", Lit("rules")),
    ]
    if rng.random() < 0.4:
        amount = f"{rng.randint(1, 9000)}.{rng.randint(0, 9)}"
        out.append((claim, ONT + "amount", Lit(amount, datatype=XSD + "decimal")))
        out.append((claim, ONT + "currency", Lit(rng.choice(("EUR", "USD")))))
        out.append((claim, ONT + "amountBound", Lit(rng.choice(("exact", "about", "up_to")))))
    if status in _ASSERTED:
        out.append((subj.iri, ONT + rel, obj.iri))
    return out


def make_article(
    idx: int, version: int, seed: int, pool: Sequence[EntityDef], cum: list[float]
) -> ArticleGraph:
    """Article `idx` in its `version` (version 1 is the initial load; later ones replace it)."""
    rng = Random(f"{seed}:{idx}:{version}")
    art = f"{BASE}article/{_digest(f'id:{seed}:{idx}')}"
    lang = rng.choice(("fr", "en"))
    ents = _sample_entities(rng, pool, cum, rng.randint(5, 9))
    publisher = pool[rng.randrange(12)]
    body = _text(rng, rng.randint(1300, 1700), [e.name for e in ents])
    triples = _article_triples(art, rng, idx, lang, body, publisher)
    for ent in ents:
        triples.extend(_entity_triples(art, ent))
    for _ in range(rng.randint(3, 7)):
        triples.extend(_claim_triples(art, rng, lang, body, ents))
    return ArticleGraph(art, tuple(dict.fromkeys(triples)))


@dataclass(frozen=True)
class Workload:
    """Everything one run does: initial articles, two rounds of replacements, query target."""

    initial: list[ArticleGraph]
    replace_sparql: list[ArticleGraph]
    replace_api: list[ArticleGraph]
    target: str

    @property
    def initial_quads(self) -> int:
        return sum(len(a.triples) for a in self.initial)

    @property
    def final_quads(self) -> int:
        final = {a.name: len(a.triples) for a in self.initial}
        final.update((a.name, len(a.triples)) for a in self.replace_api)
        return sum(final.values())


def make_workload(articles: int, replacements: int, seed: int) -> Workload:
    """The deterministic workload for these sizes and seed."""
    pool = make_entity_pool(max(200, articles), seed)
    cum = _cumulative_weights(len(pool))
    count = min(replacements, articles)
    return Workload(
        initial=[make_article(i, 1, seed, pool, cum) for i in range(articles)],
        replace_sparql=[make_article(i, 2, seed, pool, cum) for i in range(count)],
        replace_api=[make_article(i, 3, seed, pool, cum) for i in range(count)],
        target=pool[0].iri,
    )


# --------------------------------------------------------------------------------------------
# Queries (all over the union of the named graphs)
# --------------------------------------------------------------------------------------------

_PREFIXES = (
    f"PREFIX ikg: <{ONT}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    f"PREFIX schema: <{SCHEMA}>\n"
)


def make_queries(target: str) -> dict[str, str]:
    """The three measured queries; DISTINCT because a union graph may repeat shared triples."""
    return {
        "one-hop": _PREFIXES
        + (
            "SELECT DISTINCT ?investor ?label WHERE {\n"
            f"  ?investor ikg:investsIn <{target}> ; rdfs:label ?label .\n}}"
        ),
        "count-by-predicate": _PREFIXES
        + (
            "SELECT ?p (COUNT(*) AS ?n) WHERE {\n"
            "  { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }\n} GROUP BY ?p"
        ),
        "claims-evidence": _PREFIXES
        + (
            "SELECT DISTINCT ?claim ?status ?evidence ?objectLabel WHERE {\n"
            f"  ?claim ikg:subject <{target}> ; ikg:status ?status ;\n"
            "         ikg:evidence ?evidence ; ikg:object ?object .\n"
            "  ?object rdfs:label ?objectLabel .\n}"
        ),
    }


# --------------------------------------------------------------------------------------------
# Backends
# --------------------------------------------------------------------------------------------

Row = tuple[str, ...]


class Backend(Protocol):
    """What the benchmark needs from a store option."""

    persistent: bool

    def prepare(self, articles: Sequence[ArticleGraph]) -> list[Any]:
        """Convert articles to native terms (not timed: a mapper would produce them)."""
        ...

    def load(self, prepared: list[Any]) -> None:
        """Bulk-load all prepared articles."""
        ...

    def replace_sparql(self, article: Any) -> None:
        """Replace one graph with one `DROP SILENT GRAPH ; INSERT DATA` SPARQL Update."""
        ...

    def replace_api(self, article: Any) -> None:
        """Replace one graph through the library's graph API (remove graph, add quads)."""
        ...

    def query(self, sparql: str) -> list[Row]:
        """Run a SELECT over the union of named graphs; rows of lexical values."""
        ...

    def count_quads(self) -> int:
        """Number of quads in named graphs (for checks, not timed)."""
        ...

    def export(self, path: Path) -> dict[str, float]:
        """Write all quads as N-Quads to `path`; extra timings by name (seconds)."""
        ...

    def close(self) -> None:
        """Flush and release the store."""
        ...

    def reopen(self) -> None:
        """Open the persisted data again (for rdflib: parse the N-Quads export)."""
        ...

    def disk_bytes(self) -> int:
        """Size of the persisted data."""
        ...


def _tree_size(path: Path) -> int:
    """Total size in bytes of the files under `path` (or of the file itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


class PyoxigraphBackend:
    """pyoxigraph `Store(path)` used directly (as graph/oxigraph_store.py does)."""

    persistent = True

    def __init__(self, workdir: Path) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.path = workdir / "pyoxigraph"
        self.store = ox.Store(str(self.path))
        self._iris: dict[str, Any] = {}

    def _iri(self, value: str) -> Any:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = self.ox.NamedNode(value)
        return node

    def _term(self, term: Term) -> Any:
        if isinstance(term, str):
            return self._iri(term)
        if term.lang:
            return self.ox.Literal(term.value, language=term.lang)
        if term.datatype:
            return self.ox.Literal(term.value, datatype=self._iri(term.datatype))
        return self.ox.Literal(term.value)

    def prepare(self, articles: Sequence[ArticleGraph]) -> list[Any]:
        out = []
        for art in articles:
            g = self._iri(art.name)
            out.append(
                (
                    g,
                    [
                        self.ox.Quad(self._iri(s), self._iri(p), self._term(o), g)
                        for s, p, o in art.triples
                    ],
                )
            )
        return out

    def load(self, prepared: list[Any]) -> None:
        self.store.bulk_extend(q for _, quads in prepared for q in quads)

    def load_transactional(self, prepared: list[Any], path: Path) -> float:
        """Seconds to load the same quads with `Store.extend` (one transaction) elsewhere."""
        scratch = self.ox.Store(str(path))
        start = time.perf_counter()
        scratch.extend([q for _, quads in prepared for q in quads])
        scratch.flush()
        elapsed = time.perf_counter() - start
        del scratch
        shutil.rmtree(path)
        return elapsed

    def replace_sparql(self, article: Any) -> None:
        g, quads = article
        triples = self.ox.serialize([q.triple for q in quads], format=self.ox.RdfFormat.N_TRIPLES)
        self.store.update(
            f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{triples.decode()}\n}} }}"
        )

    def replace_api(self, article: Any) -> None:
        g, quads = article
        self.store.remove_graph(g)
        self.store.extend(quads)

    def query(self, sparql: str) -> list[Row]:
        solutions = self.store.query(sparql, use_default_graph_as_union=True)
        return [tuple("" if t is None else t.value for t in sol) for sol in solutions]

    def count_quads(self) -> int:
        return len(self.store)

    def export(self, path: Path) -> dict[str, float]:
        self.store.dump(str(path), self.ox.RdfFormat.N_QUADS)
        return {}

    def close(self) -> None:
        self.store.flush()
        del self.store
        gc.collect()

    def reopen(self) -> None:
        self.store = self.ox.Store(str(self.path))

    def disk_bytes(self) -> int:
        return _tree_size(self.path)


class _RdflibTerms:
    """Conversion of neutral terms to rdflib terms, with IRIs interned."""

    def __init__(self) -> None:
        import rdflib

        self.rdflib = rdflib
        self._iris: dict[str, Any] = {}

    def iri(self, value: str) -> Any:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = self.rdflib.URIRef(value)
        return node

    def term(self, term: Term) -> Any:
        if isinstance(term, str):
            return self.iri(term)
        dtype = self.iri(term.datatype) if term.datatype else None
        return self.rdflib.Literal(term.value, lang=term.lang, datatype=dtype)

    def article(self, art: ArticleGraph) -> tuple[Any, list[tuple[Any, Any, Any]]]:
        triples = [(self.iri(s), self.iri(p), self.term(o)) for s, p, o in art.triples]
        return self.iri(art.name), triples


class _RdflibDatasetBackend:
    """Shared logic of the two rdflib `Dataset` backends."""

    persistent = False

    def __init__(self) -> None:
        self.terms = _RdflibTerms()
        self.rdflib = self.terms.rdflib
        self.writer: Any = None
        self.reader: Any = None

    def _attach(self, store: Any) -> None:
        """`writer` for updates (default graph = real default graph, so a Dataset update is
        passed to the store as is) and `reader`, a view whose default graph is the union."""
        self.writer = self.rdflib.Dataset(store=store)
        self.reader = self.rdflib.Dataset(store=self.writer.store, default_union=True)

    def _graph(self, name: Any) -> Any:
        return self.rdflib.Graph(store=self.writer.store, identifier=name)

    def prepare(self, articles: Sequence[ArticleGraph]) -> list[Any]:
        return [self.terms.article(a) for a in articles]

    def _quads(self, prepared: list[Any]) -> Iterator[tuple[Any, Any, Any, Any]]:
        for name, triples in prepared:
            graph = self._graph(name)
            for s, p, o in triples:
                yield s, p, o, graph

    def load(self, prepared: list[Any]) -> None:
        self.writer.addN(self._quads(prepared))

    def replace_sparql(self, article: Any) -> None:
        name, triples = article
        tmp = self.rdflib.Graph()
        for triple in triples:
            tmp.add(triple)
        nt = tmp.serialize(format="nt")
        g = name.n3()
        self.writer.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{nt}\n}} }}")

    def replace_api(self, article: Any) -> None:
        name, triples = article
        graph = self._graph(name)
        self.writer.remove_graph(graph)
        self.writer.addN((s, p, o, graph) for s, p, o in triples)

    def query(self, sparql: str) -> list[Row]:
        result = self.reader.query(sparql)
        return [tuple("" if t is None else str(t) for t in row) for row in result]

    def count_quads(self) -> int:
        return sum(1 for _ in self.writer.quads((None, None, None, None)))


class OxrdflibBackend(_RdflibDatasetBackend):
    """rdflib `Dataset(store="Oxigraph")` from the oxrdflib plugin, opened at a path."""

    persistent = True

    def __init__(self, workdir: Path) -> None:
        super().__init__()
        self.path = workdir / "oxrdflib"
        self.writer = self.rdflib.Dataset(store="Oxigraph")
        self.writer.open(str(self.path), create=True)
        self._attach(self.writer.store)

    def export(self, path: Path) -> dict[str, float]:
        self.writer.serialize(destination=str(path), format="nquads")
        start = time.perf_counter()
        self.writer.serialize(destination=str(path.with_suffix(".ox.nq")), format="ox-nquads")
        return {"export_ox_nquads_s": time.perf_counter() - start}

    def close(self) -> None:
        self.writer.store._inner.flush()  # oxrdflib's close() only drops the store
        self.writer.close()
        self.writer = self.reader = None
        gc.collect()

    def reopen(self) -> None:
        ds = self.rdflib.Dataset(store="Oxigraph")
        ds.open(str(self.path))
        self._attach(ds.store)

    def disk_bytes(self) -> int:
        return _tree_size(self.path)


class RdflibMemoryBackend(_RdflibDatasetBackend):
    """Plain rdflib `Dataset()` in memory; persisted as an N-Quads file."""

    persistent = False

    def __init__(self, workdir: Path) -> None:
        super().__init__()
        self.nquads = workdir / "rdflib.nq"
        self._attach("default")

    def export(self, path: Path) -> dict[str, float]:
        self.writer.serialize(destination=str(path), format="nquads")
        self.nquads = path
        return {}

    def close(self) -> None:
        self.writer = self.reader = None
        gc.collect()

    def reopen(self) -> None:
        self._attach("default")
        self.writer.parse(str(self.nquads), format="nquads")

    def disk_bytes(self) -> int:
        return _tree_size(self.nquads)


def make_backend(name: str, workdir: Path) -> Backend:
    """The backend called `name`, with its data under `workdir`."""
    factories: dict[str, Callable[[Path], Backend]] = {
        "pyoxigraph": PyoxigraphBackend,
        "oxrdflib": OxrdflibBackend,
        "rdflib": RdflibMemoryBackend,
    }
    return factories[name](workdir)


# --------------------------------------------------------------------------------------------
# Measuring (inside one worker subprocess)
# --------------------------------------------------------------------------------------------


def _rss_mib() -> float:
    """Current resident set size in MiB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action: Callable[[], object]) -> float:
    """Seconds taken by `action()`."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _log(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def _time_query(backend: Backend, sparql: str, repeat: int) -> tuple[list[float], list[Row]]:
    """Run `sparql` up to `repeat` times (at least 3, within QUERY_BUDGET_S); times and rows."""
    times: list[float] = []
    rows: list[Row] = []
    while len(times) < repeat and (len(times) < 3 or sum(times) < QUERY_BUDGET_S):
        start = time.perf_counter()
        rows = backend.query(sparql)
        times.append(time.perf_counter() - start)
    return times, rows


def _rows_digest(rows: Iterable[Row]) -> str:
    """Order-independent digest of result rows, to compare backends."""
    return hashlib.sha256("\n".join(sorted("\t".join(r) for r in rows)).encode()).hexdigest()


@dataclass
class WorkerResult:
    """What one backend's run measured (serialised as JSON to the parent)."""

    backend: str
    metrics: dict[str, float] = field(default_factory=dict)
    checks: dict[str, Any] = field(default_factory=dict)


def _measure_writes(backend: Backend, work: Workload, out: WorkerResult) -> None:
    """Bulk load, then the two rounds of per-article graph replacement."""
    initial = backend.prepare(work.initial)
    round_sparql = backend.prepare(work.replace_sparql)
    round_api = backend.prepare(work.replace_api)
    out.metrics["rss_input_mib"] = _rss_mib()
    _log("bulk load")
    out.metrics["load_s"] = _timed(lambda: backend.load(initial))
    out.metrics["load_quads_per_s"] = work.initial_quads / out.metrics["load_s"]
    out.checks["quads_after_load"] = backend.count_quads()
    if isinstance(backend, PyoxigraphBackend):
        extend_s = backend.load_transactional(initial, backend.path.with_name("scratch"))
        out.metrics["load_extend_quads_per_s"] = work.initial_quads / extend_s
    initial.clear()
    for label, batch, replace in (
        ("sparql", round_sparql, backend.replace_sparql),
        ("api", round_api, backend.replace_api),
    ):
        _log(f"replace {len(batch)} graphs ({label})")
        elapsed = _timed(lambda b=batch, r=replace: [r(a) for a in b])
        out.metrics[f"replace_{label}_articles_per_s"] = len(batch) / elapsed
    out.checks["quads_after_replace"] = backend.count_quads()


def _measure_queries(backend: Backend, work: Workload, repeat: int, out: WorkerResult) -> None:
    """Median latency of each query, plus a digest of its rows for cross-checking."""
    for name, sparql in make_queries(work.target).items():
        _log(f"query {name}")
        times, rows = _time_query(backend, sparql, repeat)
        out.metrics[f"q_{name}_ms"] = statistics.median(times) * 1000
        out.checks[f"q_{name}_rows"] = len(rows)
        out.checks[f"q_{name}_runs"] = len(times)
        out.checks[f"q_{name}_digest"] = _rows_digest(rows)


def _measure_persistence(
    backend: Backend, work: Workload, workdir: Path, out: WorkerResult
) -> None:
    """N-Quads export, close, on-disk size, and reopen to a first answer."""
    export = workdir / "export.nq"
    _log("export N-Quads")
    start = time.perf_counter()
    extra = backend.export(export)
    out.metrics["export_s"] = time.perf_counter() - start - sum(extra.values())
    out.metrics.update(extra)
    with export.open("rb") as fh:
        out.checks["export_lines"] = sum(1 for _ in fh)
    out.metrics["export_mib"] = export.stat().st_size / 2**20
    backend.close()
    out.metrics["disk_mib"] = backend.disk_bytes() / 2**20
    _log("reopen")
    one_hop = make_queries(work.target)["one-hop"]
    out.metrics["reopen_first_answer_s"] = _timed(
        lambda: (backend.reopen(), backend.query(one_hop))
    )
    out.checks["quads_after_reopen"] = backend.count_quads()


def run_worker(
    name: str, articles: int, replacements: int, seed: int, repeat: int, workdir: Path
) -> WorkerResult:
    """Run the whole benchmark for one backend (call in a fresh process for clean RSS)."""
    warnings.simplefilter("ignore", DeprecationWarning)
    out = WorkerResult(name)
    out.metrics["rss_start_mib"] = _rss_mib()
    work = make_workload(articles, replacements, seed)
    out.checks["expected_initial_quads"] = work.initial_quads
    out.checks["expected_final_quads"] = work.final_quads
    backend = make_backend(name, workdir)
    _measure_writes(backend, work, out)
    _measure_queries(backend, work, repeat, out)
    _measure_persistence(backend, work, workdir, out)
    out.metrics["peak_rss_mib"] = _peak_rss_mib()
    return out


# --------------------------------------------------------------------------------------------
# Orchestration and reporting (parent process)
# --------------------------------------------------------------------------------------------


def run_backend_subprocess(name: str, args: argparse.Namespace, workdir: Path) -> WorkerResult:
    """Run one backend in a fresh interpreter and parse its JSON result."""
    bdir = workdir / name
    bdir.mkdir(parents=True)
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--articles",
        str(args.articles),
        "--replace",
        str(args.replace),
        "--seed",
        str(args.seed),
        "--repeat",
        str(args.repeat),
        "--workdir",
        str(bdir),
    ]
    print(f"[{name}]", file=sys.stderr, flush=True)
    start = time.perf_counter()
    proc = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    result = WorkerResult(data["backend"], data["metrics"], data["checks"])
    result.checks["wall_s"] = time.perf_counter() - start
    shutil.rmtree(bdir, ignore_errors=True)
    return result


def sanity_problems(results: Sequence[WorkerResult]) -> list[str]:
    """Disagreements between backends or with the expected quad counts (empty when sane)."""
    problems = []
    for r in results:
        c = r.checks
        for key, want in (
            ("quads_after_load", c["expected_initial_quads"]),
            ("quads_after_replace", c["expected_final_quads"]),
            ("quads_after_reopen", c["expected_final_quads"]),
            ("export_lines", c["expected_final_quads"]),
        ):
            if c[key] != want:
                problems.append(f"{r.backend}: {key} = {c[key]}, expected {want}")
    for key in (k for k in results[0].checks if k.endswith("_digest")):
        if len({r.checks[key] for r in results}) > 1:
            problems.append(f"query results differ between backends: {key}")
    return problems


@dataclass(frozen=True)
class Metric:
    """One row of the results table."""

    key: str
    label: str
    higher_is_better: bool
    fmt: str


METRICS = (
    Metric("load_quads_per_s", "bulk load (quads/s)", True, "{:,.0f}"),
    Metric(
        "replace_sparql_articles_per_s",
        "replace graph, one SPARQL Update DROP+INSERT DATA (articles/s)",
        True,
        "{:,.0f}",
    ),
    Metric(
        "replace_api_articles_per_s",
        "replace graph, graph API remove_graph+add (articles/s)",
        True,
        "{:,.0f}",
    ),
    Metric("q_one-hop_ms", 'query: one-hop "who invests in X" (ms, median)', False, "{:,.1f}"),
    Metric(
        "q_count-by-predicate_ms", "query: COUNT by predicate, union (ms, median)", False, "{:,.0f}"
    ),
    Metric(
        "q_claims-evidence_ms",
        "query: claims of X with evidence, 5 patterns (ms, median)",
        False,
        "{:,.1f}",
    ),
    Metric("export_s", "export N-Quads (s)", False, "{:,.2f}"),
    Metric("reopen_first_answer_s", "reopen to first answer (s)", False, "{:,.2f}"),
    Metric("peak_rss_mib", "peak RSS (MiB)", False, "{:,.0f}"),
    Metric("disk_mib", "on disk (MiB)", False, "{:,.1f}"),
)


def _cell(metric: Metric, result: WorkerResult) -> str:
    text = metric.fmt.format(result.metrics[metric.key])
    if metric.key == "disk_mib" and result.backend == "rdflib":
        text += " (N-Quads file)"
    if metric.key == "export_s" and "export_ox_nquads_s" in result.metrics:
        text += f" (`ox-nquads`: {result.metrics['export_ox_nquads_s']:.2f})"
    if metric.key == "load_quads_per_s" and "load_extend_quads_per_s" in result.metrics:
        text += f" (`extend`: {result.metrics['load_extend_quads_per_s']:,.0f})"
    return text


def _ratio(metric: Metric, result: WorkerResult, ref: WorkerResult) -> str:
    """How many times worse than pyoxigraph (>1 = worse)."""
    value, base = result.metrics[metric.key], ref.metrics[metric.key]
    ratio = base / value if metric.higher_is_better else value / base
    return f"{ratio:,.1f}×"


def results_table(results: Sequence[WorkerResult]) -> str:
    """Markdown table: one row per metric, one column per backend."""
    head = "| metric | " + " | ".join(BACKEND_LABELS[r.backend] for r in results) + " |"
    lines = [head, "|---" * (len(results) + 1) + "|"]
    for m in METRICS:
        lines.append(f"| {m.label} | " + " | ".join(_cell(m, r) for r in results) + " |")
    return "\n".join(lines)


def ratio_table(results: Sequence[WorkerResult]) -> str:
    """Markdown table of each backend relative to pyoxigraph (>1 = worse than pyoxigraph)."""
    ref = next(r for r in results if r.backend == "pyoxigraph")
    others = [r for r in results if r is not ref]
    head = (
        "| metric (× pyoxigraph, >1 = worse) | "
        + " | ".join(BACKEND_LABELS[r.backend] for r in others)
        + " |"
    )
    lines = [head, "|---" * (len(others) + 1) + "|"]
    for m in METRICS:
        if m.key == "disk_mib":
            continue
        lines.append(f"| {m.label} | " + " | ".join(_ratio(m, r, ref) for r in others) + " |")
    disk = [r for r in others if r.backend != "rdflib"]
    if disk:
        lines.append(
            "| on disk (MiB) | "
            + " | ".join(
                _ratio(METRICS[-1], r, ref) if r in disk else "n/a (no store; N-Quads file)"
                for r in others
            )
            + " |"
        )
    return "\n".join(lines)


def _versions() -> str:
    names = ("pyoxigraph", "oxrdflib", "rdflib")
    pkgs = ", ".join(f"{n} {metadata.version(n)}" for n in names)
    return f"Python {platform.python_version()}, {pkgs}"


def _command(argv: Sequence[str]) -> str:
    """The command line as typed, with the interpreter shown relative to the cwd if possible."""
    python = Path(sys.executable)
    try:
        shown = str(python.relative_to(Path.cwd()))
    except ValueError:
        shown = "python"
    return " ".join([shown, *map(shlex.quote, argv)])


def _data_note(results: Sequence[WorkerResult], args: argparse.Namespace) -> str:
    c = results[0].checks
    quads = c["expected_initial_quads"]
    runs = ", ".join(f"{k[2:-5]} {c[k]}" for k in c if k.endswith("_runs"))
    return (
        f"{args.articles:,} articles = {args.articles:,} named graphs, {quads:,} quads "
        f"(avg {quads / args.articles:.0f} per article); seed {args.seed}; "
        f"{min(args.replace, args.articles)} graphs replaced per replace method; "
        f"query runs per backend (max {args.repeat}, {QUERY_BUDGET_S:.0f} s budget): {runs} "
        f"for {results[0].backend}"
    )


METHOD_NOTES = """\
How each backend was driven (same quads, built as native terms before timing):

- **bulk load**: pyoxigraph `Store.bulk_extend` (its bulk loader; in brackets: one
  transactional `Store.extend`); rdflib backends `Dataset.addN` (oxrdflib turns it into
  `Store.extend` after converting every term).
- **replace, SPARQL Update**: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` with
  the triples serialized as N-Triples (pyoxigraph: `pyoxigraph.serialize`; rdflib backends:
  rdflib's `nt` serializer) — atomic in pyoxigraph and in oxrdflib (whose `Dataset.update`
  hands the string to pyoxigraph), evaluated by rdflib's own engine and not transactional
  for the Memory store.
- **replace, graph API**: `remove_graph` then add the quads: two separate writes, so a
  reader can see the article missing in between (not what ingest may do).
- **queries**: over the union of named graphs (pyoxigraph `use_default_graph_as_union`,
  rdflib `Dataset(default_union=True)`), `SELECT DISTINCT` because the union repeats
  entity triples shared by several articles; results are fully consumed and were identical
  across the three backends.
- **export**: pyoxigraph `Store.dump`; rdflib backends `Dataset.serialize(format="nquads")`
  (in brackets for oxrdflib: its `ox-nquads` serializer, which calls `Store.dump`). For
  plain rdflib this export *is* its persistence, and it rewrites the whole dataset.
- **reopen to first answer**: open the store again (plain rdflib: a new `Dataset` parsing
  the N-Quads file) and answer the one-hop query.
- **peak RSS**: `ru_maxrss` of the backend's own subprocess, including the generated input
  data (~{rss_input} MiB for the rdflib backends, ~{rss_ox} MiB for pyoxigraph, once built).
- **on disk**: RocksDB directory after flush and close, no `optimize()`; for plain rdflib
  the N-Quads file."""


def render_section(
    results: Sequence[WorkerResult], args: argparse.Namespace, argv: Sequence[str], choice: str
) -> str:
    """The whole markdown section (title to choice paragraph)."""
    by = {r.backend: r for r in results}
    notes = METHOD_NOTES.format(
        rss_input=f"{by['rdflib'].metrics['rss_input_mib']:.0f}" if "rdflib" in by else "?",
        rss_ox=f"{by['pyoxigraph'].metrics['rss_input_mib']:.0f}",
    )
    problems = sanity_problems(results)
    sanity = (
        "Sanity: quad counts after load, replace, reopen and in the export matched the "
        "generated data for every backend, and all three queries returned identical rows."
        if not problems
        else "Sanity problems: " + "; ".join(problems)
    )
    return "\n".join(
        [
            SECTION_TITLE,
            "",
            f"- Command: `{_command(argv)}` (run from the repository root)",
            f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
            f"- Machine: {os.cpu_count()} cores, shared and noisy VM ({platform.machine()}, "
            f"Linux {platform.release()}); one backend at a time, each in its own subprocess",
            f"- Versions: {_versions()}",
            f"- Data: {_data_note(results, args)}",
            "",
            results_table(results),
            "",
            "Relative to pyoxigraph:",
            "",
            ratio_table(results),
            "",
            sanity,
            "",
            notes,
            "",
            CHOICE_HEADING,
            "",
            choice.strip(),
            "",
        ]
    )


def _split_section(text: str) -> tuple[str, str | None, str]:
    """(before, section or None, after) of SECTION_TITLE in a markdown document."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == SECTION_TITLE), None)
    if start is None:
        return text, None, ""
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "".join(lines[:start]), "".join(lines[start:end]), "".join(lines[end:])


def _existing_choice(section: str | None) -> str | None:
    """The text of the section's `### Choice` subsection, if there is one."""
    if section is None or CHOICE_HEADING not in section:
        return None
    return section.split(CHOICE_HEADING, 1)[1].strip() or None


DEFAULT_CHOICE = "_To be written from the numbers above._"


def update_markdown(
    path: Path, results: Sequence[WorkerResult], args: argparse.Namespace, argv: Sequence[str]
) -> None:
    """Replace (or append) our section in `path`, keeping other sections and our Choice."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    before, section, after = _split_section(text)
    choice = _existing_choice(section) or DEFAULT_CHOICE
    new = render_section(results, args, argv, choice)
    if section is None:
        before = before.rstrip("\n") + "\n\n"
    elif after:
        new += "\n"
    path.write_text(before + new + after, encoding="utf-8")


def run_all(args: argparse.Namespace, argv: Sequence[str]) -> int:
    """Run every backend, print the tables, optionally update the markdown file."""
    with tempfile.TemporaryDirectory(prefix="store_bench_", dir=args.workdir) as tmp:
        results = [run_backend_subprocess(name, args, Path(tmp)) for name in args.backends]
    print(results_table(results))
    if "pyoxigraph" in args.backends and len(results) > 1:
        print()
        print(ratio_table(results))
    problems = sanity_problems(results)
    for problem in problems:
        print(f"SANITY: {problem}", file=sys.stderr)
    print(
        "wall time per backend (s): "
        + ", ".join(f"{r.backend} {r.checks['wall_s']:.0f}" for r in results),
        file=sys.stderr,
    )
    if args.markdown:
        if tuple(args.backends) != BACKENDS:
            print("--markdown needs all three backends", file=sys.stderr)
            return 2
        update_markdown(Path(args.markdown), results, args, argv)
        print(f"updated {args.markdown}", file=sys.stderr)
    return 1 if problems else 0


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles (named graphs)")
    parser.add_argument(
        "--replace",
        type=int,
        default=200,
        help="graphs replaced by each replace method (default 200)",
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=5, help="max runs per query (median)")
    parser.add_argument("--backends", nargs="+", choices=BACKENDS, default=list(BACKENDS))
    parser.add_argument(
        "--markdown", metavar="PATH", help="update the store section of this markdown file"
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where stores are created (default: system temp dir)",
    )
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.worker:
        result = run_worker(
            args.worker, args.articles, args.replace, args.seed, args.repeat, args.workdir
        )
        print(
            json.dumps(
                {"backend": result.backend, "metrics": result.metrics, "checks": result.checks}
            )
        )
        return 0
    return run_all(args, [sys.argv[0], *argv])


if __name__ == "__main__":
    sys.exit(main())

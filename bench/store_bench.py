"""Benchmark three RDF store options for industry-kg on the same synthetic news data.

Backends, each run in its own subprocess (so peak RSS is that backend's alone):

* ``pyoxigraph``: ``pyoxigraph.Store(path)`` directly (RocksDB on disk).
* ``oxrdflib``: ``rdflib.Dataset(store="Oxigraph")`` opened at a path (the oxrdflib plugin,
  which keeps the data in pyoxigraph/RocksDB and runs SPARQL queries and, on a Dataset,
  SPARQL updates in pyoxigraph).
* ``rdflib``: plain ``rdflib.Dataset()`` (the in-memory Memory store); persisting it means
  writing N-Quads, and restarting means parsing them back.

The workload mimics ingest: one named graph per article (metadata with a ~1,500-char body
literal, ~7 entities with type/label/altLabels, ~5 claims with evidence sentences and
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
REPLACE_BUDGET_S = 6.0
"""Stop the SPARQL-Update replace round after this long (at least 20 articles are replaced)."""

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
    """Everything one run writes: initial articles, two rounds of replacements of the first
    ones; and the query target, the most mentioned entity."""

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


def pool_size(articles: int) -> int:
    """How many distinct entities the articles draw from."""
    return max(200, articles)


def make_workload(articles: int, replacements: int, seed: int) -> Workload:
    """The deterministic workload for these sizes and seed."""
    pool = make_entity_pool(pool_size(articles), seed)
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
    """What the benchmark needs from a store option.

    Constructed with ``(workdir, create)``: ``create=True`` makes a new, empty store;
    ``create=False`` opens what an earlier process persisted under ``workdir``.
    """

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

    def disk_bytes(self) -> int:
        """Size of the persisted data."""
        ...


def _tree_size(path: Path) -> int:
    """Total size in bytes of the files under `path` (or of the file itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _sparql_replace(graph: str, ntriples: str) -> str:
    """The atomic replace used by ingest: drop the graph and insert its new triples."""
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{ntriples}\n}} }}"


class PyoxigraphBackend:
    """pyoxigraph `Store(path)` used directly (as graph/oxigraph_store.py does)."""

    def __init__(self, workdir: Path, create: bool) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.path = workdir / "pyoxigraph"
        if create and self.path.exists():
            raise FileExistsError(self.path)
        workdir.mkdir(parents=True, exist_ok=True)
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

    def _article(self, art: ArticleGraph) -> tuple[Any, list[Any]]:
        g = self._iri(art.name)
        quad = self.ox.Quad
        return g, [quad(self._iri(s), self._iri(p), self._term(o), g) for s, p, o in art.triples]

    def prepare(self, articles: Sequence[ArticleGraph]) -> list[Any]:
        return [self._article(a) for a in articles]

    def load(self, prepared: list[Any]) -> None:
        self.store.bulk_extend(q for _, quads in prepared for q in quads)

    def replace_sparql(self, article: Any) -> None:
        g, quads = article
        triples = self.ox.serialize([q.triple for q in quads], format=self.ox.RdfFormat.N_TRIPLES)
        assert triples is not None  # no output file given: the bytes are returned
        self.store.update(_sparql_replace(str(g), triples.decode()))

    def replace_api(self, article: Any) -> None:
        g, quads = article
        self.store.remove_graph(g)
        self.store.extend(quads)

    def query(self, sparql: str) -> list[Row]:
        solutions = self.store.query(sparql, use_default_graph_as_union=True)
        assert isinstance(solutions, self.ox.QuerySolutions)
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

    def disk_bytes(self) -> int:
        return _tree_size(self.path)


def measure_transactional_load(
    articles: Sequence[ArticleGraph], workdir: Path
) -> tuple[float, float]:
    """(quads/s, MiB on disk) of loading `articles` with one `Store.extend` into a new store."""
    backend = PyoxigraphBackend(workdir / "extend", create=True)
    quads = [q for _, qs in backend.prepare(articles) for q in qs]

    def load() -> None:
        backend.store.extend(quads)
        backend.store.flush()

    elapsed = _timed(load)
    backend.close()
    size = backend.disk_bytes() / 2**20
    shutil.rmtree(workdir / "extend")
    return len(quads) / elapsed, size


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

    def __init__(self) -> None:
        self.terms = _RdflibTerms()
        self.rdflib = self.terms.rdflib
        self.writer: Any = None
        self.reader: Any = None

    def _attach(self, store: Any) -> None:
        """`writer` (its default graph is the real default graph, so `Dataset.update` hands a
        SPARQL Update to the store as is) and `reader` (default graph = union of graphs)."""
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
        self.writer.update(_sparql_replace(name.n3(), tmp.serialize(format="nt")))

    def replace_api(self, article: Any) -> None:
        name, triples = article
        graph = self._graph(name)
        self.writer.remove_graph(graph)
        self.writer.addN((s, p, o, graph) for s, p, o in triples)

    def query(self, sparql: str) -> list[Row]:
        result = self.reader.query(sparql)
        return [tuple("" if t is None else str(t) for t in row) for row in result]


class OxrdflibBackend(_RdflibDatasetBackend):
    """rdflib `Dataset(store="Oxigraph")` from the oxrdflib plugin, opened at a path."""

    def __init__(self, workdir: Path, create: bool) -> None:
        super().__init__()
        self.path = workdir / "oxrdflib"
        dataset = self.rdflib.Dataset(store="Oxigraph")
        dataset.open(str(self.path), create=create)
        self._attach(dataset.store)

    def export(self, path: Path) -> dict[str, float]:
        self.writer.serialize(destination=str(path), format="nquads")
        fast = path.with_suffix(".ox.nq")
        elapsed = _timed(lambda: self.writer.serialize(destination=str(fast), format="ox-nquads"))
        fast.unlink()
        return {"export_ox_nquads_s": elapsed}

    def close(self) -> None:
        self.writer.store._inner.flush()  # oxrdflib's close() only drops the pyoxigraph store
        self.writer.close()
        self.writer = self.reader = None
        gc.collect()

    def count_quads(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0][0])

    def disk_bytes(self) -> int:
        return _tree_size(self.path)


class RdflibMemoryBackend(_RdflibDatasetBackend):
    """Plain rdflib `Dataset()` in memory, persisted as (and reopened from) an N-Quads file."""

    def __init__(self, workdir: Path, create: bool) -> None:
        super().__init__()
        self.nquads = workdir / "export.nq"
        self._attach("default")
        if not create:
            self.writer.parse(str(self.nquads), format="nquads")

    def export(self, path: Path) -> dict[str, float]:
        self.writer.serialize(destination=str(path), format="nquads")
        self.nquads = path
        return {}

    def count_quads(self) -> int:
        return sum(len(graph) for graph in self.writer.graphs())

    def close(self) -> None:
        self.writer = self.reader = None
        gc.collect()

    def disk_bytes(self) -> int:
        return _tree_size(self.nquads)


def make_backend(name: str, workdir: Path, create: bool) -> Backend:
    """The backend called `name`, with its data under `workdir`."""
    factories: dict[str, Callable[[Path, bool], Backend]] = {
        "pyoxigraph": PyoxigraphBackend,
        "oxrdflib": OxrdflibBackend,
        "rdflib": RdflibMemoryBackend,
    }
    return factories[name](workdir, create)


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


_T0 = time.perf_counter()


def _log(message: str) -> None:
    """Progress on stderr, with the seconds since this process started."""
    print(f"  {time.perf_counter() - _T0:6.1f}s {message}", file=sys.stderr, flush=True)


def _time_query(backend: Backend, sparql: str, repeat: int) -> tuple[list[float], list[Row]]:
    """Run `sparql` up to `repeat` times (at least 3, within QUERY_BUDGET_S); times and rows."""
    times: list[float] = []
    rows: list[Row] = []
    while len(times) < repeat and (len(times) < 3 or sum(times) < QUERY_BUDGET_S):
        start = time.perf_counter()
        rows = backend.query(sparql)
        times.append(time.perf_counter() - start)
    return times, rows


def _replace_rate(replace: Callable[[Any], None], batch: Sequence[Any], budget: float) -> float:
    """Articles/s replacing graphs from `batch`, as 1 / median time of one replacement (robust
    to bursts of load from other processes); stops after `budget` s (>= 20 articles)."""
    times: list[float] = []
    for article in batch:
        start = time.perf_counter()
        replace(article)
        times.append(time.perf_counter() - start)
        if len(times) >= 20 and sum(times) > budget:
            break
    return 1 / statistics.median(times)


def _rows_digest(rows: Iterable[Row]) -> str:
    """Order-independent digest of result rows, to compare backends."""
    return hashlib.sha256("\n".join(sorted("\t".join(r) for r in rows)).encode()).hexdigest()


def _count_lines(path: Path) -> int:
    """Non-empty lines of a file (N-Quads: one quad per line)."""
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


@dataclass
class WorkerResult:
    """What one backend's run measured (serialised as JSON to the parent)."""

    backend: str
    metrics: dict[str, float] = field(default_factory=dict)
    checks: dict[str, Any] = field(default_factory=dict)


@dataclass
class Prepared:
    """The workload in a backend's native terms."""

    initial: list[Any]
    replace_sparql: list[Any]
    replace_api: list[Any]


def _measure_writes(backend: Backend, data: Prepared, out: WorkerResult) -> None:
    """Bulk load, then the two rounds of per-article graph replacement."""
    out.metrics["rss_input_mib"] = _rss_mib()
    _log("input ready; bulk load")
    out.metrics["load_s"] = _timed(lambda: backend.load(data.initial))
    out.metrics["load_quads_per_s"] = out.checks["expected_initial_quads"] / out.metrics["load_s"]
    out.checks["quads_after_load"] = backend.count_quads()
    data.initial.clear()
    _log(f"replace up to {len(data.replace_sparql)} graphs (SPARQL Update)")
    out.metrics["replace_sparql_articles_per_s"] = _replace_rate(
        backend.replace_sparql, data.replace_sparql, REPLACE_BUDGET_S
    )
    _log(f"replace {len(data.replace_api)} graphs (graph API)")
    out.metrics["replace_api_articles_per_s"] = _replace_rate(
        backend.replace_api, data.replace_api, float("inf")
    )
    out.checks["quads_after_replace"] = backend.count_quads()


def _measure_queries(backend: Backend, target: str, repeat: int, out: WorkerResult) -> None:
    """Median latency of each query, plus a digest of its rows for cross-checking."""
    for name, sparql in make_queries(target).items():
        _log(f"query {name}")
        times, rows = _time_query(backend, sparql, repeat)
        out.metrics[f"q_{name}_ms"] = statistics.median(times) * 1000
        out.checks[f"q_{name}_rows"] = len(rows)
        out.checks[f"q_{name}_runs"] = len(times)
        out.checks[f"q_{name}_digest"] = _rows_digest(rows)


def _measure_export(backend: Backend, workdir: Path, out: WorkerResult) -> None:
    """N-Quads export (plain rdflib's persistence), then close and measure the disk size."""
    export = workdir / "export.nq"
    _log("export N-Quads")
    start = time.perf_counter()
    extra = backend.export(export)
    out.metrics["export_s"] = time.perf_counter() - start - sum(extra.values())
    out.metrics.update(extra)
    out.checks["export_lines"] = _count_lines(export)
    backend.close()
    out.metrics["disk_mib"] = backend.disk_bytes() / 2**20


def run_build(name: str, args: argparse.Namespace, workdir: Path) -> WorkerResult:
    """Phase 1 for one backend (a fresh process): load, replace, export, close."""
    out = WorkerResult(name)
    work = make_workload(args.articles, args.replace, args.seed)
    out.checks["expected_initial_quads"] = work.initial_quads
    out.checks["expected_final_quads"] = work.final_quads
    backend = make_backend(name, workdir, create=True)
    data = Prepared(
        *(backend.prepare(a) for a in (work.initial, work.replace_sparql, work.replace_api))
    )
    del work
    gc.collect()
    _measure_writes(backend, data, out)
    _measure_export(backend, workdir, out)
    out.metrics["peak_rss_mib"] = _peak_rss_mib()
    if name == "pyoxigraph":  # side measurement, after the peak RSS was taken
        _log("load again with one Store.extend transaction")
        initial = make_workload(args.articles, 0, args.seed).initial
        rate, size = measure_transactional_load(initial, workdir)
        out.metrics["load_extend_quads_per_s"] = rate
        out.metrics["disk_extend_mib"] = size
    _log("done")
    return out


def run_serve(name: str, args: argparse.Namespace, workdir: Path) -> WorkerResult:
    """Phase 2 (another fresh process): open the persisted data, time the queries."""
    out = WorkerResult(name)
    target = make_entity_pool(pool_size(args.articles), args.seed)[0].iri
    queries = make_queries(target)
    _log("open persisted data, first answer")
    start = time.perf_counter()
    backend = make_backend(name, workdir, create=False)
    out.metrics["open_s"] = time.perf_counter() - start
    backend.query(queries["one-hop"])
    out.metrics["first_answer_s"] = time.perf_counter() - start
    _measure_queries(backend, target, args.repeat, out)
    out.metrics["serve_rss_mib"] = _rss_mib()
    out.metrics["serve_peak_rss_mib"] = _peak_rss_mib()
    out.checks["quads_after_reopen"] = backend.count_quads()
    backend.close()
    _log("done")
    return out


# --------------------------------------------------------------------------------------------
# Orchestration and reporting (parent process)
# --------------------------------------------------------------------------------------------


def _run_phase(phase: str, name: str, args: argparse.Namespace, bdir: Path) -> WorkerResult:
    """Run one phase for one backend in a fresh interpreter and parse its JSON result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--phase", phase]
    for option in ("articles", "replace", "seed", "repeat"):
        cmd += [f"--{option}", str(getattr(args, option))]
    cmd += ["--workdir", str(bdir)]
    proc = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return WorkerResult(data["backend"], data["metrics"], data["checks"])


def run_backend(name: str, args: argparse.Namespace, workdir: Path) -> WorkerResult:
    """Both phases for one backend, each in its own subprocess; merged results."""
    bdir = workdir / name
    bdir.mkdir(parents=True)
    print(f"[{name}]", file=sys.stderr, flush=True)
    start = time.perf_counter()
    result = _run_phase("build", name, args, bdir)
    serve = _run_phase("serve", name, args, bdir)
    result.metrics.update(serve.metrics)
    result.checks.update(serve.checks)
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
        "replace one article graph: one SPARQL Update `DROP`+`INSERT DATA` (articles/s)",
        True,
        "{:,.0f}",
    ),
    Metric(
        "replace_api_articles_per_s",
        "replace one article graph: graph API `remove_graph` + add (articles/s)",
        True,
        "{:,.0f}",
    ),
    Metric("q_one-hop_ms", "query: one-hop, who invests in X (ms, median)", False, "{:,.1f}"),
    Metric("q_count-by-predicate_ms", "query: COUNT by predicate (ms, median)", False, "{:,.0f}"),
    Metric(
        "q_claims-evidence_ms", "query: claims of X with evidence (ms, median)", False, "{:,.1f}"
    ),
    Metric("export_s", "export N-Quads (s)", False, "{:,.2f}"),
    Metric(
        "first_answer_s", "new process: open persisted data + first answer (s)", False, "{:,.2f}"
    ),
    Metric("serve_rss_mib", "new process: RSS after open + all query runs (MiB)", False, "{:,.0f}"),
    Metric("peak_rss_mib", "peak RSS of the load/replace/export process (MiB)", False, "{:,.0f}"),
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
    if metric.key == "disk_mib" and "disk_extend_mib" in result.metrics:
        text += f" (`extend`-loaded: {result.metrics['disk_extend_mib']:,.1f})"
    if metric.key == "peak_rss_mib":
        text += f" (input: {result.metrics['rss_input_mib']:,.0f})"
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
    runs = "; ".join(
        r.backend + " " + ", ".join(str(r.checks[k]) for k in c if k.endswith("_runs"))
        for r in results
    )
    return (
        f"{args.articles:,} articles = {args.articles:,} named graphs, {quads:,} quads "
        f"(avg {quads / args.articles:.0f} per article), seed {args.seed}; "
        f"{min(args.replace, args.articles)} graphs replaced by each replace method (the SPARQL "
        f"round stops after {REPLACE_BUDGET_S:.0f} s); runs per query (at most {args.repeat}, "
        f"fewer past {QUERY_BUDGET_S:.0f} s): {runs}"
    )


METHOD_NOTES = """\
How each backend was driven (same quads, converted to native terms before timing):

- **bulk load**: pyoxigraph `Store.bulk_extend`, its bulk loader (in brackets: one
  transactional `Store.extend` into another new store); rdflib backends `Dataset.addN`
  (oxrdflib converts every term, then calls `Store.extend`).
- **replace** rates are 1 / the median time of one article's replacement.
- **replace, SPARQL Update**: what ingest does, `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH
  <g> { … } }` with the triples serialized as N-Triples by the library (pyoxigraph
  `serialize`; rdflib's `nt` serializer). Atomic in pyoxigraph and in oxrdflib (a
  `Dataset.update` is handed to pyoxigraph as is); plain rdflib evaluates it with its own
  SPARQL engine, not transactionally.
- **replace, graph API**: `remove_graph` then add the quads: two separate writes, so a reader
  can see the article missing in between, which ingest must not allow.
- **queries**: timed in the second process below (every backend reading what it persisted,
  none from a just-written in-memory buffer), over the union of the named graphs (pyoxigraph
  `use_default_graph_as_union`, rdflib `Dataset(default_union=True)`), with `DISTINCT`
  because the union repeats entity triples shared by several articles; rows are fully
  consumed and converted to strings. The COUNT query groups the distinct triples of the
  union by predicate.
- **export**: pyoxigraph `Store.dump`; rdflib backends `Dataset.serialize(format="nquads")`
  (in brackets for oxrdflib: its `ox-nquads` serializer, which calls `Store.dump`). For plain
  rdflib this export *is* its persistence and rewrites the whole dataset.
- **new process**: a second subprocess opens what the first left (plain rdflib: parses the
  N-Quads file into a new `Dataset`) and answers the one-hop query: the cost of restarting a
  server; it then runs the timed queries, after which its RSS is what a server would hold.
- **peak RSS**: `ru_maxrss` of the first subprocess; it includes the generated input, whose
  RSS once built is in brackets.
- **on disk**: RocksDB directory after flush and close, without `optimize()`; for plain rdflib
  the N-Quads file."""


def render_section(
    results: Sequence[WorkerResult], args: argparse.Namespace, argv: Sequence[str], choice: str
) -> str:
    """The whole markdown section (title to choice paragraph)."""
    problems = sanity_problems(results)
    sanity = (
        "Sanity: for every backend the quad counts after load, after the replacements, in the "
        "export and after reopening matched the generated data, and each query returned "
        "identical rows on all three."
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
            f"Linux {platform.release()}), load average {args.loadavg} at start; one backend at a "
            "time, each in two fresh subprocesses (load/replace/export, then reopen/query)",
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
            METHOD_NOTES,
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
    args.loadavg = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="store_bench_", dir=args.workdir) as tmp:
        results = [run_backend(name, args, Path(tmp)) for name in args.backends]
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
    parser.add_argument("--phase", choices=("build", "serve"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: orchestrate all backends, or (internally) run one phase of one backend."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.worker:
        warnings.simplefilter("ignore", DeprecationWarning)
        phase = run_build if args.phase == "build" else run_serve
        result = phase(args.worker, args, args.workdir)
        payload = {"backend": result.backend, "metrics": result.metrics, "checks": result.checks}
        print(json.dumps(payload))
        return 0
    return run_all(args, [sys.argv[0], *argv])


if __name__ == "__main__":
    sys.exit(main())

"""Entity ids of an older id scheme: found, recorded, and renamed in place (`ikg migrate`).

Entity IRIs end with a slug of the entity's name (`ontology.iris.slugify`). Id scheme 1
dropped the Latin letters that have no Unicode decomposition ("Ørsted" -> "rsted"); scheme 2
transliterates them ("orsted"). A store written by scheme 1 holds the old IRIs, and an article
ingested now would mint the new IRI beside the old one: two entities for one company. So:

- The embedded store records the scheme of its ids in a small file beside it
  (`<store>.ids.json`, `marker_path`). A store without the file (new, or written before the
  file existed) is checked once when opened: when none of its entity labels slug differently
  under the two schemes, it is recorded as current, silently; otherwise as scheme 1, and
  `IndexedStore` refuses to write new articles to it, naming the command to run.
- `migrate_ids` renames, article graph by article graph, every entity IRI minted from a label
  by scheme 1 to the IRI scheme 2 mints from the same label, and gives the graph exactly what
  ingesting its article now would have written: claim IRIs (content-addressed: they hash the
  entity IRIs) are minted again, and a symmetric relation (partnersWith, competesWith) is
  turned to its canonical direction again (the smaller id first). A new IRI that another
  article already uses merges the two entities: entities are shared across graphs by IRI.
- Each graph is replaced atomically (through `IndexedStore`, which keeps the read index), so
  a migration that stops part-way leaves whole graphs, old or new, and the store still
  recorded as scheme 1; running it again finishes it (graphs already renamed have no old id
  left). Only when every graph is done is the store recorded as current.

The next `ikg sync` needs nothing special: it diffs the store's projection against Neo4j, so
a node whose IRI left the store is deleted (`DETACH DELETE`) and the new one created.
"""

from __future__ import annotations

import json
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ontology.iris import ID_SCHEME, digest, legacy_slugify, slugify
from ontology.records import Status
from ontology.terms import ONTOLOGY_IRI
from ontology.vocabulary import PROPERTY_RELATION, SYMMETRIC

if TYPE_CHECKING:
    from graph.indexed_store import IndexedStore

log = logging.getLogger(__name__)

_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CLAIM = ox.NamedNode(ONTOLOGY_IRI + "Claim")
_SUBJECT = ox.NamedNode(ONTOLOGY_IRI + "subject")
_PREDICATE = ox.NamedNode(ONTOLOGY_IRI + "predicate")
_OBJECT = ox.NamedNode(ONTOLOGY_IRI + "object")
_STATUS = ox.NamedNode(ONTOLOGY_IRI + "status")
_START = ox.NamedNode(ONTOLOGY_IRI + "evidenceStart")
_END = ox.NamedNode(ONTOLOGY_IRI + "evidenceEnd")
_Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
_ENTITY = "entity/"
_CLAIM_PATH = "claim/"

NON_ASCII_LABELS = (
    f"SELECT ?g ?e ?l WHERE {{ GRAPH ?g {{ ?e <{_LABEL}> ?l }} "
    'FILTER(isIRI(?e) && REGEX(STR(?l), "[^\\\\t\\\\n\\\\r -~]")) }'
)
"""Every label with a character outside printable ASCII, with its subject and graph: the only
labels whose slug can differ between the schemes (a scan of the labels, run by a migration
and once by the first open of a store without a scheme marker)."""

MARKER_SUFFIX = ".ids.json"
BATCH_GRAPHS = 64
"""Graphs rewritten per store write (each graph stays atomic; a batch bounds the memory)."""

ProgressCallback = Callable[[int, int], None]
"""Called after each batch with (graphs rewritten, graphs to rewrite)."""


def marker_path(store_path: Path) -> Path:
    """Where the id scheme of the store at `store_path` is recorded: beside it."""
    return store_path.with_name(store_path.name + MARKER_SUFFIX)


def read_marker(path: Path) -> int | None:
    """The id scheme recorded at `path`; None when there is no (readable) record."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        scheme = data["id_scheme"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return scheme if isinstance(scheme, int) else None


def write_marker(path: Path, scheme: int) -> None:
    """Record the id scheme at `path` (written whole: temporary file, fsync, rename)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump({"id_scheme": scheme}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def renamed_iri(entity_iri: str, label: str) -> str | None:
    """The scheme-2 IRI of an entity IRI minted by scheme 1 from `label`; None when the IRI
    was not minted from that label by scheme 1, or both schemes mint the same IRI.

    >>> renamed_iri("https://x.org/id/entity/rsted", "Ørsted")
    'https://x.org/id/entity/orsted'
    >>> renamed_iri("https://x.org/id/entity/societe-generale", "Société Générale") is None
    True
    """
    old = legacy_slugify(label)
    if not entity_iri.endswith(_ENTITY + old):
        return None
    new = slugify(label)
    if new == old:
        return None
    return entity_iri[: len(entity_iri) - len(old)] + new


def _legacy_rows(store: IndexedStore) -> Iterator[tuple[str, str, str]]:
    """(graph, old entity IRI, new entity IRI) for each scheme-1 label found."""
    result = store.query(NON_ASCII_LABELS, union_default_graph=False)
    if not isinstance(result, ox.QuerySolutions):
        return
    for row in result:
        g, e, label = row["g"], row["e"], row["l"]
        if not isinstance(g, ox.NamedNode) or not isinstance(label, ox.Literal):
            continue
        assert isinstance(e, ox.NamedNode)
        new = renamed_iri(e.value, label.value)
        if new is not None:
            yield g.value, e.value, new


def has_legacy_ids(store: IndexedStore) -> bool:
    """True when some entity IRI of the store was minted by id scheme 1 and differs in
    scheme 2 (stops at the first one found)."""
    return next(_legacy_rows(store), None) is not None


_GRAPHS_USING = (
    "SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } } }"
)
"""Bind ?e: the graphs that name it as a subject or an object."""


def legacy_plan(store: IndexedStore) -> dict[str, dict[str, str]]:
    """Graph -> {old entity IRI: new entity IRI} for every graph that holds a scheme-1 id.

    A graph that names an old IRI without a label for it (a claim attributed to an outlet the
    article's entities leave out) gets the rename the other graphs' labels agree on."""
    plan: dict[str, dict[str, str]] = defaultdict(dict)
    found: dict[str, set[str]] = defaultdict(set)
    for g, old, new in _legacy_rows(store):
        plan[g][old] = new
        found[old].add(new)
    for old, news in sorted(found.items()):
        if len(news) != 1:
            continue
        result = store.query(_GRAPHS_USING, bindings={"e": ox.NamedNode(old)})
        if not isinstance(result, ox.QuerySolutions):
            continue
        for row in result:
            g = row["g"]
            if isinstance(g, ox.NamedNode):
                plan[g.value].setdefault(old, next(iter(news)))
    return dict(plan)


@dataclass
class MigrationReport:
    """What a migration did."""

    graphs: int = 0
    """Graphs rewritten."""
    renamed: dict[str, str] = field(default_factory=dict)
    """Old entity IRI -> new entity IRI."""
    merged: list[str] = field(default_factory=list)
    """New IRIs that another article already used before the migration (entities merged)."""
    ambiguous: list[tuple[str, str]] = field(default_factory=list)
    """(graph, old IRI) left as they were: the graph gives that IRI names that slug apart
    (two names one old id confused); re-ingest that article to split them."""


def rewrite_graph(
    graph: str, quads: Iterable[ox.Quad], renames: Mapping[str, str]
) -> tuple[set[ox.Quad], list[str]]:
    """The graph's quads with entity IRIs renamed, claims minted again and symmetric edges
    turned to their canonical direction, as `ontology.mapping` writes them; and the old IRIs
    left alone because the graph labels them with names that slug apart. Pure function."""
    quads = list(quads)
    labels: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        if q.predicate.value == _LABEL and isinstance(q.object, ox.Literal):
            labels[_text(q.subject)].add(q.object.value)
    ambiguous = sorted(
        old for old, new in renames.items()
        if any(_remint(old, label) != new for label in labels[old])
    )
    names = {old: ox.NamedNode(new) for old, new in renames.items() if old not in ambiguous}

    def term(t: _Term) -> _Term:
        return names.get(t.value, t) if isinstance(t, ox.NamedNode) else t

    renamed = [
        ox.Quad(term(q.subject), q.predicate, term(q.object), q.graph_name)  # type: ignore[arg-type]
        for q in quads
    ]
    touched = {n.value for n in names.values()}
    return _remint_claims(graph, renamed, touched), ambiguous


def _remint_claims(graph: str, quads: list[ox.Quad], touched: set[str]) -> set[ox.Quad]:
    """Claims that name a touched entity get their IRI, direction and edge minted again."""
    props: dict[str, dict[str, _Term]] = defaultdict(dict)
    claims = set()
    for q in quads:
        if q.predicate == _TYPE and q.object == _CLAIM:
            claims.add(_text(q.subject))
        props[_text(q.subject)][q.predicate.value] = q.object
    redo = {
        c for c in claims
        if _text(props[c].get(_SUBJECT.value, _CLAIM)) in touched
        or _text(props[c].get(_OBJECT.value, _CLAIM)) in touched
    }
    if not redo:
        return set(quads)
    claim_iris: dict[str, ox.NamedNode] = {}
    swapped: set[str] = set()
    edges: set[ox.Quad] = set()
    g = ox.NamedNode(graph)
    for c in redo:
        p = props[c]
        subj, obj, pred = p[_SUBJECT.value], p[_OBJECT.value], p[_PREDICATE.value]
        rtype = PROPERTY_RELATION[_text(pred)]
        if rtype in SYMMETRIC and _entity_id(_text(obj)) < _entity_id(_text(subj)):
            subj, obj = obj, subj
            swapped.add(c)
        status = _text(p[_STATUS.value])
        new = c[: c.rindex(_CLAIM_PATH) + len(_CLAIM_PATH)] + digest(
            graph, rtype.value, _text(subj), _text(obj),
            _text(p[_START.value]), _text(p[_END.value]), status,
        )
        claim_iris[c] = ox.NamedNode(new)
        if _asserted(status):
            edges.add(ox.Quad(subj, pred, obj, g))  # type: ignore[arg-type]
    edge_props = set(PROPERTY_RELATION)
    out: set[ox.Quad] = set(edges)
    for q in quads:
        s, o = _text(q.subject), _text(q.object)
        if q.predicate.value in edge_props and (s in touched or o in touched) \
                and s not in claims:
            continue  # an edge of a touched entity: minted again from its claims above
        if s in redo:
            pred = q.predicate
            if s in swapped and pred in (_SUBJECT, _OBJECT):
                pred = _OBJECT if pred == _SUBJECT else _SUBJECT
            q = ox.Quad(claim_iris[s], pred, q.object, q.graph_name)
        out.add(q)
    return out


def _text(term: _Term) -> str:
    """The IRI, blank node id or literal text of a term (a quoted triple: its N-Triples)."""
    return term.value if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal) else str(term)


def _remint(entity_iri: str, label: str) -> str:
    """The IRI scheme 2 mints for `label` under the same base as `entity_iri`."""
    return entity_iri[: entity_iri.rfind(_ENTITY) + len(_ENTITY)] + slugify(label)


def _entity_id(iri: str) -> str:
    return iri[iri.rfind(_ENTITY) + len(_ENTITY):]


def _asserted(status: str) -> bool:
    try:
        return Status(status).asserted
    except ValueError:
        return False


def migrate_ids(
    store: IndexedStore, *, batch: int = BATCH_GRAPHS, progress: ProgressCallback | None = None
) -> MigrationReport:
    """Rename every scheme-1 entity IRI of the store to its scheme-2 IRI (module docstring),
    then record the store as current. Idempotent and resumable: a store with nothing to
    rename is only recorded. Side effects: rewrites the affected article graphs (each one
    atomically, with the read index) and the store's scheme marker."""
    report = MigrationReport()
    plan = legacy_plan(store)
    graphs = sorted(plan)
    new_iris = {new for renames in plan.values() for new in renames.values()}
    report.merged = sorted(_already_used(store, new_iris))
    for start in range(0, len(graphs), batch):
        rewritten: dict[str, set[ox.Quad]] = {}
        for graph in graphs[start : start + batch]:
            quads, ambiguous = rewrite_graph(graph, store.graph_quads(graph), plan[graph])
            rewritten[graph] = quads
            report.ambiguous.extend((graph, old) for old in ambiguous)
            report.renamed.update(
                (old, new) for old, new in plan[graph].items() if old not in ambiguous
            )
        store.rewrite_graphs(rewritten)
        report.graphs += len(rewritten)
        log.info("id migration: %d/%d graphs rewritten", report.graphs, len(graphs))
        if progress:
            progress(report.graphs, len(graphs))
    store.record_id_scheme(ID_SCHEME)
    return report


_USED = "ASK { GRAPH ?g { ?e ?p ?o } }"


def _already_used(store: IndexedStore, iris: Iterable[str]) -> Iterator[str]:
    for iri in sorted(iris):
        answer = store.query(_USED, bindings={"e": ox.NamedNode(iri)})
        if isinstance(answer, ox.QueryBoolean) and answer:
            yield iri

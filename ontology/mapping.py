"""Map an extraction to RDF quads in the article's named graph.

Everything an article contributes (its metadata, the entities it mentions with their names and
aliases, its claims and the edges they assert) lives in one graph named by the article IRI, so
replacing or deleting the article replaces or deletes exactly that.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace

from ontology.iris import Iris, slugify
from ontology.records import ARTICLE_SOURCE, Entity, EntityType, Extraction, Relation, RelationType
from ontology.terms import IKG, SCHEMA
from ontology.vocabulary import ENTITY_CLASS, RELATION_PROPERTY, SYMMETRIC

_Term = ox.NamedNode | ox.BlankNode | ox.Literal


@cache  # the same few ontology terms make most quads: build each NamedNode once
def _n(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


class _Terms:
    """The terms of a namespace as pyoxigraph nodes, each resolved once.

    Attribute access on an rdflib namespace checks (or builds) the term each time,
    which was a fifth of the mapping's cost; here the first access stores the node.
    """

    def __init__(self, namespace: type[DefinedNamespace] | Namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, node)
        return node


_IKG, _SCHEMA, _XSD = _Terms(IKG), _Terms(SCHEMA), _Terms(XSD)
_TYPE = _n(RDF.type)
_LABEL = _n(RDFS.label)
_ALT = _n(SKOS.altLabel)


def _lit(
    value: object, datatype: ox.NamedNode | None = None, language: str | None = None
) -> ox.Literal:
    if language:
        return ox.Literal(str(value), language=language)
    if datatype:
        return ox.Literal(str(value), datatype=datatype)
    return ox.Literal(str(value))


def publisher_entity(name: str) -> Entity:
    """The entity for an article's own publisher, as named in its metadata."""
    return Entity(id=slugify(name), name=name, type=EntityType.PUBLISHER)


def article_quads(extraction: Extraction, iris: Iris) -> list[ox.Quad]:
    """All quads of the extraction's article graph (graph name = article IRI)."""
    article = extraction.article
    a_iri = iris.article(article.key)
    g = ox.NamedNode(a_iri)
    triples = list(_article_triples(extraction, iris, a_iri))
    return [ox.Quad(s, p, o, g) for s, p, o in triples]


def _article_triples(
    extraction: Extraction, iris: Iris, a_iri: str
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, _Term]]:
    article = extraction.article
    a = ox.NamedNode(a_iri)
    lang = extraction.language or None
    yield a, _TYPE, _IKG.Article
    yield a, _IKG.sha256, _lit(article.sha256)
    yield a, _SCHEMA.articleBody, _lit(article.text, language=lang)
    if lang:
        yield a, _SCHEMA.inLanguage, _lit(lang)
    if article.title:
        yield a, _SCHEMA.headline, _lit(article.title, language=lang)
        yield a, _LABEL, _lit(article.title, language=lang)
    if article.date:
        yield a, _SCHEMA.datePublished, _lit(article.date.isoformat(), _XSD.date)
    if article.url:
        yield a, _SCHEMA.url, _lit(article.url, _XSD.anyURI)
    if article.source:
        yield a, _IKG.sourceFile, _lit(article.source)
    if article.publisher:
        pub = publisher_entity(article.publisher)
        yield a, _SCHEMA.publisher, ox.NamedNode(iris.entity(pub.id))
        yield from _entity_triples(pub, iris)

    for entity in extraction.entities:
        yield from _entity_triples(entity, iris)
        yield a, _IKG.mentions, ox.NamedNode(iris.entity(entity.id))

    for relation in extraction.relations:
        yield from _relation_triples(relation, extraction, iris, a_iri)


def _entity_triples(
    entity: Entity, iris: Iris
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, _Term]]:
    e = ox.NamedNode(iris.entity(entity.id))
    yield e, _TYPE, _n(ENTITY_CLASS[entity.type])
    yield e, _LABEL, _lit(entity.name)
    for alias in entity.aliases:
        if alias != entity.name:
            yield e, _ALT, _lit(alias)
    for scheme, value in entity.identifiers:
        if scheme == "ticker":
            yield e, _IKG.ticker, _lit(value)
        elif scheme == "wikidata":
            yield e, _IKG.wikidata, _lit(value)


def _relation_triples(
    relation: Relation, extraction: Extraction, iris: Iris, a_iri: str
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, _Term]]:
    rtype, source, target = relation.type, relation.source, relation.target
    if rtype is RelationType.CUSTOMER_OF:  # stored in one direction: supplier supplies customer
        rtype, source, target = RelationType.SUPPLIES, target, source
    if rtype in SYMMETRIC and target < source:  # one canonical direction for symmetric edges
        source, target = target, source
    prop = _n(RELATION_PROPERTY[rtype])
    subj = ox.NamedNode(a_iri if source == ARTICLE_SOURCE else iris.entity(source))
    obj = ox.NamedNode(iris.entity(target))
    claim = ox.NamedNode(
        iris.claim(
            a_iri,
            rtype.value,
            subj.value,
            obj.value,
            str(relation.start),
            str(relation.end),
            relation.status.value,
        )
    )
    lang = extraction.language or None
    yield claim, _TYPE, _IKG.Claim
    yield claim, _IKG.subject, subj
    yield claim, _IKG.predicate, prop
    yield claim, _IKG.object, obj
    yield claim, _IKG.status, _lit(relation.status.value)
    yield claim, _IKG.article, ox.NamedNode(a_iri)
    yield claim, _IKG.evidence, _lit(relation.evidence, language=lang)
    yield claim, _IKG.evidenceStart, _lit(relation.start, _XSD.integer)
    yield claim, _IKG.evidenceEnd, _lit(relation.end, _XSD.integer)
    yield claim, _IKG.extractor, _lit(extraction.extractor)
    if relation.role:
        yield claim, _IKG.role, _lit(relation.role)
    if relation.amount:
        yield claim, _IKG.amount, _lit(_decimal(relation.amount.value), _XSD.decimal)
        yield claim, _IKG.currency, _lit(relation.amount.currency)
        yield claim, _IKG.amountBound, _lit(relation.amount.bound)
    if relation.event_date:
        yield claim, _IKG.eventDate, _lit(relation.event_date.isoformat(), _XSD.date)
    if relation.attributed_to:
        yield claim, _IKG.attributedTo, ox.NamedNode(iris.entity(relation.attributed_to))
    if relation.status.asserted:
        yield subj, prop, obj


def _decimal(value: float) -> str:
    """The xsd:decimal lexical form Oxigraph stores (no exponent, no trailing zeros or dot),
    so a re-ingest compares equal to what is stored.

    >>> _decimal(1e11), _decimal(2.5), _decimal(0.1)
    ('100000000000', '2.5', '0.1')
    """
    return f"{value:.6f}".rstrip("0").rstrip(".")

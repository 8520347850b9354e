"""The networkx view of the store: entities as nodes, business relationships as edges.

Built from `graph.projection` only, so an edge here is the same edge (same status, claims,
dates, outlets) as in REST, SPARQL and Neo4j. Nodes are keyed by entity IRI and carry `id`,
`name` and `type`; edges are keyed by relation type (one edge per (source, type, target)).
REPORTED_BY edges (article -> outlet) are left out: they link documents, not businesses.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.projection import EdgeRow, EntityRow, Projection
from ontology.records import RelationType


def node_id(iri: str) -> str:
    """The short id of an entity or article IRI: its last path segment.

    >>> node_id("https://industry-kg.org/id/entity/openai")
    'openai'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def edge_attributes(edge: EdgeRow) -> dict[str, object]:
    """The attributes an edge carries in the networkx view."""
    return {
        "type": edge.type.value,
        "status": edge.status,
        "statuses": edge.statuses,
        "asserted": edge.asserted,
        "claims": len(edge.claims),
        "articles": len(edge.articles),
        "first_reported": edge.first_reported,
        "last_reported": edge.last_reported,
        "outlets": edge.outlets,
    }


def build_graph(entities: Iterable[EntityRow], edges: Iterable[EdgeRow]) -> nx.MultiDiGraph:
    """A MultiDiGraph of entities and the business edges between them (no side effects).

    >>> from ontology.records import EntityType
    >>> a = EntityRow("x:/entity/a", "A", EntityType.COMPANY, (EntityType.COMPANY,))
    >>> g = build_graph([a], [])
    >>> dict(g.nodes["x:/entity/a"])
    {'id': 'a', 'name': 'A', 'type': 'Company'}
    """
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    known = set()
    for entity in entities:
        known.add(entity.iri)
        graph.add_node(entity.iri, id=node_id(entity.iri), name=entity.name, type=entity.type.value)
    for edge in edges:
        if edge.type is RelationType.REPORTED_BY:
            continue
        if edge.source not in known or edge.target not in known:
            continue  # an edge to something that is not an entity (should not happen)
        graph.add_edge(edge.source, edge.target, key=edge.type.value, **edge_attributes(edge))
    return graph


def graph_of(projection: Projection) -> nx.MultiDiGraph:
    """The networkx view of a whole projection."""
    return build_graph(projection.entities.values(), projection.edges)

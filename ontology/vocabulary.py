"""The mapping between relation types, ontology properties and Neo4j names, in one place."""

from __future__ import annotations

from rdflib.term import URIRef

from ontology.records import EntityType, RelationType
from ontology.terms import IKG

RELATION_PROPERTY: dict[RelationType, URIRef] = {
    RelationType.INVESTS_IN: IKG.investsIn,
    RelationType.SUPPLIES: IKG.supplies,
    RelationType.CUSTOMER_OF: IKG.customerOf,
    RelationType.PARTNERS_WITH: IKG.partnersWith,
    RelationType.COMPETES_WITH: IKG.competesWith,
    RelationType.ACQUIRES: IKG.acquires,
    RelationType.EXECUTIVE_OF: IKG.executiveOf,
    RelationType.REPORTED_BY: IKG.reportedBy,
}
"""Relation type -> ontology property. CUSTOMER_OF is stored as reversed SUPPLIES."""

PROPERTY_RELATION: dict[str, RelationType] = {str(p): t for t, p in RELATION_PROPERTY.items()}

SYMMETRIC: frozenset[RelationType] = frozenset(
    {RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH}
)

BUSINESS_RELATIONS: tuple[RelationType, ...] = (
    RelationType.INVESTS_IN,
    RelationType.SUPPLIES,
    RelationType.PARTNERS_WITH,
    RelationType.COMPETES_WITH,
    RelationType.ACQUIRES,
    RelationType.EXECUTIVE_OF,
)
"""Relation types stored as edges between entities (CUSTOMER_OF is folded into SUPPLIES)."""

ENTITY_CLASS: dict[EntityType, URIRef] = {
    EntityType.ORGANIZATION: IKG.Organization,
    EntityType.COMPANY: IKG.Company,
    EntityType.PUBLISHER: IKG.Publisher,
    EntityType.REGULATOR: IKG.Regulator,
    EntityType.PERSON: IKG.Person,
}

CLASS_ENTITY: dict[str, EntityType] = {str(c): t for t, c in ENTITY_CLASS.items()}

NEO4J_LABELS: dict[EntityType, tuple[str, ...]] = {
    EntityType.ORGANIZATION: ("Organization",),
    EntityType.COMPANY: ("Organization", "Company"),
    EntityType.PUBLISHER: ("Organization", "Publisher"),
    EntityType.REGULATOR: ("Organization", "Regulator"),
    EntityType.PERSON: ("Person",),
}
"""Entity type -> Neo4j labels (Company nodes are also Organization nodes)."""

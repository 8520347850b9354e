"""All Cypher text of the project, in one place. Values are bound (`$rows`, `$iri`), never
formatted in.

Labels and relationship types cannot be Cypher parameters, so the write queries are built per
label / type by the functions below; each one accepts only names from the closed sets of the
ontology mapping (`NODE_LABELS`, `REL_TYPES`) and raises ValueError for anything else, so no
request or article text can ever reach the query text.

Every query here runs on Neo4j 4.4 and 5.x: `IF NOT EXISTS`, `FOR ... REQUIRE`, no
`elementId`, no `CALL { } IN TRANSACTIONS`, `IS NOT NULL` rather than `exists()`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ontology.vocabulary import BUSINESS_RELATIONS, NEO4J_LABELS

KEY_LABELS: tuple[str, ...] = ("Organization", "Person", "Article", "Claim")
"""Labels that carry the unique `iri` key: every node synced by ikg has exactly one of them
as its key label (an entity of both kinds is matched as an Organization)."""

NODE_LABELS: frozenset[str] = frozenset(
    {label for labels in NEO4J_LABELS.values() for label in labels} | set(KEY_LABELS)
)
"""Every label ikg writes (and may remove when an entity's types change)."""

CLAIM_LINKS: tuple[str, ...] = ("SUBJECT", "OBJECT", "IN_ARTICLE", "ATTRIBUTED_TO")
"""(:Claim)-[...]->(node): what a claim is about, where it was read, whom it is attributed to."""

REL_TYPES: frozenset[str] = frozenset(
    {t.value for t in BUSINESS_RELATIONS}
    | {"REPORTED_BY", "PUBLISHED_BY", "MENTIONS"}
    | set(CLAIM_LINKS)
)
"""Every relationship type ikg writes."""


def _label(name: str) -> str:
    if name not in NODE_LABELS:
        raise ValueError(f"not a label of the ikg mapping: {name!r}")
    return f"`{name}`"


def _labels(names: Iterable[str]) -> str:
    return ":".join(_label(n) for n in names)


def _rel_type(name: str) -> str:
    if name not in REL_TYPES:
        raise ValueError(f"not a relationship type of the ikg mapping: {name!r}")
    return f"`{name}`"


# --------------------------------------------------------------------------- schema


def constraint_statements() -> list[str]:
    """One uniqueness constraint on `iri` per key label (idempotent: IF NOT EXISTS)."""
    return [
        f"CREATE CONSTRAINT ikg_{label.lower()}_iri IF NOT EXISTS "
        f"FOR (n:{_label(label)}) REQUIRE n.iri IS UNIQUE"
        for label in KEY_LABELS
    ]


CONSTRAINT_NAMES = "SHOW CONSTRAINTS YIELD name RETURN name"
"""Names of the constraints that exist."""


# --------------------------------------------------------------------------- nodes


def create_nodes(labels: tuple[str, ...]) -> str:
    """Create nodes known to be new ($rows: [{iri, props}])."""
    return (
        f"UNWIND $rows AS row CREATE (n:{_labels(labels)}) SET n = row.props "
        "RETURN count(n) AS n"
    )


def update_nodes(key_label: str, labels: tuple[str, ...]) -> str:
    """Replace the properties and labels of existing nodes ($rows: [{iri, props}]).

    `key_label` is the node's key label as it is in Neo4j now; labels of the mapping that
    the node no longer has are removed.
    """
    stale = sorted(NODE_LABELS - set(labels))
    remove = f" REMOVE n:{_labels(stale)}" if stale else ""
    return (
        f"UNWIND $rows AS row MATCH (n:{_label(key_label)} {{iri: row.iri}}) "
        f"SET n = row.props{remove} SET n:{_labels(labels)} RETURN count(n) AS n"
    )


def delete_nodes(key_label: str) -> str:
    """Delete nodes and whatever relationships they still have ($rows: [iri])."""
    return (
        f"UNWIND $rows AS iri MATCH (n:{_label(key_label)} {{iri: iri}}) "
        "DETACH DELETE n RETURN count(*) AS n"
    )


# --------------------------------------------------------------------------- relationships


def create_rels(rel_type: str, source_label: str, target_label: str) -> str:
    """Create relationships known to be new; endpoints must exist.

    $rows is grouped by source, `[{s, rels: [{t, props}]}]`: one index seek per source
    rather than one per relationship (about 1.5x faster than flat rows, see BENCHMARKS.md).
    """
    return (
        f"UNWIND $rows AS g MATCH (a:{_label(source_label)} {{iri: g.s}}) "
        f"UNWIND g.rels AS row MATCH (b:{_label(target_label)} {{iri: row.t}}) "
        f"CREATE (a)-[r:{_rel_type(rel_type)}]->(b) SET r = row.props RETURN count(r) AS n"
    )


def update_rels(rel_type: str, source_label: str, target_label: str) -> str:
    """Replace the properties of existing relationships ($rows grouped as in `create_rels`)."""
    return (
        f"UNWIND $rows AS g MATCH (a:{_label(source_label)} {{iri: g.s}}) "
        f"UNWIND g.rels AS row "
        f"MATCH (a)-[r:{_rel_type(rel_type)}]->(b:{_label(target_label)} {{iri: row.t}}) "
        "SET r = row.props RETURN count(r) AS n"
    )


def merge_one_rel(rel_type: str, source_label: str, target_label: str) -> str:
    """One relationship per query ($s, $t, $props): the slow baseline of the benchmark."""
    return (
        f"MATCH (a:{_label(source_label)} {{iri: $s}}) "
        f"MATCH (b:{_label(target_label)} {{iri: $t}}) "
        f"MERGE (a)-[r:{_rel_type(rel_type)}]->(b) SET r = $props"
    )


def delete_rels(rel_type: str, source_label: str, target_label: str) -> str:
    """Delete relationships by key, every copy of them ($rows: [{s, t}])."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{_label(source_label)} {{iri: row.s}})"
        f"-[r:{_rel_type(rel_type)}]->(b:{_label(target_label)} {{iri: row.t}}) "
        "DELETE r RETURN count(*) AS n"
    )


# --------------------------------------------------------------------------- reading back


def count_nodes(label: str) -> str:
    """How many nodes have this label (answered from the count store)."""
    return f"MATCH (n:{_label(label)}) RETURN count(n) AS n"


def count_rels(rel_type: str) -> str:
    """How many relationships have this type (answered from the count store)."""
    return f"MATCH ()-[r:{_rel_type(rel_type)}]->() RETURN count(r) AS n"


def read_nodes(key_label: str) -> str:
    """Every node with this key label: iri, labels, properties."""
    return (
        f"MATCH (n:{_label(key_label)}) WHERE n.iri IS NOT NULL "
        "RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS props"
    )


def read_rels(rel_type: str) -> str:
    """Every relationship of this type between keyed nodes: type, endpoints, properties."""
    return (
        f"MATCH (a)-[r:{_rel_type(rel_type)}]->(b) "
        "WHERE a.iri IS NOT NULL AND b.iri IS NOT NULL "
        "RETURN a.iri AS s, b.iri AS t, properties(r) AS props"
    )


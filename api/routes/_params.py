"""Shared parameter parsing and JSON responses of the REST routes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Response

from api.errors import ApiError
from api.readmodel.model import dumps
from ontology.records import RelationType, Status

RELATION_NAMES = ", ".join(t.value for t in RelationType)
STATUS_NAMES = ", ".join(s.value for s in Status)


Compact = Annotated[
    bool,
    Query(
        description="Edges with only the fields a drawing needs (id, source, target, type, "
        "status, statuses, claims, articles, first_reported, last_reported, asserted) and "
        "nodes without `iri`: about half the bytes."
    ),
]
"""The `compact` option of the subgraph routes (see `ReadModel.subgraph_json`)."""

MaxEdges = Annotated[
    int | None,
    Query(
        ge=1,
        le=100_000,
        description="At most this many edges: first one edge linking each entity to the "
        "one nearer the centre that brought it in (kept even beyond the cap), then the "
        "strongest (most articles, then most recently reported, then most claims). The "
        "number of edges before the cut is then in `edges_total`. Without it, every edge "
        "among the entities.",
        examples=[300],
    ),
]
"""The `max_edges` option of the subgraph routes (see `api.readmodel.strongest`)."""


class JSONText(Response):
    """A JSON response whose body is already serialized."""

    media_type = "application/json"


def json_response(obj: Any) -> JSONText:
    """Serialize once (dates as ISO strings) and answer."""
    return JSONText(dumps(obj))


def relation_types(value: str | None, *, name: str = "types") -> set[RelationType] | None:
    """Comma-separated relation types (case-insensitive), or None when not given."""
    if value is None or not value.strip():
        return None
    out = set()
    for part in value.split(","):
        key = part.strip().upper()
        if not key:
            continue
        try:
            out.add(RelationType(key))
        except ValueError:
            raise ApiError(
                422,
                f"Unknown relationship type {part.strip()!r} in {name}; use {RELATION_NAMES}.",
                "unprocessable_entity",
            ) from None
    return out or None


def statuses(value: str | None) -> set[str] | None:
    """Comma-separated claim statuses, or None when not given."""
    if value is None or not value.strip():
        return None
    out = set()
    for part in value.split(","):
        key = part.strip().lower()
        if not key:
            continue
        try:
            out.add(Status(key).value)
        except ValueError:
            raise ApiError(
                422,
                f"Unknown status {part.strip()!r}; use {STATUS_NAMES}.",
                "unprocessable_entity",
            ) from None
    return out or None


def folded_types(types: set[RelationType] | None) -> set[str] | None:
    """Relation type names as stored (CUSTOMER_OF is stored as SUPPLIES)."""
    if types is None:
        return None
    return {
        RelationType.SUPPLIES.value if t is RelationType.CUSTOMER_OF else t.value for t in types
    }

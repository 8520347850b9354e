"""REST: relationships (edges with provenance), listed or one by one."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import ReadsDep
from api.errors import error_responses
from api.routes import _examples as ex
from api.routes._params import JSONText, folded_types, relation_types, statuses
from api.schemas import Relationship, RelationshipPage
from ontology.records import RelationType

router = APIRouter(tags=["relationships"], responses=error_responses(404, 422))


@router.get(
    "/relationships",
    summary="List relationships (paginated, filtered)",
    response_model=RelationshipPage,
    responses={200: {"content": {"application/json": {"example": ex.RELATIONSHIP_PAGE}}}},
)
def list_relationships(
    reads: ReadsDep,
    type: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Relationship type(s), comma-separated (CUSTOMER_OF means SUPPLIES).",
            openapi_examples={"investments": {"value": "INVESTS_IN"}},
        ),
    ] = None,
    status: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only edges with a claim of one of these statuses (comma-separated).",
            openapi_examples={"denied": {"value": "denied"}},
        ),
    ] = None,
    since: Annotated[date | None, Query(description="Last reported on or after.")] = None,
    until: Annotated[date | None, Query(description="First reported on or before.")] = None,
    asserted: Annotated[
        bool | None,
        Query(description="true: edges some article asserts; false: only denied/rumoured ones."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSONText:
    """Relationships in a stable order (source, type, target), with full provenance."""
    types = folded_types(relation_types(type, name="type"))
    return JSONText(
        reads.relationships(types, statuses(status), since, until, asserted, limit, offset)
    )


@router.get(
    "/relationships/{source_id}/{type}/{target_id}",
    summary="One relationship with full provenance",
    response_model=Relationship,
    responses={200: {"content": {"application/json": {"example": ex.RELATIONSHIP}}}},
)
def get_relationship(
    reads: ReadsDep,
    source_id: Annotated[str, Path(examples=["nvidia"], max_length=200)],
    type: Annotated[
        RelationType, Path(description="CUSTOMER_OF finds the SUPPLIES edge the other way round.")
    ],
    target_id: Annotated[str, Path(examples=["openai"], max_length=200)],
) -> JSONText:
    """The edge `source -type-> target` (symmetric types in either order) and every claim
    that supports or disputes it: evidence with offsets, status, article, outlet. Read from
    the store's indexes: up to date as soon as an article is stored."""
    return JSONText(reads.relationship(source_id, type, target_id))

"""REST: entities, their relationships, neighbourhoods and upstream exposure."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api.deps import ReadsDep
from api.errors import error_responses
from api.readmodel.model import edge_filter
from api.readmodel.reads import MAX_PAGE
from api.routes import _examples as ex
from api.routes._params import (
    Compact,
    JSONText,
    MaxEdges,
    folded_types,
    relation_types,
    statuses,
)
from api.schemas import (
    CompactSubgraph,
    EntityDetail,
    EntityPage,
    ExposureOut,
    RelationshipList,
    Subgraph,
)

router = APIRouter(tags=["entities"], responses=error_responses(404, 422))


class EntityTypeName(StrEnum):
    """Entity types accepted by the `type` filter (Organization includes its kinds)."""

    COMPANY = "Company"
    PERSON = "Person"
    PUBLISHER = "Publisher"
    ORGANIZATION = "Organization"
    REGULATOR = "Regulator"


EntityId = Annotated[
    str,
    Path(
        description="The entity id: the slug at the end of its IRI.",
        examples=["nvidia"],
        min_length=1,
        max_length=200,
    ),
]


@router.get(
    "/entities",
    summary="Search entities by name or alias",
    response_model=EntityPage,
    responses={200: {"content": {"application/json": {"example": ex.ENTITY_PAGE}}}},
)
def search_entities(
    reads: ReadsDep,
    q: Annotated[
        str,
        Query(
            max_length=200,
            description="Text to find in names and aliases "
            "(case- and accent-insensitive; exact and prefix matches first, "
            "then fuzzy ones). Empty: every entity, most connected first.",
            openapi_examples={
                "name": {"value": "nvidia"},
                "accents": {"value": "societe generale"},
            },
        ),
    ] = "",
    type: Annotated[EntityTypeName | None, Query(description="Only entities of this type.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> JSONText:
    """Entities whose name or alias matches `q`, best matches first."""
    return JSONText(reads.search(q, type.value if type else None, limit, offset))


@router.get(
    "/entities/{id}",
    summary="One entity",
    response_model=EntityDetail,
    responses={200: {"content": {"application/json": {"example": ex.ENTITY_DETAIL}}}},
)
def get_entity(reads: ReadsDep, id: EntityId) -> JSONText:
    """An entity: names, types, aliases, identifiers, number of relationships and articles.
    Up to date as soon as an article is stored."""
    return JSONText(reads.entity_detail(id))


@router.get(
    "/entities/{id}/relationships",
    summary="Relationships of an entity, with provenance",
    response_model=RelationshipList,
    responses={
        200: {"content": {"application/json": {"example": ex.RELATIONSHIP_LIST}}},
        **error_responses(400),
    },
)
def entity_relationships(
    reads: ReadsDep,
    id: EntityId,
    type: Annotated[
        str | None,
        Query(
            description="Relationship type(s), comma-separated. CUSTOMER_OF reads SUPPLIES "
            "backwards: customers of X are `type=SUPPLIES&direction=out` (or CUSTOMER_OF&in), "
            "suppliers of X are `type=SUPPLIES&direction=in` (or CUSTOMER_OF&out).",
            max_length=300,
            openapi_examples={
                "customers": {"value": "SUPPLIES"},
                "investments": {"value": "INVESTS_IN"},
            },
        ),
    ] = None,
    direction: Annotated[
        Literal["out", "in", "both"],
        Query(
            description="out: the entity is the source; in: the target. Symmetric types "
            "(PARTNERS_WITH, COMPETES_WITH) match either way."
        ),
    ] = "both",
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE, description="Most relationships in this page.")
    ] = 200,
    cursor: Annotated[
        str | None,
        Query(max_length=100, description="`next_cursor` of the previous page."),
    ] = None,
) -> JSONText:
    """The relationships at the entity (optionally one type and direction), with each
    claim's evidence, article and outlet, a page at a time: ordered by type, direction and
    the other entity's id; `total` counts them all, `next_cursor` asks for the next page
    (null on the last). Up to date as soon as an article is stored; a hub with thousands
    of edges costs what its page costs."""
    types = relation_types(type, name="type")
    return JSONText(reads.relationships_page(id, types, direction, limit, cursor))


@router.get(
    "/entities/{id}/neighbourhood",
    summary="The entities around one entity (subgraph)",
    response_model=Subgraph | CompactSubgraph,
    responses={200: {"content": {"application/json": {"example": ex.SUBGRAPH}}}},
)
def entity_neighbourhood(
    reads: ReadsDep,
    id: EntityId,
    depth: Annotated[int, Query(ge=1, le=4, description="Hops from the entity.")] = 1,
    types: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only these relationship types (comma-separated).",
            openapi_examples={"money": {"value": "INVESTS_IN,SUPPLIES"}},
        ),
    ] = None,
    status: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only edges with a claim of one of these statuses (comma-separated).",
            openapi_examples={"firm": {"value": "planned,completed"}},
        ),
    ] = None,
    since: Annotated[date | None, Query(description="Only edges reported on or after.")] = None,
    until: Annotated[date | None, Query(description="Only edges reported on or before.")] = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="Most nodes returned.")] = 200,
    compact: Compact = False,
    max_edges: MaxEdges = None,
) -> JSONText:
    """Nodes within `depth` hops (nearest, then most connected, first) and the edges among
    them that pass the filters (the strongest `max_edges` of them when given). Node
    `degree` counts all the entity's relationships."""
    keep = edge_filter(
        types=folded_types(relation_types(types)),
        statuses=statuses(status),
        since=since,
        until=until,
    )
    return JSONText(
        reads.neighbourhood_json(id, depth, limit, keep, compact=compact, max_edges=max_edges)
    )


@router.get(
    "/entities/{id}/exposure",
    summary="Upstream exposure: suppliers, suppliers of suppliers...",
    response_model=ExposureOut,
    responses={
        200: {"content": {"application/json": {"example": ex.EXPOSURE}}},
        **error_responses(503),
    },
)
def entity_exposure(
    reads: ReadsDep,
    id: EntityId,
    hops: Annotated[int, Query(ge=1, le=6, description="How far up the supply chain.")] = 2,
    limit: Annotated[int, Query(ge=1, le=1000, description="Most suppliers returned.")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSONText:
    """The entities that supply this one within `hops` SUPPLIES steps (asserted edges),
    nearest first (a page of them: `total` counts them all), each with one shortest supply
    path ending at this entity. Walked on the whole graph as last loaded (`as_of` says when;
    reloaded in the background after writes)."""
    return JSONText(reads.exposure(id, hops, limit, offset))

"""REST: the graph as a whole: most connected entities, paths, centrality."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import ReadsDep
from api.errors import error_responses
from api.routes import _examples as ex
from api.routes._params import Compact, JSONText, MaxEdges
from api.schemas import CentralityOut, CompactSubgraph, PathList, Subgraph

router = APIRouter(tags=["graph"], responses=error_responses(422))


@router.get(
    "/graph/top",
    summary="The most connected entities and the edges among them",
    response_model=Subgraph | CompactSubgraph,
    responses={200: {"content": {"application/json": {"example": ex.SUBGRAPH}}}},
)
def graph_top(
    reads: ReadsDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="How many entities.")] = 30,
    compact: Compact = False,
    max_edges: MaxEdges = None,
) -> JSONText:
    """The `limit` entities with the most relationships, and every edge among them (the
    strongest `max_edges` of them when given)."""
    return JSONText(reads.top(limit, compact=compact, max_edges=max_edges))


@router.get(
    "/paths",
    summary="Shortest paths between two entities",
    response_model=PathList,
    responses={
        200: {"content": {"application/json": {"example": ex.PATHS}}},
        **error_responses(404, 503),
    },
)
def paths(
    reads: ReadsDep,
    source: Annotated[
        str, Query(min_length=1, max_length=200, description="Entity id.", examples=["nvidia"])
    ],
    target: Annotated[
        str, Query(min_length=1, max_length=200, description="Entity id.", examples=["openai"])
    ],
    max_hops: Annotated[int, Query(ge=1, le=6, description="Longest path considered.")] = 4,
    limit: Annotated[int, Query(ge=1, le=50, description="Most paths returned.")] = 10,
) -> JSONText:
    """The shortest paths (relationships followed in either direction, asserted ones only),
    none when the entities are more than `max_hops` apart. Each path lists its nodes in
    order and every relationship linking two consecutive nodes. Walked on the whole graph as
    last loaded (`as_of` says when; reloaded in the background after writes)."""
    return JSONText(reads.paths(source, target, max_hops, limit))


@router.get(
    "/analytics/centrality",
    summary="The most central entities",
    response_model=CentralityOut,
    responses={
        200: {"content": {"application/json": {"example": ex.CENTRALITY}}},
        **error_responses(503),
    },
)
def centrality(
    reads: ReadsDep,
    measure: Annotated[
        Literal["degree", "pagerank", "betweenness"],
        Query(
            description="degree: share of other entities linked; pagerank: rank flowing along "
            "edges (towards investees, customers, acquired companies); betweenness: how often "
            "an entity lies on shortest paths (estimated from a sample on large graphs)."
        ),
    ] = "degree",
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> JSONText:
    """Entities ranked by a centrality measure over the asserted relationships. On a large
    graph the ranking is computed in the background: the answer is the latest one, with
    `as_of` saying how old it is (503 with Retry-After before the first one is ready)."""
    return JSONText(reads.centrality(measure, limit))

"""REST: the graph as a whole: most connected entities, paths, centrality."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import ReadModelDep, ServicesDep
from api.errors import ApiError, error_responses
from api.readmodel.background import Pending
from api.routes import _examples as ex
from api.routes._params import Compact, JSONText, json_response
from api.schemas import CentralityOut, CompactSubgraph, PathList, Subgraph
from graph import analytics

router = APIRouter(tags=["graph"], responses=error_responses(422))


@router.get(
    "/graph/top",
    summary="The most connected entities and the edges among them",
    response_model=Subgraph | CompactSubgraph,
    responses={200: {"content": {"application/json": {"example": ex.SUBGRAPH}}}},
)
def graph_top(
    model: ReadModelDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="How many entities.")] = 30,
    compact: Compact = False,
) -> JSONText:
    """The `limit` entities with the most relationships, and every edge among them."""
    sub = analytics.top_connected(model.graph, limit)
    nodes = sorted(sub.nodes, key=lambda n: (-model.degree.get(n, 0), str(n)))
    edges = [model.edge_row(u, v, k) for u, v, k in sorted(sub.edges(keys=True))]
    return JSONText(model.subgraph_json(nodes, edges, compact=compact))


@router.get(
    "/paths",
    summary="Shortest paths between two entities",
    response_model=PathList,
    responses={
        200: {"content": {"application/json": {"example": ex.PATHS}}},
        **error_responses(404),
    },
)
def paths(
    model: ReadModelDep,
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
    order and every relationship linking two consecutive nodes."""
    a, b = model.entity(source), model.entity(target)
    found = analytics.shortest_paths(model.asserted, a.iri, b.iri, max_hops=max_hops, limit=limit)
    out = []
    for path in found:
        edges = [
            model.edge_dict(model.edge_row(u, v, k))
            for x, y in zip(path, path[1:], strict=False)
            for u, v, k in analytics.edges_between(model.asserted, x, y)
        ]
        out.append(
            {
                "hops": len(path) - 1,
                "nodes": [model.graph_node(str(n)) for n in path],
                "edges": edges,
            }
        )
    return json_response(
        {
            "source": model.graph_node(a.iri)["id"],
            "target": model.graph_node(b.iri)["id"],
            "max_hops": max_hops,
            "paths": out,
        }
    )


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
    model: ReadModelDep,
    services: ServicesDep,
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
    try:
        computed = services.analytics.get(
            ("centrality", measure, limit), model, lambda m: m.centrality(measure, limit)
        )
    except Pending as pending:
        raise ApiError(
            503,
            f"The {measure} ranking of this graph is being computed in the background; retry "
            f"in about {pending.retry_after} s.",
            "computing",
            headers={"Retry-After": str(pending.retry_after)},
        ) from None
    return json_response(
        {
            "measure": measure,
            "items": [
                {"entity": model.graph_node(str(n)), "score": round(score, 6)}
                for n, score in computed.value
            ],
            "as_of": computed.as_of(services.read_models.version),
        }
    )

"""Read-only Cypher against the configured Neo4j (the property-graph projection)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import SettingsDep
from api.errors import ApiError, error_responses
from api.routes import _examples as ex
from api.routes._params import JSONText, json_response
from api.schemas import CypherIn, CypherOut
from graph.neo4j_client import WriteRefusedError, connection_from_settings, run_read_query

router = APIRouter(tags=["cypher"])

MAX_ROWS = 10_000
"""Rows returned at most (`truncated` tells when there were more); use LIMIT and SKIP."""


@router.post(
    "/cypher",
    summary="Run a read-only Cypher query on Neo4j",
    response_model=CypherOut,
    responses={
        200: {"content": {"application/json": {"example": ex.CYPHER}}},
        **error_responses(400, 403, 422, 503),
    },
)
def cypher(body: CypherIn, settings: SettingsDep) -> JSONText:
    """Rows of a read-only Cypher query against the Neo4j projection (`ikg sync`), values
    bound from `parameters` (`$name`), at most 10,000 rows. Writes, schema changes and
    LOAD CSV are refused (403); a malformed query is a 400; 503 when no Neo4j is configured
    or reachable, or when the query runs past the time limit (IKG_SPARQL_TIMEOUT_S)."""
    if not settings.neo4j_uri:
        raise ApiError(
            503,
            "No Neo4j is configured for this server: set NEO4J_URI (and NEO4J_USER, "
            "NEO4J_PASSWORD, NEO4J_DATABASE), run `ikg sync` to project the store into it, "
            "and restart. SPARQL at /sparql and the REST routes need no Neo4j.",
            "neo4j_not_configured",
        )
    try:
        columns, rows = run_read_query(
            connection_from_settings(settings),
            body.query,
            body.parameters,
            max_rows=MAX_ROWS + 1,
            timeout_s=settings.sparql_timeout_s,
        )
    except WriteRefusedError as exc:
        raise ApiError(403, str(exc), "read_only") from None
    out: dict[str, Any] = {
        "columns": columns,
        "rows": rows[:MAX_ROWS],
        "truncated": len(rows) > MAX_ROWS,
    }
    return json_response(out)

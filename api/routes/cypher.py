"""Read-only Cypher against the configured Neo4j (the property-graph projection)."""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter

from api.deps import SettingsDep
from api.errors import ApiError, error_responses
from api.routes import _examples as ex
from api.routes._params import JSONText, json_response
from api.schemas import CypherIn, CypherOut
from api.settings import Settings

router = APIRouter(tags=["cypher"])


def _client() -> Any:
    """`graph.neo4j_client`, or None while this build has no Neo4j client module."""
    try:
        return importlib.import_module("graph.neo4j_client")
    except ModuleNotFoundError:
        return None


def _not_configured() -> ApiError:
    return ApiError(
        503,
        "No Neo4j is configured for this server: set NEO4J_URI (and NEO4J_USER, "
        "NEO4J_PASSWORD, NEO4J_DATABASE), run `ikg sync` to project the store into it, and "
        "restart. SPARQL at /sparql and the REST routes need no Neo4j.",
        "neo4j_not_configured",
    )


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
    """Rows of a read-only Cypher query, values bound from `parameters` (`$name`). Writes
    (CREATE, MERGE, SET, DELETE...) are refused with 403; 503 when no Neo4j is configured
    or reachable."""
    if not settings.neo4j_uri:
        raise _not_configured()
    client = _client()
    if client is None:
        raise _not_configured()
    return json_response(_run(client, settings, body))


def _run(client: Any, settings: Settings, body: CypherIn) -> dict[str, Any]:
    columns, rows = client.run_read_query(
        _connection(client, settings), body.query, body.parameters
    )
    return {"columns": list(columns), "rows": [dict(r) for r in rows]}


def _connection(client: Any, settings: Settings) -> Any:
    return client.connection_from_settings(settings)

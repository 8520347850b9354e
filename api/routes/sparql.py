"""The SPARQL 1.1 Protocol endpoint (query by GET; read-only)."""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response

from api.deps import StoreDep
from ontology.errors import InputError

router = APIRouter(tags=["sparql"])

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@router.get("/sparql", summary="SPARQL 1.1 query (GET)")
def sparql_get(
    request: Request,
    store: StoreDep,
    query: Annotated[str, Query(description="The SPARQL query.")],
) -> Response:
    """Run a SPARQL query over the union of the article graphs."""
    result = store.query(query)
    accept = request.headers.get("accept", "")
    if isinstance(result, ox.QueryTriples):
        media = next((m for m in _GRAPHS if m in accept), "text/turtle")
        body = ox.serialize(list(result), format=_GRAPHS[media]) or b""
        return Response(body, media_type=media)
    media = next((m for m in _RESULTS if m in accept), "application/sparql-results+json")
    if media not in _RESULTS:
        raise InputError(f"Cannot produce {accept}.")
    return Response(result.serialize(format=_RESULTS[media]) or b"", media_type=media)

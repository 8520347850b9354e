"""The store as a whole: its counts (`/stats`) and a dump of it (`/export`).

These are what `ikg stats` and `ikg export` ask a running server for, since the embedded store
can only be opened by one process at a time (`api.served`).
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, JSONResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from api.deps import ServicesDep, SettingsDep
from api.errors import ApiError, error_responses
from api.schemas import StoreStats
from graph.stats import store_stats
from graph.store import EXPORT_FORMATS

router = APIRouter(tags=["dataset"])

EXPORT_MEDIA = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


@router.get("/stats", summary="Counts of what the store holds", response_model=StoreStats)
async def stats(services: ServicesDep) -> JSONResponse:
    """Quads, article graphs, articles, entities, claims and distinct edges by type (counted
    once per store version: counting reads the whole store)."""
    version = services.version
    cached = services.stats
    if cached is None or cached[0] != version:
        counted = await run_in_threadpool(store_stats, services.store)
        cached = services.stats = (version, dataclasses.asdict(counted))
    return JSONResponse({**cached[1], "version": version})


@router.get(
    "/export",
    summary="The whole dataset in an RDF format",
    response_class=FileResponse,
    responses={
        200: {"content": {m: {"schema": {"type": "string"}} for m in EXPORT_MEDIA.values()}},
        **error_responses(400, 503),
    },
)
async def export(
    services: ServicesDep,
    settings: SettingsDep,
    format: Annotated[
        str,
        Query(
            description=f"One of: {', '.join(EXPORT_FORMATS)} (named graphs kept in "
            "TriG, N-Quads and JSON-LD)."
        ),
    ] = "trig",
) -> FileResponse:
    """The whole store, as `ikg export` writes it. One export runs at a time (503 with
    Retry-After otherwise): it reads everything."""
    if format not in EXPORT_FORMATS:
        raise ApiError(
            400, f"Unknown format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}."
        )
    if not services.export_lock.acquire(blocking=False):
        raise ApiError(
            503,
            "Another export is running; retry when it is done.",
            "busy",
            headers={"Retry-After": "10"},
        )
    try:
        fd, name = tempfile.mkstemp(prefix=".export-", suffix=".part", dir=settings.data_dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                await run_in_threadpool(services.store.export, format, fh)
        except BaseException:
            os.unlink(name)
            raise
    finally:
        services.export_lock.release()
    return FileResponse(
        name,
        media_type=EXPORT_MEDIA[format],
        filename=f"industry-kg.{format}",
        background=BackgroundTask(os.unlink, name),
    )

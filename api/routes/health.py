"""Liveness, a summary of the store, and a trivial route (the benchmark's baseline)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import ServicesDep
from api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and store size", response_model=Health)
async def health(services: ServicesDep) -> JSONResponse:
    """`{"status": "ok", "quads": N, "version": V, "read_model": {...}}` while the server and
    its store are up. `version` counts the writes made through this server since it started;
    `read_model` tells how the REST read model was last refreshed (full or incremental) and
    how long it took."""
    version = services.read_models.version
    counted = services.quad_count
    if counted is None or counted[0] != version:  # counting scans the store: once per version
        counted = services.quad_count = (version, await run_in_threadpool(len, services.store))
    return JSONResponse(
        {
            "status": "ok",
            "quads": counted[1],
            "version": version,
            "read_model": services.read_models.last_refresh or None,
        }
    )


@router.get("/ping", summary="Trivial liveness (no store access)", response_model=Health)
async def ping() -> JSONResponse:
    """`{"status": "ok"}`: answers without touching the store (a baseline for load tests)."""
    return JSONResponse({"status": "ok"})

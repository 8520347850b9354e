"""Liveness, a summary of the store, and a trivial route (the benchmark's baseline)."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import ServicesDep
from api.schemas import Health
from ontology.iris import ID_SCHEME

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and store size", response_model=Health)
async def health(services: ServicesDep) -> JSONResponse:
    """`{"status": "ok", "quads": N, "version": V, "read_index": {...}}` while the server and
    its store are up. `version` counts the writes made through this server since it started;
    `read_index` tells whether the REST read index describes the whole store (false while it
    is built from the store: one written before it existed, or an index of an earlier
    layout). Over a remote store, `changes` tells how the server follows what other
    processes write there (docs/remote-store.md):
    `interval_s` between polls, `last_stamp` (the newest change seen, by the store's clock),
    `polled_s_ago` (seconds since the last poll that succeeded: with `interval_s`, the delay
    before another writer's article shows here), `replayed` (graphs brought in since start)
    and `error` (why the last poll failed); null over the embedded store. `ids` gives the
    entity id scheme of the store and the current one; `outdated` says why new articles are
    refused (ids of an older scheme: run `ikg migrate`), null when they are not."""
    version, store = services.version, services.store
    counted = services.quad_count
    if counted is None or counted[0] != version:  # a scan at the first call, then kept by writes
        counted = services.quad_count = (version, await run_in_threadpool(len, store))
    return JSONResponse(
        {
            "status": "ok",
            "quads": counted[1],
            "version": version,
            "read_index": {"complete": store.index.complete},
            "changes": asdict(services.changes.status()) if services.changes else None,
            "ids": {"scheme": store.id_scheme, "current": ID_SCHEME,
                    "outdated": store.outdated_ids()},
        }
    )


@router.get("/ping", summary="Trivial liveness (no store access)", response_model=Health)
async def ping() -> JSONResponse:
    """`{"status": "ok"}`: answers without touching the store (a baseline for load tests)."""
    return JSONResponse({"status": "ok"})

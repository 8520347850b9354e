"""Liveness and a summary of the store."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and store size")
def health(store: StoreDep) -> dict[str, Any]:
    """`{"status": "ok", "quads": N}` while the server and its store are up."""
    return {"status": "ok", "quads": len(store)}

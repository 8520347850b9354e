"""Request bodies read with a size limit, and API-key checks for write routes."""

from __future__ import annotations

import hmac

from fastapi import Request

from api.errors import ApiError
from api.settings import Settings


def media_type(request: Request) -> str:
    """The request's Content-Type without parameters, lower-case ('' when absent)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 past `limit` bytes: by its Content-Length before
    reading, and by counting while streaming (a client may lie or send chunks)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, f"Invalid Content-Length {declared!r}.") from None
        if size > limit:
            raise ApiError(413, _too_large(limit))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, _too_large(limit))
    return bytes(body)


def _too_large(limit: int) -> str:
    return (
        f"The request body is over the {limit:,} byte limit (IKG_MAX_BODY_BYTES); send "
        "a shorter article or raise the limit."
    )


def require_api_key(request: Request, settings: Settings) -> None:
    """Allow the request only with the configured key (header X-API-Key or Authorization:
    Bearer); 403 when the server has no key (writes disabled), 401 otherwise."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise ApiError(
            403,
            "Writes are disabled on this server: no API key is configured. Set IKG_API_KEY "
            "and restart it, or load data with `ikg ingest PATH`.",
            "writes_disabled",
        )
    given = request.headers.get("x-api-key")
    if given is None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        given = token.strip() if scheme.lower() == "bearer" else None
    expected = settings.api_key.get_secret_value()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(
            401,
            "A valid API key is required: send it as the X-API-Key header or as "
            "Authorization: Bearer KEY.",
            "unauthorized",
            headers={"WWW-Authenticate": "Bearer"},
        )

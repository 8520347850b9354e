"""One JSON error shape for every error the API returns:

{"error": {"status": 400, "code": "bad_request", "message": "what happened, what to do"}}

Project errors (`ontology.errors`), framework errors (unknown route, wrong method, invalid
parameters) and anything unexpected all leave through the handlers installed here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.readmodel.background import Pending
from api.schemas import ErrorBody
from graph.read_index import IndexNotReady
from ontology.errors import (
    BackendUnavailableError,
    IkgError,
    InputError,
    NotFoundError,
    OutdatedStoreError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)

log = logging.getLogger(__name__)

_STATUS: list[tuple[type[IkgError], int, str]] = [
    (NotFoundError, 404, "not_found"),
    (QueryError, 400, "bad_query"),
    (InputError, 400, "bad_request"),
    (QueryTimeoutError, 503, "query_timeout"),
    (BackendUnavailableError, 503, "backend_unavailable"),
    (OutdatedStoreError, 503, "store_outdated"),
    (StoreError, 500, "store_error"),
]

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "unprocessable_entity",
    500: "internal_error",
    503: "service_unavailable",
    504: "gateway_timeout",
}

_DESCRIPTIONS = {
    400: "Malformed request or query (the message says what to fix).",
    401: "Missing or wrong API key.",
    403: "Not allowed (read-only endpoint, or writes disabled).",
    404: "No such resource.",
    406: "None of the formats in the Accept header can be produced.",
    413: "Request body too large.",
    415: "Unsupported request Content-Type.",
    422: "Invalid parameters or body.",
    500: "Unexpected server error.",
    503: "Backend unavailable, busy, or the query ran past its time limit.",
}


class ApiError(Exception):
    """An HTTP error with a specific code, raised by routes (status, code, message)."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries declaring the error shape for these statuses."""
    return {
        status: {"model": ErrorBody, "description": _DESCRIPTIONS.get(status, "Error.")}
        for status in statuses
    }


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A response in the one error shape."""
    body = {
        "error": {
            "status": status,
            "code": code or _CODES.get(status, "error"),
            "message": message,
            **extra,
        }
    }
    return JSONResponse(body, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error, ours or the framework's, use the one error shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, exc.headers)

    @app.exception_handler(Pending)
    async def _pending(_: Request, exc: Pending) -> JSONResponse:
        return error_response(
            503,
            "This is being computed in the background over the whole graph; retry in about "
            f"{exc.retry_after} s.",
            "computing",
            {"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(IndexNotReady)
    async def _indexing(_: Request, exc: IndexNotReady) -> JSONResponse:
        return error_response(
            503,
            "The read index is being built from the store (once: for a store written before "
            "it existed or indexed by an earlier version, or after an interrupted write); "
            "retry in a minute.",
            "indexing",
            {"Retry-After": "30"},
        )

    @app.exception_handler(IkgError)
    async def _ikg(_: Request, exc: IkgError) -> JSONResponse:
        for cls, status, code in _STATUS:
            if isinstance(exc, cls):
                return error_response(status, str(exc), code)
        return error_response(500, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = (
                f"No route {request.url.path}. The routes are listed at /docs "
                "(OpenAPI document at /openapi.json)."
            )
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow", "")
            message = f"{request.method} is not allowed on {request.url.path}" + (
                f"; use {allowed}." if allowed else "."
            )
        return error_response(exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return error_response(
            422,
            "The request is malformed: "
            + "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in details),
            details=details,
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(500, f"Internal error ({type(exc).__name__}); see the server log.")

"""One JSON error shape for every error the API returns:

    {"error": {"status": 400, "code": "bad_request", "message": "what happened, what to do"}}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ontology.errors import (
    BackendUnavailableError,
    IkgError,
    InputError,
    NotFoundError,
    QueryTimeoutError,
    StoreError,
)

_STATUS: list[tuple[type[IkgError], int, str]] = [
    (NotFoundError, 404, "not_found"),
    (InputError, 400, "bad_request"),
    (QueryTimeoutError, 503, "query_timeout"),
    (BackendUnavailableError, 503, "backend_unavailable"),
    (StoreError, 500, "store_error"),
]

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
          415: "unsupported_media_type", 422: "unprocessable_entity", 500: "internal_error",
          503: "service_unavailable"}


def error_response(status: int, message: str, code: str | None = None, **extra: Any) -> JSONResponse:
    """A response in the one error shape."""
    body = {"error": {"status": status, "code": code or _CODES.get(status, "error"),
                      "message": message, **extra}}
    return JSONResponse(body, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error, ours or the framework's, use the one error shape."""

    @app.exception_handler(IkgError)
    async def _ikg(_: Request, exc: IkgError) -> JSONResponse:
        for cls, status, code in _STATUS:
            if isinstance(exc, cls):
                return error_response(status, str(exc), code)
        return error_response(500, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return error_response(422, "The request is malformed: " + "; ".join(
            f"{'.'.join(d['loc'])}: {d['msg']}" for d in details), details=details)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, f"Internal error ({type(exc).__name__}); see the server log.")

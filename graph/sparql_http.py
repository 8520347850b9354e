"""HTTP to a SPARQL server: its endpoints, credentials, time limit, and errors that name it.

One store URL carries everything (so `open_store(url)` stays the one way to open a store):

    http://USER:PASSWORD@host:port/query#update=URL&graph-store=URL&timeout=30&graphs=PREFIX

- the URL itself (without credentials) is the SPARQL 1.1 Query endpoint;
- `update`: the SPARQL 1.1 Update endpoint; `graph-store`: the Graph Store HTTP Protocol
  endpoint (either one is enough to write; neither: the store is read-only);
- credentials in the URL are sent to all three by HTTP Digest or Basic, whichever the server
  asks for (Virtuoso's authenticated endpoints ask for Digest);
- `write`: `update` (the default when there is an update endpoint) or `graph-store` (one
  `PUT` per graph): which endpoint takes the writes (see `graph.remote_store` for which
  server prefers which);
- `timeout`: seconds one request may take (connect, then each read);
- `graphs`: the store's graphs are those whose name starts with this prefix (a server can
  hold other graphs: Virtuoso keeps its own system graphs beside ours).

The fragment is never sent to the server. The standard library's urllib does the HTTP (no
new dependency; one connection per request, which measured ~1 ms on loopback).
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import IO

from ontology.errors import StoreError, StoreUnavailableError

DEFAULT_TIMEOUT_S = 30.0
"""Seconds a request to the store may wait for a connection or for the next bytes."""


@dataclass(frozen=True)
class Endpoints:
    """Where a remote store answers and how to reach it."""

    query: str
    update: str | None = None
    graph_store: str | None = None
    user: str | None = None
    password: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    graphs: str = ""
    write: str | None = None

    @property
    def writes_by_update(self) -> bool:
        """True when writes go to the update endpoint, False for graph-store PUTs."""
        return bool(self.update) and (self.write != "graph-store" or not self.graph_store)

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """Parse a store URL (see the module docstring); StoreError when it is unusable."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"A remote store URL must be http(s)://host/...: got {url!r}.")
        options = dict(urllib.parse.parse_qsl(parts.fragment))
        unknown = set(options) - {"update", "graph-store", "timeout", "graphs", "write"}
        if unknown:
            raise StoreError(f"Unknown store URL options {sorted(unknown)} in {url!r}.")
        if options.get("write") not in (None, "update", "graph-store"):
            raise StoreError(
                f"The store's write method must be 'update' or 'graph-store', not "
                f"{options['write']!r} (IKG_STORE_WRITE)."
            )
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        if ":" in parts.hostname:  # an IPv6 literal
            netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
        try:
            timeout = float(options.get("timeout", DEFAULT_TIMEOUT_S))
        except ValueError:
            raise StoreError(f"The timeout in the store URL {url!r} must be seconds.") from None
        return cls(
            query=urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")),
            update=options.get("update") or None,
            graph_store=options.get("graph-store") or None,
            user=urllib.parse.unquote(parts.username) if parts.username else None,
            password=urllib.parse.unquote(parts.password) if parts.password else None,
            timeout_s=timeout,
            graphs=options.get("graphs", ""),
            write=options.get("write"),
        )

    def to_url(self) -> str:
        """The store URL that `from_url` reads back."""
        parts = urllib.parse.urlsplit(self.query)
        netloc = parts.netloc
        if self.user is not None:
            auth = urllib.parse.quote(self.user, safe="")
            if self.password is not None:
                auth += ":" + urllib.parse.quote(self.password, safe="")
            netloc = f"{auth}@{netloc}"
        options = {"update": self.update, "graph-store": self.graph_store,
                   "timeout": f"{self.timeout_s:g}", "graphs": self.graphs or None,
                   "write": self.write}
        fragment = urllib.parse.urlencode({k: v for k, v in options.items() if v})
        return urllib.parse.urlunsplit(
            (parts.scheme, netloc, parts.path, parts.query, fragment)
        )


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]


class ServerRefused(StoreError):
    """The server answered with an HTTP error status (kept so callers can tell 400 from 5xx)."""

    def __init__(self, message: str, status: int, detail: str) -> None:
        super().__init__(message)
        self.status, self.detail = status, detail


class SparqlHttp:
    """Requests to one server's endpoints with its credentials and time limit."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        handlers: list[urllib.request.BaseHandler] = []
        if endpoints.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (endpoints.query, endpoints.update, endpoints.graph_store):
                if url:
                    passwords.add_password(None, url, endpoints.user, endpoints.password or "")
            handlers += [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)

    def open(
        self,
        method: str,
        url: str,
        *,
        params: list[tuple[str, str]] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
    ) -> IO[bytes]:
        """Send one request and return the open response (the caller closes it).

        `params` go in the URL for GET/PUT/DELETE and as a form body for POST without
        `body`. StoreUnavailableError when the server cannot be reached or is too slow,
        ServerRefused for an HTTP error status; both name the URL.
        """
        target = url
        if params and (method != "POST" or body is not None):
            target += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        elif params:
            body = urllib.parse.urlencode(params).encode()
            content_type = "application/x-www-form-urlencoded"
        headers = {"User-Agent": "industry-kg"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(target, data=body, headers=headers, method=method)
        timeout = self.endpoints.timeout_s
        try:
            response: IO[bytes] = self._opener.open(request, timeout=timeout)
            return response
        except urllib.error.HTTPError as exc:
            detail = _text(exc.read())
            raise ServerRefused(_refusal(method, url, exc.code, detail), exc.code, detail) from None
        except TimeoutError as exc:
            raise StoreUnavailableError(_too_slow(method, url, timeout)) from exc
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise StoreUnavailableError(_too_slow(method, url, timeout)) from exc
            raise StoreUnavailableError(
                f"The SPARQL store at {url} cannot be reached ({reason}). Start it, or check "
                "IKG_STORE_URL (--store); then run the command again: what was written is "
                "whole, and a re-run completes the rest."
            ) from exc

    def fetch(self, method: str, url: str, **kwargs: object) -> Answer:
        """`open` and read the whole answer (same errors, also for a read that stalls)."""
        with self.open(method, url, **kwargs) as response:  # type: ignore[arg-type]
            try:
                body = response.read()
            except TimeoutError as exc:
                raise StoreUnavailableError(
                    _too_slow(method, url, self.endpoints.timeout_s)
                ) from exc
            except (OSError, http.client.HTTPException) as exc:
                raise StoreUnavailableError(
                    f"The SPARQL store at {url} broke off its answer ({exc}); retry."
                ) from exc
            headers = {k.lower(): v for k, v in response.headers.items()}  # type: ignore[attr-defined]
            status: int = response.status  # type: ignore[attr-defined]
        return Answer(status, headers.get("content-type", ""), body, headers)


def _too_slow(method: str, url: str, timeout: float) -> str:
    return (
        f"The SPARQL store at {url} did not answer a {method} within {timeout:g} s "
        "(IKG_STORE_TIMEOUT_S). Retry, or raise the limit if the server is just slow: a "
        "write that timed out is either whole or absent, and a re-run completes it."
    )


def _refusal(method: str, url: str, status: int, detail: str) -> str:
    hint = ""
    if status in (401, 403):
        hint = (
            " Check IKG_STORE_USER and IKG_STORE_PASSWORD; writes need a user with update "
            "rights (on Virtuoso: the /sparql-auth and /sparql-graph-crud-auth endpoints)."
        )
    return f"The SPARQL store at {url} refused a {method} ({status}): {detail}.{hint}"


def _text(body: bytes, limit: int = 500) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    return text if len(text) <= limit else text[:limit] + "..."

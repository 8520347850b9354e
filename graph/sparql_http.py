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
- `writers`: write requests sent at once, each from its own thread (default `WRITERS`);
- `timeout`: seconds one request may take (connect, then each read);
- `graphs`: the store's graphs are those whose name starts with this prefix (a server can
  hold other graphs: Virtuoso keeps its own system graphs beside ours).

The fragment is never sent to the server. httpx does the HTTP: one client per thread, which
keeps its connections open and answers a Digest challenge it has seen before at once
(`SparqlHttp`; what that saved is in BENCHMARKS.md, "Remote store").
"""

from __future__ import annotations

import io
import os
import threading
import urllib.parse
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import IO, Any

import httpx

from ontology.errors import StoreError, StoreUnavailableError

DEFAULT_TIMEOUT_S = 30.0
"""Seconds a request to the store may wait for a connection or for the next bytes."""

WRITERS = 1
"""Write requests in flight at once by default (IKG_STORE_WRITERS). More did not write
faster on the 2-core machine where the server, the client and other jobs share the cores
(1,000 articles, 3 rounds each, load 5-8: Virtuoso PUTs with 1, 2, 4 writers took 11.2,
14.8, 11.3 s in one run and 16.7, 13.4, 11.4 s in another; Oxigraph updates 10.0 s with 1
against 9.2 s with 2 in one, 7.2 against 8.8 in the other; BENCHMARKS.md, "Remote store").
A server with cores of its own may gain from 2-4. A cluster ingest writes in parallel
anyway: each worker writes its own files."""


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
    writers: int = WRITERS

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
        unknown = set(options) - {"update", "graph-store", "timeout", "graphs", "write", "writers"}
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
        writers = options.get("writers", str(WRITERS))
        if not writers.isdigit() or int(writers) < 1:
            raise StoreError(
                f"The number of writers in the store URL {url!r} must be a whole number of at "
                "least 1 (IKG_STORE_WRITERS)."
            )
        return cls(
            query=urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")),
            update=options.get("update") or None,
            graph_store=options.get("graph-store") or None,
            user=urllib.parse.unquote(parts.username) if parts.username else None,
            password=urllib.parse.unquote(parts.password) if parts.password else None,
            timeout_s=timeout,
            graphs=options.get("graphs", ""),
            write=options.get("write"),
            writers=int(writers),
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
                   "write": self.write,
                   "writers": str(self.writers) if self.writers != WRITERS else None}
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


@dataclass(frozen=True)
class Streamed:
    """An HTTP answer whose body is read as it arrives (`body.read()`; errors translated)."""

    status: int
    headers: dict[str, str]
    body: IO[bytes]


class ServerRefused(StoreError):
    """The server answered with an HTTP error status (kept so callers can tell 400 from 5xx)."""

    def __init__(self, message: str, status: int, detail: str) -> None:
        super().__init__(message)
        self.status, self.detail = status, detail

    def __reduce__(self) -> tuple[type[ServerRefused], tuple[str, int, str]]:
        """Picklable (a cluster worker's error travels back to the client)."""
        return type(self), (str(self), self.status, self.detail)


class SparqlHttp:
    """Requests to one server's endpoints with its credentials and time limit.

    Each thread has its own HTTP client (httpx), kept for the life of this object: its
    connections stay open between requests where the server allows it (Oxigraph does;
    Virtuoso closes each one), and it remembers the server's Digest challenge, so later
    requests carry the answer at once (the nonce reused with its count raised) instead of
    being refused first. Thread-safe; `close` closes every thread's client.
    """

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self._local = threading.local()
        self._clients: list[httpx.Client] = []
        self._lock = threading.Lock()

    def _client(self) -> httpx.Client:
        """This thread's client (a new one in a forked child: sockets are not shared)."""
        client: httpx.Client | None = getattr(self._local, "client", None)
        if client is None or self._local.pid != os.getpid():
            e = self.endpoints
            auth = None if e.user is None else _ServerAuth(e.user, e.password or "")
            client = httpx.Client(
                auth=auth, timeout=e.timeout_s, headers={"User-Agent": "industry-kg"}
            )
            self._local.client, self._local.pid = client, os.getpid()
            with self._lock:
                self._clients.append(client)
        return client

    def close(self) -> None:
        """Close every thread's client and its connections."""
        with self._lock:
            clients, self._clients = self._clients, []
        for client in clients:
            client.close()
        self._local = threading.local()

    @contextmanager
    def open(
        self,
        method: str,
        url: str,
        *,
        params: list[tuple[str, str]] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
    ) -> Iterator[Streamed]:
        """Send one request and give its answer as it arrives (closed on exit).

        `params` go in the URL for GET/PUT/DELETE and as a form body for POST without
        `body`. StoreUnavailableError when the server cannot be reached or is too slow
        (also while the body is read), ServerRefused for an HTTP error status; both name
        the URL.
        """
        target = url
        if params and (method != "POST" or body is not None):
            target += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        elif params:
            body = urllib.parse.urlencode(params).encode()
            content_type = "application/x-www-form-urlencoded"
        headers: dict[str, str] = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        with self._errors(method, url):
            request = self._client().build_request(
                method, target, content=body, headers=headers
            )
            response = self._client().send(request, stream=True)
            try:
                if response.status_code >= 400:
                    detail = _text(response.read())
                    raise ServerRefused(
                        _refusal(method, url, response.status_code, detail),
                        response.status_code, detail,
                    )
                stream = _Body(response, lambda: self._errors(method, url, reading=True))
                yield Streamed(
                    response.status_code,
                    dict(response.headers.items()),
                    io.BufferedReader(stream),
                )
            finally:
                response.close()

    @contextmanager
    def _errors(self, method: str, url: str, *, reading: bool = False) -> Iterator[None]:
        """httpx's errors as the store's, naming the URL (`reading`: while the body came)."""
        timeout = self.endpoints.timeout_s
        try:
            yield
        except httpx.TimeoutException as exc:
            raise StoreUnavailableError(_too_slow(method, url, timeout)) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            if reading:
                raise StoreUnavailableError(
                    f"The SPARQL store at {url} broke off its answer ({exc}); retry."
                ) from exc
            raise StoreUnavailableError(
                f"The SPARQL store at {url} cannot be reached ({exc or type(exc).__name__}). "
                "Start it, or check IKG_STORE_URL (--store); then run the command again: what "
                "was written is whole, and a re-run completes the rest."
            ) from exc

    def fetch(self, method: str, url: str, **kwargs: Any) -> Answer:
        """`open` and read the whole answer (same errors)."""
        with self.open(method, url, **kwargs) as answer:
            body = answer.body.read()
            headers = {k.lower(): v for k, v in answer.headers.items()}
            return Answer(answer.status, headers.get("content-type", ""), body, headers)


class _ServerAuth(httpx.Auth):
    """HTTP Digest or Basic, whichever the server asks for in its first challenge; then that
    scheme for every request (Digest answers the remembered challenge at once)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._scheme: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme is not None:
            yield from self._scheme.auth_flow(request)
            return
        response = yield request
        challenge = response.headers.get("www-authenticate", "").lower()
        if response.status_code != 401 or not challenge.startswith(("digest", "basic")):
            return
        self._scheme = self._digest if challenge.startswith("digest") else self._basic
        yield from self._scheme.auth_flow(request)  # one more round trip, the first time only


class _Body(io.RawIOBase):
    """A streamed response body as a file (what pyoxigraph's parsers read)."""

    def __init__(
        self, response: httpx.Response, errors: Callable[[], AbstractContextManager[None]]
    ) -> None:
        self._chunks = response.iter_bytes()
        self._errors = errors
        self._rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        with self._errors():
            while not self._rest:
                chunk = next(self._chunks, None)
                if chunk is None:
                    return 0
                self._rest = chunk
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


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

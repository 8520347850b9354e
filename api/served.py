"""Which server has a data directory open, so that the CLI can work beside it.

The embedded store allows one process: while `ikg serve` runs, `ikg stats`, `ikg sparql`,
`ikg export` and `ikg ingest` on the same data directory cannot open it. The server
announces itself in `DATA_DIR/server.json` (its URL and process id) while it runs, and the
CLI sends those commands through its HTTP API instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ontology.errors import BackendUnavailableError, InputError, NotFoundError, QueryError
from ontology.records import Article

ANNOUNCEMENT = "server.json"


@dataclass(frozen=True)
class RunningServer:
    """A server that has the data directory open."""

    url: str
    pid: int


def announce(data_dir: Path, host: str, port: int) -> Path:
    """Write `DATA_DIR/server.json` for this process (atomically). Side effect: the file."""
    local = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    if ":" in local and not local.startswith("["):
        local = f"[{local}]"
    path = data_dir / ANNOUNCEMENT
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": f"http://{local}:{port}", "pid": os.getpid()}))
    tmp.replace(path)
    return path


def withdraw(data_dir: Path) -> None:
    """Remove the announcement if it is this process's own."""
    path = data_dir / ANNOUNCEMENT
    with contextlib.suppress(OSError, ValueError, KeyError):
        if json.loads(path.read_text())["pid"] == os.getpid():
            path.unlink()


def running_server(data_dir: Path, timeout_s: float = 3.0) -> RunningServer | None:
    """The server announced in `data_dir` if it is alive and answers; None otherwise (a stale
    announcement of a killed server is ignored)."""
    try:
        info = json.loads((data_dir / ANNOUNCEMENT).read_text())
        server = RunningServer(str(info["url"]), int(info["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(server.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, another user's
    try:
        with urllib.request.urlopen(server.url + "/ping", timeout=timeout_s) as answer:
            return server if answer.status == 200 else None
    except (OSError, urllib.error.URLError):
        return None


class ServerClient:
    """What the CLI asks of a running server (stdlib HTTP, no extra dependency). Errors come
    back as the project's exceptions with the server's own message."""

    def __init__(self, url: str, timeout_s: float = 600.0) -> None:
        self.url = url.rstrip("/")
        self.timeout_s = timeout_s

    def _open(self, request: urllib.request.Request) -> Any:
        try:
            return urllib.request.urlopen(request, timeout=self.timeout_s)
        except urllib.error.HTTPError as exc:
            try:
                message = json.loads(exc.read())["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = f"HTTP {exc.code} {exc.reason}"
            if exc.code in (401, 403) and request.get_method() == "POST":  # a write refused
                raise BackendUnavailableError(
                    f"The server at {self.url} refused: {message}"
                ) from None
            if exc.code in (400, 403, 406):
                raise QueryError(message) from None
            if exc.code in (413, 415, 422):
                raise InputError(message) from None
            if exc.code == 404:
                raise NotFoundError(message) from None
            raise BackendUnavailableError(f"The server at {self.url} answered: {message}") from None
        except OSError as exc:
            raise BackendUnavailableError(
                f"The server at {self.url} did not answer ({exc}); is it still running?"
            ) from None

    def stats(self) -> dict[str, Any]:
        """GET /stats."""
        with self._open(urllib.request.Request(self.url + "/stats")) as answer:
            data: dict[str, Any] = json.loads(answer.read())
            return data

    def sparql(self, query: str, accept: str) -> tuple[str, bytes]:
        """POST the query to /sparql; (content type, body) of the answer."""
        body = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(
            self.url + "/sparql",
            data=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": accept,
            },
        )
        with self._open(request) as answer:
            return answer.headers.get_content_type(), answer.read()

    def export(self, fmt: str, output: IO[bytes]) -> None:
        """GET /export, streamed to `output`."""
        query = urllib.parse.urlencode({"format": fmt})
        with self._open(urllib.request.Request(f"{self.url}/export?{query}")) as answer:
            shutil.copyfileobj(answer, output, 1 << 20)

    def post_article(self, article: Article, api_key: str) -> dict[str, Any]:
        """POST /articles with the key; the server's answer (what it extracted and stored)."""
        fields = {
            "text": article.text,
            "title": article.title,
            "date": article.date.isoformat() if article.date else None,
            "url": article.url,
            "publisher": article.publisher,
            "language": article.language,
            "id": article.id,
            "source": article.source,
        }
        body = json.dumps({k: v for k, v in fields.items() if v is not None}).encode()
        request = urllib.request.Request(
            self.url + "/articles",
            data=body,
            headers={"Content-Type": "application/json", "X-API-Key": api_key},
        )
        with self._open(request) as answer:
            data: dict[str, Any] = json.loads(answer.read())
            return data

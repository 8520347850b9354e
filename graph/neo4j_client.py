"""The connection to Neo4j: one driver per client, project errors for every failure, and the
read-only Cypher runner used by `ikg cypher` and `POST /cypher`.

Every failure of the server or the network becomes `BackendUnavailableError` with a message
that says what to do; malformed or writing queries become `QueryError`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Any

import neo4j
from neo4j import exceptions as nx
from neo4j import graph as ngraph
from neo4j import time as ntime

from ontology.errors import (
    BackendUnavailableError,
    IkgError,
    QueryError,
    QueryTimeoutError,
)

log = logging.getLogger(__name__)

READ_QUERY_TYPES = frozenset({"r"})
"""`summary.query_type` values a user query may have: read-only ('r'). Writes ('w', 'rw')
and schema or system operations ('s') are refused."""

REFUSED_OPERATORS = frozenset({"LoadCSV"})
"""Plan operators refused even in a read query (LOAD CSV reaches files and URLs)."""


@dataclass(frozen=True)
class Neo4jConfig:
    """How to reach Neo4j. Built by entry points from validated settings."""

    uri: str
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"
    connection_timeout_s: float = 5.0
    max_retry_time_s: float = 15.0
    """How long managed transactions retry transient failures (deadlocks, leader switch)."""


class WriteRefusedError(QueryError):
    """A query given to the read-only runner would write (or change schema or system state)."""


def connection_from_settings(settings: Any) -> Neo4jConfig:
    """A `Neo4jConfig` from validated settings (`neo4j_uri`, `neo4j_user`, `neo4j_password`,
    `neo4j_database`); BackendUnavailableError when no URI is configured."""
    uri = getattr(settings, "neo4j_uri", None)
    if not uri:
        raise BackendUnavailableError(
            "No Neo4j is configured: set NEO4J_URI (for example bolt://localhost:7687), "
            "NEO4J_USER and NEO4J_PASSWORD, or pass --uri/--user/--password."
        )
    password = getattr(settings, "neo4j_password", "")
    if hasattr(password, "get_secret_value"):
        password = password.get_secret_value()
    return Neo4jConfig(
        uri=str(uri), user=str(getattr(settings, "neo4j_user", "neo4j")),
        password=str(password or ""), database=str(getattr(settings, "neo4j_database", "neo4j")),
    )


class Neo4jClient:
    """An open driver for one Neo4j database. Close it (or use it as a context manager)."""

    def __init__(self, config: Neo4jConfig) -> None:
        self.config = config
        with translate_errors(config):
            try:
                self.driver = neo4j.GraphDatabase.driver(
                    config.uri,
                    auth=(config.user, config.password),
                    connection_timeout=config.connection_timeout_s,
                    max_transaction_retry_time=config.max_retry_time_s,
                    user_agent="industry-kg",
                )
            except (ValueError, nx.ConfigurationError) as exc:
                raise BackendUnavailableError(
                    f"Invalid Neo4j URI {config.uri!r} ({exc}): use bolt://HOST:7687 or "
                    "neo4j://HOST:7687 in NEO4J_URI or --uri."
                ) from exc

    @property
    def database(self) -> str:
        """The database all queries run in."""
        return self.config.database

    def session(self, *, read: bool = False) -> neo4j.Session:
        """A session on the configured database (READ access mode when `read`)."""
        return self.driver.session(
            database=self.config.database,
            default_access_mode=neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS,
        )

    def verify(self) -> None:
        """Check that the server answers and accepts the credentials; raise otherwise."""
        with translate_errors(self.config):
            self.driver.verify_connectivity()
            with self.session(read=True) as session:
                session.run("RETURN 1").consume()

    def close(self) -> None:
        """Close the driver and its connections."""
        self.driver.close()

    def __enter__(self) -> Neo4jClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


_shared: dict[Neo4jConfig, Neo4jClient] = {}
_shared_lock = threading.Lock()


def shared_client(config: Neo4jConfig) -> Neo4jClient:
    """One long-lived client per configuration (drivers are thread-safe and pool connections).

    Side effect: opens a driver on first use for `config`; `close_shared_clients` closes them.
    """
    with _shared_lock:
        client = _shared.get(config)
        if client is None:
            client = _shared[config] = Neo4jClient(config)
        return client


def close_shared_clients() -> None:
    """Close every client opened by `shared_client`."""
    with _shared_lock:
        clients = list(_shared.values())
        _shared.clear()
    for client in clients:
        client.close()


def unreachable_message(config: Neo4jConfig) -> str:
    """What to tell the user when the server does not answer."""
    return (
        f"Neo4j at {config.uri} is unreachable: start it (for example `docker compose up -d "
        "neo4j`) or set NEO4J_URI (or --uri) to a running server."
    )


@contextmanager
def translate_errors(config: Neo4jConfig) -> Iterator[None]:
    """Turn driver exceptions into project errors with a message that says what to do."""
    try:
        yield
    except IkgError:
        raise
    except nx.AuthError as exc:
        raise BackendUnavailableError(
            f"Neo4j at {config.uri} refused the credentials of user {config.user!r}: check "
            "NEO4J_USER/NEO4J_PASSWORD (or --user/--password)."
        ) from exc
    except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
        # IncompleteCommit is a ServiceUnavailable: the connection broke during a commit.
        raise BackendUnavailableError(
            unreachable_message(config) + f" ({type(exc).__name__}: {_first_line(exc)})"
        ) from exc
    except nx.ClientError as exc:
        code = exc.code or ""
        if code.endswith("Transaction.TransactionTimedOut") or "TransactionTimedOut" in code:
            raise QueryTimeoutError(
                f"The Cypher query ran past its time limit and was stopped: {_first_line(exc)}"
            ) from exc
        if "DatabaseNotFound" in code:
            raise BackendUnavailableError(
                f"Neo4j at {config.uri} has no database {config.database!r}: check "
                "NEO4J_DATABASE (or --database)."
            ) from exc
        if code.endswith("Statement.AccessMode"):  # the server refused a write: read-only
            raise WriteRefusedError(
                f"Only read-only Cypher is allowed here; Neo4j refused a write: {exc.message}"
            ) from exc
        if code.startswith("Neo.ClientError.Security"):
            raise BackendUnavailableError(
                f"Neo4j at {config.uri} refused the request ({exc.message}): check "
                "NEO4J_USER/NEO4J_PASSWORD and the user's roles."
            ) from exc
        raise QueryError(f"Neo4j rejected the query: {exc.message or exc}") from exc
    except nx.TransientError as exc:
        raise BackendUnavailableError(
            f"Neo4j at {config.uri} could not complete the request ({_first_line(exc)}); "
            "retry in a moment."
        ) from exc
    except (nx.DriverError, nx.Neo4jError, OSError) as exc:
        raise BackendUnavailableError(
            unreachable_message(config) + f" ({type(exc).__name__}: {_first_line(exc)})"
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text).strip().splitlines()[0][:300]


# --------------------------------------------------------------------------- read-only Cypher


def run_read_query(
    connection: Neo4jClient | Neo4jConfig,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    max_rows: int | None = None,
    timeout_s: float | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a user's Cypher query read-only; return its column names and rows (dicts keyed by
    column, in column order).

    `connection` is an open client, or a config (then a shared client is used, see
    `shared_client`).

    Three guards, each enough on its own on a single server: the query is first planned with
    `EXPLAIN` and refused unless its type is read ('r') and it loads no CSV; it then runs in a
    session opened in READ access mode, through a read transaction function, which the server
    itself refuses to write from. Parameters are bound, never formatted in.

    Values come back JSON-ready: nodes as `{"labels", "properties"}`, relationships as
    `{"type", "start", "end", "properties"}` (start/end are the endpoints' `iri` when the
    query also returns those nodes, else None), paths as
    `{"nodes", "relationships"}`, temporal values as ISO 8601 strings.

    Raises QueryError (malformed), WriteRefusedError (a QueryError: not read-only),
    QueryTimeoutError (past `timeout_s`),
    BackendUnavailableError (unreachable, credentials refused, no such database).
    """
    client = connection if isinstance(connection, Neo4jClient) else shared_client(connection)
    text = cypher.strip().rstrip(";").strip()
    if not text:
        raise QueryError("The Cypher query is empty.")
    bound = dict(params or {})
    # The check plans the query itself: a leading EXPLAIN/PROFILE of the user is dropped there.
    head, _, rest = text.partition(" ")
    checked = rest if head.upper() in ("EXPLAIN", "PROFILE") and rest.strip() else text
    with translate_errors(client.config), client.session(read=True) as session:
        summary = session.run(neo4j.Query(f"EXPLAIN {checked}", timeout=timeout_s), bound).consume()
        query_type = summary.query_type or "?"
        if query_type not in READ_QUERY_TYPES:
            raise WriteRefusedError(
                f"Only read-only Cypher is allowed here; this query is of type {query_type!r} "
                f"({_TYPE_NAMES.get(query_type, 'not read-only')}). Writes go through "
                "`ikg ingest` and `ikg sync`."
            )
        refused = _operators(summary.plan) & REFUSED_OPERATORS
        if refused:
            raise WriteRefusedError(
                f"Only graph reads are allowed here; {', '.join(sorted(refused))} is refused."
            )

        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
            result = tx.run(text, bound)
            columns = list(result.keys())
            rows: list[dict[str, Any]] = []
            for record in result:
                rows.append({k: to_json_value(v) for k, v in zip(columns, record.values(),
                                                                 strict=True)})
                if max_rows is not None and len(rows) >= max_rows:
                    break
            result.consume()
            return columns, rows

        if timeout_s is not None:  # the server stops the transaction past this time
            work = neo4j.unit_of_work(timeout=timeout_s)(work)
        return session.execute_read(work)


_TYPE_NAMES = {"w": "write", "rw": "read and write", "s": "schema or system operation"}


def _operators(plan: Any) -> set[str]:
    if not plan:
        return set()
    if isinstance(plan, Mapping):
        name, children = plan.get("operatorType", ""), plan.get("children", [])
    else:
        name, children = getattr(plan, "operator_type", ""), getattr(plan, "children", [])
    ops = {str(name).split("@", 1)[0]}
    for child in children or []:
        ops |= _operators(child)
    return ops


def to_json_value(value: Any) -> Any:
    """A Cypher value as plain JSON-ready Python (see `run_read_query`)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, ngraph.Node):
        return {"labels": sorted(value.labels), "properties": to_json_value(dict(value))}
    if isinstance(value, ngraph.Relationship):
        return {
            "type": value.type,
            "start": value.start_node.get("iri") if value.start_node is not None else None,
            "end": value.end_node.get("iri") if value.end_node is not None else None,
            "properties": to_json_value(dict(value)),
        }
    if isinstance(value, ngraph.Path):
        return {
            "nodes": [to_json_value(n) for n in value.nodes],
            "relationships": [to_json_value(r) for r in value.relationships],
        }
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, ntime.Date | ntime.DateTime | ntime.Time | date | datetime | time):
        return value.isoformat()
    if isinstance(value, ntime.Duration | timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray):
        return value.hex()
    return str(value)

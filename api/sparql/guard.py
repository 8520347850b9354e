"""What a public query may do, decided on the parsed query: no federation, bounded nesting.

Oxigraph runs `SERVICE <url> { ... }` by sending an HTTP request to `url`, and pyoxigraph has
no switch to turn that off. A screen over the query text cannot be trusted to find every
SERVICE (escapes, strings and IRIs fool it), so the decision is taken on the query as a
SPARQL parser reads it (rdflib's SPARQL 1.1 grammar, which expands `\\u` escapes first as
the specification says). Only a query whose text cannot contain the keyword at all (neither
the letters `service` in any case nor an escape sequence) skips the parse: that over-
approximation is sound and keeps the common query cheap. A query the parser cannot read is
refused (400): what is not understood is not run.

The worker processes that call this also run in a network namespace of their own where the
kernel allows it (`isolate_network`), so a parser disagreement still cannot open a
connection. Nesting is bounded here too: Oxigraph's recursive-descent parser overflows its
stack (killing the process) on a few thousand nested groups; the parse below stops far
earlier with a RecursionError, answered as 400.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

MAX_OPENERS_WITHOUT_PARSE = 64
"""A query with more opening brackets than this is parsed before it runs, so that the
nesting bound below is checked (the count over-approximates the nesting depth)."""

PARSE_RECURSION_LIMIT = 5_000
"""Python recursion limit while parsing: rdflib's grammar needs about 40 frames per nested
group, so this admits about 100 levels of nesting (real queries use fewer than 10) and
refuses the rest well before any C stack is at risk (measured: 200 levels raise
RecursionError in 0.7 s)."""


class QueryRefused(Exception):
    """A query refused before it runs, or failed while running: HTTP status, code, message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


FEDERATION_REFUSED = (
    "Federated queries (SERVICE) are disabled on this endpoint: it only queries its own store "
    "and never opens connections on behalf of a query."
)


def check_query(text: str) -> None:
    """Raise QueryRefused when `text` may not run: 403 for a SERVICE clause anywhere in the
    parsed query, 400 when it is too deeply nested or cannot be parsed.

    >>> check_query("SELECT * WHERE { ?s ?p 'no federation here' }")
    >>> try:
    ...     check_query("SELECT * WHERE { ?s <http://e/\\u0041'> ?o . SERVICE <http://e/> {} }")
    ... except QueryRefused as refused:
    ...     print(refused.status, refused.code)
    403 service_disabled
    """
    folded = text.lower()
    needs_parse = (
        "service" in folded
        or "\\u" in folded
        or sum(text.count(c) for c in "{([") > MAX_OPENERS_WITHOUT_PARSE
    )
    if not needs_parse:
        return
    tree = _parse(text)
    if _has_service(tree):
        raise QueryRefused(403, "service_disabled", FEDERATION_REFUSED)


def _parse(text: str) -> Any:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, PARSE_RECURSION_LIMIT))
    try:
        return parseQuery(text)
    except RecursionError:
        raise QueryRefused(
            400,
            "query_too_deep",
            "The query is nested too deeply to be parsed safely (about 100 levels of groups, "
            "brackets or parentheses at most); flatten it.",
        ) from None
    except ParseBaseException as exc:
        raise QueryRefused(
            400, "malformed_query", f"Malformed SPARQL query: {exc.msg} (line {exc.lineno}, "
            f"column {exc.column})."
        ) from None
    except Exception as exc:  # rdflib raises plain exceptions for some semantic errors
        raise QueryRefused(400, "invalid_query", f"Invalid SPARQL query: {exc}") from None
    finally:
        sys.setrecursionlimit(previous)


def _has_service(tree: Any) -> bool:
    """True when any node of rdflib's parse tree is a SERVICE pattern (iterative walk: the
    tree can be as deep as the query is nested)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return False


_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def isolate_network() -> bool:
    """Move this process into a new, empty network namespace (Linux): afterwards no socket it
    opens can reach any host, loopback included. Call it while the process has one thread.

    Tries a plain network namespace (needs CAP_SYS_ADMIN, e.g. root), then a user namespace
    with one (unprivileged, where the kernel allows it). Returns False when neither is
    allowed (for example inside a container without those rights); the parse check above
    is then the only guard.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        unshare = libc.unshare
    except (OSError, AttributeError):
        return False
    for flags in (_CLONE_NEWNET, _CLONE_NEWNET | _CLONE_NEWUSER):
        if unshare(flags) == 0:
            return True
    log.info("the SPARQL worker could not enter its own network namespace; relying on the parse")
    return False

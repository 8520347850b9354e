"""Bound variables for a query sent as text to a remote SPARQL server: a VALUES block.

A remote server takes a query as text; the SPARQL 1.1 Protocol has no parameters. So a bound
variable becomes inline data at the start of the query's WHERE group,
`WHERE { VALUES (?a ?b) { (<iri> "literal"@fr) } ... }`, which binds the variables before the
rest of the group is evaluated, as pyoxigraph's `substitutions` do for the embedded store
(also for variables the query does not project). Nothing a caller passes is formatted by this
module:

- variable names must be plain SPARQL names (letters, digits, underscore), else InputError;
- each term is written by pyoxigraph (`str(term)` is its N-Triples writer, which escapes
  quotes, backslashes and line breaks, and NamedNode/Literal construction has already
  validated IRIs and language tags); blank nodes are refused (VALUES cannot hold them, and a
  server's blank node labels mean nothing to another request);
- the finished block is read back by pyoxigraph's own SPARQL parser, alone
  (`SELECT * { VALUES ... }` on an empty store), and must give back exactly the bound terms;
  otherwise the query is refused. A block that parses to exactly its terms cannot reach
  outside itself, whatever the values contain.

The WHERE group is found by a small lexer that skips comments, strings and IRIs (`WHERE {`
outside them, or for SELECT/ASK/DESCRIBE without WHERE the first `{`). The queries that take
bindings are this project's own (`graph/sparql_queries.py`); user queries come unbound.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pyoxigraph as ox

from ontology.errors import InputError

Term = ox.NamedNode | ox.Literal

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>[?$:]?[A-Za-z_][\w\-.:]*)
  | (?P<open>\{)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def values_block(rows: Sequence[Mapping[str, Term]]) -> str:
    """`VALUES (?a ...) { (t ...) ... }` for rows with the same variables, checked by parsing
    it back (see the module docstring). InputError for a bad name or term."""
    if not rows:
        raise InputError("A VALUES block needs at least one row.")
    names = list(rows[0])
    for name in names:
        if not _NAME.match(name):
            raise InputError(
                f"Bad variable name {name!r}: use letters, digits and underscores only."
            )
    lines = []
    for row in rows:
        if list(row) != names:
            raise InputError("Every VALUES row must bind the same variables.")
        lines.append("(" + " ".join(_term_text(row[n]) for n in names) + ")")
    head = " ".join(f"?{n}" for n in names)
    block = f"VALUES ({head}) {{ {' '.join(lines)} }}"
    _check_block(block, names, rows)
    return block


def bind_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """`sparql` with `bindings` as a VALUES block at the start of its WHERE group."""
    return bind_rows(sparql, [bindings]) if bindings else sparql


def bind_rows(sparql: str, rows: Sequence[Mapping[str, Term]]) -> str:
    """`sparql` with `rows` (one solution each) as a VALUES block at the start of its WHERE
    group: the query runs once for each row, together."""
    block = values_block(rows)
    at = where_group(sparql)
    return f"{sparql[: at + 1]} {block}\n{sparql[at + 1 :]}"


def where_group(sparql: str) -> int:
    """Index of the `{` that opens the query's WHERE group; InputError when there is none."""
    seen_form = ""
    after_where = False
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind == "word":
            word = match.group().upper()
            if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE") and not seen_form:
                seen_form = word
            elif word == "WHERE":
                after_where = True
        elif kind == "open" and (after_where or seen_form in ("SELECT", "ASK", "DESCRIBE")):
            return match.start()
    raise InputError("Cannot bind values: the query has no WHERE group.")


def _term_text(term: object) -> str:
    if isinstance(term, ox.BlankNode):
        raise InputError("A blank node cannot be bound in a query sent to a SPARQL server.")
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise InputError(f"Cannot bind {type(term).__name__} values; use IRIs or literals.")
    return str(term)


def _check_block(block: str, names: list[str], rows: Sequence[Mapping[str, Term]]) -> None:
    try:
        parsed = ox.Store().query(f"SELECT * WHERE {{ {block} }}")
        assert isinstance(parsed, ox.QuerySolutions)
        back = [{n: s[n] for n in names} for s in parsed]
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"A bound value cannot be sent to the SPARQL server: {exc}") from exc
    if back != [dict(r) for r in rows]:
        raise InputError("A bound value does not survive the trip to the SPARQL server.")

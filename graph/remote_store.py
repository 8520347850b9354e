"""A remote SPARQL 1.1 server as the store: Query, Update and the Graph Store HTTP Protocol.

Selected by an http(s) store URL (`graph.sparql_http` tells its form; `api.settings` builds it
from IKG_STORE_URL, IKG_SPARQL_UPDATE_URL, IKG_GRAPH_STORE_URL, IKG_STORE_USER,
IKG_STORE_PASSWORD). Tested against Oxigraph server and Virtuoso 7 (tests/rdf_servers.py).

Atomicity and crashes: the writes of one `replace_graphs` call go to the server as SPARQL
Update requests, each holding whole articles (`DROP SILENT GRAPH g ; INSERT DATA { GRAPH g
{...} }` per changed graph; the server runs a request as one transaction), or as one
graph-store `PUT` per graph (`write=graph-store`, or when there is no update endpoint). So a
client killed, a server restarted or a request timed out leaves every article whole or
absent, and a re-run (which compares each graph with what the server holds, as the embedded
store does) writes what is missing. Data blocks are written by pyoxigraph's N-Triples
serializer; graph names by pyoxigraph's term writer; nothing is formatted by hand.

Change log: every changed or removed graph is also stamped in the store's log graph in the
same update request (when writing by graph store: after the PUTs, 128 graphs a request, also
when a PUT failed), so that servers over the same store see other writers' changes
(`graph.change_log`); the log graph is not one of the store's graphs (not listed, exported
or counted).

Reads: `query` sends bound variables as a checked VALUES block (`graph.sparql_values`) and
asks for the union of the store's graphs as the default graph: Oxigraph server takes the
`union-default-graph` request parameter; Virtuoso's default graph is already the union of all
its graphs (and ignores the parameter). Other servers must be set up the same way (Fuseki:
`unionDefaultGraph`); the contract tests check it. Results are parsed by pyoxigraph.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import suppress
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.change_log import (
    CHANGES_SINCE,
    CLOCK,
    FORGET_BEFORE,
    LOG_GRAPH,
    stamp_update,
)
from graph.sparql_http import Endpoints, ServerRefused, SparqlHttp
from graph.sparql_values import Term, bind_rows, bind_values
from graph.store import Binding, export_format
from ontology.errors import InputError, StoreError

MAX_UPDATE_BYTES = 1_000_000
"""An update request carries whole articles up to about this size (an ingest batch of 128
articles is ~1.3 MB of N-Triples). Measured on Oxigraph server, 1,000 articles on a fresh
server: 2.4-3.0 s in requests of 2 MB, 4.7-4.9 s in requests of 16 KB, 4.5-7.8 s as one
graph-store PUT each. Virtuoso is the other way round: it compiles INSERT DATA into one SQL
statement at a cost that grows faster than its size (60 articles: 1 s in 20 KB requests,
12.6 s in 400 KB ones; a 2 MB request passed 30 s), and took 7.7-9.8 s for the 1,000 as
graph-store PUTs against 15-21 s as 16 KB updates: on Virtuoso, write with `graph-store`
(IKG_STORE_WRITE)."""

GRAPHS_PER_READ = 128
"""Graphs compared with the server's copy in one query during `replace_graphs`."""

GRAPHS_PER_STAMP = 128
"""Graphs stamped in the change log by one update request after graph-store PUTs (an ingest
batch). Virtuoso's cost per stamp grows with the request: 8-18 ms for 128 graphs, about
560 ms for 512 (bench/change_log_bench.py)."""

_RESULTS = "application/sparql-results+json"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5"

_GRAPH_FILTER = f"FILTER(STRSTARTS(STR(?g), ?prefix) && ?g != <{LOG_GRAPH}>)"
_QUADS_OF = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_ALL_QUADS = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_GRAPH_FILTER} }}"
_UNION_TRIPLES = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_GRAPH_FILTER} }}"
_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_GRAPH_FILTER} }}"
_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_GRAPH_FILTER} }}"
_HAS_GRAPH = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"


class RemoteStore:
    """The store interface over a SPARQL server's endpoints (see the module docstring)."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.url = endpoints.query
        self.capabilities = frozenset(
            {"named-graphs", "atomic-replace", "sparql-1.1", "persistent", "remote"}
            | ({"change-log"} if endpoints.update else set())
        )
        self._http = SparqlHttp(endpoints)
        self._pool: ThreadPoolExecutor | None = None
        self._select(_HAS_GRAPH, {"g": ox.NamedNode("urn:ikg:probe")})  # fails now if down

    # writes

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> bool:
        """Atomically replace `graph` with `quads`; False (and no write) when already equal."""
        return self.replace_graphs({graph: quads})[graph]

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        """Each graph replaced atomically (whole articles per request); unchanged ones are
        not written. Side effect: writes to the server."""
        wanted = {g: {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
                  for g, quads in graphs.items()}
        held = self._graph_triples(list(wanted))
        changed = {g: g not in held or _comparable(held[g]) != _comparable(triples)
                   for g, triples in wanted.items()}
        writes = [(g, wanted[g], g in held) for g in wanted if changed[g]]
        if writes and not (self.endpoints.update or self.endpoints.graph_store):
            raise self._read_only()
        if not (writes and self.endpoints.update and not self.endpoints.writes_by_update):
            self._send_all(self._write_requests(writes))
            return changed
        try:
            self._send_all(self._write_requests(writes))
        except BaseException:  # some PUTs may have gone in: stamp them all (a stamp of an
            with suppress(Exception):  # unchanged graph costs a follower one read)
                self._stamp([g for g, _, _ in writes])
            raise
        self._stamp([g for g, _, _ in writes])
        return changed

    def _stamp(self, graphs: list[str]) -> None:
        """Stamp graphs written by graph-store PUTs in the change log."""
        for start in range(0, len(graphs), GRAPHS_PER_STAMP):
            self._update(stamp_update(graphs[start : start + GRAPHS_PER_STAMP]))

    def _write_requests(
        self, writes: list[tuple[str, set[ox.Triple], bool]]
    ) -> Iterator[Callable[[], object]]:
        """One call per write request: SPARQL Updates of whole graphs, or a PUT per graph."""
        http = self._http
        if self.endpoints.writes_by_update:
            url = self.endpoints.update
            assert url is not None
            for update in _update_requests(writes):
                yield partial(http.fetch, "POST", url, params=[("update", update)])
        else:
            url = self.endpoints.graph_store
            assert url is not None
            for g, triples, _ in writes:
                yield partial(http.fetch, "PUT", url, params=[("graph", g)],
                              body=_ntriples(triples), content_type="application/n-triples")

    def _send_all(self, requests: Iterator[Callable[[], object]]) -> None:
        """Send the requests, `endpoints.writers` at a time (each whole on its own); the first
        error is raised once the requests already sent have ended."""
        if self.endpoints.writers <= 1:
            for send in requests:
                send()
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.endpoints.writers, "ikg-store-writer")
        window: deque[Future[object]] = deque()
        try:
            for send in requests:
                window.append(self._pool.submit(send))
                if len(window) >= self.endpoints.writers:
                    window.popleft().result()
            while window:
                window.popleft().result()
        finally:
            for future in window:
                future.cancel()
            wait(window)

    def remove_graph(self, graph: str) -> bool:
        """Atomically drop `graph`; False when it did not exist. Side effect: a write."""
        exists = self._select(_HAS_GRAPH, {"g": ox.NamedNode(graph)})
        if not exists:
            return False
        if self.endpoints.update:
            self._update(f"DROP SILENT GRAPH {ox.NamedNode(graph)} ;\n{stamp_update([graph])}")
        elif self.endpoints.graph_store:
            self._http.fetch("DELETE", self.endpoints.graph_store, params=[("graph", graph)])
        else:
            raise self._read_only()
        return True

    def _update(self, update: str) -> None:
        assert self.endpoints.update is not None
        self._http.fetch("POST", self.endpoints.update, params=[("update", update)])

    # the change log (`graph.change_log.ChangeFeed`)

    def store_clock(self) -> str:
        """The server's clock now (xsd:dateTime value)."""
        rows = self._select(CLOCK, {})
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            now = row["now"]
            if isinstance(now, ox.Literal):
                return now.value
        raise StoreError(f"The SPARQL store at {self.url} did not tell its clock (NOW()).")

    def changes_since(self, since: ox.Literal) -> list[tuple[str, str]]:
        """(graph, stamp) of the store's graphs stamped at or after `since`."""
        rows = self._select(CHANGES_SINCE, {"since": since, **self._prefix()})
        assert isinstance(rows, ox.QuerySolutions)
        return [(row["g"].value, row["t"].value) for row in rows
                if isinstance(row["g"], ox.NamedNode) and isinstance(row["t"], ox.Literal)]

    def forget_changes_before(self, before: ox.Literal) -> None:
        """Delete the stamps older than `before`. Side effect: a write."""
        self._update(bind_values(FORGET_BEFORE, {"before": before}))

    # reads

    def graph_quads(self, graph: str) -> set[ox.Quad]:
        """All quads of one graph (a graph-store GET when there is that endpoint)."""
        g = ox.NamedNode(graph)
        if self.endpoints.graph_store:
            try:
                answer = self._http.fetch("GET", self.endpoints.graph_store,
                                          params=[("graph", graph)], accept=_GRAPH_ACCEPT)
            except ServerRefused as exc:
                if exc.status == 404:
                    return set()
                raise
            triples = ox.parse(answer.body, format=_rdf_format(answer.content_type))
            return {ox.Quad(t.subject, t.predicate, t.object, g) for t in triples}
        return {ox.Quad(t.subject, t.predicate, t.object, g)
                for t in self._graph_triples([graph]).get(graph, set())}

    def named_graphs(self) -> list[str]:
        rows = self._select(_GRAPHS, self._prefix())
        assert isinstance(rows, ox.QuerySolutions)
        return sorted(s["g"].value for s in rows if isinstance(s["g"], ox.NamedNode))

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        union_default_graph: bool = True,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """A read-only query run by the server; InputError when malformed (checked here
        first, by pyoxigraph's parser, so the message is the embedded store's)."""
        text = bind_values(sparql, _terms(bindings)) if bindings else sparql
        form = _query_form(text)
        params = [("query", text)]
        params += [("default-graph-uri", g) for g in default_graphs or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        if union_default_graph and not default_graphs:
            params.append(("union-default-graph", ""))
        try:
            if form is ox.QueryTriples:
                answer = self._http.fetch("POST", self.url, params=params, accept=_GRAPH_ACCEPT)
                return _as_query_triples(answer.body, answer.content_type)
            answer = self._http.fetch("POST", self.url, params=params, accept=_RESULTS)
        except ServerRefused as exc:
            if exc.status == 400:
                raise InputError(f"The SPARQL store refused the query: {exc.detail}") from exc
            raise
        _check_complete(self.url, answer.headers)
        return ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)

    def export(self, fmt: str, output: IO[bytes]) -> None:
        """The store's graphs in `fmt`, read with one query (streamed for dataset formats)."""
        rdf_format = export_format(fmt)
        if not rdf_format.supports_datasets:
            triples = self.query(_UNION_TRIPLES, bindings=self._prefix())
            assert isinstance(triples, ox.QueryTriples)
            ox.serialize(sorted(set(triples), key=str), output, rdf_format)
            return
        text = bind_values(_ALL_QUADS, self._prefix())
        with self._http.open("POST", self.url, params=[("query", text)],
                             accept=_RESULTS) as answer:
            _check_complete(self.url, answer.headers)
            rows = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
            assert isinstance(rows, ox.QuerySolutions)
            ox.serialize(_quads(rows), output, rdf_format)

    def checkpoint(self, path: Path) -> None:
        raise StoreError(
            f"The SPARQL store at {self.url} has no checkpoint; use `ikg export` for a copy."
        )

    def __len__(self) -> int:
        rows = self._select(_COUNT, self._prefix())
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            n = row["n"]
            return int(n.value) if n is not None else 0
        return 0

    def close(self) -> None:
        """Stop the writer threads and close the connections to the server."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self._http.close()

    # helpers

    def _select(
        self, sparql: str, bindings: Mapping[str, Term]
    ) -> ox.QuerySolutions | ox.QueryBoolean:
        result = self.query(sparql, bindings=bindings or None)
        assert not isinstance(result, ox.QueryTriples)
        return result

    def _prefix(self) -> dict[str, Term]:
        return {"prefix": ox.Literal(self.endpoints.graphs)}

    def _graph_triples(self, graphs: list[str]) -> dict[str, set[ox.Triple]]:
        """What the server holds in each of `graphs` (absent: not there)."""
        held: dict[str, set[ox.Triple]] = {}
        for start in range(0, len(graphs), GRAPHS_PER_READ):
            chunk = graphs[start : start + GRAPHS_PER_READ]
            rows = self.query(bind_rows(_QUADS_OF, [{"g": ox.NamedNode(g)} for g in chunk]))
            assert isinstance(rows, ox.QuerySolutions)
            for row in rows:
                g, s, p, o = row["g"], row["s"], row["p"], row["o"]
                held.setdefault(g.value, set()).add(ox.Triple(s, p, o))
        return held

    def _read_only(self) -> StoreError:
        return StoreError(
            f"The SPARQL store at {self.url} is read-only here: set IKG_SPARQL_UPDATE_URL "
            "(SPARQL Update endpoint) or IKG_GRAPH_STORE_URL (Graph Store endpoint) to write."
        )


_NUMERIC = frozenset(
    f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "long", "int")
)


def _comparable(triples: set[ox.Triple]) -> set[object]:
    """Triples as compared for "unchanged": an integer-valued xsd:decimal equals the same
    xsd:integer, because Virtuoso stores the one as the other ("28000000000"^^xsd:decimal
    comes back as xsd:integer); without this, re-ingesting such an article would rewrite it
    every time."""
    out: set[object] = set()
    for t in triples:
        o = t.object
        if isinstance(o, ox.Literal) and o.datatype.value in _NUMERIC:
            try:
                out.add((t.subject, t.predicate, Decimal(o.value)))
                continue
            except ArithmeticError:
                pass
        out.add(t)
    return out


def _terms(bindings: Mapping[str, Binding]) -> dict[str, Term]:
    for name, term in bindings.items():
        if isinstance(term, ox.BlankNode):
            raise InputError(
                f"?{name} is bound to a blank node, which a SPARQL server cannot be sent."
            )
    return dict(bindings)  # type: ignore[arg-type]


def _query_form(text: str) -> type:
    """SELECT/ASK/CONSTRUCT (as the result class) of a query, parsed by pyoxigraph on an
    empty store; InputError when malformed or an update."""
    try:
        return type(ox.Store().query(text))
    except SyntaxError as exc:
        raise InputError(f"Malformed SPARQL query: {exc}") from exc
    except (ValueError, RuntimeError, OSError) as exc:
        raise InputError(f"Invalid SPARQL query: {exc}") from exc


def _check_complete(url: str, headers: Mapping[str, str]) -> None:
    """Refuse a result the server cut short (Virtuoso sends a result cut at its
    ResultSetMaxRows, or a partial "anytime" result at its time limit, with status 200)."""
    lower = {k.lower(): v for k, v in headers.items()}
    if "x-sparql-maxrows" in lower:
        raise StoreError(
            f"The SPARQL store at {url} cut the result at {lower['x-sparql-maxrows']} rows; "
            "raise its row limit (Virtuoso: [SPARQL] ResultSetMaxRows) above the largest "
            "result (an export reads the whole store in one query)."
        )
    if "x-sql-state" in lower:
        raise StoreError(
            f"The SPARQL store at {url} answered with a partial result "
            f"({lower['x-sql-state']}: {lower.get('x-sql-message', '')}); raise its time "
            "limit (Virtuoso: [SPARQL] MaxQueryExecutionTime) or narrow the query."
        )


def _update_requests(writes: list[tuple[str, set[ox.Triple], bool]]) -> Iterator[str]:
    """SPARQL Update requests of whole graphs, about MAX_UPDATE_BYTES each, each ending with
    the change-log stamps of its graphs."""
    parts: list[str] = []
    graphs: list[str] = []
    size = 0
    for graph, triples, existed in writes:
        g = ox.NamedNode(graph)
        ops = [f"DROP SILENT GRAPH {g}"] if existed else []
        ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{_ntriples(triples).decode()}}} }}")
        part = " ;\n".join(ops)
        if parts and size + len(part) > MAX_UPDATE_BYTES:
            yield " ;\n".join([*parts, stamp_update(graphs)])
            parts, graphs, size = [], [], 0
        parts.append(part)
        graphs.append(graph)
        size += len(part)
    if parts:
        yield " ;\n".join([*parts, stamp_update(graphs)])


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def _rdf_format(content_type: str) -> ox.RdfFormat:
    media = content_type.split(";")[0].strip().lower()
    if media in ("text/plain", "application/n-triples", "text/ntriples"):
        return ox.RdfFormat.N_TRIPLES
    return ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE


def _as_query_triples(body: bytes, content_type: str) -> ox.QueryTriples:
    """A CONSTRUCT/DESCRIBE answer as pyoxigraph's QueryTriples (what the embedded store
    returns), through an in-memory store."""
    scratch = ox.Store()
    scratch.extend(
        ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
        for t in ox.parse(body, format=_rdf_format(content_type))
    )
    result = scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


def _quads(rows: ox.QuerySolutions) -> Iterator[ox.Quad]:
    for row in rows:
        yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

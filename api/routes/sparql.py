"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only, content-negotiated, time-limited.

Query by GET (`query=`), by POST form (`application/x-www-form-urlencoded`) or by POST direct
(`application/sparql-query`); `default-graph-uri` / `named-graph-uri` honoured (repeatable;
without them the default graph is the union of all article graphs). SPARQL Update and
federated SERVICE calls are refused (decided on the parsed query, `api.sparql.guard`).
Queries are admitted per client (`api.sparql.admission`) and run in worker processes killed
at `settings.sparql_timeout_s` or past `settings.sparql_memory_mb` (`api.sparql.pool`). GET
without a query answers the service description, or the query page for a browser.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib.resources import files
from typing import Annotated
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from api.deps import ServicesDep, SettingsDep
from api.errors import ApiError, error_responses
from api.routes._body import media_type, read_body
from api.sparql.admission import Busy
from api.sparql.pool import GRAPH_FORMATS, GRAPH_PREFIXES, QueryFailed, QueryRequest
from api.sparql.protocol import (
    FORMAT_PARAM,
    GRAPH_MEDIA,
    RESULT_MEDIA,
    is_update,
    negotiate,
    prefers_html,
)
from ontology.terms import IKG, ONTOLOGY_IRI

router = APIRouter(tags=["sparql"])

READ_ONLY = (
    "This SPARQL endpoint is read-only: SPARQL Update is not accepted. Load articles with "
    "POST /articles and the API key, or `ikg ingest PATH` with IKG_API_KEY set to this "
    "server's key (the articles are then sent to this server)."
)
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; "
    # YASGUI's results table (its column-resizer) inserts two fixed <style> elements: the
    # table layout and the cursor while a column is dragged. Allowed by their hashes, so
    # no other inline style (e.g. one smuggled in a query result) applies.
    "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=' "
    "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='; "
    "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
"""The page runs only its own and the vendored YASGUI's scripts and talks only to this
server (YASGUI's own calls to prefix.cc and LOV are switched off in sparql.js; this policy
would block them anyway): a result that slipped into the DOM as markup could not run or
send anything."""
ASSETS = {"sparql.js": "text/javascript", "sparql.css": "text/css"}

_STRING = {"schema": {"type": "string"}}
_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "Query results (SELECT/ASK: SPARQL JSON, XML, CSV, TSV; CONSTRUCT/"
        "DESCRIBE: Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads), chosen by the Accept "
        "header or `format`. Without a query: the service description, or the query page "
        "for a browser.",
        "content": {
            "application/sparql-results+json": {
                "schema": {"type": "object"},
                "example": {
                    "head": {"vars": ["investee"]},
                    "results": {
                        "bindings": [
                            {
                                "investee": {
                                    "type": "uri",
                                    "value": "https://industry-kg.org/id/entity/openai",
                                }
                            }
                        ]
                    },
                },
            },
            **{m: _STRING for m in list(RESULT_MEDIA)[1:] if m != "application/json"},
            "application/json": {"schema": {"type": "object"}},
            **{m: _STRING for m in GRAPH_MEDIA if m != "application/ld+json"},
            "application/ld+json": {"schema": {}},
            "text/html": _STRING,
        },
    },
    **error_responses(400, 403, 406, 413, 415, 422, 503),
}


def _graphs(values: list[str] | None, name: str) -> tuple[str, ...]:
    out = []
    for value in values or ():
        try:
            out.append(ox.NamedNode(value).value)
        except ValueError:
            raise ApiError(400, f"{name} must be an absolute IRI, not {value!r}.") from None
    return tuple(out)


def _choose(
    accept: str | None, fmt: str | None
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(results, graphs) media types: from `format` (a short name like json or turtle, or a
    media type, as SPARQLWrapper sends it) where it says, else from the Accept header."""
    results = negotiate(accept, list(RESULT_MEDIA))
    graphs = negotiate(accept, list(GRAPH_MEDIA))
    key = (fmt or "").strip().lower()
    if key in FORMAT_PARAM:
        by_name = FORMAT_PARAM[key]
        results = by_name[0] or results
        graphs = by_name[1] or graphs
    elif key in RESULT_MEDIA:
        results = key
    elif key in GRAPH_MEDIA:
        graphs = key
    if results is None and graphs is None:
        raise ApiError(
            406,
            "None of the formats in the Accept header can be produced. SELECT "
            f"and ASK: {', '.join(RESULT_MEDIA)}; CONSTRUCT and DESCRIBE: "
            f"{', '.join(GRAPH_MEDIA)}.",
        )
    return (
        (results, RESULT_MEDIA[results]) if results else None,
        (graphs, GRAPH_MEDIA[graphs]) if graphs else None,
    )


async def _answer(
    request: Request,
    services: ServicesDep,
    query: str,
    default_graphs: list[str] | None,
    named_graphs: list[str] | None,
    fmt: str | None,
) -> Response:
    if is_update(query):
        raise ApiError(403, READ_ONLY, "read_only")
    results, graphs = _choose(request.headers.get("accept"), fmt)
    job = QueryRequest(
        query,
        _graphs(default_graphs, "default-graph-uri"),
        _graphs(named_graphs, "named-graph-uri"),
        results,
        graphs,
    )
    client = request.client.host if request.client else "unknown"
    try:
        answer = await services.sparql_gate.run(client, job)
    except Busy as exc:
        raise ApiError(
            exc.status, exc.message, exc.code, headers={"Retry-After": str(exc.retry_after)}
        ) from None
    except QueryFailed as exc:
        raise ApiError(exc.status, exc.message, exc.code) from None
    return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})


@router.get(
    "/sparql",
    summary="SPARQL 1.1 query (GET), service description, or query page",
    response_class=Response,
    responses=_RESPONSES,
)
async def sparql_get(
    request: Request,
    services: ServicesDep,
    query: Annotated[
        str | None,
        Query(
            description="A SPARQL 1.1 query. Without it: the service description (or the query "
            "page for a browser).",
            openapi_examples={
                "investments": {
                    "summary": "Who invests in whom",
                    "value": "PREFIX ikg: <https://industry-kg.org/ontology#>\n"
                    "SELECT ?investor ?investee WHERE { ?investor ikg:investsIn "
                    "?investee } LIMIT 10",
                },
                "ask": {"summary": "ASK", "value": "ASK { ?s ?p ?o }"},
                "construct": {
                    "summary": "CONSTRUCT",
                    "value": "PREFIX ikg: <https://industry-kg"
                    ".org/ontology#>\nCONSTRUCT WHERE { ?s ikg:supplies ?o }",
                },
            },
        ),
    ] = None,
    default_graph_uri: Annotated[
        list[str] | None,
        Query(
            alias="default-graph-uri",
            description="Graphs making the default graph (repeatable)."
            " Default: the union of all graphs.",
        ),
    ] = None,
    named_graph_uri: Annotated[
        list[str] | None,
        Query(alias="named-graph-uri", description="Graphs available to GRAPH (repeatable)."),
    ] = None,
    format: Annotated[
        str | None,
        Query(
            description="Overrides Accept: json, xml, csv, tsv, turtle, ntriples, jsonld, "
            "rdfxml, trig, nquads, or a media type (unknown values are ignored)."
        ),
    ] = None,
) -> Response:
    """Run a read-only query. Results are negotiated from the Accept header (q-values
    honoured); 400 with the parser's message for a malformed query; 403 for an update;
    503 when the query runs past the time limit (it is stopped)."""
    if "update" in request.query_params:
        raise ApiError(403, READ_ONLY, "read_only")
    if query is None:
        if prefers_html(request.headers.get("accept")):
            return _page(request)
        return _service_description(request, format)
    return await _answer(request, services, query, default_graph_uri, named_graph_uri, format)


@router.post(
    "/sparql",
    summary="SPARQL 1.1 query (POST form or POST direct)",
    response_class=Response,
    responses=_RESPONSES,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "required": ["query"],
                        "properties": {
                            "query": {"type": "string"},
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "example": {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"},
                },
                "application/sparql-query": {
                    "schema": {"type": "string"},
                    "example": "ASK { ?s ?p ?o }",
                },
            },
        }
    },
)
async def sparql_post(request: Request, services: ServicesDep, settings: SettingsDep) -> Response:
    """POST form (`query=`, `default-graph-uri=`, `named-graph-uri=` in the body) or POST
    direct (the query as an `application/sparql-query` body, graph IRIs in the URL).
    `application/sparql-update` and the `update=` field are refused (403, read-only)."""
    kind = media_type(request)
    url_params = request.query_params
    if kind == "application/sparql-update" or "update" in url_params:
        raise ApiError(403, READ_ONLY, "read_only")
    if kind not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        raise ApiError(
            415,
            "POST a query as application/x-www-form-urlencoded (query=...) or "
            f"as application/sparql-query, not {kind or 'a body without type'}.",
        )
    data = await read_body(request, settings.max_body_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "The request body is not UTF-8.") from None
    defaults = url_params.getlist("default-graph-uri")
    named = url_params.getlist("named-graph-uri")
    fmt = url_params.get("format")
    if kind == "application/sparql-query":
        query = text
    else:
        form = parse_qs(text, keep_blank_values=True)
        if "update" in form:
            raise ApiError(403, READ_ONLY, "read_only")
        queries = form.get("query", [])
        if len(queries) != 1:
            raise ApiError(400, "Send exactly one query= field (URL-encoded) in the form.")
        query = queries[0]
        defaults += form.get("default-graph-uri", [])
        named += form.get("named-graph-uri", [])
        if form.get("format"):
            fmt = form["format"][0]
    return await _answer(request, services, query, defaults, named, fmt)


# ---- service description and the query page ---------------------------------------------------

_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS_NS = "http://www.w3.org/ns/formats/"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _service_description(request: Request, fmt: str | None) -> Response:
    _, graphs = _choose(request.headers.get("accept"), fmt or None)
    if graphs is None:
        raise ApiError(
            406, f"The service description is RDF: accept one of {', '.join(GRAPH_MEDIA)}."
        )
    media, name = graphs
    endpoint = str(request.url.replace(query=""))
    try:
        svc = ox.NamedNode(endpoint)
    except ValueError:
        svc = ox.NamedNode("urn:ikg:sparql")
    sd = {
        k: ox.NamedNode(_SD + k)
        for k in (
            "Service",
            "endpoint",
            "supportedLanguage",
            "SPARQL11Query",
            "resultFormat",
            "feature",
            "UnionDefaultGraph",
            "BasicFederatedQuery",
        )
    }
    triples = [
        ox.Triple(svc, _RDF_TYPE, sd["Service"]),
        ox.Triple(svc, sd["endpoint"], svc),
        ox.Triple(svc, sd["supportedLanguage"], sd["SPARQL11Query"]),
        ox.Triple(svc, sd["feature"], sd["UnionDefaultGraph"]),
    ]
    for fmt_name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
        "TriG",
        "N-Quads",
    ):
        triples.append(ox.Triple(svc, sd["resultFormat"], ox.NamedNode(_FORMATS_NS + fmt_name)))
    body = (
        ox.serialize(
            triples,
            format=GRAPH_FORMATS[name],
            prefixes={"sd": _SD, "formats": _FORMATS_NS} if name in ("turtle", "trig") else None,
        )
        or b""
    )
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def _static(name: str) -> str:
    return files("api").joinpath("static", "sparql", name).read_text(encoding="utf-8")


@cache
def _page_template() -> str:
    """The page with the vocabulary YASGUI completes from (prefixes and ontology terms)."""
    terms = sorted(IKG.__annotations__)
    vocabulary = {
        "prefixes": GRAPH_PREFIXES,
        "classes": [ONTOLOGY_IRI + t for t in terms if t[0].isupper()],
        "properties": [ONTOLOGY_IRI + t for t in terms if t[0].islower()],
    }
    return _static("index.html").replace(
        "{{VOCABULARY}}", html.escape(json.dumps(vocabulary), quote=True)
    )


def _page(request: Request) -> HTMLResponse:
    root = html.escape(request.scope.get("root_path", "").rstrip("/"), quote=True)
    return HTMLResponse(
        _page_template().replace("{{ROOT}}", root),
        headers={
            "Content-Security-Policy": PAGE_CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Vary": "Accept",
        },
    )


@router.get("/sparql/ui", summary="The SPARQL query page (HTML)", response_class=HTMLResponse)
async def sparql_page(request: Request) -> HTMLResponse:
    """YASGUI, offline: write a query with completion, see the results as a table, download
    them in any format of the endpoint."""
    return _page(request)


@router.get("/sparql/ui/{asset}", include_in_schema=False)
async def sparql_asset(asset: str) -> Response:
    if asset not in ASSETS:
        raise ApiError(404, f"No asset {asset!r}.")
    return Response(
        _static(asset),
        media_type=ASSETS[asset],
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )

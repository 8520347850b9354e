"""Property-based fuzzing of every route from the app's own OpenAPI document (schemathesis):
no 500, every status and content type documented, every response valid against its schema."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from tests.conftest import ROOT
from tests.test_api_support import LiveServer, build_store, settings_for, start_server, stop_server


def no_server_error(ctx: object, response: schemathesis.Response, case: schemathesis.Case) -> None:
    """No 500 (or other 5xx); a 503 is a documented answer (no Neo4j, query time limit)."""
    if response.status_code >= 500 and response.status_code != 503:
        raise AssertionError(f"{response.status_code}: {response.text[:500]}")


CHECKS = [
    no_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@schemathesis.serializer("application/sparql-query")
def _sparql_query(ctx: object, value: object) -> bytes:
    return (value if isinstance(value, str) else str(value)).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`ikg serve` over the test articles (real HTTP; the app starts once)."""
    data: Path = tmp_path_factory.mktemp("fuzz") / "data"
    build_store(data)
    server = start_server(data, IKG_SPARQL_TIMEOUT_S="5")
    try:
        yield server
    finally:
        stop_server(server)


# The schema comes from the app's own OpenAPI document (building the app opens nothing); the
# calls go over HTTP to a running server of the same app.
schema = schemathesis.openapi.from_dict(create_app(settings_for(Path("unused"))).openapi())


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_route_against_its_openapi_document(
    case: schemathesis.Case, fuzzed_server: LiveServer
) -> None:
    case.call_and_validate(base_url=fuzzed_server.url, checks=CHECKS)


def test_every_route_is_documented_with_examples(tmp_path: Path) -> None:
    doc = create_app(settings_for(tmp_path / "data")).openapi()
    paths = doc["paths"]
    expected = {
        ("get", "/sparql"),
        ("post", "/sparql"),
        ("get", "/entities"),
        ("get", "/entities/{id}"),
        ("get", "/entities/{id}/relationships"),
        ("get", "/entities/{id}/neighbourhood"),
        ("get", "/entities/{id}/exposure"),
        ("get", "/graph/top"),
        ("get", "/paths"),
        ("get", "/relationships"),
        ("get", "/relationships/{source_id}/{type}/{target_id}"),
        ("get", "/articles"),
        ("post", "/articles"),
        ("get", "/articles/{id}"),
        ("get", "/analytics/centrality"),
        ("post", "/cypher"),
        ("get", "/health"),
        ("get", "/ping"),
    }
    documented = {(m, p) for p, ops in paths.items() for m in ops}
    assert expected <= documented
    for method, path in expected - {("get", "/health"), ("get", "/ping")}:
        op = paths[path][method]
        contents = op["responses"]["200"]["content"]
        assert any("example" in c or "examples" in c for c in contents.values()), (method, path)
        for status in op["responses"]:
            if status.startswith(("4", "5")):
                ref = op["responses"][status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorBody"), (method, path, status)


def test_every_route_appears_in_docs_api_md(tmp_path: Path) -> None:
    docs = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    doc = create_app(settings_for(tmp_path / "data")).openapi()
    missing = []
    for path, ops in doc["paths"].items():
        if any("graph view" in op.get("tags", []) for op in ops.values()):
            continue  # the graph view documents its own page
        pattern = re.escape(path)
        pattern = re.sub(r"\\\{[^}]+\\\}", r"[^/\\s?\"']+", pattern)
        if not re.search(pattern + r"(?![\w/])", docs):
            missing.append(path)
    assert not missing, f"routes missing from docs/api.md: {missing}"

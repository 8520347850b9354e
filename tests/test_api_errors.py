"""One JSON error shape for every error: unknown routes, wrong methods, invalid parameters."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

pytest_plugins = ["tests.test_api_support"]


def error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert {"status", "code", "message"} <= set(body["error"])
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "url", ["/nope", "/entities/nvidia/friends", "/sparql/ui/x.js", "/relationships/a/b"]
)
def test_unknown_routes_are_404_in_the_error_shape(api_client: TestClient, url: str) -> None:
    assert error(api_client.get(url), 404)["code"] == "not_found"


def test_wrong_method_is_405_with_allow(api_client: TestClient) -> None:
    r = api_client.delete("/entities")
    e = error(r, 405)
    assert e["code"] == "method_not_allowed" and "GET" in r.headers["allow"]
    assert "use GET" in e["message"]
    error(api_client.put("/sparql", content=b"x"), 405)
    error(api_client.get("/cypher"), 405)


def test_invalid_parameters_are_422_with_details(api_client: TestClient) -> None:
    e = error(api_client.get("/entities?limit=0&offset=-1"), 422)
    assert e["code"] == "unprocessable_entity"
    assert {tuple(d["loc"]) for d in e["details"]} == {("query", "limit"), ("query", "offset")}
    error(api_client.get("/entities/nvidia/relationships?direction=sideways"), 422)
    error(api_client.get("/paths?source=nvidia"), 422)
    error(
        api_client.post("/cypher", content=b"[]", headers={"Content-Type": "application/json"}), 422
    )


def test_write_routes_refuse_without_key_in_the_error_shape(api_client: TestClient) -> None:
    r = api_client.post("/articles", json={"text": "x"})
    assert error(r, 401)["code"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"

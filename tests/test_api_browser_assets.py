"""What the app serves to web pages other than its own: Swagger UI from the package, and the
style and guide that Neo4j Browser fetches cross-origin on connect. Fast checks over HTTP; the
real pages are driven in tests/test_offline_pages_browser.py and tests/test_neo4j_browser.py."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.conftest import ROOT

pytest_plugins = ["tests.test_api_support"]

BROWSER_ORIGIN = "http://localhost:7474"


def test_docs_page_loads_swagger_ui_from_the_package(api_client: TestClient) -> None:
    page = api_client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r'(?:href|src)="([^"]+)"', page.text)
    assert urls and all(u.startswith("/static/vendor/swagger-ui/") for u in urls), urls
    assert "'/openapi.json'" in page.text and '"validatorUrl": null' in page.text
    for url in urls:
        assert api_client.get(url).status_code == 200, url
    assert api_client.get("/redoc").status_code == 404


def test_neo4j_style_is_the_project_grass(api_client: TestClient) -> None:
    style = api_client.get("/neo4j/style.grass", headers={"Origin": BROWSER_ORIGIN})
    assert style.status_code == 200 and style.headers["content-type"].startswith("text/plain")
    assert style.text == (ROOT / "ontology" / "neo4j-browser.grass").read_text(encoding="utf-8")
    assert style.headers["access-control-allow-origin"] == "*"


def test_neo4j_guide_answers_browsers_preflight(api_client: TestClient) -> None:
    # Browser sends Cache-Control and Pragma: not simple headers, so the fetch is preflighted.
    preflight = api_client.options(
        "/neo4j/guide.html",
        headers={
            "Origin": BROWSER_ORIGIN,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "cache-control,pragma",
        },
    )
    assert preflight.status_code == 200
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert "cache-control" in allowed and "pragma" in allowed
    guide = api_client.get("/neo4j/guide.html", headers={"Origin": BROWSER_ORIGIN})
    assert guide.status_code == 200 and guide.headers["content-type"].startswith("text/html")
    assert guide.text.count("<slide") == 6 and "<script" not in guide.text
    # CORS stays limited to the SPARQL endpoint and these two resources.
    other = api_client.get("/health", headers={"Origin": BROWSER_ORIGIN})
    assert "access-control-allow-origin" not in other.headers

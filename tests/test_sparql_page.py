"""The SPARQL query page in a real browser (headless Debian Chromium) against `ikg serve`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_api_support import HOSTILE_COMPANY, LiveServer
from tests.test_graph_view_harness import CHROMIUM, chromium

pytest_plugins = ["tests.test_api_support"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium (bash scripts/test-prerequisites.sh installs it)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    pytest.importorskip("playwright")
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """A page that fails the test on console errors and refuses any non-local request."""
    page = browser.new_page()
    problems: list[str] = []
    expected = "the server responded with a status of 400"  # the malformed-query test

    def console(m: Any) -> None:
        if m.type == "error" and expected not in m.text:
            problems.append(m.text)

    page.on("console", console)
    page.on("pageerror", lambda e: problems.append(str(e)))

    def only_local(route: Any) -> None:
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            problems.append(f"external request: {route.request.url}")
            route.abort()

    page.route("**/*", only_local)
    yield page
    page.close()
    assert not problems, problems


def test_query_page_runs_a_select_and_shows_a_table(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/sparql", wait_until="networkidle")  # browser Accept: HTML
    assert page.locator("textarea#query").input_value().startswith("PREFIX")
    page.fill(
        "textarea#query",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?e ?name WHERE { ?e rdfs:label ?name } ORDER BY ?name",
    )
    page.click("#run")
    page.wait_for_selector("table tbody tr")
    assert page.locator("thead th").all_inner_texts() == ["?e", "?name"]
    cells = page.locator("tbody td").all_inner_texts()
    assert HOSTILE_COMPANY in cells  # shown as text, not markup
    assert "rows in" in page.locator("#status").inner_text()


def test_query_page_shows_other_formats_and_errors(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/sparql/ui", wait_until="networkidle")
    page.fill(
        "textarea#query",
        "PREFIX ikg: <https://industry-kg.org/ontology#>\nCONSTRUCT WHERE { ?s ikg:supplies ?o }",
    )
    page.select_option("#accept", "text/turtle")
    page.click("#run")
    page.wait_for_selector("#results pre")
    assert "ikg:supplies" in page.locator("#results pre").inner_text()
    page.fill("textarea#query", "SELECT ?s WHERE {")
    page.select_option("#accept", "application/sparql-results+json")
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert page.locator("#status").inner_text().startswith("400: Malformed SPARQL query")

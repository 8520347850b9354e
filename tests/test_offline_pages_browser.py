"""The pages a user opens on `ikg serve`, in a real browser (headless Debian Chromium), with
every request that leaves the server aborted and recorded: the SPARQL editor (YASGUI) and the
REST API docs (Swagger UI). Both must work from the package's own files alone."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_api_support import HOSTILE_COMPANY, LiveServer
from tests.test_graph_view_harness import (
    BROWSER_MARKS,
    ROOT,
)

pytest_plugins = ["tests.test_api_support", "tests.test_graph_view_harness"]  # fixtures

pytestmark = BROWSER_MARKS

ARTIFACTS = ROOT / "artifacts"
EDITOR = ".yasqe .CodeMirror"
RESULT_ROWS = ".yasr table tbody tr"


@pytest.fixture
def page(browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """A page (in a fresh context: no saved YASGUI tabs) that fails the test on console
    errors (CSP violations are console errors) and on any request not to the server."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    expected = "the server responded with a status of 400"  # the malformed-query test

    def console(m: Any) -> None:
        if m.type == "error" and expected not in m.text:
            problems.append(m.text)

    page.on("console", console)
    page.on("pageerror", lambda e: problems.append(str(e)))

    def only_local(route: Any) -> None:
        if route.request.url.startswith(live_server.url + "/"):
            route.continue_()
        else:
            problems.append(f"external request: {route.request.url}")
            route.abort()

    context.route("**/*", only_local)
    yield page
    context.close()
    assert not problems, problems


def clear_and_type(page: Any, text: str) -> None:
    """Replace the editor's text by typing, key by key, as a user does."""
    page.click(f"{EDITOR}-code")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(text)


def query_text(page: Any) -> str:
    return page.evaluate("() => window.ikgYasgui.getTab().getQuery()")  # type: ignore[no-any-return]


def run_query(page: Any) -> None:
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr_response_chip")


def test_yasgui_types_a_query_completes_prefixes_and_shows_a_table(
    page: Any, live_server: LiveServer
) -> None:
    page.goto(live_server.url + "/sparql", wait_until="networkidle")  # browser Accept: HTML
    page.wait_for_selector(EDITOR)
    assert query_text(page).startswith("PREFIX ikg: <https://industry-kg.org/ontology#>")
    assert page.locator(f"{EDITOR} .cm-keyword").count() > 0  # syntax highlighting

    # Typing a prefixed name adds its PREFIX line: the ontology's prefixes are known.
    clear_and_type(page, "SELECT ?e ?name WHERE { ?e rdfs:label ?name } ORDER BY ?name")
    typed = query_text(page)
    assert typed.startswith("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"), typed
    run_query(page)
    page.wait_for_selector(RESULT_ROWS)
    headers = [h.strip() for h in page.locator(".yasr table thead th").all_inner_texts()]
    assert [h for h in headers if h] == ["e", "name"]
    names = page.locator(".yasr table tbody td:nth-child(3)").all_inner_texts()
    assert HOSTILE_COMPANY in [n.strip() for n in names]  # shown as text, not markup
    assert "Nvidia" in [n.strip() for n in names]
    chip = page.locator(".yasr_response_chip").inner_text()
    assert chip.startswith(f"{len(names)} results")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sparql-yasgui.png"), full_page=True)  # for a person

    # Terms of the ontology complete after `ikg:` (from the page, not from LOV).
    clear_and_type(page, "SELECT * WHERE { ?a ikg:inves")
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hints li")
    hints = page.locator(".CodeMirror-hints li").all_inner_texts()
    assert "ikg:investsIn" in hints, hints
    page.keyboard.press("Enter")
    assert "ikg:investsIn" in query_text(page)
    assert query_text(page).startswith("PREFIX ikg: <https://industry-kg.org/ontology#>")


def test_yasgui_downloads_in_the_endpoint_formats(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/sparql/ui", wait_until="networkidle")
    page.wait_for_selector(EDITOR)
    clear_and_type(page, "SELECT ?e ?name WHERE { ?e rdfs:label ?name } ORDER BY ?name")
    page.select_option("#download-format", "csv")
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "results.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["e", "name"] and [r for r in rows if r[1] == HOSTILE_COMPANY]

    clear_and_type(page, "CONSTRUCT WHERE { ?s ikg:supplies ?o }")
    page.select_option("#download-format", "turtle")
    with page.expect_download() as info:
        page.click("#download")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert "@prefix ikg: <https://industry-kg.org/ontology#>" in text and "ikg:supplies" in text


def test_yasgui_examples_constructs_and_errors(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/sparql/ui", wait_until="networkidle")
    page.wait_for_selector(EDITOR)
    options = page.locator("#examples option").all_inner_texts()
    assert "Supply edges as Turtle (CONSTRUCT)" in options and len(options) >= 6
    page.select_option("#examples", "Supply edges as Turtle (CONSTRUCT)")
    assert "CONSTRUCT { ?supplier ikg:supplies ?customer }" in query_text(page)
    run_query(page)
    page.click(".yasr .select_response")
    page.wait_for_selector(".yasr .CodeMirror")
    assert "ikg:supplies" in page.locator(".yasr .CodeMirror").inner_text()

    clear_and_type(page, "SELECT ?s WHERE {")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr .errorResult")
    assert "Malformed SPARQL query" in page.locator(".yasr .errorResult").inner_text()


def test_api_docs_load_offline_and_list_the_routes(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/docs", wait_until="networkidle")
    page.wait_for_selector(".opblock-summary-path")
    paths = {p.strip() for p in page.locator(".opblock-summary-path").all_inner_texts()}
    assert {"/sparql", "/entities", "/cypher", "/neo4j/style.grass"} <= paths, paths
    assert page.locator(".info .title").inner_text().startswith("industry-kg")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "api-docs-swagger-ui.png"))  # for a person
    page.locator(".opblock-summary-path", has_text="/health").first.click()
    page.click(".opblock.is-open .try-out__btn")
    page.click(".opblock.is-open .execute")
    live = page.locator(".opblock.is-open .live-responses-table tbody tr").first
    live.wait_for()  # "Try it out" called the server from the page
    assert live.locator(".response-col_status").inner_text().strip() == "200"
    assert '"status": "ok"' in live.locator(".response-col_description").inner_text()

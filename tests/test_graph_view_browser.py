"""The graph view in a real browser: `ikg serve` in a subprocess, headless Debian Chromium.

Two servers: one over `seeds/` ingested with `ikg ingest seeds/` (the user's first run), one
over a hand-made graph with every edge style and hostile names. Each test fails on any
console error, uncaught exception or dialog. Screenshots go to artifacts/ (gitignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tests.test_graph_view_harness import (
    BROWSER_MARKS,
    HOSTILE_COMPANY,
    HOSTILE_PERSON,
    ROOT,
    PageWatch,
    fixture_extractions,
    ikg_server,
    run_ikg,
    serving_extractions,
    write_extractions,
)

pytest_plugins = ["tests.test_graph_view_harness"]  # the `browser` fixture
pytestmark = BROWSER_MARKS

ARTIFACTS = ROOT / "artifacts"
READY = "body[data-state=ready]"


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("seeds") / "data"
    run_ikg("ingest", "seeds/", data_dir=data_dir)
    with ikg_server(data_dir) as base:
        yield base


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving_extractions(
        tmp_path_factory.mktemp("fixture") / "data", fixture_extractions()
    ) as base:
        yield base


_CLICK_POINT_JS = """(id) => {
    // A node: its centre. An edge: the first point along it (straight, or one quadratic
    // bend; middle first) where cytoscape's own hit test finds this edge, so that an edge
    // the layout happens to draw across the middle does not take the click.
    const cy = window.ikg.cy, el = cy.getElementById(id);
    const box = document.getElementById('graph').getBoundingClientRect();
    if (el.isNode()) {
        const p = el.renderedPosition();
        return {x: box.left + p.x, y: box.top + p.y};
    }
    const a = el.sourceEndpoint(), b = el.targetEndpoint();
    const c = (el.controlPoints() || [])[0] || {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
    const bend = (u, v, w, t) => (1 - t) * (1 - t) * u + 2 * (1 - t) * t * v + t * t * w;
    const at = (t) => ({x: bend(a.x, c.x, b.x, t), y: bend(a.y, c.y, b.y, t)});
    const hit = [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75].map(at)
        .find(p => cy.renderer().findNearestElement(p.x, p.y, true, false)?.id() === id)
        || at(0.5);
    const zoom = cy.zoom(), pan = cy.pan();
    return {x: box.left + hit.x * zoom + pan.x, y: box.top + hit.y * zoom + pan.y};
}"""


class Page:
    """A browser page with its problems recorded, and helpers to act on the graph."""

    def __init__(self, page: Any, watch: PageWatch) -> None:
        self.page = page
        self.watch = watch

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.ready()

    def ready(self) -> None:
        self.page.wait_for_selector(READY, timeout=20_000)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_names(self, visible_only: bool = True) -> set[str]:
        selector = "node:visible" if visible_only else "node"
        return set(self.js(f"() => window.ikg.cy.$('{selector}').map(n => n.data('name'))"))

    def wait_view(self, kind: str, entity: str | None = None) -> None:
        self.page.wait_for_function(
            "([kind, id]) => window.ikg.state.view && window.ikg.state.view.kind === kind"
            " && (!id || window.ikg.state.view.id === id)"
            " && document.body.dataset.state === 'ready'",
            arg=[kind, entity],
            timeout=20_000,
        )

    def screen_point(self, element_id: str) -> dict[str, float]:
        """Where an element (node or edge midpoint) is on the screen."""
        return self.js(  # type: ignore[no-any-return]
            """(id) => {
                const el = window.ikg.cy.getElementById(id);
                const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
                const box = document.getElementById('graph').getBoundingClientRect();
                return {x: box.left + p.x, y: box.top + p.y};
            }""",
            element_id,
        )

    def click_element(self, element_id: str) -> None:
        """A real mouse click on a node, or on an edge where no other edge crosses it."""
        point = self.js(_CLICK_POINT_JS, element_id)
        self.page.mouse.click(point["x"], point["y"])

    def search_and_pick(self, text: str) -> None:
        self.page.fill("#search", text)
        self.page.wait_for_selector("#search-list li[role=option]:not(.empty)")
        self.page.keyboard.press("Enter")

    def shot(self, name: str) -> Path:
        path = ARTIFACTS / name
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path))
        return path

    def timings(self, name: str) -> list[float]:
        return [t["ms"] for t in self.js("() => window.ikg.state.timings") if t["name"] == name]


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    raw = context.new_page()
    watch = PageWatch().attach(raw)
    p = Page(raw, watch)
    yield p
    p.shot(f"tests/{request.node.name}.png")  # the last state of every test, for a look
    context.close()
    allowed = getattr(request.node, "allowed_errors", None)
    errors = [e for e in watch.errors if not (allowed and re.search(allowed, e))]
    assert errors == [], "console errors in the page"
    assert watch.dialogs == [], "the page opened dialogs"


# ---------------------------------------------------------------- the user's first run


def test_search_openai_see_nvidia_read_the_evidence(page: Page, seeds_url: str) -> None:
    """The issue's scenario on the seeds: search, see the neighbour, click the edge, read."""
    page.open(f"{seeds_url}/graph")
    page.search_and_pick("OpenAI")
    page.wait_view("entity", "openai")
    assert "Nvidia" in page.node_names()
    relationships = page.page.inner_text("#details .rels")
    assert "Nvidia" in relationships

    edges = page.js(
        """() => window.ikg.cy.edges(':visible').filter(e =>
              [e.source().id(), e.target().id()].sort().join() === 'nvidia,openai'
           ).map(e => e.id())"""
    )
    assert edges, "an edge links Nvidia and OpenAI"
    if len(edges) > 1:  # parallel edges are curved apart, the others stay straight
        curves = page.js(
            "(ids) => ids.map(id => window.ikg.cy.getElementById(id).style('curve-style'))", edges
        )
        assert set(curves) == {"unbundled-bezier"}
        bends = page.js(  # each at its own distance from the straight line, on screen
            "(ids) => ids.map(id => { const e = window.ikg.cy.getElementById(id);"
            " const m = e.midpoint(); return [Math.round(m.x), Math.round(m.y)].join(); })",
            edges,
        )
        assert len(set(bends)) == len(edges)
    edge = next((e for e in edges if "|INVESTS_IN|" in e), edges[0])
    page.click_element(edge)
    page.page.wait_for_selector("#details .provenance .evidence")

    evidence = page.page.inner_text("#details .provenance .evidence")
    assert "Nvidia" in evidence and "OpenAI" in evidence
    marked = page.js(
        "() => [...document.querySelectorAll('#details .evidence mark')].map(m => m.textContent)"
    )
    assert any(m.lower() == "nvidia" for m in marked) and any("openai" in m.lower() for m in marked)
    title = page.page.inner_text("#details-title")
    assert "Nvidia" in title and "OpenAI" in title
    assert page.page.locator("#details .provenance .source").count() >= 1
    page.shot("graph-view.png")


# ---------------------------------------------------------------- the hand-made graph


def test_opens_on_the_most_connected_entities(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph")
    page.wait_view("top")
    assert {"OpenAI", "Nvidia", "Anthropic"} <= page.node_names()
    assert "Most connected" in page.page.inner_text("#details")
    assert page.timings("ikg:draw")


def test_entity_in_the_url_by_id_or_name(page: Page, fixture_url: str) -> None:
    for value in ["anthropic", "Anthropic"]:
        page.open(f"{fixture_url}/graph?entity={value}")
        page.wait_view("entity", "anthropic")
        assert page.node_names() == {"Anthropic", "Amazon", "OpenAI"}
        assert page.js("() => window.ikg.cy.getElementById('anthropic').hasClass('focus')")


def test_edges_show_denied_disputed_and_unasserted_claims(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph")
    styles = page.js(
        """() => Object.fromEntries(window.ikg.cy.edges().map(e => [e.id(), {
              classes: e.classes(), line: e.style('line-style'), color: e.style('line-color'),
              label: e.data('label'), arrow: e.style('target-arrow-shape')}]))"""
    )
    denied = styles["initech|SUPPLIES|umbrella-corp"]
    assert "denied" in denied["classes"] and denied["line"] == "dashed"
    assert denied["color"] == "rgb(220,38,38)" and "denied" in denied["label"]
    disputed = styles["nvidia|INVESTS_IN|openai"]
    assert "disputed" in disputed["classes"] and disputed["line"] == "dashed"
    rumoured = styles["acme-robotics|ACQUIRES|globex"]
    assert "unasserted" in rumoured["classes"] and rumoured["line"] == "dotted"
    assert "rumoured" in rumoured["label"]
    assert styles["anthropic|COMPETES_WITH|openai"]["arrow"] == "none"  # symmetric
    assert styles["amazon|INVESTS_IN|anthropic"]["arrow"] == "triangle"

    page.click_element("initech|SUPPLIES|umbrella-corp")
    page.page.wait_for_selector("#details .provenance")
    badges = page.js(
        "() => [...document.querySelectorAll('#details .badge')].map(b => b.textContent)"
    )
    assert "denied" in badges
    page.click_element("nvidia|INVESTS_IN|openai")
    page.page.wait_for_selector("#details .badge.disputed")
    text = page.page.inner_text("#details")
    assert "Attributed to Wall Street Journal" in text
    assert "up to 100B USD" in text
    assert "2 claims in 2 articles" in text
    page.shot("graph-view-disputed.png")


def test_click_a_node_expands_its_neighbours(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph?entity=anthropic")
    page.wait_view("entity", "anthropic")
    assert "Nvidia" not in page.node_names()
    page.click_element("openai")
    page.page.wait_for_function(
        "() => window.ikg.state.expanded.has('openai') && document.body.dataset.state === 'ready'"
        " && window.ikg.cy.getElementById('nvidia').nonempty()"
    )
    assert {"Nvidia", "Microsoft", HOSTILE_COMPANY} <= page.node_names()
    assert page.page.inner_text("#details-title") == "OpenAI"
    assert page.timings("ikg:expand")
    # redraws held from the press until the merge are released, the selection drawn
    assert page.js("() => !window.ikg.cy.batching() && window.ikg.cy.$(':selected').id()") == (
        "openai"
    )


def test_dragging_a_node_moves_it(page: Page, fixture_url: str) -> None:
    """A press on a node holds redraws for a click; a drag must not wait for that."""
    page.open(f"{fixture_url}/graph?entity=anthropic")
    page.wait_view("entity", "anthropic")
    position = "(id) => window.ikg.cy.getElementById(id).position()"
    before = page.js(position, "openai")
    point = page.screen_point("openai")
    page.page.mouse.move(point["x"], point["y"])
    page.page.mouse.down()
    page.page.mouse.move(point["x"] + 80, point["y"] + 40, steps=8)
    assert not page.js("() => window.ikg.cy.batching()")
    page.page.mouse.up()
    after = page.js(position, "openai")
    assert after["x"] > before["x"] + 20


def test_filters_by_type_status_and_date(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph")
    hidden = "(id) => window.ikg.cy.getElementById(id).hasClass('filtered')"
    page.page.get_by_label("invests in").uncheck()
    page.page.wait_for_function(f"() => ({hidden})('nvidia|INVESTS_IN|openai')")
    assert (
        "types=" in page.page.url
        and "INVESTS_IN" not in parse_qs(urlparse(page.page.url).query)["types"][0]
    )
    assert not page.js(hidden, "anthropic|COMPETES_WITH|openai")
    page.page.get_by_label("invests in").check()
    page.page.wait_for_function(f"() => !({hidden})('nvidia|INVESTS_IN|openai')")

    page.page.get_by_label("denied", exact=True).uncheck()
    page.page.wait_for_function(f"() => ({hidden})('initech|SUPPLIES|umbrella-corp')")
    assert not page.js(hidden, "nvidia|INVESTS_IN|openai")  # planned too: still shown
    page.page.click("#reset-filters")

    page.page.fill("#since", "2025-01-01")
    page.page.wait_for_function(f"() => ({hidden})('acme-robotics|ACQUIRES|globex')")
    assert not page.js(hidden, "amazon|INVESTS_IN|anthropic")
    assert page.js("() => window.ikg.cy.getElementById('globex').hasClass('filtered')")
    page.page.fill("#until", "2025-06-30")
    page.page.wait_for_function(f"() => ({hidden})('amazon|INVESTS_IN|anthropic')")


def test_filters_in_the_url_apply_on_load(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph?entity=openai&types=COMPETES_WITH,PARTNERS_WITH&limit=200")
    page.wait_view("entity", "openai")
    assert page.node_names() == {"OpenAI", "Anthropic", "Microsoft"}
    assert not page.page.get_by_label("invests in").is_checked()
    assert page.page.input_value("#limit") == "200"
    labelled = "() => window.ikg.cy.edges(':visible').every(e => e.hasClass('labelled'))"
    assert page.js(labelled), "a small graph has every edge labelled"


def test_paths_between_two_entities(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph")
    page.page.fill("#path-from", "Amazon")
    page.page.wait_for_selector("#path-from-list li[role=option]:not(.empty)")
    page.page.keyboard.press("Enter")
    page.page.fill("#path-to", "nvidia")
    page.page.wait_for_selector("#path-to-list li[role=option]:not(.empty)")
    page.page.keyboard.press("Enter")
    page.page.click("#path-go")
    page.wait_view("path")
    assert page.node_names() == {"Amazon", "Anthropic", "OpenAI", "Nvidia"}
    assert "Amazon" in page.page.inner_text("#details .paths")
    query = parse_qs(urlparse(page.page.url).query)
    assert query["from"] == ["amazon"] and query["to"] == ["nvidia"]
    page.page.click("#details .paths button")
    assert page.js("() => window.ikg.cy.getElementById('openai').hasClass('on-path')")


def test_keyboard_only(page: Page, fixture_url: str) -> None:
    """Search, open an entity, then a relationship's evidence, with the keyboard alone."""
    page.open(f"{fixture_url}/graph")
    for _ in range(5):
        page.page.keyboard.press("Tab")
        if page.js("() => document.activeElement.id") == "search":
            break
    assert page.js("() => document.activeElement.id") == "search"
    page.page.keyboard.type("nvid")
    page.page.wait_for_selector("#search-list li[aria-selected=true]")
    assert (
        page.js("() => document.getElementById('search').getAttribute('aria-expanded')") == "true"
    )
    page.page.keyboard.press("Enter")
    page.wait_view("entity", "nvidia")
    for _ in range(60):
        page.page.keyboard.press("Tab")
        if page.js("() => document.activeElement.classList.contains('rel')"):
            break
    assert page.js("() => document.activeElement.classList.contains('rel')")
    page.page.keyboard.press("Enter")
    page.page.wait_for_selector("#details .provenance .evidence")


def test_hostile_names_stay_text(page: Page, fixture_url: str) -> None:
    page.open(f"{fixture_url}/graph")
    scripts_before = page.js("() => document.scripts.length")
    page.page.fill("#search", "<script")
    option = page.page.wait_for_selector("#search-list li[role=option] .name")
    assert option.text_content() == HOSTILE_COMPANY
    page.page.keyboard.press("Enter")
    page.wait_view("entity", "script-alert-owned-script-quote-co")
    assert page.page.inner_text("#details-title") == HOSTILE_COMPANY
    page.click_element(
        "img-src-x-onerror-alert-1-o-brien|EXECUTIVE_OF|script-alert-owned-script-quote-co"
    )
    page.page.wait_for_selector("#details .provenance .evidence")
    evidence = page.page.inner_text("#details .provenance .evidence")
    assert HOSTILE_PERSON in evidence and HOSTILE_COMPANY in evidence
    assert "Role: <i>CEO</i>" in page.page.inner_text("#details")
    assert page.js("() => document.scripts.length") == scripts_before
    assert (
        page.js("() => document.querySelectorAll('#details img, #details i, #details b').length")
        == 0
    )
    assert page.js("() => document.title") == "industry-kg · graph view"


def test_api_errors_are_shown(page: Page, fixture_url: str, request: pytest.FixtureRequest) -> None:
    request.node.allowed_errors = r"404 \(Not Found\)"
    page.page.goto(f"{fixture_url}/graph?entity=no-such-entity")
    page.page.wait_for_selector("body[data-state=error]")
    status = page.page.locator("#status.error")
    assert "no-such-entity" in status.inner_text()


# ---------------------------------------------------------------- ikg viz


def test_standalone_file_works_without_a_server(browser: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    write_extractions(data_dir, fixture_extractions())
    out = tmp_path / "openai.html"
    run_ikg("viz", "openai", "--depth", "2", "-o", str(out), data_dir=data_dir)

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    raw = context.new_page()
    watch = PageWatch().attach(raw)
    p = Page(raw, watch)
    try:
        p.open(out.as_uri())
        p.wait_view("entity", "openai")
        assert {"OpenAI", "Nvidia", "Amazon", "Jensen Huang"} <= p.node_names()
        p.click_element("nvidia|INVESTS_IN|openai")
        raw.wait_for_selector("#details .provenance .evidence")
        assert "Nvidia plans to invest" in raw.inner_text("#details .provenance")
        p.search_and_pick("amaz")
        p.wait_view("entity", "amazon")
        assert "Standalone snapshot" in raw.inner_text("#snapshot-note")
        assert raw.is_hidden("#max-edges"), "a file has no relationship cap to raise"
        p.shot("graph-view-standalone.png")
    finally:
        context.close()
    assert requests == [out.as_uri()], "the file loads nothing else"
    assert watch.errors == [] and watch.dialogs == []

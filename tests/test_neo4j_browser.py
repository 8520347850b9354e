"""The real Neo4j Browser (2025.6.0, from ../shared/neo4j-browser/) on the seed graph.

One Neo4j 4.4 serving Browser for the session, configured as docker-compose.yml configures
Neo4j 5 (style and guide on connect); `ikg ingest seeds/`, `ikg sync` into it and `ikg serve`
where the settings point. One headless Chromium page (Debian's), every request that leaves
127.0.0.1 aborted, drives Browser as a user does: type in the editor, press Run, read the
frame. The force layout moves nodes on every run, so the checks read the SVG (captions,
fills, counts); the screenshots in artifacts/ are for a person to look at.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import neo4j
import pytest

from tests.neo4j_fixtures import Neo4jBrowserServer, browser_settings
from tests.test_graph_view_harness import CHROMIUM, ROOT, chromium, ikg_server, run_ikg
from tests.test_neo4j_docs import GRASS, cypher_blocks, parse_grass

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium: bash scripts/test-prerequisites.sh installs it",
    ),
]

ARTIFACTS = ROOT / "artifacts"
GUIDE = ROOT / "api" / "static" / "neo4j" / "guide.html"
LOCAL = re.compile(r"^(https?|wss?)://127\.0\.0\.1[:/]")
FRAME = '[data-testid="frame"]'
GUIDE_FRAME = f'{FRAME}:has([data-testid="carousel"])'
ERROR = '[data-testid="cypherFrameErrorMessage"]'
STREAMED = re.compile(r"Started streaming (\d+) records?")


@dataclass
class BrowserPage:
    """The Browser page, connected; what it fetched locally and tried to fetch from outside."""

    page: Any
    fetched: list[str]
    blocked: list[str]
    driver: neo4j.Driver

    def run(self, command: str) -> Any:
        """Type `command` into the editor, run it, and return its (newest) result frame."""
        before = self.page.locator(FRAME).count()
        self.type_and_run(command)
        return self.newest_frame(before)

    def clear(self) -> None:
        """`:clear`: remove every frame (Browser keeps only the latest 30 anyway)."""
        self.type_and_run(":clear")
        self.page.wait_for_function(f"() => !document.querySelector('{FRAME}')")

    def type_and_run(self, command: str) -> None:
        self.page.click("#monaco-main-editor")
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Backspace")
        # insert_text, not type: typing key by key lets the editor auto-close brackets.
        self.page.keyboard.insert_text(command)
        self.page.click('[data-testid="editor-Run"]')

    def newest_frame(self, before: int) -> Any:
        self.page.wait_for_function(
            "([sel, n]) => document.querySelectorAll(sel).length > n", arg=[FRAME, before]
        )
        frame = self.page.locator(FRAME).first
        frame.locator('[data-testid="frame-loaded-contents"]').wait_for(timeout=30_000)
        return frame


def assert_drawn(frame: Any, what: str) -> None:
    """The frame ran without error and shows something: a graph, or a table with rows."""
    frame.locator(f'{ERROR}, svg .node, [data-testid="frameStatusbar"]').first.wait_for(
        timeout=30_000
    )
    assert frame.locator(ERROR).count() == 0, f"{what}\n{frame.inner_text()}"
    if frame.locator("svg .node").count():
        return
    streamed = STREAMED.search(frame.locator('[data-testid="frameStatusbar"]').inner_text())
    assert streamed and int(streamed.group(1)) > 0, f"no rows for:\n{what}"


def guide_queries() -> list[list[str]]:
    """The guide's runnable queries, slide by slide, as Browser shows them."""
    text = GUIDE.read_text(encoding="utf-8")
    runnable = re.compile(r'<pre class="[^"]*runnable[^"]*">(.*?)</pre>', re.S)
    return [
        [html.unescape(q).strip() for q in runnable.findall(slide)]
        for slide in re.findall(r"<slide[^>]*>(.*?)</slide>", text, re.S)
    ]


def shows(caption: str, text: str) -> bool:
    """Whether a node caption shows `text`, whole or as Browser fits it into the circle
    (lines of whole words; a word that does not fit is cut with "…", later words dropped)."""
    if "…" not in caption:
        return caption == " ".join(text.split())
    words, tokens = text.split(), caption.split()
    return words[0].startswith(tokens[0].removesuffix("…")) and all(
        any(w.startswith(t.removesuffix("…")) for w in words) for t in tokens
    )


def node_style(labels: list[str], rules: dict[str, dict[str, str]], key: str) -> str:
    """Browser applies every matching rule in file order: the last label rule wins."""
    value = rules["node"][key]
    for selector, props in rules.items():
        if selector.startswith("node.") and selector[5:] in labels and key in props:
            value = props[key]
    return value


@pytest.fixture(scope="module")
def seeded(
    neo4j_browser_server: Neo4jBrowserServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Neo4jBrowserServer]:
    """seeds/ ingested, synced into the Browser's Neo4j, and `ikg serve` where Browser looks."""
    data_dir = tmp_path_factory.mktemp("browser-seeds") / "data"
    run_ikg("ingest", "seeds/", data_dir=data_dir)
    conn = neo4j_browser_server.connection
    with neo4j.GraphDatabase.driver(conn.uri, auth=conn.auth) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=conn.database)
    run_ikg(
        "sync", "--uri", conn.uri, "--user", conn.user, "--password", "unused", data_dir=data_dir
    )
    with ikg_server(data_dir, port=neo4j_browser_server.api_port):
        yield neo4j_browser_server


@pytest.fixture(scope="module")
def browser_page(seeded: Neo4jBrowserServer) -> Iterator[BrowserPage]:
    pytest.importorskip("playwright")
    fetched: list[str] = []
    blocked: list[str] = []

    def only_local(route: Any) -> None:
        if LOCAL.match(route.request.url):
            fetched.append(f"{route.request.method} {route.request.url}")
            route.continue_()
        else:  # fonts, analytics, error reporting: Browser works without them
            blocked.append(route.request.url)
            route.abort()

    conn = seeded.connection
    with chromium() as browser, neo4j.GraphDatabase.driver(conn.uri, auth=conn.auth) as driver:
        context = browser.new_context(viewport={"width": 1600, "height": 1100})
        context.route("**/*", only_local)
        page = context.new_page()
        page.goto(seeded.browser_url)
        page.get_by_text("Connected to Neo4j").wait_for(timeout=60_000)
        page.wait_for_selector(f"{GUIDE_FRAME} .slide", timeout=30_000)
        yield BrowserPage(page, fetched, blocked, driver)
        context.close()


def test_docker_compose_sets_the_same_browser_settings() -> None:
    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    expected = browser_settings(
        "${IKG_PUBLIC_URL:-http://localhost:8000}", "${IKG_PUBLIC_HOST:-localhost}"
    )
    for key, value in expected.items():
        env = "NEO4J_" + key.replace("_", "__").replace(".", "_")
        assert f'{env}: "{value}"' in compose, env


def test_connecting_applies_the_style_and_opens_the_guide(
    browser_page: BrowserPage, seeded: Neo4jBrowserServer
) -> None:
    page = browser_page.page
    style = page.locator(FRAME, has_text=f":style {seeded.api_url}/neo4j/style.grass")
    style.wait_for()
    assert style.locator(ERROR).count() == 0
    assert "node.Organization" in style.inner_text()  # Browser shows the style it applied
    guide = page.locator(GUIDE_FRAME)
    assert f":play {seeded.api_url}/neo4j/guide.html" in guide.inner_text()
    assert guide.locator('[data-testid="carousel"] li[aria-label]').count() == len(guide_queries())
    assert "industry-kg" in guide.locator(".slide").first.inner_text()
    # Browser itself fetched both from ikg serve (after a CORS preflight), not from a cache.
    for resource in ("style.grass", "guide.html"):
        assert f"GET {seeded.api_url}/neo4j/{resource}" in browser_page.fetched, resource


def test_every_guide_query_runs_from_its_slide(browser_page: BrowserPage) -> None:
    page = browser_page.page
    slides = guide_queries()
    assert sum(map(len, slides)) >= 6
    for number, queries in enumerate(slides, start=1):
        guide = page.locator(GUIDE_FRAME)
        assert (
            guide.locator("[data-testid='carousel']")
            .inner_text()
            .startswith(f"{number} / {len(slides)}")
        )
        runnable = guide.locator(".slide pre.runnable")
        assert runnable.count() == len(queries), number
        for i, query in enumerate(queries):
            runnable.nth(i).click()  # a click puts the query in the editor
            editor = page.locator("#monaco-main-editor").inner_text().replace("\xa0", " ")
            assert query.splitlines()[0] in editor
            before = page.locator(FRAME).count()
            page.click('[data-testid="editor-Run"]')
            frame = BrowserPage.newest_frame(browser_page, before)
            assert_drawn(frame, query)
        if number < len(slides):
            page.locator(GUIDE_FRAME).locator('[data-testid="nextSlide"]').click()


def test_seed_graph_captions_and_colours_follow_the_grass(browser_page: BrowserPage) -> None:
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    records, _, _ = browser_page.driver.execute_query(
        "MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS props"
    )
    nodes = {r["id"]: (r["labels"], r["props"]) for r in records}
    records, _, _ = browser_page.driver.execute_query(
        "MATCH ()-[r]->() RETURN DISTINCT type(r) AS t"
    )
    types = {r["t"] for r in records}

    browser_page.clear()
    frame = browser_page.run("MATCH (n)-[r]->(m) RETURN n, r, m")
    frame.locator("svg .node").first.wait_for()
    drawn = frame.evaluate(
        """f => ({
        nodes: [...f.querySelectorAll('svg .node')].map(n => ({
            id: n.getAttribute('aria-label'),
            fill: n.querySelector('circle.b-outline').getAttribute('fill'),
            caption: [...n.querySelectorAll('text.caption')].map(t => t.textContent.trim())
                .join(' ')})),
        rels: [...f.querySelectorAll('svg .relationship')].map(r => ({
            fill: r.querySelector('path.b-outline').getAttribute('fill'),
            caption: [...r.querySelectorAll('text')].map(t => t.textContent.trim()).join('')}))
        })"""
    )
    assert len(drawn["nodes"]) == len(nodes)
    labels_seen: set[str] = set()
    for node in drawn["nodes"]:
        labels, props = nodes[int(node["id"].removeprefix("graph-node"))]
        # The GRASS captions entities and articles by name, claims by their status.
        prop = re.fullmatch(r"\{(\w+)\}", node_style(labels, rules, "caption"))
        assert prop is not None
        if "Claim" not in labels:
            assert prop.group(1) == "name", labels
        name = str(props[prop.group(1)])
        caption = node["caption"]
        assert not caption.startswith(("http", "urn:")), caption
        assert shows(caption, name), (caption, name)
        assert node["fill"].upper() == node_style(labels, rules, "color").upper(), (name, labels)
        labels_seen.update(labels)
    assert {"Organization", "Company", "Publisher", "Person", "Article", "Claim"} <= labels_seen

    full = 0
    for rel in drawn["rels"]:
        caption = rel["caption"]
        assert caption, rel
        prefix = caption.removesuffix("…")
        candidates = {t for t in types if t.startswith(prefix)}
        colours = {rules[f"relationship.{t}"]["color"].upper() for t in candidates}
        assert rel["fill"].upper() in colours, (caption, rel["fill"])
        full += caption in types
    assert full >= len(drawn["rels"]) // 2  # most captions are readable in full
    assert {c for c in (r["caption"] for r in drawn["rels"]) if c in types} >= {
        "INVESTS_IN",
        "SUPPLIES",
        "COMPETES_WITH",
        "EXECUTIVE_OF",
        "MENTIONS",
        "SUBJECT",
    }

    # For a person: the business graph (the guide's first query), readable in full screen.
    first = guide_queries()[0][0]
    frame = browser_page.run(first)
    assert_drawn(frame, first)
    shot(frame, "neo4j-browser-seed-graph.png")


def test_disputed_nvidia_openai_relationship(browser_page: BrowserPage) -> None:
    picture = "MATCH (n:Organization {name: 'Nvidia'})"
    query = next(q for slide in guide_queries() for q in slide if q.startswith(picture))
    browser_page.clear()
    frame = browser_page.run(query)
    assert_drawn(frame, query)
    shot(frame, "neo4j-browser-disputed-nvidia-openai.png")
    captions = frame.evaluate(
        "f => [...f.querySelectorAll('svg .node')].map(n => [...n.querySelectorAll('text.caption')]"
        ".map(t => t.textContent.trim()).join(' '))"
    )
    assert {"Nvidia", "OpenAI"} <= set(captions)
    records, _, _ = browser_page.driver.execute_query(
        "MATCH (n:Organization {name: 'Nvidia'})-[r:INVESTS_IN]->(o:Organization {name: 'OpenAI'}) "
        "MATCH (c:Claim {type: 'INVESTS_IN'})-[:SUBJECT]->(n), (c)-[:OBJECT]->(o) "
        "RETURN r.disputed AS disputed, r.statuses AS statuses, collect(c.status) AS claims"
    )
    assert records[0]["disputed"] is True and "hypothetical" in records[0]["statuses"]
    # The two companies, and every claim about the edge captioned by its status.
    expected = ["Nvidia", "OpenAI", *records[0]["claims"]]
    assert len(captions) == len(expected)
    for caption in captions:
        assert any(shows(caption, text) for text in expected), caption
    assert sum(c in expected for c in captions) >= len(expected) - 1  # readable in full


def test_every_documented_query_runs_and_draws(browser_page: BrowserPage) -> None:
    blocks = cypher_blocks()
    assert len(blocks) >= 9
    browser_page.clear()
    for block in blocks:
        frame = browser_page.run(block.strip())
        assert_drawn(frame, block)


def shot(frame: Any, name: str) -> Path:
    """A screenshot of the frame in full screen (as a user enlarges it to look), for a person."""
    path = ARTIFACTS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.locator('button[title="Fullscreen"]').click()
    time.sleep(2)  # let the force layout settle
    frame.locator('[aria-label="zoom-to-fit"]').click()
    time.sleep(0.5)
    frame.page.screenshot(path=str(path))
    frame.locator('button[title="Close fullscreen"]').click()
    return path

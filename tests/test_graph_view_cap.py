"""The subgraph routes' `max_edges` cap and the graph view's use of it: `ikg serve` over a
real store, read over HTTP, and the page in headless Chromium.

The graph: "Centre Works" linked to five companies (SUPPLIES, and PARTNERS_WITH Alder Metals
in two articles); the five all partner with each other; Alder Metals invests in Birch Optics
(three articles), Cedar Freight acquires Dune Polymers (two articles, the later reports) and
Dune Polymers acquires Elm Sensors (two articles, earlier). Apart from them, twenty "Ring"
companies all partner with each other (190 edges among 20 entities).
"""

from __future__ import annotations

import doctest
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from itertools import combinations
from typing import Any

import pytest

from api.readmodel import strongest
from ontology.records import Extraction, RelationType, Status
from tests.test_graph_view_harness import (
    CHROMIUM,
    PageWatch,
    _article,
    _ent,
    serving_extractions,
)

pytest_plugins = ["tests.test_graph_view_harness"]  # the `browser` fixture

R = RelationType
CENTRE = _ent("Centre Works")
ALDER, BIRCH, CEDAR, DUNE, ELM = (
    _ent(n)
    for n in ("Alder Metals", "Birch Optics", "Cedar Freight", "Dune Polymers", "Elm Sensors")
)
FIVE = [ALDER, BIRCH, CEDAR, DUNE, ELM]
RING = [_ent(f"Ring Member {i}") for i in range(1, 21)]
VERB = {
    R.SUPPLIES: "supplies",
    R.PARTNERS_WITH: "partners with",
    R.INVESTS_IN: "invests in",
    R.ACQUIRES: "is acquiring",
}


def _say(key: str, when: date, *claims: tuple[Any, RelationType, Any]) -> Extraction:
    return _article(
        key,
        when,
        "Cap Wire",
        f"Roundup {key}",
        [
            (s, t, o, f"{s.name} {VERB[t]} {o.name}, the companies said.", Status.REPORTED, {})
            for s, t, o in claims
        ],
    )


def cap_extractions() -> list[Extraction]:
    """The graph of the module docstring, one article per statement (dates say which is
    the most recent)."""
    day = date(2025, 1, 1)
    out = [_say("centre-supplies", day, *[(CENTRE, R.SUPPLIES, e) for e in FIVE])]
    out += [_say(f"centre-alder-{i}", day, (CENTRE, R.PARTNERS_WITH, ALDER)) for i in range(2)]
    out.append(
        _say("five-partners", day, *[(a, R.PARTNERS_WITH, b) for a, b in combinations(FIVE, 2)])
    )
    out += [_say(f"alder-birch-{i}", day, (ALDER, R.INVESTS_IN, BIRCH)) for i in range(3)]
    out += [_say(f"cedar-dune-{i}", date(2025, 6, 1), (CEDAR, R.ACQUIRES, DUNE)) for i in range(2)]
    out += [_say(f"dune-elm-{i}", date(2025, 3, 1), (DUNE, R.ACQUIRES, ELM)) for i in range(2)]
    out.append(_say("ring", day, *[(a, R.PARTNERS_WITH, b) for a, b in combinations(RING, 2)]))
    return out


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving_extractions(tmp_path_factory.mktemp("cap") / "data", cap_extractions()) as url:
        yield url


def get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return json.load(response)


def keys(graph: dict[str, Any]) -> set[str]:
    return {e["id"] for e in graph["edges"]}


def test_the_selection_examples_hold() -> None:
    """The doctests of `api.readmodel.strongest` (the package is not a doctest path)."""
    result = doctest.testmod(strongest)
    assert result.attempted >= 3 and result.failed == 0


def test_without_a_cap_every_edge_among_the_entities_comes_back(base: str) -> None:
    graph = get(base, "/entities/centre-works/neighbourhood?compact=true")
    assert len(graph["nodes"]) == 6
    assert len(graph["edges"]) == 5 + 1 + 10 + 3
    assert "edges_total" not in graph


@pytest.mark.parametrize("compact", ["true", "false"])
def test_the_cap_keeps_a_link_to_each_entity_then_the_strongest(base: str, compact: str) -> None:
    path = f"/entities/centre-works/neighbourhood?compact={compact}&max_edges="
    links = {  # the strongest edge from the centre to each neighbour (symmetric: IRI order)
        "alder-metals|PARTNERS_WITH|centre-works",
        *(f"centre-works|SUPPLIES|{e.id}" for e in FIVE[1:]),
    }
    seven = get(base, path + "7")
    assert seven["edges_total"] == 19
    assert keys(seven) == links | {  # most articles, then the most recently reported
        "alder-metals|INVESTS_IN|birch-optics",
        "cedar-freight|ACQUIRES|dune-polymers",
    }
    assert len(seven["nodes"]) == 6, "the cap cuts edges, never entities"
    one = get(base, path + "1")  # the links stay, beyond the cap
    assert keys(one) == links and one["edges_total"] == 19
    invest = next(e for e in seven["edges"] if e["type"] == "INVESTS_IN")
    assert (invest["claims"], invest["articles"]) == (3, 3)  # one edge, its count
    every = get(base, path + "1000")
    assert len(every["edges"]) == every["edges_total"] == 19


def test_the_cap_counts_and_ranks_only_the_edges_the_filters_let_through(base: str) -> None:
    graph = get(
        base, "/entities/centre-works/neighbourhood?types=PARTNERS_WITH,SUPPLIES&max_edges=5"
    )
    assert graph["edges_total"] == 5 + 1 + 10
    assert {e["type"] for e in graph["edges"]} <= {"PARTNERS_WITH", "SUPPLIES"}
    assert "alder-metals|PARTNERS_WITH|centre-works" in keys(graph)
    assert len(graph["edges"]) == 5


def test_an_edge_kept_by_the_cap_still_has_all_its_evidence(base: str) -> None:
    rel = get(base, "/relationships/alder-metals/INVESTS_IN/birch-optics")
    assert len(rel["provenance"]) == 3
    titles = {p["article"]["title"] for p in rel["provenance"]}
    assert titles == {f"Roundup alder-birch-{i}" for i in range(3)}


def test_the_most_connected_view_is_capped_too(base: str) -> None:
    graph = get(base, "/graph/top?limit=20&max_edges=30&compact=true")
    assert graph["edges_total"] == 190  # the twenty ring members are the most connected
    assert len(graph["edges"]) == 30
    linked = {n for e in graph["edges"] for n in (e["source"], e["target"])}
    assert linked == {n["id"] for n in graph["nodes"]}, "no entity left without an edge"


@pytest.mark.parametrize("bad", ["0", "-3", "many", "100001"])
def test_a_bad_cap_is_refused_with_the_error_shape(base: str, bad: str) -> None:
    request = urllib.request.Request(f"{base}/entities/centre-works/neighbourhood?max_edges={bad}")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=60)
    assert caught.value.code == 422
    assert "max_edges" in json.load(caught.value)["error"]["message"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (see BROWSER_MARKS)")
def test_the_page_says_what_the_cap_leaves_out_and_raises_it(browser: Any, base: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    watch = PageWatch().attach(page)
    try:
        page.goto(f"{base}/graph?entity=ring-member-1&edges=100")
        page.wait_for_selector("body[data-state=ready]", timeout=20_000)
        drawn = "() => window.ikg.cy.edges().length"
        assert page.evaluate(drawn) == 100
        labelled = "() => window.ikg.cy.edges('.labelled').length"
        assert page.evaluate(labelled) < 100, "a view the cap cut is labelled at the selection"
        note = page.inner_text("#cap-note")
        assert "Showing 100 of 190 relationships" in note
        page.click("#more-edges")  # "Show up to 300"
        page.wait_for_function(
            "() => window.ikg.state.maxEdges === 300 && document.body.dataset.state === 'ready'"
            " && window.ikg.cy.edges().length === 190"
        )
        assert page.is_hidden("#cap-note"), "nothing left out: no note"
        assert page.evaluate(labelled) == 190, "all drawn: a small graph, every edge labelled"
        assert "edges=" not in page.url  # the default cap is not written in the URL
        assert page.is_visible("#max-edges") and page.input_value("#max-edges") == "300"
        # an edge's panel: its articles, as before
        page.evaluate(
            "(id) => window.ikg.cy.getElementById(id).emit('tap')",
            "ring-member-1|PARTNERS_WITH|ring-member-2",
        )
        page.wait_for_selector("#details .provenance li")
        assert "1 claim in 1 article" in page.inner_text("#details")
        assert not watch.errors, watch.errors
    finally:
        context.close()

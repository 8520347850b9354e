"""What `/sparql` shows after a write (issue 12): the writer's own write as soon as
`POST /articles` has answered, whatever other clients are doing, and whole articles only,
never a mix of an article's old and new versions. The workers keep their own copies of the
store current by replaying the server's writes (`api.sparql.replica`); these tests also take
the paths where a copy is replaced: a worker killed, too far behind, or renewed."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from api.sparql.pool import QueryRequest, SparqlPool, StoreSource
from api.sparql.replica import GraphWrite, WriteLog
from graph.store import Store, open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris
from tests.test_api_support import API_KEY, LiveServer, build_store, extractions, serving

FLIP = {
    "x": "Quorvane Optics supplies Belmarsh Avionics with lenses. Quorvane Optics partners "
    "with Tessaly Robotics.",
    "y": "Belmarsh Avionics acquires Quorvane Optics. Ostrava Kinetics invests in Belmarsh "
    "Avionics. Ostrava Kinetics competes with Tessaly Robotics.",
}
"""Two versions of one article (same id): different entities, relations and sizes."""


def construct(client: httpx.Client, url: str, graph: str) -> frozenset[str]:
    """The article graph's triples as N-Triples lines, read through /sparql."""
    r = client.get(
        url + "/sparql",
        params={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/n-triples"},
    )
    assert r.status_code == 200, r.text[:300]
    return frozenset(line for line in r.text.splitlines() if line.strip())


def post(client: httpx.Client, url: str, article_id: str, text: str) -> dict[str, object]:
    body = {"text": text, "title": f"Fresh {article_id}", "id": article_id, "language": "en"}
    r = client.post(url + "/articles", json=body, headers={"X-API-Key": API_KEY})
    assert r.status_code == 200, r.text[:300]
    answer: dict[str, object] = r.json()
    return answer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("fresh") / "data"
    build_store(path)
    with serving(
        path,
        IKG_SPARQL_WORKERS="2",
        IKG_SPARQL_PER_CLIENT="16",
        IKG_SPARQL_QUEUE="16",
        IKG_SPARQL_TIMEOUT_S="60",
    ) as live:
        yield live


def test_each_write_is_in_sparql_when_post_answers_and_articles_are_never_half_seen(
    server: LiveServer,
) -> None:
    """2 writers of new articles and 1 writer flipping one article between two versions, each
    reading its own write right after every POST; 3 readers watching the flipped article."""
    url = server.url
    versions: dict[str, frozenset[str]] = {}
    with httpx.Client(timeout=60) as c:
        for name, text in FLIP.items():
            flip_iri = str(post(c, url, "flip", text)["iri"])
            versions[name] = construct(c, url, flip_iri)
    assert versions["x"] and versions["y"] and versions["x"] != versions["y"]
    whole = set(versions.values())

    failures: list[str] = []
    seen: list[int] = [0]
    done = threading.Event()
    writes_per_writer = 25

    def writer(n: int) -> None:
        with httpx.Client(timeout=60) as c:
            for i in range(writes_per_writer):
                text = f"Velcor{n}x{i} Systems supplies Harlan{n}x{i} Motors with batteries."
                iri = str(post(c, url, f"fresh-{n}-{i}", text)["iri"])
                ask = c.get(
                    url + "/sparql", params={"query": f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"}
                )
                if ask.json()["boolean"] is not True:
                    failures.append(f"{iri} not visible right after its POST")

    def flipper() -> None:
        with httpx.Client(timeout=60) as c:
            for i in range(20):
                name = "xy"[i % 2]
                post(c, url, "flip", FLIP[name])
                if construct(c, url, flip_iri) != versions[name]:
                    failures.append(f"flip {i}: the version just written is not what is seen")

    def reader() -> None:
        with httpx.Client(timeout=60) as c:
            while not done.is_set():
                if construct(c, url, flip_iri) not in whole:
                    failures.append("the flipped article was seen neither as x nor as y")
                seen[0] += 1

    writers = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    writers.append(threading.Thread(target=flipper))
    readers = [threading.Thread(target=reader) for _ in range(3)]
    for t in writers + readers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    for t in readers:
        t.join()
    assert seen[0] >= 10, seen  # the readers did read while the writes went on
    assert failures == [], failures[:5]


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_replaced_worker_starts_from_a_copy_with_every_write(tmp_path: Path) -> None:
    """A query killed at its deadline takes its worker with it; the worker started in its
    place has the writes made before, and receives those made after."""
    build_store(tmp_path / "data")
    with (
        serving(tmp_path / "data", IKG_SPARQL_WORKERS="2", IKG_SPARQL_TIMEOUT_S="2") as live,
        httpx.Client(timeout=60) as c,
    ):
        before = str(
            post(c, live.url, "before-kill", "Morrow Freight acquires Lindqvist Rail.")["iri"]
        )
        r = c.get(live.url + "/sparql", params={"query": SLOW})
        assert r.status_code == 503 and r.json()["error"]["code"] == "query_timeout"
        after = str(
            post(c, live.url, "after-kill", "Lindqvist Rail supplies Morrow Freight.")["iri"]
        )
        ask = f"ASK {{ GRAPH <{before}> {{ ?s ?p ?o }} GRAPH <{after}> {{ ?s2 ?p2 ?o2 }} }}"
        for _ in range(8):  # both workers, the new one included once it is up
            r = c.get(live.url + "/sparql", params={"query": ask})
            assert r.status_code == 200 and r.json()["boolean"] is True, r.text[:300]
            time.sleep(0.25)


# ---- the pool on its own: a real store and real worker processes, no HTTP ------------------


class Writer:
    """Writes articles to a store the way the app does: under the writers' lock, each write
    recorded with the pool."""

    def __init__(self, store: Store, pool: SparqlPool, lock: threading.Lock) -> None:
        self.store, self.pool, self.lock = store, pool, lock
        self.iris = Iris()
        self.template = extractions()[0]

    def write(self, n: int) -> str:
        article = replace(self.template.article, id=f"pool-{n}", title=f"Pool article {n}")
        with self.lock:
            result = store_extraction(
                self.store, replace(self.template, article=article), self.iris
            )
            self.pool.record_write([result.article_iri])
        return result.article_iri


def ask_all(pool: SparqlPool, graphs: list[str]) -> bool:
    patterns = " ".join(f"GRAPH <{g}> {{ ?s{i} ?p{i} ?o{i} }}" for i, g in enumerate(graphs))
    answer = pool.run(QueryRequest(f"ASK {{ {patterns} }}"))
    return json.loads(answer.body)["boolean"] is True


@pytest.fixture
def pool_and_writer(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[SparqlPool, Writer]]:
    build_store(tmp_path / "data")
    store = open_store(f"oxigraph:{tmp_path / 'data' / 'store'}")
    lock = threading.Lock()
    pool = SparqlPool(
        StoreSource(store), lock, workers=2, timeout_s=30, root=tmp_path / "copies", **request.param
    )
    pool.start()
    try:
        assert pool.wait_ready(60)
        yield pool, Writer(store, pool, lock)
    finally:
        pool.close()
        store.close()


@pytest.mark.parametrize("pool_and_writer", [{"log_writes": 2}], indirect=True)
def test_workers_further_behind_than_the_log_get_a_fresh_copy(
    pool_and_writer: tuple[SparqlPool, Writer],
) -> None:
    pool, writer = pool_and_writer
    graphs = [writer.write(n) for n in range(8)]  # a burst: idle workers fall behind the log
    for _ in range(4):  # every worker answers
        assert ask_all(pool, graphs)
    # a write the pool is not told the graphs of (a write that failed half-way): every copy
    # is replaced before it answers again
    copies = pool.copies
    with writer.lock:
        article = replace(writer.template.article, id="pool-unknown")
        unknown = store_extraction(
            writer.store, replace(writer.template, article=article), writer.iris
        )
        pool.record_write(None)
    for _ in range(4):
        assert ask_all(pool, [*graphs, unknown.article_iri])
    assert pool.copies >= copies + 1


@pytest.mark.parametrize("pool_and_writer", [{"renew_after_bytes": 1}], indirect=True)
def test_copies_are_renewed_and_the_old_ones_deleted(
    pool_and_writer: tuple[SparqlPool, Writer],
) -> None:
    pool, writer = pool_and_writer
    copies = pool.copies
    graphs = []
    for n in range(4):
        graphs.append(writer.write(n))
        assert ask_all(pool, graphs)
    assert pool.copies >= copies + 3  # each worker renewed after replaying one write
    assert pool.wait_ready(30)
    time.sleep(0.5)  # killed or switched: old copies are deleted once their worker let go
    assert len(list(pool.root.glob("copy-*"))) <= pool.size
    root = pool.root
    pool.close()
    assert not root.exists()


def test_the_write_log_says_when_a_copy_is_too_far_behind() -> None:
    log = WriteLog(limit=2)
    a, b, c = (
        GraphWrite(f"urn:g:{x}", f"<urn:s> <urn:p> <urn:{x}> <urn:g:{x}> .\n".encode())
        for x in "abc"
    )
    assert log.record([a]) == 1 and log.record([b]) == 2
    assert log.since(0) == ([a, b], 2) and log.since(2) == ([], 2)
    log.record([c])  # the first write falls out of the log
    assert log.since(0) is None and log.since(1) == ([b, c], 3)
    log.record(None)  # not known what changed: only copies at the newest version catch up
    assert log.since(3) is None and log.since(4) == ([], 4)

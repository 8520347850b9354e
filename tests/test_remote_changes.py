"""Other writers of a remote store, seen by a server over it (graph/change_log.py).

Writes and deletes made by another store client, or by another `ikg` process, reach a
follower's read index, and a running `ikg serve`'s REST routes and /sparql workers, within
its poll interval, on Oxigraph server and on Virtuoso (which is written by graph-store PUT).
Waits are on conditions with generous deadlines; nothing here times anything.
"""

from __future__ import annotations

import io
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.change_log import LOG_GRAPH, ChangeFollower, parse_stamp, stamp_text
from graph.indexed_store import IndexedStore
from graph.remote_store import RemoteStore
from graph.sparql_values import values_block
from graph.store import open_store
from loaders.extractor import get_extractor
from loaders.ingest import ingest_article, remove_article
from loaders.readers import make_article
from ontology.iris import Iris
from tests.conftest import run_ikg
from tests.rdf_fixtures import store_url
from tests.rdf_servers import RdfServer
from tests.test_api_support import get_json, same_as_whole_store, serving

TEXT = "Brindle Maritime acquires Osterholt Dredging."
OTHER = "Quillon Freight signed a partnership with Ardley Tankers, the two companies said."


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-12-05T09:38:14.123450",  # Virtuoso: no time zone, microseconds
        "2026-12-05T09:38:14.100000",
        "2026-12-05T09:38:14",
        "2026-12-05T09:38:14.057690289Z",  # Oxigraph: UTC, nanoseconds
        "2026-12-05T09:38:14.5Z",
        "2026-12-05T09:38:14Z",
    ],
)
def test_stamps_are_bound_in_the_form_the_store_writes(stamp: str) -> None:
    """A bound value must read back unchanged (graph.sparql_values); the time zone follows
    the store's own stamps, so the server can compare them."""
    literal = stamp_text(parse_stamp(stamp), stamp)
    values_block([{"since": literal}])  # refuses a value that would not survive the trip
    assert parse_stamp(literal.value) == parse_stamp(stamp)
    assert literal.value.endswith("Z") == stamp.endswith("Z")
    assert stamp_text(parse_stamp(stamp).replace(tzinfo=None), stamp).value == literal.value


def _index_names(store: IndexedStore) -> set[str]:
    return {row[0] for row in store.index.query("SELECT name FROM entities")}


def _write(store: IndexedStore, text: str, article_id: str) -> str:
    article = make_article(text, source="writer.txt", article_id=article_id)
    _, result = ingest_article(store, article, get_extractor("rules"), Iris())
    return result.article_iri


@pytest.fixture
def two_clients(emptied_server: RdfServer) -> Iterator[tuple[IndexedStore, IndexedStore]]:
    """Two clients of one emptied server: the server side (which follows) and a writer."""
    url = store_url(emptied_server)
    server_side, writer = open_store(url), open_store(url)
    try:
        yield server_side, writer
    finally:
        server_side.close()
        writer.close()


@pytest.mark.rdf_server
def test_a_follower_replays_another_clients_writes_and_deletes(
    two_clients: tuple[IndexedStore, IndexedStore],
) -> None:
    server_side, writer = two_clients
    _write(server_side, OTHER, "ours")  # before the index exists: the rebuild reads it
    follower = ChangeFollower(server_side, server_side.backend, 1.0)  # type: ignore[arg-type]
    assert follower.poll() == []  # nothing replayed into an index still being built
    server_side.ensure_index()
    assert "Quillon Freight" in _index_names(server_side)

    iri = _write(writer, TEXT, "theirs")
    assert "Brindle Maritime" not in _index_names(server_side)
    assert follower.poll() == [iri]
    assert {"Brindle Maritime", "Osterholt Dredging"} <= _index_names(server_side)
    same_as_whole_store(server_side)
    assert follower.poll() == []  # seen once: the next polls replay nothing
    assert follower.status().replayed == 1 and follower.status().error is None

    # the log is not one of the store's graphs: not listed, counted or exported
    assert LOG_GRAPH not in server_side.named_graphs()
    out = io.BytesIO()
    server_side.export("nquads", out)
    assert LOG_GRAPH not in out.getvalue().decode()
    assert len(server_side) == len(out.getvalue().decode().splitlines())

    assert remove_article(writer, iri)
    assert follower.poll() == [iri]
    assert "Brindle Maritime" not in _index_names(server_side)
    assert "Quillon Freight" in _index_names(server_side)
    same_as_whole_store(server_side)

    # the follower's own server's writes are stamped too; their replay changes nothing
    _write(server_side, TEXT, "again")
    assert follower.poll() == []
    same_as_whole_store(server_side)


@pytest.mark.rdf_server
def test_a_follower_that_could_not_poll_for_long_rebuilds_its_index(
    two_clients: tuple[IndexedStore, IndexedStore],
) -> None:
    server_side, writer = two_clients
    follower = ChangeFollower(server_side, server_side.backend,  # type: ignore[arg-type]
                              1.0, resync_after_s=0.2)
    server_side.ensure_index()
    assert follower.poll() == []
    _write(writer, TEXT, "while-away")
    time.sleep(0.3)  # no poll for longer than resync_after_s
    assert follower.poll() is None  # rebuilt: every /sparql copy must be renewed
    assert "Brindle Maritime" in _index_names(server_side)
    same_as_whole_store(server_side)
    # polling again on time reads the log, with nothing new (the checks above can take longer
    # than 0.2 s on a loaded machine, which would rebuild again: the window is widened here)
    follower.resync_after_s = 60.0
    assert follower.poll() == []


@pytest.mark.rdf_server
def test_old_stamps_are_forgotten_and_newer_ones_kept(emptied_server: RdfServer) -> None:
    """The follower's pruning, bound with a stamp as the store writes them."""
    store = open_store(store_url(emptied_server))
    try:
        feed = store.backend
        assert isinstance(feed, RemoteStore)
        before = feed.store_clock()  # earlier tests' stamps are older
        start = stamp_text(parse_stamp(before), before)
        first = _write(store, TEXT, "older")
        second = _write(store, OTHER, "newer")
        stamps = dict(feed.changes_since(start))
        assert set(stamps) == {first, second}
        assert parse_stamp(stamps[first]) < parse_stamp(stamps[second])
        feed.forget_changes_before(stamp_text(parse_stamp(stamps[second]), stamps[second]))
        assert [g for g, _ in feed.changes_since(start)] == [second]
        assert remove_article(store, second)  # a delete is stamped too
        again = dict(feed.changes_since(start))
        assert list(again) == [second] and parse_stamp(again[second]) > parse_stamp(
            stamps[second])
    finally:
        store.close()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _eventually(condition: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.rdf_server
@pytest.mark.slow
def test_a_served_api_shows_and_drops_what_another_process_writes(
    emptied_server: RdfServer, tmp_path: Path
) -> None:
    env = emptied_server.env()
    article = tmp_path / "in" / "brindle.txt"
    article.parent.mkdir()
    article.write_text(f"Title: Brindle buys\nDate: 2026-05-04\nLanguage: en\n\n{TEXT}\n")
    with serving(tmp_path / "data", IKG_CHANGE_POLL_S="0.5", **env) as server:
        def indexed() -> bool:  # built from the store in the background at start
            index = get_json(server.url + "/health")["read_index"]
            return isinstance(index, dict) and bool(index["complete"])

        assert _eventually(indexed)
        health = get_json(server.url + "/health")
        assert health["changes"] is not None and health["changes"]["interval_s"] == 0.5  # type: ignore[index]
        search = server.url + "/entities?" + urllib.parse.urlencode({"q": "Brindle Maritime"})

        def found() -> list[dict[str, object]]:
            items = get_json(search)["items"]
            assert isinstance(items, list)
            return [i for i in items if i["name"] == "Brindle Maritime"]

        assert not found()
        # another process, with its own data directory, writes the remote store directly
        run_ikg("ingest", "-q", str(article.parent), data_dir=tmp_path / "other", env=env,
                check=True)
        assert _eventually(lambda: bool(found())), get_json(server.url + "/health")
        entity = found()[0]["id"]
        relations = get_json(f"{server.url}/entities/{entity}/relationships")["items"]
        assert isinstance(relations, list)
        assert ("ACQUIRES", "Osterholt Dredging") in {
            (r["type"], r["target_entity"]["name"]) for r in relations  # type: ignore[index]
        }, relations
        query = ("ASK { ?a <https://industry-kg.org/ontology#acquires> ?t . "
                 "?t <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                 "FILTER(STR(?l) = 'Osterholt Dredging') }")
        ask = server.url + "/sparql?" + urllib.parse.urlencode({"query": query})
        assert _eventually(lambda: bool(get_json(ask)["boolean"]))
        assert all(get_json(ask)["boolean"] for _ in range(4))  # every worker has it
        changes = get_json(server.url + "/health")["changes"]
        assert isinstance(changes, dict) and changes["replayed"] >= 1 and changes["last_stamp"]

        run_ikg("delete", str(article), data_dir=tmp_path / "other", env=env, check=True)
        assert _eventually(lambda: not found())
        assert _eventually(lambda: _status(f"{server.url}/entities/{entity}") == 404)
        assert _eventually(lambda: not get_json(ask)["boolean"])
        assert not any(get_json(ask)["boolean"] for _ in range(4))

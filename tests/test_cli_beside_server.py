"""The CLI on a data directory that `ikg serve` has open (issue 12, point 6): reads go
through the server instead of failing on the store's lock."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from api.served import ANNOUNCEMENT, running_server
from tests.conftest import run_ikg
from tests.test_api_support import API_KEY, LiveServer, build_store, serving

INVESTORS = (
    "PREFIX ikg: <https://industry-kg.org/ontology#> SELECT ?i WHERE "
    "{ ?i ikg:investsIn <https://industry-kg.org/id/entity/openai> }"
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("beside") / "data"
    build_store(path)
    with serving(path) as live:
        yield live


def test_the_server_announces_itself_while_it_runs(served: LiveServer) -> None:
    info = json.loads((served.data_dir / ANNOUNCEMENT).read_text())
    assert info["pid"] == served.proc.pid and info["url"] == served.url
    found = running_server(served.data_dir)
    assert found is not None and found.url == served.url


def test_stats_sparql_and_export_go_through_the_server(served: LiveServer, tmp_path: Path) -> None:
    stats = run_ikg("stats", data_dir=served.data_dir, check=True)
    assert "asking it" in stats.stderr
    assert "articles" in stats.stdout and "INVESTS_IN" in stats.stdout

    table = run_ikg("sparql", INVESTORS, data_dir=served.data_dir, check=True)
    assert "https://industry-kg.org/id/entity/nvidia" in table.stdout
    csv = run_ikg("sparql", INVESTORS, "--format", "csv", data_dir=served.data_dir, check=True)
    assert csv.stdout.splitlines()[0] == "i"
    refused = run_ikg("sparql", "SELECT * { SERVICE <http://x/> {} }", data_dir=served.data_dir)
    assert refused.returncode == 1 and "SERVICE" in refused.stderr

    out = tmp_path / "all.nq"
    run_ikg("export", "--format", "nquads", "-o", str(out), data_dir=served.data_dir, check=True)
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name for q in quads}
    assert len(quads) > 100 and len(graphs) >= 3
    assert not list(served.data_dir.glob(".export-*"))  # the server's temporary file is gone


def test_a_stale_announcement_is_ignored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_store(data)
    (data / ANNOUNCEMENT).write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": 999999}))
    assert running_server(data) is None
    stats = run_ikg("stats", data_dir=data, check=True)  # the store is free: read directly
    assert "asking it" not in stats.stderr


def test_the_announcement_goes_when_the_server_stops(tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_store(data)
    with serving(data):
        assert (data / ANNOUNCEMENT).exists()
    assert not (data / ANNOUNCEMENT).exists()


def test_ingest_goes_through_the_server_with_the_key(served: LiveServer, tmp_path: Path) -> None:
    article = tmp_path / "deal.txt"
    article.write_text(
        "Title: Quorvane deal\nDate: 2026-03-02\nLanguage: en\n\n"
        "Quorvane Systems said it will invest in Nvidia.\n",
        encoding="utf-8",
    )
    refused = run_ikg("ingest", str(article), data_dir=served.data_dir, env={"IKG_API_KEY": ""})
    assert refused.returncode == 1
    assert "IKG_API_KEY" in refused.stderr and served.url in refused.stderr
    wrong = run_ikg(
        "ingest", str(article), data_dir=served.data_dir, env={"IKG_API_KEY": "not-the-key"}
    )
    assert wrong.returncode == 1 and "refused" in wrong.stderr

    sent = run_ikg(
        "ingest", str(article), data_dir=served.data_dir, env={"IKG_API_KEY": API_KEY}, check=True
    )
    assert "1 articles sent: 1 written" in sent.stderr
    again = run_ikg(
        "ingest", str(article), data_dir=served.data_dir, env={"IKG_API_KEY": API_KEY}, check=True
    )
    assert "0 written, 1 unchanged" in again.stderr
    with urllib.request.urlopen(served.url + "/entities/quorvane-systems", timeout=30) as r:
        assert json.loads(r.read())["name"] == "Quorvane Systems"

"""Data and fixtures shared by the API tests (no tests here).

The data is built from Extraction records stored with `loaders.ingest.store_extraction`, so
the API tests do not depend on what the extractor finds. Import the fixtures you use:

    from tests.test_api_support import api_client, kg_dir  # noqa: F401
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.indexed_store import IndexedStore
from graph.nx_view import build_graph
from graph.projection import project
from graph.read_index import EDGE_COLUMNS, edge_summary
from graph.stats import sparql_stats, store_stats
from graph.store import open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris
from ontology.records import (
    ARTICLE_SOURCE,
    Amount,
    Article,
    Entity,
    EntityType,
    Extraction,
    Relation,
    RelationType,
    Status,
)
from tests.conftest import ROOT

API_KEY = "test-key-0123456789"
HOSTILE_COMPANY = 'Acme "} ; DROP ALL ; #'
HOSTILE_PERSON = "x') DETACH DELETE n //"

C, P, PUB = EntityType.COMPANY, EntityType.PERSON, EntityType.PUBLISHER
T = RelationType


def _rel(
    text: str,
    rtype: RelationType,
    source: str,
    target: str,
    evidence: str,
    status: Status = Status.REPORTED,
    **kw: object,
) -> Relation:
    start = text.index(evidence)
    return Relation(rtype, source, target, evidence, start, start + len(evidence), status, **kw)  # type: ignore[arg-type]


NVIDIA = Entity("nvidia", "Nvidia", C, ("NVIDIA Corporation", "NVDA"), (("ticker", "NVDA"),))
OPENAI = Entity("openai", "OpenAI", C)
HUANG = Entity("jensen-huang", "Jensen Huang", P, ("Huang",))
CNBC = Entity("cnbc", "CNBC", PUB)
WSJ = Entity("wall-street-journal", "Wall Street Journal", PUB, ("The Wall Street Journal", "WSJ"))
TSMC = Entity("tsmc", "TSMC", C, ("Taiwan Semiconductor Manufacturing",))
ASML = Entity("asml", "ASML", C)
MICROSOFT = Entity("microsoft", "Microsoft", C)
ARM = Entity("arm", "Arm", C)
SOCGEN = Entity("societe-generale", "Société Générale", C, ("SocGen",))
MISTRAL = Entity("mistral-ai", "Mistral AI", C)
ACME = Entity("acme-drop-all", HOSTILE_COMPANY, C)
HOSTILE = Entity("x-detach-delete-n", HOSTILE_PERSON, P)


def extractions() -> list[Extraction]:
    """Three small articles: an investment with an amount and an outlet, a supply chain, a
    denial, a French article with accents, and entities named like injection attacks."""
    t1 = (
        "Nvidia plans to invest up to $100 billion in OpenAI, CNBC reported. "
        "Nvidia will also supply OpenAI with its chips. "
        "Jensen Huang, the chief executive of Nvidia, said the deal was on track. "
        "The Wall Street Journal had reported that the talks were frozen."
    )
    a1 = Article(
        t1,
        title="Nvidia to invest up to $100 billion in OpenAI",
        date=date(2025, 9, 22),
        language="en",
        publisher="Example Wire",
        url="https://example.org/nvidia-openai",
        id="nvidia-openai",
    )
    e1 = Extraction(
        a1,
        "en",
        (NVIDIA, OPENAI, HUANG, CNBC, WSJ),
        (
            _rel(
                t1,
                T.INVESTS_IN,
                "nvidia",
                "openai",
                "Nvidia plans to invest up to $100 billion in OpenAI, CNBC reported.",
                Status.PLANNED,
                amount=Amount(100e9, "USD", "up_to"),
                attributed_to="cnbc",
            ),
            _rel(
                t1,
                T.SUPPLIES,
                "nvidia",
                "openai",
                "Nvidia will also supply OpenAI with its chips.",
                Status.PLANNED,
            ),
            _rel(
                t1,
                T.EXECUTIVE_OF,
                "jensen-huang",
                "nvidia",
                "Jensen Huang, the chief executive of Nvidia, said the deal was on track.",
                role="chief executive",
            ),
            _rel(
                t1,
                T.REPORTED_BY,
                ARTICLE_SOURCE,
                "cnbc",
                "Nvidia plans to invest up to $100 billion in OpenAI, CNBC reported.",
            ),
            _rel(
                t1,
                T.REPORTED_BY,
                ARTICLE_SOURCE,
                "wall-street-journal",
                "The Wall Street Journal had reported that the talks were frozen.",
            ),
        ),
        extractor="test/1",
    )

    t2 = (
        "TSMC makes the chips Nvidia sells; ASML supplies TSMC with lithography machines. "
        "Microsoft and OpenAI announced a new partnership. "
        "Nvidia denied that it would buy Arm. "
        f"{HOSTILE_COMPANY} supplies OpenAI with servers. "
        f"{HOSTILE_PERSON} runs {HOSTILE_COMPANY}."
    )
    a2 = Article(
        t2,
        title="Chip supply chain",
        date=date(2026, 1, 15),
        language="en",
        publisher="Sample Wire",
        id="chips",
    )
    e2 = Extraction(
        a2,
        "en",
        (TSMC, NVIDIA, ASML, MICROSOFT, OPENAI, ARM, ACME, HOSTILE),
        (
            _rel(
                t2,
                T.SUPPLIES,
                "tsmc",
                "nvidia",
                "TSMC makes the chips Nvidia sells;",
                Status.COMPLETED,
            ),
            _rel(t2, T.SUPPLIES, "asml", "tsmc", "ASML supplies TSMC with lithography machines."),
            _rel(
                t2,
                T.PARTNERS_WITH,
                "openai",
                "microsoft",
                "Microsoft and OpenAI announced a new partnership.",
                Status.ANNOUNCED,
            ),
            _rel(
                t2,
                T.ACQUIRES,
                "nvidia",
                "arm",
                "Nvidia denied that it would buy Arm.",
                Status.DENIED,
            ),
            _rel(
                t2,
                T.SUPPLIES,
                "acme-drop-all",
                "openai",
                f"{HOSTILE_COMPANY} supplies OpenAI with servers.",
            ),
            _rel(
                t2,
                T.EXECUTIVE_OF,
                "x-detach-delete-n",
                "acme-drop-all",
                f"{HOSTILE_PERSON} runs {HOSTILE_COMPANY}.",
            ),
        ),
        extractor="test/1",
    )

    t3 = (
        "Société Générale a pris une participation dans Mistral AI. "
        "OpenAI est client de Microsoft pour le cloud."
    )
    a3 = Article(
        t3,
        title="Société Générale investit dans Mistral AI",
        date=date(2026, 2, 4),
        language="fr",
        publisher="Les Échos",
        id="socgen-mistral",
    )
    e3 = Extraction(
        a3,
        "fr",
        (SOCGEN, MISTRAL, OPENAI, MICROSOFT),
        (
            _rel(
                t3,
                T.INVESTS_IN,
                "societe-generale",
                "mistral-ai",
                "Société Générale a pris une participation dans Mistral AI.",
                Status.COMPLETED,
            ),
            _rel(
                t3,
                T.CUSTOMER_OF,
                "openai",
                "microsoft",
                "OpenAI est client de Microsoft pour le cloud.",
            ),
        ),
        extractor="test/1",
    )
    return [e1, e2, e3]


def build_store(data_dir: Path, iris: Iris | None = None) -> list[str]:
    """Write the test articles into a store under `data_dir`; return the article IRIs."""
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    try:
        return [store_extraction(store, e, iris or Iris()).article_iri for e in extractions()]
    finally:
        store.close()


def settings_for(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test app: this data dir, the test API key, no Neo4j."""
    values: dict[str, object] = {
        "data_dir": data_dir,
        "api_key": API_KEY,
        "sparql_timeout_s": 5.0,
        "neo4j_uri": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def kg_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding the test articles (one per test module)."""
    path = tmp_path_factory.mktemp("kg") / "data"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def api_client(kg_dir: Path) -> Iterator[TestClient]:
    """The app over the test articles, started (lifespan) and stopped around the module."""
    with TestClient(create_app(settings_for(kg_dir))) as client:
        yield client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    """A real server (`ikg serve`) on a loopback port."""

    url: str
    proc: subprocess.Popen[bytes]
    data_dir: Path


def start_server(
    data_dir: Path, cwd: Path = ROOT, *, port: int | None = None, **env: str
) -> LiveServer:
    """Start `ikg serve` over `data_dir` (relative to `cwd`, its working directory) on `port`
    (default: a free one) with the test API key and `env`, and wait until it answers /ping
    and has its read index.
    Its output goes to `serve-PORT.log` beside the data directory. The one way tests start a
    server."""
    port = port or free_port()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "IKG_DATA_DIR")}
    full_env.update({"IKG_API_KEY": API_KEY, **env})
    log = (cwd / data_dir).parent / f"serve-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "api.cli",
                "--data-dir",
                str(data_dir),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=cwd,
            env=full_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"ikg serve exited ({proc.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/ping", timeout=1) as r:
                if r.status == 200 and _index_ready(url):
                    return LiveServer(url, proc, data_dir)
        except OSError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"ikg serve was not ready within 90 s:\n{log.read_text()}")


def _index_ready(url: str) -> bool:
    """False while the server builds its read index (a remote store's is built after start:
    REST answers 503 `indexing` until then); True once built, or when /health itself does
    not answer 200 (a test of a fault at start looks at that answer)."""
    try:
        with urllib.request.urlopen(url + "/health", timeout=30) as r:
            return bool(json.loads(r.read())["read_index"]["complete"])
    except urllib.error.HTTPError:
        return True


@contextmanager
def serving(
    data_dir: Path, cwd: Path = ROOT, *, port: int | None = None, **env: str
) -> Iterator[LiveServer]:
    """`start_server` for the length of a `with` block."""
    server = start_server(data_dir, cwd, port=port, **env)
    try:
        yield server
    finally:
        stop_server(server)


def get_json(url: str) -> dict[str, object]:
    """GET `url` from a live server and parse its JSON answer."""
    with urllib.request.urlopen(url, timeout=30) as response:
        data: dict[str, object] = json.load(response)
        return data


def stop_server(server: LiveServer) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`ikg serve` over its own copy of the test articles, for real HTTP clients."""
    path = tmp_path_factory.mktemp("live") / "data"
    build_store(path)
    server = start_server(path, IKG_SPARQL_TIMEOUT_S="3")
    try:
        yield server
    finally:
        stop_server(server)


def same_as_whole_store(store: IndexedStore) -> None:
    """The index describes exactly what the whole-store reading finds, and the quad count
    kept by the writes is the store's."""
    assert len(store) == len(store.backend)
    assert store_stats(store) == sparql_stats(store)
    whole = project(store)
    index = store.index
    assert index.entities(whole.entities) == dict(whole.entities)
    assert index.counts()["entities"] == len(whole.entities)
    degree = dict(build_graph(whole.entities.values(), whole.edges).degree())
    assert index.degrees(whole.entities) == {e: degree.get(e, 0) for e in whole.entities}
    assert index.articles(whole.articles) == dict(whole.articles)
    assert index.counts()["articles"] == len(whole.articles)
    summaries = {
        edge_summary(r).key: edge_summary(r)
        for r in index.query(f"SELECT {EDGE_COLUMNS} FROM edges")
    }
    assert sorted(summaries) == sorted((e.source, e.type, e.target) for e in whole.edges)
    for e in whole.edges:
        got = summaries[(e.source, e.type, e.target)]
        assert (got.asserted, got.status, got.statuses, got.claims, got.articles) == (
            e.asserted,
            e.status,
            e.statuses,
            len(e.claims),
            len(e.articles),
        )
        assert (got.first_reported, got.last_reported) == (e.first_reported, e.last_reported)
    mentioned: dict[str, int] = {}
    for _, entity in whole.mentions:
        mentioned[entity] = mentioned.get(entity, 0) + 1
    assert {e: index.mentioned(e) for e in whole.entities} == {
        e: mentioned.get(e, 0) for e in whole.entities
    }

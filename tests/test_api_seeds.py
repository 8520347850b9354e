"""What the seed article must give, read back through REST and SPARQL (real extractor)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import open_store
from loaders.ingest import ingest_paths
from ontology.iris import Iris
from tests.conftest import SEEDS
from tests.test_api_support import settings_for

ENT = "https://industry-kg.org/id/entity/"
IKG = "https://industry-kg.org/ontology#"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data: Path = tmp_path_factory.mktemp("seeds") / "data"
    store = open_store(f"oxigraph:{data / 'store'}")
    try:
        report = ingest_paths(store, [SEEDS], iris=Iris())
        assert report.ok
    finally:
        store.close()
    with TestClient(create_app(settings_for(data, sparql_workers=1))) as client:
        yield client


def get(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def test_nvidia_invests_in_and_supplies_openai(seeded: TestClient) -> None:
    invests = get(seeded, "/entities/nvidia/relationships?type=INVESTS_IN&direction=out")
    assert "openai" in {r["target"] for r in invests["items"]}
    customers = get(seeded, "/entities/nvidia/relationships?type=SUPPLIES&direction=out")
    assert "openai" in {r["target"] for r in customers["items"]}
    suppliers = get(seeded, "/entities/openai/relationships?type=SUPPLIES&direction=in")
    assert "nvidia" in {r["source"] for r in suppliers["items"]}
    rel = get(seeded, "/relationships/nvidia/INVESTS_IN/openai")
    assert rel["asserted"] and rel["provenance"]
    seed = next(p["article"] for p in rel["provenance"])
    article = get(seeded, f"/articles/{seed['id']}")
    for p in rel["provenance"]:
        assert article["text"][p["start"] : p["end"]] == p["evidence"]


def test_jensen_huang_runs_nvidia(seeded: TestClient) -> None:
    rel = get(seeded, "/relationships/jensen-huang/EXECUTIVE_OF/nvidia")
    assert rel["source_entity"]["type"] == "Person" and rel["target_entity"]["name"] == "Nvidia"


def test_the_seed_is_reported_by_cnbc_and_the_wall_street_journal(seeded: TestClient) -> None:
    articles = get(seeded, "/articles?limit=50")["items"]
    seed = next(a for a in articles if (a["title"] or "").startswith("Jensen Huang dément"))
    detail = get(seeded, f"/articles/{seed['id']}")
    cited = {c["target"]["id"] for c in detail["claims"] if c["type"] == "REPORTED_BY"}
    assert {"cnbc", "wall-street-journal"} <= cited
    ask = (
        f"ASK {{ <{seed['iri']}> <{IKG}reportedBy> <{ENT}cnbc> . "
        f"<{seed['iri']}> <{IKG}reportedBy> <{ENT}wall-street-journal> }}"
    )
    assert seeded.get("/sparql", params={"query": ask}).json()["boolean"] is True

"""What ships around the Neo4j sync: the documented Cypher queries run and answer on seed-like
data, the Browser style covers every label and type, docker-compose.yml validates."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph import cypher_queries as cq
from graph.neo4j_client import Neo4jClient, run_read_query
from graph.neo4j_state import SyncState
from graph.neo4j_sync import sync_store
from graph.store import Store
from tests.conftest import ROOT
from tests.test_neo4j_sync import (
    anthropic_article,
    config_of,
    ingest,
    openai_denial_article,
    seed_article,
)

if TYPE_CHECKING:
    from tests.neo4j_fixtures import Neo4jTestDatabase

DOC = ROOT / "docs" / "neo4j.md"
GRASS = ROOT / "ontology" / "neo4j-browser.grass"


def cypher_blocks() -> list[str]:
    return re.findall(r"```cypher\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """The GraSS rules as Neo4j Browser's `GraphStyleModel.parse` reads them (same algorithm:
    braces inside quotes are text, quotes are dropped): selector -> properties, in file order."""
    rules: dict[str, str] = {}
    in_string = in_props = False
    keyword = props = ""
    for c in text:
        if c == "'":
            in_string = not in_string
            continue
        if c == "{" and not in_string:
            in_props = True
            continue
        if c == "}" and not in_string:
            in_props = False
            rules[keyword] = props
            keyword = props = ""
            continue
        if in_props:
            props += c
        elif not c.isspace():
            keyword += c
    parsed: dict[str, dict[str, str]] = {}
    for selector, body in rules.items():
        parsed[selector] = {}
        for decl in body.split(";"):
            key, _, value = decl.partition(":")
            if key.strip() and value.strip():
                parsed[selector][key.strip()] = value.strip()
    return parsed


def test_grass_styles_every_label_and_type() -> None:
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    assert rules["node"]["caption"] == "{name}"
    assert rules["relationship"]["caption"] == "<type>"
    for label in cq.NODE_LABELS:
        assert {"color", "caption"} <= set(rules[f"node.{label}"]), label
    for rtype in cq.REL_TYPES:
        assert rules[f"relationship.{rtype}"]["caption"] == "<type>", rtype
    # Browser applies matching rules in file order: kinds of Organization come after it.
    order = list(rules)
    for sub in ("Company", "Publisher", "Regulator"):
        assert order.index(f"node.{sub}") > order.index("node.Organization")
    assert len({rules[f"node.{x}"]["color"] for x in
                ("Organization", "Publisher", "Regulator", "Person", "Article", "Claim")}) == 6


def test_docs_have_the_promised_queries() -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = cypher_blocks()
    assert len(blocks) >= 6
    for needle in (":style", "neo4j-browser.grass", "drag", "ikg sync", "ikg cypher"):
        assert needle in text


@pytest.mark.neo4j
def test_documented_queries_run_and_answer(
    store: Store, neo4j_clean: Neo4jTestDatabase, tmp_path: Path
) -> None:
    ingest(store, seed_article(), anthropic_article(), openai_denial_article())
    with Neo4jClient(config_of(neo4j_clean)) as client:
        sync_store(store, client, SyncState(tmp_path / "sync.json"))
        answers = [run_read_query(client, block) for block in cypher_blocks()]
    for block, (_, rows) in zip(cypher_blocks(), answers, strict=True):
        assert rows, f"no rows for:\n{block}"
    investors = {r["investor"]: r for r in answers[0][1]}
    assert set(investors) == {"Nvidia"}
    assert set(investors["Nvidia"]["outlets_of_the_articles"]) >= {"CNBC", "Sample Tech Daily"}
    suppliers = {r["supplier"]: set(r["competes_with"]) for r in answers[2][1]}
    assert suppliers == {"Advanced Micro Devices": {"Nvidia"}, "Broadcom": {"Nvidia"},
                         "Nvidia": {"Advanced Micro Devices", "Broadcom"}}
    provenance = answers[3][1][0]
    assert provenance["claims"] == 2 and len(provenance["evidence"]) == 2
    disputed = {(r["subject"], r["relation"], r["object"], r["status"]) for r in answers[5][1]}
    assert disputed == {("Nvidia", "PARTNERS_WITH", "OpenAI", "rumoured"),
                        ("Cerebras", "SUPPLIES", "OpenAI", "denied")}


def test_docker_compose_file_is_valid() -> None:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j, api = data["services"]["neo4j"], data["services"]["api"]
    assert neo4j["image"].startswith("neo4j:5")
    assert {"7474:7474", "7687:7687"} <= set(neo4j["ports"])
    assert "NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    assert neo4j["healthcheck"]["test"] and neo4j["volumes"]
    assert api["build"] == "." and api["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in dockerfile and "pip install ." in dockerfile
    assert "ikg ingest seeds/" in dockerfile and "ikg sync" in dockerfile
    assert "ikg serve --host 0.0.0.0" in dockerfile
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    proc = subprocess.run([tool, "config", "-q"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr

"""The `ikg` command line as a user sees it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE, SEEDS, run_ikg

COMMANDS = ["ingest", "extract", "export", "sparql", "stats", "serve"]


def test_top_level_help_lists_every_command() -> None:
    proc = run_ikg("--help", check=True)
    for command in COMMANDS:
        assert command in proc.stdout
    assert "--data-dir" in proc.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command: str) -> None:
    proc = run_ikg(command, "--help", check=True)
    assert "Usage" in proc.stdout and len(proc.stdout.splitlines()) > 4


def test_extract_prints_the_json_contract_without_storing(data_dir: Path) -> None:
    proc = run_ikg("extract", str(SEED_ARTICLE), "--format", "json", data_dir=data_dir, check=True)
    doc = json.loads(proc.stdout)
    [article] = doc["articles"]
    assert article["file"] == SEED_ARTICLE.name and article["language"] == "fr"
    ids = {e["id"] for e in article["entities"]}
    for entity in article["entities"]:
        assert set(entity) == {"id", "name", "type", "aliases"}
    for rel in article["relations"]:
        assert {"type", "source", "target", "evidence", "status"} <= set(rel)
        assert rel["target"] in ids
        assert rel["source"] in ids or (rel["type"] == "REPORTED_BY" and rel["source"] == "ARTICLE")
    assert not data_dir.exists()


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    target = tmp_path / "envdata"
    run_ikg("ingest", str(SEED_ARTICLE), env={"IKG_DATA_DIR": str(target)}, check=True)
    assert (target / "store").is_dir()


def test_sparql_stats_and_export_to_a_file(tmp_path: Path, data_dir: Path) -> None:
    run_ikg("ingest", str(SEEDS), data_dir=data_dir, check=True)
    q = (
        "SELECT ?t WHERE { ?a a <https://industry-kg.org/ontology#Article> ; "
        "<https://schema.org/headline> ?t }"
    )
    proc = run_ikg("sparql", q, "--format", "json", data_dir=data_dir, check=True)
    titles = {b["t"]["value"] for b in json.loads(proc.stdout)["results"]["bindings"]}
    assert "Cisco completes acquisition of Splunk" in titles
    stats = run_ikg("stats", data_dir=data_dir, check=True).stdout
    assert "articles" in stats and "6" in stats
    out = tmp_path / "dump.ttl"
    run_ikg("export", "--format", "turtle", "-o", str(out), data_dir=data_dir, check=True)
    assert "Splunk" in out.read_text("utf-8")


def test_errors_are_messages_not_tracebacks(data_dir: Path) -> None:
    bad = run_ikg("sparql", "SELECT ?s WHERE {", data_dir=data_dir)
    assert bad.returncode == 1 and "Malformed SPARQL" in bad.stderr
    assert "Traceback" not in bad.stderr
    fmt = run_ikg("export", "--format", "yaml", data_dir=data_dir)
    assert fmt.returncode == 1 and "turtle" in fmt.stderr


def test_delete_removes_exactly_what_an_article_contributed(data_dir: Path) -> None:
    run_ikg("ingest", str(SEED_ARTICLE), data_dir=data_dir, check=True)
    only_seed = run_ikg("export", "--format", "nquads", data_dir=data_dir, check=True).stdout
    run_ikg("ingest", str(SEEDS), data_dir=data_dir, check=True)
    others = [p for p in SEEDS.iterdir() if p.name.startswith("01") and ".meta." not in p.name]
    proc = run_ikg("delete", *map(str, others), data_dir=data_dir, check=True)
    assert "5 articles deleted" in proc.stderr
    after = run_ikg("export", "--format", "nquads", data_dir=data_dir, check=True).stdout
    assert after == only_seed
    bad = run_ikg("delete", "not-an-article", data_dir=data_dir)
    assert bad.returncode == 1 and "neither an article IRI" in bad.stderr

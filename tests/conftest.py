"""Shared fixtures: paths, a fresh data directory, a real embedded store, the `ikg` command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import Store, open_store
from loaders.extraction.pipeline import RuleExtractor
from loaders.extraction.resolution import main_entity
from ontology.records import Article

pytest_plugins = ["tests.neo4j_fixtures", "tests.rdf_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_4a7af7f2aae9a84d.txt"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory."""
    return tmp_path / "data"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real persistent Oxigraph store in a temporary directory."""
    s = open_store(f"oxigraph:{tmp_path / 'store'}")
    yield s
    s.close()


def run_ikg(
    *args: str,
    data_dir: Path | None = None,
    check: bool = False,
    timeout: float = 300,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed `ikg` command line in a subprocess, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if k != "IKG_DATA_DIR"}
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "api.cli"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    proc = subprocess.run(
        [*cmd, *args], capture_output=True, text=True, timeout=timeout, env=full_env, cwd=ROOT
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"ikg {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def main_company_name(lang: str, text: str) -> str | None:
    """The name of the company an invented article is about (`resolution.main_entity`)."""
    doc, registry = RuleExtractor().analyse(Article(text=text, language=lang))
    topic = main_entity(doc.mentions, registry, doc.tokens, doc.lex)
    return registry.get(topic).name if topic else None

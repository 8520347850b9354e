"""Ingest as a user runs it: idempotent, bad files reported, nothing partial, crash-safe."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
import pytest

from bench.corpus import write_corpus
from graph.oxigraph_store import OxigraphStore
from graph.store import open_store
from loaders.ingest import WRITE_BATCH, ingest_paths
from ontology.errors import StoreError
from ontology.iris import Iris
from tests.conftest import ROOT, SEEDS, run_ikg


def export_nquads(data_dir: Path) -> str:
    proc = run_ikg("export", "--format", "nquads", data_dir=data_dir, check=True)
    return proc.stdout


def test_ingesting_twice_leaves_the_store_identical(data_dir: Path) -> None:
    first = run_ikg("ingest", str(SEEDS), data_dir=data_dir, check=True)
    assert "0 files failed" in first.stderr
    before = export_nquads(data_dir)
    second = run_ikg("ingest", str(SEEDS), data_dir=data_dir, check=True)
    assert "0 written" in second.stderr and "6 unchanged" in second.stderr
    assert export_nquads(data_dir) == before
    assert before.count("\n") > 50


def test_replacing_an_article_replaces_its_graph(tmp_path: Path, data_dir: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Title: Deal\n\nAcme Corp said it would invest in Widget Inc.\n", "utf-8")
    run_ikg("ingest", str(art), data_dir=data_dir, check=True)
    art.write_text("Title: Deal\n\nAcme Corp said on Monday it had no comment.\n", "utf-8")
    run_ikg("ingest", str(art), data_dir=data_dir, check=True)
    dump = export_nquads(data_dir)
    assert "no comment" in dump and "would invest" not in dump


def make_bad_folder(folder: Path) -> dict[str, str]:
    """Good articles and bad files side by side; returns bad file name -> expected reason."""
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "010_en_microsoft_anthropic.txt", folder / "good1.txt")
    shutil.copy(SEEDS / "013_mixed_deals.jsonl", folder / "good2.jsonl")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Société Générale a annoncé".encode("latin-1"))
    (folder / "broken.json").write_text('{"text": "Acme invests", "title": ')
    # a JSONL file whose third line is malformed: none of its lines may go in
    (folder / "half.jsonl").write_text(
        '{"text": "Acme Corp will invest in Widget Inc.", "id": "h1"}\n'
        '{"text": "Widget Inc. supplies Gadget Ltd.", "id": "h2"}\n{"text": \n'
    )
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB
        fh.write(b"Title: huge\n\n")
        chunk = b"Acme Corp invests in Widget Inc. " * 32768
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "latin1.txt": "UTF-8",
        "broken.json": "malformed JSON",
        "half.jsonl": "line 3",
        "huge.txt": "MB",
    }


def test_a_folder_with_bad_files_stores_every_good_article(tmp_path: Path, data_dir: Path) -> None:
    bad = make_bad_folder(tmp_path / "in")
    proc = run_ikg("ingest", str(tmp_path / "in"), data_dir=data_dir)
    assert proc.returncode == 1
    failed_lines = [line for line in proc.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == len(bad)
    for name, reason in bad.items():
        assert any(name in line and reason in line for line in failed_lines), (name, proc.stderr)
    assert "3 articles: 3 written" in proc.stderr
    dump = export_nquads(data_dir)
    assert "Anthropic" in dump and "Splunk" in dump
    assert "Gadget" not in dump and "huge" not in dump  # nothing from bad files, not half of one


def test_missing_path_is_a_clear_error_and_writes_nothing(tmp_path: Path, data_dir: Path) -> None:
    proc = run_ikg("ingest", str(SEEDS), str(tmp_path / "nope"), data_dir=data_dir)
    assert proc.returncode == 1
    assert "no such file" in proc.stderr
    assert export_nquads(data_dir) == ""


class _FailingStore(OxigraphStore):
    """The real embedded store, whose second batch write fails as a full disk would."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.batches = 0

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> dict[str, bool]:
        self.batches += 1
        if self.batches == 2:
            raise StoreError("Writing to the store failed: No space left on device")
        return super().replace_graphs(graphs)


def test_a_failed_write_stops_the_ingest_and_keeps_the_batches_before_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3 * WRITE_BATCH + 5, seed=5)
    store = _FailingStore(tmp_path / "store")
    try:
        with pytest.raises(StoreError, match="No space left"):
            ingest_paths(store, [corpus], iris=Iris())
        # no later batch is written after the failure, and the first batch is there whole
        assert store.batches == 2
        assert len(store.named_graphs()) == WRITE_BATCH
    finally:
        store.close()


def _files_done(progress_line: str) -> int:
    """`ingest: 200/600 files` -> 200."""
    return int(progress_line.split()[1].split("/")[0])


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 600, seed=3)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    run_ikg("ingest", "-q", str(corpus), data_dir=clean, check=True)

    env = {**os.environ}
    env.pop("IKG_DATA_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "--data-dir", str(crashed), "ingest", str(corpus)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # wait until a batch is written, then kill
        line = proc.stderr.readline()
        if not line or line.startswith("ingest: ") and _files_done(line) > WRITE_BATCH:
            break
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    killed_store = open_store(f"oxigraph:{crashed / 'store'}")
    clean_store = open_store(f"oxigraph:{clean / 'store'}")
    try:
        graphs = killed_store.named_graphs()
        assert 0 < len(graphs) < 600
        for g in graphs:  # every article present is whole: identical to the clean ingest
            assert killed_store.graph_quads(g) == clean_store.graph_quads(g)
    finally:
        killed_store.close()
        clean_store.close()

    run_ikg("ingest", "-q", str(corpus), data_dir=crashed, check=True)
    assert export_nquads(crashed) == export_nquads(clean)

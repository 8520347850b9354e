"""Ingest as a user runs it: idempotent, bad files reported, nothing partial, crash-safe."""

from __future__ import annotations

import contextlib
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
from loaders.extractor import EXTRACTORS, Extractor, get_extractor
from loaders.ingest import WRITE_BATCH, ingest_paths
from ontology.errors import StoreError
from ontology.iris import Iris
from ontology.records import Article, Extraction
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


class _BrittleExtractor:
    """The rules extractor, except on an article that says BREAK: there it fails as a bug
    deep in a library would (a RecursionError, not one of the project's errors)."""

    name = "test-brittle"

    def __init__(self) -> None:
        self._rules: Extractor = get_extractor("rules")

    def extract(self, article: Article) -> Extraction:
        if "BREAK" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return self._rules.extract(article)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_breaks_its_reader_costs_no_other_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setitem(EXTRACTORS, "test-brittle", _BrittleExtractor)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 11, seed=13)
    (corpus / "0-deep.json").write_text("[" * 100_000)  # a RecursionError in json
    (corpus / "zz-breaks.txt").write_text("Title: Boom\n\nAcme Corp said BREAK today.\n")
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    try:  # batches of 4: the last good articles wait in a batch when the last file fails
        report = ingest_paths(
            store, [corpus], iris=Iris(), extractor_name="test-brittle", jobs=jobs, batch_size=4
        )
        reasons = {Path(f.path).name: f.reason for f in report.failures}
        assert sorted(reasons) == ["0-deep.json", "zz-breaks.txt"]
        assert "nested too deeply" in reasons["0-deep.json"]
        assert reasons["zz-breaks.txt"].startswith("RecursionError")
        assert report.written == 11
        assert len(store.named_graphs()) == 11
    finally:
        store.close()


def test_deeply_nested_json_is_a_named_failure_on_the_command_line(
    tmp_path: Path, data_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 11, seed=17)
    (corpus / "deep.json").write_text("[" * 100_000)
    proc = run_ikg("ingest", str(corpus), data_dir=data_dir)
    assert proc.returncode == 1
    assert "12 files, 11 articles: 11 written" in proc.stderr
    [failed] = [line for line in proc.stderr.splitlines() if line.startswith("failed:")]
    assert failed == (
        f"failed: {corpus / 'deep.json'}: unreadable JSON: arrays or objects nested too "
        "deeply (over about 1000 levels); flatten the records."
    )


def test_links_out_of_the_folder_are_listed_and_names_printed_escaped(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "010_en_microsoft_anthropic.txt", folder / "good.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "etc").symlink_to("/etc")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "bad\x1b[31mname[red].txt").write_text("Date: someday\n\nAcme invests.\n")
    proc = run_ikg("ingest", str(folder), data_dir=data_dir)
    assert proc.returncode == 1
    assert "\x1b" not in proc.stderr
    failed = {
        line.split(": ", 2)[1].removeprefix(f"{folder}/"): line.split(": ", 2)[2]
        for line in proc.stderr.splitlines()
        if line.startswith("failed:")
    }
    assert sorted(failed) == [
        "bad\\x1b[31mname[red].txt",
        "dangling.txt",
        "etc",
        "loop.txt",
        "passwd.txt",
    ]
    assert failed["passwd.txt"].startswith("a symbolic link to '/etc/passwd', outside ")
    assert "not followed" in failed["etc"]
    assert failed["dangling.txt"].startswith("a dangling symbolic link")
    assert failed["loop.txt"].startswith("a symbolic link loop")
    assert "cannot read the date 'someday'" in failed["bad\\x1b[31mname[red].txt"]
    assert "1 articles: 1 written" in proc.stderr
    dump = export_nquads(data_dir)
    assert "Anthropic" in dump and "root:" not in dump


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


def _children(pid: int) -> set[int]:
    """Process ids of the live children of `pid` (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # a thread that just ended
            found.update(int(c) for c in (task / "children").read_text().split())
    return {c for c in found if _alive(c)}


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie that nobody reaped yet counts as dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start_parallel_ingest(corpus: Path, data_dir: Path) -> tuple[subprocess.Popen[str], set[int]]:
    """`ikg ingest --jobs 2 CORPUS` in a subprocess, once its 2 workers are running."""
    env = {k: v for k, v in os.environ.items() if k != "IKG_DATA_DIR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "--data-dir", str(data_dir), "ingest"]
        + ["--jobs", "2", str(corpus)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 45
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    if len(workers) < 2:
        proc.kill()
        raise AssertionError(f"the ingest did not start its 2 workers: {proc.communicate()}")
    return proc, workers


def test_kill_term_on_a_parallel_ingest_stops_its_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 400, seed=11)
    proc, workers = _start_parallel_ingest(corpus, tmp_path / "data")
    try:
        time.sleep(0.5)  # the workers are extracting
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "workers outlived the ingest"
    finally:
        proc.kill()
        proc.communicate()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def test_a_worker_killed_mid_ingest_costs_no_article(tmp_path: Path, data_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200, seed=19)
    proc, workers = _start_parallel_ingest(corpus, data_dir)
    os.kill(min(workers), signal.SIGKILL)  # as the out-of-memory killer would
    _, stderr = proc.communicate(timeout=50)
    assert proc.returncode == 0, stderr
    assert "200 files, 200 articles: 200 written" in stderr
    assert "0 written, 200 unchanged" in run_ikg("ingest", str(corpus), data_dir=data_dir).stderr

"""The real Neo4j 4.4 test-server harness (tests/neo4j_server.py, tests/neo4j_fixtures.py).

The ``neo4j``-marked tests run against a real server: the session one (or the server
named by ``NEO4J_URI``), and one private server that is killed and restarted.  The
unmarked ones check the jar cache logic offline with a synthetic wheel.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import neo4j
import pytest
from neo4j.exceptions import AuthError, ConstraintError, ServiceUnavailable

from tests.neo4j_server import (
    ENTRY_POINT_CLASS_FILE,
    MARKER_NAME,
    Neo4jConnection,
    Neo4jServer,
    Neo4jServerError,
    clean_database,
    ensure_neo4j_jars,
)

if TYPE_CHECKING:  # not imported at run time, so pytest can load it as a plugin below
    from tests.neo4j_fixtures import Neo4jTestDatabase

# Registers the fixtures (a no-op when a conftest.py already lists this plugin).
pytest_plugins = ["tests.neo4j_fixtures"]

CONSTRAINT = "CREATE CONSTRAINT ikg_test_iri IF NOT EXISTS FOR (n:Thing) REQUIRE n.iri IS UNIQUE"


# --------------------------------------------------------------------- real server


@pytest.mark.neo4j
def test_server_starts_and_answers(neo4j_server: Neo4jConnection) -> None:
    assert neo4j_server.uri.startswith(("bolt://", "neo4j://", "bolt+s://", "neo4j+s://"))
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        driver.verify_connectivity()
        records, _, _ = driver.execute_query("RETURN 1 + 1 AS two", database_=neo4j_server.database)
    assert records[0]["two"] == 2


@pytest.mark.neo4j
def test_merge_then_match(neo4j_clean: Neo4jTestDatabase) -> None:
    driver, db = neo4j_clean.driver, neo4j_clean.database
    for _ in range(2):  # MERGE twice: still one node
        driver.execute_query(
            "MERGE (a:Thing {iri: $a}) MERGE (b:Thing {iri: $b}) MERGE (a)-[:SUPPLIES]->(b)",
            a="urn:ikg:test:a",
            b="urn:ikg:test:b",
            database_=db,
        )
    records, _, _ = driver.execute_query(
        "MATCH (a:Thing)-[r:SUPPLIES]->(b:Thing) RETURN a.iri AS a, b.iri AS b, count(r) AS n",
        database_=db,
    )
    assert [(r["a"], r["b"], r["n"]) for r in records] == [("urn:ikg:test:a", "urn:ikg:test:b", 1)]


@pytest.mark.neo4j
def test_clean_fixture_starts_empty(neo4j_clean: Neo4jTestDatabase) -> None:
    driver, db = neo4j_clean.driver, neo4j_clean.database
    records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)
    assert records[0]["n"] == 0
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    assert records == []


@pytest.mark.neo4j
def test_unique_constraint_is_idempotent(neo4j_clean: Neo4jTestDatabase) -> None:
    driver, db = neo4j_clean.driver, neo4j_clean.database
    driver.execute_query(CONSTRAINT, database_=db)
    driver.execute_query(CONSTRAINT, database_=db)  # second time: no error
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    assert [r["name"] for r in records] == ["ikg_test_iri"]

    driver.execute_query("CREATE (:Thing {iri: 'urn:ikg:test:dup'})", database_=db)
    with pytest.raises(ConstraintError):
        driver.execute_query("CREATE (:Thing {iri: 'urn:ikg:test:dup'})", database_=db)

    # clean_database drops it again, with the data and any other index.
    driver.execute_query(
        "CREATE INDEX ikg_test_name IF NOT EXISTS FOR (n:Thing) ON (n.name)", database_=db
    )
    clean_database(driver, db)
    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    indexes, _, _ = driver.execute_query("SHOW INDEXES YIELD name, type", database_=db)
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)
    assert constraints == []
    assert all(r["type"] == "LOOKUP" for r in indexes)
    assert nodes[0]["n"] == 0


@pytest.mark.neo4j
def test_wrong_password_is_refused(neo4j_server: Neo4jConnection) -> None:
    wrong = (neo4j_server.user, neo4j_server.password + "-wrong")
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=wrong) as driver:
        try:
            driver.verify_connectivity()
        except AuthError:
            return
    pytest.skip("this server has authentication disabled")  # only for NEO4J_URI servers


@pytest.mark.neo4j
@pytest.mark.slow
def test_kill_then_restart_keeps_data(neo4j_private_server: Neo4jServer) -> None:
    server = neo4j_private_server
    uri, http_port, old_pid = server.uri, server.http_port, server.pid
    assert old_pid is not None
    with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        driver.execute_query(CONSTRAINT, database_="neo4j")
        driver.execute_query(
            "UNWIND range(1, 500) AS i MERGE (:Thing {iri: 'urn:ikg:test:' + toString(i)})",
            database_="neo4j",
        )

    server.kill()
    assert not server.is_running() and server.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(old_pid, 0)
    with (
        neo4j.GraphDatabase.driver(uri, auth=server.auth, connection_timeout=2) as driver,
        pytest.raises(ServiceUnavailable),
    ):
        driver.verify_connectivity()

    server.restart()
    assert server.uri == uri and server.http_port == http_port
    assert server.pid is not None and server.pid != old_pid
    with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n:Thing) RETURN count(n) AS n", database_="neo4j"
        )
        assert records[0]["n"] == 500
        driver.execute_query(CONSTRAINT, database_="neo4j")  # still there, still idempotent
        with pytest.raises(ConstraintError):
            driver.execute_query("CREATE (:Thing {iri: 'urn:ikg:test:1'})", database_="neo4j")

    server.stop()
    assert not server.is_running()


# ------------------------------------------------------------ jar cache (offline)


def _fake_wheel(path: Path, *, with_entry_point: bool = True) -> Path:
    """A tiny zip laid out like the graphscope wheel."""
    kernel = path.parent / "kernel.jar"
    with zipfile.ZipFile(kernel, "w") as jar:
        jar.writestr("org/neo4j/kernel/Dummy.class", b"")
    server = path.parent / "server.jar"
    with zipfile.ZipFile(server, "w") as jar:
        jar.writestr(ENTRY_POINT_CLASS_FILE if with_entry_point else "x/Other.class", b"")
    with zipfile.ZipFile(path, "w") as whl:
        whl.write(kernel, "graphscope.runtime/lib/neo4j-kernel-4.4.0.jar")
        whl.write(server, "graphscope.runtime/lib/neo4j-4.4.0.jar")
        whl.writestr("graphscope.runtime/lib/libnative.so", b"\0")
        whl.writestr("graphscope.runtime/lib/cmake/x.cmake", b"")
        whl.writestr("graphscope/__init__.py", b"")
    return path


def _fake_python(tmp_path: Path, wheel: Path) -> tuple[Path, Path]:
    """An executable that mimics ``python -m pip download ... -d DIR`` and counts calls."""
    calls = tmp_path / "calls.txt"
    script = tmp_path / "fake-python"
    script.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import shutil, sys
            args = sys.argv[1:]
            assert args[:3] == ["-m", "pip", "download"] and "--no-deps" in args, args
            with open({str(calls)!r}, "a") as fh:
                fh.write(" ".join(args) + "\\n")
            dest = args[args.index("-d") + 1]
            shutil.copy({str(wheel)!r}, dest + "/graphscope-0.29.0-py2.py3-none-any.whl")
            """
        )
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, calls


def test_ensure_jars_extracts_only_lib_jars_and_is_idempotent(tmp_path: Path) -> None:
    python, calls = _fake_python(tmp_path, _fake_wheel(tmp_path / "fake.whl"))
    cache = tmp_path / "cache" / "neo4j-4.4.0"
    # Leftovers of an interrupted earlier run: a staging folder and a cache without marker.
    (cache.parent / ".neo4j-4.4.0.tmp-dead").mkdir(parents=True)
    (cache / "lib").mkdir(parents=True)
    (cache / "lib" / "half-written.jar").write_bytes(b"")

    lib = ensure_neo4j_jars(cache, python=str(python))
    assert lib == cache / "lib"
    assert sorted(p.name for p in lib.iterdir()) == ["neo4j-4.4.0.jar", "neo4j-kernel-4.4.0.jar"]
    assert (cache / MARKER_NAME).is_file()
    assert [p.name for p in cache.parent.iterdir() if ".tmp-" in p.name] == []

    assert ensure_neo4j_jars(cache, python=str(python)) == lib
    assert len(calls.read_text().splitlines()) == 1  # second call: no download


def test_ensure_jars_rejects_a_wheel_without_neo4j(tmp_path: Path) -> None:
    python, _ = _fake_python(tmp_path, _fake_wheel(tmp_path / "bad.whl", with_entry_point=False))
    cache = tmp_path / "cache" / "neo4j-4.4.0"
    with pytest.raises(Neo4jServerError, match="CommunityEntryPoint"):
        ensure_neo4j_jars(cache, python=str(python))
    assert not cache.exists()
    assert [p.name for p in cache.parent.iterdir() if ".tmp-" in p.name] == []


def test_a_failed_first_start_leaves_no_temporary_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    empty_lib = tmp_path / "lib"
    empty_lib.mkdir()  # no jars: the admin tool that sets the password cannot start
    server = Neo4jServer(empty_lib, startup_timeout=30)
    with pytest.raises(Neo4jServerError, match="set-initial-password failed"):
        server.start()
    assert list(temp.iterdir()) == []

"""Contract of the store interface, run on every backend: the embedded store, Oxigraph server
and Virtuoso (tests.rdf_fixtures); a backend that passes is interchangeable."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.oxigraph_store import BULK_MIN_QUADS
from graph.store import EXPORT_FORMATS, Store, iter_rows, open_store
from ontology.errors import InputError, StoreError

G1 = "https://industry-kg.org/id/article/1"
G2 = "https://industry-kg.org/id/article/2"
P = ox.NamedNode("https://industry-kg.org/ontology#investsIn")


@pytest.fixture
def store(backend_store: Store) -> Store:
    """An empty store of each backend (the tests below run once per backend)."""
    return backend_store


def quad(s: str, o: str, g: str) -> ox.Quad:
    return ox.Quad(
        ox.NamedNode(f"https://x.org/{s}"), P, ox.NamedNode(f"https://x.org/{o}"), ox.NamedNode(g)
    )


def test_replace_graph_is_a_replacement_and_reports_no_change(store: Store) -> None:
    assert store.replace_graph(G1, [quad("a", "b", G1), quad("a", "c", G1)])
    assert not store.replace_graph(G1, [quad("a", "c", G1), quad("a", "b", G1)])
    assert store.replace_graph(G1, [quad("a", "d", G1)])
    assert {q.object.value for q in store.graph_quads(G1)} == {"https://x.org/d"}
    assert len(store) == 1


def test_graphs_are_independent_and_removal_is_exact(store: Store) -> None:
    store.replace_graph(G1, [quad("a", "b", G1)])
    store.replace_graph(G2, [quad("a", "b", G2), quad("x", "y", G2)])
    assert store.named_graphs() == sorted([G1, G2])
    assert store.remove_graph(G2)
    assert not store.remove_graph(G2)
    assert store.named_graphs() == [G1]
    assert len(store) == 1


def test_literals_with_hostile_text_round_trip(store: Store) -> None:
    hostile = 'Acme "} } ; DROP ALL ; INSERT DATA { <a> <b> <c> } \\ \n MATCH (n) DETACH DELETE n'
    q = ox.Quad(
        ox.NamedNode("https://x.org/e"),
        ox.NamedNode("https://x.org/label"),
        ox.Literal(hostile, language="fr"),
        ox.NamedNode(G1),
    )
    store.replace_graph(G1, [q])
    assert store.graph_quads(G1) == {q}
    rows = list(
        iter_rows(
            store.query(
                "SELECT ?s ?l WHERE { ?s <https://x.org/label> ?l }",
                bindings={"s": ox.NamedNode("https://x.org/e")},
            )
        )
    )  # type: ignore[arg-type]
    assert rows[0]["l"] == ox.Literal(hostile, language="fr")


def test_query_union_and_bound_values(store: Store) -> None:
    store.replace_graph(G1, [quad("a", "b", G1)])
    store.replace_graph(G2, [quad("c", "b", G2)])
    result = store.query(
        "SELECT ?o ?s WHERE { ?s <https://industry-kg.org/ontology#investsIn> ?o }",
        bindings={"o": ox.NamedNode("https://x.org/b")},
    )
    assert sorted(r["s"].value for r in iter_rows(result)) == [  # type: ignore[arg-type, union-attr]
        "https://x.org/a",
        "https://x.org/c",
    ]
    only_g1 = store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G1])
    assert [r["s"].value for r in iter_rows(only_g1)] == ["https://x.org/a"]  # type: ignore[arg-type, union-attr]


def test_malformed_query_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError, match="SPARQL"):
        store.query("SELECT ?s WHERE { ?s ")
    with pytest.raises(InputError):
        store.query("DROP ALL")


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_every_format(store: Store, fmt: str) -> None:
    store.replace_graph(G1, [quad("a", "b", G1)])
    out = io.BytesIO()
    store.export(fmt, out)
    assert b"https://x.org/a" in out.getvalue()
    if fmt in ("trig", "nquads"):
        assert G1.encode() in out.getvalue()


def test_unknown_export_format_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="turtle"):
        store.export("yaml", io.BytesIO())


def test_store_persists_across_reopen(tmp_path: Path) -> None:
    s = open_store(f"oxigraph:{tmp_path / 's'}")
    s.replace_graph(G1, [quad("a", "b", G1)])
    s.close()
    s = open_store(f"oxigraph:{tmp_path / 's'}")
    assert len(s) == 1
    s.close()


def test_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    s = open_store(f"oxigraph:{tmp_path / 's'}")
    try:
        with pytest.raises(StoreError, match="another ikg process"):
            open_store(f"oxigraph:{tmp_path / 's'}")
    finally:
        s.close()


def test_unknown_store_url() -> None:
    with pytest.raises(StoreError, match="oxigraph:PATH"):
        open_store("postgres://x")


def test_checkpoint_is_a_consistent_copy(tmp_path: Path) -> None:
    s = open_store(f"oxigraph:{tmp_path / 's'}")
    try:
        assert "checkpoint" in s.capabilities
        s.replace_graph(G1, [quad("a", "b", G1)])
        s.checkpoint(tmp_path / "copy")
        s.replace_graph(G2, [quad("c", "d", G2)])
        copy = ox.Store.read_only(str(tmp_path / "copy"))
        assert len(copy) == 1
    finally:
        s.close()
    assert "checkpoint" not in open_store("memory:").capabilities


def test_replace_graphs_mixes_new_unchanged_and_changed(store: Store) -> None:
    store.replace_graph(G1, [quad("a", "b", G1)])
    store.replace_graph(G2, [quad("c", "d", G2)])
    g3 = "https://industry-kg.org/id/article/3"
    changed = store.replace_graphs(
        {G1: [quad("a", "b", G1)], G2: [quad("c", "e", G2)], g3: [quad("x", "y", g3)]}
    )
    assert changed == {G1: False, G2: True, g3: True}
    assert {q.object.value for q in store.graph_quads(G2)} == {"https://x.org/e"}
    assert len(store) == 3


def test_a_large_batch_of_new_graphs_is_bulk_loaded_whole(store: Store) -> None:
    graphs = {
        f"https://industry-kg.org/id/article/b{i}": [
            quad(f"s{i}", f"o{i}-{j}", f"https://industry-kg.org/id/article/b{i}")
            for j in range(40)
        ]
        for i in range(BULK_MIN_QUADS // 40 + 5)
    }
    existing = {G1: [quad("a", "b", G1)]}
    store.replace_graphs(existing)
    changed = store.replace_graphs({**existing, **graphs})
    assert changed == {G1: False, **dict.fromkeys(graphs, True)}
    assert len(store) == 1 + 40 * len(graphs)
    some = next(iter(graphs))
    assert store.graph_quads(some) == set(graphs[some])
    # a bulk-loaded graph is replaced and removed like any other
    assert store.replace_graph(some, [quad("z", "z", some)])
    assert store.remove_graph(some) and some not in store.named_graphs()


def test_opening_the_store_removes_files_of_an_interrupted_bulk_load(tmp_path: Path) -> None:
    path = tmp_path / "store"
    open_store(f"oxigraph:{path}").close()
    orphan = path / "bulk-1234567890.sst"
    orphan.write_bytes(b"left by a process killed mid-write")
    store = open_store(f"oxigraph:{path}")
    try:
        assert not orphan.exists()
        assert store.replace_graph(G1, [quad("a", "b", G1)])
    finally:
        store.close()

"""Entity ids that keep every letter (id scheme 2) and the migration of stores written with the
old ids (scheme 1: "Ørsted" was "rsted"), on the real embedded store, the REST API, the `ikg`
command and a real Neo4j server. Company names are invented."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

import ontology.mapping
from api.app import create_app
from graph.id_migration import (
    MARKER_SUFFIX,
    legacy_plan,
    marker_path,
    migrate_ids,
    read_marker,
    rewrite_graph,
)
from graph.indexed_store import IndexedStore
from graph.neo4j_client import Neo4jClient
from graph.neo4j_state import SyncState
from graph.neo4j_sync import sync_store
from graph.store import open_store
from loaders.ingest import store_extractions
from ontology.errors import OutdatedStoreError
from ontology.iris import ID_SCHEME, Iris, legacy_slugify, slugify
from ontology.records import Article, Entity, EntityType, Extraction, Relation, RelationType, Status
from tests.conftest import run_ikg
from tests.neo4j_fixtures import Neo4jTestDatabase
from tests.test_api_support import API_KEY, get_json, serving, settings_for
from tests.test_neo4j_sync import config_of

IRIS = Iris()
Mint = Callable[[str], str]

# --------------------------------------------------------------------------- slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Ørsted", "orsted"),
        ("Trans-Wisła", "trans-wisla"),
        ("Œnologie Réunie", "oenologie-reunie"),
        ("Straße AG", "strasse-ag"),
        ("Æther", "aether"),
        ("Đakovo", "dakovo"),
        ("Þingvellir Orka", "thingvellir-orka"),
        ("Ðorvik", "dorvik"),
        ("Iİıstanbul Kablo", "iiistanbul-kablo"),
        ("Ħamrun Marine", "hamrun-marine"),
        ("Ŀlivia", "llivia"),
        ("Ŋaro", "ngaro"),
        ("Société Générale", "societe-generale"),
        ("  AMD ", "amd"),
        ("ØRSTED", "orsted"),
        ("ẞTRASSE", "sstrasse"),
    ],
)
def test_slugify_keeps_latin_letters_without_decomposition(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_leaves_other_scripts_to_the_short_hash() -> None:
    assert re.fullmatch(r"h[0-9a-f]{12}", slugify("Газпром нефть"))
    assert re.fullmatch(r"h[0-9a-f]{12}", slugify("北京汽车"))
    assert slugify("Газпром нефть") == legacy_slugify("Газпром нефть")  # ids unchanged
    assert slugify("Ørsted 北京") == "orsted"
    assert slugify("ß") == "ss" and legacy_slugify("ß").startswith("h")


@pytest.mark.parametrize(
    "name",
    [
        'Acme "} ; DROP ALL ; #',
        "x') DETACH DELETE n //",
        "<script>alert(1)</script>",
        "\u202eØlund\u202c Bank",
        "Zero\u200bWidth\u0000Nul\x1b[31m",
        "\u0301\u0308",
        "🚀 Łódź 🚀",
        "Ø" * 500,
        "../../etc/passwd",
    ],
)
def test_slugify_hostile_names_give_safe_ids(name: str) -> None:
    slug = slugify(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 80
    assert slug == slugify(name)


# --------------------------------------------------------------------------- stores


def _names(ident: Mint, text: str) -> Extraction:
    """An invented article: each line `A supplies|partners with|competes with B[, denied].`;
    published by "Dagbladet Ærø" and attributed to "Børsen Wire" unless it starts "Lumen"."""
    wire = "Lumen Wire" if text.startswith("Lumen") else "Børsen Wire"
    line = re.compile(
        r"^(?P<s>.+?) (?P<v>supplies|partners with|competes with) (?P<t>.+?)(?P<d>, denied)?\.$",
        re.M,
    )
    types = {"supplies": RelationType.SUPPLIES, "partners with": RelationType.PARTNERS_WITH,
             "competes with": RelationType.COMPETES_WITH}
    entities: dict[str, Entity] = {}
    relations = []
    for m in line.finditer(text):
        ids = []
        for name in (m["s"], m["t"]):
            entities.setdefault(ident(name), Entity(ident(name), name, EntityType.COMPANY))
            ids.append(ident(name))
        status = Status.DENIED if m["d"] else Status.REPORTED
        relations.append(
            Relation(types[m["v"]], ids[0], ids[1], m[0], m.start(), m.end(), status,
                     attributed_to=ident(wire))
        )
    entities.setdefault(ident(wire), Entity(ident(wire), wire, EntityType.PUBLISHER))
    title = text.split("\n", 1)[0]
    publisher = None if wire == "Lumen Wire" else "Dagbladet Ærø"
    article = Article(text, title=title, language="en", publisher=publisher, id=title)
    return Extraction(article, "en", tuple(entities.values()), tuple(relations), "test/1")


ARTICLES = [
    "Ølund Bank partners with Nordvik Trust.\nStraße Logistik supplies Ølund Bank.",
    "Trans-Wisła Energia competes with Ølund Bank.\nÆther Grid supplies Trans-Wisła Energia, "
    "denied.",
    "Nordvik Trust supplies Kestrel Foods.",  # no affected name but the publisher's
    "Lumen Ptak supplies Kestrel Foods.",  # nothing affected at all
]


def _write(store: IndexedStore, ident: Mint, texts: list[str]) -> None:
    store_extractions(store, [_names(ident, t) for t in texts], IRIS)


@pytest.fixture
def old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data directory whose store was written with scheme-1 ids and no scheme record, as
    an ikg from before scheme 2 left it."""
    path = tmp_path / "data" / "store"
    with monkeypatch.context() as patch:
        patch.setattr(ontology.mapping, "slugify", legacy_slugify)  # the publisher's id
        store = open_store(f"oxigraph:{path}")
        _write(store, legacy_slugify, ARTICLES)
        store.close()
    marker_path(path).unlink()
    yield path


def _quads(store: IndexedStore) -> set[ox.Quad]:
    return {q for g in store.named_graphs() for q in store.graph_quads(g)}


def _fresh(tmp_path: Path, texts: list[str] = ARTICLES) -> IndexedStore:
    store = open_store(f"oxigraph:{tmp_path / 'fresh'}")
    _write(store, slugify, texts)
    return store


def _index_entities(store: IndexedStore) -> list[tuple[str, str, int, int]]:
    rows = store.index.query("SELECT iri, name, degree, mentioned FROM entities ORDER BY iri")
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def test_old_store_is_recognised_and_refuses_new_articles(old_store: Path) -> None:
    store = open_store(f"oxigraph:{old_store}")
    try:
        assert store.id_scheme == 1
        assert read_marker(marker_path(old_store)) == 1
        before = _quads(store)
        with pytest.raises(OutdatedStoreError, match="ikg migrate"):
            _write(store, slugify, ["Ølund Bank supplies Vantor Mills."])
        assert _quads(store) == before
    finally:
        store.close()


def test_migration_gives_what_a_fresh_ingest_gives(old_store: Path, tmp_path: Path) -> None:
    store = open_store(f"oxigraph:{old_store}")
    fresh = _fresh(tmp_path)
    try:
        old = _quads(store)
        assert IRIS.entity("lund-bank") in {q.subject.value for q in old}
        report = migrate_ids(store)
        assert report.graphs == 3 and not report.ambiguous
        assert report.renamed[IRIS.entity("lund-bank")] == IRIS.entity("olund-bank")
        assert report.renamed[IRIS.entity("dagbladet-r")] == IRIS.entity("dagbladet-aero")
        assert _quads(store) == _quads(fresh)  # renamed, claims re-minted, edges turned
        assert _index_entities(store) == _index_entities(fresh)
        assert store.id_scheme == ID_SCHEME == read_marker(marker_path(old_store))
        # re-ingesting every article now changes nothing: no second entity
        changed = store.replace_graphs(
            {IRIS.article(e.article.key): ontology.mapping.article_quads(e, IRIS)
             for e in (_names(slugify, t) for t in ARTICLES)})
        assert not any(changed.values())
        _write(store, slugify, ["Ølund Bank supplies Vantor Mills."])
        names = {q.object.value for q in _quads(store) if q.subject.value.endswith("/olund-bank")
                 and q.predicate.value.endswith("#label")}
        assert names == {"Ølund Bank"}
        assert not legacy_plan(store)
        again = migrate_ids(store)
        assert again.graphs == 0 and not again.renamed
    finally:
        store.close()
        fresh.close()


def test_symmetric_edge_turns_to_its_canonical_direction(old_store: Path) -> None:
    """'lund-bank' < 'nordvik-trust' but 'olund-bank' > 'nordvik-trust': the partnership's
    claim and edge start from Nordvik after the migration."""
    store = open_store(f"oxigraph:{old_store}")
    try:
        migrate_ids(store)
        partners = "https://industry-kg.org/ontology#partnersWith"
        edges = {(q.subject.value, q.object.value) for q in _quads(store)
                 if q.predicate.value == partners}
        assert edges == {(IRIS.entity("nordvik-trust"), IRIS.entity("olund-bank"))}
    finally:
        store.close()


def test_new_id_already_used_merges_the_entities(old_store: Path) -> None:
    store = open_store(f"oxigraph:{old_store}")
    try:
        store.record_id_scheme(ID_SCHEME)  # written by scheme 2 in between (a test shortcut)
        _write(store, slugify, ["Olund Bank supplies Vantor Mills."])  # the ASCII spelling
        store.record_id_scheme(1)
        report = migrate_ids(store)
        assert IRIS.entity("olund-bank") in report.merged
        rows = {r[0]: r for r in _index_entities(store)}
        assert IRIS.entity("lund-bank") not in rows
        assert rows[IRIS.entity("olund-bank")][3] == 3  # mentioned by three articles
    finally:
        store.close()


def test_interrupted_migration_is_finished_by_running_it_again(
    old_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"oxigraph:{old_store}")
    fresh = _fresh(tmp_path)
    calls = []
    real = IndexedStore.rewrite_graphs

    def failing(self: IndexedStore, graphs: dict[str, set[ox.Quad]]) -> dict[str, bool]:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, graphs)

    try:
        with monkeypatch.context() as patch:
            patch.setattr(IndexedStore, "rewrite_graphs", failing)
            with pytest.raises(OSError):
                migrate_ids(store, batch=1)
        assert store.id_scheme == 1 == read_marker(marker_path(old_store))
        assert len(legacy_plan(store)) == 2  # one graph done, whole; two left, whole
        migrate_ids(store, batch=1)
        assert _quads(store) == _quads(fresh)
        assert store.id_scheme == ID_SCHEME
    finally:
        store.close()
        fresh.close()


def test_store_without_affected_ids_is_recorded_silently(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = open_store(f"oxigraph:{path}")
    _write(store, legacy_slugify, ARTICLES[3:])
    store.close()
    marker_path(path).unlink()
    reopened = open_store(f"oxigraph:{path}")
    try:
        assert reopened.id_scheme == ID_SCHEME == read_marker(marker_path(path))
    finally:
        reopened.close()


def test_a_graph_that_names_an_old_id_without_its_label_is_renamed_too(
    old_store: Path, tmp_path: Path
) -> None:
    store = open_store(f"oxigraph:{old_store}")
    try:
        store.record_id_scheme(ID_SCHEME)  # a test shortcut: write one more scheme-1 article
        unlabelled = _names(legacy_slugify, "Lumen Ptak supplies Vantor Mills.")
        relation = replace(unlabelled.relations[0], attributed_to=legacy_slugify("Børsen Wire"))
        unlabelled = replace(unlabelled, relations=(relation,), entities=tuple(
            e for e in unlabelled.entities if e.type is not EntityType.PUBLISHER))
        store_extractions(store, [unlabelled], IRIS)
        store.record_id_scheme(1)
        migrate_ids(store)
        graph = store.graph_quads(IRIS.article(unlabelled.article.key))
        named = {q.object.value for q in graph if q.predicate.value.endswith("#attributedTo")}
        assert named == {IRIS.entity("borsen-wire")}
    finally:
        store.close()


def test_two_names_one_old_id_are_left_and_reported() -> None:
    """'Æther Grid' and 'Ther Grid' both had the id 'ther-grid' (scheme 1) in one article:
    no rename can split them; the article is named for a re-ingest."""
    e, g = IRIS.entity("ther-grid"), "https://industry-kg.org/id/article/x"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    quads = [ox.Quad(ox.NamedNode(e), label, ox.Literal(n), ox.NamedNode(g))
             for n in ("Æther Grid", "Ther Grid")]
    out, ambiguous = rewrite_graph(g, quads, {e: IRIS.entity("aether-grid")})
    assert ambiguous == [e] and out == set(quads)


def test_rest_refuses_writes_to_an_old_store_and_answers_the_new_id_after_migration(
    old_store: Path,
) -> None:
    with TestClient(create_app(settings_for(old_store.parent))) as client:
        assert client.get("/entities/lund-bank").status_code == 200  # reads still work
        refused = client.post("/articles", headers={"X-API-Key": API_KEY}, json={
            "text": "Ølund Bank supplies Vantor Mills.", "title": "Vantor", "language": "en"})
        assert refused.status_code == 503, refused.text
        error = refused.json()["error"]
        assert error["code"] == "store_outdated" and "ikg migrate" in error["message"]
    store = open_store(f"oxigraph:{old_store}")
    migrate_ids(store)
    store.close()
    with TestClient(create_app(settings_for(old_store.parent))) as client:
        answer = client.get("/entities/olund-bank")
        assert answer.status_code == 200, answer.text
        assert answer.json()["name"] == "Ølund Bank"
        assert client.get("/entities/Ølund Bank").status_code == 200
        assert client.get("/entities/lund-bank").status_code == 404


def test_cli_names_the_command_then_migrates(old_store: Path, tmp_path: Path) -> None:
    data_dir = old_store.parent
    article = tmp_path / "new.txt"
    article.write_text("Title: Vantor news\n\nØlund Bank supplies Vantor Mills.\n", "utf-8")
    refused = run_ikg("ingest", "-q", str(article), data_dir=data_dir)
    assert refused.returncode == 1
    assert "ikg migrate" in refused.stderr and "--data-dir" in refused.stderr
    done = run_ikg("migrate", "-q", data_dir=data_dir, check=True)
    assert "lund-bank -> https://industry-kg.org/id/entity/olund-bank" in done.stderr
    assert "in 3 articles" in done.stderr
    run_ikg("ingest", "-q", str(article), data_dir=data_dir, check=True)
    nothing = run_ikg("migrate", "-q", data_dir=data_dir, check=True)
    assert nothing.stderr.strip().startswith("0 entity ids renamed in 0 articles")
    assert (data_dir / ("store" + MARKER_SUFFIX)).exists()


def test_a_server_over_an_old_store_says_so_at_start_and_in_health(old_store: Path) -> None:
    """`ikg serve` over a store of old ids warns at start-up, before anyone posts an article,
    and /health tells a monitor which scheme the store has and what to run."""
    with serving(old_store.parent) as server:
        health = get_json(server.url + "/health")
        assert health["status"] == "ok"
        ids = health["ids"]
        assert isinstance(ids, dict) and ids["scheme"] == 1 and ids["current"] == ID_SCHEME
        assert "ikg migrate" in str(ids["outdated"])
    started = (old_store.parent.parent / f"serve-{server.url.rsplit(':', 1)[1]}.log").read_text()
    assert "ikg migrate" in started and "new articles are refused" in started
    store = open_store(f"oxigraph:{old_store}")
    migrate_ids(store)
    store.close()
    with serving(old_store.parent) as server:
        ids = get_json(server.url + "/health")["ids"]
        assert ids == {"scheme": ID_SCHEME, "current": ID_SCHEME, "outdated": None}


@pytest.mark.neo4j
def test_sync_after_migration_leaves_no_stale_node(
    old_store: Path, tmp_path: Path, neo4j_clean: Neo4jTestDatabase
) -> None:
    store = open_store(f"oxigraph:{old_store}")
    state = SyncState(tmp_path / "neo4j" / "sync.json")
    db = neo4j_clean

    def iris_in_neo4j() -> set[str]:
        records, _, _ = db.driver.execute_query(
            "MATCH (n) WHERE n.iri STARTS WITH $p RETURN n.iri AS iri",
            p=IRIS.entity(""), database_=db.database)
        return {r["iri"] for r in records}

    try:
        with Neo4jClient(config_of(db)) as client:
            sync_store(store, client, state)
            assert IRIS.entity("lund-bank") in iris_in_neo4j()
            migrate_ids(store)
            report = sync_store(store, client, state)
            assert report.nodes_deleted >= 7 and not report.compared_with_neo4j
            now = iris_in_neo4j()
            assert IRIS.entity("olund-bank") in now and IRIS.entity("orsted") not in now
            assert not {i for i in now if i.endswith(("/lund-bank", "/trans-wisa", "/ther-grid",
                                                      "/strae-logistik", "/dagbladet-r",
                                                      "/brsen-wire"))}
            claims, _, _ = db.driver.execute_query(
                "MATCH (c:Claim)-[:SUBJECT|OBJECT]->(n) WHERE n.iri ENDS WITH '/lund-bank' "
                "RETURN count(c) AS n", database_=db.database)
            assert claims[0]["n"] == 0
            assert not sync_store(store, client, state).changed  # nothing left to do
    finally:
        store.close()


def test_migration_on_every_store_backend(
    backend_store: IndexedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same migration through the store interface: embedded, Oxigraph server, Virtuoso
    (a remote store records no scheme; `ikg migrate --store URL` is run by hand)."""
    with monkeypatch.context() as patch:
        patch.setattr(ontology.mapping, "slugify", legacy_slugify)
        _write(backend_store, legacy_slugify, ARTICLES)
    report = migrate_ids(backend_store)
    assert report.graphs == 3 and len(report.renamed) == 6
    expected = {q for e in (_names(slugify, t) for t in ARTICLES)
                for q in ontology.mapping.article_quads(e, IRIS)}
    assert _quads(backend_store) == expected
    assert migrate_ids(backend_store).graphs == 0

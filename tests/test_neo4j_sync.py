"""The Neo4j sync against a real server: layout, incremental and idempotent writes, deletions,
and the one property that matters most: after any sequence of ingests and syncs, Neo4j holds
exactly what a fresh sync into an empty database produces.

The articles are built as extractions (the layout of the seed article's gold annotation, with
statuses), so these tests do not depend on what the extractor finds.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import neo4j
import pytest

from graph.neo4j_client import Neo4jClient, Neo4jConfig
from graph.neo4j_state import SyncState
from graph.neo4j_sync import SyncReport, graph_rows, sync_store
from graph.projection import project
from graph.store import Store
from loaders.ingest import remove_article, store_extraction
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

if TYPE_CHECKING:
    from tests.neo4j_fixtures import Neo4jTestDatabase

IRIS = Iris()
ORG, PERSON, PUB = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PUBLISHER
R = RelationType

ENTITIES = {
    "nvidia": Entity("nvidia", "Nvidia", EntityType.COMPANY, ("NVIDIA", "Nvidia Corp")),
    "openai": Entity("openai", "OpenAI", EntityType.COMPANY, ("Open AI",)),
    "amd": Entity("amd", "Advanced Micro Devices", EntityType.COMPANY, ("AMD",)),
    "broadcom": Entity("broadcom", "Broadcom", EntityType.COMPANY),
    "cerebras": Entity("cerebras", "Cerebras", EntityType.COMPANY),
    "microsoft": Entity("microsoft", "Microsoft", EntityType.COMPANY),
    "anthropic": Entity("anthropic", "Anthropic", EntityType.COMPANY),
    "sec": Entity("sec", "SEC", EntityType.REGULATOR),
    "huang": Entity("huang", "Jensen Huang", PERSON, ("Huang",)),
    "altman": Entity("altman", "Sam Altman", PERSON, ("Altman",)),
    "cnbc": Entity("cnbc", "CNBC", PUB),
    "wsj": Entity("wsj", "Wall Street Journal", PUB, ("WSJ",)),
}


def rel(rtype: RelationType, source: str, target: str, evidence: str,
        status: Status = Status.REPORTED, **kw: Any) -> Relation:
    start = zlib.crc32(f"{rtype}|{source}|{target}|{status}|{evidence}".encode()) % 10_000
    return Relation(rtype, source, target, evidence, start, start + len(evidence), status, **kw)


def extraction(key: str, title: str, day: date, publisher: str | None, lang: str,
               relations: list[Relation], extra: tuple[str, ...] = ()) -> Extraction:
    ids = {r.source for r in relations} | {r.target for r in relations} | set(extra)
    ids.discard(ARTICLE_SOURCE)
    text = " ".join(r.evidence for r in relations) or title
    article = Article(text=text, title=title, date=day, language=lang, publisher=publisher,
                      id=key, source=f"{key}.txt")
    return Extraction(article=article, language=lang, relations=tuple(relations),
                      entities=tuple(ENTITIES[i] for i in sorted(ids)), extractor="test/1")


def seed_article() -> Extraction:
    """The seed article (Nvidia / OpenAI), with a denial and a rumour among its claims."""
    return extraction("seed", "Jensen Huang dément les rumeurs sur le deal Nvidia-OpenAI",
                      date(2026, 2, 4), None, "fr", [
        rel(R.INVESTS_IN, "nvidia", "openai", "Nvidia va investir jusqu'à 100 milliards de "
            "dollars dans OpenAI.", Status.PLANNED,
            amount=Amount(100e9, "USD", "up_to"), attributed_to="cnbc"),
        rel(R.SUPPLIES, "nvidia", "openai", "OpenAI a toujours utilisé les puces de Nvidia."),
        rel(R.PARTNERS_WITH, "nvidia", "openai", "Le partenariat reste sur la bonne voie."),
        rel(R.PARTNERS_WITH, "nvidia", "openai", "Le partenariat était « gelé ».",
            Status.RUMOURED, attributed_to="wsj"),
        rel(R.SUPPLIES, "amd", "openai", "OpenAI a noué des accords avec AMD, Broadcom et "
            "Cerebras."),
        rel(R.SUPPLIES, "broadcom", "openai", "OpenAI a noué des accords avec AMD, Broadcom "
            "et Cerebras."),
        rel(R.COMPETES_WITH, "amd", "nvidia", "des concurrents de Nvidia, notamment AMD"),
        rel(R.COMPETES_WITH, "broadcom", "nvidia", "des concurrents de Nvidia, notamment "
            "Broadcom"),
        rel(R.EXECUTIVE_OF, "huang", "nvidia", "Le PDG de Nvidia, Jensen Huang", role="CEO"),
        rel(R.EXECUTIVE_OF, "altman", "openai", "Sam Altman, le PDG d'OpenAI", role="CEO"),
        rel(R.REPORTED_BY, ARTICLE_SOURCE, "cnbc", "a-t-il déclaré à CNBC"),
        rel(R.REPORTED_BY, ARTICLE_SOURCE, "wsj", "le Wall Street Journal avait rapporté"),
        rel(R.REPORTED_BY, ARTICLE_SOURCE, "sec", "un dépôt auprès de la SEC"),
    ])


def anthropic_article() -> Extraction:
    """A second outlet's article: Microsoft and Nvidia invest in Anthropic."""
    return extraction("anthropic", "Microsoft and Nvidia to invest in Anthropic",
                      date(2025, 11, 18), "Sample Wire", "en", [
        rel(R.INVESTS_IN, "microsoft", "anthropic", "Microsoft will invest up to $5 billion.",
            Status.PLANNED),
        rel(R.INVESTS_IN, "nvidia", "anthropic", "Nvidia up to $10 billion.", Status.PLANNED),
        rel(R.COMPETES_WITH, "anthropic", "openai", "which competes with OpenAI"),
    ])


def openai_denial_article() -> Extraction:
    """A third article: another outlet confirms one edge and denies another."""
    return extraction("denial", "Nvidia confirms OpenAI stake, denies Cerebras talks",
                      date(2026, 2, 10), "Sample Tech Daily", "en", [
        rel(R.INVESTS_IN, "nvidia", "openai", "Nvidia confirmed it will invest in OpenAI.",
            Status.ANNOUNCED),
        rel(R.SUPPLIES, "cerebras", "openai", "OpenAI denied buying Cerebras chips.",
            Status.DENIED),
        rel(R.SUPPLIES, "amd", "openai", "AMD supplies OpenAI.", Status.REPORTED),
    ])


# --------------------------------------------------------------------------- helpers


def ingest(store: Store, *extractions: Extraction) -> list[str]:
    return [store_extraction(store, e, IRIS).article_iri for e in extractions]


def config_of(db: Neo4jTestDatabase, **kw: Any) -> Neo4jConfig:
    return Neo4jConfig(uri=db.uri, user=db.user, password=db.password, database=db.database,
                       **kw)


def dump(driver: neo4j.Driver, database: str) -> tuple[list[Any], list[Any]]:
    """The whole graph, canonically: nodes (labels, props), rels (type, ends, props)."""
    def canon(value: Any) -> Any:
        if isinstance(value, list):
            return tuple(canon(v) for v in value)
        if hasattr(value, "iso_format"):
            return ("date", value.iso_format())
        return value

    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.iri AS s, b.iri AS t, "
        "properties(r) AS props", database_=database)
    return (
        sorted((tuple(sorted(r["labels"])), sorted((k, canon(v)) for k, v in r["props"].items()))
               for r in nodes),
        sorted((r["type"], r["s"], r["t"], sorted((k, canon(v)) for k, v in r["props"].items()))
               for r in rels),
    )


def fresh_dump(db: Neo4jTestDatabase, store: Store, tmp: Path) -> tuple[list[Any], list[Any]]:
    """Empty the database, sync the store into it from scratch, dump it."""
    from tests.neo4j_server import clean_database

    clean_database(db.driver, db.database)
    with Neo4jClient(config_of(db)) as client:
        sync_store(store, client, SyncState(tmp / f"fresh-{random.random()}.json"))
    return dump(db.driver, db.database)


@pytest.fixture
def client(neo4j_clean: Neo4jTestDatabase) -> Iterator[Neo4jClient]:
    with Neo4jClient(config_of(neo4j_clean)) as c:
        yield c


@pytest.fixture
def state(tmp_path: Path) -> SyncState:
    return SyncState(tmp_path / "neo4j" / "sync.json")


# --------------------------------------------------------------------------- layout (no server)


def test_layout_names_labels_and_only_asserted_business_edges(store: Store) -> None:
    ingest(store, seed_article(), anthropic_article(), openai_denial_article())
    rows = graph_rows(project(store))
    assert all(n.props.get("name") and n.props.get("iri") == iri for iri, n in rows.nodes.items())
    nvidia = rows.nodes[IRIS.entity("nvidia")]
    assert nvidia.labels == ("Company", "Organization")
    assert rows.nodes[IRIS.entity("huang")].labels == ("Person",)
    assert rows.nodes[IRIS.entity("sec")].labels == ("Organization", "Regulator")
    types = {k[0] for k in rows.rels}
    assert {"INVESTS_IN", "SUPPLIES", "PARTNERS_WITH", "COMPETES_WITH", "EXECUTIVE_OF",
            "REPORTED_BY", "PUBLISHED_BY", "MENTIONS", "SUBJECT", "OBJECT", "IN_ARTICLE",
            "ATTRIBUTED_TO"} <= types
    # The Cerebras supply is only denied: a claim node, no SUPPLIES relationship.
    assert ("SUPPLIES", IRIS.entity("cerebras"), IRIS.entity("openai")) not in rows.rels
    denied = [n for n in rows.nodes.values() if n.props.get("status") == "denied"]
    assert len(denied) == 1 and denied[0].labels == ("Claim",)
    assert denied[0].props["asserted"] is False
    # Provenance on a business edge: two articles, statuses ranked, dates, evidence.
    inv = rows.rels[("INVESTS_IN", IRIS.entity("nvidia"), IRIS.entity("openai"))].props
    assert inv["status"] == "announced" and inv["statuses"] == ["announced", "planned"]
    assert inv["claim_count"] == 2 and inv["supporting_claims"] == 2
    assert inv["first_reported"] == date(2026, 2, 4) and inv["last_reported"] == date(2026, 2, 10)
    assert set(inv["outlets"]) == {"CNBC", "Sample Tech Daily"}
    assert "Nvidia confirmed it will invest in OpenAI." in inv["evidence"]
    partners = rows.rels[("PARTNERS_WITH", IRIS.entity("nvidia"), IRIS.entity("openai"))].props
    assert partners["disputed"] is True and partners["supporting_claims"] == 1
    assert partners["evidence"] == ["Le partenariat reste sur la bonne voie."]
    roles = rows.rels[("EXECUTIVE_OF", IRIS.entity("huang"), IRIS.entity("nvidia"))].props
    assert roles["roles"] == ["CEO"]


# --------------------------------------------------------------------------- real server


@pytest.mark.neo4j
def test_first_sync_then_nothing_to_do(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase
) -> None:
    ingest(store, seed_article(), anthropic_article())
    first = sync_store(store, client, state)
    assert first.changed and first.nodes_created == first.nodes_total > 0
    assert first.rels_created == first.rels_total > 0
    assert first.compared_with_neo4j  # no state yet: compared with the (empty) database
    before = dump(neo4j_clean.driver, neo4j_clean.database)
    second = sync_store(store, client, state)
    assert second == SyncReport(nodes_total=first.nodes_total, rels_total=first.rels_total,
                                seconds=second.seconds)
    assert second.summary().startswith("Nothing to do")
    assert dump(neo4j_clean.driver, neo4j_clean.database) == before
    records, _, _ = neo4j_clean.driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, "
        "properties", database_=neo4j_clean.database)
    keyed = {(r["labelsOrTypes"][0], r["properties"][0]) for r in records}
    assert {(label, "iri") for label in ("Organization", "Person", "Article", "Claim")} <= keyed


@pytest.mark.neo4j
def test_new_article_writes_only_what_it_changed(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
    tmp_path: Path,
) -> None:
    ingest(store, seed_article(), anthropic_article())
    sync_store(store, client, state)
    ingest(store, openai_denial_article())
    report = sync_store(store, client, state)
    assert not report.compared_with_neo4j
    # New: the article, its publisher, Cerebras, three claims.
    assert report.nodes_created == 6
    # Updated: Nvidia->OpenAI invest edge gains a source, AMD->OpenAI supply too; no deletions.
    assert report.nodes_deleted == report.rels_deleted == 0
    assert report.rels_updated == 2
    assert report.rels_created == 3 * 3 + 4 + 1  # claim links, mentions, PUBLISHED_BY
    assert dump(neo4j_clean.driver, neo4j_clean.database) == fresh_dump(
        neo4j_clean, store, tmp_path)


def rel_count(db: Neo4jTestDatabase) -> int:
    records, _, _ = db.driver.execute_query(
        "MATCH ()-[r]->() RETURN count(r) AS n", database_=db.database)
    return int(records[0]["n"])


@pytest.mark.neo4j
def test_replace_and_delete_propagate(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
    tmp_path: Path,
) -> None:
    seed, anthropic, denial = ingest(store, seed_article(), anthropic_article(),
                                     openai_denial_article())
    sync_store(store, client, state)
    # Replace the Anthropic article: Microsoft's investment is gone, only Nvidia's remains.
    changed = anthropic_article()
    store_extraction(store, Extraction(
        article=changed.article, language="en", relations=changed.relations[1:],
        entities=tuple(e for e in changed.entities if e.id != "microsoft"), extractor="test/1",
    ), IRIS)
    before = rel_count(neo4j_clean)
    report = sync_store(store, client, state)
    assert report.nodes_deleted == 2  # Microsoft and its claim
    # the relationships that went with them are counted as deleted too
    assert report.rels_deleted > 0
    assert before - report.rels_deleted + report.rels_created == rel_count(neo4j_clean)
    records, _, _ = neo4j_clean.driver.execute_query(
        "MATCH (n {iri: $iri}) RETURN count(n) AS n", iri=IRIS.entity("microsoft"),
        database_=neo4j_clean.database)
    assert records[0]["n"] == 0
    # Delete the denial article: the edges it alone supported lose their extra provenance.
    assert remove_article(store, denial)
    before = rel_count(neo4j_clean)
    report = sync_store(store, client, state)
    assert report.nodes_deleted >= 4 and report.rels_updated == 2
    assert before - report.rels_deleted + report.rels_created == rel_count(neo4j_clean)
    records, _, _ = neo4j_clean.driver.execute_query(
        "MATCH (:Organization {name: 'Nvidia'})-[r:INVESTS_IN]->(:Organization {name: 'OpenAI'}) "
        "RETURN r.articles AS articles", database_=neo4j_clean.database)
    assert records[0]["articles"] == [seed]
    assert dump(neo4j_clean.driver, neo4j_clean.database) == fresh_dump(
        neo4j_clean, store, tmp_path)


@pytest.mark.neo4j
def test_any_sequence_of_ingests_and_syncs_equals_a_fresh_sync(
    store: Store, neo4j_clean: Neo4jTestDatabase, state: SyncState, tmp_path: Path
) -> None:
    rng = random.Random(4)
    pool = [seed_article(), anthropic_article(), openai_denial_article()]
    ids = sorted(ENTITIES)
    statuses = list(Status)
    for step in range(6):
        action = rng.choice(["add", "replace", "delete", "add"])
        present = store.named_graphs()
        if action == "delete" and present:
            remove_article(store, rng.choice(present))
        elif action == "replace" or action == "add":
            base = rng.choice(pool)
            types = [R.INVESTS_IN, R.SUPPLIES, R.PARTNERS_WITH, R.COMPETES_WITH, R.ACQUIRES,
                     R.CUSTOMER_OF]
            rels = [rel(rng.choice(types), a, b, f"Sentence {step}-{i} about {a} and {b}.",
                        rng.choice(statuses))
                    for i, (a, b) in enumerate(
                        tuple(rng.sample(ids[:8], 2)) for _ in range(rng.randint(0, 5)))]
            key = base.article.id if action == "replace" else f"gen-{step}"
            ingest(store, extraction(key or "x", f"Generated {step}", date(2025, 1, 1 + step),
                                     rng.choice([None, "Sample Wire", "CNBC"]), "en", rels))
        with Neo4jClient(config_of(neo4j_clean)) as client:
            sync_store(store, client, state)
        incremental = dump(neo4j_clean.driver, neo4j_clean.database)
        assert incremental == fresh_dump(neo4j_clean, store, tmp_path), f"step {step}"
        # The database now holds the fresh sync, equal to the incremental one, so the
        # incremental state stays valid for the next step.


@pytest.mark.neo4j
def test_full_sync_repairs_changes_made_in_neo4j(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
    tmp_path: Path,
) -> None:
    ingest(store, seed_article(), anthropic_article())
    sync_store(store, client, state)
    expected = dump(neo4j_clean.driver, neo4j_clean.database)
    db, driver = neo4j_clean.database, neo4j_clean.driver
    driver.execute_query("MATCH (n:Organization {name: 'Nvidia'}) SET n.name = 'oops'",
                         database_=db)  # same counts: only --full sees it
    assert not sync_store(store, client, state).changed
    report = sync_store(store, client, state, full=True)
    assert report.nodes_updated == 1 and report.compared_with_neo4j
    assert dump(driver, db) == expected
    # A deleted relationship and a duplicated one change the counts: seen without --full.
    driver.execute_query("MATCH (:Person)-[r:EXECUTIVE_OF]->() WITH r LIMIT 1 DELETE r",
                         database_=db)
    driver.execute_query(
        "MATCH (a)-[r:SUPPLIES]->(b) WITH a, b, r LIMIT 1 CREATE (a)-[r2:SUPPLIES]->(b) "
        "SET r2 = properties(r)", database_=db)
    report = sync_store(store, client, state)
    assert report.compared_with_neo4j and report.rels_created == 2 and report.rels_deleted == 1
    assert dump(driver, db) == expected


@pytest.mark.neo4j
def test_drift_the_state_cannot_see_is_caught_and_repaired(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
    tmp_path: Path,
) -> None:
    ingest(store, seed_article())
    sync_store(store, client, state)
    # Same counts, but Nvidia's key is gone: the state still trusts what it wrote.
    neo4j_clean.driver.execute_query(
        "MATCH (n:Organization {name: 'Nvidia'}) SET n.iri = 'urn:not-ours'",
        database_=neo4j_clean.database)
    ingest(store, openai_denial_article())  # updates Nvidia's INVESTS_IN edge
    report = sync_store(store, client, state)
    assert report.compared_with_neo4j  # the update matched nothing: re-read and redone
    assert dump(neo4j_clean.driver, neo4j_clean.database) == fresh_dump(
        neo4j_clean, store, tmp_path)


@pytest.mark.neo4j
def test_an_entity_changing_kind_changes_labels_and_key(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
    tmp_path: Path,
) -> None:
    person = Entity("vision", "Vision", PERSON)
    company = Entity("vision", "Vision", EntityType.COMPANY)
    ex = extraction("kind", "Vision", date(2025, 1, 1), None, "en",
                    [rel(R.PARTNERS_WITH, "openai", "openai", "Vision partners with OpenAI.")])
    ex = Extraction(ex.article, "en", (), (
        rel(R.PARTNERS_WITH, "openai", "vision", "Vision partners with OpenAI."),))
    as_person = Extraction(ex.article, "en", (person, ENTITIES["openai"]), ex.relations)
    as_company = Extraction(ex.article, "en", (company, ENTITIES["openai"]), ex.relations)
    ingest(store, as_person)
    sync_store(store, client, state)
    ingest(store, as_company)
    report = sync_store(store, client, state)
    assert report.nodes_updated == 1 and not report.compared_with_neo4j
    records, _, _ = neo4j_clean.driver.execute_query(
        "MATCH (n {iri: $iri})-[:PARTNERS_WITH]-(:Organization {name: 'OpenAI'}) "
        "RETURN labels(n) AS labels", iri=IRIS.entity("vision"), database_=neo4j_clean.database)
    assert sorted(records[0]["labels"]) == ["Company", "Organization"]
    assert dump(neo4j_clean.driver, neo4j_clean.database) == fresh_dump(
        neo4j_clean, store, tmp_path)


@pytest.mark.neo4j
def test_dirty_state_after_a_failed_sync_is_not_trusted(
    store: Store, client: Neo4jClient, state: SyncState, neo4j_clean: Neo4jTestDatabase,
) -> None:
    ingest(store, seed_article())
    sync_store(store, client, state)
    state.mark_dirty()  # what a sync leaves when it dies half-way
    report = sync_store(store, client, state)
    assert report.compared_with_neo4j and not report.changed
    assert not state.dirty_path.exists()
    assert not sync_store(store, client, state).compared_with_neo4j


@pytest.mark.neo4j
def test_sync_never_writes_to_the_store(
    store: Store, client: Neo4jClient, state: SyncState
) -> None:
    import io

    ingest(store, seed_article(), anthropic_article())

    def nquads() -> bytes:
        out = io.BytesIO()
        store.export("nquads", out)
        return out.getvalue()

    before = nquads()
    sync_store(store, client, state)
    assert nquads() == before

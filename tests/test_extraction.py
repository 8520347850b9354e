"""The rule extractor on the seed article: the relations the project promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extraction.pipeline import RuleExtractor
from loaders.readers import read_file
from ontology.records import ARTICLE_SOURCE, Amount, Extraction, RelationType, Status

SEED = Path(__file__).parent / "data" / "eval" / "seed" / "000_4a7af7f2aae9a84d.txt"


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return RuleExtractor(on_error="raise").extract(read_file(SEED)[0])


def _edges(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in x.relations if r.status.asserted}


def test_seed_relations(seed: Extraction) -> None:
    edges = _edges(seed)
    assert ("INVESTS_IN", "nvidia", "openai") in edges
    assert ("SUPPLIES", "nvidia", "openai") in edges
    assert ("EXECUTIVE_OF", "jensen-huang", "nvidia") in edges
    assert ("EXECUTIVE_OF", "sam-altman", "openai") in edges
    assert ("REPORTED_BY", ARTICLE_SOURCE, "cnbc") in edges
    assert ("REPORTED_BY", ARTICLE_SOURCE, "wall-street-journal") in edges


def test_seed_roles_amounts_and_offsets(seed: Extraction) -> None:
    text = seed.article.text
    for r in seed.relations:
        assert text[r.start:r.end] == r.evidence
    huang = [r for r in seed.relations if r.type == RelationType.EXECUTIVE_OF
             and r.source == "jensen-huang"]
    assert huang and huang[0].role == "CEO"
    amounts = {r.amount for r in seed.relations if r.type == RelationType.INVESTS_IN}
    assert Amount(1e11, "USD", "up_to") in amounts
    assert seed.language == "fr" and seed.extractor == RuleExtractor.name


def test_seed_entities_have_canonical_ids(seed: Extraction) -> None:
    ids = {e.id: e for e in seed.entities}
    assert ids["nvidia"].name == "Nvidia" and ids["nvidia"].type == "Company"
    assert ids["cnbc"].type == "Publisher"
    assert ids["jensen-huang"].type == "Person"
    assert {r.source for r in seed.relations} | {r.target for r in seed.relations} <= (
        set(ids) | {ARTICLE_SOURCE})


def test_seed_keeps_non_asserted_claims(seed: Extraction) -> None:
    claims = [r for r in seed.relations if not r.status.asserted]
    assert all(r.status in (Status.HYPOTHETICAL, Status.DENIED, Status.RUMOURED,
                            Status.IN_TALKS, Status.FORMER) for r in claims)

"""The JSON form of extractions printed by `ikg extract` and returned by `POST /articles`."""

from __future__ import annotations

from typing import Any

from ontology.records import Extraction, Relation


def relation_json(relation: Relation) -> dict[str, Any]:
    """One relation as a JSON object (contract of DESIGN.md, qualifiers when present)."""
    out: dict[str, Any] = {
        "type": relation.type.value,
        "source": relation.source,
        "target": relation.target,
        "evidence": relation.evidence,
        "status": relation.status.value,
        "start": relation.start,
        "end": relation.end,
    }
    if relation.role:
        out["role"] = relation.role
    if relation.amount:
        out["amount"] = {
            "value": relation.amount.value,
            "currency": relation.amount.currency,
            "bound": relation.amount.bound,
        }
    if relation.event_date:
        out["date"] = relation.event_date.isoformat()
    if relation.attributed_to:
        out["attributed_to"] = relation.attributed_to
    return out


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """One article's extraction: `relations` holds asserted relations (edges); relations the
    article denies, rumours, puts as hypothetical or past are under `not_asserted`."""
    article = extraction.article
    return {
        "file": article.source or "",
        "language": extraction.language,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "publisher": article.publisher,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type.value, "aliases": list(e.aliases)}
            for e in extraction.entities
        ],
        "relations": [relation_json(r) for r in extraction.relations if r.status.asserted],
        "not_asserted": [relation_json(r) for r in extraction.relations if not r.status.asserted],
    }

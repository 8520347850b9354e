"""Entity-level reads: one entity, its relationships (paged), one relationship with its
provenance, from the whole-store read model when it is up to date, else straight from the
store's indexes.

So these answer as soon as the server is up and see a write as soon as it is stored: they
never wait for the whole-store read model (`model`), which is rebuilt in the background, and
what a store read costs depends on the entity and the page asked for, not on the size of the
store. A store read is rendered by a `ReadModel` over the small projection of just the edges
it shows (`graph.projection.local_projection`), so both ways give the same answer (tested).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable

import pyoxigraph as ox

from api.readmodel.model import ReadModel, dumps, edge_id
from graph.nx_view import node_id
from graph.projection import (
    EdgeKey,
    EntityRow,
    claims_at,
    entity_rows,
    local_projection,
    mention_count,
)
from graph.store import Store
from ontology.errors import InputError, NotFoundError
from ontology.iris import Iris, slugify
from ontology.records import RelationType
from ontology.vocabulary import SYMMETRIC

MAX_PAGE = 1000
"""The most relationships one page holds."""


def find_entity(store: Store, iris: Iris, entity_id: str) -> EntityRow:
    """The entity with this id (or whose slug it is); NotFoundError otherwise."""
    for candidate in dict.fromkeys((entity_id, slugify(entity_id))):
        if not candidate:
            continue
        iri = iris.entity(candidate)
        try:
            ox.NamedNode(iri)
        except ValueError:  # not an id we mint (spaces, brackets...): try its slug
            continue
        found = entity_rows(store, only=[iri]).get(iri)
        if found is not None:
            return found
    raise NotFoundError(f"No entity with id {entity_id!r}. Find ids with GET /entities?q=NAME.")


def entity_detail(store: Store, iris: Iris, entity_id: str, fresh: ReadModel | None) -> str:
    """GET /entities/{id} as JSON (from `fresh`, the up-to-date read model, if there is one)."""
    if fresh is not None:
        return dumps(fresh.entity_detail(fresh.entity(entity_id)))
    entity = find_entity(store, iris, entity_id)
    keys = claims_at(store, entity.iri)
    model = ReadModel(0, local_projection(store, {}, [entity.iri]))
    detail = model.entity_detail(model.entities[entity.iri])
    detail["degree"] = sum(2 if s == t else 1 for s, _, t in keys)
    detail["articles"] = mention_count(store, entity.iri)
    return dumps(detail)


def _wanted(types: set[RelationType] | None, direction: str) -> dict[RelationType, set[str]] | None:
    """Relation type -> the sides ("out", "in") asked for; CUSTOMER_OF read as SUPPLIES the
    other way round. None: every type."""
    if not types:
        return None
    sides = {"out": {"out"}, "in": {"in"}, "both": {"out", "in"}}[direction]
    wanted: dict[RelationType, set[str]] = {}
    for t in types:
        if t is RelationType.CUSTOMER_OF:
            flipped = {{"out": "in", "in": "out"}[s] for s in sides}
            wanted.setdefault(RelationType.SUPPLIES, set()).update(flipped)
        else:
            wanted.setdefault(t, set()).update(sides)
    return wanted


def _page_keys(
    iri: str, keys: Iterable[EdgeKey], types: set[RelationType] | None, direction: str
) -> list[tuple[EdgeKey, str]]:
    """The edges at `iri` that the filters keep, with their side, in the order pages follow:
    type, side, then the other end's id."""
    wanted = _wanted(types, direction)
    all_sides = {"out", "in"} if direction == "both" else {direction}
    kept = []
    for key in keys:
        source, rtype, _ = key
        side = "out" if source == iri else "in"
        sides = all_sides if wanted is None else wanted.get(rtype)
        if sides is None:
            continue
        if side in sides or rtype in SYMMETRIC:
            kept.append((key, side))
    kept.sort(key=lambda ks: _order(*ks))
    return kept


def _order(key: EdgeKey, side: str) -> tuple[str, str, str]:
    """Where a relationship stands in an entity's pages: type, side, the other end's id."""
    source, rtype, target = key
    return (rtype.value, side, node_id(target if side == "out" else source))


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the page starting at `offset`."""
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one); InputError when it is not ours."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
        if kind != "o" or offset < 0:
            raise ValueError
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise InputError(
            f"Invalid cursor {cursor!r}: pass back the next_cursor of the previous page."
        ) from None
    return offset


def relationships_page(
    store: Store,
    iris: Iris,
    entity_id: str,
    types: set[RelationType] | None,
    direction: str,
    limit: int,
    cursor: str | None,
    fresh: ReadModel | None,
) -> str:
    """GET /entities/{id}/relationships as JSON: a page of the entity's relationships, each
    with its provenance, the total, and the cursor of the next page (null on the last)."""
    offset = decode_cursor(cursor)
    if fresh is not None:
        found = fresh.relationships_of(fresh.entity(entity_id), types, direction)
        found.sort(key=lambda es: _order((es[0].source, es[0].type, es[0].target), es[1]))
        return _page(
            [fresh.relationship_json(e, side) for e, side in found[offset : offset + limit]],
            len(found),
            offset,
            limit,
        )
    entity = find_entity(store, iris, entity_id)
    keys = claims_at(store, entity.iri)
    kept = _page_keys(entity.iri, keys, types, direction)
    page = kept[offset : offset + limit]
    model = ReadModel(0, local_projection(store, {k: keys[k] for k, _ in page}, [entity.iri]))
    items = [model.relationship_json(model.edges[_edge_id(key)], side) for key, side in page]
    return _page(items, len(kept), offset, limit)


def _page(items: list[str], total: int, offset: int, limit: int) -> str:
    after = offset + len(items)
    next_cursor = dumps(encode_cursor(after)) if after < total else "null"
    return (
        f'{{"items":[{",".join(items)}],"total":{total},"limit":{limit},'
        f'"next_cursor":{next_cursor}}}'
    )


def relationship(
    store: Store,
    iris: Iris,
    source_id: str,
    rtype: RelationType,
    target_id: str,
    fresh: ReadModel | None,
) -> str:
    """GET /relationships/{source}/{TYPE}/{target} as JSON (CUSTOMER_OF reversed, symmetric
    types in either order; an article as the source of REPORTED_BY)."""
    if fresh is not None:
        return fresh.relationship_json(fresh.find_edge(source_id, rtype, target_id))
    source = _node_iri(store, iris, source_id)
    target = _node_iri(store, iris, target_id)
    candidates = [(source, rtype, target)]
    if rtype is RelationType.CUSTOMER_OF:
        candidates = [(target, RelationType.SUPPLIES, source)]
    elif rtype in SYMMETRIC:
        candidates.append((target, rtype, source))
    keys = claims_at(store, source)  # every candidate has `source` at one end
    for key in candidates:
        if key in keys:
            model = ReadModel(0, local_projection(store, {key: keys[key]}))
            return model.relationship_json(model.edges[_edge_id(key)])
    raise NotFoundError(
        f"No {rtype.value} relationship from {source_id!r} to {target_id!r}. List an "
        f"entity's relationships with GET /entities/{source_id}/relationships."
    )


def _edge_id(key: EdgeKey) -> str:
    source, rtype, target = key
    return edge_id(node_id(source), rtype.value, node_id(target))


def _node_iri(store: Store, iris: Iris, node: str) -> str:
    """The IRI of an entity id, else of an article id (REPORTED_BY starts at an article)."""
    try:
        return find_entity(store, iris, node).iri
    except NotFoundError:
        article = iris.article_prefix + node
        try:
            ox.NamedNode(article)
        except ValueError:
            raise NotFoundError(
                f"No entity or article with id {node!r}. Find ids with GET /entities?q=NAME."
            ) from None
        return article

"""Which edges a capped subgraph keeps: the links that hold it together, then the strongest.

Around a hub, the entities a neighbourhood shows are themselves hubs, linked by thousands of
relationships (7,494 among the 50 entities around the biggest hub of a 100,000-article
store): a drawing of all of them is unreadable and slow to paint. Each edge is already one
per (source, type, target), with the number of articles and claims behind it; a cap keeps
at most `cap` of them:

1. first the links that keep every entity attached: breadth-first from the centre, each
   entity's strongest edge to an entity one hop nearer (without a centre, each entity's
   strongest edge), so no entity is drawn alone and the centre's own relationships come
   first;
2. then the strongest of the rest: most articles, then most recently reported, then most
   claims (ties in the order the edges came in).

The links of step 1 are kept even where they alone exceed `cap` (one per entity at most).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

E = TypeVar("E")

Strength = tuple[Any, ...]
"""What ranks edges, compared largest first (for example (articles, last reported, claims))."""


def strongest_edges(
    edges: Sequence[E],
    *,
    ends: Callable[[E], tuple[str, str]],
    strength: Callable[[E], Strength],
    center: str | None,
    cap: int,
) -> list[E]:
    """The edges a subgraph capped at `cap` edges keeps (see the module docstring), in
    their original order. `ends` gives an edge's (source, target), `strength` its rank key
    (larger is stronger); `center` is the entity the subgraph is around, if any.

    >>> edges = [("a", "b", 1), ("a", "c", 1), ("b", "c", 9), ("c", "d", 2)]
    >>> def pick(cap: int, center: str | None = "a") -> list[tuple[str, str, int]]:
    ...     return strongest_edges(edges, ends=lambda e: (e[0], e[1]),
    ...                            strength=lambda e: (e[2],), center=center, cap=cap)
    >>> pick(1)  # the links from the centre and on to d are kept beyond the cap
    [('a', 'b', 1), ('a', 'c', 1), ('c', 'd', 2)]
    >>> pick(4)
    [('a', 'b', 1), ('a', 'c', 1), ('b', 'c', 9), ('c', 'd', 2)]
    >>> pick(2, center=None)  # each entity's strongest edge
    [('a', 'b', 1), ('b', 'c', 9), ('c', 'd', 2)]
    """
    # stable: equal strengths keep their original order
    order = sorted(range(len(edges)), key=lambda i: strength(edges[i]), reverse=True)
    pairs = [ends(e) for e in edges]
    kept: set[int] = set()
    linked: set[str] = set()
    if center is not None:
        linked.add(center)
        layer = {center}
        while layer:  # each pass links the entities one hop further out
            reached: set[str] = set()
            for i in order:
                a, b = pairs[i]
                near, far = (a, b) if a in layer else (b, a) if b in layer else (None, None)
                if near is not None and far is not None and far not in linked:
                    kept.add(i)
                    linked.add(far)
                    reached.add(far)
            layer = reached
    for i in order:  # entities the centre does not reach: their strongest edge
        a, b = pairs[i]
        if a not in linked or b not in linked:
            kept.add(i)
            linked.update(pairs[i])
    for i in order:
        if len(kept) >= cap:
            break
        kept.add(i)
    return [e for i, e in enumerate(edges) if i in kept]

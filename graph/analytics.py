"""Analytics as plain functions of a networkx graph (see `graph.nx_view`).

None of these talk to the store or to Neo4j, and none modify the graph they are given.
Nodes may be any hashable; edges of a MultiDiGraph are keyed by relation type and may carry
`type`, `statuses`, `asserted`, `first_reported`, `last_reported` attributes (as built by
`graph.nx_view.build_graph`).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Collection, Hashable, Iterator
from datetime import date
from typing import Any, Literal, TypeAlias

import networkx as nx

Graph: TypeAlias = nx.MultiDiGraph  # untyped here: networkx ships no stubs
Node = Hashable
Measure = Literal["degree", "pagerank", "betweenness"]

BETWEENNESS_SAMPLE = 256
"""Above this many nodes, betweenness is estimated from this many sampled sources (seeded)."""


def filter_edges(
    graph: Graph,
    *,
    types: Collection[str] | None = None,
    statuses: Collection[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    asserted_only: bool = False,
) -> Graph:
    """A read-only view keeping the edges that match every given condition (all nodes stay).

    `statuses` matches an edge having any of them; `since`/`until` keep the edges reported
    at some time within the range (edges without a date are dropped when either is given).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="SUPPLIES", type="SUPPLIES", statuses=("planned",))
    'SUPPLIES'
    >>> g.add_edge("a", "b", key="INVESTS_IN", type="INVESTS_IN", statuses=("denied",))
    'INVESTS_IN'
    >>> sorted(k for _, _, k in filter_edges(g, statuses={"planned"}).edges(keys=True))
    ['SUPPLIES']
    """
    wanted_types = set(types) if types else None
    wanted_statuses = set(statuses) if statuses else None

    def keep(u: Node, v: Node, key: str) -> bool:
        data = graph.edges[u, v, key]
        if wanted_types is not None and data.get("type", key) not in wanted_types:
            return False
        if wanted_statuses is not None and not wanted_statuses.intersection(
            data.get("statuses", ())
        ):
            return False
        if asserted_only and not data.get("asserted", True):
            return False
        if since is not None or until is not None:
            return reported_within(
                data.get("first_reported"), data.get("last_reported"), since, until
            )
        return True

    view: Graph = nx.subgraph_view(graph, filter_edge=keep)
    return view


def reported_within(
    first: date | None, last: date | None, since: date | None, until: date | None
) -> bool:
    """Whether an edge reported from `first` to `last` was reported at some time within
    `since`..`until` (either open); an undated edge is not.

    >>> reported_within(date(2025, 1, 1), date(2025, 6, 1), date(2025, 3, 1), None)
    True
    >>> reported_within(None, None, None, date(2025, 1, 1))
    False
    """
    if first is None or last is None:
        return False
    if since is not None and last < since:
        return False
    return until is None or first <= until


def degrees(graph: Graph) -> dict[Node, int]:
    """Number of relationships (edges, both directions) at each node.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "a")])
    >>> degrees(g)
    {'a': 2, 'b': 1, 'c': 1}
    """
    return dict(graph.degree())


def _undirected_neighbours(graph: Graph, node: Node) -> Iterator[Node]:
    yield from graph.successors(node)
    yield from graph.predecessors(node)


def neighbourhood(graph: Graph, center: Node, depth: int = 1, limit: int = 200) -> Graph:
    """The nodes within `depth` hops of `center` (edges in either direction), at most `limit`
    of them (nearest first, then the most connected), and every edge among them.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("d", "a")])
    >>> sorted(neighbourhood(g, "a", depth=1).nodes)
    ['a', 'b', 'd']
    >>> sorted(neighbourhood(g, "a", depth=2).nodes)
    ['a', 'b', 'c', 'd']
    """
    if center not in graph:
        raise KeyError(center)
    deg = graph.degree
    seen = {center}
    layer = [center]
    for _ in range(depth):
        if len(seen) >= limit:
            break
        nxt = {n for u in layer for n in _undirected_neighbours(graph, u)} - seen
        ordered = sorted(nxt, key=lambda n: (-deg[n], str(n)))[: max(0, limit - len(seen))]
        seen.update(ordered)
        layer = ordered
        if not layer:
            break
    sub: Graph = graph.subgraph(seen).copy()
    return sub


def top_connected(graph: Graph, limit: int = 30) -> Graph:
    """The `limit` most connected nodes (by degree, ties by node) and the edges among them.

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("c", "d")])
    >>> sorted(top_connected(g, 3).nodes)
    ['a', 'b', 'hub']
    """
    deg = graph.degree
    nodes = sorted(graph.nodes, key=lambda n: (-deg[n], str(n)))[:limit]
    sub: Graph = graph.subgraph(nodes).copy()
    return sub


def shortest_paths(
    graph: Graph, source: Node, target: Node, max_hops: int = 4, limit: int = 10
) -> list[list[Node]]:
    """Shortest paths from `source` to `target` following edges in either direction, at most
    `max_hops` edges long (none when the target is farther), at most `limit` of them.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("a", "d"), ("d", "c")])
    >>> shortest_paths(g, "a", "c")
    [['a', 'b', 'c'], ['a', 'd', 'c']]
    >>> shortest_paths(g, "a", "c", max_hops=1)
    []
    """
    if source not in graph or target not in graph:
        raise KeyError(source if source not in graph else target)
    if source == target:
        return [[source]]
    undirected = graph.to_undirected(as_view=True)
    reach = nx.single_source_shortest_path_length(undirected, source, cutoff=max_hops)
    if target not in reach:
        return []
    paths = nx.all_shortest_paths(undirected, source, target)
    return sorted(itertools.islice(paths, limit * 10), key=lambda p: [str(n) for n in p])[:limit]


def edges_between(graph: Graph, u: Node, v: Node) -> list[tuple[Node, Node, str]]:
    """Every edge linking `u` and `v`, in either direction, as (source, target, key).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="SUPPLIES"); _ = g.add_edge("b", "a", key="INVESTS_IN")
    >>> edges_between(g, "a", "b")
    [('a', 'b', 'SUPPLIES'), ('b', 'a', 'INVESTS_IN')]
    """
    out = [(u, v, k) for k in graph.get_edge_data(u, v, default={})]
    if u != v:
        out += [(v, u, k) for k in graph.get_edge_data(v, u, default={})]
    return out


def pagerank(
    graph: Graph, alpha: float = 0.85, max_iter: int = 100, tol: float = 1.0e-9
) -> dict[Node, float]:
    """PageRank over the edges as directed (parallel edges count once); sums to 1.

    Pure Python power iteration (networkx's own needs SciPy). Rank flows along edges, so it
    gathers at investees, customers and acquired companies.

    >>> pr = pagerank(nx.MultiDiGraph([("a", "c"), ("b", "c")]))
    >>> max(pr, key=pr.get), round(sum(pr.values()), 6)
    ('c', 1.0)
    """
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    succ = {u: list(set(graph.successors(u))) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if not succ[u]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if succ[u]:
                share = alpha * rank[u] / len(succ[u])
                for v in succ[u]:
                    new[v] += share
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def centrality(
    graph: Graph, measure: Measure = "degree", limit: int = 20
) -> list[tuple[Node, float]]:
    """The `limit` most central nodes by `measure`, highest first (ties by node).

    degree: relationships per node over (n - 1); pagerank: see `pagerank`; betweenness: on
    the undirected simple graph, estimated from a seeded sample of sources above
    `BETWEENNESS_SAMPLE` nodes.

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("c", "hub")])
    >>> centrality(g, "degree", 1)
    [('hub', 1.0)]
    >>> centrality(g, "betweenness", 1)
    [('hub', 1.0)]
    """
    scores: dict[Node, float]
    if measure == "degree":
        scale = 1.0 / (len(graph) - 1) if len(graph) > 1 else 1.0
        scores = {n: d * scale for n, d in graph.degree()}
    elif measure == "pagerank":
        scores = pagerank(graph)
    elif measure == "betweenness":
        simple = nx.Graph(graph.to_undirected(as_view=True))
        k = BETWEENNESS_SAMPLE if len(simple) > BETWEENNESS_SAMPLE else None
        scores = nx.betweenness_centrality(simple, k=k, seed=0)
    else:
        raise ValueError(f"unknown centrality measure {measure!r}")
    return sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]


def upstream_exposure(
    graph: Graph, node: Node, hops: int = 2, relation: str = "SUPPLIES"
) -> list[tuple[Node, list[Node]]]:
    """Suppliers of `node`, their suppliers, ... up to `hops` steps up the supply chain, each
    with one shortest supply path `[supplier, ..., node]` (nearest first, ties by node).

    >>> g = nx.MultiDiGraph()
    >>> for s, t in [("tsmc", "nvidia"), ("nvidia", "openai"), ("asml", "tsmc")]:
    ...     _ = g.add_edge(s, t, key="SUPPLIES", type="SUPPLIES")
    >>> upstream_exposure(g, "openai", hops=2)
    [('nvidia', ['nvidia', 'openai']), ('tsmc', ['tsmc', 'nvidia', 'openai'])]
    """
    if node not in graph:
        raise KeyError(node)
    parent: dict[Node, Node] = {}
    dist = {node: 0}
    queue: deque[Node] = deque([node])
    while queue:
        cur = queue.popleft()
        if dist[cur] >= hops:
            continue
        suppliers = sorted(
            {
                u
                for u, _, k, d in graph.in_edges(cur, keys=True, data=True)
                if d.get("type", k) == relation
            },
            key=str,
        )
        for sup in suppliers:
            if sup not in dist:
                dist[sup] = dist[cur] + 1
                parent[sup] = cur
                queue.append(sup)
    out: list[tuple[Node, list[Node]]] = []
    for sup in sorted(parent, key=lambda n: (dist[n], str(n))):
        path = [sup]
        while path[-1] != node:
            path.append(parent[path[-1]])
        out.append((sup, path))
    return out


def describe(graph: Graph) -> dict[str, Any]:
    """Node and edge counts of a graph.

    >>> describe(nx.MultiDiGraph([("a", "b")]))
    {'nodes': 2, 'edges': 1}
    """
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}

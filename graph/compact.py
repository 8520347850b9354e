"""Whole-graph analytics on a compact edge list: entities as integers, edges as numpy arrays.

What `graph.analytics` computes on a networkx view (paths, upstream exposure, centrality),
computed here on the asserted business edges of the read index (`graph.read_index`) held as
arrays: about 20 bytes per edge instead of a Python object per node and per edge, so the
whole graph of 100,000 articles fits in tens of megabytes and loads in about a second. Same
meaning as `graph.analytics` (tests compare both on the same graphs).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
import numpy.typing as npt

from graph.read_index import ReadIndex, business_edges_of
from ontology.records import RelationType

IntArray = npt.NDArray[np.int64]

_TYPES = list(RelationType)
_SUPPLIES = _TYPES.index(RelationType.SUPPLIES)

BETWEENNESS_SAMPLE = 256
"""Above this many nodes, betweenness is estimated from this many sampled sources (seeded)."""


@dataclass
class CompactGraph:
    """The asserted business edges among all entities, as arrays (one row per edge
    (source, type, target), REPORTED_BY left out), with undirected and upstream adjacency."""

    nodes: list[str]
    src: IntArray
    dst: IntArray
    types: IntArray
    version: int = 0
    built_at: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        self.position = {iri: i for i, iri in enumerate(self.nodes)}
        n = len(self.nodes)
        both_from = np.concatenate([self.src, self.dst])
        both_to = np.concatenate([self.dst, self.src])
        self._near = _csr(both_from, both_to, n)
        supplies = self.types == _SUPPLIES
        self._suppliers = _csr(self.dst[supplies], self.src[supplies], n)

    @property
    def edges(self) -> int:
        return int(len(self.src))

    def neighbours(self, node: int) -> Sequence[int]:
        """Nodes linked to `node` by an edge either way (each once, in node order)."""
        indptr, targets = self._near
        return targets[indptr[node] : indptr[node + 1]].tolist()  # type: ignore[no-any-return]

    def suppliers(self, node: int) -> Sequence[int]:
        indptr, targets = self._suppliers
        return targets[indptr[node] : indptr[node + 1]].tolist()  # type: ignore[no-any-return]


def _csr(rows: IntArray, cols: IntArray, n: int) -> tuple[IntArray, IntArray]:
    """Row pointers and sorted, de-duplicated column lists of a 0/1 matrix."""
    if len(rows):
        pairs = np.unique(np.stack([rows, cols], axis=1), axis=0)
        rows, cols = pairs[:, 0], pairs[:, 1]
    counts = np.bincount(rows, minlength=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return indptr, cols.astype(np.int64)


def load(index: ReadIndex, version: int = 0) -> CompactGraph:
    """The compact graph of what the index holds now."""
    return _graph(*index.business_edges(), version)


def load_file(path: Path, version: int = 0) -> CompactGraph:
    """The compact graph of the index file at `path` (what a child process runs)."""
    return _graph(*business_edges_of(path), version)


def _graph(nodes: list[str], edges: list[tuple[int, int, str]], version: int) -> CompactGraph:
    code = {t.value: i for i, t in enumerate(_TYPES)}
    src = [s for s, _, _ in edges]
    dst = [o for _, o, _ in edges]
    types = [code[t] for _, _, t in edges]
    return CompactGraph(
        nodes,
        np.array(src, dtype=np.int64),
        np.array(dst, dtype=np.int64),
        np.array(types, dtype=np.int64),
        version=version,
    )


def shortest_paths(
    g: CompactGraph, source: str, target: str, max_hops: int = 4, limit: int = 10
) -> list[list[str]]:
    """Shortest paths from `source` to `target` following edges in either direction, at most
    `max_hops` edges long (none when the target is farther), at most `limit` of them (as
    `graph.analytics.shortest_paths`). KeyError for a node not in the graph."""
    s, t = g.position[source], g.position[target]
    if s == t:
        return [[source]]
    preds: dict[int, list[int]] = {s: []}
    layer = [s]
    for _ in range(max_hops):
        nxt: dict[int, list[int]] = {}
        for u in layer:
            for v in g.neighbours(u):
                if v not in preds:
                    nxt.setdefault(v, []).append(u)
        preds.update(nxt)
        if t in nxt or not nxt:
            break
        layer = sorted(nxt)
    if t not in preds:
        return []
    paths: list[list[str]] = []
    budget = limit * 10
    stack: list[tuple[int, list[int]]] = [(t, [t])]
    while stack and len(paths) < budget:
        node, tail = stack.pop()
        if node == s:
            paths.append([g.nodes[i] for i in reversed(tail)])
            continue
        for p in sorted(preds[node], reverse=True):
            stack.append((p, [*tail, p]))
    return sorted(paths)[:limit]


def upstream_exposure(g: CompactGraph, node: str, hops: int = 2) -> list[tuple[str, list[str]]]:
    """Suppliers of `node` up to `hops` SUPPLIES steps, each with one shortest supply path
    `[supplier, ..., node]`, nearest first, ties by IRI (as
    `graph.analytics.upstream_exposure`). KeyError for a node not in the graph."""
    start = g.position[node]
    parent: dict[int, int] = {}
    dist = {start: 0}
    queue: deque[int] = deque([start])
    while queue:
        cur = queue.popleft()
        if dist[cur] >= hops:
            continue
        for sup in sorted(g.suppliers(cur), key=lambda i: g.nodes[i]):
            if sup not in dist:
                dist[sup] = dist[cur] + 1
                parent[sup] = cur
                queue.append(sup)
    out = []
    for sup in sorted(parent, key=lambda i: (dist[i], g.nodes[i])):
        path = [sup]
        while path[-1] != start:
            path.append(parent[path[-1]])
        out.append((g.nodes[sup], [g.nodes[i] for i in path]))
    return out


def pagerank(
    g: CompactGraph, alpha: float = 0.85, max_iter: int = 100, tol: float = 1.0e-9
) -> npt.NDArray[np.float64]:
    """PageRank over the edges as directed, parallel edges once (as
    `graph.analytics.pagerank`), one score per node."""
    n = len(g.nodes)
    if n == 0:
        return np.zeros(0)
    pairs = np.unique(np.stack([g.src, g.dst], axis=1), axis=0) if g.edges else np.zeros((0, 2))
    src, dst = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    out_degree = np.bincount(src, minlength=n).astype(np.float64)
    dangling = out_degree == 0
    share = np.where(dangling, 0.0, 1.0 / np.maximum(out_degree, 1.0))
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        base = (1.0 - alpha) / n + alpha * rank[dangling].sum() / n
        new = base + alpha * np.bincount(dst, weights=(rank * share)[src], minlength=n)
        err = np.abs(new - rank).sum()
        rank = new
        if err < n * tol:
            break
    return rank


def centrality(
    g: CompactGraph, measure: str = "degree", limit: int = 20
) -> list[tuple[str, float]]:
    """The `limit` most central nodes by `measure` (degree, pagerank, betweenness), highest
    first, ties by IRI (as `graph.analytics.centrality`)."""
    n = len(g.nodes)
    if measure == "degree":
        degree = np.bincount(g.src, minlength=n) + np.bincount(g.dst, minlength=n)
        scores = degree * (1.0 / (n - 1) if n > 1 else 1.0)
    elif measure == "pagerank":
        scores = pagerank(g)
    elif measure == "betweenness":
        simple = nx.Graph()
        simple.add_nodes_from(range(n))
        simple.add_edges_from(zip(g.src.tolist(), g.dst.tolist(), strict=True))
        k = BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None
        found = nx.betweenness_centrality(simple, k=k, seed=0)
        scores = np.array([found[i] for i in range(n)], dtype=np.float64)
    else:
        raise ValueError(f"unknown centrality measure {measure!r}")
    order = sorted(range(n), key=lambda i: (-float(scores[i]), g.nodes[i]))[:limit]
    return [(g.nodes[i], float(scores[i])) for i in order]

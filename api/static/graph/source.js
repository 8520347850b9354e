// Where the graph comes from. `ApiSource` calls the public REST API (the served page);
// `SnapshotSource` answers the same questions from data inlined in a standalone file
// (`ikg viz`). Both return the REST API's JSON shapes.

import { foldKey } from "./dom.js";
import { edgeMatches } from "./filters.js";

/** An error answer of the REST API ({"error": {"status", "code", "message"}}). */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

const enc = encodeURIComponent;

export class ApiSource {
  /** `base`: the URL the API routes are relative to (the page's own folder by default). */
  constructor(base = document.baseURI) {
    this.base = base;
    this.live = true;
  }

  async get(path, params = {}) {
    const url = new URL(path, this.base);
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
    }
    let response;
    try {
      response = await fetch(url, { headers: { Accept: "application/json" } });
    } catch (err) {
      throw new ApiError(0, "network", `The server did not answer (${err.message}).`);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const e = body?.error ?? {};
      throw new ApiError(response.status, e.code ?? "error",
        e.message ?? `${response.status} ${response.statusText} from ${url.pathname}`);
    }
    return body;
  }

  async search(q, limit = 10) {
    return (await this.get("entities", { q, limit })).items;
  }

  entity(id) {
    return this.get(`entities/${enc(id)}`);
  }

  // compact: only the fields the page draws (no IRIs, predicates, outlets): half the bytes;
  // `max_edges` among the filters: at most this many edges (see the route)
  neighbourhood(id, { depth = 1, limit = 200, ...filters } = {}) {
    return this.get(`entities/${enc(id)}/neighbourhood`, { depth, limit, ...filters, compact: true });
  }

  // maxEdges: at most this many edges, one linking each entity first, then the strongest
  top(limit = 30, maxEdges = null) {
    return this.get("graph/top", { limit, max_edges: maxEdges, compact: true });
  }

  paths(source, target, maxHops = 4) {
    return this.get("paths", { source, target, max_hops: maxHops });
  }

  relationship(source, type, target) {
    return this.get(`relationships/${enc(source)}/${enc(type)}/${enc(target)}`);
  }
}

function notFound(what) {
  return new ApiError(404, "not_found", `${what} is not in this snapshot.`);
}

/** Answers from a snapshot: {focus, depth, nodes, edges, entities: {id: …}, relationships: {edgeId: …}}. */
export class SnapshotSource {
  constructor(snapshot) {
    this.live = false;
    this.snapshot = snapshot;
    this.nodes = new Map(snapshot.nodes.map((n) => [n.id, n]));
    this.edges = snapshot.edges;
    this.adjacent = new Map();
    for (const edge of this.edges) {
      for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]]) {
        if (!this.adjacent.has(a)) this.adjacent.set(a, []);
        this.adjacent.get(a).push({ edge, other: b });
      }
    }
  }

  async search(q, limit = 10) {
    const key = foldKey(q);
    const hits = [];
    for (const node of this.nodes.values()) {
      const entity = this.snapshot.entities?.[node.id] ?? node;
      const names = [entity.name ?? node.name, ...(entity.aliases ?? [])];
      if (!key || names.some((n) => foldKey(n).includes(key))) {
        hits.push({ ...node, aliases: entity.aliases ?? [] });
      }
    }
    hits.sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name));
    return hits.slice(0, limit);
  }

  async entity(id) {
    const entity = this.snapshot.entities?.[id] ?? this.nodes.get(id);
    if (!entity) throw notFound(`Entity ${id}`);
    return entity;
  }

  /** Like the REST route: nearest first, then most connected, and the edges among them. */
  async neighbourhood(id, { depth = 1, limit = 200, ...params } = {}) {
    if (!this.nodes.has(id)) throw notFound(`Entity ${id}`);
    const filters = {
      types: params.types ? new Set(params.types.split(",")) : null,
      statuses: params.status ? new Set(params.status.split(",")) : null,
      since: params.since ?? "",
      until: params.until ?? "",
    };
    const degree = (n) => this.nodes.get(n).degree ?? 0;
    const seen = new Set([id]);
    let layer = [id];
    for (let hop = 0; hop < depth && layer.length && seen.size < limit; hop++) {
      const next = new Set();
      for (const at of layer) {
        for (const { edge, other } of this.adjacent.get(at) ?? []) {
          if (!seen.has(other) && edgeMatches(edge, filters)) next.add(other);
        }
      }
      layer = [...next].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))
        .slice(0, limit - seen.size);
      for (const n of layer) seen.add(n);
    }
    const edges = this.edges.filter(
      (e) => seen.has(e.source) && seen.has(e.target) && edgeMatches(e, filters));
    return { nodes: [...seen].map((n) => this.nodes.get(n)), edges };
  }

  async top() {
    return { nodes: [...this.nodes.values()], edges: this.edges };
  }

  /** Simple paths between two entities, shortest first (breadth-first, at most 10). */
  async paths(source, target, maxHops = 4) {
    if (!this.nodes.has(source)) throw notFound(`Entity ${source}`);
    if (!this.nodes.has(target)) throw notFound(`Entity ${target}`);
    const found = [];
    let queue = [{ nodes: [source], edges: [] }];
    for (let hop = 0; hop < maxHops && queue.length && found.length < 10; hop++) {
      const next = [];
      for (const path of queue) {
        const last = path.nodes[path.nodes.length - 1];
        for (const { edge, other } of this.adjacent.get(last) ?? []) {
          if (path.nodes.includes(other)) continue;
          const longer = { nodes: [...path.nodes, other], edges: [...path.edges, edge] };
          if (other === target) found.push(longer);
          else next.push(longer);
        }
      }
      queue = next;
    }
    return {
      paths: found.slice(0, 10).map((p) => ({
        nodes: p.nodes.map((n) => this.nodes.get(n)),
        edges: p.edges,
      })),
    };
  }

  async relationship(source, type, target) {
    const rel = this.snapshot.relationships?.[`${source}|${type}|${target}`];
    if (!rel) throw notFound(`The relationship ${source} ${type} ${target}`);
    return rel;
  }
}

// The graph view: wires the REST API (or an inlined snapshot) to a cytoscape graph, the
// filters, the search box, the path finder and the details panel.
//
// Views: the most connected entities (default), one entity's neighbourhood (?entity=ID),
// the paths between two entities (?from=A&to=B). The URL always says what is shown, so a
// view can be shared by copying it.

import { Combobox } from "./combobox.js";
import { h, fill, painted } from "./dom.js";
import { awayFrom, layOut, ringPositions, ringSpacing } from "./layout.js";
import { allFilters, edgeMatches, filtersActive, filtersFromUrl, filtersToUrl, serverParams } from "./filters.js";
import { renderEntity, renderLegend, renderOverview, renderPaths, renderRelationship } from "./panel.js";
import { ApiError, ApiSource, SnapshotSource } from "./source.js";
import { EDGE_FONT_SIZE, EDGE_MIN_ZOOMED_FONT_SIZE, REL_TYPES, STATUSES, edgeElement, nodeElement, statusLabel, stylesheet } from "./style.js";

const $ = (id) => document.getElementById(id);
const details = $("details");
const statusLine = $("status");

const snapshotData = $("ikg-snapshot");
const snapshot = snapshotData ? JSON.parse(snapshotData.textContent) : null;
const source = snapshot ? new SnapshotSource(snapshot) : new ApiSource();

const TOP_LIMIT = 30;
const LIMITS = [50, 100, 200, 500];
const DEFAULT_LIMIT = 50; // entities per neighbourhood: readable, and quick to draw
const EDGE_CAPS = [100, 300, 1000, 3000];
// Relationships per view: around a hub the 50 entities shown are hubs too, linked by
// thousands of relationships (7,494 at the biggest hub of a 100,000-article store); the
// server keeps one linking each entity, then the strongest (see the `max_edges` option)
const DEFAULT_EDGE_CAP = 300;
const EDGE_LABELS_MAX = 300; // above this many edges, only selected edges are labelled
const PARALLEL_GAP = 28; // between the curves of edges linking the same two nodes
const HOLD_MS = 300; // longest wait for a click's neighbours before its selection is drawn

const state = {
  view: null, // {kind: "top"} | {kind: "entity", id} | {kind: "path", from, to, hops}
  filters: allFilters(),
  depth: 1,
  limit: DEFAULT_LIMIT,
  maxEdges: DEFAULT_EDGE_CAP,
  capped: false, // the server left relationships out of this view (a dense one)
  expanded: new Set(),
  entities: new Map(), // id -> entity details (aliases, identifiers), fetched once
  paths: [],
  busy: 0,
  failed: false,
  labelsReadable: true, // at the zoom of the last labelling
  timings: [],
};

const cy = cytoscape({
  container: $("graph"),
  style: stylesheet,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
  selectionType: "single",
});

let holdTimer = null; // see holdRedraws

// For debugging from the console and for the browser tests.
window.ikg = { cy, state, source };

// ---------------------------------------------------------------- status and timing

function setStatus(text, { error = false } = {}) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", error);
}

function updateBodyState() {
  document.body.dataset.state = state.busy ? "loading" : state.failed ? "error" : "ready";
}

/** Run a user action: status while it runs, one place where its errors are shown. */
async function run(label, action) {
  state.busy += 1;
  updateBodyState();
  if (label) setStatus(label);
  try {
    await action();
    state.failed = false;
  } catch (err) {
    state.failed = true;
    const message = err instanceof ApiError ? err.message : `Unexpected error: ${err.message}`;
    setStatus(message, { error: true });
    if (!(err instanceof ApiError)) console.warn(err); // a bug of ours, keep the trace
  } finally {
    state.busy -= 1;
    updateBodyState();
  }
}

/** Times the phases of an action (reported with its performance entry). */
function stopwatch() {
  const start = performance.now();
  let last = start;
  const phases = {};
  return {
    start,
    phases,
    lap(name) {
      const now = performance.now();
      phases[name] = Math.round(now - last);
      last = now;
    },
  };
}

/** Record how long an action took, from `start` until now (also since the page opened). */
function measure(name, start, detail = {}) {
  const end = performance.now();
  performance.measure(name, { start, end, detail });
  state.timings.push({ name, ms: end - start, sincePageOpened: end, ...detail });
  return end - start;
}

// ---------------------------------------------------------------- graph content

function nameOf(id) {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.data("name") : state.entities.get(id)?.name ?? id;
}

/**
 * The edges not drawn yet whose two ends are, as elements. Edges are straight (cheap to
 * draw) unless several link the same two nodes: those get the class "multi" and a `bend`
 * each, so they curve apart. The bends are ours rather than cytoscape's automatic "bezier"
 * bundling, which looks up all the edges at a node for every pair (slow at a hub).
 */
function edgeElements(edges) {
  const has = (id) => cy.getElementById(id).nonempty();
  const fresh = edges.filter((e) => has(e.source) && has(e.target) && !has(e.id));
  const elements = fresh.map(edgeElement);
  const groups = new Map(); // node pair "a b" (a < b) -> {a, b, edges: [{id, source, element}]}
  const ends = ({ source, target }) => (source < target ? [source, target] : [target, source]);
  fresh.forEach((e, i) => {
    const [a, b] = ends(e);
    const key = `${a} ${b}`;
    if (!groups.has(key)) groups.set(key, { a, b, edges: [] });
    groups.get(key).edges.push({ id: e.id, source: e.source, element: elements[i] });
  });
  const drawn = new Set(cy.edges().map((edge) => ends(edge.data()).join(" ")));
  for (const [key, group] of groups) {
    const all = group.edges;
    if (drawn.has(key)) { // parallel to edges already drawn: bend those too
      cy.getElementById(group.a).edgesWith(cy.getElementById(group.b)).forEach((edge) => {
        all.push({ id: edge.id(), source: edge.data("source"), edge });
      });
    }
    if (all.length < 2) continue;
    all.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    all.forEach((e, i) => {
      // spread around the straight line; a bend is measured to the left of source -> target,
      // so an edge running b -> a bends the other way for the same side
      const bend = (i - (all.length - 1) / 2) * PARALLEL_GAP * (e.source === group.a ? 1 : -1);
      if (e.element) {
        e.element.classes.push("multi");
        e.element.data.bend = bend;
      } else {
        e.edge.data("bend", bend).addClass("multi");
      }
    });
  }
  return elements;
}

/** Show exactly these nodes and edges. */
function replaceGraph({ nodes, edges }) {
  state.expanded.clear();
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodes.map(nodeElement));
    cy.add(edgeElements(edges));
  });
}

/** Whether edge labels are big enough on screen at this zoom for cytoscape to draw them. */
function labelsReadable() {
  return cy.zoom() * EDGE_FONT_SIZE >= EDGE_MIN_ZOOMED_FONT_SIZE;
}

/**
 * Label every edge of a small graph; on a big one or one the cap cut (dense: labels would
 * pile up on each other), only those at the selection; none when
 * zoomed out so far that no label would be drawn (a labelled edge costs text measuring and
 * label placement even then). Zooming in labels them again (see `wire`).
 */
function labelEdges() {
  const visible = cy.edges().not(".filtered");
  const selected = cy.$(":selected");
  state.labelsReadable = labelsReadable();
  let wanted = cy.collection(); // none when too small to read
  if (state.labelsReadable) {
    wanted = visible.length <= EDGE_LABELS_MAX && !state.capped
      ? visible
      : selected.edges().union(selected.nodes().connectedEdges());
  }
  const labelled = cy.edges(".labelled");
  cy.batch(() => { // change only what differs: restyling every edge is slow on big graphs
    labelled.difference(wanted).removeClass("labelled");
    wanted.difference(labelled).addClass("labelled");
  });
}

/** Add the nodes and edges not shown yet; new nodes fan out around `anchor`. */
function mergeGraph({ nodes, edges }, anchor) {
  const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
  const center = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const others = cy.nodes().not(anchor ?? cy.collection());
  const size = Math.max(0, ...fresh.map((n) => nodeElement(n).data.size));
  const { positions } = ringPositions(fresh.length, {
    center, facing: awayFrom(center, others), ...ringSpacing(size),
  });
  let added = 0;
  cy.batch(() => {
    cy.add(fresh.map((n, i) => ({ ...nodeElement(n), position: positions[i] })));
    added = cy.add(edgeElements(edges)).length;
  });
  return { nodes: fresh.length, edges: added };
}

/** Hide edges that fail the filters, and nodes left with no visible edge. */
function applyFilters() {
  if (!filtersActive(state.filters) && cy.elements(".filtered").empty()) {
    labelEdges(); // nothing is or will be hidden: no need to test every element
    return;
  }
  const linked = new Set(); // nodes with a visible edge
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const keep = edgeMatches(e.data(), state.filters);
      e.toggleClass("filtered", !keep);
      if (keep) linked.add(e.data("source")).add(e.data("target"));
    });
    cy.nodes().forEach((n) => {
      const keep = linked.has(n.id()) || n.hasClass("focus") || n.hasClass("pinned")
        || n.degree(false) === 0;
      n.toggleClass("filtered", !keep);
    });
  });
  labelEdges();
}

// ---------------------------------------------------------------- views

async function entityDetails(id) {
  if (!state.entities.has(id)) {
    try {
      state.entities.set(id, await source.entity(id));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      return cy.getElementById(id).nonempty() ? cy.getElementById(id).data() : { id, name: id };
    }
  }
  return state.entities.get(id);
}

/** The entity id for a URL value: an id as is, else the best match of a search by name. */
async function resolveEntity(value) {
  if (/^[a-z0-9-]+$/.test(value)) return value;
  const [best] = await source.search(value, 1);
  if (!best) throw new ApiError(404, "not_found", `No entity matches “${value}”.`);
  return best.id;
}

/** The neighbourhood route's parameters for the current controls. */
function viewParams(depth) {
  return { depth, limit: state.limit, max_edges: state.maxEdges, ...serverParams(state.filters) };
}

/** Say when the server drew fewer relationships than there are, with a way to see more. */
function showCap(data, among) {
  const total = data.edges_total;
  const capped = typeof total === "number" && total > data.edges.length;
  state.capped = capped;
  $("cap-note").hidden = !capped;
  if (!capped) return;
  const more = EDGE_CAPS.find((cap) => cap > state.maxEdges);
  $("cap-text").textContent = `Showing ${data.edges.length.toLocaleString("en")} of `
    + `${total.toLocaleString("en")} relationships among ${among}: one linking each entity, `
    + "then the strongest (most articles, then most recent).";
  $("more-edges").hidden = !more;
  $("more-edges").textContent = more ? `Show up to ${more.toLocaleString("en")}` : "";
}

/** Draw the current view again (after a change of how much it shows). */
function redrawView() {
  if (state.view?.kind === "entity") return showEntity(state.view.id);
  if (state.view?.kind === "top") return showTop();
  return null;
}

function showTop({ push = true } = {}) {
  return run("Loading the most connected entities…", async () => {
    const start = performance.now();
    const data = await source.top(TOP_LIMIT, state.maxEdges);
    replaceGraph(data);
    state.view = { kind: "top" };
    showCap(data, "these entities");
    applyFilters();
    layOut(cy);
    labelEdges(); // at the zoom the layout chose
    await painted();
    measure("ikg:draw", start, { view: "top", nodes: data.nodes.length, edges: data.edges.length });
    renderOverview(details, data.nodes, {
      title: source.live ? "Most connected entities" : "Entities in this snapshot",
      intro: "Click a node to expand its neighbours, an edge to see why it is there.",
      actions,
    });
    setStatus(`${data.nodes.length} entities and ${data.edges.length} relationships shown.`);
    syncUrl(push);
  });
}

function showEntity(value, { push = true } = {}) {
  return run(`Loading the neighbourhood of ${value}…`, async () => {
    const clock = stopwatch();
    const id = await resolveEntity(value);
    const data = await source.neighbourhood(id, viewParams(state.depth));
    if (!data.nodes.some((n) => n.id === id)) data.nodes.push(await entityDetails(id));
    clock.lap("fetch");
    replaceGraph(data);
    state.view = { kind: "entity", id };
    showCap(data, "these entities");
    state.expanded.add(id);
    cy.getElementById(id).addClass("focus expanded").select();
    applyFilters();
    clock.lap("build");
    layOut(cy);
    labelEdges(); // at the zoom the layout chose
    clock.lap("layout");
    await painted();
    clock.lap("paint");
    measure("ikg:draw", clock.start, {
      view: "entity", id, nodes: data.nodes.length, edges: data.edges.length,
      edgesTotal: data.edges_total ?? data.edges.length, phases: clock.phases,
    });
    const capped = data.nodes.length >= state.limit ? ` (the ${state.limit} nearest and most connected: raise “Show at most” for more)` : "";
    setStatus(`${nameOf(id)}: ${data.nodes.length - 1} neighbours within ${state.depth} hop${state.depth > 1 ? "s" : ""}${capped}.`);
    syncUrl(push);
    await showEntityDetails(id);
  });
}

/** Add an entity's neighbours to the graph (a click on a node). */
async function expand(id) {
  if (state.expanded.has(id)) return;
  state.expanded.add(id);
  const clock = stopwatch();
  try {
    const data = await source.neighbourhood(id, viewParams(1));
    clock.lap("fetch");
    const added = mergeGraph(data, cy.getElementById(id));
    cy.getElementById(id).addClass("expanded");
    applyFilters();
    releaseRedraws();
    clock.lap("build");
    await painted();
    clock.lap("paint");
    measure("ikg:expand", clock.start, {
      id, added: added.nodes, addedEdges: added.edges, nodes: data.nodes.length,
      edges: data.edges.length, phases: clock.phases,
    });
    const plural = (n, word) => `${n.toLocaleString("en")} more ${word}${n === 1 ? "" : "s"}`;
    const already = added.nodes || data.nodes.length < 2 ? ""
      : ` (its ${data.nodes.length - 1} nearest and most connected were already shown)`;
    setStatus(`${nameOf(id)}: ${plural(added.nodes, "neighbour")}${already} and `
      + `${plural(added.edges, "relationship")} shown.`);
  } catch (err) {
    state.expanded.delete(id);
    throw err;
  }
}

/** Fetch again what is shown, with the current filters (they may let more edges in). */
async function refetch() {
  if (state.view?.kind !== "entity") return;
  const roots = [...state.expanded];
  const results = await Promise.all(roots.map((id) => source.neighbourhood(
    id, viewParams(id === state.view.id ? state.depth : 1))));
  results.forEach((data, i) => mergeGraph(data, cy.getElementById(roots[i])));
  applyFilters();
}

function showPath(fromValue, toValue, hops, { push = true } = {}) {
  return run("Looking for paths…", async () => {
    const [from, to] = await Promise.all([resolveEntity(fromValue), resolveEntity(toValue)]);
    const start = performance.now();
    const result = await source.paths(from, to, hops);
    const nodes = new Map();
    const edges = new Map();
    for (const path of result.paths) {
      for (const n of path.nodes) nodes.set(n.id, n);
      for (const e of path.edges) edges.set(e.id, e);
    }
    for (const id of [from, to]) if (!nodes.has(id)) nodes.set(id, await entityDetails(id));
    replaceGraph({ nodes: [...nodes.values()], edges: [...edges.values()] });
    state.view = { kind: "path", from, to, hops };
    $("cap-note").hidden = true;
    state.capped = false;
    state.paths = result.paths;
    cy.getElementById(from).addClass("pinned focus");
    cy.getElementById(to).addClass("pinned focus");
    applyFilters();
    layOut(cy, "paths", { root: cy.getElementById(from) });
    labelEdges(); // at the zoom the layout chose
    await painted();
    measure("ikg:draw", start, { view: "path", paths: result.paths.length });
    renderPaths(details, result, { from, to, nameOf, actions });
    const n = result.paths.length;
    setStatus(n ? `${n} path${n > 1 ? "s" : ""} between ${nameOf(from)} and ${nameOf(to)}.`
      : `No path between ${nameOf(from)} and ${nameOf(to)} within ${hops} hops.`);
    syncUrl(push);
  });
}

function highlightPath(i) {
  const path = state.paths[i];
  if (!path) return;
  const ids = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
  cy.batch(() => {
    cy.elements().removeClass("on-path").addClass("faded");
    cy.elements().filter((el) => ids.has(el.id())).removeClass("faded").addClass("on-path");
  });
}

async function showEntityDetails(id) {
  const entity = await entityDetails(id);
  const node = cy.getElementById(id);
  const edges = node.connectedEdges().not(".filtered").map((e) => e.data());
  renderEntity(details, entity, { edges, nameOf, expanded: state.expanded.has(id), actions });
}

/** A click on a node: select it, expand it, show its details. */
function openNode(id) {
  return run(null, async () => {
    try {
      cy.elements(".faded, .on-path").removeClass("faded on-path"); // restyle only those
      cy.getElementById(id).select();
      await Promise.all([expand(id), entityDetails(id)]);
    } finally {
      releaseRedraws();
    }
    labelEdges();
    await showEntityDetails(id);
  });
}

/**
 * Hold cytoscape's redraws from the press on a node until its neighbours are merged (at
 * most `HOLD_MS`): the press feedback, the selection and the new elements are then drawn
 * in one frame instead of two or three. A frame redraws the whole graph, ~100 ms for
 * 800 edges in software rendering. A drag, or a press that is not a tap, releases it.
 */
function holdRedraws() {
  if (holdTimer !== null) return;
  cy.startBatch();
  holdTimer = setTimeout(releaseRedraws, HOLD_MS);
}

function releaseRedraws() {
  if (holdTimer === null) return;
  clearTimeout(holdTimer);
  holdTimer = null;
  cy.endBatch();
}

/** A click on an edge: its provenance. */
function openEdge(edgeId) {
  return run(null, async () => {
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    labelEdges();
    const d = edge.data();
    fill(details, h("p", { class: "muted" }, "Loading the evidence…"));
    const [rel] = await Promise.all([
      source.relationship(d.source, d.type, d.target),
      entityDetails(d.source),
      entityDetails(d.target),
    ]);
    const namesOf = (e) => [e.name ?? nameOf(e.id), ...(state.entities.get(e.id)?.aliases ?? [])];
    renderRelationship(details, rel, { namesOf, actions });
    details.focus({ preventScroll: true });
  });
}

/** Show an entity: select it when it is in the graph, else centre the graph on it. */
function openEntity(id) {
  if (cy.getElementById(id).nonempty() && !cy.getElementById(id).hasClass("filtered")) {
    cy.elements().unselect();
    cy.getElementById(id).select();
    return run(null, () => showEntityDetails(id));
  }
  return showEntity(id);
}

const actions = {
  onEntity: openEntity,
  onEdge: openEdge,
  onExpand: (id) => openNode(id),
  onFocus: (id) => showEntity(id),
  onPathFrom: (entity) => { pathFrom.set(entity); $("path-to").focus(); },
  onPathTo: (entity) => { pathTo.set(entity); $("path-from").focus(); },
  onPath: highlightPath,
};

// ---------------------------------------------------------------- URL

function urlFor(view) {
  const params = new URLSearchParams();
  if (view?.kind === "entity") {
    params.set("entity", view.id);
    if (state.depth !== 1) params.set("depth", String(state.depth));
    if (state.limit !== DEFAULT_LIMIT) params.set("limit", String(state.limit));
  }
  if (view?.kind !== "path" && state.maxEdges !== DEFAULT_EDGE_CAP) {
    params.set("edges", String(state.maxEdges));
  }
  if (view?.kind === "path") {
    params.set("from", view.from);
    params.set("to", view.to);
    params.set("hops", String(view.hops));
  }
  filtersToUrl(state.filters, params);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

function syncUrl(push) {
  if (!source.live) return; // a standalone file has no server-side URL to share
  const url = urlFor(state.view);
  if (url === location.search || (url === location.pathname && !location.search)) return;
  history[push ? "pushState" : "replaceState"](null, "", url);
}

function openFromUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = filtersFromUrl(params);
  state.depth = Math.min(Math.max(Number(params.get("depth")) || snapshot?.depth || 1, 1), 3);
  const limit = Number(params.get("limit"));
  const whole = snapshot && (LIMITS.find((l) => l >= snapshot.nodes.length) ?? LIMITS.at(-1));
  state.limit = LIMITS.includes(limit) ? limit : whole || DEFAULT_LIMIT; // a file shows all it has
  const maxEdges = Number(params.get("edges"));
  state.maxEdges = EDGE_CAPS.includes(maxEdges) ? maxEdges : DEFAULT_EDGE_CAP;
  writeControls();
  const [from, to] = [params.get("from"), params.get("to")];
  if (from && to) {
    pathFrom.set({ id: from, name: from });
    pathTo.set({ id: to, name: to });
    return showPath(from, to, Number(params.get("hops")) || 4, { push: false });
  }
  const entity = params.get("entity") ?? snapshot?.focus;
  return entity ? showEntity(entity, { push: false }) : showTop({ push: false });
}

// ---------------------------------------------------------------- controls

function checkbox(name, value, label, color) {
  const input = h("input", { type: "checkbox", name, value, checked: true });
  const mark = h("span", { class: color ? "swatch" : "swatch none", "aria-hidden": "true" });
  if (color) mark.style.background = color;
  return h("label", { class: "check" }, input, mark, label);
}

function buildControls() {
  fill($("type-filters"), Object.entries(REL_TYPES).map(([type, rel]) => checkbox("types", type, rel.label, rel.color)));
  fill($("status-filters"), STATUSES.map((s) => checkbox("status", s, statusLabel(s), null)));
  renderLegend($("legend"));
}

function checkedSet(name, all) {
  const values = [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  return values.length === all.length ? null : new Set(values);
}

function readControls() {
  state.filters = {
    types: checkedSet("types", Object.keys(REL_TYPES)),
    statuses: checkedSet("status", STATUSES),
    since: $("since").value,
    until: $("until").value,
  };
}

function writeControls() {
  for (const input of document.querySelectorAll('input[name="types"]')) {
    input.checked = state.filters.types === null || state.filters.types.has(input.value);
  }
  for (const input of document.querySelectorAll('input[name="status"]')) {
    input.checked = state.filters.statuses === null || state.filters.statuses.has(input.value);
  }
  $("since").value = state.filters.since;
  $("until").value = state.filters.until;
  $("depth").value = String(state.depth);
  $("limit").value = String(state.limit);
  $("max-edges").value = String(state.maxEdges);
}

function filtersChanged() {
  readControls();
  applyFilters();
  syncUrl(false);
  const shown = cy.edges().not(".filtered").length;
  setStatus(`${shown} relationship${shown === 1 ? "" : "s"} match the filters.`);
  return run(null, refetch);
}

new Combobox($("search"), $("search-list"), {
  search: (text) => source.search(text, 10),
  onSelect: (entity) => showEntity(entity.id),
  onError: (err) => setStatus(err.message, { error: true }),
});
const pathFrom = new Combobox($("path-from"), $("path-from-list"), {
  search: (text) => source.search(text, 8),
  onSelect: () => $("path-to").focus(),
  onError: (err) => setStatus(err.message, { error: true }),
});
const pathTo = new Combobox($("path-to"), $("path-to-list"), {
  search: (text) => source.search(text, 8),
  onSelect: () => $("path-go").focus(),
  onError: (err) => setStatus(err.message, { error: true }),
});

async function pickedOrFirst(box) {
  if (box.value) return box.value;
  const [first] = await box.lookup();
  if (first) box.set(first);
  box.close();
  return first?.id ?? null;
}

function wire() {
  cy.on("tapstart", "node", holdRedraws);
  cy.on("tapdrag", releaseRedraws);
  cy.on("tapend", () => queueMicrotask(() => { // after the "tap" it may be followed by
    if (!state.busy) releaseRedraws();
  }));
  cy.on("tap", "node", (e) => openNode(e.target.id()));
  cy.on("tap", "edge", (e) => openEdge(e.target.id()));
  let relabel = false;
  cy.on("select unselect", () => { // once per burst of selection events
    if (relabel) return;
    relabel = true;
    queueMicrotask(() => {
      relabel = false;
      if (!state.busy) labelEdges(); // a running action labels when it is done
    });
  });
  cy.on("viewport", () => { // label again when zooming makes labels readable (or not)
    if (relabel || labelsReadable() === state.labelsReadable) return;
    relabel = true;
    requestAnimationFrame(() => {
      relabel = false;
      if (!state.busy) labelEdges();
    });
  });
  $("filters").addEventListener("change", (e) => {
    if (e.target.id === "depth" || e.target.id === "limit" || e.target.id === "max-edges") {
      state.depth = Number($("depth").value);
      state.limit = Number($("limit").value);
      state.maxEdges = Number($("max-edges").value);
      if (state.view?.kind === "entity" || e.target.id === "max-edges") redrawView();
      return;
    }
    filtersChanged();
  });
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("reset-filters").addEventListener("click", () => {
    state.filters = allFilters();
    writeControls();
    filtersChanged();
  });
  $("path-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const [from, to] = await Promise.all([pickedOrFirst(pathFrom), pickedOrFirst(pathTo)]);
    if (!from || !to) {
      setStatus("Pick two entities to find the paths between them.", { error: true });
      return;
    }
    showPath(from, to, Number($("path-hops").value));
  });
  $("show-top").addEventListener("click", () => showTop());
  $("more-edges").addEventListener("click", () => {
    const more = EDGE_CAPS.find((cap) => cap > state.maxEdges);
    if (!more) return;
    state.maxEdges = more;
    writeControls();
    redrawView();
  });
  $("relayout").addEventListener("click", () => layOut(cy, state.view?.kind === "path" ? "paths" : "auto", {
    root: state.view?.kind === "path" ? cy.getElementById(state.view.from) : null,
    fresh: false,
  }));
  $("fit").addEventListener("click", () => cy.fit(cy.elements().not(".filtered"), 40));
  window.addEventListener("popstate", () => openFromUrl());
  if (snapshot) {
    const note = $("snapshot-note");
    note.textContent = `Standalone snapshot: ${snapshot.nodes.length} entities around `
      + `${snapshot.focus_name ?? snapshot.focus} (depth ${snapshot.depth}), made ${snapshot.generated ?? ""}.`;
    note.hidden = false;
    $("show-top").textContent = "Whole snapshot";
    $("max-edges").closest(".row").hidden = true; // a file holds every relationship it shows
  }
}

buildControls();
wire();
openFromUrl();

// How the graph looks: node types, relationship types, statuses, and the cytoscape stylesheet.
// The legend and the filter checkboxes are generated from these tables, so they always agree.

export const NODE_TYPES = {
  Company: { label: "Company", color: "#2563eb", shape: "round-rectangle" },
  Organization: { label: "Organization", color: "#0891b2", shape: "round-rectangle" },
  Regulator: { label: "Regulator", color: "#475569", shape: "octagon" },
  Person: { label: "Person", color: "#16a34a", shape: "ellipse" },
  Publisher: { label: "Publisher / outlet", color: "#9333ea", shape: "diamond" },
  Article: { label: "Article", color: "#78716c", shape: "tag" },
};

export const REL_TYPES = {
  INVESTS_IN: { label: "invests in", color: "#0f766e" },
  SUPPLIES: { label: "supplies", color: "#1d4ed8" },
  PARTNERS_WITH: { label: "partners with", color: "#7c3aed", symmetric: true },
  COMPETES_WITH: { label: "competes with", color: "#c2410c", symmetric: true },
  ACQUIRES: { label: "acquires", color: "#be185d" },
  EXECUTIVE_OF: { label: "executive of", color: "#15803d" },
  REPORTED_BY: { label: "reported by", color: "#78716c" },
};

/** Statuses, strongest first. Only the first four assert that a relationship holds. */
export const STATUSES = [
  "completed", "announced", "planned", "reported",
  "in_talks", "rumoured", "hypothetical", "former", "denied",
];

export const DENIED_COLOR = "#dc2626";

export const EDGE_FONT_SIZE = 10;
export const EDGE_MIN_ZOOMED_FONT_SIZE = 8; // cytoscape draws no edge label smaller on screen

export function statusLabel(status) {
  return String(status).replace(/_/g, " ");
}

export function relLabel(type) {
  return REL_TYPES[type]?.label ?? String(type).toLowerCase().replace(/_/g, " ");
}

function nodeType(type) {
  return NODE_TYPES[type] ?? NODE_TYPES.Organization;
}

/** A node of the REST API as a cytoscape element. */
export function nodeElement(node) {
  const look = nodeType(node.type);
  const degree = Number(node.degree) || 0;
  return {
    group: "nodes",
    data: {
      id: node.id,
      iri: node.iri,
      name: node.name ?? node.id,
      type: node.type,
      degree,
      color: look.color,
      shape: look.shape,
      size: Math.round(Math.min(24 + 5 * Math.log2(1 + degree), 60)),
    },
  };
}

/** Whether an edge is disputed: asserted by some articles, denied by others. */
export function isDisputed(edge) {
  return Boolean(edge.asserted) && (edge.statuses ?? []).includes("denied");
}

/**
 * The status that describes an edge. An edge no article asserts is "denied" only when some
 * article denies it; otherwise it takes its strongest status (rumoured, in talks...).
 */
export function edgeStatus(edge) {
  const statuses = edge.statuses?.length ? edge.statuses : [edge.status];
  if (edge.asserted) return edge.status ?? statuses[0];
  return statuses.includes("denied") ? "denied" : statuses[0] ?? edge.status;
}

/** An edge of the REST API as a cytoscape element. */
export function edgeElement(edge) {
  const rel = REL_TYPES[edge.type];
  const classes = [];
  const status = edgeStatus(edge);
  let suffix = status && status !== "reported" ? ` · ${statusLabel(status)}` : "";
  if (!edge.asserted) classes.push(status === "denied" ? "denied" : "unasserted");
  if (isDisputed(edge)) {
    classes.push("disputed");
    suffix += " · disputed";
  }
  if (rel?.symmetric) classes.push("symmetric");
  return {
    group: "edges",
    classes,
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      status,
      statuses: edge.statuses ?? [edge.status],
      asserted: Boolean(edge.asserted),
      claims: edge.claims ?? 0,
      articles: edge.articles ?? 0,
      first_reported: edge.first_reported ?? null,
      last_reported: edge.last_reported ?? null,
      color: rel?.color ?? "#64748b",
      // the number of articles behind it (one edge per source, type and target)
      label: relLabel(edge.type) + (edge.articles > 1 ? ` ×${edge.articles}` : "") + suffix,
    },
  };
}

/** The cytoscape stylesheet. */
export const stylesheet = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)",
      width: "data(size)",
      height: "data(size)",
      label: "data(name)",
      color: "#0f172a",
      "font-size": 12,
      "font-family": "system-ui, sans-serif",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": 140,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": 2,
      "min-zoomed-font-size": 7,
      "border-width": 2,
      "border-color": "#ffffff",
      // The focus and the selection are rings of a constant width that only change colour
      // and opacity: a change of width would move the node's bounds, and cytoscape then
      // recomputes every edge at the node (hundreds at a hub) on the next frame.
      "outline-width": 4,
      "outline-opacity": 0,
      "outline-color": "#f59e0b",
    },
  },
  { selector: "node.focus", style: { "outline-opacity": 1 } },
  { selector: "node.expanded", style: { "border-color": "#0f172a" } },
  { selector: "node:selected", style: { "outline-opacity": 1, "outline-color": "#facc15" } },
  // No grey overlay while pressed (cytoscape's default): showing it moves the bounds, which
  // recomputes every edge at the node twice per click.
  { selector: ":active", style: { "overlay-opacity": 0 } },
  {
    selector: "edge",
    style: {
      width: "mapData(articles, 1, 16, 1.5, 6)", // more articles, thicker
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      "curve-style": "straight",
      label: "",
      "font-size": EDGE_FONT_SIZE,
      "font-family": "system-ui, sans-serif",
      color: "#334155",
      "text-rotation": "autorotate",
      "text-margin-y": -8,
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "min-zoomed-font-size": EDGE_MIN_ZOOMED_FONT_SIZE,
    },
  },
  {
    selector: "edge.multi", // parallel edges: curved apart by their `bend` (see main.js)
    style: {
      "curve-style": "unbundled-bezier",
      "control-point-distances": "data(bend)",
      "control-point-weights": 0.5,
    },
  },
  { selector: "edge.labelled", style: { label: "data(label)" } },
  { selector: "edge.symmetric", style: { "target-arrow-shape": "none" } },
  {
    selector: "edge.unasserted",
    style: { "line-style": "dotted", opacity: 0.8 },
  },
  {
    selector: "edge.disputed",
    style: { "line-style": "dashed", "line-dash-pattern": [8, 4] },
  },
  {
    selector: "edge.denied",
    style: {
      "line-style": "dashed",
      "line-dash-pattern": [6, 4],
      "line-color": DENIED_COLOR,
      "target-arrow-color": DENIED_COLOR,
      color: DENIED_COLOR,
    },
  },
  { selector: "edge:selected", style: { width: 5, "z-index": 10 } },
  { selector: ".filtered", style: { display: "none" } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: "edge.on-path", style: { width: 4 } },
];

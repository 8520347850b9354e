// Where nodes go. Small sparse graphs get cytoscape's force-directed layout; anything big
// or dense goes on rings, computed here in linear time: cheap, stable, and readable as
// "who is around this entity". Expanding a node puts its new neighbours on rings around it.

const AUTO_FORCE_LAYOUT_MAX = 150; // above this many nodes a force layout takes too long
const MAX_FIT_ZOOM = 1.4; // a few nodes are not blown up to fill the screen

/**
 * Lay out the visible elements of `cy`: breadth-first from `root` for paths, force-directed
 * (`cose`) for small sparse graphs, rings otherwise (see `ringLayout`). `fresh`: start from
 * random positions rather than the current ones.
 */
export function layOut(cy, kind = "auto", { root = null, fresh = true } = {}) {
  const visible = cy.elements().not(".filtered");
  const nodes = visible.nodes().length;
  const sparse = visible.edges().length <= 3 * nodes; // dense graphs read better as rings
  const base = { animate: false, fit: true, padding: 40 };
  let options;
  if (kind === "paths" && root) {
    options = { name: "breadthfirst", roots: [root], directed: false, spacingFactor: 1.3, ...base };
  } else if (kind === "force" || (kind === "auto" && nodes <= AUTO_FORCE_LAYOUT_MAX && sparse)) {
    options = { // the force-directed parameters of cytoscape's own cose demo
      name: "cose", randomize: fresh, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 110, nodeOverlap: 20, nodeRepulsion: () => 400000,
      edgeElasticity: () => 100, nestingFactor: 5, gravity: 80, numIter: 1000,
      initialTemp: 200, coolingFactor: 0.95, minTemp: 1, componentSpacing: 60, ...base,
    };
  } else {
    ringLayout(cy, visible);
    return;
  }
  visible.layout(options).run();
  if (cy.zoom() > MAX_FIT_ZOOM) { // a few nodes: do not blow them up to fill the screen
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(visible);
  }
}

/** The direction from the middle of `others` towards `point` (radians). */
export function awayFrom(point, others) {
  if (others.empty()) return 0;
  let x = 0;
  let y = 0;
  others.forEach((n) => {
    const p = n.position();
    x += p.x;
    y += p.y;
  });
  return Math.atan2(point.y - y / others.length, point.x - x / others.length);
}

/** Room between nodes of a ring and between rings, for nodes up to `size` wide (labels below). */
export function ringSpacing(size) {
  return { spacing: Math.max(100, size + 60), gap: Math.max(90, size + 50) };
}

/**
 * Positions for `count` nodes on concentric rings around `center`, about `spacing` apart,
 * the first ring at `radius`. A few nodes fan out on part of a ring, facing `facing`.
 * Returns the positions and the radius of the outermost ring used.
 */
export function ringPositions(count, { center, radius = 150, spacing = 80, gap = 80, facing = 0 }) {
  const positions = [];
  let r = radius;
  for (let ring = 0; positions.length < count; ring++, r += gap) {
    const left = count - positions.length;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * r) / spacing));
    const here = Math.min(left, capacity);
    const full = here * spacing >= Math.PI * r; // at least half a ring: use all of it
    const arc = full ? 2 * Math.PI : (here * spacing) / r;
    const first = full ? facing + (ring % 2) * (Math.PI / here) : facing - arc / 2;
    for (let i = 0; i < here; i++) {
      const angle = first + (arc * (i + (full ? 0 : 0.5))) / here;
      positions.push({ x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
    }
  }
  return { positions, outer: count ? r - gap : radius };
}

/**
 * Rings around the focus (or, with none, the most connected node): its neighbours on the
 * first rings (most connected innermost), the next hop outside them, and so on; nodes not
 * connected to it on the outermost rings. Linear time, so it suits any size of graph.
 */
function ringLayout(cy, visible) {
  const nodes = visible.nodes();
  if (nodes.empty()) return;
  const focus = nodes.filter(".focus");
  const center = focus.nonempty() ? focus.first() : nodes.max((n) => n.data("degree")).ele;
  const hop = new Map();
  visible.breadthFirstSearch({ roots: center, visit: (v, e, u, i, depth) => { hop.set(v.id(), depth); } });
  const levels = [];
  const unreached = [];
  nodes.forEach((n) => {
    const level = hop.get(n.id());
    if (level === undefined) unreached.push(n);
    else if (level > 0) (levels[level - 1] ??= []).push(n);
  });
  const place = new Map([[center.id(), { x: 0, y: 0 }]]);
  let radius = 150;
  for (const level of [...levels, unreached].filter((l) => l?.length)) {
    level.sort((a, b) => b.data("degree") - a.data("degree"));
    const size = Math.max(...level.map((n) => n.data("size")));
    const { positions, outer } = ringPositions(level.length, {
      center: { x: 0, y: 0 }, radius, ...ringSpacing(size),
    });
    level.forEach((n, i) => place.set(n.id(), positions[i]));
    radius = outer + 130;
  }
  cy.batch(() => nodes.forEach((n) => { n.position(place.get(n.id())); }));
  fitPositions(cy, [...place.values()]);
}

/** Fit the viewport to node positions (no label measuring: fast on big graphs). */
function fitPositions(cy, points, margin = 70) {
  if (!points.length) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const zoom = Math.min((cy.width() - 2 * margin) / Math.max(x2 - x1, 1),
    (cy.height() - 2 * margin) / Math.max(y2 - y1, 1), MAX_FIT_ZOOM);
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

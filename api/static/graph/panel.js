// The details panel: an entity and its relationships, the provenance of one relationship,
// a list of paths. Every list item is a button, so the graph can be explored by keyboard.

import { h, fill, highlight, safeUrl } from "./dom.js";
import { NODE_TYPES, REL_TYPES, edgeStatus, isDisputed, relLabel, statusLabel } from "./style.js";

function typeLabel(type) {
  return NODE_TYPES[type]?.label ?? type ?? "";
}

function badge(status) {
  return h("span", { class: `badge status-${status}` }, statusLabel(status));
}

/**
 * Badges saying how well established an edge is, beside its status badges: "disputed"
 * (asserted and denied), "not asserted" (only rumoured, in talks...). A denied edge's own
 * status badge already says "denied".
 */
function edgeBadges(edge) {
  const out = [];
  if (!edge.asserted && edgeStatus(edge) !== "denied") {
    out.push(h("span", { class: "badge unasserted" }, "not asserted"));
  }
  if (isDisputed(edge)) out.push(h("span", { class: "badge disputed" }, "disputed"));
  return out;
}

function swatch(color) {
  return h("span", { class: "swatch", "aria-hidden": "true", dataset: { color } });
}

function paintSwatches(root) {
  for (const el of root.querySelectorAll(".swatch[data-color]")) el.style.background = el.dataset.color;
}

function entityButton(entity, onEntity) {
  return h("button", { type: "button", class: "link", onclick: () => onEntity(entity.id) },
    entity.name ?? entity.id);
}

/** Entity details and its relationships among the loaded edges. */
export function renderEntity(el, entity, { edges, nameOf, expanded, actions }) {
  const aliases = entity.aliases ?? [];
  const identifiers = Object.entries(entity.identifiers ?? {});
  const outgoing = (e) => e.source === entity.id;
  edges.sort((a, b) => a.type.localeCompare(b.type)
    || nameOf(outgoing(a) ? a.target : a.source).localeCompare(nameOf(outgoing(b) ? b.target : b.source)));
  fill(el,
    h("p", { class: "kicker" }, typeLabel(entity.type)),
    h("h2", { id: "details-title" }, entity.name ?? entity.id),
    aliases.length ? h("p", { class: "aliases" }, "Also known as: ", aliases.join(", ")) : null,
    identifiers.length
      ? h("dl", { class: "identifiers" }, identifiers.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))
      : null,
    entity.degree !== undefined ? h("p", { class: "muted" }, `${entity.degree} relationships in the store`) : null,
    h("div", { class: "buttons" },
      h("button", { type: "button", onclick: () => actions.onExpand(entity.id), disabled: expanded },
        expanded ? "Neighbours shown" : "Expand neighbours"),
      h("button", { type: "button", onclick: () => actions.onFocus(entity.id) }, "Centre on this"),
      h("button", { type: "button", onclick: () => actions.onPathFrom(entity) }, "Path from here"),
      h("button", { type: "button", onclick: () => actions.onPathTo(entity) }, "Path to here")),
    h("h3", {}, `Relationships shown (${edges.length})`),
    edges.length
      ? h("ul", { class: "rels" }, edges.map((edge) => {
        const out = outgoing(edge);
        const other = out ? edge.target : edge.source;
        const symmetric = REL_TYPES[edge.type]?.symmetric;
        const arrow = symmetric ? "↔" : out ? "→" : "←";
        return h("li", {},
          h("button", {
            type: "button",
            class: "rel",
            dataset: { edge: edge.id },
            onclick: () => actions.onEdge(edge.id),
          },
          swatch(REL_TYPES[edge.type]?.color ?? "#64748b"),
          h("span", { class: "arrow", "aria-hidden": "true" }, arrow),
          // "→ invests in OpenAI" going out, "← Nvidia invests in" coming in
          out || symmetric
            ? [h("span", {}, relLabel(edge.type)), h("strong", {}, nameOf(other))]
            : [h("strong", {}, nameOf(other)), h("span", {}, relLabel(edge.type))],
          badge(edge.status), edgeBadges(edge)));
      }))
      : h("p", { class: "muted" }, "None with the current filters."),
  );
  paintSwatches(el);
}

function amountText(amount) {
  if (!amount || amount.value === null || amount.value === undefined) return null;
  const bound = { up_to: "up to ", at_least: "at least ", about: "about " }[amount.bound] ?? "";
  const value = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 })
    .format(Number(amount.value));
  return `${bound}${value} ${amount.currency ?? ""}`.trim();
}

function articleLine(article) {
  if (!article) return h("p", { class: "source" }, "Unknown article");
  const title = article.title || article.id || "Untitled article";
  const url = safeUrl(article.url ?? "");
  return h("p", { class: "source" },
    url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, title) : h("cite", {}, title),
    article.date ? [" · ", h("time", { datetime: article.date }, article.date)] : null,
    article.publisher ? [" · ", article.publisher] : null);
}

/** One relationship with everything that supports or disputes it. */
export function renderRelationship(el, rel, { namesOf, actions }) {
  const source = rel.source_entity ?? { id: rel.source, name: rel.source };
  const target = rel.target_entity ?? { id: rel.target, name: rel.target };
  const names = [...namesOf(source), ...namesOf(target)];
  const provenance = [...(rel.provenance ?? [])].sort(
    (a, b) => (b.article?.date ?? "").localeCompare(a.article?.date ?? ""));
  const claims = rel.claims ?? provenance.length;
  const articles = rel.articles ?? new Set(provenance.map((p) => p.article?.iri)).size;
  fill(el,
    h("p", { class: "kicker" }, "Relationship"),
    h("h2", { id: "details-title", class: "rel-title" },
      entityButton(source, actions.onEntity),
      h("span", { class: "verb" },
        ` ${relLabel(rel.type)} `),
      entityButton(target, actions.onEntity)),
    h("div", { class: "badges" }, (rel.statuses ?? [rel.status]).map(badge), edgeBadges(rel)),
    h("p", { class: "muted" },
      `${claims} claim${claims === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"}`,
      rel.first_reported ? ` · first reported ${rel.first_reported}` : "",
      rel.last_reported && rel.last_reported !== rel.first_reported ? ` · last ${rel.last_reported}` : ""),
    h("h3", {}, "Evidence"),
    h("ol", { class: "provenance" }, provenance.map((p) => {
      const amount = amountText(p.amount);
      return h("li", { class: `claim${p.status === "denied" ? " claim-denied" : ""}` },
        h("div", { class: "badges" }, badge(p.status)),
        h("blockquote", { class: "evidence" }, highlight(p.evidence ?? "", names)),
        articleLine(p.article),
        p.attributed_to ? h("p", { class: "attributed" }, "Attributed to ", h("strong", {}, p.attributed_to.name ?? p.attributed_to.id)) : null,
        p.role ? h("p", {}, "Role: ", p.role) : null,
        amount ? h("p", {}, "Amount: ", amount) : null,
        p.start !== null && p.start !== undefined && p.article?.iri
          ? h("p", { class: "muted small" }, `Characters ${p.start}–${p.end} of the article`) : null);
    })),
  );
}

/** Paths between two entities; `onPath(i)` highlights one of them. */
export function renderPaths(el, result, { from, to, nameOf, actions }) {
  const paths = result.paths ?? [];
  fill(el,
    h("p", { class: "kicker" }, "Paths"),
    h("h2", { id: "details-title" }, `${nameOf(from)} → ${nameOf(to)}`),
    paths.length
      ? h("ol", { class: "paths" }, paths.map((path, i) => h("li", {},
        h("button", { type: "button", class: "path", onclick: () => actions.onPath(i) },
          path.nodes.map((n, j) => [
            j ? h("span", { class: "hop" }, ` ${relLabel(path.edges[j - 1]?.type)} `) : null,
            h("strong", {}, n.name ?? n.id),
          ])))))
      : h("p", {}, "No path within the chosen number of hops."),
  );
}

/** The entities of an overview, most connected first. */
export function renderOverview(el, nodes, { title, intro, actions }) {
  const sorted = [...nodes].sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0));
  fill(el,
    h("p", { class: "kicker" }, "Overview"),
    h("h2", { id: "details-title" }, title),
    intro ? h("p", {}, intro) : null,
    h("ul", { class: "entities" }, sorted.map((n) => h("li", {},
      h("button", { type: "button", class: "link", onclick: () => actions.onEntity(n.id) }, n.name ?? n.id),
      h("span", { class: "muted" }, ` ${typeLabel(n.type)} · ${n.degree ?? 0}`)))),
  );
}

/** The legend of node shapes, edge colours and edge styles. */
export function renderLegend(el) {
  fill(el,
    h("ul", { class: "legend" },
      Object.values(NODE_TYPES).map((look) => h("li", {},
        h("span", { class: `shape shape-${look.shape}`, dataset: { color: look.color }, "aria-hidden": "true" }),
        look.label)),
      Object.values(REL_TYPES).map((rel) => h("li", {},
        h("span", { class: "line", dataset: { color: rel.color }, "aria-hidden": "true" }),
        rel.label)),
      h("li", {}, h("span", { class: "line denied", "aria-hidden": "true" }), "denied (no article asserts it)"),
      h("li", {}, h("span", { class: "line disputed", "aria-hidden": "true" }), "disputed (asserted and denied)"),
      h("li", {}, h("span", { class: "line unasserted", "aria-hidden": "true" }), "rumoured, in talks… (not asserted)"),
      h("li", {}, h("span", { class: "line thick", "aria-hidden": "true" }), "×N, thicker: reported by N articles")),
  );
  for (const s of el.querySelectorAll("[data-color]")) {
    if (s.classList.contains("line")) s.style.borderTopColor = s.dataset.color;
    else s.style.background = s.dataset.color;
  }
}

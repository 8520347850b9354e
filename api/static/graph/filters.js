// What the user filters on: relationship types, statuses, a reporting date range.
// `null` for types/statuses means "all"; dates are "YYYY-MM-DD" strings or "".

import { REL_TYPES, STATUSES } from "./style.js";

export function allFilters() {
  return { types: null, statuses: null, since: "", until: "" };
}

/** Whether the filters can hide anything (false: every edge passes). */
export function filtersActive(f) {
  return f.types !== null || f.statuses !== null || Boolean(f.since) || Boolean(f.until);
}

/** Whether an edge (REST Edge or cytoscape edge data) passes the filters. */
export function edgeMatches(edge, f) {
  if (f.types !== null && !f.types.has(edge.type)) return false;
  if (f.statuses !== null) {
    const statuses = edge.statuses?.length ? edge.statuses : [edge.status];
    if (!statuses.some((s) => f.statuses.has(s))) return false;
  }
  if (f.since || f.until) {
    const first = edge.first_reported ?? edge.last_reported;
    const last = edge.last_reported ?? edge.first_reported;
    if (!first) return false;
    if (f.since && last < f.since) return false;
    if (f.until && first > f.until) return false;
  }
  return true;
}

/** Query parameters of the neighbourhood route for these filters (only the ones set). */
export function serverParams(f) {
  const params = {};
  if (f.types !== null) params.types = [...f.types].join(",");
  if (f.statuses !== null) params.status = [...f.statuses].join(",");
  if (f.since) params.since = f.since;
  if (f.until) params.until = f.until;
  return params;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function knownSet(value, known) {
  if (value === null) return null;
  const items = value.split(",").filter((v) => known.includes(v));
  return new Set(items);
}

/** Filters from the page URL (unknown values are ignored). */
export function filtersFromUrl(params) {
  return {
    types: knownSet(params.get("types"), Object.keys(REL_TYPES)),
    statuses: knownSet(params.get("status"), STATUSES),
    since: DATE.test(params.get("since") ?? "") ? params.get("since") : "",
    until: DATE.test(params.get("until") ?? "") ? params.get("until") : "",
  };
}

/** Write the filters into URL parameters (same names as the REST API). */
export function filtersToUrl(f, params) {
  for (const key of ["types", "status", "since", "until"]) params.delete(key);
  for (const [key, value] of Object.entries(serverParams(f))) params.set(key, value);
}

// DOM helpers. Every piece of data enters the page as a text node or an attribute value set
// through the DOM API, never as HTML, so a name such as `<script>` stays a name.

/**
 * Create an element. `attrs` values: strings (attributes), `class`, `dataset` (object),
 * `on<event>` (listeners); null/false skip the attribute. Children: nodes or text.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "href") el.setAttribute("href", safeUrl(value) ?? "#");
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  appendAll(el, children);
  return el;
}

/** Replace the children of `el` with `children` (nodes or text). */
export function fill(el, ...children) {
  el.replaceChildren();
  appendAll(el, children);
  return el;
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The URL when it is http(s) (absolute or relative to the page), else null: no `javascript:`. */
export function safeUrl(value) {
  try {
    const url = new URL(String(value), document.baseURI);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Fold text for matching: no accents, lower case. Returns the folded string and, for each of
 * its code units, the index of the original character it came from (plus one past the end).
 */
export function fold(text) {
  let folded = "";
  const origin = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const f = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let j = 0; j < f.length; j++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Fold a search string the same way as `fold` (accents and case ignored). */
export function foldKey(text) {
  return fold(String(text ?? "")).folded.trim();
}

/**
 * `text` as a fragment where every occurrence of one of `names` (accent- and
 * case-insensitive) is wrapped in <mark>. Longer names win where matches overlap.
 */
export function highlight(text, names) {
  const { folded, origin } = fold(text);
  const needles = [...new Set(names.map(foldKey).filter((n) => n.length >= 2))]
    .sort((a, b) => b.length - a.length);
  const taken = new Array(folded.length).fill(false);
  const ranges = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      ranges.push([origin[at], origin[end]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = document.createDocumentFragment();
  let pos = 0;
  for (const [start, end] of ranges) {
    if (start > pos) out.append(text.slice(pos, start));
    out.append(h("mark", {}, text.slice(start, end)));
    pos = end;
  }
  if (pos < text.length) out.append(text.slice(pos));
  return out;
}

/**
 * Resolve once the next frame is painted: a task queued from a requestAnimationFrame
 * callback runs after that frame's rendering. Cytoscape draws in its own frame callback,
 * registered before ours, so the graph as it is now is on screen then.
 */
export function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  }));
}

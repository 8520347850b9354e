// The SPARQL query page: a textarea, a format picker, fetch() to the endpoint, and a table
// for SPARQL JSON results (other formats are shown as text). No external assets.

const PREFIXES = `PREFIX ikg: <https://industry-kg.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
`;

const EXAMPLES = {
  "Who invests in whom": `${PREFIXES}
SELECT DISTINCT ?investor ?investorName ?investee ?investeeName WHERE {
  ?investor ikg:investsIn ?investee .
  OPTIONAL { ?investor rdfs:label ?investorName }
  OPTIONAL { ?investee rdfs:label ?investeeName }
} LIMIT 50`,
  "Claims with evidence and status": `${PREFIXES}
SELECT DISTINCT ?subject ?predicate ?object ?status ?evidence ?article WHERE {
  ?claim a ikg:Claim ; ikg:subject ?subject ; ikg:predicate ?predicate ;
         ikg:object ?object ; ikg:status ?status ; ikg:evidence ?evidence ;
         ikg:article ?article .
} LIMIT 50`,
  "Articles": `${PREFIXES}
SELECT ?article ?title ?date ?publisher WHERE {
  ?article a ikg:Article .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher/rdfs:label ?publisher }
} ORDER BY DESC(?date) LIMIT 50`,
  "Supply edges as Turtle (CONSTRUCT)": `${PREFIXES}
CONSTRUCT { ?supplier ikg:supplies ?customer } WHERE { ?supplier ikg:supplies ?customer }`,
  "Count triples per graph": `SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY DESC(?triples) LIMIT 50`,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function termCell(term) {
  if (!term) return el("td");
  if (term.type === "uri") return el("td", {}, el("code", {}, term.value));
  if (term.type === "bnode") return el("td", {}, `_:${term.value}`);
  const extra = term["xml:lang"] ? el("span", { class: "lang" }, ` @${term["xml:lang"]}`)
    : term.datatype && !term.datatype.endsWith("#string")
      ? el("span", { class: "dt" }, ` ^^${term.datatype.split(/[#/]/).pop()}`) : null;
  return el("td", {}, term.value, extra);
}

function showTable(data) {
  if (typeof data.boolean === "boolean") return el("p", {}, el("strong", {}, String(data.boolean)));
  const vars = data.head?.vars ?? [];
  const rows = data.results?.bindings ?? [];
  return el("table", {},
    el("thead", {}, el("tr", {}, vars.map((v) => el("th", { scope: "col" }, `?${v}`)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, vars.map((v) => termCell(row[v]))))));
}

function setStatus(text, error = false) {
  const out = $("status");
  out.textContent = text;
  out.className = error ? "error" : "";
}

async function run(event) {
  event?.preventDefault();
  const endpoint = document.body.dataset.endpoint || "/sparql";
  const accept = $("accept").value;
  const body = new URLSearchParams({ query: $("query").value });
  $("run").disabled = true;
  setStatus("Running…");
  const started = performance.now();
  const results = $("results");
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body,
    });
    const ms = Math.round(performance.now() - started);
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    if (!response.ok) {
      let message = text;
      try { message = JSON.parse(text).error.message; } catch { /* not the error shape */ }
      results.replaceChildren();
      setStatus(`${response.status}: ${message}`, true);
      return;
    }
    if (type.startsWith("application/sparql-results+json")) {
      const data = JSON.parse(text);
      results.replaceChildren(showTable(data));
      const n = data.results?.bindings?.length;
      setStatus(n === undefined ? `${ms} ms` : `${n} row${n === 1 ? "" : "s"} in ${ms} ms`);
    } else {
      results.replaceChildren(el("pre", {}, text));
      setStatus(`${type.split(";")[0]} · ${text.length} characters in ${ms} ms`);
    }
  } catch (err) {
    setStatus(`The server did not answer (${err.message}).`, true);
  } finally {
    $("run").disabled = false;
  }
}

function init() {
  const select = $("examples");
  for (const name of Object.keys(EXAMPLES)) select.append(el("option", { value: name }, name));
  const params = new URLSearchParams(location.search);
  $("query").value = params.get("query") ?? EXAMPLES[Object.keys(EXAMPLES)[0]];
  select.addEventListener("change", () => { $("query").value = EXAMPLES[select.value]; });
  $("form").addEventListener("submit", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
}

init();

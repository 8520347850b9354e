// The SPARQL query page: YASGUI (vendored under /static/vendor/yasgui, loaded before this
// module as the global `Yasgui`) pointed at this server's endpoint, with the ontology's
// prefixes and terms for completion, the project's examples, and a download link in every
// format the endpoint serves. Nothing leaves this server: YASGUI's calls to prefix.cc and
// to Linked Open Vocabularies (LOV) are replaced by local lists, and its endpoint catalogue
// lists only this endpoint (the page's Content-Security-Policy enforces it too).

const body = document.body;
const ENDPOINT = new URL(body.dataset.endpoint || "/sparql", location.href).href;
/** prefix -> namespace IRI, and the ontology's class and property IRIs, from the server. */
const { prefixes: PREFIXES, classes: CLASSES, properties: PROPERTIES } =
  JSON.parse(body.dataset.vocabulary);

const declare = (...names) =>
  names.map((p) => `PREFIX ${p}: <${PREFIXES[p]}>`).join("\n") + "\n";

const EXAMPLES = {
  "Who invests in whom": `${declare("ikg", "rdfs")}
SELECT DISTINCT ?investor ?investorName ?investee ?investeeName WHERE {
  ?investor ikg:investsIn ?investee .
  OPTIONAL { ?investor rdfs:label ?investorName }
  OPTIONAL { ?investee rdfs:label ?investeeName }
} LIMIT 50`,
  "Claims with evidence and status": `${declare("ikg")}
SELECT DISTINCT ?subject ?predicate ?object ?status ?evidence ?article WHERE {
  ?claim a ikg:Claim ; ikg:subject ?subject ; ikg:predicate ?predicate ;
         ikg:object ?object ; ikg:status ?status ; ikg:evidence ?evidence ;
         ikg:article ?article .
} LIMIT 50`,
  "Articles": `${declare("ikg", "rdfs", "schema")}
SELECT ?article ?title ?date ?publisher WHERE {
  ?article a ikg:Article .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher/rdfs:label ?publisher }
} ORDER BY DESC(?date) LIMIT 50`,
  "Supply edges as Turtle (CONSTRUCT)": `${declare("ikg")}
CONSTRUCT { ?supplier ikg:supplies ?customer } WHERE { ?supplier ikg:supplies ?customer }`,
  "Count triples per graph": `SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY DESC(?triples) LIMIT 50`,
};

const { Yasqe } = Yasgui;
// Completion from local lists only. The forks keep YASQE's behaviour (typing `ikg:` in a
// query adds its PREFIX line; terms complete after a prefix) but never fetch anything.
Yasqe.forkAutocompleter("prefixes", {
  name: "ikgPrefixes",
  persistenceId: null,
  get: () => Promise.resolve(Object.entries(PREFIXES).map(([p, iri]) => `${p}: <${iri}>`).sort()),
}, false);
Yasqe.forkAutocompleter("property", { name: "ikgProperties", bulk: true, get: PROPERTIES }, false);
Yasqe.forkAutocompleter("class", { name: "ikgClasses", bulk: true, get: CLASSES }, false);
// Set on the defaults object itself: YASGUI deep-merges arrays by index, so a shorter list
// passed in the config would keep the LOV completers at the end.
Yasqe.defaults.autocompleters = ["ikgPrefixes", "ikgProperties", "ikgClasses", "variables"];

const yasgui = new Yasgui(document.getElementById("yasgui"), {
  persistenceId: "ikg_sparql",
  requestConfig: {
    endpoint: ENDPOINT,
    method: "POST",
    acceptHeaderSelect: "application/sparql-results+json",
    acceptHeaderGraph: "text/turtle",
  },
  copyEndpointOnNewTab: true,
  endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }], keys: [] },
  yasqe: { value: EXAMPLES[Object.keys(EXAMPLES)[0]] },
  yasr: { prefixes: PREFIXES },
});

// Tabs are kept in the browser's storage; one saved while the server ran on another address
// would send its queries there (and be refused by the page's policy): point them here.
for (const id of yasgui.persistentConfig.getTabs()) {
  const tab = yasgui.getTab(id);
  if (tab && tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
}

const select = document.getElementById("examples");
select.append(new Option("Pick an example…", ""));
for (const name of Object.keys(EXAMPLES)) select.append(new Option(name, name));
select.addEventListener("change", () => {
  if (!select.value) return;
  const tab = yasgui.getTab();
  tab.setQuery(EXAMPLES[select.value]);
  tab.setName(select.value);
  select.value = "";
});

// Download: the same query sent again by GET with `format=`, saved by the browser as a file.
const formats = document.getElementById("download-format");
const download = document.getElementById("download");
const EXTENSIONS = { json: "srj", xml: "srx", csv: "csv", tsv: "tsv", turtle: "ttl",
  ntriples: "nt", jsonld: "jsonld", rdfxml: "rdf", trig: "trig", nquads: "nq" };
function downloadHref() {
  const url = new URL(ENDPOINT);
  url.searchParams.set("query", yasgui.getTab().getQuery());
  url.searchParams.set("format", formats.value);
  download.href = url.href;
  download.download = `results.${EXTENSIONS[formats.value]}`;
}
download.addEventListener("click", downloadHref);  // runs before the browser follows the link
formats.addEventListener("change", downloadHref);
downloadHref();

window.ikgYasgui = yasgui;  // for the browser tests and for users in the console

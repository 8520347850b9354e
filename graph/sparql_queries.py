"""SPARQL text used by the project, in one place. Values are bound, never formatted in.

pyoxigraph binds values by substitution, which requires every bound variable to appear in the
query's outermost SELECT projection: the queries here are written that way.
"""

PREFIXES = """\
PREFIX ikg: <https://industry-kg.org/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

COUNT_ARTICLES = PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ikg:Article }"

COUNT_CLAIMS = PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ikg:Claim }"

COUNT_ENTITIES = (
    PREFIXES
    + """\
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?type .
  FILTER (?type IN (ikg:Organization, ikg:Company, ikg:Publisher, ikg:Regulator, ikg:Person))
}"""
)

EDGES_BY_PREDICATE = (
    PREFIXES
    + """\
SELECT ?p (COUNT(*) AS ?n) WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE {
      ?s ?p ?o .
      FILTER (?p IN (ikg:investsIn, ikg:supplies, ikg:partnersWith, ikg:competesWith,
                     ikg:acquires, ikg:executiveOf, ikg:reportedBy))
  } }
} GROUP BY ?p ORDER BY ?p"""
)

ENTITIES = (
    PREFIXES
    + """\
SELECT DISTINCT ?e ?type ?label ?alias ?ticker ?wikidata WHERE {
  ?e a ?type .
  FILTER (?type IN (ikg:Organization, ikg:Company, ikg:Publisher, ikg:Regulator, ikg:Person))
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alias }
  OPTIONAL { ?e ikg:ticker ?ticker }
  OPTIONAL { ?e ikg:wikidata ?wikidata }
}"""
)

_ENTITY_CLASSES = (
    "FILTER (?type IN (ikg:Organization, ikg:Company, ikg:Publisher, ikg:Regulator, ikg:Person))"
)

ENTITY_TYPES = PREFIXES + "SELECT DISTINCT ?e ?type WHERE { ?e a ?type . " + _ENTITY_CLASSES + " }"
"""Entity types. The entity queries are split (one attribute each, DISTINCT) because an entity
is described again in every article graph that mentions it: joining its attributes in one
query over the union graph multiplies rows per graph (minutes on 100k quads)."""

ENTITY_LABELS = (
    PREFIXES
    + "SELECT ?e ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label ?label } }"
    " GROUP BY ?e ?label"
)
"""Labels with the number of graphs using each (the most used one names the entity)."""

ENTITY_ALIASES = PREFIXES + "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"

ENTITY_IDENTIFIERS = (
    PREFIXES + "SELECT DISTINCT ?e ?ticker ?wikidata WHERE { { ?e ikg:ticker ?ticker } UNION "
    "{ ?e ikg:wikidata ?wikidata } }"
)

CLAIM_PROPERTIES = PREFIXES + "SELECT ?c ?p ?o WHERE { GRAPH ?g { ?c a ikg:Claim ; ?p ?o } }"
"""Every property of every claim, grouped into claims in Python (3x faster than joining the
claim's properties in SPARQL)."""

ARTICLES = (
    PREFIXES
    + """\
SELECT ?a ?title ?date ?lang ?pub ?url ?source WHERE { GRAPH ?a {
  ?a a ikg:Article .
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:inLanguage ?lang }
  OPTIONAL { ?a schema:publisher ?pub }
  OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a ikg:sourceFile ?source }
} }"""
)
"""Article metadata, read in the article's own graph (bind ?a for one article); publisher
names come from ENTITY_LABELS (joining them here would repeat each article once per graph
naming its publisher)."""

CLAIMS = (
    PREFIXES
    + """\
SELECT DISTINCT ?c ?s ?p ?o ?status ?article ?evidence ?start ?end ?role ?amount ?currency
       ?bound ?attr WHERE {
  ?c a ikg:Claim ; ikg:subject ?s ; ikg:predicate ?p ; ikg:object ?o ; ikg:status ?status ;
     ikg:article ?article ; ikg:evidence ?evidence ; ikg:evidenceStart ?start ;
     ikg:evidenceEnd ?end .
  OPTIONAL { ?c ikg:role ?role }
  OPTIONAL { ?c ikg:amount ?amount ; ikg:currency ?currency ; ikg:amountBound ?bound }
  OPTIONAL { ?c ikg:attributedTo ?attr }
}"""
)

MENTIONS = PREFIXES + "SELECT DISTINCT ?a ?e WHERE { ?a ikg:mentions ?e }"

ARTICLE_TEXT = PREFIXES + "SELECT ?a ?text WHERE { ?a schema:articleBody ?text }"
"""The text of one article: bind ?a to the article IRI."""

CLAIM_PROVENANCE_FIELDS = (
    "evidence",
    "evidenceStart",
    "evidenceEnd",
    "role",
    "amount",
    "currency",
    "amountBound",
)
"""The claim properties that only the store holds (the read index has the others)."""


def _field_number() -> str:
    expr = "-1"
    for number, name in reversed(list(enumerate(CLAIM_PROVENANCE_FIELDS))):
        expr = f"IF(?p = ikg:{name}, {number}, {expr})"
    return expr


CLAIM_PROVENANCE = (
    PREFIXES
    + "SELECT ?i ?k ?o WHERE { ?c ?p ?o BIND("
    + _field_number()
    + " AS ?k) FILTER(?k >= 0) }"
)
"""The provenance of claims (bind ?c, and ?i to a number that stands for it in the answer):
each row gives ?i, ?k (the property's position in CLAIM_PROVENANCE_FIELDS) and the value ?o.
Numbers rather than IRIs come back because the store spells out every IRI it answers, and
that was most of this query's cost (measured: 0.58 ms against 1.23 ms for 25 claims at 100,000
articles)."""

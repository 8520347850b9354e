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

COUNT_ENTITIES = PREFIXES + """\
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?type .
  FILTER (?type IN (ikg:Organization, ikg:Company, ikg:Publisher, ikg:Regulator, ikg:Person))
}"""

EDGES_BY_PREDICATE = PREFIXES + """\
SELECT ?p (COUNT(*) AS ?n) WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE {
      ?s ?p ?o .
      FILTER (?p IN (ikg:investsIn, ikg:supplies, ikg:partnersWith, ikg:competesWith,
                     ikg:acquires, ikg:executiveOf, ikg:reportedBy))
  } }
} GROUP BY ?p ORDER BY ?p"""

"""Closed Python namespaces for the ontology's terms.

`IKG.investsIn` works; `IKG.investsin` raises AttributeError, so a typo fails loudly.
tests/test_ontology.py fails when this list differs from ontology/industry.ttl.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://industry-kg.org/ontology#"


class IKG(DefinedNamespace):
    """Terms of ontology/industry.ttl."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Agent: URIRef
    Organization: URIRef
    Company: URIRef
    Publisher: URIRef
    Regulator: URIRef
    Person: URIRef
    Article: URIRef
    Claim: URIRef
    # relationships
    investsIn: URIRef
    supplies: URIRef
    customerOf: URIRef
    partnersWith: URIRef
    competesWith: URIRef
    acquires: URIRef
    executiveOf: URIRef
    reportedBy: URIRef
    mentions: URIRef
    # claims
    subject: URIRef
    predicate: URIRef
    object: URIRef
    status: URIRef
    article: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    attributedTo: URIRef
    role: URIRef
    amount: URIRef
    currency: URIRef
    amountBound: URIRef
    eventDate: URIRef
    extractor: URIRef
    # articles and entities
    sha256: URIRef
    sourceFile: URIRef
    ticker: URIRef
    wikidata: URIRef


SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

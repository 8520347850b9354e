"""The ontology parses, its Python view is current, and what ingest writes conforms."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import OWL, RDF, Graph, URIRef

from graph.store import Store
from loaders.ingest import ingest_paths
from ontology.iris import Iris
from ontology.terms import IKG, ONTOLOGY_IRI
from ontology.validation import ontology_graph, shapes_graph, validate
from tests.conftest import SEEDS


def test_ontology_and_shapes_parse() -> None:
    assert len(ontology_graph()) > 100
    assert len(shapes_graph()) > 20


def test_python_namespace_matches_the_ontology_file() -> None:
    declared = {
        str(s).removeprefix(ONTOLOGY_IRI)
        for s in ontology_graph().subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_IRI)
    }
    in_python = set(IKG.__annotations__)
    assert declared == in_python, (
        f"ontology/terms.py is stale: missing {sorted(declared - in_python)}, "
        f"extra {sorted(in_python - declared)}"
    )


def test_customer_of_is_the_inverse_of_supplies_and_symmetric_ones_are_declared() -> None:
    g = ontology_graph()
    assert (IKG.customerOf, OWL.inverseOf, IKG.supplies) in g
    assert (IKG.partnersWith, RDF.type, OWL.SymmetricProperty) in g
    assert (IKG.competesWith, RDF.type, OWL.SymmetricProperty) in g
    assert (IKG.investsIn, RDF.type, OWL.SymmetricProperty) not in g


def test_the_graph_from_seeds_conforms_to_the_shapes(store: Store) -> None:
    report = ingest_paths(store, [SEEDS], iris=Iris())
    assert report.ok and report.written >= 5
    data = Graph()
    rows = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    nt = ox.serialize(list(rows), format=ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]
    data.parse(data=nt, format="nt")
    result = validate(data)
    assert result.conforms, result.text


def test_a_broken_claim_is_caught_by_the_shapes(tmp_path: Path) -> None:
    data = Graph()
    claim = URIRef("https://industry-kg.org/id/claim/x")
    data.add((claim, RDF.type, IKG.Claim))  # no subject, predicate, object, status...
    result = validate(data)
    assert not result.conforms
    assert "ikg" in result.text or "industry-kg" in result.text

"""SHACL validation of what ingest writes (pyshacl, with the ontology for class inference)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Graph

ONTOLOGY_FILE = "industry.ttl"
SHAPES_FILE = "shapes.ttl"


def _load(name: str) -> Graph:
    g = Graph()
    g.parse(data=resources.files("ontology").joinpath(name).read_text("utf-8"), format="turtle")
    return g


@cache
def ontology_graph() -> Graph:
    """The ontology as an rdflib Graph (parsed once)."""
    return _load(ONTOLOGY_FILE)


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes as an rdflib Graph (parsed once)."""
    return _load(SHAPES_FILE)


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL validation."""

    conforms: bool
    text: str


def validate(data: Graph) -> ValidationReport:
    """Validate triples against the shapes, with RDFS inference over the ontology."""
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=True,
    )
    return ValidationReport(bool(conforms), str(text))

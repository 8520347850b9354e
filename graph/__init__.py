"""The RDF dataset (source of truth) and its projections (Neo4j, networkx)."""

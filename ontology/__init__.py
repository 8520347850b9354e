"""The vocabulary, the records passed between stages, and their mapping to RDF.

This is the bottom layer: it imports nothing else of the project.
"""

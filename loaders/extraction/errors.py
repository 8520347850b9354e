"""Errors of the extraction stage."""

from ontology.errors import IkgError


class ExtractionError(IkgError):
    """Extraction failed on an article under the 'raise' error policy (the message names the
    article and the character offset); rerun with the 'skip' policy to keep the rest."""

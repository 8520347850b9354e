"""The extractor interface and the registry of extractors by name.

An extractor turns one Article into one Extraction (entities, relations with evidence
offsets, status and qualifiers). The default, "rules", is offline and deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ontology.errors import InputError
from ontology.records import Article, Extraction


class Extractor(Protocol):
    """Turns articles into extractions. Implementations are deterministic for a given version."""

    name: str
    """Name and version, recorded on every claim (for example 'rules/1')."""

    def extract(self, article: Article) -> Extraction:
        """Entities and relations of one article; never raises on ordinary text."""
        ...


def _rules() -> Extractor:
    from loaders.extraction.pipeline import RuleExtractor

    return RuleExtractor()


EXTRACTORS: dict[str, Callable[[], Extractor]] = {"rules": _rules}


def get_extractor(name: str = "rules") -> Extractor:
    """The extractor registered under `name`; InputError listing the choices otherwise."""
    try:
        factory = EXTRACTORS[name]
    except KeyError:
        raise InputError(
            f"Unknown extractor {name!r}; choose one of {', '.join(sorted(EXTRACTORS))}."
        ) from None
    return factory()

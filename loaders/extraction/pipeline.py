"""The default rule-based extractor. Placeholder until the extraction pipeline lands."""

from __future__ import annotations

from ontology.records import Article, Extraction


class RuleExtractor:
    """Offline, deterministic extractor for French and English business news."""

    name = "rules/0"

    def extract(self, article: Article) -> Extraction:
        """An extraction with no entities (the real pipeline replaces this)."""
        return Extraction(article=article, language=article.language or "en", extractor=self.name)

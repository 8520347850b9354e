"""Language detection (French or English) with lingua, which ships its models."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = ("fr", "en")


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()


def detect_language(text: str) -> str:
    """'fr' or 'en' for the text (English when undecidable).

    >>> detect_language("Le groupe a annoncé une prise de participation.")
    'fr'
    """
    found = _detector().detect_language_of(text[:2000])
    return "fr" if found == Language.FRENCH else "en"


def normalise_language(value: str | None) -> str | None:
    """'fr'/'en' from values such as 'French', 'fr-FR', 'EN'; None when absent or unknown."""
    if not value:
        return None
    v = value.strip().lower()
    if v.startswith(("fr", "français", "francais")):
        return "fr"
    if v.startswith(("en", "anglais")):
        return "en"
    return None

"""The default rule-based extractor (offline, deterministic, French and English)."""

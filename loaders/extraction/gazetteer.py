"""The alias table and fast token-sequence lookup in it.

Two sources: the hand-kept table loaders/data/aliases.tsv (aliases, outlets, regulators, people,
companies whose short names need care) and the listed companies shipped by the maintained
`pytickersymbols` package (about 1,800 companies of the main indices, with their country),
read at run time when the default gazetteer is first built. A listed company the hand table
already knows (same matching key) keeps its hand entry; one-word listed names are "~"
(common-word) aliases, matched only capitalised and, at a sentence start, only when confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pytickersymbols import PyTickerSymbols

from loaders.extraction.lexicon import DATA_DIR
from loaders.extraction.text import CORPORATE_SUFFIXES, name_key, strip_suffix
from loaders.extraction.tokens import tokenize
from ontology.iris import slugify
from ontology.records import EntityType

ALIASES_FILE = DATA_DIR / "aliases.tsv"


@dataclass(frozen=True)
class KnownEntity:
    """One curated entity: canonical name, type, aliases and descriptive attributes."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    country: str = ""
    hq: str = ""
    sectors: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        """The canonical id (IRI slug) of this entity."""
        return slugify(self.name)


@dataclass(frozen=True)
class AliasEntry:
    """One alias as token tokens: which entity, and its matching constraints."""

    entity: KnownEntity
    tokens: tuple[str, ...]
    surface: str
    ambiguous: bool = False
    needs_platform_cue: bool = False
    stripped: bool = False  # a corporate suffix was removed ("Naval Group" -> "naval")


@dataclass(frozen=True)
class Gazetteer:
    """Alias lookup by first token; entries per first token are sorted longest first."""

    entities: tuple[KnownEntity, ...]
    index: dict[str, tuple[AliasEntry, ...]]
    by_key: dict[str, KnownEntity]

    def lookup_key(self, name: str) -> KnownEntity | None:
        """The curated entity whose name or alias has the same matching key as `name`."""
        return self.by_key.get(name_key(name))


def alias_tokens(alias: str) -> tuple[str, ...]:
    """Folded tokens of an alias without trailing punctuation and corporate suffixes."""
    toks = [t.norm for t in tokenize(alias)]
    changed = True
    while changed and len(toks) > 1:
        changed = False
        if toks[-1] in (".", ",") or toks[-1] in CORPORATE_SUFFIXES:
            toks.pop()
            changed = True
    return tuple(toks)


def parse_aliases(path: Path) -> tuple[KnownEntity, ...]:
    """Curated entities from the TSV file (comment lines start with '#')."""
    out = []
    header_seen = False
    for raw_line in path.read_text(encoding="utf-8").splitlines():
        if not raw_line.strip() or raw_line.startswith("#"):
            continue
        cols = (raw_line.split("\t") + [""] * 8)[:8]
        if not header_seen and cols[0] == "name":
            header_seen = True
            continue
        name, etype, country, hq, sectors, ticker, wikidata, aliases = (c.strip() for c in cols)
        idents = tuple((k, v) for k, v in (("ticker", ticker), ("wikidata", wikidata)) if v)
        out.append(KnownEntity(
            name=name, type=EntityType(etype), aliases=tuple(a for a in aliases.split("|") if a),
            country=country, hq=hq, sectors=tuple(s for s in sectors.split(";") if s),
            identifiers=idents,
        ))
    return tuple(out)


def build_gazetteer(entities: tuple[KnownEntity, ...]) -> Gazetteer:
    """Index the aliases of `entities` by their first folded token."""
    index: dict[str, list[AliasEntry]] = {}
    by_key: dict[str, KnownEntity] = {}
    clean: list[KnownEntity] = []
    for ent in entities:
        name_prefix = ent.name[0] if ent.name[:1] in ("~", "^") else ""
        ent = KnownEntity(
            name=ent.name.lstrip("~^"), type=ent.type,
            aliases=tuple(a.lstrip("~^") for a in ent.aliases), country=ent.country,
            hq=ent.hq, sectors=ent.sectors, identifiers=ent.identifiers,
        )
        clean.append(ent)
        raw_aliases = [name_prefix + ent.name]
        raw_aliases += [a for a in _raw_aliases(entities, ent)]
        for raw in raw_aliases:
            surface = raw.lstrip("~^")
            toks = alias_tokens(surface)
            if not toks:
                continue
            entry = AliasEntry(ent, toks, surface, ambiguous=raw.startswith("~"),
                               needs_platform_cue=raw.startswith("^"),
                               stripped=len(toks) < len(tokenize(surface)))
            index.setdefault(toks[0], []).append(entry)
            if not entry.needs_platform_cue:
                by_key.setdefault(name_key(surface), ent)
    frozen = {k: tuple(sorted(v, key=lambda e: len(e.tokens), reverse=True))
              for k, v in index.items()}
    return Gazetteer(tuple(clean), frozen, by_key)


def _raw_aliases(entities: tuple[KnownEntity, ...], ent: KnownEntity) -> list[str]:
    for orig in entities:
        if orig.name.lstrip("~^") == ent.name:
            return list(orig.aliases)
    return []


_COUNTRIES = {
    "united states": "US", "france": "FR", "germany": "DE", "united kingdom": "GB",
    "japan": "JP", "china": "CN", "spain": "ES", "netherlands": "NL", "finland": "FI",
    "sweden": "SE", "switzerland": "CH", "italy": "IT", "belgium": "BE", "denmark": "DK",
    "norway": "NO", "ireland": "IE", "austria": "AT", "portugal": "PT", "luxembourg": "LU",
    "south korea": "KR", "taiwan": "TW", "canada": "CA", "australia": "AU", "india": "IN",
    "hong kong": "HK", "singapore": "SG", "brazil": "BR", "israel": "IL",
}
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def listed_companies() -> tuple[KnownEntity, ...]:
    """Listed companies from `pytickersymbols` as entities (name without share class or legal
    suffix, country code, ticker); US listings give their city and state as the country."""
    out: dict[str, KnownEntity] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        raw = stock.get("name") or ""
        name = strip_suffix(_PARENTHESES.sub("", raw).strip().rstrip(","))
        if len(name) < 3 or name_key(name) in out:
            continue
        where = (stock.get("country") or "").strip()
        country = _COUNTRIES.get(where.lower(), "US" if ", " in where else "")
        symbol = stock.get("symbol") or ""
        one_word = len(name.split()) == 1
        out[name_key(name)] = KnownEntity(
            name=("~" if one_word else "") + name, type=EntityType.COMPANY, aliases=(),
            country=country, identifiers=(("ticker", symbol),) if symbol else (),
        )
    return tuple(out.values())


def merged_entities(
    curated: tuple[KnownEntity, ...], listed: tuple[KnownEntity, ...]
) -> tuple[KnownEntity, ...]:
    """The hand table plus the listed companies it does not already name."""
    known = {name_key(a.lstrip("~^")) for e in curated for a in (e.name, *e.aliases)}
    return curated + tuple(e for e in listed if name_key(e.name.lstrip("~^")) not in known)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the shipped alias table and the listed companies (built once per
    process)."""
    return build_gazetteer(merged_entities(parse_aliases(ALIASES_FILE), listed_companies()))

"""The curated alias table (loaders/data/aliases.tsv) and fast token-sequence lookup in it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loaders.extraction.lexicon import DATA_DIR
from loaders.extraction.text import CORPORATE_SUFFIXES, name_key
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


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the shipped alias table (loaded once per process)."""
    return build_gazetteer(parse_aliases(ALIASES_FILE))

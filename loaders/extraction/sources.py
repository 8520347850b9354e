"""REPORTED_BY: the outlets and documents an article cites as its sources.

A publisher is cited when a source cue precedes it ("selon", "according to", "a déclaré à",
"in a post on") or a reporting verb follows it ("Bloomberg avait rapporté", "The Information
had reported"), or it is the agent of one ("dévoilée dimanche par Reuters"). A regulatory or
exchange filing is cited through its document noun ("a filing with the SEC", "un dépôt auprès
de la SEC"). The article's own publisher and company statements are not sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.extraction.lexicon import Lexicon, match_at, match_ending_at
from loaders.extraction.resolution import Registry
from loaders.extraction.text import name_key
from loaders.extraction.units import SentenceView
from ontology.records import EntityType

_SOURCE_TYPES = frozenset({EntityType.PUBLISHER, EntityType.REGULATOR})
_BY = frozenset({"par", "by"})


@dataclass(frozen=True)
class SourceMatch:
    """An outlet or document cited in one sentence."""

    target: str
    first: int  # token range of the cue
    last: int


def find_sources(
    view: SentenceView, lex: Lexicon, registry: Registry, own_publisher: str | None
) -> list[SourceMatch]:
    """Outlets and documents cited as sources in one sentence."""
    words = view.words
    units = view.units
    own = name_key(own_publisher) if own_publisher else None
    out: list[SourceMatch] = []
    for k, u in enumerate(units):
        if not u.is_mention:
            continue
        for m in u.mentions:
            if not m.entity or m.kind != "name":
                continue
            rec = registry.records.get(m.entity)
            if rec is None or (own and (name_key(rec.name) == own or any(
                    name_key(a) == own for a in rec.aliases))):
                continue
            cue = _document_cue(words, k, lex) if rec.type != EntityType.PERSON else None
            if cue is None and rec.type in _SOURCE_TYPES:
                cue = _outlet_cue(words, k, lex)
            if cue is None and rec.type == EntityType.COMPANY and rec.known is None \
                    and _closing_report(view, k):
                registry.set_type(m.entity, EntityType.PUBLISHER)
                cue = k + 1  # "..., Variety reported last week.": an outlet no list names
            if cue is not None:
                first = units[min(cue, k)].first
                last = units[max(cue, k)].last
                out.append(SourceMatch(m.entity, first, last))
    return out


_REPORTED = (("reported",), ("reports",), ("a", "rapporte"), ("rapporte",), ("avait", "rapporte"),
             ("has", "reported"), ("had", "reported"))


def _closing_report(view: SentenceView, k: int) -> bool:
    """True for a closing attribution: ", X reported [last week]." - a comma before the name,
    a reporting verb after it and no other name up to the end of the sentence."""
    words = view.words
    if k == 0 or words[k - 1] != ",":
        return False
    verb = match_at(words, k + 1, _REPORTED)
    if verb is None:
        return False
    rest = view.units[k + 1 + len(verb):]
    return len(rest) <= 4 and not any(u.is_mention for u in rest)


def _skip_back(words: list[str], k: int, lex: Lexicon) -> int:
    """Index just after the cue: skip determiners and outlet descriptors before unit k."""
    j = k
    while j > 0 and (words[j - 1] in lex.determiners or words[j - 1] in lex.nationalities
                     or match_ending_at(words, j, lex.outlet_descriptors)):
        d = match_ending_at(words, j, lex.outlet_descriptors)
        j -= len(d) if d else 1
    return j


_CONTRACTED = {"au": "a", "aux": "a", "du": "de", "des": "de"}


def _outlet_cue(words: list[str], k: int, lex: Lexicon) -> int | None:
    j = _skip_back(words, k, lex)
    for _ in range(3):  # "selon le magazine spécialisé X", "by Danish business daily X"
        if match_ending_at(words, j, lex.source_before) is not None or (
                j > 0 and words[j - 1] in _BY) or j == 0:
            break
        w = words[j - 1]
        if not w.isalpha() or w in lex.function_words or w in lex.prepositions:
            break
        back = _skip_back(words, j - 1, lex)
        if back == j - 1:
            break  # no determiner, nationality or outlet word before the adjective
        j = back
    cue = match_ending_at(words, j, lex.source_before)
    if cue is None and j > 0 and words[j - 1] in _CONTRACTED:  # "accordée au Figaro"
        expanded = [*words[:j - 1], _CONTRACTED[words[j - 1]]]
        cue = match_ending_at(expanded, j, lex.source_before)
    if cue is not None:
        return j - len(cue)
    after = k + 1
    if after < len(words) and words[after] == ",":
        for s in range(after + 1, min(len(words), after + 8)):  # "Reuters, citing sources, said"
            if words[s] == ",":
                after = s + 1
                break
    if match_at(words, after, lex.source_after):
        return after
    if j > 0 and words[j - 1] in _BY:
        for s in range(max(0, j - 5), j - 1):
            if match_at(words, s, lex.source_after):
                return s
    return None


def _document_cue(words: list[str], k: int, lex: Lexicon) -> int | None:
    """"a filing with the SEC", "un dépôt auprès de la SEC": the document noun's index."""
    j = _skip_back(words, k, lex)
    prep = match_ending_at(words, j, lex.document_preps)
    if prep is None:
        return None
    p = j - len(prep)
    for s in range(max(0, p - 3), p):
        if match_at(words, s, lex.document_nouns):
            return s
    return None

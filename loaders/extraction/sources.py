"""REPORTED_BY: the outlets and documents an article cites as its sources.

A publisher is cited when a source cue precedes it ("selon", "according to", "a déclaré à",
"in a post on") or a reporting verb follows it ("Bloomberg avait rapporté", "The Information
had reported"), or it is the agent of one ("dévoilée dimanche par Reuters"). A regulatory or
exchange filing is cited through its document noun ("a filing with the SEC", "un dépôt auprès
de la SEC"). The article's own publisher and company statements are not sources.

An outlet no list names is recognised from its slot and its form: after a cue that only an
outlet fills ("in an interview with X", "au micro de X"), as the subject of a closing report
(", X reported [, citing people familiar with the matter]."), as the name that cites sources
("X, citing people familiar with the matter, said"), or after an inverted speech verb when its
name has a title's form (", a indiqué Le Progrès", ", a révélé L'Informé").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import Lexicon, Phrase, match_at, match_ending_at
from loaders.extraction.resolution import Registry
from loaders.extraction.text import LEGAL_SUFFIXES, fold, name_key
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
    own = _own_keys(own_publisher) if own_publisher else frozenset()
    out: list[SourceMatch] = []
    for k, u in enumerate(units):
        if not u.is_mention:
            continue
        for m in u.mentions:
            if not m.entity or m.kind != "name":
                continue
            rec = registry.records.get(m.entity)
            if rec is None or (own and (name_key(rec.name) in own or any(
                    name_key(a) in own for a in rec.aliases))):
                continue
            cue = _document_cue(words, k, lex) if rec.type != EntityType.PERSON else None
            if cue is None and rec.type in _SOURCE_TYPES:
                cue = _outlet_cue(words, k, lex)
            if cue is None and rec.type == EntityType.PUBLISHER and rec.known is not None:
                cue = _unknown_outlet_cue(view, k, lex, True)  # ", a indiqué Les Echos."
            if cue is None and rec.type == EntityType.COMPANY \
                    and _after_descriptor(words, k, lex):
                cue = _outlet_cue(words, k, lex)  # "the news agency APA reported": the noun
                if cue is not None:  # types the name, whatever company shares it
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and rec.type in (EntityType.COMPANY, EntityType.PUBLISHER) \
                    and rec.known is None:
                titled = m.outlet or _title_form(view, u.first, m.text)
                cue = _unknown_outlet_cue(view, k, lex, titled)
                if cue is not None:
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is not None:
                first = units[min(cue, k)].first
                last = units[max(cue, k)].last
                out.append(SourceMatch(m.entity, first, last))
    return out


def _own_keys(publisher: str) -> frozenset[str]:
    """Matching keys of the article's publisher, with and without a leading article ("Le
    Journal des Logiciels" is also cited as "au Journal des Logiciels")."""
    bare = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", publisher.strip(), flags=re.IGNORECASE)
    return frozenset({name_key(publisher), name_key(bare)})


_REPORTED = (("reported",), ("reports",), ("a", "rapporte"), ("rapporte",), ("avait", "rapporte"),
             ("has", "reported"), ("had", "reported"))


_CITING = frozenset({"citing", "citant"})
_COMPANY_ENDINGS = frozenset({"group", "company", "partners", "capital", "holdings", "fund", "bank",
                              "ventures", "investments", "corporation"})
_TITLE_ARTICLES = ("Le ", "La ", "Les ", "L'", "L’")


def _title_form(view: SentenceView, first: int, name: str) -> bool:
    """True for a name shaped like a title: it opens with a capitalised French article ("Le
    Progrès", "L'Informé") or follows a capitalised "The" inside the sentence ("according to
    The Quillon Ledger")."""
    if name.startswith(_TITLE_ARTICLES):
        return True
    last = name_key(name.split()[-1]) if name.split() else ""
    return first >= 2 and view.tokens[first - 1].text == "The" and last not in _COMPANY_ENDINGS \
        and fold(name.split()[-1]) not in LEGAL_SUFFIXES  # not "The Carlyle Group"


def _unknown_outlet_cue(view: SentenceView, k: int, lex: Lexicon, outlet_form: bool) -> int | None:
    """The cue that makes the name at unit k an outlet no list names, or None."""
    words = view.words
    if _closing_report(view, k, lex):
        return k + 1  # "..., Variety reported last week."
    if _cites_sources(words, k):
        return k + 1  # "Velposten, citing people familiar with the matter, said..."
    j = _skip_back(words, k, lex)
    cue = _cue_ending_at(words, j, lex.outlet_cues)  # "in an interview with", "au micro de"
    if cue is not None:
        return j - len(cue)
    if outlet_form and j >= 2 and words[j - 1] in _CONTRACTED and words[j - 2] == "," \
            and any(match_at(words, q, lex.speech_verbs) for q in range(j - 2)):
        return j - 1  # "a déclaré Paul Lemoine, président de X, au Journal des Entreprises"
    if outlet_form and _cue_ending_at(words, j, lex.source_before) is not None:
        return j - len(_cue_ending_at(words, j, lex.source_before) or ())  # "selon Le Progrès"
    if outlet_form:
        verb = match_ending_at(words, j, lex.speech_verbs + lex.source_after)
        if verb is not None and j - len(verb) > 0 and words[j - len(verb) - 1] == "," \
                and _clause_ends(view, k + 1):
            return j - len(verb)  # ", a indiqué Le Progrès.", ", said the Quillon Herald."
    return None


def _clause_ends(view: SentenceView, k: int) -> bool:
    """True when nothing but punctuation, a date or a short adjunct follows unit k up to the
    end of the clause (no other name, no verb of its own)."""
    rest = view.units[k:]
    stop = next((q for q, u in enumerate(rest) if u.norm in (",", ";", ".", ":")), len(rest))
    return stop <= 4 and not any(u.is_mention for u in rest[:stop])


def _cites_sources(words: list[str], k: int) -> bool:
    """True when the name at k goes on with "citing ..." (after a comma or a report verb)."""
    after = k + 1
    if after < len(words) and words[after] == ",":
        after += 1
    if after < len(words) and match_at(words, after, _REPORTED):
        after += len(match_at(words, after, _REPORTED) or ())
        if after < len(words) and words[after] == ",":
            after += 1
    return after < len(words) and words[after] in _CITING


def _closing_report(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True for a closing attribution: ", [the] X reported [last week]." - a comma before the
    name, a reporting verb after it and no other name up to the end of the sentence (or only a
    "citing ..." phrase)."""
    words = view.words
    j = k
    while j > 0 and words[j - 1] in lex.determiners:
        j -= 1
    if j == 0 or words[j - 1] != ",":
        return False
    verb = match_at(words, k + 1, _REPORTED)
    if verb is None:
        return False
    rest = view.units[k + 1 + len(verb):]
    if len(rest) > 1 and rest[0].norm == "," and rest[1].norm in _CITING:
        return True
    return len(rest) <= 4 and not any(u.is_mention for u in rest)


def _skip_back(words: list[str], k: int, lex: Lexicon) -> int:
    """Index just after the cue: skip determiners and outlet descriptors before unit k, and
    up to two plain lower-case modifiers before a descriptor ("by business daily X")."""
    j = k
    while j > 0 and (words[j - 1] in lex.determiners or words[j - 1] in lex.nationalities
                     or match_ending_at(words, j, lex.outlet_descriptors)):
        d = match_ending_at(words, j, lex.outlet_descriptors)
        j -= len(d) if d else 1
        if d and lex.language == "en":
            for _ in range(2):
                w = words[j - 1] if j > 0 else ""
                cued = match_ending_at(words, j, lex.source_before + lex.outlet_cues)
                if cued is not None or not w.isalpha() or w in lex.function_words \
                        or w in lex.prepositions or w in lex.determiners:
                    break
                j -= 1
    return j


def _after_descriptor(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when an outlet noun stands right before the name at k, after at most two
    nationality words ("the news agency APA", "l'agence de presse autrichienne APA")."""
    j = k
    while j > 0 and k - j < 2 and words[j - 1] in lex.nationalities:
        j -= 1
    return match_ending_at(words, j, lex.outlet_descriptors) is not None


_CONTRACTED = {"au": "a", "aux": "a", "du": "de", "des": "de"}


def _cue_ending_at(words: list[str], j: int, cues: tuple[Phrase, ...]) -> Phrase | None:
    """The cue of `cues` that ends right before index j, a contracted article read as its
    preposition ("accordée au Figaro" as "accordée à")."""
    cue = match_ending_at(words, j, cues)
    if cue is None and j > 0 and words[j - 1] in _CONTRACTED:
        expanded = [*words[:j - 1], _CONTRACTED[words[j - 1]]]
        cue = match_ending_at(expanded, j, cues)
    return cue


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
    cue = _cue_ending_at(words, j, lex.source_before)
    if cue is None:  # "comme l'a révélé mardi le quotidien X": an insertion after the cue
        for i in range(j - 1, max(0, j - 8), -1):
            if insertion_end(words, i, lex.calendar, parenthesis=False) == j:
                cue = _cue_ending_at(words, i, lex.source_before)
                if cue is not None:
                    return i - len(cue)
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
    """"a filing with the SEC", "un dépôt auprès de la SEC": the document noun's index; the
    regulator may be described before its name ("a filing with the Dutch financial markets
    regulator AFM", "un dépôt auprès du régulateur boursier néerlandais AFM")."""
    j = _past_regulator_noun(words, _skip_back(words, k, lex), lex)
    prep = match_ending_at(words, j, lex.document_preps)
    if prep is None:
        return None
    p = j - len(prep)
    for s in range(max(0, p - 6), p):
        noun = match_at(words, s, lex.document_nouns)
        if noun and s >= p - max(3, len(noun)):  # "son document d'enregistrement universel"
            return s
    return None


_REGULATOR_HEADS = frozenset({"regulator", "watchdog", "authority", "commission", "regulateur",
                              "gendarme", "autorite"})


def _past_regulator_noun(words: list[str], j: int, lex: Lexicon) -> int:
    """Index before a regulator's description that ends at j ("the Dutch financial markets
    regulator", "du régulateur boursier néerlandais"), else j itself."""
    q = j
    while q > 0 and j - q < 3 and words[q - 1].isalpha() and words[q - 1] not in _REGULATOR_HEADS \
            and words[q - 1] not in lex.function_words and words[q - 1] not in lex.prepositions:
        q -= 1  # French adjectives after the head: "régulateur boursier néerlandais"
    if q > 0 and words[q - 1] in _REGULATOR_HEADS:
        head = q - 1
    elif j > 0 and words[j - 1] in _REGULATOR_HEADS:
        head = j - 1
    else:
        return j
    b = head
    while b > 0 and head - b < 3 and words[b - 1].isalpha() \
            and words[b - 1] not in lex.function_words and words[b - 1] not in lex.prepositions:
        b -= 1  # English modifiers before the head: "Dutch financial markets regulator"
    return _skip_back(words, b, lex)

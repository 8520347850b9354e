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

A document is cited through the body that issued or holds it, whatever list knows that body
("according to a notice published on Friday by X", "according to the X Office's merger
register", "selon un avis publié au Bulletin officiel des annonces de X", "selon un document
déposé au greffe du tribunal de commerce de Rennes"); an outlet whose name holds a possessive
("Harlan's Ledger") is one name in a source slot. Names found this way are no party of the
sentence's relations (`SourceMatch.covered`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import Lexicon, Phrase, load_lexicon, match_at, match_ending_at
from loaders.extraction.resolution import Registry
from loaders.extraction.text import LEGAL_SUFFIXES, ORG_NAME_ENDINGS, fold, name_key
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
    covered: tuple[str, ...] = ()  # other entities inside the name ("Harlan" of "Harlan's Ledger")


def find_sources(
    view: SentenceView, lex: Lexicon, registry: Registry, own_publisher: str | None
) -> list[SourceMatch]:
    """Outlets and documents cited as sources in one sentence."""
    words = view.words
    units = view.units
    own = _own_keys(own_publisher, lex.language) if own_publisher else frozenset()
    out = _composite_sources(view, lex, registry)
    claimed = {e for src in out for e in (src.target, *src.covered)}
    for k, u in enumerate(units):
        if not u.is_mention or any(m.entity in claimed for m in u.mentions):
            continue
        for m in u.mentions:
            if not m.entity or m.kind != "name":
                continue
            rec = registry.records.get(m.entity)
            if rec is None or (own and _is_own(registry, m.entity, own)):
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
                cue = _unknown_outlet_cue(view, k, lex, titled, rec.mentions <= 1)
                if cue is not None:
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and rec.type == EntityType.PERSON and rec.known is None and m.outlet:
                j = _skip_back(words, k, lex)  # "In an interview with the Quarnel Herald, X's
                found = _cue_ending_at(words, j, lex.outlet_cues)  # CEO": no person's name
                if found is not None:
                    cue = j - len(found)
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY):
                cue = _speech_to_outlet(words, k, lex)  # "a indiqué P au quotidien X"
                if cue is not None and rec.known is None:
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is not None:
                first = units[min(cue, k)].first
                last = units[max(cue, k)].last
                out.append(SourceMatch(m.entity, first, last))
    return [src for src in out if not (own and _is_own(registry, src.target, own))]


def _is_own(registry: Registry, entity: str, own: frozenset[str]) -> bool:
    rec = registry.records.get(entity)
    return rec is not None and (name_key(rec.name) in own
                                or any(name_key(a) in own for a in rec.aliases))


@lru_cache(maxsize=1024)  # publishers of one corpus are few; bounded all the same
def _own_keys(publisher: str, language: str) -> frozenset[str]:
    """Matching keys of the article's publisher, with and without a leading article ("Le
    Journal des Logiciels" is also cited as "au Journal des Logiciels") and without a closing
    edition word ("Quarnel Today" is cited as "told Quarnel")."""
    lex = load_lexicon(language)
    bare = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", publisher.strip(), flags=re.IGNORECASE)
    keys = {name_key(publisher), name_key(bare)}
    words = bare.split()
    if len(words) >= 2 and (fold(words[-1]),) in lex.keys.get("edition_words", ()):
        keys.add(name_key(" ".join(words[:-1])))
    return frozenset(keys)


_REPORTED = (("reported",), ("reports",), ("a", "rapporte"), ("rapporte",), ("avait", "rapporte"),
             ("has", "reported"), ("had", "reported"))


_CITING = frozenset({"citing", "citant"})
_TITLE_ARTICLES = ("Le ", "La ", "Les ", "L'", "L’")


def _title_form(view: SentenceView, first: int, name: str) -> bool:
    """True for a name shaped like a title: it opens with a capitalised French article ("Le
    Progrès", "L'Informé") or follows a capitalised "The" inside the sentence ("according to
    The Quillon Ledger")."""
    if name.startswith(_TITLE_ARTICLES):
        return True
    last = name_key(name.split()[-1]) if name.split() else ""
    return first >= 2 and view.tokens[first - 1].text == "The" and last not in ORG_NAME_ENDINGS \
        and fold(name.split()[-1]) not in LEGAL_SUFFIXES  # not "The Carlyle Group"


def _unknown_outlet_cue(view: SentenceView, k: int, lex: Lexicon, outlet_form: bool,
                        once: bool = False) -> int | None:
    """The cue that makes the name at unit k an outlet no list names, or None; `once` when
    the article names it nowhere else (a company it reports on is named again)."""
    words = view.words
    if _closing_report(view, k, lex):
        return k + 1  # "..., Variety reported last week."
    if _cites_sources(words, k, lex):
        return k + 1  # "Velposten, citing people familiar with the matter, said..."
    slot = _outlet_slot(view, k, lex, once)
    if slot is not None:
        return slot
    j = _past_adjectives(words, _skip_back(words, k, lex), lex)
    cue = _cue_ending_at(words, j, lex.outlet_cues)  # "in an interview with", "au micro de"
    if cue is not None:
        return j - len(cue)
    if outlet_form and j >= 2 and words[j - 1] in _CONTRACTED and words[j - 2] == "," \
            and any(match_at(words, q, lex.speech_verbs) for q in range(j - 2)):
        return j - 1  # "a déclaré Paul Lemoine, président de X, au Journal des Entreprises"
    if outlet_form and _cue_ending_at(words, j, lex.source_before) is not None:
        return j - len(_cue_ending_at(words, j, lex.source_before) or ())  # "selon Le Progrès"
    if outlet_form:
        verb = match_ending_at(words, j, _joined(lex, "speech", lex.speech_verbs,
                                                 lex.source_after))
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


def _cites_sources(words: list[str], k: int, lex: Lexicon | None = None) -> bool:
    """True when the name at k goes on with "citing ..." (after a comma or a report verb), or
    with a speech verb, its time and a citing of people or sources ("X said on Friday, citing
    two people familiar with the matter", "X, qui cite des sources proches du dossier"; not
    "citing weak demand": a company's own reason)."""
    after = k + 1
    if after < len(words) and words[after] == ",":
        after += 1
    if after < len(words) and match_at(words, after, _REPORTED):
        after += len(match_at(words, after, _REPORTED) or ())
        if after < len(words) and words[after] == ",":
            after += 1
    if after < len(words) and words[after] in _CITING:
        return True
    if lex is None:
        return False
    if after < len(words) and words[after] in ("qui", "which", "who"):
        after += 1  # "X, qui cite des sources"
    else:
        verb = match_at(words, after, lex.speech_verbs)
        if verb is None:
            return False
        after = insertion_end(words, after + len(verb), lex.calendar, parenthesis=False)
        if after + 1 < len(words) and words[after] in ("on", "le") \
                and words[after + 1] in lex.calendar:
            after += 2  # "said on Friday"
        if after < len(words) and words[after] == ",":
            after += 1
    if after >= len(words) or words[after] not in _CITING_ANY:
        return False
    rest = [w for w in words[after + 1:after + 4] if w not in lex.determiners]
    return bool(rest) and (rest[0] in _SOURCE_PEOPLE or rest[0] in _COUNTS and len(rest) > 1
                           and rest[1] in _SOURCE_PEOPLE)


def _about_itself(words: list[str], i: int, lex: Lexicon) -> bool:
    """True when what follows a speech verb at i is about its speaker: "said (that) it / we",
    "a indiqué qu'il / qu'elle", "said on Monday it"."""
    i = insertion_end(words, i, lex.calendar, parenthesis=False)
    if i + 1 < len(words) and words[i] in ("on", "le") and words[i + 1] in lex.calendar:
        i = insertion_end(words, i + 2, lex.calendar, parenthesis=False)
    if i < len(words) and words[i] in ("that", "que", "qu'"):
        i += 1
    return i < len(words) and words[i] in _SPEAKER \
        and not any(w in _NEWSROOM for w in words[i + 1:i + 6])


_SPEAKER = frozenset({"it", "we", "they", "il", "elle", "ils", "elles", "nous"})
_NEWSROOM = frozenset({"seen", "reviewed", "obtained", "learned", "learnt", "verify", "verified",
                       "confirm", "confirmed", "unable", "could", "contacted", "vu", "consulte",
                       "consultes", "obtenu", "pu", "appris", "joint", "joindre", "verifier"})
"""What a newsroom says it did ("said it had seen the letter", "a indiqué avoir consulté"): a
source still, unlike an outlet speaking of its own deal ("said it had agreed to buy X")."""
_CITING_ANY = frozenset({"citing", "citant", "cite", "citait", "cited", "cites"})
_SOURCE_PEOPLE = frozenset({"people", "person", "persons", "sources", "source", "unnamed",
                            "anonymous", "insiders", "documents", "personnes", "personne"})
_COUNTS = frozenset({"two", "three", "four", "several", "multiple", "deux", "trois", "quatre",
                     "plusieurs"})


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
                cued = match_ending_at(words, j, _joined(lex, "cues", lex.source_before,
                                                         lex.outlet_cues))
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


def _past_adjectives(words: list[str], j: int, lex: Lexicon) -> int:
    """Index before adjectives that follow an outlet noun, with the noun and its determiner
    ("le magazine spécialisé X", "by Danish business daily X"), else j itself."""
    for _ in range(3):
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
    return j


def _outlet_cue(words: list[str], k: int, lex: Lexicon) -> int | None:
    j = _past_adjectives(words, _skip_back(words, k, lex), lex)
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
    verb = match_at(words, after, lex.source_after)
    if verb is not None and _about_itself(words, after + len(verb), lex):
        return None  # "Bloomberg said it had agreed to buy X": a party speaking, not a source
    if verb is not None or (
            after == k + 1 and after < len(words) and words[after] in _AUXILIARIES
            and match_at(words, after + 1, _PERFECT_REPORTS)):
        return after  # "Reuters reported", "le quotidien L'Ardoise avait évoqué" (right after)
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


_AUXILIARIES = frozenset({"had", "has", "have", "a", "avait", "avaient", "ont"})
_PERFECT_REPORTS = (("reported",), ("revealed",), ("written",), ("published",), ("first",),
                    ("rapporte",), ("revele",), ("evoque",), ("ecrit",), ("devoile",),
                    ("publie",))
"""Participles of reporting after an auxiliary ("avait évoqué", "had revealed"); a
statement's verbs ("a précisé", "has said") stay out: a regulator's statement is no source."""
_REPORT_VERBS = (("reported",), ("reports",), ("first", "reported"), ("had", "reported"),
                 ("has", "reported"), ("revealed",), ("had", "revealed"), ("wrote",),
                 ("first", "revealed"), ("broke", "the", "news"))
_POSSESSIVE_CUES = (("according", "to"), ("selon",), ("d'apres",))
_NAME_END = frozenset({",", ".", ";", ":", ")", "(", "and", "et", "in", "on", "last", "this"})
_OF = frozenset({"de", "des", "du", "d'", "of"})
_PUNCT = frozenset({",", ".", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "?", "!"})


def _composite_sources(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
    """Sources whose name is not one mention, or whose cue is a document: an outlet's name
    with a possessive, the body whose register or notice is cited, the body after a
    document's preposition (with an insertion, a title's lower-case words, a registry noun)."""
    out: list[SourceMatch] = []
    for k in range(len(view.units)):
        found = _possessive_outlet(view, k, lex, registry) \
            or _possessed_document(view, k, lex, registry) \
            or _title_with_place(view, k, lex, registry)
        if found is not None:
            out.append(found)
    out.extend(_document_bodies(view, lex, registry))
    unique: dict[str, SourceMatch] = {}
    for src in out:
        unique.setdefault(src.target, src)
    return list(unique.values())


def _one_name(view: SentenceView, k: int, registry: Registry) -> str | None:
    """The entity of unit k when it is one name mention of a company or outlet no list
    names (not a person), else None."""
    if k >= len(view.units) or len(view.units[k].mentions) != 1:
        return None
    m = view.units[k].mentions[0]
    rec = registry.records.get(m.entity) if m.entity and m.kind == "name" else None
    if rec is None or rec.known is not None or rec.type == EntityType.PERSON:
        return None
    return rec.id


def _surface(view: SentenceView, first_unit: int, last_unit: int) -> str:
    start, end = view.char_span(first_unit, last_unit)
    base = view.sentence.start
    return view.sentence.text[start - base:end - base]


def _report_verb_at(words: list[str], i: int) -> bool:
    return match_at(words, i, _REPORT_VERBS) is not None


def _possessive_outlet(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry
) -> SourceMatch | None:
    """ "first reported by Harlan's Ledger", "which Tanner's Trade Daily first reported": two
    names no list knows joined by a possessive, in a slot only an outlet fills, are one
    outlet's name (not a possessor and its property: "Velmora's Zentrix unit said")."""
    units, words = view.units, view.words
    if not units[k].possessive:
        return None
    a, b = _one_name(view, k, registry), _one_name(view, k + 1, registry)
    if a is None or b is None or units[k].last != units[k + 1].first:
        return None
    after = k + 2
    if after < len(words) and words[after] not in _NAME_END and not _report_verb_at(words, after):
        return None  # "Velmora's Zentrix unit": the possessor's property
    j = _skip_back(words, k, lex)
    cue = _cue_ending_at(words, j, _joined(lex, "outlet_cues", lex.outlet_cues, _POSSESSIVE_CUES))
    if cue is not None:
        first = j - len(cue)
    elif _report_verb_at(words, after):
        first = after
    else:
        return None
    eid = registry.add_unknown(_surface(view, k, k + 2), EntityType.PUBLISHER)
    registry.set_type(eid, EntityType.PUBLISHER)
    return SourceMatch(eid, units[min(first, k)].first, units[max(first, k + 1)].last, (a, b))


def _possessed_document(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry
) -> SourceMatch | None:
    """ "according to the Quarnel Competition Office's online merger register": a body's
    document after a source cue cites the body (a regulator, an outlet, or a name whose head
    is a body's: office, authority, registry, exchange...)."""
    units, words = view.units, view.words
    u = units[k]
    if not u.possessive or len(u.mentions) != 1 or not u.mentions[0].entity:
        return None
    rec = registry.records.get(u.mentions[0].entity or "")
    if rec is None or rec.type == EntityType.PERSON:
        return None
    head = fold(rec.name.split()[-1]) if rec.name.split() else ""
    if rec.type not in _SOURCE_TYPES and (head,) not in lex.keys.get("body_heads", ()):
        return None
    nouns = _joined(lex, "documents", lex.document_nouns, lex.keys.get("notice_nouns", ()))
    for s in range(k + 1, min(len(words), k + 5)):
        if match_at(words, s, nouns):
            break
        if not words[s].isalpha() or words[s] in lex.function_words:
            return None
    else:
        return None
    j = _skip_back(words, k, lex)
    cue = _cue_ending_at(words, j, lex.source_before)
    if cue is None:
        return None
    if rec.known is None:
        registry.set_type(rec.id, EntityType.REGULATOR)
    return SourceMatch(rec.id, units[j - len(cue)].first, units[s].last)


def _prep_end(words: list[str], i: int, lex: Lexicon, participle: bool) -> int | None:
    """The index after a document's preposition that starts at i ("filed with", "publié au"),
    with an insertion allowed after its participle ("published on Friday by", "publié mardi
    par"); only a participle's phrase when `participle` ("a notice published by", not "the
    opinion of")."""
    prep = match_at(words, i, lex.document_preps)
    if prep is not None and (len(prep) >= 2 or not participle):
        return i + len(prep)
    if i >= len(words):
        return None
    for cand in lex.document_preps:
        if len(cand) >= 2 and cand[0] == words[i]:
            e = insertion_end(words, i + 1, lex.calendar, parenthesis=False)
            if e > i + 1 and tuple(words[e:e + len(cand) - 1]) == cand[1:]:
                return e + len(cand) - 1
    return None


def _document_bodies(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
    """The body after a document's noun and preposition: "a notice published on Friday by X",
    "a filing with Companies House" (a capitalised word before a cut name), "un avis publié au
    Bulletin officiel des annonces de X" (a title's lower-case words), "un document déposé au
    greffe du tribunal de commerce de Rennes" (a registry noun)."""
    units, words = view.units, view.words
    notices = lex.keys.get("notice_nouns", ())
    firsts = _first_words(lex)
    out: list[SourceMatch] = []
    for s in range(len(words)):
        if words[s] not in firsts:
            continue
        noun = match_at(words, s, lex.document_nouns)
        notice = match_at(words, s, notices)
        size = max(len(noun or ()), len(notice or ()))
        cue = None
        if size:
            q = _prep_end(words, s + size, lex, participle=False)
            plain = q is not None and noun is None \
                and _prep_end(words, s + size, lex, participle=True) is None
        else:
            cue = match_at(words, s, lex.source_before)  # "selon le registre du commerce de X"
            q = s + len(cue) if cue else None
            plain = False
        if q is None:
            continue
        while q < len(words) and words[q] in lex.determiners:
            q += 1
        end = _body_end(view, q, lex)
        if end is None or (cue is not None and not _registry_head(view, q, lex)):
            continue
        inside = [m.entity for u in units[q:end] for m in u.mentions if m.entity]
        if end == q + 1 and len(inside) == 1:
            rec = registry.records.get(inside[0])
            if rec is None or rec.type == EntityType.PERSON or (
                    (rec.known is not None or plain) and rec.type not in _SOURCE_TYPES):
                continue  # "a notice published by Velmora": a company's own statement
            out.append(SourceMatch(inside[0], units[s].first, units[q].last))
            continue
        if plain:
            continue  # "l'avis de la Commission des X": an opinion as much as a notice
        eid = registry.add_unknown(_surface(view, q, end), EntityType.PUBLISHER)
        registry.set_type(eid, EntityType.PUBLISHER)
        out.append(SourceMatch(eid, units[s].first, units[end - 1].last,
                               tuple(e for e in inside if e != eid)))
    return out


def _body_end(view: SentenceView, q: int, lex: Lexicon) -> int | None:
    """The unit after the body's name that starts at unit q, or None when no body stands
    there: names and capitalised words ("Companies House"), then, after a title's head
    ("Bulletin") or a registry noun ("greffe"), lower-case words and "de" complements up to
    the clause's end."""
    units, words, toks = view.units, view.words, view.tokens
    n = len(units)
    if q >= n:
        return None
    first_text = toks[units[q].first].text
    head = words[q] if not units[q].is_mention else fold(first_text.split("'")[-1])
    registry_head = _registry_head(view, q, lex)
    e = q
    while e < n and (units[e].is_mention or words[e].isalpha() and toks[units[e].first].text[:1]
                     .isupper() and e > 0 and words[e] not in lex.calendar):
        e += 1
    while e > q and not units[e - 1].is_mention and not (
            (head,) in lex.keys.get("title_heads", ()) and e - q >= 2):
        e -= 1  # capitalised words count before a name only ("Companies House")
    if e == q and not registry_head:
        return None
    if (head,) in lex.keys.get("title_heads", ()) or registry_head:
        stop = e if e > q else q + 1
        while stop < n and stop - q < 10 and words[stop] not in _PUNCT and (
                units[stop].is_mention or words[stop] in _OF
                or words[stop].isalpha() and words[stop] not in lex.function_words
                and words[stop] not in lex.calendar and words[stop] not in lex.determiners):
            stop += 1
        while stop > q + 1 and words[stop - 1] in _OF:
            stop -= 1
        if registry_head and (stop - q < 3 or any(
                units[x].is_mention and words[x - 1] not in _OF for x in range(q + 1, stop))):
            return None  # "déposé au greffe": no body named; "du régulateur boursier X": X's
        e = stop
    if e > q and not any(units[x].is_mention for x in range(q, e)) and not registry_head \
            and e - q < 2:
        return None  # one capitalised word is no body's name
    return e


_NEWS_OBJECTS = frozenset({
    "talks", "deal", "news", "story", "plans", "plan", "discussions", "negotiations", "transaction",
    "approach", "bid", "offer", "sale", "merger", "takeover", "information", "move", "project",
    "negociations", "affaire", "operation", "projet", "rapprochement", "offre", "vente",
    "cession", "rachat", "nouvelle", "dossier", "fusion", "informations", "that", "que", "qu'"})
"""What a report is about ("first reported the talks", "a révélé l'opération", "reported that"),
unlike what a company reports ("reported a loss", "a dévoilé un nouveau modèle")."""
_REPORTING = (("reported",), ("reports",), ("revealed",), ("reveals",), ("first", "reported"),
              ("first", "revealed"), ("broke",), ("rapporte",), ("rapportait",), ("revele",),
              ("revelait",), ("evoque",), ("evoquait",), ("ecrit",), ("ecrivait",))
_STRONG_REPORTS = frozenset({("first", "reported"), ("first", "revealed"), ("broke",),
                             ("rapporte",), ("rapportait",), ("ecrit",), ("ecrivait",)})
"""Report verbs only an outlet uses of a deal; "revealed the plans" may be a company's own."""
_JOURNALISM = frozenset({"talks", "news", "story", "discussions", "negotiations", "information",
                         "informations", "nouvelle", "affaire", "negociations", "that", "que",
                         "qu'"})
_INVERTED_REPORTS = (("writes",), ("wrote",), ("reports",), ("reported",), ("reveals",),
                     ("revealed",), ("ecrit",), ("ecrivait",), ("a", "ecrit"), ("rapporte",),
                     ("rapportait",), ("a", "rapporte"), ("avait", "rapporte"), ("revele",),
                     ("revelait",), ("a", "revele"), ("avait", "revele"), ("croit", "savoir"),
                     ("a", "appris"), ("avait", "appris"))
_RELATIVE_SUBJECTS = frozenset({"which", "that", "qui"})
_DATA_NOUNS = (("data",), ("figures",), ("report",), ("story",), ("article",), ("donnees",),
               ("chiffres",), ("enquete",))
"""What an outlet or a data provider publishes; not estimates (an analyst's opinion)."""
_DATA_LINKS = (("from",), ("compiled", "by"), ("by",), ("de",), ("du",), ("d'",),
               ("compilees", "par"), ("compiles", "par"))
_RESULTS = frozenset({"sales", "revenue", "revenues", "profit", "profits", "earnings", "income",
                      "loss", "losses", "orders", "deliveries", "turnover", "margin", "margins",
                      "chiffre", "ventes", "benefice", "benefices", "resultat", "resultats",
                      "perte", "pertes", "commandes", "livraisons", "marge", "marges"})
_SELF = frozenset({"its", "it", "their", "they", "we", "our", "son", "sa", "ses", "leur",
                   "leurs", "il", "elle", "nous", "nos"})


def _reports_news(words: list[str], i: int, lex: Lexicon, relative: bool = False) -> bool:
    """True when a report verb at i (an auxiliary before it allowed) bears on news: a news
    object, "that" / "que" (not about the subject itself or its results: "reported that its
    sales rose", "reported that sales fell"; after a relative pronoun only with a verb only an
    outlet uses: "which first reported that"), or nothing ("..., which first reported, ...")."""
    strong = i < len(words) and words[i] in ("had", "avait", "avaient")  # "had reported"
    if i < len(words) and words[i] in _AUXILIARIES:
        i += 1
    verb = match_at(words, i, _REPORTING)
    if verb is None:
        return False
    objects = _NEWS_OBJECTS if strong or verb in _STRONG_REPORTS else _JOURNALISM
    e = insertion_end(words, i + len(verb), lex.calendar, parenthesis=False)
    if e + 1 < len(words) and words[e] in ("on", "in", "le", "en") and words[e + 1] in lex.calendar:
        e = insertion_end(words, e + 2, lex.calendar, parenthesis=False)  # "on Monday"
    if e >= len(words) or words[e] in (",", ".", ";"):
        return True
    if words[e] == "the" and e + 2 < len(words) and words[e + 1] == "news":
        return True  # "broke the news"
    if words[e] in ("that", "que", "qu'"):
        if relative and objects is _JOURNALISM:
            return False  # "Velmora, which reported that sales fell": a company's results
        rest = [w for w in words[e + 1:e + 4] if w not in lex.determiners]
        return not rest or rest[0] not in _SELF and rest[0] not in _RESULTS
    while e < len(words) and words[e] in lex.determiners:
        e += 1
    return e < len(words) and words[e] in objects


def _outlet_slot(view: SentenceView, k: int, lex: Lexicon, once: bool) -> int | None:
    """The cue of an outlet no list names, from its slot: a relative clause that reports
    ("X, which first reported the talks"), an outlet noun in its apposition ("X, a trade
    newsletter, reported") or after it ("the X newsletter reported"), an inverted report verb
    ending the clause (", writes X.", ", révélait X la semaine dernière", ", écrit le site
    spécialisé X"), data it provides ("according to X data", "selon les données de X") and,
    for a name used once in the article, "X reported that" / "X a révélé que"."""
    words, n = view.words, len(view.words)
    if k + 3 < n and words[k + 1] == "," and words[k + 2] in _RELATIVE_SUBJECTS \
            and _reports_news(words, k + 3, lex, relative=True):
        return k + 3
    if k + 1 < n and words[k + 1] == ",":
        for c in range(k + 2, min(n, k + 9)):
            if words[c] in (",", ".", ";"):
                apposed = words[k + 2] in lex.determiners \
                    and not any(view.units[q].is_mention for q in range(k + 2, c)) \
                    and any(match_at(words, q, lex.outlet_descriptors) for q in range(k + 2, c))
                if apposed and words[c] == "," and _reports_news(words, c + 1, lex):
                    return c + 1  # "X, a trade newsletter, reported" (not "said it was sold")
                if apposed and _inverted_report(view, k, lex):
                    return _inverted_report(view, k, lex)  # ", a rapporté X, une lettre ..."
                break
    noun = match_at(words, k + 1, lex.outlet_descriptors)
    if noun and _reports_news(words, k + 1 + len(noun), lex):
        return k + 1  # "the X newsletter reported"
    inverted = _inverted_report(view, k, lex)
    if inverted is not None:
        return inverted
    j = _skip_back(words, k, lex)
    if once and _cue_ending_at(words, j, lex.source_before) is not None \
            and match_at(words, k + 1, _DATA_NOUNS):
        return j - len(_cue_ending_at(words, j, lex.source_before) or ())  # "according to X data"
    link = match_ending_at(words, j, _DATA_LINKS)
    if once and link is not None:
        d = j - len(link)
        data = match_ending_at(words, d, _DATA_NOUNS)
        if data is not None:
            b = d - len(data)
            while b > 0 and words[b - 1] in lex.determiners:
                b -= 1
            cue = _cue_ending_at(words, b, lex.source_before)
            if cue is not None:
                return b - len(cue)  # "according to data from X", "selon les données de X"
    if once and (k == 0 or words[k - 1] not in lex.prepositions) \
            and _reports_news(words, k + 1, lex) \
            and any(w in ("that", "que", "qu'") for w in words[k + 2:k + 6]):
        return k + 1  # "but X reported that ...", "X a révélé que ..."
    return None


def _inverted_report(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """", writes X.", ", révélait X la semaine dernière.", ", écrit le site spécialisé X.": a
    report verb after a comma and before the name (its outlet noun and adjectives), with the
    clause ending after the name."""
    words = view.words
    j = _past_adjectives(words, _skip_back(words, k, lex), lex)
    verb = match_ending_at(words, j, _INVERTED_REPORTS)
    if verb is None:  # "a rapporté vendredi Zabrisk": a time between the verb and the name
        for i in range(j - 1, max(0, j - 5), -1):
            if insertion_end(words, i, lex.calendar, parenthesis=False) == j:
                verb = match_ending_at(words, i, _INVERTED_REPORTS)
                j = i
                break
    if verb is None or j - len(verb) < 1 or words[j - len(verb) - 1] != "," \
            or not _clause_ends(view, k + 1):
        return None
    return j - len(verb)


def _registry_head(view: SentenceView, q: int, lex: Lexicon) -> bool:
    """True when unit q is a body's head noun written in lower case ("greffe", "registre")."""
    return q < len(view.units) and not view.units[q].is_mention \
        and (view.words[q],) in lex.keys.get("body_heads", ()) \
        and view.tokens[view.units[q].first].text.islower()


def regulator_bodies(view: SentenceView, registry: Registry, lex: Lexicon) -> frozenset[str]:
    """Entities of the sentence that are public bodies overseeing deals, not parties to them:
    regulators of the alias table and names no list knows headed by "authority",
    "commission", "office", "autorité"... ("the Zorvik Competition Office approved its
    takeover of X", "la Commission de régulation de Quarnel"), unless a word of the name says
    it invests ("Investment Authority", "Family Office", "fonds")."""
    heads = lex.keys.get("regulator_heads", ())
    investors = lex.keys.get("investor_words", ())
    out: set[str] = set()
    for u in view.units:
        for m in u.mentions:
            rec = registry.records.get(m.entity) if m.entity and m.kind == "name" else None
            if rec is None:
                continue
            words = [fold(w) for w in re.split(r"[\s'’-]+", rec.name) if w]
            if not words or any((w,) in investors for w in words):
                continue
            head = words[0] if lex.language == "fr" else words[-1]  # "Autorité de X", "X Office"
            if rec.type == EntityType.REGULATOR or rec.known is None and rec.type in (
                    EntityType.COMPANY, EntityType.ORGANIZATION) and (head,) in heads:
                out.add(rec.id)
    return frozenset(out)


_JOINED: dict[tuple[int, str], tuple[Phrase, ...]] = {}


def _joined(lex: Lexicon, name: str, *parts: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """Cue lists joined once per lexicon (match_at indexes a list by its identity)."""
    key = (id(lex), name)
    found = _JOINED.get(key)
    if found is None:
        found = _JOINED[key] = tuple(p for part in parts for p in part)
    return found


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(lex: Lexicon) -> frozenset[str]:
    """First words of the cues `_document_bodies` looks for (documents, notices, "selon")."""
    found = _FIRSTS.get(id(lex))
    if found is None:
        found = _FIRSTS[id(lex)] = frozenset(
            p[0] for p in (*lex.document_nouns, *lex.source_before,
                           *lex.keys.get("notice_nouns", ())))
    return found


_TO = frozenset({"au", "aux", "a"})


def _speech_to_outlet(words: list[str], k: int, lex: Lexicon) -> int | None:
    """ "a indiqué son directeur général au quotidien X", "a confié P à l'hebdomadaire X": "à /
    au" and an outlet noun before the name, a speech verb earlier in the sentence (French puts
    the speaker between them)."""
    if not any(w in _TO for w in words[max(0, k - 6):k]):
        return None
    j = _past_adjectives(words, _skip_back(words, k, lex), lex)
    if j == 0 or words[j - 1] not in _TO \
            or not any(match_at(words, q, lex.outlet_descriptors) for q in range(j, k)):
        return None
    if any(match_at(words, q, lex.speech_verbs) for q in range(j - 1)):
        return j - 1
    return None


def _title_with_place(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry
) -> SourceMatch | None:
    """ "selon La Gazette de Quarnel, qui cite ...": an outlet's title and the place its name
    goes on with ("de X") are one outlet, not the outlet and a second name."""
    units, words = view.units, view.words
    if k + 2 >= len(units) or words[k + 1] not in _OF or len(units[k].mentions) != 1 \
            or len(units[k + 2].mentions) != 1:
        return None
    m = units[k].mentions[0]
    rec = registry.records.get(m.entity or "")
    place = _one_name(view, k + 2, registry)
    if rec is None or place is None or not m.text.startswith(_TITLE_ARTICLES) or not (
            rec.type == EntityType.PUBLISHER
            or rec.type == EntityType.COMPANY and rec.known is None):
        return None
    found = _outlet_cue(words, k, lex)
    if found is None and not (match_at(words, k + 3, lex.source_after)
                              or _cites_sources(words, k + 2, lex)
                              or _closing_report(view, k + 2, lex)):
        return None
    first = found if found is not None else k + 3
    eid = registry.add_unknown(_surface(view, k, k + 3), EntityType.PUBLISHER)
    registry.set_type(eid, EntityType.PUBLISHER)
    return SourceMatch(eid, units[min(first, k)].first, units[max(first, k + 2)].last,
                       (rec.id, place))

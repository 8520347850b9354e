"""Mention detection in one sentence: curated names, capitalised names, descriptions, pronouns.

Order matters: curated aliases first (longest match), then capitalised spans on the tokens
left over, then definite descriptions ("le groupe", "the Hsinchu-based company") and pronouns.
A mention is a working object of the pipeline (resolution fills its last fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from loaders.extraction.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from loaders.extraction.gazetteer import AliasEntry, Gazetteer, KnownEntity
from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import (
    BRAND_NOUNS,
    BRAND_OR_SIGN_NOUNS,
    DATA_DIR,
    LINE_NOUNS,
    OF_WORDS,
    OF_WORDS_NO_DES,
    Lexicon,
    has_trade_word,
    load_lexicon,
    match_at,
    match_ending_at,
    place_names,
    place_words,
    subdivision_names,
    word_list,
    zone_cities,
)
from loaders.extraction.sentences import GIVEN_NAME_ABBREVIATIONS
from loaders.extraction.text import CORPORATE_SUFFIXES, LEGAL_SUFFIXES, ORG_NAME_ENDINGS, fold
from loaders.extraction.tokens import QUOTE_MARKS, Token
from loaders.extraction.word_shapes import (
    AGENT_ENDINGS_EN,
    BODY_ADJECTIVE_ENDINGS,
    DEMONYM_ENDINGS,
    DESCRIPTION_TAIL_ENDINGS,
    TITLE_ADJECTIVE_ENDINGS,
)

NAME = "name"
ANAPHOR = "anaphor"
PLURAL = "plural"
PRONOUN = "pronoun"

_DEFINITE = frozenset({"the", "this", "le", "la", "l'", "ce", "cette", "du", "au"})
_PLURAL_DET = frozenset({"the", "les", "ces", "both", "des", "aux"})
_PARTICLES = frozenset({"de", "d'", "van", "von", "der", "den", "ter", "ten", "zu", "vom", "zur",
                        "da", "di", "del", "della", "dei", "degli", "do", "dos", "das", "la",
                        "las", "los", "le", "du", "des", "bin", "ibn", "bint", "al", "el",
                        "af", "av"})
"""Particles inside a person's family name, in the languages the press names people in: "Jean
de La Rochefoucauld", "Ana de los Santos", "Pieter van der Berg", "Khalid bin Tarvik"."""
_ORG_CONNECTORS = frozenset({"of", "de", "du", "des", "la", "d'", "for", "pour"})
_OPENERS = frozenset({"«", "\"", "“", "(", "[", "'", "‘", "—", "-", "–"})
_SUFFIX_WITH_DOT = frozenset({"co", "corp", "inc", "ltd", "bv", "nv", "bhd", "pte", "ltda"})
_LOWER_CASE_FORMS = frozenset({"plc"})
"""Legal forms the press writes in lower case after a name ("Kandor Carpets plc"): they end the
name as a capitalised form does (session 22, rivals: "rivals A plc and B" is one list of two)."""
_ADVERBS = frozenset({"already", "also", "still", "now", "deja", "aussi", "egalement", "a"})
_EXPLETIVE_NEXT = frozenset({"y", "faut", "fallait", "faudra", "faudrait", "fallu", "s'agit",
                             "s'agissait", "semble", "parait", "seems", "appears"})
_CLITICS = frozenset({"nous", "vous", "me", "m'", "te", "t'", "lui", "leur"})


@dataclass(slots=True)
class Mention:
    """One mention of an entity (or a reference to one) in a sentence."""

    sentence: int
    first: int
    last: int
    start: int
    end: int
    text: str
    kind: str
    known: KnownEntity | None = None
    person: bool = False
    outlet: bool = False
    typed: str = ""  # "org" or "person" when the context itself says which (see `align_types`)
    ambiguous_initial: bool = False
    possessive: bool = False
    count: int = 0
    sectors: tuple[str, ...] = ()
    country: str = ""
    place: str = ""
    alias_of: Mention | None = None
    entity: str | None = None
    candidates: tuple[str, ...] = ()
    members: tuple[str, ...] = field(default=())
    owner: int = -1  # token of the person a description names the company of ("le groupe de P")
    head: tuple[str, ...] = ()  # a description's noun learned from the article (`article_heads`)
    town: bool = False  # a description placed by the town named after it ("la PME de Brévannes")
    clitic: bool = False  # a French dative clitic ("qui lui livre"): a reference, no unit

    @property
    def resolved(self) -> tuple[str, ...]:
        """Entity ids this mention stands for: itself, its members, or its best antecedent."""
        if self.kind == NAME:
            return (self.entity,) if self.entity else ()
        if self.kind == PLURAL:
            return self.members
        return self.candidates[:1]


_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})
_DATELINE_REACH = 9
"""Most tokens from a dateline's comma to its dash ("Nov 18 (Reuters) -", "Switzerland, Nov
5 -", "14 mai 2026 -")."""


def _dateline(tokens: list[Token]) -> int:
    """The number of leading tokens that spell a dateline's town in capitals ("AUCH, 6 mai
    2026 - ...", "LA ROCHELLE, 14 mai 2026 - ...", "CHUR, Switzerland, Nov 5 - ..."): words
    all in upper case, a comma, then a day or a month before a dash within a few tokens; else
    0 (session 25, stakes26)."""
    comma = next((k for k, t in enumerate(tokens[:5]) if t.text == ","), None)
    if not comma or not all(t.text.isupper() and t.kind in ("word", "elision")
                            for t in tokens[:comma]):
        return 0
    dated = False
    for t in tokens[comma + 1:comma + 1 + _DATELINE_REACH]:
        if t.text in _DATELINE_DASHES:
            return comma if dated else 0
        dated = dated or t.kind == "number" or t.text[:1].isdigit() or t.norm in MONTHS \
            or t.norm.rstrip(".") in MONTH_ABBREVIATIONS
    return 0


def detect_mentions(
    index: int, tokens: list[Token], text: str, lex: Lexicon, gaz: Gazetteer,
    article_caps: frozenset[str], lower_names: frozenset[str] = frozenset(),
    article_lower: frozenset[str] = frozenset(), bound: frozenset[str] = frozenset(),
    firms: frozenset[str] = frozenset(), placed: frozenset[str] = frozenset(),
) -> list[Mention]:
    """All mentions of sentence `index` (its tokens; `text` is the article), by position.

    `article_caps` comes from `proper_words`, `lower_names` from `lowercase_names`, `bound`
    from `bound_places`, `placed` from `placed_words` (all over the whole article)."""
    taken = [False] * len(tokens)
    for k in range(_dateline(tokens)):
        taken[k] = True  # "AUCH, 6 mai 2026 - ...": the dateline's town is no company
    tickers = _ticker_glosses(tokens)
    out = [m for m in _known_mentions(index, tokens, lex, gaz, taken, article_caps)
           if not any(a <= m.first < b for a, b in tickers)]
    for a, b in tickers:
        for k in range(a, b):
            taken[k] = True
    out += _acronym_named(index, tokens, taken, lex)
    out += _government_mentions(index, tokens, lex, taken)
    out += _ministry_mentions(index, tokens, lex, taken)
    out += _name_mentions(index, tokens, lex, taken, article_caps, lower_names, article_lower,
                          bound, firms)
    out.sort(key=lambda m: m.first)
    for m in out:
        gloss = next((b for a, b in tickers if a == m.last), None)
        if gloss is not None:
            m.last = gloss  # "Korvane (Euronext : KORV) a annoncé": the listing goes with it
    _link_aliases(out, tokens, lex)
    people = frozenset(k for m in out if m.kind == NAME and m.person
                       for k in range(m.first, m.last))
    out += _descriptions(index, tokens, lex, taken, people, towns=_lone_names(out),
                         placed=_placed_names(out, tokens, placed))
    out = _without_towns(out)
    out += _pronouns(index, tokens, lex, taken)
    out.sort(key=lambda m: m.first)
    for m in out:
        m.text = text[m.start:m.end]
    return out


def _ticker_glosses(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of listing glosses after a name: "(NASDAQ: VLMR)", "(Euronext : KORV)",
    "(Nasdaq Stockholm: ZTX B)" - a market and a ticker, no party of their own."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for k in range(n - 4):
        if tokens[k].text != "(":
            continue
        c = k + 1
        while c < n and c - k <= 3 and tokens[c].kind in ("word", "initials") \
                and tokens[c].text[:1].isupper():
            c += 1
        if c == k + 1 or c >= n or tokens[c].text != ":":
            continue
        e = c + 1
        while e < n and e - c <= 3 and tokens[e].text != ")" and (
                tokens[e].text.isupper() or tokens[e].kind == "number" or tokens[e].text == "."):
            e += 1
        if e < n and e > c + 1 and tokens[e].text == ")":
            out.append((k, e + 1))
    return out


def _make(index: int, tokens: list[Token], i: int, j: int, kind: str) -> Mention:
    start, end = tokens[i].start, tokens[j - 1].end
    possessive = j < len(tokens) and tokens[j].kind == "poss"
    return Mention(index, i, j, start, end, "", kind, possessive=possessive)


def _is_initial(tokens: list[Token], i: int) -> bool:
    return all(t.text in _OPENERS or t.kind == "punct" for t in tokens[:i])


def _known_mentions(
    index: int, tokens: list[Token], lex: Lexicon, gaz: Gazetteer, taken: list[bool],
    article_caps: frozenset[str] = frozenset(),
) -> list[Mention]:
    norms = [t.norm for t in tokens]
    out: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        entries = gaz.index.get(norms[i])
        entry = _match_alias(tokens, norms, i, entries, lex) if entries else None
        if entry is None:
            i += 1
            continue
        j = _extend_suffix(tokens, i + len(entry.tokens))
        unit = _unit_end(tokens, i, j, lex, taken, entry.entity) \
            or _own_form_end(norms, i + len(entry.tokens), j) \
            or _title_of_place(tokens, j, lex, taken, entry.entity)
        start = _weekday_title(tokens, i, lex, taken, entry.entity)
        if unit or start < i:
            end = unit or j  # "Kandor UK", "Kandor d'Ille-et-Vilaine", "The Sunday Herald":
            m = _make(index, tokens, start, end, NAME)  # a unit or another title of its own
            m.typed = "" if entry.entity.type == "Publisher" else "org"
            m.outlet = entry.entity.type == "Publisher"
            out.append(m)
            for k in range(start, end):
                taken[k] = True
            i = end
            continue
        m = _make(index, tokens, i, j, NAME)
        m.known = entry.entity
        m.person = entry.entity.type == "Person"
        if entry.ambiguous and _is_initial(tokens, i) and not (j < n and tokens[j].text == ",") \
                and not _name_like_start(tokens, j) \
                and not (j == i + 1 and norms[i] in article_caps):  # "Nexity n'investira pas",
            m.ambiguous_initial = True  # "Quarnel agreed to buy X": names by what follows them
        out.append(m)
        for k in range(i, j):
            taken[k] = True
        i = j
    return out


@cache
def table_cities() -> frozenset[str]:
    """Folded names of the cities of data/cities.tsv (first column): the city keys
    resolution.py matches headquarters with."""
    return frozenset(fold(line.split("\t")[0]) for line in
                     (DATA_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


@cache
def _city_words() -> frozenset[str]:
    """Folded names of cities: `table_cities` and the time-zone cities, any city a word of the
    text may name."""
    return frozenset({fold(c) for c in zone_cities()}) | table_cities()


_COMPASS = frozenset({"north", "south", "east", "west", "latin", "central", "northern",
                      "southern", "eastern", "western", "nord", "sud", "est", "ouest"})
"""Compass and area words that open a region of two words with a place after them ("North
America", "Latin America", "Eastern Europe")."""
_REGIONAL_SECTORS = frozenset({"banking", "insurance"})


def _unit_end(tokens: list[Token], i: int, j: int, lex: Lexicon, taken: list[bool],
              entity: KnownEntity) -> int:
    """End of a known company's unit named by a country or region after its name ("Velmora
    UK", "Kandor Méditerranée", "Kandor France Industrie"; French "Kandor d'Ille-et-Vilaine",
    "Kandor du Nord Est"): a company of its own; 0 when none stands at j. A city after the
    name is a site ("Airbus Toulouse"), and a part noun before it keeps the known name ("l'usine
    Kandor de Normandie")."""
    n = len(tokens)
    if j >= n or taken[j] or entity.type in ("Person", "Publisher") or j == i \
            or i > 0 and tokens[i - 1].norm in _NOT_NAMED_AFTER:
        return 0
    tok = tokens[j]
    if tok.kind == "word" and tok.start == tokens[j - 1].end + 1 and (
            tok.text[:1].isupper() and tok.text[1:].islower() or tok.text == "UK"):
        key = fold(tok.text)
        if key not in place_words() or key in _city_words() or key in lex.nationalities:
            return 0
        k = j + 1
        while k < n and not taken[k] and tokens[k].kind == "word" and _is_cap(tokens[k], lex) \
                and tokens[k].start == tokens[k - 1].end + 1 \
                and (tokens[k].norm not in place_words() or tokens[k - 1].norm in _COMPASS):
            k += 1  # "France Industrie"; "North America", "Latin America": one region
        if k < n and (tokens[k].norm in lex.product_nouns or tokens[k].kind == "number"):
            return 0
        return _extend_suffix(tokens, k)
    if lex.language != "fr" or tok.norm not in ("de", "du", "d'") or not tok.text.islower() \
            or not any(s in _REGIONAL_SECTORS for s in entity.sectors):
        return 0  # French mutual banks and insurers are federations of regional ones
    at = _past_article(tokens, j)
    k = _region_end(tokens, at, taken)
    if not k:
        return 0
    if tokens[k - 1].norm in ("nord", "sud") and k < n and tokens[k].norm in ("est", "ouest") \
            and tokens[k].text[:1].isupper() and tokens[k].start <= tokens[k - 1].end + 1:
        k += 1  # "du Nord Est"
    elif k + 1 < n and tokens[k - 1].norm in ("nord", "sud") and tokens[k].text == "-" \
            and tokens[k + 1].norm in ("est", "ouest") and _joined(tokens, k) \
            and _joined(tokens, k + 1):
        k += 2  # "du Nord-Est"
    if k < n and _is_cap(tokens[k], lex):
        return 0
    return k


def _title_of_place(tokens: list[Token], j: int, lex: Lexicon, taken: list[bool],
                    entity: KnownEntity) -> int:
    """End of another outlet's title that a known outlet's name opens, with "de / du / d' /
    of" and a capitalised place or word after it ("La Kelmar de Genève", "Le Journal de
    Saône-et-Loire", "the Times of Quellia"): a title of its own; 0 when none stands at j."""
    n = len(tokens)
    if entity.type != "Publisher" or j + 1 >= n or taken[j + 1] \
            or tokens[j].norm not in ("de", "du", "d'", "of") or not tokens[j].text.islower():
        return 0
    k = j + 1
    if tokens[k].kind != "word" or not _is_cap(tokens[k], lex) \
            or tokens[k].norm in lex.outlet_words \
            or tokens[j].norm == "of" and fold(tokens[k].text) in _city_words():
        return 0  # "the Financial Times of London": where the known title is published
    k += 1
    while k < n and not taken[k]:
        link = _place_link(tokens, k)
        if link:
            k = link  # "de Saône-et-Loire"
        elif tokens[k].kind == "word" and _is_cap(tokens[k], lex) \
                and tokens[k].start == tokens[k - 1].end + 1:
            k += 1
        else:
            break
    return k


def _weekday_title(tokens: list[Token], i: int, lex: Lexicon, taken: list[bool],
                   entity: KnownEntity) -> int:
    """Start of an outlet's title a capitalised weekday opens before a known outlet word ("The
    Sunday Herald", "the Saturday Post"): another title than the known one; i when none."""
    if entity.type != "Publisher" or i < 1 or taken[i - 1] or tokens[i].norm not in \
            lex.outlet_words:
        return i
    day = tokens[i - 1]
    if day.norm not in WEEKDAYS or not day.text[:1].isupper() or day.end + 1 != tokens[i].start:
        return i
    if i >= 2 and tokens[i - 2].norm in ("on", "last", "this", "next", "every", "by", "le",
                                         "ce", "chaque", "until", "since", "from", "depuis"):
        return i  # "on Sunday Herald ...": a date, not a title
    if i >= 2 and not taken[i - 2] and tokens[i - 2].text == "The":
        return i - 2
    return i - 1


def _match_alias(
    tokens: list[Token], norms: list[str], i: int, entries: tuple[AliasEntry, ...], lex: Lexicon
) -> AliasEntry | None:
    for e in entries:
        size = len(e.tokens)
        if tuple(norms[i:i + size]) != e.tokens:
            continue
        text = "".join(
            t.text if k == i or tokens[k - 1].end == t.start else " " + t.text
            for k, t in enumerate(tokens[i:i + size], start=i)
        )
        first = next((t for t in tokens[i:i + size] if t.kind in ("word", "initials")), None)
        if first is None:
            continue
        if e.ambiguous or not e.surface[:1].isupper():
            if text.replace(" ", "") != e.surface.replace(" ", "").replace("’", "'"):
                continue
        elif not first.text[:1].isupper():
            continue
        if size == 1 and e.surface.isupper() and len(e.surface) > 1 and not first.text.isupper() \
                and first.norm in _vocabulary(lex):
            continue  # "Ses clients ..." opening a sentence is no "SES"
        if e.needs_platform_cue and not _after_platform_cue(norms, i, lex):
            continue
        if e.ambiguous and _continues_name(tokens, i, lex):
            continue  # "Tikehau Ace Capital", "B Capital": the end of a longer name
        if e.ambiguous and i >= 2 and tokens[i - 1].text == "&" \
                and tokens[i - 2].kind == "word" and tokens[i - 2].text[:1].isupper():
            continue  # "Quistel & Partners": a common word after "&" ends a longer name
        if e.stripped and size == 1 and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() \
                and tokens[i + 1].norm not in LEGAL_SUFFIXES:
            continue  # "Naval Vessels Lürssen" is not "Naval Group"
        if _longer_name_follows(tokens, i + size, lex, e.ambiguous) \
                and not _outlet_addressed(tokens, i, e) \
                and not (e.entity.type == "Publisher"
                         and _person_after_outlet(tokens, i, i + size)):
            continue  # "Thales Alenia Space", "Samsung Biologics": another company (not
            # "a déclaré à l'AFP Ana Quistel": the outlet, then the person who spoke to it)
        if size == 1 and i + 1 < len(tokens) and tokens[i + 1].text == "-" \
                and tokens[i + 1].start == tokens[i].end and i + 2 < len(tokens) \
                and tokens[i + 2].text[:1].isupper():
            continue  # "Nvidia-OpenAI" is fine, but "Rolls-Royce"-like compounds are not ours
        if i + size < len(tokens) and _name_tail(tokens, i + size):
            continue  # "X-energy" is not X
        if size == 1 and i >= 2 and tokens[i - 1].text == "-" and _short_acronym(tokens[i]) \
                and tokens[i - 1].start == tokens[i - 2].end and tokens[i].start == tokens[
                    i - 1].end and _short_acronym(tokens[i - 2]):
            continue  # "l'AB-KQ": one acronym chain, neither "AB" nor "KQ" (session 17)
        return e
    return None


def _short_acronym(tok: Token) -> bool:
    return tok.kind in ("word", "initials") and tok.text.isupper() and tok.text.isalpha() \
        and 2 <= len(tok.text) <= 4


def _person_after_outlet(tokens: list[Token], i: int, j: int) -> bool:
    """True when a person's name follows an outlet's name at j: a first name opening a pair of
    capitalised words ("Ana Quistel", "Marie-Laure Quistel"), or any such pair before a comma
    when the outlet is spoken to ("a déclaré à l'AFP Bérénice Quistel, PDG de X")."""
    n = len(tokens)
    k = j + 1
    if k < n and tokens[k].text == "-" and k + 2 < n and tokens[k + 1].text[:1].isupper():
        k += 2  # "Marie-Laure"
    if k >= n or tokens[k].kind != "word" or not tokens[k].text[:1].isupper() \
            or not tokens[j].text[:1].isupper() or tokens[k].text.isupper():
        return False
    if tokens[j].norm in word_list("first_names.txt"):
        return True
    before = [t.norm for t in tokens[max(0, i - 2):i]]
    return bool(before) and (before[-1] in ("a", "aux") or before == ["a", "l'"]) \
        and (k + 1 >= n or tokens[k + 1].text in (",", ".", ";"))


_ADDRESSED = frozenset({"a", "l'", "au", "aux", "told"})


def _outlet_addressed(tokens: list[Token], i: int, e: AliasEntry) -> bool:
    """True when a known outlet is the one a speaker talks to, and the capitalised words
    after it are the speaker ("a déclaré à l'AFP Maëlle Tanvoret", "a indiqué à Reuters P",
    "told Reuters Dana Kettering"): the outlet's name ends there."""
    return e.entity.type == "Publisher" and i > 0 and tokens[i - 1].norm in _ADDRESSED \
        and (tokens[i - 1].norm != "a" or tokens[i - 1].text in ("à", "À"))


def _longer_name_follows(tokens: list[Token], j: int, lex: Lexicon, common: bool = False) -> bool:
    """True when capitalised words continue a one-word name into a longer one (not a product:
    no digits, no product noun after it). A place after a known name is no part of it ("Airbus
    Toulouse"), unless the name is a common word ("Southern California Edison")."""
    k = j
    if _letter_unit(tokens, j):
        return True  # "Velmora X, the group's venture arm": a unit named by one letter
    while k < len(tokens) and tokens[k].kind == "word" and _is_cap(tokens[k], lex) \
            and tokens[k].norm not in LEGAL_SUFFIXES \
            and tokens[k].start - tokens[k - 1].end <= 1:
        if tokens[k].norm in place_words() and not common or (
                tokens[k].text.isupper() and (tokens[k].norm in _vocabulary(lex)
                                              or tokens[k].norm in lex.common_acronyms
                                              or len(tokens[k].text) < 2
                                              or any(c.isdigit() for c in tokens[k].text))) \
                or (_has_inner_caps(tokens[k]) and not tokens[k].text.isupper() and k > j
                    and not _camel_firm(tokens[k])):
            return False  # "Nvidia CEO", "Velmora PowerBox": a title or a product after it;
            # one camelCase word or an acronym right after the name goes on with it:
            # "Zentrox DeepVolt", "Thales GTS"
        k += 1
    if k == j:
        return False
    return not (k < len(tokens) and (tokens[k].norm in lex.product_nouns
                                     or tokens[k].kind == "number"))


_CAMEL_FIRM_ENDS = frozenset({"care", "health", "pay", "bank", "tech", "energy", "foods",
                              "capital", "labs", "systems"})


def _camel_firm(tok: Token) -> bool:
    """True when a camelCase word ends in a firm's word ("PetCare", "AgriBank"): a unit's
    name after a known name and another word ("Kandor Quistel PetCare"), not a product."""
    text = tok.text
    last = max((k for k, c in enumerate(text) if c.isupper()), default=0)
    return last > 0 and text[last:].lower() in _CAMEL_FIRM_ENDS


def _letter_unit(tokens: list[Token], j: int) -> bool:
    """True when one capital letter right after a name closes it and a comma or a bracket
    follows ("Velmora X, the venture arm", "Velmora X (...)"): a unit's name. A letter before
    a noun, a number or a verb is a model ("Velmora X sold well" is kept as the company)."""
    return j + 1 < len(tokens) and tokens[j].kind == "word" and len(tokens[j].text) == 1 \
        and tokens[j].text.isupper() and tokens[j].text not in ("A", "I") \
        and tokens[j].start == tokens[j - 1].end + 1 \
        and tokens[j + 1].text in (",", "(")


def _continues_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when token i directly follows a capitalised word inside its sentence (so a
    common-word alias there is the tail of a longer name); a sentence-initial word opens the
    name too unless a lexicon lists it ("Korvane Capital a investi", not "Hier Capital")."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if _outlet_title(tokens, i - 1, i + 1, lex):
        return True  # "Financial News reported": a lexicon word opening an outlet's title
    return prev.end + 1 >= tokens[i].start and (_is_cap(prev, lex) or (
        len(prev.text) == 1 and prev.text.isupper())) and not (
        _is_initial(tokens, i - 1) and (prev.norm in _vocabulary(lex) or _adverb_like(prev)
                                        or len(prev.text) == 1))


_OUTLET_VERBS = frozenset({"reported", "reports", "wrote", "writes", "said", "says", "revealed",
                           "reveals", "rapporte", "revele", "ecrit", "indique", "affirme"})


def _month_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised French month inside a sentence opens a name with the
    capitalised word after it ("ses concurrents Velmora et Mars Quistor"): French writes its
    months in lower case, so the capital makes a name of it (not after a number: "le 3 Mars")."""
    tok = tokens[i]
    return lex.language == "fr" and tok.kind == "word" and tok.norm in lex.calendar \
        and tok.text[:1].isupper() and tok.text[1:].islower() and not _is_initial(tokens, i) \
        and tokens[i - 1].kind != "number" and i + 1 < len(tokens) \
        and tokens[i + 1].kind == "word" and tokens[i + 1].text[:1].isupper() \
        and tokens[i + 1].norm not in lex.calendar and tokens[i + 1].start == tok.end + 1


_FORCE_HEADS = frozenset({"navy", "army", "air", "coast", "armed", "marines"})
"""English heads of a country's armed forces, named with the country's adjective ("the Quellian
Navy", "the German Air Force", session 21)."""
_FORCE_TAILS = {"air": "Force", "coast": "Guard", "armed": "Forces"}
"""The capitalised word those heads need after them ("Air Force", "Coast Guard", "Armed
Forces"); the other heads stand alone ("Navy", "Army", "Marines")."""


def _force_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised English nationality opens the name of its country's forces: "the
    German Navy", "the French Air Force" (session 21); never alone ("German Velmora")."""
    return lex.language == "en" and tokens[i].kind == "word" and tokens[i].text[:1].isupper() \
        and tokens[i].norm in lex.nationalities and i + 1 < len(tokens) \
        and tokens[i + 1].norm in _FORCE_HEADS and tokens[i + 1].text[:1].isupper() \
        and (tokens[i + 1].norm not in _FORCE_TAILS
             or i + 2 < len(tokens) and tokens[i + 2].text == _FORCE_TAILS[tokens[i + 1].norm])



def _calendar_firm(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised month or day word stands right before a capitalised legal form
    ("Mai Inc.", "OCT Corp.", session 21): the legal form makes a company of it (not after a
    number: "le 3 Mars SA")."""
    tok = tokens[i]
    return tok.kind == "word" and tok.norm in lex.calendar and tok.text[:1].isupper() \
        and i + 1 < len(tokens) and tokens[i + 1].kind == "word" \
        and tokens[i + 1].text[:1].isupper() and tokens[i + 1].norm in LEGAL_SUFFIXES \
        and tokens[i + 1].start == tok.end + 1 and not (i > 0 and tokens[i - 1].kind == "number")


def _ordinal_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a capitalised English "First" inside a sentence after a lower-case word or a
    comma, before a capitalised word that is no title ("rivals First Velmora and Zorbex", "the
    operator First Quellbus"): English writes the ordinal in lower case there, so the capital
    opens a name (not after an article: "the First Quarter", "the First Minister"; not a
    sentence's first word)."""
    tok = tokens[i]
    if lex.language != "en" or tok.text != "First" or i == 0 or i + 1 >= len(tokens) \
            or _is_initial(tokens, i):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return (prev.kind == "word" and prev.text.islower() and prev.norm not in lex.determiners
            or prev.text == ",") \
        and nxt.kind == "word" and nxt.start == tok.end + 1 and _is_cap(nxt, lex) \
        and nxt.text[1:].islower() and nxt.norm not in lex.calendar


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "twelve", "hundred", "thousand"})


_RANK_WORDS = frozenset({"big", "top"})
"""Capitalised words before a capitalised number that name a group of firms by their rank."""


def _number_opens_name(tokens: list[Token], i: int, lex: Lexicon,
                       article_caps: frozenset[str] = frozenset()) -> bool:
    """True when a capitalised English number word inside a sentence opens a name with the
    capitalised word after it ("roaster Two Kelmarks Coffee Co"): English writes numbers in
    lower case there, so the capital makes a name of it. At a sentence's start, only when the
    article writes the number capitalised inside a sentence too ("Three Kelmars' president"
    after "the site Three Kelmars operates")."""
    tok = tokens[i]
    return lex.language == "en" and tok.kind == "word" and tok.norm in _NUMBER_WORDS \
        and tok.text[:1].isupper() and tok.text[1:].islower() \
        and (not _is_initial(tokens, i) and tokens[i - 1].text not in (".", ":", "\u201c", '"')
             or tok.norm in article_caps) and i + 1 < len(tokens) \
        and tokens[i + 1].kind == "word" and _is_cap(tokens[i + 1], lex) \
        and tokens[i + 1].start == tok.end + 1


def _title_epithet(tok: Token, lex: Lexicon) -> bool:
    """A lower-case French adjective that can end a title ("maritime", "marchande",
    "agricole"): no lexicon word, an adjective's ending."""
    return tok.kind == "word" and tok.text.islower() and tok.text.isalpha() \
        and len(tok.text) > 4 and tok.norm not in _vocabulary(lex) \
        and tok.norm.endswith(TITLE_ADJECTIVE_ENDINGS + ("ande", "aine", "ole", "oise")) \
        and not tok.norm.endswith(("ee", "ement"))


def _outlet_title(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the span i..j is two capitalised words opening their sentence, the second an
    outlet word and the first a content word ("Financial News", "Mining Weekly", "Business
    Daily" reported ...): an outlet's title, whatever lists hold its first word."""
    if j - i != 2 or not _is_initial(tokens, i) or j >= len(tokens):
        return False
    first, last = tokens[i], tokens[i + 1]
    norms = [t.norm for t in tokens]
    k = j
    while k < len(tokens) and (norms[k] in _ADVERBS or norms[k] in ("earlier", "first", "has",
                                                                      "had", "also", "a")):
        k += 1  # "Energy News earlier reported", "a rapporté"
    verb = k < len(tokens) and (
        norms[k] in _OUTLET_VERBS
        or match_at(norms, k, lex.keys["speech_and_name_verbs"]) is not None)
    return verb and first.kind == "word" and last.kind == "word" and len(first.text) > 2 \
        and first.text[1:].islower() and last.text[:1].isupper() and last.text[1:].islower() \
        and last.norm in lex.outlet_words and last.start == first.end + 1 \
        and first.norm not in lex.function_words and first.norm not in lex.calendar \
        and first.norm not in lex.prepositions and first.norm not in lex.determiners \
        and not first.norm.endswith("ly") and first.norm not in lex.outlet_words


def _after_platform_cue(norms: list[str], i: int, lex: Lexicon) -> bool:
    for cue in lex.platform_cues:
        if i - len(cue) >= 0 and tuple(norms[i - len(cue):i]) == cue:
            return True
    return False


_POLISH_FORM = [".", "z", "o", ".", "o", "."]
"""The tokens after "Sp" of the Polish "Sp. z o.o." (spółka z ograniczoną odpowiedzialnością),
a legal form of several words with a lower-case letter inside (session 23)."""


def _extend_suffix(tokens: list[Token], j: int) -> int:
    """Extend a name over trailing corporate suffixes: "Co.", ", Inc.", "SA", "Co., Ltd."."""
    n = len(tokens)
    while j < n:
        k = j
        if tokens[k].text == "," and k + 1 < n and tokens[k + 1].norm in LEGAL_SUFFIXES \
                and tokens[k + 1].text[:1].isupper():
            k += 1
        if tokens[k].norm in LEGAL_SUFFIXES and tokens[k].kind == "word" \
                and (tokens[k].text[:1].isupper() or tokens[k].text in _LOWER_CASE_FORMS):
            k += 1
            if k < n and tokens[k].text == "." and tokens[k - 1].norm in _SUFFIX_WITH_DOT \
                    and tokens[k].start == tokens[k - 1].end:
                k += 1
            j = k
            continue
        break
    return j


def _slash_form(tokens: list[Token], k: int) -> bool:
    """True when tokens k to k+2 are a legal form written with a slash, no space ("A/S",
    "K/S", "I/S"; the tokenizer splits it)."""
    if k + 2 >= len(tokens):
        return False
    a, slash, b = tokens[k], tokens[k + 1], tokens[k + 2]
    return slash.text == "/" and a.kind == "word" and b.kind == "word" \
        and a.text.isupper() and b.text.isupper() and len(a.text) == 1 and len(b.text) == 1 \
        and slash.start == a.end and b.start == slash.end \
        and f"{a.norm}/{b.norm}" in LEGAL_SUFFIXES


_OWN_FORMS = LEGAL_SUFFIXES - CORPORATE_SUFFIXES - {"vat"}


def _own_form_end(norms: list[str], k: int, j: int) -> int:
    """End of a known name's suffixes when one of them is a legal form that matching keys keep
    ("Kandor KGaA", "Kandor Oyj" is kept, "Kandor AG" is not): the name with that form is a
    company of its own, not the listed one; 0 otherwise."""
    return j if any(norms[m] in _OWN_FORMS for m in range(k, j)) else 0


_ACRONYM_SKIP = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "a", "au", "aux",
                           "en", "sur", "of", "and", "the", "for", "on", "in", "&", "-",
                           # Spanish, Italian, Portuguese, German and Dutch names glossed in
                           # French or English text ("Sociedad Española para la X (SEX)")
                           "para", "por", "y", "del", "el", "los", "las", "di", "della", "delle",
                           "e", "do", "da", "dos", "das", "und", "fur", "voor", "van", "der"})


def _initials_span(tokens: list[Token], end: int, acronym: str, taken: list[bool]) -> int | None:
    """The first token of the name that ends before token `end` and whose content words'
    initials spell `acronym` ("Office national d'études et de recherches aérospatiales" for
    "Onera"), or None. The name opens with a capital; function words are skipped."""
    letters = [c for c in acronym if c.isalpha()]
    k, found = end, 0
    while k > 0 and found < len(letters) and end - k < 16:
        tok = tokens[k - 1]
        if taken[k - 1] or tok.kind not in ("word", "initials", "elision") and tok.text not in "&-":
            return None
        k -= 1
        if tok.norm in _ACRONYM_SKIP:
            continue
        if tok.norm[:1] != letters[len(letters) - 1 - found]:
            return _initials_reordered(tokens, end, letters, taken)
        found += 1
    if found < len(letters) or not tokens[k].text[:1].isupper():
        return _initials_reordered(tokens, end, letters, taken)
    return k


def _initials_reordered(tokens: list[Token], end: int, letters: list[str],
                        taken: list[bool]) -> int | None:
    """The first token of a name glossed by the acronym of its translation ("l'Agence spatiale
    européenne (ESA)"): its content words' initials are the acronym's letters in another
    order. Three letters or more, a lower-case content word inside (the adjectives of a
    language that puts them after the noun), the name opening with a capital."""
    if len(letters) < 3:
        return None
    k = end
    words: list[Token] = []
    while k > 0 and len(words) < len(letters):
        tok = tokens[k - 1]
        if taken[k - 1] or tok.kind not in ("word", "elision") and tok.text not in "&-":
            return None
        k -= 1
        if tok.norm not in _ACRONYM_SKIP:
            words.append(tok)
    if len(words) < len(letters) or not tokens[k].text[:1].isupper() \
            or not any(w.text.islower() for w in words) \
            or sorted(w.norm[:1] for w in words) != sorted(letters):
        return None
    return k


def _acronym_like(tok: Token) -> bool:
    """A capitalised word of 2 to 8 letters: "SFRS", "Onera"."""
    return tok.text[:1].isupper() and 2 <= len(tok.norm) <= 8 and tok.norm.isalpha()


def _acronym_of(tokens: list[Token], i: int, j: int, acronym: Token) -> bool:
    """True when `acronym` spells the initials of tokens i..j."""
    return _acronym_like(acronym) \
        and _initials_span(tokens, j, acronym.norm, [False] * len(tokens)) == i


def _acronym_named(
    index: int, tokens: list[Token], taken: list[bool], lex: Lexicon | None = None
) -> list[Mention]:
    """A long name glossed by its acronym in brackets: "la Société Fluviale du Rhône et de la
    Saône (SFRS)", "the Regional Board of Water and Transit (RBWT)". Lower-case words and
    function words inside the name are kept when the initials spell the acronym. Capitalised
    words right before the spelled part are the owner's name in it and go with it (session 14:
    "Velmora Ground Transportation Systems (GTS)", the acronym of its unit)."""
    out: list[Mention] = []
    for k in range(1, len(tokens) - 2):
        acr = tokens[k + 1]
        if tokens[k].text != "(" or tokens[k + 2].text != ")" or taken[k + 1] \
                or not _acronym_like(acr):
            continue
        first = _initials_span(tokens, k, acr.norm, taken)
        if first is not None and k - first >= 2:
            while lex is not None and first > 0 and k - first < 8 and not taken[first - 1] \
                    and tokens[first - 1].kind == "word" and _is_cap(tokens[first - 1], lex) \
                    and tokens[first - 1].end + 1 >= tokens[first].start \
                    and not (first - 1 == 0 and tokens[0].norm in _vocabulary(lex)):
                first -= 1
            out.append(_take(index, tokens, first, k, taken))
    return out


_STATE_HEADS = frozenset({"government", "gouvernement", "state", "etat", "administration"})
_STATE_PARTICIPLES = frozenset({"owned", "backed", "run", "controlled", "funded", "led"})


def _government_mentions(
    index: int, tokens: list[Token], lex: Lexicon, taken: list[bool]
) -> list[Mention]:
    """A national government named by its nationality: "the German government", "the U.S.
    government", "l'État allemand", "le gouvernement français" (an investor or a party like
    any organisation)."""
    out: list[Mention] = []
    for k, tok in enumerate(tokens):
        if tok.norm not in _STATE_HEADS or taken[k]:
            continue
        if tok.norm in ("state", "administration") and not tok.text[:1].isupper() \
                and lex.language == "fr":
            continue
        if k + 2 < len(tokens) and tokens[k + 1].text == "-" \
                and tokens[k + 2].norm in _STATE_PARTICIPLES:
            continue  # "Quellian state-backed investor B": B is the investor (session 20)
        if tok.norm == "administration" and lex.language == "en" and k >= 2 \
                and not taken[k - 1] and tokens[k - 1].kind == "word" \
                and tokens[k - 1].text[:1].isupper() and tokens[k - 2].norm == "the" \
                and tokens[k - 1].norm not in lex.nationalities:
            out.append(_take(index, tokens, k - 1, k + 1, taken))  # "the Harlan administration"
            continue
        if k > 0 and tokens[k - 1].norm in lex.nationalities and not taken[k - 1]:
            i, j = k - 1, k + 1  # "the German government", "the U.S. government"
        elif k + 1 < len(tokens) and tokens[k + 1].norm in lex.nationalities \
                and not taken[k + 1] and tokens[k + 1].text.islower():
            i, j = k, k + 2  # "l'État allemand", "le gouvernement français"
        elif lex.language == "fr" and tok.norm == "etat" and tok.text[:1].isupper() and k > 0 \
                and tokens[k - 1].norm == "l'" and not _state_of(tokens, k + 1):
            i, j = k, k + 1  # "l'État, actionnaire à 15 %": in French news, the French state
        else:
            continue
        out.append(_take(index, tokens, i, j, taken))
    return out


_MINISTRY_HEADS = frozenset({"ministry", "ministere", "department"})
_MINISTRY_LINKS = (("de", "l'"), ("de", "la"), ("du",), ("des",), ("de",), ("d'",), ("of",),
                   ("of", "the"))


def _ministry_mentions(
    index: int, tokens: list[Token], lex: Lexicon, taken: list[bool]
) -> list[Mention]:
    """A ministry named by its portfolios, an investor or a client like any organisation:
    "le ministère italien de l'Économie et des Finances", "Italy's Ministry of Economy and
    Finance", "the Velmoran Department of Transportation" (capitalised words before an English
    "Department" or "Ministry" go with it: the state's name). Each portfolio is capitalised."""
    out: list[Mention] = []
    n = len(tokens)
    norms = [t.norm for t in tokens]
    for k, tok in enumerate(tokens):
        if tok.norm not in _MINISTRY_HEADS or taken[k] or tok.kind != "word" \
                or tok.norm == "department" and lex.language == "fr" \
                or lex.language == "en" and not tok.text[:1].isupper():
            continue
        j = k + 1
        if lex.language == "fr" and j < n and norms[j] in lex.nationalities \
                and tokens[j].text.islower():
            j += 1  # "le ministère italien de ..."
        end = _portfolio(tokens, norms, j, taken, lex)
        if not end:
            continue
        while end < n and norms[end] in ("et", "and", "&"):
            more = _portfolio(tokens, norms, end + 1, taken, lex, bare=lex.language == "en")
            if not more:
                break
            end = more
        i = k
        while lex.language == "en" and i > 0 and not taken[i - 1] \
                and tokens[i - 1].kind == "word" and _is_cap(tokens[i - 1], lex) \
                and not _is_initial(tokens, i - 1):
            i -= 1  # "the Velmoran Department of Transportation"
        out.append(_take(index, tokens, i, end, taken))
    return out


def _portfolio(tokens: list[Token], norms: list[str], j: int, taken: list[bool], lex: Lexicon,
               bare: bool = False) -> int:
    """End of a portfolio after a ministry's head at j ("de l'Économie", "of Economy"; with
    `bare`, also a capitalised word with no preposition: "and Finance"), 0 when none."""
    n = len(tokens)
    link = next((p for p in _MINISTRY_LINKS if tuple(norms[j:j + len(p)]) == p), None)
    if link is None and not bare:
        return 0
    k = j + (len(link) if link else 0)
    start = k
    while k < n and not taken[k] and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
            and tokens[k].norm not in lex.function_words \
            and (link or tokens[k].norm in _PORTFOLIOS):
        k += 1
    return k if k > start else 0


_PORTFOLIOS = frozenset({
    "finance", "finances", "economy", "defence", "defense", "energy", "transport",
    "transportation", "health", "industry", "agriculture", "environment", "trade", "commerce",
    "labour", "labor", "education", "culture", "interior", "justice", "treasury", "affairs",
    "infrastructure", "development", "housing", "digital", "climate", "research", "innovation",
    "budget", "food", "veterans", "communications", "technology", "science", "tourism", "water",
    "mines", "fisheries", "planning", "security", "resources", "works", "industries",
    "human", "services", "social", "care", "welfare", "children", "families", "youth", "sport",
    "media", "employment", "skills", "pensions", "safety", "public",
})
"""Portfolios a ministry's name joins with a bare "and" ("Ministry of Economy and Finance"):
a capitalised word after "and" that is none of them is another party ("... and Velmora")."""


def _state_of(tokens: list[Token], j: int) -> bool:
    """True when "État" goes on as another state's name or a compound: "l'État de New York",
    "l'État-actionnaire", "l'État islamique"."""
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.text == "-" or (nxt.norm in ("de", "du", "d'") and j + 1 < len(tokens)
                               and tokens[j + 1].text[:1].isupper()) \
        or (nxt.kind == "word" and nxt.text.islower() and nxt.norm not in ("a", "et", "qui"))


def _take(index: int, tokens: list[Token], i: int, j: int, taken: list[bool]) -> Mention:
    """A name mention over tokens i..j, which no later mention may use."""
    for q in range(i, j):
        taken[q] = True
    return _make(index, tokens, i, j, NAME)


def fold_key(text: str) -> str:
    """The folded words of a name, for comparing mentions of one article."""
    return " ".join(fold(w) for w in text.split())


def _camel(text: str) -> bool:
    """A camelCase name that opens in lower case: "iZorbex", "eVolta", "bioZentra", "easyVelm"
    (not "e-mail", "iOS"): a lower-case syllable of up to five letters, then a capital followed
    by lower case. No French or English word is written so."""
    if len(text) <= 3 or not text[0].islower() or not text.isalpha():
        return False
    k = next((i for i, c in enumerate(text) if c.isupper()), 0)
    return 1 <= k <= 5 and any(c.islower() for c in text[k + 1:])


_UNITS = frozenset({"gwh", "mwh", "kwh", "twh", "ghz", "mhz", "khz", "gbps", "mbps", "tbps", "kbps",
                    "gbit", "mbit", "kwc", "mwc", "gwc", "kwp", "mwp", "gwp", "mah", "wh"})


def _digit_name(tok: Token) -> bool:
    """A name that opens with digits and mixes cases: "23andMe", "2CRSi" (not "10GWh")."""
    letters = tok.text.lstrip("0123456789")
    return tok.kind == "word" and letters != tok.text and any(c.islower() for c in letters) \
        and any(c.isupper() for c in letters) and letters.lower() not in _UNITS


def _digit_final(tok: Token) -> bool:
    """A word then digits, the word in lower case after its capital: "Vel24", "Quist8" (not
    "A320", "X5", "H100": a capital or two then digits is a model's code)."""
    letters = tok.text.rstrip("0123456789")
    return tok.kind == "word" and letters != tok.text and len(letters) >= 2 \
        and letters.isalpha() and letters[:1].isupper() and letters[1:].islower()


def _digit_inner(tok: Token) -> bool:
    """A word, digits, then letters with a capital among them: "Qel2uS" (session 21; not
    "Mk2", "A3s": a capital then lower case, three letters at least, before the digits)."""
    return tok.kind == "word" and _DIGIT_INNER.fullmatch(tok.text) is not None


_DIGIT_INNER = re.compile(r"[A-Z][a-z]{2,}[0-9]+[a-z]*[A-Z][A-Za-z]*")


def _digit_capital(tok: Token) -> bool:
    """Digits then capitals: "3M", "9T", "5G", "10GW" - a name only where the context says so."""
    letters = tok.text.lstrip("0123456789")
    return tok.kind == "word" and letters != tok.text and letters.isupper()


def _lower_initials(tok: Token) -> bool:
    """Lower-case initials of three letters or more: "e.l.f." (the tokenizer keeps "e.g." out)."""
    return tok.kind == "initials" and tok.text.islower()


def _is_cap(tok: Token, lex: Lexicon) -> bool:
    first = tok.text[:1]
    if tok.kind == "word" and (first.islower() and _camel(tok.text)
                               or first.isdigit() and _digit_name(tok)):
        return True
    if _lower_initials(tok):
        return True
    if tok.kind not in ("word", "initials") or not tok.text[:1].isupper():
        return False
    n = tok.norm
    return not (n in lex.function_words or n in lex.title_words or n in lex.calendar
                or n in lex.nationalities or n in lex.common_acronyms
                or n.replace("’", "'").endswith(_CONTRACTIONS))  # "We've", "They'll"


_CONTRACTIONS = ("'ve", "'re", "'ll", "'d", "'m")
"""English verb contractions after a pronoun ("We've", "They're", "I'd"): no name's ending."""


_AFTER_NAME = frozenset({",", "'s", "has", "have", "had", "is", "was", "will", "would", "said",
                         "says", "announced", "plans", "a", "est", "va", "sera", "doit", "et",
                         "and", "annonce", "ont", "avait", "pourrait", "could", "may", "can", "n'",
                         "ne", "does", "did", "doesn't", "didn't", "won't", "se", "s'",
                         "devra", "devrait", "devait", "pourra", "peut", "should", "must",
                         "might", "cannot", "can't", "shall"})
"""Words right after a name: a clitic, an auxiliary or a modal ("Velmora devra se mesurer à
Quistor", "Velmora should buy Quistor": session 21, names17, the modals beside "pourrait",
"could")."""


_CROSS_PREFIXES = frozenset({"cross", "trans", "pan", "intra", "inter", "sub", "outre"})
_TOPIC_OPENERS = frozenset({"Côté", "Coté"})
"""French "Côté X, ..." ("as for X") opening a sentence, written as is (not "Côte": a coast
opens place names, "Côte d'Ivoire")."""
_COPULAS = frozenset({"is", "was", "est", "etait"})
"""A copula after a sentence's first word the article also writes in lower case ("Copper is
where the value is", "copper" elsewhere): the common noun, capitalised by position."""
_COMPOUND_PARTICIPLES = frozenset({"backed", "owned", "funded", "controlled", "led", "financed"})
_COMPOUND_TAILS = frozenset({"based", "made", "built", "run", "born", "grown", "known", "held",
                             "won", "sold", "bought", "driven", "drawn", "style", "like", "wide",
                             "free", "only", "scale", "class", "level", "term", "size", "type",
                             "area", "first", "native", "specific", "centric", "friendly",
                             "heavy", "ready", "proof", "long", "plus", "zone", "side", "bound"})


def _name_tail(tokens: list[Token], k: int) -> bool:
    """True when token k is a hyphen joined on both sides to the word before it and to a
    lower-case word of four letters or more that heads no compound adjective: the lower-case
    part of one name ("Q-fusion", "V-ensys"), not "Texas-based", "Nasdaq-listed", "X-ray",
    "Europe-wide"."""
    if k + 1 >= len(tokens) or tokens[k].text != "-" or tokens[k].start != tokens[k - 1].end:
        return False
    tail = tokens[k + 1]
    return tail.start == tokens[k].end and tail.kind == "word" and tail.text.isalpha() \
        and tail.text.islower() and len(tail.text) >= 4 and tail.norm not in _COMPOUND_TAILS \
        and tail.norm not in _COMPOUND_PARTICIPLES \
        and not tail.norm.endswith(("ed", "ing", "ise", "ize", "ien", "ienne", "ais", "aise"))


_NAME_HEADS = ORG_NAME_ENDINGS | {"studio", "studios", "works", "brands", "foods"}


_STREET_HEADS = frozenset({"rue", "avenue", "boulevard", "quai", "allee", "impasse"})
_STREET_LINKS = frozenset({"du", "de", "des", "d'", "la", "l'", "-"})


def _street_end(tokens: list[Token], i: int, taken: list[bool]) -> int:
    """End of a street's name at i (session 14), 0 when none: "(sur la) Rue du Faubourg
    Saint-Honoré", "rue de la Paix". An address is no party (a pronoun after it
    must not take it for the company); a capitalised head opens one only after a preposition,
    an article or a number ("Rue du Korvane a racheté X" may be a company)."""
    n = len(tokens)

    def run_end(k: int) -> int:
        while k < n and not taken[k] and (tokens[k].norm in _STREET_LINKS
                                          or tokens[k].text[:1].isupper()
                                          and tokens[k].kind == "word"):
            k += 1
        while tokens[k - 1].norm in _STREET_LINKS:
            k -= 1
        return k

    back = i - 1
    while back >= 0 and tokens[back].norm in _STREET_LINKS - {"-"}:
        back -= 1
    if 0 <= back < i - 1 and tokens[back].norm in _STREET_HEADS and tokens[back].text.islower():
        return run_end(i)  # "rue de la Paix"
    if tokens[i].norm in _STREET_HEADS and i > 0 and i + 1 < n \
            and tokens[i + 1].norm in _STREET_LINKS - {"-"} \
            and (tokens[i - 1].kind == "number" or tokens[i - 1].norm in _STREET_BEFORE):
        k = run_end(i + 1)
        return k if k > i + 2 else 0
    return 0  # "Fifth Avenue" is left: "Jane Street" is a company


_STREET_BEFORE = frozenset({"sur", "dans", "au", "la", "le", "l'", "on", "the", "in", "at",
                            "de", "du", "des", "d'", "avenue", ","})


def _among_companies(tokens: list[Token], i: int, j: int, lex: Lexicon,
                     first_names: frozenset[str]) -> bool:
    """True when a two-word name opening with a first name stands in a list between two
    one-word names that open with no first name ("Quistor, Martin Korvane and Zelbar"): a
    company named after a person, like its neighbours (not "Ana Ruiz, Marc Lund and Quistor")."""
    n = len(tokens)
    if j - i != 2 or i < 2 or j + 1 >= n or tokens[i].norm not in first_names \
            or tokens[i - 1].text != "," or tokens[j].norm not in ("and", "et", ","):
        return False
    left, right = tokens[i - 2], tokens[j + 1]
    if not (_is_cap(left, lex) and _is_cap(right, lex)) or left.norm in first_names \
            or right.norm in first_names or left.norm in word_list("family_names.txt"):
        return False
    before = tokens[i - 3] if i >= 3 else None
    return before is None or not _is_cap(before, lex) or before.norm in LEGAL_SUFFIXES \
        or left.norm in LEGAL_SUFFIXES


_COMPANY_OBJECT_VERBS: tuple[tuple[str, ...], ...] = (
    ("a", "rachete"), ("a", "acquis"), ("rachete",), ("racheter",), ("acquiert",),
    ("acquerir",), ("rivalise", "avec"), ("affronte",), ("concurrence",),
    ("acquired",), ("acquire",), ("acquires",), ("bought",), ("buy",), ("buys",),
    ("competes", "with"), ("compete", "with"), ("competing", "with"), ("rivals",),
    ("house", "of"),
)
"""Verbs whose object is a company, never a person: a name shaped like a person's right after
them is a house named after its founder ("a racheté Pierre Quistallet", "competes with Anna
Velmora"); so after "the house of" (session 16)."""


def _company_verb_before(tokens: list[Token], norms: list[str], i: int, j: int,
                         lex: Lexicon) -> bool:
    """True when a verb whose object is a company stands right before the name at i..j and
    no possessive follows it ("acquired Anna Velmora's stake": the stake is hers)."""
    return i > 0 and (match_ending_at(norms, i, _COMPANY_OBJECT_VERBS) is not None
                      or _role_of(norms, i, lex)) \
        and not (j < len(tokens) and tokens[j].kind == "poss")


def _role_of(norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when a company role and "de" / "of" stand right before token i: "le président de
    Marc Velbrand", "the chief executive of Anna Velmora" (a role is held in a firm, so the
    name is a company's, whatever its first word; session 22)."""
    return i >= 2 and norms[i - 1] in ("de", "du", "d'", "of") \
        and match_ending_at(norms, i - 1, lex.keys["roles"]) is not None


def _title_opens_name(tokens: list[Token], i: int, lex: Lexicon,
                      first_names: frozenset[str]) -> bool:
    """A capitalised title word that opens a name ending in an organisation head (session 14):
    "Prime Velmora Lab", "Senior Quistor Capital" (not "Prime Minister Ana Ruiz", "President
    Ana Ruiz", "Chief Executive Officer"): one to three capitalised words follow, none a title
    word or a first name, the last an organisation head or a legal form, or, after a field
    title, a body's head ("Financial Velmora Authority", session 17)."""
    tok = tokens[i]
    if tok.kind != "word" or tok.norm not in lex.title_words or not tok.text[1:].islower() \
            or i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].kind == "word" \
            and not _is_initial(tokens, i - 1):
        return False
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k].kind == "word" \
            and tokens[k].text[:1].isupper() and tokens[k].norm not in lex.title_words \
            and tokens[k].norm not in first_names and tokens[k].start == tokens[k - 1].end + 1:
        k += 1
    return k - i >= 3 and (tokens[k - 1].norm in _NAME_HEADS
                           or tokens[k - 1].norm in LEGAL_SUFFIXES
                           or tok.norm in _FIELD_TITLES and (
                               tokens[k - 1].norm in _FIELD_BODY_HEADS
                               or (tokens[k - 1].norm,) in lex.keys.get("body_heads", ())))


_FIELD_TITLES = frozenset({"financial", "technology", "operating"})
"""Title words that name a field, which opens a state body's name ending in a body's head
("the Financial Oversight Service", "the Financial Quistor Authority"; session 17)."""
_FIELD_BODY_HEADS = frozenset({"service"})
"""A head closing such a body's name besides the lexicon's body_heads."""


def _lower_digit_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-case letter and digits opening a name that ends in an organisation head or a
    legal form (session 14): "the q2 Velmora Company", "q7 Quistor Ltd" (not "a 5g network")."""
    tok = tokens[i]
    if not (tok.kind == "word" and 2 <= len(tok.text) <= 4 and tok.text[0].islower()
            and tok.text[1:].isdigit()):
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
            and tokens[k].start == tokens[k - 1].end + 1:
        k += 1
    return k - i >= 2 and (tokens[k - 1].norm in lex.org_heads
                           or tokens[k - 1].norm in LEGAL_SUFFIXES)


def _lower_head(tokens: list[Token], i: int) -> bool:
    """A one-letter lower-case head joined by a hyphen to a capitalised part: "e-QUORB"."""
    return i + 2 < len(tokens) and len(tokens[i].text) == 1 and tokens[i].text.islower() \
        and tokens[i + 1].text == "-" and tokens[i + 1].start == tokens[i].end \
        and tokens[i + 2].start == tokens[i + 1].end and tokens[i + 2].kind == "word" \
        and tokens[i + 2].text[:1].isupper()


def _name_like_start(tokens: list[Token], j: int) -> bool:
    """A lone capitalised first word followed by a verb or an apposition comma is a name
    ("Doctolib a levé", "Northvolt, a Swedish battery maker"), unless it looks plural."""
    word = tokens[j - 1].text
    if j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].norm in _COMPOUND_PARTICIPLES:
        return True  # "Quarnel-owned Velmora", "Zorbex-backed"
    return j < len(tokens) and tokens[j].norm in _AFTER_NAME and tokens[j].text != "à" \
        and not word.endswith("s") and not _adverb_like(tokens[j - 1])


def _adverb_like(tok: Token) -> bool:
    """A word whose form is an adverb or a gerund ("Separately", "Bringing", "Également"):
    at a sentence start it is capitalised by position, not because it is a name."""
    w = tok.norm
    return tok.text[1:].islower() and len(w) > 5 and w.endswith(("ly", "ing", "ement", "ment"))


_PARTICIPLE_ENDINGS = ("ed", "e", "ee", "es", "ees", "ue", "ie", "ise", "ite", "u", "i", "is",
                       "it", "us", "ues", "ies")


def participle_opening(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A first word shaped as a participle before a preposition ("Détenue à 60 % par X",
    "Installée à Lyon", "Backed by X", "Founded in 2015"): a fronted clause, not a name."""
    tok = tokens[i]
    return tok.kind == "word" and tok.text[1:].islower() and len(tok.norm) > 4 \
        and tok.norm.endswith(_PARTICIPLE_ENDINGS) and i + 1 < len(tokens) \
        and tok.norm not in word_list("first_names.txt") \
        and tokens[i + 1].norm in lex.prepositions


def _verb_follows(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """True when token j reads as the verb of a named subject: a relation trigger or a
    speech verb ("Zentrix raised", "Velmora acquired", "Brelandis rachète"), maybe after a
    French object pronoun ("Quellavia lui a confié", "Brelandis leur vend")."""
    if j + 1 < len(tokens) and tokens[j].norm in _CLITICS and tokens[j].text.islower() \
            and tokens[j + 1].kind == "word" and tokens[j + 1].text.islower():
        j += 1
    if j < len(tokens) and (tokens[j].norm in _ADVERBS or tokens[j].text.islower()
                            and _adverb_like(tokens[j])):
        j += 1  # "Velmora already co-develops", "Brelandis a également racheté"
        if j < len(tokens) and tokens[j - 1].norm == "a" and tokens[j].text.islower() and (
                tokens[j].norm in _ADVERBS or _adverb_like(tokens[j])):
            j += 1  # "Dalkia lui a également attribué"
    elif j < len(tokens) and tokens[j].text.islower():  # "Velmora last year formed"
        j += insertion_end([t.norm for t in tokens[j:j + 9]], 0, lex.calendar,
                           parenthesis=False)
    if j >= len(tokens) or tokens[j].kind != "word" or not tokens[j].text.islower():
        return False
    if j + 1 < len(tokens) and tokens[j + 1].norm == "of":
        return False  # "Longtime partner of X, Y ...": a noun with its complement, no verb
        # (not French "de": "Brelandis rachète des usines" has its verb before an article)
    if tokens[j].norm in lex.triggers:
        return True
    norms = [t.norm for t in tokens[j:j + 4]]
    return match_at(norms, 0, lex.speech_verbs) is not None \
        or match_at(norms, 0, lex.name_verbs) is not None


_IRREGULAR_PARTICIPLE_ENDINGS = ("uit", "uite", "uits", "uites", "pris", "prise", "prises",
                                 "quis", "quise", "quises")
"""French participles of "-duire", "-prendre" and "-quérir" ("Éconduit en mars par X",
"Reprise en 2019 par X", "Acquise par X en 2021"): a fronted clause's first word, no name
(session 23)."""


def proper_words(sentences: list[list[Token]], lex: Lexicon | None = None) -> frozenset[str]:
    """Folded words the article itself shows to be names: capitalised inside a sentence, or a
    lone first word followed by a verb or an apposition comma ("Waymo, the self-driving..."),
    or by a relation or speech verb when the article never writes the word in lower case."""
    out: set[str] = set()
    lower = {t.norm for toks in sentences for t in toks if t.text.islower()}
    for toks in sentences:
        for k, t in enumerate(toks):
            if not t.text[:1].isupper() or t.kind not in ("word", "initials"):
                continue
            inside = k > 0 and not _is_initial(toks, k)
            nxt_cap = k + 1 < len(toks) and toks[k + 1].kind == "word" \
                and toks[k + 1].is_upper_initial
            verb_next = lex is not None and not inside and t.norm not in lower \
                and not t.text.endswith("s") and _is_cap(t, lex) and not _adverb_like(t) \
                and _verb_follows(toks, k + 1, lex)
            glossed = not inside and k + 3 < len(toks) and toks[k + 1].text == "(" \
                and toks[k + 3].text == ")" and toks[k + 2].text.isupper() \
                and len(toks[k + 2].text) >= 2 and lex is not None \
                and _is_cap(t, lex)  # "Velmora (VLM) agreed"
            fronted = not inside and lex is not None and participle_opening(toks, k, lex) \
                and (t.text.endswith(("é", "ée", "és", "ées", "ed"))
                     or t.norm.endswith(_IRREGULAR_PARTICIPLE_ENDINGS) and toks[k + 1].text != "a")
            # ("Brenuit a racheté X": "a" is the verb, the word a subject's name)
            copula = t.norm in lower and k + 1 < len(toks) and toks[k + 1].norm in _COPULAS
            if inside or not fronted and (_name_like_start(toks, k + 1) and not nxt_cap
                                          and not copula or verb_next or glossed):
                out.add(t.norm)  # not "Annoncée en août 2021, l'opération ..."
    return frozenset(out)


def lowercase_names(sentences: list[list[Token]], lex: Lexicon) -> frozenset[str]:
    """Folded lower-case words the article shows to be names ("onsemi", "bpost"): one in a list
    with a capitalised name ("Wolfspeed and onsemi"), after an organisation noun ("the chipmaker
    onsemi said", "la start-up zelbix a levé") or before a legal form. The word must not look
    like a common word: no lexicon word, no plural or verb ending, at least four letters."""
    from loaders.extraction.resolution import place_adjective, region_adjective
    vocab = _vocabulary(lex)
    out: set[str] = set()
    for toks in sentences:
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.text.isalpha() or not t.text.islower() \
                    or t.norm in vocab or t.norm in out or t.norm in _ADVERBS \
                    or place_adjective(t.norm, lex) or region_adjective(t.norm):
                continue  # "Le laboratoire breton compte": a region's adjective, no name
            if len(t.text) >= 3 and _after_outlet_noun(toks, k, lex):
                out.add(t.norm)  # "news agency dpa reported", "l'agence ansa a indiqué"
                continue
            if len(t.text) < 4 or t.norm.endswith(_COMMON_ENDINGS):
                continue
            if _lower_name_context(toks, k, lex):
                out.add(t.norm)
        if _lower_opening(toks, vocab):
            out.add(toks[0].norm)
    return frozenset(out)


def _after_outlet_noun(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """True when a lower-case word stands right after an outlet noun and before a speech or
    report verb or the sentence's end: "German news agency dpa reported", "l'agence ansa a
    indiqué" (an outlet that writes its name in lower case)."""
    norms = [t.norm for t in toks]
    if k == 0 or not toks[k - 1].text.islower() \
            or match_ending_at(norms[:k], k, lex.outlet_descriptors) is None:
        return False
    nxt = k + 1
    return nxt >= len(toks) or toks[nxt].text in (",", ".", ";", ")") \
        or match_at(norms, nxt, lex.speech_verbs) is not None \
        or norms[nxt] in ("reported", "reports", "said", "says", "wrote", "a", "rapporte")


def _lower_opening(toks: list[Token], vocab: frozenset[str]) -> bool:
    """True when a sentence opens with a lower-case compound joined by a hyphen, no lexicon word
    ("velmora-tricks chief executive P said"): a sentence opens in lower case only with a name."""
    if len(toks) < 4 or toks[0].kind != "word" or not toks[0].text.isalpha() \
            or not toks[0].text.islower() or toks[0].norm in vocab:
        return False
    dash, tail = toks[1], toks[2]
    return dash.text == "-" and dash.start == toks[0].end and tail.start == dash.end \
        and tail.kind == "word" and tail.text.isalpha() and tail.text.islower() \
        and tail.norm not in vocab and not (len(toks) > 3 and toks[3].text == "-")


_COMMON_ENDINGS = ("s", "ux", "ed", "ing", "ly", "ment", "er", "ir", "e", "tion", "ity", "ure",
                   "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ant", "ent", "ist",
                   "eur", "ien", "ais", "ois", "ique", "aire", "if", "el",
                   "era", "ira", "ait", "ont")  # French verbs: "Le groupe continuera", "serait"
_COORD = frozenset({"and", "et", "or", "ou", ","})
_CONJUNCTIONS = frozenset({"and", "et", "or", "ou"})
_VOCABULARIES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Every word the lexicon itself lists (cues, function words, nouns): never a name."""
    cached = _VOCABULARIES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    words: set[str] = set(lex.function_words | lex.prepositions | lex.determiners
                          | lex.relative_pronouns | lex.complementizers | lex.title_words
                          | lex.org_heads | lex.product_nouns | lex.calendar | lex.outlet_words
                          | lex.not_names | lex.role_words | set(lex.nationalities)
                          | set(lex.triggers) | set(_AFTER_NAME) | set(lex.amount_scales))
    for table in (lex.speech_verbs, lex.name_verbs, lex.conjunctions, lex.list_openers,
                  lex.scope_breakers, lex.alias_cues, tuple(lex.descriptors),
                  tuple(lex.sector_words), *lex.modality.values()):
        words.update(w for p in table for w in p)
    for frame in lex.frames:
        words.update(w for p in frame.triggers + frame.object_preps + frame.agent_preps
                     for w in p)
    frozen = frozenset(words)
    _VOCABULARIES[id(lex)] = (lex, frozen)
    return frozen


def _lower_name_context(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the lower-case word at k stands where only a name can: before a legal form,
    coordinated by a conjunction with a capitalised name inside the sentence, or (English, where
    adjectives come first) right after an organisation noun; and followed by punctuation, a
    conjunction, a possessive, a preposition or a verb."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "word" and nxt.norm in LEGAL_SUFFIXES \
            and nxt.text[:1].isupper():
        return True  # "bpost SA"
    if nxt is not None and (nxt.text == "-" and nxt.start == toks[k].end or not (
            nxt.kind in ("punct", "poss") or nxt.norm in _COORD or nxt.norm in lex.prepositions
            or nxt.norm in _AFTER_NAME or nxt.norm in lex.triggers
            or match_at([t.norm for t in toks[k + 1:k + 4]], 0,
                        lex.keys["speech_and_name_verbs"]) is not None)):
        return False  # "Velmora and software makers", "franco-italien": a phrase goes on
    if toks[k].norm in place_adjectives() or toks[k].norm in lex.nationalities:
        return False  # "le laboratoire breton compte": where the company is from, no name
    if k > 0 and toks[k - 1].text.islower() \
            and match_ending_at([t.norm for t in toks[:k]], k, lex.keys["descriptors"]):
        # "the chipmaker quorbix said"; in French, where adjectives and participles follow the
        # noun ("le groupe industriel", "le fonds détenu par"), only before a verb and with no
        # adjective or participle ending: "la start-up zelbix a levé"
        return lex.language == "en" and not (nxt is not None and nxt.norm in lex.prepositions) \
            or lex.language != "en" and (
            nxt is not None and (nxt.norm in _AFTER_NAME or nxt.norm in lex.triggers)
            and nxt.norm not in ("et", ",", "n'", "ne") and nxt.text != "à"  # "des fonds
            # servira à racheter": the preposition, not the verb "a"
            and not toks[k].norm.endswith(("e", "i", "u", "t", "ain", "ier")))
    if k >= 2 and toks[k - 1].norm in lex.nationalities and toks[k - 1].text.islower() \
            and toks[k - 2].norm in ("l'", "le", "la", "les", "the"):
        return True  # "l'américaine onsemi": a nationality used as a noun names its company
    for side in (-1, 1):
        c, o = k + side, k + 2 * side
        if 0 <= o < len(toks) and toks[c].norm in _CONJUNCTIONS and toks[o].kind == "word" \
                and _is_cap(toks[o], lex) and not _is_initial(toks, o):
            return True  # "Wolfspeed and onsemi", "onsemi et Wolfspeed"
    return False  # "Velmora and software makers": a noun phrase goes on


_CONTINENTAL = frozenset({"asian", "african", "european", "nordic", "scandinavian", "arab",
                          "latin", "asiatique", "asiatiques", "africain", "africaine",
                          "africains", "africaines", "europeen", "europeenne", "europeens",
                          "europeennes", "nordique", "nordiques", "scandinave", "scandinaves"})


@cache
def place_adjectives() -> frozenset[str]:
    """Folded adjectives of regions and cities ("breton", "bavarois", "lyonnais", "munichoise":
    data/regions.tsv and data/cities.tsv) and of continents ("Asian", "africain")."""
    out = set(_CONTINENTAL)
    for name, col in (("regions.tsv", 3), ("cities.tsv", 3)):
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) <= col:
                continue
            for w in cols[col].split(","):
                w = fold(w.strip())
                if w:
                    out.update({w, w if w.endswith(("s", "x")) else w + "s"})
    return frozenset(out)


@cache
def region_names() -> frozenset[str]:
    """Folded one-word names of regions (data/regions.tsv: "Bretagne", "Provence", "Bayern")."""
    out = set()
    for line in (DATA_DIR / "regions.tsv").read_text(encoding="utf-8").splitlines():
        name = line.split("\t")[0].strip()
        if name and not line.startswith("#") and " " not in name:
            out.add(fold(name))
    return frozenset(out)


@cache
def _subdivision_keys() -> frozenset[str]:
    """Token norms (joined by spaces) of the first-level subdivisions of `subdivision_names`
    that are no city ("ille - et - vilaine", "navarra", "gard"; not "paris")."""
    from loaders.extraction.tokens import tokenize
    cities = _city_words()
    return frozenset(" ".join(t.norm for t in tokenize(name)) for name in subdivision_names()
                     if fold(name) not in cities)


def _past_article(tokens: list[Token], j: int) -> int:
    """Index of the complement after the link word at j: j + 2 past "de la" / "de l'" (the
    article in lower case, a word after it), else j + 1 ("de", "du", "d'", "des", "of")."""
    return j + 2 if tokens[j].norm == "de" and j + 2 < len(tokens) \
        and tokens[j + 1].norm in ("la", "l'") and tokens[j + 1].text.islower() else j + 1


def _region_end(tokens: list[Token], k: int, taken: list[bool]) -> int:
    """End of a region's name at k: a one-word region of data/regions.tsv, or a department or
    region of `_subdivision_keys`, one word or a hyphen chain ("Ille-et-Vilaine"); 0 when
    none stands there."""
    n = len(tokens)
    if k >= n or taken[k] or tokens[k].kind != "word" or not tokens[k].text[:1].isupper():
        return 0
    end = k + 1
    while end + 1 < n and tokens[end].text == "-" and _joined(tokens, end) \
            and _joined(tokens, end + 1) and tokens[end + 1].kind == "word" and not taken[end + 1]:
        end += 2
    if end == k + 1 and fold(tokens[k].text) in region_names():
        return end
    return end if " ".join(t.norm for t in tokens[k:end]) in _subdivision_keys() else 0


_BODY_HEADS = frozenset({"initiative", "consortium", "alliance", "foundation", "association",
                         "federation", "network", "platform", "center", "centre"})
"""Last words of joint bodies' names that a nationality opens ("the European Kelmark
Initiative", "the Nordic Quistor Alliance")."""
_PLAN_KINDS = frozenset({"pension", "pensions", "retirement", "savings"})
"""Words before "Plan" that make it a fund's name a nationality opens ("the Canadian Quellmark
Workers Pension Plan"), not a policy ("the European Recovery Plan")."""
FIRM_TAILS = frozenset({"cie", "associes", "fils", "filles", "freres", "soeurs", "co", "sons",
                        "brothers", "bros", "partenaires", "partners"})
"""Words that end a family firm's name after "&" or the family's name ("& Cie", "& Fils",
"Quellan Brothers"): the one list for mention spans (`_firm_tail`) and for the family name
a firm is named for (`resolution._family_last`)."""


_FR_COMPASS = frozenset({"ouest", "est", "nord", "sud", "nord-est", "nord-ouest", "sud-est",
                      "sud-ouest", "centre", "midi"})
"""French compass regions ("de l'Ouest", "du Sud-Ouest") that close a trade pair's name."""


def _compass_end(tokens: list[Token], i: int, j: int, at: int, taken: list[bool]) -> int:
    """End of a compass region after "de l'" / "du" in a name joined by "&" ("Bois & Charpentes
    de l'Ouest", "Quistel & Fils du Sud-Ouest", session 21): the region the pair of trades or
    the family firm serves; 0 elsewhere ("Kelvane du Sud-Ouest" alone may be a company of the
    region, left)."""
    n = len(tokens)
    if at >= n or taken[at] or tokens[at].kind != "word" or not tokens[at].text[:1].isupper() \
            or not any(t.text == "&" for t in tokens[i + 1:j]):
        return 0
    end = at + 1
    if end + 1 < n and tokens[end].text == "-" and _joined(tokens, end) \
            and _joined(tokens, end + 1) and not taken[end + 1]:
        end += 2
    return end if "".join(t.norm for t in tokens[at:end]) in _FR_COMPASS else 0


def _firm_tail(tokens: list[Token], k: int, taken: list[bool]) -> bool:
    """True when "&" and a firm's last word of `FIRM_TAILS` stand at k ("& Cie", "& Fils")."""
    return k + 1 < len(tokens) and tokens[k].text == "&" and not taken[k + 1] \
        and tokens[k + 1].norm in FIRM_TAILS and tokens[k + 1].text[:1].isupper()


_NOT_NAMED_AFTER = frozenset({"division", "branche", "pole", "activite", "unite", "departement",
                              "direction", "service", "segment", "filiale", "marque", "gamme",
                              "enseigne", "label", "site", "usine", "entrepot", "projet",
                              "programme", "produit", "modele", "logiciel", "plateforme"})
"""Nouns after which "X de Y" names a part or product of Y ("la division Nutrition de Y", "la
marque Velmora de Y"), never one name."""


def bound_places(sentences: list[list[Token]], lex: Lexicon) -> frozenset[str]:
    """Folded capitalised words a French article writes only right after "<Name> de / d' /
    du" ("Laiterie d'Ostravie ... chez Laiterie d'Ostravie"): a place no list has that ends
    the name, never an entity of its own. Lexicon words, first names and listed places stay
    out (known places are the business of `_region_end` and the place lists)."""
    if lex.language != "fr":
        return _bound_possessors(sentences, lex)
    names = word_list("first_names.txt")
    vocab = _vocabulary(lex)
    places = place_words()
    return frozenset(w for w in _only_bound(sentences, _after_name_link)
                     if len(w) > 2 and w not in names and w not in vocab and w not in places)


def _only_bound(sentences: list[list[Token]],
                bound_at: Callable[[list[Token], int], bool | None]) -> set[str]:
    """Folded capitalised words of an article that `bound_at` finds bound wherever they stand
    and free nowhere (`bound_at` gives True, False, or None for no evidence either way): the
    absence test shared by `bound_places` and `_bound_possessors`."""
    seen: set[str] = set()
    free: set[str] = set()
    for toks in sentences:
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.text[:1].isupper():
                continue
            bound = bound_at(toks, k)
            if bound is not None:
                (seen if bound else free).add(fold(t.text))
    return seen - free


def _after_name_link(toks: list[Token], k: int) -> bool | None:
    """True when the capitalised word at k follows "<Name> de / d' / du" (or "de la / de l'"),
    False when it does not, None when another capitalised word follows it there."""
    link = k - 1  # "de / d' / du", or "de" before "la / l'" ("Volailles de l'Ostravie")
    if k >= 3 and toks[k - 1].norm in ("la", "l'") and toks[k - 1].text.islower() \
            and toks[k - 2].norm == "de":
        link = k - 2
    after_link = link >= 1 and toks[link].norm in ("de", "du", "d'") \
        and toks[link].text.islower() and toks[link - 1].kind == "word" \
        and toks[link - 1].text[:1].isupper() and toks[link - 1].text[1:].islower()
    if after_link and k + 1 < len(toks) and toks[k + 1].kind == "word" \
            and toks[k + 1].text[:1].isupper():
        return None  # "Val de Quellon Agriculture": no evidence either way (session 19)
    return after_link


def _owned_name_at(tokens: list[Token], k: int) -> int:
    """Index of the first capitalised word a possessive "'s" at k opens ("Nessa's Pantry",
    "Tomsy's The Wash Factory": a capitalised "The" may come first), or 0 when none does."""
    n = len(tokens)
    if k >= n or tokens[k].kind != "poss" or tokens[k].text not in ("'s", "’s") \
            or tokens[k].start != tokens[k - 1].end:
        return 0
    at = k + 1
    if at + 1 < n and tokens[at].text == "The":
        at += 1
    if at < n and tokens[at].kind == "word" and tokens[at].text[:1].isupper():
        return at
    return 0


_ABSENCE_SENTENCES = 4
"""Sentences an article needs before a word it never writes alone says anything: a short text
("Velmora competes with Kandor's Quistor") leaves "Kandor's Quistor" a possessor and its own."""


def _bound_possessors(sentences: list[list[Token]], lex: Lexicon) -> frozenset[str]:
    """Folded capitalised words an English article writes only right before "'s" and another
    capitalised word, never alone ("Nessa's Pantry ... Nessa's Pantry"; session 23): the "'s"
    is inside a company's name, since a possessor that owns a unit, a product or a person is
    named on its own somewhere. Places, nationalities and lexicon words stay out ("Japan's
    Quistor Seiko" is a firm placed by its country)."""
    if len(sentences) < _ABSENCE_SENTENCES:
        return frozenset()
    vocab = _vocabulary(lex)
    places = place_words() | _lone_places()
    return frozenset(w for w in _only_bound(sentences, lambda toks, k: bool(
        _owned_name_at(toks, k + 1))) if len(w) > 2 and w not in vocab and w not in places)


_PLACE_PREPS = frozenset({"de", "d'", "a", "en", "depuis", "in", "from", "near", "at"})
"""Prepositions a town's name follows ("installée à X", "la PME de X", "based in X")."""


def placed_words(sentences: list[list[Token]], lex: Lexicon) -> frozenset[str]:
    """Folded one-word capitalised names an article writes only right after a place's
    preposition (`_PLACE_PREPS`) and never before another capitalised word ("installée à
    Brévannes ... la PME de Brévannes"): a town no list has, never a company, which an
    article names as a subject or object somewhere. Lexicon words and first names stay out."""
    seen: set[str] = set()
    free: set[str] = set()
    for toks in sentences:
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.text[:1].isupper() or not t.text[1:].islower():
                continue
            key = fold(t.text)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            placed = k > 0 and toks[k - 1].norm in _PLACE_PREPS and toks[k - 1].text.islower() \
                and not (nxt is not None and nxt.text[:1].isupper()) \
                and not (nxt is not None and nxt.kind == "poss")
            (seen if placed else free).add(key)
    names = word_list("first_names.txt")
    vocab = _vocabulary(lex)
    return frozenset(w for w in seen - free if len(w) > 2 and w not in names and w not in vocab)


@cache
def _lone_places() -> frozenset[str]:
    """Folded one-word countries and territories, and cities: places that stand alone as
    subjects ("China has ...", "Lyon a voté ..."), never a firm's short name."""
    from loaders.extraction.lexicon import _territory_names, zone_cities

    words = {fold(n) for lang in ("en", "fr") for n in _territory_names(lang) if " " not in n}
    return frozenset(words | {fold(c) for c in zone_cities()} | table_cities())


_FIRM_PLACE_LINKS = frozenset({"in", "of", "from", "at", "to", "en", "de", "du", "a", "au", "d'",
                          "near", "across", "throughout"})


def firm_places(sentences: list[list[Token]], lex: Lexicon) -> frozenset[str]:
    """Folded place words an article uses as the first of a two-word company name ("Zealand
    Coachworks", session 20) and never after a place's preposition ("in Zealand"): the bare word
    later ("Zealand builds buses") is that firm's short name. Countries, territories and cities
    stay places ("China Mobile ... China has")."""
    places = place_words()
    named: set[str] = set()
    placed: set[str] = set()
    for toks in sentences:
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.text[:1].isupper() or t.norm not in places:
                continue
            if k > 0 and toks[k - 1].norm in _FIRM_PLACE_LINKS:
                placed.add(t.norm)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            after = toks[k + 2] if k + 2 < len(toks) else None
            if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() \
                    and nxt.text[1:].islower() and nxt.norm not in places \
                    and nxt.norm not in lex.function_words \
                    and (after is None or not after.text[:1].isupper()) \
                    and not (k > 0 and toks[k - 1].text[:1].isupper()):
                named.add(t.norm)
    if not named:
        return frozenset()
    return frozenset(named - placed - _lone_places())


def _bound_place(tokens: list[Token], i: int, j: int, taken: list[bool], bound: frozenset[str],
                 lex: Lexicon) -> int:
    """The end of "de / d' / du / de la / de l'" at j and a word of `bound_places` after it
    when they end the name opened at i (one or two capitalised words, no part or product noun
    before them); 0 when they do not."""
    n = len(tokens)
    at = _past_article(tokens, j)  # "Volailles de l'Ostravie"
    if at >= n or taken[at] or fold(tokens[at].text) not in bound \
            or not tokens[at].text[1:].islower() \
            or tokens[i].norm in word_list("first_names.txt") and not (
                j == i + 1 and tokens[i].norm in _GEO_NOUNS) \
            or sum(t.kind == "word" for t in tokens[i:j]) > 3:
        return 0
    end = at + 1
    while end < n and end - at <= 2 and not taken[end] and tokens[end].kind == "word" \
            and tokens[end].text[:1].isupper() and tokens[end].text[1:].islower() \
            and (tokens[end].norm in _vocabulary(lex) or tokens[end].norm.endswith(_TRADE_ENDS)) \
            and tokens[end].norm not in place_words() \
            and tokens[end].norm not in word_list("first_names.txt") \
            and tokens[end].norm not in lex.function_words:
        end += 1  # "Val de Quellon Agriculture": a trade word after the bound place (session 19)
    if end < n and tokens[end].kind == "word" and tokens[end].text[:1].isupper():
        return 0
    prev = tokens[i - 1].norm if i > 0 else ""
    ok = prev not in _NOT_NAMED_AFTER and prev not in lex.product_nouns \
        and tokens[j - 1].text[1:].islower() and (tokens[j - 1].norm not in _vocabulary(lex)
                                                  or j == i + 1 and tokens[i].norm in _GEO_NOUNS)
    return end if ok else 0


_TRADE_ENDS = ("ure", "ures", "tion", "tions", "ie", "ies", "age", "ages", "ment", "ments", "ique",
               "iques", "eur", "eurs", "ence", "ance", "ing")
"""Endings of the common nouns that close a firm's name ("Agriculture", "Distribution",
"Industrie", "Négoce" is a lexicon word): no given name or place ends so in the lists."""


def _common_complement(tokens: list[Token], i: int, j: int, taken: list[bool],
                       lex: Lexicon) -> int:
    """The end of "de / du / de la / de l'" at j and one capitalised lexicon word after the
    one-word name opened at i ("Quistors du Monde", "Ostrels de la Terre"): French writes such a
    common noun in lower case, so its capital goes on with the name; 0 when not (a part or
    product noun before the name, a first name, a capitalised word after the complement)."""
    n = len(tokens)
    at = _past_article(tokens, j)
    if j != i + 1 or at >= n or taken[at] or tokens[at].kind != "word" \
            or not tokens[at].text[:1].isupper() or not tokens[at].text[1:].islower() \
            or tokens[at].norm not in _vocabulary(lex) or tokens[at].norm in lex.function_words \
            or tokens[at].norm in place_words() or tokens[at].norm in lex.nationalities:
        return 0
    head = tokens[i]
    if head.kind != "word" or not head.text[1:].islower() or len(head.text) < 4 \
            or head.norm in _vocabulary(lex) or head.norm in word_list("first_names.txt") \
            or head.norm in place_words():
        return 0
    if at + 1 < n and tokens[at + 1].kind == "word" and tokens[at + 1].text[:1].isupper():
        return 0
    prev = tokens[i - 1].norm if i > 0 else ""
    return at + 1 if prev not in _NOT_NAMED_AFTER and prev not in lex.product_nouns else 0


_DEMONSTRATIVES = frozenset({"celui", "celle", "ceux", "celles"})
_DEMONSTRATIVE_NEXT = frozenset({"qui", "que", "qu'", "dont", "de", "d'", "du", "des", "-", "ci",
                                 "la", "auxquels", "auxquelles", "auquel", "laquelle", "lequel"})
_NAME_ARTICLES = frozenset({"De", "Het"})


def _article_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a capitalised Dutch article inside a sentence, after a lower-case word and
    before one capitalised word ("le quotidien flamand De Kwartel", "the Dutch baker De
    Velmeer"): French and English write "de" in lower case there, so the capital opens a name
    (not at a sentence's start, not after a capitalised word: "Paul De Smet" is a person's)."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i].text not in _NAME_ARTICLES:
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return prev.kind == "word" and prev.text.islower() and nxt.kind == "word" \
        and nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.start == tokens[i].end + 1 \
        and nxt.norm not in lex.function_words and nxt.norm not in place_words() \
        and nxt.norm not in word_list("first_names.txt")


def _trade_complement(tokens: list[Token], i: int, j: int, taken: list[bool],
                      lex: Lexicon) -> int:
    """The end of "de / du / d' / de la / de l'" at j and one capitalised word after the
    capitalised French trade plural at i ("Forges de l'Ardanne", "Tanneries du Quellon"),
    wherever the name stands (after "auprès de", "directeur de", an adjective): French writes a
    common plural in lower case, so its capital opens a firm's name; 0 when not (a geographic
    plural "Gorges du X", a product noun, a first name or a second capitalised word after)."""
    n = len(tokens)
    head = tokens[i]
    if not _plural_trade(head, lex) or head.norm in _GEO_NOUNS or head.norm[:-1] in _GEO_NOUNS \
            or head.norm in _GEO_PLURALS or head.norm in lex.product_nouns \
            or head.norm[:-1] in lex.product_nouns or head.norm in lex.function_words:
        return 0
    at = _past_article(tokens, j)
    if at >= n or taken[at] or tokens[at].kind != "word" or not tokens[at].text[:1].isupper() \
            or not tokens[at].text[1:].islower() or tokens[at].norm in lex.function_words \
            or tokens[at].norm in word_list("first_names.txt") \
            or tokens[at].norm in lex.nationalities:
        return 0
    if at + 1 < n and tokens[at + 1].kind == "word" and tokens[at + 1].text[:1].isupper():
        return 0
    prev = tokens[i - 1].norm if i > 0 else ""
    return at + 1 if prev not in _NOT_NAMED_AFTER and prev not in lex.product_nouns else 0


_GEO_PLURALS = frozenset({"gorges", "chutes", "bouches", "sources", "landes", "alpes", "vosges",
                          "pyrenees", "ardennes", "cevennes", "iles", "etangs", "falaises",
                          "grottes", "salines", "cotes", "rives", "berges", "portes"})
"""Plural place nouns that open a place's name with "de / du X" ("Gorges du Verdon", "Chutes du
Niagara", "Îles de Lérins"): no trade plural."""


_GEO_NOUNS = frozenset({"val", "pays", "cote", "cotes", "mont", "monts", "vallee", "plateau",
                        "bassin", "massif", "golfe", "ile", "iles", "plaine", "haut", "haute",
                        "bas", "basse", "coteaux", "lac", "baie", "cap", "marais", "causse",
                        "foret", "forets"})
"""Geographic nouns that open a place name going on with "de X" ("Val de Loire", "Pays de
Caux", "Côte d'Opale"): a name that ends in one goes on with its complement."""


def _geo_chain(tokens: list[Token], k: int, taken: list[bool], lex: Lexicon) -> int:
    """k, or the end of "de / d' / du X" at k when the word before k is a geographic noun of
    `_GEO_NOUNS` ("Cuisines du Val [de Loire]")."""
    if k < 2 or k >= len(tokens) or tokens[k - 1].norm not in _GEO_NOUNS \
            or not tokens[k - 1].text[:1].isupper():
        return k
    end = _of_name(tokens, k, taken, lex)
    return end if end and end - k <= 3 else k


def _head_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a capitalised French organisation head the lexicon also keeps as a common
    word ("Société") after a lower-case article and before "de / des / du" and a capitalised
    word (session 19): "la Société des Eaux de Quellac", "avec la Société des Velmores"
    (French writes the common noun in lower case: "la société des frères Quellan" is none)."""
    if lex.language != "fr" or i < 1 or i + 2 >= len(tokens):
        return False
    tok, prev = tokens[i], tokens[i - 1]
    link = i + 2 if i + 3 < len(tokens) and _title_adjective(tokens[i + 1], lex) \
        and tokens[i + 1].norm not in lex.function_words else i + 1
    # "la Société Quellonaise de Manutention": a capitalised adjective between (session 21)
    if tok.kind != "word" or not tok.text[:1].isupper() or not tok.text[1:].islower() \
            or tok.norm not in lex.org_heads or tok.norm not in lex.function_words \
            or not (prev.text.islower() or _capital_article_of(tokens, i, lex)
                    or i == 1 and tok.norm in _INSTITUTION_HEADS) \
            or prev.norm not in _HEAD_ARTICLES \
            or tokens[link].norm not in ("de", "des", "du", "d'") \
            or not tokens[link].text.islower():
        return False
    k = _past_article(tokens, link)
    if link == i + 1 and tok.norm in _INSTITUTION_HEADS and k < len(tokens) \
            and tokens[k].kind == "word" and tokens[k].text.islower():
        return True  # "la Société des grands projets": a public body in lower case after its
        # capitalised head (session 24; `_institution_end` reads the rest)
    return k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
        and tokens[k].text[1:].islower() and tokens[k].norm not in lex.function_words


_HOLDING_HEADS = frozenset({"financiere", "fonciere"})
"""French adjectives that open holding and property companies' names when capitalised
("Financière de la Quistoire", "Foncière Velmora"); the lexicon keeps "financière" as a title
word ("directrice financière")."""


def _holding_opens_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a capitalised "Financière" / "Foncière" in French text before a capitalised
    word or "de / du / des / de l'" and one: "la société Financière de l'Ostrane", "Foncière
    Velmora a acquis"; not after a title or a capitalised word ("Directrice Financière de X",
    "Compagnie Financière X" is left to its head)."""
    n = len(tokens)
    tok = tokens[i]
    if lex.language != "fr" or tok.norm not in _HOLDING_HEADS or tok.kind != "word" \
            or not tok.text[:1].isupper() or not tok.text[1:].islower() or i + 1 >= n:
        return False
    if i > 0 and (tokens[i - 1].norm in lex.title_words or tokens[i - 1].kind == "word"
                  and tokens[i - 1].text[:1].isupper() and not _is_initial(tokens, i - 1)
                  and tokens[i - 1].norm not in _TITLE_ARTICLES):
        return False
    k = _past_article(tokens, i + 1) if tokens[i + 1].norm in ("de", "du", "des", "d'") \
        and tokens[i + 1].text.islower() else i + 1
    return k < n and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
        and tokens[k].norm not in lex.function_words and tokens[k].norm not in lex.title_words


def _city_complement(tokens: list[Token], k: int, taken: list[bool],
                     links: tuple[str, ...] = ("de", "d'")) -> int:
    """End of "de / d' <City>" at k after "<Head> des / du <Noun>" ("Société des Eaux de
    Nantes", "École des Mines de Saint-Nazaire", "Société du Port de Provence"): a city or region
    of the lists, one word or a hyphen chain, no
    capitalised word after it; 0 when none. Since session 23 also "de la / de l'" and a place
    word ("la Compagnie des Manèges de l'Ouest"), and a town's "Saint-" chain that no list
    holds ("la Société des Eaux de Saint-Quellan")."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].norm not in links or not tokens[k].text.islower():
        return 0
    at = _past_article(tokens, k)  # "de l'Atlantique", "de la Quellanne" (session 23)
    if at >= n or taken[at] or tokens[at].kind != "word" or not tokens[at].text[:1].isupper():
        return 0
    end = at + 1
    while end + 1 < n and tokens[end].text == "-" and _joined(tokens, end) \
            and _joined(tokens, end + 1) and tokens[end + 1].kind == "word":
        end += 2  # "Saint-Nazaire"
    words = fold("".join(t.text for t in tokens[at:end]))
    saint = end > at + 1 and tokens[at].norm in _SAINTS  # "Saint-Quellan": a town's shape
    if not saint and words not in _city_words() and words not in place_words() \
            and _region_end(tokens, at, taken) != end \
            or end < n and tokens[end].kind == "word" and tokens[end].text[:1].isupper():
        return 0
    return end


_SAINTS = frozenset({"saint", "sainte", "st", "ste"})
"""First words of French towns' hyphen chains ("Saint-Quellan", "Sainte-Velmore")."""


def _has_inner_caps(tok: Token) -> bool:
    t = tok.text
    return len(t) > 1 and (t.isupper() or any(c.isupper() for c in t[1:]))


def _name_mentions(
    index: int, tokens: list[Token], lex: Lexicon, taken: list[bool], article_caps: frozenset[str],
    lower_names: frozenset[str] = frozenset(), article_lower: frozenset[str] = frozenset(),
    bound: frozenset[str] = frozenset(), firm_places: frozenset[str] = frozenset(),
) -> list[Mention]:
    first_names = word_list("first_names.txt")
    places = place_words()
    out: list[Mention] = []
    n = len(tokens)
    i = 0
    norms_all = [t.norm for t in tokens]
    while i < n:
        tok = tokens[i]
        if taken[i] or tok.kind not in ("word", "initials"):
            i += 1
            continue
        first = tok.text[:1]
        shaped = first.isdigit() and (_digit_name(tok) or _digit_capital(tok)
                                      and _digit_name_context(tokens, i, lex)) \
            or first.islower() and (_lower_initials(tok) or tok.norm in lower_names
                                    or _lower_head(tokens, i)
                                    or _lower_digit_name(tokens, i, lex)) \
            or (tok.norm in lex.calendar and tok.norm in first_names and i + 1 < n
                and tokens[i + 1].kind == "word" and (
                    _is_cap(tokens[i + 1], lex)
                    or tokens[i + 1].norm in _PARTICLES and tokens[i + 1].text[:1].isupper()
                    and i + 2 < n and _is_cap(tokens[i + 2], lex))) \
            or _title_opens_name(tokens, i, lex, first_names) \
            or _outlet_title(tokens, i, i + 2, lex) \
            or _month_opens_name(tokens, i, lex) \
            or _calendar_firm(tokens, i, lex) \
            or _ordinal_opens_name(tokens, i, lex) \
            or _force_opens_name(tokens, i, lex) \
            or _number_opens_name(tokens, i, lex, article_caps) \
            or _head_opens_name(tokens, i, lex) \
            or _holding_opens_name(tokens, i, lex) \
            or _article_opens_name(tokens, i, lex)  # "Jan Lund", "Prime Velmora Lab"
        if not first.isupper() and not _camel(tok.text) and not shaped:
            i += 1
            continue
        if lex.language == "fr" and tok.norm in _DEMONSTRATIVES and i + 1 < n \
                and tokens[i + 1].norm in _DEMONSTRATIVE_NEXT:
            i += 1  # "Celle qui lui a succédé, P, ...", "Ceux qui achètent chez X": a French
            continue  # demonstrative pronoun, no name (not the town of "Celle" before a verb)
        if tok.norm in ("co", "vice", "ex") and i + 2 < n and tokens[i + 1].text == "-" \
                and _joined(tokens, i + 1) and _joined(tokens, i + 2) \
                and tokens[i + 2].norm in lex.title_words:
            i += 3  # "Co-founder Till Quernbach, ...": a hyphenated title, then the person
            continue
        if i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].norm in _CROSS_PREFIXES \
                and tokens[i - 2].text.islower() and tokens[i - 1].start == tokens[i - 2].end \
                and tok.start == tokens[i - 1].end:
            i += 1  # "a cross-Channel cuvée", "trans-Pacific routes": a place in an adjective
            continue
        role_ctx = i > 0 and tokens[i - 1].kind in ("word", "punct") \
            and _after_role(tokens, norms_all, i, lex)
        if not (_is_cap(tok, lex) or shaped
                or role_ctx and tok.kind == "word" and tok.norm not in lex.title_words):
            # a title goes on after a role word ("Chief Executive Gary Lund"): not a name yet
            i += 1
            continue
        names = first_names | {tokens[i].norm} if role_ctx else first_names
        street = _street_end(tokens, i, taken)
        if street:
            for k in range(i, street):
                taken[k] = True  # "la rue du Faubourg Saint-Honoré": an address, no party
            i = street
            continue
        j = _span_end(tokens, i, lex, taken, names, bound)
        if j < n and tokens[j].text == "." and tokens[j - 1].norm in _SUFFIX_WITH_DOT \
                and tokens[j].start == tokens[j - 1].end:
            j += 1  # "Zephyr Robotics Inc." keeps its abbreviation's period
            if j < n and tokens[j - 3].text == "&" and tokens[j].norm in LEGAL_SUFFIXES \
                    and tokens[j].text[:1].isupper() and tokens[j].kind == "word":
                j = _extend_suffix(tokens, j)  # "Kandor Werft GmbH & Co. KG": one legal form
        if j < n and tokens[j].text == "," and tokens[j - 1 - (tokens[j - 1].text == ".")].norm \
                in LEGAL_SUFFIXES:
            j = _extend_suffix(tokens, j)  # "Shanghai Korvane Co., Ltd.": one legal form
        if j < n and tokens[j].text in _LOWER_CASE_FORMS:
            j = _extend_suffix(tokens, j)  # "Kandor Carpets plc"
        if tokens[j - 1].text == "Sp" and [t.text for t in tokens[j:j + 6]] == _POLISH_FORM \
                and all(tokens[k].start <= tokens[k - 1].end + 1 for k in range(j, j + 6)):
            j += 6  # "Wielkopor Quellpol Sp. z o.o.": the Polish limited company's form
        if j < n and tokens[j].text in "$€£¥" and tokens[j].start == tokens[j - 1].end:
            i = j  # "NT$", "HK$": a currency, not a name
            continue
        initial = _is_initial(tokens, i)
        if initial and tok.text in _TOPIC_OPENERS and lex.language == "fr":
            i += 1  # "Côté Quistor, P a salué ...": the topic's marker, then the name
            continue
        if initial and _fronted_place(tokens, i, j, lex):
            i = j  # "Beyond Europe, the company ...": a place after a preposition, no name
            continue
        if initial and (_adverb_like(tokens[i]) or participle_opening(tokens, i, lex)
                        and not (j - i >= 3 and _common_head(tokens, i, lex))) \
                and tokens[i].norm not in article_caps \
                and not _outlet_title(tokens, i, j, lex):  # "Mining Weekly reported"
            i += 1  # "Separately, ...", "Bringing Spirit back ...", "Détenue à 60 % par X, Y"
            continue
        if initial and j - i >= 3 and tokens[j - 1].text.islower() and tokens[j - 2].text == "-" \
                and tokens[i].text[:1].isupper() \
                and not (_name_like_start(tokens, j) or _verb_follows(tokens, j, lex)
                         or j < n and tokens[j].text == "("):
            i = j  # "Vice-président de X, ...", "E-commerce sales": capitalised by position
            continue
        if initial and j - i == 1 and (size := _opening_descriptor(tokens, norms_all, i, lex)):
            i += size  # "Private equity firm Quellmark, ...": the descriptor, then the name
            continue
        if _is_initial(tokens, i):
            tok = tokens[i]
            proper = tok.norm in article_caps or _has_inner_caps(tok) or tok.norm in first_names \
                or shaped or (j - i == 1 and _name_like_start(tokens, j)
                              and not (tok.norm in article_lower and tokens[j].norm in _COPULAS)) \
                or j - i >= 2 \
                or (j < n and taken[j] and tokens[j].text == "(") \
                or (j - i == 1 and _role_after(norms_all, j, lex)
                    and not _adverb_like(tok)  # "Zorbex chief executive Ana Ruiz said"
                    and not (tok.norm in lex.role_areas and j < n
                             and norms_all[j] in lex.role_area_heads))  # "Finance chief P"
            if proper and _quoted_modifier(tokens, i, j, lex):
                proper = False  # "“Thermal shielding is the piece ...”": a noun phrase's modifier
            if not proper:
                if j - i == 1:
                    i = j
                    continue
                i += 1
                if not _is_cap(tokens[i], lex):
                    continue
        if initial and j - i >= 2 and (tokens[i].norm,) in lex.descriptors \
                and tokens[i].text[1:].islower() and tokens[i + 1].norm not in _ORG_CONNECTORS \
                and not _outlet_title(tokens, i, j, lex):  # "Business Daily reported"
            i += 1  # "Startup Zorbex raised...", "Chipmaker Zorbex said": the name follows
        if initial and j - i >= 3 and tokens[i].norm in _FRONT_RELATIONAL \
                and tokens[i].text[1:].islower() and tokens[i + 1].norm in OF_WORDS:
            i += 2  # "Concurrent de Velmora, Quistor ...": a relation noun, then the name
        if lex.language == "fr" and i > 0 and tokens[i - 1].norm == "du" and j - i >= 2 \
                and tokens[i].text.isupper() and 2 <= len(tokens[i].text) <= 4 \
                and tokens[i].text.isalpha() and tokens[i + 1].kind == "word" \
                and tokens[i + 1].text[:1].isupper() and not tokens[i + 1].text.isupper():
            i += 1  # "les géants du BTP Quistor": a sector's acronym after "du", then the name
        if i > 0 and not taken[i - 1] and tokens[i - 1].norm in lex.nationalities \
                and tokens[i - 1].text[:1].isupper() and (
                    tokens[i - 1].kind == "word"
                    or tokens[i - 1].kind == "initials"
                    and tokens[i - 1].end == tokens[i].start - 1) and (
                    j - i >= 2 and (tokens[j - 1].norm in lex.org_heads
                                    or tokens[j - 1].norm in _BODY_HEADS
                                    or tokens[j - 1].norm == "plan"
                                    and tokens[j - 2].norm in _PLAN_KINDS)
                    or j - i >= 3 and tokens[i + 1].text in ("for", "of")
                    and tokens[i].norm in _OF_OR_PUBLIC_HEADS | _FOR_INSTITUTES
                    or not (i >= 2 and tokens[i - 2].norm in lex.determiners)):
            i -= 1  # "the European Innovation Council Fund", "Korean Air" (not "l'Estonien X"),
            # "the Quellish Association for Marine Optics" (a body named for its field, s24)
        if j - i >= 2 and i >= 1 and tokens[i].norm in lex.common_acronyms \
                and (tokens[i - 1].norm in ("du", "des", "de", "l'", "the")
                     or tokens[i - 1].kind == "word" and tokens[i - 1].text.isalpha()
                     and tokens[i - 1].text.islower() and len(tokens[i - 1].text) > 3):
            i += 1  # "les géants du BTP Quellix": the sector's acronym is no part of the name,
            # nor after a lower-case noun ("les luminaires LED Quellan Lumière")
        norms = [t.norm for t in tokens[i:j]]
        if j - i == 1 and _inside_role(norms_all, i, lex):
            i = j  # "Chief Scientific Officer P": a word of a title, no name
            continue
        if j - i == 1 and norms[0] in _RANK_WORDS and j < n and tokens[j].norm in _NUMBER_WORDS \
                and tokens[j].text[:1].isupper() and not (
                    j + 1 < n and tokens[j + 1].kind == "word"
                    and tokens[j + 1].text[:1].isupper()):
            i = j + 1  # "the so-called Big Three", "the Big Four auditors": a group of firms
            continue  # by its rank, no name (session 24)
        if j - i == 1 and (len(tokens[i].text) == 1 or norms[0] in lex.not_names) \
                or "".join(norms) in lex.common_acronyms:
            i = j  # a lone capital letter ("Plan B"), "R&D", "la République" are no names
            continue
        firm_short = j - i == 1 and norms[0] in firm_places and (
            _verb_follows(tokens, j, lex) or j < n and tokens[j].kind == "poss")
        if not firm_short and ((all(w in places or w == "-" for w in norms)
                                or "".join(norms) in places
             or _place_name(tokens, i, j) or hyphen_place(tokens, i, j))
                and not _org_apposition(tokens, i, j, lex) and not _authority_before(tokens, i)
                and not (i > 0 and tokens[i - 1].text.islower() and match_ending_at(
                    norms_all[:i], i, lex.outlet_descriptors) is not None)  # "le quotidien
                # Nord Littoral", "the daily Western Cape": a title shaped as a place
                and not (lex.language == "fr" and not taken[i - 1] and _article_of_title(tokens, i)
                         and not _place_name(tokens, i - 1, j))) \
                or _is_product(tokens, i, j, lex, taken) and norms[-1] not in LEGAL_SUFFIXES \
                and not (j - i >= 2 and (norms[-1] in _FIRM_ENDINGS
                                         or norms[-1].endswith(_HOLDING_COMPOUNDS))) \
                or _not_a_party(tokens, norms_all, i, j, lex) \
                or _paired_with_place(tokens, i, j, places):
            i = j  # (a name ending in a legal form or a financial firm's word is a company,
            # whatever its apposition says: "Quistor Capital, a fleet of ...")
            continue
        if j - i >= 2 and j < n and tokens[j].norm in lex.prepositions \
                and tokens[j - 1].text.endswith(("é", "ée", "és", "ées", "ed")) \
                and tokens[j].text != "a" and tokens[j - 2].text not in ("&", "et") \
                and tokens[j].norm not in ("de", "du", "des", "d'") \
                and tokens[j - 1].norm not in region_names() \
                and tokens[j - 1].norm not in _subdivision_keys():  # not "Kandor de Vendée"
            j -= 1  # "Korvane Racheté par Quistor": a capitalised participle ends the name
            # (not the part after "&" or "et", not before the verb "a": "Zélor & Borée a
            # signé", "Tissus Lavés et Teintés en 2022")
            norms = norms[:-1]
            taken[j] = True  # and is no name of its own
        if (lex.language == "fr" or i > 0 and tokens[i - 1].norm == "l'") and i > 0 \
                and not taken[i - 1] and _article_of_title(tokens, i):
            i -= 1  # "a indiqué Le Progrès", "selon L'Informé", "reported by L'Ardoise"
            if lex.language == "fr" and j - i == 2 and j + 1 < n and i > 0 \
                    and (tokens[i - 1].norm in ("selon", "apres", "dans", "par")
                         or tokens[i + 1].norm in lex.outlet_words) \
                    and tokens[j].kind == "word" and tokens[j].text.islower() \
                    and (_title_epithet(tokens[j], lex) or tokens[j].norm in place_adjectives()) \
                    and tokens[j + 1].text in (",", ".", ";", ")", "»"):
                j += 1  # "selon Le Courrier breton,": a lower-case adjective ends a source's
                # title (not "a racheté Le Quistor breton": a name and its region); after
                # any word when the title's head is an outlet's word: "des informations de La
                # Gazette savoyarde", "a indiqué Le Courrier picard" (session 18)
            norms = [t.norm for t in tokens[i:j]]
            if j + 1 < n and tokens[j].text.islower() and tokens[j].norm in lex.nationalities \
                    and tokens[j + 1].text in _TITLE_CLOSERS:
                j += 1  # "selon Le Kelmark français,": a title's nationality (session 17)
                norms = [t.norm for t in tokens[i:j]]
        if lex.language == "fr" and j - i >= 2 and norms[0] in lex.outlet_words \
                and norms[1] in OF_WORDS:  # "la Revue du Vin de France": a title of the form
            while j + 1 < n and tokens[j].norm in ("de", "du") and not taken[j + 1] \
                    and tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].isupper():
                j += 2  # "<outlet word> de X" runs on over "de <Place>" (session 16)
                j = _place_link(tokens, j) or j  # "le Journal de Saône-et-Loire"
            if j + 1 < n and _title_epithet(tokens[j], lex) and tokens[j + 1].kind == "punct" \
                    and tokens[j + 1].text in (",", ".", ";", ")", "»"):
                j += 1  # "le Journal de la Pêche maritime,": a lower-case adjective ends it
            norms = [t.norm for t in tokens[i:j]]
        if lex.language == "fr" and j - i == 2 and norms[0] in _TITLE_ARTICLES \
                and norms[1] in lex.outlet_words and (end := _lower_title_end(tokens, j, lex)):
            j = end  # "selon Le Journal des entreprises,", "Le Quotidien du pharmacien."
            norms = [t.norm for t in tokens[i:j]]
        m = _make(index, tokens, i, j, NAME)
        org_cue = _after_descriptor(norms_all, i, lex) or "&" in norms \
            or norms[-1] in LEGAL_SUFFIXES or _title_opens_name(tokens, i, lex, first_names) \
            or j - i >= 2 and (has_trade_word(norms) or norms[-1] in ORG_NAME_ENDINGS) \
            or _among_companies(tokens, i, j, lex, first_names) \
            or _company_verb_before(tokens, norms_all, i, j, lex) \
            or _slot_or_listed(tokens, i, j, lex) \
            or lex.language == "fr" and _after_nationality(norms_all, i, lex) \
            or norms[0] not in first_names and _org_described(tokens, norms_all, j, lex) \
            or j < n and tokens[j].text[:1].isupper() and (
                norms_all[j] in LEGAL_SUFFIXES or norms_all[j] in lex.org_heads)
        titled = j - i >= 2 and (_title_apposition(tokens, norms_all, j, lex)
                                 or _title_before(tokens, norms_all, i, lex)
                                 or _company_role_before(tokens, norms_all, i, j, lex)
                                 or _person_noun_after(tokens, norms_all, j, lex))
        shaped_person = _person_shape(tokens, i, j, lex)
        double = shaped_person and j - i == 4 and tokens[i + 2].text == "-" \
            and not any(w in _other_vocabulary(lex) for w in norms if w != "-")  # "P Quar-Nel"
        outlet_named = norms[-1] in lex.outlet_words and any(
            match_at(norms_all, k, lex.outlet_descriptors) for k in range(max(0, i - 3), i))
        # "le site spécialisé Kandor Presse, la présidente a démenti": the role after the
        # comma is another's, the outlet is no person (session 18)
        person_cue = not org_cue and not outlet_named and (titled or shaped_person and (
            _person_context(tokens, norms_all, i, j, lex, article_lower)
            or person_frame(tokens, norms_all, i, j, lex))
            or j - i == 1 and tokens[i].kind == "word" and tokens[i].text.isalpha()
            and tokens[i].text[1:].islower() and _honorific_before(tokens, norms_all, i))
        # "Mr Varnhout", "Mme Quarnier": a surname alone after an honorific (session 19)
        m.person = person_cue or double and not org_cue or j - i >= 2 and not org_cue \
            and norms[0] not in _TITLE_ARTICLES and (
            norms[0] in names or (tokens[i].kind == "initials" and not _lower_initials(tokens[i])
                                  and norms[0] not in lex.nationalities)  # "U.S. Quarsteel"
            or ("-" in norms and norms[0] in word_list("family_names.txt"))
            or any(w in _NAME_PARTICLES for w in norms[1:-1]))  # "Anko van der Werff"
        m.typed = "org" if org_cue else "person" if person_cue else ""
        m.outlet = (j - i >= 2 and norms[-1] not in _MAKER_ENDINGS and (
            any(w in lex.outlet_words and not _complement_word(norms, p)
                for p, w in enumerate(norms[1:], 1))
            or norms[0] in lex.outlet_words and norms[1] in OF_WORDS)) or any(
            (d := match_at(norms_all, k, lex.outlet_descriptors))
            and not any(norms_all[x] in lex.descriptor_ends or norms_all[x] in lex.org_heads
                        for x in range(k + len(d), i))
            for k in range(max(0, i - 3), i)
        )  # not "garden tool maker B": a company noun after the outlet's (session 20)
        out.append(m)
        for k in range(i, j):
            taken[k] = True
        i = j
    return out


def _opening_descriptor(tokens: list[Token], norms: list[str], i: int, lex: Lexicon) -> int:
    """The length of a descriptor of several words that opens the sentence, its first word
    capitalised by position and the rest in lower case, right before a capitalised name
    ("Private equity firm Quellmark", "Grocery chain Velmora"): 0 when there is none."""
    for size in (4, 3, 2):
        end = i + size
        if end < len(tokens) and tuple(norms[i:end]) in lex.descriptors \
                and tokens[i].text[1:].islower() \
                and all(t.text.islower() or t.text == "-" for t in tokens[i + 1:end]) \
                and tokens[end].kind == "word" and tokens[end].text[:1].isupper():
            return size
    return 0


def _complement_word(norms: list[str], p: int) -> bool:
    """True when the word at p is a complement after "de / du / de la / of" ("Quistors du
    Monde"): an outlet's word there names no outlet unless the head itself is one."""
    return norms[p - 1] in OF_WORDS or p >= 2 and norms[p - 1] in ("la", "l'", "the") \
        and norms[p - 2] in OF_WORDS


def _inside_role(norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when the word at i is inside a role title that a title word opens and that goes on
    past it ("Chief Scientific Officer", "Chief Commercial Officer")."""
    if i >= 1 and norms[i - 1] == "chief" and "officer" in norms[i + 1:i + 3]:
        return True  # "Chief Identity Officer", "Chief People Officer"
    for start in (i - 1, i - 2):
        if start < 0 or norms[start] not in lex.title_words:
            continue
        phrase = match_at(norms, start, lex.keys["roles"])
        if phrase is not None and start + len(phrase) > i + 1:
            return True
    return False


_TITLE_ARTICLES = frozenset({"le", "la", "les", "l'"})
_ROLE_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "of", "at", "chez"})


def _role_after(norms: list[str], j: int, lex: Lexicon) -> bool:
    """True when a role title stands at j and does not open a complement ("Zorbex chief
    executive Ana Ruiz"); a first word before "président du conseil", "partner of X" qualifies
    a fronted title ("Ancien président du conseil, ...", "Longtime partner of X, ..."), it is
    no name."""
    role = match_at(norms, j, lex.keys["roles"])
    if role is None:
        return False
    end = j + len(role)
    return not (end < len(norms) and norms[end] in _ROLE_COMPLEMENTS)
_CURRENCY = frozenset("$€£¥")


_TIME_NOUNS = frozenset({"semaine", "mois", "annee", "jour", "veille", "lendemain", "week-end",
                         "dernier", "derniere", "prochain", "prochaine", "edition", "numero"})
"""Words of a date or an issue after a title ("Le Journal de la semaine dernière", "Le Kelmar
du jour"): the title ends before them."""


def _lower_title_end(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """End of a French title's lower-case complement at j: "de / du / des / de la / de l'"
    and one to three lower-case words, closed by punctuation ("Le Journal des entreprises,",
    "Le Moniteur des travaux publics."); 0 when none (a verb or a function word inside, no
    closer: "Le Journal de la semaine dernière a révélé")."""
    n = len(tokens)
    if j >= n or tokens[j].norm not in ("de", "du", "des", "d'") or not tokens[j].text.islower():
        return 0
    k = start = _past_article(tokens, j)
    while k < n and k - start < 3 and tokens[k].kind == "word" and tokens[k].text.islower() \
            and tokens[k].norm not in lex.function_words and tokens[k].norm not in lex.triggers \
            and tokens[k].norm not in lex.calendar and tokens[k].norm not in lex.prepositions \
            and tokens[k].norm not in _TIME_NOUNS:
        k += 1
    if k == start or k >= n or tokens[k].text not in _TITLE_CLOSERS:
        return 0
    return k


_TITLE_CLOSERS = frozenset({",", ".", ";", ")", "»"})


def _article_of_title(tokens: list[Token], i: int) -> bool:
    """True when a capitalised French article inside the sentence stands right before token i:
    "Le Progrès", "L'Informé" (a title), never a sentence's or a quotation's first word."""
    if i < 2:
        return False
    art = tokens[i - 1]
    return art.norm in _TITLE_ARTICLES and art.text[:1].isupper() \
        and not _is_initial(tokens, i - 1) and tokens[i - 2].text not in (":", "«", "\"", "“")


_BETWEEN = frozenset({"entre", "between"})
_AND = frozenset({"et", "and"})


def _placed(tokens: list[Token], k: int, e: int, places: frozenset[str]) -> bool:
    """True when tokens k..e are a listed town or region ("Brest", "Saint-Nazaire", "New
    York"), no country (a contract or a dispute "between Ostravia and Quellonix" has a party)."""
    norms = [t.norm for t in tokens[k:e]]
    return bool(norms) and all(t.kind in ("word", "punct") for t in tokens[k:e]) \
        and not _place_name(tokens, k, e) \
        and (all(w in places or w == "-" for w in norms) and norms[0] != "-"
             or "".join(norms) in places)


def _paired_with_place(tokens: list[Token], i: int, j: int, places: frozenset[str]) -> bool:
    """True for a one-word name paired with a listed place by "entre / between ... et / and"
    ("entre Brest et Quellonville", "between Varnemouth and Brest"): the other end of
    the route or the span is a place too, no party (a name after "et" that opens a clause of its
    own has no "entre" before its pair)."""
    n = len(tokens)
    if j - i != 1 or tokens[i].kind != "word" or not tokens[i].text[1:].islower():
        return False
    if i >= 3 and tokens[i - 1].norm in _AND and tokens[i - 1].text.islower():
        for k in range(i - 2, max(0, i - 5), -1):
            if tokens[k - 1].norm in _BETWEEN and tokens[k - 1].text.islower():
                return _placed(tokens, k, i - 1, places)
    if i >= 1 and tokens[i - 1].norm in _BETWEEN and tokens[i - 1].text.islower() \
            and j + 1 < n and tokens[j].norm in _AND and tokens[j].text.islower():
        e = j + 1
        while e < n and e - j <= 4 and (tokens[e].text[:1].isupper() or tokens[e].text == "-"):
            e += 1
        return _placed(tokens, j + 1, e, places)
    return False


def _fronted_place(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the span opens its sentence on a capitalised preposition followed by place
    words up to a comma ("Beyond Europe,", "Outside Vietnam,", "Across Baden-Württemberg,"):
    a fronted adverbial of place, not a name (session 23)."""
    places = place_words()
    rest = tokens[i + 1:j]
    return j - i >= 2 and j < len(tokens) and tokens[j].text == "," \
        and (tokens[i].norm in lex.prepositions or tokens[i].norm in _LOCATIVE) and (
            all(t.norm in places or t.text == "-" for t in rest)
            or " ".join(t.norm for t in rest) in _subdivision_keys()
            or fold(" ".join(t.text for t in rest)) in _city_words())


def _place_name(tokens: list[Token], i: int, j: int) -> bool:
    """True when the span, alone or with up to three lower-case words after it, is a country's
    full name: "United Kingdom", "République tchèque", "Émirats arabes unis"."""
    names = place_names()
    for extra in range(4):
        if j + extra > len(tokens) or (extra and not tokens[j + extra - 1].text.islower()
                                       and tokens[j + extra - 1].text != "-"):
            break
        if " ".join(t.norm for t in tokens[i:j + extra]) in names:
            return True
    return False


_LOCATIVE = frozenset({"a", "in", "at", "near", "outside", "pres", "en", "sur", "on", "from"})
_PLACE_LINKS = (("dans", "le"), ("dans", "la"), ("dans", "l'"), ("dans", "les"), ("pres", "de"),
                ("pres", "d'"), ("en",), ("near",), ("outside",), ("north", "of"),
                ("south", "of"), ("east", "of"), ("west", "of"), ("au", "nord", "de"),
                ("au", "sud", "de"), ("a", "l'est", "de"), ("a", "l'ouest", "de"))
_DISEASE_NOUNS = frozenset({"maladie", "syndrome", "virus", "disease", "syndrome's", "fever",
                            "fievre"})
_AGAINST = frozenset({"contre", "against"})
_VENUE_WORDS = frozenset({"bourse", "exchange", "nasdaq", "growth", "alternext"})


def _acronym_plural(text: str) -> bool:
    """True for the plural of an acronym: "ODMs", "OEMs", "SUVs" (capitals, then one "s")."""
    return len(text) >= 3 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


_NEAR_REACH = 2
"""How many words a bare name after "near" / "près de" may take to be read as a place."""


def _near_place(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """True for a short bare name right after a lower-case "near" or "près de" (session 24,
    wrongs25): "three quarries near Tarvik", "a mill near Quessac", "son entrepôt près de
    Velzac" (where a site is, no party). Not a company's possessive ("near Kelbrin's plant"),
    a name with a firm's ending or head ("near Tarvik Steel", "près du groupe X"), nor one a
    relative clause makes a subject ("un dépôt près de X, qui lui confie la révision")."""
    if j - i > _NEAR_REACH or i < 1:
        return False
    near = tokens[i - 1].text == "near" or i >= 2 and norms[i - 1] in ("de", "d'") \
        and tokens[i - 2].text == "près"
    if not near or j < len(tokens) and norms[j] in ("'s", "’s", "'"):
        return False
    if j + 1 < len(tokens) and norms[j] == "," and norms[j + 1] in ("qui", "who", "which"):
        return False  # "un dépôt près de Kandor Marine, qui lui confie ...": a subject, a firm
    return not any(w in _FIRM_ENDINGS or w in LEGAL_SUFFIXES or w in ORG_NAME_ENDINGS
                   or w in lex.org_heads for w in norms[i:j])


def _not_a_party(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """A capitalised span that names a town, a disease or a listing venue, not an organisation:
    "à Velzac, dans la Somme", "in Tarvik, Ohio,", "le vaccin contre Quarvik", "la maladie de
    Quarvik", "Quarvik disease", "à la Bourse de Quimperlé", "on the Tarvik Stock Exchange"."""
    if j == i + 1 and _acronym_plural(tokens[i].text):
        return True  # "larger ODMs such as A", "OEMs": a class of companies (session 16)
    if j == i + 2 and norms[i] == "form" and len(tokens[i + 1].text) <= 4 \
            and (tokens[i + 1].text.isupper() or tokens[i + 1].text.isdigit()):
        return True  # "a Form D filing with the regulator", "its Form 4": a filing's form,
        # no party (session 23, wrongs)
    if j == i + 1 and j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.islower() \
            and (norms[i] in _CONTINENTAL or norms[i] in lex.nationalities) \
            and norms[j] not in lex.function_words:
        return True  # "a partner with Asian distribution": an adjective before its noun
    if j == i + 1 and j + 2 < len(tokens) and norms[j] in ("and", "or", "et", "ou") \
            and norms[i] in _CONTINENTAL and norms[j + 1] in _CONTINENTAL \
            and tokens[j + 2].kind == "word" and tokens[j + 2].text.islower() \
            and norms[j + 2] not in lex.function_words:
        return True  # "for Asian and African markets": two adjectives before their noun
    if j == i + 1 and norms[i] in lex.role_areas and j < len(tokens) \
            and norms[j] in lex.role_area_heads:
        return True  # "Finance chief P", "Operations director P": a business area, no company
    if _town_of_based(tokens, norms, j) or _maker_modifier(tokens, norms, i, j) \
            or _place_modifier(tokens, norms, i, j, lex) or _near_place(tokens, norms, i, j, lex):
        return True
    if j + 1 < len(tokens) and tokens[j].text == "-" and _joined(tokens, j) \
            and _joined(tokens, j + 1) and norms[j + 1] in ("based", "headquartered"):
        return True  # "the Quellburg-based bank": where a company is, no party
    before = i - 1
    while before >= 0 and norms[before] in lex.determiners:
        before -= 1
    prev = norms[before] if before >= 0 else ""
    if prev in _LOCATIVE and tokens[before].text != "a":  # "à", never the verb "a"
        if before == 0 and prev in ("a", "in") and j - i <= 2 and j < len(tokens) \
                and tokens[j].text == ",":
            return True  # "À Velzac, le groupe ...", "In Tarvik, the company ...": a fronted
            # place opening the sentence, never the subject the next description takes
        if j - i == 3 and norms[i] in _SAINTS and tokens[i + 1].text == "-" \
                and _joined(tokens, i + 1) \
                and _joined(tokens, i + 2):
            return True  # "à Saint-Quellain, qui ...": a town named after a saint
        link = match_at(norms, j + 1, _PLACE_LINKS) if j < len(tokens) - 2 else None
        if j < len(tokens) - 2 and tokens[j].text == "," and (
                link and j + 1 + len(link) < len(tokens)
                and tokens[j + 1 + len(link)].text[:1].isupper()
                or norms[j + 1] in place_words() and tokens[j + 1].text[:1].isupper()
                and (j + 2 == len(tokens) or tokens[j + 2].kind == "punct")):
            return True  # "à Velzac, dans la Somme", "in Tarvik, Ohio," (not "in X, France's")
        if j + 2 < len(tokens) and j - i == 1 and tokens[j].text == "(" \
                and tokens[j + 1].text[:1].isupper() and tokens[j + 1].kind == "word" \
                and not tokens[j + 1].text.isupper() and tokens[j + 2].text == ")":
            return True  # "basé à Tarvenec (Morbihan)": a town, its department in brackets
        if prev == "from" and before >= 1 and j - i == 1 \
                and match_ending_at(norms, before, lex.keys["descriptors"]) \
                and norms[before - 1] not in lex.product_nouns and _apposed_from(tokens, before):
            return True  # "X, the packaging group from Harnfeld": where a company is from
        if prev == "en" and lex.language == "fr" and tokens[before].text == "en" \
                and before == i - 1 and norms[j - 1] not in LEGAL_SUFFIXES \
                and norms[j - 1] not in lex.org_heads:
            return True  # "installée à Givry, en Tarvane-et-Loire", "présente en Quarvie":
            # "en" before a bare name is a region's or a country's (session 22, wrongs)
        if any(w in _VENUE_WORDS for w in norms[i:j]):
            return True  # "à la Bourse de Quimperlé", "on the Tarvik Stock Exchange"
        if _facility_place(norms, before, prev, lex):
            return True  # "its plant in the Tarvik Hills" (session 16)
        if before >= 1 and j - i <= 3 and prev in ("a", "in") and tokens[before].text != "a" \
                and norms[before - 1] in _SITED_PARTICIPLES:
            return True  # "les granulés produits à Quessac", "tubes made ... produced in
            # Tarvik": where goods are made or a firm sits, never the customer of "vendre à"
        if before >= 2 and j - i <= 3 and prev in ("a", "in") and tokens[before].text != "a" \
                and norms[before - 1] in _AUDIENCE_NOUNS \
                and norms[before - 2] in _TOLD_AUDIENCE:
            return True  # "P told reporters in Marvik", "a déclaré à la presse à Marvik":
            # where a speaker spoke, never the company of the speaker's title (session 21)
    if _set_off_place(tokens, norms, before, i, j):
        return True  # "exploitera, au Quarvik, une unité", "via Tarvik, où le négociant"
    if _ship_name(tokens, norms, i, j, lex):
        return True  # "à bord du Quarvane Aurore", "the second one, the Quarvane Solstice,"
    if prev in ("de", "d'") and before >= 1 and norms[before - 1] in _GEO_OF \
            and tokens[before - 1].text.islower():
        return True  # "la forêt de Quessor", "la vallée de Tarvik" (session 18)
    if prev in ("de", "d'") and before >= 2 and norms[before - 1] in ("site", "sites") \
            and tokens[before - 1].text.islower() and norms[j - 1] not in lex.org_heads \
            and norms[j - 1] not in LEGAL_SUFFIXES \
            and not (before >= 3 and norms[before - 3] in _WEBSITE_CUES):
        return True  # "directrice du site de Quessac", "des sites de Morvic et de Tarvik":
        # a town (session 21; not "selon le site de X", a website)
    if before >= 0 and prev == "the" and j + 1 < len(tokens) and norms[j] in _TOWN_NOUNS \
            and tokens[j].text.islower():
        return True  # "in Morvik, the Tarvana town that makes most tiles": a region's town
    if prev in ("of", "de", "d'") and before >= 2 and norms[before - 1] in _AREA_OF_NOUNS \
            and tokens[before - 1].text.islower() and norms[before - 2] in lex.determiners:
        return True  # "a cooperative in the province of Tarvica that has supplied X", "de la
        # région de Quessac qui": a region, no party (session 23, wrongs24)
    if _route_or_site_place(tokens, norms, i):
        return True  # "les liaisons vers Quarvik", "trois scieries à Velzac et Tarvik"
    if _owned_site_place(tokens, norms, i, j, lex):
        return True  # "Quistor's Tarvikshire quarries", "its Munich and Velzheim plants"
    if prev in _AGAINST and before >= 1 and norms[before - 1] in lex.product_nouns:
        return True  # "le vaccin contre Quarvik"
    if j == i + 1 and norms[i] in ("series", "serie") and j < len(tokens) \
            and len(tokens[j].text) == 1 and tokens[j].text.isupper():
        return True  # "its $40 million Series A round": a round's name, no party (session 16)
    if prev == "from" and before >= 1 and j == i + 1 and tokens[before - 1].text.islower() \
            and (norms[before - 1],) in lex.descriptors and (
                j >= len(tokens) or tokens[j].kind == "punct" or norms[j] in ("and", "or")):
        return True  # "Quistor, the packaging group from Velden, which ...": a town (session 15)
    if prev in ("de", "d'", "of") and before >= 1 and norms[before - 1] in _DISEASE_NOUNS:
        return True  # "la maladie de Quarvik"
    return j < len(tokens) and norms[j] in _DISEASE_NOUNS  # "Quarvik disease"


_SITED_PARTICIPLES = frozenset({
    "produit", "produits", "produite", "produites", "fabrique", "fabriques", "fabriquee",
    "fabriquees", "assemble", "assembles", "assemblee", "assemblees", "raffine", "raffines",
    "raffinee", "raffinees", "extrait", "extraits", "extraite", "extraites", "installe",
    "installes", "installee", "installees", "implante", "implantes", "implantee",
    "implantees", "situe", "situes", "situee", "situees", "produced", "manufactured",
    "assembled", "refined", "mined", "located", "situated", "headquartered",
    "founded", "established", "based", "fonde", "fondee", "fondes", "fondees", "base",
    "basee", "bases", "basees"})
"""Participles of where goods are made or a firm sits: a name after their "à" / "in" is a
town ("les granulés produits à Quessac", "cells assembled in Tarvik"; session 21; where a
firm was founded or is based, "founded in Marvik in 2009", "fondée à Tarvik": session 22). Not
"made" ("the investment made in X"), "vendus" / "livrés" / "confiés" (a customer) nor "at"
("produced at X", a contract maker as often)."""
_AUDIENCE_NOUNS = frozenset({"reporters", "journalists", "analysts",
                             "presse", "journalistes", "analystes"})
_TOLD_AUDIENCE = frozenset({"told", "telling", "briefed", "la", "aux", "les", "des"})
"""A speaker's audience before "in / à" and a town: "told reporters in Marvik", "a déclaré à
la presse à Marvik", "a indiqué aux analystes à Tarvik" (session 21)."""
_WORKS_NOUNS = frozenset({"cimenterie", "cimenteries", "acierie", "acieries", "papeterie",
                          "papeteries", "sucrerie", "sucreries", "verrerie", "verreries",
                          "laiterie", "laiteries", "fromagerie", "minoterie", "distillerie",
                          "tuilerie", "briqueterie", "filature", "tannerie", "chantier",
                          "chantiers", "atelier", "ateliers", "entrepot", "depot", "depots",
                          "usine", "fonderie", "fonderies", "raffinerie", "raffineries",
                          "centrale", "centrales", "mine", "mines", "carriere", "carrieres"})
"""French works nouns after a possessive: "sa papeterie de Tarvik" names a town."""
_WEBSITE_CUES = frozenset({"sur", "selon", "apres", "via"})
"""Words before "le site de X" that make the site a website ("selon le site de X")."""
_TOWN_NOUNS = frozenset({"town", "city", "village", "region", "province", "county",
                         "district", "municipality", "state"})
"""Lower-case nouns of a place after "the <Name>": the name is a region ("the Tarvana town")."""
_AREA_OF_NOUNS = frozenset({"province", "provinces", "region", "regions", "district",
                           "prefecture", "canton", "departement"})
"""Lower-case nouns of an administrative area before "of / de <Name>" and after a determiner
("the province of X", "la région de X", "le département de X"): the name is a place. Not
"city", "town", "state": "the City of X" buys and contracts as a party."""
_PLACE_PREPOSITIONS = frozenset({"a", "au", "via", "in"})
_WHERE = frozenset({"où", "where"})


def _set_off_place(tokens: list[Token], norms: list[str], before: int, i: int, j: int) -> bool:
    """True when a name of one or two words after a preposition of place is set off by commas
    ("a ouvert, à Velzac, une usine", "exploitera, au Quarvik, une unité", ", in Tarvik,") or
    after "via" and followed by "où" / "where" ("part à l'export via Tarvik, où le négociant
    loue"): a place, no party (session 19, precision). Never "à" the verb ("Quistor a, ..."),
    "à X, où" / "in X, where" (a company as often: "a vendu ses parts à Quistor, où il avait
    dirigé") nor a name of three words or more."""
    if before < 0 or j - i > 2 or j + 1 >= len(tokens) or tokens[j].text != "," \
            or norms[before] not in _PLACE_PREPOSITIONS or tokens[before].text in ("a", "A"):
        return False
    if tokens[j + 1].text.lower() in _WHERE and norms[before] == "via":
        return True  # ("à Quistor, où il a dirigé", "in Quistor, where he sits": companies)
    return before >= 1 and tokens[before - 1].text == "," and before == i - 1 \
        and norms[before] in ("a", "au", "in")


_ROUTE_NOUNS = frozenset({"liaison", "liaisons", "traversee", "traversees", "desserte",
                          "dessertes", "rotations", "lignes", "vols", "route", "routes",
                          "crossing", "crossings", "sailings", "flights"})
"""Nouns of a transport link: the names after "vers" / "to" are where it goes (session 18)."""
_RUN_VERBS = frozenset({"exploite", "exploitent", "exploitait", "possede", "possedent", "gere",
                        "gerent", "operates", "operate", "operated", "runs", "run", "owns"})
"""Verbs of running or owning sites: within four words before a site noun of
`RUN_SITE_NOUNS` and "à" / "in", the names after are places (`_route_or_site_place`). The
relation side has its own, narrower test (`relations._RUN_TRIGGERS`, "exploit-" only)."""
RUN_SITE_NOUNS = frozenset({
    "usine", "usines", "scierie", "scieries", "site", "sites", "centrale", "centrales",
    "raffinerie", "raffineries", "terminal", "terminaux", "entrepot", "entrepots", "fonderie",
    "fonderies", "mine", "mines", "laminoir", "laminoirs", "acierie", "acieries",
    "hauts-fourneaux", "haut-fourneau", "fourneaux", "clinique", "cliniques", "centres",
    "etablissements", "stations", "domaines", "hotels", "plateformes", "pylones", "port",
    "aeroport", "gisement", "depart", "tri",
    "plants", "factories", "mills", "sawmills", "warehouses", "centers", "resorts", "terminals",
    "yards"})
"""Nouns of a site a company runs. A name after them is a place or the site's own name, no
party: "exploite trois scieries à Velzac", "runs two mills in Quarvik" (`_route_or_site_place`,
names13), "la fonderie de Las Varenas", "deux centres de stockage à Morvalle", "six lignes au
départ de Tarvik", "dont la clinique Sainte-Varenne" (relations.py `_run_site`, precision2).
One list since session 21 (was `_SITE_NOUNS` here and `relations._RUN_SITES`: the union
changes no output)."""


_GEO_OF = _GEO_NOUNS - {"cote", "cotes"}
"""Lower-case French geographic nouns before "de <Name>": the name is a place ("la forêt de
Quessor"); not "côtés" ("aux côtés de X" names a partner)."""


_VESSEL_NOUNS = frozenset({"ships", "vessels", "ferries", "yachts", "tankers", "navires",
                           "paquebots", "bateaux", "ship", "vessel", "ferry", "navire",
                           "paquebot", "bateau", "carriers"})
"""Vessel nouns, one token each (norms are single words): an earlier one in the sentence lets
an apposed "the <Name>" be a ship ("three ferries, the second one, the Quarvane Solstice,")."""
_VESSEL_REACH = 20
"""How many words before the apposition `_ship_name` looks for a vessel noun of its sentence:
enough for "three ferries ordered for delivery in 2027 and 2028, the second one," and more,
not a vessel noun in another clause far back in a long sentence."""


def _ship_name(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """True when the span names a ship (session 18): after "aboard (the)" or "à bord du / de
    la", or apposed with its article to an earlier vessel noun of the sentence ("three ferries
    on order, the second one, the Quarvane Solstice, for 2027", "deux navires, dont le
    premier, le Quarvane Aurore, ..."): a ship named like its owner must not take the owner's
    short name. Not a name ending in a company word or a legal form ("the Kelmark Group")."""
    if norms[j - 1] in LEGAL_SUFFIXES or norms[j - 1] in lex.org_heads \
            or norms[j - 1] in _FIRM_ENDINGS:
        return False
    k = i - 1
    if k >= 0 and norms[k] in ("the", "le", "la", "du"):
        k -= 1
    if k >= 0 and norms[k] == "aboard" or k >= 1 and norms[k - 1:k + 1] == ["a", "bord"] \
            or k >= 2 and norms[k - 2:k + 1] == ["a", "bord", "de"]:
        return True
    if k < 1 or k == i - 1 or tokens[k].text != "," or j >= len(tokens) \
            or tokens[j].text not in (",", ")") \
            and not (tokens[j].text == "." and j + 1 == len(tokens)):
        return False  # only "..., the Name," apposed between commas
    return any(norms[v] in _VESSEL_NOUNS for v in range(max(0, k - _VESSEL_REACH), k))


_QUARRY_NOUNS = frozenset({"quarry", "quarries"})
"""Quarries, a site noun no other list has (sand and stone are dug there, no firm's name)."""


def _owned_site_place(tokens: list[Token], norms: list[str], i: int, j: int,
                      lex: Lexicon) -> bool:
    """True when the span (or a member of a list of names) stands between a possessor and a
    site noun ("Quistor's Tarvikshire quarries", "its Munich and Velzheim plants", "their
    Tarvik mills"): the possessor owns the site, so the name only says where it is, never a
    second company. Not a name with a company word or a legal form ("its Velmora Energy
    plants", "Velmora's Quelbrook Industries plant": a unit of the owner, left as it was)."""
    if j >= len(tokens) or not tokens[j].text.islower() or not (
            _site_noun(tokens[j], lex) or norms[j] in RUN_SITE_NOUNS
            or norms[j] in _QUARRY_NOUNS):
        return False
    if norms[j - 1] in lex.org_heads or norms[j - 1] in LEGAL_SUFFIXES \
            or norms[j - 1] in ORG_NAME_ENDINGS or has_trade_word(norms[i:j]):
        return False  # "Velmora's Quelbrook Industries plant": the company's plant
    k = i - 1
    while k >= 0 and (norms[k] in (",", "and") or tokens[k].kind == "word"
                      and tokens[k].text[:1].isupper() and tokens[k].text[1:].islower()):
        k -= 1  # back over the list's earlier members: "its Munich and ..."
    return k >= 0 and (tokens[k].kind == "poss" or norms[k] in lex.possessive_pronouns
                       and lex.language == "en")


def _route_or_site_place(tokens: list[Token], norms: list[str], i: int) -> bool:
    """True when the span is (a member of a list of names) after "vers" / "to" and a route noun
    ("exploite les liaisons vers Quarvik, Tarvik et Belle-Vanne", "its ferry routes to
    Quarvik"), or after "à" / "in" and a site noun that a running verb governs ("exploite trois
    scieries à Velzac et Tarvik", "runs two mills in Quarvik"): places, no parties (session 18;
    "a vendu trois usines à Quistor" keeps its buyer: no running verb)."""
    k = i - 1
    while k >= 1 and i - k <= 16 and (
            norms[k] in (",", "-", "et", "and") or tokens[k].kind == "word"
            and tokens[k].text[:1].isupper() or tokens[k - 1].text == "-"
            and _joined(tokens, k - 1) and _joined(tokens, k)):
        k -= 1  # back over the list's earlier members: "vers Quarvik, Tarvik et ..."
    if k < 1:
        return False
    prev = norms[k]
    noun = k - 1
    if noun >= 1 and tokens[noun].text.islower() and norms[noun] not in _ROUTE_NOUNS \
            and norms[noun - 1] in _ROUTE_NOUNS:
        noun -= 1  # "les liaisons maritimes vers X", "its ferry routes to X"
    if prev in ("vers", "to") and norms[noun] in _ROUTE_NOUNS:
        return True
    site = k - 1
    if site >= 2 and norms[site - 1] == "de" and tokens[site].text.islower() \
            and norms[site - 2] in RUN_SITE_NOUNS:
        site -= 2  # "possède deux centres de stockage à Morvalle et Quessac" (session 20)
    if not (prev == "in" or tokens[k].text in ("à", "À")) or norms[site] not in RUN_SITE_NOUNS:
        return False
    return any(norms[v] in _RUN_VERBS for v in range(max(0, site - 4), site))


def _place_modifier(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """True when one capitalised word after a preposition stands before an agent noun and
    the name it describes ("from Quellham roaster Brenlac Coffee", "by Kelmark operator
    Zorla"): English puts the town before the noun as a modifier; the name after it is the
    party (English only; not when a possessive or a product noun follows)."""
    n = len(tokens)
    if lex.language != "en" or j != i + 1 or i < 1 or j + 1 >= n \
            or norms[i - 1] not in _MODIFIER_PREPOSITIONS or tokens[i].kind != "word" \
            or not tokens[i].text[1:].islower():
        return False
    noun = tokens[j]
    if not _agent_modifier_word(noun, lex):
        return False
    last = j
    if j + 3 < n and tokens[j + 1].text == "-" and _joined(tokens, j + 1) \
            and _joined(tokens, j + 2) \
            and tuple(t.norm for t in tokens[j:j + 3]) in lex.descriptors:
        last = j + 2  # "with Tarvik start-up Zorlane", "by Quellham spin-off X" (session 23)
    elif j + 2 < n and not _agent_noun(noun, lex) \
            and _agent_modifier_word(tokens[j + 1], lex) and _agent_noun(tokens[j + 1], lex):
        last = j + 1  # "by Quellham engineering firm X", "Tarvik sewing specialist X": a
        # noun of the trade before the agent noun (session 24, names25)
    elif not _agent_noun(noun, lex):
        return False  # (a works noun in "-ery": "by Thuringian dairy X", "bakery": session 23)
    nxt = tokens[last + 1]
    return nxt.kind in ("word", "number") and nxt.text[:1].isupper() \
        and nxt.start == tokens[last].end + 1  # "roaster Two Kelmarks Coffee Co"


_MODIFIER_PREPOSITIONS = frozenset({"from", "by", "with", "to", "for", "in", "against"})
_TOWN_AGENT_ENDINGS = AGENT_ENDINGS_EN + ("ery", "dairy", "foundry", "laundry")
"""Endings of the agent nouns a town may modify ("Quellham roaster", "Tarvik foundry"); "-ery"
names works ("bakery", session 23)."""


def _agent_modifier_word(tok: Token, lex: Lexicon) -> bool:
    """True when the word may stand between a town and the name: a lower-case word that is
    no function word, preposition, cue (but a works noun), product noun or role ("founder")."""
    return tok.kind == "word" and tok.text.islower() and tok.norm not in lex.function_words \
        and tok.norm not in lex.prepositions and tok.norm not in lex.product_nouns \
        and tok.norm not in lex.role_words \
        and (tok.norm not in lex.triggers or tok.norm in _WORKS_CUES)


_WORKS_CUES = frozenset({"foundry", "laundry"})
"""Works nouns that are also cues ("a chip foundry for X"): after a town they name the firm
("from Quellham foundry X"), no relation to the town."""


def _agent_noun(tok: Token, lex: Lexicon) -> bool:
    """True when the word is a company noun of the lexicon ("firm", "start-up") or ends like
    an agent noun of `_TOWN_AGENT_ENDINGS`."""
    return (tok.norm,) in lex.descriptors or tok.norm.endswith(_TOWN_AGENT_ENDINGS)


_MAKER_HEADS = frozenset({"producer", "producers", "maker", "makers", "grower", "growers",
                          "manufacturer", "manufacturers", "winemaker", "brewer", "distiller",
                          "producteur", "fabricant"})


def _facility_place(norms: list[str], before: int, prev: str, lex: Lexicon) -> bool:
    """True when the locative before the span follows a facility noun: "its plant in the
    Tarvik Hills", "son usine près de Velzac" (where the facility is); not "à", which may name
    whom it is for ("a confié la construction de l'usine à Quistor")."""
    return before >= 1 and prev in _FACILITY_LOCATIVES and norms[before - 1] in lex.facility_nouns


_FACILITY_LOCATIVES = frozenset({"in", "near", "outside", "en", "pres"})


def _town_of_based(tokens: list[Token], norms: list[str], j: int) -> bool:
    """True when the span is followed by a comma and a capitalised "-based" word: "Quellport,
    Md.-based Velmora", "Tarvik, Ohio-based X" (session 16): a town and its state."""
    k = j + 2
    if k >= len(tokens) or tokens[j].text != "," or not tokens[j + 1].text[:1].isupper():
        return False
    if tokens[k].text == ".":
        k += 1
    return k + 1 < len(tokens) and tokens[k].text == "-" \
        and norms[k + 1] in ("based", "headquartered")


LIST_WORDS = frozenset({"and", "or", "et", "ou", "as", "well", "plus", "ainsi", "que"})
"""Words that join the members of a list ("A and B", "A ainsi que B", "A as well as B"); also
units.py's gaps between conjuncts."""


def _maker_modifier(tokens: list[Token], norms: list[str], i: int, j: int) -> bool:
    """True when a one-word span is followed by up to three lower-case words ending in a
    maker's noun and then a capitalised name: "Harnfeld cider producer Quistor",
    "Velzac watch maker Velmora" (session 16): where the maker is, not a company."""
    if j != i + 1:
        return False
    for k in range(j, min(len(tokens) - 1, j + 3)):
        if not tokens[k].text.islower() or tokens[k].kind != "word" \
                or norms[k] in LIST_WORDS:
            return False  # "a partner of Kandor and cider producer Y": Kandor is a party
        if norms[k] in _MAKER_HEADS:
            return tokens[k + 1].text[:1].isupper()
    return False


def _org_apposition(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when an apposition after token j names an organisation: "Georgia, the skincare
    brand founded by...", "Savoie, la société de..." (so the name is not the place); not when
    the place closes a fronted phrase and the description is the subject ("Sur l'Atlantique
    Nord, la compagnie nantaise voit...", "In Georgia, the company ...")."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].norm not in lex.determiners:
        return False
    before = [t for t in tokens[:i] if t.norm not in lex.determiners]
    if before and before[0].norm in lex.prepositions and not any(t.text == "," for t in before):
        return False
    norms = [t.norm for t in tokens]
    for k in range(j + 2, min(len(tokens), j + 6)):
        if norms[k] in BRAND_OR_SIGN_NOUNS or match_at(norms, k, lex.keys["descriptors"]):
            return True
        if not tokens[k].text.islower() or norms[k] in lex.function_words:
            return False
    return False


def _digit_name_context(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when digits-then-capitals ("3M", "9T") stand where a name does: before a
    capitalised word or a legal form, before a verb, or after an organisation noun; never
    after a currency sign or before a unit's noun ("$3M", "5G network")."""
    if i > 0 and (tokens[i - 1].text in _CURRENCY or tokens[i - 1].kind == "number"):
        return False
    if len(tokens[i].text.lstrip("0123456789")) == 1 and tokens[i].text[-1] in "MBKT" \
            and i + 1 < len(tokens) and tokens[i + 1].norm in lex.amount_scales:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and (_is_cap(nxt, lex) or nxt.norm in LEGAL_SUFFIXES):
        return True
    if i > 0 and ((tokens[i - 1].norm,) in lex.descriptors or tokens[i - 1].norm in lex.org_heads):
        return True
    return _name_like_start(tokens, i + 1) or _verb_follows(tokens, i + 1, lex) \
        or _party_slot(tokens, i, lex)


_SLOT_NOUNS = frozenset({"rival", "rivals", "competitor", "competitors", "concurrent",
                         "concurrents", "customer", "customers", "client", "clients", "supplier",
                         "suppliers", "fournisseur", "fournisseurs"})
"""Relation nouns whose next word, when it is a name, is a company ("its main rival 7Q", "le
client Q24"; "Velmora's main rival is 7Q"): the slot, not the form, says so (session 20)."""

_SLOT_VERBS: tuple[tuple[str, ...], ...] = _COMPANY_OBJECT_VERBS + (
    ("mesure", "a"), ("mesure", "a", "et", "a"), ("chez",), ("rachat", "de"), ("rachat", "du"),
    ("rachat", "d'"), ("acquisition", "de"), ("acquisition", "d'"), ("acquisition", "of"),
)
"""Words after which a digit-shaped word names a company, not a model: the object of a buying
or competing verb, "se mesure à", "chez", "le rachat de" (session 20)."""


_SLOT_EXAMPLES = frozenset({"comme", "like", "including", "notamment"})
"""Words that open examples after a slot noun ("des concurrents comme Vel4", session 21)."""

_SLOT_CLOSERS = frozenset({"and", "or", "et", "ou", "which", "who", "whose", "qui", "dont", "que",
                           "said", "says", "a", "est"})
"""Lower-case words after which a slot's digit-shaped name stays one: a conjunction, a relative,
"said", the French auxiliary (not a noun: "3M shares", "5G licences")."""


def _party_slot(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a name shaped like a model code ("7Q", "Vel24", "Quist8") stands where only a
    company does (session 20): right after a rival, client or supplier noun (or such a noun and
    "is" / "est"), after a buying or competing verb, "chez", "le rachat de", "se mesure à",
    after a French determiner and a nationality ("l'américain Quist8"), or after a role and
    "de" ("associé gérant d'Vel24"). A determiner or a product noun between ("bought the A320",
    "le modèle X5") keeps the model out."""
    if i == 0:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].kind == "word" and tokens[i + 1].text.islower() \
            and tokens[i + 1].norm not in _SLOT_CLOSERS \
            and tokens[i + 1].norm not in lex.prepositions:
        return False  # "bought 3M shares", "acquired 5G licences": a quantity or a technology
    norms = [t.norm for t in tokens[max(0, i - 5):i + 1]]
    k = len(norms) - 1
    prev = tokens[i - 1]
    if prev.text.islower() and prev.norm in _SLOT_NOUNS:
        return True
    if k >= 2 and norms[k - 1] in ("is", "est") and norms[k - 2] in _SLOT_NOUNS:
        return True
    if k >= 2 and norms[k - 1] in _SLOT_EXAMPLES and norms[k - 2] in _SLOT_NOUNS \
            or k >= 3 and norms[k - 2:k] == ["such", "as"] and norms[k - 3] in _SLOT_NOUNS:
        return True  # "des concurrents comme Vel4 et X", "rivals such as 7Q" (session 21)
    if match_ending_at(norms, k, _SLOT_VERBS) is not None:
        return True
    if lex.language == "fr" and _after_nationality(norms, k, lex) and prev.text.islower():
        return True
    return prev.norm in ("de", "d'", "of") and i >= 2 \
        and _after_role(tokens[:i - 1], [t.norm for t in tokens[:i - 1]], i - 1, lex)


def _slot_or_listed(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the name at i..j stands in a party's slot (`_party_slot`: "ses concurrents
    Marc Velbrand", "rivals such as Anna Velmora") or follows "and" / "et" / "or" / "ou" after
    a name that does ("rivals such as Tarvel and Anna Velmora"): a rival, a client or a
    supplier named like a person is a company (session 22). Not before a possessive ("bought
    Anna Velmora's catalogue": the catalogue is hers)."""
    if j < len(tokens) and tokens[j].kind == "poss":
        return False
    return _party_slot(tokens, i, lex) or i >= 2 \
        and tokens[i - 1].norm in ("and", "et", "or", "ou") \
        and _listed_after_party(tokens, i - 2, lex)


def _listed_code(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when a one-word name with digits follows "and" / "et" after a party's name, no
    lower-case word after it: "des concurrents comme Tarvel et V44", "rivals such as Tarvel
    and Z44" (session 22, names20); "competes with Tarvel and its A350 jets", "Tarvel and
    A350 jets" stay models."""
    if i < 2 or tokens[i - 1].norm not in ("and", "et"):
        return False
    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.islower() \
            and tokens[j].norm not in _SLOT_CLOSERS and tokens[j].norm not in lex.prepositions:
        return False
    return _listed_after_party(tokens, i - 2, lex)


def _listed_after_party(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """True when the capitalised name ending at `end`, with no digit in it, stands in a
    party's slot: a model-shaped name joined to it by "and" / "et" is the next party of the
    same list ("rivals such as Tarvel and Vel4"); "A320 and A350" stays a pair of models."""
    q = end
    while q >= 1 and tokens[q - 1].kind == "word" and tokens[q - 1].text[:1].isupper():
        q -= 1
    return all(t.kind == "word" and t.text[:1].isupper() and not any(c.isdigit() for c in t.text)
               for t in tokens[q:end + 1]) and _party_slot(tokens, q, lex)


_RANKS = frozenset({"premier", "premiere", "first", "senior", "principal", "principale", "main",
                    "second", "deuxieme"})


def _title_apposition(tokens: list[Token], norms: list[str], j: int, lex: Lexicon) -> bool:
    """True when a title follows the name after a comma: "Harlan Teague, the governor of Ohio,",
    "Paul Dorval, ministre de l'Industrie," (a person, whatever the first name)."""
    if j >= len(tokens) or tokens[j].text != ",":
        return False
    k = j + 1
    while k < len(tokens) and norms[k] in lex.determiners:
        k += 1
    if k >= len(tokens) or not tokens[k].text.islower() or any(
            match_at(norms, q, lex.keys["descriptors"]) for q in range(k, min(len(norms), k + 3))):
        return False  # "Vela Batteries, premier fournisseur de Renault,": a company
    if norms[k] in _RANKS and not (k + 1 < len(norms) and norms[k + 1] in lex.title_words):
        return False  # "X, premier actionnaire de Y" (not "premier ministre")
    return norms[k] in lex.title_words or match_at(norms, k, lex.keys["roles"]) is not None


def _title_before(tokens: list[Token], norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when the name follows a title of office and a comma: "Le président de la République,
    Harlan Teague,", "the governor of Ohio, Harlan Teague" (a person, whatever the first name);
    a title whose organisation is named is left to roles.py."""
    if i < 2 or tokens[i - 1].text != ",":
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if tokens[k].text in (",", ";", ":", "(", ")", "«", "»", "\""):
            return False
        if tokens[k].text[:1].isupper() and k > 0 and norms[k] not in lex.not_names \
                and norms[k] not in place_words():
            return False  # "Le directeur général de Valentino, X": a company's role (roles.py)
        if tokens[k].text.islower() and norms[k] not in _RANKS and (
                norms[k] in lex.title_words or match_at(norms, k, lex.keys["roles"])):
            return True
    return False


def _company_role_before(
    tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon
) -> bool:
    """True when the span is set off by commas after a company's role: "Le directeur général
    de Quarnel, Miles Torby, a estimé", "The chief executive of Quarnel, Ana Velt, said" (a
    person whatever the first name; roles.py gives the relation)."""
    if i < 4 or tokens[i - 1].text != "," or j >= len(tokens) or tokens[j].text != ",":
        return False
    k = i - 2
    while k > 0 and tokens[k].text[:1].isupper() and tokens[k].kind in ("word", "initials"):
        k -= 1  # the organisation's name
    if k == i - 2 or norms[k] not in ("de", "d'", "du", "of"):
        return False
    start = k - 1
    while start >= 0 and tokens[start].text.islower() and k - start <= 4:
        if match_at(norms, start, lex.keys["roles"]) is not None:
            before = norms[start - 1] if start > 0 else ""
            return start == 0 or before in lex.determiners or tokens[start - 1].text == ","
        start -= 1
    return False


def _after_descriptor(norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when an organisation noun stands right before token i, nationality adjectives
    aside: "le groupe belge John Cockerill", "the company Jane Street" (an organisation, even
    when its name starts with a given name)."""
    k = i
    while k > 0 and norms[k - 1] in lex.nationalities:
        k -= 1
    return k > 0 and ((norms[k - 1],) in lex.descriptors or norms[k - 1] in lex.org_heads)


def _after_role(tokens: list[Token], norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when a title of role stands right before token i ("chief executive Jens Lund",
    "le directeur général Paul Durand", "chief executive officer (CEO) Ana Ruiz"): a capitalised
    two-word span there names a person whatever its first name."""
    end = i
    if end >= 3 and tokens[end - 1].text == ")" and tokens[end - 3].text == "(":
        end -= 3
    return end > 0 and (match_ending_at(norms, end, lex.keys["roles"]) is not None
                        or end >= 2 and norms[end - 1] in lex.role_area_heads
                        and norms[end - 2] in lex.role_areas)  # "procurement director P"


def _person_shape(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Two or three capitalised words in lower case after their capital ("Torvald Quenby",
    "Jean-Laurent Quarnier"), none a word the lexicon knows, a place or a legal form: the form
    of a person's name, whatever the first name (the context must still say it is one)."""
    words = [t for k, t in enumerate(tokens[i:j], i) if t.text != "-" and not (
        i < k < j - 1 and t.text in _CAPITAL_PARTICLES)]  # "Maëlys Le Quérec"
    if not 2 <= len(words) <= 3 or any(
            tokens[k].text == "-" and tokens[k - 1].end != tokens[k].start
            or tokens[k].text == "-" and tokens[k].end != tokens[k + 1].start
            for k in range(i + 1, j - 1)):
        return False
    vocab = _vocabulary(lex)
    return all(t.kind == "word" and t.text.isalpha() and t.text[:1].isupper()
               and t.text[1:].islower() and len(t.text) > 1 and t.norm not in vocab
               and t.norm not in place_words() and t.norm not in LEGAL_SUFFIXES
               for t in words)


_CLOSING_QUOTES = frozenset(QUOTE_MARKS.values())
_PERSON_SPEECH = frozenset({("said",), ("says",), ("added",), ("explained",), ("a", "declare"),
                            ("a", "ajoute"), ("a", "explique"), ("a", "precise"),
                            ("a", "affirme"), ("a", "souligne"), ("a", "estime")})


def _person_noun_after(tokens: list[Token], norms: list[str], j: int, lex: Lexicon) -> bool:
    """True when an apposition of kinship or of an occupation outside companies follows the
    span: "P, fille du fondateur", "P, l'ancien entraîneur de X", "P, a billionaire investor"
    (`data/person_nouns.txt`): only a person is that, whatever the first name."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].text != ",":
        return False
    k = j + 1
    while k < n and k - j <= 3 and (norms[k] in lex.determiners or norms[k] in _FORMER_ADJ):
        k += 1  # "P, l'ancien entraîneur de X", "P, a former lawyer"
    return k < n and norms[k] in word_list("person_nouns.txt")


_FORMER_ADJ = frozenset({"ancien", "ancienne", "former", "ex", "jeune", "young", "celebre",
                         "famous", "star", "veteran"})


def _person_context(
    tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon,
    article_lower: frozenset[str],
) -> bool:
    """True when the sentence says the span is a person: an apposition of role or ", who"
    after it ("Torvald Quenby, chief executive of X", "Ysolde Quarnier, directrice générale
    de X", "Brannoc Tiel, who founded X"), or an inverted speech verb before it whose words
    the article never writes in lower case ('said Torvald Quenby.', 'a déclaré Ysolde
    Quarnier.'; not 'said Kairos Power', where "power" is a common word)."""
    n = len(tokens)
    if j + 1 < n and tokens[j].text == ",":
        k = j + 1
        if norms[k] == "who":
            return True
        if k < n and norms[k] in lex.determiners and lex.language == "en":
            k += 1
        if match_at(norms, k, lex.keys["roles"]) is not None:
            return True
    verb = match_ending_at(norms, i, lex.speech_verbs)
    speech = i >= 1 and (
        (norms[i - 1],) in _PERSON_SPEECH
        or i >= 2 and (norms[i - 2], norms[i - 1]) in _PERSON_SPEECH
        or verb is not None and any(  # '« ... », a fait valoir P.', '"...," noted P.'
            tokens[k].text in _CLOSING_QUOTES for k in range(max(0, i - len(verb) - 3),
                                                             i - len(verb))))
    if i >= 1 and tokens[i - 1].text in _CLOSING_QUOTES and j < n \
            and match_at(norms, j, lex.speech_verbs) is not None \
            and not any(t.norm in article_lower for t in tokens[i:j]):
        return True  # '"...," P told reporters', '« ... » P a-t-elle ajouté'
    return speech and not any(t.norm in article_lower for t in tokens[i:j]) \
        and (j >= n or tokens[j].kind == "punct")


HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mme", "mlle", "pr", "prof", "sir", "dame"})
"""Honorifics before a name: only a person is "Mme X", "Dr X" ("M." is read with its period)."""
_APPOSITION_ADVERBS = frozenset({"aujourd'hui", "desormais", "now", "currently", "also", "aussi",
                                 "egalement", "toujours", "still", "alors", "then"})
_PERSON_FOUNDED_BY = tuple(sorted({
    ("founded", "by"), ("co-founded", "by"), ("cofounded", "by"), ("fonde", "par"),
    ("fondee", "par"), ("fondes", "par"), ("cofonde", "par"), ("cofondee", "par"),
    ("co-fonde", "par"), ("co-fondee", "par"), ("chaired", "by"), ("presidee", "par"),
    ("preside", "par"), ("run", "by"), ("headed", "by"), ("dirige", "par"), ("dirigee", "par"),
    ("diriges", "par"), ("dirigees", "par")}))
"""A company is founded or chaired by a person: a name shaped like a person's after these is
one ("fondée en 2019 par P", "chaired by P"); an organisation's name has words a list knows."""
_SUCCEEDS = tuple(sorted({("en", "remplacement", "de"), ("en", "remplacement", "d'"),
                       ("succede", "a"), ("succeder", "a"), ("replacing",), ("succeeding",),
                       ("succeeds",), ("succeeded",), ("replaces",), ("replaced",)}))
"""Succession words: in a sentence with a role, the name after them is the person left."""


_HIRING = frozenset({"hired", "hires", "hire", "recruited", "recruits", "appointed", "appoints",
                     "named", "names", "tapped", "taps", "recrute", "embauche", "nomme",
                     "designe", "engage", "promoted", "promu"})
"""Verbs that hire or name someone; "as <role>" after the object says the object is a person."""


def _honorific_before(tokens: list[Token], norms: list[str], i: int) -> bool:
    """True when a capitalised honorific stands before token i ("Mme P", "Dr P", "M. P")."""
    return i >= 1 and (norms[i - 1] in HONORIFICS and tokens[i - 1].text[:1].isupper()
                       or i >= 2 and norms[i - 2] == "m" and tokens[i - 2].text == "M"
                       and tokens[i - 1].text == ".")


def person_frame(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """True when the words around a span shaped like a person's name say it is one, whatever
    the first name (session 14): an honorific before it ("Mme P", "Dr P", "M. P"); an age
    after it ("P, 54 ans,", "P, 61,"); an apposition of role or of a person's noun past an
    adverb or "former" ("P, aujourd'hui directrice générale,", "P, a former executive at X",
    "P, éleveuse dans le Cantal", "P, née ..."); "founded/chaired by P" (up to a date between:
    "fondée en 2019 par P"); a succession word in a sentence that names a role ("nommé
    directeur financier en remplacement de P", "replacing P as chief executive")."""
    n = len(tokens)
    if _honorific_before(tokens, norms, i):
        return True
    if i >= 1 and norms[i - 1] in _HIRING and j < n:
        k = j + (norms[j] in ("as", "comme"))  # "hired P as chief executive", "named P chief
        k += k < n and norms[k] in lex.determiners  # executive", "nommé P comme directeur
        if k < n and match_at(norms, k, lex.keys["roles"]) is not None:  # général": the
            return True  # post says P is a person (session 19)
    if j + 2 < n and tokens[j].text in (",", "(") and tokens[j + 1].kind == "number" \
            and tokens[j + 1].text.isdigit() and 18 <= int(tokens[j + 1].text) <= 99 \
            and (norms[j + 2] in ("ans", "years") or tokens[j].text == ","
                 and tokens[j + 2].text == "," and lex.language == "en"):
        return True
    if j + 1 < n and tokens[j].text == ",":
        k = j + 1
        while k < n and k - j <= 3 and (norms[k] in lex.determiners or norms[k] in _FORMER_ADJ
                                        or norms[k] in _APPOSITION_ADVERBS):
            k += 1
        if k < n and tokens[k].text.islower() and (
                norms[k] in ("nee", "born") or norms[k] in word_list("person_nouns.txt")
                or k > j + 1 and not any(match_at(norms, q, lex.keys["descriptors"])
                                         for q in range(k, min(n, k + 3)))
                and (norms[k] in lex.title_words
                     or match_at(norms, k, lex.keys["roles"]) is not None)):
            return True
    if match_ending_at(norms, i, _PERSON_FOUNDED_BY):
        return True
    if i >= 3 and norms[i - 1] in ("par", "by"):
        for k in range(i - 2, max(-1, i - 6), -1):  # "fondée en 2019 par P"
            if tokens[k].kind == "punct":
                break
            if (norms[k], norms[i - 1]) in _PERSON_FOUNDED_BY:
                return True
    return match_ending_at(norms, i, _SUCCEEDS) is not None and any(
        match_at(norms, q, lex.keys["roles"]) is not None for q in range(n) if q < i or q >= j)


def _after_nationality(norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when a determiner and a lower-case nationality stand before token i: "le belge X",
    "du japonais X", "au suisse X" (French writes a person's nationality with a capital: "le
    Belge P")."""
    return i >= 2 and norms[i - 1] in lex.nationalities \
        and (norms[i - 2] in lex.determiners or norms[i - 2] in ("au", "aux"))


INDEFINITE = frozenset({"un", "une", "a", "an"})
_MAKER_ENDINGS = frozenset({"systems", "technologies", "industries", "labs", "lab", "energy"})
"""Last words of a maker's name: such a name is no outlet's, whatever outlet word it holds
("Vellamo Radio Systems", "Quellmark Media Technologies": session 25)."""
_MAKER_NOUNS = frozenset({"producteur", "constructeur", "exploitant", "negociant", "transporteur",
                          "grossiste", "builder", "wholesaler", "carrier", "trader"})


_DESCRIBED_WORDS = 4
"""Words `_org_described` reads before the organisation noun of an apposed description."""
_DESCRIPTION_CLOSERS = frozenset({"based", "basee", "base", "from", "in", "with", "that", "which",
                                  "whose", "of", "de", "du", "des", "d'", "en", "qui", "dont",
                                  "founded", "owned", "known", "fonde", "fondee", "specialised",
                                  "specialized"})
"""Words that close a company's description after its noun: what follows tells where it is
based, what it makes or who owns it."""


def _org_described(tokens: list[Token], norms: list[str], j: int, lex: Lexicon) -> bool:
    """True when an indefinite description of a company is apposed after the span: "X, un
    producteur belge de granulats", "X, a Danish drone maker" (the organisation noun within
    three words, no possessive after it: not "P, a company's founder"). A fourth word before
    the noun is read when the noun closes the description ("X, a family-owned cork stopper
    maker based in ...", "X, a family-owned structural steel company from ...": session 25),
    not "P, a former steel company executive"."""
    n = len(tokens)
    if j + 2 >= n or tokens[j].text != "," or norms[j + 1] not in INDEFINITE:
        return False
    k, words = j + 2, 0
    while k < n and words < _DESCRIBED_WORDS:
        found = match_at(norms, k, lex.keys["descriptors"]) \
            or ((norms[k],) if norms[k] in _MAKER_NOUNS else None)
        if found:
            end = k + len(found)
            if words == _DESCRIBED_WORDS - 1:
                return end >= n or tokens[end].kind == "punct" and tokens[end].text != "-" \
                    or norms[end] in _DESCRIPTION_CLOSERS
            return end >= n or tokens[end].kind != "poss"
        if tokens[k].kind != "word" or norms[k] in lex.function_words:
            return False
        k, words = k + 1, words + 1
        if k + 1 < n and tokens[k].text == "-" and _joined(tokens, k) and _joined(tokens, k + 1) \
                and tokens[k + 1].kind == "word":
            k += 2  # "a family-owned Swiss producer": a hyphenated adjective counts as one word
    return False


def _other_vocabulary(lex: Lexicon) -> frozenset[str]:
    """The vocabulary of the other language's lexicon ("Same Deutz-Fahr" in French text)."""
    return _vocabulary(load_lexicon("en" if lex.language == "fr" else "fr"))


_PERSONAL_PRONOUNS = frozenset({"he", "she"})
"""A sentence opened by "He"/"She" after one whose subject is the name: a person ("P runs X.
She said ..."); French "il"/"elle" also stand for "le groupe"/"la société", so not them."""
_SHORT_BEFORE = frozenset({"and", "et", "&", "of", "de", "d'", "du", "des", "the", "le", "la",
                           "les", "l'", "a", "an", "un", "une"})


def people_by_article(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon
) -> None:
    """Names shaped like a person's that the article shows to be people (session 14), whatever
    the first name: the article names the same one by its last word alone elsewhere and never
    by its first ("Thadric Ulmsen ... Ulmsen said": a company is shortened to its first word,
    a person to the family name); or the name is joined by "and"/"et" to a person's name
    ("its co-founders P and Q"). Typed "person" so `align_types` carries it."""
    alone: set[str] = set()
    firsts: set[str] = set()
    firms: set[str] = set()  # one-word names the article uses as a company's
    for ms, toks in zip(sentences, tokens, strict=True):
        norms: list[str] | None = None
        for m in ms:
            if m.kind != NAME:
                continue
            if m.last - m.first == 1 and m.known is None:
                norms = norms or [t.norm for t in toks]
                if _firm_use(toks, norms, m.first, lex):
                    firms.add(norms[m.first])
            if m.last - m.first >= 2:
                firsts.add(toks[m.first].norm)  # "Suntory Holdings": "Suntory" is its short form
            elif m.known is None and (m.first == 0 or toks[m.first - 1].norm not in _SHORT_BEFORE
                                      and toks[m.first - 1].text[:1].islower()
                                      or toks[m.first - 1].kind == "punct") \
                    and (m.last >= len(toks) or toks[m.last].kind in ("punct", "poss")
                         or toks[m.last].norm in _AFTER_NAME
                         or _verb_follows(toks, m.last, lex)):
                alone.add(toks[m.first].norm)  # "..., Ulmsen said", "Ulmsen a ajouté"
    for at_sentence, (ms, toks) in enumerate(zip(sentences, tokens, strict=True)):
        names = [m for m in ms if m.kind == NAME]
        after = tokens[at_sentence + 1] if at_sentence + 1 < len(tokens) else []
        for at, m in enumerate(names):
            if m.known is not None or m.person or m.typed or m.outlet \
                    or not _person_shape(toks, m.first, m.last, lex):
                continue
            words = [t.norm for t in toks[m.first:m.last]]
            if _family_firm_name(toks, m, lex):
                continue
            if words[-1] in alone - firsts - firms and words[0] not in alone \
                    and m.last - m.first == 2 \
                    or m.first == 0 and after and after[0].norm in _PERSONAL_PRONOUNS:
                m.person, m.typed = True, "person"
                continue
            prev = names[at - 1] if at else None
            if prev is not None and prev.person and prev.typed != "org" \
                    and m.first - prev.last == 1 and toks[prev.last].norm in ("and", "et"):
                m.person, m.typed = True, "person"


_STAKE_WORDS = frozenset({"stake", "stakes", "interest", "shares", "capital", "participation",
                          "parts", "actions"})
"""Nouns of a holding in a company ("a stake in X", "18% of X", "le capital de X")."""


def _firm_use(toks: list[Token], norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when the one-word name at i is used as a company's (session 25): its possessive
    opens a company role ("X's chief executive", "X's CEO"), a company role is "of"/"de" it
    ("le directeur général de X"), or a holding is taken in it ("a stake in X", "18% of X",
    "35 % de X", "le capital de X"). The article shortens a company to that word, whatever
    the shape of its full name ("Conserveira Almagreira ... Almagreira's chief executive"),
    so the full name is no person's whose family name that word would be."""
    roles = lex.keys["roles"]
    if i + 2 < len(toks) and toks[i + 1].kind == "poss" and (
            match_at(norms, i + 2, roles) or match_at(norms, i + 3, roles)
            and toks[i + 2].text.islower()):
        return True  # "X's chief executive", "X's new chief executive"
    if i < 2 or norms[i - 1] not in ("in", "of", "de", "d'", "du", "dans"):
        return False
    before = norms[i - 2]
    return before in _STAKE_WORDS or before == "%" or toks[i - 2].text == "%" \
        or match_ending_at(norms, i - 1, roles) is not None  # "chief executive of X"


# Family-firm rule 1 of 3: a NAME is no person (2: resolution._family_last, 3: pipeline.py).
def _family_firm_name(toks: list[Token], m: Mention, lex: Lexicon) -> bool:
    """True when a name shaped like a person's is a company named for a family: an
    organisation noun opens it ("Les Laboratoires Velmora ... Velmora a réalisé"), or a
    descriptor stands before it, a place adjective between ("le groupe drômois Transports
    Quenby ... Hélène Quenby", session 18); or a plural noun after a plural article opens it
    ("les Tissages Velmora", "des Filatures Quenby": no one's first name, session 24)."""
    if org_noun(toks[m.first].norm, lex):
        return True
    if m.first >= 1 and toks[m.first - 1].norm in _PLURAL_DET - {"the", "both"} \
            and toks[m.first].norm.endswith(("s", "x")):
        return True  # "Les Filatures Velmora ... Velmora a cessé": a plural noun after "les"
    norms = [t.norm for t in toks]
    return _after_descriptor(norms, m.first, lex) or m.first >= 2 \
        and toks[m.first - 1].text.islower() and toks[m.first - 1].kind == "word" \
        and _after_descriptor(norms, m.first - 1, lex)


def org_noun(word: str, lex: Lexicon) -> bool:
    """True when a word, or its singular, is an organisation noun ("laboratoires", "groupe",
    "maison", "transports": the descriptors, organisation heads and company title heads): the
    first word of a company's name, never a first name ("Transports Kelvaret ... Hélène
    Kelvaret ... Kelvaret a commandé": a house named for its family, session 18)."""
    titles = lex.keys.get("company_title_heads", ())
    return any((w,) in lex.descriptors or w in lex.org_heads or (w,) in titles
               for w in (word, _singular_noun(word)))


def org_noun_plural(word: str, lex: Lexicon) -> bool:
    """True for the plural of an organisation noun (`org_noun`: "clubs", "insurers",
    "hôpitaux", "laboratoires"), the class a list of companies is drawn from ("supplies robots
    to hospitals, including A"; session 23)."""
    return len(word) >= 5 and word.endswith(("s", "x")) and not word.endswith(("ss", "us")) \
        and org_noun(word, lex)


def _singular_noun(word: str) -> str:
    """The folded singular of a plural noun ("groupes" -> "groupe", "hopitaux" -> "hopital");
    the word itself when it does not end in -s or -x."""
    if word.endswith("aux"):
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) else word


_NAME_LINKS = frozenset({"de", "du", "des", "d'", "of", "and", "et", "&"})


def join_article_names(sentences: list[list[Mention]], tokens: list[list[Token]],
                       text: str) -> None:
    """One name wherever the article writes it (names18): a name of three tokens or more with
    a link word inside ("Chantiers Navals de Quellec", "Marinas of the Velmora") that another
    sentence cuts into names at the link ("le constructeur Chantiers Navals | Quellec") is
    joined there too when the cut parts are plain organisation names (no person, no known
    entity). Changes the mention lists in place."""
    forms: set[tuple[str, ...]] = set()
    for ms, toks in zip(sentences, tokens, strict=True):
        for m in ms:
            if m.kind == NAME and not m.person and m.last - m.first >= 3 \
                    and any(t.norm in _NAME_LINKS and not t.text[:1].isupper()
                            for t in toks[m.first + 1:m.last - 1]):
                forms.add(tuple(t.norm for t in toks[m.first:m.last]))
    if not forms:
        return
    for index, (ms, toks) in enumerate(zip(sentences, tokens, strict=True)):
        norms = [t.norm for t in toks]
        for form in sorted(forms, key=len, reverse=True):
            size = len(form)
            for i in range(len(norms) - size + 1):
                if tuple(norms[i:i + size]) != form:
                    continue
                inside = [m for m in ms if m.first < i + size and m.last > i]
                if len(inside) < 2 or any(
                        m.kind != NAME or m.person or m.known is not None
                        or m.first < i or m.last > i + size for m in inside):
                    continue  # one mention already, or a part that is no plain name
                joined = _make(index, toks, i, i + size, NAME)
                joined.text = text[joined.start:joined.end]
                ms[:] = sorted([m for m in ms if m not in inside] + [joined],
                               key=lambda m: m.first)


def align_types(sentences: list[list[Mention]]) -> None:
    """One type for one name in an article: a name that its context shows to be an
    organisation anywhere ("led by trading firm Tessa Lane", "Nora & Finch") is no person
    elsewhere, and a name shown to be a person is one everywhere else too. The short form of
    a company's full name (`_short_forms`: "Norrick Ridge" of "Norrick Ridge Foods Inc") is
    a company even where its context alone made it a person ("..., Norrick Ridge said")."""
    org: set[str] = set()
    person: set[str] = set()
    for ms in sentences:
        for m in ms:
            if m.kind == NAME and m.known is None and m.typed:
                (org if m.typed == "org" else person).add(fold_key(m.text))
    short = _short_forms(sentences)
    if not org and not person and not short:
        return
    for ms in sentences:
        for m in ms:
            if m.kind != NAME or m.known is not None:
                continue
            key = fold_key(m.text)
            if key in short:
                m.person, m.typed = False, "org"
            elif m.typed:
                continue
            elif key in org:
                m.person = False
            elif key in person:
                m.person = True


def _short_forms(sentences: list[list[Mention]]) -> frozenset[str]:
    """Folded leading words (two or more, the first no first name) of the article's names of
    three words or more whose other words are all organisation words: legal forms, name
    endings, trade nouns ("Norrick Ridge Foods Inc", "Tarvik Latex Industries Pcl"). Those
    words are the company's short form, never a person's name ("John Velmora Ltd" stays
    out: a founder's name as often)."""
    firsts = word_list("first_names.txt")
    out: set[str] = set()
    for ms in sentences:
        for m in ms:
            if m.kind != NAME or m.known is not None:
                continue
            words = [fold(w).strip(".,") for w in m.text.split()]
            if len(words) < 3 or words[0] in firsts:
                continue
            for size in range(len(words) - 1, 1, -1):
                rest = words[size:]
                if all(w in LEGAL_SUFFIXES or w in ORG_NAME_ENDINGS or has_trade_word([w])
                       for w in rest):
                    out.add(fold_key(" ".join(m.text.split()[:size])))
    return frozenset(out)


def _syllable_given(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """True when the hyphen at j joins two short syllables, a capitalised one and a lower-case
    one, neither a word the lexicon knows: the form of an East Asian given name ("Ji-ho",
    "Seo-yeon", "Jae-won"), not "E-commerce", "Co-op", "Pre-tax" or "X-ray"."""
    left, right = tokens[j - 1], tokens[j + 1]
    vocab = _vocabulary(lex)
    return left.kind == "word" and right.kind == "word" and left.end == tokens[j].start \
        and right.start == tokens[j].end and 2 <= len(left.text) <= 5 \
        and 2 <= len(right.text) <= 5 and left.text.isalpha() and right.text.isalpha() \
        and left.text[:1].isupper() and left.text[1:].islower() and right.text.islower() \
        and left.norm not in vocab and right.norm not in vocab \
        and left.norm not in lex.function_words and right.norm not in lex.function_words


def _person_around(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the words around span i..j say it is a person (`_person_context`,
    `person_frame`): "Maëlys Le Quérec, directrice générale", not "Velmora Le Mans"."""
    norms = [t.norm for t in tokens]
    return _person_context(tokens, norms, i, j, lex, frozenset()) \
        or person_frame(tokens, norms, i, j, lex)


_CAPITAL_PARTICLES = frozenset({"Le", "La", "De", "Du", "Di", "Da", "Del", "Van", "Von"})
"""Particles written with a capital inside a family name ("Le Quérec", "De Varsel", "Di Talvo")."""


def _bare_name_word(tok: Token, lex: Lexicon) -> bool:
    """True when a token is one capitalised word in lower case after its capital that no
    lexicon, place list or legal form knows: a part of a person's name."""
    return tok.kind == "word" and tok.text.isalpha() and len(tok.text) > 1 \
        and tok.text[:1].isupper() and tok.text[1:].islower() \
        and tok.norm not in _vocabulary(lex) and tok.norm not in place_words() \
        and tok.norm not in LEGAL_SUFFIXES


_NAME_ACRONYMS = frozenset({"ai", "ia"})
"""Common acronyms that also end company names ("Shield AI", "Mistral AI"): part of the name
when no noun follows them ("Quarnel AI chips" is a product phrase)."""


def _ends_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when nothing at k goes on with a noun phrase: the end, punctuation, a conjunction,
    a possessive or a verb."""
    if k >= len(tokens):
        return True
    t = tokens[k]
    return t.kind in ("punct", "poss") or t.norm in _COORD or t.norm in lex.prepositions \
        or t.norm in _AFTER_NAME or t.norm in lex.triggers \
        or match_at([x.norm for x in tokens[k:k + 4]], 0, lex.speech_verbs) is not None


_SENIOR_TRADES = frozenset({"living", "care", "housing", "homes", "residences", "communities",
                            "lifestyles", "services"})
"""Capitalised nouns after "Senior" inside a name: a trade for the elderly, not a title."""
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "zu", "bin", "ibn"})
"""Particles that open a family name and nothing else ("van", "von"): after a capitalised
word no lexicon lists they continue a person's name whatever the first name."""


_INSTITUTION_HEADS = frozenset({"autorite", "commission", "cour", "agence", "office",
                                "tribunal", "inspection", "observatoire", "delegation",
                                "federation", "confederation", "societe", "cooperative"})
"""French heads of public bodies whose names go on in lower case ("l'Autorité de régulation des
ports", "la Cour des litiges"); "Conseil" is left out ("le Conseil de surveillance" is a
company's board). "Fédération", "Confédération" and "Société" since session 24 ("la Fédération
française des sports de traîneau", "la Société des grands projets")."""
_SCHOOL_HEADS = frozenset({"centre", "institut", "ecole", "parc", "laboratoire", "universite",
                           "conservatoire", "pole", "musee"})
"""French heads of research, training and public bodies named by the head, lower-case
adjectives and complements ("le Centre technique du papier", "l'Institut des sciences de la
vigne et du vin", "l'École nationale supérieure d'arts et métiers", "le Parc naturel régional
des Volcans d'Auvergne"); kept only when a punctuation, a preposition or a relative pronoun
follows (session 25, partners26)."""
_DEMONYM_ENDINGS = ("ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne", "iens",
                    "iennes")
"""Endings of French demonyms, which stay out of a research body's name after its head."""
_GAZETTE_HEADS = frozenset({"journal", "bulletin"})
"""Heads of official gazettes, named with "officiel" ("au Journal officiel de la Kandorie")."""


def _institution_end(tokens: list[Token], i: int, taken: list[bool], lex: Lexicon) -> int:
    """End of a French public body's name at i written in lower case after its capitalised
    head: the head after an article ("l'", "la", "au", "du") or opening the sentence, then "de /
    des / du / d' (la / l') <noun>" once or more ("l'Autorité de contrôle des péages", "la Cour
    des litiges"), or "Journal / Bulletin officiel" and such complements; 0 when none (an
    infinitive after "de": "demande à l'Autorité de la concurrence de sanctionner X")."""
    n = len(tokens)
    head = tokens[i]
    if head.kind != "word" or not head.text[:1].isupper() or not head.text[1:].islower() \
            or not (i == 0 or tokens[i - 1].norm in _HEAD_ARTICLES
                    and tokens[i - 1].text.islower()
                    or i == 1 and tokens[0].text in ("L'", "L’")
                    or i == 1 and tokens[0].norm in ("la", "les", "le")):
        return 0
    k = i + 1
    if head.norm in _GAZETTE_HEADS:
        if k >= n or tokens[k].text != "officiel":
            return 0
        k += 1
    elif head.norm in _ADJECTIVE_HEADS and k < n and _body_adjective(tokens[k], lex):
        k += 1  # "la Marine kandorienne", "l'Autorité portuaire", "la Régie autonome"
        while k < n and k - i <= 3 and _body_adjective(tokens[k], lex):
            k += 1
    elif head.norm in _SCHOOL_HEADS:
        while k < n and k - i <= 3 and _body_adjective(tokens[k], lex) \
                and tokens[k].norm not in lex.nationalities \
                and not tokens[k].norm.endswith(_DEMONYM_ENDINGS):
            k += 1  # "le Parc naturel régional", "l'École nationale supérieure" (no demonym:
            # "l'Institut kandorien de la statistique" stays out, session 15)
    elif head.norm not in _INSTITUTION_HEADS:
        return 0
    first = k
    while k + 1 < n and (tokens[k].norm in ("de", "des", "du", "d'")
                         or k == first and head.norm in _TO_HEADS and tokens[k].norm in _TO_LINKS
                         and tokens[k + 1].norm in ("la", "l'")) and tokens[k].text.islower() \
            and not taken[k + 1]:
        at = k + 2 if tokens[k].norm in _TO_LINKS else _past_article(tokens, k)
        word = tokens[at] if at < n else None
        if word is None or taken[at] or word.kind != "word" or not word.text.isalpha() \
                or not word.text.islower() or len(word.text) < 4 \
                or word.norm in lex.function_words or word.norm in lex.determiners \
                or word.norm in lex.calendar \
                or word.norm.endswith(("er", "ir")) and at == k + 1 \
                and tokens[k].norm in ("de", "d'"):
            if word is not None and head.norm in _SCHOOL_HEADS and tokens[k].norm == "des" \
                    and word.kind == "word" \
                    and word.text[:1].isupper() and word.text[1:].islower() \
                    and word.norm.endswith("s") and not taken[at]:
                k = at + 1  # "le Parc naturel régional des Volcans", "l'École des Mines":
                while k < n and _body_adjective(tokens[k], lex):  # a plural common noun in
                    k += 1  # capitals, no company's name ("le Musée des Arts décoratifs")
                continue
            break  # "de sanctionner": an infinitive after a bare "de" ("du papier" is a noun)
        k = at + 1
        if word.norm in _PRENOMINAL_ADJECTIVES and k < n and tokens[k].kind == "word" \
                and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and len(tokens[k].text) >= 4 and tokens[k].norm not in lex.function_words:
            k += 1  # "la Société des grands projets": an adjective before its noun (session 24)
        if k + 1 < n and tokens[k].kind == "word" and tokens[k].text.isalpha() \
                and tokens[k].text.islower() and tokens[k].norm not in lex.function_words \
                and tokens[k].norm not in lex.calendar and tokens[k + 1].text in _TITLE_CLOSERS:
            k += 1  # "de la régulation kandorienne.": an adjective closing the clause
            break
        if head.norm in _SCHOOL_HEADS and k + 1 < n and tokens[k].text == "et":
            at = _past_article(tokens, k + 1) if tokens[k + 1].norm in ("de", "des", "du", "d'") \
                else k + 1  # "de la vigne et du vin", "d'arts et métiers"
            if at < n and not taken[at] and tokens[at].kind == "word" \
                    and tokens[at].text.isalpha() and tokens[at].text.islower() \
                    and len(tokens[at].text) >= 3 and tokens[at].norm not in lex.function_words \
                    and (at + 1 >= n or tokens[at + 1].kind == "punct"
                         or tokens[at + 1].norm in lex.prepositions):
                k = at + 1  # a second field joined by "et", then the clause goes on
    if head.norm in _SCHOOL_HEADS and k > i + 1:
        k = max(_body_place(tokens, k, taken, lex), _city_complement(tokens, k, taken))
        if k < n and not (tokens[k].kind == "punct" or tokens[k].norm in lex.prepositions
                          or tokens[k].norm in lex.relative_pronouns):
            return 0  # a verb or a noun after the complement: no safe end of the name
    if k > i + 1:
        k = max(_body_place(tokens, k, taken, lex), _city_complement(tokens, k, taken),
                _town_tail(tokens, k, first, taken, lex, head.norm != "conseil"))
        # "de Saint-Varnel": a town's "Saint-" chain that no list holds (session 23)
    return k if k > i + 1 else 0


def _town_tail(tokens: list[Token], k: int, first: int, taken: list[bool], lex: Lexicon,
               after_adjective: bool = True) -> int:
    """End of "du / de / d' / des (la / l') <Town>" at k closing a body's name after its
    lower-case complement at `first` (session 25: "la Coopérative des pêcheurs du Velmonec,
    qui", "la Coopérative lainière des Causses", "le Parc naturel régional des Volcans
    d'Ostravie"): one capitalised word or a hyphen chain that no name of its own has taken,
    with no capitalised word, hyphen or possessive after it, once or twice; k when none. After
    adjectives only when `after_adjective` ("le Conseil scientifique de Velmora" is a firm's
    board)."""
    end = _one_town(tokens, k, first, taken, lex, after_adjective)
    return _one_town(tokens, end, first, taken, lex, False) if end > k else k


def _one_town(tokens: list[Token], k: int, first: int, taken: list[bool], lex: Lexicon,
              after_adjective: bool) -> int:
    """End of one "du / de / d' / des (la / l') <Town>" at k for `_town_tail`; k when none."""
    n = len(tokens)
    if k == first and not (after_adjective and _body_adjective(tokens[k - 1], lex)) \
            or k + 1 >= n or tokens[k].norm not in ("de", "du", "des", "d'") \
            or not tokens[k].text.islower():
        return k
    at = _past_article(tokens, k)
    if at >= n or taken[at] or tokens[at].kind != "word" or not tokens[at].text[:1].isupper() \
            or not tokens[at].text[1:].islower() or not _is_cap(tokens[at], lex):
        return k
    end = at + 1
    while end + 1 < n and tokens[end].text == "-" and _joined(tokens, end) \
            and _joined(tokens, end + 1) and tokens[end + 1].kind == "word" and not taken[end + 1]:
        end += 2  # "du Haut-Velmon"
    if end < n and (tokens[end].kind in ("word", "initials") and tokens[end].text[:1].isupper()
                    or tokens[end].kind == "poss" or taken[end]):
        return k
    return end


_PRENOMINAL_ADJECTIVES = frozenset({"grand", "grands", "grande", "grandes", "petit", "petits",
                                    "petite", "petites", "nouveau", "nouveaux", "nouvelle",
                                    "nouvelles", "haut", "hauts", "haute", "hautes"})
"""French adjectives written before their noun in a public body's lower-case complement."""
_TO_HEADS = frozenset({"delegation", "agence", "mission"})
"""Heads of French public bodies whose field may follow "à la" / "pour la" (session 23): "la
Délégation à la sécurité routière", "l'Agence pour la rénovation des quartiers"."""
_TO_LINKS = frozenset({"a", "pour"})
"""The links of `_TO_HEADS` to their field, before "la" / "l'"."""

_ADJECTIVE_HEADS = _INSTITUTION_HEADS | {"marine", "armee", "hospices", "caisse", "regie",
                                         "banque", "centre", "compagnie", "societe",
                                         "assistance", "gendarmerie", "police", "bibliotheque",
                                         "universite", "orchestre", "musee",
                                         "conservatoire", "opera", "theatre", "conseil",
                                         "parc"}
"""French heads of public bodies named by the head and a lower-case adjective ("la Marine
kandorienne", "l'Autorité portuaire", "la Régie autonome de Quellon", session 21;
universities, orchestras and museums since session 23: "l'Orchestre national de Saint-Varnel";
"École" is left out: on material its one name gained was offset by a wrong partner that a
description's antecedent gave it);
"Direction" is left out ("la Direction commerciale de Velmora" is a company's department), and
"Institut" (session 15 keeps a demonym no list knows out of an institute's name)."""

_BODY_ADJECTIVES = frozenset({"public", "publique", "publics", "publiques", "civil", "civile",
                              "civils", "civiles", "autonome", "autonomes", "general",
                              "generale", "generaux", "superieur", "superieure", "supreme"})


def _body_adjective(tok: Token, lex: Lexicon) -> bool:
    """True for a lower-case French adjective that goes on a public body's name after its
    capitalised head (session 21): "nationale", "environnementale"; the endings of relation ("-al",
    "-el", "-ique", "-if", "-ien", "-ais", "-ois"), a nationality, "public", "civil",
    "autonome", "général", "supérieur"; no function word, no short word."""
    if tok.kind != "word" or not tok.text.isalpha() or not tok.text.islower() \
            or len(tok.text) < 5 or tok.norm in lex.function_words \
            or tok.norm in lex.determiners or tok.norm in lex.calendar:
        return False
    return tok.norm in _BODY_ADJECTIVES or tok.norm in lex.nationalities \
        or tok.norm.endswith(BODY_ADJECTIVE_ENDINGS) or tok.norm.endswith(_TRADE_ADJECTIVE_ENDINGS)


_TRADE_ADJECTIVE_ENDINGS = ("iere", "ieres", "icole", "icoles")
"""Feminine endings of the French adjectives of a trade ("la Coopérative laitière", "le
Conseil oléicole international", "la Caisse viticole", session 25); the masculine "-ier" is
left out, the nouns "papier", "premier" end so."""


def _body_place(tokens: list[Token], k: int, taken: list[bool], lex: Lexicon) -> int:
    """End of a public body's name at k past "de / du / d' / de la / de l' <Place>" and the
    lower-case adjectives after the place ("la Régie autonome de Quellon", "au Journal officiel
    de l'Union kandorienne", session 21); k when no listed place stands there."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].norm not in ("de", "du", "d'") or not tokens[k].text.islower():
        return k
    at = _past_article(tokens, k)
    if at >= n or taken[at] or tokens[at].kind != "word" or not tokens[at].text[:1].isupper() \
            or tokens[at].norm not in place_words() \
            or at + 1 < n and tokens[at + 1].kind == "word" and tokens[at + 1].text[:1].isupper():
        return k
    end = at + 1
    while end < n and _body_adjective(tokens[end], lex):
        end += 1
    return end


def _hyphen_given(tokens: list[Token], j: int, taken: list[bool]) -> bool:
    """True when the hyphen at j is followed by a capitalised given name of the list that
    another list reads otherwise ("Pieter-Jan", "Evert-Jan": "Jan" is also a month's short
    form), after a word of the name (session 25)."""
    if j + 1 >= len(tokens) or taken[j + 1] or tokens[j].text != "-":
        return False
    after = tokens[j + 1]
    return after.kind == "word" and after.text[:1].isupper() and after.text[1:].islower() \
        and after.norm in word_list("first_names.txt") and tokens[j - 1].kind == "word" \
        and tokens[j - 1].text[:1].isupper()


def _span_end(
    tokens: list[Token], i: int, lex: Lexicon, taken: list[bool], first_names: frozenset[str],
    bound: frozenset[str] = frozenset(),
) -> int:
    n = len(tokens)
    j = i + 1
    while j < n and not taken[j]:
        tok = tokens[j]
        if _is_cap(tok, lex) or (tok.kind == "number" and tok.start == tokens[j - 1].end):
            j += 1
            continue
        nxt = j + 1 < n and not taken[j + 1] and _is_cap(tokens[j + 1], lex)
        if tok.kind == "number" and _university_number(tokens, i, j, lex):
            j += 1  # "l'université Lumière Lyon 2", "Université Claude-Bernard Lyon 1": the
            break  # number of a university of a city (session 25, partners26)
        if lex.language == "fr" and tok.kind == "poss" and tok.text in ("'s", "’s") \
                and tok.start == tokens[j - 1].end and tokens[j - 1].kind == "word":
            j += 1  # "Brenlac's France", "chez Quellor's": French has no possessive "'s",
            continue  # it is the name's own
        if tok.kind == "word" and len(tok.text) > 1 and tok.text.isupper() \
                and tok.norm in LEGAL_SUFFIXES and tok.norm in lex.function_words \
                and tok.start == tokens[j - 1].end + 1 and tokens[j - 1].kind == "word":
            j += 1  # "Quistor SA", "Fjellvik AS": a legal form in capitals that is also a
            break  # function word ("sa", "as") ends the name
        if lex.language == "en" and tok.kind == "poss" and fold(tokens[j - 1].text) in bound \
                and (at := _possessor_joins(tokens, i, j, taken, lex, first_names)):
            j = at  # "Nessa's Pantry", "Kip & Torrin's Amusements": a possessor the article
            continue  # never writes alone is part of the name (session 23)
        if tok.text == "Senior" and nxt and tokens[j + 1].norm in _SENIOR_TRADES \
                and tokens[i].norm not in first_names:
            j += 2  # "Quellia Senior Living", "Kandor Senior Care": a trade for the elderly, no
            continue  # title ("Quistor Senior Vice President P" ends before "Senior")
        if j == i + 1 and tokens[i].text == "The" and _lower_digit_name(tokens, j, lex):
            j += 1  # "The q2 Velmora Company" in French text, where "The" opens the name
            continue
        if tok.text in ("Company", "Companies") and tok.start == tokens[j - 1].end + 1:
            j += 1  # "The Velmora Company", "Velmora Trading Company": a capitalised legal form
            break  # ends the name ("company" is a function word of the lexicon)
        if tok.text in ("Group", "Groupe") and tok.start == tokens[j - 1].end + 1 \
                and tokens[j - 1].kind == "word" and _is_cap(tokens[j - 1], lex):
            j += 1  # "Velmora Group agreed ...", "the Velmora Group": a capitalised "Group"
            continue  # ends or goes on with the name ("group" is a function word)
        if tok.kind == "poss" and tok.text in ("'", "’") and tokens[j - 1].norm.endswith("s") \
                and tok.start == tokens[j - 1].end and j + 2 < n and not taken[j + 1] \
                and _is_cap(tokens[j + 1], lex) and tokens[j + 2].kind == "word" \
                and tokens[j + 2].norm in _PLAN_HEADS and tokens[j + 2].text[:1].isupper():
            j += 3  # "the Velmora Farmers' Pension Plan": a plural possessive inside a name
            continue
        if tok.kind == "poss" and tok.text in ("'", "’") and tokens[j - 1].norm.endswith("s") \
                and tok.start == tokens[j - 1].end and j + 3 < n \
                and [t.norm for t in tokens[j + 1:j + 4]] == ["co", "-", "operative"] \
                and tokens[j + 1].text == "Co":
            j += 4  # "the Velmora Orchards' Co-operative": a co-operative named by its members
            continue
        if _slash_form(tokens, j):
            j += 3  # "Quellmark A/S", "Brenlac K/S": a Danish or Norwegian legal form
            break
        if tok.norm in lex.nationalities and tok.kind == "word" and tok.text[:1].isupper() \
                and tok.start == tokens[j - 1].end + 1 and j + 1 < n and (
                    _slash_form(tokens, j + 1) or tokens[j + 1].kind == "word"
                    and tokens[j + 1].norm in LEGAL_SUFFIXES
                    and tokens[j + 1].text[:1].isupper()):
            j += 1  # "Quellmark Nordic A/S", "Kandor Italia SpA": a nationality before a
            continue  # legal form is the name's own word
        if tok.norm in _NAME_ACRONYMS and tok.text.isupper() and _ends_name(tokens, j + 1, lex):
            j += 1  # "Shield AI", "Quarnel AI said": an acronym that ends company names
            continue
        if tok.text == "-" and j + 1 < n and tokens[j + 1].kind == "word" \
                and tokens[j + 1].text.islower() \
                and tok.start == tokens[j - 1].end and tokens[j + 1].start == tok.end \
                and (tokens[i].norm in first_names
                     or tokens[i].norm in word_list("family_names.txt")):
            j += 2  # "Lee Jae-yong", "Liu Young-way"
            continue
        if tok.text == "-" and j + 1 < n and _syllable_given(tokens, j, lex) \
                and (j - 1 > i or j + 2 < n and not taken[j + 2] and tokens[j + 2].kind == "word"
                     and tokens[j + 2].text[:1].isupper() and tokens[j + 2].text[1:].islower()
                     and tokens[j + 2].start == tokens[j + 1].end + 1):
            j += 2  # "Ji-ho Varn", "Varn Jae-won": a hyphenated given name whose second
            continue  # syllable is lower case, next to another part of the name (session 19)
        if tok.text == "-" and tokens[j - 1].text == "Co" and j + 1 < n \
                and tokens[j + 1].text == "op" and _joined(tokens, j) and _joined(tokens, j + 1):
            j += 2  # "Co-op Quellcare": the co-operative's short word, no legal form
            continue
        if tok.text == "-" and j == i + 1 and tokens[i].text.islower() and j + 1 < n \
                and tokens[j + 1].kind == "word" and tokens[j + 1].text.islower() \
                and tok.start == tokens[i].end and tokens[j + 1].start == tok.end:
            j += 2  # "velmora-tricks": a lower-case name's compound
            continue
        if tok.text == "-" and _joined(tokens, j) and j + 2 < n and not taken[j + 2] \
                and tokens[j + 1].text in _SUSPENDED_LINKS and not _joined(tokens, j + 1) \
                and tokens[j + 2].kind == "word" and _is_cap(tokens[j + 2], lex):
            j += 3  # "Velmora Glas- und Spiegelwerke GmbH": a compound's part left hanging
            continue  # before "und" / "and" / "et" is inside the name (session 19)
        link = _place_link(tokens, j)
        if link:
            j = link  # "Port-la-Nouvelle", "Fos-sur-Mer", "Villeneuve-d'Ascq": one place name
            continue
        if _name_tail(tokens, j) and not (j + 2 < n and tokens[j + 2].text == "-"):
            j += 2  # "Q-fusion", "V-ensys": one name (not "Saint-Jean-de-Luz"-like chains)
            continue
        if tok.text == "&" and j + 3 < n and not taken[j + 1] and _lower_head(tokens, j + 1):
            j += 4  # "Korvane Mobility & e-Quistor Services": a lower-case "e-" part after "&"
            continue
        if tok.text in ("&", "-", "+") and (nxt or _hyphen_given(tokens, j, taken)) and (
                tok.text == "&" or (
                    tok.start == tokens[j - 1].end and tokens[j + 1].start == tok.end)):
            j += 2  # "Pieter-Jan Velm": a given name that is also a month's short form
            continue  # goes on after the hyphen (session 25)
        if j == i + 1 and lex.language == "fr":
            k = _head_nationality(tokens, i, lex, taken)
            if k:
                j = k  # "la Banque européenne d'investissement", "l'Agence spatiale européenne"
                break
        if nxt and tok.text in _FOREIGN_LINKS and tokens[j - 1].kind == "word" \
                and tokens[j - 1].norm not in lex.function_words \
                and tokens[j - 1].norm not in _vocabulary(lex):
            j += 2  # "Ciclos do Velmor", "Banca della Quistoria": a link of another language
            continue
        if nxt and tok.norm in _ORG_CONNECTORS and (
                j == i + 1 or j == i + 2 and _title_adjective(tokens[i + 1], lex)) and (
                tokens[i].norm in lex.org_heads or tokens[i].norm in lex.outlet_words):
            j += 2  # "Bank of X", "Banque Privée de X"
            if tok.text == "for":
                j = max(j, _field_end(tokens, j - 1, taken, lex))  # "Bank for Harbour Works and
                # Development": its fields joined by "and" go on with it (session 24)
            if tok.norm in ("des", "du") and lex.language == "fr":
                j = _city_complement(tokens, j, taken) or j  # "Société des Eaux de Nantes"
            if lex.language == "fr" and j + 2 < n and tokens[j].text == "et" \
                    and tok.norm in ("de", "du", "d'"):
                j = _city_complement(tokens, j + 1, taken, ("de", "d'", "du")) or j
                # "la Banque de Quellac et du Morvan", "la Caisse Régionale de Bretagne et de
                # Normandie": a region, "et" and another region or city (session 19)
            continue
        if nxt and j == i + 1 and tok.text == "of" and tokens[i].text in _PORT_HEADS \
                and tokens[j + 1].kind == "word" and tokens[j + 1].text[1:].islower():
            j += 2  # "the Port of Quellhaven Authority", "Port of Ostra-Velm": a port's
            continue  # authority named by its town (session 24)
        if nxt and lex.language == "fr" and tok.norm in ("de", "du") and tok.text.islower() \
                and j - i >= 2 and any(t.text in _PORT_HEADS for t in tokens[i:j]) \
                and (tokens[j + 1].norm in _SAINTS or tokens[j + 1].norm in place_words()
                     or fold(tokens[j + 1].text) in _city_words()):
            j += 2  # "le Grand Port Maritime de Saint-Quellan", "le Port Autonome de Brest":
            continue  # a port's authority goes on with its town (session 24)
        if j == i + 1 and lex.language == "fr" and tokens[i].norm in lex.outlet_words \
                and tok.norm == "de" and tok.text.islower() and _past_article(tokens, j) == j + 2 \
                and not taken[j + 2] and _is_cap(tokens[j + 2], lex):
            j += 3  # "Le Journal de la Quellonie Maritime", "Le Courrier de l'Ostrane": an
            continue  # outlet's title over "de la / de l'" (session 23)
        if j == i + 1 and tokens[i].norm in _HOLDING_HEADS and tokens[i].text[:1].isupper() \
                and (end := _of_name(tokens, j, taken, lex)):
            j = end  # "Financière de l'Ostrane": a holding named by its place or family
            continue
        if j == i + 1 and lex.language == "fr" \
                and (end := _institution_end(tokens, i, taken, lex)):
            j = end  # "l'Autorité de régulation des ports", "la Cour des litiges", "au
            break  # Bulletin officiel": a French public body in lower case after its head
        if (j == i + 1 or j == i + 2 and _title_adjective(tokens[i + 1], lex)) \
                and (_common_head(tokens, i, lex)
                     or _head_opens_name(tokens, i, lex)):  # "la Banque Privée de Quimper"
            k = _of_name(tokens, j, taken, lex)
            if k:
                if tokens[j].norm == "des" and k < n and tokens[k].norm == "du":
                    k = _of_name(tokens, k, taken, lex) or k  # "Compagnie des Bateaux du Rhône"
                elif tokens[j].norm in ("des", "du"):
                    k = _city_complement(tokens, k, taken) or k  # "Société des Eaux de Nantes"
                k = _geo_chain(tokens, k, taken, lex)  # "les Vergers du Val de Quistoire"
                j = k  # "les Conserveries du Morvan", "des Ateliers de l'Ouest": one name
                continue
        if tok.norm in ("de", "du", "d'") and tok.text.islower() and j + 1 < n \
                and tokens[i].kind == "word" and tokens[i].norm not in first_names \
                and (j == i + 1 or any(t.text == "&" for t in tokens[i + 1:j])
                     or j == i + 2 and tokens[i + 1].kind == "word"):
            at = _past_article(tokens, j)  # "de la Loire"
            k = _region_end(tokens, at, taken) or _compass_end(tokens, i, j, at, taken)
            if not k and at < n and not taken[at] and tokens[at].kind == "word" \
                    and tokens[at].text[:1].isupper() and tokens[at].text[1:].islower() \
                    and _firm_tail(tokens, at + 1, taken):
                k = at + 1  # "Capitaux du Quellham & Cie": a firm's tail after the complement
            if k and _firm_tail(tokens, k, taken):
                k += 2  # "Batteries de la Quistoire & Associés"
            if k and not (k < n and _is_cap(tokens[k], lex)):
                j = k  # "Kelvane de Bretagne", "Azur de Provence": a company named by its region
                # ("Forges & Aciers de Savoie", "Kandor d'Alsace", "Caisse Mutuelle d'Ille-et-
                # Vilaine", "Congelados de Navarra": a department or region of pycountry)
                continue
        if lex.language == "fr" and tokens[j - 1].text == "Club" \
                and (end := _city_complement(tokens, j, taken)):
            j = end  # "Football Club de Saint-Quellan": a club named last by its town
            break  # (session 23; "club" is no organisation head of the lexicon)
        if lex.language == "fr" and tok.norm in ("de", "du", "d'") \
                and (end := _bound_place(tokens, i, j, taken, bound, lex)):
            j = _geo_chain(tokens, end, taken, lex)  # "Laiterie d'Ostravie": a word the
            continue  # article only writes after the name ("Cuisines du Val de Quistoire")
        if lex.language == "fr" and tok.norm in ("de", "du") and tok.text.islower() \
                and (end := _common_complement(tokens, i, j, taken, lex)):
            j = end  # "Quistors du Monde": a capitalised common noun after the link
            continue
        if j == i + 1 and lex.language == "fr" and tok.norm in ("de", "du", "d'") \
                and tok.text.islower() and (end := _trade_complement(tokens, i, j, taken, lex)):
            j = end  # "auprès de Forges de l'Ardanne", "directeur de Tanneries du Quellon": a
            continue  # trade plural named by its river or place, with no article before it
        if tok.norm in _PARTICLES and (tokens[i].norm in first_names or (
                j == i + 1 and tok.norm in _NAME_PARTICLES and tokens[i].kind == "word"
                and tokens[i].norm not in _vocabulary(lex))):  # "Anko van der Werff"
            k = j
            while k < n and not taken[k] and tokens[k].norm in _PARTICLES:
                k += 1  # "Jan van de Winkel", "Ana de la Vega"
            if k < n and not taken[k] and _is_cap(tokens[k], lex):
                j = k + 1
                continue
        if j == i + 1 and tok.text in _CAPITAL_PARTICLES and j + 1 < n and not taken[j + 1] \
                and _bare_name_word(tokens[i], lex) and _bare_name_word(tokens[j + 1], lex) \
                and tok.start == tokens[i].end + 1 and tokens[j + 1].start == tok.end + 1 \
                and _person_around(tokens, i, j + 2, lex):
            j += 2  # "Maëlys Le Quérec, directrice": an unlisted given name, then a family
            continue  # name opened by a capitalised particle, said to be a person (session 19)
        if tok.norm in ("al", "el") and tok.text.islower() and j + 2 < n \
                and tokens[j + 1].text == "-" and _joined(tokens, j + 1) \
                and not taken[j + 2] and _bare_name_word(tokens[j + 2], lex) \
                and any(t.norm in _NAME_PARTICLES for t in tokens[i:j]):
            j += 3  # "Khalid bin Rashid al-Quorani": the article of an Arabic family name
            continue
        if tok.norm in _TITLE_NAME_ENDS and tok.kind == "word" and tok.text[:1].isupper() \
                and tok.text[1:].islower() and tokens[i].norm not in lex.title_words \
                and (j + 2 < n and tokens[j + 1].norm in ("and", "et", "&")
                     and _is_cap(tokens[j + 2], lex) and tokens[j + 2].kind == "word"
                     or _title_word_ends(tokens, j, lex)):
            j += 1  # "Korvane Technology and Quistor": a name's end before another name;
            continue  # "the Institute of Velm Technology in Ostra" (session 25)
        k = _inner_link(tokens, i, j, taken, lex) or _described_complement(tokens, i, j, taken,
                                                                           lex, first_names)
        if k:
            j = k  # "Quistor Technology Co.", "Finanz und Wirtschaft", "Velmora Growers of Ohio"
            continue
        if tok.text == "." and j == i + 1 and tokens[i].norm in GIVEN_NAME_ABBREVIATIONS \
                and tok.start == tokens[i].end and nxt:
            j += 2  # "Chas. Quistor Marine": a given name shortened in a firm's name
            continue
        if tok.text == "." and tokens[j - 1].kind in ("word", "initials") \
                and len(tokens[j - 1].text) == 1 and tokens[i].norm in first_names and nxt:
            j += 2  # "Jens H. Lund": a middle initial
            continue
        break
    return j


_OWNED_NOUNS = BRAND_NOUNS | LINE_NOUNS | {
    "stake", "shares", "unit", "division", "arm", "subsidiary", "business", "report", "review",
    "service", "prospectus", "filing"}
"""Lower-case nouns after "X's Y" that make Y a possession of X ("Velmora's Quistor brand");
`_possessor_joins` also reads the lexicon's product and facility nouns ("plant", "site") and
each noun's singular ("brands", "quarries")."""


def _possessor_joins(tokens: list[Token], i: int, j: int, taken: list[bool], lex: Lexicon,
                     first_names: frozenset[str]) -> int:
    """Start of the capitalised words after the possessive "'s" at j when they go on with the
    name opened at i (the possessor is bound, see `_bound_possessors`); 0 when they do not: a
    person's full name before it ("Anna Velm's Quistor"), a title after it ("Quistor's Chief
    Executive"), or a possession's noun after them ("Quistor's Velm brand")."""
    at = _owned_name_at(tokens, j)
    if not at or taken[at] or not _is_cap(tokens[at], lex) or tokens[at].norm in lex.role_words \
            or tokens[at].norm in first_names:
        return 0  # "Velmora's Ana Quist": a person of the possessor
    if tokens[i].norm in first_names and j - 1 > i and not any(
            t.text == "&" for t in tokens[i:j]):
        return 0
    end = at
    while end < len(tokens) and _is_cap(tokens[end], lex):
        end += 1
    after = tokens[end] if end < len(tokens) else None
    noun = after.norm if after is not None else ""
    single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") \
        else noun  # "quarries", "plants"
    if after is not None and after.kind == "word" and after.text.islower() and any(
            w in _OWNED_NOUNS or w in lex.product_nouns or w in lex.facility_nouns
            for w in (noun, single)):
        return 0
    if after is not None and after.text == "of" and end + 1 < len(tokens) \
            and not taken[end + 1] and _is_cap(tokens[end + 1], lex):
        return end + 2  # "Quellby's Annual Review of Ferry Finance": the owned title goes on
    return at


def _described_complement(tokens: list[Token], i: int, j: int, taken: list[bool], lex: Lexicon,
                          first_names: frozenset[str]) -> int:
    """End of a link word at j and the capitalised words after it when the whole is one
    company's name by what is apposed to it (session 23): an indefinite description of a
    company ("Moulin des Quistales, une coopérative oléicole", "Growers of Velmark, a
    start-up", "Tissage de Quellac SARL, une PME"); 0 otherwise. Not after a first name ("Marc
    Velbrand of Quistor, a ..." is a person and his firm), nor before a possessive ("of
    Velmora's"). A legal form alone after the complement was tried as the cue and dropped:
    right on names, but it cost a read relation through a possessive's antecedent."""
    n = len(tokens)
    tok = tokens[j]
    if tok.norm not in OF_WORDS or not tok.text.islower() or j == i \
            or tokens[i].norm in first_names or tokens[i].kind != "word" \
            or not all(t.text == "&" or t.kind == "word" and t.text[:1].isupper()
                       for t in tokens[i:j]):
        return 0
    at = _past_article(tokens, j)
    if tok.norm == "of" and at < n and tokens[at].text == "the":
        at += 1  # "Growers of the Velmark"
    k = at
    while k < n and k - at < 4 and not taken[k] and (
            tokens[k].kind == "word" and _is_cap(tokens[k], lex)
            or tokens[k].text == "&" and k + 1 < n and _is_cap(tokens[k + 1], lex)):
        k += 1
    if k == at or k >= n or tokens[k].kind == "poss":
        return 0
    return k if _org_described(tokens, [t.norm for t in tokens], k, lex) else 0


_OF_HEADS = frozenset({"chamber", "chambers", "institute", "college", "university", "academy",
                       "society", "association", "federation", "council", "school", "exchange"})
"""Institutional heads that go on with "of" and a capitalised complement after a name of their
own ("Quarnel Chamber of Commerce"): "Velmora of Ohio" stays a company from a place."""
_HOLDING_COMPOUNDS = ("holding", "beteiligungen")
"""Ends of a family holding's one-word compound in a name ("Quellberg Familienholding",
session 24): a company, whatever its apposition says."""
_FIRM_ENDINGS = frozenset({"capital", "holding", "holdings", "partners", "partenaires",
                           "ventures", "investments", "beteiligungen", "participations",
                           "securities", "associates", "advisers", "advisors"})
"""Last words of investment firms' names: such a name is no product, whatever follows it."""
_PUBLIC_HEADS = frozenset({"bank", "fund", "board", "authority", "agency", "commission",
                           "hospital", "office", "trust"})
"""Heads of public bodies and funds that go on with "of <Place>" ("the Quellian Pension Fund of
Ostravia") or "for <Field>" ("the Velmoran Bank for Regional Development") after a name
of their own; the field must be a common noun ("Velmora Bank for Zelbar's listing" is none)."""
_OF_OR_PUBLIC_HEADS = _OF_HEADS | _PUBLIC_HEADS
_TRADE_PLURALS = tuple(e + "s" for e in _TRADE_ENDS if not e.endswith("s")) + ("aux", "eaux")


def _plural_trade(tok: Token, lex: Lexicon) -> bool:
    """True for a capitalised plural trade noun ("Câbles", "Systems", "Pumps"): a lexicon word or
    a common noun's ending, no place, first name, title or nationality."""
    norm = tok.norm
    return tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower() \
        and len(norm) > 4 and norm.endswith(("s", "ux")) and not norm.endswith(("ss", "us")) \
        and norm not in place_words() and norm not in word_list("first_names.txt") \
        and norm not in word_list("family_names.txt") and norm[:-1] not in place_words() \
        and norm not in lex.title_words and norm not in lex.nationalities


_OF_MEMBERS = frozenset({"directors", "governors", "trustees", "management", "supervisors",
                         "commissioners", "regents"})
"""A board's members after "of": "the Velmora Board of Directors" is no name of its own."""
_TITLE_NAME_ENDS = frozenset({"technology", "financial"})
"""Title words that also end company names ("Korvane Technology and Quistor") when "and" and
another name follow, or when nothing of a name or title follows (`_title_word_ends`); not
"Velmora Technology chief", "Chief Technology Officer"."""


_UNIVERSITY_WORDS = frozenset({"universite", "university", "universites", "universities"})


def _university_number(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when the number at j (one or two digits, after a space) ends a university's name
    opened at i or named after "université" / "university" right before it, with a clause
    boundary after it ("l'université Lumière Lyon 2 pour", not "Velmora 2 millions")."""
    tok = tokens[j]
    if not (tok.text.isdigit() and len(tok.text) <= 2 and tok.start == tokens[j - 1].end + 1
            and tokens[j - 1].kind == "word" and tokens[j - 1].text[:1].isupper()):
        return False
    if tokens[i].norm not in _UNIVERSITY_WORDS \
            and not (i > 0 and tokens[i - 1].norm in _UNIVERSITY_WORDS):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is None or after.kind == "punct" and after.text not in ("%", "-") \
        or after.norm in lex.prepositions or after.norm in lex.relative_pronouns


def _title_word_ends(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """True when the title word at j ends a name of several capitalised words (session 25:
    "Korvane Event Technology, a ...", "the Institute of Velm Technology in Ostra"): a
    capitalised word of the name before it, and after it no capitalised word, title, role,
    hyphen, "&" or possessive ("Velmora Technology chief", "Velmora Technology Officer",
    "Velmora Technology's" stay out)."""
    prev = tokens[j - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or prev.norm in lex.title_words:
        return False
    if j + 1 >= len(tokens):
        return True
    after = tokens[j + 1]
    return not (after.kind in ("poss", "initials") or after.text in ("-", "&", "+")
                or after.text[:1].isupper() or after.norm in lex.title_words
                or after.norm in lex.role_words and after.norm not in lex.function_words)


_PLAN_HEADS = frozenset({"plan", "fund", "association", "union", "board", "system", "trust",
                         "bank", "federation", "council", "scheme", "investments"})
"""Heads that end a name after a plural possessive ("Teachers' Pension Plan", "Workers' Union")."""
_FOREIGN_LINKS = frozenset({"do", "da", "dos", "das", "del", "della", "dello", "delle", "dei",
                            "degli", "di"})
"""Portuguese, Spanish and Italian links inside a name, no French or English word between two
capitalised words ("Ciclos do Velmor", "Banca della Quistoria")."""
_FOREIGN_CONJUNCTIONS = frozenset({"und"})
_SUSPENDED_LINKS = frozenset({"und", "and", "et", "oder", "or", "ou"})
_UNIT_NOUNS = frozenset({"business", "unit", "division", "arm", "subsidiary"})
_FOR_HEADS = frozenset({"investments", "investment", "development", "industries", "trading",
                        "trade", "construction", "contracting"})


_NATIONAL_HEADS = frozenset({"banque", "agence", "fonds", "caisse", "office", "institut",
                             "autorite", "conseil", "commission", "centre", "bank", "agency",
                             "direction", "delegation", "inspection"})
_NATIONAL_LINKS = (("de", "la"), ("de", "l'"), ("de",), ("d'",), ("des",), ("du",),
                   ("pour", "l'"), ("pour", "la"))
_STATE_ADJECTIVES = frozenset({"national", "nationale", "federal", "federale", "regional",
                               "regionale", "international", "internationale", "general",
                               "generale"})
"""Lower-case adjectives of a state's institutions ("l'Institut national de la statistique",
"la Direction générale de l'aviation")."""


def _head_nationality(tokens: list[Token], i: int, lex: Lexicon, taken: list[bool]) -> int:
    """End of a French institution's name whose capitalised head is followed by a lower-case
    nationality, and maybe one lower-case adjective before it and one complement after it: "la
    Banque européenne d'investissement", "l'Agence spatiale velmorane", "le Fonds européen pour
    l'innovation"; 0 when none."""
    n = len(tokens)
    head = tokens[i]
    if head.norm not in _NATIONAL_HEADS or not head.text[:1].isupper() \
            or not head.text[1:].islower() or i == 0 \
            or tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper() \
            and tokens[i - 1].norm not in lex.determiners:
        return 0
    k = i + 1
    if k + 1 < n and tokens[k].text.islower() and tokens[k].kind == "word" \
            and tokens[k + 1].norm in lex.nationalities and tokens[k].norm not in _vocabulary(lex):
        k += 1  # "l'Agence spatiale européenne"
    if k >= n or taken[k] or not tokens[k].text.islower() or tokens[k].kind != "word" \
            or not (tokens[k].norm in lex.nationalities or tokens[k].norm in _STATE_ADJECTIVES):
        return 0  # "l'Institut national de la statistique"
    k += 1
    norms = [t.norm for t in tokens]
    link = next((p for p in _NATIONAL_LINKS if tuple(norms[k:k + len(p)]) == p), None)
    if link is not None:
        q = k + len(link)
        if q < n and not taken[q] and tokens[q].kind == "word" and tokens[q].text.islower() \
                and tokens[q].norm not in lex.function_words and tokens[q].norm.isalpha():
            k = q + 1
            if k < n and not taken[k] and _body_adjective(tokens[k], lex) \
                    and tokens[k].norm not in lex.nationalities:
                k += 1  # "l'Institut national d'études océaniques": the field's adjective
    return k


_PORT_HEADS = frozenset({"Port", "Ports"})
"""A port's authority named "Port of <Town>" (written so, capitalised): one name with its town."""
_FOR_INSTITUTES = frozenset({"institute", "institution", "centre", "center", "foundation",
                             "laboratory", "laboratories", "society", "academy", "school"})
"""Heads of research or public bodies that go on with "for" and their fields after a name of
their own ("Quellmark Institute for Applied Optics"; "Velmora Bank for X" is not one)."""


def _field_end(tokens: list[Token], k: int, taken: list[bool], lex: Lexicon) -> int:
    """End of the capitalised fields from k after "<Name> Institute for": capitalised words,
    joined once or twice by "and" / "&" / "," to more ("Metrology and Precision Engineering",
    "Coatings, Castings and Optics"), and a closing acronym ("... Casting Technologies QCT")."""
    n = len(tokens)
    end = k
    while end < n and not taken[end] and tokens[end].kind in ("word", "initials") \
            and (_is_cap(tokens[end], lex) or end > k and _title_field(tokens[end])):
        end += 1  # "Institute for Manufacturing Technology and Advanced Materials"
    links = 0
    while links < 3 and end + 1 < n and tokens[end].text in ("and", "&", ",") \
            and not taken[end + 1] and tokens[end + 1].kind == "word" \
            and tokens[end + 1].text[:1].isupper() and tokens[end + 1].text[1:].islower() \
            and (_is_cap(tokens[end + 1], lex) or tokens[end + 1].norm in lex.title_words) \
            and _field_word(tokens[end + 1].norm, lex):
        nxt = end + 2  # a title word is a field here ("and Development", session 24)
        while nxt < n and not taken[nxt] and tokens[nxt].kind in ("word", "initials") \
                and _is_cap(tokens[nxt], lex):
            nxt += 1
        if tokens[end].text == "," and not (nxt < n and tokens[nxt].text in ("and", "&")):
            break  # "Institute for Optics, Zelbar and Quistor": a list after the name
        end, links = nxt, links + 1
    return end


def _title_field(tok: Token) -> bool:
    """True for a capitalised title word that names a field inside a name ("Technology")."""
    return tok.kind == "word" and tok.norm in _TITLE_NAME_ENDS and tok.text[:1].isupper() \
        and tok.text[1:].islower()


def _field_word(norm: str, lex: Lexicon) -> bool:
    """True for a common noun or adjective that names a field ("Metrology", "Precision",
    "Engineering"): a lexicon word or a noun's ending; no name ("Zelbar")."""
    return norm in _vocabulary(lex) or norm.endswith(_FIELD_ENDINGS)


_FIELD_ENDINGS = ("tion", "sion", "ing", "ings", "ics", "ity", "ment", "ments", "ence", "ance",
                  "ogy", "ies", "ness", "ure", "ures", "al", "als", "ed")


_FOR_OPENERS = frozenset({"transport", "partnership", "alliance", "coalition", "centre", "center",
                          "council", "institute", "commission", "office"})
"""One-word heads a name goes on from with "for" ("Transport for X", "Alliance for X")."""


def _nationality_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised nationality stands right before the word at i ("the Dutch
    Chamber of Commerce"): the head is a name of its own with it."""
    return i > 0 and tokens[i - 1].norm in lex.nationalities \
        and tokens[i - 1].text[:1].isupper() and tokens[i - 1].kind in ("word", "initials")


def _inner_link(tokens: list[Token], i: int, j: int, taken: list[bool], lex: Lexicon) -> int:
    """End of a name that goes on at j through a word that would otherwise cut it (session 13),
    0 when none does:
    - a capitalised title word ("Technology", "Development") right before a legal form or an
      organisation head: "Shenzhen Quistor Technology Co.";
    - a conjunction of another language between two capitalised words, which neither French nor
      English uses as its own: "Finanz und Wirtschaft" ("Korvane and Quistor" stays two);
    - "of" and a place after two capitalised words or more ending in a plural common noun:
      "Dairy Growers of Ohio" (not "Siemens of Germany": one word, a company from a place)."""
    n = len(tokens)
    tok = tokens[j]
    if j + 1 >= n or taken[j + 1]:
        return 0
    after = tokens[j + 1]
    if tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower() \
            and tok.norm in lex.title_words and after.text[:1].isupper() \
            and (after.norm in LEGAL_SUFFIXES or after.norm in lex.org_heads):
        return j + 1
    if tok.text in _FOREIGN_CONJUNCTIONS and _is_cap(after, lex) and after.kind == "word":
        return j + 2
    if tok.text == "and" and tokens[j - 1].norm in lex.outlet_words \
            and tokens[j - 1].text[:1].isupper() and after.norm in lex.outlet_words \
            and after.kind == "word" and after.text[:1].isupper() \
            and not (j + 2 < n and tokens[j + 2].text[:1].isupper()):
        return j + 2  # "The Press and Journal": two outlet words joined in one title (s25)
    if tok.text == "of" and (j >= i + 2 or j == i + 1 and _nationality_before(tokens, i, lex)) \
            and tokens[j - 1].norm in _OF_OR_PUBLIC_HEADS \
            and tokens[j - 1].text[:1].isupper() and after.kind == "word" \
            and after.text[:1].isupper() and after.text[1:].islower() \
            and after.norm not in _OF_MEMBERS:
        k = j + 2
        while k < n and k - j <= 3 and not taken[k] and tokens[k].kind == "word" \
                and _is_cap(tokens[k], lex):
            k += 1
        return k  # "the Quarnel Chamber of Commerce", "Velmora Institute of Technology", "the
        # Quellish Chamber of Commerce" (a nationality before the head, session 25)
    if tok.text == "for" and after.kind == "word" and after.text[:1].isupper() \
            and after.norm in _FOR_HEADS and not (j + 2 < n and (
                tokens[j + 2].text[:1].isupper() or tokens[j + 2].norm in lex.prepositions)):
        return j + 2  # "Velmora for Investments", "Quistor for Development" (session 14)
    if tok.text == "for" and j == i + 1 and after.kind == "word" and _is_cap(after, lex) \
            and (tokens[i].norm in lex.org_heads or tokens[i].norm in _FOR_OPENERS):
        return _field_end(tokens, j + 1, taken, lex)  # "Transport for Velmora",
        # "Institute for Quistor Studies": one name; fields joined by "and" go on with it
        # ("Bank for Harbour Works and Development", session 24)
    if tok.text in ("and", "et") and j >= i + 2 and after.kind == "word" \
            and _plural_trade(tokens[j - 1], lex) and _plural_trade(after, lex) \
            and (after.norm in _vocabulary(lex) or after.norm in _other_vocabulary(lex)
                 or after.norm.endswith(_TRADE_PLURALS) or after.norm[-2] not in "aiouy") \
            and tokens[i].norm not in _vocabulary(lex) \
            and not (j + 2 < n and tokens[j + 2].kind == "word" and _is_cap(tokens[j + 2], lex)
                     and tokens[j + 2].norm not in LEGAL_SUFFIXES):
        return j + 2  # "Velmora Tubes et Raccords", "Quistor Pumps and Valves": two plural
        # trade nouns joined inside the name, the second one a word of the lexicons, of a
        # trade noun's ending or a common plural's ("-es", "-ts", "-rs": a name's "-is", "-os",
        # "-as" is none) (session 20; "Quistor Motors and Zelbar", "Velmora Airports et Quellis"
        # stay two)
    if tok.text == "et" and (k := _adjective_pair_end(tokens, i, j, taken, lex)):
        return k  # "Quellac Riz Étuvé et Produits Céréaliers", "Crédit Quellois et Maritime"
    if tok.text == "of" and j >= i + 2 and tokens[j - 1].norm.endswith("ers") \
            and _plural_trade(tokens[j - 1], lex) \
            and after.kind == "word" and after.text[:1].isupper() and after.text[1:].islower() \
            and after.norm not in _vocabulary(lex) \
            and after.norm not in word_list("first_names.txt") \
            and not (j + 2 < n and (tokens[j + 2].kind in ("word", "initials")
                                    and tokens[j + 2].text[:1].isupper()
                                    or tokens[j + 2].kind == "poss")):
        return j + 2  # "Quellan Bakers of Ostmark": a body named by its members and its
        # place, the place one word no list holds (session 20; after a plural, see below)
    if tok.text == "for" and j >= i + 1 and tokens[j - 1].norm in _PUBLIC_HEADS \
            and tokens[j - 1].text[:1].isupper() and (i > 0 and tokens[i - 1].norm == "the"
                                                       or j >= i + 2):
        k = j + 1 + (after.norm == "the" and after.text.islower())
        end = k
        while end < n and not taken[end] and tokens[end].kind == "word" \
                and tokens[end].text[:1].isupper() and tokens[end].text[1:].islower() \
                and _field_word(tokens[end].norm, lex):
            end += 1  # "Financial Services": a title word is a field word here
        if end > k:
            return _field_end(tokens, end, taken, lex)  # "the Velmoran Bank for Regional
            # Development", "the Hospital for Hand Rehabilitation", "the Quellian Authority
            # for Insurance Supervision": a public body named for its field (session 20)
    if tok.text == "for" and j >= i + 2 and tokens[j - 1].norm in _FOR_INSTITUTES \
            and tokens[j - 1].text[:1].isupper() and after.kind == "word" \
            and after.text[:1].isupper() and after.text[1:].islower():
        return _field_end(tokens, j + 1, taken, lex)  # "the Quellmark Institute for
        # Metrology and Precision Engineering": a research body named for its fields (session 19)
    if tok.text == "of" and j + 2 < n and after.text in ("the", "The"):
        k = j + 2
        while k < n and k - j <= 4 and not taken[k] and _title_word(tokens[k], lex):
            k += 1
        if j + 2 < k < n and tokens[k].norm in LEGAL_SUFFIXES and tokens[k].text[:1].isupper() \
                and tokens[k].kind == "word":
            return k + 1  # "Marinas of the Quellian Coast SpA": a legal form ends one name
    if tok.text == "and" and (k := _body_and_end(tokens, i, j, taken, lex)):
        return k  # "the Maritime and Quellian Agency", "the Office of Water and Coastal
        # Planning": one public body's name around "and"
    if tok.text == "and" and i > 0 and _is_cap(after, lex) and after.kind == "word" and (
            tokens[i - 1].kind == "poss" and j - i <= 3 or j - i <= 2 and (
                tokens[i - 1].text == "The" or i >= 2 and tokens[i - 1].norm in lex.nationalities
                and tokens[i - 2].norm == "the" and (
                    tokens[i].norm in _vocabulary(lex)
                    or tokens[i].norm.endswith(("tion", "ment", "ity", "ance", "ence", "ure")))
            )):  # "the Danish Competition and Consumer Authority" (a common noun first)
        k = j + 1
        while k < n and not taken[k] and _is_cap(tokens[k], lex) and tokens[k].kind == "word" \
                and k - j <= 3:
            k += 1
        if tokens[i - 1].kind == "poss":
            if k < n and tokens[k].norm in _UNIT_NOUNS and not (
                    k + 1 < n and tokens[k + 1].kind == "word" and tokens[k + 1].text.islower()
                    and tokens[k + 1].norm not in lex.function_words):
                return k  # "Korvane's Advanced Systems and Robotics business": the unit's name
        elif k - j >= 3 and (tokens[k - 1].norm in lex.org_heads
                             or tokens[k - 1].norm in ORG_NAME_ENDINGS):
            if k + 1 < n and tokens[k].text == "of" and not taken[k + 1] \
                    and tokens[k + 1].text[:1].isupper() and tokens[k + 1].norm in place_words():
                k += 2
            return k  # "The Export and Investment Fund of Denmark": one name after "The"
    if tok.text == "of" and (j - i >= 2 or tokens[i].norm in _vocabulary(lex)) \
            and tokens[j - 1].text[1:].islower() \
            and len(tokens[j - 1].text) > 4 and tokens[j - 1].norm.endswith("s") \
            and not tokens[j - 1].norm.endswith("ss") and after.norm in place_words() \
            and after.text[:1].isupper():
        k = j + 2
        while k < n and not taken[k] and _is_cap(tokens[k], lex) and tokens[k].kind == "word":
            k += 1
        return k
    return 0


_NAME_ADJECTIVE_ENDINGS = BODY_ADJECTIVE_ENDINGS + ("aire", "aires", "ier", "iers", "iere",
                                                   "ieres")
"""Endings of a capitalised French adjective inside a company's name ("Céréaliers",
"Ferroviaires", "Industriel"); a participle's "-é / -ée" is read on the written word."""


def _name_adjective(tok: Token) -> bool:
    """True for a capitalised French adjective of a name's trade ("Étuvé", "Céréaliers",
    "Maritime" is none): one capital, then lower case, an adjective's or a participle's end."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower() \
        and len(tok.text) > 4 and (tok.norm.endswith(_NAME_ADJECTIVE_ENDINGS)
                                   or tok.text.endswith(("é", "ée", "és", "ées")))


def _adjective_pair_end(tokens: list[Token], i: int, j: int, taken: list[bool],
                        lex: Lexicon) -> int:
    """End of a French company's name that goes on over "et" at j (session 24): a capitalised
    adjective ends the words before it, and after it another such adjective, or a plural trade
    noun and its adjective, end the name (no capitalised word after them): "Quellac Riz Étuvé
    et Produits Céréaliers", "Crédit Quellois et Maritime"; 0 otherwise ("Velmora Industriel
    et Quistor", "Quistor Étuvé et Brandor Frères" stay two)."""
    n = len(tokens)
    if lex.language != "fr" or j < i + 2 or j + 1 >= n or taken[j + 1] \
            or not _name_adjective(tokens[j - 1]):
        return 0
    after = tokens[j + 1]
    if _name_adjective(after):
        end = j + 2
    elif _plural_trade(after, lex) and j + 2 < n and not taken[j + 2] \
            and _name_adjective(tokens[j + 2]):
        end = j + 3
    else:
        return 0
    if end < n and tokens[end].kind in ("word", "initials") and tokens[end].text[:1].isupper():
        return 0
    return end


_BODY_AND_HEADS = _PUBLIC_HEADS | {"administration", "service", "council"}
"""Last words of a public body's name whose first word "and" joins to the rest ("the Maritime
and Quellian Agency")."""
_BODY_ADJECTIVE_SHAPES = ("al", "ic", "ime", "ary", "ive", "ous", "ent", "ant", "ine")
"""English adjective endings of a public body's first word before "and" ("Maritime",
"Veterinary", "Atomic"): a name's word ("Quistor", "Velmora") has none of them."""


def _title_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word of one capital (no acronym, no camelCase) that may be in a name."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower() \
        and tok.text.isalpha() and _is_cap(tok, lex)


def _body_and_end(tokens: list[Token], i: int, j: int, taken: list[bool], lex: Lexicon) -> int:
    """End of a public body's name that goes on through "and" at j, 0 when none does; after
    "and", capitalised words ending in a public body's head, and before it either
    - one capitalised adjective after "the" (an adjective's ending or a field word), one or two
      words after "and": "the Maritime and Quellian Agency";
    - a plural field word ending two capitalised words or more, field words after "and": "the
      Ostravia Water Utilities and Pricing Board".
    ("Quistor and the Velmora Agency", "the Quistor and Velmora Agency", "Zorbex Holdings and
    Velmora Authority", "the Maritime and Velmora Consumer Protection Authority" stay apart.)
    Ministries are `_ministry_mentions`'."""
    n = len(tokens)
    if lex.language != "en" or i == 0 or not _title_word(tokens[j - 1], lex) \
            or tokens[j - 1].norm in word_list("first_names.txt"):
        return 0
    one = j == i + 1 and tokens[i - 1].norm == "the" \
        and (tokens[i].norm.endswith(_BODY_ADJECTIVE_SHAPES) or _field_word(tokens[i].norm, lex))
    plural = j >= i + 2 and tokens[j - 1].norm.endswith("s") \
        and _field_word(tokens[j - 1].norm, lex)
    if not (one or plural):
        return 0
    k = j + 1
    while k < n and k - j <= (2 if one else 3) and not taken[k] and _title_word(tokens[k], lex) \
            and (one or _field_word(tokens[k].norm, lex) or tokens[k].norm in _BODY_AND_HEADS):
        k += 1
    if k == j + 1 or k < n and tokens[k].kind in ("word", "initials") \
            and tokens[k].text[:1].isupper() or tokens[k - 1].norm not in _BODY_AND_HEADS:
        return 0
    return k


_HYPHEN_LINKS = frozenset({"de", "du", "des", "et", "sur", "sous", "la", "le", "les", "en",
                           "aux", "au", "upon", "on", "under"})
_HYPHEN_ELISIONS = frozenset({"d'", "l'"})


def _joined(tokens: list[Token], k: int) -> bool:
    """True when token k touches the token before it (no space between them)."""
    return tokens[k].start == tokens[k - 1].end


def _place_link(tokens: list[Token], j: int) -> int:
    """End of a hyphen chain that goes on at j through a lower-case link word to a capitalised
    word, all joined without spaces ("Port[-la-Nouvelle]", "Fos[-sur-Mer]",
    "Puy[-de-Dôme]", "Villeneuve[-d'Ascq]", "Stratford[-upon-Avon]"); 0 when none does. Such a
    chain is a place's form: no company writes its name so."""
    n = len(tokens)
    if j + 2 >= n or tokens[j].text != "-" or not _joined(tokens, j) or not _joined(tokens, j + 1):
        return 0
    link = tokens[j + 1]
    if link.norm in _HYPHEN_ELISIONS:
        k = j + 2
    elif link.text.islower() and link.norm in _HYPHEN_LINKS and j + 3 < n \
            and tokens[j + 2].text == "-" and _joined(tokens, j + 2):
        k = j + 3
    else:
        return 0
    if not (_joined(tokens, k) and tokens[k].kind == "word" and tokens[k].text[:1].isupper()):
        return 0
    return k + 1


def hyphen_place(tokens: list[Token], i: int, j: int) -> bool:
    """True when the span i..j is one hyphen chain with a lower-case link word: a place."""
    return all(_joined(tokens, k) for k in range(i + 1, j)) and any(
        _place_link(tokens, k) for k in range(i + 1, j))


_AUTHORITY_NOUNS = frozenset({"region", "departement", "canton", "land", "state", "province",
                              "regional", "departemental", "collectivite", "county"})
"""Nouns that make the place after them an authority that can buy, sell or invest ("la région
Occitanie a commandé", "le conseil départemental du Gard", "the state of Ohio")."""


def _authority_before(tokens: list[Token], i: int) -> bool:
    """True when a lower-case authority noun stands before the place at i, right before it or
    before "de", "du", "d'", "of"."""
    k = i - 1
    if k >= 1 and tokens[k].norm in ("de", "du", "d'", "of"):
        k -= 1
    return k >= 0 and tokens[k].text.islower() and tokens[k].norm in _AUTHORITY_NOUNS


def _common_head(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when token i is a capitalised word inside a French sentence right after a
    lower-case article ("des Conserveries", "les Ateliers", "la Fonderie"): French writes
    common nouns there in lower case, so the capital opens a name that may go on with "de"."""
    if lex.language != "fr":
        return False
    tok = tokens[i]
    if _is_initial(tokens, i):  # "Terres de Lait Atlantique exporte": no article, a name
        return tok.kind == "word" and tok.text[1:].islower() and tok.norm in _vocabulary(lex) \
            and ((tok.norm,) not in lex.descriptors or tok.norm.endswith("erie")) \
            and tok.norm not in lex.function_words \
            and tok.norm not in lex.prepositions
    if i < 1:
        return False
    prev = tokens[i - 1]
    if not (tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower()
            and (prev.text.islower() or i == 1 and tok.norm.endswith("erie")
                 and (tok.norm,) in lex.descriptors or _capital_article_of(tokens, i, lex))) \
            or tok.norm in lex.nationalities \
            or tok.norm in word_list("first_names.txt"):
        return False
    if (prev.norm,) in lex.descriptors and i >= 2 and tokens[i - 2].norm in _HEAD_ARTICLES:
        return tok.norm in _vocabulary(lex)  # "la coopérative Terres de Lait Atlantique"
    if prev.norm in _HEAD_PREPOSITIONS and prev.text != "a" and i + 2 < len(tokens) \
            and tokens[i + 1].norm in ("de", "du", "d'") and tokens[i + 1].text.islower():
        place = tokens[i + 2]
        return tok.norm not in lex.title_words and tok.norm not in place_words() \
            and tok.norm not in lex.function_words and tok.norm not in _NOT_NAMED_AFTER \
            and place.kind == "word" and place.text[:1].isupper() \
            and (fold(place.text) in _city_words() or fold(place.text) in place_words()) \
            and not (i + 3 < len(tokens) and tokens[i + 3].kind == "word"
                     and tokens[i + 3].text[:1].isupper())
        # "avec Électricité de Strasbourg": a capitalised word after a preposition before
        # "de <City>" opens a name that goes on with it (a city no longer ends it)
    return prev.norm in _HEAD_ARTICLES and tok.norm not in place_words()


_HEAD_ARTICLES = frozenset({"le", "la", "les", "l'", "des", "du", "aux", "au"})


def _capital_article_of(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised article stands before the organisation head at i and "des / du /
    de (la / l')" and a capitalised word follow it: "La Compagnie des Velmores a racheté X",
    "..., La Société des Quistors" (a French name that opens with its article); the head is a
    word of the lexicon's organisation heads or descriptors, so "Le Monde des Velmores" stays
    out."""
    n = len(tokens)
    if i < 1 or i + 2 >= n:
        return False
    prev, link = tokens[i - 1], tokens[i + 1]
    if prev.norm not in _TITLE_ARTICLES or not prev.text[:1].isupper() \
            or not (tokens[i].norm in lex.org_heads or (tokens[i].norm,) in lex.descriptors) \
            or link.norm not in ("de", "des", "du", "d'") or not link.text.islower():
        return False
    k = _past_article(tokens, i + 1)
    return k < n and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
        and tokens[k].text[1:].islower() and tokens[k].norm not in lex.function_words
_HEAD_PREPOSITIONS = frozenset({"avec", "a", "par", "chez", "pour", "contre", "et", "entre",
                                "aupres"})


def _title_adjective(tok: Token, lex: Lexicon) -> bool:
    """True for a capitalised French adjective after a name's common head ("la Banque Privée
    de Quimper", "la Caisse Centrale du Morvan"): a lexicon word with an adjective's ending,
    no function word, preposition, nationality or place."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:].islower() \
        and tok.norm.endswith(TITLE_ADJECTIVE_ENDINGS) and tok.norm not in lex.function_words \
        and tok.norm not in lex.prepositions and tok.norm not in lex.nationalities \
        and tok.norm not in place_words()




def _of_name(tokens: list[Token], j: int, taken: list[bool], lex: Lexicon) -> int:
    """Index after "de X", "du X", "des X", "de la X", "de l'X" at j, where X is a capitalised
    word (and the capitalised words joined to it); 0 when no such complement follows."""
    n = len(tokens)
    if j >= n or tokens[j].norm not in ("de", "du", "des", "d'"):
        return 0
    k = _past_article(tokens, j)
    if k >= n or taken[k] or tokens[k].kind != "word" or not _is_cap(tokens[k], lex):
        return 0
    k += 1
    while k < n and not taken[k] and _is_cap(tokens[k], lex):
        k += 1
    return k


def _plain_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case content word: no function word, preposition or relation trigger."""
    return tok.kind == "word" and tok.text.islower() and tok.norm not in lex.function_words \
        and tok.norm not in lex.prepositions and tok.norm not in lex.triggers


_VERB_PRODUCT_NOUNS = frozenset({"show"})
_THAT = frozenset({"that"})


def _data_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when data and their link stand before the name at token i ("data from (the) X",
    "figures compiled by X"): the name is their provider, the subject of a verb after it."""
    norms = [t.norm for t in tokens[:i]]
    b = len(norms)
    while b > 0 and norms[b - 1] in lex.determiners:
        b -= 1
    noun = match_ending_at(norms, b, lex.keys.get("research_descriptors", ()))
    if noun is not None:  # "figures from freight data firm X suggest that" (session 20)
        b -= len(noun)
        for _ in range(2):
            w = norms[b - 1] if b > 0 else ""
            if not w.isalpha() or w in lex.function_words or w in lex.prepositions \
                    or w in lex.determiners:
                break
            b -= 1
        while b > 0 and norms[b - 1] in lex.determiners:
            b -= 1
    link = match_ending_at(norms, b, lex.sources.data_links)
    return link is not None and match_ending_at(norms, b - len(link),
                                                lex.sources.data_nouns) is not None


_MODEL_TAILS = frozenset({"pro", "max", "ultra", "mini", "lite"})
"""Last words of a product model's name ("Lumira Pro", "Quellbook Max"), never of a firm's."""


def _described_firm(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when an organisation's descriptor stands before the name at i, maybe with up to two
    lower-case words after it ("le loueur longue durée Velmora Pro", "the software firm
    Quellbook Max"): the name is a firm's, whatever its last word."""
    norms = [t.norm for t in tokens[:i]]
    for b in range(i, max(0, i - 3) - 1, -1):
        if b < i and not (tokens[b].kind == "word" and tokens[b].text.islower()):
            break
        if b > 0 and match_ending_at(norms, b, tuple(lex.descriptors)) is not None:
            return True
    return False


def _is_product(tokens: list[Token], i: int, j: int, lex: Lexicon, taken: list[bool]) -> bool:
    """A capitalised span that names a product: "Nvidia's Blackwell", "Vera Rubin systems"."""
    if j < len(tokens) and tokens[j].kind == "poss":
        return False  # "Velmora's models": the owner of a product is a company
    if _named_product(tokens, i, j, lex):
        return True
    if j - i >= 2 and tokens[j - 1].norm in _MODEL_TAILS and tokens[j - 1].text[:1].isupper() \
            and tokens[j - 1].text[1:].islower() and tokens[j - 2].kind == "word" \
            and tokens[j - 2].norm not in _FIRM_ENDINGS and not _described_firm(tokens, i, lex) \
            and not _org_described(tokens, [t.norm for t in tokens], j, lex):
        return True  # "its Lumira Pro laser", "the Quellbook Max": a model's tail word (not
        # before a company's apposed description: "Velmaroute Pro, une start-up de la formation",
        # session 23)
    k = j
    while k < len(tokens) and k - j < 4 and (tokens[k].kind == "number" or tokens[k].text == "-"
                                            or tokens[k].start == tokens[k - 1].end
                                            and tokens[k].kind != "punct"
                                            or len(tokens[k].text) == 1 and tokens[k].is_word):
        k += 1  # "Jaguar I-Pace vehicles", "Ioniq 5 model"
    if k > j and tokens[k - 1].kind == "number" and k + 1 < len(tokens) \
            and tokens[k].kind == "word" and tokens[k].text.islower() \
            and tokens[k].norm not in lex.function_words \
            and tokens[k + 1].norm in lex.product_nouns and tokens[k + 1].text.islower():
        k += 1  # "3,000 Kestrix 5 electric vehicles": a model's number and an adjective
    if k < len(tokens) and tokens[k].norm in lex.product_nouns \
            and not (k == j and _noun_verb(tokens, i, k, lex)) \
            and not (k + 1 < len(tokens) and tokens[k + 1].norm in _THAT
                     and tokens[k].norm in _VERB_PRODUCT_NOUNS and _data_before(tokens, i, lex)):
        return True  # (not "data from X show that": a verb, session 17)
    if _is_site(tokens, i, j, lex):
        return True
    if j - i >= 2 and i >= 1 and _MODEL_CODE.fullmatch(tokens[j - 1].text) \
            and tokens[i - 1].text.islower() \
            and (tokens[i - 1].norm in lex.determiners or tokens[i - 1].norm in ("du", "au")) \
            and tokens[j - 2].norm not in lex.org_heads \
            and tokens[j - 2].norm not in LEGAL_SUFFIXES:
        return True  # "for the Kelvane X7", "le Drelix A320neo": a maker's model, no party
        # (session 19, typing3)
    if j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].start == tokens[j].end and tokens[j + 1].text[:1].isdigit():
        return True  # "Korvex-200 units", "ZX-4": a model designation glued to the name
    if j - i == 1 and i >= 1 and k + 1 < len(tokens) and _plain_word(tokens[i - 1], lex) \
            and _plain_word(tokens[k], lex) and tokens[k + 1].norm in lex.product_nouns:
        return True  # "organic Rankine cycle turbines": a name inside a noun phrase of a product
    if j - i == 2 and tokens[i].norm in ("series", "serie") and len(tokens[i + 1].text) == 1:
        return True  # "Series B": a funding round
    if j - i == 1 and j + 1 < len(tokens) and tokens[j].kind == "number" \
            and tokens[j].text.isdigit() and len(tokens[j].text) <= 2 \
            and (tokens[j + 1].kind == "punct" and tokens[j + 1].text not in "%$€£¥"
                 or tokens[j + 1].text.islower() and tokens[j + 1].norm in lex.function_words
                 and tokens[j + 1].norm not in _AUXILIARIES):
        return True  # "Ligue 1 dès", "Dammam 7, l'un des supercalculateurs": a model, a league
    if j - i == 1 and i >= 1 and tokens[i - 1].kind == "number" and tokens[i].text.isupper() \
            and tokens[i - 1].end + 1 >= tokens[i].start:
        return True  # "737 MAX", "3 GW": a model or a unit after a number
    if j - i == 1 and any(c.isdigit() for c in tokens[i].text) \
            and any(c.isalpha() for c in tokens[i].text) and not _digit_name(tokens[i]) \
            and not (i >= 1 and tokens[i - 1].text.islower()
                     and (tokens[i - 1].norm,) in lex.descriptors
                     and tokens[i - 1].norm not in lex.product_nouns) \
            and not _digit_party(tokens, i, j, lex) \
            and not ((_digit_final(tokens[i]) or _digit_capital(tokens[i])
                      or _digit_inner(tokens[i]))
                     and _party_slot(tokens, i, lex)) \
            and not _listed_code(tokens, i, j, lex):
        return True  # "A350s", "AI6", "H100": model names (not "23andMe", "the neobank Q26",
        # "competes with Q26 and Zelbar", "rivals such as Tarvel and Z44")
    if j + 2 < len(tokens) and tokens[j].norm in ("and", "et", ",") \
            and tokens[j + 1].text[:1].isupper() and j + 3 < len(tokens) \
            and tokens[j + 3].norm in lex.product_nouns and not tokens[j + 3].text[:1].isupper():
        return True  # "Velmo and Quibbit tablets" (not "A and Brandow Commercial Vehicles", a
        # capitalised noun ends the next company's name: session 22, names20)
    if _owned_product_noun(tokens, i, j, lex):
        return True  # "its newest product Quelbrix", "Velmora's best-selling game, Tarn Riders,"
    owner = i - 2 if i >= 2 and tokens[i - 1].norm not in _OWNER_WORDS \
        and _plain_word(tokens[i - 1], lex) else i - 1  # "its flagship Velmo tiles"
    if owner >= 0 and j < len(tokens) and tokens[owner].norm in _OWNER_WORDS \
            and tokens[owner].text.islower() and tokens[j].norm in _MAKER_RANGE_NOUNS:
        return True  # "whose Quibbit line competes with", "its Velmo tiles" (session 21)
    if lex.language == "fr" and i >= 4 and j - i <= 2 and _plain_word(tokens[i - 1], lex) \
            and tokens[i - 2].norm in ("de", "d'") and tokens[i - 3].text.islower() \
            and tokens[i - 3].norm in lex.product_nouns \
            and (tokens[i - 3].norm,) not in lex.descriptors \
            and tokens[i - 4].norm in lex.possessive_pronouns:
        return True  # "sa gamme de soins Orvalo": a product noun and its complement
        # after a possessive (not "la plateforme de paiement X", a company as often)
    if j + 3 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text.islower() \
            and tokens[j + 1].norm in lex.possessive_pronouns and (
                _site_noun(tokens[j + 2], lex) or _plain_word(tokens[j + 2], lex)
                and _site_noun(tokens[j + 3], lex)):
        return True  # "dans la Filature de Quessac, son usine principale", "Tarvik Works,
        # its main plant": a site of the holder the possessive names (session 21)
    if j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].norm in lex.determiners:
        k = j + 2
        if tokens[k].kind == "number" and _hyphen_compound(tokens, k) \
                and _apposed_site(tokens[k + 3], lex) if k + 3 < len(tokens) else False:
            k += 3  # "X, a 412-room property": a size, then the site noun
        while k < min(len(tokens), j + 5) and tokens[k].text.islower() \
                and tokens[k].norm not in lex.prepositions and tokens[k].kind == "word":
            if _hyphen_compound(tokens, k):
                if tokens[k + 2].norm in _OWNERSHIP_TAILS:
                    return False  # "X, a family-owned processor in ...": owned by people,
                    # a company whatever its noun (session 24)
                k += 3  # "the family-owned watchmaker", "la société cloud-native"
                continue
            if tokens[k].norm in lex.product_nouns or _apposed_site(tokens[k], lex) \
                    or tokens[k].norm in lex.relative_pronouns:
                break  # a relative ends the apposed noun phrase: "X, a start-up whose app
                # lets ..." is a company (session 22, names20)
            if lex.language == "fr" and (tokens[k].norm,) in lex.descriptors:
                break  # "X, la filiale cloud du groupe Y": French puts the head first, a
                # company noun before a product noun is the head (session 20)
            k += 1  # adjectives only: "Zorbex, the maker of chips" is a company
        norms = [t.norm for t in tokens]
        while k + 1 < len(tokens) and norms[k] in lex.product_nouns \
                and norms[k + 1] in lex.product_nouns:
            k += 1  # a compound: "the data storage software"
        if k < len(tokens) and (norms[k] in lex.product_nouns or _apposed_site(tokens[k], lex)) \
                and not _company_noun_after(tokens, norms, k + 1, lex) \
                and not _holding_vehicle(tokens, norms, k, lex) \
                and not _platform_of_trade(tokens, k, lex):
            return True  # "Jupiter, le premier supercalculateur", "Zelk, a drug for..."
        # a product noun before a company noun only qualifies it: "X, the software company",
        # "X, the drug discovery company"
    if i >= 1 and tokens[i - 1].norm in lex.product_nouns and j - i == 1 and (
            tokens[i].text.isupper() or any(c.isdigit() for c in tokens[i].text)
            or tokens[i - 1].text.islower()):
        shaped = tokens[i].text.isupper() or any(c.isdigit() for c in tokens[i].text)
        return shaped or not (_descriptor_complement(tokens, i - 1, lex)
                              or _specialist_field(tokens, i - 1)
                              or _placed_platform(tokens, i - 1, lex)
                              or j < len(tokens) and tokens[j].norm in _USER_VERBS
                              or j + 1 < len(tokens) and tokens[j].norm in ("has", "had")
                              and tokens[j + 1].norm in _USER_PARTICIPLES)
        # "moteurs LEAP", "famille A320neo", "le vaccin Ixora", "the drug Zelkany" (not "le
        # fabricant de puces Quistor")
    if lex.language == "fr" and j - i == 1 and i >= 3 and tokens[i - 2].norm in lex.product_nouns \
            and tokens[i - 2].text.islower() and _plain_word(tokens[i - 1], lex) \
            and tokens[i - 1].norm not in lex.nationalities \
            and tokens[i - 1].norm not in _vocabulary(lex) \
            and tokens[i - 1].norm not in place_adjectives() \
            and tokens[i - 3].norm in lex.determiners and not _specialist_field(tokens, i - 2):
        return True  # "la prothèse inversée Kandrix": a product noun, its adjective, the name
        # (not a town's or region's adjective: "la plateforme nantaise Quelsha" is a firm
        # placed like "le belge X", session 23)
    if i >= 2 and tokens[i - 1].norm in lex.product_nouns and tokens[i - 1].text.islower() \
            and tokens[i - 2].norm in lex.determiners and j - i <= 3:
        return True  # "la montre Quarnel Nova", "the smartwatch Quarnel Nova X"
    if j < len(tokens) and tokens[j].norm in _COUNTERPART_NOUNS and i >= 3 \
            and tokens[i - 2].text == "," and tokens[i - 1].norm in ("the", "a", "an"):
        return False  # "Velmora, the Quistor supplier,": the counterpart of an apposed holder
        # (session 17); "the Quistor supplier said" names no company and stays out
    return i >= 1 and tokens[i - 1].norm in lex.determiners and j < len(tokens) and bool(
        match_at([t.norm for t in tokens], j, lex.keys["descriptors"]))


_OWNERSHIP_TAILS = frozenset({"owned", "controlled", "listed"})
"""Second parts of hyphenated adjectives that say who owns a company ("family-owned",
"state-controlled"): no product is so. "-run" is left out: "Zelk, the family-run software"
is an older test's product."""
_FINANCE_VEHICLE_WORDS = frozenset({"investment", "investments", "holding", "financial",
                                    "family", "acquisition", "investissement", "patrimonial",
                                    "familial"})


def _holding_vehicle(tokens: list[Token], norms: list[str], k: int, lex: Lexicon) -> bool:
    """True when the apposed product noun at k is "vehicle" in its financial sense (session 24):
    after an investment word ("X, an investment vehicle of several families") or before "of /
    for" and a determiner or a possessive ("X, the vehicle of the founding family"); "X, an
    electric vehicle for cities" stays a product."""
    if norms[k] not in ("vehicle", "vehicles", "vehicule"):
        return False
    if norms[k - 1] in _FINANCE_VEHICLE_WORDS:
        return True
    return k + 2 < len(tokens) and norms[k + 1] in ("of", "for", "de", "du") \
        and (norms[k + 2] in lex.determiners or norms[k + 2] in lex.possessive_pronouns)


def _owned_product_noun(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when a product noun owned by a possessive stands right before the name ("its
    newest product Quelbrix", "sa nouvelle marque Orvalo") or before it, set off by a comma
    ("Velmora's best-selling game, Tarn Riders,"): the owner's product, no party (session 21)."""
    if j - i > 3 or i < 2 or tokens[j - 1].norm in lex.org_heads \
            or tokens[j - 1].norm in _FIRM_ENDINGS or tokens[j - 1].norm in LEGAL_SUFFIXES:
        return False  # "its flagship vehicle, Quistor Credit Fund,": a fund, a party
    k = i - 1
    if tokens[k].text == ",":
        if j < len(tokens) and tokens[j].text not in (",", "."):
            return False
        k -= 1
    noun = tokens[k]
    if not noun.text.islower() or not (noun.norm in lex.product_nouns
                                       or noun.norm in _GENERIC_PRODUCTS):
        return False
    k -= 1
    while k >= 0 and i - k <= 5 and tokens[k].kind == "word" and tokens[k].text.islower() \
            and tokens[k].norm not in lex.prepositions and tokens[k].norm not in _OWNER_WORDS \
            and tokens[k].norm not in lex.possessive_pronouns:
        k -= 1  # adjectives: "flagship", "biggest", "nouvelle"
    if j < len(tokens) and tokens[j].norm in _USER_VERBS:
        return False  # "whose pricing software Harrowgate uses": the user, a company
    return k >= 0 and tokens[k].text.islower() and tokens[k].norm != "whose" and (
        tokens[k].norm in _OWNER_WORDS or tokens[k].norm in lex.possessive_pronouns
        or tokens[k].kind == "poss")  # (not "whose software X runs": X is a subject)


_GENERIC_PRODUCTS = frozenset({"product", "products", "title", "titles", "game", "games",
                               "brand", "brands", "label", "produit", "produits", "marque",
                               "marques", "jeu", "jeux", "titre", "titres", "logiciel"})
"""Generic nouns of what a firm sells, beside the product nouns (`_owned_product_noun`)."""
POSSESSIVES_EN = frozenset({"its", "their", "his", "her", "our"})
"""English possessive determiners (the lexicon's `possessive_pronouns` keeps the two a company
takes, "its" and "their"): one list for mentions.py and relations.py since session 22."""
_OWNER_WORDS = POSSESSIVES_EN | {"whose"}
_MAKER_RANGE_NOUNS = frozenset({"line", "lines", "tiles", "title", "titles", "franchise", "label"})
"""Nouns of a maker's range after a possessive and a name ("whose Quibbit line")."""


_COUNTERPART_NOUNS = frozenset({"supplier", "contractor", "subcontractor", "vendor",
                                "provider", "distributor", "lender", "customer", "client",
                                "partner", "licensee", "adviser", "advisor"})
"""English role nouns whose company modifier is the holder's counterpart, not a product:
"Velmora, the Quistor supplier" supplies Quistor (session 17)."""


_SITE_APPOSITIONS = frozenset({"property", "properties"})
"""Nouns of real estate apposed to a name ("X, a 412-room property on the river"). The
facility nouns are left out: "Calzaturificio X, a family-owned factory near Y" is the company
that runs it (session 17: "a textile plant", "une usine de" cost a read relation)."""


def _apposed_site(tok: Token, lex: Lexicon) -> bool:
    """True when the apposed noun names a building (session 17): "X, a 412-room property"."""
    return tok.text.islower() and tok.norm in _SITE_APPOSITIONS


def _quoted_modifier(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when a quotation opens with one capitalised word, a lower-case noun and a copula
    ("“Thermal shielding is the piece ...”", "« Fromage frais est ... »", session 17): the word
    modifies the noun, whatever other names the article builds with it."""
    return j - i == 1 and i >= 1 and tokens[i - 1].text in ("\"", "“", "«") \
        and j + 1 < len(tokens) and tokens[j].kind == "word" and tokens[j].text.islower() \
        and tokens[j].norm not in lex.function_words and tokens[j].norm not in lex.prepositions \
        and tokens[j].norm not in lex.role_words and tokens[j].norm not in lex.title_words \
        and tokens[j + 1].norm in _COPULAS


_NOUN_VERBS = frozenset({"ships"})
"""Product nouns that are also a company's verb ("Quellong ships cathode material to X"). Session
17 tried "designs", "programs", "models" and an object opening with a determiner ("Kandor
designs the chips"): they added unread wrong edges and were dropped."""


def _noun_verb(tokens: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """True when the product noun at k after a sentence-opening name is its verb (session 17):
    "Quellong ships cathode material to Velmora" (lower-case words, then "to" and a capitalised
    name), never "Kandor ships are built in Korea" (an auxiliary) nor "Kandor ships for the
    Gulf" (no "to" and a name)."""
    if tokens[k].norm not in _NOUN_VERBS or not tokens[k].text.islower() \
            or not _is_initial(tokens, i) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if _quantity_after(tokens, k + 1):
        return True  # "Thorvell ships about 1.1 million tons a year" (session 24)
    if nxt.norm in _AUXILIARIES or not nxt.text.islower():
        return False
    for q in range(k + 1, min(len(tokens) - 1, k + 5)):
        if tokens[q].norm == "to":
            return tokens[q + 1].text[:1].isupper()
        if not _plain_word(tokens[q], lex):
            return False
    return False


_ABOUT = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "over"})
"""English approximators before a quantity ("ships about 1.1 million tons")."""


def _quantity_after(tokens: list[Token], q: int) -> bool:
    """True when a quantity opens at token q: an approximator or none, then a number, then a
    lower-case word that is no conjunction ("about 1.1 million tons", "300,000 bikes"); not
    "ships 4 and 5" (vessels by number)."""
    if q < len(tokens) and tokens[q].norm in _ABOUT:
        q += 1
    if q + 1 >= len(tokens) or not tokens[q].text[:1].isdigit():
        return False
    nxt = tokens[q + 1]
    return nxt.kind == "word" and nxt.text.isalpha() and nxt.text.islower() \
        and nxt.norm not in ("and", "or", "to", "were", "was", "are", "is")


_SOLD_AS = (("sold", "as"), ("marketed", "as"), ("branded", "as"), ("sold", "under"),
            ("marketed", "under"), ("commercialise", "sous"), ("commercialisee", "sous"),
            ("commercialises", "sous"), ("commercialisees", "sous"), ("vendu", "sous"),
            ("vendue", "sous"), ("vendus", "sous"), ("vendues", "sous"))
_NAMING = frozenset({"baptise", "baptisee", "baptises", "baptisees", "nomme", "nommee",
                     "appele", "appelee", "denomme", "denommee", "called", "named", "dubbed",
                     "branded"})
_GOODS = frozenset({
    "gamme", "range", "line", "product", "products", "produit", "produits", "model", "modele",
    "brand", "marque", "offre", "offer", "vaccine", "vaccin", "drug", "medicament", "serum",
    "cream", "creme", "cement", "ciment", "software", "logiciel", "suite", "app",
    "application", "bike", "bikes", "velo", "velos", "scooter", "scooters", "agent", "tablet",
    "pill", "treatment", "traitement", "beer", "biere", "cheese", "fromage", "wine", "vin",
    "drink", "boisson", "fertiliser", "fertilizer", "engrais", "paint", "peinture", "tyre",
    "tyres", "pneu", "pneus", "device", "dispositif", "sensor", "capteur", "testliner"})
_GENERIC_GOODS = frozenset({"gamme", "range", "line", "product", "products", "produit",
                            "produits", "brand", "marque", "offre", "offer", "model", "modele"})
"""Goods words that follow a company's own name as often as a product's ("the Velmora
Foods brand", "the Quistor Dairy range")."""
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
"""French possessive determiners ("sa colle rapide X")."""
_OWN = _POSSESSIVES | {"its", "their"}
_NAMING_OR_LINK = _NAMING | {"et", "and", ","}
"""A naming participle or a list link before a second product name ("baptisés A et B")."""


_BRAND_AFTER = BRAND_NOUNS | {"name", "names"}
_OWNER_DETERMINERS = _POSSESSIVES | {"les", "le", "la", "l'"}
"""The determiners before "<noun> X de Y": the maker's goods ("les chariots X de Y")."""


def _goods_of_company(tokens: list[Token], norms: list[str], i: int, j: int,
                      lex: Lexicon) -> bool:
    """French goods named between a common noun and their maker (session 18, hard negatives):
    "les chariots X de Y", "ses capsules X de Y": a determiner, a lower-case noun no list
    gives to companies, people, places or outlets, the name, "de" and a capitalised name; or
    after a possessive, a goods noun and its adjective ("sa colle rapide X"). Not "la
    filiale X de Y", "le groupe X de Y", "le fonds X de Y", "l'allemand X de Y", "son
    partenaire X", "son distributeur exclusif X"."""
    if lex.language != "fr" or i < 2 or j - i > 2:
        return False
    if j + 1 < len(tokens) and norms[j] in ("de", "d'", "du") \
            and tokens[j + 1].text[:1].isupper() and norms[i - 2] in _OWNER_DETERMINERS:
        return _goods_noun(tokens[i - 1], lex)
    return i >= 3 and norms[i - 3] in _POSSESSIVES and norms[i - 2] not in _BEFORE_NOUN \
        and _goods_noun(tokens[i - 2], lex) and norms[i - 1] not in _PARTY_NOUNS \
        and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower() \
        and norms[i - 1] not in _vocabulary(lex) and norms[i - 1] not in lex.nationalities


_BEFORE_NOUN = frozenset({"grand", "grands", "grande", "grandes", "gros", "grosse", "grosses",
                          "principal", "principaux", "principale", "principales", "premier",
                          "premiers", "premiere", "premieres", "nouveau", "nouveaux",
                          "nouvelle", "nouvelles", "petit", "petits", "petite", "petites",
                          "plus", "meilleur", "meilleurs", "meilleure", "meilleures", "vieux",
                          "vieil", "vieille", "ancien", "anciens", "ancienne", "fidele",
                          "fideles", "seul", "seule", "unique", "dernier", "derniere"})
"""Adjectives French puts before the noun ("ses grands comptes X"): then the noun is the next
word, not this one."""


def _goods_noun(noun: Token, lex: Lexicon) -> bool:
    """A lower-case noun that may name goods: none of the words lists give to companies,
    people, places or outlets, and no agent noun ("distributeur", "grossiste")."""
    w = noun.norm
    return noun.text.isalpha() and noun.text.islower() and len(w) > 3 \
        and w not in lex.org_heads and (w,) not in lex.descriptors \
        and w not in lex.role_words and w not in lex.title_words \
        and w not in lex.outlet_words and w not in lex.nationalities \
        and w not in lex.function_words and w not in lex.calendar \
        and w not in _PARTY_NOUNS and w not in word_list("person_nouns.txt") \
        and not w.endswith(("eur", "eurs", "euse", "euses", "ier", "iers", "iste", "istes",
                            "aire", "aires"))


_PARTY_NOUNS = frozenset({"famille", "familles", "site", "ville", "region", "quartier", "port",
                        "aeroport", "club", "equipe", "enseigne", "enseignes", "reseau",
                        "maison", "chaine", "chaines", "magasins", "magasin", "banque",
                        "assureur", "mutuelle", "societe", "entreprise", "firme", "holding",
                        "associe", "associes", "patron", "patronne", "fondateur", "heritier",
                        "rival", "rivaux", "concurrent", "concurrents", "partenaire",
                        "partenaires", "client", "clients", "filiale", "filiales", "marque",
                        "marques", "titre", "journal", "magazine", "revue", "cible",
                        "allie", "allies", "homologue", "voisin", "compatriote", "proprio",
                        "repreneur", "acheteur", "preneur", "compte", "comptes"})
"""Nouns of companies, brands-as-chains, people and places that may stand there instead;
agent nouns ("distributeur", "fournisseur", "transporteur", "épicier", "grossiste") are
companies too and are kept out by their endings."""


def _maker_goods(tokens: list[Token], norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when an indefinite article, a maker's noun, "de / of" and a lower-case product noun
    stand right before the name at i: "X, un fabricant de turbines Kaplor" (an apposition: a
    type of the goods X makes, no party; "le fabricant de puces Kaplor" names the maker, and
    "le fabricant Kaplor", "des turbines Kaplor" are left to the other rules)."""
    return i >= 4 and tokens[i - 1].text.islower() and norms[i - 1] in lex.product_nouns \
        and norms[i - 2] in ("de", "d'", "of") and norms[i - 3] in _MAKER_HEADS | {"constructeur"} \
        and norms[i - 4] in INDEFINITE


_BRAND_OWNER_NOUNS = frozenset({"proprietaire", "proprietaires", "detenteur", "detentrice",
                               "mere", "owner", "owners", "holder"})
"""Nouns of the owner of a brand before "de la marque X" / "of the brand X" ("propriétaire de
la marque X", "maison mère de la marque X", "owner of the brand X"): X is the brand owned; not
"la licence de la marque X", where the brand stands for the firm that grants it."""


def _governed_brand(tokens: list[Token], norms: list[str], i: int, j: int,
                    lex: Lexicon) -> bool:
    """True when the name at [i, j) is a brand (session 23, wrongs): right after a lower-case
    "marque" / "brand" under "sous" / "under" or an owner's "de" / "of" ("Q, propriétaire de
    la marque X", "vendus sous la marque X", "Q, owner of the brand X"), or between "the"
    and one lower-case word before a brand or line noun (`_NAMED_LINES`: "Q, which sells the X
    vaping brand", "carries the X pouch range"). Not "la marque de sport X" (a descriptor
    before a firm's name) nor "the Velmora Foods snack range"."""
    if i >= 3 and tokens[i - 1].text.islower() and norms[i - 1] in ("marque", "brand") \
            and norms[i - 2] in ("la", "sa", "leur", "the", "its", "their") \
            and (norms[i - 3] in ("sous", "under") or i >= 4 and norms[i - 3] in OF_WORDS
                 and norms[i - 4] in _BRAND_OWNER_NOUNS):
        return True
    return i >= 1 and norms[i - 1] == "the" and j - i <= 2 and j + 1 < len(tokens) \
        and tokens[j].kind == "word" and tokens[j].text.isalpha() and tokens[j].text.islower() \
        and norms[j] not in lex.function_words and norms[j + 1] in _NAMED_LINES \
        and not any(w in _FIRM_ENDINGS or w in LEGAL_SUFFIXES or w in ORG_NAME_ENDINGS
                    for w in norms[i:j])


USE_VERBS = frozenset({"use", "uses", "used", "using", "utilise", "utilisent", "utilisait",
                       "utilisaient", "utilisera", "utiliseront"})
"""Verbs of using goods or a service ("Y utilise X", "Quistor, which Velmora uses"): relations.py
`_relative_user` (session 21, supply7) and, with verbs of deploying and listing,
`_GOODS_USE_VERBS` here (one list since review26)."""
_GOODS_USE_VERBS = USE_VERBS | frozenset({
    "reference", "referencent", "referencera", "referenceront", "deploie", "deploient",
    "deploiera", "deploieront", "deploy", "deploys", "deployed", "deploying", "stocks", "stock",
    "stocked"})
"""Verbs of a customer using or listing goods ("Y utilise les barquettes X", "Y will deploy
the X radio"): their object is the goods, the maker being the customer's supplier."""
_USED_DETERMINERS = frozenset({"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "the",
                               "these", "this"})
_USE_GAP = 3
"""How many words (adverbs, a time) may stand between a verb of `_GOODS_USE_VERBS` and the
determiner of its object ("référencent depuis septembre la bottine X", "utilisera notamment le
fil X")."""


def _used_goods(tokens: list[Token], norms: list[str], i: int, lex: Lexicon) -> bool:
    """True when the name at i is the object of a verb of use after a determiner and one
    lower-case noun that names no company (session 24, wrongs25): "Y utilise ces barquettes X",
    "Y utilisera notamment le fil X", "Y référencent depuis septembre la bottine X" (goods,
    not the supplier). Not "Y utilise le logiciel de X", nor a company's descriptor ("Y
    utilise le fabricant X", "uses the Tarvik firm X"), nor "uses X" alone."""
    noun = i - 1
    if noun < 2 or not tokens[noun].text.isalpha() or not tokens[noun].text.islower() \
            or norms[noun] in lex.function_words or norms[noun] in lex.org_heads \
            or norms[noun] in lex.group_nouns or norms[noun] in lex.nationalities \
            or (norms[noun],) in lex.descriptors or norms[noun] in lex.title_words \
            or norms[noun - 1] not in _USED_DETERMINERS:
        return False
    return any(norms[v] in _GOODS_USE_VERBS and tokens[v].text.islower()
               for v in range(max(0, noun - 2 - _USE_GAP), noun - 1))


_NAMED_LINES = BRAND_NOUNS | LINE_NOUNS
"""Nouns of a line of goods after its name and one lower-case word ("the X vaping brand", "the
X pouch range"); a firm's name ending in "Foods" or "Group" is kept out by its ending."""


_UNDER_DETERMINERS = frozenset({"the", "la", "le", "its", "their", "his", "her", "sa", "son",
                                "leur"})


def _under_determiner(norms: list[str], i: int) -> bool:
    """True when "under" / "sous" and a determiner, with "own" / "propre" after a possessive,
    stand right before the name at token i: "under the X", "under its own X" (session 25)."""
    b = i - 1
    if b >= 0 and norms[b] in ("own", "propre"):
        b -= 1
    return b >= 1 and norms[b] in _UNDER_DETERMINERS and norms[b - 1] in ("under", "sous") \
        and (b == i - 1 or norms[b] not in ("the", "la", "le"))


def _named_product(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A name given to goods (session 15, precision): "a model sold as the X", "commercialisée
    sous la marque X", "une gamme commune baptisée X", "its best-selling X serum", "sa suite X",
    "its X low-clinker cement" - never "a start-up called X" (no goods word before it) nor
    "its X stake" / "its X unit" (a company's)."""
    norms = [t.norm for t in tokens]
    if _owned_goods(tokens, norms, i, j, lex):
        return True
    b = i - 1
    while b >= 0 and norms[b] in ("the", "le", "la", "l'", "nom", "name", "marque", "brand",
                                  "de"):
        b -= 1
    if b >= 1 and match_ending_at(norms, b + 1, _SOLD_AS):
        return True
    if b >= 0 and norms[b] in _NAMING and any(
            norms[q] in _GOODS or norms[q] in lex.product_nouns for q in range(max(0, b - 4), b)):
        return True
    if _maker_goods(tokens, norms, i, lex) or _governed_brand(tokens, norms, i, j, lex) \
            or _apposed_to_own_line(tokens, norms, i, j, lex) or _used_goods(tokens, norms, i, lex):
        return True
    if i >= 2 and norms[i - 1] in ("et", "and", ",") and tokens[i - 2].kind == "word" \
            and tokens[i - 2].text[:1].isupper() and tokens[i - 2].text[1:].islower():
        k = i - 2  # "les deux drones, baptisés Quellon et Varnel": the goods' second name
        while k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].text[:1].isupper() \
                and tokens[k - 1].text[1:].islower() and i - k < 4:
            k -= 1
        if k >= 1 and (norms[k - 1] in _NAMING_OR_LINK
                       or _maker_goods(tokens, norms, k, lex)) \
                and _named_product(tokens, k, i - 1, lex):
            return True  # also "un fabricant de turbines Kaplor et Brandis"
    if i >= 1 and norms[i - 1] in _GOODS and i >= 2 and norms[i - 2] in _OWN \
            and tokens[i - 1].text.islower():
        return True  # "sa suite X", "its app X"
    if i >= 2 and j - i <= 2 and j + 1 < len(tokens) and tokens[i - 1].text.islower() \
            and (norms[i - 1] in _GOODS or norms[i - 1] in lex.facility_nouns) \
            and norms[i - 2] in ("le", "la", "l'") and norms[j] in ("de", "d'", "du") \
            and tokens[j + 1].text[:1].isupper():
        return True  # "le logiciel X de Y", "l'usine X de Y": Y's goods or site (session 15)
    if _goods_of_company(tokens, norms, i, j, lex):
        return True
    if j < len(tokens) and norms[j] in _BRAND_AFTER and _under_determiner(norms, i):
        return True  # "sold on under the X name" (session 18, hard negatives), "sells under
        # its own X label" (session 25, wrongs26)
    if i >= 1 and norms[i - 1] == "the" and 2 <= j - i <= 3 and j < len(tokens) \
            and norms[j] in _GOODS and norms[j] not in _GENERIC_GOODS \
            and tokens[j].text.islower() and not any(
                w in _NAME_HEADS or w in LEGAL_SUFFIXES for w in norms[i:j]):
        return True  # "the Kandor Guard agent", "the Zelk Nova serum" (session 15)
    before = i - 1
    while before >= 0 and (tokens[before].text.islower() or norms[before] == "-") \
            and norms[before] in (
            "best-selling", "flagship", "phare", "new", "nouvelle", "nouveau", "-", "best",
            "selling"):
        before -= 1
    if before < 0 or norms[before] not in _OWN:
        return _ranged_goods(tokens, norms, i, j, lex)
    k = j
    while k < len(tokens) and k - j < 4 and (tokens[k].text.islower() or tokens[k].text == "-") \
            and tokens[k].norm not in _GOODS and tokens[k].kind in ("word", "punct") \
            and tokens[k].text not in (",", ".", ";", ":", "(", ")"):
        k += 1  # "its X low-clinker cement"
    return k < len(tokens) and norms[k] in _GOODS and tokens[k].text.islower() \
        or _ranged_goods(tokens, norms, i, j, lex)
    # (session 19: "its X dialysis system" with any product noun cost never-read edges: "its
    # Kelvane turbofan engines" names the maker as often)


_RANGE_NOUNS = frozenset({"gamme", "gammes", "range", "ranges", "ligne", "lignes"})


def _apposed_to_own_line(tokens: list[Token], norms: list[str], i: int, j: int,
                         lex: Lexicon) -> bool:
    """True when the name is set off by commas right after an owner's line or range ("the
    app's private-label line, Zorlane Select, is made by Q", "sa gamme premium, Zorlane
    Select, est fabriquée par Q"): the line's own name, goods, never the customer of the
    maker (session 23, wrongs24). The owner is a "'s" or a possessive within four words
    before the noun; not "its partner, X," (no line noun)."""
    if i < 3 or j >= len(tokens) or tokens[j].text not in (",", ")") or tokens[i - 1].text != "," \
            or not tokens[i - 2].text.islower() \
            or norms[i - 2] not in _RANGE_NOUNS and norms[i - 2] not in ("line", "lines"):
        return False
    return any(tokens[q].kind == "poss" or norms[q] in lex.possessive_pronouns
               and tokens[q].text.islower() for q in range(max(0, i - 7), i - 2))
_SINGLE_MACHINES = frozenset({"machine", "presse", "imprimante", "robot", "outil"})
"""Singular machine nouns (not product nouns: "a machine maker" names a company)."""
_FLAGSHIP = frozenset({"phare", "flagship", "vedette"})
_IN_HOUSE = _FLAGSHIP | {"maison", "proprietaire", "proprietary"}
"""Adjectives of a company's own product after its noun ("sa machine maison X")."""


def _ranged_goods(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """A name at the end of a French goods phrase (session 19, precision): "la gamme de pompes
    doseuses Kelvane" (a range noun, its goods after "de", the name last), "sa machine maison
    Quorvex 3" (a possessive's product noun, an in-house adjective, the name): the owner is
    another company. Never "la gamme de pompes de Kelvane" (the owner after "de"), "le
    fabricant de pompes Kelvane" (a maker's name) nor "les pompes doseuses Kelvane" (a maker's
    name as a brand)."""
    if lex.language != "fr" or i < 3 or j - i > 3 or not _plain_word(tokens[i - 1], lex) \
            or j < len(tokens) and norms[j] in ("de", "d'", "du"):
        return False
    if norms[i - 1] in _IN_HOUSE and (norms[i - 2] in lex.product_nouns
                                      or norms[i - 2] in _SINGLE_MACHINES) \
            and tokens[i - 2].text.islower() and norms[i - 3] in _POSSESSIVES:
        return True
    p = i - 1
    while p >= 1 and i - p <= 6 and tokens[p].kind in ("word", "elision") \
            and tokens[p].text.islower() and norms[p] not in _RANGE_NOUNS \
            and (norms[p] in ("de", "d'") or _plain_word(tokens[p], lex)):
        p -= 1
    return norms[p] in _RANGE_NOUNS and tokens[p].text.islower() and p < i - 2 \
        and norms[p + 1] in ("de", "d'") and p >= 1 and norms[p - 1] in lex.determiners




def _owned_goods(tokens: list[Token], norms: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """A name a company's goods bear (session 17, typing): "Velmora, whose Quintabex has
    overtaken ..." (a name right after "whose" and before its verb, no company word in it);
    "its employee app, Brelgo, ..." / "son logiciel phare, Kalmo," (a singular goods noun of a
    possessive, then the name between commas) - never "whose Kandor Capital unit", "its flagship
    vehicle, X Fund" (no goods word) nor "Pour ses machines, Norvoise achète" (a plural)."""
    n = len(tokens)
    if i >= 1 and norms[i - 1] == "whose" and j < n and tokens[j].text.islower() \
            and (norms[j] in _AFTER_NAME or norms[j] in lex.triggers) \
            and norms[j] not in _COORD and norms[j] != "a" \
            and not any(w in _NAME_HEADS or w in LEGAL_SUFFIXES for w in norms[i:j]):
        return True
    if i < 4 or tokens[i - 1].text != "," or j >= n or tokens[j].text not in (",", ".", "("):
        return False
    g = i - 2
    if norms[g] in _FLAGSHIP and tokens[g].text.islower():
        g -= 1
    if norms[g] not in _GOODS or not tokens[g].text.islower() or norms[g].endswith("s"):
        return False
    q = g - 1
    while q >= 0 and g - q <= 3 and tokens[q].kind == "word" and tokens[q].text.islower() \
            and norms[q] not in _OWN and norms[q] not in lex.prepositions:
        q -= 1
    return q >= 0 and norms[q] in _OWN


def _apposed_from(tokens: list[Token], at: int) -> bool:
    """True when the description ending before "from" at `at` is apposed to a name after a
    comma ("X, the packaging group from Harnfeld"), never a verb's object ("bought the
    packaging maker from Quistor": Quistor sells it)."""
    for k in range(at - 1, max(-1, at - 7), -1):
        if tokens[k].text == ",":
            return k >= 1 and tokens[k - 1].text[:1].isupper()
        if not tokens[k].text.islower() and tokens[k].text != "-":
            return False
    return False


def _is_site(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A capitalised span that names a site: "its Marrow Flats site" (a possessive before
    it), "the Quellport facility", "Velmora's Tarvenec plant" (a determiner or a name's "'s"
    before a one-word name), "son usine de Quellport" (a possessive, a site noun and "de"
    before it; "l'usine de Velmora" is the company's plant)."""
    if j < len(tokens) and tokens[j].norm in lex.facility_nouns and i >= 1 \
            and tokens[i - 1].text.islower() and (
                tokens[i - 1].norm in lex.possessive_pronouns
                or tokens[i - 1].norm in lex.determiners and j - i == 1
                or tokens[i - 1].norm == "'s" and j - i == 1):
        return True  # not "the Quelvane Industries plant": a company's plant; "Velmora's
        # Tarvenec plant" is a site (session 16)
    if _site_run_by(tokens, i, j, lex) or _measured_apposition(tokens, j):
        return True
    if j + 1 < len(tokens) and i >= 1 and tokens[i - 1].norm in lex.possessive_pronouns \
            and tokens[i - 1].text.islower() and _plain_word(tokens[j], lex) \
            and (_site_noun(tokens[j + 1], lex) or tokens[j + 1].norm in _SHOP_NOUNS):
        return True  # "its Quistor Werk press shop", "their Tarvik bus depot" (session 21)
    if j - i >= 3 and tokens[i].norm in _NAMED_SITE_HEADS and tokens[i + 1].norm in ("de", "d'") \
            and i >= 1 and tokens[i - 1].text.islower() and tokens[i - 1].norm in lex.determiners:
        return True  # "dans le Terminal de Quessor", "la Centrale de Tarvik": a site named by
        # its kind (session 21; not "Chantiers de X", "Fonderie de X": firms as often)
    if j - i >= 2 and tokens[i].norm in _BUILDING_HEADS and tokens[i].text[1:].islower() \
            and i >= 1 and tokens[i - 1].text.islower() and tokens[i - 1].norm in lex.determiners:
        return True  # "un nouveau hall, le Hangar Zelbor, que construit X": a building's own
        # name opened by its kind (names18)
    return i >= 3 and tokens[i - 1].norm in ("de", "d'") \
        and (tokens[i - 2].norm in lex.facility_nouns or tokens[i - 2].norm in _WORKS_NOUNS) \
        and tokens[i - 3].norm in lex.possessive_pronouns or _owned_sites_of(tokens, i, lex)


_BEFORE_SITE_NOUNS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                                "dix", "nouveaux", "nouvelles", "principaux", "principales",
                                "propres"})
"""Words between a French possessive and a plural site noun, counts and adjectives: "ses deux
entrepôts de", "leurs nouvelles usines de" (named `_FR_COUNTS` by wrongs24, which its
adjectives belied)."""


def _owned_sites_of(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when the span is a member of a list of towns after a possessive and a plural site
    noun: "ses deux entrepôts de Tarvac et de Velzou", "leurs usines de Quessac, de Morvic et
    de Tarvik" (session 23, wrongs24): the sites' towns, no customers of "livre". The
    singular "son entrepôt de Tarvac" is read by `_is_site` above; "les entrepôts de X" (no
    possessive) is the company X's."""
    if lex.language != "fr" or i < 3 or tokens[i - 1].norm not in ("de", "d'"):
        return False
    k = i - 2
    while k >= 2 and tokens[k].norm in ("et", ",") and k - 1 >= 0:
        m = k - 1  # back over an earlier member "de Tarvac" of the list
        while m >= 0 and tokens[m].kind == "word" and tokens[m].text[:1].isupper():
            m -= 1
        if m == k - 1 or m < 1 or tokens[m].norm not in ("de", "d'"):
            return False
        k = m - 1
    if k < 1 or not tokens[k].text.islower() or not (
            _site_noun(tokens[k], lex) or tokens[k].norm in RUN_SITE_NOUNS):
        return False
    k -= 1
    if k >= 1 and (tokens[k].kind == "number" or tokens[k].norm in _BEFORE_SITE_NOUNS):
        k -= 1
    return k >= 0 and tokens[k].norm in lex.possessive_pronouns and tokens[k].text.islower()


_AREA_UNITS = (("metres", "carres"), ("metre", "carre"), ("m2",), ("square",))
"""Units of a floor area ("4 000 mètres carrés", "20 000 m²", "12,000-square-metre")."""


def _measured_apposition(tokens: list[Token], j: int) -> bool:
    """True when the name is followed by an indefinite apposition that gives a floor area
    within its first eight words ("Le Hangar X, un plateau de 4 000 mètres carrés", "X House,
    a 12,000-square-metre building"): a site, which no company is described by (session 23)."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].norm not in (
            "un", "une", "a", "an"):
        return False
    norms = [t.norm for t in tokens[j + 2:j + 10]]
    return any(tuple(norms[k:k + len(u)]) == u and k > 0 and norms[k - 1][:1].isdigit()
               or tuple(norms[k:k + len(u)]) == u and k > 1 and norms[k - 1] == "-"
               and norms[k - 2][:1].isdigit()
               for k in range(len(norms)) for u in _AREA_UNITS)


def _site_noun(tok: Token, lex: Lexicon) -> bool:
    """True for a lower-case site noun: a facility noun of the lexicon ("site", "usine",
    "plant"), a site head ("silo", "parc", "farm", "chantier": `_SITE_HEADS`,
    `_MORE_SITE_HEADS`) or a French works noun ("cimenterie": `_WORKS_NOUNS`). One predicate
    since the session 21 review (typing5's `_site_noun` and the older `_site_head` each read
    part of these lists; their union changes no output on the 63 fingerprinted sets)."""
    return tok.text.islower() and (tok.norm in lex.facility_nouns or tok.norm in _SITE_HEADS
                                   or tok.norm in _MORE_SITE_HEADS or tok.norm in _WORKS_NOUNS)


def _site_run_by(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A site named like a company, with surer evidence than its last word (session 19,
    typing3): a site noun in apposition before the name, through "de" and words of the kind
    of site ("the wind farm Drelix, run by", "la centrale de Quistor, exploitée par", "au parc
    éolien de Drelix, détenu par"), or after it ("the Drelix wind farm owned by"), or a site
    word ending a one- or two-word name ("Drelix Station, owned by"); and in every case an
    operator after it ("run by", "owned by", "exploité par", "which is operated by"). A company
    owned by another ("Drelix, owned by Tarvola") has no site noun and stays a company."""
    if _kind_of_site(tokens, i, j, lex):
        return True
    k = j
    while k < len(tokens) and k - j < 3 and (_site_noun(tokens[k], lex)
                                            or tokens[k].norm in _SITE_KINDS):
        k += 1  # "the Drelix wind farm owned by"
    after = k > j and _site_noun(tokens[k - 1], lex)
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k + 1 < len(tokens) and tokens[k].norm in ("which", "qui") \
            and tokens[k + 1].norm in ("is", "was", "est", "etait"):
        k += 2  # "which is owned by", "qui est exploitée par"
    operator = False
    if k + 2 < len(tokens) and tokens[k].norm in ("which", "que", "qu'") \
            and tokens[k + 1].text[:1].isupper():
        m = k + 1
        while m < len(tokens) and m - k <= 3 and tokens[m].text[:1].isupper():
            m += 1
        operator = m < len(tokens) and tokens[m].norm in _RUN_VERBS  # "Quistor Solar Park,
        # which Tarvola operates", "la centrale Quistor, que Tarvola exploite"
    if not operator and not (k + 1 < len(tokens) and (tokens[k].norm in _RUN_PARTICIPLES
                                     or tokens[k].norm in _OWNED_PARTICIPLES)
            and tokens[k + 1].norm in ("par", "by")):
        return False
    if after:
        return True
    h = i - 1
    while h >= 0 and i - h <= 3 and tokens[h].text.islower() \
            and (tokens[h].norm in ("de", "d'") or tokens[h].norm in _SITE_KINDS):
        h -= 1  # "au parc éolien de Drelix", "the offshore wind farm Drelix"
    if h >= 0 and _site_noun(tokens[h], lex):
        return True
    return j - i <= 3 and tokens[j - 1].norm in _SITE_TAILS and tokens[j - 1].text[:1].isupper()


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[a-z]{0,4}")
"""A model's code after its maker's name ("X7", "A320neo", "V200")."""
def _kind_of_site(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A site named with its kind, no operator needed (session 19, typing3): a name ending in
    a kind and a site word ("the Drelix Wind Farm", "Quistor Solar Park"), or a site noun and
    its kind right before the name ("the wind farm Drelix", "le parc éolien Drelix"; not "le
    parc éolien de X", which may be X's)."""
    if j - i >= 3 and tokens[j - 2].norm in _SITE_KINDS and tokens[j - 1].norm in _SITE_TAILS \
            and tokens[j - 2].text[:1].isupper() and tokens[j - 1].text[:1].isupper():
        return True
    if i < 2 or not tokens[i - 1].text.islower() or not tokens[i - 2].text.islower():
        return False
    return tokens[i - 1].norm in _SITE_KINDS and _site_noun(tokens[i - 2], lex) \
        or _site_noun(tokens[i - 1], lex) and tokens[i - 2].norm in _SITE_KINDS


_MORE_SITE_HEADS = frozenset({"farm", "park", "station", "tower", "mine", "chantier", "tour",
                              "ferme", "champ", "gisement", "field", "project", "projet"})
"""Site nouns that name a place only with an operator after it (`_site_run_by`)."""
_SITE_KINDS = frozenset({"wind", "solar", "offshore", "onshore", "power", "gas", "oil", "eolien",
                         "eolienne", "eoliens", "solaire", "photovoltaique", "gazier",
                         "petrolier", "nucleaire", "nuclear", "hydro"})
"""Words of the kind of a site between its noun and its name ("the wind farm X", "le parc
éolien de X")."""
_SITE_TAILS = frozenset({"station", "tower", "farm", "park", "mine", "field", "terminal",
                         "refinery", "forest"})
"""Last words of a site's own name, kept a site only with an operator after it ("Drelix
Station, owned by X"): "Quistor Farms" (plural) and "X Park Ltd" (a legal form) stay firms."""
_OWNED_PARTICIPLES = frozenset({"owned", "detenu", "detenue", "detenus", "detenues", "possede",
                                "possedee", "possedes", "possedees"})


def _run_by(tokens: list[Token], k: int) -> bool:
    """True when a run participle and its agent preposition open at k ("exploité par")."""
    return k + 1 < len(tokens) and tokens[k].norm in _RUN_PARTICIPLES \
        and tokens[k + 1].norm in ("par", "by")


_SHOP_NOUNS = frozenset({"shop", "shops", "works", "mill", "mills", "yard", "depot"})
"""Works nouns after a possessive, a site's name and a modifier ("its X press shop")."""
_NAMED_SITE_HEADS = frozenset({"terminal", "centrale", "site"})
_BUILDING_HEADS = frozenset({"hangar", "hall", "halle", "batiment", "entrepot", "warehouse",
                             "building"})
"""Capitalised first words of a building's own name after an article ("le Hangar Zelbor", "the
Warehouse Kelmark"): no firm writes its name so."""
"""Capitalised first words of a site's own name before "de" ("le Terminal de Quessor")."""
_SITE_HEADS = frozenset({"silo", "silos", "port", "depot", "entrepots", "quai", "plateforme",
                         "aeroport", "gare", "centre", "parc"})
"""Site nouns before a site's name or "de <Name>" beside the lexicon's facility nouns ("le
parc X", "au silo de X"; session 19)."""
_RUN_PARTICIPLES = frozenset({"exploite", "exploitee", "exploites", "exploitees", "gere",
                              "geree", "geres", "gerees", "opere", "operee", "operated", "run",
                              "managed"})


_USER_VERBS = frozenset({"uses", "licenses", "deploys", "buys"})
"""Present verbs after "<product noun> X" that make X the user of the product in an English
relative clause without its pronoun ("the pricing software Quistor uses"), not the product's
name (participles stay out: "the chip Zelk used in phones" is a product)."""
_USER_PARTICIPLES = frozenset({"used", "licensed", "deployed", "bought"})
"""The participles of `_USER_VERBS`, read only after "has / had" ("the system Quistor has used
since 2019", session 21)."""


def _descriptor_complement(tokens: list[Token], p: int, lex: Lexicon) -> bool:
    """True when the product noun at p is the complement of a company noun before it, so the
    name after it is the company's (session 14): "le fabricant de puces Quistor", "l'éditeur
    de logiciels Quistor", "le spécialiste de la sécurité du cloud Quistor". A definite plural
    ("le fabricant des montres Quarnel") names the product; "du" only deeper in a chain."""
    if p < 2:
        return False
    before = tokens[p - 1]
    if lex.language == "fr" and before.kind == "word" and before.text.islower() \
            and (before.norm,) in lex.descriptors and before.norm not in lex.product_nouns:
        return True  # "l'intégrateur réseau Quistor": French puts the company noun first, the
        # product noun after it is its trade (session 21)
    if before.norm not in OF_WORDS_NO_DES and before.norm not in _COMPLEMENT_FOR:
        return False
    links = 1
    for k in range(p - 2, max(-1, p - 8), -1):
        tok = tokens[k]
        if tok.kind not in ("word", "elision") or not tok.text.islower():
            return False
        if (tok.norm,) in lex.descriptors and tok.norm not in lex.product_nouns:
            return before.norm != "du" and (before.norm not in _COMPLEMENT_FOR or links >= 2) \
                or links >= 2
        if tok.norm in OF_WORDS_NO_DES or tok.norm in _COMPLEMENT_FOR:
            links += 1
    return False


def _specialist_field(tokens: list[Token], p: int) -> bool:
    """True when the product noun at p is the field of a specialist after "des" ("le
    spécialiste des batteries industrielles Quellac", session 24, names25): a trade, so the
    name after it is the specialist's. A maker's definite plural ("le fabricant des montres
    Quarnel") still names the product (`_descriptor_complement`)."""
    return p >= 2 and tokens[p - 1].norm == "des" and tokens[p - 2].norm in _FIELD_HEADS


_FIELD_HEADS = frozenset({"specialiste", "expert", "pionnier", "champion"})


_COMPLEMENT_FOR = frozenset({"pour", "for"})
"""A goods complement's second link ("l'éditeur de jeux pour smartphones Quistor", session
21): only deeper in a chain that opens with "de", never right after the company noun ("the
maker for phones X")."""


def _digit_party(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True when a short capital-and-digits token after "with"/"avec" is joined by "and"/"et"
    to a plain name (session 14): "competes with Q26 and Zelbar", "s'allie avec Q26 et
    Zelbar" (a party beside a party; "with A320 and A350 jets" stays a pair of models)."""
    if not (i >= 1 and j + 1 < len(tokens) and tokens[i - 1].norm in ("with", "avec")
            and tokens[i].text[:1].isupper() and len(tokens[i].text) <= 5
            and tokens[j].norm in ("and", "et")):
        return False
    nxt = tokens[j + 1]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    return nxt.kind == "word" and _is_cap(nxt, lex) and not any(c.isdigit() for c in nxt.text) \
        and not (after is not None and (after.kind == "number" or after.norm in lex.product_nouns
                                        or any(c.isdigit() for c in after.text)
                                        or after.text[:1].isupper()))


def _platform_of_trade(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when an apposed platform noun at k takes its trade after "de"/"for" (session 14):
    "Quistor, la plateforme de financement", "Quistor, the platform for freelancers" are
    companies; "Zelk, la plateforme de Velmora" (an owner's name) stays a product."""
    return tokens[k].norm in ("plateforme", "platform") and k + 2 < len(tokens) \
        and tokens[k + 1].norm in ("de", "d'", "for") and tokens[k + 2].kind == "word" \
        and tokens[k + 2].text.islower() and tokens[k + 2].norm not in lex.determiners \
        and tokens[k + 2].norm not in lex.function_words


def _placed_platform(tokens: list[Token], p: int, lex: Lexicon) -> bool:
    """True when the English platform noun at p has a nationality or a base among the
    modifiers before it ("Dutch resale platform Quistor", "the Ohio-based tutoring platform
    Kandora"): a platform placed so is a company, the name after it the company's (session
    22, names19); "the platform Quistor", "its payments platform Quistor" stay products.
    A processor is a trade too ("the Polish processor Zerpol", "Danish pork processor
    Zerpol", session 22, names20); "the graphics processor Zelk" stays a product."""
    if lex.language != "en" or tokens[p].norm not in ("platform", "marketplace", "processor"):
        return False
    for k in range(p - 1, max(-1, p - 5), -1):
        tok = tokens[k]
        if tok.norm in lex.nationalities:
            return True
        if tok.norm == "based" and k >= 2 and tokens[k - 1].text == "-":
            return True  # "Ohio-based", "London-based"
        if tok.kind != "word" or not tok.text.islower() or tok.norm in lex.determiners:
            return False
    return False


def _hyphen_compound(tokens: list[Token], k: int) -> bool:
    """True when the lower-case word at k opens a hyphenated adjective ("family-owned",
    "software-based"): its first part is no noun of the phrase."""
    return k + 2 < len(tokens) and tokens[k + 1].text == "-" \
        and tokens[k + 1].start == tokens[k].end and tokens[k + 2].start == tokens[k + 1].end \
        and tokens[k + 2].kind == "word" and tokens[k + 2].text.islower()


def _company_noun_after(tokens: list[Token], norms: list[str], k: int, lex: Lexicon) -> bool:
    """True when a company noun heads the noun phrase that goes on at k through modifier
    nouns only: "drug [discovery] company", "chip [design] firm", "data storage start-up"."""
    for q in range(k, min(len(tokens), k + 3)):
        if match_at(norms, q, lex.keys["descriptors"]):
            return True
        if not _plain_word(tokens[q], lex):
            return False
    return False


def _link_aliases(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> None:
    """Mark "Name (ACRONYM)", "ACRONYM (Name)" and "Name, better known as Other" as the same
    entity."""
    norms = [t.norm for t in tokens]
    for a, m in enumerate(mentions):
        for b in range(a + 1, min(a + 3, len(mentions))):
            o = mentions[b]
            gap = norms[m.last:o.first]
            acronym = (gap == ["("] and o.last < len(tokens) and tokens[o.last].text == ")"
                       and o.last - o.first == 1 and (tokens[o.first].text.isupper() or _acronym_of(
                           tokens, m.first, m.last, tokens[o.first])
                           or _contraction_of(tokens, m.first, m.last, tokens[o.first].text)))
            known_as = o.first - m.last <= 12 and not m.person and not o.person \
                and _cue_before(norms, m.last, o.first, lex.alias_cues)
            spelled = (gap == ["("] and m.last - m.first == 1 and tokens[m.first].text.isupper()
                       and o.last < len(tokens) and tokens[o.last].text == ")"
                       and _acronym_of(tokens, o.first, o.last, tokens[m.first]))
            if acronym or known_as or spelled:  # "ZTX (Zentrix Trefil Works)": the name the
                o.alias_of = m  # acronym spells, in brackets after it (session 22, rivals)


def _contraction_of(tokens: list[Token], i: int, j: int, alias: str) -> bool:
    """True when a mixed-case word in brackets shortens the name of tokens i..j (session 15):
    "Quistor Systems (Qsys)", "Kandor Biotech (KanBio)": it opens with the name's first letter
    and its letters stand in the name's, in order, from at least two of the name's words."""
    if j - i < 2 or not alias.isalpha() or not alias[:1].isupper() or alias.isupper() \
            or len(alias) < 3:
        return False
    words = [t.text.lower() for t in tokens[i:j] if t.text.isalpha()]
    low = alias.lower()
    if not words or low[0] != words[0][0]:
        return False
    w, c, used = 0, 0, set()
    for ch in low:
        while w < len(words) and ch not in words[w][c:]:
            w, c = w + 1, 0
        if w >= len(words):
            return False
        c = words[w].index(ch, c) + 1
        used.add(w)
    return len(used) >= 2


def _cue_before(norms: list[str], start: int, end: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """True when a cue of `cues` ends right before `end` (quotes and determiners aside) and
    starts at or after `start`: "X, better known as Y" (Y is the alias, not a later name)."""
    k = end
    while k > start and norms[k - 1] in ("\"", "“", "«", "'", "the", "le", "la", "l'"):
        k -= 1
    return match_ending_at(norms, k, cues) is not None \
        and k - len(match_ending_at(norms, k, cues) or ()) >= start


_AGENT_ENDINGS = ("ier", "iere", "iste", "eur", "euse", "ien", "maker") + AGENT_ENDINGS_EN
"""Endings of nouns for who does something ("cimentier", "recycleur", "logisticien",
"semiconductor", "toolmaker"): a company noun, where "l'opération X" or "le montant X" is not."""
_HEAD_DETERMINERS = frozenset({"le", "la", "l'", "du", "au", "the"})
SINGULAR_ARTICLES = frozenset({"le", "la", "l'", "un", "une", "the", "a", "an"})
"""Singular articles, definite and indefinite, both languages (an apposition's opening here, a
listed role's in roles.py)."""
_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "de", "d'", "du", "des", "of", "qui", "which",
                              "that", "based", "basee", "base"})


def article_heads(
    mentions: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon
) -> tuple[tuple[str, ...], ...]:
    """Nouns no list has that the article itself puts right before or after a company's name
    as what it is: "le cimentier Vicort", "du torréfacteur bordelais Quistor", "Vicort, le
    cimentier lyonnais," (one-word heads). A later "le cimentier" is a description of the
    companies so called (see `more_descriptions` and the ranking in resolution.py)."""
    vocab = _vocabulary(lex)
    known = {h[-1] for h in lex.keys["descriptors"]}

    def noun(t: Token) -> bool:
        return t.kind == "word" and t.text.isalpha() and t.text.islower() and len(t.text) >= 5 \
            and t.norm.endswith(_AGENT_ENDINGS) and t.norm not in vocab and t.norm not in known \
            and t.norm not in lex.nationalities

    def adjective(t: Token) -> bool:  # "bordelais", "néerlandaise", "allemand"
        return t.text.islower() and (t.norm in lex.nationalities
                                     or t.norm.endswith(DEMONYM_ENDINGS))

    out: set[tuple[str, ...]] = set()
    for toks, ms in zip(tokens, mentions, strict=True):
        norms = [t.norm for t in toks]
        for m in ms:
            if m.kind != NAME or m.person or m.outlet:
                continue
            k = m.first
            while k > 0 and m.first - k < 2 and adjective(toks[k - 1]):
                k -= 1  # "le torréfacteur bordelais X"
            if k >= 2 and noun(toks[k - 1]) and norms[k - 2] in _HEAD_DETERMINERS:
                out.add((norms[k - 1],))
            j = m.last
            if j + 3 >= len(toks) or norms[j] != "," or norms[j + 1] not in SINGULAR_ARTICLES:
                continue
            h = j + 2
            if toks[h].text[:1].isupper() and toks[h].kind == "word":
                h += 1  # "X, the Ohio toolmaker,"
            if h < len(toks) and noun(toks[h]):
                e = h + 1
                while e < len(toks) and e - h <= 2 and adjective(toks[e]):
                    e += 1
                if e >= len(toks) or norms[e] in _APPOSITION_ENDS:
                    out.add((norms[h],))
    return tuple(sorted(out))


def more_descriptions(
    index: int, tokens: list[Token], text: str, lex: Lexicon, found: list[Mention],
    heads: tuple[tuple[str, ...], ...], placed: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The sentence's mentions with the descriptions headed by nouns the article taught
    (`article_heads`: "le cimentier"), each marked with its noun; `placed` as in
    `detect_mentions`."""
    if not heads:
        return found
    taken = [False] * len(tokens)
    for m in found:
        for k in range(m.first, m.last):
            taken[k] = True
    more = _descriptions(index, tokens, lex, taken, heads=heads, towns=_lone_names(found),
                         placed=_placed_names(found, tokens, placed))
    if not more:
        return found
    for m in more:
        m.head = match_ending_at([t.norm for t in tokens], m.last, heads) or ()
        m.text = text[m.start:m.end]
    return _without_towns(sorted(found + more, key=lambda m: m.first))


def _descriptions(
    index: int, tokens: list[Token], lex: Lexicon, taken: list[bool],
    people: frozenset[int] = frozenset(), heads: tuple[tuple[str, ...], ...] = (),
    towns: frozenset[int] = frozenset(), placed: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Definite descriptions that refer back to a company: "le groupe", "the two companies";
    `towns` and `placed` as in `_singular_description`."""
    norms = [t.norm for t in tokens]
    n = len(tokens)
    out: list[Mention] = []
    heads = heads or lex.keys["descriptors"]
    i = 0
    while i < n:
        if taken[i] or norms[i] not in _DEFINITE | _PLURAL_DET:
            i += 1
            continue
        plural = match_at(norms, i + 1, lex.keys["plural_anaphors"])
        own = match_at(norms, i, lex.keys["plural_anaphors"]) if not plural else None
        if own:  # "Both companies license ...": "both" opens the anaphor itself
            plural = own
        if plural and norms[i] in _PLURAL_DET:
            j = i + (0 if own else 1) + len(plural)
            if not (j < n and taken[j]):
                m = _make(index, tokens, i, j, PLURAL)
                m.count = lex.plural_anaphors[plural]
                out.append(m)
                i = j
                continue
        if norms[i] not in _DEFINITE:
            i += 1
            continue
        found = _singular_description(index, tokens, norms, i, lex, taken, heads, people,
                                      towns, placed) \
            or _demonym_description(index, tokens, norms, i, lex, taken)
        if found is None or _apposed(tokens, norms, found, lex, taken):
            i += 1
            continue
        out.append(found)
        i = found.last
    return out


_DEMONYM_VERB_NEXT = frozenset({"se", "s'", "y", "en", "ne", "n'", "a", "avait",
                                "aura", "est", "sera", "va", "doit", "devra", "devrait",
                                "pourrait", "peut", "compte", "entend", "prevoit", "reste",
                                "affronte", "fournit", "livre", "vend", "achete", "detient",
                                "emploie", "realise", "revendique", "vise", "mise"})
"""Words after "le lyonnais", "l'allemand" that make the pair a company's subject: a clitic,
an auxiliary or a verb a company does. Not a dative clitic ("L'américain lui livrera son
scanner X"): the relation stage then reads the product named after the verb as the customer
(a product typed as a company), a wrong edge where there was none."""


def _demonym_description(index: int, tokens: list[Token], norms: list[str], i: int,
                         lex: Lexicon, taken: list[bool]) -> Mention | None:
    """A French description made of a masculine determiner and a demonym alone, as the
    subject of its clause ("Dans ce créneau, le nantais affronte X", "L'allemand livre Y"):
    a company placed so (its nationality, or a city's or region's demonym for `_place`). Only
    at the sentence's start or after a comma, with a clitic, an auxiliary or a company's verb
    right after it (`_DEMONYM_VERB_NEXT`); never before a name ("l'allemand X": an
    apposition) nor the language ("parle l'allemand")."""
    j = i + 1
    if lex.language != "fr" or norms[i] not in ("le", "l'") or j + 1 >= len(tokens) \
            or taken[j] or not (i == 0 or norms[i - 1] == ","):
        return None
    w = norms[j]
    if not tokens[j].text.islower() or w.endswith("s") and not w.endswith(("ais", "ois")):
        return None  # "les allemands", "le suisse" stays: a singular demonym only
    if w not in lex.nationalities and w not in place_adjectives():
        return None
    if norms[j + 1] not in _DEMONYM_VERB_NEXT or taken[j + 1]:
        return None
    m = _make(index, tokens, i, j + 1, ANAPHOR)
    m.country = lex.nationalities.get(w, "")
    return m


_FRONTED_ENDINGS = ("ed", "ing", "é", "ée", "és", "ées", "ant")
_VERB_AFTER = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would",
                         "could", "can", "may", "might", "should", "must", "a", "est", "va", "ont",
                         "sont", "avait", "etait", "sera", "serait", "doit", "peut", "n'", "ne",
                         "s'", "se", "y"})


def _apposed(
    tokens: list[Token], norms: list[str], m: Mention, lex: Lexicon, taken: list[bool]
) -> bool:
    """True when a description is set off from the name before it by a comma ("Impala, la
    holding fondée par P", "Thrive, the New York firm founded by P"): it says what the name is
    and refers to nothing else. Not when the name closes a fronted phrase ("Like Quistor, the
    start-up competes", "Founded by A and B, the company ...") nor when a verb follows the
    description ("Velmora bought Zentrix, the company said")."""
    k = m.first - 1
    if k < 1 or tokens[k].text != "," or not taken[k - 1] or (
            m.last < len(tokens) and tokens[m.last].kind == "poss"):
        return False  # "X, the company's largest shareholder": a possessor, not the head
    start = k - 1
    while start > 0 and taken[start - 1]:
        start -= 1
    before = [t for t in tokens[:start] if t.norm not in lex.determiners]
    if before and not any(t.text == "," for t in before) and not taken[0] and (
            before[0].norm in lex.prepositions or before[0].text.endswith(_FRONTED_ENDINGS)):
        return False
    if _closes_participle_phrase(tokens, norms, m, before, lex):
        return False
    e = m.last
    while e < len(tokens) and (norms[e] in lex.nationalities or tokens[e].text[:1].islower()
                               and e - m.last < 2 and norms[e] not in _VERB_AFTER
                               and not match_at(norms, e, lex.speech_verbs)
                               and norms[e] not in lex.function_words):
        e += 1  # "la holding familiale", "the New York firm"
    return not (e < len(tokens) and (norms[e] in _VERB_AFTER
                                     or match_at(norms, e, lex.speech_verbs)))




_FRONTED_RIVALS = (("face", "a"), ("face", "aux"), ("facing",), ("up", "against"))
"""Openings of a sentence-initial phrase naming rivals ("Face à des rivaux tels que A,
X ...", "Facing rivals such as A, X ...", "Up against A and B, X ...")."""


def rival_opening(norms: list[str]) -> bool:
    """True when the sentence opens on a phrase of the rivals its subject faces
    (`_FRONTED_RIVALS`)."""
    return any(tuple(norms[:len(p)]) == p for p in _FRONTED_RIVALS)


def _closes_participle_phrase(tokens: list[Token], norms: list[str], m: Mention,
                              before: list[Token], lex: Lexicon) -> bool:
    """True when a description after a comma closes a fronted participle phrase whose names
    are set off by commas of their own ("Créée en 2015 par P, qui en reste actionnaire, et
    par Q, la société livre ...", "Founded by A, a former banker, and B, the company
    employs ..."), or a phrase of the rivals faced ("Face à ses deux concurrents, A et B, la
    société mise ...", session 24, rivals25): the phrase's subject, not an apposition to its
    last name. The sentence opens with the participle (or "Face à", "Facing"), no auxiliary
    or speech verb stands before the description (the name is still inside the phrase), and a
    verb follows it: a lower-case word that is no function word, nationality, adjective or
    participle (session 20, refs12)."""
    rivals = rival_opening(norms)
    if not before or not (before[0].text[:1].isupper() and (
            rivals or participle_opening(tokens, 0, lex))):
        return False
    if any(norms[k] in _VERB_AFTER and norms[k] not in lex.determiners  # not English "a"
           or match_at(norms, k, lex.speech_verbs)
           for k in range(2 if rivals else 1, m.first)):  # "Face à": no verb "a"
        return False
    if m.last >= len(tokens):
        return False
    nxt = tokens[m.last]
    w = norms[m.last]
    return nxt.kind == "word" and nxt.text.islower() and w not in lex.function_words \
        and w not in lex.nationalities and w not in lex.prepositions \
        and not w.endswith(DESCRIPTION_TAIL_ENDINGS)


_UNPLACED_HEADS = frozenset({
    "filiale", "branche", "division", "maison", "mere", "marque", "griffe", "coentreprise",
    "holding", "fonds", "investisseur", "acquereur", "repreneur", "acheteur", "vendeur", "cible",
    "club", "reseau", "groupement", "plateforme", "enseigne", "consortium", "champion", "leader",
    "numero", "geant", "acteur"})
"""Description nouns whose "de X" names the company they belong to or stand against ("la
filiale de X", "le repreneur de X", "le géant de X"), never a place."""


def _lone_names(found: list[Mention]) -> frozenset[int]:
    """Tokens of the one-word names among `found` that no list knows and no person: a town
    no table lists may be one (see `_singular_description`)."""
    return frozenset(m.first for m in found if m.kind == NAME and m.known is None
                     and not m.person and m.last - m.first == 1)


def _placed_names(found: list[Mention], tokens: list[Token],
                  placed: frozenset[str]) -> frozenset[int]:
    """The `_lone_names` tokens whose word is one of `placed` (`placed_words`)."""
    return frozenset(k for k in _lone_names(found) if fold(tokens[k].text) in placed)


def _without_towns(found: list[Mention]) -> list[Mention]:
    """`found` without the names a description right before them places
    (`_singular_description` sets `town` on "la PME" of "la PME de Brévannes"): a town, no
    party of its own."""
    towns = {m.last + 1 for m in found if m.kind == ANAPHOR and m.town}
    if not towns:
        return found
    return [m for m in found if not (m.kind == NAME and m.first in towns)]


def _singular_description(
    index: int, tokens: list[Token], norms: list[str], i: int, lex: Lexicon, taken: list[bool],
    heads: tuple[tuple[str, ...], ...], people: frozenset[int] = frozenset(),
    towns: frozenset[int] = frozenset(), placed: frozenset[int] = frozenset(),
) -> Mention | None:
    """The definite description whose determiner is at token i, or None. `towns` are the
    tokens of one-word names no list knows and no person: after "de" and the noun of a
    description opening the sentence (or closing a fronted phrase that opens with no
    preposition: "Déjà actionnaire de X, le groupe de Brelonne ...") that is no relation,
    part or owner noun ("Le groupe de Brelonne ...", "La tuilerie de Vaulmont ...", "Le
    verrier de Sarvieux ...") such a name is a town, not the company the noun relates it to
    ("la maison mère de SFR", "la filiale de Velmora"). After a prepositional phrase it is
    left as it was ("Avec cet achat, le groupe de Brelonne reprend X, une usine": the town
    reading gave wrong edges there), unless the name is one of `placed` (the article writes
    it only after a place's preposition, `placed_words`): then it is a town anywhere but
    after a fronted prepositional phrase ("le
    premier client de la PME de Brévannes, qui lui livre ...") and, inside the sentence, its
    name mention is dropped (`_without_towns`; an opening description's unit spans the name,
    which the subject's frame reads)."""
    n = len(tokens)
    sectors: list[str] = []
    country = ""
    place = ""
    j = i + 1
    while j < min(n, i + 9):
        role = match_at(norms, j, lex.keys["roles"]) if not taken[j] else None
        if role is not None and len(role) > 1 and any(
                match_at(norms, q, heads) for q in range(j + 1, j + len(role))):
            return None  # "le directeur industriel", "the chief medical officer": a title
        head = match_at(norms, j, heads) if not taken[j] else None  # "the Arm chip": a name
        if head:
            end = j + len(head)
            if end < n and (taken[end] or tokens[end].text[:1].isupper()
                            and tokens[end].kind == "word" and norms[end] not in lex.calendar):
                return None  # apposition to a name: "le constructeur Leapmotor"
            if len(head) == 1 and head[0] in lex.guarded_descriptors \
                    and not _guarded_head_ends(tokens, norms, end, lex):
                return None  # "the unit cost", "la branche professionnelle"
            if head[-1] in _NETWORK_HEADS and not _network_company(norms, i):
                return None  # "vend son électricité au réseau": the grid, not a company
            at = end + 1 if end < n and norms[end] == "," else end
            if head[-1] in _JOINT_HEADS and any(
                    tuple(norms[at:at + len(p)]) == p for p in FORMED_BY + _FOUNDED_BY + _OWNED_BY):
                return None  # "le consortium formé par A, B et C", "the venture, equally owned
                # by A and B": its members follow
            sectors.extend(lex.descriptors.get(head, ()))
            if match_at(norms, end, lex.outlet_descriptors):
                return None  # "the sports business newsletter X": a modifier of an outlet noun
            if head[-1] in _RELATIONAL and end < n and norms[end] in _RELATIONAL_PREPS:
                return None  # "the main supplier of memory chips to Nvidia": a relation
            if end + 1 < n and norms[end] in ("de", "d'", "of") and end + 1 in people:
                m = _make(index, tokens, i, end, ANAPHOR)  # "le groupe de François Quarnel":
                m.owner = end + 1  # the company of the person named after it
                return m
            town = end + 1 < n and norms[end] in ("de", "d'") and end + 1 in towns \
                and head[-1] not in _FRONT_RELATIONAL and head[-1] not in _UNPLACED_HEADS
            opening = i == 0 or norms[i - 1] == "," and norms[0] not in lex.prepositions
            inner = town and not opening and end + 1 in placed \
                and not (norms[i - 1] == "," and norms[0] in lex.prepositions)
            town = town and (opening or inner)
            if not town and _apposition_follows(tokens, norms, end, lex, taken):
                return None  # "Le fabricant néerlandais de machines de lithographie ASML"
            post, beyond = end, False
            while post < min(n, end + 7):
                w = norms[post]
                if (tokens[post].kind == "elision" and w not in OF_WORDS) or w in _AUXILIARIES or (
                        w in lex.function_words and w not in OF_WORDS and w not in ("en", "in")):
                    break  # the description ends where its verb starts
                if w in lex.prepositions and w not in OF_WORDS and w not in ("en", "in"):
                    beyond = True  # "the company more squarely against Danish rival X": the
                    # nationality after a preposition is another company's
                if w in lex.nationalities:
                    country = country or ("" if beyond else lex.nationalities[w])
                elif w in ("de", "d'", "of") and post + 1 < n \
                        and tokens[post + 1].text[:1].isupper():
                    if taken[post + 1] and not (town and post == end):
                        return None  # relational: "la maison mère de SFR"; not a town
                        # right after the noun ("le groupe de Brelonne")
                    if not taken[post + 1]:  # a town no table lists places nothing: it
                        place = place or tokens[post + 1].text  # would count against a
                        # company the article placed in its region ("le papetier vosgien")
                    post += 1
                elif tokens[post].kind == "punct":
                    break
                sec = match_at(norms, post, lex.keys["sector_words"])
                if sec:
                    sectors.append(lex.sector_words[sec])
                post += 1
            m = _make(index, tokens, i, end, ANAPHOR)
            m.sectors, m.country, m.place = tuple(sectors), country, place
            if inner:  # the opening town keeps its name: the subject's unit spans it
                m.place, m.town = tokens[end + 1].text, True
            return m
        tok = tokens[j]
        if taken[j] or tok.text in (";", ":", "(", ")", "«", "»", ".") or tok.kind == "number":
            return None
        if norms[j] in _DEFINITE or norms[j] in lex.determiners or norms[j] in _AUXILIARIES:
            return None
        if tok.text == "," and not (j + 1 < n and tokens[j + 1].text[:1].isupper()):
            return None
        w = norms[j]
        if w in lex.nationalities:
            country = country or lex.nationalities[w]
        if match_at(norms, j, lex.based_suffix) or (w == "-" and j + 1 < n
                                                    and norms[j + 1] in ("based", "headquartered")):
            k = j
            while k - 1 > i and (tokens[k - 1].text[:1].isupper() or (
                    tokens[k - 1].text == "," and k - 2 > i and tokens[k - 2].text[:1].isupper())):
                k -= 1
            place = " ".join(t.text for t in tokens[k:j])
        sec = match_at(norms, j, lex.keys["sector_words"])
        if sec:
            sectors.append(lex.sector_words[sec])
        if w in lex.function_words and w not in ("'s",) and j > i + 1 and w in lex.prepositions:
            return None
        j += 1
    return None


_NETWORK_HEADS = frozenset({"reseau", "groupement"})
"""Nouns naming a company of many sites or members ("le réseau", "le groupement") and also
the grid, a network a company runs or serves, or a network's department ("le directeur du
réseau"): a company only as the subject opening a clause ("Le réseau emploie ...", "Pour ses
implants, le réseau s'approvisionne ...")."""


def _network_company(norms: list[str], i: int) -> bool:
    """True when the network noun whose determiner is at `i` names a company (`_NETWORK_HEADS`):
    "le", "la" opening the sentence or a clause after a comma; not "au réseau", "sur le
    réseau", "les équipements du réseau", "le directeur du réseau"."""
    return norms[i] in ("le", "la", "l'") and (i == 0 or norms[i - 1] in (",", ":", "«", '"'))


def _guarded_head_ends(tokens: list[Token], norms: list[str], end: int, lex: Lexicon) -> bool:
    """True when a guarded head ("unit", "arm", "branche", "cabinet") closes a description of
    a company: the sentence ends, punctuation or a possessive follows, or a verb (an auxiliary,
    a speech verb, a relation trigger), or a nationality or city adjective ("la branche
    française"); not before a noun or a complement ("the unit cost", "the arm of the law",
    "le cabinet du ministre", "la branche professionnelle")."""
    if end >= len(tokens):
        return True
    w = norms[end]
    if tokens[end].kind in ("punct", "poss"):
        return tokens[end].text != "-"
    return w in _AUXILIARIES or w in _VERB_AFTER or w in lex.triggers or w in lex.nationalities \
        or match_at(norms, end, lex.speech_verbs) is not None or (
            w in lex.function_words and w not in OF_WORDS and w not in lex.prepositions)


FORMED_BY = (("forme", "par"), ("formee", "par"), ("compose", "de"), ("composee", "de"),
             ("mene", "par"), ("menee", "par"), ("emmene", "par"), ("emmenee", "par"),
             ("regroupant",), ("reunissant",), ("associant",), ("formed", "by"),
             ("made", "up", "of"), ("led", "by"), ("comprising",), ("including",))
"""Words after a group noun that name its members ("le consortium formé par A, B et C"): the
noun then refers to no company named before (relations.py reads the members as the group)."""

_OWNED_BY = (("owned", "by"), ("equally", "owned", "by"), ("jointly", "owned", "by"),
             ("owned", "equally", "by"), ("owned", "jointly", "by"), ("detenue", "par"),
             ("detenu", "par"), ("detenue", "a", "parts", "egales", "par"),
             ("detenu", "a", "parts", "egales", "par"), ("detenue", "conjointement", "par"),
             ("between",), ("entre",))
"""Words after a venture noun that name its owners ("the joint venture owned by A and B", "the
joint venture between A and B", "la coentreprise détenue à parts égales par A et B"): the noun
then refers to no company named before (session 17, joint ventures)."""

_JOINT_HEADS = frozenset({"consortium", "coentreprise", "venture", "joint-venture", "commune",
                          "groupement", "alliance", "coalition"})
"""Heads of a body several companies form: a description of it names its members after it."""
_FOUNDED_BY = (("fonde", "par"), ("fondee", "par"), ("cree", "par"), ("creee", "par"),
               ("founded", "by"), ("created", "by"), ("set", "up", "by"))


_RELATIONAL = frozenset({"supplier", "suppliers", "provider", "vendor", "assembler", "rival",
                         "fournisseur", "sous-traitant", "assembleur", "partner", "partenaire",
                         "customer", "client", "maker", "manufacturer", "fabricant"})
_FRONT_RELATIONAL = _RELATIONAL | frozenset({"concurrent", "concurrente", "competitor",
                                             "actionnaire", "shareholder", "cliente", "allie"})
"""Relation nouns that open a sentence before "de"/"of" and a name ("Concurrent de Velmora,
Quistor ..."): no part of the name."""
_RELATIONAL_PREPS = frozenset({"of", "to", "for", "de", "d'", "du", "des", "a", "au", "aux"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would", "said",
                          "says", "est", "sera", "a", "va", "doit", "avait", "etait", "ont"})


_APPOSED_REACH = 10
"""How many words a description's modifiers may span before the name they are apposed to
("le fabricant lorrain de volets roulants et de portes de garage X": nine)."""


def _apposition_follows(
    tokens: list[Token], norms: list[str], end: int, lex: Lexicon, taken: list[bool]
) -> bool:
    """True when a name follows a description through modifiers only (no verb, no comma)."""
    for k in range(end, min(len(tokens), end + _APPOSED_REACH)):
        if taken[k]:
            return True
        w = norms[k]
        if w == "et" and k > end and k + 1 < len(tokens) and norms[k + 1] in OF_WORDS \
                and OF_WORDS.intersection(norms[end:k]):
            continue  # "le fabricant lorrain de volets et de portes X": two complements of
            # the noun joined by "et de", no verb (session 24, names25)
        if w in _TITLE_ARTICLES and k > end and norms[k - 1] in ("de", "d'"):
            continue  # "le spécialiste de la sécurité du cloud X": an article of its complement
        if w in _COMPLEMENT_FOR and k > end and norms[k - 1] not in OF_WORDS \
                and k + 1 < len(tokens) and norms[k + 1] in lex.product_nouns:
            continue  # "l'éditeur de jeux pour smartphones X": the goods' own complement
        if tokens[k].kind in ("punct", "elision") and w not in OF_WORDS:
            return False  # "s'approvisionne", "n'a": a verb follows the description
        if w in _AUXILIARIES or (w in lex.function_words and w not in OF_WORDS):
            return False
        if w in lex.triggers and lex.language == "fr" and norms[k - 1] in ("de", "d'") \
                and w.endswith(("ment", "ments")):
            continue  # "le fonds d'investissement X", "la société d'investissement X": a
            # noun of the description's complement, no verb (session 21, stakes4)
        if w in lex.triggers or match_at(norms, k, lex.speech_verbs) or (
                w not in lex.nationalities and not tokens[k].text[:1].isupper() and (
                    lex.language == "en" or (len(w) > 5 and w.endswith("ent")
                                             and not _after_of(norms, k)))):
            return False  # "the company acquired X", "la société rachète X", "comprennent":
            # a verb between (an English apposition has its modifiers before the noun)
    return False


def _after_of(norms: list[str], k: int) -> bool:
    """True when the word at k opens the complement of "de" ("la plateforme de paiement X",
    "le spécialiste de l'équipement médical X"): a noun in "-ment", not a verb in "-ent"."""
    return norms[k - 1] in OF_WORDS or (norms[k - 1] in _TITLE_ARTICLES and k > 1
                                   and norms[k - 2] in OF_WORDS)


LATTER = frozenset({"ce dernier", "cette derniere", "celui-ci", "celle-ci", "the latter"})
"""Demonstratives that stand for the last company named before them, not the clause subject
a plain pronoun continues (session 19, refs11)."""
_LATTER_FIRST = frozenset({"ce", "cette", "celui", "celle", "the"})
_LATTER_NOUNS = frozenset({"trimestre", "semestre", "exercice", "mois", "an", "annee", "jour",
                           "week-end", "rapport", "point", "mot", "cri", "ne", "venu", "recours",
                           "moment", "chapitre", "episode", "round", "tour", "contrat", "accord",
                           "quarter", "year", "month", "week", "two", "three", "one",
                           "deal", "group", "company", "firm"})


def _latter(tokens: list[Token], i: int, taken: list[bool]) -> int:
    """The end of a demonstrative of `LATTER` opening at token i ("ce dernier a signé",
    "celle-ci fournit", "the latter said"), else i; "ce dernier trimestre", "the latter
    half" are no reference (a noun follows)."""
    if tokens[i].norm not in _LATTER_FIRST or i + 1 >= len(tokens):
        return i
    if tokens[i + 1].text == "-" and i + 2 < len(tokens) and tokens[i + 2].norm == "ci":
        end = i + 3
    else:
        end = i + 2
    words = " ".join(t.norm for t in tokens[i:end]).replace(" - ", "-")
    if words not in LATTER or any(taken[i:end]):
        return i
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and (nxt.norm in _LATTER_NOUNS or nxt.norm == "half"):
        return i
    return end


def _pronouns(index: int, tokens: list[Token], lex: Lexicon, taken: list[bool]) -> list[Mention]:
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        if taken[i] or len(tok.text) > 1 and tok.text.isupper():
            continue  # "SA", "IL": a legal form or an acronym, no pronoun
        w = tok.norm
        if (end := _latter(tokens, i, taken)) > i:
            out.append(_make(index, tokens, i, end, PRONOUN))
            for k in range(i, end):
                taken[k] = True
            continue
        if w in lex.subject_pronouns and lex.subject_pronouns[w] == "singular":
            nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            nxt2 = tokens[i + 2].norm if i + 2 < len(tokens) else ""
            if nxt in _EXPLETIVE_NEXT or (nxt == "n'" and nxt2 == "y") \
                    or (nxt in _CLITICS and nxt2 in _EXPLETIVE_NEXT):  # "il nous fallait"
                continue
            if i > 0 and tokens[i - 1].text == "-":  # "a-t-il"
                continue
            out.append(_make(index, tokens, i, i + 1, PRONOUN))
        elif w in lex.possessive_pronouns and lex.possessive_pronouns[w] == "singular":
            m = _make(index, tokens, i, i + 1, PRONOUN)
            m.possessive = True
            out.append(m)
        elif w in DATIVE_CLITICS and lex.language == "fr" and _dative_clitic_at(tokens, i, lex):
            m = _make(index, tokens, i, i + 1, PRONOUN)
            m.clitic = True
            out.append(m)
    return out


DATIVE_CLITICS = frozenset({"lui", "leur"})
"""The French dative clitics ("X lui livre", "Y leur loue"): one list for the mention, the
resolution and the relation stages (session 25, pronouns)."""
_DATIVE_BEFORE = frozenset({"qui", "ne", "n'", "il", "elle", "ils", "elles", "on", "pour", "de",
                            "d'", "et", "que", "qu'", "sans"})
"""Words a French dative clitic follows ("qui lui livre", "ne lui a pas", "pour lui vendre",
"de lui confier"), besides a name or a description ending its subject ("Airbus lui confie");
not "à" ("quant à lui", "à lui seul": a stressed pronoun)."""
_DATIVE_AFTER = frozenset({"en", "y", "a", "ont", "avait", "avaient", "aura", "auront",
                           "aurait", "auraient", "est", "sont", "etait", "etaient", "sera",
                           "seront", "va", "vont"})
_NOT_DATIVE_AFTER = frozenset({"meme", "aussi", "seul", "seule", "seuls", "non", "qui", "que",
                               "qu'", "dont"})


def _dative_clitic_at(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when "lui" / "leur" at i is a dative clitic before its verb ("X, qui lui livre des
    pots", "Airbus lui a confié", "Y leur loue des conteneurs", "de lui confier"): a lower-case
    word follows that is no determiner, preposition or stressed companion ("lui-même", "lui
    aussi", "à lui seul", "leur chiffre d'affaires": a possessive before a noun)."""
    if i + 1 >= len(tokens) or i == 0:
        return False
    nxt, prev = tokens[i + 1], tokens[i - 1]
    if nxt.kind != "word" or not nxt.text.islower() or nxt.norm in _NOT_DATIVE_AFTER \
            or nxt.norm in lex.determiners \
            or nxt.norm in lex.prepositions and nxt.norm != "en" and nxt.text != "a":
        return False
    if tokens[i].norm == "leur" and nxt.norm not in _DATIVE_AFTER and nxt.norm not in lex.triggers:
        return False  # "leur chiffre", "leur développement": the possessive before a noun
    if prev.norm in _DATIVE_BEFORE or prev.norm in lex.subject_pronouns:
        return not (prev.norm in ("de", "d'") and nxt.norm in _DATIVE_AFTER)
    return prev.kind == "word" and (prev.text[:1].isupper() or prev.text.islower()
                                    and prev.norm not in lex.prepositions
                                    and prev.norm not in lex.function_words)

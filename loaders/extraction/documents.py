"""Documents cited as sources, and the record and cue slots that sources.py shares.

A regulatory or exchange filing is cited through its document noun ("a filing with the SEC",
"un dépôt auprès de la SEC"; the regulator may be described before its name: "a filing with the
Dutch financial markets regulator AFM"). A document is cited through the body that issued or
holds it, whatever list knows that body ("according to a notice published on Friday by X",
"according to the X Office's merger register", "selon un avis publié au Bulletin officiel des
annonces de X", "selon un document déposé au greffe du tribunal de commerce de Rennes").
`regulator_bodies`: a public body that oversees deals is no party to them.

Words come from `Lexicon` (the language's cue lists) and `Lexicon.sources`
(loaders/data/source_words.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import (
    FR_OF_WORDS,
    Lexicon,
    Phrase,
    match_at,
    match_ending_at,
    place_words,
)
from loaders.extraction.resolution import Registry
from loaders.extraction.text import LEGAL_SUFFIXES, ORG_NAME_ENDINGS, fold
from loaders.extraction.units import TO_WORDS, SentenceView
from ontology.records import EntityType


@dataclass(frozen=True)
class SourceMatch:
    """An outlet or document cited in one sentence."""

    target: str
    first: int  # token range of the cue
    last: int
    covered: tuple[str, ...] = ()  # other entities inside the name ("Harlan" of "Harlan's Ledger")


SOURCE_TYPES = frozenset({EntityType.PUBLISHER, EntityType.REGULATOR})
"""Entity types cited as sources whatever the cue: outlets and regulators."""
PUNCT = frozenset({",", ".", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "?", "!"})


def skip_back(words: list[str], k: int, lex: Lexicon) -> int:
    """Index just after the cue: skip determiners and outlet descriptors before unit k, and
    up to two plain lower-case modifiers before a descriptor ("by business daily X"), and a
    town's "-based" after a determiner ("the Aberdeen-based X")."""
    j = k
    if j >= 4 and words[j - 1] == "based" and words[j - 2] == "-" \
            and words[j - 4] in lex.determiners:
        j -= 3  # "according to the Aberdeen-based X": the outlet's town (session 25)
    while j > 0 and (words[j - 1] in lex.determiners or words[j - 1] in lex.nationalities
                     or match_ending_at(words, j, lex.outlet_descriptors)):
        d = match_ending_at(words, j, lex.outlet_descriptors)
        j -= len(d) if d else 1
        if d and lex.language == "en":
            for _ in range(2):
                w = words[j - 1] if j > 0 else ""
                cued = match_ending_at(words, j, joined_cues(lex, "cues", lex.source_before,
                                                             lex.outlet_cues))
                if cued is not None or not w.isalpha() or w in lex.function_words \
                        or w in lex.prepositions or w in lex.determiners:
                    break
                j -= 1
    return j


def cue_ending_at(
    words: list[str], j: int, cues: tuple[Phrase, ...], lex: Lexicon
) -> Phrase | None:
    """The cue of `cues` that ends right before index j, a contracted article read as its
    preposition ("accordée au Figaro" as "accordée à")."""
    cue = match_ending_at(words, j, cues)
    contracted = lex.sources.contracted
    if cue is None and j > 0 and words[j - 1] in contracted:
        expanded = [*words[:j - 1], contracted[words[j - 1]]]
        cue = match_ending_at(expanded, j, cues)
    return cue


_JOINED: dict[tuple[int, str], tuple[Phrase, ...]] = {}


def joined_cues(lex: Lexicon, name: str, *parts: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """Cue lists joined once per lexicon (match_at indexes a list by its identity)."""
    key = (id(lex), name)
    found = _JOINED.get(key)
    if found is None:
        found = _JOINED[key] = tuple(p for part in parts for p in part)
    return found


def surface(view: SentenceView, first_unit: int, last_unit: int) -> str:
    """The sentence's text from unit `first_unit` up to `last_unit` (exclusive)."""
    start, end = view.char_span(first_unit, last_unit)
    base = view.sentence.start
    return view.sentence.text[start - base:end - base]


def document_cue(words: list[str], k: int, lex: Lexicon, body: bool = False) -> int | None:
    """"a filing with the SEC", "un dépôt auprès de la SEC": the document noun's index; the
    regulator may be described before its name ("a filing with the Dutch financial markets
    regulator AFM", "un dépôt auprès du régulateur boursier néerlandais AFM"), or after a
    country's possessive when the name is a body's (`body`: "a filing with Kandoria's
    Financial Oversight Service"; not "a filing with Kandoria's Quistor Bank")."""
    if body and k >= 2 and words[k - 1] == "'s" and words[k - 2] in place_words():
        k -= 2  # the body's country (session 17)
        if k > 0 and words[k - 1] in place_words():
            k -= 1  # "South Korea's"
    j0 = skip_back(words, k, lex)
    j = _past_regulator_noun(words, j0, lex)
    if j < j0 and j >= 2 and words[j - 1] in ("'s", "’s") and words[j - 2] in place_words():
        j -= 2  # "a notice to Portugal's stock-market regulator X" (session 20)
        if j > 0 and words[j - 1] in place_words():
            j -= 1
    prep = match_ending_at(words, j, lex.document_preps)
    if prep is None:
        return None
    p = j - len(prep)
    if not body and len(prep) == 1 and prep[0] in lex.sources.of:
        return None  # "le prospectus de Velmora": a company's own document names its owner,
        # the document is the source when cited (`own_documents`), never the company
    if prep[0] in _DECIDED and p > 0 and words[p - 1] in _PASSIVE_AUX:
        return None  # "the merger agreement was approved by X", "le document a été transmis
        # à X": what the body did with it, no text cited (session 19)
    b = p  # "a registration statement it filed confidentially with": the filer and an
    if b > 0 and words[b - 1].endswith("ly"):  # adverb between the document and its
        b -= 1  # preposition
    if b > 0 and words[b - 1] in lex.sources.filed:
        b -= 1
        if b > 0 and words[b - 1] in lex.sources.speaker:
            b -= 1
    for s in range(max(0, b - 6), p):
        noun = match_at(words, s, lex.document_nouns)
        if _place_noun(noun, prep[0]):
            continue  # "le dépôt de Kandrel"
        if _held_with(words, s, noun, prep, b == p, lex):
            continue  # "competes for accounts with X": a customer's account, no filing
        if noun and s >= b - max(3, len(noun)):  # "son document d'enregistrement universel"
            return s
    return _filer_between(words, b, lex) if prep[0] in _FILED_WITH \
        or p > 0 and words[p - 1] in _FILED_WITH else None


_DECIDED = frozenset({"approved", "submitted", "approuve", "approuvee", "approuves",
                      "approuvees", "vise", "visee", "transmis", "transmise", "remis", "remise"})
"""Participles of what a body does with a document or is handed it: after a finite passive's
auxiliary ("was approved by", "a été transmis à") the body is no source."""
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "ete", "est", "sont",
                          "fut"})
_FILED_WITH = frozenset({"with", "aupres"})
"""The preposition of the body a document is filed with ("filed with", "déposé auprès de")."""
_FILER_REACH = 14
"""How many words back from the comma `_filer_between` looks for "by / par": the filer's name
and a short description ("by its parent, Y Group,") fit, a clause does not."""


def _filer_between(words: list[str], b: int, lex: Lexicon) -> int | None:
    """The document noun before a filer's phrase set off by commas that ends at b: "a filing
    by its parent, Y Group, with the Z Exchange" (session 18)."""
    if b < 3 or words[b - 1] != ",":
        return None
    for r in range(b - 2, max(0, b - _FILER_REACH), -1):
        if words[r] in (".", ";", ":") or words[r] in lex.prepositions and words[r] not in \
                lex.sources.by:
            return None
        if words[r] in lex.sources.by:
            e = r - 1 if r > 0 and words[r - 1] in lex.sources.filed else r  # "déposé par"
            noun = match_ending_at(words, e, lex.document_nouns)
            return e - len(noun) if noun is not None else None
    return None


def _past_regulator_noun(words: list[str], j: int, lex: Lexicon) -> int:
    """Index before a regulator's description that ends at j ("the Dutch financial markets
    regulator", "du régulateur boursier néerlandais"), else j itself."""
    q = j
    heads = lex.sources.regulator_heads
    while q > 0 and j - q < 3 and words[q - 1].isalpha() and words[q - 1] not in heads \
            and words[q - 1] not in lex.function_words and words[q - 1] not in lex.prepositions:
        q -= 1  # French adjectives after the head: "régulateur boursier néerlandais"
    if q > 0 and words[q - 1] in heads:
        head = q - 1
    elif j > 0 and words[j - 1] in lex.sources.regulator_heads:
        head = j - 1
    else:
        return j
    b = head
    while b > 0 and head - b < 3 and words[b - 1].isalpha() \
            and words[b - 1] not in lex.function_words and words[b - 1] not in lex.prepositions:
        b -= 1  # English modifiers before the head: "Dutch financial markets regulator"
    return skip_back(words, b, lex)


def possessed_document(
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
    if rec.type not in SOURCE_TYPES and (head,) not in lex.keys.get("body_heads", ()):
        return None
    nouns = joined_cues(lex, "documents", lex.document_nouns, lex.keys.get("notice_nouns", ()))
    for s in range(k + 1, min(len(words), k + 5)):
        if match_at(words, s, nouns) or words[s] in _SITES:
            break  # "according to a notice on the X Authority's website" (session 23)
        if not words[s].isalpha() or words[s] in lex.function_words:
            return None
    else:
        return None
    j = skip_back(words, k, lex)
    if j >= 2 and words[j - 1] in _ON_NOTICE:  # "according to a notice on X's website"
        notice = match_ending_at(words, j - 1, nouns)  # (session 23)
        if notice is not None:
            j = j - 1 - len(notice)
            while j > 0 and words[j - 1] in lex.determiners:
                j -= 1
    cue = cue_ending_at(words, j, lex.source_before, lex)
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
        if len(cand) < 2 or cand[0] != words[i]:
            continue
        for cut in range(1, len(cand)):  # the insertion after any word but the last: "mise
            if tuple(words[i:i + cut]) != cand[:cut]:  # en ligne lundi par" (session 20)
                break
            e = insertion_end(words, i + cut, lex.calendar, parenthesis=False)
            if e > i + cut and tuple(words[e:e + len(cand) - cut]) == cand[cut:]:
                return e + len(cand) - cut
    return None


_ACCOUNT_NOUNS = frozenset({("accounts",), ("records",)})
"""Document nouns that also name what a customer holds with a firm ("accounts with X", "a
bank's records with X"): after a bare "with" they are filings only with a filing verb."""


_APPLICATIONS = frozenset({("application",), ("permit", "application"),
                           ("licence", "application"), ("license", "application")})
"""Document nouns that are a text cited only with a participle after them ("according to an
application filed with X"): "filed an application with X", "an application to X" ask X for
something (to join, to be listed) and cite no text."""


def _held_with(words: list[str], s: int, noun: Phrase | None, prep: Phrase, bare: bool,
               lex: Lexicon) -> bool:
    """True when the document noun at s, followed straight by a bare preposition, names no
    text filed with the body after it (session 22): a customer's account ("competes for
    industrial accounts with X"; not "filed its accounts with X", "accounts filed with X"),
    or an application ("filed an application with X"; not "an application filed with X")."""
    if noun in _APPLICATIONS:
        return bare and len(prep) == 1
    return noun in _ACCOUNT_NOUNS and prep == ("with",) and bare \
        and not any(w in lex.sources.filed for w in words[max(0, s - 3):s])


_PLACE_NOUNS = frozenset({("depot",)})
"""Document nouns that also name a place ("le dépôt de bus"): with a bare "de" after them they
are the place, and only "dépôt auprès de", "dépôt au greffe" are filings."""


def _place_noun(noun: Phrase | None, after: str) -> bool:
    """True when a document noun with the word `after` after it names a place, no filing
    (session 16): "le dépôt de Kandrel" is a depot in a town."""
    return noun in _PLACE_NOUNS and after in FR_OF_WORDS


def publisher_named(registry: Registry, name: str) -> str:
    """The entity of a body, register or document a source cue names (`name` as written),
    added to the registry if new and typed as a publisher whatever it was typed before."""
    eid = registry.add_unknown(name, EntityType.PUBLISHER)
    registry.set_type(eid, EntityType.PUBLISHER)
    return eid


def document_bodies(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
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
        if notice is not None and len(notice) == size and _awaited(words, s, lex):
            continue  # "attend l'avis de l'Autorité": a decision awaited, no text cited
        if size:
            if s + size < len(words) and len(words[s + size]) == 4 \
                    and words[s + size].isdigit() and noun is not None \
                    and _prep_end(words, s + size + 1, lex, participle=True) is not None:
                size += 1  # the year of accounts: "les comptes 2023 déposés au" (session 18)
            q = _prep_end(words, s + size, lex, participle=False)
            plain = q is not None and noun is None \
                and _prep_end(words, s + size, lex, participle=True) is None
            if q is None or words[s + size] in lex.sources.of:
                owned = _owner_end(view, s + size, lex)  # "the annual accounts of X
                if owned is not None:  # published in the Y": Y, not X
                    q, plain = _prep_end(words, owned, lex, participle=True), False
        else:
            cue = match_at(words, s, lex.source_before)  # "selon le registre du commerce de X"
            q = s + len(cue) if cue else None
            plain = False
        found = unnamed_register(view, s, size, lex) if noun is not None else None
        if found is not None:  # "filings in the Kandorian company register" (session 17)
            eid = publisher_named(registry, found[0])
            out.append(SourceMatch(eid, units[s].first, found[1]))
            continue
        if q is None or _held_with(words, s, noun, tuple(words[s + size:q]), True, lex):
            continue
        if s + size < len(words) and _place_noun(noun, words[s + size]):
            continue  # "le dépôt de Kandrel"
        while q < len(words) and words[q] in lex.determiners:
            q += 1
        q = _past_country(view, q, lex)
        if q + 1 < len(words) and words[q] in place_words() and not units[q].is_mention \
                and words[q + 1] in ("'s", "’s"):
            head = regulator_follows(words, q + 1, lex)  # "filed with Brazil's antitrust
            named = _apposed_body(view, head + 1, lex, registry) if head is not None else None
            if named is not None and head is not None:  # regulator, the X Board": a known
                # country as a plain word (session 19)
                out.append(SourceMatch(named, units[s].first, units[head + 3].last))
                continue
        end = _body_end(view, q, lex)
        shown = _shown_by(view, q, lex, opens=_opens_sentence(words, s, lex)) \
            if end is None and cue is None else None
        if shown is not None:
            end = shown  # "the company's accounts published in the Kandoranzeiger show.",
            # "Accounts filed at the Kandor Registry show X made a profit" (session 17)
            eid = publisher_named(registry, surface(view, q, end))
            out.append(SourceMatch(eid, units[s].first, units[q].last))
            continue
        if end is None or (cue is not None and not _registry_head(view, q, lex)):
            continue
        inside = [m.entity for u in units[q:end] for m in u.mentions if m.entity]
        second = _coordinated_body(view, end, lex) if end == q + 1 else None
        if second is not None:  # "publié par X et le cabinet Y"
            inside += [m.entity for m in units[second].mentions if m.entity]
        if second is not None and _split_body(view, q, second, lex):
            eid = publisher_named(registry, surface(view, q, second + 1))  # "the Kandor
            out.append(SourceMatch(eid, units[s].first, units[second].last,  # Department
                                   tuple(e for e in inside if e != eid)))  # of Health and
            continue  # Human Services" (session 22)
        if end == q + 1 and _one_body(view, q, lex):  # "the X Competition and Consumer
            eid = publisher_named(registry, surface(view, q, end))  # Authority"
            out.append(SourceMatch(eid, units[s].first, units[q].last,
                                   tuple(e for e in inside if e != eid)))
            continue
        if end == q + 1 and units[q].possessive:
            head = regulator_follows(words, q, lex)  # "filed with Kandoria's antitrust
            if head is not None:  # regulator, the Kandorian Competition Board": the
                named = _apposed_body(view, head + 1, lex, registry)  # possessor is no source
                if named is not None:
                    out.append(SourceMatch(named, units[s].first, units[head + 3].last))
                continue
        if end == q + 1 and units[q].mentions \
                and all(m.kind != "name" for m in units[q].mentions):
            # "selon le rapport financier annuel du groupe": the document is the source, not
            # the company its owner's description stands for (session 18)
            own = match_at(words, s, lex.sources.own_documents)
            if own is not None and len(own) == size:
                eid = publisher_named(registry, surface(view, s, s + size))
                out.append(SourceMatch(eid, units[s].first, units[q].last))
            continue
        if end == q + 1 and inside:  # one name, or a coordinated pair: "a report published
            for eid in inside:  # by X and consultancy Y" cites each
                rec = registry.records.get(eid)
                if rec is None or rec.type == EntityType.PERSON or (
                        (rec.known is not None or plain) and rec.type not in SOURCE_TYPES) \
                        or rec.type not in SOURCE_TYPES and words[s + size] in lex.sources.of \
                        and not body_name(rec.name, lex):
                    continue  # "a notice published by Velmora": a company's own statement
                out.append(SourceMatch(eid, units[s].first, units[q].last))
            continue
        if plain:
            continue  # "l'avis de la Commission des X": an opinion as much as a notice
        eid = publisher_named(registry, surface(view, q, end))
        out.append(SourceMatch(eid, units[s].first, units[end - 1].last,
                               tuple(e for e in inside if e != eid)))
    return out


_AWAITING = frozenset({
    "attend", "attendent", "attendait", "attendre", "attendu", "attendue", "obtenir", "obtenu",
    "obtenue", "obtient", "recevoir", "solliciter", "sollicite", "requiert",
    "await", "awaits", "awaiting", "awaited", "pending", "obtain", "obtaining", "seek",
    "seeking", "seeks", "requires", "require", "needs"})
"""Verbs whose object is a decision not taken yet (session 19): "attend l'avis de l'Autorité",
"une fois obtenu l'avis de X", "awaiting a decision from X": the body decides, no notice of
it is cited."""


def _past_country(view: SentenceView, q: int, lex: Lexicon) -> int:
    """The unit after a country's possessive that a body's name follows ("a notice published
    by Kandoria's Competition Authority": the authority, session 19), else q."""
    units, words = view.units, view.words
    if q < len(words) and words[q] in place_words() and not units[q].is_mention:
        b = q + 1  # "Turkey's": the place as a plain word, then its possessive
        if b < len(words) and words[b] in place_words() and not units[b].is_mention:
            b += 1  # "South Korea's"
        b += b < len(words) and words[b] in ("'s", "’s")
    elif q < len(units) and units[q].possessive and words[q] in place_words():
        b = q + 1  # the place as a mention with its possessive
    else:
        return q
    if b > q + 1 and b < len(units) and len(units[b].mentions) == 1 \
            and units[b].mentions[0].kind == "name" and body_name(units[b].mentions[0].text, lex):
        return b
    return q


def _awaited(words: list[str], s: int, lex: Lexicon) -> bool:
    """True when the notice noun at s is the object of an awaiting verb, determiners between
    ("attend l'avis de", "une fois obtenu l'avis de", "awaiting a decision from")."""
    b = s
    while b > 0 and words[b - 1] in lex.determiners:
        b -= 1
    return b < s and b > 0 and fold(words[b - 1]) in _AWAITING


def body_name(name: str, lex: Lexicon) -> bool:
    """True when a name ends in a state body's head ("Oversight Service", "Tariff Office")
    or is one acronym ("KFX", "BaFin")."""
    parts = name.split()
    last = fold(parts[-1]) if parts else ""
    return last == "service" or (last,) in lex.keys.get("body_heads", ()) \
        or len(parts) == 1 and sum(c.isupper() for c in name) >= 2


_REGISTERS = frozenset({"register", "registry"})
_IN_REGISTER = (("in",), ("filed", "in"), ("published", "in"), ("lodged", "in"))


def unnamed_register(view: SentenceView, s: int, size: int, lex: Lexicon
                     ) -> tuple[str, int] | None:
    """A register no name gives after the document noun of `size` words at unit s and its
    preposition (with, at, in), else None: its words and last token. A nationality and one
    or two lower-case modifiers before "register / registry", the clause or a preposition
    after it ("filings in the Kandorian company register,", "accounts filed in the national
    trade registry on Monday"; not "the register" alone, not a named one: "the Kandor
    Register"). Read on tokens: "the Kandorian company" may be a reference's mention."""
    units, words, toks = view.units, view.words, view.tokens
    if s + size >= len(units):
        return None
    prep = match_at(words, s + size, _IN_REGISTER) or match_at(words, s + size, lex.document_preps)
    if prep is None or s + size + len(prep) >= len(units):
        return None
    t = units[s + size + len(prep)].first
    n = len(toks)
    while t < n and toks[t].norm in lex.determiners:
        t += 1
    first = t
    if t < n and toks[t].norm in lex.nationalities:
        t += 1
    m = t
    while t < n and t - m < 2 and toks[t].text.isalpha() and toks[t].text.islower() \
            and toks[t].norm not in _REGISTERS and toks[t].norm not in lex.determiners \
            and toks[t].norm not in lex.prepositions and (toks[t].norm,) not in lex.conjunctions:
        t += 1
    if t == first or t >= n or toks[t].norm not in _REGISTERS or not toks[t].text.islower():
        return None
    after = toks[t + 1].norm if t + 1 < n else "."
    if after not in PUNCT and after not in lex.prepositions:
        return None
    base = view.sentence.start
    return view.sentence.text[toks[first].start - base:toks[t].end - base], t


_SHOW = frozenset({"show", "shows", "showed"})


def _shown_by(view: SentenceView, q: int, lex: Lexicon, opens: bool = False) -> int | None:
    """The unit after the capitalised words (one to four, no company's ending) from unit q that
    end a document's phrase before "show(s) / showed", else None: the phrase closes the
    sentence ("accounts published in the Kandoranzeiger show.", session 16: the mention layer
    leaves a lone word before a verb), or it opens the sentence as the verb's subject
    ("Accounts filed at the Kandor Registry show X made a profit", session 17). The verb makes
    the phrase a source."""
    words, units, toks = view.words, view.units, view.tokens
    e = q
    while e < len(words) and e - q < 4 and not units[e].is_mention:
        text = toks[units[e].first].text
        if not (text[:1].isupper() and text.isalpha() and len(text) > 3
                and words[e] not in lex.calendar and words[e] not in lex.determiners):
            break
        e += 1
    if e == q or words[e - 1] in lex.function_words or e + 1 >= len(words) \
            or words[e] not in _SHOW or words[e - 1] in ORG_NAME_ENDINGS \
            or words[e - 1] in LEGAL_SUFFIXES or q > 0 and words[q - 1] in TO_WORDS:
        return None  # "documents sent to the X Registry show": no filing
    return e if opens or words[e + 1] in PUNCT else None




def _opens_sentence(words: list[str], s: int, lex: Lexicon) -> bool:
    """True when only determiners stand before word s: the document opens the sentence."""
    return all(w in lex.determiners for w in words[:s])


def regulator_follows(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The index of a regulator's head noun that follows the possessive name at k within
    three words ("Kandoria's antitrust regulator", "X's securities watchdog"), else None
    (session 16)."""
    for q in range(k + 1, min(len(words), k + 4)):
        if words[q] in lex.sources.regulator_heads:
            return q
        if words[q] in PUNCT or not words[q].isalpha():
            return None
    return None


def _apposed_body(view: SentenceView, c: int, lex: Lexicon, registry: Registry) -> str | None:
    """The body named after a regulator's description: ", the Kandorian Competition Board"
    ending the clause (a comma at c, a determiner, one name, then punctuation or the end)."""
    words, units = view.words, view.units
    if c + 2 >= len(words) or words[c] != "," or words[c + 1] not in lex.determiners:
        return None
    u = units[c + 2]
    if len(u.mentions) != 1 or (c + 3 < len(words) and words[c + 3] not in PUNCT):
        return None
    rec = registry.records.get(u.mentions[0].entity or "")
    if rec is None or rec.type == EntityType.PERSON:
        return None
    return rec.id


def _owner_end(view: SentenceView, i: int, lex: Lexicon) -> int | None:
    """The index after "of / de" and the owner's name that start at i ("of Velmora Werke GmbH
    & Co. KG") when a participle's preposition follows ("published in"), else None."""
    units, words = view.units, view.words
    if i >= len(words) or words[i] not in lex.sources.of:
        return None
    e = i + 1
    while e < len(units) and e - i <= 4 and (units[e].is_mention or words[e] in ("&", ".")):
        e += 1
    if e == i + 1 or not units[e - 1].is_mention and words[e - 1] != ".":
        return None
    return e if _prep_end(words, e, lex, participle=True) is not None else None


def _one_body(view: SentenceView, q: int, lex: Lexicon) -> bool:
    """True when the names of unit q are one body's name cut at its conjunction: "the
    Kandorian Competition and Consumer Authority" (see `_cut_body`; nothing but the
    conjunction between them) (session 15)."""
    mentions = view.units[q].mentions
    if len(mentions) != 2 or any(m.kind != "name" for m in mentions):
        return False
    first, last = (m.text.split() for m in mentions)
    if not _cut_body(first, last, lex):
        return False
    between = view.sentence.text[mentions[0].end - view.sentence.start:
                                 mentions[1].start - view.sentence.start].split()
    return len(between) == 1 and fold(between[0]) in lex.sources.coordinators


def _split_body(view: SentenceView, q: int, second: int, lex: Lexicon) -> bool:
    """True when the names of units q and `second`, joined by a bare conjunction, are one
    body's name cut there (session 22, like `_one_body` across two units): the first does not
    end in a body's head and either the second does ("Water Utilities and Pricing
    Board") or the first holds one before its last word ("Office of Water and Coastal
    Planning")."""
    if second != q + 2 or len(view.units[q].mentions) != 1 \
            or len(view.units[second].mentions) != 1:
        return False
    return _cut_body(view.units[q].mentions[0].text.split(),
                     view.units[second].mentions[0].text.split(), lex)


def _cut_body(first: list[str], last: list[str], lex: Lexicon) -> bool:
    """True when two names joined by a conjunction are one body's name (`_one_body`,
    `_split_body`): the first does not end in a body's head, and the second does or the first
    holds one before its last word (session 22: "Office of Water and Coastal Planning")."""
    heads = lex.keys.get("body_heads", ())
    if not first or not last or (fold(first[-1]),) in heads:
        return False
    return (fold(last[-1]),) in heads or any((fold(w),) in heads for w in first[:-1])


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
    capital_head = units[q].is_mention and len(units[q].mentions) == 1 \
        and (head,) in lex.keys.get("body_heads", ()) and q + 1 < n \
        and words[q + 1] in lex.sources.of  # "l'Autorité de régulation des marchés de X"
    e = q
    while e < n and (units[e].is_mention or words[e].isalpha() and toks[units[e].first].text[:1]
                     .isupper() and e > 0 and words[e] not in lex.calendar):
        e += 1
    while e > q and not units[e - 1].is_mention and not (
            (head,) in lex.keys.get("title_heads", ()) and e - q >= 2):
        e -= 1  # capitalised words count before a name only ("Companies House")
    if e == q and not registry_head:
        return None
    if (head,) in lex.keys.get("title_heads", ()) or registry_head or capital_head:
        stop = e if e > q else q + 1
        while stop < n and stop - q < 10 and words[stop] not in PUNCT and (
                units[stop].is_mention or words[stop] in lex.sources.of
                or words[stop].isalpha() and words[stop] not in lex.function_words
                and words[stop] not in lex.calendar and words[stop] not in lex.determiners
                or capital_head and words[stop] in lex.determiners
                and words[stop - 1] in lex.sources.of):  # "l'Autorité de la régulation de X"
            stop += 1
            if stop - 1 > q and words[stop - 2] in lex.sources.of and (
                    units[stop - 1].is_mention or toks[units[stop - 1].first].text[:1].isupper()):
                break  # "greffe du tribunal de commerce de Rennes": the place ends the name
                # (not "... de Rennes font état")
        while stop + 1 < n and words[stop] == "-" and words[stop + 1].isalpha() \
                and toks[units[stop].first].start == toks[units[stop - 1].last - 1].end \
                and toks[units[stop + 1].first].start == toks[units[stop].last - 1].end:
            stop += 2  # a hyphenated town: "de commerce de Saint-Kandor-sur-Mer" (session 18)
        while stop > q + 1 and words[stop - 1] in lex.sources.of:
            stop -= 1
        if registry_head and (stop - q < 3 or any(
                units[x].is_mention and words[x - 1] not in lex.sources.of
                for x in range(q + 1, stop))):
            return None  # "déposé au greffe": no body named; "du régulateur boursier X": X's
        e = stop
    if e > q and not any(units[x].is_mention for x in range(q, e)) and not registry_head \
            and e - q < 2:
        return None  # one capitalised word is no body's name
    return e


def own_documents(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
    """A company's own document cited as a source, named by its words and by its owner when
    the owner is named in the phrase: "according to its annual report" ("annual report"), "the
    airline said in its quarterly report", "according to a supplier list published with its
    bond prospectus" ("bond prospectus"), "according to X's annual report" ("X annual
    report"), "selon la dernière note de conjoncture de X" ("note de conjoncture de X"). A
    document followed by its filing preposition is left to `document_cue` (the body is
    named: "a regulatory filing with the SEC"). The owner named after "de" / "of" is no party
    of the sentence's relations."""
    units, words = view.units, view.words
    firsts = _own_firsts(lex)
    out: list[SourceMatch] = []
    for s in range(len(words)):
        if words[s] not in firsts:
            continue
        doc = match_at(words, s, lex.sources.own_documents)
        if doc is None:
            continue
        e = s + len(doc)
        prep = match_at(words, e, lex.document_preps)
        if prep is not None and prep[0] not in lex.sources.of or (
                e < len(words) and words[e] in lex.sources.filed) \
                or _owner_end(view, e, lex) is not None:
            continue  # "a regulatory filing with the SEC", "the accounts of X published in
            # the Y": the body is the source
        exchange = _exchange_named(view, e, lex)
        if exchange is not None:  # "according to a regulatory filing on the X Stock
            eid = publisher_named(registry, surface(view, exchange[0], exchange[1]))
            b = s  # Exchange": the exchange is the source (its filing's name), not the
            while b > 0 and (words[b - 1] in lex.sources.document_adjectives  # bare filing
                             or words[b - 1] in lex.determiners):
                b -= 1
            cue = cue_ending_at(words, b, lex.source_before, lex) \
                or match_ending_at(words, b, lex.sources.document_in)
            if cue is not None:
                out.append(SourceMatch(eid, units[b - len(cue)].first, units[exchange[1] - 1].last))
                continue
        owner_after = e + 1 if e + 1 < len(units) and words[e] in lex.sources.of \
            and units[e + 1].is_mention and len(units[e + 1].mentions) == 1 else None
        b = s
        while b > 0 and words[b - 1] in lex.sources.document_adjectives:
            b -= 1
        owner_before = None
        if b > 0 and units[b - 1].is_mention and units[b - 1].possessive \
                and len(units[b - 1].mentions) == 1 and units[b - 1].mentions[0].kind == "name":
            owner_before = b - 1
            b -= 1
        elif b > 0 and (words[b - 1] in lex.sources.self or words[b - 1] in lex.determiners
                        or units[b - 1].is_mention and units[b - 1].possessive
                        and all(m.kind == "pronoun" for m in units[b - 1].mentions)):
            b -= 1  # "its", "son", "la": not a description ("the company's annual report"
            # is not annotated in batch1 while "its annual report" is in batch7 and batch9)
        cue = cue_ending_at(words, b, lex.source_before, lex) \
            or match_ending_at(words, b, lex.sources.document_in)
        if cue is None:
            continue
        covered: tuple[str, ...] = ()
        o = e + 1
        while o < len(words) and words[o] in lex.determiners:
            o += 1
        body = units[o].mentions[0].entity if e < len(words) and words[e] in lex.sources.of \
            and o < len(units) and len(units[o].mentions) == 1 \
            and units[o].mentions[0].kind == "name" \
            and public_body(units[o].mentions[0].text, lex) else None
        if body is not None:  # "selon le rapport annuel du Conseil national des X", "the
            out.append(SourceMatch(body, units[b - len(cue)].first, units[o].last))  # annual
            continue  # report of the X Grid Authority": the body is the source (session 19)
        if owner_after is not None:
            name = surface(view, s, owner_after + 1)
            covered = tuple(m.entity for m in units[owner_after].mentions if m.entity)
            last = owner_after
        elif owner_before is not None:
            rec = registry.records.get(units[owner_before].mentions[0].entity or "")
            if rec is None or rec.type == EntityType.PERSON:
                continue
            name = f"{rec.name} {surface(view, s, e)}"
            last = e - 1
        else:
            name = surface(view, s, e)
            last = e - 1
        eid = publisher_named(registry, name)
        out.append(SourceMatch(eid, units[b - len(cue)].first, units[last].last, covered))
    return out


_EXCHANGE_REACH = 5
"""How many capitalised words an exchange's name before "Exchange" may hold."""


def _exchange_named(view: SentenceView, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """"a regulatory filing on the Kandor Stock Exchange": the units [start, end) of the
    exchange's name after "on (the)" when every word of it is capitalised and it ends with
    "Exchange" (session 21). Not "a filing on the exchange" (no name), nor "a filing on
    Monday"."""
    words = view.words
    if lex.language != "en" or e >= len(words) or words[e] != "on":
        return None
    o = e + 1
    if o < len(words) and words[o] == "the":
        o += 1
    if o < len(words) and view.units[o].is_mention and len(view.units[o].mentions) == 1 \
            and surface(view, o, o + 1).endswith(" Exchange"):
        return o, o + 1  # a listed exchange ("the London Stock Exchange")
    for q in range(o, min(len(words), o + _EXCHANGE_REACH)):
        if view.units[q].is_mention or not surface(view, q, q + 1)[:1].isupper():
            return None
        if words[q] == "exchange":
            return (o, q + 1) if q > o else None
    return None


def public_body(name: str, lex: Lexicon) -> bool:
    """True for a public body's name: a body's head then a lower-case word ("Conseil national
    des X", "Autorité kandorienne de Y"), or an English name ending in a body's head ("Kandor
    Grid Authority")."""
    parts = name.split()
    heads = lex.keys.get("body_heads", ())
    return len(parts) >= 2 and (fold(parts[0].split("'")[-1]),) in heads \
        and parts[1][:1].islower() or lex.language == "en" and len(parts) >= 2 \
        and body_name(name, lex)  # not "Kandor Conseil": a French consultancy


_OWN_FIRSTS: dict[int, frozenset[str]] = {}


def _own_firsts(lex: Lexicon) -> frozenset[str]:
    """First words of a company's own document names ("annual", "rapport", "prospectus")."""
    found = _OWN_FIRSTS.get(id(lex))
    if found is None:
        found = _OWN_FIRSTS[id(lex)] = frozenset(p[0] for p in lex.sources.own_documents)
    return found


def _coordinated_body(view: SentenceView, e: int, lex: Lexicon) -> int | None:
    """The unit of a second body joined to the first by a conjunction at unit e, with a
    determiner and up to two lower-case description words between ("and consultancy Y", "et
    le cabinet Y"), else None."""
    units, words = view.units, view.words
    if e >= len(units) or words[e] not in lex.sources.coordinators:
        return None
    x = e + 1
    while x < len(units) and words[x] in lex.determiners:
        x += 1
    for _ in range(3):
        if x >= len(units):
            return None
        if units[x].is_mention:
            return x
        if not words[x].isalpha() or words[x] in lex.function_words \
                or not view.tokens[units[x].first].text.islower():
            return None
        x += 1
    return None


def _registry_head(view: SentenceView, q: int, lex: Lexicon) -> bool:
    """True when unit q is a body's head noun written in lower case ("greffe", "registre")."""
    return q < len(view.units) and not view.units[q].is_mention \
        and (view.words[q],) in lex.keys.get("body_heads", ()) \
        and view.tokens[view.units[q].first].text.islower()


def referred_body(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
    """A regulator named in the sentence and referred back to as the publisher of the document
    cited (session 15): "X devra être examinée par l'Autorité de Y, ..., selon une décision
    publiée sur le site de l'autorité", "according to a notice on the regulator's website". A
    source cue, a document or notice noun, then "the / l'" and a regulator's head in lower
    case, and one regulator in the sentence."""
    units, words, toks = view.units, view.words, view.tokens
    heads = lex.keys.get("regulator_heads", ())
    nouns = joined_cues(lex, "documents", lex.document_nouns, lex.keys.get("notice_nouns", ()))
    for h in range(1, len(words)):
        office = words[h] == "office" and words[h - 1] in _WATCHDOG_FIELDS
        if units[h].is_mention or ((words[h],) not in heads and words[h] not in _AGENCY
                                   and not office) \
                or not toks[units[h].first].text.islower():
            continue
        d = h - 1  # the determiner: "the authority", "the competition authority" (session 23)
        if d >= 1 and _head_modifier(view, d, lex) and words[d - 1] in _REFERRING:
            d -= 1
        if words[d] not in _REFERRING:
            continue
        owned = _owned_notice(words, h, nouns)
        if owned is not None:  # "according to the authority's public filings register"
            cue = cue_ending_at(words, d, lex.source_before, lex)  # (session 20)
            bodies = regulator_bodies(view, registry, lex) | _listed_regulators(view, registry) \
                if cue is not None else frozenset()
            if cue is not None and len(bodies) == 1:
                return [SourceMatch(next(iter(bodies)), units[d - len(cue)].first,
                                    units[owned].last)]
            if cue is not None:
                continue  # else a notice before it may carry the cue: "according to a
            # notice on the competition authority's website" (session 23)
        if words[h] in _AGENCY and (words[h],) not in heads:
            continue
        for s in range(d - 1, max(-1, h - 12), -1):
            if words[s] in (",", ";", "."):
                break
            if match_at(words, s, nouns) is None:
                continue
            b = s
            while b > 0 and words[b - 1] in lex.determiners:
                b -= 1
            cue = cue_ending_at(words, b, lex.source_before, lex)
            bodies = regulator_bodies(view, registry, lex)
            if cue is not None and len(bodies) == 1:
                return [SourceMatch(next(iter(bodies)), units[b - len(cue)].first, units[h].last)]
            break
    return []


_ON_NOTICE = frozenset({"on", "in", "sur", "dans"})
"""Prepositions between a notice and the body's site or register it stands on."""
_REFERRING = frozenset({"l'", "la", "le", "the", "du"})
"""Determiners of a regulator's head that refer back to the body ("le site du régulateur")."""
_WATCHDOG_FIELDS = frozenset({"cartel", "competition", "antitrust"})
"""Fields before "office" that make it a regulator's head ("the cartel office's website")."""
_SITES = frozenset({"website"})
"""A body's site after its possessive, cited like its notices ("the authority's website")."""


def _head_modifier(view: SentenceView, d: int, lex: Lexicon) -> bool:
    """True when word d is one plain word that may qualify a regulator's head after it ("the
    competition authority", "the antitrust regulator"): no mention, function word,
    determiner or preposition. Any such word, not only `_WATCHDOG_FIELDS` (which make "office"
    a head)."""
    w = view.words[d]
    return not view.units[d].is_mention and w.isalpha() and w not in lex.function_words \
        and w not in lex.determiners and w not in lex.prepositions


_AGENCY = frozenset({"agency"})
"""A regulator's head word only when it refers back to the one body of the sentence before
its document ("according to the agency's database"): "X Agency" names companies too."""


def _listed_regulators(view: SentenceView, registry: Registry) -> frozenset[str]:
    """Regulators of the alias table named in the sentence, whatever their words ("the Food
    and Drug Administration": `regulator_bodies` leaves out names with an investor's word)."""
    return frozenset(m.entity for u in view.units for m in u.mentions if m.entity
                     and (rec := registry.records.get(m.entity)) is not None
                     and rec.known is not None and rec.type == EntityType.REGULATOR)


_PLAIN_WORD = re.compile(r"[\w()-]+")
"""A word, a number or a bracketed code ("B2(x)") between a head's possessive and its
document noun."""


def _owned_notice(words: list[str], h: int, nouns: tuple[Phrase, ...]) -> int | None:
    """The index of a document or notice noun owned by the head at h ("the authority's
    public filings register", "the agency's (B2) device register"), at most a few plain words
    after the possessive (a bracket counts as a word), else None."""
    if h + 2 >= len(words) or words[h + 1] not in ("'s", "’s"):
        return None
    for s in range(h + 2, min(len(words), h + 8)):
        if words[s] in _SITES:
            return s
        noun = match_at(words, s, nouns)
        if noun is not None:
            return s + len(noun) - 1
        if not words[s].isalnum() and not _PLAIN_WORD.fullmatch(words[s]):
            return None
    return None


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


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(lex: Lexicon) -> frozenset[str]:
    """First words of the cues `document_bodies` looks for (documents, notices, "selon")."""
    found = _FIRSTS.get(id(lex))
    if found is None:
        found = _FIRSTS[id(lex)] = frozenset(
            p[0] for p in (*lex.document_nouns, *lex.source_before,
                           *lex.keys.get("notice_nouns", ())))
    return found

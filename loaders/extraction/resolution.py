"""Entity resolution within one article: names to canonical entities, references to antecedents.

Curated names resolve through the alias table; other names cluster by normalised name, by
acronym ("TSMC" for "Taiwan Semiconductor Manufacturing Co."), by first word for companies and
by surname for people. Descriptions ("le groupe de Veldhoven", "the Hsinchu-based company") and
pronouns get a ranked list of antecedents: recent, subject-position companies first, with a
strong bonus when the description's place, nationality or sector fits the candidate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from loaders.extraction.antecedents import (
    AntecedentRanker,
    Reference,
    Sighting,
    pair_features,
    reference_kind,
)
from loaders.extraction.gazetteer import Gazetteer, KnownEntity
from loaders.extraction.lexicon import (
    DATA_DIR,
    Lexicon,
    country_codes,
    has_trade_word,
    match_at,
    match_ending_at,
    place_words,
)
from loaders.extraction.mentions import (
    ANAPHOR,
    DATIVE_CLITICS,
    FIRM_TAILS,
    LATTER,
    NAME,
    PLURAL,
    PRONOUN,
    Mention,
    org_noun,
    participle_opening,
    person_frame,
    table_cities,
)
from loaders.extraction.text import fold, name_key, strip_suffix
from loaders.extraction.tokens import Token, quote_spans
from loaders.extraction.word_shapes import FR_ADJECTIVE_ENDINGS, POST_ADJECTIVE_ENDINGS
from ontology.iris import slugify
from ontology.records import Entity, EntityType

ORG_TYPES = frozenset({EntityType.COMPANY, EntityType.ORGANIZATION})
EUROPE = frozenset({"FR", "DE", "NL", "IT", "ES", "BE", "LU", "SE", "FI", "DK", "IE", "AT", "PT",
                    "PL", "CH", "GB", "NO", "EU"})
LOOKBACK = 4


@dataclass
class EntityRecord:
    """An entity of the article being built: canonical name, type, aliases, attributes."""

    id: str
    name: str
    type: EntityType
    aliases: set[str] = field(default_factory=set)
    known: KnownEntity | None = None
    mentions: int = 0

    def to_entity(self) -> Entity:
        """The frozen record for the extraction output."""
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        idents = self.known.identifiers if self.known else ()
        return Entity(id=self.id, name=self.name, type=self.type, aliases=aliases,
                      identifiers=idents)


class Registry:
    """The entities of one article, keyed by canonical id."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.records: dict[str, EntityRecord] = {}
        self._by_key: dict[str, str] = {}

    def get(self, entity_id: str) -> EntityRecord:
        """The record of an entity id (KeyError when absent)."""
        return self.records[entity_id]

    def type_of(self, entity_id: str) -> EntityType | None:
        """The type of an entity id, or None when unknown."""
        rec = self.records.get(entity_id)
        return rec.type if rec else None

    def named(self, surface: str) -> str | None:
        """The entity this exact name already stands for in the article, if any: "Velmora" named
        alone before "sa filiale Velmora Mobility" stays the parent, not a short form of the
        subsidiary. Only a one-word name the article used alone at least twice (a lone mention
        may be a place no list has: "the plant in Velmora", then "Velmora Kraft")."""
        eid = self._by_key.get(name_key(surface))
        rec = self.records.get(eid) if eid is not None else None
        if rec is None or len(surface.split()) != 1 or rec.type == EntityType.PERSON \
                or rec.mentions < 2 or fold(rec.name) != fold(strip_suffix(surface)):
            return None
        return eid

    def declared_acronym(self, surface: str) -> str | None:
        """The organisation an upper-case acronym already stands for when the article gave it
        as that organisation's short name ("Laiteries Unies du Quellon (LUQ)"): a later name
        that opens with the acronym ("sa filiale LUQ Énergies") does not take the bare acronym
        over (a name that opens with the acronym, "LUQ Énergies" itself, is no declaration)."""
        eid = self._by_key.get(name_key(surface))
        rec = self.records.get(eid) if eid is not None else None
        letters = surface.replace("&", "")
        if rec is None or not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) \
                or rec.type in (EntityType.PERSON, EntityType.PUBLISHER):
            return None
        parts = strip_suffix(rec.name).split()
        return eid if len(parts) >= 2 and fold(parts[0]) != fold(surface) else None

    def named_in_full(self, surface: str) -> str | None:
        """The organisation a name of several words already stands for in the article."""
        eid = self._by_key.get(name_key(surface))
        rec = self.records.get(eid) if eid is not None else None
        if rec is None or len(surface.split()) < 2 or rec.type == EntityType.PERSON:
            return None
        return eid

    def add_known(self, known: KnownEntity, surface: str) -> str:
        """Register a mention of a curated entity; returns its id."""
        rec = self.records.get(known.id)
        if rec is None:
            rec = EntityRecord(known.id, known.name, EntityType(known.type), known=known)
            rec.aliases.update(known.aliases)
            self.records[known.id] = rec
            self._by_key[name_key(known.name)] = known.id
        rec.aliases.add(surface)
        rec.mentions += 1
        return rec.id

    def add_unknown(self, surface: str, etype: EntityType) -> str:
        """Register a mention of a name outside the alias table; returns its id."""
        key = name_key(surface)
        if key in self._by_key:
            rec = self.records[self._by_key[key]]
        else:
            known = self.gazetteer.lookup_key(surface)
            if known is not None:
                return self.add_known(known, surface)
            name = strip_suffix(surface)
            eid = slugify(name)
            rec = self.records.get(eid) or EntityRecord(eid, name, etype)
            self.records[eid] = rec
            self._by_key[key] = eid
        rec.aliases.add(surface)
        rec.mentions += 1
        return rec.id

    def link(self, entity_id: str, surface: str) -> None:
        """Record `surface` as one more alias of an existing entity."""
        rec = self.records[entity_id]
        rec.aliases.add(surface)
        rec.mentions += 1
        self._by_key.setdefault(name_key(surface), entity_id)

    def set_type(self, entity_id: str, etype: EntityType) -> None:
        """Retype an entity found by a pattern (a name in a role slot is a person)."""
        rec = self.records.get(entity_id)
        if rec is not None and rec.known is None:
            rec.type = etype


@dataclass
class _Seen:
    sentence: int
    token: int
    entity: str
    subject: bool
    plural: bool = False  # a member of a plural description ("ces deux actionnaires")
    coordinated: bool = False  # a member of a coordinated subject ("A and B buy ...")


def resolve_names(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry
) -> None:
    """Resolve every name mention to an entity id (mutates mentions and the registry)."""
    all_names = [m for ms in sentences for m in ms if m.kind == NAME]
    confirmed = {m.known.id for m in all_names if m.known and not m.ambiguous_initial}
    for ms in sentences:
        keep = []
        for m in ms:
            if m.kind == NAME and m.known and m.ambiguous_initial and m.known.id not in confirmed:
                continue
            keep.append(m)
        ms[:] = keep
    for s, ms in enumerate(sentences):
        for m in ms:
            if m.kind != NAME:
                continue
            if m.known is None and m.alias_of is None and (
                    whole := _named_with_word_before(m, tokens[s], registry)):
                m.entity = whole  # "Maison Velmora a réalisé": the sentence's capital cut
                continue  # "Maison" off the name the article wrote in full before
            if m.known is not None:
                m.entity = registry.add_known(m.known, m.text)
                continue
            target = m.alias_of.entity if m.alias_of is not None else None
            if target:
                m.entity = target
                registry.link(target, m.text)
                continue
            named = registry.named(m.text) or registry.declared_acronym(m.text)
            # (counted as a mention like any name by its key)
            m.entity = (None if named else _short_form(m, registry, tokens[s], lex)
                        or _long_form(m, registry)) \
                or registry.add_unknown(m.text, _guess_type(m, lex))
            if m.entity in registry.records and m.text not in registry.get(m.entity).aliases:
                registry.link(m.entity, m.text)


def _named_with_word_before(m: Mention, toks: list[Token], registry: Registry) -> str | None:
    """The entity an earlier name of the article gives to the capitalised word before a
    name and the name together ("Maison" + "Velmora" after "Maison Velmora"), if any."""
    if m.first == 0 or m.first > len(toks) or not toks[m.first - 1].text[:1].isupper() \
            or toks[m.first - 1].kind != "word":
        return None
    return registry.named_in_full(f"{toks[m.first - 1].text} {m.text}")


def _guess_type(m: Mention, lex: Lexicon) -> EntityType:
    if m.person:
        return EntityType.PERSON
    if m.outlet:
        return EntityType.PUBLISHER
    words = [fold(w) for w in m.text.split()]
    if words and (words[0] in lex.org_heads or words[-1] in ("government", "gouvernement")
                  or words[0] in ("etat", "gouvernement")):
        return EntityType.ORGANIZATION
    return EntityType.COMPANY


def _short_form(m: Mention, registry: Registry, toks: list[Token] | None = None,
                lex: Lexicon | None = None) -> str | None:
    """An earlier entity this short name stands for: surname, first word or acronym."""
    words = m.text.split()
    if len(words) != 1:
        return None
    w = fold(words[0])
    records = list(reversed(list(registry.records.values())))
    trade = _trade_named(records, w)
    if trade is not None and not (toks is not None and lex is not None
                                  and _said_by_person(m, toks, lex)) and not any(
            rec.type != EntityType.PERSON and fold(strip_suffix(rec.name).split()[0]) == w
            for rec in records[records.index(trade) + 1:] if strip_suffix(rec.name).split()):
        return trade.id  # "Tissages Quenbard ... Quenbard": named before any name opening
        # with the short one ("Quenbard Portugal Lda", a unit named after it, session 25)
    for rec in records:
        parts = [fold(p) for p in strip_suffix(rec.name).split()]
        if len(parts) < 2:
            continue
        if rec.type == EntityType.PERSON and parts[-1] == w:
            return _family_last(records, rec, w) or (
                _family_first(records, rec, w) if toks is None or lex is None
                or not _said_by_person(m, toks, lex) else None) or rec.id
        if rec.type != EntityType.PERSON and _initials(parts) == w:
            return rec.id
        if rec.type != EntityType.PERSON and parts[0] == w:
            return _shortest_opening(records, w, registry._by_key.get(name_key(m.text))) \
                or rec.id
    return None


def _trade_named(records: list[EntityRecord], word: str) -> EntityRecord | None:
    """The latest organisation named by a plural word of trade and then `word` ("Tissages
    Quenbard", "Bouchages Velmor", "Imprimeries Clavrel"; session 25): a bare `word` after it is
    that firm. No place ("Transports Lyon"), no person."""
    if word in place_words():
        return None
    for rec in records:
        parts = strip_suffix(rec.name).split()
        if rec.type == EntityType.PERSON or len(parts) != 2 or fold(parts[1]) != word:
            continue
        head = fold(parts[0])
        if parts[0][:1].isupper() and parts[0][1:].islower() and len(head) > 4 \
                and (head.endswith(("s", "x")) and not head.endswith(("ss", "us"))
                     or has_trade_word([head])) and head not in place_words():
            return rec  # "Druckhaus Velmstein-Kraatz ... Velmstein-Kraatz": a trade's noun
    return None


_NAME_TAILS = frozenset({"capital", "holding", "holdings", "partners", "partenaires",
                         "ventures", "investments", "beteiligungen", "participations",
                         "group", "groupe", "gruppe", "groep", "grupo", "gruppo",
                         "management", "advisors", "advisers", "associates"})
"""Descriptor words that end a firm's full name and that its short name drops ("Quarnley",
then "Quarnley Capital Partners"; "Kandor" then "Kandor Group"): the full name written after
the short one is the same firm (session 16)."""


def _long_form(m: Mention, registry: Registry) -> str | None:
    """The earlier organisation this name of several words writes in full (session 16): the
    earlier short name plus descriptor words only ("Quarnley" ... "Quarnley Capital
    Partners"). Not a name that merely opens with an earlier one ("Velmora Energy Services"
    after "Velmora Energy" may be its unit: on unread text that merge lost relations)."""
    if m.person or m.outlet or name_key(m.text) in registry._by_key:
        return None
    words = tuple(fold(w) for w in strip_suffix(m.text).split())
    if len(words) < 2 or words[-1] not in _NAME_TAILS:
        return None
    by_name: dict[tuple[str, ...], str] = {}
    for rec in registry.records.values():
        if rec.type not in (EntityType.PERSON, EntityType.PUBLISHER):
            by_name.setdefault(tuple(fold(p) for p in strip_suffix(rec.name).split()), rec.id)
    for k in range(len(words) - 1, 0, -1):
        if words[k] not in _NAME_TAILS:
            break
        if words[:k] in by_name:
            return by_name[words[:k]]
    return None


# Family-firm rule 2 of 3: the firm a bare surname MENTION stands for (with `_family_first`).
def _family_last(records: list[EntityRecord], person: EntityRecord, word: str) -> str | None:
    """The organisation named before `person` whose name ends with the person's surname
    ("Les Laboratoires Velmora ... le fondateur, Yves Velmora ... Velmora a réalisé"): a bare
    surname after a company named for its family is the company (session 15)."""
    before = False
    for rec in records:  # latest first: the records after the person's are later ones
        if rec is person:
            before = True
            continue
        parts = [fold(p) for p in strip_suffix(rec.name).split()]
        whole = len(parts)
        while len(parts) > 1 and parts[-1] in _FAMILY_TAILS:
            parts.pop()  # "Transports Kelvaret & Fils", "Quellan & Sons": the family's name
        if before and rec.type != EntityType.PERSON and whole >= 2 and parts[-1] == word:
            return rec.id
    return None


def _family_first(records: list[EntityRecord], person: EntityRecord, word: str) -> str | None:
    """The organisation named before `person` whose name opens with the person's surname and
    a word of trade ("Kelvaret Glasbau, a family firm ... his aunt, Ottilie Kelvaret ...
    Kelvaret buys its chips from Y"): the bare surname after a firm named family first is the
    firm (session 19), as after a firm named family last (`_family_last`)."""
    before = False
    for rec in records:  # latest first
        if rec is person:
            before = True
            continue
        parts = [fold(p) for p in strip_suffix(rec.name).split()]
        if before and rec.type != EntityType.PERSON and len(parts) >= 2 and parts[0] == word:
            return _shortest_opening(records, word) or rec.id
    return None


def _said_by_person(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when the words around a bare surname make it the person: an honorific or a role
    before it, an age after it, a verb of speech right after it ("Kelvaret said")."""
    norms = [t.norm for t in toks]
    return person_frame(toks, norms, m.first, m.last, lex) \
        or match_at(norms, m.last, lex.speech_verbs) is not None \
        or m.last < len(norms) - 1 and toks[m.last].text == "," \
        and match_at(norms, m.last + 1, lex.speech_verbs) is not None


_FAMILY_TAILS = FIRM_TAILS | {"&", "et", "and"}
"""Words that end a family firm's name after the family's ("Kelvaret & Fils", "Quellan
Brothers"): a bare surname after such a firm and a person of the family is the firm."""


def _shortest_opening(records: list[EntityRecord], word: str,
                      linked: str | None = None) -> str | None:
    """Of the organisations whose name opens with `word` (latest first), the one with the
    fewest words (session 14): "Velmora" after "Velmora Foods" and "Velmora Foods
    Ingredients" is the first, the group the unit's name is built on. On a tie, the one the
    short name already stood for (`linked`; "Velmora Voyages ... Velmora's ... the Velmora
    Solstice ... Velmora's rival": still the group, session 18), else the latest."""
    best: tuple[int, str] | None = None
    for rec in records:
        parts = strip_suffix(rec.name).split()
        if rec.type == EntityType.PERSON or len(parts) < 2 or fold(parts[0]) != word:
            continue
        if best is None or len(parts) < best[0] or len(parts) == best[0] and rec.id == linked:
            best = (len(parts), rec.id)
    return best[1] if best else None


def _initials(parts: list[str]) -> str:
    return "".join(p[0] for p in parts if p and p[0].isalnum())


TOPIC_BONUS = 1.5
"""Rank bonus of the article's main company for a description with no clue of its own."""


KIND_BONUS = 5.0
"""Rank bonus of the one company the article already called by a description's head ("la
start-up", "the chipmaker"), in a description of its own or next to its name."""
_GENERIC_HEADS = frozenset({("company",), ("firm",), ("group",), ("giant",), ("business",),
                            ("conglomerate",), ("groupe",), ("societe",), ("entreprise",),
                            ("firme",), ("compagnie",), ("geant",), ("conglomerat",), ("acteur",),
                            ("industriel",), ("leader",), ("champion",), ("platform",),
                            ("plateforme",), ("outfit",)})


def _head(m: Mention, toks: list[Token], lex: Lexicon) -> tuple[str, ...] | None:
    """The specific noun heading a description ("start-up", "chipmaker", "armateur"), or
    None for a generic one ("la société", "the company")."""
    head = match_ending_at([t.norm for t in toks], m.last, lex.keys["descriptors"])
    if head and m.last < len(toks) and toks[m.last].norm in _JOINT_ADJECTIVES:
        return head + ("commune",)  # "la société commune": a venture, never a parent
    return head if head and head not in _GENERIC_HEADS else None


_JOINT_ADJECTIVES = frozenset({"commune", "communes"})


GENERIC_KIND_BONUS = 3.0
"""Rank bonus of the one company the article called by a generic head ("la compagnie
nantaise X", "X, the Dublin company,"): weaker, as many articles call several companies so."""


def _generic_head(m: Mention, toks: list[Token], lex: Lexicon) -> tuple[str, ...] | None:
    """The generic noun heading a description ("la compagnie", "the firm"), if it is one."""
    head = match_ending_at([t.norm for t in toks], m.last, lex.keys["descriptors"])
    return head if head in _GENERIC_HEADS else None


NAME_HEAD_BONUS = 5.0
"""Rank bonus of a company whose own name holds a description's noun ("the fund": the
Quarnel Investment Fund; "la holding": Zentrix Holding; "la banque": Banque Velmora)."""
FAR_KIND_LEAD = 0.5
"""How far the one company an article set a description's noun beside ("la PME savoyarde X")
is put ahead of the best nearer candidate when the noun comes back out of the window (`_rank`,
session 21): only the order of the scores is read after, so any margin makes it first."""


def _head_word(m: Mention, toks: list[Token], lex: Lexicon) -> str:
    """The last word of a description's specific noun ("fund", "holding", "banque"), "" for
    none or a generic one ("the company", "le groupe": many names hold those words)."""
    head = match_ending_at([t.norm for t in toks], m.last, lex.keys["descriptors"])
    return head[-1] if head and head not in _GENERIC_HEADS else ""  # "the group": any


_PART_HEADS = frozenset({"venture", "unit", "division", "arm", "affiliate", "subsidiary", "off",
                         "spinoff", "offshoot", "consortium", "coentreprise", "commune",
                         "filiale", "branche"})
"""Last words of heads naming a part of a company or a body companies formed ("the venture",
"the unit", "la filiale", "la coentreprise"): such a description goes only to a company the
article called so; the recent or main company it would fall back on is its parent or owner."""


_NAME_ABBREVIATIONS = {"fc": "club", "cf": "club", "afc": "club", "sc": "club"}
"""Abbreviations of a company noun in names ("Velmora FC" is a club)."""


def _name_has(rec: EntityRecord, word: str) -> bool:
    """True when an entity's names hold `word`, or for a French establishment noun its plural
    ("la distillerie": Distilleries de Velmora; not "the brand" for X Brands nor "le
    laboratoire" for Laboratoires X, words many names hold)."""
    words = _name_words(rec)
    return word in words or word.endswith("erie") and word + "s" in words \
        or _trade_of(word, words)


_TRADE_ENDINGS = ("ier", "iere", "iers", "ieres", "ron", "eur", "euse")
"""Endings of a French trade noun made on its product ("cimentier", "chocolatier",
"forgeron")."""


def _trade_of(word: str, words: frozenset[str]) -> bool:
    """True for a French trade noun whose product a name word is, that word at least five
    letters: "le cimentier" for Ciments du X, "le chocolatier" for Chocolats X, "le forgeron"
    for Forges de X (the product, its final "s" and "e" off, starts the noun, a trade ending
    after it; not the establishment in "-erie": "le carrossier" taught to a "Carrosserie X"
    named as another firm's former name would take the description from that firm)."""
    if not word.endswith(_TRADE_ENDINGS):
        return False
    for w in words:
        stem = w[:-1] if w.endswith("s") else w
        if len(stem) >= 5 and word.startswith(stem) and word[len(stem):] in _TRADE_ENDINGS \
                or len(stem) >= 5 and stem.endswith("e") and word.startswith(stem[:-1]) \
                and word[len(stem) - 1:] in _TRADE_ENDINGS:
            return True
    return False


def _name_words(rec: EntityRecord) -> frozenset[str]:
    """The folded words of an entity's names, with the noun an abbreviation stands for."""
    words = {w for n in (rec.name, *rec.aliases) for w in fold(n).split()}
    return frozenset(words | {_NAME_ABBREVIATIONS[w] for w in words if w in _NAME_ABBREVIATIONS})


_HOUSE_HEADS = frozenset({("maison",), ("marque",), ("griffe",), ("brand",), ("fashion", "house"),
                          ("luxury", "house")})
"""Heads that name one company in fashion, luxury and spirits under several words: "la marque"
goes to the company the article called "la griffe" or "la maison"."""


def _same_kind(
    head: tuple[str, ...], kinds: dict[tuple[str, ...], frozenset[str]], lex: Lexicon
) -> frozenset[str]:
    """The companies the article called by a description's head, or else by a head of the
    same sector ("la jeune pousse" after "la start-up Zorbex")."""
    if head in kinds:
        return kinds[head]
    n = len(head)
    longer = frozenset(e for h, ents in kinds.items() if len(h) > n
                       and head in (h[-n:], h[:n]) for e in ents)
    if longer:  # "the venture" after "the joint venture X", "le fonds" after "le fonds
        return longer  # souverain X": the same noun with its modifier
    if head in _HOUSE_HEADS:  # "la marque" after "la griffe parisienne Zorbex"
        return frozenset(e for h in _HOUSE_HEADS for e in kinds.get(h, ()))
    sectors = set(lex.descriptors.get(head, ()))
    if not sectors:
        return frozenset()
    return frozenset(e for h, ents in kinds.items() if sectors & set(lex.descriptors.get(h, ()))
                     for e in ents)


def _named_kinds(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry,
    heads: tuple[tuple[str, ...], ...] = (),
) -> dict[tuple[str, ...], frozenset[str]]:
    """Description heads the article puts next to a company's name: "la start-up Zorbex",
    "Zorbex, une start-up lyonnaise", "Zorbex, the chipmaker" (head -> the companies); `heads`
    are the nouns the article taught ("le cimentier Vicort")."""
    out: dict[tuple[str, ...], set[str]] = {}
    keys = lex.keys["descriptors"] + heads
    for s, ms in enumerate(sentences):
        norms = [t.norm for t in tokens[s]]
        for m in ms:
            if m.kind != NAME or not m.entity or registry.type_of(m.entity) not in ORG_TYPES:
                continue
            k, plain = _adjectives_before(tokens[s], norms, m.first, lex, keys)
            found = [match_ending_at(norms, k, keys)]  # "la compagnie nantaise X"
            if not found[0] and k > 2 and norms[k - 2] in ("de", "d'") \
                    and tokens[s][k - 1].text.islower() and tokens[s][k - 1].kind == "word":
                k, plain = _adjectives_before(tokens[s], norms, k - 2, lex, keys)
                found = [match_ending_at(norms, k, keys)]  # "la maison de cognac X", "le
                # fabricant vendéen de charrues X"
            if plain and found[0] in _GENERIC_HEADS:
                found = [None]  # "le groupe familial X": a generic noun stays bare
            j = m.last
            if j + 1 < len(norms) and norms[j] == "," and norms[j + 1] in lex.determiners:
                for q in range(j + 2, min(len(norms), j + 5)):
                    head = match_at(norms, q, keys)
                    if head:
                        if _apposition_ends(norms, q + len(head), lex):
                            found.append(head)
                        break
            found.append(_named_by(norms, tokens[s], m.first, keys))
            for head in found:
                if head:  # generic heads too: "la compagnie nantaise X" (see GENERIC_KIND_BONUS)
                    out.setdefault(head, set()).add(m.entity)
    return {h: frozenset(e) for h, e in out.items()}


_PRE_NAME_MAX = 2
"""Most such adjectives read between a noun and a name."""


def _adjectives_before(toks: list[Token], norms: list[str], k: int, lex: Lexicon,
                       keys: tuple[tuple[str, ...], ...]) -> tuple[int, bool]:
    """Where a description's noun would end before the name or "de" at `k`, stepping back
    over place and region adjectives ("la compagnie nantaise X", "le verrier normand X") and
    at most `_PRE_NAME_MAX` other lower-case words with a French adjective's ending ("l'éditeur
    musical X") that end no noun of `keys` ("la coopérative X" keeps its noun); True when one
    of the latter was stepped over."""
    plain = 0
    while k > 0:
        w = norms[k - 1]
        if place_adjective(w, lex) or region_adjective(w):
            k -= 1
        elif plain < _PRE_NAME_MAX and not match_ending_at(norms, k, keys) \
                and toks[k - 1].kind == "word" \
                and toks[k - 1].text.islower() and len(w) > 4 and w.isalpha() \
                and w.endswith(FR_ADJECTIVE_ENDINGS) and w not in lex.function_words:
            k -= 1
            plain += 1
        else:
            break
    return k, plain > 0


def _demonym_alone(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True for a description made of a determiner and a demonym alone ("le lyonnais",
    "l'allemand": mentions._demonym_description, refs15): resolved only to the one company the
    article or the alias table places so."""
    return m.kind == ANAPHOR and m.last - m.first == 2 \
        and place_adjective(toks[m.first + 1].norm, lex)


_NAMING = (("to", "be", "called"), ("to", "be", "named"), ("baptise",), ("baptisee",),
           ("baptises",), ("baptisees",), ("nomme",), ("nommee",), ("denomme",), ("denommee",),
           ("appele",), ("appelee",), ("called",), ("named",), ("dubbed",))
"""Naming participles, longest first."""


def _named_by(norms: list[str], toks: list[Token], first: int,
              keys: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The head of a description that a naming participle gives the name at `first`: "une
    coentreprise, baptisée NitroSeine", "a joint venture, to be called Prairie Whey", "la
    société commune baptisée X" (a head, at most two lower-case words, an optional comma)."""
    k = next((first - len(p) for p in _NAMING if first >= len(p)
              and tuple(norms[first - len(p):first]) == p), None)
    if k is None:
        return None
    if k > 0 and norms[k - 1] == ",":
        k -= 1
    for q in range(k, max(0, k - 3), -1):
        head = match_ending_at(norms, q, keys)
        if head:
            return head
        if not (toks[q - 1].kind == "word" and toks[q - 1].text.islower()):
            return None
    return None


_APPOSITION_GOES_ON = frozenset({"de", "d'", "du", "des", "of", "from", "in", "en", "a", "based",
                                 "basee", "base", "that", "which", "who", "qui", "dont"})


_APPOSITION_PARTICIPLES = frozenset({"specialise", "specialisee", "specialises", "specialisees",
                                     "fonde", "fondee", "cree", "creee", "detenu", "detenue",
                                     "founded", "specialised", "specialized", "owned",
                                     "backed"})
"""Participles that go on with an apposition's noun ("Zorbex, une start-up spécialisée dans
...", "Zorbex, a startup founded in 2019")."""


_ING_MIN = 6
"""Shortest "-ing" word `_apposition_ends` reads as a participle going on with the apposition
("making", "selling"): shorter ones are mostly nouns or plain verbs ("thing", "king", "wing",
"ring", "bring"), which do not."""


def _post_adjective(w: str, lex: Lexicon) -> bool:
    """True for a lower-case word with a French adjective's ending (`POST_ADJECTIVE_ENDINGS`)
    that is no function word."""
    return len(w) > 4 and w.isalpha() and w.endswith(POST_ADJECTIVE_ENDINGS) \
        and w not in lex.function_words


def _apposition_ends(norms: list[str], e: int, lex: Lexicon) -> bool:
    """True when a noun after "NAME, det" closes an apposition ("Zorbex, a drone start-up,")
    rather than opening the next clause ("In Europe, the start-up competes")."""
    while e < len(norms) and (place_adjective(norms[e], lex) or region_adjective(norms[e])
                              or _post_adjective(norms[e], lex)):
        e += 1  # "Zorbex, une PME girondine spécialisée ...", "une coopérative laitière"
    return e >= len(norms) or norms[e] in (",", ".", ";", ")", "(") \
        or norms[e] in _APPOSITION_GOES_ON or norms[e] in _APPOSITION_PARTICIPLES \
        or len(norms[e]) >= _ING_MIN and norms[e].endswith("ing")  # "a startup developing X"


def main_entity(sentences: list[list[Mention]], registry: Registry,
                tokens: list[list[Token]] | None = None, lex: Lexicon | None = None,
                ) -> str | None:
    """The company the article is about: the one named most often (earliest on ties). With
    `tokens` and `lex`, the subject of the first two sentences naming a company (the title and
    the lead) counts twice, so that the company the lead is about outranks one named as often
    inside its complements ("l'entrée du japonais X à son capital", "a stake bought by X")."""
    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    leads = 0
    for s, ms in enumerate(sentences):
        subject_done = tokens is None or lex is None or leads >= 2
        for m in ms:
            if m.kind == NAME and m.entity and registry.type_of(m.entity) in ORG_TYPES:
                weight = 1
                if not subject_done and tokens is not None and lex is not None \
                        and _subject_position(m, tokens[s], lex):
                    held = _stake_object(m, ms, tokens[s], registry)
                    if held is None:
                        weight = 2
                    else:  # "X entre au capital de Y": the lead is about Y, the investee
                        counts[held] = counts.get(held, 0) + 1
                subject_done = True
                counts[m.entity] = counts.get(m.entity, 0) + weight
                order.setdefault(m.entity, len(order))
        leads += any(m.kind == NAME and m.entity and registry.type_of(m.entity) in ORG_TYPES
                     for m in ms)
    if not counts:
        return None
    pooled = _pooled_by_name(counts, registry, lex)
    return max(counts, key=lambda e: (pooled[e], counts[e], -order[e]))


def _pooled_by_name(counts: dict[str, int], registry: Registry,
                    lex: Lexicon | None = None) -> dict[str, int]:
    """Each company's count with those of the article's other names that write the same firm
    longer or shorter (session 18): "Kelmwerk Lindholt AG" in the lead, then "Lindholt" five
    times; "Tarvik & Oslen Foods BV", then "Tarvik & Oslen". A name whose words open or
    end another's, several words long, pools with it; the member named most often leads.
    Names that pool are one group and every member carries the group's count once (session
    23): "Brelvan & Coyle Parts" named once beside "Brelvan & Coyle" (nine times) and "Parts"
    no longer gathers both short names' counts and leads over the name the article uses. With
    `lex`, an organisation noun opening a name of three words or more ("Maison", "Groupe") is
    left out, so that "Maison Quendal & Fils" pools with "Quendal"."""
    words = {e: tuple(fold(w) for w in strip_suffix(registry.get(e).name).split())
             for e in counts}
    if lex is not None:
        words = {e: w[1:] if len(w) >= 3 and org_noun(w[0], lex) else w
                 for e, w in words.items()}
    group = {e: e for e in counts}

    def root(e: str) -> str:
        while group[e] != e:
            e = group[e]
        return e

    for a, wa in words.items():
        for b, wb in words.items():
            if a != b and len(wb) > len(wa) >= 1 and len(wb) >= 2 \
                    and (wb[:len(wa)] == wa or wb[-len(wa):] == wa):
                group[root(a)] = root(b)
    totals: dict[str, int] = {}
    for e, n in counts.items():
        totals[root(e)] = totals.get(root(e), 0) + n
    return {e: totals[root(e)] for e in counts}


_STAKE_OF = frozenset({"de", "d'", "du"})


def _stake_object(m: Mention, ms: list[Mention], toks: list[Token],
                  registry: Registry) -> str | None:
    """The company a lead's subject `m` enters the capital of ("Velmora entre au capital de
    Quistor", "Velmora est entré au capital du fabricant Quistor", "Velmora va prendre 35 % du
    capital de Quistor"), or None: the company named within eight words after an "au capital"
    or a percentage's "du capital" that follows `m`, "de"/"du" between and no comma.
    The lead is then about the company invested in, not the investor named first. Kept to
    French "au capital": "a stake in"/"une participation dans" moved nothing on the read sets
    and "a stake in" cost a relation held out (session 16)."""
    for c in range(m.last + 2, len(toks)):
        if toks[c].norm != "capital" or not (toks[c - 1].norm == "au" or (
                toks[c - 1].norm == "du" and _minority_share(toks, c - 1))):
            continue  # "au capital de Y"; "prend 35 % du capital de Y", not a buyer's "70 %
            # du capital de Y" (session 25, stakes26)
        for o in ms:
            if o.first > c and o.first - c <= 8 and o.kind == NAME and o.entity \
                    and o.entity != m.entity and registry.type_of(o.entity) in ORG_TYPES \
                    and any(t.norm in _STAKE_OF for t in toks[c + 1:o.first]) \
                    and all(t.text not in (",", ";", "(") for t in toks[c + 1:o.first]):
                return o.entity
        return None
    return None


_MINORITY = 50
"""A percentage under this is a minority share: its taker enters the capital, the lead is about
the company invested in; a larger one is a purchase, the lead is about the buyer."""


def _minority_share(toks: list[Token], du: int) -> bool:
    """True when a percentage under half stands right before the "du" at `du` ("35 % du")."""
    if du < 2 or toks[du - 1].text != "%":
        return False
    try:
        return float(toks[du - 2].text.replace(",", ".")) < _MINORITY
    except ValueError:
        return False


def resolve_references(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry,
    groups: list[list[tuple[str, ...]]], heads: tuple[tuple[str, ...], ...] = (),
    openers: frozenset[int] = frozenset(), ranker: AntecedentRanker | None = None,
    keep: bool = False,
) -> list[Reference]:
    """Give descriptions and pronouns their ranked antecedents, plurals their members. A
    description headed by a noun the article taught (`heads`, "le cimentier") goes only to a
    company the article called so. A bare description opening a paragraph (`openers`: the
    indices of sentences that open one) goes back to the article's topic, not to a company the
    previous paragraph's last sentence led with in passing (one named fewer than three times).
    With a `ranker`, a description's or pronoun's antecedents are the ranker's order
    (`antecedents.py`); with `keep` (or a ranker) each is returned as a `Reference` with its
    candidates' features (the ranker's training material), else none is built."""
    references: list[Reference] = []
    leads: list[str | None] = []
    described: list[str | None] = []
    topic = main_entity(sentences, registry, tokens, lex)
    kinds = _named_kinds(sentences, tokens, lex, registry, heads)
    apposed_kinds = dict(kinds)  # the nouns set next to a name, before descriptions teach
    bosses = _role_orgs(sentences, tokens, lex, registry)
    people = _role_holders(sentences, tokens, lex, registry)
    for person, company in bosses.items():
        people.setdefault(person, company)
    where = _named_places(sentences, tokens, lex, registry)
    funds = _fund_companies(kinds, lex, registry)
    helpers = _service_parties(sentences, tokens, lex)
    all_seen: list[_Seen] = []
    for s, ms in enumerate(sentences):
        subject_done = False
        lead: str | None = None
        aside = _counterpart_sentence(tokens[s])  # "Côté clients, X loue ...": X is no lead
        prev: Mention | None = None
        prev_subject = False
        spans = quote_spans(tokens[s])
        clitics = [m for m in ms if m.clitic]
        if clitics:
            ms = [m for m in ms if not m.clitic]  # resolved after the sentence (below)
        others = _third_parties(ms, tokens[s], spans)
        joined = _coordinated_names(ms, tokens[s], groups[s] if s < len(groups) else [])
        for m in ms:
            seen = _outside_quotes(m, s, all_seen, spans, others)
            fit_same: frozenset[str] = frozenset()
            fit_place: Place | None = None
            if prev is not None and _conjoined(prev, m, tokens[s]):
                is_subject = prev_subject  # "Face à Renault et Volkswagen": like the first
            else:
                is_subject = not subject_done and _subject_position(m, tokens[s], lex)
            prev, prev_subject = m, is_subject
            if m.kind == PLURAL:
                m.members = _plural_members(m, s, seen, groups, registry,
                                            leading(m, tokens[s], lex), _investors(m, lex))
            elif m.kind == PRONOUN and not m.possessive:
                m.candidates = _pronoun(m, s, tokens[s], seen, leads, registry, lex, ms)
            elif m.kind == PRONOUN and (apposed := _apposed_to(m, ms, tokens[s])):
                ranked = _rank(m, s, seen, registry, ORG_TYPES, None, topic)
                m.candidates = tuple(c for c in ranked if c not in apposed)  # "X, son client,"
            elif m.kind == PRONOUN and (owner := _clause_subject(
                    m, ms, tokens[s], lex, registry, joined=joined)) is not None:
                ranked = _rank(m, s, seen, registry, ORG_TYPES, None, topic)
                if _after_copula(m, tokens[s]):  # "X would remain its largest customer"
                    m.candidates = tuple(c for c in ranked if c != owner)
                else:
                    m.candidates = (owner,) + tuple(c for c in ranked if c != owner)
            elif m.kind == ANAPHOR and m.owner >= 0 and (org := _owner_org(
                    m, ms, bosses)) is not None:  # "le groupe de P": the company P runs
                ranked = _rank(m, s, seen, registry, ORG_TYPES, None, topic)
                m.candidates = (org,) + tuple(c for c in ranked if c != org)
            elif m.kind in (ANAPHOR, PRONOUN):
                prev_lead = leads[s - 1] if s > 0 and (leading(m, tokens[s], lex) or (
                    m.kind == ANAPHOR and _other_party(m, ms, tokens[s], lex, registry,
                                                       leads[s - 1]))) else None
                if prev_lead is not None and m.kind == ANAPHOR and described[s - 1]:
                    prev_lead = described[s - 1]  # "Tarvex has looked at buying the brand.
                    # The company buys ...": the company the previous sentence described
                if prev_lead in people and m.kind == ANAPHOR:  # "P, Velmora's chief
                    prev_lead = people[prev_lead] or None  # executive, said ... The start-up"
                head = _head(m, tokens[s], lex) if m.kind == ANAPHOR else None
                generic = _generic_head(m, tokens[s], lex) if m.kind == ANAPHOR else None
                place = _place(m, tokens[s], lex, where)
                same = _same_kind(head, kinds, lex) if head \
                    else kinds.get(generic or (), frozenset())
                opener = m.kind == ANAPHOR and s in openers and topic is not None \
                    and not (place.city or place.region or m.country) \
                    and (topic in same if head else not m.sectors) \
                    and (leading(m, tokens[s], lex) or _role_lead(m, tokens[s], lex)) and (
                        prev_lead is None or prev_lead == topic
                        or registry.get(prev_lead).mentions < 3) and not (
                        prev_lead in funds and not _operating_reference(m, tokens[s], lex))
                # ("The firm bought ..." after a paragraph a fund leads: still the fund)
                if opener:  # "Sur son marché, la société affronte ...": a bare description, or
                    prev_lead = topic  # one whose noun the article gave its main company,
                    # opening a paragraph goes back to the article's company
                centered = generic is not None and not (
                    m.sectors or m.country or place.city or place.region) and (
                    is_subject or _opens_own_clause(m, tokens[s], lex))
                m.candidates = _rank(m, s, seen, registry, ORG_TYPES, prev_lead, topic, same,
                                     place,
                                     _head_word(m, tokens[s], lex),
                                     KIND_BONUS if head else GENERIC_KIND_BONUS, opener,
                                     centered, frozenset(
                                         e for o in ms if centered and o.kind == NAME and (
                                             o.possessive or _fronted_topic(o, tokens[s], lex))
                                         for e in o.resolved),
                                     next(iter(same)) if head and len(same) == 1
                                     and apposed_kinds.get(head) == same else "", apart=True)
                named = _name_qualifier(m, s, tokens[s], all_seen, registry, lex) \
                    if m.kind == ANAPHOR and not _town_before_noun(m, tokens[s], where) \
                    else None
                if named is not None:  # "the Brno company" after "X is buying Velsko Brno":
                    m.candidates = (named,) + tuple(c for c in m.candidates if c != named)
                if head is None and generic is None and _demonym_alone(m, tokens[s], lex):
                    fits = [c for c in m.candidates
                            if _fit(m, registry.get(c), place) >= PLACE_FIT]
                    m.candidates = tuple(fits) if len(fits) == 1 else ()  # "le lyonnais":
                    # the one company the article or the table places so, or none
                role = _deal_role(m, tokens[s]) if m.kind == ANAPHOR else None
                buyer = _deal_buyer(m, s, sentences, tokens, lex, registry) \
                    if head in _BUYER_HEADS or role == "buyer" or (
                        generic is not None or m.head) and _funding_front(m, tokens[s]) \
                    else None  # "Pour financer l'achat, le groupe ...": the buyer
                if buyer is not None:  # "l'acquéreur", "the buyer": the buyer of the deal
                    m.candidates = (buyer,) + tuple(c for c in m.candidates if c != buyer)
                target = _deal_party(m, s, sentences, tokens, lex, registry, False) \
                    if role == "target" else None
                if target is not None:  # "la nouvelle filiale", "the acquired company"
                    m.candidates = (target,) + tuple(c for c in m.candidates if c != target)
                if role is None and generic is not None and not (
                        m.country or m.sectors or place.city or place.region or place.stem) \
                        and _stake_in(m, tokens[s]) and (
                        bought := _recent_target(m, s, sentences, tokens, lex, registry)):
                    m.candidates = (bought,) + tuple(c for c in m.candidates if c != bought)
                    # "X agreed to buy Y. Z will take a 20% stake in the business": Y (not
                    # "the combined group", the buyer's; not "the Brazilian company": its place;
                    # only a generic noun: "du capital de la brasserie" is left to its noun)
                if role is None and generic is not None and not (
                        m.country or m.sectors or place.city or place.region or place.stem) \
                        and not is_subject and (held := _held_in_subject_relative(
                            m, ms, tokens[s], lex, registry, whole_clause=True)):
                    m.candidates = (held,) + tuple(c for c in m.candidates if c != held)
                    # "Norwick, which bought a stake in Brelvan, will put more equity into
                    # the company": the company the subject's relative clause names
                if role is None and generic in _FOUNDED_HEADS and not (
                        m.country or m.sectors or place.city or place.region or place.stem) \
                        and _founded_subject(m, ms, tokens[s]) and (
                        bought := _recent_target(m, s, sentences, tokens, lex, registry)):
                    m.candidates = (bought,) + tuple(c for c in m.candidates if c != bought)
                    # "X va racheter Y. Fondée en 2014 par P, la société ...": the company
                    # just bought is the one whose founding the article tells (session 20)
                if m.kind == PRONOUN and m.possessive and _staying_role(m, ms, tokens[s], lex) \
                        and (bought := _recent_target(m, s, sentences, tokens, lex, registry)):
                    m.candidates = (bought,) + tuple(c for c in m.candidates if c != bought)
                    # "X a racheté Y. Son dirigeant, P, reste aux commandes de l'usine": Y
                if head in _TARGET_HEADS or head in _SELLER_HEADS:  # "la cible", "the
                    party = _deal_party(m, s, sentences, tokens, lex, registry,  # seller":
                                        head in _SELLER_HEADS)  # only the deal's party
                    m.candidates = (party,) if party is not None else ()
                if m.kind == ANAPHOR:
                    m.candidates = _not_excluded(m, ms, tokens[s], lex, registry,
                                                 same if head else frozenset())
                if m.head:  # "le cimentier": only a company the article called so
                    called = kinds.get(m.head, frozenset())
                    m.candidates = tuple(c for c in m.candidates if c in called)
                elif head and head[-1] in _PART_HEADS and target is None:  # "the venture":
                    # never its parent
                    called = _same_kind(head, kinds, lex)
                    m.candidates = tuple(c for c in m.candidates if c in called)
                m.candidates = _funds_sorted(m, m.candidates, funds, topic, generic, kinds,
                                             tokens[s], lex, registry)
                if m.candidates and m.candidates[0] in helpers and topic is not None \
                        and topic not in helpers and not _service_head(m, tokens[s], lex):
                    m.candidates = (topic,) + tuple(c for c in m.candidates if c != topic)
                    # "au groupe français" after "un prêt arrangé par la Banque X": the
                    # article's company, not the bank that lent to it
                if head and m.candidates:
                    kinds.setdefault(head, frozenset({m.candidates[0]}))
                fit_same, fit_place = same, place
            if m.kind == PRONOUN and m.possessive and m.candidates and (
                    owner := _listed_owner(m, ms, tokens[s])) is not None:
                m.candidates = (owner,) + tuple(c for c in m.candidates if c != owner)
            if m.kind == ANAPHOR or m.kind == PRONOUN and fold(m.text) in _THING_PRONOUNS:
                m.candidates = tuple(c for c in m.candidates if c not in people)
            if m.kind in (ANAPHOR, PRONOUN) and (keep or ranker is not None):
                ref = _reference(m, s, seen, ms, registry, lex, openers, topic, fit_same,
                                 fit_place)
                references.append(ref)
                if ranker is not None:
                    m.candidates = ranker.choose(ref)
            for eid in m.resolved:
                all_seen.append(_Seen(s, m.first, eid, not (aside and m.kind == NAME) and (
                    is_subject or (  # "Pour X, ...":
                        m.kind == NAME and _fronted_topic(m, tokens[s], lex))),  # a topic, as
                    m.kind == PLURAL, id(m) in joined))  # salient as a subject
            if is_subject and m.resolved:
                subject_done = True
                if leading(m, tokens[s], lex) and not (aside and m.kind == NAME) \
                        and id(m) not in joined:  # "A and B buy ...": no one company leads
                    lead = m.resolved[0]
        _fronted_possessives(ms, tokens[s], lex, registry)
        for m in clitics:
            m.candidates = _dative(m, s, ms, tokens[s], all_seen, leads, topic, registry, lex)
        leads.append(lead)
        described.append(_described(ms, lead, registry))
    return references


def _reference(m: Mention, s: int, seen: list[_Seen], ms: list[Mention], registry: Registry,
               lex: Lexicon, openers: frozenset[int], topic: str | None,
               same: frozenset[str], place: Place | None) -> Reference:
    """A reference with the features of its candidates: every company seen before it (and
    the rules' own candidates)."""
    before = [i for i in seen if (i.sentence, i.token) < (s, m.first)]
    orgs = [i for i in before if registry.type_of(i.entity) in ORG_TYPES]
    pool = list(dict.fromkeys([i.entity for i in reversed(orgs)] + list(m.candidates)))
    sightings: dict[str, list[Sighting]] = {}
    for i in before:
        sightings.setdefault(i.entity, []).append(Sighting(i.sentence, i.token, i.subject))
    previous = min((i for i in orgs if i.sentence == s - 1), key=lambda i: i.token, default=None)
    recent = orgs[-1].entity if orgs else None
    named = frozenset(e for o in ms if o.kind == NAME for e in o.resolved)
    described = m.kind == ANAPHOR and place is not None and bool(
        place.city or place.region or place.stem or m.country or m.sectors)
    kind = reference_kind(m.kind, m.possessive)
    feats = tuple(pair_features(
        kind, lex.language, c, m.candidates, sightings.get(c, ()), s, openers, topic,
        previous.entity if previous else None, recent, named,
        (1 if c in same else -1) if same else 0,
        _fit(m, registry.get(c), place) if described and place is not None else 0.0)
        for c in pool)
    return Reference(s, m.first, kind, m.candidates, tuple(pool), feats)


NAME_QUALIFIER_REACH = 2
"""Sentences before a description where the one company whose name holds the description's
capitalised modifier must be named ("the Brno company" just after "Velsko Brno")."""


def _name_qualifier(m: Mention, s: int, toks: list[Token], seen: list[_Seen],
                    registry: Registry, lex: Lexicon) -> str | None:
    """The one company named in the description's sentence or the two before it whose own
    name holds the capitalised word between the description's article and its noun: "Petr
    Dvorak, who runs the Brno company" after "X is buying Velsko Brno" is Velsko Brno's, not
    the buyer's (session 23, refs19). None when no such word, when it is a nationality
    ("the Czech company"), when the article placed a company in a town of that name ("X,
    based in Zelbach ... the Zelbach firm": `_town_before_noun` reads it) or when two
    companies' names hold it."""
    words = [fold(t.text) for t in toks[m.first + 1:m.last - 1]
             if t.kind == "word" and t.text[:1].isupper() and t.norm not in lex.nationalities
             and t.norm not in lex.determiners]
    if not words:
        return None
    hits = {i.entity for i in seen if s - NAME_QUALIFIER_REACH <= i.sentence <= s
            and registry.type_of(i.entity) in ORG_TYPES
            and any(w in _name_tail_words(registry.get(i.entity)) for w in words)}
    return next(iter(hits)) if len(hits) == 1 else None


def _name_tail_words(rec: EntityRecord) -> frozenset[str]:
    """The folded words of an entity's names after their first word ("brno" for Velsko
    Brno): a one-word name that is the modifier itself is more likely a town taken for a
    company ("the Redditch firm" after "founded in Redditch")."""
    return frozenset(w for n in (rec.name, *rec.aliases) for w in fold(n).split()[1:])


COUNTERPART_HEADS = frozenset({
    "supplier", "suppliers", "contractor", "contractors", "subcontractor", "subcontractors",
    "distributor", "distributors", "customer", "customers", "client", "clients", "partner",
    "partners", "vendor", "vendors", "provider", "providers", "lender", "lenders", "licensee",
    "licensees", "fournisseur", "fournisseurs", "sous-traitant", "sous-traitants", "distributeur",
    "distributeurs", "partenaire", "partenaires", "prestataire", "prestataires", "preteur",
    "preteurs", "traitant", "traitants"})
"""Role nouns whose "de"/"of" complement is the counterpart of the role's unnamed holder
(session 17, descr; moved here from relations.py in session 23, where resolution.py's
counterpart sentences read it too); "traitant" is the end of "sous-traitant", split at its
hyphen."""


_ASIDE_FRONTS = frozenset({"cote", "parmi", "among"})
"""Words opening a sentence on one side of its company's business ("Côté clients,", "Parmi ses
fournisseurs,", "Among its customers,")."""
_ASIDE_SIDES = COUNTERPART_HEADS - {"partner", "partners", "partenaire", "partenaires"} | {
    "distribution", "approvisionnement", "approvisionnements", "achats", "ventes", "sales"}
"""What such an opening names: customers, suppliers, distribution, purchases (not partners:
the sentence after them may continue a partner's)."""
_ASIDE_COPULAS = frozenset({"is", "was", "remains", "est", "reste", "figure", "figurait",
                            "demeure"})
_SINGULAR_POSSESSIVES = frozenset({"son", "sa", "ses", "its"})
"""Possessives of one owner: never a plural's ("leur", "their" are)."""


def _counterpart_sentence(toks: list[Token]) -> bool:
    """True when the sentence is about one of its company's counterparts: it opens on "Côté
    clients,", "Parmi ses fournisseurs," or "Among its suppliers,", or its subject "is among its
    largest customers", "est l'un de ses principaux clients" (the copula within the first eight
    words, the possessive within five words after it, the role noun within three after that).
    Its subject is a customer or supplier named in passing, which a description of the next
    sentence ("Le groupe a également ...", "the company") does not continue (session 23)."""
    norms = [t.norm for t in toks]
    comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), 0)
    if comma and norms[0] in _ASIDE_FRONTS and any(w in _ASIDE_SIDES for w in norms[1:comma]):
        return True
    for k in range(1, min(len(norms), 8)):
        if norms[k] not in _ASIDE_COPULAS:
            continue
        for p in range(k + 1, min(len(norms), k + 6)):
            if norms[p] in _SINGULAR_POSSESSIVES:
                return any(w in _ASIDE_SIDES for w in norms[p + 1:p + 4]) and any(
                    w in ("among", "parmi", "of", "de") for w in norms[k + 1:p])
    return False


_FUNDING_FRONTS = (("pour", "financer"), ("afin", "de", "financer"), ("to", "fund"),
                   ("to", "finance"), ("to", "pay", "for"), ("pour", "payer"))
"""Phrases opening a sentence on paying for something ("Pour financer l'achat, ...", "To
fund the purchase, ..."): with a deal noun after them, the subject is the deal's buyer."""
ACQUISITION_NOUNS = frozenset({"acquisition", "acquisitions", "rachat", "purchase", "takeover",
                               "buyout", "reprise", "achat"})
"""Nouns of a purchase of a company ("le rachat", "the takeover"): an ordinal counts them
(relations: "la quatrième acquisition de X"), a funding phrase pays for one."""
_FUNDED_DEALS = ACQUISITION_NOUNS | {"operation", "transaction", "deal"}
"""Nouns naming the article's deal after a funding phrase ("l'opération", "the purchase")."""
_FUNDING_REACH = 5
"""Words after a funding phrase where its comma may stand ("Pour financer l'achat,")."""


def _funding_front(m: Mention, toks: list[Token]) -> bool:
    """True for a description opening the main clause after a fronted phrase that pays for a
    deal (session 22, from refs17): "Pour financer l'achat, le groupe a ouvert son capital à
    Z", "To fund the purchase, the company raised ...": the one who pays is the buyer, not
    the company it buys that the previous sentences were about. Not "Pour financer sa
    croissance" (no deal noun), nor a description further in the clause."""
    front = next((f for f in _FUNDING_FRONTS if len(toks) >= len(f)
                  and all(toks[k].norm == w for k, w in enumerate(f))), None)
    if front is None:
        return False  # most sentences: only their first words are read
    norms = [t.norm for t in toks[:len(front) + _FUNDING_REACH]]
    comma = next((k for k in range(len(front), len(norms)) if norms[k] == ","), None)
    return comma is not None and any(w in _FUNDED_DEALS for w in norms[len(front):comma]) \
        and comma < m.first <= comma + 2


_BUYER_HEADS = frozenset({("acquereur",), ("acheteur",), ("repreneur",), ("buyer",),
                          ("acquirer",)})
"""Description heads naming the buyer of a deal ("l'acquéreur", "the buyer")."""
BUY_VERBS = frozenset({
    "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
    "purchase", "purchases", "purchased", "purchasing", "rachete", "rachetent", "racheter",
    "rachetera", "racheteront", "acquiert", "acquis", "acquise", "acquerir", "acquerra",
    "reprend", "reprendra", "reprendre", "repris", "acquisition", "rachat", "takeover"})
"""Verbs whose subject is a deal's buyer, active voice ("X rachète Y", "X agreed to buy Y"),
and the deal's nouns after such a subject ("X a annoncé l'acquisition de Y"); followed by
"par"/"by" they are passive and left out."""


def _deal_buyer(
    m: Mention, s: int, sentences: list[list[Mention]], tokens: list[list[Token]],
    lex: Lexicon, registry: Registry,
) -> str | None:
    """The buyer a deal role ("l'acquéreur", "the buyer") stands for: the organisation in
    subject position before the last buying verb of the article up to the description ("X a
    accepté de racheter Y ... l'acquéreur": X)."""
    for back, k, by in _deal_verbs(m, s, tokens, BUY_VERBS, real_only=True):
        if by >= 0:  # "Y was bought by X. The buyer ...": the agent (session 19)
            agent = _org_at(m, by + 1, sentences[back], registry)
            if agent is not None:
                return agent
            continue
        subject = _org_subject_before(m, k, sentences[back], tokens[back], lex, registry)
        if subject is not None:
            return subject.resolved[0]
    return None


def _org_at(m: Mention, k: int, ms: list[Mention], registry: Registry) -> str | None:
    """The organisation named at token k (after an article at most), other than `m`."""
    found = next((o for o in ms if k <= o.first <= k + 1 and o is not m and o.kind == NAME
                  and not o.possessive and _org_of(o, registry) is not None), None)
    return found.resolved[0] if found is not None and found.resolved else None


def _org_subject_before(m: Mention, k: int, ms: list[Mention], toks: list[Token], lex: Lexicon,
                        registry: Registry) -> Mention | None:
    """The first organisation in subject position before token k of a sentence, other than
    the description `m`: the subject of the deal's verb at k."""
    return next((o for o in ms if o.last <= k and o is not m and _org_of(o, registry) is not None
                 and _subject_position(o, toks, lex)), None)


_UNREAL_BUY = frozenset({"aurait", "auraient", "propose", "offert", "tente", "envisage",
                         "envisagerait", "offered", "offer", "considered", "considering",
                         "approached", "explored", "tried", "attempted", "would"})
"""Words before a buying verb that make it an offer, an attempt or a rumour ("Y aurait proposé
de racheter X", "Y had offered to buy X"): such a bidder is no deal's buyer."""


def _deal_verbs(m: Mention, s: int, tokens: list[list[Token]], verbs: frozenset[str],
                real_only: bool) -> Iterator[tuple[int, int, int]]:
    """(sentence, token, agent) of each deal verb or noun among `verbs` of the article before
    the description `m` of sentence `s`, the last first; the agent is the token of a "par" /
    "by" right after it (a passive: "Y a été racheté par X"), else -1; with `real_only`, none
    after an offer, an attempt or a rumour (`_UNREAL_BUY`)."""
    for back in range(s, -1, -1):
        norms = [t.norm for t in tokens[back]]
        end = m.first if back == s else len(norms)
        for k in range(end - 1, -1, -1):
            if norms[k] in verbs and not (
                    real_only and any(w in _UNREAL_BUY for w in norms[max(0, k - 3):k])):
                by = next((q for q in range(k + 1, min(k + 3, len(norms)))
                           if norms[q] in ("par", "by")), -1)
                yield back, k, by


_MERGED_BEFORE = frozenset({"combined", "enlarged", "merged"})
"""Words before a description's noun naming the company a deal makes ("the combined
company", "the enlarged group"): the buyer's."""
_MERGED_AFTER = frozenset({"fusionne", "fusionnee", "elargi", "agrandi"})
"""The same after the noun ("le groupe fusionné", "le groupe élargi")."""
_TARGET_AFTER = frozenset({"rachete", "rachetee", "acquis", "acquise", "reprise"})
"""Words after a description's noun naming a deal's target ("la société rachetée",
"l'entreprise acquise")."""
_SUBSIDIARY_HEADS = frozenset({"subsidiary", "filiale", "unit"})
_PARENT_HEADS = frozenset({("the", "parent"), ("parent", "company"), ("parent", "group"),
                           ("maison", "mere"), ("societe", "mere")})
"""The last two words of a description naming a parent company ("the parent company", "la
maison mère"): after a deal, the company that bought."""


def _deal_role(m: Mention, toks: list[Token]) -> str | None:
    """"buyer" for the company a deal makes ("the combined company", "le groupe fusionné"),
    "target" for the company it bought ("the acquired company", "the new subsidiary", "la
    nouvelle filiale", "la société rachetée"), else None."""
    words = [t.norm for t in toks[m.first:m.last]]
    after = toks[m.last].norm if m.last < len(toks) else ""
    if len(words) < 2:
        return None
    if words[-2] in _MERGED_BEFORE or after in _MERGED_AFTER:
        return "buyer"
    if tuple(words[-2:]) in _PARENT_HEADS and after not in ("of", "de", "du", "d'", "des"):
        return "buyer"  # "the parent company", "la maison mère" after a deal: its buyer
        # (session 19; "la maison mère de Y" is left to its complement)
    if words[-2] == "acquired" or after in _TARGET_AFTER or words[-1] in _SUBSIDIARY_HEADS and (
            words[-2] in ("new", "nouvelle", "future", "futur")):
        return "target"
    return None


_TARGET_HEADS = frozenset({("cible",), ("target",)})
_SELLER_HEADS = frozenset({("vendeur",), ("seller",)})
"""Description heads naming the company a deal buys ("la cible", "the target") or the one
that sells it ("le vendeur", "the seller"); they stand for nothing else."""
SELL_VERBS = frozenset({"sell", "sells", "sold", "selling", "cede", "cedera", "ceder",
                        "cedent", "vend", "vendent", "vendu", "vendre", "vendra", "vendant",
                        "divest", "divests", "divested"})
"""Active verbs whose subject sells and whose object is the company sold ("X a cédé Y"); also
relations.py's `_company_sold` and implicit.py's `sold_stake`."""
_DEAL_VERBS = BUY_VERBS | SELL_VERBS


def _deal_party(
    m: Mention, s: int, sentences: list[list[Mention]], tokens: list[list[Token]],
    lex: Lexicon, registry: Registry, seller: bool,
) -> str | None:
    """The target or (`seller`) the seller a deal role stands for, from the last buying or
    selling verb of the article up to the description: the company right after the verb is
    the target ("X va racheter Y. La cible ...": Y); the subject of a selling verb is the
    seller ("X a cédé Y à Z. Le vendeur ...": X). None when no such verb names them."""
    for back, k, by in _deal_verbs(m, s, tokens, _DEAL_VERBS, real_only=False):
        sold = tokens[back][k].norm in SELL_VERBS
        if by >= 0:  # a passive: "Y a été racheté par X. La cible ...": Y (session 19)
            if seller or sold:
                continue
            subject = _org_subject_before(m, k, sentences[back], tokens[back], lex, registry)
            return subject.resolved[0] if subject is not None and subject.resolved else None
        if seller and not sold:
            found = _seller_after_object(m, k, sentences[back], tokens[back], registry)
            if found is not None:  # "X a racheté Y à Z. Le vendeur ...": Z (session 19)
                return found
            continue
        if seller:
            subject = _org_subject_before(m, k, sentences[back], tokens[back], lex, registry)
            return subject.resolved[0] if subject is not None and subject.resolved else None
        bought = next((o for o in sentences[back] if k < o.first <= k + _OBJECT_REACH
                       and o is not m and o.kind == NAME and not o.possessive
                       and _org_of(o, registry) is not None), None)
        return bought.resolved[0] if bought is not None and bought.resolved else None
    return None


_STAYING = frozenset({"remain", "remains", "stay", "stays", "continue", "continues",
                      "reste", "restera", "demeure", "demeurera", "conserve", "conservera",
                      "garde", "gardera", "continuera"})
"""Verbs of a manager kept in office ("will remain in charge", "stays on", "reste à la tête",
"conservera ses fonctions"): after a deal, the manager of the company bought."""


def _staying_role(m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon) -> bool:
    """True for a possessive opening its sentence before a role and a person set off by
    commas, then a verb of staying in office: "Son dirigeant, P, reste aux commandes de
    l'usine", "Its president, P, will remain in charge" (not "Its president, P, welcomed
    the deal": the buyer's speaker, left to the ranking)."""
    norms = [t.norm for t in toks]
    if m.first != 0 or not any(w in lex.role_words for w in norms[m.last:m.last + 5]):
        return False
    comma = next((k for k in range(m.last, min(m.last + 6, len(norms))) if norms[k] == ","), -1)
    person = next((o for o in ms if o.first == comma + 1 and o.kind == NAME), None)
    if comma < 0 or person is None or len(person.text.split()) < 2 \
            or person.last >= len(norms) or norms[person.last] != ",":
        return False
    return any(w in _STAYING for w in norms[person.last + 1:person.last + 4])


STAKE_NOUNS = frozenset({"stake", "stakes", "holding", "shareholding", "interest", "capital",
                         "participation", "participations", "share", "shares", "part", "parts"})
"""Nouns of a share of a company's capital ("a 20% stake in the business", "70 % du capital
de la société", "une participation de 10 %", "et Z une part de 20 %"). One list for every
stake reader: `_stake_in` here, implicit.py's `implicit_stake`, inference.py's `_majority_word`
and units.py's `gapped_after` (four lists until session 21, their union changes no output)."""


def _stake_in(m: Mention, toks: list[Token]) -> bool:
    """True for a description that is the company a stake is in: "stake in the company", "a
    minority stake of around 20% in the business", "du capital de la société", "une
    participation dans l'entreprise" (a stake noun at most six tokens before the preposition,
    no comma between)."""
    k = m.first - 1
    if k < 1 or toks[k].norm not in ("in", "de", "d'", "du", "dans"):
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if toks[j].text in (",", ";", ".", "(") or toks[j].kind == "poss":
            return False
        if toks[j].norm in STAKE_NOUNS:
            return toks[k].norm != "in" or toks[j].norm != "capital"
    return False


_FOUNDED_HEADS = frozenset({("company",), ("firm",), ("business",), ("societe",),
                            ("entreprise",), ("firme",), ("compagnie",)})
"""Generic description nouns that may stand for a deal's target (not "le groupe", "the
giant": a buyer's words)."""
_FOUNDED = frozenset({"fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees",
                      "creees", "founded", "established", "created"})
_FOUNDED_AUX = frozenset({"a", "ete", "was", "been", "has", "had", "est", "avait"})


def _founded_subject(m: Mention, ms: list[Mention], toks: list[Token]) -> bool:
    """True for a description that is the subject of its sentence's founding participle:
    closing a fronted "Fondée en 2014 par P, ..., la société", "Founded in 2019 by P, the
    company" (the sentence opens with the participle and a preposition, the description is
    its first after a comma), or opening "La société a été fondée en 2014", "The company was
    founded in 2014" (session 20)."""
    if m.first == 0:
        k = m.last
        while k < len(toks) and toks[k].norm in _FOUNDED_AUX:
            k += 1
        return m.last < k < len(toks) and toks[k].norm in _FOUNDED
    return len(toks) > 1 and toks[0].norm in _FOUNDED and toks[1].norm in (
        "en", "in", "par", "by", "a", "au", "des", "dans") \
        and toks[m.first - 1].text == "," and not any(
            o.kind != NAME and o.first < m.first for o in ms)


_ALONGSIDE = frozenset({"alongside", "with", "avec", "besides", "including", "aux", "cotes"})


def _recent_target(
    m: Mention, s: int, sentences: list[list[Mention]], tokens: list[list[Token]],
    lex: Lexicon, registry: Registry,
) -> str | None:
    """The company the last real buying verb of the description's sentence or the three before
    it bought: its object ("X agreed to buy Y"), or the subject of a passive ("Y has been
    bought by X"); a verb with no company after it ("to fund the acquisition") is skipped.
    None when that company is the subject of the description's own clause (the investor)."""
    for back, k, by in _deal_verbs(m, s, tokens, BUY_VERBS, real_only=True):
        if back < s - 3:
            return None
        if by >= 0:
            found = _org_subject_before(m, k, sentences[back], tokens[back], lex, registry)
        else:
            found = next((o for o in sentences[back] if k < o.first <= k + _OBJECT_REACH
                          and o is not m and o.kind == NAME and not o.possessive
                          and _org_of(o, registry) is not None), None)
            if found is not None and any(  # not "to fund the acquisition alongside Z"
                    (t.norm in lex.prepositions or t.norm in _ALONGSIDE)
                    and t.norm not in _STAKE_OF and t.norm != "of"
                    for t in tokens[back][k + 1:found.first]):
                found = None
        if found is not None and found.resolved:
            owner = _clause_subject(m, sentences[s], tokens[s], lex, registry)
            return None if owner == found.resolved[0] else found.resolved[0]
    return None


_FROM_WORDS = frozenset({"from", "a", "au", "aupres"})
"""Prepositions after a buying verb and its object that name the seller ("bought Y from Z",
"a racheté Y à Z", "auprès de Z")."""


def _seller_after_object(m: Mention, k: int, ms: list[Mention], toks: list[Token],
                 registry: Registry) -> str | None:
    """The seller a buying verb at token k names after its object ("bought Y from Z", "a
    racheté Y à Z"): the organisation after "from" / "à" / "auprès de", the object between."""
    norms = [t.norm for t in toks]
    bought = next((o for o in ms if k < o.first <= k + _OBJECT_REACH and o is not m
                   and o.kind == NAME), None)
    if bought is None:
        return None
    q = bought.last
    while q < len(norms) and q < bought.last + 4 and norms[q] not in _FROM_WORDS \
            and norms[q] not in (",", ".", ";", "and", "et"):
        q += 1
    if q >= len(norms) or norms[q] not in _FROM_WORDS:
        return None
    at = q + 2 if norms[q] == "aupres" else q + 1
    return _org_at(m, at, ms, registry)


_OBJECT_REACH = 4
"""How many tokens after a deal's verb the company it buys or sells may start ("a racheté
l'an dernier Y")."""


def _other_party(m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon,
                 registry: Registry, prev: str | None) -> bool:
    """True when a description is a complement in a clause whose subject is a company other
    than the previous sentence's lead ("Quistor, founded in 1994, runs 300 trucks. Velmora
    relies on the company"): it continues that lead like a description opening its sentence.
    A direct object is left out: on unread text that gave two wrong edges; the possessor of
    one is not ("Korvane uses the company's trucks", session 16)."""
    if prev is None or not (_complement(m, [t.norm for t in toks], lex)
                            or _object_possessor(m, toks, lex)):
        return False
    owner = _clause_subject(m, ms, toks, lex, registry, strict=True)
    return owner is not None and owner != prev


def _object_possessor(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True for a possessive description right after a verb ("uses the company's trucks"):
    the owner of the verb's object."""
    k = m.first - 1
    if not m.possessive or k < 0:
        return False
    prev = toks[k]
    return prev.kind == "word" and prev.text.islower() and prev.norm not in lex.function_words \
        and prev.norm not in lex.prepositions and prev.norm not in lex.complementizers \
        and prev.norm not in lex.relative_pronouns and prev.norm not in _CLAUSE_CONJ \
        and prev.norm not in _COPULAS


def _described(ms: list[Mention], lead: str | None, registry: Registry) -> str | None:
    """The company a sentence led by a name refers to by a description, when that is another
    company than its lead ("Tarvex has looked at buying the brand, people said": the brand):
    the sentence is about that company, its lead a party in passing."""
    if lead is None or not any(m.kind == NAME and lead in m.resolved for m in ms):
        return None
    return next((e for m in reversed(ms) if m.kind == ANAPHOR
                 for e in m.resolved[:1] if e != lead and registry.type_of(e) in ORG_TYPES),
                None)


def _outside_quotes(m: Mention, s: int, seen: list[_Seen], spans: list[tuple[int, int]],
                    others: frozenset[str] = frozenset()) -> list[_Seen]:
    """What a reference of sentence s may refer to: outside the sentence's quotations, not a
    name only its quotations hold ('« Nous voulons rester indépendants face à X », a expliqué
    sa présidente': "sa" is not X's; the quotation is another voice), nor at all a company
    a quotation that says "nous"/"we" names beside it (`others`: '« X nous offre cette
    profondeur », a commenté P, présidente de l'entreprise': the speaker's is not X)."""
    if not spans or any(a <= m.first < b for a, b in spans):
        return seen
    return [i for i in seen if i.entity not in others and (
        i.sentence != s or not any(a <= i.token < b for a, b in spans))]


_WE = frozenset({"we", "us", "our", "ours", "nous", "notre", "nos"})


def _third_parties(ms: list[Mention], toks: list[Token],
                   spans: list[tuple[int, int]]) -> frozenset[str]:
    """Companies named in a quotation of the sentence that also says "nous"/"we": third
    parties to its speaker, who calls their own company "nous"."""
    out: set[str] = set()
    for a, b in spans:
        if any(toks[k].norm in _WE for k in range(a, b)):
            out.update(e for m in ms if m.kind == NAME and a <= m.first < b for e in m.resolved)
    return frozenset(out)


_CONJ = frozenset({"et", "and", "ou", "or", ",", "de", "d'"})
_FRONT_OPENERS = frozenset({"pour", "afin", "apres", "avant", "en", "de", "to", "after", "before",
                            "by", "in", "for"})


_FRONT_NOUNS = frozenset({"deja", "proprietaire", "actionnaire", "ancien", "ancienne",
                          "already", "owner", "formerly"})
"""First words of a fronted phrase that says what the subject owns or was ("Déjà
actionnaire de X depuis 2019, le groupe ...", "Already the owner of X, the group ..."):
its names are other parties, not the description closing it (session 20, refs12)."""


def _fronted_possessives(
    ms: list[Mention], toks: list[Token], lex: Lexicon, registry: Registry
) -> None:
    """A possessive in a fronted phrase with no name of its own belongs to the subject that
    follows the phrase ("Pour remplir ses cales, la compagnie ...", "To fund its plant, Velmora
    ..."); "Après le rachat de X et de ses filiales, Y" keeps X."""
    if not toks or not (toks[0].norm in _FRONT_OPENERS or participle_opening(toks, 0, lex)):
        return
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None:
        return
    subject = next((o for o in ms if o.first > comma and o.kind in (NAME, ANAPHOR)
                    and not _named_thing(o, toks)), None)
    if subject is not None:  # "Pour son projet ..., baptisé X, l'entreprise": the last comma
        comma = max(k for k in range(comma, subject.first) if toks[k].text == ",")
    between = toks[comma + 1:subject.first] if subject is not None else []
    if subject is None or len(between) > 4 or _org_of(subject, registry) is None or any(
            not t.text.islower() or t.norm in lex.prepositions and t.norm not in lex.determiners
            for t in between):
        return  # "le cimentier Vicort", "the German group Velmora": the subject
    owner = subject.resolved[0]
    for m in ms:
        if m.first > comma:
            break
        if m.kind in (NAME, ANAPHOR, PLURAL) and not _named_thing(m, toks):
            return  # the phrase names someone: its possessive may be theirs
        if m.kind == PRONOUN and m.possessive:
            m.candidates = (owner,) + tuple(c for c in m.candidates if c != owner)


def _named_thing(m: Mention, toks: list[Token]) -> bool:
    """True for a name a naming participle gives a thing ("son projet, baptisé X", "its plant,
    to be called X"): no party a possessive before it could belong to."""
    norms = [t.norm for t in toks]
    return any(m.first >= len(p) and tuple(norms[m.first - len(p):m.first]) == p
               for p in _NAMING)


_SOURCE_PREPS = frozenset({"selon", "according", "apres", "d'apres", "as", "comme", "after",
                           "before", "since", "until", "than", "avant", "que"})
"""Words before a description that make it no complement: a source ("selon la société") or
a conjunction that may open a clause ("after the company reported")."""


def _cited(o: Mention, norms: list[str]) -> bool:
    """True when a name is what a source cue cites ("according to X", "selon X", "d'après
    X"): a source the sentence quotes on another company, never that company."""
    k = o.first
    return k > 0 and (norms[k - 1] == "selon" or norms[k - 1] in ("apres", "d'apres") and (
        k > 1 and norms[k - 2] == "d'" or norms[k - 1] == "d'apres")
        or norms[k - 1] == "to" and k > 1 and norms[k - 2] == "according")


def _complement(m: Mention, norms: list[str], lex: Lexicon) -> bool:
    """True when a description is the complement of a preposition or of a noun ("de la
    société", "du groupe", "stake in the company"), not a source ("according to the company",
    "selon la société", "d'après le groupe")."""
    k = m.first
    if norms[k] in ("du", "des", "au", "aux"):
        return norms[k - 1] not in _SOURCE_PREPS if k > 0 else False
    return k > 0 and norms[k - 1] in lex.prepositions and norms[k - 1] not in _SOURCE_PREPS \
        and not (k > 1 and norms[k - 2] in _SOURCE_PREPS)


def _not_excluded(
    m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon, registry: Registry,
    kind: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """A description's candidates without the entities it cannot be: the subject of its own
    clause when it is a complement there ("Trelmor, actionnaire depuis la création de la
    société", "X, qui prendra 20 % du groupe", "the fund raised its stake in the company"),
    and the names inside a fronted participle phrase it closes as subject ("Fondée par P,
    ancienne ingénieure de Korvane, la start-up ...", "Founded by Quarnel Ventures, the
    company ..."): those phrases describe the description, so a name in them is another
    party; and the subject of a relation verb whose object the description is, when the
    article called other companies by its noun (`kind`) and never that subject ("Tarvex has
    looked at buying the brand": one of the brands, not Tarvex)."""
    norms = [t.norm for t in toks]
    cited = {e for o in ms if o.kind == NAME and o.first < m.first and _cited(o, norms)
             for e in o.resolved}  # "According to X, the bank ...": not X
    out = tuple(c for c in m.candidates if c not in cited)
    if m.first > 0:  # "le belge X, que le groupe lyonnais retrouvera", "Kandor, which the
        # company has supplied since 2019": an object relative's antecedent is not its subject
        head = _object_relative_antecedent(m, m.first - 1, toks, ms)
        out = tuple(c for c in out if c not in head)
    if _complement(m, norms, lex):
        owner = _clause_subject(m, ms, toks, lex, registry, strict=True) \
            or _lead_subject(m, ms, toks, lex, registry)
        apposed = _apposition_head(m, ms, toks, lex)
        out = tuple(c for c in out if c not in (owner, apposed))
    elif kind and _verb_object(m, toks, lex):  # "Tarvex looked at buying the brand"
        owner = _clause_subject(m, ms, toks, lex, registry, strict=True)
        out = tuple(c for c in out if c != owner or c in kind)
    elif (m.possessive or m.last < len(toks) and toks[m.last].kind == "poss") \
            and _after_copula(m, toks):  # "X remains the group's biggest client": not X
        owner = _clause_subject(m, ms, toks, lex, registry, strict=True)
        out = tuple(c for c in out if c != owner)
    elif leading(m, toks, lex) and m.first > 2 and (participle_opening(toks, 0, lex)
                                                     or toks[0].norm in _FRONT_OPENERS
                                                     or toks[0].norm in _FRONT_NOUNS):
        inside = {e for o in ms if o.kind == NAME and o.last <= m.first for e in o.resolved}
        out = tuple(c for c in out if c not in inside)
    if m.last + 1 < len(toks) and toks[m.last].text == "," \
            and toks[m.last + 1].norm in _SUBJECT_RELATIVES:
        end = next((k for k in range(m.last + 2, len(toks)) if toks[k].text in (",", ";", ".")),
                   len(toks))  # "L'entreprise, qui livre déjà à Quistor les pompes, ...":
        inside = {e for o in ms if o.kind == NAME and m.last + 1 < o.first < end  # its own
                  for e in o.resolved}  # clause names another party, never the description
        out = tuple(c for c in out if c not in inside)
    return out


_TOPIC_PREPS = frozenset({"pour", "chez", "for", "at", "a", "au"})
"""Prepositions of a phrase that opens a sentence with its topic ("Pour X,", "Chez X,", "For
X,", "At X,", "Quant à X,", "As for X,"); not "like", "unlike", "after" (another company)."""


def _fronted_topic(o: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True for a name in a prepositional phrase that opens the sentence and ends with a comma
    ("Pour Velmora, la cession ...", "For Kandor, the deal ...", "Chez Quistor, on ..."): the
    sentence's topic, which a description after it continues."""
    if not (0 < o.first <= 3 and o.last < len(toks) and toks[o.last].text == ","):
        return False
    before = [t.norm for t in toks[:o.first] if t.norm not in lex.determiners]
    return bool(before) and before[-1] in _TOPIC_PREPS and (
        len(before) == 1 or tuple(before) in _TOPIC_OPENERS)


def _verb_object(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when a description is the direct object of a relation verb ("taking the brand",
    "X a racheté la société", "supplies the group"): a relation holds between two parties,
    so the object is not the verb's subject. Other verbs ("restructure the company", "expand
    the group's plant") often have the subject's own company as object: they are left out,
    and so is a possessive description."""
    if m.first < 1 or m.possessive or m.last < len(toks) and toks[m.last].kind == "poss":
        return False  # "uses the company's trucks": left as it was (an unread wrong edge)
    w = toks[m.first - 1]
    if w.kind != "word" or not w.text.islower() or w.norm in lex.prepositions:
        return False
    return match_ending_at([t.norm for t in toks], m.first, _trigger_phrases(lex)) is not None


_TRIGGER_PHRASES: dict[tuple[str, int], tuple[tuple[str, ...], ...]] = {}


def _trigger_phrases(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """Every phrase a frame of the language is triggered by ("taking", "a racheté")."""
    key = (lex.language, len(lex.triggers))
    if key not in _TRIGGER_PHRASES:
        _TRIGGER_PHRASES[key] = tuple(sorted(
            {p for frames in lex.triggers.values() for _, p in frames}, key=lambda p: -len(p)))
    return _TRIGGER_PHRASES[key]


def _owner_org(m: Mention, ms: list[Mention], bosses: dict[str, str]) -> str | None:
    """The organisation of the person a description names ("le groupe de P"), if the article
    gives P a role in one."""
    person = next((o for o in ms if o.kind == NAME and o.first == m.owner), None)
    return bosses.get(person.entity or "") if person is not None else None


ROLE_OF = frozenset({"de", "d'", "du", "of", "at", "chez"})
"""Prepositions before the organisation of a role ("directeur de X", "chief executive of X"):
a name right after one is no role holder; also before an employer in an apposition (roles.py:
"P, directeur de Q", "a partner at Q")."""


def _role_orgs(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry
) -> dict[str, str]:
    """People and the organisation a role apposition gives them: "P, président-directeur
    général de O", "P, chief executive of O" (person id -> organisation id)."""
    out: dict[str, str] = {}
    for s, ms in enumerate(sentences):
        norms = [t.norm for t in tokens[s]]
        for a, m in enumerate(ms):
            if m.kind != NAME or not m.entity or m.last >= len(norms) or norms[m.last] != ",":
                continue
            if m.first > 0 and norms[m.first - 1] in ROLE_OF:
                continue  # "P, directeur industriel de X, nommé directeur général de Y": X is
                # the organisation of P's first role, not a person (session 20)
            nxt = ms[a + 1] if a + 1 < len(ms) else None
            if nxt is None or nxt.kind != NAME or not nxt.entity \
                    or registry.type_of(nxt.entity) not in ORG_TYPES \
                    or nxt.first - m.last > 7 or norms[nxt.first - 1] not in ("de", "d'", "of"):
                continue
            if any(match_at(norms, k, lex.keys["roles"]) for k in range(m.last + 1, nxt.first)) \
                    and not any(w in (",", ";") for w in norms[m.last + 1:nxt.first]):
                out.setdefault(m.entity, nxt.entity)
    return out


_THING_PRONOUNS = frozenset({"it", "its"})
"""Pronouns that never stand for a person: a company description and these never go to a
name the article gives a role."""


def _role_holders(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry
) -> dict[str, str]:
    """Names a role apposition calls people before the relation stage types them ("P,
    Velmora's co-founder and chief executive,", "P, directrice générale de la société,"): a
    role noun within six words after the comma, no comma between (person id -> the company
    of a possessive before the role, "Velmora's", else ""). A description ("the start-up",
    "la société") is never one of them."""
    out: dict[str, str] = {}
    for s, ms in enumerate(sentences):
        norms = [t.norm for t in tokens[s]]
        for a, m in enumerate(ms):
            if m.kind != NAME or not m.entity or m.last >= len(norms) or norms[m.last] != "," \
                    or len(m.text.split()) < 2:
                continue  # a person's name has two words at least ("Quistor, fondateur du
                # consortium" is a company)
            if m.first > 0 and norms[m.first - 1] in ROLE_OF:
                continue  # "P, head of operations at X, chief executive of Y": X is no person
            nxt_name = ms[a + 1] if a + 1 < len(ms) else None
            for k in range(m.last + 1, min(len(norms), m.last + 7)):
                inside = nxt_name is not None and nxt_name.first <= k <= nxt_name.last
                if not inside and match_at(norms, k, lex.keys["roles"]):
                    nxt = ms[a + 1] if a + 1 < len(ms) else None
                    org = nxt.entity if nxt is not None and nxt.kind == NAME and nxt.entity \
                        and nxt.first == m.last + 1 and nxt.last + 1 == k \
                        and norms[nxt.last] == "'s" \
                        and registry.type_of(nxt.entity) in ORG_TYPES else None
                    out[m.entity] = org or ""
                    break
                if not (inside or norms[k] in lex.determiners or _possessive_at(tokens[s], k)):
                    break  # only a determiner, a possessive or "Velmora's" before the role
    return out


def _possessive_at(toks: list[Token], k: int) -> bool:
    """True for a possessive token ("'s", "son", "its") at k."""
    return toks[k].kind == "poss" or toks[k].norm in _SINGULAR_POSSESSIVES


def _conjoined(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """True when b follows a in a coordination ("A et B", "A, B and C")."""
    between = [t.norm for t in toks[a.last:b.first]]
    return bool(between) and len(between) <= 3 and all(w in _CONJ for w in between) \
        and any(w in ("et", "and", "ou", "or") for w in between)


def _coordinated_names(ms: list[Mention], toks: list[Token],
                       groups: list[tuple[str, ...]]) -> frozenset[int]:
    """The ids of the names the sentence coordinates with another company (`groups`: the
    units of several names, "Harvest House and Spanish propagator Semilleros buy its
    varieties", "Vinci et Eiffage louent ses grues"): as a subject they act together, so a
    singular reference ("it", "its", "son", "the company") is neither of them."""
    out: set[int] = set()
    names = [m for m in ms if m.kind == NAME and m.entity]
    for g in groups:
        if len(set(g)) < 2:
            continue
        for a, b in zip(names, names[1:], strict=False):  # the two mentions the unit joined
            if a.entity in g and b.entity in g and a.entity != b.entity \
                    and b.first - a.last <= 6 and any(
                        t.norm in ("and", "et", ",") for t in toks[a.last:b.first]):
                out.update((id(a), id(b)))
    return frozenset(out)


_LIST_BREAKS = frozenset({";", ":", "(", "qui", "que", "qu'", "which", "that", "who", "dont",
                          "whose", "mais", "but", "tandis", "while", "whereas", "alors"})
LISTED_REACH = 8
"""Tokens at most between two possessives of one list ("sa marque, ses salariés à X et son
partenariat")."""


def _listed_owner(m: Mention, ms: list[Mention], toks: list[Token]) -> str | None:
    """The owner of the singular possessive before m in the same list of things ("qui
    conservera sa marque, ses douze salariés à Labège et son partenariat avec Y": "son" is
    the owner of "sa" and "ses", not the town between), when "et" / "and" or a comma joins
    them and nothing opens another clause."""
    if toks[m.first].norm not in _SINGULAR_POSSESSIVES:
        return None
    before = [o for o in ms if o.kind == PRONOUN and o.possessive and o.last <= m.first
              and o is not m and toks[o.first].norm in _SINGULAR_POSSESSIVES]
    if not before or not before[-1].candidates or m.first - before[-1].last > LISTED_REACH:
        return None
    between = [t.norm for t in toks[before[-1].last:m.first]]
    if not between or between[-1] not in ("et", "and", ",") or any(
            w in _LIST_BREAKS for w in between):
        return None
    return before[-1].candidates[0]


def leading(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when the mention opens its sentence (after an introductory phrase and comma)."""
    before = [t for t in toks[:m.first] if t.norm not in lex.determiners]
    if len(before) >= 3 and [t.norm for t in before[-2:]] == ["-", "based"]:
        k = len(before) - 2  # "Los Angeles-based Velmora runs": a place before "-based"
        while k > 0 and (before[k - 1].text[:1].isupper() or before[k - 1].norm in ("-", ".")):
            k -= 1
        before = before[:k] if k < len(before) - 2 else before
    return not before or before[-1].text == ","


def _role_lead(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when the description is the complement of a title that opens its sentence (after
    an introductory phrase and comma): "Selon X, le directeur industriel du groupe, P, ...",
    "The chief executive of the company, P, ...": it stands where the sentence's subject
    would, and opening a paragraph goes back to the article's company like one."""
    norms = [t.norm for t in toks[:m.first]]
    j = len(norms)
    if j and norms[j - 1] in ("de", "d'", "of"):
        j -= 1
    role = match_ending_at(norms, j, lex.keys["roles"]) if j else None
    if role is None:
        return False
    k = j - len(role)
    while k > 0 and norms[k - 1] in lex.determiners:
        k -= 1
    return k == 0 or norms[k - 1] == ","


_CLAUSE_CONJ = frozenset({";", ":", "and", "et", "but", "mais", "or", "ou", "while", "tandis",
                          "alors", "whereas"})
_SUBJECT_RELATIVES = frozenset({"qui", "which", "who", "that"})


def _opens_clause(m: Mention, norms: list[str], lex: Lexicon) -> bool:
    """True when nothing but a clause boundary stands before the mention: the sentence start,
    a comma, a conjunction, "que"/"that", a relative pronoun or a speech verb ("said X")."""
    j = m.first - 1
    while j >= 0 and (norms[j] in lex.determiners or norms[j] in lex.nationalities):
        j -= 1
    if j < 0:
        return True
    w = norms[j]
    return w == "," or w in _CLAUSE_CONJ or w in lex.complementizers \
        or w in lex.relative_pronouns \
        or match_ending_at(norms, j + 1, lex.speech_verbs) is not None \
        or (w in lex.clause_prepositions and _clause_verb_follows(m, norms, lex))


_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})


def _opens_own_clause(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when a description opens its clause ("; the firm also holds", "a répondu que « le
    groupe reste indépendant"): a quote mark before it is no word of the clause."""
    j = m.first
    while j > 0 and toks[j - 1].text in _QUOTE_MARKS:
        j -= 1
    return _opens_clause(replace(m, first=j), [t.norm for t in toks], lex)


def _clause_verb_follows(m: Mention, norms: list[str], lex: Lexicon) -> bool:
    """True when a lower-case word that is no function word follows the mention: after a
    preposition that also opens clauses ("after Kandor closed its purchase of Y"), the name is
    that clause's subject; "after Kandor's exit" (a possessive) and "after Kandor and Y" stay
    prepositional (session 15, typeprec)."""
    if m.possessive or m.last >= len(norms):
        return False
    w = norms[m.last]
    return w.isalpha() and w not in lex.prepositions and w not in lex.determiners \
        and w not in lex.function_words and w not in _CLAUSE_CONJ


def _clause_subject(
    m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon, registry: Registry,
    strict: bool = False, joined: frozenset[int] = frozenset(),
) -> str | None:
    """The organisation a possessive pronoun belongs to: the subject of its own clause ("and
    Quistor is set to complete its purchase of X", "Korvane est talonnée par sa rivale Y"),
    or the antecedent of the subject relative pronoun it follows ("X, qui a vendu sa
    filiale"). None when no earlier mention of the sentence is in subject position, when
    that subject is not an organisation (the usual ranking then decides), or when a singular
    possessive follows a subject coordinated with another name (`joined`: "A and B buy its
    varieties")."""
    roles: list[tuple[Mention, bool]] = []
    norms = [t.norm for t in toks]
    for o in ms:
        if o.first >= m.first:
            break
        between = [t.norm for t in toks[roles[-1][0].last:o.first]] if roles else []
        if roles and (between == [","] or (len(between) == 1 and between[0] in (
                "and", "et", "or", "ou"))):
            roles.append((o, roles[-1][1]))  # "A, B et C": like the first member
        else:
            roles.append((o, _opens_clause(o, norms, lex)))
    last_end = m.first
    for o, subject in reversed(roles):
        words = [t.norm for t in toks[o.last:last_end]]
        if any(w in _SUBJECT_RELATIVES for w in words) and not any(
                r for r in roles if r[0].first > o.first and r[1]):
            if strict and not _relative_of(o, words, norms, lex):
                return None
            if o.kind == PLURAL and toks[m.first].norm in _SINGULAR_POSSESSIVES:
                return None  # "Ces deux actionnaires, qui avaient recapitalisé X à sa sortie"
            return _org_of(o, registry)  # "X, le fonds qui avait racheté sa filiale"
        last_end = o.first
        if not subject or (o.kind == PRONOUN and o.possessive) or o.kind == PLURAL:
            continue
        if strict and _clause_break(toks, o.last, m.first, ms, lex):
            return None  # "X took a stake in Y, whose plants serve the retailer": another clause
        if id(o) in joined and toks[m.first].norm in _SINGULAR_POSSESSIVES:
            return None  # "A and B buy its varieties": "its" is neither's
        return _org_of(o, registry)
    return None


_BOUNDARIES = frozenset({",", ";", ":", "(", "que", "qu'", "that", "qui", "which", "who", "et",
                         "and", "mais", "but", "dont", "whose"})


def _clause_break(
    toks: list[Token], a: int, b: int, ms: list[Mention], lex: Lexicon
) -> bool:
    """True when a clause boundary stands between tokens a and b; the comma opening a name's
    apposition ("à Quistor Industrie, la division du groupe") is none."""
    ends = {o.last for o in ms if o.kind == NAME}
    k = a
    while k < b:
        aside = _aside_end(toks, k) if toks[k].text == "," else 0
        if aside and aside < b:
            k = aside + 1  # "X a, pour sa part, accordé un prêt à la PME": one clause
            continue
        if toks[k].norm in _BOUNDARIES and not (
                toks[k].text == "," and k in ends and k + 1 < len(toks)
                and toks[k + 1].norm in lex.determiners):
            return True
        k += 1
    return False


_ASIDES = frozenset({
    ("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "cote"),
    ("de", "leur", "cote"), ("quant", "a", "lui"), ("quant", "a", "elle"), ("elle", "aussi"),
    ("lui", "aussi"), ("en", "outre"), ("par", "ailleurs"), ("toutefois",), ("cependant",),
    ("neanmoins",), ("for", "its", "part"), ("for", "their", "part"), ("in", "turn"),
    ("however",), ("meanwhile",), ("too",)})
"""Asides set off by two commas inside a clause ("X a, pour sa part, accordé ...", "X has,
for its part, lent ..."): no clause boundary (session 20, refs12)."""


def _aside_end(toks: list[Token], k: int) -> int:
    """The token of the comma closing an aside (`_ASIDES`) that the comma at k opens, else 0."""
    for aside in _ASIDES:
        e = k + 1 + len(aside)
        if e < len(toks) and toks[e].text == "," \
                and tuple(t.norm for t in toks[k + 1:e]) == aside:
            return e
    return 0


def _lead_subject(
    m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon, registry: Registry
) -> str | None:
    """The organisation opening the sentence as subject when nothing but one clause's words
    stand between it and the mention ("Par sa filiale X, la holding deviendra l'actionnaire
    du club": the holding)."""
    fronted = bool(toks) and (toks[0].norm in lex.prepositions
                              or participle_opening(toks, 0, lex))
    for o in ms:
        if o.first >= m.first:
            break
        if o.kind in (NAME, ANAPHOR) and leading(o, toks, lex) \
                and not _fronted_topic(o, toks, lex) \
                and (fronted or all(t.norm in lex.determiners for t in toks[:o.first])) \
                and not _clause_break(toks, o.last, m.first, ms, lex):
            return _org_of(o, registry)
    return None


_RELATIONAL_NOUNS = frozenset({
    "actionnaire", "client", "partenaire", "concurrent", "rival", "fournisseur", "filiale",
    "investisseur", "proprietaire", "maison", "division", "shareholder", "customer", "partner",
    "competitor", "supplier", "subsidiary", "investor", "owner", "backer", "unit", "parent"})
"""Nouns that open an apposition without an article and say how a name stands to another
company ("X, actionnaire depuis la création de la société", "X, parent of the group")."""


def _apposition_head(m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon) -> str:
    """The name whose apposition holds the description ("Saur Industrie, la division eaux
    industrielles du groupe", "Velmora Labs, the research unit of the company"): a part or
    a relation of the description's company, not that company."""
    for o in reversed(ms):
        if o.first >= m.first or o.kind != NAME or not o.entity:
            continue
        if _fronted_topic(o, toks, lex):
            return ""  # "Pour X, la cession permet au groupe": a topic, no apposition
        between = [t.norm for t in toks[o.last:m.first]]
        if len(between) >= 3 and between[0] == "," and (
                between[1] in lex.determiners or between[1] in _RELATIONAL_NOUNS) \
                and not any(w in _BOUNDARIES for w in between[1:]) \
                and not any(match_at(between, k, lex.speech_verbs) for k in range(1, len(between))):
            return o.entity  # "X, la division du groupe", "X, actionnaire de la société"
        return ""
    return ""


def _relative_of(o: Mention, words: list[str], norms: list[str], lex: Lexicon) -> bool:
    """True when the relative pronoun in `words` (the tokens after o) has o as antecedent for
    sure: right after it or after an apposition set off by commas ("X qui", "X, qui", "X, le
    fonds souverain, qui"); not after a noun of its own ("X, une opération qui") nor when o
    is a noun's complement ("P, directeur de X, qui": P may be the antecedent)."""
    if o.first > 0 and norms[o.first - 1] in ("de", "d'", "of", "du"):
        return False
    r = next(i for i, w in enumerate(words) if w in _SUBJECT_RELATIVES)
    pre = words[:r]
    return len(pre) <= 1 and pre in ([], [","]) or (
        len(pre) > 2 and pre[0] == "," and pre[-1] == "," and pre[1] in lex.determiners
        and "," not in pre[1:-1])



_QUANTIFIERS = frozenset({"one", "two", "three", "four", "several", "both", "all", "of", "l'un",
                          "l'une", "un", "une", "deux", "trois", "quatre", "plusieurs", "tous",
                          "de", "d'", "des", "among", "parmi"})


def _apposed_to(m: Mention, ms: list[Mention], toks: list[Token]) -> frozenset[str]:
    """The entities a possessive pronoun's apposition is set off from ("Quistor, son client
    depuis 2021,", "Zentrix, its parent,", "A and B, two of its customers,"): never the
    pronoun's own antecedent."""
    k = m.first - 1
    while k > 0 and toks[k].norm in _QUANTIFIERS and m.first - k <= 3:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return frozenset()
    out: list[str] = []
    end = k
    for o in reversed(ms):
        if o.last > end:
            continue
        gap = [t.norm for t in toks[o.last:end]]
        if o.last != end and not (len(gap) == 1 and gap[0] in ("and", "et", ",", "or", "ou")):
            break
        out.extend(o.resolved)
        end = o.first
    return frozenset(out)


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "remain", "remains", "remained",
                      "become", "becomes", "became", "est", "etait", "sera", "serait", "reste",
                      "restera", "resterait", "devient", "deviendra", "demeure", "devenu"})


def _after_copula(m: Mention, toks: list[Token]) -> bool:
    """True when a possessive follows a copula ("X remains its largest customer", "X est
    son premier actionnaire"): the predicate names something other than the subject."""
    k = m.first - 1
    while k >= 0 and m.first - k <= 3 and toks[k].norm in _QUANTIFIERS:
        k -= 1
    if k > 0 and toks[k].norm in _COPULA_ADVERBS:
        k -= 1  # "X is now its largest customer", "X est désormais son premier client"
    return k >= 0 and toks[k].norm in _COPULAS


_COPULA_ADVERBS = frozenset({"now", "still", "already", "also", "currently", "desormais",
                             "toujours", "deja", "aussi", "egalement", "aujourd'hui"})
"""Adverbs between a copula and its predicate."""


def _org_of(m: Mention, registry: Registry) -> str | None:
    """The organisation a subject mention stands for; a named outlet is one too ("BFMTV est
    talonnée par sa rivale X")."""
    ids = m.resolved
    if not ids:
        return None
    etype = registry.type_of(ids[0])
    return ids[0] if etype in ORG_TYPES or (m.kind == NAME and etype == EntityType.PUBLISHER) \
        else None


def _pronoun(
    m: Mention, s: int, toks: list[Token], seen: list[_Seen], leads: list[str | None],
    registry: Registry, lex: Lexicon, ms: list[Mention] | None = None,
) -> tuple[str, ...]:
    """Antecedents of "it"/"il"/"elle": the previous sentence's lead subject for a pronoun
    opening its sentence; the clause subject mid-sentence; the most recent entity after a
    preposition ("relies on it")."""
    pool = ORG_TYPES | ({EntityType.PERSON} if lex.language == "fr" else frozenset())
    if fold(m.text).replace(" - ", "-") in LATTER:  # "ce dernier", "the latter": the last
        last = [i.entity for i in reversed(seen) if i.sentence >= s - 1  # company named
                and registry.type_of(i.entity) in ORG_TYPES]  # before it (session 19)
        return (last[0],) if last else ()
    k = m.first - 1
    while k >= 0 and toks[k].kind == "punct" and toks[k].text in "«\"“(":
        k -= 1
    if k < 0:
        prev = leads[s - 1] if s > 0 else None
        first = min((i for i in seen if i.sentence == s - 1
                     and registry.type_of(i.entity) in ORG_TYPES),
                    key=lambda i: i.token, default=None) if prev is None and s > 0 else None
        if first is not None and first.subject and not first.coordinated:  # "In January the
            prev = first.entity  # company agreed to buy Y. It has also ...": the subject, the
            # sentence's first company (not one of two joined by "and")
        return (prev,) if prev and registry.type_of(prev) in pool else ()
    if toks[k].norm in lex.prepositions:
        recent = [i.entity for i in reversed(seen) if i.sentence >= s - 1
                  and registry.type_of(i.entity) in pool]
        listed = _listed_relative(m, toks, ms or [], lex)
        if listed is not None:  # "counts among its customers A, as well as B, which buys
            recent = [i.entity for i in seen if i.sentence == s and i.subject  # from it": the
                      and i.token < listed and i.entity in recent] + recent  # main subject
        return tuple(dict.fromkeys(recent))
    if ms and (topic := _quant_a_topic(m, k, toks, ms, registry)) is not None:
        return (topic,)  # "Quant à X, elle se fournit auprès de Y": elle = X (session 16)
    if ms and _is_object_it(m, k, toks, lex) \
            and (held := _held_in_subject_relative(m, ms, toks, lex, registry)) is not None:
        return (held,)  # "Quistor, which owned Kandor, sold it to Y": it = Kandor
    named = _object_relative_antecedent(m, k, toks, ms or [])
    subjects = [i for i in seen if i.sentence == s and i.subject
                and registry.type_of(i.entity) in pool and i.entity not in named]
    if subjects and all(i.coordinated for i in subjects):
        return ()  # "A and B formed a venture ... and sell it": "it" is neither, nor an
        # earlier sentence's company
    same = [i.entity for i in subjects if not i.coordinated]
    if same:
        return tuple(dict.fromkeys(same))
    prev = leads[s - 1] if s > 0 else None
    return (prev,) if prev and registry.type_of(prev) in pool else ()


_LIST_COORDINATORS_EN = frozenset({"and"})
_LIST_COORDINATOR_PAIRS_EN = frozenset({("well", "as"), ("but", "also")})


def _listed_relative(m: Mention, toks: list[Token], ms: list[Mention], lex: Lexicon) -> int | None:
    """The first token of the English relative's antecedent the pronoun at m is in, when
    that antecedent closes a list ("A, as well as B, which buys from it", "A and the shops
    of B, which ordered from it": B's fellow members are not "it"; session 25, relclitic),
    else None."""
    if lex.language != "en":
        return None
    k = m.first - 1
    while k >= 1 and m.first - k < 12 and toks[k].kind != "punct":
        if toks[k].norm in lex.relative_pronouns and toks[k - 1].text == ",":
            o = next((o for o in ms if o.last == k - 1 and not o.clitic), None)
            if o is None:
                return None
            j = o.first - 1
            while j >= 1 and o.first - j <= 5 and toks[j].kind != "punct":
                if toks[j].norm in _LIST_COORDINATORS_EN \
                        or (toks[j - 1].norm, toks[j].norm) in _LIST_COORDINATOR_PAIRS_EN:
                    return o.first
                j -= 1
            return None
        k -= 1
    return None


def _dative(
    m: Mention, s: int, ms: list[Mention], toks: list[Token], seen: list[_Seen],
    leads: list[str | None], topic: str | None, registry: Registry, lex: Lexicon,
) -> tuple[str, ...]:
    """Antecedents of a French dative clitic ("X, qui lui livre", "Airbus lui confie",
    `Mention.clitic`): never its own verb's subject (`_dative_subject`); first a company the
    sentence has as subject before it ("A compte parmi ses clients B, qui lui a commandé": A;
    "le fonds X a souscrit à une augmentation de capital lui donnant 30 %": X, the verb's
    subject being a thing), else the previous sentence's lead, else the article's company,
    else the most recent companies."""
    own, thing = _dative_subject(m, ms, toks, seen, s, lex)
    for o in ms:  # "A, qui lui commande des relevés, et B, qui lui a confié ...": A is a
        k = o.last + (2 if [t.norm for t in toks[o.last:o.last + 2]] == [",", "qui"] else 0)
        if k < len(toks) and toks[k].norm in DATIVE_CLITICS:  # customer like B, no antecedent
            own = own | set(o.resolved)
    orgs = [i.entity for i in seen if registry.type_of(i.entity) in ORG_TYPES
            and i.entity not in own]
    subjects = [i.entity for i in seen if i.sentence == s and i.subject and i.token < m.first
                and i.entity in orgs]
    if thing:  # "le fonds X, qui a souscrit à une augmentation de capital lui donnant": X
        subjects = [i.entity for i in reversed(seen) if i.sentence == s
                    and i.token < m.first and i.entity in orgs][:1] + subjects
    prev = leads[s - 1] if s > 0 else None
    ranked = [*subjects, *([prev] if prev in orgs else []),
              *([topic] if topic in orgs else []), *reversed(orgs)]
    return tuple(dict.fromkeys(ranked))


_DATIVE_AUX = frozenset({"ne", "n'", "doit", "doivent", "va", "vont", "vient", "viennent",
                         "de", "d'", "pour", "pourrait", "devrait", "peut", "peuvent"})


def _dative_subject(m: Mention, ms: list[Mention], toks: list[Token], seen: list[_Seen],
                    s: int, lex: Lexicon) -> tuple[set[str], bool]:
    """The entities of the subject of a dative clitic's verb, which the clitic never stands
    for: the name after the verb of an object relative ("que lui fournit Y"), the antecedent
    of "qui" ("Y, qui lui livre"), a name right before ("Y lui confie", "A et B lui
    confient"), the clause subject before an apposition or of an infinitive ("Y, autre cliente
    de Z, vient de lui renouveler", "Y n'envisage pas de lui confier"). With True when a
    noun right before is the subject ("une augmentation de capital lui donnant 30 %"): the
    clitic then stands for the company named last before it."""
    k = m.first - 1
    while k >= 0 and toks[k].norm in _DATIVE_AUX:
        k -= 1
    infinitive = k + 1 < m.first and toks[k + 1].norm in ("de", "d'", "pour")
    subject = [i.entity for i in seen if i.sentence == s and i.subject and i.token < m.first]
    if k >= 0 and toks[k].norm in ("que", "qu'"):
        after = next((o for o in ms if o.first > m.first and o.kind == NAME), None)
        return (set(after.resolved) if after is not None and after.first <= m.first + 3
                else set()), False
    relative = k >= 0 and toks[k].norm == "qui"
    if relative:
        k -= 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
    ending = [o for o in ms if o.last == k + 1 and not (o.kind == PRONOUN and o.possessive)]
    if ending:
        own = set(ending[0].resolved)
        q = ending[0].first  # "Carrefour et Intermarché lui confient": both
        while q >= 2 and toks[q - 1].norm in ("et", ",") and (
                o := next((o for o in ms if o.last == q - 1 and o.kind == NAME), None)):
            own.update(o.resolved)
            q = o.first
        return own, False
    if relative:
        return set(), False  # "une opération qui doit lui permettre": a thing's relative
    if k >= 0 and (toks[k].text == "," or infinitive):
        return set(subject[-1:]), False  # "Y, autre cliente de Z, vient de lui ...": Y
    return set(), k >= 0 and toks[k].kind == "word" and toks[k].text.islower() \
        and toks[k].norm not in lex.nationalities and not place_adjective(toks[k].norm, lex) \
        and toks[k].norm not in lex.org_heads  # not "l'allemand lui donne accès"


OBJECT_RELATIVES = frozenset({"which", "whom", "que", "qu'", "lequel", "laquelle"})
"""Relative pronouns that open a clause with its own subject ("the plant, which it builds");
modality.py adds "that"."""


def _object_relative_antecedent(m: Mention, k: int, toks: list[Token],
                                ms: list[Mention]) -> frozenset[str]:
    """The entities of the name an object relative pronoun at token k stands for, when the
    pronoun m is that clause's subject right after it: "the Tarvo plant, which it is building
    for Y", "l'usine Tarvo, qu'il construit pour Y" (it is not the plant). "que" only after
    a comma (else it is often "that": "a annoncé qu'il")."""
    word = toks[k].norm
    if word not in OBJECT_RELATIVES or (word in ("que", "qu'") and (
            k == 0 or toks[k - 1].norm != ",")):
        return frozenset()
    before = [o for o in ms if o.last <= k and o.first >= k - 8 and o is not m]
    if not before or any(t.text in ";:()«»\"“”" for t in toks[before[-1].last:k]):
        return frozenset()
    return frozenset(before[-1].resolved)


_TOPIC_OPENERS = frozenset({("quant", "a"), ("quant", "au"), ("quant", "aux"), ("as", "for")})
_QUANT_A_BREAKS = frozenset({"avec", "de", "d'", "du", "des", "entre", "sur", "pour", "chez",
                             "contre", "dans", "a", "au", "aux", "with", "of", "between",
                             "on", "for", "at", "in", "against"})


def _quant_a_topic(
    m: Mention, k: int, toks: list[Token], ms: list[Mention], registry: Registry,
) -> str | None:
    """The company a sentence opens with after "Quant à" / "As for" when the pronoun at m
    comes right after the comma that closes that phrase (session 16, french2): "Quant à
    Velmora, elle se fournit auprès de Y", "Quant au groupe Velmora, il ...", "As for X, it
    buys ...": the pronoun takes it up; None otherwise (a phrase holding more than one name,
    or the name behind a preposition: "Quant à la rivalité avec X, elle ...")."""
    if k < 3 or toks[k].text != "," or (toks[0].norm, toks[1].norm) not in _TOPIC_OPENERS \
            or any(t.text in ",;:" for t in toks[2:k]):
        return None
    named = [o for o in ms if o.first < k and o is not m]
    if len(named) != 1 or named[0].kind == PRONOUN \
            or any(t.norm in _QUANT_A_BREAKS for t in toks[2:named[0].first]):
        return None  # "Quant à la rivalité avec X, elle ...": elle is the rivalry
    ids = named[0].resolved
    return ids[0] if len(ids) == 1 and registry.type_of(ids[0]) in ORG_TYPES else None


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "—", "–"})
"""Marks that end or interrupt a clause: a main clause read whole (`_held_in_subject_relative`)
holds none."""


def _held_in_subject_relative(
    m: Mention, ms: list[Mention], toks: list[Token], lex: Lexicon, registry: Registry,
    whole_clause: bool = False,
) -> str | None:
    """The one company named in a relative clause set off after the sentence's subject
    ("Quistor, which owned Kandor, sold it"), when only the main verb stands between that
    clause's closing comma and the object pronoun m; None otherwise. With `whole_clause`
    (a generic description, session 22) any words of the main clause may stand between, no
    other mark of punctuation: "Norwick, which bought a stake in Brelvan in 2021, will put
    $50 million more into the company" (the company is Brelvan: a description in its own
    clause does not take up that clause's subject, which "it"/"its" would)."""
    before = [o for o in ms if o.last <= m.first]
    if len(before) != 2 or before[0].kind != NAME or before[1].kind != NAME:
        return None
    subj, held = before
    if subj.first != 0 and not (subj.first == 1 and toks[0].norm in lex.determiners):
        return None
    opening = [t.norm for t in toks[subj.last:held.first]]
    closing = toks[held.last:m.first]
    if len(opening) < 3 or opening[0] != "," or opening[1] not in _SUBJECT_RELATIVES \
            or any(w == "," for w in opening[2:]):
        return None
    commas = [i for i, t in enumerate(closing) if t.text == ","]
    main = closing[commas[0] + 1:] if len(commas) == 1 else []
    if whole_clause:
        if not main or any(t.text in _CLAUSE_MARKS for t in main):
            return None
    elif len(commas) != 1 or not 1 <= len(main) <= 3 \
            or any(t.kind != "word" or not t.text.islower() for t in main):
        return None
    org = _org_of(held, registry)
    return org if org is not None and org != _org_of(subj, registry) else None


def _is_object_it(m: Mention, k: int, toks: list[Token], lex: Lexicon) -> bool:
    """True for an English "it" right after a verb and before a preposition ("sold it to",
    "bought it in 2019"): the verb's object, not the subject of a clause ("said it would",
    "that it had")."""
    if lex.language != "en" or toks[m.first].norm != "it":
        return False
    prev = toks[k]
    if prev.kind != "word" or not prev.text.islower() or prev.norm in lex.function_words \
            or prev.norm in lex.complementizers or prev.norm in lex.relative_pronouns \
            or prev.norm in _CLAUSE_CONJ or prev.norm in _COPULAS \
            or match_ending_at([t.norm for t in toks], k + 1, lex.speech_verbs) is not None:
        return False
    return m.last < len(toks) and toks[m.last].norm in lex.prepositions


def _subject_position(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    if m.possessive and m.kind == PRONOUN:
        return False
    if m.first > 0 and participle_opening(toks, 0, lex) \
            and all(t.text != "," for t in toks[:m.first]):
        return False  # "Founded in 1921 on the Rue du Faubourg X, Velmora has": a name in the
        # fronted participle phrase is no subject
    k = m.first - 1
    while k >= 0 and toks[k].norm in lex.determiners:
        k -= 1
    if k < 0:
        return True
    prev = toks[k]
    if prev.text == "(":
        return False  # "l'Agence ... (Anssi)": a gloss, where its name stands
    if prev.text != "," and prev.norm not in lex.prepositions and prev.kind != "poss":
        j = _noun_phrase_start(toks, k, lex)
        if j is not None and (toks[j].norm in lex.prepositions  # "du fonds X"
                              or j > 0 and toks[j - 1].norm in lex.prepositions):
            return False  # "mené par le fonds souverain singapourien X": an agent, no subject
        if j is not None and j > 0 and toks[j - 1].kind == "word" and toks[j - 1].text.islower() \
                and toks[j - 1].norm not in _CLAUSE_CONJ \
                and toks[j - 1].norm not in lex.complementizers \
                and toks[j - 1].norm not in lex.relative_pronouns \
                and match_ending_at([t.norm for t in toks], j, lex.speech_verbs) is None:
            return False  # "Ses clients comprennent le groupe X": the object of a verb
    return prev.text == "," or (prev.norm not in lex.prepositions and prev.kind != "poss")


def _noun_phrase_start(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """The determiner opening the noun phrase whose words before a name end at k ("le fonds
    souverain singapourien", "the German engineering group"), or None when a word there is no
    noun or adjective (a verb, an auxiliary) or no company noun heads it."""
    noun_words = {w for phrase in lex.keys["descriptors"] for w in phrase}
    head = False
    j = k
    while j >= 0 and k - j < 6:
        t = toks[j]
        if t.norm in lex.determiners or t.norm in lex.prepositions:
            return j if head else None  # "le fonds ...", "du fonds ..."
        if t.norm in noun_words and t.text.islower():
            head = True  # "groupe" is also a function word of the lexicon
        elif t.kind != "word" or not (t.text.islower() or t.norm in lex.nationalities) \
                or t.norm in lex.function_words \
                or t.norm in _COPULAS or t.norm in lex.triggers:
            return None
        j -= 1
    return None


@dataclass(frozen=True)
class Place:
    """A description's place (a city key, "" when none) and where the article puts each
    company it names (entity id -> city keys and country codes)."""

    city: str = ""
    named: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    stem: str = ""  # a demonym no table has, as a stem ("murcienne": "murc")
    region: str = ""  # a region key of data/regions.tsv ("la société bretonne": "bretagne")


def _rank(
    m: Mention, s: int, seen: list[_Seen], registry: Registry, pool_types: frozenset[EntityType],
    prev_lead: str | None = None, topic: str | None = None, same_kind: frozenset[str] = frozenset(),
    place: Place | None = None, head_word: str = "", kind_bonus: float = KIND_BONUS,
    opener: bool = False, centered: bool = False, owners: frozenset[str] = frozenset(),
    far_kind: str = "", apart: bool = False,  # apart: no clause subject of m's own owns it
) -> tuple[str, ...]:
    scores: dict[str, float] = {}
    fitting: set[str] = set()
    place = place or Place(fold(m.place) if m.place else "")
    bare = m.kind == ANAPHOR and not (place.city or m.country or m.sectors)
    investor = m.kind == ANAPHOR and ("investment" in m.sectors or (
        fold(m.text).split() or [""])[-1] in _INVESTOR_HEADS)
    one_owner = m.kind == PRONOUN and fold(m.text) in _SINGULAR_POSSESSIVES
    for item in seen:
        if item.sentence < s - LOOKBACK or (one_owner and item.plural and item.sentence == s):
            continue  # "Ces deux actionnaires ... à sa sortie": "sa" is no member's
        etype = registry.type_of(item.entity)
        if etype not in pool_types:
            continue
        dist = s - item.sentence
        if opener and dist > 0:
            dist = 3  # a paragraph's first description: the previous one's names are all far
        if centered and dist == 0 and not item.subject and item.entity not in owners:
            dist = 1  # a name of the description's own sentence that is no subject there
            # ("Accounts filed with X show the group ...", "Les comptes déposés auprès de X
            # montrent que la société ...") is no nearer than the previous sentence's
            # companies; a possessor ("X's board") or a fronted topic ("Pour X, ...") is
        score = (4.0 if dist == 0 else 3.0 - min(dist, 3)) \
            + (1.5 if item.subject and not item.coordinated else 0.0) \
            + item.token * 1e-3 - (COORDINATED_PENALTY if apart and one_owner
                                   and item.coordinated and item.sentence == s else 0.0)
        # ("A and B buy its goods": "its" is rather another's than a member's, when no clause
        # subject of its own owns it)
        rec = registry.get(item.entity)
        fit = _fit(m, rec, place)
        if head_word in _SMALL_HEADS and rec.known is not None \
                and "startup" not in rec.known.sectors:
            fit -= SMALL_PENALTY  # "la PME": not a company of the alias table (all large ones
            # but those it marks as start-ups), however close its name
        score += fit
        if fit >= PLACE_FIT:
            fitting.add(item.entity)
        other_kind = len(same_kind) == 1 and item.entity not in same_kind \
            and kind_bonus == KIND_BONUS  # "the venture": the article called one other so
        if item.entity == prev_lead and not other_kind:
            score += 2.0  # a description opening its sentence continues the previous topic,
            # unless the article called another company by its noun ("The startup")
        if item.entity == topic and not other_kind and (bare or (
                m.kind == ANAPHOR and fit >= 0 and rec.mentions >= 3)):
            score += TOPIC_BONUS  # "la société", "the company"; "l'éditeur" when nothing
            # contradicts a main company named often: most often the article's subject
        if head_word and _name_has(rec, head_word):
            score += NAME_HEAD_BONUS  # "the fund" is the Quarnel Investment Fund
        elif investor and (rec.known is None or not rec.known.sectors) \
                and _name_words(rec) & _INVESTOR_NAME_WORDS:
            score += INVESTOR_NAME_BONUS  # "the buyout firm", "le fonds": Korvane Capital
        if len(same_kind) == 1 and item.entity in same_kind and fit >= 0 and (
                rec.known is None or not rec.known.sectors):
            score += kind_bonus  # "la start-up" again: the company already called so (the
            # alias table's sectors speak for the companies it knows, where it lists any)
        scores[item.entity] = max(scores.get(item.entity, -99.0), score)
    near = set(scores)
    far: set[str] = set()
    if head_word and m.kind == ANAPHOR and not any(
            _name_has(registry.get(e), head_word) for e in scores):
        far = {item.entity for item in seen if item.sentence < s - LOOKBACK
               and registry.type_of(item.entity) in pool_types
               and _name_has(registry.get(item.entity), head_word)}
    if topic and topic not in scores and m.kind == ANAPHOR and registry.type_of(topic) \
            in pool_types and any(item.entity == topic for item in seen):
        rec = registry.get(topic)  # "la maison" long after "Maison Velmora": the article's
        fit = _fit(m, rec, place)  # main company, not only the names of the last sentences
        if bare or fit >= 0 and rec.mentions >= 3:
            scores[topic] = -1.0 + fit + TOPIC_BONUS + (
                NAME_HEAD_BONUS if head_word and _name_has(rec, head_word) else 0.0)
            if fit >= PLACE_FIT:
                fitting.add(topic)
    if far_kind and far_kind not in near:
        best = max((e for e in scores if e != far_kind), key=lambda e: scores[e], default=None)
        if best != topic and registry.type_of(far_kind) in pool_types \
                and any(item.entity == far_kind for item in seen) \
                and _fit(m, registry.get(far_kind), place) >= 0:
            scores[far_kind] = scores[best] + FAR_KIND_LEAD if best is not None else 0.0
            # "la PME" long after "la PME savoyarde X": X, the one company the article set the
            # noun beside, before nearer companies; not before the article's main company when
            # that one leads ("du laboratoire" after "le laboratoire belge Y" may be the main
            # one's)
    ranked = tuple(sorted(scores, key=lambda e: -scores[e]))
    placed = m.kind == ANAPHOR and bool(m.country or place.city or place.region or place.stem)
    if placed and not fitting:  # "la PME lilloise" beyond the window after "X, une PME
        fitting = {item.entity for item in seen  # lilloise" when no nearer company is there
                   if item.sentence < s - LOOKBACK and registry.type_of(item.entity) in pool_types
                   and _fit(m, registry.get(item.entity), place) >= PLACE_FIT}
    if len(far) == 1:  # "la brasserie" long after "la Brasserie de Velmora" when no nearer
        ranked = (*far, *ranked)  # company has the noun in its name: that one
    if len(fitting) == 1 and placed:
        only = next(iter(fitting))  # "The Spanish group" when the article made one company
        ranked = (only,) + tuple(e for e in ranked if e != only)  # Spanish: that one, not a
        # nearer subject the article gives no nationality
    return ranked


COORDINATED_PENALTY = 4.0
"""Rank penalty, for a singular possessive ("its", "son", "sa", "ses"), of a company its own
sentence names coordinated with another (as much as being named in the sentence)."""


PLACE_FIT = 3.0
"""The fit of a description's place or nationality to a candidate the article or the alias
table places there; when one candidate alone fits so, the description is that one's."""


_SMALL_HEADS = frozenset({"pme", "eti"})
"""Last words of descriptions naming a small or mid-sized firm ("la PME", "l'ETI"): the alias
table lists large companies (and start-ups it marks so), none of them one."""
SMALL_PENALTY = 3.0
"""Rank penalty of a company of the alias table for such a description (as much as a wrong
nationality)."""


_SECTOR_FAMILIES = {"transport": frozenset({"shipping", "airline", "logistics", "rail"})}
"""Description sectors that cover narrower sectors of the alias table ("le transporteur" fits
a shipping company)."""


_INVESTOR_HEADS = frozenset({"fund", "investor", "backer", "fonds", "investisseur"})
"""Last words of a description naming an investor, beside the "investment" sector of the
descriptors ("the buyout firm", "the private-equity group")."""
_INVESTOR_NAME_WORDS = frozenset({"capital", "ventures", "investment", "investments", "equity",
                                  "fund", "funds", "fonds", "investissement", "investissements",
                                  "participations", "beteiligungen", "invest"})
"""Words of a company's own name that say it invests ("Korvane Capital", "Delmar Ventures");
not "partners" nor "holding", which name many operating companies too."""
INVESTOR_NAME_BONUS = 3.0
"""Rank bonus of a company no list gives sectors whose name says investor, for a description
naming an investor (as much as a sector fit of the alias table)."""


def _fit(m: Mention, rec: EntityRecord, place: Place) -> float:
    """How well a description's place, nationality and sector fit a candidate: from the alias
    table for a company it knows, else from what the article says of the company ("Korvane,
    basé à Lyon", "le néerlandais Quistor")."""
    known = rec.known
    score = 0.0
    if known is None:
        cities, countries = place.named.get(rec.id, (frozenset(), frozenset()))
        if m.country and cities and not countries:  # "X, the Porto-based maker ... the
            countries = frozenset(_cities()[2][c] for c in cities  # Portuguese group"
                                  if c in _cities()[2])
        if place.city and cities:
            score += 3.0 if place.city in cities else -2.0
        elif place.city in _cities()[2] and countries \
                and _cities()[2][place.city] not in countries:
            score -= 3.0  # "la société lyonnaise" is not "le fonds britannique X"
        elif (place.city or m.country) and not (cities or countries):
            score -= 1.0  # nothing known of it: less likely than a company that fits
        if m.country and countries:
            score += 3.0 if m.country in countries else -3.0
        if place.stem and any(c.startswith(place.stem) for c in cities):
            score += 3.0  # "l'entreprise murcienne" after "X, un recycleur basé à Murcie"
        if place.region:
            inside, land = _regions()[2][place.region], _regions()[3][place.region]
            if cities:  # "la PME bretonne" after "X, basé à Rennes"; not the Lyon company
                score += 3.0 if cities & inside else -2.0
            elif countries and not m.country:
                score += 0.0 if land in countries else -3.0
            elif not countries:
                score -= 1.0
        return score
    if place.city and known.hq:
        hq = city_key(known.hq)
        if hq in place.city or place.city in hq:
            score += 3.0
        elif hq in table_cities() and place.city in table_cities() or "," in m.place and any(
                w in place_words() for w in fold(m.place).replace(",", " ").split()):
            score -= 2.0  # two cities of the table: "le constructeur toulousain" is no Parisian;
            # a city with its region elsewhere: "the San Jose, California-based company"
    if m.country:
        if m.country == known.country or (m.country == "EU" and known.country in EUROPE):
            score += 3.0
        elif known.country:
            score -= 3.0
    if place.region:
        inside, land = _regions()[2][place.region], _regions()[3][place.region]
        hq = city_key(known.hq) if known.hq else ""
        if hq and hq in inside:
            score += 3.0  # "the Bavarian group": a company of the table based in Munich
        elif known.country and known.country != land and not m.country:
            score -= 3.0
        elif hq:
            score -= 2.0 if hq in table_cities() else 1.0
    if m.sectors and known.sectors:
        wide = set(m.sectors).union(*(_SECTOR_FAMILIES.get(x, ()) for x in m.sectors))
        score += 3.0 if wide & set(known.sectors) else -2.0
    return score


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines left out."""
    return [line.split("\t") for line in (DATA_DIR / name).read_text(encoding="utf-8")
            .splitlines() if line.strip() and not line.startswith("#")]


@cache
def _cities() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Folded city names (French and local) and demonyms -> city key, and city key -> country
    code (data/cities.tsv)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    countries: dict[str, str] = {}
    for cols in _rows("cities.tsv"):
        key = fold(cols[0])
        names[key] = key
        names[fold(cols[2])] = key
        countries[key] = cols[1]
        for word in (cols[3].split(",") if len(cols) > 3 else []):
            demonym = fold(word.strip())
            demonyms[demonym] = key
            demonyms[demonym if demonym.endswith("s") else demonym + "s"] = key
    return names, demonyms, countries


@cache
def _regions() -> tuple[dict[str, str], dict[str, str], dict[str, frozenset[str]],
                        dict[str, str]]:
    """Folded region adjectives -> region key, region names -> key, key -> the city keys in
    the region (and its own names), key -> country code (data/regions.tsv)."""
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    inside: dict[str, frozenset[str]] = {}
    countries: dict[str, str] = {}
    for cols in _rows("regions.tsv"):
        key = fold(cols[0])
        own = {key} | {fold(w.strip()) for w in cols[2].split(",") if w.strip()}
        for name in own:
            names[name] = key
        for word in cols[3].split(","):
            adj = fold(word.strip())
            if adj:
                adjectives[adj] = key
                adjectives[adj if adj.endswith(("s", "x")) else adj + "s"] = key
        inside[key] = frozenset(own | {city_key(c.strip()) for c in cols[4].split(",")
                                       if c.strip()})
        countries[key] = cols[1]
    return adjectives, names, inside, countries


def _description_region(m: Mention, toks: list[Token], lex: Lexicon, city: str) -> str:
    """The region of a description: a region adjective written in lower case right after its
    noun ("la société bretonne", "the Texan company"), or its "X-based" place when that is a
    region ("the Texas-based group"); "" for none."""
    if city in _regions()[1]:
        return _regions()[1][city]
    if city:
        return ""
    for k in range(m.first, min(len(toks), m.last + 3)):
        word = toks[k].text
        if toks[k].norm in _regions()[0] and word[:1].islower() or (
                k > m.first and k < m.last and toks[k].norm in _regions()[0]):
            return _regions()[0][toks[k].norm]  # "The Texan company": inside the mention
        if k >= m.last and (toks[k].kind == "punct" or toks[k].norm in lex.function_words):
            break
    return ""


@cache
def _known_cities() -> frozenset[str]:
    """The city keys of data/cities.tsv and of the cities data/regions.tsv lists."""
    return table_cities().union(*_regions()[2].values())


def place_adjective(word: str, lex: Lexicon) -> bool:
    """True for a nationality or a city demonym ("néerlandais", "lyonnaise")."""
    return word in lex.nationalities or word in _cities()[1]


def region_adjective(word: str) -> bool:
    """True for a region's adjective of data/regions.tsv ("breton", "bavarois", "texan")."""
    return word in _regions()[0]


def city_key(place: str) -> str:
    """A place name as a city key: "Francfort" and "Frankfurt" are both "frankfurt"."""
    folded = fold(place)
    return _cities()[0].get(folded, folded)


_DEMONYM_ENDINGS = ("ienne", "iennes", "ien", "iens", "aise", "aises", "ais", "oise", "oises",
                    "ois", "ane", "anes", "ain", "aine", "ains", "an", "ans", "onne", "on")


def _description_stem(m: Mention, toks: list[Token], lex: Lexicon) -> str:
    """The stem of a demonym no table has right after a description's noun ("l'entreprise
    murcienne": "murc"; "la pépite lannionnaise": "lannion"), "" for none."""
    if m.last >= len(toks) or not toks[m.last].text.isalpha() or not toks[m.last].text.islower():
        return ""
    w = toks[m.last].norm
    if w in lex.nationalities or w in _cities()[1] or w in lex.function_words \
            or w in _regions()[0]:
        return ""
    for end in _DEMONYM_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 4:
            stem = w[:-len(end)]
            return stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else stem  # "lannionn"
    return ""


def _place(m: Mention, toks: list[Token], lex: Lexicon,
           where: dict[str, tuple[frozenset[str], frozenset[str]]]) -> Place:
    """A description's place: its city, a demonym's stem, its region."""
    city = _description_place(m, toks, lex) or _town_before_noun(m, toks, where)
    region = _description_region(m, toks, lex, city)
    return Place("" if city in _regions()[1] else city, where,
                 _description_stem(m, toks, lex), region)


def _town_before_noun(m: Mention, toks: list[Token],
                      where: dict[str, tuple[frozenset[str], frozenset[str]]]) -> str:
    """The town of a description written before its noun ("the Zelbach firm", "The Zelbach
    company's") when the article placed a company there ("X, based in Zelbach", "the
    Zelbach-based X"): a town no table lists is then still a place."""
    for k in range(m.first + 1, m.last):
        if toks[k].text[:1].isupper():
            key = city_key(toks[k].text)
            if any(key in cities for cities, _ in where.values()):
                return key
    return ""


def _description_place(m: Mention, toks: list[Token], lex: Lexicon) -> str:
    """The city of a description: its "de X" / "X-based" place, or a demonym right after its
    noun ("le groupe lyonnais", "l'armateur marseillais")."""
    if m.place:
        return city_key(m.place.split(",")[0].strip())  # "Austin, Texas": the city
    demonyms = _cities()[1]
    for k in range(m.first, min(len(toks), m.last + 3)):
        if toks[k].norm in demonyms:
            return demonyms[toks[k].norm]
        if k >= m.last and (toks[k].kind == "punct" or toks[k].norm in lex.function_words):
            break
    return ""


_OF_SECTOR = frozenset({"de", "des", "du", "d'", "la", "l'", "of"})
"""Words joining a company noun to its sector ("fabricant espagnol de pompes X"), never
right before the name ("le groupe allemand de X": X is another company)."""


_SECTOR_LINKS = frozenset({"contre", "les", "against", "pour", "for", "et", "and"})
"""Words that join two parts of a sector phrase after a content word ("spécialiste de la
lutte biologique contre les termites", "maker of pumps and valves"), never right before
the name."""
_SECTOR_REACH = 9
"""Words a sector phrase may hold between a company noun's nationality and its name."""


def _sector_word(toks: list[Token], k: int, first: int, lex: Lexicon) -> bool:
    """True for a word of the sector phrase between a company noun's nationality and its name
    ("desalination engineer", "de la robotique mobile"): a lower-case word that starts no
    frame's trigger ("rachète", "buys": the nationality is then the subject's), "de" / "of"
    not right before the name, "la" / "l'" right after "de"."""
    t = toks[k]
    if t.text == "-":  # "Dutch bakery-ingredients maker X": a hyphen between two lower words
        return 0 < k < first - 1 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
            and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
    if not t.text.islower() or t.norm in lex.triggers and not (
            k > 1 and toks[k - 1].norm in ("la", "l'") and toks[k - 2].norm == "de"):
        return False  # (a noun after "de la" is no verb: "de la lutte contre les termites")
    if t.norm in ("la", "l'"):
        return k > 0 and toks[k - 1].norm == "de"
    if t.norm in _OF_SECTOR:
        return k < first - 1
    if t.norm in _SECTOR_LINKS:  # "de la lutte contre les termites", "against pests"
        return 0 < k < first - 2 and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
    return t.text.isalpha() and t.norm not in lex.function_words


def _possessor_country(toks: list[Token], k: int) -> str:
    """The country code of a country's name in the possessive right before token k ("Italy's
    X", "South Korea's X"), else ""."""
    if k < 2 or toks[k - 1].kind != "poss":
        return ""
    for n in (1, 2):
        if k - 1 - n >= 0 and all(t.text[:1].isupper() for t in toks[k - 1 - n:k - 1]):
            code = country_codes().get(" ".join(t.norm for t in toks[k - 1 - n:k - 1]), "")
            if code:
                return code
    return ""


_BASED = frozenset({"base", "basee", "based", "installe", "installee", "implante", "implantee",
                    "headquartered", "situe", "situee", "located"})


def _named_places(
    sentences: list[list[Mention]], tokens: list[list[Token]], lex: Lexicon, registry: Registry
) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Where the article puts the companies it names: a nationality or a demonym next to the
    name ("le néerlandais Quistor", "Korvane, une PME lyonnaise"), "X, basé à Lyon", "the
    Lyon-based X" (entity id -> city keys, country codes)."""
    demonyms = _cities()[1]
    noun_words = {w for phrase in lex.keys["descriptors"] for w in phrase}
    out: dict[str, tuple[set[str], set[str]]] = {}
    for s, ms in enumerate(sentences):
        toks = tokens[s]
        for m in ms:
            if m.kind != NAME or not m.entity or registry.type_of(m.entity) not in ORG_TYPES \
                    or registry.get(m.entity).known is not None:
                continue
            cities, countries = out.setdefault(m.entity, (set(), set()))
            cities.update(_cities()[0][w] for w in fold(m.text).split()
                          if w in _cities()[0])  # "Velmora Lyon", "Paris Quistor FC"
            k = m.first
            while k > 0 and m.first - k < 4 and (
                    toks[k - 1].norm in noun_words or toks[k - 1].norm in lex.determiners
                    or place_adjective(toks[k - 1].norm, lex) or toks[k - 1].norm == "based"
                    or toks[k - 1].norm in _regions()[0]
                    or toks[k - 1].text == "-" or (toks[k - 1].text[:1].isupper()
                                                   and k >= 2 and toks[k - 2].text == "-")):
                k -= 1  # "le néerlandais X", "la start-up lyonnaise X", "the Lyon-based X"
            j, told = k, False
            while not told and j > 1 and m.first - j < _SECTOR_REACH and (
                    _sector_word(toks, j - 1, m.first, lex)
                    or toks[j - 1].norm in _BASED and toks[j - 2].text == "-"):
                j -= 1  # "Spanish desalination engineer X", "le spécialiste grenoblois de
                told = toks[j].norm in lex.nationalities or toks[j].norm in demonyms \
                    or toks[j].norm in _regions()[0] or toks[j].norm in _BASED \
                    and toks[j - 1].text == "-"  # la robotique mobile X": a sector;
                # "the Zelbach-based laser developer X" too
            if j < k and (told or toks[j - 1].norm in lex.nationalities  # between the
                          and toks[j - 1].text[:1].isupper()):  # nationality and the name
                k = j if told else j - 1
            if (land := _possessor_country(toks, k)) or (
                    k < m.first and (land := _possessor_country(toks, m.first))):
                countries.add(land)  # "Italy's X", "Spain's tile maker X" (a title's too)
            window = list(range(k, m.first))
            last = _past_acronym(toks, m.last)  # "X (XYZ), le mouleur de Rochefort"
            if last < len(toks) and toks[last].text == "," \
                    and not _object_relative_after(toks, last + 1, lex):
                starts = {o.first for o in ms}  # not "X, que le groupe lyonnais": a clause
                e = last + 1  # the apposition: "X, un recycleur de plastiques basé à Murcie"
                while e < min(len(toks), last + 12) and e not in starts \
                        and toks[e].text not in (",", ".", ";", ":", "(") \
                        and toks[e].norm not in _SUBJECT_RELATIVES:
                    e += 1
                window += range(last + 1, max(e, min(len(toks), last + 6)))
                end = window[-1] + 1 if window else len(toks)
                while end < min(len(toks), last + 10) and toks[end - 1].text == "-" \
                        and toks[end].norm in _BASED:
                    window.append(end)  # "X, an Austin, Texas-based maker": the whole compound
                    end += 1
            for k in window:
                w = toks[k].norm
                if w in _regions()[0] and toks[k].text[:1].islower():
                    cities.add(_regions()[0][w])  # "le bavarois X", "X, une PME bretonne"
                if w in lex.nationalities:
                    countries.add(lex.nationalities[w])
                elif w in demonyms:
                    cities.add(demonyms[w])
                elif toks[k].text[:1].isupper() and k + 1 < len(toks) \
                        and toks[k + 1].norm in noun_words \
                        and city_key(toks[k].text) in _known_cities():
                    cities.add(city_key(toks[k].text))  # "X, a Denver company"
                elif w in ("de", "d") and k > 0 and (
                        toks[k - 1].norm in noun_words or k == last + 3  # "X, le mouleur
                        and toks[k - 2].norm in lex.determiners  # de Rochefort": the noun
                        and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()) \
                        and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
                        and city_key(toks[k + 1].text) in _known_cities():
                    cities.add(city_key(toks[k + 1].text))  # "X, une PME de Lannion"
                elif w in _BASED and k + 1 < len(toks):
                    at = _based_town(toks, k + 1)
                    if k > 0 and toks[k - 1].text == "-":  # "the Lyon-based X"
                        j = k - 2
                        while j > 0 and k - 2 - j < 2 and toks[j - 1].kind == "word" \
                                and toks[j - 1].text[:1].isupper() \
                                and toks[j - 1].norm not in lex.determiners \
                                and toks[j - 1].norm not in lex.nationalities:
                            j -= 1  # "a Kansas City-based maker", "the New York-based X"
                        cities.add(city_key(" ".join(t.text for t in toks[j:k - 1])))
                    elif at < len(toks) and toks[at].text[:1].isupper():
                        cities.add(city_key(toks[at].text))
            if last < len(toks) and toks[last].text == "," and window:
                at = _based_far(toks, window[-1] + 1, last + _FAR_APPOSITION)
                if at:  # "X, a family-owned maker of lenses and optics based in Zelbach,"
                    cities.add(city_key(toks[at].text))
    return {e: (frozenset(c), frozenset(n)) for e, (c, n) in out.items()}


def _past_acronym(toks: list[Token], last: int) -> int:
    """The index of the comma opening a name's apposition past the acronym in parentheses
    right after the name ("X (XYZ), le mouleur de Rochefort"), else `last`."""
    if last < len(toks) and toks[last].text == "(":
        for k in range(last + 1, min(len(toks) - 1, last + 5)):
            if toks[k].text == ")":
                return k + 1 if toks[k + 1].text == "," else last
    return last


def _object_relative_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """True when an object relative clause opens at k, its own subject after the pronoun ("X,
    que le groupe lyonnais retrouvera", "X, which the Lyon company supplies"): no apposition,
    its words place another company. A subject relative ("X, which is based in Munich", "X,
    qui est installé à Lyon") still places X."""
    return k + 1 < len(toks) and toks[k].norm in OBJECT_RELATIVES \
        and (toks[k + 1].norm in lex.determiners or toks[k + 1].text[:1].isupper())


_FAR_APPOSITION = 20
"""How far after a name its apposition may place it with "based in" / "basé à" (the nearer
words are read by the apposition window of `_named_places`)."""


def _based_far(toks: list[Token], start: int, stop: int) -> int:
    """The index of the capitalised town of a "based in Y" / "basé à Y" / "installé près de
    Y" found from `start` up to the next comma, semicolon or stop, or 0."""
    for k in range(start, min(stop, len(toks) - 1)):
        if toks[k].text in (",", ";", ".", ":", "(") or toks[k].norm in _SUBJECT_RELATIVES:
            return 0
        if toks[k].norm in _BASED:
            at = _based_town(toks, k + 1)
            return at if at < len(toks) and toks[at].text[:1].isupper() else 0
        if at := _region_named(toks, k):
            return at
    return 0


_REGION_NOUNS = frozenset({"region", "area", "valley", "county"})
"""Nouns after the capitalised name of an area ("from the Zelbach region")."""


def _region_named(toks: list[Token], k: int) -> int:
    """The index of the capitalised area of "from / in the Y region" opening at k ("X, a
    maker of gates from the Zelbach region": the article placed X there, so "the Zelbach
    company" later is X's), or 0. English only: French puts the town after the noun ("de la
    région de Y"), where the names layer may take the town for a company."""
    if k + 3 < len(toks) and toks[k].norm in ("from", "in") and toks[k + 1].norm == "the" \
            and toks[k + 2].text[:1].isupper() and toks[k + 3].norm in _REGION_NOUNS:
        return k + 2
    return 0


def _based_town(toks: list[Token], at: int) -> int:
    """The index of the town after a participle of place: past "à" / "in" / "en" / "au",
    and past "près de" / "near" ("installé près de Velzac")."""
    if at < len(toks) and toks[at].norm in ("pres", "near"):
        at += 1
        if at < len(toks) and toks[at].norm in ("de", "d'"):
            at += 1
        return at
    return at + 1 if at < len(toks) and toks[at].norm in ("a", "in", "en", "au") else at


_INVESTOR_PLURALS = frozenset({"funds", "fonds", "investors", "investisseurs", "investment",
                               "shareholders", "actionnaires"})
"""Words of a plural description that name investors ("the two investment firms", "les deux
fonds")."""


_OPERATING_HEADS = frozenset({
    ("societe",), ("entreprise",), ("start", "-", "up"), ("startup",), ("jeune", "pousse"),
    ("jeune", "entreprise"), ("jeune", "societe"), ("pme",), ("eti",), ("company",),
    ("business",), ("young", "company")})
"""Description heads naming a company that makes or sells something ("la société", "la
start-up", "the company", "the business"), never a fund investing in one. Not "the group",
"the firm", "la holding": investors are called so too."""


def _operating_reference(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True for a description headed by an operating company's noun ("la société", "the
    business") and for a possessive before a title of role ("Son directeur financier, P",
    "its chief operating officer"): both are about the company whose people or business the
    article reports, not about a fund named in passing."""
    norms = [t.norm for t in toks]
    if m.kind == ANAPHOR:
        return match_ending_at(norms, m.last, lex.keys["descriptors"]) in _OPERATING_HEADS
    return m.kind == PRONOUN and m.possessive and m.last < len(norms) \
        and match_at(norms, m.last, lex.keys["roles"]) is not None


_FUND_HEADS = frozenset({"fund", "fonds"})


def _fund_head(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True for a description naming a fund ("the fund", "le fonds") or an investment firm
    ("the buyout firm", "la société de capital-investissement"): only a fund is meant, never
    the company it invests in, however often the article names that one."""
    head = match_ending_at([t.norm for t in toks], m.last, lex.keys["descriptors"])
    if not head:
        return False
    return head[-1] in _FUND_HEADS or "investment" in lex.descriptors.get(head, ()) \
        or "investment" in m.sectors


_GROUP_HEADS = frozenset({("groupe",), ("group",)})


def _funds_sorted(
    m: Mention, candidates: tuple[str, ...], funds: frozenset[str], topic: str | None,
    generic: tuple[str, ...] | None, kinds: dict[tuple[str, ...], frozenset[str]],
    toks: list[Token], lex: Lexicon, registry: Registry,
) -> tuple[str, ...]:
    """The candidates of a description reordered between the article's investors (`funds`)
    and its companies: a description of an operating company ("la société", "Son directeur
    financier", "le groupe" when no fund was called so) after a sentence led by a fund puts
    the article's company first, not the fund that invests in it; a fund's description ("The
    fund's managing partner" after "Y said Velmora Capital would invest in it") puts the one
    fund among the candidates first (session 19, refs9 and refs10)."""
    if candidates and candidates[0] in funds and topic is not None and topic not in funds \
            and (_operating_reference(m, toks, lex)
                 or _group_not_fund(generic, candidates[0], kinds, registry)):
        candidates = (topic,) + tuple(c for c in candidates if c != topic)
    if m.kind == ANAPHOR and candidates and candidates[0] not in funds \
            and _fund_head(m, toks, lex):
        near = [c for c in candidates if c in funds]
        if len(near) == 1:
            candidates = (near[0],) + tuple(c for c in candidates if c != near[0])
    return candidates


def _group_not_fund(generic: tuple[str, ...] | None, fund: str,
                    kinds: dict[tuple[str, ...], frozenset[str]], registry: Registry) -> bool:
    """True for "le groupe", "the group" when the article never called the fund so ("le
    groupe d'investissement X", "the buyout group X") and its name has no such word: the
    noun of an operating company there, as "la société" is."""
    if generic not in _GROUP_HEADS:
        return False
    word = generic[0] if generic else ""
    return not any(word in h and fund in ents for h, ents in kinds.items()) \
        and not _name_has(registry.get(fund), word)


def _fund_companies(kinds: dict[tuple[str, ...], frozenset[str]], lex: Lexicon,
                    registry: Registry) -> frozenset[str]:
    """The companies the article presents as investors: called by an investor's noun next to
    their name ("le fonds X", "X, a private equity firm"), listed as investment companies, or
    no list knows their trade and their own name says they invest ("Korvane Capital")."""
    out = {e for h, ents in kinds.items()
           if h and (h[-1] in _INVESTOR_HEADS or "investment" in lex.descriptors.get(h, ()))
           for e in ents}
    for rec in registry.records.values():
        if rec.type not in ORG_TYPES:
            continue
        if rec.known is not None and "investment" in rec.known.sectors or (
                rec.known is None or not rec.known.sectors) \
                and _name_words(rec) & _INVESTOR_NAME_WORDS:
            out.add(rec.id)
    return frozenset(out)


_SERVICE_AGENTS = frozenset({
    ("arrange", "par"), ("arrangee", "par"), ("arranges", "par"), ("arrangees", "par"),
    ("conseille", "par"), ("conseillee", "par"), ("conseilles", "par"), ("conseillees", "par"),
    ("arranged", "by"), ("advised", "by"), ("underwritten", "by"), ("loan", "from"),
    ("loans", "from"), ("facility", "from"), ("financing", "from")})
"""A participle or a loan and the preposition naming the bank or adviser of a deal ("un prêt
arrangé par X", "advised by X", "a term loan from X"): a company that serves the deal's
parties."""
_AGENT_PREPOSITIONS = frozenset(p for _, p in _SERVICE_AGENTS)
_LEND_VERBS = frozenset({"accorde", "consenti", "octroye", "accordera", "accorderont",
                         "extended", "granted", "provided", "extends", "grants", "provides"})
_LOAN_NOUNS = frozenset({"pret", "prets", "credit", "credits", "loan", "loans"})
"""The verb and the noun of a lender's own sentence ("X lui a accordé un prêt", "X extended
a loan")."""
_SERVICE_HEADS = frozenset({"banque", "bank", "lender", "preteur", "conseil", "adviser",
                            "advisor", "arranger", "banquier", "banker", "etablissement"})
"""Last words of descriptions that may name such a bank or adviser ("la banque")."""
_AGENT_LIST = frozenset({",", "et", "and", "la", "le", "l'", "les", "the", "son", "sa", "ses",
                         "its", "de", "d'", "du"})


def _service_parties(sentences: list[list[Mention]], tokens: list[list[Token]],
                     lex: Lexicon) -> frozenset[str]:
    """Companies the article names only as the agents of a loan's or a deal's arranging or
    advising ("un prêt arrangé par BNP Paribas et la Société Générale", "advised by X and
    Y"): no antecedent of a description of another kind ("le groupe français")."""
    agents: set[str] = set()
    elsewhere: set[str] = set()
    for s, ms in enumerate(sentences):
        norms = [t.norm for t in tokens[s]]
        lends = [k for k, w in enumerate(norms) if w in _LEND_VERBS
                 and any(v in _LOAN_NOUNS for v in norms[k + 1:k + 7])]
        if not lends and (not any(w in _AGENT_PREPOSITIONS for w in norms) or not any(
                pair in _SERVICE_AGENTS for pair in zip(norms, norms[1:], strict=False))):
            elsewhere.update(m.entity for m in ms if m.kind == NAME and m.entity)
            continue
        for m in ms:
            if m.kind != NAME or not m.entity:
                continue
            if any(0 < k - m.last < 6 and all(t.kind != "punct" for t in tokens[s][m.last:k])
                   for k in lends):  # "la banque X lui a accordé un prêt": the lender
                agents.add(m.entity)
                continue
            k, words = m.first - 1, 0
            while k > 0 and (norms[k - 1], norms[k]) not in _SERVICE_AGENTS and (
                    norms[k] in _AGENT_LIST or any(
                        o.kind == NAME and o.first <= k < o.last for o in ms) or (
                        words < 3 and tokens[s][k].kind == "word" and (
                            tokens[s][k].text.islower() or norms[k] in lex.nationalities))):
                words += norms[k] not in _AGENT_LIST and (
                    tokens[s][k].text.islower() or norms[k] in lex.nationalities)
                k -= 1  # "arrangé par la banque française X et Y"
            if k > 0 and (norms[k - 1], norms[k]) in _SERVICE_AGENTS:
                agents.add(m.entity)
            else:
                elsewhere.add(m.entity)
    return frozenset(agents - elsewhere)


def _service_head(m: Mention, toks: list[Token], lex: Lexicon) -> bool:
    """True when a description's noun may name a bank or an adviser ("la banque", "the
    lender")."""
    return m.kind == ANAPHOR and _head_word(m, toks, lex) in _SERVICE_HEADS


def _investors(m: Mention, lex: Lexicon) -> frozenset[str]:
    """The investor words of the language when a plural description names investors, else
    none."""
    if not set(fold(m.text).split()) & _INVESTOR_PLURALS:
        return frozenset()
    return frozenset(fold(w) for phrase in lex.keys.get("investor_words", ()) for w in phrase)


def _sentence_orgs(s: int, seen: list[_Seen], registry: Registry) -> tuple[str, ...]:
    """The distinct companies and organisations named or referred to in sentence `s` (of the
    current sentence, those before the mention being resolved), in order."""
    out: list[str] = []
    for item in seen:
        if item.sentence == s and registry.type_of(item.entity) in ORG_TYPES \
                and item.entity not in out:
            out.append(item.entity)
    return tuple(out)


def _plural_members(
    m: Mention, s: int, seen: list[_Seen], groups: list[list[tuple[str, ...]]],
    registry: Registry, opening: bool = False, investor_words: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The members of a plural description: the last group of as many companies, or the
    last companies named; not a group named later in the sentence the plural opens ("Ces deux
    actionnaires, qui avaient recapitalisé X aux côtés de A et de B"). A plural naming
    investors ("les deux fonds", "the two investment firms") takes first the last group whose
    names all say investor (`investor_words`: "Korvane Capital et Delmar Ventures"), before a
    later pair of customers."""
    if investor_words:
        def fits(e: str) -> bool:
            return bool(_name_words(registry.get(e)) & investor_words)
        found = _plural_members(m, s, seen, groups, registry, opening, frozenset())
        if found and all(fits(e) for e in found):
            return found
        for back in range(s - 1 if opening else s, max(-1, s - LOOKBACK), -1):
            for group in reversed(groups[back] if back < len(groups) else []):
                orgs = tuple(e for e in group if registry.type_of(e) in ORG_TYPES)
                if len(orgs) == m.count and len(set(orgs)) == m.count and all(map(fits, orgs)):
                    return orgs
        return found
    count = m.count
    # "Both firms" names the pair the article coordinated last, however far back (session 16)
    reach = s + 1 if fold(m.text).startswith("both ") else LOOKBACK
    for back in range(s - 1 if opening else s, max(-1, s - reach), -1):
        for group in reversed(groups[back] if back < len(groups) else []):
            orgs = tuple(e for e in group if registry.type_of(e) in ORG_TYPES)
            if len(orgs) == count and len(set(orgs)) == count:
                return orgs
        named = _sentence_orgs(back, seen, registry) if reach == LOOKBACK else ()
        if len(named) == count:  # "X took a stake in Y ... The two companies will jointly
            return named  # develop": the nearer sentence's companies, not a pair coordinated
            # further back
        if len(named) > count or named and back == s:
            break  # the last companies named (below)
    if reach != LOOKBACK:  # "Both firms": the two companies the article has named most
        counts = Counter(item.entity for item in seen
                         if registry.type_of(item.entity) in ORG_TYPES)
        top = [e for e, _ in counts.most_common(count)]
        if len(top) == count:
            return tuple(top)
    recent: list[str] = []
    for item in reversed(seen):
        if item.sentence < s - LOOKBACK:
            break
        if registry.type_of(item.entity) in ORG_TYPES and item.entity not in recent:
            recent.append(item.entity)
        if len(recent) == count:
            return tuple(reversed(recent))
    return ()

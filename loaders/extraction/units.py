"""A sentence as a sequence of units: words, and mentions with coordinated names merged.

Relation frames read this view: `words` holds folded words ("" for a mention unit), mention
units carry one or more mentions ("Microsoft and Nvidia" is one unit of two mentions), and
embedded segments (relative clauses and appositions between commas) are marked so that the
subject of a verb is looked for outside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.extraction.lexicon import FR_OF_WORDS, OF_WORDS, Lexicon, match_at, place_words
from loaders.extraction.mentions import (
    ANAPHOR,
    HONORIFICS,
    LIST_WORDS,
    NAME,
    PLURAL,
    PRONOUN,
    Mention,
)
from loaders.extraction.resolution import STAKE_NOUNS, Registry, place_adjective, region_adjective
from loaders.extraction.sentences import Sentence
from loaders.extraction.tokens import Token
from loaders.extraction.word_shapes import (
    DEMONYM_ENDINGS,
    FR_ADJECTIVE_ENDINGS,
    TRADE_NOUN_ENDINGS,
)
from ontology.records import EntityType, RelationType

HARD_BOUNDARIES = frozenset({";", ":", "(", ")", "«", "»", "—", "–", "\"", "“", "”", "?", "!"})
_APPOSITION_OPENERS = frozenset({"founded", "fonde", "fondee", "based", "basee", "base",
                                 "controlled", "controlee", "controle", "detenu", "detenue",
                                 "owned", "headquartered", "led", "dirige", "dirigee", "already",
                                 "deja", "best", "better", "formerly", "anciennement", "numero",
                                 "itself", "lui-meme", "elle-meme", "also", "aussi", "once",
                                 "principal", "principale", "premier", "premiere", "main",
                                 "largest", "biggest", "leading", "major", "key", "top", "grand",
                                 "second", "deuxieme", "partly", "majority", "wholly",
                                 "filiale", "maison", "one", "l'un", "l'une", "member",
                                 "membre", "parent", "owner", "proprietaire", "two", "three",
                                 "four", "deux", "trois", "quatre", "several", "plusieurs",
                                 "both", "tous", "passe", "passee", "passes", "passees",
                                 "tombe", "tombee", "installe", "installee", "implante",
                                 "implantee", "situe", "situee",
                                 # relational nouns opening an apposition without a determiner,
                                 # as French writes it ("Quistor, concurrent historique de Y,")
                                 "concurrent", "concurrente", "rival", "rivale", "competitor",
                                 "client", "cliente", "customer", "fournisseur", "fournisseuse",
                                 "supplier", "partenaire", "partner", "actionnaire",
                                 "shareholder", "investisseur", "investor", "sous-traitant",
                                 "subcontractor", "allie", "alliee", "ally", "associe",
                                 "associee", "coactionnaire", "distributeur", "distributor",
                                 "licencie", "licensee", "unite", "unit", "division", "branche",
                                 "subsidiary", "affiliate"})


_BARE_APPOSITION_NOUNS = frozenset({"proprietaire", "owner", "maker", "fabricant", "filiale",
                                    "subsidiary", "leader", "specialiste", "pionnier",
                                    "pioneer", "editeur", "parent", "maison"})
"""Nouns that open an apposition with no determiner and can close it before a list's "and":
"A, propriétaire de la marque L, et B", "A, maker of L, and B"."""


PART_NOUNS = frozenset({"filiale", "filiales", "subsidiary", "unit", "division", "branche",
                        "pole", "affiliate", "arm", "business", "businesses", "activites",
                        "activite", "operations"})
"""Nouns of a part of a company (relations.py's stakes and deals in a part, roles.py's
people who run one)."""


MEMBER_NOUNS: dict[str, tuple[RelationType, str]] = {
    **dict.fromkeys(("rival", "rivals", "competitor", "competitors", "concurrent", "concurrents",
                     "concurrente", "concurrentes", "rivaux", "rivale", "rivales"),
                    (RelationType.COMPETES_WITH, "source")),
    **dict.fromkeys(("customer", "customers", "client", "clients", "cliente", "clientes",
                     "tenant", "tenants"),
                    (RelationType.SUPPLIES, "source")),
    **dict.fromkeys(("supplier", "suppliers", "fournisseur", "fournisseurs", "sous-traitant",
                     "sous-traitants", "subcontractor", "subcontractors"),
                    (RelationType.SUPPLIES, "target")),
    **dict.fromkeys(("partner", "partners", "partenaire", "partenaires"),
                    (RelationType.PARTNERS_WITH, "source")),
    **dict.fromkeys(("shareholder", "shareholders", "investor", "investors", "backer", "backers",
                     "actionnaire", "actionnaires", "investisseur", "investisseurs", "owner",
                     "owners", "parent", "proprietaire", "proprietaires", "mere"),
                    (RelationType.INVESTS_IN, "target")),
}
"""Relation nouns that tie a possessor to the members of a list: the relation and the
possessor's role in it ("X's customers, A and B": X supplies A and B, role "source"; "les
actionnaires de X, A et B": A and B invest in X, role "target"; "mere" only after "maison" or
"societe")."""


def member_noun(words: list[str], k: int) -> tuple[RelationType, str] | None:
    """The relation of a relation noun at unit k (see `MEMBER_NOUNS`), else None."""
    spec = MEMBER_NOUNS.get(words[k]) if 0 <= k < len(words) else None
    if spec is not None and words[k] == "mere" and (k == 0 or words[k - 1] not in (
            "maison", "societe")):
        return None
    return spec


_CONTRACTED_RELATIVES = {"auquel": ("a",), "auxquels": ("a",), "auxquelles": ("a",),
                         "duquel": ("de",), "desquels": ("de",), "desquelles": ("de",),
                         "dont": ("de",)}
_PREPOSITION_RELATIVES = frozenset({"which", "whom", "lequel", "laquelle", "lesquels",
                                    "lesquelles", "qui", "quoi"})
"""Relative pronouns after a preposition ("dans lequel", "in which", "à qui"): unlike
resolution.OBJECT_RELATIVES, "qui"/"quoi" and no "que"."""
SUBJECT_RELATIVES = frozenset({"qui", "which", "who", "that"})


def relative_at(words: list[str], k: int, lex: Lexicon) -> tuple[int, tuple[str, ...]] | None:
    """The relative pronoun that opens a clause at unit k and the preposition it stands
    after: "qui" -> (k, ()), "dans lequel" -> (k + 1, ("dans",)), "auprès de laquelle" ->
    (k + 2, ("aupres", "de")), "auxquels" -> (k, ("a",)), "in which" -> (k + 1, ("in",));
    None when no relative clause opens there."""
    if k >= len(words):
        return None
    w = words[k]
    if w in _CONTRACTED_RELATIVES:
        return k, _CONTRACTED_RELATIVES[w]
    if w in lex.relative_pronouns:
        return k, ()
    if w == "aupres" and k + 1 < len(words) and words[k + 1] in ("duquel", "desquels",
                                                                  "desquelles"):
        return k + 1, ("aupres", "de")  # "Quistor, auprès duquel X s'approvisionne"
    for size in (1, 2, 3):
        r = k + size
        if r < len(words) and words[r] in _PREPOSITION_RELATIVES \
                and (all(x in lex.prepositions for x in words[k:r])
                     or tuple(words[k:r]) in _CAPITAL_OF):
            return r, tuple(words[k:r])
    return None


_CAPITAL_OF = frozenset({("au", "capital", "de"), ("au", "capital", "du")})
"""A stake's relative phrase: "Quistor, au capital de laquelle X prend une participation"."""


@dataclass
class Unit:
    """A word or a (possibly coordinated) mention; token range [first, last)."""

    first: int
    last: int
    norm: str
    mentions: tuple[Mention, ...] = ()
    possessive: bool = False
    clauses_each: bool = False  # "A, which ..., and B, which ...": each member has its own

    @property
    def is_mention(self) -> bool:
        """True for a mention unit."""
        return bool(self.mentions)


def last_member(u: Unit) -> Unit:
    """The last member of a coordinated mention unit (the unit itself when it has one)."""
    if len(u.mentions) > 1:
        return Unit(u.first, u.last, u.norm, u.mentions[-1:], u.possessive)
    return u


@dataclass
class Segment:
    """An embedded segment: units [start, end) owned by the mention unit `owner`."""

    start: int
    end: int
    owner: int
    kind: str  # relative, apposition
    single: bool = False  # a singular description after a list: it tells of the last member


@dataclass
class SentenceView:
    """One sentence ready for relation frames."""

    index: int
    sentence: Sentence
    tokens: list[Token]
    units: list[Unit]
    words: list[str]
    segments: list[Segment] = field(default_factory=list)
    year: int | None = None  # the article's year ("chief executive until 2029" is current)
    clitics: dict[int, Mention] = field(default_factory=dict)  # dative clitics by token

    def segment_of(self, u: int) -> Segment | None:
        """The innermost embedded segment containing unit `u`, if any."""
        found = None
        for seg in self.segments:
            if seg.start <= u < seg.end and (found is None or seg.start >= found.start):
                found = seg
        return found

    def apposition_owner(self, comma: int) -> int | None:
        """The unit of the name an apposition closed by the comma at unit `comma` is set off
        from ("Zentrix, le leader européen du secteur,", "Velmora, a state-backed vehicle,",
        "O, un atelier de Cholet employant 45 salariés, dont ...": Zentrix, Velmora, O; not a
        name inside the apposition), or None: an apposition segment (`_segments`) that ends
        at `comma` and whose owner stands right before its opening comma. The one reading of
        this for relations.py, implicit.py and roles.py (three helpers until session 21; the
        segment's reading gives the same output on every set)."""
        for seg in self.segments:
            if seg.kind == "apposition" and seg.end == comma and seg.owner == seg.start - 1:
                return seg.owner
        return None

    def owner_unit(self, seg: Segment) -> Unit:
        """The unit a segment tells of: its owner, or only the owner list's last member when
        a singular description follows the list ("rivals A, B and C, the X specialist that is
        controlled by Y": only C is controlled)."""
        u = self.units[seg.owner]
        return last_member(u) if seg.single else u

    def char_span(self, first_unit: int, last_unit: int) -> tuple[int, int]:
        """Character offsets covered by units [first_unit, last_unit)."""
        return self.tokens[self.units[first_unit].first].start, \
            self.tokens[self.units[last_unit - 1].last - 1].end


def mention_class(m: Mention, registry: Registry) -> str:
    """Coarse class used to decide whether two mentions can be coordinated."""
    if m.kind == NAME and m.entity:
        etype = registry.type_of(m.entity)
        if etype == EntityType.PERSON:
            return "person"
        if etype in (EntityType.PUBLISHER, EntityType.REGULATOR):
            return "source"
    return "org"


_UNIT_HONORIFICS = frozenset(w.capitalize() for w in HONORIFICS)
"""The honorifics of mentions.py as written ("Dr", "Mme")."""


def _honorific_width(tokens: list[Token], i: int) -> int:
    """How many tokens an honorific takes at i ("Dr" 1, "Mr." 2, "M." 2), 0 when none."""
    t = tokens[i]
    if t.text in _UNIT_HONORIFICS:
        return 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else 1
    if t.text == "M" and i + 1 < len(tokens) and tokens[i + 1].text == ".":
        return 2
    return 0


def build_view(
    index: int, sentence: Sentence, tokens: list[Token], mentions: list[Mention], lex: Lexicon,
    registry: Registry,
) -> SentenceView:
    """The unit view of one sentence (mentions must be name-resolved)."""
    units: list[Unit] = []
    by_first = {m.first: m for m in mentions if not m.clitic}
    i = 0
    n = len(tokens)
    while i < n:
        m = by_first.get(i)
        if m is not None and m.kind == ANAPHOR and _predicate(tokens, i, lex):
            m = None  # "Quistor est le principal fournisseur": a predicate, not a reference
        if m is not None:
            last = m.last
            possessive = last < n and tokens[last].kind == "poss"
            if m.kind == PRONOUN and m.possessive:
                possessive = True
            if possessive and tokens[min(last, n - 1)].kind == "poss":
                last += 1
            # "Name (ALIAS)": the alias is part of the same unit
            if last < n and tokens[last].text == "(":
                inner = by_first.get(last + 1)
                if inner is not None and inner.alias_of is m and inner.last < n \
                        and tokens[inner.last].text == ")":
                    last = inner.last + 1
            norm = tokens[i].norm if m.kind == PRONOUN else ""
            units.append(Unit(i, last, norm, (m,), possessive))
            i = last
            continue
        titled = _honorific_width(tokens, i)
        if titled and (m := by_first.get(i + titled)) is not None and m.kind == NAME and m.person:
            by_first[i] = m  # "director, Dr P, said": the honorific goes with its person's
            continue  # unit, so the apposition reads as "director, P" (session 19)
        units.append(Unit(i, i + 1, tokens[i].norm))
        i += 1
    units = _coordinate(units, tokens, lex, registry)
    view = SentenceView(index, sentence, tokens, units, [u.norm for u in units])
    view.clitics = {m.first: m for m in mentions if m.clitic}
    view.segments = _segments(view, lex)
    return view


TO_WORDS = frozenset({"to", "a", "au", "aux"})
"""The words that introduce a recipient ("sold to X", "cédé à X", "au groupe X"; accents folded)."""

_SEP_WORDS = LIST_WORDS | {",", "de", "d'", "du", "of", "with", "avec", "a", "au", "aux", "to",
                            "for", "pour", "chez", "in", "dans", "sur", "from"}


_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "become", "becomes",
                      "became", "est", "etait", "reste", "restera", "devient", "deviendra",
                      "sera", "demeure"})


def _predicate(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a description at token i follows a copula ("is the supplier", "est le
    fournisseur"): it says what something is and refers to nothing."""
    return i > 0 and tokens[i - 1].norm in _COPULAS


def _coordinate(
    units: list[Unit], tokens: list[Token], lex: Lexicon, registry: Registry
) -> list[Unit]:
    """Merge "A, B and C" / "A et de B" / "le français A et l'américain B" into one unit."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        pair = _description_and_name(units, tokens, i, lex, registry)
        if pair:
            last = units[pair]
            out.append(Unit(u.first, last.last, "", u.mentions + last.mentions, last.possessive))
            i = pair + 1
            continue
        if not u.is_mention or u.possessive or u.mentions[0].kind in (PRONOUN, PLURAL, ANAPHOR):
            out.append(u)
            i += 1
            continue
        cls = mention_class(u.mentions[0], registry)
        described_first = _described_member(units, tokens, i, lex)
        members = list(u.mentions)
        end = i + 1
        saw_conj = False
        past_relative = False  # "A, which makes drones, and the German group B"
        relative_seen = False
        past_place = False  # "A (France) and B buys": B must end its phrase (session 17)
        j = i + 1
        while True:
            if len(members) == 1:
                past = _past_apposition(units, j, lex)
                if past == j:
                    past = _past_relative_before_conjunction(units, j, lex)
                    past_relative = past != j
                relative_seen = relative_seen or past != j  # "A, propriétaire de L, et B,
                # qui vend Z": B's own clause, as after A's relative (session 24, rivals25)
                j = past
            placed = _past_place_parenthesis(units, j)  # "A (France), B (Germany) and C"
            if placed != j:
                past_place, j = True, placed
            heavy = _heavy_conj_at(units, j)  # "ainsi que le préfabricant varois B"
            k = inserted = _past_insertion(units, j, lex)  # "A et, depuis 2021, B."
            while k < len(units) and not units[k].is_mention and k - j < 6 + sum(
                    units[x].norm == "-" for x in range(j, k)) and (  # "start-up": one word
                    units[k].norm in _SEP_WORDS or units[k].norm in lex.determiners
                    or units[k].norm in lex.nationalities or _town_demonym(units, tokens, k, lex)
                    or (cls == "org" and _repeated_preposition(units, i, j, k))
                    or (units[k].norm,) in lex.descriptors or units[k].norm in lex.org_heads
                    or _place_possessive(units, tokens, k)
                    or (k > j and _listed_place(units, tokens, k, lex))  # "and UK
                    # distributor B", ", Hong Kong importer B and C" (session 24)
                    or _adjective_after_noun(units, tokens, k, lex)
                    or _description_to_name(units, tokens, k, lex)
                    or _within_description(units, tokens, k, lex)
                    or ((described_first or past_relative or heavy)
                        and _parallel_description(units, tokens, k, lex))):
                k += 1
            if k == j or k >= len(units) or not units[k].is_mention:
                ex = _others_with_examples(units, tokens, j, lex)
                if ex is not None and units[ex].mentions[0].kind == NAME \
                        and not units[ex].possessive \
                        and _phrase_ends(units, _past_place_parenthesis(units, ex + 1), lex) \
                        and mention_class(units[ex].mentions[0], registry) == cls:
                    members.extend(units[ex].mentions)  # "A, B and smaller players such as
                    end, saw_conj = ex + 1, True  # C", "A ainsi que des indépendants comme
                    relative_seen = True  # B" (session 24, rivals25); a relative clause after
                    # the example tells of it alone
                break
            after = _past_place_parenthesis(units, k + 1)  # "B (Germany) and C": B's place
            if inserted != j and not _phrase_ends(units, after, lex):
                break  # "A et, depuis 2021, B vend": B opens a clause of its own
            if (past_relative or past_place) and not _phrase_ends(units, after, lex) and not (
                    after > k + 1 and units[after].norm in LIST_WORDS):
                break  # "A, which makes drones, and B said": B opens a clause of its own
            nxt = units[k]
            if nxt.possessive and k + 1 < len(units) and units[k + 1].is_mention:
                k += 1  # "Tesla and Amazon's Zoox": the possessor only modifies the name
                nxt = units[k]
            if nxt.mentions[0].kind in (PRONOUN, PLURAL, ANAPHOR) or \
                    mention_class(nxt.mentions[0], registry) != cls and not (
                        cls == "org" and any(units[x].norm in _CHAIN_NOUNS for x in range(j, k))
                        and _phrase_ends(units, _past_place_parenthesis(units, k + 1), lex)):
                break  # "fournit A et la chaîne B": a chain (of shops or a channel) is a
                # company among companies, not when B opens a clause ("et la chaîne B a
                # diffusé"; session 18, supply2)
            opens = next((x for x in range(j, k) if not units[x].is_mention
                          and (_description_to_name(units, tokens, x, lex)
                               or ((described_first or past_relative or heavy)
                                   and _parallel_description(units, tokens, x, lex)))), k)
            described = {units[x].norm for x in range(opens, k)}  # "the payments group"
            described |= {units[x].norm for x in range(j, k)  # "A, Peru's B and C"
                          if _place_possessive(units, tokens, x)  # (session 20), "A,
                          or _listed_place(units, tokens, x, lex)}  # Hong Kong importer B"
            gap = [units[x].norm for x in range(j, k) if not units[x].is_mention]
            gap_conj = any(w in LIST_WORDS and (w != "que" or q and gap[q - 1] in (
                "ainsi", "meme", "plus")) and (w != "as" or q and gap[q - 1] == "well")
                for q, w in enumerate(gap))  # not "confirmé à A que B", "A as a start-up in B"
            if not gap_conj and [w for w in gap if w not in lex.determiners
                                 and w not in lex.nationalities and w not in described] != [","]:
                break  # "A, la B et le C" is a list; "A, le fabricant de B" is not
            if gap_conj and gap[0] == "," and len(members) < 2:
                break  # "X, and Y relies on it": two clauses, not a list
            if gap_conj and gapped_after(units, k + 1, units[i - 1].norm if i else "", lex):
                break  # "X invests $1bn in Y and Z $2bn in W": Z opens a gapped clause
            members.extend(nxt.mentions)
            described_first = described_first or opens < k  # "A, forklift maker B and ..."
            end = k + 1
            saw_conj = saw_conj or gap_conj
            if nxt.possessive or (gap_conj and not _heavy_conj(gap)):
                break  # "A as well as B and C", "A ainsi que B et C" go on ("A et B ainsi
                # que C" does not: "B, propriétaire de A et B ainsi que C" is no list)
            j = k + 1
        if not saw_conj and len(members) > 1 and _closed_by_others(units, end):
            saw_conj = True  # "A, B and several NHS trusts": the list closes on a phrase
        if saw_conj and len(members) > 1 and _possessor_of_apposed_list(units, i, end):
            out.append(u)  # "les concurrents de X, A et B, ont": X owns the list after it
            i += 1
        elif saw_conj and len(members) > 1:
            last = units[end - 1]
            out.append(Unit(u.first, last.last, "", tuple(members), last.possessive,
                            clauses_each=relative_seen))
            i = end
        else:
            out.append(u)
            i += 1
    return out


_EXAMPLE_OPENERS = (("such", "as"), ("including",), ("like",), ("comme",), ("tels", "que"),
                    ("telles", "que"), ("tel", "que"), ("notamment",))
"""List openers that give examples of a class ("smaller players such as C", "des indépendants
comme C")."""
_CLASS_PHRASE_REACH = 5
"""How many words the class phrase before such an opener may hold."""


def _others_with_examples(units: list[Unit], tokens: list[Token], j: int,
                          lex: Lexicon) -> int | None:
    """The unit of the name a list closes on when its last conjunct is a class phrase with an
    example ("A, B and, increasingly, smaller players such as C", "A ainsi que des
    indépendants comme C"): the class phrase is lower-case words or nationalities, at most
    `_CLASS_PHRASE_REACH` of them, with no preposition but "de"/"of"; else None."""
    q = j + 1 if j < len(units) and units[j].norm == "," else j
    heavy = next((c for c in _HEAVY_CONJ if tuple(u.norm for u in units[q:q + len(c)]) == c),
                 None)
    if heavy is not None:
        q += len(heavy)
    elif q < len(units) and units[q].norm in ("and", "et"):
        q = _past_insertion(units, q, lex)
        q = q + 1 if units[q].norm in ("and", "et") else q
    else:
        return None
    words = [u.norm for u in units]
    start = q
    while q < len(units) and q - start <= _CLASS_PHRASE_REACH and not units[q].is_mention:
        opener = match_at(words, q, _EXAMPLE_OPENERS)
        if opener is not None:
            n = q + len(opener)
            n += n < len(units) and words[n] in lex.determiners  # "comme la Fonderie C"
            return n if q > start and n < len(units) and units[n].is_mention else None
        w = words[q]
        if not (tokens[units[q].first].text.islower() or w in lex.nationalities) \
                or w in lex.relative_pronouns or (
                w in lex.prepositions and w not in OF_WORDS):
            return None
        q += 1
    return None


_CLAUSE_OPENERS = frozenset({",", "and", "et", "but", "mais", "while", "tandis"})


def _description_and_name(
    units: list[Unit], tokens: list[Token], i: int, lex: Lexicon, registry: Registry
) -> int:
    """The unit of the name that a description opening its clause is joined to by "and"/"et"
    ("the company and Frankfurt utility Quistor have set up a joint venture", "Le groupe et
    Quistor ont créé une coentreprise"): both are the clause's subject. 0 when none is."""
    u = units[i]
    if not u.is_mention or u.possessive or u.mentions[0].kind != ANAPHOR or not (
            i == 0 or units[i - 1].norm in _CLAUSE_OPENERS or (
                i == 1 and units[0].norm in lex.determiners)) or i + 2 >= len(units) \
            or units[i + 1].norm not in ("and", "et"):
        return 0
    k = i + 2
    while k < len(units) and not units[k].is_mention and k - i < 8 and (
            units[k].norm in lex.determiners or units[k].norm in lex.nationalities
            or (k == i + 2 and units[k].norm in place_words()  # "and Frankfurt utility B"
                and _description_to_name(units, tokens, k + 1, lex))
            or (k == i + 2 and units[k].norm in place_words() and k + 2 < len(units)
                and units[k + 1].norm == "'s" and units[k + 2].is_mention)  # "and Japan's B"
            or (k == i + 3 and units[k].norm == "'s" and units[k - 1].norm in place_words())
            or _description_to_name(units, tokens, k, lex)
            or _within_description(units, tokens, k, lex)
            or _adjective_after_noun(units, tokens, k, lex)):
        k += 1
    if k >= len(units) or not units[k].is_mention or units[k].possessive:
        return 0
    m = units[k].mentions[0]
    if m.kind != NAME or len(units[k].mentions) > 1 or mention_class(m, registry) != "org":
        return 0
    if k + 1 < len(units) and units[k + 1].norm in (",", "and", "et", "'s"):
        return 0  # "the company and A, B ...": a longer list, left as it was
    return k


_CHAIN_NOUNS = frozenset({"chaine", "chaines"})
"""The outlet noun that also heads a retail chain ("la chaîne B"): typed as a channel, its
name still joins a list of companies."""

_LIST_HEADS = frozenset({"manager", "managers", "chain", "gestionnaire", "chaine", "bras",
                         "network", "reseau", "vehicle", "vehicule", "office", "house"})
"""Nouns that head a member's description in a list without a determiner ("pension manager
B", "family office B"); after a determiner any lower-case noun does ("et le gestionnaire B")."""

_NO_DESCRIPTION = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                             "time", "times", "morning", "evening", "quarter", "next", "same",
                             "following", "previous", "last", "meantime", "jour", "jours",
                             "lendemain", "veille", "semaine", "semaines", "mois", "annee",
                             "annees", "an", "ans", "fois", "matin", "soir", "trimestre",
                             "meme", "suivant", "suivante", "dernier", "derniere", "moment",
                             "temps", "other", "autre", "chief", "executive", "ceo", "patron",
                             "president", "directeur", "directrice", "founder", "fondateur"})
"""Words after a determiner that make no member's description: a time ("and the next day B
bought"), another clause's subject, a person's title."""


_TOWN_DEMONYM_ENDINGS = tuple(e for e in DEMONYM_ENDINGS if e not in ("and", "ande", "an", "ane"))
"""Endings of a town's demonym between a determiner and a list member (stakes4): the list
stakes4 wrote, which is `word_shapes.DEMONYM_ENDINGS` without "-and(e)" / "-an(e)"; whether
those would do here was not tried."""
_TOWN_DETERMINERS = frozenset({"le", "la", "l'", "au", "du", "a"})
"""Determiners (and "à" folded) before such a demonym ("et la rennaise B", "au nantais B")."""


def _town_demonym(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when unit k is a French town's or region's demonym between a determiner and a
    list member's name ("A et la rennaise B", "au nantais B"; the demonyms of countries are
    `lex.nationalities`; session 21, stakes4)."""
    if lex.language != "fr" or k < 1 or k + 1 >= len(units) or not units[k + 1].is_mention \
            or units[k - 1].norm not in _TOWN_DETERMINERS:
        return False
    text = tokens[units[k].first].text
    return units[k].first + 1 == units[k].last and len(text) >= 6 and text.isalpha() \
        and text.islower() and units[k].norm.endswith(_TOWN_DEMONYM_ENDINGS) \
        and units[k].norm not in _NO_DESCRIPTION  # "et le lendemain B a racheté"


def _described_member(units: list[Unit], tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when the name at unit i carries a description right before it ("le fonds souverain
    A", "sovereign fund A", "the retailer A"): the members after it may carry their own."""
    if i == 0:
        return False
    prev = units[i - 1].norm
    return _descriptor_ends(units, i - 1, lex) or prev in lex.org_heads \
        or trade_noun(units, tokens, i - 1, lex) \
        or _adjective_after_noun(units, tokens, i - 1, lex) or (
            (prev in _LIST_HEADS or prev in lex.descriptor_ends) and i >= 2
            and not units[i - 2].is_mention and _parallel_description(units, tokens, i - 1, lex))
    # ... or a noun of a company's kind after a determiner ("the hardware chain A and the
    # tyre franchise B", session 17)


def _parallel_description(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when unit k is a word of a later member's description in a list whose first member
    is described: up to three lower-case words (and a French "de" complement: "le gestionnaire
    d'actifs B", "la maison de cognac B"), then the name, after a determiner ("le fonds A et le
    gestionnaire B", "le groupe A, la chaîne B") or ending on a list head ("sovereign fund A
    and pension manager B"). Verbs, other prepositions and conjunctions end it."""
    for start in range(k, max(0, k - 6) - 1, -1):
        if start == 0 or units[start - 1].is_mention:
            return False
        prev = units[start - 1].norm
        if prev in FR_OF_WORDS and lex.language == "fr" and start - 1 > k - 6:
            continue  # "gestionnaire d'actifs": the complement is inside the description
        if prev in lex.determiners or prev in _SEP_WORDS:
            q = _description_end(units, tokens, start, lex)
            if q <= k:
                return False
            return prev in lex.determiners or units[q - 1].norm in _LIST_HEADS
    return False




def _description_end(units: list[Unit], tokens: list[Token], start: int, lex: Lexicon) -> int:
    """The name unit that the description opening at `start` ends on, else -1 (see
    `_parallel_description`)."""
    q = start
    words = 0
    while q < len(units) and not units[q].is_mention:
        w = units[q].norm
        text = tokens[units[q].first].text
        if w in FR_OF_WORDS and lex.language == "fr" and q > start \
                and q + 1 < len(units) and not units[q + 1].is_mention:
            q += 2 if units[q + 1].norm in ("l'", "la", "les") else 1
            continue  # "le gestionnaire d'actifs B", "le spécialiste de l'irrigation B"
        if words >= 4 or not (text.isalpha() or "-" in text[1:-1]) or not text.islower() \
                or w in lex.prepositions or w in _SEP_WORDS or w in lex.relative_pronouns \
                or w in lex.determiners or w in _NO_DESCRIPTION:
            return -1
        words += 1
        q += 1
    return q if q < len(units) and q > start else -1

_PLACE_PARENTHESIS_WORDS = 3
"""Most words a list member's place parenthesis holds ("(Basse-Normandie)", "(New York)")."""


def _past_place_parenthesis(units: list[Unit], j: int) -> int:
    """The position past a parenthesis after a list member that holds only a place ("A
    (France), B (Germany) and C", "A (Lyon) et B"), else j (session 17)."""
    if j >= len(units) or units[j].norm != "(":
        return j
    for q in range(j + 1, min(len(units), j + 2 + _PLACE_PARENTHESIS_WORDS)):
        if units[q].norm == ")":
            inner = [units[x].norm for x in range(j + 1, q)]
            return q + 1 if inner and all(w in place_words() for w in inner) else j
        if units[q].is_mention:
            return j
    return j


def _possessor_of_apposed_list(units: list[Unit], i: int, end: int) -> bool:
    """True when the first name of a list is the "de" / "of" complement of a relation noun
    and the rest of the list, set off by commas, is its members: "Les concurrents de X, A et
    B, ont ...", "the parent of X, A and B, ..." (X is no member: the comma after X opens the
    apposition that the comma after the list closes)."""
    if i < 2 or units[i - 1].norm not in OF_WORDS or member_noun(
            [x.norm for x in units[:i - 1]], i - 2) is None:
        return False
    return end < len(units) and units[end].norm == "," and i + 1 < len(units) \
        and units[i + 1].norm == ","


_OTHERS = frozenset({"several", "other", "others", "many", "various", "numerous", "dozens",
                     "hundreds", "plusieurs", "autres", "nombreux", "nombreuses", "divers",
                     "diverses", "quelques", "d'autres"})


def _closed_by_others(units: list[Unit], end: int) -> bool:
    """True when a comma list of names closes with a conjunction and a phrase of unnamed
    others: "A, B and several NHS trusts", "A, B et plusieurs hôpitaux", "A, B et de
    nombreuses PME"."""
    if end + 1 >= len(units) or units[end].norm not in ("and", "et") \
            or units[end].is_mention:
        return False
    nxt = [units[x].norm for x in range(end + 1, min(len(units), end + 3))]
    return nxt[0] in _OTHERS or (nxt[0] in ("de", "d'") and len(nxt) > 1 and nxt[1] in _OTHERS)




AGENT_PREPS = frozenset({"by", "par"})
"""The prepositions of a passive's agent ("built by X", "fabriqué par X")."""
_BASED_WORDS = frozenset({"based", "listed", "headquartered"})
"""The tail of a hyphenated place before a list member: "the Texas-based B", "US-listed B"
("listed" since session 19, rivals)."""


_PLACE_REACH = 3
"""How many capitalised words a place before a list member's description may have."""


def _listed_place(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when unit k is a word of a capitalised place of one to three words that stands
    after a list word or a comma, before a description that ends on a name: "A and UK
    distributor B", "A, Hong Kong importer B and C", "A, Singapore importer B" (one word after
    a list word since session 19; a comma and longer places since session 24, supply15)."""
    places = place_words()

    def place(q: int) -> bool:
        return 0 <= q < len(units) and not units[q].is_mention and units[q].norm in places \
            and tokens[units[q].first].text[:1].isupper()

    if not place(k):
        return False
    s = k
    while k - s < _PLACE_REACH - 1 and place(s - 1):
        s -= 1
    if s < 1 or not (units[s - 1].norm in LIST_WORDS or units[s - 1].norm == ","):
        return False
    e = k + 1
    while e - s < _PLACE_REACH and place(e):
        e += 1
    return _description_to_name(units, tokens, e, lex)


def _description_to_name(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when unit k is a word of a description that ends on its head right before a name,
    so a list member introduced by it goes on the list: "A, the Dutch payments group B and
    C", "A and the Texas-based B", "A and US-listed B" (lower-case modifiers, a hyphenated
    place, then a company noun or a `_BASED_WORDS` tail before the name; at most five
    words)."""
    q = k
    head = False
    while q < len(units) and q - k < 6 and not units[q].is_mention:
        w = units[q].norm
        noun = _descriptor_ends(units, q, lex) or w in lex.org_heads or w in _LIST_HEADS \
            or trade_noun(units, tokens, q, lex)
        if (noun or w in _BASED_WORDS) and q + 1 < len(units) and units[q + 1].is_mention:
            return True
        head = head or noun
        text = tokens[units[q].first].text
        hyphen = q + 1 < len(units) and units[q + 1].norm == "-"
        if head and w in OF_WORDS and q + 2 < len(units) and not units[q + 1].is_mention:
            q += 1  # "l'exportateur d'agrumes B": a complement noun, then the name (never
            continue  # "le fabricant de B", whose name is the complement)
        acronym = not head and q == k and 2 <= len(text) <= 3 and text.isalpha() \
            and text.isupper() and q + 1 < len(units) and not units[q + 1].is_mention \
            and tokens[units[q + 1].first].text.islower()  # "and AI chip startup B"
        if not (w == "-" or acronym or (text.isalpha() and (text.islower() or hyphen))) or (
                head and w in lex.prepositions and w not in OF_WORDS) or w in AGENT_PREPS:
            return False  # "la coentreprise fondée par B et C": B is its founder, no member;
            # "A, backed by the fund B, and C": B is A's backer (session 19)
        q += 1
    return head and q < len(units) and units[q].is_mention and units[q - 1].norm not in OF_WORDS


def described_name(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """The unit of the name that a company's description opening at unit k (after an optional
    determiner) ends on: "l'importateur new-yorkais B", "le tricoteur ardéchois B", "Hong Kong
    importer B" (see `_description_to_name`); None when no description opens there (session
    24, supply14)."""
    units, tokens = view.units, view.tokens
    if k < len(units) and units[k].norm in lex.determiners:
        k += 1
    if k >= len(units) or units[k].is_mention \
            or not _description_to_name(units, tokens, k, lex):
        return None
    return next((q for q in range(k + 1, len(units)) if units[q].is_mention), None)


def _within_description(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when unit k follows the head of a description that ends on a name ("la société
    de paiements B": "de" and "paiements" after "société")."""
    for q in range(k - 1, max(-1, k - 5), -1):
        if units[q].is_mention:
            return False
        if _descriptor_ends(units, q, lex) or units[q].norm in lex.org_heads or (
                lex.language == "fr" and (units[q].norm in _LIST_HEADS
                                          or trade_noun(units, tokens, q, lex))
                and all(units[x].norm in FR_OF_WORDS
                        or units[x].norm.endswith(FR_ADJECTIVE_ENDINGS)
                        for x in range(q + 1, k))):
            return _description_to_name(units, tokens, q, lex)  # "la chaîne britannique
            # de cavistes B" (session 24), not "the chain said B"
    return False


_NO_TRADE = frozenset({"other", "others", "under", "after", "over", "never", "either",
                       "neither", "whether", "together", "however", "further", "rather",
                       "former", "latter", "order", "orders", "member", "members", "meilleur",
                       "premier", "dernier", "entier", "leur", "leurs", "plusieurs",
                       "ailleurs", "interieur", "exterieur", "secteur", "secteurs",
                       "marche", "milieu", "number", "numbers", "quarter", "year"})
"""Words with a trade noun's ending that name no trade: function words, comparatives,
ordinals, a sector ("le secteur")."""


_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "may", "might", "must",
                          "should", "shall", "also", "not", "did", "does", "do", "who",
                          "which", "that", "it", "they", "we"})
"""Words after which an English "-er" word is a verb ("to register and sell B's products",
"will deliver B")."""


def _adjectives_to_name(units: list[Unit], tokens: list[Token], q: int) -> bool:
    """True when a name follows unit q past at most three lower-case French adjectives, a
    hyphenated one counting as one ("le tricoteur ardéchois B", "l'importateur new-yorkais B")."""
    for x in range(q + 1, min(len(units), q + 6)):
        if units[x].is_mention:
            return True
        text = tokens[units[x].first].text
        if not (text == "-" or (text.isalpha() and text.islower() and (
                x + 1 < len(units) and units[x + 1].norm == "-"
                or units[x - 1].norm == "-"
                or units[x].norm.endswith(FR_ADJECTIVE_ENDINGS + DEMONYM_ENDINGS)))):
            return False
    return False


def trade_noun(units: list[Unit], tokens: list[Token], q: int, lex: Lexicon) -> bool:
    """True when unit q is a lower-case noun of a trade that no list holds, by its ending
    ("importer", "processor", "tricoteur", "marbrier": `TRADE_NOUN_ENDINGS`), six letters
    at least, right before the name it describes: in English next to it and not after "to"
    or a modal (a verb: "to register B"), in French after a determiner and before at most a
    few adjectives ("le tricoteur ardéchois B", not "confier B"). A role ("director",
    "directeur"), a relation noun ("supplier", "partner"), a function word and `_NO_TRADE`
    stay out (session 24, supply14)."""
    if q < 1 or q + 1 >= len(units) or units[q].is_mention:
        return False
    for x in range(q - 1, max(-1, q - 6), -1):
        if units[x].is_mention or units[x].norm in (",", ";"):
            break
        if units[x].norm in lex.prepositions:
            return False  # "and for Danish installer B": B has a preposition of its own
    prev = units[q - 1].norm
    if lex.language == "en" and (not units[q + 1].is_mention or prev in _VERB_BEFORE):
        return False
    if lex.language == "fr" and (prev not in lex.determiners
                                 or not _adjectives_to_name(units, tokens, q)):
        return False
    w = units[q].norm
    text = tokens[units[q].first].text
    return len(w) >= 6 and text.isalpha() and text.islower() \
        and w.endswith(TRADE_NOUN_ENDINGS.get(lex.language, ())) and w not in _NO_TRADE \
        and w not in MEMBER_NOUNS and w not in lex.role_words and w not in _NO_DESCRIPTION \
        and w not in lex.function_words and w not in lex.prepositions \
        and w not in lex.determiners and w not in lex.triggers


def _descriptor_ends(units: list[Unit], q: int, lex: Lexicon) -> bool:
    """True when a company noun of the lexicon ends at unit q, one word or several ("le
    fabricant", "la start-up", "la jeune pousse", "the start-up"): a list member's
    description may end on it."""
    if units[q].norm not in lex.descriptor_ends:
        return False
    for size in range(1, 4):
        if q - size + 1 < 0 or any(units[x].is_mention for x in range(q - size + 1, q + 1)):
            return False
        if tuple(units[x].norm for x in range(q - size + 1, q + 1)) in lex.descriptors:
            return True
    return False




def _adjective_after_noun(units: list[Unit], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A French adjective after a descriptor noun in a list: "et du fonds souverain
    singapourien B", "et le groupe industriel B" (lower case, an adjective's ending)."""
    if lex.language != "fr" or k == 0:
        return False
    prev = units[k - 1].norm
    if (prev,) not in lex.descriptors and prev not in lex.org_heads \
            and prev not in lex.group_nouns \
            and not _adjective_after_noun(units, tokens, k - 1, lex):
        return False
    text = tokens[units[k].first].text
    return text.isalpha() and text.islower() and units[k].norm.endswith(FR_ADJECTIVE_ENDINGS)


def _place_possessive(units: list[Unit], tokens: list[Token], k: int) -> bool:
    """True for a word of a place's possessive before a name: "and South Korea's SK Hynix"
    (up to three capitalised words that are no name, then "'s")."""
    j = k
    while j < len(units) and j - k < 3 and not units[j].is_mention \
            and tokens[units[j].first].text[:1].isupper():
        j += 1
    return units[k].norm == "'s" or (j > k and j < len(units) and units[j].norm == "'s")


def _past_apposition(units: list[Unit], j: int, lex: Lexicon) -> int:
    """After "A, la filiale de B, et C" / "A, a unit of B, and C": the position past the
    apposition's closing comma when a conjunction follows it (the list goes on with C), else j."""
    if j + 1 >= len(units) or units[j].norm != "," or not (
            units[j + 1].norm in lex.determiners or (units[j + 1].norm,) in lex.descriptors
            or units[j + 1].norm in _BARE_APPOSITION_NOUNS
            or not units[j + 1].is_mention and j + 2 < len(units)
            and units[j + 2].norm == "'s"):
        return j  # "A, propriétaire de la marque L, et B", "A, Austria's largest builder, and
        # B" (session 24, rivals25; not a possessive name: "A, Korvane's venture with Y, and
        # B" keeps the venture's partners in the apposition)
    for c in range(j + 2, min(len(units) - 1, j + 10)):
        w = units[c].norm
        if w in HARD_BOUNDARIES or w == "." or w in lex.relative_pronouns:
            return j
        if w == ",":
            return c + 1 if units[c + 1].norm in ("and", "et") or _heavy_conj_at(units, c + 1) \
                else j  # "A, propriétaire de L, ainsi que B" (session 24, rivals25)
    return j


_HEAVY_CONJ = (("as", "well", "as"), ("ainsi", "que"), ("ainsi", "qu'"), ("de", "meme", "que"))


_REPEATED_PREPS = frozenset({"par", "by", "against", "contre", "versus", "face"})
"""Prepositions that a list repeats before each of its names ("dominé par A et par B",
"against A and against B"); "à", "de", "with" are separators already."""


def _repeated_preposition(units: list[Unit], i: int, j: int, k: int) -> bool:
    """True when unit k, right after a list word, repeats the preposition before the list's
    first name at unit i: "dominé par A et par B", "up against A and against B" (session 25,
    wrongs26: "A et par B, ses deux concurrents" is one list, its apposition no member's).
    Companies only: "fondée par P et par Q, qui a quitté l'entreprise" tells of Q alone."""
    return i > 0 and k > j and units[k].norm in _REPEATED_PREPS \
        and units[k].norm == units[i - 1].norm and units[k - 1].norm in LIST_WORDS


def _heavy_conj(gap: list[str]) -> bool:
    """True when the words between two members hold "as well as" / "ainsi que" / "de même
    que": the list may go on past it ("A as well as B and C", "A ainsi que B et C")."""
    return any(tuple(gap[q:q + len(c)]) == c for c in _HEAVY_CONJ for q in range(len(gap)))


def _heavy_conj_at(units: list[Unit], k: int) -> bool:
    """True when "as well as" / "ainsi que" / "de même que" (after an optional comma) opens
    at unit k: "A and B, as well as C", "A et B ainsi que C"."""
    if k < len(units) and units[k].norm == ",":
        k += 1
    words = [u.norm for u in units[k:k + 3]]
    return any(tuple(words[:len(c)]) == c for c in _HEAVY_CONJ)


_RELATIVE_REACH = 24


def _past_relative_before_conjunction(units: list[Unit], j: int, lex: Lexicon) -> int:
    """After "A, which relies on its network, and B" / "A, qui utilise sa suite, et le
    commissionnaire B": the position past the relative clause's closing comma when a
    conjunction follows it, else j (session 15). The clause holds no full stop, no hard
    boundary and no other comma."""
    if j + 1 >= len(units) or units[j].norm != ",":
        return j
    start = j + 2 if units[j + 1].norm in SUBJECT_RELATIVES - {"that"} \
        else _past_oblique_relative(units, j + 1, lex)
    if start == j + 1:
        return j
    for c in range(start, min(len(units) - 1, j + _RELATIVE_REACH)):
        w = units[c].norm
        if w in HARD_BOUNDARIES or w in (".", ";", ":") or (
                units[c].is_mention and units[c].mentions[0].kind == NAME):
            return j  # "A, which builds vessels for Y, and B": the clause's own relation
        if w == ",":
            nxt = [units[x].norm for x in range(c + 1, min(len(units), c + 4))]
            if start > j + 2 and any(w in lex.prepositions for w in nxt[1:3]
                                     if w not in ("que", "qu'", "as")):
                return j  # "with A, from which it rents masts, and with B": a repeated
                # preposition keeps A's own relative clause to A
            if nxt[:1] in (["and"], ["et"]) or _heavy_conj(nxt):
                return c + 1
            return j
    return j


def _past_oblique_relative(units: list[Unit], k: int, lex: Lexicon) -> int:
    """The unit past a relative pronoun governed by a preposition opening at unit k ("A,
    pour lequel il fabrique des pains, ainsi que B", "A, for which it builds vans, and B",
    "A, auprès duquel ..."), else k (session 22, French pass). The pronouns are
    `relative_at`'s: one of `_PREPOSITION_RELATIVES` after one or two prepositions, or a
    contracted one with none ("A, auquel il livre ..."; not "dont")."""
    q = k
    while q < min(len(units), k + 2) and units[q].norm in lex.prepositions:
        q += 1
    if q >= len(units):
        return k
    w = units[q].norm
    if q > k and w in _PREPOSITION_RELATIVES or w in _CONTRACTED_RELATIVES and w != "dont":
        return q + 1
    return k


def _past_insertion(units: list[Unit], j: int, lex: Lexicon) -> int:
    """The unit after an insertion set off by commas right after a list's "and" / "et" ("A
    and, since 2021, B", "A et, depuis peu, B"): the unit after its closing comma, else j.
    The insertion names nobody and holds at most five words (session 18)."""
    if j + 2 >= len(units) or units[j].norm not in ("and", "et") or units[j + 1].norm != ",":
        return j
    for c in range(j + 2, min(len(units), j + 8)):
        w = units[c].norm
        if units[c].is_mention or w in HARD_BOUNDARIES or w in (".", ";") \
                or w in lex.relative_pronouns:
            return j
        if w == ",":
            return c + 1 if c > j + 2 else j
    return j


def _phrase_ends(units: list[Unit], k: int, lex: Lexicon) -> bool:
    """True when unit k closes the noun phrase of a list member: the end of the sentence, a
    comma, a relative pronoun or a preposition ("and B among its largest customers")."""
    if k >= len(units):
        return True
    w = units[k].norm
    return w in (",", ".", ";", ":", ")") or w in lex.relative_pronouns \
        or (w in lex.prepositions and w != "a")  # "et B a annoncé": the verb "a"


_CURRENCY_SIGNS = frozenset("$€£¥")


_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over",
                            "pres", "environ", "quelque", "presque", "plus", "de", "than",
                            "more", "less", "moins", "un", "peu"})


def _amount_next(units: list[Unit], k: int) -> bool:
    """True when unit `k` begins an amount ("$2bn", "2 milliards", "près de 20 %", "about
    10%")."""
    while k < len(units) and units[k].norm in _APPROXIMATORS:
        k += 1
    first = units[k].norm[:1] if k < len(units) else ""
    return first.isdigit() or (first != "" and first in _CURRENCY_SIGNS)



def gapped_after(units: list[Unit], k: int, prep: str, lex: Lexicon) -> bool:
    """True when what follows a name at unit k is the rest of a clause whose verb is left out:
    an amount or a percentage ("and Z $2bn", "et Z 10 %"), a stake ("and Z a 20% stake", "et Z
    une participation de 20 %"), or the preposition of the first conjunct with a name ("in Y
    and Z in W")."""
    if k >= len(units):
        return False
    if _amount_next(units, k):
        return True
    w = units[k].norm
    if w in lex.determiners and any(units[j].norm in STAKE_NOUNS
                                    for j in range(k + 1, min(len(units), k + 4))):
        return True
    return bool(prep) and prep != "," and w == prep and k + 1 < len(units) \
        and units[k + 1].is_mention  # a comma repeated is no preposition: "Face à ses
    # concurrents, A et B, X mise" (session 24, rivals25)


_PREDICATE_ADVERBS = frozenset({"also", "already", "still", "now"})
"""English adverbs before a finite verb ("also stocks", "already owns"); the French adverb
follows the verb, and "également fournisseur de" opens an apposition."""


_FINITE_OPENERS = frozenset({"passe", "passent", "tombe", "tombent"})
"""Words that open an apposition as participles ("passé", "tombée", folded) and the main
clause as present-tense verbs when written without the accent ("passe sous le contrôle")."""


_CLITICS = frozenset({"l'"})
_CLITIC_VERBS = frozenset({"a", "avait", "aura", "avaient", "ont", "est", "etait", "sera"})
"""An elided object pronoun and the auxiliary after it ("l'a emporté", "l'avait racheté"):
after a comma they open the main verb, never an apposition (session 24, rivals25)."""


_AUXILIARIES = frozenset({
    "doit", "doivent", "devrait", "devraient", "va", "vont", "sera", "seront", "pourrait",
    "pourraient", "peut", "peuvent", "will", "would", "should", "must", "could", "can", "may",
    "might"})
"""Modal and future auxiliaries: a stretch between commas holding one is a clause, never an
apposition (session 22, rivals)."""


def _opening_phrase(view: SentenceView, owner: int, c: int, end: int) -> bool:
    """True when the name at unit `owner` ends a phrase that a preposition opens at the start
    of the sentence and the stretch from the comma at c to `end` holds an auxiliary: "Pour X,
    l'opération doit renforcer ...", "For X, the deal will ...": the comma closes the opening
    phrase and the main clause follows, no apposition of X."""
    words = view.words
    return owner == 1 and words[0] in ("pour", "for", "chez", "selon") \
        and any(words[q] in _AUXILIARIES for q in range(c + 1, end))


def _segments(view: SentenceView, lex: Lexicon) -> list[Segment]:
    """Relative clauses and appositions set off by commas after a mention."""
    units = view.units
    words = view.words
    segs: list[Segment] = []
    for c, u in enumerate(units):
        if u.norm != "," or c == 0 or c + 1 >= len(units):
            continue
        owner = c - 1
        while owner > 0 and not units[owner].is_mention and (
                units[owner].norm in lex.nationalities or units[c + 1].norm == "dont" and (
                    place_adjective(units[owner].norm, lex)
                    or region_adjective(units[owner].norm))):
            owner -= 1  # "Le groupe français, qui détenait...", "Le groupe marseillais, dont
            # le fonds Y détient 35 %" (a city or a region only before "dont", session 19)
        if not units[owner].is_mention:
            continue
        nxt = units[c + 1]
        w = nxt.norm
        rel = relative_at(words, c + 1, lex)
        if rel is not None or (lex.language == "fr" and object_relative(view, c + 1)):
            kind = "relative"  # ", qui", ", dans lequel", ", from which", ", que X a
            # rachetée," (session 15: the main verb after it has the antecedent for subject)
        elif (nxt.is_mention or w in lex.determiners or w in lex.title_words
              or match_at(words, c + 1, lex.keys["roles"]) or w in _APPOSITION_OPENERS
              or w in lex.nationalities or (w[:1].isdigit())):
            kind = "apposition"
        else:
            continue
        if kind == "apposition" and w in _FINITE_OPENERS \
                and view.tokens[nxt.first].text.lower() == w:
            continue  # "Kandor, filiale de Y, passe sous le contrôle de Z": the present tense
            # (no accent) is the main verb, not the participle "passé" of an apposition
        if kind == "apposition" and w in _CLITICS and c + 2 < len(units) \
                and words[c + 2] in _CLITIC_VERBS:
            continue  # "L'entreprise, qui ... des géants A et B, l'a emporté face à C": the
            # comma closes the relative clause and "l'a" opens the main verb, no apposition
            # of B (session 24, rivals25)
        if kind == "apposition" and w in _PREDICATE_ADVERBS and c + 2 < len(units) \
                and not units[c + 2].is_mention and words[c + 2].endswith(("s", "ed")) \
                and any(seg.kind == "relative" and seg.end == c for seg in segs):
            continue  # "X, which runs stores in the Y Arcade, also stocks A": the comma closes
            # the relative clause and the main verb follows, no apposition of Y
        end = _segment_end(view, c, lex) if kind == "apposition" else _plain_end(units, c + 1)
        possessive_led = nxt.is_mention and (nxt.mentions[0].kind == PRONOUN
                                             and nxt.mentions[0].possessive
                                             or nxt.possessive or nxt.mentions[-1].possessive)
        # ", its largest shareholder." and ", Zentrix's largest shareholder." closing the
        # sentence: both describe the name before the comma (a possessive name since session
        # 23, rivals24)
        final = end == len(units) - 1 and units[end].norm == "." and w in _APPOSITION_OPENERS
        if kind == "apposition" and end >= len(units) - 1 and not possessive_led and not final:
            continue  # no closing comma: not an apposition we can skip safely ("X, principal
            # concurrent de Y." closes the sentence: its owner is still X)
        if kind == "apposition" and _opening_phrase(view, owner, c, end):
            continue
        led_by_name = nxt.is_mention and not (nxt.mentions[0].kind == PRONOUN
                                              and nxt.mentions[0].possessive) \
            and not (nxt.possessive or nxt.mentions[-1].possessive)  # ", Boeing's rival,"
        if kind == "apposition" and (end - c > _apposition_reach(words, c, end, lex) or (
                led_by_name and (
                end - c > 2 or (owner > 0 and (words[owner - 1] in lex.prepositions
                                               or words[owner - 1] == "to"))))):
            continue  # "Selon Reuters, Stellantis cherche...": an introduction, not an apposition
        single = (kind == "apposition" and singular_description(view, c + 1, end, lex)) or (
            rel is not None and (words[rel[0]] in _SINGULAR_RELATIVES  # "à A et à B, auprès
                                 or units[owner].clauses_each  # de laquelle": B only; "A,
                                 # which ..., and B, which": B; not "which both ..."
                                 and not any(w in _BOTH for w in words[c + 1:end])
                                 or (not rel[1] and rel[0] + 1 < len(words)
                                     and words[rel[0] + 1] in _SINGULAR_VERBS)))
        segs.append(Segment(c, end, owner, kind, single))  # "A and B, which is owned by C":
        # B only (session 20)
    return segs + _described_relatives(view, lex)


def _plain_end(units: list[Unit], end: int) -> int:
    """The first comma, hard boundary or full stop at or after `end`."""
    while end < len(units) and units[end].norm != "," and units[end].norm not in \
            HARD_BOUNDARIES and units[end].norm != ".":
        end += 1
    return end


def _segment_end(view: SentenceView, c: int, lex: Lexicon) -> int:
    """Where an apposition opened at comma c ends: the next comma, hard boundary or full
    stop, past a place's parenthesis ("X, installé à Céret (Pyrénées-Orientales), a
    annoncé") and past the commas of a city and its state before the description's noun
    ("X, a Fresno, California-based startup that ..., agreed"; "X, an Austin, Texas, startup
    that ..., has raised": session 25, stakes26)."""
    units, words, toks = view.units, view.words, view.tokens
    end = _plain_end(units, c + 1)
    state = False  # the comma before the unit `end` closed a city ahead of its state
    while end + 1 < len(units):
        if units[end].norm == "(":
            close = _place_parenthesis_close(view, end)
            if close is None:
                break
            end = _plain_end(units, close + 1)
            continue
        if units[end].norm != "," or units[end - 1].is_mention or units[end + 1].is_mention:
            break
        after = units[end + 1].norm
        before = toks[units[end - 1].first].text
        if not state and words[c + 1] in lex.determiners and end - c <= 3 \
                and before[:1].isupper() and (after in place_words() or (
                    after.endswith("-based") and after[:-6] in place_words())):
            state = not after.endswith("-based")
            end = _plain_end(units, end + 1)
            continue
        if state and words[c + 1] in lex.determiners and after not in _MAIN_VERB_OPENERS \
                and toks[units[end + 1].first].text.islower() \
                and not after.endswith(("ed", "s")) and end + 2 < len(units) \
                and words[end + 2] not in ("to", ","):
            state = False  # "an Austin, Texas, startup that": the noun after the state
            end = _plain_end(units, end + 1)
            continue
        break
    return end


_PARENTHESIS_WORDS = 4
"""Most words of a place's parenthesis inside an apposition ("(Pyrénées-Orientales)")."""


def _place_parenthesis_close(view: SentenceView, j: int) -> int | None:
    """The unit of the ")" closing a parenthesis at unit j that holds only capitalised words
    and hyphens after a capitalised word (a place: "à Céret (Pyrénées-Orientales)", "in
    Lorient (Morbihan)"), else None."""
    units, toks = view.units, view.tokens
    if j == 0 or not toks[units[j - 1].first].text[:1].isupper() or units[j - 1].is_mention:
        return None
    for q in range(j + 1, min(len(units), j + 2 + _PARENTHESIS_WORDS)):
        if units[q].norm == ")":
            return q if q > j + 1 else None
        if units[q].is_mention or not (toks[units[q].first].text[:1].isupper()
                                       or units[q].norm == "-"):
            return None
    return None


def _apposition_reach(words: list[str], c: int, end: int, lex: Lexicon) -> int:
    """How many units an apposition opened at comma c and closed at `end` may run: 14, or 28
    for a description opened by a determiner whose relative clause starts within its first ten
    words and whose closing comma a main verb follows ("X, the family-run Harnfeld valve maker
    that has long stood behind bigger rivals, is buying": session 16; not ", for £12
    million": the comma may close no apposition)."""
    after = words[end + 1] if end + 1 < len(words) else ""
    if words[c + 1] in lex.determiners and after in _MAIN_VERB_OPENERS and any(
            words[k] in ("that", "which", "who", "qui")
            for k in range(c + 2, min(len(words), c + 1 + _RELATIVE_OPENS_WITHIN))):
        return _LONG_APPOSITION_REACH
    return _APPOSITION_REACH


_APPOSITION_REACH = 14
"""How many units an apposition may run; a longer stretch between commas is a clause."""
_LONG_APPOSITION_REACH = 28
"""The same for a description with its own relative clause ("the ... maker that has ...")."""
_RELATIVE_OPENS_WITHIN = 10
"""How many words into such a description its relative pronoun may stand."""


_MAIN_VERB_OPENERS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "plans",
    "agreed", "announced", "signed", "took", "takes", "bought", "buys", "acquired", "owns",
    "holds", "made", "also", "est", "a", "va", "sera", "avait", "rachete", "annonce"})
"""Words that open the main verb after a long apposition ("..., is buying", "..., has taken",
"..., a annoncé"). """


_SINGULAR_RELATIVES = frozenset({"lequel", "laquelle", "duquel", "auquel"})
_SINGULAR_VERBS = frozenset({"is", "was", "has", "est", "etait", "appartient", "appartenait"})
"""Singular verbs right after a subject relative pronoun: after a list the clause tells of its
last member ("A and B, which is owned by C", "A et B, qui appartient à C"; session 20)."""
"""French relative pronouns that stand for one thing: after a list they tell of its last
member ("à A et à B, auprès de laquelle X s'approvisionne": B only; session 15)."""

_BOTH = frozenset({"both", "deux", "tous", "toutes"})
"""Words of a relative clause after a list that make it tell of every member ("which both
...", "qui ont toutes deux ...")."""

_SINGULAR_DETERMINERS = frozenset({"a", "an", "un", "une", "le", "la", "l'", "this", "ce",
                                   "cet", "cette"})
_PLURAL_WORDS = frozenset({"two", "three", "four", "both", "deux", "trois", "quatre", "les",
                           "des", "ces", "these", "those", "several", "plusieurs"})


def singular_description(view: SentenceView, start: int, stop: int, lex: Lexicon) -> bool:
    """True when the words of units [start, stop) open with a singular description ("the
    Nuremberg-based cable specialist", "le spécialiste lyonnais"): its head noun, the last
    word before a relative pronoun, a preposition or the end, does not end in -s or -x."""
    toks = view.tokens[view.units[start].first:view.units[stop - 1].last] if stop > start \
        else []
    words = [t.norm for t in toks]
    if not words or words[0] not in _SINGULAR_DETERMINERS | {"the"}:
        return False
    head = 1
    while head < len(words) and words[head] not in lex.relative_pronouns \
            and words[head] not in lex.prepositions and words[head] != ",":
        head += 1
    if head < 2 or any(w in _PLURAL_WORDS or w[:1].isdigit() for w in words[:head]):
        return False
    return words[0] != "the" or not words[head - 1].endswith(("s", "x"))


THAT_RELATIVES = frozenset({"that", "which", "que", "qu'"})
"""Relatives that may stand for a clause's object ("the parts that X makes", "les pièces que
X fabrique"); with "that", unlike `resolution.OBJECT_RELATIVES`."""


def object_relative(view: SentenceView, r: int, lex: Lexicon | None = None) -> bool:
    """True when the pronoun at unit r stands for the object of its clause: a named subject
    follows it ("Y, the chipmaker that X bought in 2022", "Y, le fabricant que X a racheté",
    session 15); "the chipmaker that makes X" (a subject pronoun) is left out. With `lex`,
    the subject may stand behind its description (see `relative_subject`)."""
    units = view.units
    if view.words[r] not in THAT_RELATIVES or r + 1 >= len(units):
        return False
    nxt = units[relative_subject(view, r, lex)]
    return nxt.is_mention and nxt.mentions[0].kind == NAME and not nxt.possessive


SUCH_BEFORE_QUE = frozenset({"tel", "tels", "telle", "telles"})
"""French "such" before "que": "des clients tels que Y" opens a list, no relative clause."""
_SUBJECT_DESCRIPTION_REACH = 5


def relative_subject(view: SentenceView, r: int, lex: Lexicon | None = None) -> int:
    """The unit of the subject right after a relative pronoun at r: the next unit, or the
    name after a country's possessive ("Y, which Italy's X bought", "which Saudi Arabia's X
    led"; session 19): the country is the buyer's, not the clause's subject. With `lex`, also
    the name after a short description of it ("which Swiss investor X bought", "that the
    private equity firm X acquired", "que le fonds américain X a racheté"; session 20): a
    determiner at most, then lower-case words with a company noun among them."""
    words, places = view.words, place_words()
    k = r + 1
    while k < len(words) and k - r <= 3 and words[k] in places and not view.units[k].is_mention:
        k += 1
    if k > r + 1 and k + 1 < len(words) and words[k] == "'s" and view.units[k + 1].is_mention:
        return k + 1
    if lex is not None:
        return _described_subject(view, r, lex)
    return r + 1


def _described_subject(view: SentenceView, r: int, lex: Lexicon) -> int:
    """The name after a short company description right after the relative pronoun at r
    (see `relative_subject`), else r + 1."""
    words, units = view.words, view.units
    q = r + 1
    if q < len(words) and words[q] in lex.determiners and not units[q].is_mention:
        q += 1
    noun = False
    while q < len(words) and q - r <= _SUBJECT_DESCRIPTION_REACH and not units[q].is_mention:
        w, text = words[q], view.tokens[units[q].first].text
        if (w,) in lex.descriptors or w in lex.org_heads or w in lex.descriptor_ends:
            noun = True
        elif not (place_adjective(w, lex) or text.isalpha() and text.islower()) \
                or w in lex.prepositions or w in lex.determiners:
            return r + 1
        q += 1
    if noun and q < len(words) and units[q].is_mention and not units[q].possessive \
            and units[q].mentions[0].kind == NAME:
        return q
    return r + 1


def _described_relatives(view: SentenceView, lex: Lexicon) -> list[Segment]:
    """Relative clauses that open after a description apposed to a name, with no comma of
    their own: "Y, the chip designer in which X holds 90%", "Y, un laitier coté à Lyon dont X
    détient 39 %", "Y, une société dans laquelle X a investi". The clause belongs to the name
    (its segment starts on the word before the pronoun, as a comma would)."""
    units, words = view.units, view.words
    out: list[Segment] = []
    for r in range(3, len(units)):
        if words[r - 1] == "," or (words[r] not in lex.relative_pronouns
                                   and words[r] not in lex.prepositions
                                   and words[r] not in THAT_RELATIVES):
            continue
        found = relative_at(words, r, lex)
        if found is None and object_relative(view, r):
            found = r, ()  # "that" is a complementizer in the lexicon
        if found is None or not (found[1] or (object_relative(view, r)
                                              and words[r - 1] not in lex.prepositions)):
            continue  # only a pronoun that stands for a complement ("dont", "in which"), or
            # the object of a clause with its own named subject ("the chipmaker that X bought")
        c = r - 1
        if units[c].is_mention:  # the description itself is a mention ("the chip designer")
            if units[c].mentions[0].kind != ANAPHOR:
                continue
            c -= 1
        while c > 0 and r - c <= 8 and words[c] != "," and not units[c].is_mention \
                and words[c] not in HARD_BOUNDARIES and words[c] not in lex.relative_pronouns:
            c -= 1
        if c < 1 or words[c] != "," or not units[c - 1].is_mention or c + 1 >= r \
                or not (words[c + 1] in lex.determiners or (words[c + 1],) in lex.descriptors
                        or units[c + 1].is_mention):
            continue
        end = found[0] + 1
        while end < len(units) and words[end] not in (",", ".") and words[end] not in \
                HARD_BOUNDARIES:
            end += 1
        single = singular_description(view, c + 1, r, lex)
        out.append(Segment(r - 1, end, c - 1, "relative", single))
    return out

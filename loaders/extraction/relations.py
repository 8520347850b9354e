"""Relation frames applied to a sentence view: triggers, argument slots, direction.

A frame (loaders/data/frames_*.json) names a trigger and where its two arguments are: the
clause subject (nearest mention to the left outside embedded segments, or the owner of the
relative clause the trigger sits in), a possessor ("X's acquisition", "son rachat"), a mention
after one of the object prepositions ("invest ... in Y", "auprès de Y"), or an agent phrase
("de la part de X", "by X"). Each match gives candidate relations with the trigger position,
which modality and amounts then qualify.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from loaders.extraction.implicit import (
    AWARDED,
    BE_BEFORE_PARTICIPLE,
    RIVAL_NOUNS,
    SELECTED,
    awarded_at,
    selected_for_work,
    thing_source_subject,
    thing_subject,
)
from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import (
    BRAND_NOUNS,
    BRAND_OR_SIGN_NOUNS,
    LINE_NOUNS,
    OF_WORDS,
    OF_WORDS_NO_DES,
    Frame,
    Lexicon,
    Phrase,
    match_at,
    match_ending_at,
    match_span,
    phrases,
    place_names,
)
from loaders.extraction.mentions import (
    ANAPHOR,
    DATIVE_CLITICS,
    FORMED_BY,
    INDEFINITE,
    LIST_WORDS,
    NAME,
    PLURAL,
    POSSESSIVES_EN,
    PRONOUN,
    RUN_SITE_NOUNS,
    USE_VERBS,
    Mention,
    org_noun_plural,
    rival_opening,
)
from loaders.extraction.modality import (
    NOT_NOW_BEFORE_NOUN,
    NOT_NOW_WORDS,
    OFFER_NOUNS,
    relation_status,
)
from loaders.extraction.resolution import (
    ACQUISITION_NOUNS,
    BUY_VERBS,
    COUNTERPART_HEADS,
    ORG_TYPES,
    SELL_VERBS,
    STAKE_NOUNS,
    Registry,
    place_adjective,
    region_adjective,
)
from loaders.extraction.text import fold
from loaders.extraction.units import (
    HARD_BOUNDARIES,
    PART_NOUNS,
    SUBJECT_RELATIVES,
    SUCH_BEFORE_QUE,
    THAT_RELATIVES,
    TO_WORDS,
    Segment,
    SentenceView,
    Unit,
    described_name,
    last_member,
    member_noun,
    mention_class,
    object_relative,
    relative_at,
    relative_subject,
    singular_description,
)
from loaders.extraction.word_shapes import (
    DESCRIPTION_TAIL_ENDINGS,
    DEVERBAL_ENDINGS,
    FR_ADJECTIVE_ENDINGS,
)
from ontology.records import EntityType, RelationType

_COORDINATORS = frozenset({("and",), ("et",)})
_SYMMETRIC = frozenset({RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH})


@dataclass(frozen=True)
class Candidate:
    """A relation found in one sentence, before modality and qualifiers."""

    type: RelationType
    source: str
    target: str
    sentence: int
    trigger: int  # unit index of the trigger
    trigger_end: int
    status: str | None = None  # a frame's own status ("in_talks" for bids and offers)


@dataclass
class Discourse:
    """What earlier sentences leave for later ones: the company whose funding round the
    article is about ("the round" / "la levée" later is its round), and the previous
    sentence's leading company and words ("The first will be made by X" after it)."""

    raiser: str | None = None
    lead: str | None = None
    words: frozenset[str] = frozenset()
    topic: str | None = None
    named: Counter[str] = field(default_factory=Counter)  # mentions in earlier sentences
    buyers: set[str] = field(default_factory=set)  # who bought or invested so far
    bought: dict[str, str] = field(default_factory=dict)  # buyer -> the last company it buys
    held: str | None = None  # the company of the last stake or takeover ("the rest" is of it)


_ROUND_NOUNS = frozenset({"round", "raise", "fundraising", "funding", "financing", "placement",
                          "levee", "tour", "augmentation", "financement"})
_DEFINITE = frozenset({"the", "this", "that", "its", "la", "le", "l'", "cette", "ce", "cet",
                       "sa", "son"})


def _raising(frame: Frame) -> bool:
    """A frame whose subject is the company raising money: "X raised", "X's round led by"."""
    return frame.type == RelationType.INVESTS_IN and frame.subject == "target" and any(
        trig[0] in _ROUND_NOUNS or trig[-1] in ("raised", "raises", "raise", "raising", "leve",
                                                "levera", "lever")
        for trig in frame.triggers)


def find_relations(
    view: SentenceView, lex: Lexicon, registry: Registry, rounds: Discourse | None = None
) -> list[Candidate]:
    """Candidate relations of one sentence from the language's frames (`rounds` carries what
    earlier sentences say; its raiser is updated)."""
    rounds = rounds if rounds is not None else Discourse()
    out: list[Candidate] = []
    words = view.words
    prefix = lex.triggers.get("*", ())
    insert_at = [q for q, w in enumerate(words) if w in lex.inserts]
    present = set(words)
    for t, word in enumerate(words):
        if not word:
            continue
        entries = lex.triggers.get(word, ())
        if prefix:
            entries = entries + prefix
        if not entries or t >= 2 and _side_phrase(words, t - 2):
            continue  # "X a, pour sa part, confié à Y ...": the adverbial's "part" triggers no
            # stake (session 24, wrongs25)
        best: dict[int, Phrase] = {}
        inserts = lex.inserts if any(t < q <= t + 7 for q in insert_at) else frozenset()
        for frame, trig in entries:
            if not lex.trigger_words[trig] <= present:
                continue  # a word of the trigger is nowhere in the sentence
            span = match_span(words, t, trig, inserts, lex.calendar)
            if not span:
                continue
            key = id(frame)
            if key not in best or span > len(best[key]):
                best[key] = trig if span == len(trig) else tuple(words[t:t + span])
        if not best:
            continue
        for frame in lex.frames:
            found = best.get(id(frame))
            if found is not None:
                cands = _apply(frame, found, t, view, lex, registry)
                if not cands and frame.type == RelationType.INVESTS_IN and rounds.raiser:
                    cands = _in_the_round(frame, t, t + len(found), view, lex, registry,
                                          rounds.raiser)
                if not cands and frame.noun_trigger and _raising(frame) and rounds.topic \
                        and rounds.raiser is None:
                    cands = _topic_round(frame, t, t + len(found), view, lex, registry,
                                         rounds.topic)
                elif not cands and frame.noun_trigger and _raising(frame) and rounds.raiser:
                    # "X a levé 40 millions. Le tour de table est mené par A, avec la
                    # participation de B": the round of an earlier sentence's raiser
                    cands = _topic_round(frame, t, t + len(found), view, lex, registry,
                                         rounds.raiser)
                if not cands and frame.type == RelationType.SUPPLIES and rounds.lead:
                    cands = _product_of_previous(frame, t, t + len(found), view, lex, registry,
                                                 rounds)
                party = salient(rounds)
                if not cands and party and thing_subject(frame, t, view, lex.prepositions):
                    cands = _topic_agent(frame, t, t + len(found), view, lex, registry, party)
                if not cands and party and thing_source_subject(frame, t, view, lex.prepositions):
                    cands = _topic_source(frame, t, t + len(found), view, lex, registry, party)
                if not cands and party and frame.agent_required and words[t] in SELECTED:
                    cands = _topic_selected(frame, t, t + len(found), view, lex, registry,
                                            party)
                if not cands and party and frame.type == RelationType.SUPPLIES:
                    cands = _topic_dative(frame, t, t + len(found), view, lex, registry, party)
                if not cands and party and frame.type == RelationType.PARTNERS_WITH \
                        and words[t] in _PARTNERSHIPS:
                    cands = _topic_partner(frame, t, t + len(found), view, lex, registry,
                                           party)
                if not cands and frame.type == RelationType.ACQUIRES and (rounds.raiser
                                                                          or party):
                    cands = _funded_purchase(frame, t, t + len(found), view, lex, registry,
                                             rounds.raiser or party or "")
                if frame.type == RelationType.INVESTS_IN and cands:
                    cands += _co_investors(view, t + len(found), cands, lex, registry)
                    if _raising(frame):
                        rounds.raiser = cands[0].target
                elif _raising(frame) and (not frame.noun_trigger or any(
                        w in _LAUNCHES for w in words[max(0, t - 3):t])):
                    # "X a levé 30 millions", "X a lancé une augmentation de capital de 1
                    # milliard d'euros, à laquelle a souscrit Y": X raises the round
                    rounds.raiser = _money_raiser(t, t + len(found), view, lex, registry,
                                                  frame) or rounds.raiser
                out.extend(with_status(cands, frame.status))
    party = salient(rounds)
    if party and AWARDED & present:
        seen = {(c.type, c.source, c.target) for c in out}
        out.extend(c for c in _topic_award(view, lex, registry, party)
                   if (c.type, c.source, c.target) not in seen)
    out.extend(_minority_partners(view, out, registry))
    seen = {(c.type, c.source, c.target) for c in out}
    out.extend(c for c in noun_members(view, lex, registry)
               if (c.type, c.source, c.target) not in seen)
    seen = {(c.type, c.source, c.target) for c in out}
    out.extend(c for c in _members_past_relative(view, out, lex, registry)
               if (c.type, c.source, c.target) not in seen)
    seen = {(c.type, c.source, c.target) for c in out}
    out.extend(c for c in _counted_customers(view, lex, registry)
               if (c.type, c.source, c.target) not in seen)
    seen = {(c.type, c.source, c.target) for c in out}
    out.extend(c for c in _listed_customers(view, lex, registry)
               if (c.type, c.source, c.target) not in seen)
    if rounds.topic:
        seen = {(c.type, c.source, c.target) for c in out}
        out.extend(c for c in another_member(view, lex, registry, rounds.topic)
                   if (c.type, c.source, c.target) not in seen)
    return _shared_customer(view, out, lex, registry)


# a second clause parallel to a first supply clause: its customer is left unsaid or is a
# possessive pronoun ("Les flacons de X sont produits par A, tandis que (ses) bouchons sont
# fournis par B", "X buys its motors from A, while its batteries come from B", "X's frames
# come from A, its wheels from B")
_CLAUSE_PAIRS = frozenset({("tandis", "que"), ("alors", "que")})
_CLAUSE_ONE = frozenset({"while", "whereas"})
"""English conjunctions that open a clause of their own ("X grows, while Q buys Y from Z"): the
name after them is that clause's subject, not the main clause's (session 15, typeprec)."""
GAP_JOINS = frozenset({",", "and", "et"})
"""Words joining the conjuncts of a gapped coordination ("its frames come from A, its wheels
from B"; "X invested $5 billion and Y $10 billion" in gapping.py)."""
_THING_DETS = frozenset({"les", "le", "la", "l'", "ses", "son", "sa", "leurs", "leur", "the",
                         "its", "their"})
# a gap repeats an unambiguous preposition only: a French "de" after "et les ..." is
# mostly a complement ("et les usines de la société B")
_SUPPLIER_PREPS = frozenset({"par", "by", "from", "de", "d'", "du", "des", "chez", "aupres"})
_GAP_PREPS = _SUPPLIER_PREPS - {"de", "d'", "du", "des"}
"""The supplier prepositions a gapped second clause may repeat ("de" is too common to)."""
_SHARED_FILLERS = frozenset({"will", "would", "be", "is", "are", "was", "were", "been", "being",
                             "also", "now", "to", "sera", "seront", "est", "sont", "ete", "etre",
                             "aussi", "egalement", "desormais", "va", "vont", "doit", "doivent",
                             "should", "mainly", "largely", "mostly", "all", "principalement",
                             "surtout", "tous", "toutes", "ont", "a", "have", "has"})
# what a company gets that is no goods: people, money, ideas
_NOT_SUPPLIED = frozenset({
    "executives", "executive", "staff", "engineers", "managers", "employees", "founders",
    "team", "workers", "people", "directors", "money", "funding", "capital", "cash", "revenue",
    "revenues", "sales", "profit", "profits", "growth", "shares", "stake", "customers",
    "clients", "cadres", "dirigeants", "salaries", "equipes", "fondateurs", "fonds",
    "financement", "financements", "revenus", "ventes", "benefices", "actions"})


def _org_ids(unit: Unit, registry: Registry) -> list[str]:
    return [e for m in unit.mentions for e in m.resolved if registry.type_of(e) in ORG_TYPES]


def _supply_span(words: list[str], q: int, lex: Lexicon) -> int:
    """The length of the longest supply trigger at unit q (0 if none)."""
    return max((match_span(words, q, tr, frozenset(), lex.calendar)
                for f, tr in lex.triggers.get(words[q], ())
                if f.type == RelationType.SUPPLIES), default=0)


def _described_agent(view: SentenceView, b: int, lex: Lexicon) -> int:
    """The unit of the name after an agent's preposition at `b`, behind a determiner and a
    short description ("par la PME jurassienne X", "from the Danish maker X"); `b` itself when
    there is none; past a one-word name that only qualifies the description ("by Delft
    fermentation start-up X": X, session 25, supply16)."""
    words, units = view.words, view.units
    if b < len(units) and units[b].is_mention and units[b].last - units[b].first == 1:
        q = b + 1
        while q < min(len(units), b + 6) and not units[q].is_mention and (
                view.tokens[units[q].first].text.islower() or words[q] == "-"):
            q += 1
        if b + 1 < q < len(units) and units[q].is_mention and words[q - 1] in lex.descriptor_ends:
            return q
    for q in range(b, min(len(units), b + 5)):
        if units[q].is_mention:
            return q
        text = view.tokens[units[q].first].text
        if text == "-" and q > b and words[q - 1].isalpha() and q + 1 < len(units) \
                and words[q + 1].isalpha():
            continue  # "from building-materials group X"
        if q + 2 < len(units) and words[q + 1] in ("'s", "’s") and units[q + 2].is_mention \
                and text.isalpha() and text.istitle():
            return q + 2  # a country's company: "from Japan's X"
        if words[q] not in lex.determiners and not place_adjective(words[q], lex) \
                and words[q] not in lex.descriptor_ends and words[q] not in lex.org_heads \
                and not (text.isalpha() and (text.islower() or text.isupper() and len(text) <= 4)
                         and words[q] not in lex.prepositions):
            return b
    return b


def _shared_customer(view: SentenceView, out: list[Candidate], lex: Lexicon,
                     registry: Registry) -> list[Candidate]:
    """The customer of a first supply clause (named before its trigger: the possessor of the
    goods or the buyer) is the customer of a parallel second clause whose goods have no named
    owner: after "while"/"whereas"/"tandis que"/"alors que" a supply verb and its agent, or
    after ","/"and"/"et" the same preposition as the first ("..., et ses batteries par B").
    A possessive there stands for that customer, not for the first supplier."""
    words, units = view.words, view.units
    n = len(units)
    added: list[Candidate] = []
    drop: set[tuple[str, str, int]] = set()
    todo = list(out)  # a second clause's supplier may open a third: "buys A from B and C
    # from D, while E come from F" (session 24)
    for c in todo:
        if c.type != RelationType.SUPPLIES or c.source == c.target:
            continue
        if not any(c.target in _org_ids(units[q], registry) for q in range(0, c.trigger)
                   if units[q].is_mention):
            continue
        a = next((q for q in range(c.trigger_end, min(n, c.trigger_end + 12))
                  if units[q].is_mention and c.source in _org_ids(units[q], registry)), None)
        if a is None:
            continue
        prep = next((words[q] for q in range(a - 1, max(c.trigger_end - 2, a - 7), -1)
                     if words[q] in _SUPPLIER_PREPS), None)
        if prep is None:
            continue
        if prep in ("de", "d'", "du", "des") and "aupres" in words[max(0, a - 6):a]:
            prep = "aupres"  # "auprès du verrier A, et ses bouchons auprès de B"
        k, gapped, o, bare, clause = a + 1, False, None, None, False
        skipped = 0  # the words of the supplier's own relative clause or apposition
        while k < min(n - 2, a + 26 + skipped):
            w = words[k]
            told = _told_of(view, a, k)
            if told > k:  # "auprès de A, dont elle est le premier client, et en capsules
                skipped += told - k  # auprès de B": what is said of A (session 25, supply16)
                k = told
                continue
            if w in (".",) or w in HARD_BOUNDARIES \
                    or units[k].is_mention and not _possessive_pronoun(units[k]):
                break
            if prep in _GAP_PREPS:
                bare = _bare_gap(view, k, prep, lex, k < a + 12 + skipped)
                if bare is not None:
                    o = k + 1
                    break
            if k >= a + 12 + skipped:
                k += 1
                continue
            if (w, words[k + 1]) in _CLAUSE_PAIRS:
                o, clause = k + 2, True
                break
            if w in _CLAUSE_ONE:
                o, clause = k + 1, True
                break
            if w in GAP_JOINS and words[k + 1] in _THING_DETS:
                o, gapped = k + 1, True
                break
            if w in GAP_JOINS and words[k + 1] in GAP_JOINS and k + 2 < n \
                    and words[k + 2] in _THING_DETS:
                o, gapped = k + 2, True
                break
            k += 1
        if bare is not None and o is not None:
            trig, b = bare
        elif o is None or o >= n or not (words[o] in _THING_DETS or (
                clause and _bare_goods_start(view, o, lex))) \
                or (units[o].is_mention and not _possessive_pronoun(units[o])):
            continue
        else:
            found_b = _gap_agent(view, o, prep, gapped, lex)
            if found_b is None:
                continue
            trig, b = found_b
        b = _described_agent(view, b, lex)
        if o is None or b >= n or not units[b].is_mention or _possessive_pronoun(units[b]):
            continue
        for e in _org_ids(units[b], registry):
            if e in (c.target, c.source):
                continue
            new = Candidate(RelationType.SUPPLIES, e, c.target, view.index, trig, trig + 1,
                            c.status)
            if all((x.source, x.target, x.trigger) != (e, c.target, trig) for x in added):
                added.append(new)
                todo.append(new)
            drop.add((e, c.source, o))
    if not added:
        return out
    kept = [c for c in out if not any(
        c.type == RelationType.SUPPLIES and (c.source, c.target) == (s, t) and c.trigger >= o
        for s, t, o in drop)]
    seen = {(c.type, c.source, c.target) for c in kept}
    for c in added:
        if (c.type, c.source, c.target) not in seen:
            seen.add((c.type, c.source, c.target))
            kept.append(c)
    return kept


def _told_of(view: SentenceView, a: int, k: int) -> int:
    """The end of the relative clause or apposition set off from the name at unit a that
    unit k opens or stands in ("A, which it has used since 2015,", "A, qui commercialise la
    fibre Z,"), else k (session 25, supply16)."""
    return max((seg.end for seg in view.segments
                if seg.owner == a and seg.start <= k < seg.end and (
                    seg.kind == "relative" or not any(
                        w in _OWNER_DETS for w in view.words[seg.start:seg.start + 2]))),
               default=k)  # not a parallel clause set off as one: ", its wheels from B"


_OWNER_DETS = frozenset({"ses", "son", "sa", "leurs", "leur", "its", "their"})
"""Possessive determiners: a set-off phrase opened by one is a parallel clause of the buyer's
goods (", its wheels from B"), not a description of the supplier before it."""


_AINSI = frozenset({"qu'", "que"})
# what a bare second conjunct gets from B that is no goods, or a sale ("and won orders from B",
# "and expects approval from B", "et en revend une partie auprès de B")
_NOT_BARE_GOODS = frozenset({
    "orders", "order", "contract", "contracts", "approval", "approvals", "consent", "clearance",
    "waiver", "backing", "financing", "loan", "loans", "lessons", "advice", "support", "bids",
    "bid", "offer", "offers", "interest", "sells", "sold", "resells", "un", "une", "an",
    "commande", "commandes", "contrat", "contrats", "pret", "prets", "aval", "accord",
    "autorisation", "soutien", "vend", "vendent", "revend", "revendent", "cede", "cedent",
    "conseil", "conseils", "offre", "offres"})


def _bare_gap(view: SentenceView, k: int, prep: str, lex: Lexicon,
              near: bool) -> tuple[int, int] | None:
    """A second source of the same buyer at unit k, the first clause's unambiguous supplier
    preposition repeated: "ainsi qu'auprès de B" (past the first supplier's relative clause),
    "and <goods> from B", "et en <goods> auprès de B" (bare goods, no determiner: "buys pulp
    from A and scrap metal from B"). The (trigger, agent) units, or None.

    `_gapped_object_end` reads the same shape from the other end (a list of a trigger's
    objects: "buys pulp from A and paper from B" makes B a second member); both stop at
    `_NOT_BARE_GOODS`. Kept as two readers (session 21): this one runs from the customer's
    side over up to five words, takes French partitives and "en", and stops at a supply verb
    or `_NOT_SUPPLIED`; the other takes a possessive, "en" or a partitive (four words) or an
    English bare noun (two words) and refuses verbs by their ending. One scan for both would
    change which words end the gap on one side or the other."""
    words, units = view.words, view.units
    n = len(units)
    if words[k] == "ainsi" and k + 2 < n and words[k + 1] in _AINSI and words[k + 2] == prep:
        b = k + 3
    elif near and words[k] in ("and", "et") and k < n - 3 and words[k + 1] not in _THING_DETS:
        q = k + 1
        if words[q] == "en":
            q += 1
        elif prep == "aupres" and words[q] in ("du", "des"):
            q += 1  # a partitive: "et du cuivre auprès de B"
        elif prep == "aupres" and words[q] == "de" and words[q + 1] in ("la", "l'"):
            q += 2
        start = q
        while q < min(n - 1, start + 5) and words[q] != prep:
            w = words[q]
            if units[q].is_mention or w in _NOT_SUPPLIED or w in _NOT_BARE_GOODS \
                    or w in HARD_BOUNDARIES \
                    or w in (",", ".", "and", "et", "to", "a", "au", "aux", "with", "avec") \
                    or w in lex.determiners or _supply_span(words, q, lex):
                return None
            q += 1
        if q == start or words[q] != prep:
            return None
        b = q + 1
    else:
        return None
    if prep == "aupres" and b < n and words[b] in ("de", "d'", "du", "des"):
        b += 1
    return (b - 1, b) if b < n else None


def _later_supply_verb(view: SentenceView, q: int, lex: Lexicon) -> bool:
    """True when a supply verb follows the word at q within four words, before a comma or a
    name: the word at q is then the goods' noun that shares its form with a verb ("while
    battery packs come from B", "the packs are made by B"; session 24)."""
    words, units = view.words, view.units
    for x in range(q + 1, min(len(words), q + 5)):
        if units[x].is_mention or words[x] in (",", ".") or words[x] in HARD_BOUNDARIES:
            return False
        if _supply_span(words, x, lex):
            return True
    return False


def _bare_goods_start(view: SentenceView, o: int, lex: Lexicon) -> bool:
    """True when a second clause opened by "while" / "tandis que" starts at unit o on bare
    goods, a lower-case noun with no determiner ("while battery packs come from B", session
    24): not a name, a pronoun, a function word or what is no goods."""
    words, units = view.words, view.units
    text = view.tokens[units[o].first].text
    return not units[o].is_mention and text.isalpha() and text.islower() \
        and words[o] not in lex.function_words and words[o] not in lex.prepositions \
        and words[o] not in lex.subject_pronouns and words[o] not in _NOT_SUPPLIED \
        and words[o] not in _SHARED_FILLERS and not _supply_span(words, o, lex)


def _goods_complement(view: SentenceView, q: int, o: int, lex: Lexicon) -> bool:
    """True when the French "de" at q opens a complement of the goods noun after unit o
    ("tandis que ses filtres de traitement naturel viennent de B": "de traitement"), not the
    supplier's preposition: a plain lower-case word follows, no name (session 22)."""
    words, units = view.words, view.units
    return lex.language == "fr" and q > o + 1 and words[q] in ("de", "d'") \
        and q + 1 < len(words) and not units[q + 1].is_mention and words[q + 1].isalpha() \
        and words[q + 1] not in lex.determiners and words[q + 1] not in lex.function_words \
        and not _supply_span(words, q + 1, lex) \
        and view.tokens[units[q + 1].first].text[:1].islower()


def _gap_agent(view: SentenceView, o: int, prep: str, gapped: bool,
               lex: Lexicon) -> tuple[int, int] | None:
    """After a parallel second clause's goods at unit o ("..., et ses batteries par B",
    "while its wheels come from B"), the (trigger, agent) units, or None."""
    words, units = view.words, view.units
    n = len(units)
    q = o + 1
    reach = o + 6 + 2 * sum(1 for w in words[o + 1:o + 13] if w == "-")  # a compound counts
    # as one word: "its ultra-high-molecular-weight polyethylene from B" (session 25, supply16)
    while q < n and q <= reach and (not units[q].is_mention or (
            _possessive_pronoun(units[q]) and q > o + 1)) and (
            words[q] not in _SUPPLIER_PREPS or _goods_complement(view, q, o, lex)) \
            and words[q] not in _SHARED_FILLERS \
            and (not _supply_span(words, q, lex) or "-" in words[q - 1:q + 2]
                 or (q == o + 1 and _later_supply_verb(view, q, lex))) \
            and words[q] not in (",", ".") \
            and words[q] not in HARD_BOUNDARIES:
        if words[q] in _NOT_SUPPLIED:
            break
        q += 1
    if q == o + 1 or q >= n or units[q].is_mention or words[q] in _NOT_SUPPLIED:
        return None
    trig = q
    if gapped and words[q] == prep and prep in _GAP_PREPS:
        b = q + 1
        if prep == "aupres" and b < n and words[b] in ("de", "d'", "du", "des"):
            b += 1
        return trig, b
    span = 0
    while q < n and not span:
        span = _supply_span(words, q, lex)
        if not span and words[q] not in _SHARED_FILLERS:
            break
        q += 0 if span else 1
    if not span:
        return None
    trig = q
    q += span
    if words[q - 1] in _SUPPLIER_PREPS:
        q -= 1  # the trigger holds its preposition: "fournis par", "made by"
    while q < n and q <= trig + 3 and words[q] not in _SUPPLIER_PREPS:
        q += 1
    if q >= n or words[q] not in _SUPPLIER_PREPS:
        return None
    b = q + 1
    if b < n and words[q] == "aupres" and words[b] in ("de", "d'", "du", "des"):
        b += 1
    return trig, b


_MINORITY_AS = (("as", "a", "minority"), ("comme", "actionnaire", "minoritaire"),
                ("comme", "partenaire", "minoritaire"), ("en", "tant", "que", "partenaire",
                                                         "minoritaire"),
                ("en", "tant", "qu'", "actionnaire", "minoritaire"))
_MINORITY_NOUNS = frozenset({"partner", "shareholder", "investor", "owner", "stakeholder"})


def _minority_partners(view: SentenceView, found: list[Candidate],
                       registry: Registry) -> list[Candidate]:
    """A minority partner beside a takeover: "Y was bought by X last year with Z as a
    minority partner", "X a racheté Y avec Z comme actionnaire minoritaire": Z holds Y."""
    words, units = view.words, view.units
    out: list[Candidate] = []
    for c in found:
        if c.type != RelationType.ACQUIRES:
            continue
        for k in range(c.trigger_end, min(len(units) - 2, c.trigger_end + 12)):
            if words[k] in (";", ".") or words[k] in HARD_BOUNDARIES:
                break
            if words[k] not in _WITH_AVEC or not units[k + 1].is_mention:
                continue
            phrase = match_at(words, k + 2, _MINORITY_AS)
            if phrase is None or (phrase[0] == "as" and (
                    k + 2 + len(phrase) >= len(words)
                    or words[k + 2 + len(phrase)] not in _MINORITY_NOUNS)):
                continue
            for m in units[k + 1].mentions:
                for e in m.resolved:
                    if e != c.target and registry.type_of(e) in ORG_TYPES:
                        out.append(Candidate(RelationType.INVESTS_IN, e, c.target, view.index,
                                             c.trigger, c.trigger_end, c.status))
    return out


_ORDINALS = frozenset({"first", "second", "third", "latter", "former", "premier", "premiere",
                       "deuxieme", "seconde", "troisieme", "dernier", "derniere"})
_PASSIVE_FILLERS = frozenset({"will", "would", "be", "is", "are", "was", "were", "been", "being",
                              "also", "now", "to", "sera", "seront", "est", "sont", "ete",
                              "etre", "aussi", "egalement", "desormais", "va", "vont",
                              "doit", "doivent", "should"})


def _product_of_previous(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    discourse: Discourse,
) -> list[Candidate]:
    """A product of the previous sentence's company made or supplied by X: "Velmora has
    designed two chips. The first will be made by Quistor." / "Les puces seront gravées par
    Quistor." (the subject names the product again, or counts it, and nothing else)."""
    if frame.object is not None or frame.subject != "target" or not frame.agent_preps:
        return []
    words = view.words
    k = 0
    while k < t and words[k] in lex.determiners:
        k += 1
    head = k
    while k < t and (words[k] in lex.product_nouns or words[k] in _ORDINALS):
        k += 1
    if k == head or any(w not in _PASSIVE_FILLERS for w in words[k:t]) or not (
            any(w in discourse.words for w in words[head:k] if w in lex.product_nouns)
            or (words[head] in _ORDINALS and discourse.words & lex.product_nouns)):
        return []
    agent = _agent(frame, end, view, lex)
    if agent is None or discourse.lead is None:
        return []
    ids = [e for m in agent.mentions for e in _entities(m, registry, {discourse.lead})]
    return [Candidate(frame.type, e, discourse.lead, view.index, t, end)
            for e in dict.fromkeys(ids) if e != discourse.lead]


def salient(discourse: Discourse) -> str | None:
    """The company a passage is about, for a party it leaves unsaid: the previous sentence's
    subject company, else the article's main company, when earlier sentences named it at
    least twice (one passing mention makes no topic)."""
    for party in (discourse.lead, discourse.topic):
        if party is not None and discourse.named[party] >= 2:
            return party
    return None


def _topic_agent(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    topic: str,
) -> list[Candidate]:
    """The agent of a passive whose subject is a thing no company of the sentence owns: the
    thing is the article's main company's ("L'électrolyseur sera fourni par X")."""
    agent = _agent(frame, end, view, lex)
    if agent is None:
        return []
    ids = [e for m in agent.mentions for e in _entities(m, registry, {topic})
           if registry.type_of(e) in ORG_TYPES]
    return [Candidate(frame.type, e, topic, view.index, t, end) for e in dict.fromkeys(ids)]


def _topic_source(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    topic: str,
) -> list[Candidate]:
    """The supplier after the preposition of a "come from" frame whose subject is a thing no
    company of the sentence owns: the thing is the article's main company's ("The hulls are
    sourced from X", "Les moteurs proviennent de X")."""
    obj_at, obj = _object(frame, end, view, lex)
    if obj is None and (skip := insertion_end(view.words, end, lex.calendar,
                                              parenthesis=False)) > end:
        # "Les freins proviennent quant à eux de Y": the verb's own insertion (session 20)
        obj_at, obj = _object(frame, skip, view, lex)
    if obj is None or obj_at <= t or not _plain_mention(obj):
        return []
    if any(w[:1].isdigit() or (w[:1] and w[:1] in "$€£") for w in view.words[end:obj_at + 3]):
        return []  # "would come from a €25 million bank loan": money, no goods
    return _to_topic(frame.type, obj, topic, view, t, end, registry)


def _topic_selected(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    topic: str,
) -> list[Candidate]:
    """The company chosen for a supply job by no one the sentence names: "Y a été retenu pour
    concevoir l'usine", "Y was selected to supply the engines": the chooser is the article's
    main company (`implicit.selected_for_work` checks the passive and the job)."""
    if frame.type != RelationType.SUPPLIES or frame.subject != "source" \
            or frame.object is not None or not selected_for_work(t, end, view) \
            or _agent(frame, end, view, lex) is not None:
        return []
    subj = _subject(t, view, lex, frame)
    if subj is None or not _plain_mention(subj) or subj.mentions[0].kind != NAME \
            or subj.mentions[0].person:
        return []
    if _other_company(view, _unit_index(view.units, subj), registry):
        return []  # another company in the sentence may be the one choosing
    return _to_topic(frame.type, subj, topic, view, t, end, registry)


def _topic_award(view: SentenceView, lex: Lexicon, registry: Registry,
                 topic: str) -> list[Candidate]:
    """The company a contract is awarded to when no one the sentence names awards it: "Le
    contrat de fourniture a été attribué à Y", "The supply contract was awarded to Y": the
    awarder is the article's main company (`implicit.awarded_at`)."""
    out: list[Candidate] = []
    for t, k in awarded_at(view, lex.prepositions):
        unit = view.units[k]
        if not _plain_mention(unit) or unit.mentions[0].person:
            continue
        if _other_company(view, k, registry):
            continue  # another company in the sentence may be the one awarding
        out.extend(_to_topic(RelationType.SUPPLIES, unit, topic, view, t, t + 1, registry))
    return out


_PARTNERSHIPS = frozenset({"partenariat", "partenariats", "partnership", "partnerships",
                          "alliance", "collaboration", "cooperation"})


def _topic_partner(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    party: str,
) -> list[Candidate]:
    """The partner of a partnership whose other side no word of the sentence names ("The
    deal is part of a broader partnership with Y", "L'opération s'inscrit dans un partenariat
    stratégique avec Y"): the company the passage is about (session 19). Nothing when a
    company is named before the noun, when another company than Y is in the sentence, or when
    the partnership is not asserted (planned, denied, hedged)."""
    units = view.units
    if any(u.is_mention for u in units[:t]):
        return []
    obj_at, obj = _object(frame, end, view, lex)
    if obj is None or obj_at < end or not _plain_mention(obj) or obj.mentions[0].kind != NAME \
            or obj.mentions[0].person or _other_company(view, obj_at, registry):
        return []
    n = len(view.tokens)
    if not relation_status(view.tokens, n - 1, n, lex, view.year).asserted:
        return []  # the noun's verb may stand anywhere: what ends the sentence must assert
    return _to_topic_from(frame.type, party, obj, view, t, end, registry)


# the money a company raised, as the subject of what it pays for ("L'argent levé
# servira aussi à racheter Y", "Part of the proceeds will be used to buy Y")
_FUNDS = frozenset({"fonds", "somme", "enveloppe", "montant", "produit", "levee", "argent",
                    "financement", "proceeds", "funds", "money", "cash", "funding", "capital",
                    "raise"})
_PAYS_FOR = frozenset({"servira", "serviront", "servir", "sert", "financer", "financera",
                       "financeront", "ira", "iront", "affectee", "affecte", "destinee",
                       "destine", "consacree", "consacre", "used", "use", "fund", "finance",
                       "go", "goes", "toward", "towards", "earmarked", "allocated"})


def _funded_purchase(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    buyer: str,
) -> list[Candidate]:
    """The company bought with money whose subject is only the funds the passage's company
    raised: "L'argent levé servira aussi à racheter Y", "La somme doit surtout financer le
    rachat de Y", "Part of the proceeds will be used to buy Y": `buyer` (the raiser of an
    earlier sentence, else the company the passage is about) buys Y (session 19). Nothing
    when a company is named before the cue, when the object is not a plain name, or when
    another company than Y is in the sentence."""
    if frame.subject != "source" or frame.object != "target":
        return []
    words, units = view.words, view.units
    funds = next((k for k in range(t) if words[k] in _FUNDS), -1)
    if funds < 0 or not any(w in _PAYS_FOR for w in words[funds + 1:t]) \
            or any(u.is_mention for u in units[:t]) \
            or any(w in HARD_BOUNDARIES for w in words[funds:t]):
        return []
    obj_at, obj = _object(frame, end, view, lex)
    if obj is None and end < len(words) and words[end] == ",":  # "le rachat, annoncé
        # lundi, de Y": the object past a participle insertion
        close = next((q for q in range(end + 1, min(len(words), end + 6))
                      if words[q] == "," or units[q].is_mention), -1)
        if close > 0 and words[close] == ",":
            obj_at, obj = _object(frame, close + 1, view, lex)
    if obj is None or obj_at < end or not _plain_mention(obj) or obj.mentions[0].kind != NAME \
            or obj.mentions[0].person or _other_company(view, obj_at, registry):
        return []
    return _to_topic_from(frame.type, buyer, obj, view, t, end, registry)


def _to_topic_from(rel: RelationType, source: str, unit: Unit, view: SentenceView, t: int,
                   end: int, registry: Registry) -> list[Candidate]:
    """One candidate from `source` to each organisation `unit` names (not `source`)."""
    ids = [e for m in unit.mentions for e in _entities(m, registry, {source})
           if registry.type_of(e) in ORG_TYPES]
    return [Candidate(rel, source, e, view.index, t, end) for e in dict.fromkeys(ids)
            if e != source]


def _to_topic(rel: RelationType, unit: Unit, topic: str, view: SentenceView, t: int, end: int,
              registry: Registry) -> list[Candidate]:
    """One candidate from each organisation `unit` names (not `topic` itself) to `topic`, the
    article's main company that a sentence leaves unsaid (session 18: `_topic_source`,
    `_topic_selected`, `_topic_award`)."""
    ids = [e for m in unit.mentions for e in _entities(m, registry, {topic})
           if registry.type_of(e) in ORG_TYPES]
    return [Candidate(rel, e, topic, view.index, t, end) for e in dict.fromkeys(ids)
            if e != topic]


def _other_company(view: SentenceView, at: int, registry: Registry) -> bool:
    """True when a unit other than `at` names a resolved organisation: that company, not the
    article's main company, may be the party the sentence leaves unsaid."""
    return any(u.is_mention and q != at and any(registry.type_of(e) in ORG_TYPES
                                               for m in u.mentions for e in m.resolved)
               for q, u in enumerate(view.units))


def _topic_dative(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    party: str,
) -> list[Candidate]:
    """The company a French dative clitic before a supply verb taking "à" stands for when
    its sentence names none before the subject: the company the passage is about ("Quistor
    Rail emploie 3 000 personnes. Velmora, qui lui a commandé 400 compteurs, ...": Velmora buys
    from Quistor Rail; "Velmora lui fournit les coques": Velmora supplies Quistor Rail)."""
    if lex.language != "fr" or ("a",) not in frame.object_preps or frame.noun_trigger:
        return []
    words, units = view.words, view.units
    k = _dative_at(words, t)
    if k is None or k < 1:
        return []
    subj = _subject(t, view, lex, frame)
    if subj is None or not _plain_mention(subj) or subj.mentions[0].kind != NAME \
            or subj.mentions[0].person:
        return []
    at = _unit_index(units, subj)
    if at >= k or any(units[q].is_mention for q in range(at + 1, t)) \
            or any(units[q].is_mention for q in range(0, at)):
        return []  # a company before the subject or between is the clitic's (_dative_clitic)
    if any(units[q].is_mention for q in range(end, min(len(units), end + frame.window))
           if words[q - 1] in ("a", "au", "aux")):
        return []  # the verb's own "à X"
    ids = [e for m in subj.mentions for e in _entities(m, registry, {party})
           if registry.type_of(e) in ORG_TYPES and e != party]
    if frame.subject == "target":
        return [Candidate(frame.type, party, e, view.index, t, end) for e in dict.fromkeys(ids)]
    return [Candidate(frame.type, e, party, view.index, t, end) for e in dict.fromkeys(ids)]


def _money_raiser(
    t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry, frame: Frame
) -> str | None:
    """The company of "X raised $40 million" / "X a levé 30 millions d'euros" when the
    sentence names no investor: the round a later sentence calls "the round" is X's."""
    if not any(w[:1].isdigit() or w[:1] in "$€£" for w in view.words[end:end + 4]):
        return None
    subj = _subject(t, view, lex, frame)
    ids = [e for m in subj.mentions for e in _entities(m, registry, set())] if subj else []
    return ids[0] if len(ids) == 1 else None


def _in_the_round(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    raiser: str,
) -> list[Candidate]:
    """Investors in a round named only by "the round" / "la levée" (the raiser's, from an
    earlier sentence or clause): "X also took part in the round, alongside Y", "Investors in
    the round included A and B", "une augmentation de capital ..., à laquelle participe
    également X"."""
    if frame.subject != "source" or frame.noun_trigger:
        return []
    words = view.words
    after = None
    for k in range(end, min(len(words) - 1, end + 4)):
        if words[k] in HARD_BOUNDARIES or words[k] == "," or view.units[k].is_mention:
            break
        if words[k] in _DEFINITE and (words[k + 1] in _ROUND_NOUNS or (
                k + 2 < len(words) and words[k + 2] in _ROUND_NOUNS)):
            after = k + 2 if words[k + 1] in _ROUND_NOUNS else k + 3
            break
    seg = view.segment_of(t)
    relative = None
    if seg is not None and seg.kind == "relative":
        relative = relative_at(words, seg.start + 1, lex)
        if after is None and relative is not None and relative[1] and relative[1] in \
                frame.object_preps and any(w in _ROUND_NOUNS for w in words[:seg.start]):
            after = end  # "..., à laquelle participe également X": the round is the antecedent
    if after is None and seg is None:
        relative = _round_relative(view, t, lex, frame)
        if relative is not None:
            after = end  # "une augmentation de capital à laquelle a souscrit X"
    if after is None and relative is None and words[end - 1] in _JOINING \
            and _bare_participation(view, end):
        after = end  # "Existing backers A and B are also taking part", "X remet au pot"
    if after is None:
        return []
    investors = _subject(t, view, lex, frame) if relative is None else (
        _inverted_subject(view, end, lex) or _relative_subject(view, relative[0], t))
    investors = investors or _included(view, after, lex)
    if investors is None:
        return []
    ids = [e for m in investors.mentions for e in _entities(m, registry, {raiser})]
    return [Candidate(frame.type, e, raiser, view.index, t, end) for e in dict.fromkeys(ids)
            if e != raiser]


_BARE_AFTER = frozenset({"also", "too", "again", "as", "well", "egalement", "aussi", "de",
                         "nouveau", "encore"})
_JOINING = frozenset({"part", "participating", "participate", "participates", "participated",
                      "reinvested", "reinvests", "reinvesting", "pot", "table", "reinvestit",
                      "reinvestissent", "reinvestira", "reinvestiront", "reinvesti",
                      "participe", "participent", "participera", "participeront"})
"""Last words of the verbs that join a round with no object ("are also taking part", "remet
au pot", "fait son entrée au tour de table"); nouns such as "investors" never do."""


def _bare_participation(view: SentenceView, end: int) -> bool:
    """True when a participation trigger ends its clause with no object: nothing but adverbs
    ("also", "également", "de nouveau") before a comma, a full stop, a co-investor cue
    ("along with", "aux côtés de") or the sentence end: the round it joins is the raiser's
    of an earlier sentence or clause."""
    words = view.words
    k = end
    while k < len(words) and words[k] in _BARE_AFTER:
        k += 1
    return k >= len(words) or words[k] in (",", ".", ";") \
        or match_at(words, k, _ALONGSIDE) is not None


def _topic_round(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    topic: str,
) -> list[Candidate]:
    """Investors of a round that no company of its sentence raises, when the article has
    named no raiser yet: the round is the article's main company's ("The deal follows a
    funding round last July led by A, with participation from B")."""
    if _possessor(t, view, lex) is not None or any(
            _plain_mention(u) and any(registry.type_of(e) in ORG_TYPES
                                      for m in u.mentions for e in m.resolved)
            for u in view.units[:t]):
        return []
    agent = _agent(frame, end, view, lex)
    if agent is None:
        return []
    if any(topic in m.resolved for m in agent.mentions):
        return []  # the main company is among the investors: the round is someone else's
    ids = [e for m in agent.mentions for e in _entities(m, registry, {topic})]
    return [Candidate(frame.type, e, topic, view.index, t, end) for e in dict.fromkeys(ids)]


def _inverted_subject(view: SentenceView, end: int, lex: Lexicon) -> Unit | None:
    """The subject after its verb in a relative clause: "à laquelle participe également X",
    also behind a possessive and a group noun: "à laquelle participent ses investisseurs
    historiques A et B"."""
    for k in range(end, min(len(view.units), end + 6)):
        w = view.words[k]
        if w in HARD_BOUNDARIES or w in (",", ".") or w in lex.prepositions:
            return None
        if view.units[k].is_mention:
            if _possessive_pronoun(view.units[k]) and k + 1 < len(view.units) \
                    and not view.units[k + 1].is_mention:
                continue
            return view.units[k] if _plain_mention(view.units[k]) else None
    return None


def _round_relative(
    view: SentenceView, t: int, lex: Lexicon, frame: Frame
) -> tuple[int, tuple[str, ...]] | None:
    """A relative pronoun on one of the frame's prepositions opening right after a round noun,
    with no comma: "une augmentation de capital à laquelle a souscrit X", "a round in which A
    took part" (the pronoun's position and preposition), else None."""
    words = view.words
    for k in range(t - 1, max(0, t - 8), -1):
        if words[k] in HARD_BOUNDARIES or words[k] in (",", "."):
            return None
        found = relative_at(words, k, lex)
        if found is None or not found[1] or found[0] >= t:
            continue
        if found[1] in frame.object_preps and any(  # "a round led by X in which"
                w in _ROUND_NOUNS for w in words[max(0, k - 10):k]):
            return found
        return None
    return None


def _relative_subject(view: SentenceView, r: int, t: int) -> Unit | None:
    """The subject between a relative pronoun at r and its verb at t: "in which A and B took
    part"."""
    for k in range(r + 1, t):
        if _plain_mention(view.units[k]):
            return view.units[k]
    return None


_ALONGSIDE = (("alongside",), ("together", "with"), ("along", "with"), ("aux", "cotes", "de"),
              ("aux", "cotes", "du"), ("aux", "cotes", "des"), ("aux", "cotes", "d'"),
              ("conjointement", "avec"), ("joined", "by"), ("rejoint", "par"), ("rejointe", "par"))
_ALONGSIDE_FIRST = frozenset(p[0] for p in _ALONGSIDE)
_JOINED = frozenset({"joined", "rejoint", "rejointe"})
"""First words of the `_ALONGSIDE` cues "joined by" / "rejoint(e) par": read only right after
a comma (", joined by B"), stakes4."""


_LED = frozenset({"led", "co-led", "menee", "mene", "menes", "menees", "co-mene", "co-menee"})
_WITH_AVEC = frozenset({"with", "avec"})
"""Plain "with"/"avec" (", with B" after a round's leader); `_WITH` adds "alongside"."""
_WITH_ROLE = frozenset({"as", "advising", "advised", "acting", "comme", "conseil", "conseille",
                        "conseilles", "banque", "bank", "adviser", "advisers", "advisor"})


def _with_after_leader(
    view: SentenceView, k: int, cands: list[Candidate], registry: Registry
) -> bool:
    """True when unit k is ", with" / ", avec" right after the leader of a round ("a round led
    by A, with B and C", "un tour de table mené par le fonds A, avec B et C"): the names after
    it are co-investors of the same round (session 18)."""
    words = view.words
    if words[k] not in _WITH_AVEC or k < 4 or words[k - 1] != "," \
            or not view.units[k - 2].is_mention:
        return False
    sources = {c.source for c in cands}
    if not any(e in sources for m in view.units[k - 2].mentions
               for e in _entities(m, registry, set())):
        return False
    for q in range(k - 3, max(0, k - 8), -1):
        if words[q] in (",", ";", ".") or words[q] in HARD_BOUNDARIES:
            return False
        if words[q] in ("by", "par") and words[q - 1] in _LED:
            return True
    return False


def _with_role(view: SentenceView, found: int) -> bool:
    """True when the name after "with" has a role of its own ("with A as adviser", "avec A
    comme conseil"): no co-investor."""
    words = view.words
    return any(w in _WITH_ROLE for w in words[found + 1:found + 3])


_ASIDE_RELATIVES = frozenset({"qui", "which", "who"})
"""Relative pronouns that open a clause set off by commas after a deal's leader."""
_ASIDE_WORDS = 12
"""Most words read inside such a relative clause before its closing comma: a clause
longer than that is taken as no aside ("…, qui prend 10 % du capital," is six)."""


def _relative_aside_end(words: list[str], k: int) -> int:
    """The position of the comma closing a relative clause set off by commas and opened at
    `k` (", qui prend 10 % du capital,", ", which already holds 5%,"), else k."""
    if words[k] != "," or k + 1 >= len(words) or words[k + 1] not in _ASIDE_RELATIVES:
        return k
    for q in range(k + 2, min(len(words), k + 2 + _ASIDE_WORDS)):
        if words[q] in HARD_BOUNDARIES or words[q] == ".":
            return k
        if words[q] == ",":
            return q
    return k


_COUNTS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                     "ninth", "tenth", "deuxieme", "troisieme", "quatrieme", "cinquieme",
                     "sixieme", "septieme", "huitieme", "neuvieme", "dixieme", "seconde"})
"""Ordinals that count a buyer's deals ("la quatrième acquisition de X", "X's third
acquisition"): the company named with the deal noun is its buyer, not its target."""
_AFTER_DEAL = frozenset({"after", "following", "apres"})
"""Words that put a deal after a counted one ("..., après le rachat de A")."""


def _counted_deal(view: SentenceView, t: int, end: int, lex: Lexicon) -> Unit | None:
    """The buyer of a deal noun counted by an ordinal right before it ("la quatrième
    acquisition de X", "the third acquisition by X", "X's third acquisition"), else None
    (session 21, stakes4)."""
    words = view.words
    if t < 1 or words[t - 1] not in _COUNTS:
        return None
    if t >= 2 and view.units[t - 2].is_mention and view.units[t - 2].possessive:
        return view.units[t - 2]
    k = end
    if k >= len(words) or words[k] not in ("de", "d'", "du", "by", "par"):
        return None
    k += 1
    while k < len(words) and words[k] in lex.determiners and not view.units[k].is_mention:
        k += 1
    if k >= len(words) or not _plain_mention(view.units[k]) or any(
            w in ("by", "par") for w in words[k + 1:k + 4]):
        return None  # "la deuxième acquisition de Y par X": Y is the target
    return view.units[k]


def _earlier_counted_buyer(view: SentenceView, t: int, lex: Lexicon) -> Unit | None:
    """The buyer of a counted deal noun earlier in the sentence when the deal noun at t
    follows it after "après" / "after" ("la quatrième acquisition de X depuis janvier, après le
    rachat de A", "X's third acquisition this year, after the purchase of A"), else None."""
    words = view.words
    for a in range(t - 1, max(0, t - 4), -1):
        if words[a] in _AFTER_DEAL:
            break
    else:
        return None
    for q in range(a - 1, max(0, a - 12), -1):
        if words[q] in HARD_BOUNDARIES or words[q] in (".", ";"):
            return None
        if words[q] in _COUNTS and q + 1 < len(words):
            return _counted_deal(view, q + 1, q + 2, lex)
    return None


def _apposed_compound_owner(view: SentenceView, k: int, lex: Lexicon) -> Unit | None:
    """The name an apposition tells of when the name at unit k opens it glued to a hyphenated
    participle ("Y, the X-owned retailer,", "Y, a X Capital-funded start-up"): the name right
    before the comma, when only a determiner stands between the comma and the name (session
    21)."""
    q = k - 1
    while q > 0 and view.words[q] in lex.determiners and not view.units[q].is_mention:
        q -= 1
    if q == k - 1 or q < 1 or view.words[q] != ",":
        return None
    owner = last_member(view.units[q - 1])  # "A and B, the X-owned retailer": B only
    return owner if _plain_mention(owner) and not owner.possessive else None


def _co_investors(
    view: SentenceView, end: int, cands: list[Candidate], lex: Lexicon, registry: Registry
) -> list[Candidate]:
    """Investors named after "alongside" / "aux côtés de" invest in the same target:
    "X joined a $700m placement in Y alongside venture firm Z"."""
    words = view.words
    targets = list(dict.fromkeys(c.target for c in cands))
    sources = {c.source for c in cands}
    last = min(len(view.units), end + 16)
    for k in range(end, len(view.units)):
        if k >= last:
            return []
        if words[k] in HARD_BOUNDARIES:
            return []
        close = _relative_aside_end(words, k)
        if close > k:  # "menée par A, qui prend 10 % du capital, aux côtés de B":
            last = min(len(view.units), last + close - k)  # the leader's relative takes
            # none of the window (session 21, stakes4)
        cue = match_at(words, k, _ALONGSIDE)
        if cue is None and _with_after_leader(view, k, cands, registry):
            cue = (words[k],)
        if cue is None or cue[0] in _JOINED and words[k - 1] != ",":
            continue  # ", joined by B": not "and was later joined by B as a customer"
        found = _mention_after(view, k + len(cue), lex)
        if found is None:
            return []
        if (cue[0] in _WITH_AVEC or cue[0] in _JOINED) and _with_role(view, found):
            return []
        unit = _with_coordinated_pp(view, found, cue, lex)  # "aux côtés de A et de B"
        ids = [e for m in unit.mentions for e in _entities(m, registry, set(targets))]
        first = cands[0]
        return [replace(first, source=e, target=tgt) for e in ids if e not in sources
                for tgt in targets if tgt != e]
    return []


def _faced_pair(view: SentenceView, end: int) -> bool:
    """True when the phrase from unit `end` to its comma names at least two companies ("Face à
    A et à B, X mise ...", session 23): a pair of players faced together are rivals; one alone
    may be a customer or a party to talks ("Face à Quistor, qui réclamait une baisse de prix,
    Velmora a cédé")."""
    names = 0
    for k in range(end, len(view.words)):
        if view.words[k] in (",", ";") or view.words[k] in HARD_BOUNDARIES:
            break
        if view.units[k].is_mention:
            names += len(view.units[k].mentions)
    return names >= 2


def _apply(
    frame: Frame, trig: Phrase, t: int, view: SentenceView, lex: Lexicon, registry: Registry
) -> list[Candidate]:
    words = view.words
    units = view.units
    end = t + len(trig)
    inverted = _inverted_supplier(frame, t, end, view, lex)
    if inverted is not None:  # "des batteries que lui fournit X"
        return _pairs(frame.type, inverted[0].mentions, inverted[1].mentions, "source", view,
                      t, end, registry)
    if frame.type == RelationType.SUPPLIES and frame.subject == "target" \
            and words[t] in _BOUGHT_FORMS and _company_antecedent(view, t, lex):
        return []  # "Kandor Rentals, the renter that Quistor bought from Tarvex": a company
        # changes hands, no supply (session 20)
    if frame.type == RelationType.SUPPLIES and words[t] == "used" and end + 1 < len(words) \
            and words[end] == "in" and t > 1 and words[t - 1].isalpha() \
            and not view.units[t - 1].is_mention and words[t - 1] not in _NOT_GOODS_BEFORE:
        return _goods_used_in(t, end, view, lex, frame, registry)
    if frame.opening and (t > 0 or not _faced_pair(view, t + len(trig))):
        return []  # "Face à A et à B, X ...": only a phrase opening the sentence
    if frame.block_before and len(trig) > 1:
        inner = list(trig)  # built once, not once per position
        if any(match_at(inner, q, frame.block_before) for q in range(1, len(inner))):
            return []  # "which is partly owned by X": an adverb the trigger's match stepped
            # over blocks it as it would before the trigger ("partly owned by X" is a stake,
            # no control) (session 22)
    if _blocked_before(view, t, frame.block_before):
        members = _plural_noun_members(frame, t, end, view, lex)
        if members is None:
            return []
        _, owner, listed = members  # "les clients de Y comprennent A et B"
        return _pairs(frame.type, listed.mentions, owner.mentions, frame.subject or "",
                      view, t, end, registry)
    if frame.direct and not frame.noun_trigger and t > 0 and words[t - 1] in _ARTICLES_EN \
            and lex.language == "en":
        return []  # "under a supply agreement": a noun, not the verb "supply"
    if frame.direct and not frame.noun_trigger and t > 0 and lex.language == "en" \
            and frame.type == RelationType.ACQUIRES and end < len(words) \
            and words[end] == "of" and (words[t - 1] in POSSESSIVES_EN
                                        or units[t - 1].is_mention and units[t - 1].possessive):
        return []  # "financed X's purchase of Y", "advised X on its purchase of Y": the
        # noun, whose buyer is its possessor, not the clause's subject (session 15)
    if frame.possessed_product and frame.object is not None and not any(
            w in lex.product_nouns or w in _GOODS for w in words[max(0, t - 4):t]):
        return []  # "X's machines run in Y's plants", not "X's shares are used in Y's index"
    if frame.requires_before and not _required_before(
            view, t, frame.requires_before,
            frame.type == RelationType.COMPETES_WITH and frame.direct
            or frame.type == RelationType.SUPPLIES and frame.agent_required) \
            and not (frame.type == RelationType.COMPETES_WITH and _share_ranked(view, t)):
        # (", chartered by A": the barges of "X runs two barges, chartered by A")
        return []
    if frame.requires_before and t > 1 and words[t - 1] == "," \
            and _blocked_before(view, t - 1, frame.block_before):
        return []  # "the largest shareholder, ahead of Y": a rank among holders
    if frame.type == RelationType.ACQUIRES and words[t] in ACQUISITION_NOUNS:
        counted = _counted_deal(view, t, end, lex)
        if counted is not None:
            return []  # "la quatrième acquisition de X", "X's third acquisition": X buys
        earlier = _earlier_counted_buyer(view, t, lex)
        if earlier is not None:  # "la quatrième acquisition de X, après le rachat de A et B"
            _, obj = _object(frame, end, view, lex)
            if obj is None or not _plain_mention(obj):
                return []
            return _pairs(frame.type, earlier.mentions, obj.mentions, "source", view, t, end,
                          registry)
    if frame.adjacent_left:
        left = units[t - 1] if t > 0 and units[t - 1].is_mention else None
        right = units[end] if end < len(units) and units[end].is_mention else None
        if frame.noun_trigger and any(w in NOT_NOW_WORDS for w in words[max(0, t - 3):t]):
            return []  # "Y, a former X customer,", "a prospective X supplier"
        if left is not None and right is None and frame.noun_trigger \
                and not _possessive_pronoun(left):
            other = _predicated_subject(t, view, lex, frame)  # "Y, a longtime X supplier,"
            if other is not None and other is not left:  # / "Y has been an X customer"
                return _pairs(frame.type, left.mentions, other.mentions, frame.adjacent_left,
                              view, t, end, registry)
        if left is not None and right is None and not frame.noun_trigger:
            backed = _apposed_compound_owner(view, t - 1, lex)
            if backed is not None:  # "Y, the X-backed chipmaker,": Y is the compound's noun
                return _pairs(frame.type, left.mentions, backed.mentions, frame.adjacent_left,
                              view, t, end, registry)
        if left is None or right is None:
            return []
        return _pairs(frame.type, left.mentions, right.mentions, frame.adjacent_left, view, t,
                      end, registry)
    if frame.subject_direct:
        return _set_against(frame, t, end, view, lex, registry)
    if frame.list_after and t > 0 and _rival_adjunct(view, t - 1, lex):
        return _pairs(frame.type, units[t - 1].mentions, units[end].mentions, "source", view, t,
                      end, registry)  # "Velmora rival Quistor": the two names only
    obj_at, obj_unit = _relative_object(frame, t, view, lex)
    if frame.type == RelationType.SUPPLIES and frame.subject == "source" \
            and frame.object == "target" and obj_unit is not None and obj_at < t \
            and _supplier_antecedent(view, obj_at, lex):
        frame = replace(frame, subject="target", object="source")  # "les pièces achetées
        # auprès de X, avec lequel Y a signé un contrat": X is the supplier the main clause
        # names, the signer its customer (session 18)
    if obj_unit is None:  # the relative pronoun fills the object slot when it stands for it
        obj_at, obj_unit = _object(frame, end, view, lex)
    if frame.type == RelationType.ACQUIRES and frame.direct and not frame.agent_required \
            and obj_unit is not None and obj_at > end \
            and _maker_of_bought_goods(view, end, obj_at, lex):
        frame = replace(frame, type=RelationType.SUPPLIES, subject="target", object="source")
        # "Y buys all of the power X generates": X makes what Y buys (session 22)
    part = _subsidiary(view, end, obj_at) if obj_unit is not None and obj_at > t else None
    if part is not None:  # "la filiale de X, Y" / "X's subsidiary Y": Y is the party
        obj_at, obj_unit = part, units[part]
    stop = obj_at if obj_at > t else _segment_end(view, t)
    if obj_unit is not None and obj_at > t:
        stop = _descriptor_start(view, end, obj_at, lex)  # "buy equipment maker Infinera"
    elif obj_unit is not None and frame.type == RelationType.ACQUIRES:
        k = end  # "Zorvane, which Kandor sold to Velmora in April", "Zorvane, qu'il a racheté
        while k < stop and words[k] != "," and words[k] not in _SELLER_PREPS and (  # en
                not frame.agent_preps  # 2012, comme une marque": the words up to the
                or match_at(words, k, frame.agent_preps) is None):  # buyer's or the seller's
            k += 1  # preposition or the clause's comma (session 19; "Zorvane, which Kandor
            # bought from Velmora", session 20)
        stop = k
    if obj_unit is not None and not _between_ok(frame, words, end, stop,
                                                 PART_NOUNS if part is not None else None) \
            and not _deal_after(frame, view, end, obj_at, stop, lex):
        return []
    if frame.type == RelationType.PARTNERS_WITH and frame.block_after and obj_unit is not None \
            and obj_at > t and any(w in _DEALERS for w in words[stop:obj_at]):
        return []  # "un accord de distribution avec le concessionnaire Y": a dealer resells
        # the goods, a supply the supply frames read (session 24)
    if frame.type == RelationType.INVESTS_IN and frame.subject == "target" \
            and frame.object_preps == (("to",),) and obj_unit is not None and obj_at > t \
            and any(units[q].is_mention and not _possessive_pronoun(units[q])
                    for q in range(end, obj_at)):
        return []  # "X sold Z shares to Y": the stake a seller sells to Y is in X only when
        # no company is named between (session 16)
    if frame.type == RelationType.SUPPLIES and obj_unit is not None and obj_at > t + 1 \
            and (_located_at(words, obj_at) or _run_site(words, t, obj_at, lex)):
        return []  # "Quistor, un fabricant de cartons installé à Tarvenec": a place, no
        # customer (session 15, typeprec)
    if frame.type == RelationType.SUPPLIES and obj_unit is not None and obj_at > t \
            and _brand_licence(words, t, obj_at):
        frame = replace(frame, type=RelationType.PARTNERS_WITH)  # "exploite la licence
        # parfums de la maison de couture Y": a brand licence, a partnership, no supply
        # (session 15, typeprec)
    if frame.type == RelationType.SUPPLIES and obj_unit is not None and obj_at > t \
            and _brand_description(view, obj_at):
        return []  # "X, which sells the Brisko vaping brand, said ...": the goods sold, a
        # brand, are no customer (session 23, wrongs)
    if frame.type == RelationType.ACQUIRES and obj_unit is not None and obj_at > t \
            and _brand_object(frame, view, stop, obj_at):
        return []  # "X, which owns the Brisko brand", "X possède la marque Brisko": a brand
        # it owns, no company (session 15, typeprec)
    if frame.type == RelationType.INVESTS_IN and frame.subject == "source" \
            and frame.object == "target" and not frame.agent_preps and t > 0 \
            and words[t - 1] in _PASSIVE_AUX and any(w in ("par", "by")
                                                      for w in words[end:end + 6]):
        return []  # "le capital de X est détenu à 30 % par la société de conseil Y": the
        # passive's subject is held, never the holder of "de conseil Y" (session 22; not "X
        # est entrée au capital de Y", a verb of motion's "être")
    if frame.type == RelationType.SUPPLIES and t > 0 and words[t - 1] in _PASSIVE_BE \
            and _stake_subject(words, t):
        return []  # "X's stake in Y was sold to Z": a holding changes hands, no supply
    if frame.type == RelationType.SUPPLIES and obj_unit is not None and obj_at > t \
            and _lending(words[max(0, t - 1):stop], lex.language):
        return []  # "financing the purchase with a loan from Y", "provided a unitranche
        # facility to Y", "un prêt accordé par Y": lending, no supply (session 15, precision)
    if frame.type == RelationType.SUPPLIES and not frame.direct and obj_unit is not None \
            and obj_at > t and _company_goods(view, end, stop, lex):
        return []  # "buy Zentrix (, a lock maker,) from Y": a company changes hands, no supply
    if obj_unit is not None and _object_no_party(frame, view, t, end, obj_at, obj_unit, lex):
        return []  # the company sold, the seller, a qualifier of other parties, a maker
    if frame.type == RelationType.INVESTS_IN and obj_unit is not None and obj_at > t:
        held = _stake_holder(view, t, obj_at, lex)
        if held is not None:  # "rachète la participation de X dans Y": X sells, Y is held
            if held < 0:
                return []
            obj_at, obj_unit = held, units[held]
    member = _past_member(view, obj_at) if frame.requires_after and obj_unit is not None \
        and obj_at > t else len(words)
    if obj_unit is not None and member < len(words) \
            and any(w in frame.requires_after for w in words[member:][:5]):
        last = units[member - 1]  # "counts A and Italian roaster B among its buyers": B too
        obj_unit = Unit(obj_unit.first, last.last, "", obj_unit.mentions + last.mentions,
                        last.possessive)
    if frame.requires_after and obj_unit is not None and not any(
            w in frame.requires_after for w in words[obj_at + 1:obj_at + 7]) and not any(
            w in frame.requires_after for w in words[_past_relative(view, obj_at):][:10]) \
            and not any(w in frame.requires_after
                        for w in words[_past_inclusion(view, obj_at, lex):][:4]) \
            and not any(w in frame.requires_after for w in words[member:][:5]) \
            and not (frame.deverbal_services and _deverbal_service(words, obj_at + 1, obj_at + 7)):
        return []  # "counts A, which relies on its network, (and B) among its customers"
    if frame.requires_after and obj_unit is not None and frame.type == RelationType.SUPPLIES \
            and _company_bought(view, obj_at, frame.requires_after, lex):
        return []  # "a deal with X to buy Zentrix": a company changes hands, no supply
    if frame.requires_after and obj_unit is None and frame.object is not None \
            and not (_dative_at(words, t) is not None
                     and _after_in_phrase(view, end, frame.requires_after)):
        return []  # "Y, qui lui sous-traitent la collecte": the clitic's company is the
        # object (_dative_clitic below), the required word follows the verb (session 19)
    if frame.type == RelationType.ACQUIRES and (frame.direct or frame.noun_trigger) \
            and obj_unit is not None and obj_at > t and obj_unit.possessive \
            and not _possessive_pronoun(obj_unit):
        return []  # "buys Velmora's chips": what is bought is the owner's product
    if frame.possessed_object and not (
            obj_unit is not None and obj_at == end and not obj_unit.possessive
            and obj_unit.mentions[0].kind == NAME and obj_at + 1 < len(words)
            and _plain_goods(view, obj_at + 1, lex, _SHELF_CLOSERS
                             if trig[0] in _SHELF_VERBS | _FITTING_VERBS_EN
                             else _GOODS_CLOSERS)) \
            and (obj_unit is None or obj_at <= t or not obj_unit.possessive
                 or _possessive_pronoun(obj_unit)
                 or any(w not in _SHARE_OF for w in words[end:obj_at])
                 or not _goods_after_possessor(frame, view, obj_at)):
        return []  # "buys X's silica sand", not "buys its sand" or "buys X's unit" (session
        # 19); "buys X flour for its shops" (session 20)
    if frame.type == RelationType.ACQUIRES and frame.direct and obj_unit is not None \
            and obj_at > t and _goods_bought(view, end, obj_at, lex):
        return []  # "buys Velmora flour", "achète les pompes de Velmora": the maker's goods
    if frame.type == RelationType.SUPPLIES and frame.subject == "target" and trig == ("use",) \
            and t > 0 and words[t - 1] == "in":
        return []  # "X's valves are in use at Y's mill": a state, no user as subject
        # (the frame of goods at work reads it, session 21, supply6)
    if frame.type == RelationType.SUPPLIES and frame.direct and frame.subject == "source" \
            and frame.object == "target" and trig[-1] in _SALE_VERBS and obj_unit is not None \
            and obj_at > t and _maker_goods_sold(view, end, obj_at, lex):
        frame = replace(frame, subject="target", object="source")  # "Y sells Velmora kits
        # in its stores", "Y vend les vestes de Velmora": the maker of the goods a seller
        # sells supplies the seller (session 21, supply6)
    if frame.type == RelationType.SUPPLIES and frame.direct and frame.subject == "target" \
            and lex.language == "fr" and trig[-1] in _SALE_VERBS_FR_PRESENT \
            and frame.maker_goods \
            and not (obj_unit is not None and obj_at > t
                     and _maker_goods_sold(view, end, obj_at, lex)):
        return []  # "Y distribue les vestes de X": the present forms that are also past
        # participles only with the maker's goods before its name (session 21, supply6)
    nxt = view.words[obj_at + 1] if obj_unit is not None and obj_at + 1 < len(view.words) else ""
    after = view.words[obj_at + 1:obj_at + 3] if obj_unit is not None else []
    if (frame.block_next and nxt in frame.block_next) or (
            frame.requires_next and not any(w in frame.requires_next for w in after)):
        return []  # "took over the Spirit plants" / "bought new DSV shares" / "X's delivery
        # drones"
    if frame.block_after and obj_unit is not None and any(
            w in frame.block_after for w in words[obj_at + 1:obj_at + 5]):
        return []
    if frame.type == RelationType.INVESTS_IN and obj_unit is not None \
            and trig[-1] in _FUNDING_VERBS and _lent_with(words, obj_at + 1):
        return []  # "Y backed X with a $50 million loan": a lender (session 18, debt)
    if frame.type == RelationType.PARTNERS_WITH and frame.block_after and obj_unit is not None \
            and obj_at > t and _for_goods(words, obj_at + 1, lex):
        return []  # "signed an agreement with Y for spare parts": a customer contract, no
        # partnership (session 16)
    agent = _agent(frame, end, view, lex)
    if agent is None and frame.type == RelationType.ACQUIRES and frame.agent_required \
            and obj_unit is not None and obj_at > end and _own_part_named(view, end, lex) == obj_at:
        agent = _agent(frame, obj_at + 1, view, lex)  # "sell its drone unit, Tarvel, to Y":
        # the buyer's preposition counted from the part's name (session 21, cues3)
    if frame.type == RelationType.ACQUIRES and agent is not None and obj_unit is not None \
            and obj_at == end and words[obj_at] in ("it", "them") \
            and obj_unit.mentions[0].kind == PRONOUN:
        seller = _subject(t, view, lex, frame)
        at = _unit_index(units, seller) if seller is not None else t
        if seller is not None and set(_org_ids(seller, registry)) & set(
                _org_ids(obj_unit, registry)) and not any(
                units[q].is_mention and not _possessive_pronoun(units[q])
                and view.segment_of(q) is None
                for q in range(at + 1, t)):  # "X makes vinyl tile and sells it to Y": no
            # company sells itself, "it" is its goods; not when another company stands
            # between ("X owns Z and will sell it to Y", session 22)
            return _pairs(RelationType.SUPPLIES, seller.mentions, agent.mentions, "source",
                          view, t, end, registry)
    if agent is not None and _owner_described(view, t, agent, obj_unit):
        return []  # "X, actionnaire de Y depuis le rachat de Z par le constructeur,": the
        # description names another company than X (session 15, typeprec)
    if agent is None and frame.type == RelationType.ACQUIRES and frame.agent_preps \
            and obj_unit is not None and obj_at > t and _unnamed_agent(view, obj_at, frame):
        return []  # "depuis le rachat de Y par le constructeur": the buyer is the one the
        # agent phrase names, never the clause's subject
    if obj_unit is None and agent is not None and frame.object_preps:
        back = _object_pronoun(frame, end, view)  # "un supercalculateur construit pour lui
        if back is not None:  # par Y": "lui" is the sentence's subject
            obj_at, obj_unit = back, _leading_subject(view, t, lex)
    subj: Unit | None
    subj_role = frame.subject
    possessor = _possessor(t, view, lex) if (frame.possessor or frame.possessor_role) else None
    if frame.object is None and frame.agent_required and frame.type == RelationType.SUPPLIES \
            and not frame.noun_trigger and lex.language == "fr" and t > 0 \
            and words[t - 1] in _NOUN_DETERMINERS_FR:
        return []  # "dont les produits sont distribués par B": the noun "produits", not the
        # participle "produits par" (session 15, precision)
    if frame.object is None and frame.type not in _SYMMETRIC:
        # passive or agentive frame: the left subject (or possessor) and the agent phrase
        head = _reduced_goods(view, t, lex)  # "buys chips made by X"
        reduced = head >= 0
        if reduced and frame.type == RelationType.SUPPLIES \
                and any(w in _FOR for w in view.words[max(0, head - _DESTINED_REACH):head]):
            return []  # "supplies engines for the X7 aircraft built by Y": Y makes the goods
            # the subject's parts go into, it supplies nothing to the subject (session 19)
        subject_frame = replace(frame, subject_possessor_only=False) if reduced else frame
        set_off = _set_off_participle(t, view, lex)  # "Korvane, racheté en 2024 par Quistor"
        if frame.type == RelationType.SUPPLIES and (
                _goods_name(view, set_off, lex) if set_off is not None
                else _brand_before_comma(view, t)):
            set_off = _leading_subject(view, t, lex)  # "X tresse ses cordages à partir de
            # fibres Zelbar, fournies par Y": the goods' name, the clause's subject their user
        if frame.owned_goods_only and set_off is not None and not _goods_name(view, set_off,
                                                                              lex):
            set_off = None  # "Y, achetée à X en 2019": a company sold, not goods bought
        if set_off is None and frame.subject_possessor_only and possessor is None:
            set_off = _owned_goods_set_off(t, view, lex)  # "ses modules, fabriqués par Y"
        goods = reduced or (t > 0 and view.words[t - 1] + "s" in lex.product_nouns)
        user = _goods_user(view, head + 1 if reduced else t, lex) if goods and agent is not None \
            and frame.type == RelationType.SUPPLIES and frame.agent_role == "source" else None
        # a singular goods noun counts here only ("repose sur un logiciel fourni par Y", whose
        # plural is a product noun; session 18, supply2)
        if user is not None and agent is not None:  # "X's fleet runs on trucks made by Y", "sa
            # flotte roule sur des camions fabriqués par Y": Y supplies X (session 18)
            return _pairs(frame.type, agent.mentions, user.mentions, "source", view, t, end,
                          registry)
        left = possessor if possessor is not None else set_off if set_off is not None \
            else _subject(t, view, lex, subject_frame)
        maker = None
        if left is None and agent is not None and frame.type == RelationType.SUPPLIES \
                and frame.agent_role == "target":
            maker = left = _maker_of_goods(t, view, lex, replace(
                frame, subject_possessor_only=False))
        if agent is None or left is None or frame.subject is None:
            return []
        if maker is not None:  # "X makes treatments that are sold through A"
            return _pairs(frame.type, left.mentions, agent.mentions, "source", view, t, end,
                          registry)
        if frame.block_after and _after_in_phrase(view, end, frame.block_after):
            return []  # "controlled by X with 69%": a stake stated, not control alone
        if frame.requires_after and not _after_in_phrase(view, end, frame.requires_after):
            return []
        if frame.possessed_product and not any(
                view.words[q] in lex.product_nouns
                for q in range(_unit_index(view.units, left), t)) \
                and not _of_possessor(_unit_index(view.units, left), view, lex) \
                and not _plain_possessed_goods(view, _unit_index(view.units, left), t, lex):
            return []  # "X's software is used by Y", not "X's argument was used by Y"; "le
            # logiciel de X est utilisé par Y" (the product before "de X")
        if possessor is None and not reduced and not frame.noun_trigger \
                and set_off is None and not _passive_subject_ok(t, left, view, lex) \
                and not (frame.requires_before and words[t - 1] == ","):
            return []  # (session 16: the goods noun required before a set-off participle
            # "X runs two barges, chartered by A" is the subject's)
        left_role = frame.possessor_role if possessor is not None and frame.possessor_role \
            else frame.subject
        if reduced and possessor is None and frame.type == RelationType.SUPPLIES \
                and left.possessive and not _possessive_pronoun(left):
            at = _unit_index(view.units, left)
            if at != head - 1:  # "X's chips power servers built by Y": the servers are Y's,
                if at + 1 < t and view.words[at + 1] in lex.product_nouns:  # X supplies Y
                    return _pairs(frame.type, left.mentions, agent.mentions, "source", view,
                                  t, end, registry)
                return []
        if frame.type == RelationType.SUPPLIES and left_role == "target" \
                and _first_clause_supplier(view, left):
            return []  # "Les cadres de X viennent de A, alors que ses roues viennent de B"
        return _pairs(frame.type, left.mentions, agent.mentions, left_role, view, t, end,
                      registry)
    if possessor is not None and frame.possessor_role and obj_unit is None and agent is None:
        # (a symmetric type only in the frame "A, one of Y's partners,", session 16)
        # "Amazon, one of its largest investors," / "Infinera's largest shareholder, Oaktree,"
        # / "Amazon is its largest investor" - never "améliorer ... pour ses clients"
        named_at = end
        while named_at < len(words) and words[named_at] in _POST_ADJECTIVES:
            named_at += 1  # "son fournisseur historique, X", "son client attitré X"
        other = _appositive_name(view, named_at, lex) or _described_after(view, named_at, lex) \
            or _predicated_subject(t, view, lex, frame) \
            or _included(view, end, lex) or _copula_complement(view, end, lex) \
            or (units[named_at] if named_at < len(units) and _plain_mention(units[named_at])
                else None)
        # ... or the names right after the noun: "its customers A and B"
        if other is None or other is possessor:
            return []
        p = _unit_index(view.units, possessor)
        if any(w in NOT_NOW_WORDS or w in ("once", "formerly") for w in words[max(0, p - 3):p]):
            return []  # "Y, once one of X's anchor customers,": a relation that has ended
        if frame.type == RelationType.INVESTS_IN and p >= 2 and words[p - 1] in ("by", "par") \
                and words[p - 2] in _SOLD_PARTICIPLES:
            return []  # "X is being sold by its owner, Y": a stake that the sale ends
        q = p - 2 if p >= 2 and words[p - 1] in ("de", "d'", "of") else p - 1
        if _possessive_pronoun(possessor) and q >= 1 and words[q] in ("et", "and") \
                and units[q - 1].is_mention:
            return []  # "aux côtés de A et de son actionnaire B": "son" is the clause's
            # company, not A, whom a nearest-name reading would take
        return _pairs(frame.type, possessor.mentions, other.mentions, frame.possessor_role,
                      view, t, end, registry)
    if agent is not None:
        subj, subj_role = agent, frame.agent_role or frame.subject
    elif frame.agent_required:
        return []
    elif possessor is not None:
        subj, subj_role = possessor, frame.possessor_role or frame.subject
    else:
        subj = _subject(t, view, lex, frame)
        if frame.type == RelationType.SUPPLIES and subj is not None \
                and words[t] in _SUPPLIER_NOUNS and _taken_over_noun(view, subj, t):
            return []  # "Velmora a racheté le fournisseur de Quistor", "Velmora took over a
            # supplier to Quistor": the supplier is what the subject bought (session 18)
        if frame.type == RelationType.ACQUIRES:
            subj = _advised_party(t, view, lex) or subj  # "X a conseillé Y sur le rachat
            # de Z": Y buys, X only advised
    if obj_unit is None and subj is not None and frame.type == RelationType.INVESTS_IN \
            and frame.object == "target":
        clitic = _clitic_object(view, t, subj, lex)  # "qui en conservera 70 % du capital"
        if clitic is not None and _between_ok(frame, words, end,
                                              min(len(words), end + frame.window)):
            obj_at, obj_unit = clitic, units[clitic]
    if obj_unit is None and subj is not None and frame.type == RelationType.SUPPLIES \
            and ("a",) in frame.object_preps:  # a verb taking "à": the clitic is its object
        dative = _dative_clitic(view, t, subj, lex)  # "Y, qui lui fournit ses cuirs"
        resolved = _clitic_unit(view, t, subj, registry) if dative is None else None
        if resolved is not None and _between_ok(frame, words, end,
                                                min(len(words), end + frame.window)):
            obj_at, obj_unit = resolved  # "Parmi ses références figure Y, qui lui confie":
            # the company the clitic mention resolved to (`resolution._dative`)
        if dative is not None and _between_ok(frame, words, end,
                                              min(len(words), end + frame.window)):
            # not "Y lui a confié la présidence de son conseil": what the frame blocks
            obj_at, obj_unit = dative, units[dative]
            if words[t] in _LEASES_FR:
                subj_role = "source"  # "X, qui leur loue des conteneurs": "louer à" with a
                # dative clitic is the lessor's verb, unlike "Y loue ses bus à X", where
                # the buying frame reads Y as the one renting (session 23, supply13)
    if frame.list_after:
        return _rivals(frame, t, end, view, lex, registry, possessor, obj_unit, obj_at)
    if frame.type in _SYMMETRIC:
        if obj_unit is not None and frame.type == RelationType.PARTNERS_WITH \
                and _purpose_place(words, end, obj_at):
            obj_unit = None  # "A et B s'associent pour produire de l'ammoniac au Havre": the
            # place of the purpose verb, not a partner (session 17, joint ventures)
        if subj is None and obj_unit is not None and frame.type == RelationType.PARTNERS_WITH:
            subj = _passive_possessor(t, view, lex)  # "Its calibre was developed with Y"
        if obj_unit is None and subj is not None and len(subj.mentions) == 1:
            obj_unit = _with_before(t, view, lex, subj)
            if obj_unit is not None and frame.type == RelationType.PARTNERS_WITH and any(
                    w in frame.block_after or w in frame.block_between for w in words[end:end + 3]):
                obj_unit = None  # "signed with Y a deal to supply batteries", "a signé avec Y
                # un accord de fourniture": a supply deal, no partnership (session 18)
        if subj is not None and obj_unit is not None and subj is not obj_unit:
            pairs = _pairs(frame.type, subj.mentions, obj_unit.mentions, "source", view, t, end,
                           registry)
            if frame.all_pairs and obj_unit.possessive:
                return []  # "formed with Zentrix's chips": a product, not a partner
            if obj_unit.possessive and any(w in frame.block_between
                                           for w in words[obj_at + 1:obj_at + 3]):
                return []  # "developed with Zentrix's chips": the means the frame blocks
            if (frame.all_pairs or frame.group_pairs and _within_group(view, obj_at)) \
                    and not _owned_rivals_after(view, obj_at):
                # "au sein du consortium", "the venture it formed with A and B": A and B too
                pairs += _within(frame.type, obj_unit.mentions, view, t, end, registry)
            return pairs
        group = subj if subj is not None else obj_unit
        if group is obj_unit and frame.type == RelationType.COMPETES_WITH \
                and not frame.all_pairs:
            return []  # "(le nouvel ensemble) en concurrence avec A, ainsi qu'avec B": A and B
            # are rivals of the subject, not of each other
        if group is obj_unit and frame.type == RelationType.PARTNERS_WITH \
                and obj_at > end and _dative_object(words, end, obj_at):
            return []  # "la coentreprise se heurtera au suisse A et à l'allemand B": A and
            # B are what the subject meets, not partners of each other (session 17)
        if frame.group_pairs and group is not None and not (
                group is obj_unit and _owned_rivals_after(view, obj_at)):
            return _within(frame.type, group.mentions, view, t, end, registry)
        return []
    if subj is None and obj_unit is None and possessor is None and frame.possessor_role:
        held = _stake_complement(view, end, lex)  # "Customers with a stake in Y include A"
        if held is not None:
            obj_at, obj_unit = held, view.units[held]
    if subj is None and obj_unit is not None:
        subj = _included(view, obj_at + 1, lex)  # "les actionnaires de Y comprennent A et B"
    if subj is None or obj_unit is None or subj_role is None:
        return []
    if frame.type == RelationType.SUPPLIES and subj is not obj_unit \
            and _first_clause_supplier(view, subj if subj_role == "target" else obj_unit):
        return []  # "Les cadres de X viennent de A, alors que ses roues viennent de B": "ses"
        # is not A, whom the first clause names as a supplier (session 18)
    if frame.type == RelationType.SUPPLIES and subj_role == "source" and obj_at > t + 1 \
            and obj_unit.possessive and not _possessive_pronoun(obj_unit) \
            and words[obj_at - 1] in ("to", "a") and _rights_to(words, end, obj_at - 1):
        # "X agreed to license the rights to Y's antibody": Y's product, licensed to X
        return _pairs(frame.type, obj_unit.mentions, subj.mentions, "source", view, t, end,
                      registry)
    if frame.type == RelationType.SUPPLIES and subj_role == "source" and obj_at == end \
            and obj_unit.possessive and not _possessive_pronoun(obj_unit) and (
                words[t] in _LICENCE_WORDS
                or words[t] in _RESALE_VERBS and _goods_after_possessor(frame, view, obj_at)):
        # "Velmora licensed Quistor's technology": Quistor's technology, licensed to Velmora;
        # "Velmora sells Quistor's chairs": Quistor's goods, sold on by Velmora (session 19)
        return _pairs(frame.type, obj_unit.mentions, subj.mentions, "source", view, t, end,
                      registry)
    if frame.type == RelationType.SUPPLIES and obj_at > t and obj_unit.possessive \
            and not _possessive_pronoun(obj_unit) and obj_at + 1 < len(words) \
            and words[obj_at + 1] == "parent":
        parent = _parent_named(view, obj_at + 2, lex)  # "supply Kandor's parent company,
        if parent is None:  # Velmora": the parent is the party, not Kandor (session 20)
            return []
        obj_at, obj_unit = _unit_index(view.units, parent), parent
    if frame.type == RelationType.SUPPLIES and obj_at > t \
            and ("avec" in words[t:obj_at] or "with" in words[t:obj_at]):
        told = _partner_clause_role(view, obj_at)  # "un contrat avec Y, qui livrera les
        if told is not None and told != subj_role:  # pièces": the partner's own clause
            return _pairs(frame.type, subj.mentions, obj_unit.mentions, told, view, t, end,
                          registry)  # says who supplies whom (session 20)
    if frame.type == RelationType.SUPPLIES and subj_role == "target" and obj_at > t \
            and words[obj_at - 1] == "with" and _under_contract_service(view, t):
        # "X maintains the road under contracts with Y": X works for Y (session 20)
        return _pairs(frame.type, subj.mentions, obj_unit.mentions, "source", view, t, end,
                      registry)
    if frame.type == RelationType.SUPPLIES and subj_role == "source" and obj_at > end \
            and words[t] in _LICENCE_WORDS and _brand_goods(view, obj_at, lex, _MEDIA_GOODS) \
            and all(w in _SHARE_OF or w.isdigit() or w in _LICENSED_COUNT
                    for w in words[end:obj_at]):
        # "X licensed about 40 Quistor tracks for its film": Quistor's goods, licensed to
        # X (session 20; "licensed Quistor's technology" above)
        return _pairs(frame.type, obj_unit.mentions, subj.mentions, "source", view, t, end,
                      registry)
    if obj_at > t and frame.type not in _SYMMETRIC:
        later = _object_past_adjunct(view, obj_at, lex)  # "a racheté X en 2022 puis Y"
        if later is not None:
            obj_unit = Unit(obj_unit.first, later.last, "", obj_unit.mentions + later.mentions)
    if frame.type == RelationType.INVESTS_IN and obj_at > end \
            and _site_invested(view.words, end, obj_at, lex):
        return []  # "investir 12 millions dans l'entrepôt de X": money spent on a site
    if frame.type == RelationType.ACQUIRES and subj_role == "source" and obj_at > t \
            and _offer_accepted(view, t):  # "Quistor a accepté l'offre de rachat de Velmora":
        subj, obj_unit = obj_unit, subj  # the bidder after the noun buys the subject
    return _pairs(frame.type, subj.mentions, obj_unit.mentions, subj_role, view, t, end, registry)


_SITE_OF = frozenset({"de", "du", "d'", "des", "of", "at"})


def _site_invested(words: list[str], end: int, obj_at: int, lex: Lexicon) -> bool:
    """True when the name an investment reaches is the complement of a site's noun, with no
    stake's word on the way (session 22): "investir 12 millions d'euros dans l'entrepôt de
    X", "to invest $45 million in the plant of X" spend money on a site (X its name, its place
    or its owner), no stake in X; "investir dans le capital de X" is one."""
    between = words[end:obj_at]
    return obj_at > 0 and words[obj_at - 1] in _SITE_OF \
        and any(w in lex.facility_nouns for w in between) \
        and not any(w in STAKE_NOUNS or w == "%" for w in between)


_SUPPLIER_NOUNS = frozenset({
    "fournisseur", "fournisseurs", "sous-traitant", "sous-traitants", "prestataire",
    "prestataires", "equipementier", "supplier", "suppliers", "provider", "providers",
    "vendor", "vendors", "contractor", "subcontractor"})
_TAKEOVER_VERBS = BUY_VERBS | {"over", "absorbe", "absorbed", "merged", "swallowed"}
"""Verb forms (and the "over" of "took over") that make the noun after them the company bought:
the buyer's verbs and nouns of resolution.py and the verbs of a merger."""


def _taken_over_noun(view: SentenceView, subj: Unit, t: int) -> bool:
    """True when the supplier noun at `t` is the object of a take-over verb whose subject is
    `subj`: a determiner (or "l'un des") and nothing else between the verb and the noun."""
    words, units = view.words, view.units
    s = units.index(subj) if subj in units else -1
    k = t - 1
    while k > s and t - k <= 5 and words[k] not in _TAKEOVER_VERBS:
        if units[k].is_mention or words[k] in (",", ";") or words[k] in HARD_BOUNDARIES:
            return False
        k -= 1
    return k > s and words[k] in _TAKEOVER_VERBS


_USING_VERBS = (("runs", "on"), ("run", "on"), ("ran", "on"), ("relies", "on"), ("rely", "on"),
                ("relied", "on"), ("depends", "on"), ("uses",), ("used",), ("roule", "sur"),
                ("roulent", "sur"), ("roule", "avec"), ("roulent", "avec"), ("repose", "sur"),
                ("reposent", "sur"), ("utilise",), ("utilisent",), ("fonctionne", "avec"),
                ("fonctionnent", "avec"))
"""A thing a company owns that runs on, or uses, goods ("X's fleet runs on trucks made by Y")."""
_USING_FILLERS = frozenset({"already", "still", "now", "also", "mostly", "largely", "entirely",
                            "deja", "toujours", "desormais", "aussi", "surtout", "largement",
                            "entierement", "exclusivement", "exclusively"})


_NOUN_COMPLEMENT_FR = frozenset({"de", "d'"})


def _reduced_goods(view: SentenceView, t: int, lex: Lexicon) -> int:
    """The index of the goods noun a participle at t reduces ("chips made by X": the noun
    right before it), or, in French, of a goods noun whose complement or adjectives stand
    between ("des machines de découpe laser fournies par X", "des capteurs thermiques
    fournis par X"; session 22); else -1."""
    words, units = view.words, view.units
    if t > 0 and words[t - 1] in lex.product_nouns:
        return t - 1
    if lex.language != "fr":
        return -1
    for q in range(t - 1, max(-1, t - 5), -1):
        if units[q].is_mention or not words[q].isalpha() and words[q] != "d'" \
                or words[q] in lex.function_words and words[q] not in _NOUN_COMPLEMENT_FR \
                or words[q] in lex.determiners or words[q] in _PASSIVE_AUX \
                or not view.tokens[units[q].first].text[:1].islower():
            return -1  # (a capitalised word is a name: "des batteries Megapack fournies"; an
            # auxiliary makes a passive clause: "ses serveurs sont hébergés par Y")
        if words[q] in lex.product_nouns and words[q + 1] not in lex.product_nouns:
            return q
    return -1


def _goods_user(view: SentenceView, t: int, lex: Lexicon) -> Unit | None:
    """The company whose own thing runs on, or uses, the goods that a maker made: "X's
    (collection) fleet (already) runs on (gas) trucks made by Y", "its fleet runs on ...", "la
    flotte de X roule sur des camions fabriqués par Y", "sa flotte utilise des ..." (the goods
    noun at t - 1; at most three words between the verb and the participle, up to three owned
    nouns before the verb). Y supplies X (session 18)."""
    words, units = view.words, view.units
    for v in range(t - 2, max(0, t - 6), -1):
        if units[v].is_mention or words[v] in HARD_BOUNDARIES or words[v] in (",", ";"):
            return None
        rest = [w for w in words[v + 1:t] if w not in _USING_FILLERS]  # "roule déjà sur"
        if not any(words[v] == p[0] and tuple(rest[:len(p) - 1]) == p[1:] for p in _USING_VERBS):
            continue
        k = v - 1
        while k >= 0 and words[k] in _USING_FILLERS:
            k -= 1
        if k >= 2 and units[k].is_mention and words[k - 1] in ("de", "d'", "du") \
                and _plain_mention(units[k]) and units[k].mentions[0].kind == NAME:
            n = k - 2  # "la flotte (de collecte) de X roule sur ..."
            while n >= 0 and k - n <= 4 and not units[n].is_mention and words[n].isalpha() \
                    and words[n].islower() and words[n] not in lex.determiners:
                n -= 1
            return units[k] if n < k - 2 and n >= 0 and words[n] in ("la", "le", "les", "l'") \
                else None
        nouns = 0
        while k >= 0 and nouns < 3 and not units[k].is_mention and words[k].isalpha() \
                and words[k].islower() and words[k] not in lex.determiners:
            k -= 1
            nouns += 1
        if nouns and k >= 0 and units[k].is_mention \
                and (units[k].possessive or _possessive_pronoun(units[k])):
            return units[k]  # "X's fleet", "its fleet", "sa flotte"
        return None
    return None


_MAKING_VERBS = frozenset({"makes", "make", "made", "produces", "produce", "produced",
                           "manufactures", "manufacture", "brews", "bottles", "fabrique",
                           "fabriquent", "produit", "produisent", "elabore", "brasse"})
_GOODS_RELATIVES = frozenset({"that", "which", "qui"})
_GOODS_REACH = 12


_GOODS_MAKING = _MAKING_VERBS | frozenset({
    "generates", "generated", "mines", "mined", "grows", "grew", "harvests", "refines",
    "brewed", "built", "builds", "makes", "made"})
_QUANTITY_OF = frozenset({"all", "most", "much", "part", "some", "half", "bulk", "share",
                          "of", "the", "a", "an", "its", "large"})


def _maker_of_bought_goods(view: SentenceView, end: int, obj_at: int, lex: Lexicon) -> bool:
    """True when the name at obj_at is the subject of a contact relative clause on the goods
    a buying verb (ending at end) takes: "buys all of the power X generates", "bought most of
    the steel X produces" (the goods noun right before the name, the making verb right after
    it; session 22). Not a site or a business: "bought the plant X built"."""
    words, units = view.words, view.units
    if obj_at + 1 >= len(words) or words[obj_at + 1] not in _GOODS_MAKING \
            or not _plain_mention(units[obj_at]) or obj_at - end < 2:
        return False
    noun = words[obj_at - 1]
    return noun.isalpha() and noun not in _QUANTITY_OF and not units[obj_at - 1].is_mention \
        and noun not in lex.facility_nouns and noun not in _NOT_SUPPLIED \
        and noun not in PART_NOUNS and noun not in lex.org_heads \
        and all(w in _QUANTITY_OF for w in words[end:obj_at - 1]) \
        and words[obj_at - 2] in ("the", "its", "their")


def _maker_of_goods(t: int, view: SentenceView, lex: Lexicon, frame: Frame) -> Unit | None:
    """The maker of the goods a relative clause says are sold by a party: "X makes treatments
    that are sold through A", "X produit des fromages qui sont vendus chez A" (the subject of
    the making verb; only plain words between the verb and the relative; session 17,
    refusals)."""
    words = view.words
    if t >= 4 and words[t - 1] in _COPULAS and words[t - 2] in _GOODS_RELATIVES:
        start = t - 3  # "X makes treatments that are sold through A"
    else:
        start = _offered_goods(view, t, lex)  # "X fournit la saumure utilisée par A"
        if start < 0:
            return None
    for m in range(start, max(0, start - _GOODS_REACH), -1):
        if view.units[m].is_mention or words[m] in HARD_BOUNDARIES or words[m] in (",", ";"):
            return None
        if words[m] in _MAKING_VERBS or words[m] in _OFFERING_VERBS:
            return _subject(m, view, lex, frame)
    return None


_OFFERING_VERBS = frozenset({
    "sells", "sell", "supplies", "supply", "develops", "develop", "designs", "design",
    "delivers", "deliver", "vend", "vendent", "fournit", "fournissent", "livre", "livrent",
    "developpe", "developpent", "concoit", "concoivent", "commercialise", "commercialisent"})
"""Verbs whose object is the subject's goods, whatever its noun, before a relative or a
participle that says who uses or sells them (session 22, supply10): "X sells tools that are
used by A", "X fournit la saumure utilisée par A"."""


def _offered_goods(view: SentenceView, t: int, lex: Lexicon) -> int:
    """The index before the goods noun phrase that a participle at t reduces, when that phrase
    is a determiner and at most three lower-case words ("la saumure utilisée par A", "the
    brine used by A"); else -1. The caller then looks for an offering verb before it."""
    words, units = view.words, view.units
    for q in range(t - 1, max(-1, t - 5), -1):
        if units[q].is_mention or not words[q].isalpha() \
                or not view.tokens[units[q].first].text[:1].islower():
            return -1
        if words[q] in lex.determiners:
            return q - 1 if q < t - 1 else -1
        if words[q] in lex.function_words or words[q] in _PASSIVE_AUX:
            return -1
    return -1


def _object_no_party(frame: Frame, view: SentenceView, t: int, end: int, obj_at: int,
                     obj_unit: Unit, lex: Lexicon) -> bool:
    """True when the name in the object slot is no party of the frame's relation (session 16,
    precision): the company a verb of selling takes ("Kandor, the firm selling Velmora Care,
    ..."), the seller a French buying verb reaches through "au" ("achète des licences au
    groupe"), a name that qualifies other parties ("supplies several Velmora partner dealers",
    "sells to Velmora franchisees"; not "A, l'un des partenaires de Y"), the maker of goods
    bought ("buys Velmora pump systems")."""
    if frame.type == RelationType.SUPPLIES and frame.direct and obj_at == end \
            and _company_sold(view, t, obj_at):
        return True
    if frame.type == RelationType.ACQUIRES and frame.direct and obj_at > t \
            and _bought_from(view, obj_unit, lex):
        return True
    if frame.type in _MODIFIER_TYPES and obj_at > t and _name_modifies(view, obj_at) and not (
            frame.type == RelationType.PARTNERS_WITH and t <= obj_at - 2 < end
            and _apposed_one_of(view, t)):
        return True
    return frame.type == RelationType.ACQUIRES and frame.direct and obj_at > t \
        and _brand_goods(view, obj_at, lex)


_ADVISE_VERBS = frozenset({
    "conseille", "conseillent", "conseillait", "conseillaient", "conseillera", "conseilleront",
    "accompagne", "accompagnent", "accompagnait", "accompagnera", "assiste", "assistait",
    "epaule", "epaulait", "advised", "advises", "advise", "advising", "counselled",
    "counseled", "assisted", "assists"})
_DEAL_PREPS = frozenset({"sur", "dans", "pour", "on", "in", "for"})


def _advised_party(t: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    """The client a bank or adviser helped with the deal the noun at t names: "Kandor a
    conseillé Velmora sur le rachat de Z", "Kandor advised Velmora on the takeover of Z"
    (Velmora buys); None when the noun is not so introduced."""
    words, units = view.words, view.units
    k = t - 1
    if k >= 0 and words[k] in lex.determiners:
        k -= 1
    if k < 2 or words[k] not in _DEAL_PREPS or not _plain_mention(units[k - 1]) \
            or words[k - 2] not in _ADVISE_VERBS:
        return None
    return units[k - 1]


_ACCEPT_VERBS = frozenset({"accepte", "acceptent", "acceptait", "acceptera", "accepted",
                           "accepts", "accept", "accepter"})


def _offer_accepted(view: SentenceView, t: int) -> bool:
    """True when the deal noun at t completes an offer its clause's subject accepted ("a
    accepté l'offre de rachat de Y", "accepted the takeover offer from Y"): the company after
    the noun is the bidder, the subject the company bought."""
    words = view.words
    k = t - 1
    if k >= 1 and words[k] in ("de", "d'") and words[k - 1] in OFFER_NOUNS:
        k -= 2  # "l'offre de rachat"
    elif k >= 0 and words[k] in OFFER_NOUNS:
        k -= 1  # "the takeover offer" (trigger before the noun): "accepted the"
    elif t + 1 < len(words) and words[t + 1] in OFFER_NOUNS:
        pass  # "accepted the takeover offer from Y"
    else:
        return False
    while k >= 0 and words[k] in ("l'", "la", "le", "the", "an", "a", "son", "its", "cette",
                                  "this"):
        k -= 1
    return k >= 0 and words[k] in _ACCEPT_VERBS


_THEN = frozenset({"et", "puis", "and", "then"})
_RIGHTS = frozenset({"rights", "right", "licence", "license", "access", "droits", "droit"})
_PASSIVE_BE = BE_BEFORE_PARTICIPLE - {"etait", "etaient"}
"""The passive "be" before a supply trigger (the imperfect is not taken there)."""


def _stake_subject(words: list[str], t: int) -> bool:
    """True when the passive subject before the trigger at t is a stake ("X's stake in Y was
    sold to Z", "la participation de X dans Y a été cédée à Z"), in the trigger's clause."""
    for k in range(t - 1, max(-1, t - 8), -1):
        if words[k] in (",", ";", "which", "qui", "that"):
            return False
        if words[k] in _STAKE_WORDS:
            return True
    return False


def _rights_to(words: list[str], start: int, to: int) -> bool:
    """True when the "to" at `to` completes a rights noun after `start` ("the rights outside
    the US to Y's antibody"), not a second "to" naming the licensee ("the rights to its
    antibody to Y's unit")."""
    at = max((k for k in range(start, to) if words[k] in _RIGHTS), default=-1)
    return at >= 0 and not any(w in ("to", "a") for w in words[at + 1:to])
_NOUN_DETERMINERS_FR = frozenset({"les", "des", "ses", "leurs", "ces", "nos", "vos", "le", "la",
                                  "un", "une", "son", "sa", "leur", "ce", "cette", "du"})
_DEBT_WORDS = frozenset({
    "loan", "loans", "unitranche", "overdraft", "mortgage", "mortgages", "lending", "debt",
    "bond", "bonds", "refinancing", "pret", "prets", "emprunt", "emprunts", "dette", "dettes",
    "obligataire", "obligataires", "refinancement"})
"""Lending words: the money a lender provides is no supply ("a bridge loan from Y", "a
credit facility provided by Y", "un crédit syndiqué arrangé par Y")."""
_FOR = frozenset({"for", "pour"})
_DESTINED_REACH = 6
"""How many words before the participle "for" / "pour" may stand ("engines for the new X7
jets built by Y")."""
"""Prepositions before a reduced "<product noun> built by Y": the goods are the destination of
the subject's supply ("supplies engines for the X7 jets built by Y"), not what it buys."""
_CREDIT_HEADS = frozenset({"facility", "facilities", "line", "lines", "financing"})
_FUNDING_VERBS = frozenset({"back", "backs", "backed", "backing", "fund", "funds", "funded",
                            "funding", "finance", "finances", "financed", "financing",
                            "bankrolled", "bankrolls", "support", "supports", "supported",
                            "soutient", "soutiennent", "soutenu", "soutenue", "financent",
                            "financee", "accompagne", "accompagnent"})
"""Verbs of money given with no stake named: what they give may be a loan."""
_LOAN_MEANS = frozenset({"with", "through", "via", "avec", "par", "grace"})


def _lent_with(words: list[str], k: int) -> bool:
    """True when the words from k say the money came as debt: "with a $50 million loan",
    "through a credit facility", "avec un prêt de 20 millions", "via une dette senior"."""
    if k >= len(words) or words[k] not in _LOAN_MEANS:
        return False
    for w in words[k + 1:k + 7]:
        if w in (",", ".", ";"):
            return False
        if w in _DEBT_WORDS or w in _CREDIT_HEADS and w != "financing" or w == "credit":
            return True
    return False


_LOCATED = frozenset({
    "installe", "installee", "installes", "installees", "base", "basee", "bases", "basees",
    "implante", "implantee", "implantes", "implantees", "situe", "situee", "situes", "situees",
    "etabli", "etablie", "etablis", "etablies", "domicilie", "domiciliee", "based", "located",
    "headquartered"})
_LOCATED_PREPS = frozenset({"a", "au", "aux", "en", "dans", "in", "at", "near", "pres", "de"})


def _located_at(words: list[str], obj_at: int) -> bool:
    """True when the object follows a participle of place and its preposition ("installé à
    Tarvenec", "basée près de Tarvenec", "based in Tarvenec"): it names where a company is."""
    k = obj_at - 1
    while k > 0 and words[k] in _LOCATED_PREPS:
        k -= 1
    return k < obj_at - 1 and words[k] in _LOCATED


_BUY_STEMS = ("achet", "buy", "bought", "purchas")
"""Stems of the plain verbs of buying, which take goods as often as companies (not "rachète",
"acquires", "takes over")."""
_WHOLE_WORDS = frozenset({
    "totalite", "ensemble", "reste", "majorite", "integralite", "solde", "controle", "capital",
    "activite", "activites", "filiale", "filiales", "societe", "entreprise", "groupe", "part",
    "parts", "actions", "titres", "participation", "branche", "division", "pole", "marque",
    "gamme", "gammes", "fabricant", "specialiste", "editeur", "concurrent", "rival"})
"""Words before "de <Name>" that say the company itself, a part of it, or a description of
it is bought ("la totalité de X", "le fabricant de X", "la gamme de pompes de X": a product
line taken over, session 19)."""
_NOT_GOODS_NEXT = frozenset({"last", "earlier", "later", "this", "next", "outright", "back",
                             "again", "together", "instead", "too", "also", "first", "today",
                             "yesterday", "itself", "alone", "entirely", "jointly", "recently"})


def _goods_bought(view: SentenceView, end: int, obj_at: int, lex: Lexicon) -> bool:
    """True when a plain verb of buying takes a maker's goods, not the maker (session 20,
    precision2): a lower-case noun right after the English name ("buys Velmora flour",
    "bought Velmora capacity"), or a French goods noun before "de <Name>" ("achète les pompes
    de Velmora"); not "buys Velmora last year", "achète la totalité de Velmora"."""
    words = view.words
    if not words[end - 1].startswith(_BUY_STEMS) or obj_at + 1 > len(words):
        return False
    if lex.language == "en":
        if obj_at + 1 >= len(words) or view.units[obj_at + 1].is_mention \
                or any(w not in lex.determiners for w in words[end:obj_at]):
            return False
        nxt = words[obj_at + 1]
        text = view.tokens[view.units[obj_at + 1].first].text
        return text.isalpha() and text.islower() and nxt not in lex.function_words \
            and nxt not in _NOT_GOODS_NEXT and not nxt.endswith("ly")
    q = obj_at - 1
    if q - 1 <= end or words[q] not in ("de", "d'", "du", "des"):
        return False
    between = words[end:q]
    return not any(w in _WHOLE_WORDS or w in ("%", ",") or view.units[k].is_mention
                   for k, w in enumerate(between, start=end)) \
        and view.tokens[view.units[q - 1].first].text.isalpha() \
        and view.tokens[view.units[q - 1].first].text.islower() \
        and words[q - 1] not in lex.function_words


_RUN_TRIGGERS = ("exploit",)
"""The stem of the French verb of running a site ("exploite"); English "runs on" / "operates"
name a platform or a maker after "on" / "in" ("runs on Kelvane's cloud"). Kept apart from
`mentions._RUN_VERBS` (which has "operates", "runs", "owns", "possède", "gère"): there a verb
before a site noun and "à" / "in" makes the name a place; here the verb is the relation's own
trigger, which must be French "exploiter" in any form: "possède" is a stake trigger whose
object is the company owned, and the English verbs are the platform case above."""
_RUN_SITE_PREPS = frozenset({"dans", "en", "aux"})
"""Prepositions whose name, after a verb of running, is where the sites are ("exploite cinq
stations dans les Monts Quessar", "200 pylônes aux Quessanes"), never who made the goods."""


def _run_site(words: list[str], t: int, obj_at: int, lex: Lexicon) -> bool:
    """True when the object of a verb of running ("X exploite ... Y": Y's goods run by X) is a
    place or a site: after "dans (les)", "en", "aux"; after "à" / "au" / "de" following a site
    noun ("exploite deux centres de stockage à Morvalle", "le laminoir de Portavella"), or right
    after a site noun ("dont la clinique Sainte-Varenne"). Not the maker after "de" or a
    participle's "à" ("exploite les navettes de Kandor", "des avions loués à Kandor")."""
    if not words[t].startswith(_RUN_TRIGGERS):
        return False
    q = obj_at - 1
    if words[q] in RUN_SITE_NOUNS:
        return True  # "dont la clinique Sainte-Varenne"
    if words[q] in lex.determiners and q - 1 > t:
        q -= 1  # "dans les Monts Quessar"
    if words[q] in _RUN_SITE_PREPS:
        return True
    if words[q] in ("a", "au", "de", "d'", "du") and q - 1 > t:
        return words[q - 1] in RUN_SITE_NOUNS or words[q] in ("a", "au") and any(
            w in RUN_SITE_NOUNS for w in words[t + 1:q]) and not words[q - 1].endswith(
            ("e", "es", "is", "ie", "ies", "u", "ue", "us"))
    return False


_LICENCE_WORDS = frozenset({"licence", "licences", "license", "licenses", "licensed"})
_RESALE_VERBS = frozenset({"sell", "sells", "sold", "selling", "resell", "resells", "resold"})
"""Verbs of selling whose object, a named possessor of goods ("sells Quistor's chairs"), is
the maker that supplies the seller (session 19, supply3)."""


_SHARE_OF = frozenset({"most", "much", "all", "some", "part", "half", "bulk", "share", "majority",
                       "more", "of", "the", "a", "an", "its", "their", "entire", "whole",
                       "rest", "large", "big", "biggest", "largest", "also", "already"})
"""What may stand between a verb of buying and the maker whose goods it buys ("buys most of
X's output"): a quantity, never another noun phrase ("buy a will towards X's plans")."""


def _goods_after_possessor(frame: Frame, view: SentenceView, obj_at: int) -> bool:
    """True when the possessor at `obj_at` is followed by a lower-case noun phrase that is no
    holding the frame blocks ("Quistor's garden chairs", not "Quistor's stake")."""
    words, units = view.words, view.units
    q = obj_at + 1
    while q < len(words) and words[q] in ("'s", "'", "’s", "’"):
        q += 1
    if q >= len(words) or units[q].is_mention \
            or not view.tokens[units[q].first].text[:1].islower():
        return False
    return not any(w in frame.block_between or units[r].is_mention
                   and not _possessive_pronoun(units[r])
                   for r, w in enumerate(words[q:q + 3], start=q))


_HOUSE_WORDS = frozenset({"maison", "griffe", "couture", "couturier", "marque", "house",
                          "brand"})


def _brand_licence(words: list[str], t: int, obj_at: int) -> bool:
    """True when a licence is taken from a fashion house or a brand named as such ("la licence
    parfums de la maison de couture Y", "the fragrance licence of fashion house Y"): a brand
    licence, which news reads as a partnership; a technology licence stays a supply."""
    span = words[t:obj_at]
    return any(w in _LICENCE_WORDS for w in span) and any(
        w in _HOUSE_WORDS and not (w == "house" and k > 0 and span[k - 1] in _TRADE_HOUSES)
        for k, w in enumerate(span))


_TRADE_HOUSES = frozenset({"software", "engineering", "design", "trading", "publishing",
                           "clearing", "brokerage", "research", "consulting", "data"})
"""Words before "house" that make it a trade firm, not a fashion house ("from engineering house
Y": a technology licence, a supply; session 16)."""


def _brand_object(frame: Frame, view: SentenceView, stop: int, obj_at: int) -> bool:
    """True when the object of a frame that keeps brands out ("owns", "possède": a brand word
    in its block_between) is a brand: a brand noun in the descriptor before the name ("la
    marque Brisko") or at the end of the description itself ("the Brisko Fit brand")."""
    if not BRAND_OR_SIGN_NOUNS & set(frame.block_between):
        return False
    if any(w in BRAND_OR_SIGN_NOUNS for w in view.words[stop:obj_at]):
        return True
    return _brand_headed(view.units[obj_at].mentions[0])


def _brand_headed(m: Mention) -> bool:
    """True when the mention is a description whose head is "brand" or "label" ("the brand",
    "the Brisko Fit brand")."""
    return m.kind == ANAPHOR and fold(m.text).split()[-1:] in (["brand"], ["label"])


def _brand_description(view: SentenceView, obj_at: int) -> bool:
    """True when the object at unit `obj_at` is a description headed by a brand noun with the
    brand's name in it ("the Brisko brand", "the Brisko vaping brand"): goods, resolved to no
    company; not a bare "the brand" / "la marque", which often stands for the firm itself
    ("Y, qui distribue la marque depuis 2023": the firm supplies Y)."""
    m = view.units[obj_at].mentions[0]
    return _brand_headed(m) and any(w[:1].isupper() for w in m.text.split()[1:-1])


def _lending(between: list[str], language: str) -> bool:
    """True when the words between a supply trigger and its party name a loan: a lending
    word, "credit facility" / "line of credit", or the French "crédit" ("un crédit
    syndiqué"), never "credit-scoring software"."""
    for i, w in enumerate(between):
        if w in _DEBT_WORDS:
            return True
        if w in ("credit", "credits") and (
                language == "fr" or (i + 1 < len(between) and between[i + 1] in _CREDIT_HEADS)
                or (i > 0 and between[i - 1] == "of")):
            return True
    return False


def _object_past_adjunct(view: SentenceView, obj_at: int, lex: Lexicon) -> Unit | None:
    """A second object coordinated after the first one's time or amount adjunct, itself
    closing its clause or followed by its own adjunct (session 14, French cues): "a racheté X
    en 2022 puis Y l'année suivante", "acquired X in 2022 and Y in 2023"; never the subject
    of a clause of its own ("X en 2022 et Y a racheté Z")."""
    words, units = view.words, view.units
    n = len(units)
    if units[obj_at].possessive:
        return None
    k = insertion_end(words, obj_at + 1, lex.calendar, parenthesis=False)
    if k == obj_at + 1:
        return None  # "X et Y" with nothing between is the mentions' own coordination
    if k < n and words[k] == ",":
        if view.segment_of(obj_at) is not None:
            return None  # "rivals such as A, which bought X in 2023, and B, which ...": the
        k += 1  # comma closes the clause the object stands in; B is the list's
    if k >= n or words[k] not in _THEN:
        return None
    k += 1
    if k < n and words[k] in _THEN:
        k += 1  # "et puis"
    k += _place_before_name(view, k, lex)  # "and Lyon-based B", "and Norway's B" (session 21)
    if k >= n or not _plain_mention(units[k]) or units[k].mentions[0].kind != NAME:
        return None
    after = k + 1
    if after + 1 < n and words[after] == "," and words[after + 1] in lex.relative_pronouns:
        return None  # "and B, which has ...": a list item with its own clause
    if after >= n or words[after] in (".", ",", ";", ")") \
            or insertion_end(words, after, lex.calendar, parenthesis=False) > after \
            or tuple(words[after:after + 2]) in _NEXT_PERIOD:
        return units[k]
    return None


def _place_before_name(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The length of a place told before a name at unit k: "Lyon-based" (a place word and
    the based suffix) or a place's possessive ("Norway's"), else 0 (session 21, cues3)."""
    words, units = view.words, view.units
    if k < len(words) and not units[k].is_mention:
        based = match_at(words, k + 1, lex.based_suffix)
        if based is not None and view.tokens[units[k].first].text[:1].isupper():
            return 1 + len(based)
        return _place_genitive(words, k)
    return 0


_NEXT_PERIOD = frozenset({("l'", "annee"), ("l'", "an"), ("la", "semaine"), ("le", "mois"),
                          ("the", "year"), ("the", "following"), ("a", "year")})
"""A time phrase closing a second conjunct that insertions do not read ("l'année suivante",
"the following year", "a year later")."""


_HELD_STAKES = frozenset({"participation", "participations", "parts", "actions", "titres",
                          "stake", "stakes", "holding", "holdings", "shares"})
_HELD_DEFINITE = frozenset({"la", "les", "the"})
_HELD_IN = (("au", "capital", "de"), ("au", "capital", "du"), ("au", "capital", "d'"),
            ("dans",), ("in",))


def _stake_holder(view: SentenceView, t: int, obj_at: int, lex: Lexicon) -> int | None:
    """When the object is the holder of a stake named with a definite article ("rachète la
    participation de X dans Y", "en rachetant les parts du fonds X", "buys the stake of X in
    Y"): the unit of the company the stake is in, named after "dans" / "in" right after the
    holder, or -1 when none is named; None when the object holds no such stake."""
    words = view.words
    s = next((q for q in range(t, obj_at - 1) if words[q] in _HELD_STAKES
              and q > 0 and words[q - 1] in _HELD_DEFINITE and (
                  words[q + 1] in OF_WORDS  # "du fonds X": a description opened by "du"
                  or fold(view.tokens[view.units[q + 1].first].text) in OF_WORDS)), None)
    if s is None or any(w == "capital" or w == "%" or w[:1].isdigit()
                        for w in words[s + 1:obj_at]):
        return None
    unit = view.units[obj_at]
    k = obj_at + 1
    while k < len(words) and k <= obj_at + 3 and not view.units[k].is_mention:
        prep = match_at(words, k, _HELD_IN)
        if prep is not None:
            found = _mention_after(view, k + len(prep), lex)
            return found if found is not None and view.units[found] is not unit else -1
        if words[k] in (",", ".") or words[k] in HARD_BOUNDARIES:
            break
        k += 1
    return -1


def _after_in_phrase(view: SentenceView, end: int, words: frozenset[str]) -> bool:
    """True when one of `words` stands after unit `end` before the phrase closes (a comma, a
    full stop, a hard boundary)."""
    for w in view.words[end:]:
        if w in (",", ".") or w in HARD_BOUNDARIES:
            return False
        if w in words:
            return True
    return False


_WITH = _WITH_AVEC | {"alongside"}
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "est", "sont", "etait",
                          "etaient", "ete", "etre", "sera", "seront", "fut", "soit", "serait"})


_LAUNCHES = frozenset({"lance", "lancera", "annonce", "annoncera", "finalise", "finalisera",
                       "boucle", "bouclera", "realise", "realisera", "launched", "announced",
                       "completed", "closed", "launches", "announces", "completes", "closes"})
"""Verbs whose subject raises the round a noun trigger right after them names ("a lancé une
augmentation de capital de 1 milliard d'euros")."""

_CAUSATIVE_FAIRE = frozenset({"fait", "font", "fera", "feront", "faisait", "faisaient",
                              "faire", "ferait", "feraient"})
"""Finite forms of "faire" opening a causative trigger ("fait fabriquer ... par Y"): the
trigger is an active verb, its subject is the clause's, however far."""

_ARTICLES_EN = frozenset({"a", "an", "the"})
_STRESSED = frozenset({"lui", "elle", "eux", "elles"})
"""French stressed pronouns ("avec elle", "elle aussi")."""
_EN_BEFORE = frozenset({"qui", "et", ",", "il", "elle", "ils", "elles", "ne", "n'"})


def _set_against(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry
) -> list[Candidate]:
    """A verb that sets its direct object against others ("pits X (more directly) against Y",
    "puts X in closer competition with A and B"): the first mention after the verb, before
    any comma, is one party; the mention after the frame's preposition the other."""
    units = view.units
    k = end
    while k < min(len(units), end + 3) and not units[k].is_mention \
            and view.words[k] in lex.determiners:
        k += 1
    if k >= len(units) or not units[k].is_mention or _possessive_pronoun(units[k]):
        return []
    first = _after_relative(view, k, lex, units[k])
    obj_at, obj_unit = _object(replace(frame, direct=False), k + 1, view, lex)
    if obj_unit is None or obj_unit is first or "," in view.words[k + 1:obj_at]:
        return []
    if frame.requires_between and not frame.requires_between.intersection(
            view.words[k + 1:obj_at]):
        return []  # "gives X a say in Y": no stake named between the two (session 15)
    if frame.type in (RelationType.INVESTS_IN, RelationType.ACQUIRES) \
            and first.mentions[0].kind == PRONOUN:
        return []  # "X's holder will receive shares, giving it a stake in the buyer": the
        # pronoun is no safer than the name it would stand for (a read-set wrong edge)
    return _pairs(frame.type, first.mentions, obj_unit.mentions, frame.subject or "source",
                  view, t, end, registry)


def _clitic_object(view: SentenceView, t: int, subj: Unit, lex: Lexicon) -> int | None:
    """The company the French clitic "en" stands for before a stake trigger: the nearest name
    before it other than the subject ("Mayhoola, qui avait racheté Valentino en 2012 et qui en
    conservera 70 %": Valentino; "MaiaSpace, créée par ArianeGroup, qui en reste l'unique
    actionnaire": MaiaSpace). None without the clitic."""
    if lex.language != "fr":
        return None
    words, units = view.words, view.units
    en = next((q for q in range(t - 1, max(0, t - 6), -1) if words[q] == "en"
               and (q == 0 or words[q - 1] in _EN_BEFORE or units[q - 1] is subj)), None)
    if en is None or any(w in (",", ".") or w in HARD_BOUNDARIES for w in words[en + 1:t]):
        return None
    for q in range(en - 1, max(-1, en - 16), -1):
        if words[q] in HARD_BOUNDARIES:
            return None
        u = units[q]
        if u is not subj and _plain_mention(u) and u.mentions[0].kind == NAME \
                and not any(m in subj.mentions for m in u.mentions):
            return q
    return None


_AUX_FR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "va", "vont",
                     "doit", "doivent"})


_LEASES_FR = frozenset({"loue", "louent"})
"""Forms of "louer", whose dative clitic is the one renting ("X leur loue des conteneurs"):
the present forms among the buying frame's triggers (frames_fr.json; its other tenses are no
triggers, and "louer" is left out)."""


_VERB_ADVERBS_FR = frozenset({"deja", "aussi", "egalement", "encore", "recemment", "notamment",
                              "pas", "plus", "jamais", "toujours", "bien", "meme", "enfin",
                              "finalement", "desormais"})
_ADVERB_PAIRS_FR = frozenset({("par", "ailleurs"), ("en", "outre"), ("de", "nouveau"),
                              ("en", "effet"), ("a", "nouveau")})


def _dative_at(words: list[str], t: int) -> int | None:
    """The unit of a French dative clitic before the verb at t: right before it, before its
    auxiliary, past adverbs between the two ("lui confient", "leur a confié", "lui a
    également attribué", "lui a par ailleurs notifié"), or before "en" ("lui en livre"); None
    otherwise."""
    k = t - 1
    skipped = 0
    while k >= 1 and skipped < 3:
        if words[k] in _VERB_ADVERBS_FR or len(words[k]) > 6 and words[k].endswith("ment"):
            k, skipped = k - 1, skipped + 1
        elif (words[k - 1], words[k]) in _ADVERB_PAIRS_FR:
            k, skipped = k - 2, skipped + 1
        else:
            break
    if k >= 0 and words[k] in _AUX_FR:
        k -= 1
    elif skipped:
        return None  # an adverb needs its auxiliary before it
    if k >= 1 and words[k] == "en":
        k -= 1
    return k if k >= 0 and words[k] in DATIVE_CLITICS and words[k + 1] != "," else None


def _clitic_unit(view: SentenceView, t: int, subj: Unit,
                 registry: Registry) -> tuple[int, Unit] | None:
    """The unit of the dative clitic before the verb at t and a unit of its mention (no unit
    of the view: `units.build_view`), when that mention resolved to an organisation the
    subject does not name and the sentence names or refers to; None otherwise."""
    k = _dative_at(view.words, t)
    if k is None:
        return None
    m = view.clitics.get(view.units[k].first)
    if m is None or not m.resolved or registry.type_of(m.resolved[0]) not in ORG_TYPES \
            or set(m.resolved) & {e for o in subj.mentions for e in o.resolved}:
        return None
    if m.resolved[0] not in {e for u in view.units for o in u.mentions for e in o.resolved}:
        return None  # only a company the sentence itself names or refers to ("Parmi ses
        # références figure Y, qui lui confie"); an earlier sentence's company in passing is
        # no topic (`_topic_dative` has the article's)
    return k, Unit(m.first, m.last, view.words[k], (m,))


def _dative_clitic(view: SentenceView, t: int, subj: Unit, lex: Lexicon) -> int | None:
    """The company a French dative clitic before a supply verb stands for: the nearest name
    before the subject in the sentence, past a colon ("Eutelsat mise sur des équipementiers :
    la start-up X lui fournit les antennes": Eutelsat; "A compte parmi ses clients B, qui lui
    a commandé des tubes": A). None without the clitic or such a name."""
    if lex.language != "fr":
        return None
    words, units = view.words, view.units
    if _dative_at(words, t) is None:
        return None
    at = units.index(subj) if subj in units else -1
    first = _first_clause_subject(view, at, lex)
    if first is not None and not any(m in subj.mentions for m in units[first].mentions):
        return first  # "X équipe les pylônes de A, et B lui a commandé des antennes": X
    listed = at >= 0 and words[at + 1:at + 3] == [",", "qui"]
    for q in range(at - 1, -1, -1):
        if words[q] in HARD_BOUNDARIES and words[q] != ":":
            return None
        if listed and _list_coordinator(words, q):
            return None  # "s'appuie sur A, mais aussi sur B, qui lui livre": A is B's fellow
            # object, not the clitic's company; the clitic's mention has it (`_clitic_unit`)
        u, seg = units[q], view.segment_of(q)
        if seg is not None and not seg.start <= t < seg.end:
            continue  # "A, dont B est actionnaire, achète à C, qui lui livre": A, not B
        if _plain_mention(u) and u.mentions[0].kind in (NAME, ANAPHOR) \
                and not u.mentions[0].person and not any(m in subj.mentions for m in u.mentions) \
                and not _dative_subject(words, q):
            return q  # a description too: "l'intérêt de la cible est clair : Y, qui lui a commandé"
    return None


_LIST_COORDINATORS_FR = frozenset({"et"})
_LIST_COORDINATOR_PAIRS_FR = frozenset({("ainsi", "que"), ("mais", "aussi"),
                                        ("mais", "egalement")})


def _list_coordinator(words: list[str], q: int) -> bool:
    """True when unit q is a French coordinator of a list ("et", "ainsi que", "mais
    aussi"): a company before it is a fellow member of the list the relative's antecedent
    closes (session 25, relclitic)."""
    return words[q] in _LIST_COORDINATORS_FR or q >= 1 and (
        (words[q - 1], words[q]) in _LIST_COORDINATOR_PAIRS_FR
        or q + 1 < len(words) and (words[q], words[q + 1]) in _LIST_COORDINATOR_PAIRS_FR)


def _inverted_supplier(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon
) -> tuple[Unit, Unit] | None:
    """The supplier and the customer of a French object relative whose subject comes after
    its verb, the customer a dative clitic (session 23, supply11): "X mise sur des batteries
    que lui fournit Y", "les pièces que leur livre Y": Y (a name right after the verb, past a
    description) supplies the company the clitic stands for (`_dative_clitic`). None
    otherwise."""
    words, units = view.words, view.units
    if lex.language != "fr" or frame.type != RelationType.SUPPLIES \
            or frame.subject != "source" or ("a",) not in frame.object_preps:
        return None
    k = t - 1
    if k >= 0 and words[k] in _AUX_FR:
        k -= 1
    if k < 1 or words[k] not in DATIVE_CLITICS or words[k - 1] not in ("que", "qu'"):
        return None
    m = end
    while m < min(len(units), end + 5) and not units[m].is_mention and (
            _company_description_word(words[m], lex)):
        m += 1  # "que lui fournit le groupe japonais Y"
    if m >= len(units) or not _plain_mention(units[m]) or units[m].mentions[0].kind != NAME \
            or units[m].possessive:
        return None
    customer = _dative_clitic(view, t, units[m], lex)
    return (units[m], units[customer]) if customer is not None else None


def _company_description_word(w: str, lex: Lexicon) -> bool:
    """True for a word of a company's description before its name: a determiner, a
    descriptor, an organisation head or a place adjective ("le groupe breton X")."""
    return w in lex.determiners or (w,) in lex.descriptors or w in lex.org_heads \
        or place_adjective(w, lex)


def _first_clause_subject(view: SentenceView, at: int, lex: Lexicon) -> int | None:
    """The unit of the first clause's company when the subject at unit `at` opens a clause
    coordinated by "et" (", et B lui a commandé ...", session 23, supply11): the name or
    description opening the sentence ("X équipe les pylônes de A, et B lui ..."), or the
    owner of the goods that open it ("Les bouteilles de X sont vendues chez A, et B lui
    achète ..."); the clitic stands for it, not for the nearest name (A). None otherwise."""
    words, units = view.words, view.units
    if at < 3 or words[at - 1] != "et" or words[at - 2] != "," \
            or any(w in HARD_BOUNDARIES or w == ":" for w in words[:at]):
        return None
    k = 0
    while k < at - 2 and not units[k].is_mention and (
            _company_description_word(words[k], lex)
            or k > 0 and (words[k - 1],) in lex.descriptors
            and words[k].endswith(FR_ADJECTIVE_ENDINGS + DESCRIPTION_TAIL_ENDINGS)):
        k += 1  # "L'entreprise bretonne X équipe ..."
    if k < at - 2 and units[k].is_mention:
        return k if _plain_mention(units[k]) and not units[k].mentions[0].person else None
    return next((q for q in range(1, min(at - 2, 6)) if _plain_mention(units[q])
                 and units[q].mentions[0].kind in (NAME, ANAPHOR)
                 and _of_possessor(q, view, lex)), None)


def _dative_subject(words: list[str], q: int) -> bool:
    """True when unit q is itself the subject of a verb after a dative clitic ("A lui
    commande des relevés, et B lui a confié ...", "A, qui lui confie ..."): a customer
    parallel to the clitic's subject, not the company the clitic stands for (session 22)."""
    k = q + 1
    if words[k:k + 2] == [",", "qui"]:
        k += 2
    return k < len(words) and words[k] in DATIVE_CLITICS


def _leading_subject(view: SentenceView, t: int, lex: Lexicon) -> Unit | None:
    """The name opening the sentence as its subject, before unit t, behind a determiner and
    a description ("Le groupe Velmora exploite ..."), else None."""
    words, units = view.words, view.units
    k = 0
    while k < t and (words[k] in lex.determiners or (words[k],) in lex.descriptors
                     or words[k] in lex.org_heads or words[k] in lex.nationalities):
        k += 1
    return units[k] if k < t and _plain_mention(units[k]) else None


def _object_pronoun(frame: Frame, end: int, view: SentenceView) -> int | None:
    """The unit of a French stressed pronoun right after one of the frame's object
    prepositions ("construit pour lui par Y"), else None."""
    words = view.words
    for k in range(end, min(len(words) - 1, end + 3)):
        prep = match_at(words, k, frame.object_preps)
        if prep is not None and k + len(prep) < len(words) \
                and words[k + len(prep)] in _STRESSED:
            return k + len(prep)
    return None


def _company_bought(
    view: SentenceView, obj_at: int, required: frozenset[str], lex: Lexicon
) -> bool:
    """True when the verb a frame requires after its object takes a company name as its own
    object: "signed a deal with X to buy Zentrix Group" (not "to buy X's chips")."""
    words, units = view.words, view.units
    for q in range(obj_at + 1, min(len(words), obj_at + 7)):
        if words[q] in required:
            k = q + 1
            while k < len(words) and words[k] in lex.determiners:
                k += 1
            return k < len(units) and _plain_mention(units[k]) \
                and units[k].mentions[0].kind == NAME
    return False


def _company_goods(view: SentenceView, start: int, stop: int, lex: Lexicon) -> bool:
    """True when what a verb of exchange takes before its preposition is a company by name,
    set off by a comma or followed by a preposition: "buy Zentrix from Y", "buy Zentrix Labs, a
    maker of locks, from Y" (not "buys Zentrix chips from Y", not "Zentrix's chips")."""
    units, words = view.units, view.words
    for q in range(start, min(stop, len(units))):
        u = units[q]
        if u.is_mention and u.mentions[0].kind == NAME and not u.possessive \
                and not u.mentions[0].person and q + 1 < len(words) \
                and (words[q + 1] == "," or words[q + 1] in lex.prepositions) \
                and not (q > start and words[q - 1] in ("par", "by") and q - 1 == start) \
                and not (words[q + 1] == "aupres" and _goods_name(view, u, lex)):
            return True  # "la livraison par X de 20 rames à Y": X is the delivery's agent;
            # "s'approvisionne en lingots de qualité Z auprès de Y": Z names the goods
    return False


_SIDE_PHRASES = frozenset({("de", "son", "cote"), ("de", "sa", "cote"), ("de", "leur", "cote"),
                           ("de", "notre", "cote"), ("pour", "sa", "part"), ("pour", "son", "part"),
                           ("pour", "leur", "part"), ("pour", "notre", "part"),
                           ("for", "its", "part"), ("for", "their", "part")})
"""Discourse adverbials of contrast ("de son côté", "pour sa part", "for its part"): their
possessive names no party, and their "part" is no stake (session 15, session 16)."""


def _side_phrase(words: list[str], k: int) -> bool:
    """True for an adverbial of `_SIDE_PHRASES` at k."""
    return tuple(words[k:k + 3]) in _SIDE_PHRASES


_ECHO_AFTER = frozenset({"aussi", "meme", "non", "seule", "seul", "seuls", "seules"})


def _subject_echo(words: list[str], k: int) -> bool:
    """True for a stressed pronoun at k that echoes the subject right after its verb ("X livre
    elle aussi des vannes à Y", "X affronte lui-même Y"): no party of the verb (session 19)."""
    return words[k] in _STRESSED and k + 1 < len(words) and words[k + 1] in _ECHO_AFTER


def _side_prep(words: list[str], k: int) -> bool:
    """True for a preposition at k that opens an adverbial of `_SIDE_PHRASES` or is the "à" of
    "quant à elle" ("X livre quant à elle des vannes à Y": the subject's echo is no customer;
    session 19, french)."""
    return _side_phrase(words, k) or (
        0 < k < len(words) - 1 and words[k - 1] == "quant" and words[k] == "a"
        and words[k + 1] in ("lui", "elle", "eux", "elles"))


_CLAUSE_CLOSE = frozenset({",", ".", ";", ":"})


def _company_sold(view: SentenceView, t: int, obj_at: int) -> bool:
    """True when a verb of selling takes a company's name as its direct object with nothing
    after it in its phrase ("Kandor, the firm selling Velmora Care, will ...", "it sold
    Velmora."): the company changes hands; a customer comes with its goods ("sells Velmora
    its chips") or after "to"."""
    words, units = view.words, view.units
    if words[t] not in SELL_VERBS:
        return False
    u = units[obj_at]
    if not u.is_mention or u.possessive or u.mentions[0].kind != NAME or u.mentions[0].person:
        return False
    return obj_at + 1 >= len(words) or words[obj_at + 1] in _CLAUSE_CLOSE


_MODIFIER_TYPES = frozenset({RelationType.SUPPLIES, RelationType.ACQUIRES,
                             RelationType.INVESTS_IN, RelationType.PARTNERS_WITH})
_PARTIES_AFTER_NAME = frozenset({"franchisees", "dealers", "affiliates", "operators",
                                 "licensees", "franchises", "concessionnaires", "affilies"})
"""Plural nouns of parties that a name before them qualifies ("Velmora franchisees")."""
_PARTIES_BEFORE_OF = frozenset({"partenaires", "franchises", "concessionnaires", "affilies",
                                "operateurs"})
"""The same before "de" and the name ("les concessionnaires partenaires de Velmora")."""


def _apposed_one_of(view: SentenceView, t: int) -> bool:
    """True when the partner noun at t is the head of an apposition or predicate of one
    member ("A, l'un des (transporteurs) partenaires de Y,", "A est l'un des partenaires de
    Y"): A is Y's partner (session 16), not only a qualifier of other parties."""
    words = view.words
    for k in range(max(1, t - 4), t - 1):
        if words[k] in ("un", "une") and words[k + 1] in ("des", "de"):
            b = k - 1 if words[k - 1] == "l'" else k
            return b >= 1 and words[b - 1] in _ONE_OF_BEFORE
    return False


_ONE_OF_BEFORE = frozenset({",", "est", "reste", "devient", "etait", "sera", "comme"})


def _name_modifies(view: SentenceView, obj_at: int) -> bool:
    """True when the object's name only qualifies the parties named after it, in lower case:
    "Velmora partner dealers", "Velmora franchisees", "Velmora dealers" (the parties are
    the operators, not Velmora)."""
    words, units = view.words, view.units
    u = units[obj_at]
    if not u.is_mention or u.possessive or u.mentions[0].kind != NAME:
        return False
    q = obj_at + 1
    if q < len(words) and words[q] in ("partner", "partners") and q + 1 < len(words) \
            and not units[q + 1].is_mention and words[q + 1].endswith("s"):
        q += 1  # "Velmora partner dealers"
    if obj_at >= 2 and words[obj_at - 1] in ("de", "d'", "du") \
            and words[obj_at - 2] in _PARTIES_BEFORE_OF:
        return True  # "plusieurs concessionnaires partenaires de Velmora"
    return q < len(words) and words[q] in _PARTIES_AFTER_NAME \
        and view.tokens[units[q].first].text.islower() \
        and not (q + 1 < len(words) and units[q + 1].is_mention)


def _own_brand_goods(view: SentenceView, end: int, k: int, lex: Lexicon) -> bool:
    """True when the name at unit k, right after the verb ending at `end` and a possessive
    pronoun, is followed by a product noun: the subject's own goods, no party ("will supply
    its Vestra sorting system for its depots", session 19)."""
    words = view.words
    return k == end + 1 and words[end] in _OWN_BEFORE_BRAND and _brand_goods(view, k, lex)


_OWN_BEFORE_BRAND = POSSESSIVES_EN | {"son", "sa", "ses", "leur", "leurs"}


def _bought_from(view: SentenceView, obj_unit: Unit, lex: Lexicon) -> bool:
    """True when a French verb of buying reaches its party through "au" / "aux" ("achète des
    licences au groupe"): the party sells, it is not bought."""
    return lex.language == "fr" and view.tokens[obj_unit.first].norm in ("au", "aux")


def _brand_goods(view: SentenceView, obj_at: int, lex: Lexicon,
                 more: frozenset[str] = frozenset()) -> bool:
    """True when the name a verb of buying takes is followed, within two lower-case words, by
    a product noun: "buys Velmora pump systems", "bought Quistor servers" (the goods are
    bought, their maker is no acquisition). A product noun before the name ("achète des
    systèmes de pompage Quistor") was tried and dropped: it cost three unread relations."""
    words, units = view.words, view.units
    u = units[obj_at]
    if not u.is_mention or u.possessive or u.mentions[0].kind != NAME:
        return False
    for q in range(obj_at + 1, min(len(words), obj_at + 3)):
        if units[q].is_mention or not view.tokens[units[q].first].text[:1].islower():
            return False
        if words[q] in lex.product_nouns or words[q] in more:
            return True
        if _plain_goods(view, q, lex) and all(_goods_word(words[k], lex)
                                               for k in range(obj_at + 1, q)):
            return True
    return False


_NOT_GOODS_AFTER_NAME = frozenset({
    "outright", "shares", "share", "stake", "stakes", "stock", "assets", "unit", "units",
    "business", "businesses", "division", "operations", "subsidiary", "affiliate", "parent",
    "arm", "group", "holding", "holdings", "debt", "bonds", "again", "back", "together",
    "last", "this", "next", "earlier", "later", "instead", "too", "as", "itself", "entirely",
    "brand", "brands", "stores", "shops", "plants", "plant", "sites", "site", "factories",
    "factory", "mills", "mill", "chain", "network", "portfolio", "rival", "rivals",
    "founder", "founders", "owner", "owners", "investors", "shareholders", "management",
    "subject", "year", "years", "month", "months", "week", "weeks", "quarter", "time",
    "once", "twice", "cheap", "cash", "privately"})
_GOODS_CLOSERS = frozenset({"for", "from", "at", ",", ".", "to", "since", "under", "through"})
_SALE_VERBS = _RESALE_VERBS | {"vend", "vendent", "vendre", "vendra", "vendait", "revend",
                               "revendent", "revendra"}
"""Verbs of selling, supply3's English ones and their French: their object, a maker's goods
("sells Velmora kits", "vend les vestes de Velmora"), names the seller's supplier (supply6)."""
_SALE_VERBS_FR_PRESENT = frozenset({"distribue", "commercialise", "reference"})
"""French present forms of distribution that are also past participles ("distribué"): their
frame holds only with the maker's goods before the maker's name (supply6)."""
_SHELF_VERBS = frozenset({"stocks", "already", "also", "now", "still", "carries", "carry",
                          "will"})
"""First words of the English stocking frame's triggers ("stocks", "already stock", "will
carry"): after them the goods may be followed by "in" / "across" ("stocks Velmora kits in
its stores", `_SHELF_CLOSERS`) where a verb of buying needs `_GOODS_CLOSERS` (supply6). The
test is on the trigger's first word, so any possessed-object frame whose trigger opens with
"already", "also", "now", "still" or "will" reads these closers too."""
_FITTING_VERBS_EN = frozenset({"installs", "installed", "is", "fits", "fitted", "mounts",
                               "mounted"})
"""First words of the frame of a customer fitting a maker's goods ("fitted Velmora pumps in
its plants", supply7): the goods may be closed by "in" / "across" as on a shelf."""
_GOODS_DETERMINERS_FR = frozenset({"les", "des", "la", "le", "l'", "une", "un"})
"""Determiners that open the French goods before "de <maker>" ("vend les vestes de X")."""
_NOT_GOODS_FR = frozenset({
    "usine", "usines", "actifs", "activite", "activites", "filiale", "filiales", "parts",
    "actions", "titres", "participation", "participations", "site", "sites", "magasins",
    "marque", "marques", "branche", "division", "capital", "reseau", "fonds", "droits",
    "licence", "licences", "brevets", "catalogue", "dette", "obligations", "stock"})
"""French nouns of a company's parts or assets, not of goods: "vend les usines de X" is a
disposal, not a resale of X's goods (`_maker_goods_sold`)."""
_SHELF_CLOSERS = _GOODS_CLOSERS - {"to"} | {"in", "across"}
"""After goods a retailer sells or stocks: "sells Velmora kits in its stores" (supply6)."""


_TRADE_VERBS_EN = frozenset({"services", "repairs", "maintains", "rents", "leases", "installs",
                             "stocks", "distributes", "markets", "imports"})
"""A second verb coordinated with a verb of selling before the maker's goods: "sells and
services X vehicles" (session 22)."""


def _maker_goods_sold(view: SentenceView, end: int, obj_at: int, lex: Lexicon) -> bool:
    """True when the name a verb of selling takes at `obj_at` is the maker of the goods sold,
    with no buyer after it: "sells Velmora kits in its stores" (English, a plain goods noun
    right after the name), "vend les vestes de Velmora dans ses magasins" (French, a
    determiner and one or two goods nouns before "de"). The seller resells; the maker
    supplies it. Not "sells Velmora kits to Z", "vend les usines de Velmora", "vend la
    marque Velmora" (a disposal). Session 21 (supply6)."""
    words, units = view.words, view.units
    unit = units[obj_at]
    if unit.possessive or unit.mentions[0].kind != NAME:
        return False
    if any(w in TO_WORDS for w in words[obj_at + 1:obj_at + 5]):
        return False
    if lex.language == "en":
        second = end + 2 == obj_at and words[end] == "and" and words[end + 1] in _TRADE_VERBS_EN
        g = obj_at + 1  # "X and Y vehicles": the goods after the second maker's name
        if g + 2 < len(words) and words[g] == "and" \
                and not view.tokens[units[g + 1].first].text[:1].islower():
            g += 2
        return (obj_at == end or second) and g < len(words) \
            and _plain_goods(view, g, lex, _SHELF_CLOSERS)
    span = words[end:obj_at]
    if not 3 <= len(span) <= 4 or span[0] not in _GOODS_DETERMINERS_FR \
            or span[-1] not in ("de", "d'"):
        return False
    return all(not units[k].is_mention and view.tokens[units[k].first].text.islower()
               and w.isalpha() and len(w) > 2 and w not in lex.function_words
               and w not in _NOT_GOODS_FR
               for k, w in enumerate(span[1:-1], start=end + 1))


def _plain_goods(view: SentenceView, q: int, lex: Lexicon,
                 closers: frozenset[str] = _GOODS_CLOSERS) -> bool:
    """True when the English word at q, after a name a verb of buying takes and before the
    clause goes on ("buys Velmora flour for its shops", "buys Velmora cement from its
    depot"), reads as a goods noun: a plain lower-case word, no adverb, date word, function
    word or part of a company ("shares", "unit", "plants": those are bought with it). Session
    20 (supply5)."""
    words = view.words
    return lex.language == "en" and q + 1 < len(words) and words[q + 1] in closers \
        and not view.units[q].is_mention and view.tokens[view.units[q].first].text.islower() \
        and _goods_word(words[q], lex)


def _goods_word(w: str, lex: Lexicon) -> bool:
    return w.isalpha() and len(w) > 2 and not w.endswith("ly") \
        and w not in _NOT_GOODS_AFTER_NAME and w not in lex.function_words \
        and w not in lex.calendar and w not in lex.org_heads and w not in _NOT_SUPPLIED


_MEDIA_GOODS = frozenset({"songs", "tracks", "recordings", "titles", "catalogue", "catalog",
                          "patents", "technology", "platform", "characters", "footage"})
"""What a licence covers beside goods: "licensed 40 Quistor tracks" (session 20)."""
_LICENSED_COUNT = frozenset({"than", "about", "around", "nearly", "over", "some", "dozens",
                             "hundreds", "several", "many", "two", "three", "four", "five",
                             "six", "ten", "twenty", "thirty", "forty", "fifty"})
_PARTNER_SUPPLIES = frozenset({
    "fournira", "fourniront", "fournit", "fournissent", "fournissait", "livrera", "livreront",
    "livre", "livrent", "equipera", "equiperont", "fabriquera", "fabriqueront",
    "construira", "construiront", "supplies", "supply", "provides", "provide", "delivers",
    "deliver", "builds", "build", "manufactures", "manufacture", "makes", "make"})
_PARTNER_BUYS = frozenset({
    "achetera", "acheteront", "achete", "achetent", "buys", "buy", "purchases", "purchase",
    "uses", "use", "utilisera", "utiliseront"})
_PARTNER_FILLERS = frozenset({"will", "would", "also", "already", "to", "aussi", "deja",
                              "egalement", "lui", "leur", "en", "doit", "va"})


def _partner_clause_role(view: SentenceView, obj_at: int) -> str | None:
    """The role of the subject of a contract "with" a partner whose relative clause tells
    what the partner does: "(X a signé) un contrat avec Y, qui livrera les pièces",
    "a contract with Y, which will supply": Y supplies, the subject is the customer
    ("target"); "... avec Y, qui achètera ...": Y buys ("source"). None when no such clause
    (session 20)."""
    words, units = view.words, view.units
    k = obj_at + 1
    if k + 1 >= len(words) or words[k] != "," or words[k + 1] not in ("qui", "which", "that"):
        return None
    k += 2
    while k < len(words) and k < obj_at + 7 and words[k] in _PARTNER_FILLERS \
            and not units[k].is_mention:
        k += 1
    if k >= len(words) or units[k].is_mention:
        return None
    if words[k] in _PARTNER_SUPPLIES:
        return "target"
    if words[k] in _PARTNER_BUYS:
        return "source"
    return None


_CONTRACTED_WORK = frozenset({
    "maintains", "maintain", "maintained", "operates", "operate", "operated", "runs",
    "run", "ran", "builds", "build", "built", "manages", "manage", "managed", "carries",
    "carry", "carried", "hauls", "haul", "hauled", "cleans", "clean", "cleaned", "services",
    "repairs", "repaired", "overhauls", "overhauled", "supplies", "supplied", "provides",
    "provided", "delivers", "delivered", "transports", "transported", "ships", "shipped"})


_NOT_GOODS_BEFORE = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "they",
    "which", "that", "who", "also", "widely", "already", "commonly", "now", "still", "not",
    "once", "first", "mainly", "mostly", "largely", "and", "or", "we", "he", "she", "then"})
"""Words before "used" that make it a verb, not a participle after goods (session 20)."""


_BOUGHT_FORMS = frozenset({"bought", "buys", "acquired", "acquires", "purchased", "purchases"})


def _company_antecedent(view: SentenceView, t: int, lex: Lexicon) -> bool:
    """True when the verb of buying at t sits in a relative clause ("that", "which") whose
    antecedent is a company: a name ("Kandor Rentals, which Quistor bought from Tarvex") or a
    company noun ("the renter that Quellian investor Quistor bought from Tarvex"); its subject,
    with its description, stands between (session 20)."""
    words, units = view.words, view.units
    k = t - 1
    while k >= 0 and t - k <= 6 and words[k] not in ("that", "which") \
            and (units[k].is_mention or words[k].isalpha() or "-" in words[k]):
        k -= 1
    if k < 1 or words[k] not in ("that", "which") \
            or not any(units[q].is_mention for q in range(k + 1, t)):
        return False  # "X, which also buys material from Y": the pronoun is the subject
    j = k - 1 if words[k - 1] != "," else k - 2
    return j >= 0 and (units[j].is_mention and units[j].mentions[0].kind == NAME
                       and not units[j].mentions[0].person
                       or (words[j],) in lex.descriptors and words[j] not in lex.product_nouns)


def _parent_named(view: SentenceView, k: int, lex: Lexicon) -> Unit | None:
    """The parent named after "X's parent (group / company)": set off by a comma ("Kandor's
    parent group, Velmora") or right after ("Kandor's parent company Velmora")."""
    words, units = view.words, view.units
    if k < len(words) and words[k] in ("group", "company", "firm"):
        k += 1
    if k < len(units) and units[k].is_mention and not units[k].possessive:
        return units[k]
    return _appositive_name(view, k, lex)


def _goods_used_in(t: int, end: int, view: SentenceView, lex: Lexicon, frame: Frame,
                   registry: Registry) -> list[Candidate]:
    """Goods "used in" a company's own goods, a reduced participle: "X, which makes the
    sensors used in Y's drones" (X supplies Y: the maker of the goods, Y their user).
    Nothing without a verb of making just before the goods (before, "used" read Y as the
    supplier of the clause's subject; session 20)."""
    words, units = view.words, view.units
    user = units[end + 1]
    if not user.is_mention or not user.possessive or _possessive_pronoun(user):
        return []
    for m in range(t - 2, max(-1, t - 7), -1):
        if units[m].is_mention or words[m] in (",", ";") or words[m] in HARD_BOUNDARIES:
            return []
        if words[m] in _MAKING_VERBS or words[m] in _PARTNER_SUPPLIES:
            maker = _subject(m, view, lex, replace(frame, subject="source", object="target"))
            if maker is None or maker is user:
                return []
            return _pairs(frame.type, maker.mentions, user.mentions, "source", view, m, end,
                          registry)
    return []


def _under_contract_service(view: SentenceView, t: int) -> bool:
    """True when the contract noun at t follows "under" (a few plain words between) and a
    verb of doing or supplying comes before "under" in the clause, no name between: "X
    cleans and repairs 30 stations under contracts with Y" (X works for Y; the
    frame's own reading makes Y the supplier, as in "orders with Y"; session 20)."""
    words, units = view.words, view.units
    k = t - 1
    while k >= 0 and t - k <= 9 and words[k] != "under" and not units[k].is_mention \
            and (words[k].isalpha() or "-" in words[k]):  # "design-build-operate" splits
        k -= 1
    if k < 1 or words[k] != "under":
        return False
    for q in range(k - 1, max(-1, k - 12), -1):
        if units[q].is_mention or words[q] in (",", ";", ".") or words[q] in HARD_BOUNDARIES:
            return False
        if words[q] in _CONTRACTED_WORK:
            return True
    return False


def _set_off_participle(t: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    """The name a participle set off by a comma after it describes, whatever the clause's
    subject: "Velmora affronte Korvane, racheté en 2024 par Quistor", "rivals such as Korvane,
    acquired last year by Quistor", also behind a short apposed noun phrase: "Korvane Games, a
    company wholly owned by Velmora", "Korvane, une société détenue par Velmora", or after an
    apposition closed by its comma: "Zentrix, le leader du secteur, contrôlé par Velmora"."""
    words = view.words
    c = t - 1
    if c > 0 and words[c] != ",":
        c = next((q for q in range(t - 2, max(0, t - 7), -1) if words[q] == ","), 0)
        if c < 1 or words[c + 1] not in lex.determiners or any(
                view.units[q].is_mention or words[q] in HARD_BOUNDARIES
                or words[q] in lex.relative_pronouns or words[q] in lex.complementizers
                or words[q] in _COPULAS or words[q] in _PASSIVE_AUX
                for q in range(c + 1, t)):
            return None
    if c < 1 or words[c] != ",":
        return None
    u = view.units[c - 1]
    if not u.is_mention:  # "Amundi, le leader européen du secteur, contrôlé à 69 % par Y"
        owner = view.apposition_owner(c)
        u = view.units[owner] if owner is not None else u
    elif c + 1 < t and singular_description(view, c + 1, t, lex):
        u = last_member(u)  # "A et B, le spécialiste des vannes contrôlé par Y": B only
    return u if _plain_mention(u) else None


_GOODS_NAME_NOUNS = BRAND_NOUNS | LINE_NOUNS
"""Nouns right before or after a name that make it the goods' name ("sous la marque Z", "en
lingots de qualité Z", "the Z brand")."""


def _brand_before_comma(view: SentenceView, t: int) -> bool:
    """True when the participle at `t` follows a brand that the mention layer kept out of the
    companies, after a brand noun and before a comma ("sous la marque Zelbar, distribuée par
    Y": the goods' name, so the clause's subject is their owner; session 23)."""
    words, units = view.words, view.units
    return t >= 3 and words[t - 1] == "," and not units[t - 2].is_mention \
        and view.tokens[units[t - 2].first].text[:1].isupper() and words[t - 3] in _GOODS_NAME_NOUNS


def _goods_name(view: SentenceView, u: Unit, lex: Lexicon) -> bool:
    """True when the name `u` is the name of goods, not a company (session 23, supply11): in
    French, a bare lower-case noun right before it ("des fibres de polyéthylène Z", "sous la
    marque Z", "en lingots de qualité Z"; no determiner, preposition, list opener, company
    noun, nationality or adjective); in English, a brand noun next to it ("the Z brand")."""
    words, units = view.words, view.units
    at = _unit_index(units, u)
    if not _plain_mention(u) or u.mentions[0].kind != NAME or u.possessive:
        return False
    before = words[at - 1] if at > 0 and not units[at - 1].is_mention else ""
    after = words[at + 1] if at + 1 < len(words) and not units[at + 1].is_mention else ""
    if lex.language == "en":
        return after in _GOODS_NAME_NOUNS or before in _GOODS_NAME_NOUNS
    return before in _GOODS_NAME_NOUNS or before in lex.product_nouns or before in _GOODS or (
        before.isalpha() and view.tokens[units[at - 1].first].text.islower()
        and before not in _openers_first(lex) and (before,) not in lex.conjunctions
        and before not in lex.complementizers
        and before not in lex.function_words and before not in lex.determiners
        and before not in lex.prepositions and (before,) not in lex.descriptors
        and before not in lex.org_heads and before not in lex.nationalities
        and not place_adjective(before, lex) and not before.endswith(FR_ADJECTIVE_ENDINGS))


def _owned_goods_set_off(t: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    """The possessive pronoun before goods that a making participle set off by a comma
    describes ("X veut produire ses modules, aujourd'hui fabriqués en Corée par Y", "its
    modules, assembled in Mexico by Y"): at most three lower-case words between the pronoun
    and the comma, an adverb of time at most between the comma and the participle (session
    17, fronted)."""
    words = view.words
    c = t - 1
    if c > 0 and words[c] in _NOW_ADVERBS:
        c -= 1
    if c < 2 or words[c] != ",":
        return None
    for q in range(c - 1, max(-1, c - 5), -1):
        u = view.units[q]
        if u.is_mention:
            return u if q < c - 1 and _possessive_pronoun(u) else None
        text = view.tokens[u.first].text
        if not text.isalpha() or not text.islower() or words[q] in lex.prepositions \
                or words[q] in lex.determiners:
            return None
    return None


_NOW_ADVERBS = frozenset({"aujourd'hui", "actuellement", "currently", "now", "today",
                          "deja", "already"})


def _unit_index(units: list[Unit], u: Unit) -> int:
    """The position of unit `u` in the sentence, or of the list unit holding it when `u` is
    that list's last member alone (a relative or apposition told of it only; session 20)."""
    try:
        return units.index(u)
    except ValueError:
        return next(q for q, x in enumerate(units) if x.first <= u.first < x.last)


def _passive_subject_ok(t: int, left: Unit, view: SentenceView, lex: Lexicon) -> bool:
    """A participle's subject: with an auxiliary ("was acquired by"), also past an insertion
    ("sont quant à elles fournies par", "are for their part supplied by"; session 25,
    supply16), right next to it ("Northvolt, backed by"), or the owner of the apposition it
    sits in."""
    words = view.words
    if any(w in _PASSIVE_AUX for w in words[max(0, t - 3):t]):
        return True
    if any(words[j] in _PASSIVE_AUX and insertion_end(words, j + 1, lex.calendar,
                                                      parenthesis=False) == t
           for j in range(max(0, t - 8), t - 3)):
        return True
    if view.words[t] in _CAUSATIVE_FAIRE:
        return True  # "X, qui emploie 40 personnes, fait fabriquer ses drones par Y": an
        # active verb of its own, whose subject may stand past a relative clause
    left_at = _unit_index(view.units, left)
    if t - left_at <= 2:
        return True
    seg = view.segment_of(t)
    return seg is not None and seg.owner == left_at


def _purpose_place(words: list[str], end: int, obj_at: int) -> bool:
    """True when the French object at obj_at is reached through "à" / "au" / "aux" after a
    purpose clause opened between the trigger (ending at `end`) and it ("s'associent pour
    produire de l'ammoniac au Havre", "s'allie afin de bâtir une usine à Kandor", "une
    coentreprise destinée à produire des engrais près du Havre"): the complement of the
    purpose verb. "s'associe à Y pour produire" keeps its partner, and
    "avec" after the purpose verb still names one ("pour produire avec Y")."""
    prep = next((q for q in range(obj_at - 1, end - 1, -1) if words[q] in (
        "a", "au", "aux", "avec", "entre", "et")), None)
    if prep is None or words[prep] not in ("a", "au", "aux"):
        return False
    return any(w in ("pour", "afin") for w in words[end:prep]) or (
        words[prep] == "a" and prep + 1 < obj_at and len(words[prep + 1]) > 4
        and words[prep + 1].endswith(("er", "ir", "re")))  # "destinée à produire ... du Havre"


def _with_before(t: int, view: SentenceView, lex: Lexicon, subj: Unit) -> Unit | None:
    """"X builds vehicles with Leonardo under a joint venture": the partner named before."""
    for k in range(t - 1, max(-1, t - 10), -1):
        u = view.units[k]
        if u is subj or view.words[k] in HARD_BOUNDARIES:
            return None
        if view.words[k] == ",":
            set_off = _with_set_off(view, k, t, lex)
            return set_off if set_off is not subj and not _supply_purpose(view, t) else None
        if u.is_mention and k > 0 and view.words[k - 1] not in _WITH and (
                _with_described(view, k, lex)
                or _with_noun_phrase(view, k, t, lex) and not _supply_purpose(view, t)):
            return u  # "a signé avec le fabricant de capteurs Y un accord" (session 17),
            # "avec la distillerie bretonne Y une coentreprise", "avec la Y un accord"
        if u.is_mention and k > 0 and view.words[k - 1] in _WITH:
            if k > 1 and view.words[k - 2] in _MERGE_VERBS:
                return None  # "tried to merge with Y before ... voted the deal down": a
            return u  # merger (a takeover in the annotation), not a partnership
    return None


_SET_OFF_STOPS = frozenset({"qui", "que", "qu'", "dont", "ou", "lequel", "laquelle", "which",
                            "who", "whom", "whose", "that", "where"})
"""Relative pronouns ("qui", "dont", "où" folded "ou", "which", "where" ...): the apposition
of `_with_set_off` has no relative clause."""
_SET_OFF_REACH = 14
"""How many words back from its closing comma `_with_set_off` looks for the apposition's
opening comma: a determiner, a noun and a complement with a place ("le centre technique de
Lyon") fit, a second clause does not."""
_PLACE_PREPS = frozenset({"de", "d'", "du", "a", "in", "of", "near", "pres"})
"""Prepositions after which a name inside the apposition is only its place."""


_SUPPLY_PURPOSE = frozenset({"fourniture", "fournitures", "approvisionnement", "livraison",
                             "livraisons", "achat", "achats", "supply", "supplies", "delivery",
                             "deliveries", "purchase", "purchases"})


def _supply_purpose(view: SentenceView, t: int) -> bool:
    """True when the deal noun at t is said, in the next eight words, to be about supplying
    ("un contrat de trois ans pour la fourniture de vannes"): a supply contract, not a
    partnership, whoever the partner named before it is (session 18)."""
    for w in view.words[t + 1:t + 9]:
        if w in (".", ";", ",") or w in HARD_BOUNDARIES:
            return False
        if w in _SUPPLY_PURPOSE:
            return True
    return False


def _with_noun_phrase(view: SentenceView, k: int, t: int, lex: Lexicon) -> bool:
    """True when the name at unit k ends a determiner and at most four lower-case words
    opened by "avec"/"with" and an indefinite deal noun follows it ("avec la distillerie
    bretonne Y une coentreprise", "avec la Y un accord"): any kind of company, as the deal
    noun after the name, not the description, says Y is the verb's partner (session 18)."""
    words = view.words
    if not (k + 1 < t and words[k + 1] in INDEFINITE):
        return False
    for q in range(k - 1, max(-1, k - 7), -1):
        if view.units[q].is_mention or words[q] in HARD_BOUNDARIES or words[q] in (",", "."):
            return False
        if words[q] in _WITH:
            if q + 1 >= k or words[q + 1] not in lex.determiners:
                return False
            for p in range(q + 2, k):
                text = view.tokens[view.units[p].first].text
                if place_adjective(words[p], lex):
                    continue  # "with the Norwegian sawmill Y"
                if words[p] in lex.prepositions and words[p] not in ("de", "d'") \
                        or not text.replace("-", "").replace("'", "").isalpha() \
                        or not text.islower() or words[p] in _SET_OFF_STOPS \
                        or words[p] in _WITH_MEANS:
                    return False
            return True
    return False


_DEALERS = frozenset({"concessionnaire", "concessionnaires", "distributeur", "distributeurs",
                      "revendeur", "revendeurs", "importateur", "importateurs", "grossiste",
                      "grossistes", "dealer", "dealers", "distributor", "distributors",
                      "reseller", "resellers", "wholesaler", "wholesalers", "importer",
                      "importers"})
"""Nouns describing a partner to an agreement as the one who resells the goods: the agreement
is a supply, no partnership (session 24)."""
_WITH_MEANS = frozenset({"soutien", "aide", "appui", "concours", "financement", "support",
                         "help", "backing", "funding", "financing"})
"""Nouns of the means a company acts with ("a créé avec le soutien de Y une coentreprise"):
the name after them backs the deal, it is no partner in it (session 24)."""


def _with_set_off(view: SentenceView, comma: int, t: int, lex: Lexicon) -> Unit | None:
    """The partner of "avec Y, le centre technique de Lyon, un accord": a name after
    "avec"/"with" set off by an apposition that opens with a determiner, the deal noun after
    its closing comma with an indefinite determiner (session 18). No relative clause, verb
    join or other name inside the apposition."""
    words = view.words
    if comma + 1 >= t or words[comma + 1] not in INDEFINITE or any(
            view.units[q].is_mention for q in range(comma + 1, t)):
        return None
    for c in range(comma - 1, max(0, comma - _SET_OFF_REACH), -1):
        w = words[c]
        if view.units[c].is_mention and words[c - 1] not in _PLACE_PREPS:
            return None  # a name inside only as a place: "le centre optique de Velzac"
        if w in HARD_BOUNDARIES or w in _SET_OFF_STOPS or w == ".":
            return None
        if w != ",":
            continue
        if c + 1 >= comma or words[c + 1] not in lex.determiners or c < 2:
            return None
        name = view.units[c - 1]
        if not name.is_mention or name.possessive:
            return None
        before = c - 2
        if before >= 1 and words[before] in lex.determiners:
            before -= 1
        return name if words[before] in _WITH else None
    return None


_MERGE_VERBS = frozenset({"merge", "merged", "merges", "merging", "fusionner", "fusionne",
                          "fusionnent", "fusionnera", "fusionnait"})


def _blocked_before(view: SentenceView, t: int, block: tuple[Phrase, ...]) -> bool:
    """A blocking phrase in the five words before the trigger, in the trigger's own clause: a
    comma or a name in between ends its reach ("Sur le marché de l'hydrogène, X affronte Y").
    A phrase of several words reaches eight words back, over a noun phrase ("competing for
    utility and data-centre contracts with A")."""
    for k in range(max(0, t - 8), t):
        found = match_at(view.words, k, block)
        if found and k >= 2 and _side_phrase(view.words, k - 2):
            continue  # "X a pour sa part acquis Y": the adverbial's "part" is no stake
        if found in _HOLDERS_QUALIFIERS and _holders_of_one(view, k, t):
            continue  # "Y's other shareholders include A": the holders of one company
        if found and (len(found) > 1 or k >= t - 5) and not any(
                view.words[q] in (",", ";") or view.units[q].is_mention
                for q in range(k + len(found), t)):
            return True
    return False


_HOLDERS_QUALIFIERS = frozenset({("other",), ("large",)})
_QUALIFIER_WORDS = frozenset({"other", "large"})


def _holders_of_one(view: SentenceView, k: int, t: int) -> bool:
    """True when the qualifiers from k to the trigger ("other", "large") follow a possessive
    ("Y's other large shareholders include A", "its other shareholders"), or open the sentence
    before a noun whose list "include" names ("Other shareholders of Y include A and B",
    session 20): the holders of one company, not some holders among others."""
    words = view.words
    q = k
    while q > 0 and words[q - 1] in _QUALIFIER_WORDS:
        q -= 1
    if q > 0 and (words[q - 1] in POSSESSIVES_EN or (
            view.units[q - 1].is_mention and view.units[q - 1].possessive)):
        return True
    if q > 1 or (q == 1 and words[0] != "the"):
        return False
    for r in range(t + 1, min(len(words), t + 7)):
        if words[r] in HARD_BOUNDARIES or words[r] in (",", ";", "."):
            return False
        if words[r] in ("include", "included", "includes"):
            return True
    return False


_REQUIRED_REACH = 6
_CLAUSE_JOINS = frozenset({"and", "et", "but", "mais", "or", "ou", "while", "tandis"})
_NOT_THAT_NOUN = frozenset({"capital", "-", "backed", "capitalist", "capitalists", "fund", "funds",
                           "arm", "firm", "firms", "investor", "investors", "studio", "debt"})


def _required_before(view: SentenceView, t: int, required: frozenset[str],
                     comma: bool = False) -> bool:
    """True when one of `required` stands in the few words before the trigger, in its clause
    and not as a modifier ("the venture it formed with", "la coentreprise qu'il a créée avec";
    not "a venture-backed firm formed with" or "venture capital"). With `comma`, a comma right
    before the trigger is no clause boundary: a rank and its rival set off ("X est le numéro
    deux du marché, derrière Y", "the second-largest maker in Europe, behind Y")."""
    words = view.words
    for k in range(t - 1, max(-1, t - 1 - _REQUIRED_REACH), -1):
        if comma and k == t - 1 and words[k] == ",":
            continue
        if words[k] in HARD_BOUNDARIES or words[k] in (",", ".") or words[k] in _CLAUSE_JOINS:
            return False  # "shunned joint ventures and launched X with Y": another clause
        if words[k] in required:
            return k + 1 >= len(words) or words[k + 1] not in _NOT_THAT_NOUN
    return False


_MARKET_WORDS = frozenset({"market", "marche"})
_SHARE_WORDS = frozenset({"%", "share", "parts", "part", "percent"})


def _share_ranked(view: SentenceView, t: int) -> bool:
    """True when a rank word ("ahead of", "devant") set off by a comma follows a market share
    in its clause (session 19, rivals): "X holds 30% of the market, ahead of Y", "X détient
    30 % du marché, loin devant Y"; not "tested the market ahead of Y's listing" (no comma,
    no share)."""
    words = view.words
    if t < 3 or words[t - 1] != ",":
        return False
    clause = []
    for k in range(t - 2, max(-1, t - 2 - _REQUIRED_REACH - 2), -1):
        if words[k] in HARD_BOUNDARIES or words[k] in (",", ".") or words[k] in _CLAUSE_JOINS:
            break
        clause.append(words[k])
    return any(w in _MARKET_WORDS for w in clause) and any(w in _SHARE_WORDS for w in clause)


_DEAL_NOUN_REACH = 6
"""Words after the indefinite determiner within which `_deal_after` looks for the required noun."""


def _deal_after(frame: Frame, view: SentenceView, end: int, obj_at: int, stop: int,
                lex: Lexicon) -> bool:
    """The required noun named after the partner a verb takes with "avec"/"with" ("X a signé
    avec (le développeur) Y un contrat-cadre portant sur la fourniture de ..."): the verb's
    object comes after its "with" phrase; an indefinite determiner right after the name opens
    it, the required word within six words, before any comma (session 17, fronted)."""
    words = view.words
    if not frame.requires_between or obj_at <= end or words[end] not in _WITH \
            or any(w not in lex.determiners for w in words[end + 1:stop]):
        return False
    q = obj_at + 1
    if q >= len(words) or words[q] not in INDEFINITE:
        return False
    r = q + 1
    while r < min(len(words), q + 1 + _DEAL_NOUN_REACH) and words[r] not in (",", ".", ";", ":") \
            and words[r] not in HARD_BOUNDARIES and not view.units[r].is_mention:
        r += 1
    return _between_ok(frame, words, q + 1, r)


def _between_ok(
    frame: Frame, words: list[str], start: int, stop: int, allowed: frozenset[str] | None = None
) -> bool:
    between = words[start:stop]
    if frame.block_between and any(
            w in frame.block_between and not (allowed and w in allowed)
            and not (q >= 2 and _side_phrase(words, q - 2))
            for q, w in enumerate(between, start=start)):
        return False  # "X livre pour sa part des vannes à Y": the adverbial's "part" is no
        # stake (session 19, french)
    return not (frame.requires_between and not any(
        w in frame.requires_between or any(r in w for r in frame.requires_between if len(r) > 3)
        and not w.startswith(_NO_SHARE_WORDS) for w in between)
        and not (frame.deverbal_services and _deverbal_service(words, start, stop)))


_TASK_ARTICLES = frozenset({"le", "la", "l'", "les"})
_NOT_ENTRUSTED = frozenset({
    # roles and governance, money, and what one confides (folded)
    "direction", "codirection", "administration", "presidence", "gouvernance", "commandement",
    "gouvernement", "financement", "refinancement", "investissement", "placement",
    "intention", "intentions", "ambition", "ambitions", "emotion", "deception", "satisfaction",
    "frustration", "indignation", "preoccupation", "preoccupations", "conviction", "position",
    "attention", "sentiment", "sentiments", "etonnement", "agacement", "soulagement",
    "attachement", "confiance", "mefiance", "esperance", "souffrance", "message", "heritage",
    "partage", "mariage", "visage", "personnage", "temoignage", "langage", "voyage"})


def _deverbal_service(words: list[str], start: int, stop: int) -> bool:
    """True when a task named by a deverbal noun stands between `start` and `stop`: a noun
    ending in -ment, -age, -tion or -ance right after a definite article and right before its
    complement ("l'enregistrement des passagers", "la restauration des tribunes", "le
    stockage de ses archives"), as what "confier" gives a contractor (session 23, supply13). A
    role, money and what one confides stay out ("la direction de", "le financement de", "sa
    déception"); a possessive determiner is not taken, nor a bare noun."""
    return any(
        len(w) >= 7 and w.endswith(DEVERBAL_ENDINGS) and w not in _NOT_ENTRUSTED
        and words[q - 1] in _TASK_ARTICLES and words[q + 1] in _BARE_OF | {"du"}
        for q, w in enumerate(words[start:stop], start=start) if 0 < q < len(words) - 1)


_NO_SHARE_WORDS = ("partena",)
"""Words that hold a required word but name none ("son partenaire" holds "part": "X détient
avec son partenaire et les dirigeants de la société 96 % du capital" states no stake in "la
société")."""


def _is_boundary(view: SentenceView, k: int) -> bool:
    return view.words[k] in HARD_BOUNDARIES


_OUTER_COORDINATORS = frozenset({"et", "and", "ainsi", "ou", "or", "as"})


_ASIDE_OPENERS = (("a", "hauteur", "de"), ("a", "hauteur", "d'"))
_ASIDE_REACH = 8


def _amount_aside(view: SentenceView, k: int) -> int:
    """The length of a stake's size set off by commas at unit k, which takes none of the
    object's window: "sa montée, à hauteur de 35 %, au capital de Y" (session 20): the
    opener, a number, no name, the closing comma; else 0."""
    words = view.words
    if k >= len(words) or words[k] != "," or match_at(words, k + 1, _ASIDE_OPENERS) is None:
        return 0
    for c in range(k + 4, min(len(words), k + _ASIDE_REACH)):
        if view.units[c].is_mention or words[c] in HARD_BOUNDARIES:
            return 0
        if words[c] == ",":
            return c + 1 - k if any(w[:1].isdigit() for w in words[k + 4:c]) else 0
    return 0


def _object(frame: Frame, end: int, view: SentenceView, lex: Lexicon) -> tuple[int, Unit | None]:
    """The unit of the object argument: after a listed preposition, or direct."""
    words = view.words
    units = view.units
    lead = end
    while not frame.object_preps and lead < len(units) and words[lead] in lex.inserts:
        lead += 1  # "compte parmi ses clients historiques le distributeur breton A": the
        # trigger's trailing adverbs and adjectives take none of a direct object's window
        # (session 22; not before a preposition's object: "livrent directement les entrepôts
        # de X, situés à Angers")
    limit = min(len(units), lead + frame.window + sum(
        _amount_aside(view, k) for k in range(end, min(len(units), end + frame.window))))
    named = described_name(view, lead, lex) if frame.direct and not frame.object_preps \
        and lead < len(units) else None
    if named is not None and named >= limit:
        limit = named + 1  # "compte parmi ses clients l'importateur new-yorkais A": the
        # name's description takes none of the window (session 24, supply14)
    own = view.segment_of(end - 1) if end >= 1 else None
    if own is not None and own.kind == "relative" and own.end + 1 < len(units) \
            and words[own.end] == "," and words[own.end + 1] in _OUTER_COORDINATORS:
        limit = min(limit, own.end)  # "A, dont la solution équipe les magasins B, et plus
        # récemment au suédois C", "A, qui équipe ses usines de X, ainsi que B": a coordinator
        # after the relative clause's closing comma goes on with the main clause (not ",
        # including $50 million from B": the relative clause's own detail)
    if frame.direct and frame.object_preps:  # "livre des rames X à Amtrak": the customer
        k = end
        sold = False  # "X sells Z to Y": a company changes hands, Y is no customer
        if frame.type == RelationType.SUPPLIES:
            sold = _company_relative_object(view, end)  # "Z, which X sold to Y"
        while k < limit and not _is_boundary(view, k):
            if _set_off_after(view, end, k) is not None or (
                    words[k] == "," and k > end and units[k - 1].is_mention
                    and k + 1 < len(words) and words[k + 1] in THAT_RELATIVES):
                break  # "affronte Quistor, que Korvane a vendu à Zelbar": the clause's own "à"
            if k > end and words[k] in THAT_RELATIVES and k + 1 < len(words) and (
                    units[k + 1].is_mention or words[k + 1] in lex.determiners) \
                    and "," not in words[end:k]:
                break  # "supplies Y for the tram that the group delivers to Z": a clause with
                # its own subject takes the "to" (session 15, residual)
            if _subject_echo(words, k):
                k += 2  # "X livre elle aussi des vannes à Y" (session 19, french)
                continue
            if frame.type == RelationType.SUPPLIES and units[k].is_mention \
                    and not _possessive_pronoun(units[k]) and not units[k].possessive \
                    and all(w in lex.determiners for w in words[end:k]):
                sold = True
            prep = match_at(words, k, frame.object_preps)
            if prep is not None and prep[0] == "a" and _verb_a(view, k):
                prep = None  # "Korvane, qui a racheté Zentrix": the verb "a"
            if prep is not None and _side_prep(words, k):
                prep = None  # "achète de son côté 300 licences au groupe" (session 16)
            if prep is not None and words[k] not in ("de", "d'", "of", "du", "des"):
                found = _mention_after(view, k + len(prep), lex)
                if found is not None and _customers_for_supplier(frame, view, k + len(prep),
                                                                 found):
                    return -1, None  # "s'appuie sur quelques clients, parmi lesquels A"
                if found is not None:  # "to automakers such as A and to appliance makers
                    # including B": both
                    return (-1, None) if sold else (found, _after_relative(
                        view, found, lex, _with_coordinated_pp(
                            view, found, prep, lex, frame.type == RelationType.SUPPLIES)))
            k += 1
    limit = _past_list_opener(frame, end, limit, view, lex)
    if frame.direct and any(
            ((w,) in lex.descriptors or (w[:-1],) in lex.descriptors) and q + 1 < len(words)
            and words[q + 1] in OF_WORDS for q, w in enumerate(words[end:limit], start=end)):
        limit = min(len(units), limit + 4)  # "compte parmi ses clients les géants du textile
        # X et Y": the company noun's complement takes none of the window (session 14)
    k = end
    # "which was bought by the Harlan family's holding company Korvane": a phrase opened by
    # the agent preposition right after the verb names the agent, never the direct object
    agentive = end < len(words) and words[end] in ("by", "par") \
        and match_at(words, end, _MEANS) is None
    if frame.direct and not agentive:
        member = _direct_group_member(view, end, lex,
                                      frame.type == RelationType.COMPETES_WITH)
        if member is not None:  # "supplies several carmakers, including A and B" (and "...,
            # as well as C", "deux poids lourds, A et B, ainsi que C": session 22, rivals)
            return member, _after_relative(view, member, lex, units[member])
    if frame.type == RelationType.ACQUIRES and frame.direct and frame.agent_required:
        part = _own_part_named(view, end, lex)  # "sell its unit, Tarvel, to Y"
        if part is not None:
            return part, units[part]
    while k < limit:
        if _is_boundary(view, k) or (words[k] in _ALONGSIDE_FIRST and match_at(
                words, k, _ALONGSIDE) not in (None, *frame.object_preps)):
            break  # "prend 7 % du groupe, aux côtés de X": X is a co-investor, not the object
            # (unless the frame takes it: "membre du consortium, aux côtés de X")
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in OF_WORDS:
            break  # "premier actionnaire privé, de l'armateur B": the next member of a list
        if frame.object_preps and _object_relative(view, end, k, lex):
            break  # "fournit les moteurs du tramway que Velmora livre à Kandor": the "à"
            # belongs to the relative clause's own verb, its subject named
        if frame.object_preps:
            prep = match_at(words, k, frame.object_preps)
            if prep is None and units[k].is_mention and units[k].mentions[0].kind == ANAPHOR \
                    and (fold(view.tokens[units[k].first].text),) in frame.object_preps:
                named = _described_name(view, k, lex)  # "au fonds d'investissement régional
                if named is not None:  # X": the description holds the preposition (session 18)
                    return named, _after_relative(view, named, lex, units[named])
                if frame.type in _STAKE_TYPES and units[k].mentions[0].resolved \
                        and not any(w.startswith(_FUNDED) for w in words):
                    return k, units[k]  # "est entré au capital du groupe", "détient 15 % du
                    # groupe": the description itself, unless the stake funds a deal ("le
                    # rachat est financé par X, qui entre au capital du distributeur": which
                    # party the description is, the buyer or the bought, is unsure; session
                    # 25, stakes26)
            if prep is not None and prep[0] == "a" and _verb_a(view, k):
                prep = None  # "X a finalisé": the verb "a", not the preposition "à"
            if prep is not None and _side_prep(words, k):
                prep = None
            if prep is not None and k > end and words[k - 1] == "aupres" \
                    and frame.type in _STAKE_TYPES:
                prep = None  # "acquérir 62 % du capital auprès de Z": the seller (session 20)
            if prep is not None and k > end and prep[0] in ("de", "d'", "du", "of") \
                    and words[k - 1] in COUNTERPART_HEADS:
                return -1, None  # "a racheté le fournisseur de Quistor" (session 17, descr)
            if prep is not None and frame.type == RelationType.SUPPLIES \
                    and _goods_then_name(view, k + len(prep), prep, lex):
                return -1, None  # "le fabricant de puces Quistor": the maker's own name
            if prep is not None:
                found = _mention_after(view, k + len(prep), lex)
                if found is not None and _customers_for_supplier(frame, view, k + len(prep),
                                                                 found):
                    return -1, None  # "s'appuie sur quelques clients, parmi lesquels A"
                if found is None and frame.type == RelationType.COMPETES_WITH:
                    found = _goods_maker(view, k + len(prep), lex)
                if found is not None and frame.type == RelationType.COMPETES_WITH \
                        and units[found].possessive and found + 1 < len(units) \
                        and units[found + 1].is_mention:
                    found += 1  # "competes with Kandor's Quistor": the owned company is the
                    # rival, not its owner (session 20, rivals3)
                if found is not None and prep == ("des",) and found != k + 1 \
                        and frame.type == RelationType.ACQUIRES:
                    found = None  # "le rachat des Ateliers X" (a name), never "le rachat des
                    # usines X" (goods or sites of X; session 17, refusals)
                if found is not None and not (prep in _COORDINATORS and found > k + 2):
                    # "and" joins a name, not "and sells X"
                    return found, _after_relative(view, found, lex, _with_coordinated_pp(
                        view, found, prep, lex, frame.type == RelationType.SUPPLIES))
        if frame.direct and units[k].is_mention and k >= end + 2 \
                and words[k - 1] in ("de", "d'", "du", "of") and words[k - 2] in COUNTERPART_HEADS:
            return -1, None  # "a racheté le fournisseur de Quistor", "bought the supplier of
            # Quistor": the object is the unnamed holder of the role, never its counterpart
            # (session 17, descr)
        if _subject_echo(words, k):
            k += 2  # "X affronte lui aussi Y": the pronoun echoes the subject (session 19)
            continue
        if frame.direct and units[k].is_mention and _compound_modifier(view, k):
            k += 1  # "sells Velmora-branded televisions": the name modifies the noun after it
            continue
        if frame.type == RelationType.SUPPLIES and frame.direct and units[k].is_mention \
                and _own_brand_goods(view, end, k, lex):
            k += 1  # "will supply its Vestra sorting system": the name of its own goods
            continue
        if frame.direct and not agentive and units[k].is_mention \
                and not _possessive_pronoun(units[k]) \
                and not _preceded_by_blocking_prep(view, k, lex) and "," not in words[end:k]:
            if _customers_for_supplier(frame, view, end, k):
                return -1, None  # "relies on a few customers, including A"
            named = _apposed_name(view, k, lex)  # "au leader du secteur, Korvane, et à B"
            if named is not None:
                first = fold(view.tokens[units[k].first].text)
                unit = _with_coordinated_pp(view, named, (first,), lex) \
                    if first in _PREP_VARIANTS[0] | _PREP_VARIANTS[1] else units[named]
                return named, _after_relative(view, named, lex, unit)
            if _rival_adjunct(view, k, lex):
                k += 2  # "bought Roku rival Vizio": the rival is what is bought
            elif frame.type == RelationType.ACQUIRES and units[k].possessive:
                k = _possessed_object(view, k, lex)  # "buy Velmora's smaller rival Quistor"
            unit = units[k]
            if frame.type == RelationType.SUPPLIES and words[end - 1] in _TRIGGER_PREPS:
                # "relies on A for its payments and on B": the trigger's own preposition again
                unit = _with_coordinated_pp(view, k, (words[end - 1],), lex, True)
            return k, _after_relative(view, k, lex, unit)
        k += 1
    return -1, None


def _possessed_object(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The name a possessive name at unit k qualifies as a direct object, "buy Velmora's
    (smaller) rival Quistor" (session 20): the head after one to three lower-case words with
    no preposition, else k itself."""
    head = next((q for q in range(k + 1, min(len(view.units), k + 5))
                 if view.units[q].is_mention), None)
    if head is None or any(view.words[q] in lex.prepositions or view.words[q] in PART_NOUNS
                           for q in range(k + 1, head)) \
            or not _possessed_head(view, k, view.units[head], lex):
        return k  # "Zentrix's subsidiary Quorbis": a part, left to `_subsidiary`
    return head



_NOT_RELATIVE_BEFORE = frozenset({"ne", "n'", "ainsi", "plus", "moins", "autant", "tant",
                                  "alors", "bien", "tandis", "des", "apres", "avant", "parce",
                                  "pour", "sans", "afin", "so", "such", "more", "less", "than",
                                  "now", "given", "except", "said", "says", "say"}) \
    | SUCH_BEFORE_QUE


_COMPARATIVES = frozenset({"plus", "moins", "aussi", "autant", "meme", "memes", "autre", "autres"})


def _object_relative(view: SentenceView, end: int, k: int, lex: Lexicon) -> bool:
    """True when unit k opens an object relative clause with a subject of its own after a
    noun, no comma since the trigger ending at `end`: "du tramway que Velmora livre à",
    "the trams that the group sells to"; the preposition after it is that clause's."""
    words, units = view.words, view.units
    return (end < k < len(words) - 1 and words[k] in THAT_RELATIVES
            and words[k - 1] not in _NOT_RELATIVE_BEFORE and not units[k - 1].is_mention
            and not any(w in _COMPARATIVES for w in words[max(end, k - 4):k])
            and words[k - 1] not in lex.prepositions and "," not in words[end:k]
            and (units[k + 1].is_mention or words[k + 1] in lex.determiners))


_GROUP_AHEAD = 6
"""How many units after a verb a group noun phrase's comma may stand ("several carmakers,")."""
_ARENA_AHEAD = 2
"""More units a rivalry verb's class noun may stand after, past an arena ("affronte sur ses
marchés deux poids lourds, A et B")."""


def _direct_group_member(
    view: SentenceView, end: int, lex: Lexicon, rivals: bool = False
) -> int | None:
    """The members of a group noun phrase that is a direct object, named after a comma and a
    list opener (session 15, lists): "supplies several carmakers, including A and B",
    "fournit plusieurs constructeurs, dont A et B", "backs three funds, among them A". The
    phrase holds no name, and its noun is a group or a plural of companies (see
    `_group_member`); else None."""
    words, units = view.words, view.units
    ahead = _GROUP_AHEAD + _ARENA_AHEAD if rivals else _GROUP_AHEAD
    if rivals and end < len(words) and words[end] in _ARENA_PREPS:
        ahead += _ARENA_PHRASE  # "affronte sur les rayons des grandes surfaces deux poids
        # lourds, A et B": a whole arena phrase before the class noun (session 22, rivals)
    for j in range(end + 1, min(len(units), end + ahead)):
        if rivals and units[j].is_mention and _possessive_pronoun(units[j]):
            continue  # "sur ses marchés": the subject's own arena
        if rivals and words[j] == ":" and any(w in _RIVAL_CLASS for w in words[end:j]):
            return _name_after_colon(view, j, lex)  # "se mesure à des poids lourds : le
            # leader français A, qui ..., et le groupe B" (session 24, rivals25)
        if units[j].is_mention or words[j] in HARD_BOUNDARIES or words[j] == ".":
            return None
        if words[j] == ",":
            member = _group_member(view, end, j, lex, False)
            if member is None and rivals and any(w in _RIVAL_CLASS for w in words[end:j]):
                return _name_after_comma(view, j, lex)  # "affronte deux poids lourds, A et B"
            return member
    return None


def _name_after_colon(view: SentenceView, c: int, lex: Lexicon) -> int | None:
    """The name that a colon at unit c announces, behind at most four words of its
    description (determiners, nationalities, descriptor and description nouns: "le leader
    français A"); None at any other word."""
    units, words = view.units, view.words
    for q in range(c + 1, min(len(units), c + 6)):
        if units[q].is_mention:
            return q if _plain_mention(units[q]) and units[q].mentions[0].kind == NAME else None
        w = words[q]
        if not (w in lex.determiners or w in lex.nationalities or w in _DESCRIPTION_HEADS
                or (w,) in lex.descriptors):
            return None
    return None


_ARENA_PREPS = frozenset({"sur", "dans", "en", "on", "in", "across"})
"""Prepositions that open the arena a rivalry verb names before its object ("affronte sur
ses marchés", "faces in Europe")."""
_ARENA_PHRASE = 4
"""More units a rivalry verb's class noun may stand after when an arena phrase opens right
after the verb ("sur les rayons des grandes surfaces": five words, one of them counted by
_ARENA_AHEAD)."""


_BIG_PLAYERS = frozenset({"geants", "giants", "heavyweights", "lourds"})
"""Plural nouns of big players that name rivals as a class before the rivals themselves, set
off by a comma (session 16): "X affronte deux poids lourds, A et B", "X faces two giants, A
and B"."""
_RIVAL_CLASS = _BIG_PLAYERS | frozenset({"concurrents", "competitors", "rivals", "rivaux"})
"""The class nouns a rivalry verb's object may be before such a list."""


def _goods_then_name(view: SentenceView, k: int, prep: tuple[str, ...], lex: Lexicon) -> bool:
    """True when a "de"/"of" complement at unit k is a bare goods noun and a name right after
    it (session 14): "le fabricant de puces Quistor", "fournisseur d'équipements Quistor" name
    the maker itself, set beside its trade, not its customer ("le fournisseur de Quistor")."""
    words, units = view.words, view.units
    return prep[-1] in ("de", "d'", "of") and k + 1 < len(units) \
        and not units[k].is_mention and words[k].isalpha() \
        and words[k] not in lex.determiners and words[k] not in lex.function_words \
        and _plain_mention(units[k + 1]) and units[k + 1].mentions[0].kind == NAME \
        and view.tokens[units[k].first].text.islower()


def _set_off_after(view: SentenceView, end: int, k: int) -> Segment | None:
    """The segment holding unit k when it is set off after a name that stands past the
    trigger ending at `end` (a relative clause or apposition of the object): its words belong
    to that clause, not to the trigger."""
    seg = view.segment_of(k)
    return seg if seg is not None and seg.start >= end and end <= seg.owner < k else None


_STAKE_TYPES = frozenset({RelationType.INVESTS_IN, RelationType.ACQUIRES})
_FUNDED = ("financ", "fund")
"""Word beginnings of a deal's funding ("financé", "pour financer", "funded")."""
_SELLER_PREPS = frozenset({"from", "aupres"})
"""The preposition of the seller after a buying verb whose object is a relative pronoun."""
_OWNED_THING_PREPS = frozenset({"of", "in", "from", "de", "du", "des", "d'", "dans"})
_TRIGGER_PREPS = frozenset({"on", "upon", "sur"})


def _company_relative_object(view: SentenceView, end: int) -> bool:
    """True when the verb ending before unit `end` stands in a relative clause whose pronoun
    is its object and stands for a name ("Quistor, which Korvane sold to Zelbar", "Quistor,
    que Korvane a vendu à Zelbar"): what is sold is that company."""
    seg = view.segment_of(end - 1)
    if seg is None or seg.kind != "relative" or seg.start + 1 >= end \
            or view.words[seg.start + 1] not in THAT_RELATIVES:
        return False
    return _plain_mention(view.units[seg.owner]) and any(
        _plain_mention(view.units[q]) for q in range(seg.start + 2, end - 1))


def _compound_modifier(view: SentenceView, k: int) -> bool:
    """True when mention unit k is glued by a hyphen to a lower-case word ("Velmora-branded",
    "Velmora-made", "Velmora-backed"): the compound modifies the noun after it."""
    toks = view.tokens
    last = view.units[k].last
    return last + 1 < len(toks) and toks[last].text == "-" \
        and toks[last].start == toks[last - 1].end and toks[last + 1].start == toks[last].end \
        and toks[last + 1].text.isalpha() and toks[last + 1].text.islower()


_MEANS = (("by", "way"), ("by", "means"), ("par", "l'intermediaire"), ("par", "le", "biais"),
          ("par", "voie"), ("par", "le", "truchement"))

_OPENER_REACH = 4
"""Tokens past a direct frame's window where a list opener may still stand."""


def _past_list_opener(frame: Frame, end: int, limit: int, view: SentenceView,
                      lex: Lexicon) -> int:
    """The object window stretched to the first member after a list opener that stands at
    most _OPENER_REACH tokens past it ("affronte sur les appels d'offres français des acteurs
    comme A"): the words that introduce a list take none of the window."""
    if not frame.direct:
        return limit
    words = view.words
    for k in range(end, min(len(words), limit + _OPENER_REACH)):
        if _is_boundary(view, k):
            break
        opener = match_at(words, k, lex.list_openers)
        if opener is not None:
            return min(len(view.units), max(limit, k + len(opener) + 1))
    return limit


_RIVAL_ADJUNCTS = frozenset({"rival", "competitor", "challenger", "peer", "arch-rival"})


def _rival_adjunct(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when the name at unit k modifies a rival noun before another name, English noun
    adjunct style ("Velmora rival Quistor", "Velmora competitor Quistor")."""
    units = view.units
    return lex.language == "en" and k + 2 < len(units) and units[k].is_mention \
        and not units[k].possessive and view.words[k + 1] in _RIVAL_ADJUNCTS \
        and units[k + 2].is_mention


_LIST_CONJ = frozenset({"and", "et", "or", "ou"})
_LIST_CONJ_LONG = (("ainsi", "que"), ("ainsi", "qu'"), ("as", "well", "as"))
_LIST_AFTER_COMMA = (("as", "well", "as"), ("ainsi", "que"), ("ainsi", "qu'"), ("mais", "aussi"),
                     ("but", "also"))
_NOT_SET_OFF = frozenset({"and", "et", "or", "ou", "but", "mais", "while", "tandis", "said",
                          "says", "ont", "has", "have", "had", "avait", "selon",
                          "according"})


def _after_relative(view: SentenceView, at: int, lex: Lexicon, unit: Unit) -> Unit:
    """The object unit, joined by a name that the list goes on with after a clause set off by
    commas: a relative clause ("affronte Quistor, dans lequel X a investi, et Zelbar",
    "competes with A, which makes drones, and with B"), a participle phrase ("comme A, racheté
    en 2024 par C, ou B"), an apposition. The name after the conjunction must end its own
    phrase (a comma, a full stop, a relative pronoun): "and Zentrix said" opens a clause."""
    words, units = view.words, view.units
    n = len(words)
    if at + 2 >= n or words[at + 1] != "," or units[at + 2].is_mention:
        return unit
    conj = match_at(words, at + 2, _LIST_AFTER_COMMA)
    if conj is not None:  # "with A and B, as well as smaller players such as C", "A et B,
        close = at + 1  # mais aussi le spécialiste C": the list goes on (session 16)
    elif words[at + 2] in _NOT_SET_OFF or words[at + 2] in lex.subject_pronouns \
            or words[at + 2] in lex.complementizers:
        return unit
    else:
        found = next((c for c in range(at + 3, min(n - 1, at + 26))
                      if words[c] in (",", ".") or words[c] in HARD_BOUNDARIES), None)
        if found is None or words[found] != ",":
            return unit
        close = found
        conj = (words[close + 1],) if words[close + 1] in _LIST_CONJ \
            else match_at(words, close + 1, _LIST_CONJ_LONG)
    if not conj:
        return unit
    long_conj = close == at + 1
    heavy = tuple(conj) in _LIST_AFTER_COMMA  # "..., présent dans 40 villes, ainsi que le ..."
    k = close + 1 + len(conj)
    while k < n and k <= close + 5 and (words[k] in lex.prepositions
                                       or words[k] in lex.determiners
                                       or words[k] in lex.nationalities
                                       or (words[k],) in lex.descriptors
                                       or (words[k] in _THAT_OF and k + 1 < n
                                           and words[k + 1] in ("de", "d'", "du", "of"))):
        k += 1  # "..., ainsi que la coopérative Y", "..., and the German group Y", "la
        # concurrence de A, ..., ainsi que celle de Y" (session 19)
    if k < n and not units[k].is_mention and (long_conj or any(  # "..., as well as a crop
            w in lex.determiners or w in _BARE_OF  # of European newcomers such as Y": a
            for w in words[close + 1 + len(conj):k])):  # class noun phrase and a list opener
        named = described_name(view, k, lex) if heavy else None
        k = named if named is not None else _opened_member(view, k, lex)  # ("and sells
        # through distributors such as Y" is none; after "as well as" right after the list
        # no verb stands); "..., ainsi que le tricoteur ardéchois B" (session 24)
        if k >= n and heavy:  # "A et B, mais aussi le spécialiste de la paie C"
            k = next((m for m in range(close + 2 + len(conj), min(n, close + 8 + len(conj)))
                      if units[m].is_mention and _company_noun_phrase(
                          view, close + 1 + len(conj), m, lex)), n)  # (session 18)
    if k < n and _plain_mention(units[k]) and (
            k + 1 >= n or words[k + 1] in (",", ".", ";", ")")
            or words[k + 1] in lex.relative_pronouns):
        other = units[k]
        return Unit(unit.first, unit.last, "", unit.mentions + other.mentions, unit.possessive)
    return unit


_BARE_OF = frozenset({"de", "d'", "des"})
_THAT_OF = frozenset({"celle", "celles", "celui", "ceux", "that", "those"})
"""Demonstratives that stand for the list's head noun before "de" / "of": "la concurrence de
A, ..., ainsi que celle de B"."""


def _opened_member(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The unit of the name right after a list opener ("such as", "including", "comme",
    "tels que") that ends a short class noun phrase starting at unit k, else n (no name): "a
    crop of European newcomers such as Y", "d'autres jeunes pousses comme Y". A name, a comma
    or a boundary before the opener ends the search."""
    words, units = view.words, view.units
    n = len(words)
    for q in range(k, min(n, k + _OPENER_AHEAD)):
        if units[q].is_mention or words[q] in (",", ";", ".") or words[q] in HARD_BOUNDARIES:
            return n
        opener = match_at(words, q, lex.list_openers) \
            if words[q] in _openers_first(lex) else None
        if opener is not None:
            at = q + len(opener)
            return at if at < n and units[at].is_mention else n
    return n




OWN_POSSESSIVES = frozenset({"its", "their", "sa", "son", "ses", "leur", "leurs"})
"""Possessives of a company's own part or vehicle, English and French: "sell its unit, X,"
(`_own_part_named`, cues3), "through its fund X" (rest_stakes, session 17)."""


def _own_part_named(view: SentenceView, end: int, lex: Lexicon) -> int | None:
    """The unit index of a part's name set off by commas after the seller's own part noun,
    right after a selling verb ending at `end` (session 21, cues3): "will sell its
    packaging unit, Tarvel, to Y", "a cédé sa filiale de drones, Tarvel, à Y":
    a part noun among at most five words after the possessive, no name or clause word among
    them, then the comma."""
    words, units = view.words, view.units
    if end >= len(words) or words[end] not in OWN_POSSESSIVES:
        return None
    part = False
    for k in range(end + 1, min(len(words), end + 7)):
        if units[k].is_mention or words[k] in HARD_BOUNDARIES or words[k] in _CLAUSE_WORDS:
            return None
        if words[k] == ",":
            named = _appositive_name(view, k, lex) if part else None
            return _unit_index(units, named) if named is not None else None
        part = part or words[k] in PART_NOUNS
    return None


def _subsidiary(view: SentenceView, start: int, obj_at: int) -> int | None:
    """The named part when the object is its parent: "la filiale de X, Y", "X's subsidiary
    Y", "the X unit Y" (the unit index of Y), else None."""
    words = view.words
    units = view.units
    n = len(units)
    of = obj_at - 1
    after_comma = obj_at + 2 < n and words[obj_at + 1] == "," and units[obj_at + 2].is_mention
    if after_comma and of - 1 >= start and words[of] in ("de", "d'", "du", "of") and (
            words[of - 1] in PART_NOUNS or of - 2 >= start and words[of - 2] in PART_NOUNS
            or words[of - 1] in RIVAL_NOUNS):
        return obj_at + 2  # ... and "le rival de X, Y": Y is bought, not X
    if obj_at + 2 < n and words[obj_at + 1] in PART_NOUNS and units[obj_at + 2].is_mention:
        return obj_at + 2
    if units[obj_at].possessive or _possessive_pronoun(units[obj_at]):
        return _apposed_part(view, obj_at)
    return None


def _apposed_part(view: SentenceView, owner: int) -> int | None:
    """The part named in apposition after its owner's possessive (session 15): "bought the
    bankrupt group's battery business, Quistor Systems,", "Zelbar's battery unit, Quistor":
    the part's own name is the party; "Zelbar's battery unit" alone stays no takeover."""
    words, units = view.words, view.units
    for q in range(owner + 1, min(len(units) - 2, owner + 5)):
        if units[q].is_mention or not words[q].isalpha():
            return None
        if words[q] in PART_NOUNS:
            nxt = units[q + 2]
            if words[q + 1] == "," and nxt.is_mention and nxt.mentions[0].kind == NAME \
                    and not nxt.possessive:
                return q + 2
            return None
    return None


_PREP_VARIANTS = (frozenset({"a", "au", "aux", "a l'", "a la"}),
                  frozenset({"de", "du", "des", "d'", "de la", "de l'"}))


_RETAIL_PLACES = phrases((
    "chez", "dans les magasins", "dans les magasins de", "dans les magasins d'",
    "dans les magasins du", "dans les rayons de", "dans les rayons d'", "dans les rayons du"))
"""Where a maker's goods are sold, one family for a list of retailers: "distribués chez A et
dans les magasins B", "référencés dans les rayons de A et chez B"."""


def _same_prep(words: list[str], k: int, prep: Phrase) -> int:
    """The length of a repeat of `prep` at word k: the phrase itself, its last word (the bare
    preposition of "souscrite par", "led by"), or a contracted form of the same French
    preposition ("à A et au groupe B", "de A et du fonds B"); 0 when none stands there."""
    if tuple(words[k:k + len(prep)]) == prep:
        return len(prep)
    if len(prep) > 1 and words[k] == prep[-1]:
        return 1
    if len(prep) > 1 and tuple(words[k:k + len(prep) - 1]) == prep[:-1] \
            and k + len(prep) - 1 < len(words) and any(  # "auprès de A et auprès du B"
            prep[-1] in family and words[k + len(prep) - 1] in family
            for family in _PREP_VARIANTS):
        return len(prep)
    for family in _PREP_VARIANTS:  # "avec la participation d'A et du fonds B"
        if prep[-1] in family and words[k] in family and (len(prep) == 1 or prep[-1] != "a"):
            return 1
    if prep in _RETAIL_PLACES:  # "vendus chez A et dans les magasins (de) B" (session 22)
        place = match_at(words, k, _RETAIL_PLACES)
        if place is not None:
            return len(place)
    return 0


def _with_coordinated_pp(view: SentenceView, found: int, prep: Phrase, lex: Lexicon,
                         gapped: bool = False) -> Unit:
    """The object unit, joined by further ones under the same preposition: "pour les avions
    d'Airbus et pour les moteurs de Safran", "to A and to B", "par A et par le groupe B", "à
    A, à l'allemand B et au groupe C" (each member carrying the preposition, a determiner, a
    nationality), also past an insertion ("et, depuis 2021, par B"). With `gapped` (supply
    frames), the verb's second object may stand before the repeated preposition ("sources its
    drives from A and its vision systems from B", "en diamants auprès de A et en or auprès de
    B"), and a purpose phrase may follow the first member ("sur A pour ses IBAN et sur B")."""
    words = view.words
    unit = view.units[found]
    mentions = unit.mentions
    last = unit
    n = len(view.units)
    while True:
        start = view.units.index(last) + 1 if last is not unit else found + 1
        far = _far_coordinated(view, start, prep, lex)  # "avec A, le leader, contrôlé par
        if far is not None:  # C, ainsi qu'avec B"
            start = far
        if far is None and start < len(words) and words[start] == "," \
                and start + 1 < len(words) and not view.units[start + 1].is_mention:
            # an apposition between members: "by A, the X hospital, and by B", "du groupe
            # A, premier actionnaire privé, de l'armateur B"
            close = next((c for c in range(start + 2, min(len(words), start + 9))
                          if words[c] in (",", ".") or words[c] in HARD_BOUNDARIES
                          or view.units[c].is_mention), None)
            if close is not None and words[close] == "," and close + 2 < len(words) and (
                    words[start + 1] in lex.determiners
                    or _same_prep(words, close + 1, prep)
                    or words[close + 1] in _LIST_CONJ and _same_prep(words, close + 2, prep)):
                start = close if _same_prep(words, close + 1, prep) else close + 1
        other = None
        if far is None and match_at(words, start, _ALSO) is None:  # "à A pour 2 millions
            start = insertion_end(words, start, lex.calendar, parenthesis=False)  # d'euros et à B"
        reach = _PURPOSE_REACH if gapped and start < n and words[start] in _FOR else 3
        adjunct = start < n and words[start] in lex.prepositions \
            and not _same_prep(words, start, prep)  # "against A in US-made modules and
        if adjunct:  # against B", "on A for its inverters and drives, and on B" (session 17)
            reach = _ADJUNCT_REACH
        for k in range(start, min(n - 1, start + reach)):
            if adjunct and (words[k] in _ADJUNCT_ENDS or view.units[k].is_mention and k > start
                            and not _possessive_pronoun(view.units[k])
                            and words[k - 1] not in lex.prepositions
                            and words[k - 1] not in lex.determiners
                            and not (view.units[k - 1].is_mention
                                     and _possessive_pronoun(view.units[k - 1]))):
                break  # "..., while Zelbar buys from B": another clause's subject
            if words[k] in HARD_BOUNDARIES or view.units[k].is_mention and not (
                    reach > 3 and _possessive_pronoun(view.units[k])) and not (
                    adjunct and k > start):  # "pour l'émission de ses IBAN et sur B"
                break
            if words[k] == "," and (words[k + 1] in ("et", "and", "ou", "or")
                                    or match_at(words, k + 1, _ALSO) is not None):
                continue  # "au leader, Korvane, et à B", "by A, as well as by B"
            also = match_at(words, k, _ALSO)
            if also is not None:  # "ainsi qu'avec B", "as well as with B"
                size = _same_prep(words, k + len(also), prep)
                cand = _mention_after(view, k + len(also) + size, lex) if size else None
                other = cand if cand is not None and cand > start - 1 else None
                break
            if words[k] in ("et", "and", "ou", "or", ","):
                j = insertion_end(words, k + 1, lex.calendar, parenthesis=False)
                if words[k] != "," and j == k + 1 and words[j] == ",":  # "and, since 2021, to B"
                    e = insertion_end(words, j + 1, lex.calendar, parenthesis=False)
                    j = e + 1 if e > j + 1 and e < n and words[e] == "," else j
                size = _same_prep(words, j, prep) if j < n else 0
                if not size and gapped and words[k] in ("et", "and"):
                    j = _gapped_object_end(view, j, prep, lex)
                    size = _same_prep(words, j, prep) if j < n else 0
                if size and prep[-1] in _PREP_VARIANTS[0] and _verb_a(view, j):
                    size = 0  # "vend à A et a racheté B": the verb "a", no second "à"
                if size and (words[k] != "," or _list_goes_on(view, j + size, lex, prep)):
                    cand = _mention_after(view, j + size, lex)
                    if cand is not None and cand > start - 1:
                        other = cand
                if other is None and adjunct:
                    continue  # "for inverters and drives": the adjunct's own list goes on
                break
        if other is None:
            break
        last = view.units[other]
        mentions = mentions + last.mentions
    if last is unit:
        return unit
    return Unit(unit.first, last.last, "", mentions, last.possessive)


_PURPOSE_REACH = 8
_ADJUNCT_REACH = 16
_ADJUNCT_ENDS = frozenset({"while", "whereas", "but", "mais", "tandis", "alors", "whose", "dont",
                           "said", "says", "a-t-il", "a-t-elle", "selon", "according"})
"""How far a phrase opened by another preposition may run after a member before the conjunction
and the repeated preposition of the next member ("against A in US-made modules and against B",
"on A for the inverters and drives in its machines, and on B"); no name may stand in it."""
_GAP_OPENERS = frozenset({"en", "its", "their", "ses", "son", "sa", "leurs", "leur"})
_GAP_PARTITIVES = frozenset({"du", "des", "de"})
"""A French partitive opening a gapped second object ("et du papier à B"; session 20)."""
_BARE_VERBS = frozenset({"got", "gets", "took", "takes", "won", "wins", "sold", "sells",
                         "bought", "buys", "drew", "draws", "made", "makes", "had", "has",
                         "have", "gave", "gives", "raises", "borrows", "learns", "learnt",
                         "hires", "sources", "imports", "receives", "secures", "obtains"})
"""English verbs with no "-ed" or "-ing" that may open a second clause's object ("and got
money from B"): no bare gapped object (session 20)."""


def _gapped_object_end(view: SentenceView, j: int, prep: Phrase, lex: Lexicon) -> int:
    """Where the repeated preposition stands after a gapped second object opened by a
    possessive or the French "en" ("and its vision systems from B", "et en or auprès de B"),
    within four words and no name; `j` itself when there is none. The customer's side of the
    same shape is `_bare_gap` (why two readers: its docstring)."""
    words = view.words
    if j >= len(words):
        return j
    text = view.tokens[view.units[j].first].text
    bare = lex.language == "en" and words[j] not in _GAP_OPENERS \
        and not view.units[j].is_mention and text.isalpha() \
        and text.islower() and words[j] not in lex.prepositions \
        and not words[j].endswith(("ed", "ing")) and words[j] not in _BARE_VERBS \
        and words[j] not in lex.relative_pronouns  # "and paper from B", never "and raised
    # money from B" nor "and got a loan from B" (a verb's object)
    if words[j] not in _GAP_OPENERS and words[j] not in _GAP_PARTITIVES and not bare:
        return j
    if bare and words[j] in _NOT_BARE_GOODS:
        return j  # "and sells paper to B" (a sale)
    for q in range(j + 1, min(len(words), j + (3 if bare else 5))):
        if bare and (words[q] in lex.determiners or words[q] in _NOT_BARE_GOODS):
            return j  # "and expects approval from B": no goods (the shared list of _bare_gap)
        if view.units[q].is_mention or words[q] in HARD_BOUNDARIES or words[q] in (",", "."):
            return j
        if _same_prep(words, q, prep):
            return q
    return j


_ALSO = (("ainsi", "qu'"), ("ainsi", "que"), ("as", "well", "as"), ("mais", "aussi"),
         ("mais", "egalement"), ("but", "also"), ("et", "aussi"), ("et", "egalement"),
         ("and", "also"))


def _far_coordinated(view: SentenceView, start: int, prep: Phrase, lex: Lexicon) -> int | None:
    """The comma before "ainsi qu'avec B" / "as well as with B" (or "et avec B") that closes
    appositions set off after the first member, however long ("avec A, le leader du secteur,
    contrôlé à 69 % par C, ainsi qu'avec B"): the same preposition after the conjunction marks
    the second member. None when no such comma stands within a sentence's reach."""
    words = view.words
    if start >= len(words) or words[start] != ",":
        return None
    def again(k: int) -> bool:  # the whole preposition again: "auprès de", never its "de"
        size = _same_prep(words, k, prep)
        return size == len(prep) if len(prep) > 1 else bool(size)

    for c in range(start + 1, min(len(words) - 2, start + 24)):
        if words[c] in HARD_BOUNDARIES or words[c] == "." or (
                words[c] in _CLAUSE_JOINS and words[c] not in ("et", "and")) \
                or again(c):
            return None  # "mais a signé avec Tarvo, et avec B": B goes with the inner "avec"
        if words[c] != ",":
            continue
        conj = match_at(words, c + 1, _ALSO) or (
            (words[c + 1],) if words[c + 1] in ("et", "and") else None)
        if conj is not None and again(c + 1 + len(conj)) and (
                (len(prep) == 1 and prep[0] not in OF_WORDS) or len(conj) > 1):
            return c + 1 if len(conj) > 1 else c  # "auprès de A, qui ..., ainsi qu'auprès
            # de B" (a multi-word preposition after "ainsi que", session 20)
    return None


def _list_goes_on(view: SentenceView, k: int, lex: Lexicon, prep: Phrase) -> bool:
    """After "à A, à B": the list of members each under the preposition closes with a
    conjunction and the same preposition within a few words ("à A, à B et à C")."""
    words = view.words
    for c in range(k, min(len(words) - 1, k + 10)):
        if words[c] in HARD_BOUNDARIES or words[c] == ".":
            return False
        if view.units[c].is_mention and len(view.units[c].mentions) > 1 \
                and any(w in ("et", "and", "ou", "or") for w in words[k:c]) is False:
            return True  # "à B et au groupe C" read as one list unit
        if words[c] in ("et", "and", "ou", "or") and _same_prep(words, c + 1, prep):
            return True
    return False


def _verb_a(view: SentenceView, k: int) -> bool:
    """True when unit k is the French verb form "a" (has), which folds like "à", or the "à" of
    the list opener "à commencer par" (session 16), which is no preposition of the verb."""
    u = view.units[k]
    return not u.is_mention and (view.tokens[u.first].text in ("a", "A") or view.words[
        k + 1:k + 3] == ["commencer", "par"])


_GROUP_NOUNS = frozenset({"consortium", "groupement", "alliance", "coalition", "tandem", "duo",
                          "trio", "attelage", "group", "groupe", "venture"})


def _within_group(view: SentenceView, obj_at: int) -> bool:
    """True when the partners are named as members of one body: "associé à A et à B au sein
    du groupement", "partnered with A and B within a consortium"."""
    words = view.words
    for k in range(obj_at + 1, min(len(words), obj_at + 6)):
        if words[k] in HARD_BOUNDARIES or words[k] == ",":
            return False
        if words[k] in _GROUP_NOUNS or words[k] in ("coentreprise", "groupement") or (
                view.units[k].is_mention and any(
                    view.tokens[view.units[k].last - 1].norm == g
                    for g in ("consortium", "coentreprise", "groupement", "venture"))):
            return any(w in ("sein", "within", "dans", "in") for w in words[obj_at + 1:k])
        if view.units[k].is_mention:
            return False
    return False


def _group_members(k: int, view: SentenceView) -> bool:
    """True when the mention unit k lists the members of a group noun that is the clause
    subject: "Le consortium formé par A, B et C a racheté X" (A, B and C act together)."""
    words = view.words
    for size in (3, 2, 1):
        if k - size < 1:
            continue
        if tuple(words[k - size:k]) in FORMED_BY:
            j = k - size - 1
            return words[j] in _GROUP_NOUNS and all(
                w in ("le", "la", "l'", "the", "a", "un", "une") for w in words[:j])
    return False


def _descriptor_start(view: SentenceView, start: int, obj_at: int, lex: Lexicon) -> int:
    """Where the words naming the object begin: block words inside "optical equipment maker
    Infinera" describe the name, they do not replace it."""
    k = obj_at
    while k - 1 >= start and not view.units[k - 1].is_mention:
        w = view.words[k - 1]
        if w in ("de", "d'", "of") and k - 2 >= start and k < obj_at \
                and not view.units[k - 2].is_mention and (view.words[k - 2],) in lex.descriptors:
            k -= 1  # "le fabricant de puces Quistor": the trade is the descriptor's (session 14)
            continue
        if w in lex.prepositions or w in lex.determiners or w in HARD_BOUNDARIES or w in (
                ",", "%") or w[:1].isdigit():
            break
        k -= 1
    return obj_at if k == obj_at or k - 1 < start or view.words[k - 1] not in lex.determiners \
        and k != start else k


def _segment_end(view: SentenceView, t: int) -> int:
    seg = view.segment_of(t)
    return seg.end if seg is not None else len(view.units)


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "become", "becomes", "became",
                      "remain", "remains", "remained", "est", "sont", "etait", "devient", "devenu",
                      "deviendra", "reste", "restera", "resterait", "demeure", "sera", "serait",
                      "restent", "resteront", "demeurent", "seront", "etaient", "deviennent"})
"""Copulas; the French plurals (session 18): "les principaux concurrents de X restent A et B"."""
RANK_VERBS = frozenset({"rank", "ranks", "ranked", "feature", "features", "featured"})
"""Verbs that place their subject in a group like a copula before "among" ("A and B rank
among its largest customers", "A features among the shareholders of X"; session 24)."""


def _predicated_subject(t: int, view: SentenceView, lex: Lexicon, frame: Frame) -> Unit | None:
    """The subject of a noun trigger used as an apposition or after a copula."""
    seg = view.segment_of(t)
    if seg is not None and seg.kind == "apposition":
        return view.owner_unit(seg)
    before = view.words[max(0, t - 5):t]
    for q, w in enumerate(before):
        if w in _COPULAS or (w in RANK_VERBS and before[q + 1:q + 2] == ["among"]):
            if any(x in ("by", "par") for x in before[q + 1:]):
                return None  # "Y is being sold by its owner": an agent, no predicate
            if any(x in _PREDICATE_BREAKS or x in lex.complementizers
                   for x in before[q + 1:]):
                return None  # "the deal was signed after Y's owners voted": the copula is
                # another clause's, the noun is its own clause's subject
                # (session 22, wrongs and invsrc)
            return _subject(t, view, lex, frame)
    return None


_INCLUDE = (("include",), ("includes",), ("included",), ("comprennent",), ("comptent",),
            ("figurent",), ("figure",), ("sont",), ("are",), ("incluent",))
_AMONG_FIGURE = (("figurent",), ("figure",), ("se", "trouvent"), ("se", "trouve"), ("sont",),
                 ("compte",), ("comptent",))
_PLURAL_DETERMINERS = frozenset({"les", "des"})
_RANK_ADJECTIVES = frozenset({"principaux", "principales", "grands", "grandes", "gros", "plus",
                              "premiers", "premieres", "nombreux", "nombreuses"})


def _plural_noun_members(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon
) -> tuple[int, Unit, Unit] | None:
    """A French plural relational noun with its company as a "de" complement, whose members
    an inclusion names: "les clients de Y comprennent A et B", "parmi les actionnaires de Y
    figurent A et B", "les investisseurs historiques de Y, parmi lesquels A et B" (English
    writes "Y's customers include A"). Returns the object's index and unit and the members'
    unit; None without a plural determiner right before the noun or without a member list."""
    words = view.words
    d = t - 1
    while d > 0 and words[d] in _RANK_ADJECTIVES:
        d -= 1  # "les principaux clients de Y"
    if lex.language != "fr" or frame.possessor_role is None or frame.subject is None \
            or d < 0 or words[d] not in _PLURAL_DETERMINERS:
        return None
    obj_at, obj_unit = _object(frame, end, view, lex)
    if obj_unit is None or obj_at <= t or _possessive_pronoun(obj_unit):
        return None
    after = obj_at + 1
    among = d >= 1 and words[d - 1] == "parmi"
    if among:  # "Parmi les clients de Y figurent A et B"
        verb = match_at(words, after, _AMONG_FIGURE)
        if verb is None:
            return None
        found = _mention_after(view, after + len(verb), lex)
        return (obj_at, obj_unit, view.units[found]) \
            if found is not None and found <= after + len(verb) + 3 else None
    if after < len(words) and words[after] == ",":
        opener = match_at(words, after + 1, lex.list_openers)  # ", parmi lesquels A et B,"
        if opener is None:
            return None
        m = after + 1 + len(opener)
        if m < len(view.units) and view.units[m].is_mention \
                and not _possessive_pronoun(view.units[m]) \
                and (m + 1 >= len(words) or words[m + 1] in _LIST_END):
            return obj_at, obj_unit, view.units[m]
        return None
    listed = _included(view, after, lex)
    return (obj_at, obj_unit, listed) if listed is not None else None


def _included(view: SentenceView, end: int, lex: Lexicon) -> Unit | None:
    """The list after "include" that fills a relational noun: "Y's investors include A and
    B", "ses actionnaires comprennent A et B" (each member of the list)."""
    k = end
    while k < min(len(view.units), end + 2) and not view.units[k].is_mention \
            and view.words[k] in _RANK_ADJECTIVES | _STANDING_ADJECTIVES:
        k += 1  # "parmi ses clients historiques figure Y", "its biggest customers include Y"
    if k < len(view.units) and match_at(view.words, k, _INCLUDE):
        found = _mention_after(view, k + 1, lex)
        reach = 1 if view.words[k] in ("sont", "are") else 3  # not "sont satisfaits de Y"
        if found is not None and (found <= k + reach or _company_noun_phrase(
                view, k + 1, found, lex)):
            return view.units[found]
    return None


def _company_noun_phrase(view: SentenceView, start: int, stop: int, lex: Lexicon) -> bool:
    """True when the words from `start` to the name at `stop` are a short description holding
    a company noun, singular or plural: "include the hardware chain A", "are the furniture
    groups A and B", "comprennent le distributeur lyonnais A", "figurent le réseau de
    franchises A" (a determiner, then at most four lower-case words, a French "de" after the
    noun; no other preposition; session 17)."""
    words = view.words
    if start < stop and words[start] in lex.determiners:
        start += 1
    hyphens = sum(1 for q in range(start + 1, stop - 1) if words[q] == "-")
    if not 0 < stop - start - hyphens <= 4 or words[start] == "-" or words[stop - 1] == "-":
        return False  # a hyphenated compound is one word: "the kitchen-furniture groups A"
    noun = False
    for q in range(start, stop):
        w = words[q]
        text = view.tokens[view.units[q].first].text
        if w == "-" or (not noun and place_adjective(w, lex)):
            continue  # "the German auto-parts maker A"
        if w == "'" and q > start and words[q - 1].endswith("s") and lex.language == "en":
            continue  # "the Danish farmers' cooperative A": a plural possessive modifier
        if view.units[q].is_mention or not text.replace("-", "").isalpha() \
                or not text.islower():
            return False
        if w in lex.prepositions and not (noun and lex.language == "fr" and w in OF_WORDS):
            return False
        noun = noun or w in lex.descriptor_ends or w[:-1] in lex.descriptor_ends \
            or w in lex.org_heads
    return noun



_STANDING_ADJECTIVES = frozenset({"historiques", "historique", "actuels", "actuelles", "fideles",
                                  "importants", "notables", "connus", "prestigieux", "francais",
                                  "europeens", "americains", "industriels", "existing",
                                  "current", "biggest", "largest", "major", "key", "notable"})


_STAKE_WORDS = frozenset({"stake", "stakes", "shares", "holding", "holdings", "shareholders",
                          "shareholder", "investors", "participation", "participations", "part",
                          "parts", "capital", "actionnaires", "actionnaire", "investisseurs"})


def _stake_complement(view: SentenceView, end: int, lex: Lexicon) -> int | None:
    """The company a relational noun is about when a stake phrase names it: "Customers with a
    stake in Y", "les clients actionnaires de Y" (the unit index of Y), else None."""
    words = view.words
    for k in range(end, min(len(words), end + 4)):
        if words[k] in HARD_BOUNDARIES or words[k] == "," or view.units[k].is_mention:
            return None
        if words[k] in _STAKE_WORDS:
            j = k + 1
            while j < len(words) and j <= k + 3 and (words[j] in lex.prepositions
                                                    or words[j] in ("capital",)):
                j += 1
            if j > k + 1:
                found = _mention_after(view, j, lex)
                return found if found is not None and found <= j + 2 else None
            return None
    return None


_GENITIVES = frozenset({"'s", "’s"})


def _place_genitive(words: list[str], k: int) -> int:
    """The length of a place name and its "'s" at unit k ("France's", "South Korea's": 2,
    3), else 0."""
    for size in (1, 2, 3):
        if k + size < len(words) and words[k + size] in _GENITIVES \
                and " ".join(words[k:k + size]) in place_names():
            return size + 1
    return 0


_POST_ADJECTIVES = frozenset({"historique", "historiques", "principal", "principale",
                             "principaux", "principales", "exclusif", "exclusive", "attitre",
                             "attitree", "privilegie", "privilegiee", "habituel", "habituelle",
                             "traditionnel", "traditionnelle", "actuel", "actuelle", "unique",
                             "majeur", "majeure", "strategique", "officiel", "officielle"})
"""French adjectives after a relation noun and before its name ("son fournisseur historique,
X", "son client attitré X")."""


def _appositive_name(view: SentenceView, end: int, lex: Lexicon) -> Unit | None:
    """The name set off by commas right after a noun: "its largest shareholder, Oaktree,", also
    behind its place: "its closest rival, Berlin-based Zentrix,", "l'allemand Zentrix"; or by
    dashes: "its largest customers — A, B and C — said" (session 20)."""
    units, words = view.units, view.words
    if end + 1 >= len(units) or words[end] not in _APPOSITION_OPENERS:
        return None
    closers = (",", ".", ";") if words[end] == "," else (words[end], ".")
    k = end + 1
    while k < min(len(units), end + 6) and not units[k].is_mention:
        based = match_at(words, k, lex.based_suffix)
        if based is not None:
            k += len(based)
        elif _place_genitive(words, k):
            k += _place_genitive(words, k)  # "its largest customer, France's Quistor,"
        elif words[k] in lex.determiners or place_adjective(words[k], lex) or (
                view.tokens[units[k].first].text[:1].isupper()
                and any(match_at(words, q, lex.based_suffix) for q in (k + 1, k + 2))):
            k += 1
        else:
            return None
    if k < len(units) and _plain_mention(units[k]) and (
            k + 1 >= len(units) or words[k + 1] in closers):
        return units[k]
    return None


_APPOSITION_OPENERS = frozenset({",", "—", "–"})


_SOLD_PARTICIPLES = frozenset({"sold", "vendu", "vendue", "vendus", "cede", "cedee", "cedes"})
_DESCRIBED_REACH = 7
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whose", "qui", "que", "qu'", "dont", "and",
                           "et", "or", "ou", "but", "mais"})


def _described_after(view: SentenceView, end: int, lex: Lexicon) -> Unit | None:
    """The name set off by a comma after a relational noun, behind a short description that
    holds a kind of company (session 17, refusals): "its largest shareholder, the agricultural
    investment firm Y,", "its biggest customer, auto-parts maker Y.", "son actionnaire de
    référence, la holding familiale Y". In English the kind of company stands right before the
    name; no clause word inside; the name ends the apposition."""
    units, words = view.units, view.words
    if end + 2 >= len(units) or words[end] != ",":
        return None
    k = end + 1
    while k < min(len(units), end + 1 + _DESCRIBED_REACH) and not units[k].is_mention:
        if words[k] in _CLAUSE_WORDS:
            return None
        k += 1
    if k >= len(units) or not _plain_mention(units[k]) or k - end < 3 or (
            k + 1 < len(units) and words[k + 1] not in (",", ".", ";")):
        return None
    if lex.language == "en" and not (words[k - 1] in lex.descriptor_ends
                                     or words[k - 1][:-1] in lex.descriptor_ends
                                     or words[k - 1] in lex.org_heads):
        return None
    return units[k] if _company_noun_phrase(view, end + 1, k, lex) else None


def _relative_object(
    frame: Frame, t: int, view: SentenceView, lex: Lexicon
) -> tuple[int, Unit | None]:
    """The antecedent of a relative pronoun that stands for the object: "Orion, dont Renault
    détient 30 %" ("dont" = "de Orion"), "Quistor, dans lequel X a pris une participation",
    "l'usine de Brelandis, auprès de laquelle elle s'approvisionne", "Zentrix, in which X took
    a stake", "Quistor, from which it buys". The clause must have its own subject before the
    trigger."""
    seg = view.segment_of(t)
    if seg is None and frame.type in (RelationType.ACQUIRES, RelationType.COMPETES_WITH):
        return _que_object(frame, t, view)
    if seg is None:
        apposed = _whose_after_apposition(frame, t, view, lex)
        if apposed is not None:
            return apposed
    if seg is None or seg.kind != "relative":
        return -1, None
    found = relative_at(view.words, seg.start + 1, lex)
    if found is None and (object_relative(view, seg.start + 1, lex) or (
            frame.type == RelationType.ACQUIRES and _pronoun_relative(view, seg.start + 1))):
        found = seg.start + 1, ()  # "Y, the chipmaker that X bought" (session 15)
    if found is None:
        return -1, None
    r, prep = found
    owned = _whose_goods_object(frame, t, view, seg, r, lex)
    if owned is not None:
        return owned
    if not prep:
        return _direct_relative_object(frame, t, view, seg, r, lex)
    if prep == ("de",):
        if not any(p in (("de",), ("d'",), ("du",)) for p in frame.object_preps):
            return -1, None
    elif prep not in frame.object_preps:
        return -1, None
    inner = any(_plain_mention(view.units[k]) for k in range(r + 1, t))
    return (seg.owner, view.owner_unit(seg)) if inner else (-1, None)


_SUPPLIED_BY = frozenset({
    "fourni", "fournie", "fournis", "fournies", "livre", "livree", "livres", "livrees",
    "fabrique", "fabriquee", "fabriques", "fabriquees", "produit", "produite", "produits",
    "produites", "supplied", "provided", "delivered", "made", "built", "manufactured",
    "produced", "sourced", "bought", "purchased", "achete", "achetee", "achetes", "achetees"})
"""Participles after which "par" / "by" (or "from", "auprès de") names the goods' maker."""


def _supplier_antecedent(view: SentenceView, at: int, lex: Lexicon) -> bool:
    """True when the name at `at` (the antecedent of a relative clause) is named as a
    supplier just before it: "achetées auprès de (l'américain) X", "fournis par le belge X",
    "se fournit chez X", "bought from X": a preposition of `_SUPPLIER_PREPS` up to four plain
    words ("l'" or letters only, no name) before it, "de" only after "auprès", "par" / "by"
    only after a participle of `_SUPPLIED_BY`."""
    words, units = view.words, view.units
    k = at - 1
    while k >= 0 and at - k <= 4 and not units[k].is_mention \
            and words[k] not in _SUPPLIER_PREPS \
            and (words[k].isalpha() or words[k] == "l'"):
        k -= 1
    if k < 0 or units[k].is_mention:
        return False
    if words[k] in ("aupres", "chez", "from"):
        return True
    if words[k] in ("de", "d'", "du", "des"):
        return k > 0 and words[k - 1] == "aupres"
    return words[k] in ("par", "by") and k > 0 and words[k - 1] in _SUPPLIED_BY


def _whose_goods_object(
    frame: Frame, t: int, view: SentenceView, seg: Segment, r: int, lex: Lexicon
) -> tuple[int, Unit] | None:
    """The maker of goods a customer uses or buys, told in a "whose" clause (session 15):
    "X, a London insurtech whose pricing software Y uses", "X, whose chips Y buys": the
    clause is "whose" + up to three lower-case words ending in a goods noun + the customer's
    name right before the trigger; X (the clause's antecedent) supplies Y."""
    words, units = view.words, view.units
    n = t - 1
    while n > r and t - n <= 2 and words[n] in _WHOSE_AUXILIARIES:
        n -= 1  # "whose pumps Y has (long) used" (session 21, supply7)
    if frame.type != RelationType.SUPPLIES or frame.subject != "target" \
            or frame.object != "source" or words[r] != "whose" or n - r < 2 or n - r > 4 \
            or not _plain_mention(units[n]) or units[n].mentions[0].kind != NAME:
        return None
    if not _goods_words(words[r + 1:n], units[r + 1:n], lex):
        return None
    return seg.owner, view.owner_unit(seg)


_WHOSE_AUXILIARIES = frozenset({"has", "have", "had", "also", "already", "still", "now",
                                "long"})


def _goods_words(nouns: list[str], units: list[Unit], lex: Lexicon) -> bool:
    """Lower-case words, no mention, the last a goods or product noun ("pricing software")."""
    return bool(nouns) and len(nouns) == len(units) \
        and all(w.isalpha() and not u.is_mention for w, u in zip(nouns, units, strict=True)) \
        and (nouns[-1] in lex.product_nouns or nouns[-1] in _GOODS or nouns[-1] in _OFFERINGS)


def _whose_after_apposition(
    frame: Frame, t: int, view: SentenceView, lex: Lexicon
) -> tuple[int, Unit] | None:
    """The same "whose" clause when it follows an apposed description that no mention covers:
    "X, a London-based insurtech whose pricing software Y uses" (the name before the comma)."""
    words, units = view.words, view.units
    n = t - 1
    while n > 0 and t - n <= 2 and words[n] in _WHOSE_AUXILIARIES:
        n -= 1  # "whose booking system Y has used" (session 21, supply7)
    if frame.type != RelationType.SUPPLIES or frame.subject != "target" \
            or frame.object != "source" or n < 3 or not _plain_mention(units[n]) \
            or units[n].mentions[0].kind != NAME:
        return None
    r = next((q for q in range(n - 1, max(0, n - 4), -1) if words[q] == "whose"), None)
    if r is None or not _goods_words(words[r + 1:n], units[r + 1:n], lex):
        return None
    c = r - 1
    while c > 0 and r - c <= 7 and words[c] != "," and not units[c].is_mention \
            and (words[c].isalpha() or words[c] == "-"):
        c -= 1
    if c < 1 or words[c] != "," or c + 1 >= r or words[c + 1] not in lex.determiners \
            or not _plain_mention(units[c - 1]) or units[c - 1].mentions[0].kind != NAME:
        return None
    return c - 1, units[c - 1]


def _pronoun_relative(view: SentenceView, r: int) -> bool:
    """True when the object pronoun at unit r has a subject pronoun of its own after it:
    "Y, which it bought in 2012", "Y, qu'il a racheté" (session 19)."""
    units = view.units
    return view.words[r] in THAT_RELATIVES and r + 1 < len(units) \
        and units[r + 1].is_mention and units[r + 1].mentions[0].kind == PRONOUN \
        and _plain_mention(units[r + 1])


def _direct_relative_object(
    frame: Frame, t: int, view: SentenceView, seg: Segment, r: int, lex: Lexicon
) -> tuple[int, Unit | None]:
    """A takeover told in a relative clause whose pronoun is the direct object: "Quistor,
    which Velmora bought in 2023", "Quistor, que Korvane a racheté en 2019". The clause has
    its own subject name right after the pronoun and nothing bought after the verb."""
    words, units = view.words, view.units
    rivals = frame.type == RelationType.COMPETES_WITH and frame.direct  # "A et B, qu'il
    # affronte sur chaque appel d'offres", "A and B, which it battles for orders" (session 16)
    if not (frame.type == RelationType.ACQUIRES and frame.subject == "source" or rivals
            or _relative_user(frame, t, view)) \
            or not frame.direct \
            or words[r] not in THAT_RELATIVES or r + 1 >= t:
        return -1, None
    s = relative_subject(view, r, lex)  # "which Italy's Velmora bought" (session 19)
    if s >= t or not _plain_mention(units[s]):
        return -1, None
    if any(units[k].is_mention for k in range(s + 1, t)) or t - s > 5:
        return -1, None  # "which Velmora said Quistor would buy": another clause
    if units[s].mentions[0].kind not in (NAME, PRONOUN) or (
            seg.owner > 0 and words[seg.owner - 1] in _OWNED_THING_PREPS
            and words[seg.owner - 1] != "from"):
        return -1, None  # "its stake in Quistor, which Tarvex bought": the stake or the unit
        # may be what was bought; a pronoun buyer is left to the other frames ("leases trains
        # from Quistor, which Tarvex bought": "from" names no owned thing; session 20)
    end = t + 1
    while end < len(words) and end < t + 4 and not units[end].is_mention \
            and words[end] not in (",", ".", ";") and words[end] not in HARD_BOUNDARIES \
            and words[end] not in lex.prepositions:
        end += 1
    if end < len(words) and units[end].is_mention and end < t + 4:
        return -1, None  # "which Velmora bought Zentrix from": the verb has its own object
    return seg.owner, view.owner_unit(seg)


def _que_object(frame: Frame, t: int, view: SentenceView) -> tuple[int, Unit | None]:
    """The French object relative that no segment marks: "Quistor, que Korvane a racheté en
    2019," (the name, a comma, "que", the buyer's name, an auxiliary at most, the verb)."""
    words, units = view.words, view.units
    rivals = frame.type == RelationType.COMPETES_WITH  # "A et B, qu'il affronte" (session 16)
    if not frame.direct or frame.subject != "source" and not rivals \
            and not _relative_user(frame, t, view):
        return -1, None
    for k in range(t - 2, max(1, t - 4), -1):
        if words[k] in ("que", "qu'") and words[k - 1] == "," and k >= 2 \
                and _plain_mention(units[k - 2]) and units[k + 1].is_mention \
                and units[k + 1].mentions[0].kind in (NAME, PRONOUN) \
                and not (k >= 3 and words[k - 3] in _OWNED_THING_PREPS) \
                and all(words[q] in _AUXILIARIES for q in range(k + 2, t)) \
                and not (t + 1 < len(units) and units[t + 1].is_mention):
            return k - 2, units[k - 2]
    return -1, None


_AUXILIARIES = frozenset({"a", "avait", "ont", "avaient", "aura", "auront", "vient", "de",
                          "d'", "va", "vont"})
def _relative_user(frame: Frame, t: int, view: SentenceView) -> bool:
    """True when a direct frame of using (the subject the customer) is triggered by a plain
    verb of `USE_VERBS` (mentions.py), not "used to" ("which Velmora used to own")."""
    words = view.words
    return frame.type == RelationType.SUPPLIES and frame.subject == "target" \
        and frame.object == "source" and words[t] in USE_VERBS \
        and not (t + 1 < len(words) and words[t + 1] == "to") \
        and not any(w in _ADVISERS for w in words[t + 1:t + 5])


_ADVISERS = frozenset({"adviser", "advisor", "advisers", "advisors", "bank", "banker", "banque",
                       "conseil", "conseiller", "conseillers", "intermediaire", "broker"})
""""which Velmora used as an adviser on the deal": an adviser of a deal, left out."""


def _customers_for_supplier(frame: Frame, view: SentenceView, start: int, found: int) -> bool:
    """True when a frame whose object is the supplier finds its object among a group of
    customers named before it (session 15, lists): "s'appuie sur quelques clients, parmi
    lesquels A", "relies on a few customers, including A": A buys, it does not supply."""
    return frame.type == RelationType.SUPPLIES and frame.object == "source" \
        and any(w in _CUSTOMER_PLURALS for w in view.words[start:found])


_CUSTOMER_PLURALS = frozenset({"clients", "customers", "clientes", "merchants", "commercants",
                               "retailers", "shippers", "chargeurs"})
_CUSTOMER_KINDS = frozenset({"entreprises", "societes", "enseignes", "marques", "corporate",
                             "business", "enterprise", "industrial", "commercial"})
_COUNT_WORDS = frozenset({"pres", "de", "d'", "plus", "environ", "quelque", "quelques",
                          "plusieurs", "more", "than", "over", "about", "some", "nearly",
                          "around", "several", "almost", "000", "million", "millions",
                          "une", "a", "des", "centaine", "centaines", "dizaine", "dizaines",
                          "millier", "milliers", "hundred", "hundreds", "dozen", "dozens",
                          "thousand", "thousands", "of"})
_COUNT_ARTICLES = frozenset({"une", "a", "des", "de", "d'", "of"})
"""Count words that count nothing alone ("une centaine de clients" counts; "une cliente" not)."""


_LISTED_CUSTOMERS = frozenset({"customers", "clients", "clientes", "employers", "users",
                                "utilisateurs"})
_OWNER_NOT_SUPPLIER = frozenset({
    "rival", "rivals", "competitor", "competitors", "concurrent", "concurrents", "parent",
    "shares", "share", "stake", "owner", "owners", "shareholders", "actionnaires", "capital",
    "maison", "mere", "own", "propre", "propres", "orders", "commandes", "contracts",
    "contrats", "investors", "founder", "fondateur"})


def _listed_customers(view: SentenceView, lex: Lexicon, registry: Registry) -> list[Candidate]:
    """Customers listed before their verb, the supplier a possessive pronoun later in the same
    clause (session 20, supply5): "customers including A and B have placed orders for its
    tools", "clients such as A and B use its software", "des clients comme A et B utilisent
    ses logiciels": the possessor supplies A and B. Not when the possessive names what is
    no goods of the supplier ("its rival", "their own orders") or stands for a member."""
    words, units = view.words, view.units
    n = len(units)
    out: list[Candidate] = []
    for k in range(0, n - 3):
        if words[k] not in _LISTED_CUSTOMERS or units[k].is_mention:
            continue
        opener = match_at(words, k + 1, lex.list_openers)
        if opener is None or opener[0] in ("include", "includes", "included", "dont"):
            continue
        m = _past_descriptor(view, k + 1 + len(opener), lex)
        if m >= n or not _plain_mention(units[m]) or units[m].mentions[0].kind != NAME:
            continue
        members = [units[m]]
        while m + 2 < n and words[m + 1] in (",", "and", "et"):
            nxt = m + 2
            if words[m + 1] == "," and words[nxt] in ("and", "et"):
                nxt += 1
            nxt = _past_descriptor(view, nxt, lex)
            if nxt >= n or not _plain_mention(units[nxt]) or units[nxt].mentions[0].kind != NAME:
                break
            members.append(units[nxt])
            m = nxt
        if m + 1 < n and words[m + 1] == ",":
            continue  # an apposition or a clause set off: the possessive may be anyone's
        ids = {e for u in members for e in _org_ids(u, registry)}
        for q in range(m + 1, min(n - 1, m + 12)):
            if words[q] in (".", ",") or words[q] in HARD_BOUNDARIES or words[q] in _CLAUSE_ONE:
                break
            u = units[q]
            if not u.is_mention:
                continue
            if not _possessive_pronoun(u):
                break
            if words[q + 1] in _OWNER_NOT_SUPPLIER or words[q] in ("their", "leur", "leurs"):
                break
            # a singular possessive after the plural list is not a member's: the resolver's
            # next candidate when it picked the nearest member
            owners = [e for e in _org_ids(u, registry) if e not in ids] or [
                e for e in u.mentions[0].candidates[:3] if e not in ids
                and registry.type_of(e) in ORG_TYPES][:1]
            if not owners:
                break
            for member in members:
                for e in _org_ids(member, registry):
                    for o in owners:
                        if o != e:
                            out.append(Candidate(RelationType.SUPPLIES, o, e, view.index, k,
                                                 k + 1, None))
            break
    return out


def _counted_customers(view: SentenceView, lex: Lexicon, registry: Registry) -> list[Candidate]:
    """A company that counts its customers, then names some after a list opener (session 15,
    lists): "X revendique près de 900 clients, parmi lesquels A et B", "X compte 300 clients,
    dont A", "X serves more than 900 customers, including A and B". The company names the
    verb's subject right before it; the count is a number or a quantifier."""
    words, units = view.words, view.units
    out: list[Candidate] = []
    for v in range(1, len(units) - 4):
        served = words[v] in ("for", "pour")  # "X handles payments for 9,000 merchants"
        subj = _served_subject(view, v) if served else units[v - 1]
        if subj is None or not served and (
                words[v] not in _COUNTING_VERBS or not _plain_mention(units[v - 1])
                or units[v - 1].mentions[0].kind not in (NAME, ANAPHOR)
                or len(units[v - 1].mentions) > 1):  # ("le groupe revendique": session 16)
            continue
        k = v + 1
        counted = False
        while k < len(units) and k - v <= 5 and (words[k][:1].isdigit()
                                                 or words[k] in _COUNT_WORDS):
            counted = counted or words[k] not in _COUNT_ARTICLES
            k += 1
        if counted and k + 1 < len(units) and words[k] in _CUSTOMER_KINDS \
                and words[k + 1] in _CUSTOMER_PLURALS:
            k += 1  # "1 300 entreprises clientes", "700 corporate customers"
        if not counted or k + 2 >= len(units) or words[k] not in _CUSTOMER_PLURALS \
                or words[k + 1] != ",":
            continue
        opener = match_at(words, k + 2, lex.list_openers)
        m = k + 2 + len(opener) if opener else -1
        m = _past_descriptor(view, m, lex)  # "parmi lesquelles la chaîne d'opticiens A"
        if opener is None or m >= len(units) or not _plain_mention(units[m]) \
                or units[m].mentions[0].kind != NAME:
            continue
        members = [units[m]]
        if m + 2 < len(units) and words[m + 1] in ("et", "and"):  # "... A et le transporteur B"
            second = _past_descriptor(view, m + 2, lex)
            if second < len(units) and _plain_mention(units[second]) \
                    and units[second].mentions[0].kind == NAME and second > m + 2 \
                    and (second + 1 >= len(units) or words[second + 1] in _LIST_END):
                members.append(units[second])
                m = second
        if m + 1 < len(units) and words[m + 1] not in _LIST_END:
            continue
        for member in members:
            out.extend(_pairs(RelationType.SUPPLIES, subj.mentions, member.mentions,
                              "source", view, v, k + 1, registry))
    return out


_SERVICE_VERBS = frozenset({"handles", "handle", "processes", "process", "serves", "manages",
                            "runs", "provides", "hauls", "ships", "delivers", "traite",
                            "traitent", "gere", "gerent", "assure", "assurent", "achemine",
                            "livre", "transporte"})


def _served_subject(view: SentenceView, v: int) -> Unit | None:
    """The sentence's subject name when the "for" / "pour" at v ends its service clause: "X
    handles card payments for 9,000 merchants", "X traite les paiements pour 18 000 commerçants"
    (a service verb right after the name, lower-case words up to v, no other name; session
    18)."""
    words, units = view.words, view.units
    s = 0
    while s < v and not units[s].is_mention:
        s += 1
    if s + 1 >= v or v - s > 9 or not _plain_mention(units[s]) \
            or units[s].mentions[0].kind != NAME or words[s + 1] not in _SERVICE_VERBS:
        return None
    if any(units[q].is_mention or not (words[q].isalpha() or words[q] == "l'")
           for q in range(s + 2, v)):
        return None
    return units[s]


def _past_descriptor(view: SentenceView, m: int, lex: Lexicon) -> int:
    """The index of the name after a determiner and at most three lower-case descriptor words
    at m ("la chaîne d'opticiens A", "the carrier A": A's index), else m (session 16)."""
    words, units = view.words, view.units
    if m < 0 or m >= len(units) or words[m] not in lex.determiners:
        return m
    d = m + 1
    while d < len(units) and d - m <= 4 and not units[d].is_mention \
            and words[d].isalpha() and words[d].islower():
        d += 1
    return d if d < len(units) and units[d].is_mention and d - m <= 4 else m


def _past_relative(view: SentenceView, k: int) -> int:
    """The index after the relative clause or apposition set off by commas that follows the
    mention at k ("A, which relies on its network, among its customers", "A, the Bremen
    filter maker, among its customers": the closing comma's next unit), else len(view.words)
    (session 15; appositions session 22)."""
    for seg in view.segments:
        if seg.owner == k and seg.start <= k + 2 \
                and seg.end < len(view.words) and view.words[seg.end] == ",":
            return seg.end + 1
    return len(view.words)


def _past_inclusion(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The index after an inclusion set off by commas a few words after the mention at k
    ("A and several hospitals, including B, among its customers": the closing comma's next
    unit), else len(view.words) (session 22)."""
    words = view.words
    for c in range(k + 1, min(len(words) - 2, k + 7)):
        if words[c] in (".", ",") or words[c] in HARD_BOUNDARIES:
            break
    else:
        return len(words)
    if words[c] != "," or match_at(words, c + 1, lex.list_openers) is None:
        return len(words)
    for q in range(c + 2, min(len(words), c + 12)):
        if words[q] == ",":
            return q + 1
        if words[q] == "." or words[q] in HARD_BOUNDARIES:
            break
    return len(words)


def _past_member(view: SentenceView, k: int) -> int:
    """The index after the second member of "A and B" when B has a few lower-case words
    before its name ("counts A and Italian roaster B among its buyers": the unit after B),
    else len(view.words) (session 22)."""
    words, units = view.words, view.units
    if k + 2 >= len(words) or words[k + 1] not in ("and", "et"):
        return len(words)
    for m in range(k + 2, min(len(words), k + 6)):
        if units[m].is_mention:
            return m + 1 if _plain_mention(units[m]) else len(words)
        if not words[m].isalpha():
            break
    return len(words)


def _plain_mention(u: Unit) -> bool:
    """A mention that could be a subject: not possessive, not a possessive pronoun."""
    return u.is_mention and not u.possessive and not _possessive_pronoun(u)


def _first_clause_supplier(view: SentenceView, unit: Unit) -> bool:
    """True when `unit`, the customer, is a possessive pronoun in the second of two parallel
    clauses ("alors que", "tandis que", "while", "whereas") that resolves to the company the
    first clause names after a supplier preposition ("viennent de A", "come from A", "fournis
    par A"): the nearest name, which the pronoun cannot be (session 18)."""
    if not unit.mentions or not _possessive_pronoun(unit):
        return False
    words, units = view.words, view.units
    p = units.index(unit) if unit in units else -1
    c = next((k for k in range(p - 1, 0, -1)
              if (words[k - 1], words[k]) in _CLAUSE_PAIRS or words[k] in _CLAUSE_ONE), None)
    if c is None:
        return False
    ids = {e for m in unit.mentions for e in m.resolved}
    return bool(ids) and any(
        units[k].is_mention and {e for m in units[k].mentions for e in (*m.resolved, m.entity)}
        & ids and _after_supplier_prep(words, k) for k in range(0, c))


def _after_supplier_prep(words: list[str], k: int) -> bool:
    """True when the name at `k` follows a supplier preposition, past up to three describing
    words ("l'" or letters only: "de l'allemand A", "from A", "par le belge A")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (words[j] == "l'" or words[j].isalpha()
                                     and words[j] not in _SUPPLIER_PREPS):
        j -= 1
    return j >= 0 and words[j] in _SUPPLIER_PREPS


def _possessive_pronoun(u: Unit) -> bool:
    m = u.mentions[0]
    return m.kind == PRONOUN and m.possessive


def _preceded_by_blocking_prep(view: SentenceView, k: int, lex: Lexicon) -> bool:
    j = k - 1
    while j >= 0 and (view.words[j] in lex.determiners or view.words[j] in lex.nationalities):
        j -= 1
    if j >= 1 and view.words[j] == "que" and view.words[j - 1] in SUCH_BEFORE_QUE:
        return False  # "des clients tels que Y": a list opener, no comparison (session 24)
    return j >= 0 and view.words[j] in ("from", "with", "avec", "aupres", "by", "par", "against",
                                        "contre", "to", "among", "parmi", "than", "que", "a",
                                        "au", "aux", "chez", "for", "pour")


_LED_BY = (("led", "by"), ("mene", "par"), ("menee", "par"), ("emmene", "par"),
           ("emmenee", "par"), ("conduit", "par"), ("conduite", "par"), ("headed", "by"),
           ("pilote", "par"))
_LIST_END = frozenset({",", ".", ")", ";", ":"})


_COMPANY_PLURALS = frozenset({
    # French plural nouns of kinds of companies, the group a list of customers or suppliers
    # is drawn from ("vend sa production à des fabricants de tuyaux, dont A et B")
    "fabricants", "producteurs", "distributeurs", "operateurs", "detaillants", "enseignes",
    "chaines", "transformateurs", "equipementiers", "exploitants", "compagnies",
    "transporteurs", "armateurs", "editeurs", "laboratoires", "cooperatives", "negociants",
    "grossistes", "integrateurs", "assembleurs", "retailers", "distributors", "suppliers",
    "manufacturers", "carriers", "airlines", "utilities", "wholesalers"})


def _group_member(view: SentenceView, k: int, j: int, lex: Lexicon, led: bool) -> int | None:
    """A group noun phrase in the argument slot, then its members: "par plusieurs fonds,
    dont A et B", "from backers including A", "les investisseurs, parmi lesquels A" and, for
    an agent, "by a consortium led by A" (the group's members or leader fill the slot)."""
    words = view.words
    if j == k or any(view.units[i].is_mention for i in range(k, j)) or not any(
            w in lex.group_nouns or w in _COMPANY_PLURALS or org_noun_plural(w, lex)
            or w.endswith(("makers", "developers", "producers", "operators"))
            for w in words[k:j]):
        return None  # "ses modèles, comme X": products, not a group of companies
    at = j + 1 if words[j] == "," else j
    opener = match_at(words, at, lex.list_openers)
    if opener is None and led:
        opener = match_at(words, at, _LED_BY)
    if opener is None:
        return None
    m = _past_member_descriptor(view, at + len(opener), lex)
    ends = _LIST_END if m == at + len(opener) else _LIST_END | {"et", "and", "ou", "or"}
    if m < len(view.units) and view.units[m].is_mention and not _possessive_pronoun(
            view.units[m]) and (m + 1 >= len(words) or words[m + 1] in ends):
        return m  # "dont A et B." is a list; "dont A détient 30 %" is a relative clause
    return None


def _past_member_descriptor(view: SentenceView, m: int, lex: Lexicon) -> int:
    """Past a determiner and the company noun or nationality that a list member's name may
    carry after the opener (session 16, french2): "dont le japonais A", "dont le groupe A",
    "dont le spécialiste murcien A", "including the German A"; or past a place told before
    the name ("including Germany's A", "such as Ohio-based A"). The unit of the name, or m."""
    words, units = view.words, view.units
    place = _place_before_name(view, m, lex)
    if place and m + place < len(units) and units[m + place].is_mention:
        return m + place  # "chiefly Germany's A and France's B", "including Ohio-based A"
        # (session 22, rivals)
    if m >= len(words) or words[m] not in lex.determiners or units[m].is_mention:
        return m
    q = m + 1
    while q < min(len(words), m + 4) and not units[q].is_mention and (
            words[q] in lex.nationalities or (words[q],) in lex.descriptors
            or words[q] in lex.org_heads or q > m + 1 and words[q].isalpha()
            and words[q].endswith(FR_ADJECTIVE_ENDINGS) and words[q - 1] not in lex.determiners):
        q += 1
    return q if q > m + 1 and q < len(units) and units[q].is_mention else m


_OPENER_AHEAD = 14


def _mention_after(view: SentenceView, k: int, lex: Lexicon, led: bool = False) -> int | None:
    """The first mention unit within a short noun phrase starting at unit k (or the members
    named after a group noun there, see _group_member)."""
    units = view.units
    limit = min(len(units), k + 8)
    for q in range(k + 1, min(len(units), k + _OPENER_AHEAD)):
        if units[q].is_mention or view.words[q] in (",", ";", ".") \
                or view.words[q] in HARD_BOUNDARIES:
            break
        opener = match_at(view.words, q, lex.list_openers) \
            if view.words[q] in _openers_first(lex) else None
        if opener is not None:  # "a growing pack of AI-first drug developers such as A":
            limit = min(len(units), max(limit, q + len(opener) + 3))  # a long class noun
            break
    j = k - 1
    while j + 1 < limit:
        j += 1
        opener = match_at(view.words, j, lex.list_openers) \
            if j > k and view.words[j] in _openers_first(lex) else None
        if opener is not None:  # "a growing pack of drug developers such as A"
            limit = min(len(units), max(limit, j + len(opener) + 3))
        if j <= k + 2 and (view.words[j],) in lex.descriptors and not units[j].is_mention:
            limit = min(len(units), max(limit, j + 9))  # "le spécialiste israélien de la
            # sécurité du cloud X": a company noun's complements before its name (session 14)
        if units[j].is_mention:
            if _possessive_pronoun(units[j]):
                continue  # "son ancien rival", "its chips": a determiner, not the object
            return _described_name(view, j, lex) or _apposed_name(view, j, lex) or j
        w = view.words[j]
        if w == "," and j > k and j - k <= 5 and any(
                (x,) in lex.descriptors or x in _DESCRIPTION_HEADS for x in view.words[k:j]):
            named = _name_after_comma(view, j)  # "with the market leader, Korvane, and"
            if named is not None:
                return named
        member = _group_member(view, k, j, lex, led) if w in (",", "dont", "including") \
            or (led and w in ("led", "mene", "menee", "emmene", "emmenee", "conduit",
                              "conduite", "headed", "pilote")) else None
        if member is not None:
            return member
        if w in lex.complementizers and j > k \
                and match_ending_at(view.words, j + 1, lex.list_openers) is not None:
            continue  # "des clients tels que A": "que" ends a list opener
        if w in HARD_BOUNDARIES or w in (",", ".") or w in lex.complementizers \
                or w in lex.relative_pronouns:
            return None  # "coté à Lyon dont X détient": the name opens another clause
        if w in lex.prepositions and w not in OF_WORDS and j > k \
                and match_at(view.words, j, lex.list_openers) is None \
                and match_ending_at(view.words, j + 1, lex.list_openers) is None \
                and not (j + 1 < len(units) and view.words[j + 1] == "-"):
            return None  # "retailers including A", "outlets such as A": a list opener keeps
            # the phrase going; "par le sous-traitant A": a compound noun, no preposition
    return None


def _described_name(view: SentenceView, j: int, lex: Lexicon) -> int | None:
    """The name a French definite description at unit j runs into through its complement
    only ("ainsi qu'à la société de capital-risque bretonne X", "au fonds de capital-risque
    X"): the description says what X is and refers to nothing before it (session 18). Each
    word is "de", a hyphen, the noun right after either, or an adjective; None at anything
    else (a verb: "la société de Lyon rachète X")."""
    u = view.units[j]
    words = view.words
    if lex.language != "fr" or u.mentions[0].kind != ANAPHOR or j + 1 >= len(words) \
            or words[j + 1] not in ("de", "d'"):
        return None
    for q in range(j + 1, min(len(view.units), j + 6)):
        if view.units[q].is_mention:
            return q if view.units[q].mentions[0].kind == NAME else None
        w = words[q]
        text = view.tokens[view.units[q].first].text
        if w in ("de", "d'", "-") or place_adjective(w, lex):
            continue
        if not text.isalpha() or not text.islower() or (
                w in lex.triggers and words[q - 1] not in ("de", "d'", "-")):
            return None
        if words[q - 1] not in ("de", "d'", "-") and not w.endswith(FR_ADJECTIVE_ENDINGS):
            return None
    return None




def _apposed_name(view: SentenceView, j: int, lex: Lexicon) -> int | None:
    """The name set off by commas after a description in an argument slot: "au leader du
    secteur, Korvane, et à ...", "with the market leader, Korvane, and with ..." (the
    description is the name's, so the name fills the slot); None when no such name follows."""
    units, words = view.units, view.words
    if units[j].mentions[0].kind != ANAPHOR or units[j].possessive:
        return None
    for c in range(j + 1, min(len(words), j + 5) if lex.language == "fr" else 0):
        if _plain_mention(units[c]) and units[c].mentions[0].kind == NAME:
            return c if c > j + 1 else None  # "le groupe fluvial et maritime X"
        w = words[c]
        if w != "et" and (w in lex.triggers or not (w in lex.nationalities
                                                    or w.endswith(FR_ADJECTIVE_ENDINGS))):
            break
    for c in range(j + 1, min(len(words) - 2, j + 5)):
        if units[c].is_mention or words[c] in HARD_BOUNDARIES or words[c] == ".":
            return None
        if words[c] == ",":
            return _name_after_comma(view, c)
    return None


_DESCRIPTION_HEADS = frozenset({"leader", "leaders", "rival", "rivals", "concurrent",
                                "competitor", "numero", "number", "champion", "pionnier",
                                "pioneer", "specialiste", "specialist", "maker", "fabricant",
                                "constructeur", "operateur", "operator", "editeur"}) \
    | _BIG_PLAYERS


def _name_after_comma(view: SentenceView, c: int, lex: Lexicon | None = None) -> int | None:
    """The name right after the comma at word c when it ends its own phrase (a comma, a full
    stop or a conjunction follows): an apposition naming the description before the comma.
    Given the lexicon, a determiner and a nationality may stand before the name (session 16,
    french2: "doit composer avec deux poids lourds mondiaux, le danois A et le suisse B")."""
    units, words = view.units, view.words
    q = c + 1
    if lex is not None and q + 2 < len(words) and words[q] in lex.determiners \
            and words[q + 1] in lex.nationalities and not units[q + 1].is_mention:
        q += 2
    if q + 1 < len(words) and _plain_mention(units[q]) and units[q].mentions[0].kind == NAME \
            and words[q + 1] in (",", ".", ";", "et", "and", "ou", "or"):
        return q
    return None


_OPENERS_FIRST: dict[str, frozenset[str]] = {}


def _openers_first(lex: Lexicon) -> frozenset[str]:
    """The first words of the language's list openers ("such", "including", "comme")."""
    found = _OPENERS_FIRST.get(lex.language)
    if found is None:
        found = _OPENERS_FIRST[lex.language] = frozenset(p[0] for p in lex.list_openers)
    return found


def _prep_at(
    words: list[str], k: int, preps: tuple[Phrase, ...], lex: Lexicon
) -> tuple[Phrase | None, int]:
    """The preposition phrase at word k and the word after it; a phrase of several words may
    hold an insertion between its words ("souscrite en grande partie par", "led, according to
    two people, by")."""
    prep = match_at(words, k, preps)
    if prep is not None:
        return prep, k + len(prep)
    for cand in preps:
        if len(cand) < 2 or words[k] != cand[0]:
            continue
        j, ok = k + 1, True
        for w in cand[1:]:
            j = insertion_end(words, j, lex.calendar)
            if j >= len(words) or words[j] != w:
                ok = False
                break
            j += 1
        if ok:
            return cand, j
    return None, k


_UNDER = frozenset({"under", "sous"})
_CONTRACT_WORDS = frozenset({"contract", "contrat", "licence", "license"})


def _under_contract(words: list[str], k: int, view: SentenceView) -> int:
    """The end of "under (a long-term) contract" / "sous contrat" starting at word k (k when
    none stands there): at most five words to the contract noun, no name among them."""
    if words[k] not in _UNDER:
        return k
    for q in range(k + 1, min(len(words), k + 6)):
        if view.units[q].is_mention or words[q] in HARD_BOUNDARIES or words[q] in (",", "."):
            return k
        if words[q] in _CONTRACT_WORDS:
            return q + 1
    return k


def _agent(frame: Frame, end: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    if not frame.agent_preps:
        return None
    words = view.words
    if frame.type == RelationType.PARTNERS_WITH and end < len(words) and words[end] == ",":
        members = _members_relative(view, end, end - 1, lex)
        if members is not None:  # "le consortium, qui regroupe A, B et C,", "the alliance,
            # which includes A and B": the members the group noun's own relative clause names
            # (session 22, partners)
            return _with_coordinated_pp(view, members, (words[members - 1],), lex)
    agents: list[Unit] = []
    n = len(view.units)
    k, budget = end, frame.window
    while k < n and budget > 0:
        skip = insertion_end(words, k, lex.calendar)
        if skip > k:  # "rachetée la semaine dernière par", "is led, according to two
            k = skip  # people, by": the insertion takes none of the window
            continue
        if _is_boundary(view, k):
            break
        contract = _under_contract(words, k, view)
        if contract > k:  # "are produced under a long-term contract by Y": the terms take
            k = contract  # none of the window (session 17, fronted)
            continue
        if frame.type == RelationType.SUPPLIES and words[k:k + 2] == ["a", "partir"] \
                and not view.units[k].is_mention:
            k += 2  # "fabriqués à partir de fibres fournies par Y": the compound preposition
            continue  # takes no more of the window than English "from" (session 22,
            # supply10; not "la logistique sera reprise à partir de 2026 par Y", a takeover)
        seg = _set_off_after(view, end, k)
        if seg is not None:
            if not (frame.type == RelationType.ACQUIRES and frame.direct
                    and seg.kind == "apposition"):  # "sell Zorvane, its cable unit, to Y":
                budget -= seg.end - k  # the company sold's apposition takes none of the
                # window (session 19)
            k = seg.end  # "avec Quistor, la coentreprise fondée par A et B,": the agent of a
            continue  # participle set off after a name is that participle's
        prep, after = _prep_at(words, k, frame.agent_preps, lex)
        if prep is not None and words[k] in OF_WORDS and _descriptor_chain(
                view, k, end, lex, frame.object_preps):
            prep = None  # "avec l'éditeur de logiciels Quistor": the company noun's complement
        if prep == ("par",) and _participle_agent(view, end, k):
            prep = None  # "un partenariat avec A, racheté par B": the participle's agent
        if prep is not None:
            found = _mention_after(view, after, lex, led=True)
            if found is not None and frame.type == RelationType.SUPPLIES \
                    and _group_of_unit(view, found):
                return None  # "supplied by Kellmar Group's Zeta unit": the unit supplies
            if found is not None:
                agents.append(_with_coordinated_pp(view, found, prep, lex))
                more = _members_relative(view, end, found, lex)
                if more is not None:  # "a consortium led by A, which includes B and C"
                    agents.append(view.units[more])
                if not frame.noun_trigger:
                    break  # a round "led by X, with participation from Y": both invest
        k += 1
        budget -= 1
    if len(agents) <= 1:
        return agents[0] if agents else None
    return Unit(agents[0].first, agents[-1].last, "", tuple(m for u in agents
                                                             for m in u.mentions))


_MEMBER_VERBS = frozenset({"includes", "include", "included", "comprises", "comprise",
                           "comprend", "comprenait", "inclut", "regroupe", "regroupait",
                           "rassemble", "associe", "compte"})
"""Verbs of a relative clause after a group's leader that name the other members: "a consortium
led by A, which includes B and C", "le consortium mené par A, qui comprend B et C"."""


def _members_relative(view: SentenceView, end: int, found: int, lex: Lexicon) -> int | None:
    """The mention unit of the other members of a group noun (the trigger ending at `end`)
    whose leader or founder is the agent at unit `found`, named in a relative clause right
    after it: "a consortium led by A, which includes B and C", "le groupement mené par A, qui
    comprend aussi B" (session 17, joint ventures). Only after a group noun ("consortium",
    "groupement", "venture", "alliance"); "a deal with A, which includes B" is no group."""
    words = view.words
    if end < 1 or words[end - 1] not in _GROUP_NOUNS and words[end - 1] != "coentreprise":
        return None
    k = found + 1
    if k < len(words) and words[k] == ",":
        k += 1
    if k >= len(words) or words[k] not in ("which", "that", "qui"):
        return None
    k += 1
    while k < len(words) and words[k] in ("also", "now", "aussi", "egalement", "notamment"):
        k += 1
    if k >= len(words) or words[k] not in _MEMBER_VERBS:
        return None
    q = k + 1
    while q < min(len(words), k + 4) and not view.units[q].is_mention:
        if words[q] in HARD_BOUNDARIES or words[q] in (",", ".") or words[q] in lex.prepositions:
            return None
        q += 1
    return q if q < len(words) and view.units[q].is_mention else None


_FR_PARTICIPLE_ENDS = ("e", "ee", "es", "ees", "is", "ise", "u", "ue", "us", "ues")


def _participle_agent(view: SentenceView, end: int, k: int) -> bool:
    """True when the "par" at unit k follows a comma and a participle set off after the
    trigger's object (session 14, French cues): "un partenariat avec A, racheté par B", "avec
    A, en cours de rachat par B": B is that participle's agent, not the trigger's."""
    words = view.words
    for c in range(k - 1, max(end, k - 5) - 1, -1):
        if view.units[c].is_mention:
            return False
        if words[c] == ",":
            head = words[c + 1] if c + 1 < k else ""
            return c > end and (head == "en" or (c + 2 == k and head.endswith(
                _FR_PARTICIPLE_ENDS)))
    return False


_UNIT_NOUNS = frozenset({"unit", "division", "subsidiary", "arm", "branch"})


def _group_of_unit(view: SentenceView, q: int) -> bool:
    """True when the possessive agent at unit q owns the unit that acts: "by Kellmar Group's
    Zeta unit", "by Kellmar's components division"."""
    k = q + 1
    if not view.units[q].possessive:  # "Kellmar Group's": a head word of the name before it
        k = next((i + 1 for i in range(q + 1, min(q + 3, len(view.words)))
                  if view.words[i] == "'s"), 0)
    return k > 0 and any(w in _UNIT_NOUNS for w in view.words[k:k + 3])


def _descriptor_chain(view: SentenceView, k: int, end: int, lex: Lexicon,
                      object_preps: tuple[Phrase, ...] = ()) -> bool:
    """True when the "de" at unit k goes on a company noun's complement after the trigger
    ending at `end` (session 14): "avec l'éditeur de logiciels X", "avec le spécialiste de la
    sécurité du cloud X"; the name after it is that company, not the trigger's agent. Any
    noun opened by the object's preposition and a determiner counts too (session 22,
    partners): "avec le bureau d'études X", "au cabinet de conseil X" (one noun phrase: not
    "au sein de la centrale d'achat X", where X is the place of the partnership)."""
    words = view.words
    for q in range(k - 1, max(end - 1, k - 7), -1):
        w = words[q]
        if q + 1 < k and k + 1 < len(view.units) and not view.units[k + 1].is_mention \
                and all(x not in OF_WORDS for x in words[q + 1:k]) and (
                (w,) in object_preps and w not in OF_WORDS or (
                w in lex.determiners and q >= 1 and (words[q - 1],) in object_preps
                and words[q - 1] not in OF_WORDS)):
            return True
        if view.units[q].is_mention or w in HARD_BOUNDARIES or w == "," \
                or w in lex.prepositions and w not in OF_WORDS:
            return False
        if (w,) in lex.descriptors:
            return True
    return False


def _owner_described(view: SentenceView, t: int, agent: Unit, obj: Unit | None) -> bool:
    """True when the agent of a trigger inside an apposition is a description resolved to the
    apposition's own name or to the trigger's object: a description inside what is said of X
    does not stand for X, and the company bought does not buy itself; the agent is then no
    company we know, and the apposition's name is not it either."""
    seg = view.segment_of(t)
    if seg is None or seg.kind != "apposition" or agent.mentions[0].kind != ANAPHOR:
        return False
    owner = view.owner_unit(seg)
    if owner is None or owner is agent:
        return False
    mine = {e for u in (owner, obj) if u is not None for m in u.mentions for e in m.resolved}
    return bool(mine) and {e for m in agent.mentions for e in m.resolved} <= mine


def _unnamed_agent(view: SentenceView, obj_at: int, frame: Frame) -> bool:
    """An agent preposition right after the object ("le rachat de Y par le constructeur", "the
    purchase of Y by the group") whose phrase names no company we resolve: a date or an
    amount after it is no agent ("by 2026", "par an")."""
    k = obj_at + 1
    if k + 1 >= len(view.words) or (view.words[k],) not in frame.agent_preps:
        return False
    nxt = view.words[k + 1]
    return bool(nxt) and not nxt[0].isdigit() and nxt not in ("an", "mois", "jour", "year")


def _possessor(t: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    """The possessor of a nominal trigger: "CoreWeave's proposed acquisition", "son rachat"."""
    for k in range(t - 1, max(-1, t - 5), -1):
        u = view.units[k]
        if u.is_mention:
            return u if u.possessive else None
        w = u.norm
        if w in ("whose", "dont") and k > 0 and view.words[k - 1] == ",":
            seg = view.segment_of(k)  # "X, whose main supplier is Y": X is the possessor
            return view.owner_unit(seg) if seg is not None and seg.start == k - 1 else None
        if w in HARD_BOUNDARIES or w in (",", ".") or w in lex.prepositions:
            return None
    return None


def _in_apposition(view: SentenceView, k: int) -> bool:
    """True when the parenthesis at unit k lies inside an apposition segment ("X, installé à
    Céret (Pyrénées-Orientales), a annoncé": session 25, stakes26)."""
    seg = view.segment_of(k)
    return view.words[k] in ("(", ")") and seg is not None and seg.kind == "apposition"


def _subject(t: int, view: SentenceView, lex: Lexicon, frame: Frame) -> Unit | None:
    """The clause subject of the trigger at unit t (see module docstring)."""
    owner = _whose_participle(t, view)
    if owner is not None:
        return owner
    seg = view.segment_of(t)
    if seg is not None and seg.kind == "relative":
        for k in range(t - 1, seg.start + 1, -1):  # "Microsoft, dont il utilise le cloud"
            if view.words[k] in SUBJECT_RELATIVES and view.words[k - 1] in ("et", "and"):
                return _relative_antecedent(view, k, lex, frame.type == RelationType.COMPETES_WITH
                                            ) or view.owner_unit(seg)  # "X, qui a racheté Y
                # et qui en détient 70 %": X, not Y of the first relative (session 19, refs11)
            if view.words[k] in ("et", "and"):
                q = _coordinated_relative(view, seg, k, t, lex)
                if q is not None:  # "X, which bought A in 2021 and holds a stake in B": X
                    return _relative_antecedent(view, q, lex, frame.type ==  # (session 22)
                                                RelationType.COMPETES_WITH) or view.owner_unit(seg)
            u = view.units[k]
            if u.is_mention and not _possessive_pronoun(u) and _subject_ok(k, view, lex, frame):
                return u
        q = next((q for q in (seg.start, seg.start + 1) if 0 < q < t
                  and view.words[q] in SUBJECT_RELATIVES
                  and view.words[q - 1] in ("et", "and")), None)
        if q is not None and (first := _relative_antecedent(
                view, q, lex, frame.type == RelationType.COMPETES_WITH)) is not None:
            return first  # "X, qui a racheté Y en 2012 et qui en détient 70 %": X, the first
            # relative's antecedent, not Y before "et qui" (session 19, refs11)
        owner = view.owner_unit(seg)
        return last_member(owner) if _singular_relative(view, seg) else owner
    if seg is not None and seg.kind == "apposition" and not any(
            _plain_mention(view.units[k]) for k in range(seg.start + 1, t)):
        return view.owner_unit(seg)  # "X, premier actionnaire de Y," / "X, a supplier to Y,"
    units = view.units
    k = t - 1
    nearest: Unit | None = None
    gerund = _gerund(view, t)
    while k >= 0:
        w = view.words[k]
        if w == "dont" and _partitive_dont(view, k, t):
            k -= 1  # "X écoule 2 millions de bouteilles, dont une large part pour A": a share
            continue  # of the main clause's object, no clause of its own (session 16, french2)
        if (w in HARD_BOUNDARIES and not _in_apposition(view, k)) \
                or w in lex.complementizers or w in lex.relative_pronouns:
            break  # a place's parenthesis inside an apposition is skipped with it below
        if w == "," and nearest is None:
            skip = _set_off_clause_before(view, k)
            if skip is not None:  # "X exporte vers la Chine, où Y est son client, et produit
                k = skip  # ... avec Z": the coordinated verb's subject is X, not Y
                continue
        inner = view.segment_of(k)
        if inner is not None and (seg is None or inner.start > seg.start) and k != inner.owner:
            k = inner.start - 1
            continue
        u = units[k]
        if u.is_mention and _clause_preposition_subject(k, t, view, lex):
            return u  # "Quistor fell after Korvane took a stake in Y": that clause's subject
        if u.is_mention and _subject_ok(k, view, lex, frame):
            if _clause_initial(k, view, lex):
                return nearest if nearest is not None and _possessed_head(view, k, nearest, lex) \
                    else u  # "Velmora's rival Tarvex buys ...": Tarvex buys
            nearest = u if gerund else nearest or u
        k -= 1
    if nearest is None and k >= 0 and view.words[k] in SUBJECT_RELATIVES:
        return _relative_antecedent(view, k, lex, frame.type == RelationType.COMPETES_WITH)
    if nearest is None and t == 0 and frame.type in _FRONTED_TYPES:
        return _fronted_subject(view, lex, frame.opening, frame.opening)  # "Face à A et à
        # B, qui ..., X mise ...": past the relative clause too (session 23), and "la PME"
        # for X (session 24)
    if nearest is None and 0 < t <= 4 and frame.type == RelationType.COMPETES_WITH \
            and rival_opening(view.words):
        return _fronted_subject(view, lex, True, True)  # "Face à des rivaux tels que A ou B,
        # X mise ...": the name (or "la société", session 24) after the opening phrase's
        # comma (session 20, rivals3)
    return nearest


_SINGULAR_VERBS = frozenset({"a", "est", "etait", "avait", "sera", "fut", "va", "vient",
                             "has", "is", "was"})
"""Singular verbs and auxiliaries that open a subject relative clause ("qui a levé", "which
has raised"): after a list of names the clause tells of its last member only."""


def _singular_relative(view: SentenceView, seg: Segment) -> bool:
    """True when the subject relative clause `seg` after a list of names opens on a singular
    verb (session 22): "des concurrents comme A et B, qui a obtenu 9 millions d'euros auprès de
    Y" (B raised; "A et B, qui ont levé" tells of both)."""
    words = view.words
    q = next((q for q in (seg.start, seg.start + 1) if q + 1 < len(words)
              and words[q] in SUBJECT_RELATIVES), None)
    return q is not None and words[q + 1] in _SINGULAR_VERBS


def _coordinated_relative(view: SentenceView, seg: Segment, a: int, t: int, lex: Lexicon
                          ) -> int | None:
    """The subject relative pronoun that opens the relative clause `seg` when the "and"/"et"
    at unit a coordinates a second verb of that clause with no subject of its own before the
    trigger at t (session 22): "X, which bought A in 2021 and holds a stake in B", "X, qui a
    racheté A et détient 30 % de B" (the pronoun's; not "which bought A and B", nor "which A
    bought and now runs": an object relative's subject is A)."""
    words, units = view.words, view.units
    if any(units[q].is_mention for q in range(a + 1, t)) \
            or words[a + 1] in lex.determiners or words[a + 1] in lex.prepositions \
            or not view.tokens[units[a + 1].first].text[:1].islower():
        return None
    q = next((q for q in (seg.start, seg.start + 1) if q < a and words[q] in SUBJECT_RELATIVES),
             None)
    if q is None or q + 1 >= a or units[q + 1].is_mention:
        return None
    return q


def _whose_participle(t: int, view: SentenceView) -> Unit | None:
    """The owner of a "whose"/"dont" relative cut short by the comma before a participle the
    trigger is in: the participle tells of the owned noun, so of its owner ("Quistor affronte
    Velmora, dont les lunettes, conçues en partenariat avec Kandor, ...": Velmora)."""
    words, units = view.words, view.units
    c = next((q for q in range(t - 1, max(0, t - 4), -1) if words[q] == ","), None)
    if c is None or c < 2 or any(units[q].is_mention for q in range(c + 1, t + 1)):
        return None
    seg = next((g for g in view.segments if g.end == c and g.kind == "relative"
                and g.start + 1 < c and words[g.start + 1] in ("whose", "dont")), None)
    if seg is None or not words[c + 1].endswith(
            _FR_PARTICIPLE_ENDS if words[seg.start + 1] == "dont" else ("ed",)):
        return None
    u = view.owner_unit(seg)
    return u if _plain_mention(u) else None


_SET_OFF_OPENERS = frozenset({"where", "which", "who", "whose", "qui", "dont"})
"""Words that open a clause set off by commas after a noun: the name after them is that
clause's own, not the subject of a verb coordinated after it."""


def _set_off_clause_before(view: SentenceView, c: int) -> int | None:
    """The unit before a clause set off by commas that ends at the comma at unit c, when a
    verb with no subject of its own is coordinated after that comma (", et produit",
    ", and runs"): "X exporte vers la Chine, où Y est son client, et produit ..." (the unit
    of "Chine"), None when the comma closes no such clause."""
    words, units = view.words, view.units
    if c + 2 >= len(words) or words[c + 1] not in ("et", "and") \
            or units[c + 2].is_mention or words[c + 2] in HARD_BOUNDARIES \
            or not view.tokens[units[c + 2].first].text[:1].islower():
        return None
    for b in range(c - 1, max(0, c - 25), -1):
        if words[b] in HARD_BOUNDARIES or words[b] in ("et", "and"):
            return None
        if words[b] == ",":
            opener = view.tokens[units[b + 1].first].text.lower()
            return b - 1 if b >= 1 and (words[b + 1] in _SET_OFF_OPENERS or opener == "où") \
                else None
    return None


_SHARE_NOUNS = frozenset({"part", "partie", "moitie", "majorite", "essentiel", "tiers", "quart",
                          "%"})


def _partitive_dont(view: SentenceView, k: int, t: int) -> bool:
    """True when the "dont" at unit k, after a comma and a plain noun, opens a share of what
    the clause before names, with no verb of its own before the trigger at t: ", dont une
    large part", ", dont la moitié", ", dont 40 %" (not ", dont Quistor détient 30 %")."""
    words, units = view.words, view.units
    if k < 2 or t - k > 6 or words[k - 1] != "," or units[k - 2].is_mention \
            or not words[k - 2].isalpha():
        return False  # a share names a few words at most: ", dont près de la moitié pour A"
    ahead = words[k + 1:min(t, k + 6)]
    return any(w in _SHARE_NOUNS for w in ahead) \
        and not any(units[q].is_mention for q in range(k + 1, t))


_FRONTED_TYPES = frozenset({RelationType.ACQUIRES, RelationType.SUPPLIES,
                            RelationType.COMPETES_WITH, RelationType.PARTNERS_WITH})
"""Relation types a sentence-opening clause gives its subject to (rivals and partners since
session 16: "Partenaire de X, Quistor ..."). INVESTS_IN ("Détenue à 60 %
par X, Y") was tried: unread +1 TP / +1 FP; left out."""


def _fronted_subject(view: SentenceView, lex: Lexicon,
                     past_relative: bool = False, described: bool = False) -> Unit | None:
    """The subject of a clause that a participle or a noun opens at the sentence start and a
    comma closes (session 15): "Rachetée en 2020 par X, Quistor ...", "Fournisseur de X
    depuis 2020, la société Quistor ...", "Acquired by X in 2020, Quistor ...": the first
    name after the first comma, with at most a determiner and a descriptor before it; None
    otherwise. With `past_relative`, a relative clause set off after the phrase's last name
    is passed over (session 21, cues3): "Face à des rivaux comme A et B, qui ont ouvert des
    campus, X mise ...", "Facing rivals such as A, which ..., X ...". With `described`, a
    singular description may be the subject too (session 24, rivals25): "Face à A et à B,
    qui dominent le marché, la PME joue la carte du service"."""
    units, words = view.units, view.words
    comma = next((c for c in range(1, min(len(units), 20)) if words[c] == ","), None)
    if comma is None or any(w in HARD_BOUNDARIES or w in lex.relative_pronouns
                            for w in words[:comma]):
        return None
    if past_relative and units[comma - 1].is_mention:
        rel = next((g for g in view.segments if g.kind == "relative" and g.start == comma
                    and g.end < len(words) and words[g.end] == ","), None)
        comma = rel.end if rel is not None else comma
    for m in range(comma + 1, min(len(units), comma + 6)):
        if words[m] in lex.prepositions or words[m] in HARD_BOUNDARIES or words[m] == ",":
            return None
        if units[m].is_mention:
            kinds = [x.kind for x in units[m].mentions]
            return units[m] if _plain_mention(units[m]) and (
                all(x == NAME for x in kinds) or described and kinds == [ANAPHOR]) else None
    return None


def _possessed_head(view: SentenceView, k: int, head: Unit, lex: Lexicon) -> bool:
    """True when the possessive name at k and the name `head` make one noun phrase, "X's
    rival Y", "X's long-time supplier Y", "X rival Y": one to three lower-case words between,
    no comma; the head, not the possessor, is the subject."""
    if _possessive_pronoun(view.units[k]) or not (
            view.units[k].possessive or _rival_adjunct(view, k, lex)):
        return False
    at = _unit_index(view.units, head)
    words = [view.words[q] for q in range(k + 1, at) if view.words[q] != "-"]
    return 1 <= len(words) <= 3 and all(
        not view.units[q].is_mention and (view.words[q] == "-" or view.words[q].isalpha()
                                          and view.tokens[view.units[q].first].text.islower())
        for q in range(k + 1, at))


def _clause_preposition_subject(k: int, t: int, view: SentenceView, lex: Lexicon) -> bool:
    """True when the mention at k follows a preposition that opens a clause here ("after",
    "since", "until") and its verb follows it: nothing but a few lower-case words (auxiliaries,
    adverbs, "agreed to") stand between the name and the trigger at t. "After Korvane's exit"
    (a possessive) and "after Korvane, Quistor ..." (a comma) stay prepositional."""
    if not lex.clause_prepositions or view.units[k].possessive:
        return False
    j = k - 1
    while j >= 0 and view.words[j] in lex.determiners:
        j -= 1
    if j < 0 or view.words[j] not in lex.clause_prepositions or t - k - 1 > 3:
        return False
    if view.words[j] == "as" and view.units[k].mentions[0].kind != NAME:
        return False  # "comes as X battles A" (session 15, residual); a description after
        # "as" is left as it was ("comes as the group pours money into Y": a joint venture)
    return all(not view.units[q].is_mention and view.words[q].isalpha()
               and (view.words[q] == "to" or view.words[q] not in lex.prepositions)
               for q in range(k + 1, t))


def _gerund(view: SentenceView, t: int) -> bool:
    """A trigger opening a gerund or participle clause set off after the main clause ("X will
    buy Y, joining forces with Z", "X rachète Y en s'associant à Z"): its subject is the main
    clause's subject, not the nearest name (the main verb's object)."""
    words = view.words
    before = words[t - 1] if t > 0 else ""
    if before == "s'" and t > 1:
        before = words[t - 2]
    return before == "en" or (before == "," and words[t].endswith("ing"))


_NAME_TAILS = frozenset({"group", "groupe"})
"""Capitalised last words of a company name that a mention may leave outside its span (a
function word of the lexicon): "AD Ports Group, which holds ..."."""


_DESCRIPTION_REACH = 6
"""How many words back from a subject relative pronoun `_relative_antecedent` reads a
description to the name it is set off from; a hyphenated word counts once (session 22: "Y,
the Oslo venture-capital fund that controls" is six words; eight units were read as six, and
a longer reach took descriptions with a complement, "a maker of pumps and valves for ships
that", to the wrong name's reference)."""


def _relative_antecedent(view: SentenceView, k: int, lex: Lexicon,
                         rivalry: bool = False) -> Unit | None:
    """The name a subject relative pronoun at unit k stands for: the name right before it
    ("Zentrix, which makes"), or the name a description before it is set off from ("Quarnel
    Holding, le fonds norvégien qui avait racheté X", "Travenor, the firm that holds")."""
    units, words = view.units, view.words
    j = k - 1
    if j >= 0 and words[j] in ("et", "and"):  # "qui avait racheté X et qui en conservera"
        first = next((q for q in range(j - 1, max(-1, j - 16), -1)
                      if words[q] == words[k] and words[q] in SUBJECT_RELATIVES), None)
        return _relative_antecedent(view, first, lex, rivalry) if first is not None else None
    if j >= 0 and words[j] == ",":
        j -= 1
    if j >= 1 and words[j] in _NAME_TAILS and not units[j].is_mention \
            and view.tokens[units[j].first].text[:1].isupper() and _plain_mention(units[j - 1]):
        j -= 1  # "Dubai's Kandor Group, which holds": the name's capitalised last word
    if j >= 0 and _plain_mention(units[j]):
        return units[j]
    start = j
    read = 0  # words of the description, a hyphen's parts one word ("private-equity")
    while j >= 0 and read < _DESCRIPTION_REACH and not units[j].is_mention \
            and words[j] != "," \
            and words[j] not in HARD_BOUNDARIES and words[j] not in lex.relative_pronouns:
        read += words[j] != "-" and (j == 0 or words[j - 1] != "-")
        j -= 1
    if j >= 1 and j < start and words[j] == "," and words[j + 1] in lex.determiners \
            and _plain_mention(units[j - 1]):  # a singular description tells of a list's last
        single = singular_description(view, j + 1, k, lex)  # member only
        return last_member(units[j - 1]) if single else units[j - 1]
    if j >= 0 and j < start and units[j].possessive and not _possessive_pronoun(units[j]) \
            and any(w in PART_NOUNS for w in words[j + 1:start + 1]):
        return units[j]  # "Velmora's defence business, which makes X": the company acts
    if rivalry and j >= 0 and j < start and units[j].possessive \
            and not _possessive_pronoun(units[j]) \
            and words[start] in lex.product_nouns:  # "X's cloud platform, which competes
        return units[j]  # with A": a product in competition stands for its maker
    if j >= 0 and j < start and _plain_mention(units[j]) \
            and all(place_adjective(w, lex) for w in words[j + 1:start + 1]):
        return units[j]  # "La société lyonnaise, qui affronte X"
    return None


def _clause_initial(k: int, view: SentenceView, lex: Lexicon) -> bool:
    """True when the mention at k opens a clause: sentence start, or after a comma, a
    conjunction, "that"/"que", a relative pronoun or a speech verb ("said Y would"), with
    only a determiner or a place told before the name ("and Ohio-based Y", "et le lyonnais
    Y")."""
    j = k - 1
    place = next((size for size in (2, 3, 4) if k - size >= 0
                  and _place_before_name(view, k - size, lex) == size), 0)
    if place and k - place - 1 >= 0 and view.words[k - place - 1] in _JOINS:
        j -= place  # "and Ohio-based Y bought Z", ", while Norway's Y" (session 22, rivals)
    while j >= 0 and (view.words[j] in lex.determiners or view.words[j] in lex.nationalities
                      or j >= 1 and view.words[j - 1] in lex.determiners and (
                          place_adjective(view.words[j], lex)
                          or region_adjective(view.words[j]))):
        j -= 1  # "et le lyonnais Y a racheté Z"
    if j < 0:
        return True
    w = view.words[j]
    return (w in (",", ";", ":", "and", "et", "but", "mais", "or", "ou", "«", "\"", "“", "where")
            or w in _CLAUSE_ONE or w in _SUBORDINATORS or w in lex.complementizers
            or w in lex.relative_pronouns or match_ending_at(view.words, j + 1, lex.speech_verbs)
            is not None)


_JOINS = frozenset({",", "and", "et", "but", "mais", "while", "whereas"})
"""Words after which a place told before a name still leaves the name opening its clause."""
_SUBORDINATORS = frozenset({"when", "whenever", "because", "once", "unless", "lorsque",
                           "lorsqu'", "quand", "car", "puisque", "puisqu'", "si"})
"""Conjunctions that open a clause of their own ("Velmora a progressé quand Kandor a signé un
partenariat avec Y", "... because Kandor bought Y"): the name after them is that clause's
subject (session 17, attachment)."""


_PREDICATE_BREAKS = _SUBORDINATORS | _CLAUSE_ONE | {
    "after", "before", "until", "apres", "avant", "tandis", "alors"}
"""Conjunctions between a copula and a relation noun that open another clause ("the deal was
signed after Y's owners voted"): the noun is that clause's, no predicate (session 22; two
passes wrote it, merged as one list)."""


def _subject_ok(k: int, view: SentenceView, lex: Lexicon, frame: Frame) -> bool:
    u = view.units[k]
    m = u.mentions[0]
    pronoun = m.kind == PRONOUN and m.possessive
    if pronoun and frame.subject_possessor_only and frame.type == RelationType.SUPPLIES \
            and _goods_of_possessive(k, view, lex):
        return True  # "Les serrures de ses modèles sont fournies par Y" (session 25, supply16)
    if pronoun and not (frame.subject_possessor_only and _clause_start(k, view, lex)):
        return False  # "Its chiplets are made by X" only where "its" opens the clause
    if u.possessive and not (frame.subject_possessor_only or _clause_start(k, view, lex)):
        return False
    if u.possessive and not frame.subject_possessor_only \
            and any(w in COUNTERPART_HEADS for w in view.words[k + 1:k + 3]):
        return False  # "Kandor's supplier bought Y": the supplier buys, not Kandor (session 17)
    if frame.subject_possessor_only and _of_possessor(k, view, lex,
                                                       frame.requires_before - _RESOLD,
                                                       any_goods=_made_passive(k, view, frame),
                                                       deverbal=frame.deverbal_services):
        return True  # "les turbines de X sont fabriquées par Y"; a service noun the frame
        # requires before it: "la maintenance de X est assurée par Y" (session 21, supply7)
    if frame.subject_possessor_only and not (u.possessive or pronoun):
        return False
    j = k - 1
    while j >= 0 and (view.words[j] in lex.determiners or view.words[j] in lex.nationalities
                      or (view.words[j],) in lex.descriptors or view.words[j] in lex.org_heads
                      or "-" in (view.words[j], view.words[j - 1] if j > 0 else "",
                                 view.words[j + 1])
                      or (view.units[j].is_mention
                          and view.units[j].mentions[0].kind == ANAPHOR)):
        if _bare_kind_noun(view.words, j, lex):
            break  # "Le transporteur de fonds X a racheté Y": "de fonds" tells the trade of
            # the description before X, not a fund X is inside (session 19, french)
        j -= 1  # "avec la coopérative néo-zélandaise X": X is inside a prepositional phrase
    if j < 0:
        return True
    prev = view.words[j]
    if prev not in lex.prepositions and (_with_described(view, k, lex)
                                         or _with_noun_phrase(view, k, len(view.words), lex)):
        return False  # "X a signé avec le fabricant de capteurs Y un accord": Y is inside
        # the "avec" phrase (session 17, fronted; session 18: "avec le scieur vendéen Y une")
    if prev in ("de", "d'") and j > 0 and view.words[j - 1] in _MAKE_OF:
        return True  # "une opération qui fait de X le premier actionnaire de Y"
    if _capital_of(view.words, j, frame):
        return True  # "Le capital de X est détenu à 25 % par Y" (session 22)
    if prev in ("a", "au") and j > 0 and view.words[j - 1] in _ALLOW \
            and k + 1 < len(view.words) and view.words[k + 1] in ("de", "d'"):
        return True  # "l'accord permettra à X de mieux lutter contre A": X is the
        # infinitive's subject, like "helps X compete" (session 20, rivals3)
    return prev == "," or prev not in lex.prepositions or _group_members(k, view)


_CAPITAL_HEADS = frozenset({"capital", "actionnariat", "shares"})


def _capital_of(words: list[str], j: int, frame: Frame) -> bool:
    """True when the preposition at j ties the name after it to the capital that opens the
    clause, as the subject of a stake's passive (session 22): "Le capital de X est détenu à
    25 % par Y", "L'actionnariat du groupe est détenu à 60 % par Y" (X, or the company the
    description stands for, is held)."""
    return frame.type in _STAKE_TYPES and frame.subject == "target" \
        and words[j] in OF_WORDS_NO_DES and j > 0 and words[j - 1] in _CAPITAL_HEADS \
        and (j == 1 or j == 2 and words[0] in ("le", "l'", "the"))


def _bare_kind_noun(words: list[str], j: int, lex: Lexicon) -> bool:
    """True when the organisation head at j is a bare noun after "de" that follows a
    description's noun ("le transporteur de fonds", "le gestionnaire de fonds"): a trade, no
    determiner before it, so no named organisation it heads."""
    return words[j] in lex.org_heads and j >= 2 and words[j - 1] in ("de", "d'") \
        and words[j - 2] not in lex.determiners and words[j - 2].isalpha() \
        and words[j - 2] not in lex.prepositions and words[j - 2] not in lex.org_heads


def _with_described(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when the name at unit k ends a short description of a kind of company opened by
    "avec"/"with" ("avec le fabricant de capteurs Y", "with sensor maker Y")."""
    for q in range(k - 1, max(-1, k - 7), -1):
        if view.units[q].is_mention or view.words[q] in HARD_BOUNDARIES \
                or view.words[q] in (",", "."):
            return False
        if view.words[q] in _WITH:
            return _company_noun_phrase(view, q + 1, k, lex)
    return False


_MAKE_OF = frozenset({"fait", "font", "fera", "feront", "ferait", "feraient", "faisant",
                      "faire"})
"""French "faire de X le ...": X is what the noun after it says ("fait de X le premier
actionnaire de Y")."""
_ALLOW = frozenset({"permet", "permettent", "permettra", "permettront", "permettrait",
                    "permettraient", "permettre", "permettait", "permis", "permettant"})
"""French "permettre à X de + infinitive": X is the infinitive's subject."""


_PRODUCT_ADJECTIVES = frozenset({"premier", "premiere", "premiers", "premieres", "nouveau",
                                 "nouvelle", "nouveaux", "nouvelles", "dernier", "derniere",
                                 "prochain", "prochaine", "first", "new", "latest", "next",
                                 # counts: "Les deux bateaux de X ont été construits par Y"
                                 "deux", "trois", "quatre", "cinq", "six", "two", "three",
                                 "four", "five", "derniers", "dernieres"})
_SERVICE_WORDS = frozenset({"services", "service", "supplies", "equipment", "deliveries",
                            "maintenance", "cleaning", "catering", "logistics", "prestations"})
_JOINT_WORDS = frozenset({"joint", "development", "co", "research", "commune", "conjoint",
                          "developpement", "recherche", "partnership", "partenariat"})


def _for_goods(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when "for" / "pour" at k opens a noun phrase of goods or services (up to five
    words, to a comma or an "of"/"to"): "with Y for spare parts and tools", "pour des pièces
    détachées", "for cleaning services"; never "for the joint development of batteries"."""
    if k >= len(words) or words[k] not in _FOR:
        return False
    phrase_words: list[str] = []
    for w in words[k + 1:k + 6]:
        if w in (",", ".", ";", "to", "of", "de", "d'", "a") or w in HARD_BOUNDARIES:
            break
        phrase_words.append(w)
    if any(w in _JOINT_WORDS for w in phrase_words):
        return False
    return any(w in _GOODS or w in _SERVICE_WORDS or w in lex.product_nouns
               for w in phrase_words)


_GOODS = frozenset({
    "produits", "products", "marques", "brands", "goods", "articles", "items",
    # the goods a retailer lists, as a family (folded): fr, then en
    "references", "gammes", "collections", "fromages", "vins", "spiritueux", "bieres",
    "boissons", "cosmetiques", "parfums", "bijoux", "vetements", "chaussures", "sacs", "jouets",
    "meubles", "biscuits", "yaourts", "glaces", "conserves", "surgeles", "cafes", "chocolats",
    "confiseries", "livres", "jeux", "lunettes", "complements", "ranges", "cheeses", "wines",
    "spirits", "beers", "drinks", "beverages", "cosmetics", "perfumes", "fragrances",
    "jewellery", "jewelry", "clothes", "clothing", "apparel", "shoes", "footwear", "bags",
    "toys", "furniture", "snacks", "yogurts", "chocolates", "books", "games", "eyewear",
    "supplements",
    # industrial equipment a supplier delivers (session 13, supply family): fr, then en
    "electrolyseurs", "cuve", "cuves", "eoliennes", "flotteurs", "rames", "grues", "piles",
    "membranes", "tubes", "cellules", "composants", "pieces", "equipements", "machines",
    "reacteurs", "antennes", "ecrans", "pompes", "compresseurs", "generateurs", "chaudieres",
    "panneaux", "onduleurs", "electrolysers", "electrolyzers", "vessels", "cranes", "cells",
    "components", "parts", "pumps", "compressors", "generators", "boilers", "panels",
    "inverters", "antennas", "screens",
    # equipment and inputs a company is fitted with or buys (session 15, supply recall):
    # fr, then en ("les fours de X sont équipés de brûleurs fournis par Y")
    "flacons", "bouteilles", "bouchons", "emballages", "etuis", "fours", "caves", "bruleurs",
    "robots", "capteurs", "lignes", "chaines", "navettes", "velos", "sondes", "logiciels",
    "logiciel", "solution", "solutions", "technologie", "application",
    "bottles", "caps", "packaging", "kilns", "ovens", "burners", "sensors", "bikes",
    "batches", "lines", "cartons"})
"""Generic nouns of what a company sells, only as the owned noun opening a clause ("les
produits de X sont vendus chez A"); never a reason to read a name as a product."""
_FACILITIES = frozenset({"usine", "usines", "centre", "siege", "entrepot", "entrepots",
                         "terminal", "stade", "laboratoire", "plant", "factory", "centres",
                         "center", "headquarters", "warehouse", "stadium", "laboratory"})
"""Facilities built for their owner, as the owned noun opening a clause ("la nouvelle usine
de X sera construite par Y")."""


_OFFERINGS = frozenset({"offerings", "offering", "offers", "services", "solutions", "platforms",
                        "tools", "software", "systems"})


def _goods_maker(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """The maker after a goods noun in a rival slot: "competes with products / offerings from
    A and B" (the goods stand for their maker, who is the rival); None when no such noun
    phrase opens at word k or a mention stands inside it."""
    words = view.words
    for j in range(k, min(len(words) - 1, k + 4)):
        if view.units[j].is_mention or words[j] in HARD_BOUNDARIES or words[j] in (",", "."):
            return None
        if words[j] in ("from", "by") and j > k and (
                words[j - 1] in _GOODS or words[j - 1] in _OFFERINGS
                or words[j - 1] in lex.product_nouns):
            return _mention_after(view, j + 1, lex)
    return None


def _of_possessor(k: int, view: SentenceView, lex: Lexicon,
                  services: frozenset[str] = frozenset(), any_goods: bool = False,
                  deverbal: bool = False) -> bool:
    """True when the mention at k owns the product noun before it, which opens the clause:
    "Les turbines de X", "The turbines of X"; with `services` (the service nouns a service
    passive requires), a service of X or on X's goods: "La maintenance de X", "La
    maintenance des avions de X" (session 21, supply7); with `any_goods` (a making passive
    right after X, `_made_passive`), any common noun but data and stakes: "Les volets de X
    sont motorisés par Y" (session 23); with `deverbal`, a task of X's named by a deverbal
    noun, over a coordinated complement too: "La conservation des gamètes et des embryons de X"
    (session 23, supply13)."""
    n = k - 2
    if k >= 1 and view.units[k].is_mention and view.units[k].mentions[0].kind == ANAPHOR \
            and view.tokens[view.units[k].first].norm in ("du", "des"):
        n = k - 1  # "Les fours du groupe sont équipés de brûleurs fournis par Y"
    elif k < 2 or view.words[k - 1] not in ("de", "d'", "du", "des", "of"):
        return False
    for _ in range(2):  # "Le logiciel de gestion des essais de X lui est fourni par Y": a
        # bare complement or two between the product noun and its owner (session 16, french2)
        if deverbal and view.words[n] == "et" and n >= 3:
            n -= 1  # "des gamètes et des embryons de X": the first complement
        if _owned_noun(view, n, lex) or view.words[n] in services or n < 2 \
                or view.words[n - 1] not in _BARE_OF \
                or not view.words[n].isalpha() or view.units[n].is_mention \
                or view.words[n] in lex.determiners:
            break
        n -= 2
    if not (_owned_noun(view, n, lex) or view.words[n] in services
            or any_goods and _plain_goods_noun(view, n, lex)
            or deverbal and _deverbal_service(view.words, n, n + 1)):
        return False
    j = n - 1
    if any_goods and j >= 0 and _plain_goods_noun(view, j, lex):
        j -= 1  # "Les volets roulants de X sont motorisés par Y": a noun and its adjective
    while j >= 0 and (view.words[j] in lex.determiners or view.words[j] in _PRODUCT_ADJECTIVES):
        j -= 1  # "Le premier processeur de X sera gravé par Y"
    if services and j >= 1 and view.words[j] in services and view.words[j + 1] in _BARE_OF:
        j -= 1  # "La maintenance des avions de X est assurée par Y"
        while j >= 0 and view.words[j] in lex.determiners:
            j -= 1
    return j < 0 or view.words[j] in (",", ";", ":")


_USED_AUX = frozenset({"are", "were", "is", "was", "been", "be", "already", "now", "also",
                       "still", "widely", "mainly", "currently", "being"})
"""Auxiliaries and adverbs between a possessed English plural noun and its passive."""


def _plain_possessed_goods(view: SentenceView, k: int, t: int, lex: Lexicon) -> bool:
    """True when the English possessor at k is followed by lower-case words only up to the
    passive at t, the last of them a plural noun (before "are", "were", "already"...): "X's
    truck courses are used by Y", whatever the goods noun (session 23, supply13). What a
    company argues, plans or reports, its money, its people and its premises stay out ("X's
    arguments were used by Y", "X's offices are used by Y"); a singular noun too ("X's
    name")."""
    words = view.words
    if lex.language != "en" or not view.units[k].possessive:
        return False
    q = t - 1
    while q > k and words[q] in _USED_AUX:
        q -= 1
    head = q
    if head <= k or head - k > 4 or not words[head].endswith("s") or words[head].endswith("ss") \
            or words[head] in _NOT_GOODS:
        return False
    return all(words[p].isalpha() or "-" in words[p] for p in range(k + 1, head + 1)) and all(
        not view.units[p].is_mention and view.tokens[view.units[p].first].text[:1].islower()
        and words[p] not in lex.function_words for p in range(k + 1, head + 1))


def _plain_goods_noun(view: SentenceView, n: int, lex: Lexicon) -> bool:
    """True when word n is a lower-case plural common noun that may stand for made goods:
    no mention, no function word, no data, stake or person noun ("les chiffres de X", "les
    actions de X", "les salariés de X" are not what a maker makes); a singular noun is as
    often an act ("le rachat de X a été réalisé par Y", "la stratégie de X")."""
    w = view.words[n]
    return w.isalpha() and w.endswith(("s", "x")) and not view.units[n].is_mention \
        and w not in lex.determiners \
        and w not in lex.function_words and w not in _NOT_GOODS \
        and view.tokens[view.units[n].first].text[:1].islower()


_NOT_GOODS = frozenset({
    # French: data and figures, stakes and money, people, acts (folded)
    "chiffres", "donnees", "informations", "resultats", "comptes", "previsions", "estimations",
    "statistiques", "images", "photos", "propos", "actions", "titres", "parts", "capital",
    "participation", "participations", "droits", "fonds", "dettes", "salaries", "employes",
    "dirigeants", "clients", "fournisseurs", "partenaires", "concurrents", "projets",
    "offres", "decisions", "rachats", "cessions", "fusions", "operations", "acquisitions",
    "investissements", "etudes",
    # English: what a company argues, plans, reports or owns, its people and premises
    "arguments", "plans", "ideas", "proposals", "findings", "figures", "numbers", "data",
    "results", "estimates", "forecasts", "comments", "remarks", "claims", "words", "methods",
    "shares", "stakes", "assets", "funds", "bonds", "notes", "loans", "profits", "earnings",
    "employees", "staff", "workers", "executives", "customers", "suppliers", "partners",
    "rivals", "projects", "rules", "guidelines", "policies", "terms", "prices",
    "rates", "names", "logos", "colours", "colors", "designs", "patents", "sites", "premises",
    "offices", "buildings", "facilities", "stores", "shops", "plants", "factories"})
"""Plural nouns of a company's that are no goods of it, both languages (one family since the
session 23 review: `_plain_goods_noun` and `_plain_possessed_goods` read it)."""

_PERFECT_AUX = frozenset({"ont", "a", "avaient", "avait"})
"""Auxiliaries of a French perfect passive before "été" ("ont été construits")."""
_BE_AUX = frozenset({"sont", "est", "seront", "sera", "etaient", "etait"})
"""Forms of "être" before a French passive participle ("sont fabriqués")."""


def _made_passive(k: int, view: SentenceView, frame: Frame) -> bool:
    """True when a French making passive follows the mention at k ("de X sont fabriqués",
    "de X ont été construits"): the noun phrase before "de X" is the goods made, whatever its
    noun (session 23). Only for frames whose agent is the maker and that require no noun."""
    if frame.type != RelationType.SUPPLIES or frame.agent_role != "source" \
            or frame.requires_before or frame.possessed_product:
        return False
    words = view.words
    q = k + 1
    if q + 1 < len(words) and words[q] in _PERFECT_AUX and words[q + 1] == "ete":
        q += 2
    elif q < len(words) and words[q] in _BE_AUX:
        q += 1
    else:
        return False
    return q < len(words) and any(words[q] == t[0] for t in frame.triggers if len(t) == 1)


_RESOLD = frozenset({"distribution", "sales", "commercialisation"})
"""Services whose provider takes the owner's goods to market ("la distribution des produits de
X est assurée par Y": X supplies Y, not the reverse); supply7 reads no owner before them."""


def _owned_noun(view: SentenceView, n: int, lex: Lexicon) -> bool:
    """True when word n is a product, goods or facility noun (what a possessor owns)."""
    w = view.words[n]
    return w in lex.product_nouns or w in _GOODS or w in _FACILITIES


def _passive_possessor(t: int, view: SentenceView, lex: Lexicon) -> Unit | None:
    """The possessive pronoun that opens the subject of a passive trigger ("Its calibre was
    developed with Y", "Son calibre, baptisé C28, a été mis au point avec Y"): what was made
    together is its owner's, so the owner is the partner (session 24). Only with the passive
    "be" right before the trigger and no other party in the clause before it but in a set-off
    phrase."""
    words, units = view.words, view.units
    if t < 2 or words[t - 1] not in _PASSIVE_AUX:
        return None
    for k in range(t - 2, -1, -1):
        u = units[k]
        if words[k] in HARD_BOUNDARIES or words[k] in lex.relative_pronouns \
                or words[k] in lex.complementizers:
            return None
        if not u.is_mention or view.segment_of(k) is not None:
            continue
        return u if _possessive_pronoun(u) and _clause_start(k, view, lex) else None
    return None


def _goods_of_possessive(k: int, view: SentenceView, lex: Lexicon) -> bool:
    """True when the possessive pronoun at k owns the complement of the goods noun phrase
    that opens the clause: "Les alimentations électroniques de ses luminaires sont fournies
    par Y", "The housings of its sensors are made by Y" (session 25, supply16): the
    pronoun's company receives the goods, as with "Ses serrures". The head noun is no data,
    stake or person (`_NOT_GOODS`), and only lower-case words stand between."""
    words = view.words
    if k < 2 or words[k - 1] not in ("de", "d'", "of"):
        return False
    j = k - 2
    head = -1
    while j >= 0 and k - 2 - j < 3 and words[j].isalpha() and not view.units[j].is_mention \
            and words[j] not in lex.determiners and words[j] not in lex.function_words \
            and view.tokens[view.units[j].first].text[:1].islower():
        head = j
        j -= 1
    if head < 0 or words[head] in _NOT_GOODS or j < 0 or words[j] not in lex.determiners:
        return False
    return _clause_start(j + 1, view, lex)


def _clause_start(k: int, view: SentenceView, lex: Lexicon) -> bool:
    j = k - 1
    while j >= 0 and view.words[j] in lex.determiners:
        j -= 1
    if j >= 1 and view.words[j] in ("and", "et", "but", "mais") and view.words[j - 1] == ",":
        j -= 1  # ", and its new plant will be built by X": a clause of its own (session 15)
    return j < 0 or view.words[j] in (",", ";", ":", "«", "\"", "“") \
        or view.words[j] in lex.complementizers


def _rivals(
    frame: Frame, t: int, end: int, view: SentenceView, lex: Lexicon, registry: Registry,
    possessor: Unit | None, obj_unit: Unit | None, obj_at: int,
) -> list[Candidate]:
    """Rivals nouns: "X's rivals A and B", "des concurrents de X, notamment A, B et C"."""
    words = view.words
    noun = next((q for q in range(t, max(t + 1, end)) if member_noun(words, q) is not None),
                None)
    if noun is not None and _named_as(view, noun, noun, lex, registry) is not None:
        return []  # "P named A and B as the rivals Q runs into": `noun_members` pairs them
    side_a = possessor or obj_unit
    if possessor is not None and _possessive_pronoun(possessor) and 0 < t <= 5 \
            and rival_opening(words):
        side_a = _fronted_subject(view, lex, True) or side_a  # "Face à ses concurrents A et
        # B, qui ..., X mise sur ...": the pronoun looks ahead to X (session 22, rivals)
    start = obj_at + 1 if obj_unit is not None else end
    side_b = None
    words = view.words
    seg = view.segment_of(t)
    stop = _opener_reach(view, start, min(len(view.units), start + 8), lex, obj_unit is None)
    if seg is not None and seg.kind == "apposition" and view.owner_unit(seg) is not side_a:
        side_b = view.owner_unit(seg)  # "IndiGo, Air India's main domestic rival,"
        stop = start
    named = (_appositive_name(view, start, lex) or _described_after(view, start, lex)) \
        if side_b is None else None
    if named is not None and named is not side_a:  # "its closest rival, Berlin-based Y,"
        side_b, stop = named, start
    for k in range(start, stop):
        w = words[k]
        if w == ":" and side_b is None and k - start <= 3 and k + 1 < len(view.units) \
                and _plain_mention(view.units[k + 1]) and view.units[k + 1] is not side_a \
                and all(words[q] in _RIVAL_MODIFIERS or words[q] in _NEW_RIVAL
                        or words[q] in lex.nationalities for q in range(start, k)):
            side_b = view.units[k + 1]  # "voit arriver un concurrent direct : Y", "a new
            break  # rival: Y": the colon announces the rival
        if w in HARD_BOUNDARIES or w in _COUNTERPART_PLURALS:
            break  # "X's rivals lost customers such as Y": Y is a customer (session 18)
        if view.units[k].is_mention and view.units[k] is not side_a:
            prev = words[k - 1] if k > 0 else ""
            opener = any(match_at(words, j, lex.list_openers) for j in range(max(0, k - 3), k)) \
                or _opener_before(view, k, lex)
            comma = next((c for c in range(k - 1, max(start, k - 4) - 1, -1)
                          if words[c] == ","), None)
            if prev == "," or opener or k == end or _modifiers_only(view, start, k, lex) \
                    or (comma is not None and _described_member(view, comma + 1, k, lex)):
                # "des rivaux bien plus gros, le danois A et le belge B en tête":
                # a nationality between the comma and the first rival (session 21, cues3)
                side_b = _after_relative(view, k, lex, view.units[k])
            break
    if side_a is not None and side_b is None:
        side_b = _copula_complement(view, end, lex)  # "X's closest rival is Y"
    if side_a is None or side_b is None:
        subject = _subject(t, view, lex, frame)
        if side_a is None:
            side_a = subject
        elif side_b is None and possessor is not None and _rivals_in_phrase(view, possessor, lex):
            return []  # "the deal puts X on an equal footing with its rivals": the subject is
            # no rival of the possessor (session 22, rivals)
        elif side_b is None:
            side_b = subject
    if side_a is None or side_b is None:
        return []
    if seg is not None and seg.kind == "apposition" and side_a is side_b \
            and not _clause_initial(seg.owner, view, lex):
        return []  # "X affronte A et B, deux concurrents plus gros": X's rivals, not each
        # other's (session 18); "A et B, deux concurrents directs, ont fusionné" stays
    return _pairs(frame.type, side_a.mentions, side_b.mentions, "source", view, t, end, registry)


_MEMBER_PREPS = frozenset({"of", "among", "amongst", "as", "de", "d'", "des", "du", "parmi",
                           "comme", "en", "pour"})
"""Prepositions before a possessed rival noun that still make a name of the clause one of the
rivals: partitive ("Quistor is one of its rivals", "compte parmi ses concurrents") or
predicative ("which X singles out as its main rivals", "que X désigne comme ses rivaux")."""


def _rivals_in_phrase(view: SentenceView, possessor: Unit, lex: Lexicon) -> bool:
    """True when the rival noun's possessor opens the phrase of a preposition that is not
    partitive ("with its larger rivals", "face à ses concurrents", "against X's rivals"): the
    rivals are the preposition's complement, so the clause subject is not one of them."""
    p = _unit_index(view.units, possessor)
    return p >= 1 and view.words[p - 1] in lex.prepositions \
        and view.words[p - 1] not in _MEMBER_PREPS


def _owned_rivals_after(view: SentenceView, at: int) -> bool:
    """True when the list at unit `at` is set off by an apposition that makes its members
    someone's rivals ("dominé par A et B, ses deux grands concurrents,", "by A and B, its
    main rivals"): they are that company's rivals, not each other's (session 22, rivals)."""
    units, words = view.units, view.words
    if at + 2 >= len(units) or words[at + 1] != "," or not units[at + 2].is_mention \
            or not _possessive_pronoun(units[at + 2]):
        return False
    return any(member_noun(words, q) == (RelationType.COMPETES_WITH, "source")
               for q in range(at + 3, min(len(words), at + 6)))


def _described_member(view: SentenceView, start: int, k: int, lex: Lexicon) -> bool:
    """True when only modifiers (`_modifiers_only`) or a company noun stand between a comma
    after a rival noun and the name at unit k (session 21, cues3): "deux concurrents bien
    installés, l'espagnol A", "..., le réseau parisien A"; a capitalised company noun is
    the start of a name cut short ("son rival, la Société Havrane de Levage")."""
    return all((w,) in lex.descriptors and w not in lex.product_nouns
               and view.tokens[view.units[q].first].text[:1].islower()
               or _modifiers_only(view, q, q + 1, lex)
               for q, w in enumerate(view.words[start:k], start=start))


_COUNTERPART_PLURALS = frozenset({"customers", "customer", "clients", "client", "clientes",
                                "suppliers", "fournisseurs", "partners", "partenaires",
                                "investors", "investisseurs", "shareholders", "actionnaires",
                                "distributors", "distributeurs", "retailers", "enseignes"})
"""Plural nouns of a company's counterparts: a list after one of them names no rival."""


def _opener_reach(view: SentenceView, start: int, stop: int, lex: Lexicon,
                  qualified: bool = False) -> int:
    """`stop` stretched to four words past a list opener that starts at most four words after
    the rival noun: "des concurrents bien établis, à commencer par le nantais Y"
    (session 18); "les concurrents de X ont perdu des clients, comme Y" names no rival. When
    the rival noun has no named complement (`qualified`), a comma before the opener takes
    none of the four words: "des rivaux nettement plus grands, à commencer par Y"
    (session 21, cues3)."""
    words = view.words
    reach = start + 5 + (qualified and "," in words[start:start + 5])
    for k in range(start, min(stop, reach)):
        if words[k] in HARD_BOUNDARIES or view.units[k].is_mention:
            break
        opener = match_at(words, k, lex.list_openers) \
            if words[k] in _openers_first(lex) else None
        if opener is not None:
            return min(len(view.units), max(stop, k + len(opener) + 4))
    return stop


def _opener_before(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when a list opener ends at most three words before the name at unit k with only
    a determiner, a nationality or a place's possessive between (session 18, rivals): "des
    concurrents, à commencer par le nantais Y", "rivals such as the Philippines' Y"."""
    words = view.words
    for e in range(max(1, k - 3), k):
        if match_ending_at(words, e, lex.list_openers) is not None:
            return _modifiers_only(view, e, k, lex)
    return False


_RIVAL_MODIFIERS = frozenset({"main", "closest", "biggest", "largest", "nearest", "direct",
                              "principal", "principaux", "principale", "principales", "grand",
                              "grands", "directs", "directe", "directes", "historique",
                              "historiques", "european", "americain", "global", "domestic",
                              "notamment", "including", "such", "as", ","})


_NEW_RIVAL = frozenset({"new", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
                        "serious", "serieux", "serieuse", "redoubtable", "redoutable", "direct",
                        "directs", "local", "locale"})
"""Adjectives that may stand after a rival noun before the colon that announces the rival."""


def _modifiers_only(view: SentenceView, start: int, k: int, lex: Lexicon) -> bool:
    """True when only adjectives, nationalities or a place's possessive ("Switzerland's",
    "the Philippines'") stand between a rival noun and the name: "ses concurrents français
    Quellvent"."""
    for j in range(start, k):
        u = view.units[j]
        w = view.words[j]
        if w in lex.nationalities or w in _RIVAL_MODIFIERS or w in lex.determiners \
                or place_adjective(w, lex) or region_adjective(w):
            continue  # ... "son concurrent lorrain Y", "its Texan rival Y" (session 16)
        if w in ("'s", "'") or (not u.is_mention and view.tokens[u.first].text[:1].isupper()
                                and j + 1 < k and view.words[j + 1] in ("'s", "'")):
            continue
        return False
    return True


_COPULA_REACH = 9
"""Words from the rival noun to its copula: a superlative and an arena may stand between ("Son
concurrent le plus direct sur le comté reste Y")."""


def _copula_complement(view: SentenceView, end: int, lex: Lexicon) -> Unit | None:
    """The name after a copula that follows the rival noun: "X's closest rival (in Y) is Z",
    "Son concurrent le plus direct sur le comté reste la coopérative Z", also after a
    dislocated subject: "Ses vrais concurrents, ce sont Y et Z"."""
    words = view.words
    for k in range(end, min(len(view.units), end + _COPULA_REACH)):
        w = words[k]
        if k >= end + 6 and view.units[k].is_mention:
            return None  # past six words, an arena of plain words only ("sur le comté")
        if w == "," and words[k + 1:k + 2] in (["ce"], ["c'"]) \
                and words[k + 2:k + 3] and words[k + 2] in _COPULAS:
            continue
        if w in HARD_BOUNDARIES or w == ",":
            return None
        if w in _COPULAS:
            found = _mention_after(view, k + 1, lex)
            if found is not None and any(x in lex.prepositions and x not in OF_WORDS
                                         or x in _PREDICATE_PREPS
                                         for x in view.words[k + 1:found]):
                return None  # "ses clients sont satisfaits de Y": Y is no customer
            return view.units[found] if found is not None and (
                found <= k + 3 or _company_noun_phrase(view, k + 1, found, lex)) else None
    return None


_PREDICATE_PREPS = frozenset({"de", "d'", "du", "des", "of", "par", "by"})
"""A preposition between a copula and a name makes the name an adjective's or a participle's
complement ("sont satisfaits de Y", "are happy with Y"), not the noun's predicate; "est
l'allemand Y" and "is Y" keep it."""


_STRENGTH = {NAME: 3, PLURAL: 2, "anaphor": 1, PRONOUN: 0}


def _strength(mentions: tuple[Mention, ...]) -> float:
    """How directly a side names its entity: names, then possessive pronouns (bound to their
    clause's subject: "son offre sur l'éditeur"), then descriptions, then other pronouns."""
    return min((1.5 if m.kind == PRONOUN and m.possessive else _STRENGTH.get(m.kind, 0)
                for m in mentions), default=0)


def _entities(m: Mention, registry: Registry, exclude: set[str]) -> list[str]:
    """The organisation entities a mention stands for (antecedents skip `exclude`)."""
    if m.kind == NAME:
        ids = [m.entity] if m.entity else []
    elif m.kind == PLURAL:
        ids = list(m.members)
    else:
        ids = [c for c in m.candidates if c not in exclude][:1]
    # an outlet named in an argument slot is a party ("X agreed to buy <a newspaper>"); only
    # a name can make it one, never a description or a pronoun
    return [e for e in ids if registry.type_of(e) in ORG_TYPES
            or (m.kind == NAME and registry.type_of(e) == EntityType.PUBLISHER)]


def _pairs(
    rtype: RelationType, left: tuple[Mention, ...], right: tuple[Mention, ...], left_role: str,
    view: SentenceView, t: int, end: int, registry: Registry,
) -> list[Candidate]:
    right_names = {e for m in right if m.kind == NAME and m.entity for e in [m.entity]}
    left_names = {e for m in left if m.kind == NAME and m.entity for e in [m.entity]}
    if _strength(right) > _strength(left):  # resolve the better-grounded side first
        rights = [e for m in right for e in _entities(m, registry, left_names)]
        lefts = [e for m in left for e in _entities(m, registry, right_names | set(rights))]
    else:
        lefts = [e for m in left for e in _entities(m, registry, right_names)]
        rights = [e for m in right for e in _entities(m, registry, left_names | set(lefts))]
    out = []
    for a in dict.fromkeys(lefts):
        for b in dict.fromkeys(rights):
            if a == b:
                continue
            src, tgt = (a, b) if left_role != "target" else (b, a)
            if rtype in _SYMMETRIC and tgt < src:
                src, tgt = tgt, src
            out.append(Candidate(rtype, src, tgt, view.index, t, end))
    return out


def with_status(cands: list[Candidate], status: str | None) -> list[Candidate]:
    """The candidates marked with their frame's own status, if it has one."""
    if status is None:
        return cands
    return [Candidate(c.type, c.source, c.target, c.sentence, c.trigger, c.trigger_end, status)
            for c in cands]


_DATIVE_PREPOSITIONS = frozenset({"a", "au", "aux"})


def _dative_object(words: list[str], end: int, obj_at: int) -> bool:
    """True when the last preposition before a partnership's object group is "à" / "au" /
    "aux": a group met, joined or added to, whose members are not named as each other's
    partners (those stand after "entre", "de", "avec")."""
    preps = [w for w in words[end:obj_at] if w in _DATIVE_PREPOSITIONS
             or w in ("entre", "de", "d'", "avec", "with", "between", "of")]
    return bool(preps) and preps[-1] in _DATIVE_PREPOSITIONS


def _within(
    rtype: RelationType, group: tuple[Mention, ...], view: SentenceView, t: int, end: int,
    registry: Registry,
) -> list[Candidate]:
    ids = list(dict.fromkeys(e for m in group for e in _entities(m, registry, set())))
    return [Candidate(rtype, a, b, view.index, t, end)
            for i, a in enumerate(ids) for b in ids[i + 1:]]


_MEMBER_MODIFIERS = frozenset({"main", "biggest", "largest", "bigger", "larger", "big", "large",
                               "major", "key", "top", "leading", "closest", "chief", "existing",
                               "current", "global", "domestic", "european", "american",
                               "two", "three", "four", "both", "principaux", "principales",
                               "principal", "principale", "grands", "grandes", "gros", "plus",
                               "premiers", "premieres", "historiques", "historique", "actuels",
                               "actuelles", "deux", "trois", "quatre", "minority",
                               "majority", "minoritaires", "majoritaires", "early", "earliest",
                               "first", "new", "nouveaux", "nouvelles", "direct", "directs",
                               "directes", "industrial", "industriels", "strategic",
                               "strategiques"})
_AMONG = frozenset({"among", "parmi"})
_AMONG_VERBS = (("are",), ("is",), ("were",), ("was",), ("include",), ("includes",),
                ("figurent",), ("figure",), ("figuraient",), ("se", "trouvent"),
                ("se", "trouve"), ("on", "trouve"), ("il", "y", "a"), ("sont",), ("comptent",))
_AMONG_COPULAS = frozenset({"are", "is", "were", "was", "remain", "remains", "figurent",
                            "figure", "sont", "est", "restent", "reste", "comptent",
                            "compte"}) | RANK_VERBS


def noun_members(view: SentenceView, lex: Lexicon, registry: Registry) -> list[Candidate]:
    """Relations a relation noun states between its named possessor and each member of the
    list it governs (`units.MEMBER_NOUNS`): "les concurrents de X, A et B, ont",
    "X's partners, A and B,", "among X's customers are A and B", "parmi les fournisseurs de X
    figurent A et B", "A, B and C are among the shareholders of X", "X, dont les clients
    incluent A et B", "la maison mère de X, A,". Members are never paired with one another;
    a former or prospective noun ("ancien client", "prospective customers") gives nothing."""
    words = view.words
    out: list[Candidate] = []
    for k in range(len(words)):
        spec = member_noun(words, k)
        if spec is None:
            continue
        rtype, role = spec
        start = k - 1 if words[k] == "mere" else k
        if any(w in NOT_NOW_BEFORE_NOUN for w in words[max(0, start - 3):start]):
            continue
        found = _noun_possessor(view, start, k, lex)
        member: Unit | None
        counted = None
        if found is None:
            held = _named_as(view, start, k, lex, registry)  # "X named A and B as its rivals"
            if held is None:
                held = _held_as(view, start, k, lex)  # "X a pour clients A et B"
            if held is None:
                held = counted = _counted(view, start, k, lex)  # "X compte 900 clients, dont A"
            if held is None:
                continue
            owner, member = held
        else:
            owner, after = found
            member = _noun_member_list(view, start, after, lex)
        if member is None or member is owner:
            continue
        pairs = _pairs(rtype, owner.mentions, member.mentions, role, view, start, k + 1,
                       registry)
        if counted is not None:  # "compte 900 clients" states a count, no plan ("compte
            pairs = [replace(c, status="reported") for c in pairs]  # faire")
        out += pairs
    return out


def _noun_possessor(view: SentenceView, start: int, k: int,
                    lex: Lexicon) -> tuple[Unit, int] | None:
    """The named possessor of the relation noun at units [start, k] and the unit after the
    noun phrase: "the rivals of X" / "les clients de X" (after X), "X's main rivals" and
    "X, dont les clients" (after the noun). A possessive pronoun is left to the frames."""
    words, units = view.words, view.units
    if k + 4 < len(units) and words[k + 1] in ("de", "d'") and words[k + 3] in OF_WORDS \
            and not units[k + 2].is_mention and words[k + 2].isalpha() \
            and words[k + 2] not in lex.determiners:
        k += 2  # "l'actionnaire de contrôle de X", "les fournisseurs de pièces de X"
    if k + 2 < len(units) and words[k + 1] in OF_WORDS and words[k + 1] != "des" \
            and units[k + 2].is_mention and _plain_mention(units[k + 2]) \
            and units[k + 2].mentions[0].kind in (NAME, ANAPHOR):
        return units[k + 2], k + 3
    if k + 1 < len(units) and units[k + 1].is_mention \
            and units[k + 1].mentions[0].kind == ANAPHOR \
            and view.tokens[units[k + 1].first].norm == "du" and _plain_mention(units[k + 1]):
        return units[k + 1], k + 2  # "parmi les clients du groupe figurent A et B"
    j = start - 1
    while j >= 0 and start - j <= 3 and not units[j].is_mention and words[j] in _MEMBER_MODIFIERS:
        j -= 1
    if j >= 0 and units[j].is_mention and units[j].possessive \
            and units[j].mentions[0].kind == NAME:
        return units[j], k + 1
    if j >= 2 and words[j] in ("les", "ses") and words[j - 1] == "dont" and words[j - 2] == ",":
        seg = view.segment_of(j - 1)
        if seg is not None and seg.start == j - 2:
            owner = view.owner_unit(seg)
            if owner.mentions and owner.mentions[0].kind == NAME:
                return owner, k + 1
    return None


def _noun_member_list(view: SentenceView, start: int, after: int, lex: Lexicon) -> Unit | None:
    """The members of a relation noun whose phrase spans [start, after): set off by commas
    after it ("X's rivals, A and B,"), after "among ... are" before it ("Among X's customers
    are A and B", "Parmi les clients de X figurent A et B"), after an inclusion verb ("dont
    les clients incluent A et B"), or the subject of "are among" ("A and B are among the
    shareholders of X")."""
    words, units = view.words, view.units
    if after < len(units) and words[after] == ",":
        opener = match_at(words, after + 1, lex.list_openers)
        if opener is not None:  # "X's customers, among them A and B,"
            m = after + 1 + len(opener)
            return units[m] if m < len(units) and _plain_mention(units[m]) and (
                m + 1 >= len(units) or words[m + 1] in _LIST_END) else None
        return _appositive_name(view, after, lex) or _described_after(view, after, lex)
    ranged = match_at(words, after, _RANGE_FROM)
    if ranged is not None:  # "X's clients range from A to B"
        return _range_members(view, after + len(ranged))
    d = start - 1
    while d >= 0 and (words[d] in lex.determiners or words[d] in _MEMBER_MODIFIERS) \
            and not units[d].is_mention:
        d -= 1
    if d >= 0 and units[d].is_mention and units[d].possessive:
        d -= 1  # "among X's customers"
        while d >= 0 and words[d] in _MEMBER_MODIFIERS and not units[d].is_mention:
            d -= 1
    if d >= 0 and words[d] in _AMONG and (d == 0 or words[d - 1] in (",",)):
        verb = match_at(words, after, _AMONG_VERBS)
        if verb is None:
            return None
        found = _mention_after(view, after + len(verb), lex)
        return units[found] if found is not None and found <= after + len(verb) + 2 \
            and _plain_mention(units[found]) else None
    if d >= 2 and words[d] == "partie" and words[d - 1] in _FAIT_PARTIE \
            and _plain_mention(units[d - 2]):
        return units[d - 2]  # "A et B font partie des clients de X"
    if d >= 1 and words[d] in _AMONG:
        c = d - 1
        while c >= 0 and words[c] in ("also", "aussi", "egalement", "already", "deja"):
            c -= 1
        if c >= 1 and words[c] in _AMONG_COPULAS and _plain_mention(units[c - 1]):
            return units[c - 1]
        return None
    return _included(view, after, lex)


_LIST_GOES_ON = (("and",), ("et",), ("ainsi", "que"), ("as", "well", "as"), ("and", "also"),
                 ("et", "aussi"))


def _members_past_relative(view: SentenceView, cands: list[Candidate], lex: Lexicon,
                           registry: Registry) -> list[Candidate]:
    """A list of members a relation noun governs that goes on after a relative clause on
    one member: "X compte parmi ses clients A, qui ..., ainsi que l'américain B", "X's
    customers include A, which ..., and B" (B as A). The member after the clause must end
    its phrase (punctuation or a preposition, never a verb: "A, which ..., and B said")."""
    units, words = view.units, view.words
    out: list[Candidate] = []
    for seg in view.segments:
        if seg.kind != "relative" or seg.end >= len(units) or words[seg.end] != ",":
            continue
        goes_on = match_at(words, seg.end + 1, _LIST_GOES_ON)
        if goes_on is None:
            continue
        m = seg.end + 1 + len(goes_on)
        while m < len(units) and m < seg.end + 6 and not units[m].is_mention \
                and (words[m] in lex.determiners or place_adjective(words[m], lex)
                     or (words[m],) in lex.descriptors):
            m += 1  # "..., and Danish utility B", "..., et la coopérative normande B"
        if m >= len(units) or not _plain_mention(units[m]) or (
                m + 1 < len(units) and words[m + 1] not in _LIST_END
                and words[m + 1] not in lex.prepositions):
            continue
        ids = {e for mm in units[seg.owner].mentions for e in _entities(mm, registry, set())}
        new = [e for mm in units[m].mentions for e in _entities(mm, registry, set())]
        for c in cands:
            if c.trigger >= seg.owner or not any(member_noun(words, q) for q in (
                    *range(c.trigger, c.trigger_end), *range(m + 1, min(len(words), m + 5)))):
                continue  # "compte parmi ses clients A, qui ..., ainsi que B", "counts A,
                # which ..., and B among its customers"
            for e in new:
                if c.target in ids and c.source not in ids and e != c.source:
                    src, tgt = c.source, e
                elif c.source in ids and c.target not in ids and e != c.target:
                    src, tgt = e, c.target
                else:
                    continue
                if c.type in _SYMMETRIC and tgt < src:
                    src, tgt = tgt, src
                out.append(Candidate(c.type, src, tgt, c.sentence, c.trigger, c.trigger_end,
                                     c.status))
    return out


_FAIT_PARTIE = frozenset({"fait", "font", "faisait", "faisaient", "fera", "feront",
                          "ferait", "feraient"})
_RANGE_FROM = (("range", "from"), ("ranges", "from"), ("ranging", "from"), ("vont", "de"),
               ("va", "de"), ("allant", "de"), ("vont", "d'"), ("allant", "d'"))
_HOLDING_VERBS = frozenset({"a", "ont", "avait", "avaient", "aura", "compte", "comptent",
                            "has", "have", "had", "counts", "count", "lists", "names"})
_HELD_AS = frozenset({"as", "pour", "comme"})
_SUBJECT_ADVERBS = frozenset({"also", "already", "now", "still", "notamment", "aussi",
                              "deja", "egalement", "desormais", "toujours"})


def _range_members(view: SentenceView, k: int) -> Unit | None:
    """The two ends of "from A to B" / "de A à B" as one list (A's unit, with B's mentions
    added), else None."""
    units, words = view.units, view.words
    if k + 2 >= len(units) or not _plain_mention(units[k]) or words[k + 1] not in (
            "to", "a", "au") or not _plain_mention(units[k + 2]):
        return None
    return Unit(units[k].first, units[k + 2].last, "", units[k].mentions + units[k + 2].mentions)


_NAMING_AS_VERBS = frozenset({
    "named", "names", "name", "cited", "cites", "identified", "identifies", "sees", "saw",
    "regards", "regarded", "considers", "considered", "views", "viewed", "lists", "listed",
    "cite", "citait", "citent", "designe", "designait", "designent", "considere",
    "considerait", "considerent", "voit", "voyait", "presente", "presentait"})
"""Verbs that name a list as members of a relation noun after "as" / "comme": "X named A and
B as its main rivals", "X cite A et B comme ses principaux concurrents"."""
_NAMING_AUXILIARIES = frozenset({"has", "have", "had", "a", "ont", "avait", "also", "aussi",
                                 "already", "deja", "often", "souvent"})


def _named_as(view: SentenceView, start: int, k: int, lex: Lexicon,
              registry: Registry) -> tuple[Unit, Unit] | None:
    """The owner and the members of a relation noun that a naming verb's list is named as
    (session 19, rivals): "X named A and B as its main rivals" (X), "P named A and B as the
    rivals it runs into most often" / "comme les concurrents qu'il croise" (the subject of
    the clause right after the noun: "it", or a name there), "Dana Velk named A and B as her
    rivals" (a person's: the possessive pronoun). The list is never paired with itself nor,
    when a clause after the noun has its own subject, with the verb's subject."""
    units, words = view.units, view.words
    p = start - 1
    while p >= 0 and words[p] in _MEMBER_MODIFIERS and not units[p].is_mention:
        p -= 1
    pronoun = None
    if p >= 0 and units[p].is_mention and _possessive_pronoun(units[p]):
        pronoun, p = units[p], p - 1
    elif p >= 0 and words[p] in ("the", "les") and not units[p].is_mention:
        p -= 1
    else:
        return None
    if p < 2 or words[p] not in ("as", "comme") or not _plain_mention(units[p - 1]) \
            or units[p - 1].mentions[0].kind != NAME:
        return None
    members = units[p - 1]
    v = p - 2
    if words[v] not in _NAMING_AS_VERBS or (k + 1 < len(units) and words[k + 1] in ("'s", "'")):
        return None
    r = k + 1
    if r < len(units) and words[r] in ("que", "qu'", "that"):
        r += 1
    owner: Unit | None = None
    if r + 1 < len(units) and _plain_mention(units[r]) \
            and units[r].mentions[0].kind in (NAME, PRONOUN, ANAPHOR) \
            and not units[r + 1].is_mention \
            and words[r + 1] not in (",", ".", ";") and words[r + 1] not in HARD_BOUNDARIES \
            and words[r + 1] not in lex.prepositions and words[r + 1] not in LIST_WORDS:
        owner = units[r]  # "as the rivals it runs into", "comme les concurrents qu'il croise"
    else:
        o = v - 1
        while o >= 0 and words[o] in _NAMING_AUXILIARIES and not units[o].is_mention:
            o -= 1
        subject = units[o] if o >= 0 and _plain_mention(units[o]) else None
        if subject is not None and subject.mentions[0].kind == NAME and not any(
                mention_class(m, registry) == "person" for m in subject.mentions):
            owner = subject  # "X named A and B as its main rivals": X's own rivals
        else:
            owner = pronoun  # "P named A and B as her rivals": the pronoun's company
    if owner is None or owner is members:
        return None
    return owner, members


def _held_as(view: SentenceView, start: int, k: int, lex: Lexicon) -> tuple[Unit, Unit] | None:
    """The owner and the members of a relation noun after "pour" / "as": "X a pour clients A
    et B", "X a notamment pour actionnaires A et B" (members after the noun), "X has A and B
    as customers", "X a A et B pour clients" (members before it); None otherwise."""
    units, words = view.units, view.words
    p = start - 1
    while p >= 0 and words[p] in _MEMBER_MODIFIERS and not units[p].is_mention:
        p -= 1
    if p < 1 or words[p] not in _HELD_AS:
        return None
    j = p - 1
    if words[p] == "pour":  # "X a pour clients A et B"
        while j >= 0 and words[j] in _SUBJECT_ADVERBS:
            j -= 1
        if j >= 1 and words[j] in _HOLDING_VERBS and _plain_mention(units[j - 1]) \
                and k + 1 < len(units) and _plain_mention(units[k + 1]) \
                and units[j - 1].mentions[0].kind == NAME:
            return units[j - 1], units[k + 1]
    if j >= 2 and _plain_mention(units[j]):  # "X has A and B as customers"
        v = j - 1
        if words[v] in _HOLDING_VERBS:
            o = v - 1
            while o >= 0 and words[o] in _SUBJECT_ADVERBS:
                o -= 1
            if o >= 0 and _plain_mention(units[o]) and units[o].mentions[0].kind == NAME:
                return units[o], units[j]
    return None


_COUNTING_VERBS = frozenset({"a", "compte", "comptait", "revendique", "revendiquait", "affiche",
                             "sert", "servait", "dessert", "totalise", "has", "had", "counts",
                             "claims", "serves", "served", "boasts", "lists"})
_QUANTITY_WORDS = frozenset({"plus", "de", "d'", "pres", "environ", "quelque", "quelques",
                             "plusieurs", "nombreux", "centaines", "milliers", "dizaines",
                             "more", "than", "about", "some", "over", "nearly", "almost",
                             "around", "roughly", "several", "many", "hundreds", "thousands",
                             "dozens", "of", "000", ".", ","})


def _counted(view: SentenceView, start: int, k: int, lex: Lexicon) -> tuple[Unit, Unit] | None:
    """The subject and the listed members of a counted relation noun (session 15): "X
    revendique près de 900 clients, parmi lesquels A et B", "X compte 40 clients, dont A",
    "X has more than 900 customers, including A and B". The count (a number or a quantity
    word) stands between the verb and the noun, the subject is a name before the verb and
    the members follow a list opener after a comma; None otherwise."""
    units, words = view.units, view.words
    q = start - 1
    counted = False
    while q >= 0 and not units[q].is_mention and (
            words[q] in _QUANTITY_WORDS or words[q][:1].isdigit()):
        counted = counted or words[q][:1].isdigit() or words[q] in (
            "plusieurs", "nombreux", "centaines", "milliers", "dizaines", "several", "many",
            "hundreds", "thousands", "dozens")
        q -= 1
    if not counted or q < 1 or words[q] not in _COUNTING_VERBS:
        return None
    o = q - 1
    while o >= 0 and words[o] in _SUBJECT_ADVERBS:
        o -= 1
    if o < 0 or not _plain_mention(units[o]) or units[o].mentions[0].kind not in (NAME, ANAPHOR) \
            or not _clause_initial(o, view, lex):
        return None
    if k + 1 >= len(units) or words[k + 1] != "," or match_at(words, k + 2, lex.list_openers) \
            is None:
        return None
    member = _noun_member_list(view, start, k + 1, lex)
    return (units[o], member) if member is not None else None


_ANOTHER = frozenset({"another", "autre"})


def another_member(view: SentenceView, lex: Lexicon, registry: Registry,
                   topic: str) -> list[Candidate]:
    """A member named as "another" of a relation noun with no possessor is one more of the
    article's topic company: "Quistor Air, another customer, took delivery", "Un autre
    client, Quistor, a ...", "Another rival, Quistor, cut prices" (the topic supplies,
    rivals... the member). Never with a possessor or a complement ("another customer of
    Y", "un autre client de Y"), never the topic itself."""
    words, units = view.words, view.units
    out: list[Candidate] = []
    for k in range(1, len(words)):
        spec = member_noun(words, k)
        if spec is None:
            continue
        p = k - 1
        while p > 0 and words[p] in _MEMBER_MODIFIERS and not units[p].is_mention:
            p -= 1
        if words[p] not in _ANOTHER or (words[p] == "autre" and (
                p == 0 or words[p - 1] not in ("un", "une"))):
            continue
        if k + 1 < len(units) and (words[k + 1] in OF_WORDS or units[k + 1].is_mention):
            continue  # "another customer of Y", "un autre client de Y"
        first = p - 1 if words[p] == "autre" else p
        if any(units[q].is_mention and units[q].possessive for q in range(max(0, first - 2),
                                                                            first)):
            continue  # "Y's other customer"
        member = units[first - 2] if first >= 2 and words[first - 1] == "," \
            and k + 1 < len(units) and words[k + 1] in _LIST_END \
            else _appositive_name(view, k + 1, lex)  # "A, another customer,"/"Another customer, A,"
        if member is None or not _plain_mention(member):
            continue
        rtype, role = spec
        for e in dict.fromkeys(x for m in member.mentions for x in _entities(m, registry,
                                                                              {topic})):
            if e == topic:
                continue
            src, tgt = (topic, e) if role != "target" else (e, topic)
            if rtype in _SYMMETRIC and tgt < src:
                src, tgt = tgt, src
            out.append(Candidate(rtype, src, tgt, view.index, first, k + 1))
    return out

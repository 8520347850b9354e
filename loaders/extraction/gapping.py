"""Gapped coordination: "X will invest $5 billion and Y $10 billion in Z", "X détiendra 70 %
du capital de Y et Z une participation de 20 %", "X invested in Y and Z in W".

The second conjunct leaves its verb out ("and Y [will invest] $10 billion"), so the frames,
which look for a subject to the left of a trigger, see only X. When each conjunct carries its
own amount the shape is unambiguous: X's amount follows the trigger, then "and"/"et" (or a
comma) and a named organisation with its own amount, and so on; the relation's object comes
after the last amount. Each such organisation gets the relation with its own amount, and X
keeps the first one (never the sentence total or a neighbour's share).

    SoftBank invested $30 billion and Oracle $10 billion in OpenAI.
    Microsoft investira 5 milliards d'euros et Nvidia 10 milliards dans Anthropic.

Without amounts (`gapped_conjuncts`), the second conjunct follows the relation's object: a name
and the rest of its clause, a percentage or a stake ("et Z 10 %", "and Z a 20% stake": Z has
the same relation to the same object) or the first conjunct's preposition with a name ("in Y
and Z in W": Z to W).
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.extraction.amounts import FoundAmount
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.mentions import NAME
from loaders.extraction.relations import GAP_JOINS, Candidate
from loaders.extraction.resolution import Registry
from loaders.extraction.units import SentenceView, gapped_after, mention_class
from ontology.records import Amount

MAX_LEAD_CHARS = 24
"""At most this many characters between a name (or the trigger) and its amount: room for
"up to", "jusqu'à", "about" and the like, not for a clause."""


@dataclass(frozen=True)
class Share:
    """One conjunct of a gapped coordination: who, and the amount that is theirs."""

    source: str
    amount: Amount


def gapped_shares(
    view: SentenceView, cand: Candidate, amounts: list[FoundAmount], lex: Lexicon,
    registry: Registry,
) -> list[Share]:
    """The candidate's own share first, then one per gapped conjunct; [] when the sentence
    does not have that shape (the caller then qualifies the relation as usual)."""
    units, words, toks = view.units, view.words, view.tokens
    pos = toks[units[cand.trigger_end - 1].last - 1].end
    first = _amount_after(view, pos, amounts)
    if first is None:
        return []
    shares = [Share(cand.source, first.amount)]
    pos = first.end
    while True:
        k = next((i for i, u in enumerate(units) if toks[u.first].start >= pos), len(units))
        j = k
        while j < len(units) and words[j] in GAP_JOINS:
            j += 1
        if j == k or j >= len(units):
            break
        if words[j] in lex.determiners and j + 1 < len(units):
            j += 1
        unit = units[j]
        if len(unit.mentions) != 1:
            break
        mention = unit.mentions[0]
        if mention.kind != NAME or not mention.entity or mention_class(mention, registry) != "org":
            break
        amount = _amount_after(view, toks[unit.last - 1].end, amounts)
        if amount is None:
            break
        shares.append(Share(mention.entity, amount.amount))
        pos = amount.end
    if len(shares) < 2 or not _entity_named_from(view, pos, cand.target):
        return []
    return shares


def _amount_after(view: SentenceView, pos: int, amounts: list[FoundAmount]) -> FoundAmount | None:
    """The amount that starts within a few characters after `pos`, no name in between."""
    found = next((a for a in amounts if pos <= a.start <= pos + MAX_LEAD_CHARS), None)
    if found is None:
        return None
    toks = view.tokens
    for u in view.units:
        if u.is_mention and pos <= toks[u.first].start < found.start:
            return None
    return found


def _entity_named_from(view: SentenceView, pos: int, entity: str) -> bool:
    """True when a mention of `entity` starts at or after character `pos`."""
    toks = view.tokens
    return any(
        toks[u.first].start >= pos and any(m.entity == entity for m in u.mentions)
        for u in view.units
    )


@dataclass(frozen=True)
class Conjunct:
    """A gapped conjunct: its source and target, and the character range its own amount
    would stand in ("and Z $7bn in W")."""

    source: str
    target: str
    start: int
    end: int


def gapped_conjuncts(
    view: SentenceView, cand: Candidate, lex: Lexicon, registry: Registry
) -> list[Conjunct]:
    """The gapped conjunct after the candidate's object, if any."""
    units, words = view.units, view.words
    obj = next((k for k in range(cand.trigger_end, len(units))
                if any(m.entity == cand.target or cand.target in m.resolved
                       for m in units[k].mentions)), None)
    if obj is None:
        obj = _relative_gap(view, cand)  # "Y, dont X détient 39 % et Z près de 20 %"
        if obj is not None:
            unit = units[obj + 2]
            mention = unit.mentions[0]
            toks = view.tokens
            return [Conjunct(mention.entity, cand.target, toks[unit.last - 1].end,
                             toks[units[min(len(units) - 1, obj + 6)].last - 1].end)] \
                if gapped_after(units, obj + 3, "", lex) and mention.entity != cand.target \
                and mention.kind == NAME and mention.entity \
                and mention_class(mention, registry) == "org" else []
    if obj is None or obj + 2 >= len(units) or words[obj + 1] not in ("and", "et"):
        return []
    unit = units[obj + 2]
    if len(unit.mentions) != 1:
        return []
    mention = unit.mentions[0]
    if mention.kind != NAME or not mention.entity or mention_class(mention, registry) != "org":
        return []
    prep = words[obj - 1] if obj > 0 else ""
    if not gapped_after(units, obj + 3, prep, lex):
        return []
    toks = view.tokens
    for k in range(obj + 3, min(len(units) - 1, obj + 10)):
        if words[k] == prep and units[k + 1].is_mention:  # "in Y and Z [$7bn] in W"
            other = units[k + 1]
            return [Conjunct(mention.entity, e, toks[unit.last - 1].end, toks[other.first].start)
                    for m in other.mentions if m.kind == NAME and m.entity
                    for e in [m.entity] if e != mention.entity]
        if units[k].is_mention or words[k] in (",", ";", ".", "and", "et"):
            break
    if mention.entity == cand.target:
        return []
    end = toks[units[min(len(units) - 1, obj + 5)].last - 1].end
    return [Conjunct(mention.entity, cand.target, toks[unit.last - 1].end, end)]


def _relative_gap(view: SentenceView, cand: Candidate) -> int | None:
    """When the object stands before the trigger (a relative pronoun: "Y, in which X holds
    40% and Z 10%"), the unit before the "and" / "et" that opens a gapped conjunct after the
    trigger's own complement, else None."""
    units, words = view.units, view.words
    if not any(any(m.entity == cand.target or cand.target in m.resolved for m in u.mentions)
               for u in units[:cand.trigger]):
        return None
    for k in range(cand.trigger_end, min(len(units) - 2, cand.trigger_end + 8)):
        if units[k].is_mention or words[k] in (",", ";", ".", ":"):
            return None
        if words[k + 1] in ("and", "et") and len(units[k + 2].mentions) == 1:
            return k
    return None

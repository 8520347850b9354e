"""Holders of the rest of a company's capital: "the remaining 40% of Y will stay with X",
"A and B hold most of the rest", "le solde du capital reste entre les mains de X", "sera
partagé entre la famille fondatrice et X"; and the vehicle a stake is taken through
(`vehicle_stakes`: "through its venture arm Y", "via sa filiale Y").

What remains after a stake or a takeover is held by its holders, who therefore hold a stake in
the company: the one named after the rest noun ("of Y", "du capital de Y"), else the company
whose stake or takeover the same sentence states before the rest noun, else the one an earlier
sentence's stake or takeover was about (`Discourse.held`). Only names are holders (a family or
"the founders" is no company).
"""

from __future__ import annotations

from loaders.extraction.lexicon import OF_WORDS_NO_DES, Lexicon, match_at, phrases
from loaders.extraction.mentions import NAME
from loaders.extraction.relations import OWN_POSSESSIVES, Candidate, Discourse
from loaders.extraction.resolution import ORG_TYPES, Registry
from loaders.extraction.units import HARD_BOUNDARIES, SentenceView
from ontology.records import RelationType

_REST_NOUNS = frozenset({"rest", "remainder", "balance", "remaining", "solde", "reste",
                         "restant", "restants", "restante", "restantes"})
_REST_OPENERS = frozenset({"the", "its", "le", "les", "son", "la"})
_HELD_AFTER = phrases([
    "stay with", "stays with", "remain with", "remains with", "rest with", "rests with",
    "held by", "owned by", "belong to", "belongs to", "go to", "goes to",
    "entre les mains de", "entre les mains du", "entre les mains des", "entre les mains d'",
    "aux mains de", "aux mains du", "aux mains des", "aux mains d'", "partage entre",
    "partagee entre", "partages entre", "reparti entre", "repartie entre", "detenu par",
    "detenue par", "detenus par", "revient a", "reviendra a", "reviennent a",
])
_HOLD_BEFORE = frozenset({"hold", "holds", "own", "owns", "control", "controls", "share",
                          "detiennent", "detient", "possedent", "possede", "conservent",
                          "partagent", "detiendront", "detiendra"})
_CLAUSE_OPENERS = frozenset({",", "while", "whereas", "tandis", "alors", "with", "avec", "que",
                             "qu'", "which", "who", "qui"})
_REACH = 14
"""Tokens after the rest noun within which its holders' preposition may stand."""


def rest_of_capital(
    view: SentenceView, lex: Lexicon, registry: Registry, discourse: Discourse,
    candidates: list[Candidate],
) -> list[Candidate]:
    """INVESTS_IN candidates for the holders of the rest of a company's capital (see module
    docstring); none when the sentence names no rest noun with its holders."""
    words = view.words
    for r, w in enumerate(words):
        if w not in _REST_NOUNS or not _rest_noun(words, r):
            continue
        named = _named_company(view, r, registry)
        holders, trigger = _holders_after(view, r, lex, registry)
        if not holders:
            holders, trigger = _holders_before(view, r, registry)
        if not holders:
            continue
        stakes = [c for c in candidates if c.type in (RelationType.INVESTS_IN,
                                                      RelationType.ACQUIRES)]
        target = named or next((c.target for c in stakes if c.trigger < r), None) \
            or discourse.held or next((c.target for c in stakes), None)
        if target is None:
            return []
        return [Candidate(RelationType.INVESTS_IN, e, target, view.index, trigger, trigger + 1)
                for e in dict.fromkeys(holders) if e != target]
    return []


def _rest_noun(words: list[str], r: int) -> bool:
    """True when the word at r is the rest of a capital used as a noun: "the rest", "the
    remaining 40%", "le solde du capital", "les 40 % restants" (not the verb "reste")."""
    if words[r] in ("restant", "restants", "restante", "restantes"):
        return r > 0 and words[r - 1] in ("%", "pour", "cent")
    if words[r] == "reste":
        return r > 0 and words[r - 1] == "le" and r + 1 < len(words) and words[r + 1] == "du"
    return r > 0 and words[r - 1] in _REST_OPENERS


def _names(view: SentenceView, start: int, stop: int, registry: Registry) -> list[str]:
    """The organisations named by mention units in [start, stop); a name glued by a hyphen
    to the word after it ("Mayfair-based") modifies that word and names no holder."""
    words = view.words
    return [e for k in range(max(0, start), min(stop, len(view.units)))
            if view.units[k].is_mention and not (k + 1 < len(words) and words[k + 1] == "-")
            for m in view.units[k].mentions
            if m.kind == NAME for e in m.resolved if registry.type_of(e) in ORG_TYPES]


def _named_company(view: SentenceView, r: int, registry: Registry) -> str | None:
    """The company a rest noun is of: "the remaining 40% of Y", "le solde du capital de Y"."""
    words = view.words
    for k in range(r + 1, min(len(words), r + 7)):
        if words[k] in HARD_BOUNDARIES or words[k] in (",", "."):
            return None
        if view.units[k].is_mention:
            found = _names(view, k, k + 1, registry)
            return found[0] if found and words[k - 1] in OF_WORDS_NO_DES else None
    return None


def _holders_after(
    view: SentenceView, r: int, lex: Lexicon, registry: Registry
) -> tuple[list[str], int]:
    """Holders named after their preposition: "will stay with X", "reste entre les mains de A
    et de B", up to the end of that phrase (a comma, a relative pronoun)."""
    words = view.words
    for k in range(r + 1, min(len(words), r + _REACH)):
        if words[k] in HARD_BOUNDARIES or words[k] == ".":
            break
        prep = match_at(words, k, _HELD_AFTER)
        if prep is None:
            continue
        stop = k + len(prep)
        while stop < len(words) and words[stop] not in (",", ".", ";") \
                and words[stop] not in lex.relative_pronouns \
                and words[stop] not in HARD_BOUNDARIES:
            stop += 1
        return _names(view, k + len(prep), stop, registry), k
    return [], -1


def _holders_before(view: SentenceView, r: int, registry: Registry) -> tuple[list[str], int]:
    """Holders named as the subject of a holding verb right before the rest noun: "A and B
    hold most of the rest", "A et B détiennent le solde"."""
    words = view.words
    verb = next((k for k in range(r - 1, max(-1, r - 5), -1) if words[k] in _HOLD_BEFORE), None)
    if verb is None:
        return [], -1
    start = verb - 1
    while start >= 0 and words[start] not in _CLAUSE_OPENERS \
            and words[start] not in HARD_BOUNDARIES:
        start -= 1
    return _names(view, start + 1, verb, registry), verb


_THROUGH = phrases(["through", "via", "par l'intermediaire de", "par l'intermediaire du",
                    "par l'intermediaire d'", "au travers de", "au travers du", "par le biais de",
                    "par le biais du", "by way of"])
_VEHICLE_NOUNS = frozenset({"arm", "unit", "fund", "vehicle", "subsidiary", "affiliate",
                            "holding", "filiale", "fonds", "vehicule", "bras", "structure"})
_VEHICLE_REACH = 4
"""Lower-case words between the possessive and the vehicle's name ("its robotics arm Y", "sa
filiale d'investissement Y")."""


def vehicle_stakes(view: SentenceView, registry: Registry, candidates: list[Candidate]
                   ) -> list[Candidate]:
    """The vehicle a stake is taken through holds it too: "X took a 20% stake in T through its
    venture arm Y", "X a pris 12 % du capital de T via sa filiale d'investissement Y" (session
    19; the gold counts both the group and its vehicle). The vehicle is a name right after a
    possessive and a vehicle noun (`_VEHICLE_NOUNS`) after "through" / "via" / "par
    l'intermédiaire de", after the stake's trigger; a partner ("through its alliance with Y")
    or a deal ("via a capital increase") is no vehicle."""
    stakes = [c for c in candidates if c.type == RelationType.INVESTS_IN]
    if not stakes:
        return []
    words, units = view.words, view.units
    out: list[Candidate] = []
    for k in range(len(words)):
        via = match_at(words, k, _THROUGH)
        if via is None:
            continue
        q = k + len(via)
        if q >= len(words) or words[q] not in OWN_POSSESSIVES:
            continue
        noun = False
        q += 1
        while q < len(words) and q - k <= len(via) + _VEHICLE_REACH and not units[q].is_mention:
            text = view.tokens[units[q].first].text
            if words[q] != "d'" and not (text.isalpha() and text.islower()):
                break
            noun = noun or words[q] in _VEHICLE_NOUNS
            q += 1
        if not noun or q >= len(words) or not units[q].is_mention:
            continue
        names = _names(view, q, q + 1, registry)
        for c in stakes:
            if c.trigger_end <= k and names and names[0] not in (c.source, c.target):
                out.append(Candidate(RelationType.INVESTS_IN, names[0], c.target, view.index,
                                     c.trigger, c.trigger_end, c.status))
    known = {(c.source, c.target) for c in candidates}
    return [c for c in out if (c.source, c.target) not in known]

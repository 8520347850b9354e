"""The status of a relation as the sentence states it: denied, rumoured, planned, completed...

Cues come from the lexicon and are read in the trigger's scope: from the last clause break
before the trigger (a semicolon, a quotation, "affirmant que", "but"...) to the trigger, plus a
few words after it for passives ("was rejected") and completions ("completed in May").
"""

from __future__ import annotations

from loaders.extraction.lexicon import Lexicon, Phrase, match_at
from loaders.extraction.tokens import Token
from ontology.records import Status

_HARD = frozenset({";", "«", "»", "\"", "“", "”", "(", ")", "?"})
_CONDITIONAL_EXCEPTIONS = frozenset({"portrait", "retrait", "extrait", "attrait", "trait",
                                     "abstrait", "distrait", "parait", "disparait"})
_FUTURE_ENDINGS = ("ra", "ront", "rons", "rez")
_FUTURE_EXCEPTIONS = frozenset({"sera", "seront", "aura", "auront", "contra", "extra", "ultra",
                                "tiara", "opera", "camera", "cobra", "sierra"})
_RUMOUR_AFTER = (("rumours",), ("rumors",), ("rumeurs",), ("speculation",), ("rumour",),
                 ("rumor",), ("reportedly",), ("rumeur",), ("speculations",))
_ORDER = (Status.DENIED, Status.RUMOURED, Status.IN_TALKS, Status.HYPOTHETICAL,
          Status.PLANNED, Status.COMPLETED, Status.ANNOUNCED)


def relation_status(tokens: list[Token], first: int, last: int, lex: Lexicon) -> Status:
    """Status of a relation whose trigger spans tokens [first, last) of the sentence."""
    words = [t.norm for t in tokens]
    if _sold_since(words, first, last, lex) or _once_before(words, first):
        return Status.FORMER
    start = _scope_start(words, first, lex)
    before = range(start, first)
    after_end = _scope_end(words, last)
    found = set()
    if _negated(tokens, words, start, first, last, lex):
        found.add(Status.DENIED)
    cues = lex.modality
    for status, key in ((Status.DENIED, "denial"), (Status.RUMOURED, "rumour"),
                        (Status.IN_TALKS, "in_talks"), (Status.HYPOTHETICAL, "hypothetical"),
                        (Status.PLANNED, "planned"), (Status.ANNOUNCED, "announced"),
                        (Status.COMPLETED, "completed")):
        if _any_cue(tokens, words, before, cues[key]):
            found.add(status)
    after = range(last, after_end)
    if _any_cue(tokens, words, after, cues["denial"]) and _passive_after(words, last, lex):
        found.add(Status.DENIED)
    if _any_cue(tokens, words, after, cues["completed"]):
        found.add(Status.COMPLETED)
    conditional = any(w in ("would", "'d") for w in words[max(start, first - 3):first])
    if _any_cue(tokens, words, range(last, len(words)), _RUMOUR_AFTER):
        found.add(Status.RUMOURED)
    if _parties_deny(tokens, words, last, cues["denial"]) or _came_to_nothing(words, last):
        found.add(Status.DENIED)
    if lex.language == "fr":  # verbs only: a name ending like a future ("Velmora") is none
        for k in range(max(start, first - 4), min(len(words), first + 1)):
            w = words[k]
            if w.endswith(("rait", "raient")) and w not in _CONDITIONAL_EXCEPTIONS \
                    and tokens[k].text.islower():
                conditional = True
        for k in range(max(start, first - 3), min(len(words), first + 1)):
            w = words[k]
            if w.endswith(_FUTURE_ENDINGS) and w not in _FUTURE_EXCEPTIONS and len(w) > 5 \
                    and tokens[k].text.islower():
                found.add(Status.PLANNED)  # "investira", "prendra une participation"
    if conditional:
        if _reported_future(words, start, first, lex):
            found.add(Status.PLANNED)
            if not _any_cue(tokens, words, before, _without(cues["hypothetical"], "would")):
                found.discard(Status.HYPOTHETICAL)
        else:
            found.add(Status.HYPOTHETICAL)
    for status in _ORDER:
        if status in found:
            return status
    return Status.REPORTED


_HOLDER_NOUNS = frozenset({"shareholder", "shareholders", "investor", "investors", "backer",
                           "backers", "owner", "owners", "stakeholder", "actionnaire",
                           "actionnaires", "investisseur", "investisseurs", "proprietaire"})
"""Holder nouns whose "former" / "ancien" before them makes the holding a past one."""

_DIVEST_REACH = 30
"""How many tokens after a past holding verb its holder's sale may stand."""


def _sold_since(words: list[str], first: int, last: int, lex: Lexicon) -> bool:
    """True for a holding in the past that the sentence says was sold: "A and B, which owned
    90% of Y, sold their entire holdings", "X, qui détenait 30 % de Y, a cédé sa
    participation" (the holder's former stake, not a current one); a stake the sentence says
    is sold: "sold its 30% stake in Y"."""
    divested = lex.modality.get("divested", ())
    if any(match_at(words, k, divested) for k in range(max(0, first - 4), first)):
        return True  # "sold its 30% stake in Y", "a cédé sa participation dans Y"
    if words[first] in _HOLDER_NOUNS and any(
            match_at(words, k, lex.modality["former"]) for k in range(max(0, first - 3), first)):
        return True  # "X, a former shareholder of Y", "X, ancien actionnaire de Y"
    cues = lex.modality.get("past_holding", ())
    if not any(match_at(words, k, cues) for k in range(max(0, first - 1), last)) \
            and not _pluperfect_passive(words, first):
        return False
    for k in range(last, min(len(words), last + _DIVEST_REACH)):
        if words[k] in _HARD:
            return False
        if match_at(words, k, divested):
            return True
    return False


_ONCE = frozenset({"once", "autrefois", "jadis", "naguere"})
_ONCE_NEXT = frozenset({"a", "an", "the", "one", "its", "their", "un", "une", "l'", "le", "la",
                        "son", "sa", "leur", "l'un", "l'une"})


def _once_before(words: list[str], first: int) -> bool:
    """True when "once" opens the noun phrase of the relation ("X, once one of Y's anchor
    customers", "X, autrefois l'un des fournisseurs de Y"): a relation of the past. Not the
    conjunction "once Lyten restarts it", whose clause opens with a name or a pronoun."""
    return any(words[k] in _ONCE and words[k + 1] in _ONCE_NEXT
               for k in range(max(0, first - 7), first))


_PLUPERFECT = (("avait", "ete"), ("avaient", "ete"), ("had", "been"))


def _pluperfect_passive(words: list[str], first: int) -> bool:
    """True for a holding participle in the pluperfect passive ("Y avait été brièvement
    détenue par X", "Y had been owned by X"): a past holding, like "détenait"."""
    return any(match_at(words, k, _PLUPERFECT) for k in range(max(0, first - 4), first))


_BOTH = frozenset({"both", "deux"})


def _parties_deny(tokens: list[Token], words: list[str], last: int,
                  denial: tuple[Phrase, ...]) -> bool:
    """True when later in the sentence both parties deny it: "un rapprochement entre A et B,
    sur lequel la presse avait spéculé, mais les deux groupes ont démenti toute discussion",
    "a tie-up between A and B, but both companies denied any talks"."""
    for k in range(last, len(words)):
        if words[k] in _BOTH and _any_cue(tokens, words, range(k + 1, min(len(words), k + 5)),
                                          denial):
            return True
    return False


def _without(cues: tuple[Phrase, ...], word: str) -> tuple[Phrase, ...]:
    return tuple(c for c in cues if c != (word,))


def former_role(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """True when a role phrase at tokens [first, last) is marked as former ("l'ancien PDG")."""
    words = [t.norm for t in tokens]
    lo = max(0, first - 3)
    if any(match_at(words, k, lex.modality["former"]) for k in range(lo, min(last, len(words)))):
        return True
    return first > 0 and tokens[first].text.lower().startswith("ex-")


def _scope_start(words: list[str], first: int, lex: Lexicon) -> int:
    for k in range(first - 1, -1, -1):
        if words[k] in _HARD:
            return k + 1
        if words[k] in lex.relative_pronouns and k > 0 and words[k - 1] == ",":
            return k + 1  # ", qui détient 50 % de X": the relative clause is its own scope
        if words[k] == "," and k + 1 < first and (match_at(words, k + 1, lex.scope_breakers)
                                                  or words[k + 1] in ("et", "and")):
            return k + 1
        if match_at(words, k, lex.scope_breakers) and words[k] in ("mais", "but", "while",
                                                                   "tandis", "whereas"):
            return k + 1
    return 0


def _scope_end(words: list[str], last: int) -> int:
    for k in range(last, min(len(words), last + 8)):
        if words[k] in _HARD or words[k] in (",", "."):
            return k
    return min(len(words), last + 8)


def _any_cue(tokens: list[Token], words: list[str], span: range, cues: tuple[Phrase, ...]) -> bool:
    for k in span:
        cue = match_at(words, k, cues)
        if cue is not None and not (cue == ("may",) and tokens[k].text[:1].isupper()):
            return True
    return False


def _negated(
    tokens: list[Token], words: list[str], start: int, first: int, last: int, lex: Lexicon
) -> bool:
    cues = lex.modality["negation_before"]
    lo = max(start, first - 4)
    if _negated_intention(words, max(start, first - _INTENTION_REACH), first):
        return True  # "il n'a pas vocation à se poser en concurrent de X"
    if lex.language == "fr":
        has_ne = any(words[k] in ("ne", "n'") for k in range(lo, first))
        has_pas = any(words[k] in ("pas", "plus", "jamais", "aucun", "aucune", "rien", "point")
                      for k in range(lo, min(len(words), last + 3)))
        if has_ne and has_pas:
            return True
        if any(words[k] == "sans" for k in range(max(start, first - _WITHOUT_REACH), first)):
            return True  # "sans chercher à prendre le contrôle de X"
        return any(match_at(words, k, (("plutot", "que"), ("au", "lieu", "de"),
                                       ("aucun",), ("aucune",), ("non",)))
                   for k in range(lo, first))
    if any(words[k] == "without" for k in range(max(start, first - _WITHOUT_REACH), first)):
        return True  # "without seeking to take control of X"
    return any(match_at(words, k, cues) for k in range(lo, first))


_INTENTION_REACH = 10
_INTENTIONS = frozenset({"vocation", "entend", "entendent", "compte", "comptent", "veut",
                         "veulent", "prevoit", "prevoient", "envisage", "envisagent",
                         "souhaite", "souhaitent", "cherche", "cherchent", "intention",
                         "intend", "intends", "intended", "plan", "plans", "planned", "want",
                         "wants", "wanted", "seek", "seeks", "expect", "expects", "aim",
                         "aims"})
_NOT = frozenset({"pas", "not", "no", "n't", "never", "jamais"})


def _negated_intention(words: list[str], lo: int, first: int) -> bool:
    """True when a negated intention stands before the trigger in its clause: "n'a pas
    vocation à", "ne compte pas", "does not intend to", "has no plans to" (the relation is
    what the subject means not to do)."""
    for k in range(lo, first):
        if words[k] not in _NOT or "," in words[k + 1:first]:
            continue  # "X, which does not plan layoffs, will buy Y": another clause
        if any(w in _INTENTIONS for w in words[k + 1:min(first, k + 4)]) or (
                k > 0 and words[k - 1] in _INTENTIONS):
            return True
    return False


_WITHOUT_REACH = 6
""""sans"/"without" negates the infinitive clause it opens, a few words longer than "not"."""


_CAME_TO_NOTHING = frozenset({"abouti", "aboutit", "concretise", "concretisee", "materialise",
                              "materialised", "materialized", "happened", "ahead"})
_NEVER = frozenset({"pas", "jamais", "never", "not", "n't"})


def _came_to_nothing(words: list[str], last: int) -> bool:
    """True when the clause after the trigger says the deal it names never came about ("Un
    rapprochement entre A et B, un temps envisagé, n'a finalement pas abouti", "a tie-up with
    B never materialised", "did not go ahead"): a negation, then within three words a verb of
    coming about."""
    for k in range(last, len(words)):
        if words[k] in _NEVER:
            return any(w in _CAME_TO_NOTHING for w in words[k + 1:k + 4])
    return False


def _passive_after(words: list[str], last: int, lex: Lexicon) -> bool:
    window = words[last:last + 5]
    return any(w in ("was", "were", "been", "ete", "is", "are", "a", "ont", "fut") for w in window)


def _reported_future(words: list[str], start: int, first: int, lex: Lexicon) -> bool:
    """"said it would", "a indiqué qu'il investirait": a future in reported speech."""
    return any(match_at(words, k, lex.speech_verbs) for k in range(start, first))

"""Implicit parties: a relation cue with one overt party whose other party is left unsaid
because it is the company the article is about.

"L'électrolyseur sera fourni par X", "The vessel will be forged by X": a passive supply cue
whose subject is a plain noun phrase (a thing, no company, no pronoun) and whose agent is
named. The thing is the topic company's, so X supplies the topic. The grammar decides that a
party is missing (no mention can fill the subject slot); the discourse decides which (the
article's main company, `resolution.main_entity`).
"""

from __future__ import annotations

from loaders.extraction.lexicon import Frame
from loaders.extraction.units import HARD_BOUNDARIES, SentenceView
from ontology.records import RelationType

# auxiliaries, adverbs and modals between a passive's subject and its participle
_FILLERS = frozenset({"will", "would", "be", "is", "are", "was", "were", "been", "being",
                      "also", "now", "to", "should", "could", "may", "might", "must", "then",
                      "sera", "seront", "serait", "seraient", "est", "sont", "ete", "etre",
                      "a", "ont", "aussi", "egalement", "desormais", "va", "vont", "doit",
                      "doivent", "devrait", "devraient", "pourrait", "deja"})
# words that make the subject noun phrase something other than a thing of the topic
# (a purpose or beneficiary complement names whom the thing is for: "l'hydrogène nécessaire à
# l'exploitation", "the power for the new line" may be anyone's)
_NOT_A_THING = frozenset({"qui", "que", "dont", "which", "who", "whose", "et", "and", "or",
                          "ou", "a", "au", "aux", "pour", "for", "to", "destine", "destinee",
                          "destines", "destinees", "necessaire", "necessaires", "needed"})
# definite determiners: "the vessel" is a known thing, "a new plant" may be anyone's
_DEFINITE = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "the", "this",
                       "these", "those"})


def thing_subject(frame: Frame, t: int, view: SentenceView) -> bool:
    """True when a passive SUPPLIES trigger at unit `t` has for subject a definite noun
    phrase that names no party ("la cuve du réacteur sera forgée par", "the launches will
    be handled by") and opens its sentence or follows a fronted phrase ("Côté industriel,")."""
    if frame.type != RelationType.SUPPLIES or frame.subject != "target" \
            or frame.object is not None or not frame.agent_preps or frame.noun_trigger:
        return False
    words = view.words
    k = t - 1
    while k >= 0 and words[k] in _FILLERS:
        k -= 1
    if k < 0:
        return False
    end = k
    while k >= 0 and words[k] != "," and words[k] not in HARD_BOUNDARIES:
        if view.units[k].is_mention or words[k] in _NOT_A_THING or words[k] == ".":
            return False
        k -= 1
    start = k + 1
    if start > end or words[start] not in _DEFINITE:
        return False
    if any(view.units[j].is_mention for j in range(0, start)):
        return False  # a company earlier in the sentence may own the thing
    return end - start < 8

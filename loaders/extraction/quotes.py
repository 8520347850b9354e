"""First-person words in a quotation stand for the speaker's organisation.

    "We will supply our batteries to Quistor," said Claire Vintrac, chief executive of Velmora.
    « Zelbar est notre premier client », a-t-il indiqué.

The speaker is found next to the quotation (a speech verb and a name after it, a name and a
speech verb after it, "a-t-il dit" / "he said", or "P said:" before it); a company speaks for
itself, a person for the organisation a role statement gives them (in the same sentence or
earlier in the article). "we", "us", "our", "nous", "notre", "nos" inside the quotation then
become pronoun mentions of that organisation, which the relation frames read like "it"/"its".
"""

from __future__ import annotations

from loaders.extraction.lexicon import Lexicon, match_at
from loaders.extraction.mentions import INDEFINITE, NAME, PRONOUN, Mention
from loaders.extraction.resolution import ORG_TYPES, Registry
from loaders.extraction.tokens import QUOTE_MARKS, Token, quote_spans
from loaders.extraction.units import SentenceView, Unit
from ontology.records import EntityType

FIRST_PERSON = {"we": False, "us": False, "our": True, "ours": True, "nous": False,
                "notre": True, "nos": True}
"""First-person words and whether they are possessive."""
_THIRD_PERSON = frozenset({"he", "she", "il", "elle"})
_INVERSION = _THIRD_PERSON | {"a", "-", "t", "on"}
"""What may stand between a quotation and its speech verb besides the speaker: "a-t-il"."""
REACH = 8
"""How many units after a quotation its speech verb may stand."""


def speaker_mentions(
    view: SentenceView, lex: Lexicon, registry: Registry, roles: dict[str, str],
    last_person: str | None, context_org: str | None = None,
) -> list[Mention]:
    """Pronoun mentions for the first-person words of the sentence's quotations, each
    standing for its speaker's organisation (none when the speaker's is unknown)."""
    text = view.sentence.text
    if not any(mark in text for mark in QUOTE_MARKS):
        return []
    toks = view.tokens
    out: list[Mention] = []
    taken: set[int] | None = None
    for first, last in quote_spans(toks):
        words = [k for k in range(first, last) if toks[k].norm in FIRST_PERSON
                 or _unsaid_owner(toks, k, first, last)]
        if not words:
            continue
        if taken is None:
            taken = {k for u in view.units if u.is_mention for k in range(u.first, u.last)}
        words = [k for k in words if k not in taken]
        if not words:
            continue
        org = _speaker_org(view, first, last, lex, registry, roles, last_person,
                           context_org)
        if org is None:
            continue
        for k in words:
            m = Mention(view.index, k, k + 1, toks[k].start, toks[k].end, toks[k].text, PRONOUN,
                        possessive=FIRST_PERSON.get(toks[k].norm, True), candidates=(org,))
            out.append(m)
    return out


_COPULAS = frozenset({"est", "sont", "reste", "restent", "demeure", "demeurent", "devenu",
                      "devenue", "is", "are", "remains", "remain", "was", "were", "been",
                      "became", "become"})
_RELATION_NOUNS = frozenset({
    "concurrent", "concurrente", "rival", "client", "cliente", "fournisseur", "partenaire",
    "actionnaire", "investisseur", "competitor", "customer", "supplier", "partner",
    "shareholder", "investor"})
"""Relation nouns whose owner a quotation may leave unsaid: "X est un concurrent sérieux" in
the mouth of a company's executive is "X est notre concurrent"."""
_OWNER_BREAKS = frozenset({"de", "d'", "du", "des", "of", "for", "pour", "to", "a", "au", "aux",
                           "chez", "with", "avec", "parmi", "among"})


def _unsaid_owner(toks: list[Token], k: int, first: int, last: int) -> bool:
    """True for the indefinite article of a relation noun after a copula in a quotation, with
    no owner after it ("« X est un concurrent sérieux »", "\"X is a loyal customer\""): the
    speaker's organisation owns it, as "notre"/"our" would say."""
    if toks[k].norm not in INDEFINITE or k == first or toks[k - 1].norm not in _COPULAS:
        return False
    j = k + 1
    while j < last and j <= k + 3 and toks[j].norm not in _RELATION_NOUNS:
        if toks[j].kind != "word" or not toks[j].text.islower():
            return False
        j += 1
    if j >= last or toks[j].norm not in _RELATION_NOUNS:
        return False
    return not any(t.norm in _OWNER_BREAKS for t in toks[j + 1:min(last, j + 3)])


_NOUS_FORMS = {"avons": "ont", "sommes": "sont", "allons": "vont", "faisons": "font"}


def third_person_verbs(view: SentenceView) -> None:
    """Rewrite the folded verb after "nous" in the third person plural ("nous livrons" ->
    "livrent", "nous avons signé" -> "ont signe"), the form the French frames list, now that
    "nous" stands for a company (mutates view.words)."""
    words = view.words
    for i, u in enumerate(view.units):
        if not u.is_mention or view.tokens[u.first].norm != "nous":
            continue
        for k in range(i + 1, min(len(words), i + 4)):
            w = words[k]
            if w in _NOUS_FORMS:
                words[k] = _NOUS_FORMS[w]
                break
            if len(w) > 4 and w.endswith("ons"):
                words[k] = w[:-3] + "ent"
                break
            if w not in ("ne", "n'", "y", "en", "deja", "aussi", "egalement", "toujours"):
                break


def _unit_at(view: SentenceView, token: int) -> int:
    return next((i for i, u in enumerate(view.units) if u.first <= token < u.last),
                len(view.units))


_SPEAKER_NOUNS = frozenset({
    "cadre", "cadres", "porte-parole", "responsable", "representant", "representante",
    "analyste", "spokesman", "spokeswoman", "spokesperson", "representative", "official",
    "manager", "executive", "executives", "boss", "leader", "dirigeants", "dirigeantes",
    "porte", "parole", "direction", "management"})
"""Nouns of a person speaking for an organisation, besides the lexicons' role words ("un cadre
de X", "a spokeswoman for X", "the executive")."""
_LEADERS = frozenset({
    "dirigeant", "dirigeante", "patron", "patronne", "pdg", "ceo", "fondateur", "fondatrice",
    "executive", "boss", "founder", "chief", "president", "presidente", "chairman",
    "chairwoman", "chair"})
"""Nouns of a person who leads a company: alone ("la dirigeante", "the executive") they name
the last person the article gave a role, else someone of the company the passage is about."""
_SPEAKER_LINKS = frozenset({"de", "d'", "du", "des", "of", "at", "for", "chez", ",", "'s", "et",
                            "-", "and", "sa", "son", "ses", "its", "his", "her", "their",
                            "leur"})
_OPENERS = (("selon",), ("d'apres",), ("pour",), ("according", "to"))
"""Openers of a sentence whose speaker comes before the quotation ("Selon P, ..., « ... »")."""
_AFTER_QUOTE = (("according", "to"),)
"""A source cue after a quotation that is no speech verb: '"...," according to P'."""
SPEAKER_REACH = 10
"""How many units a speaker's phrase may run before its name (roles, "de X", commas)."""


def _speaker_org(
    view: SentenceView, first: int, last: int, lex: Lexicon, registry: Registry,
    roles: dict[str, str], last_person: str | None, context_org: str | None = None,
) -> str | None:
    units, words = view.units, view.words
    after = _unit_at(view, last) + 1  # past the closing mark
    k = after + 1 if after < len(units) and words[after] == "," else after
    for j in range(k, min(len(units), k + REACH)):
        verb = match_at(words, j, lex.speech_verbs) or match_at(words, j, _AFTER_QUOTE)
        if verb is None:
            continue
        between = set(words[k:j])
        if between <= _INVERSION:  # ", a-t-il indiqué", ", he said"
            if between & _THIRD_PERSON:
                return roles.get(last_person) if last_person else None
            return _org_of_speaker(view, j + len(verb), lex, registry, roles, last_person,
                                   context_org)
        before = [i for i in range(k, j) if units[i].is_mention]
        if before:
            return _org_of_unit(units[before[-1]], registry, roles, _interviewed(view, j))
        return _org_of_speaker(view, k, lex, registry, roles, last_person, context_org) \
            if j - k <= SPEAKER_REACH else None  # "the executive said"
    opening = _unit_at(view, first - 1)
    for j in range(opening - 1, max(-1, opening - 4), -1):  # P said: "..."
        if words[j] in (":", ","):
            continue
        verb_at = next((i for i in range(max(0, j - 3), j + 1)
                        if match_at(words, i, lex.speech_verbs)), None)
        if verb_at is None:  # "P said on Tuesday in an interview: « ... »": no name between
            verb_at = next((i for i in range(j - 4, max(-1, j - REACH), -1)
                            if match_at(words, i, lex.speech_verbs)), None)
            if verb_at is None or any(units[i].is_mention for i in range(verb_at, opening)):
                break
        before = [i for i in range(0, verb_at) if units[i].is_mention]
        return _org_of_unit(units[before[0]], registry, roles) if before else None
    return _opened_by_speaker(view, opening, lex, registry, roles, last_person, context_org)


def _opened_by_speaker(
    view: SentenceView, opening: int, lex: Lexicon, registry: Registry, roles: dict[str, str],
    last_person: str | None, context_org: str | None,
) -> str | None:
    """The speaker of a sentence that opens with them before a comma and its quotation:
    "Selon P, directrice générale de X, « ... »", "Pour P, ...", "According to P, ..."."""
    words = view.words
    if opening < 2 or opening > SPEAKER_REACH + 2 or words[opening - 1] != ",":
        return None
    opener = next((o for o in _OPENERS if tuple(words[:len(o)]) == o), None)
    if opener is None:
        return None
    start = len(opener)
    if not all(view.units[i].is_mention or words[i] in _SPEAKER_LINKS
               or words[i] in lex.determiners or _speaker_noun(words[i], lex)
               for i in range(start, opening)):
        return None  # "Pour financer l'usine, « ... »": no speaker
    return _org_of_speaker(view, start, lex, registry, roles, last_person, context_org)


def _speaker_noun(word: str, lex: Lexicon) -> bool:
    return word in lex.role_words or word in _SPEAKER_NOUNS


def _org_of_speaker(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry, roles: dict[str, str],
    last_person: str | None, context_org: str | None = None,
) -> str | None:
    """The organisation of the speaker whose phrase opens at unit k: the first name or
    reference of the phrase ("P", "sa présidente, P", "un cadre de X", "the company's chief
    executive P"), passing determiners, role words and their links; a leader's noun alone
    ("la dirigeante", "the executive") is the last person given a role, else someone of the
    company the passage is about."""
    units, words = view.units, view.words
    while k < len(units) and words[k] in lex.determiners:
        k += 1
    if k >= len(units):
        return None
    while k < len(units) and words[k] in ("-", "t"):
        k += 1  # "explique-t-elle", "indique-t-on chez X"
    if k >= len(units):
        return None
    if words[k] in _THIRD_PERSON:  # ", said he"
        return roles.get(last_person) if last_person else None
    if words[k] == "on":  # "indique-t-on chez X": the company, or no one
        k += 1
        if k + 1 >= len(units) or words[k] != "chez" or not units[k + 1].is_mention:
            return None
    leader = False
    for j in range(k, min(len(units), k + SPEAKER_REACH)):
        if units[j].is_mention:
            return _org_of_unit(units[j], registry, roles, _interviewed(view, j))
        w = words[j]
        if _speaker_noun(w, lex):
            leader = leader or w in _LEADERS
            continue
        if w in lex.determiners or (w in _SPEAKER_LINKS and (j > k or w == "chez")):
            continue
        break
    if not leader:
        return None
    return (roles.get(last_person) if last_person else None) or context_org


_INTERVIEWS = frozenset({"entretien", "interview", "interviews", "interviewe", "interviewee"})
"""What a person gives, not a company: a name no list knows that speaks "dans un entretien au
Figaro" / "in an interview" is a person, whatever type its form guessed."""


def _interviewed(view: SentenceView, k: int) -> bool:
    return any(w in _INTERVIEWS for w in view.words[k + 1:k + 1 + REACH])


def _org_of_unit(u: Unit, registry: Registry, roles: dict[str, str],
                 interviewed: bool = False) -> str | None:
    m = u.mentions[-1]
    ids = m.resolved if m.kind == NAME else m.candidates[:1]
    if not ids:
        return None
    etype = registry.type_of(ids[0])
    if interviewed and m.kind == NAME and registry.get(ids[0]).known is None:
        return roles.get(ids[0])  # a person
    if etype in ORG_TYPES:
        return ids[0]
    if etype == EntityType.PERSON or m.kind == NAME:
        return roles.get(ids[0])
    return None

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
from loaders.extraction.mentions import NAME, PRONOUN, Mention
from loaders.extraction.resolution import ORG_TYPES, Registry
from loaders.extraction.tokens import Token
from loaders.extraction.units import SentenceView, Unit
from ontology.records import EntityType

FIRST_PERSON = {"we": False, "us": False, "our": True, "ours": True, "nous": False,
                "notre": True, "nos": True}
"""First-person words and whether they are possessive."""
_OPEN = {"«": "»", "“": "”", "\"": "\""}
_THIRD_PERSON = frozenset({"he", "she", "il", "elle"})
_INVERSION = _THIRD_PERSON | {"a", "-", "t"}
"""What may stand between a quotation and its speech verb besides the speaker: "a-t-il"."""
REACH = 8
"""How many units after a quotation its speech verb may stand."""
_QUOTE_VERBS = tuple((w,) for w in (
    "reconnait", "souligne", "observe", "confie", "resume", "ajoute", "note", "commente",
    "insiste", "tranche", "admits", "admitted", "acknowledged", "acknowledges", "conceded",
    "concedes", "observed", "commented", "stressed", "recalled")) + tuple(
    ("a", w) for w in ("reconnu", "observe", "confie", "resume", "note", "commente", "insiste",
                       "tranche")) + (("fait", "valoir"), ("a", "fait", "valoir"))
"""Verbs that close a quotation besides the speech verbs of the lexicon (read here only, to
find the speaker of a quotation: "« ... », reconnaît un cadre de X")."""


def quote_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges [first, last) inside quotation marks (the marks excluded)."""
    spans = []
    k = 0
    while k < len(tokens):
        close = _OPEN.get(tokens[k].text)
        if close is None:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == close), None)
        if end is None:
            break
        spans.append((k + 1, end))
        k = end + 1
    return spans


def speaker_mentions(
    view: SentenceView, lex: Lexicon, registry: Registry, roles: dict[str, str],
    last_person: str | None,
) -> list[Mention]:
    """Pronoun mentions for the first-person words of the sentence's quotations, each
    standing for its speaker's organisation (none when the speaker's is unknown)."""
    text = view.sentence.text
    if not any(mark in text for mark in _OPEN):
        return []
    toks = view.tokens
    out: list[Mention] = []
    taken: set[int] | None = None
    for first, last in quote_spans(toks):
        words = [k for k in range(first, last) if toks[k].norm in FIRST_PERSON]
        if not words:
            continue
        if taken is None:
            taken = {k for u in view.units if u.is_mention for k in range(u.first, u.last)}
        words = [k for k in words if k not in taken]
        if not words:
            continue
        org = _speaker_org(view, first, last, lex, registry, roles, last_person)
        if org is None:
            continue
        for k in words:
            m = Mention(view.index, k, k + 1, toks[k].start, toks[k].end, toks[k].text, PRONOUN,
                        possessive=FIRST_PERSON[toks[k].norm], candidates=(org,))
            out.append(m)
    return out


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


def _speaker_org(
    view: SentenceView, first: int, last: int, lex: Lexicon, registry: Registry,
    roles: dict[str, str], last_person: str | None,
) -> str | None:
    units, words = view.units, view.words
    after = _unit_at(view, last) + 1  # past the closing mark
    k = after + 1 if after < len(units) and words[after] == "," else after
    for j in range(k, min(len(units), k + REACH)):
        verb = match_at(words, j, lex.speech_verbs)
        staff_only = verb is None  # a verb of `_QUOTE_VERBS`: only "un cadre de X" speaks
        verb = verb or match_at(words, j, _QUOTE_VERBS)
        if verb is None:
            continue
        between = set(words[k:j])
        if staff_only:
            return _staff_speaker(view, j + len(verb), lex, registry, roles) \
                if not between else None
        if between <= _INVERSION:  # ", a-t-il indiqué", ", he said"
            if between & _THIRD_PERSON:
                return roles.get(last_person) if last_person else None
            return _org_of_speaker(view, j + len(verb), lex, registry, roles, last_person)
        before = [i for i in range(k, j) if units[i].is_mention]
        return _org_of_unit(units[before[-1]], registry, roles) if before else None
    opening = _unit_at(view, first - 1)
    for j in range(opening - 1, max(-1, opening - 4), -1):  # P said: "..."
        if words[j] in (":", ","):
            continue
        verb_at = next((i for i in range(max(0, j - 3), j + 1)
                        if match_at(words, i, lex.speech_verbs)), None)
        if verb_at is None:
            return None
        before = [i for i in range(0, verb_at) if units[i].is_mention]
        return _org_of_unit(units[before[0]], registry, roles) if before else None
    return None


def _staff_speaker(view: SentenceView, k: int, lex: Lexicon, registry: Registry,
                   roles: dict[str, str]) -> str | None:
    """The organisation of unnamed staff after a speech verb ("un cadre de X"), else None."""
    while k < len(view.units) and view.words[k] in lex.determiners:
        k += 1
    if k < len(view.units) and not view.units[k].is_mention and view.words[k] in _STAFF:
        return _staff_org(view, k + 1, registry, roles)
    return None


def _org_of_speaker(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry, roles: dict[str, str],
    last_person: str | None,
) -> str | None:
    """The organisation of the speaker named at unit k (after an inverted speech verb)."""
    units, words = view.units, view.words
    while k < len(units) and words[k] in lex.determiners:
        k += 1
    if k >= len(units):
        return None
    if words[k] in _THIRD_PERSON:  # ", said he"
        return roles.get(last_person) if last_person else None
    if not units[k].is_mention and words[k] in _STAFF:
        return _staff_org(view, k + 1, registry, roles)  # ", a déclaré un cadre de X"
    return _org_of_unit(units[k], registry, roles) if units[k].is_mention else None


_STAFF = frozenset({"cadre", "cadres", "dirigeant", "dirigeante", "dirigeants", "porte-parole",
                    "responsable", "responsables", "representant", "representante", "salarie",
                    "salariee", "employe", "employee", "executive", "executives", "spokesperson",
                    "spokesman", "spokeswoman", "official", "officials", "manager", "managers",
                    "representative", "employees", "insider", "insiders", "proche", "proches"})
"""Unnamed members of an organisation who speak for it ("un cadre de X", "an executive at
X", "a spokeswoman for X")."""
_STAFF_OF = frozenset({"de", "d'", "du", "of", "at", "for", "chez", "with"})


def _staff_org(view: SentenceView, k: int, registry: Registry,
               roles: dict[str, str]) -> str | None:
    """The organisation named right after a staff noun and its preposition (two adjectives
    may come between: "un haut cadre de X", "a senior executive at X" read from the noun)."""
    units, words = view.units, view.words
    for j in range(k, min(len(units) - 1, k + 3)):
        if units[j].is_mention:
            return None
        if words[j] in _STAFF_OF:
            u = units[j + 1]
            return _org_of_unit(u, registry, roles) if u.is_mention and len(u.mentions) == 1 \
                and u.mentions[0].kind == NAME else None
    return None


def _org_of_unit(u: Unit, registry: Registry, roles: dict[str, str]) -> str | None:
    m = u.mentions[-1]
    ids = m.resolved if m.kind == NAME else m.candidates[:1]
    if not ids:
        return None
    etype = registry.type_of(ids[0])
    if etype in ORG_TYPES:
        return ids[0]
    if etype == EntityType.PERSON or m.kind == NAME:
        return roles.get(ids[0])
    return None


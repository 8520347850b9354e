"""EXECUTIVE_OF: people and the organisations they run, with the role as stated.

Patterns over the unit view (P a person name, R a role phrase such as "directeur général et
cofondateur", O an organisation or a reference to one):
  P, [le] R de O  /  P, O's R  /  O R P  /  O's R[,] P  /  [le] R de O, P  /  R P (O from
  context)  /  O, fondé par P  /  P, qui dirige O.
A role preceded by "ancien", "former", "ex-" is FORMER (a claim, not an edge).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from loaders.extraction.dates import MONTHS
from loaders.extraction.implicit import RIVAL_NOUNS
from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import (
    OF_WORDS_NO_DES,
    Lexicon,
    has_trade_word,
    match_at,
    match_ending_at,
    word_list,
)
from loaders.extraction.mentions import (
    ANAPHOR,
    INDEFINITE,
    NAME,
    PLURAL,
    SINGULAR_ARTICLES,
    Mention,
)
from loaders.extraction.modality import (
    FORMER_WORDS,
    departed_after,
    former_apposition,
    former_role,
    left_post,
)
from loaders.extraction.resolution import ORG_TYPES, ROLE_OF, Registry
from loaders.extraction.text import LEGAL_SUFFIXES, ORG_NAME_ENDINGS, fold
from loaders.extraction.units import HARD_BOUNDARIES, PART_NOUNS, SentenceView, Unit
from ontology.records import EntityType


@dataclass(frozen=True)
class RoleMatch:
    """A person holding a role at an organisation, as one sentence states it."""

    person: str
    org: str
    role: str
    former: bool
    first: int  # token range of the role phrase
    last: int


@dataclass(frozen=True)
class _Role:
    start: int  # unit index where the role phrase starts (determiners/former included)
    end: int
    labels: tuple[str, ...]
    former: bool
    plural: bool = False  # "ses deux cofondateurs", "its co-founders": a list of holders


@dataclass
class Holders:
    """Who holds which role where, as far as the article has been read (person id ->
    (org id, role)), for successors: "Il a été remplacé par P", "P succeeds X"."""

    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    last: str | None = None

    def add(self, match: RoleMatch) -> None:
        """Record one role statement."""
        self.roles[match.person] = (match.org, match.role)
        self.last = match.person


def find_roles(
    view: SentenceView, lex: Lexicon, registry: Registry, context_org: str | None,
    holders: Holders | None = None, topic: str | None = None, lead: str | None = None,
) -> list[RoleMatch]:
    """Role statements of one sentence; `context_org` serves "Chairman Young Liu said";
    `holders` (the roles of earlier sentences) serves successors, and is updated; `lead` is
    the organisation the previous sentence opened with (a bare title's company)."""
    holders = holders if holders is not None else Holders()
    out = _role_phrases(view, lex, registry, context_org, topic, lead)
    taken = {m.person for m in out}
    here = Holders(dict(holders.roles), holders.last)
    here.roles.update({m.person: (m.org, m.role) for m in out})  # "O chief executive P will
    # be succeeded by Q": the holder named in this sentence (session 20)
    out.extend(m for m in _successors(view, lex, registry, here) if m.person not in taken)
    taken = {m.person for m in out}
    out.extend(m for m in _handovers(view, registry, out, holders) if m.person not in taken)
    posts = _posts_handed(view, lex, registry, out, holders)
    if posts:  # the holder's role at the organisation is past; the successor's is new
        gone = {(h, m.org) for m, h in posts}
        out = [replace(m, former=True) if (m.person, m.org) in gone else m for m in out]
        pairs = {(m.person, m.org) for m in out}
        out.extend(m for m, _ in posts if (m.person, m.org) not in pairs)
    for m in out:
        holders.add(m)
    return out


def _role_phrases(
    view: SentenceView, lex: Lexicon, registry: Registry, context_org: str | None,
    topic: str | None = None, lead: str | None = None,
) -> list[RoleMatch]:
    units = view.units
    out: list[RoleMatch] = []
    used_people: set[int] = set()
    past_only: set[int] = set()
    for k in range(len(units)):
        role = _role_at(view, k, lex)
        if role is None:
            continue
        if role.plural:
            held = _plural_holders(view, role, lex, registry)
            have = {(m.person, m.org) for m in out}
            out.extend(RoleMatch(pid, org, ", ".join(dict.fromkeys(role.labels)),
                                 role.former or gone, units[role.start].first,
                                 units[role.end - 1].last)
                       for pid, org, gone in held if (pid, org) not in have)
            continue  # no list beside it: a plural title is left to the verbs, as before
        for match in _around(view, role, lex, registry, context_org, topic, lead):
            person_unit, org, former_flag = match
            prior = [m for m in out if m.person == _person(units[person_unit], registry)]
            if person_unit in used_people and not (
                    (_becomes(view, role.start) or (
                        not role.former and prior and all(m.former for m in prior)))
                    and all(m.org != org for m in prior)):
                continue  # "its CEO, P, will become O's R": the new role at O as well; "P,
                # l'ancien patron de Q, aujourd'hui président de O": a current role after a
                # former one (session 20)
            pid = _person(units[person_unit], registry)
            if pid is None or org is None:
                continue
            if role.labels == ("partner",) and not _firm_partner(view, role, person_unit,
                                                                 registry):
                continue  # "its partner, Kandor Labs", "P, Velmora's partner": a business
            # partner, not a person's title
            used_people.add(person_unit)
            first = units[role.start].first
            last = units[role.end - 1].last
            departed = (departed_after(view.tokens, units[person_unit].last, lex)
                        and not _left_to_become(view, role.start)) \
                or _left_after_apposition(view, role.end, person_unit, lex) \
                or (role.start > person_unit and _succeeded_title(view, person_unit, lex)
                    and not _stays_after_apposition(view, role.end)) \
                or _succeeded_title(view, role.start, lex) \
                or (role.end <= person_unit
                    and (former_apposition(view.tokens, units[person_unit].last, lex)
                         or _former_title_after(view, person_unit, lex)))
            former = former_flag or role.former or departed
            if not former and org == _former_employer(view, person_unit, lex, registry):
                continue  # "a recruté comme directeur commercial P, ancien directeur des
                # ventes de Q": the new title is not at Q (session 22, wrongs)
            out.append(RoleMatch(pid, org, ", ".join(dict.fromkeys(role.labels)),
                                 former, first, last))
            if former:  # "founded by P, a former director at X who ...", "Ancien directeur
                past_only.add(person_unit)  # de Q, P a été nommé à la tête de O" (session 20)
            break
    orgs = {m.org for m in out}
    # "founded by P, a former managing director at X who remains its chief executive": a
    # former title set off after the agent leaves the founding verb its agent
    out.extend(m for m in _verb_roles(view, lex, registry, used_people - past_only, orgs)
               if (m.person, m.org) not in {(o.person, o.org) for o in out})
    taken = {m.person for m in out}
    out.extend(m for m in _hired_to_run(view, lex, registry) if m.person not in taken)
    joined = _joined(view, lex, registry) + _runs_unit(view, lex, registry)
    now = {(m.person, m.org) for m in joined}
    out = [m for m in out if not (m.former and (m.person, m.org) in now)]  # "L'ancienne
    # directrice des opérations, P, a rejoint X comme directrice générale": the title before
    # the name is of another employer, the role at X is the one she joined as
    pairs = {(m.person, m.org) for m in out}
    out.extend(m for m in joined if (m.person, m.org) not in pairs)
    named = {m.person for m in out}
    out.extend(m for m in _appointed_to_post(view, lex, registry) if m.person not in named)
    named = {m.person for m in out}
    out.extend(m for m in _post_assured(view, lex, registry, topic or context_org)
               if m.person not in named)
    return out


_ASSURED = frozenset({"assuree", "assure", "exercee", "occupee"})
_ASSURED_AUX = frozenset({"est", "sera", "reste", "restera", "a", "ete"})


def _post_assured(view: SentenceView, lex: Lexicon, registry: Registry,
                  context_org: str | None) -> list[RoleMatch]:
    """A post opening the sentence that a person holds, in the passive (session 25): "La
    direction industrielle (de O) est assurée depuis janvier par P", "La présidence est
    exercée par P": P holds it at O, else at the company of the passage."""
    units, words = view.units, view.words
    n = len(units)
    k = 0
    while k < n and words[k] in lex.determiners:
        k += 1
    if k == 0 or k + 1 >= n or words[k] not in ("direction", "presidence", "gerance"):
        return []
    q = k + 1
    area = ""
    if words[k] == "direction" and q < n and not units[q].is_mention \
            and words[q] not in ROLE_OF and words[q] not in _ASSURED_AUX:
        area = words[q]  # "la direction industrielle"
        q += 1
    org = None
    if q + 1 < n and words[q] in ROLE_OF:
        d = q + 1
        while d < n and words[d] in lex.determiners:
            d += 1
        if d >= n or not units[d].is_mention:
            return []  # "la direction du site": a place, no company
        org, q = _org(units[d], registry), d + 1
    v = q
    while v < n and words[v] in _ASSURED_AUX:
        v += 1
    if v == q or v >= n or words[v] not in _ASSURED:
        return []
    a = insertion_end(words, v + 1, lex.calendar, parenthesis=False)
    if a + 1 >= n or words[a] != "par" or not _is_person(units[a + 1], registry):
        return []
    org = org or context_org
    pid = _person(units[a + 1], registry)
    if not org or not pid or registry.type_of(org) not in ORG_TYPES:
        return []
    role = {"presidence": "chairman", "gerance": "managing director"}.get(words[k]) or {
        "generale": "CEO", "financiere": "CFO"}.get(area) or "director"
    return [RoleMatch(pid, org, role, False, units[k].first, units[a + 1].last)]


_APPOSITION_REACH = 5
"""How many units after a title's words its company may take before the comma that closes the
apposition ("P, fondateur de la société Q, ...")."""


_STAYS_ON = frozenset({"devenu", "devenue", "desormais", "aujourd'hui", "reste", "restera",
                       "demeure", "toujours", "now", "remains", "stays", "still", "became",
                       "becomes"})
"""Words right after the apposition of a predecessor, or right after the relative pronoun
that opens there, that keep them at the firm ("P, cofondateur de Q, devenu depuis son
responsable de l'innovation", "P, Q's founder, now its chairman", "P, ..., qui reste
actionnaire")."""


def _stays_after_apposition(view: SentenceView, end: int) -> bool:
    """True when the comma closing the title that ends at unit `end` is followed by a word of
    `_STAYS_ON`: the person replaced in that title holds another post, or a clause of their own
    says what became of them (session 23, wrongs)."""
    words = view.words
    q = _apposition_close(view, end)
    if q is None:
        return False
    k = q + 2 if words[q + 1] in ("who", "qui") else q + 1
    return any(w in _STAYS_ON for w in words[k:k + 2])


def _apposition_close(view: SentenceView, end: int) -> int | None:
    """The unit of the comma that closes an apposition whose title ends at unit `end` (its
    company may come between: "P, fondateur de la société Q, ..."), with a word after it;
    None when a stronger stop or no comma comes within `_APPOSITION_REACH` units."""
    words = view.words
    for q in range(end, min(len(words) - 1, end + _APPOSITION_REACH)):
        if words[q] in (".", ";", ":", "(", ")"):
            return None
        if words[q] == ",":
            return q
    return None


def _left_after_apposition(view: SentenceView, end: int, person_unit: int,
                           lex: Lexicon) -> bool:
    """True when the title ending at unit `end` is set off after the person at `person_unit`
    and the clause's own verb, right after the closing comma, is one of leaving (session 23,
    wrongs): "P, fondateur de Q, avait abandonné la présidence en 2020", "P, Q's chief
    executive, left the company last year"; not a relative clause on the company ("P, chief
    executive of Q, which left the index", "P, directeur de Q, qui a quitté la Bourse")."""
    words = view.words
    if end <= person_unit or person_unit + 1 >= len(words) or words[person_unit + 1] != ",":
        return False
    q = _apposition_close(view, end)
    return q is not None and words[q + 1] not in lex.relative_pronouns \
        and words[q + 1] != "who" and left_post(view.tokens, view.units[q].first, lex)


_JOIN = frozenset({"join", "joins", "joined", "joining", "rejoint", "rejoindra", "rejoignent",
                   "rejoindront", "rejoindre", "rejoignait", "integre", "integrera"})
_COMMITTEE = (("comite", "executif"), ("comite", "de", "direction"), ("directoire",),
              ("executive", "committee"), ("management", "board"), ("executive", "board"),
              ("management", "team"), ("leadership", "team"))
_AS = (("as",), ("comme",), ("en", "tant", "que"), ("en", "tant", "qu'"))
_WHERE_RUNS: tuple[tuple[str, ...], ...] = tuple(
    (",", where, pronoun, *adverb, verb)
    for where, pronouns, adverbs, verbs in (
        ("ou", ("il", "elle"), ((), ("desormais",)), ("dirige", "pilote", "preside", "supervise")),
        ("where", ("he", "she"), ((), ("now",)), ("runs", "heads", "leads", "oversees")))
    for pronoun in pronouns for adverb in adverbs for verb in verbs)
"""", où il dirige (désormais) ...": the joined company is where the person now runs a
business (session 16); also ", where he runs" in English."""
_WHOSE_TITLE = tuple((",", rel, pronoun, *verb)
                     for rel, pronouns, verbs in (
                         ("dont", ("il", "elle"), (("est",),)),
                         ("ou", ("il", "elle"), (("occupe", "le", "poste", "de"),
                                                 ("occupe", "le", "poste", "d'"),
                                                 ("est",))),
                         ("where", ("he", "she"), (("is",), ("serves", "as"),
                                                   ("holds", "the", "post", "of"))))
                     for pronoun in pronouns for verb in verbs)
"""", dont il est (aujourd'hui) le R", ", where he is now R": the title the joiner holds at
the company joined (session 22); ", où il occupe le poste de R", ", where she serves as R"
(session 25)."""


def _joined(view: SentenceView, lex: Lexicon, registry: Registry) -> list[RoleMatch]:
    """A person who joins a company as a role or joins its executive committee: "P will
    join X as head of a new unit", "P a rejoint X en février comme directeur financier", "P
    rejoindra le comité exécutif de X", "P will join X's executive committee". The person is
    the nearest person before the verb (past an apposition or a relative clause)."""
    units, words = view.units, view.words
    out = []
    for k in range(1, len(units) - 1):
        if words[k] not in _JOIN:
            continue
        p_at = next((q for q in range(k - 1, max(-1, k - 16), -1)
                     if words[q] in (";", ":", ".") or _is_person(units[q], registry)), None)
        if p_at is None or not _is_person(units[p_at], registry):
            continue
        j = insertion_end(words, k + 1, lex.calendar, parenthesis=False)  # "a rejoint en
        while j < len(units) and words[j] in lex.determiners:  # janvier X comme R"
            j += 1
        if j < len(units) and not units[j].is_mention and _described_name(view, j, lex) > 0:
            j = _described_name(view, j, lex)  # "a rejoint le concurrent espagnol X"
        committee = match_at(words, j, _COMMITTEE)
        role: str | None = None
        if committee is not None and j + len(committee) < len(units) \
                and words[j + len(committee)] in OF_WORDS_NO_DES:
            j += len(committee) + 1  # "le comité exécutif de X"
            while j < len(units) and words[j] in lex.determiners:
                j += 1
            role = "executive committee member"
        if j >= len(units) or not units[j].is_mention or _typed_person(units[j], registry):
            continue
        if role is None and match_at(words, j + 1, _COMMITTEE):
            role = "executive committee member"  # "X's executive committee"; also "the X
            # management board", the name as its modifier (session 18). Not "X's extended
            # management board": an adjective between cost a wrong edge on unread text
        if role is None:
            a = insertion_end(words, j + 1, lex.calendar, parenthesis=False)
            cue = match_at(words, a, _AS)
            found = _role_at(view, a + len(cue), lex) if cue is not None else None
            whose = match_at(words, a, _WHOSE_TITLE)
            if found is None and whose is not None:
                t = a + len(whose)
                while t < len(units) and (words[t] in _NOW or words[t] in lex.determiners):
                    t += 1
                found = _role_at(view, t, lex)  # "P a rejoint X, dont il est aujourd'hui le
                # directeur industriel" (session 22)
            if found is None and match_at(words, a, _WHERE_RUNS) is not None:
                role = "executive"  # "P a rejoint X en septembre, où il dirige l'activité"
            elif found is None or found.former:
                continue
            else:
                role = ", ".join(dict.fromkeys(found.labels))
        org = _org(units[j], registry)
        pid = _person(units[p_at], registry)
        ms = units[j].mentions
        if org == pid and pid and len(ms) == 1 and ms[0].kind == ANAPHOR:
            here = {e for u in units[:j] for x in u.mentions if x.kind == NAME
                    for e in x.resolved}  # "P, passé par X, a rejoint la société": not X
            org = next((c for c in ms[0].candidates[1:2] if c not in here
                        and registry.type_of(c) in ORG_TYPES), None)  # "P a rejoint la
            # société": the description's antecedent is not P
        if org and pid and org != pid:
            out.append(RoleMatch(pid, org, role, False, units[k].first, units[j].last))
    return out


_RUN_VERBS = frozenset({"run", "runs", "head", "heads", "lead", "leads", "oversee", "oversees",
                        "dirigera", "pilotera", "chapeautera", "supervisera"})
"""Verbs of running a part of a company, present or future; not "ran", "dirigeait": a past
tenure."""
_RUN_AUX = frozenset({"will", "would", "also", "now", "va", "desormais", "aussi", "egalement"})
_INSIDE = (("of",), ("at",), ("inside",), ("within",), ("de",), ("d'",), ("du",), ("chez",),
           ("au", "sein", "de"), ("au", "sein", "du"), ("au", "sein", "d'"))
_UNIT_REACH = 4


def _runs_unit(view: SentenceView, lex: Lexicon, registry: Registry) -> list[RoleMatch]:
    """A person who runs, or will run, a unit of a named company (session 22): "P, who will
    run Quistor's laser unit", "P will head a new optics division inside Quistor", "P, qui
    dirigera la filiale laser de Quistor". The person is the verb's subject, named right
    before it or before ", who" / ", qui"; the unit is a lower-case phrase that ends on a
    unit noun at most four words on, its company the possessive name before it or the name
    after "of", "inside", "au sein de"."""
    units, words = view.units, view.words
    n = len(units)
    out = []
    for k in range(1, n - 1):
        if words[k] not in _RUN_VERBS:
            continue
        q = k - 1
        while q >= 0 and words[q] in _RUN_AUX:
            q -= 1
        if q >= 2 and words[q] in ("who", "qui") and words[q - 1] == ",":
            q -= 2
        if q < 0 or not _is_person(units[q], registry):
            continue
        j = k + 1
        while j < n and words[j] in lex.determiners:
            j += 1
        org_at = None
        if j < n and units[j].is_mention and units[j].possessive:
            org_at, j = j, j + 1  # "Quistor's laser unit"
        head = next((h for h in range(j, min(n, j + _UNIT_REACH))
                     if words[h] in PART_NOUNS), None)
        if head is None or any(
                units[h].is_mention or not view.tokens[units[h].first].text.isalpha()
                or not view.tokens[units[h].first].text.islower() for h in range(j, head)):
            continue
        if org_at is None:
            after = head + 1
            while after < n and not units[after].is_mention and after - head <= 3 \
                    and match_at(words, after, _INSIDE) is None \
                    and (view.tokens[units[after].first].text.islower()
                         and view.tokens[units[after].first].text.isalpha()
                         and words[after] not in lex.function_words):
                after += 1  # "la filiale laser de Quistor"
            link = match_at(words, after, _INSIDE)
            if link is None:
                continue
            at = after + len(link)
            while at < n and words[at] in lex.determiners:
                at += 1
            if at >= n or not units[at].is_mention:
                continue
            org_at = at
        org = _org(units[org_at], registry)
        pid = _person(units[q], registry)
        if org and pid and org != pid and registry.type_of(org) in ORG_TYPES:
            unit = " ".join(view.tokens[t].text for t in range(units[j].first,
                                                                units[head].last))
            role = f"head of {unit}" if lex.language == "en" else f"direction {unit}"
            out.append(RoleMatch(pid, org, role, False, units[k].first, units[head].last))
    return out


_APPOINTMENT = frozenset({"nomination", "designation", "appointment", "nommee", "designee"})
_TO_POST = (("au", "poste", "de"), ("au", "poste", "d'"), ("a", "la", "fonction", "de"),
            ("aux", "fonctions", "de"), ("comme",), ("en", "tant", "que"),
            ("en", "tant", "qu'"), ("as",), ("to", "the", "post", "of"))


def _appointed_to_post(
    view: SentenceView, lex: Lexicon, registry: Registry
) -> list[RoleMatch]:
    """An appointment to a role at the organisation the sentence names before it (session
    16): "Le groupe a confirmé la nomination de P au poste de directrice financière", "X a
    nommé P comme directeur général", "X announced the appointment of P as CFO". The role
    comes after a post cue ("au poste de", "comme", "as"); a former role, none, or a role with
    its own organisation ("au poste de directeur de Y": the role phrase's) is left out."""
    units, words = view.units, view.words
    out = []
    for k in range(1, len(units) - 3):
        if words[k] not in _APPOINTMENT and words[k] not in _APPOINT:
            continue
        p_at = k + 2 if words[k + 1] in OF_WORDS_NO_DES else k + 1
        if p_at >= len(units) or not _is_person(units[p_at], registry):
            continue
        a = insertion_end(words, p_at + 1, lex.calendar, parenthesis=False)
        cue = match_at(words, a, _TO_POST)
        found = _role_at(view, a + len(cue), lex) if cue is not None else None
        if found is None or found.former or (
                found.end < len(units) and words[found.end] in OF_WORDS_NO_DES):
            continue
        org = _context_org(view, k, registry)
        pid = _person(units[p_at], registry)
        if org and pid and org != pid:
            out.append(RoleMatch(pid, org, ", ".join(dict.fromkeys(found.labels)), False,
                                 units[k].first, units[found.end - 1].last))
    return out


_HIRE = frozenset({"hired", "hires", "recruited", "recruits", "appointed", "appoints", "tapped",
                   "taps", "recrute", "embauche", "nomme", "designe", "engage"})
_TO_RUN = (("to", "run"), ("to", "lead"), ("to", "head"), ("to", "manage"), ("to", "oversee"),
           ("pour", "diriger"), ("pour", "piloter"), ("pour", "gerer"),
           ("pour", "prendre", "la", "tete", "de"), ("pour", "prendre", "les", "commandes", "de"))


def _hired_to_run(view: SentenceView, lex: Lexicon, registry: Registry) -> list[RoleMatch]:
    """"X has hired P to run its Nordic business", "X a recruté P pour diriger ses activités":
    P runs part of X (the hiring verb's subject, the nearest organisation before it). A
    relative clause set off after P may stand between ("hired P, who ran production at Y,
    to run ...")."""
    units, words = view.units, view.words
    out = []
    for k in range(1, len(units) - 2):
        if words[k] not in _HIRE or not _is_person(units[k + 1], registry):
            continue
        j = k + 2
        if j < len(units) and words[j] == ",":
            close = next((q for q in range(j + 1, min(len(units), j + 16))
                          if words[q] == ","), None)
            j = close + 1 if close is not None else j
        cue = match_at(words, j, _TO_RUN)
        after = j + len(cue) if cue is not None else -1
        owned = 0 <= after < len(units) and (words[after] in lex.possessive_pronouns or (
            units[after].is_mention and units[after].mentions[0].kind == "pronoun"
            and units[after].mentions[0].possessive))
        last = units[k + 1].mentions[0].text.split()[-1].lower()
        if not owned or fold(last) in lex.org_heads or (fold(last),) in lex.descriptors \
                or fold(last) in ORG_NAME_ENDINGS:
            continue  # "hired Korvane Partners to run the sale": an adviser, not a manager
        org = _context_org(view, k, registry)
        pid = _person(units[k + 1], registry) if org else None
        if org and pid:
            out.append(RoleMatch(pid, org, "executive", False, units[k].first,
                                 units[after - 1].last))
    return out


def _role_at(view: SentenceView, k: int, lex: Lexicon) -> _Role | None:
    words = view.words
    start = k
    j = k
    while j < len(words) and (words[j] in lex.determiners or words[j] in FORMER_WORDS
                              or j == k and k > 0 and words[k - 1] == ","
                              and words[j] in _NOW
                              or words[j] in _PAIR_COUNTS
                              and _plural_title_at(words, j + 1, lex)):
        j += 1  # "P, aujourd'hui directrice générale de O": the role of P now
    if j < len(words) and words[j] == "-" and j > k:
        j += 1
    labels: list[str] = []
    while j < len(words):
        while j < len(words) and (words[j] in ("main", "principal", "new", "nouveau",
                                               "nouvelle", "current", "actuel", "actuelle",
                                               "interim", "interimaire", "group", "global",
                                               "longtime", "longstanding")
                                  or words[j] in _INCOMING):
            j += 1
        if j + 2 < len(words) and words[j] == "long" and words[j + 1] == "-" \
                and words[j + 2] in ("time", "serving", "standing"):
            j += 3  # "O's long-time managing director, P": a role held now
            continue
        phrase = match_at(words, j, lex.keys["roles"])
        if phrase is None and words[j] in _PARTNER and not labels:
            phrase = (words[j],)  # "O partner P", "P, a partner at O", "associée chez O"
        chief = _chief_officer(view, j)
        phrase = chief if chief and (phrase is None or len(chief) > len(phrase)) else phrase
        area = j
        while area < len(words) and area - j < 2 and words[area] in lex.role_areas:
            area += 1
        if area > j and area < len(words) and words[area] in lex.role_area_heads \
                and not (phrase and len(phrase) > area - j):
            labels.append(" ".join(words[j:area + 1]))  # "procurement director", "sales chief"
            j = area + 1
        elif phrase is None:
            area_end = _area_after(view, j, lex)
            if area_end is None and not labels and _bare_head(view, j):
                labels.append("director")  # "son directeur, P", "la directrice de O, P"
                j += 1
                break
            if area_end is None:
                break
            labels.append(" ".join(view.tokens[view.units[q].first].text.lower()
                                   for q in range(j, area_end)).replace("' ", "'"))
            j = area_end  # "directeur des produits", "directrice de la communication"
            break
        else:
            labels.append(lex.roles.get(phrase, "partner" if phrase[0] in _PARTNER
                                        else " ".join(phrase)))
            j += len(phrase)
        if j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" \
                and match_at(words, j + 1, lex.keys["roles"]):
            j += 3  # "chief executive officer (CEO)": the abbreviation repeats the role
        if j < len(words) and words[j] in lex.role_connectors and j + 1 < len(words) \
                and match_at(words, j + 1, lex.keys["roles"]):
            j += 1
            continue
        if j + 2 < len(words) and words[j] in lex.role_connectors and words[j + 1] in FORMER_WORDS \
                and match_at(words, j + 2, lex.keys["roles"]):
            j += 2  # "co-founder and former chief executive": a former role, all of it
            continue
        if match_at(words, j, lex.keys["roles"]):
            continue  # "administrateur directeur général": two roles side by side
        if j + 1 < len(words) and words[j] == "-" and match_at(words, j + 1, lex.keys["roles"]):
            j += 1  # "président-fondateur", "chairman-founder": two roles in one word
            continue
        break
    if not labels:
        return None
    if j + 1 < len(words) and words[j] in lex.nationalities and words[j + 1] in lex.role_of:
        j += 1  # "le patron néerlandais de O": the nationality of the holder or of O
    if start > 0 and view.units[start - 1].norm in FORMER_WORDS:
        start -= 1
    tokens = view.tokens
    former = former_role(tokens, view.units[start].first, view.units[j - 1].last, lex,
                         view.year)
    return _Role(start, j, tuple(labels), former, words[j - 1] in PLURAL_TITLES)


_BARE_HEADS = frozenset({"directeur", "directrice"})


def _bare_head(view: SentenceView, j: int) -> bool:
    """True when a bare French "directeur" / "directrice" at unit j heads a company, not an
    area (session 25): set off before a name ("son directeur, P") or before the company's
    name ("la directrice de O"; "directeur de recherche" stays out)."""
    words = view.words
    if words[j] not in _BARE_HEADS or j + 1 >= len(words):
        return False
    if words[j + 1] == ",":
        return j + 2 < len(words) and view.units[j + 2].is_mention
    if words[j + 1] not in ("de", "d'", "du", "des"):
        return False
    k = j + 2
    while k < len(words) and words[k] in ("la", "l'", "le", "les"):
        k += 1
    return k < len(words) and view.units[k].is_mention \
        and view.units[k].mentions[0].kind == "name"


PLURAL_TITLES = frozenset({"founders", "co-founders", "cofounders", "fondateurs", "fondatrices",
                           "cofondateurs", "cofondatrices", "co-fondateurs", "co-fondatrices"})
"""Plural titles that name each person of a list after them ("Velmora's co-founders, A and
B, will stay on", "ses deux cofondateurs, A et B") or before them ("A et B, les cofondateurs
de O"): every person of the list holds the title (session 21)."""
def _plural_title_at(words: list[str], j: int, lex: Lexicon) -> bool:
    """True when a plural title starts at word j, in one word ("founders") or several ("co -
    founders": "O's three co-founders", session 22)."""
    if j >= len(words):
        return False
    phrase = match_at(words, j, lex.keys["roles"])
    return words[j] in PLURAL_TITLES or phrase is not None \
        and words[j + len(phrase) - 1] in PLURAL_TITLES


_PAIR_COUNTS = frozenset({"deux", "trois", "two", "three"})
"""Counts read inside a plural title ("ses deux cofondateurs", "its three co-founders")."""


def _plural_holders(view: SentenceView, role: _Role, lex: Lexicon,
                    registry: Registry) -> list[tuple[str, str, bool]]:
    """(person id, org id, departed) for each member of a list of people beside a plural title
    whose company is named or owned by a possessive: "Velmora's co-founders, A and B,", "its
    co-founders, A and B,", "les cofondateurs de O, A et B", "ses deux cofondateurs, A et
    B", "A et B, les cofondateurs de O", "A and B, O's co-founders" (session 21)."""
    units, words, n = view.units, view.words, len(view.units)
    s, e = role.start, role.end
    org: str | None = None
    after = e
    if e + 1 < n and words[e] in lex.role_of:
        k = e + 1
        while k < n and words[k] in lex.determiners:
            k += 1
        if k < n and len(units[k].mentions) >= 3:  # "de O, A et B": one coordinated unit
            head, *rest = (Unit(m.first, m.last, "", (m,)) for m in units[k].mentions)
            listed = [m for m in rest if _is_person(m, registry)]
            org = _org(head, registry) if not _typed_person(head, registry) else None
            if len(listed) < len(rest) or org is None:
                return []
            gone = departed_after(view.tokens, units[k].last, lex)
            return [(pid, org, gone) for pid in (_person(m, registry) for m in listed)
                    if pid is not None]
        if k < n and units[k].is_mention and not _typed_person(units[k], registry):
            org, after = _org(units[k], registry), k + 1
    else:
        owner = s if _possessive_pronoun(units[s]) else s - 1 if s >= 1 and (
            _possessive_pronoun(units[s - 1]) or units[s - 1].possessive
            and units[s - 1].is_mention and not _typed_person(units[s - 1], registry)) \
            else None
        if owner is not None:
            org = _org(units[owner], registry)
    if org is None:
        return []
    people: list[Unit] = []
    if after + 1 < n and words[after] == "," and (after + 2 >= n or words[after + 2] in (",", ".")
                                                  or not units[after + 2].is_mention):
        people = _people(units[after + 1], registry)
    start = s - 1 if s >= 1 and units[s - 1].possessive and units[s - 1].is_mention else s
    if not people and start >= 2 and words[start - 1] == ",":
        people = _people(units[start - 2], registry)
    if len(people) < 2:
        return []
    gone = departed_after(view.tokens, max(max(m.last for m in people),
                                           units[after - 1].last), lex)
    ids = [_person(m, registry) for m in people]
    return [(pid, org, gone) for pid in ids if pid is not None]


def _before_former_title(view: SentenceView, comma: int, registry: Registry) -> int | None:
    """The person before an apposition of a former title that closes at unit `comma`: "P,
    l'ancien patron de Q, aujourd'hui ..." gives P (session 20); None when the segment holds
    no former-word or no person opens it."""
    words = view.words
    for k in range(comma - 1, max(0, comma - 10), -1):
        if words[k] in (",", ";", ".", "(", ")"):
            if words[k] == "," and k >= 1 and _is_person(_last(view.units[k - 1]), registry) \
                    and any(w in FORMER_WORDS for w in words[k + 1:k + 4]):
                return k - 1
            return None
    return None


def _former_title_after(view: SentenceView, p: int, lex: Lexicon) -> bool:
    """True when the person at unit p is set off by a former title of no organisation: "Le
    fondateur, P, ancien président qui avait passé la main, ...", "Founder P, former chairman,
    ..." (session 20): the title before the person is past as well; not "P, ancien directeur
    de Y," (a job elsewhere)."""
    words = view.words
    if p + 2 >= len(words) or words[p + 1] != "," or words[p + 2] not in FORMER_WORDS:
        return False
    role = _role_at(view, p + 2, lex)
    return role is not None and role.former and (
        role.end >= len(words) or words[role.end] in (",", ".", ";", "qui", "who"))


def _former_employer(view: SentenceView, p: int, lex: Lexicon,
                     registry: Registry) -> str | None:
    """The organisation of a former title apposed to the person at unit p ("P, ancien
    directeur des ventes de Q,", "P, the former finance chief of Q"), else None."""
    words, n = view.words, len(view.words)
    k = p + 2
    while k < n and words[k] in lex.determiners:
        k += 1
    if p + 1 >= n or words[p + 1] != "," or k >= n or words[k] not in FORMER_WORDS:
        return None
    role = _role_at(view, k, lex)
    if role is None or not role.former or role.end + 1 >= n or words[role.end] not in lex.role_of:
        return None
    q = role.end + 1
    while q < n and words[q] in lex.determiners:
        q += 1
    return _org(view.units[q], registry) if q < n and view.units[q].is_mention else None


def _chief_officer(view: SentenceView, j: int) -> tuple[str, ...] | None:
    """A "chief ... officer" title the lexicon does not list ("chief identity officer",
    "chief people officer"): one or two plain words between, no name."""
    words = view.words
    if words[j] != "chief":
        return None
    for size in (3, 4):
        end = j + size - 1
        if end < len(words) and words[end] == "officer" and all(
                not view.units[q].is_mention and view.tokens[view.units[q].first].text.isalpha()
                for q in range(j + 1, end)):
            return tuple(words[j:end + 1])
    return None


_BECOME = frozenset({"become", "becomes", "became", "devient", "deviendra", "devenir",
                     "devenu", "devenue"})


def _becomes(view: SentenceView, s: int) -> bool:
    """True when a verb of becoming introduces the role at unit s ("will become O's R",
    "deviendra R de O")."""
    t = s - 1 if s >= 1 and view.units[s - 1].possessive else s
    return t >= 1 and view.words[t - 1] in _BECOME


_PREDECESSOR_CUES = (("succeeds",), ("succeed",), ("succeeded",), ("succeeding",),
                     ("replaces",), ("replace",), ("replaced",), ("replacing",),
                     ("over", "from"), ("succede", "a"), ("succede", "au"), ("succedera", "a"),
                     ("succedera", "au"), ("remplace",), ("remplacera",), ("remplacer",),
                     ("succession", "de"), ("succession", "du"), ("relais", "de"),
                     ("relais", "du"))


def _succeeded_title(view: SentenceView, s: int, lex: Lexicon) -> bool:
    """True when the role at unit s is the title of the person a successor replaces: "took
    over from co-founder P", "who succeeded long-serving boss P", "avait succédé au fondateur
    P", "remplace le directeur général P" (the predecessor's role is former)."""
    words = view.words
    t = s
    while t > 0 and s - t < 4 and (words[t - 1] in lex.determiners or words[t - 1] == "-"
                                   or _plain_word(view, t - 1, lex)
                                   or words[t - 1] in _TITLE_ORG_NOUNS and t == s
                                   or _company_before_title(view, t - 1, s)) \
            and match_ending_at(words, t, _PREDECESSOR_CUES) is None:
        t -= 1
    if match_ending_at(words, t, _PREDECESSOR_CUES) is not None:
        return True
    if t >= 3 and words[t - 1] == "from" and "over" in words[max(0, t - 6):t - 2]:
        return True  # "took over as chief executive from P" (session 18, roles)
    if t < 2 or words[t - 1] not in _PREDECESSOR_LINKS:
        return False
    u = t - 1  # "took over in May from", "a succédé en 2021 au": a date between
    while u > 0 and t - 1 - u < 4 and (words[u - 1] in _DATE_WORDS or words[u - 1].isdigit()):
        u -= 1
    return u < t - 1 and match_ending_at(words, u, _PREDECESSOR_VERBS) is not None


_TITLE_ORG_NOUNS = frozenset({"company", "group", "firm", "business"})
"""An organisation noun right before a predecessor's title: "took over from company founder P"
(session 19, precision)."""
_PREDECESSOR_LINKS = frozenset({"from", "a", "au"})
_PREDECESSOR_VERBS = (("over",), ("succede",), ("succedera",))
_DATE_WORDS = frozenset({"in", "en", "last", "year", "month", "l'", "an", "dernier", "derniere",
                         "early", "earlier", "late", "this", "debut", "fin"}) | MONTHS
"""A date between a verb of succession and its preposition (session 18, hard negatives)."""


def _company_before_title(view: SentenceView, q: int, s: int) -> bool:
    """The company of a predecessor's title before it: "took over from Zentrix's founder P",
    "succeeded Zentrix founder P" (a possessive name, or a name right before the title)."""
    u = view.units[q]
    return u.is_mention and (u.possessive or q == s - 1)


_PARTNER = frozenset({"partner", "associe", "associee"})
"""A partner of a firm is a role held there (not in the lexicon's roles: the mention typing
would take "its partner, Kandor Labs" for a person); only a name typed as a person holds it."""
def _firm_partner(view: SentenceView, role: _Role, p_at: int, registry: Registry) -> bool:
    """True when a "partner"/"associé" role names a partner of a firm: a name typed as a
    person, and the firm right before the word ("Velmora Capital partner P", "the Velmora
    partner who led the deal") or after "at"/"chez" ("P, a partner at O", "associée chez O"),
    not after a possessive or "of"/"de" ("Velmora's partner", "associée de Korvane": a
    business partner)."""
    s, e = role.start, role.end
    while s < e and view.words[s] in ("a", "an", "the", "un", "une", "l'", "le", "la"):
        s += 1
    before = s >= 1 and view.units[s - 1].is_mention and not view.units[s - 1].possessive \
        and not _typed_person(view.units[s - 1], registry)
    return _typed_person(view.units[p_at], registry) \
        and (before or e < len(view.words) and view.words[e] in ("at", "chez"))


_INCOMING = frozenset({"incoming", "future", "futur", "prochain", "prochaine"})
"""A role announced, held from a date to come ("its incoming chief executive", "la future
directrice générale"): announced roles count."""
_NOW = frozenset({"aujourd'hui", "desormais", "now", "currently", "toujours", "still"})
_AREA_HEADS = frozenset({"directeur", "directrice", "responsable", "director"})
_AREA_OF = (("des",), ("du",), ("de", "la"), ("de", "l'"), ("of",))


def _area_after(view: SentenceView, j: int, lex: Lexicon) -> int | None:
    """The end of a role named by its business area after the head: "directeur des
    produits", "directrice de la communication", "director of procurement" (one lower-case
    noun, no name; English since session 24), else None."""
    words = view.words
    if j >= len(words) or words[j] not in _AREA_HEADS:
        return None
    of = match_at(words, j + 1, _AREA_OF)
    k = j + 1 + len(of) if of is not None else -1
    if of is None or k >= len(words) or view.units[k].is_mention \
            or not view.tokens[view.units[k].first].text.isalpha() \
            or not view.tokens[view.units[k].first].text.islower() \
            or words[k] in lex.function_words:
        return None
    q = k + 1  # "directeur des produits frais chez O", "directrice des nouvelles mobilités de
    while q < len(words) and q - k <= 3 and _plain_word(view, q, lex):  # O": adjectives
        q += 1
    return q if q > k + 1 and q < len(words) and (words[q] in lex.role_of or _of_description(
        view, q, lex)) else k + 1  # "... de la division vaccins du groupe"


_AREA_LINKS = frozenset({"of", "for"})
_AREA_TAIL_REACH = 3


def _area_tail(view: SentenceView, e: int, lex: Lexicon) -> int:
    """The unit after an English business area closing a title ("its vice president of
    engineering", "its head of global sales": "of" / "for", then up to three lower-case plain
    words, no name); e itself when none stands there (session 20)."""
    words = view.words
    if e + 1 >= len(words) or words[e] not in _AREA_LINKS:
        return e
    q = e + 1
    while q < len(words) and q - e <= _AREA_TAIL_REACH and _plain_word(view, q, lex):
        q += 1
    return q if q > e + 1 and q < len(words) else e


def _plain_word(view: SentenceView, q: int, lex: Lexicon) -> bool:
    text = view.tokens[view.units[q].first].text
    return not view.units[q].is_mention and text.isalpha() and text.islower() \
        and view.words[q] not in lex.function_words and view.words[q] not in _UNIT_STOPS


_ACRONYM_NOUNS = frozenset({"pme", "eti", "sme", "tpe"})


def _acronym_noun(view: SentenceView, q: int) -> bool:
    """A common noun written as an acronym ("la PME bordelaise O", "the SME O")."""
    return not view.units[q].is_mention and view.words[q] in _ACRONYM_NOUNS


def _is_person(u: Unit, registry: Registry) -> bool:
    """A person name, or an unknown name shaped like one ("Young Liu", "C.C. Wei")."""
    if not u.is_mention or len(u.mentions) != 1:
        return False
    m = u.mentions[0]
    if m.kind != NAME or not m.entity:
        return False
    rec = registry.records.get(m.entity)
    if rec is None:
        return False
    if rec.type == EntityType.PERSON:
        return True
    return rec.known is None and _name_shaped(m.text) \
        and not (m.outlet and rec.type == EntityType.PUBLISHER)  # "le site X Presse, la
    # directrice générale de Y": an outlet's name is no person's (session 18)


def _typed_person(u: Unit, registry: Registry) -> bool:
    if not u.is_mention or len(u.mentions) != 1 or not u.mentions[0].entity:
        return False
    return registry.type_of(u.mentions[0].entity) == EntityType.PERSON


def _name_shaped(text: str) -> bool:
    words = text.replace("-", " ").split()
    if not 2 <= len(words) <= 4 or "&" in text:
        return False
    if fold(words[-1]).strip(".") in LEGAL_SUFFIXES or fold(words[-1]) in ORG_NAME_ENDINGS:
        return False  # "Magnetar Capital" is no person, even when "a round led by" it
    if has_trade_word([fold(w) for w in words]):
        return False  # "Brelmoor Coachworks", "Ceramica Quistelli" (session 20)
    return all(w[:1].isupper() and (not w.isupper() or "." in w) for w in words
               if fold(w) not in ("de", "van", "von", "der", "da", "di", "del", "le", "du"))


def _last(u: Unit) -> Unit:
    """The last member of a coordinated unit ("Jensen Huang et Sam Altman, le PDG de X")."""
    if len(u.mentions) <= 1:
        return u
    m = u.mentions[-1]
    return Unit(m.first, m.last, "", (m,), u.possessive)


def _person(u: Unit, registry: Registry) -> str | None:
    u = _last(u) if u.mentions and all(x.kind == NAME for x in u.mentions) else u
    if not _is_person(u, registry):
        return None
    m = u.mentions[0]
    assert m.entity is not None
    registry.set_type(m.entity, EntityType.PERSON)
    return m.entity


def _org(u: Unit, registry: Registry) -> str | None:
    if not u.is_mention or len(u.mentions) != 1:
        return None
    m: Mention = u.mentions[0]
    if m.kind == PLURAL:
        return None
    for eid in m.resolved if m.kind == NAME else m.candidates[:1]:
        rec = registry.records.get(eid)
        if rec is None:
            continue
        if rec.type in ORG_TYPES or rec.type == EntityType.PUBLISHER:
            return eid
        if rec.known is None and rec.type == EntityType.PERSON and m.kind == NAME:
            return None
    return None


_PLURAL_OPENERS = frozenset({"les", "des", "ces", "ses", "leurs", "the", "its", "their", "two",
                             "deux"})
_INTRODUCERS = frozenset({"selon", "pour", "avec", "chez", "according", "to", "for", "with",
                          "by", "par", "de", "d'"})


def _second_conjunct(view: SentenceView, s: int, registry: Registry) -> int | None:
    """The person of a role that is the second conjunct of an apposition (session 15): "P,
    petit-fils du fondateur et directeur général de O", "P, an engineer by training and chief
    executive of O": a comma right after P, then two to six words with no name, comma or
    quote, then "et"/"and" right before the role with no article; None otherwise."""
    words, units = view.words, view.units
    if s < 4 or words[s - 1] not in ("et", "and") or words[s] in SINGULAR_ARTICLES:
        return None  # "P, le maire et le directeur de O ont signé": three people
    for c in range(s - 2, max(0, s - 8), -1):
        if words[c] == ",":
            if s - 1 - c < 3 or c < 1 or not _is_person(_last(units[c - 1]), registry) \
                    or words[c + 1] in _PLURAL_OPENERS \
                    or c >= 2 and words[c - 2] in _INTRODUCERS:
                return None  # "Selon P, les syndicats et le directeur de O": a list
            return c - 1
        if units[c].is_mention or words[c] in ("«", "»", '"', ";", ":", "(", ")"):
            return None
    return None


def _around(
    view: SentenceView, role: _Role, lex: Lexicon, registry: Registry, context_org: str | None,
    topic: str | None = None, lead: str | None = None,
) -> list[tuple[int, str | None, bool]]:
    """(person unit, org id, former) readings around one role phrase, best first."""
    units = view.units
    words = view.words
    n = len(units)
    s, e = role.start, role.end
    out: list[tuple[int, str | None, bool]] = []
    of_org = None
    e = _area_adjectives(view, role, lex)
    after_of = e
    if e < n and words[e] in lex.role_of and e + 1 < n:
        k = e + 1
        while k < n and words[k] in lex.determiners:
            k += 1
        if k < n and units[k].is_mention:
            of_org = _org(units[k], registry)
            after_of = k + 1
        else:  # "head of international business at O", "directeur de la stratégie de la
            at = _unit_of(view, k, lex)  # division avionique de O": a unit or an area of O
            if at is not None:
                of_org, after_of = _org(units[at], registry), at + 1
    elif e < n and (words[e] in ("charge", "chargee") or match_at(words, e, _IN_CHARGE)):
        at = _unit_of(view, e + (1 if words[e] != "in" else 3), lex)  # "directeur général
        if at is not None:  # chargé des nouveaux investissements de O", "in charge of ... at O"
            of_org, after_of = _org(units[at], registry), at + 1
    elif e < n and _of_description(view, e, lex):
        of_org = _org(units[e], registry)  # "PDG du groupe", "head of the start-up"
        after_of = e + 1
        if of_org and topic and of_org != topic and _speaker_for_governed(
                view, s, e, of_org, lex, registry):
            of_org = topic
    if of_org is None and s >= 2 and (words[s - 1] == "," or words[s - 1] in _LINKS) \
            and lex.language == "en":  # (also "P is now head of sales at O", session 25)
        far = _org_after_area(view, e, lex, registry)  # "P, head of international
        if far is not None:  # business at O", "P, directrice de la stratégie de la
            of_org, after_of = far  # division avionique de O"
    # P, [le] R de O   /   P, O's R   /   P reste R de O   /   P will remain O's R
    if s >= 2 and words[s - 1] == "," and _is_person(_last(units[s - 2]), registry) and of_org \
            and not _apposed_after(view, after_of, registry):
        out.append((s - 2, of_org, False))
    elif of_org and words[s] in _NOW and s >= 2 and words[s - 1] == ",":
        before = _before_former_title(view, s - 1, registry)
        if before is not None:  # "P, l'ancien patron de Q, aujourd'hui président de O"
            out.append((before, of_org, False))
    conjunct = _second_conjunct(view, s, registry) if of_org else None
    if conjunct is not None:  # "P, petit-fils du fondateur et directeur général de O"
        out.append((conjunct, of_org, False))
    if s >= 3 and words[s - 1] == "" and units[s - 1].possessive and words[s - 2] == "," \
            and _is_person(units[s - 3], registry):
        out.append((s - 3, _org(units[s - 1], registry), False))
    possessed = s >= 1 and words[s - 1] == "" and units[s - 1].possessive
    linked = _linked_person(view, s - 1 if possessed else s, registry, lex)
    if linked is not None:
        org = _org(units[s - 1], registry) if possessed else of_org
        if not org and not possessed and not role.former \
                and (after_of >= n or words[after_of] not in lex.role_of):
            org = _own_company(view, linked, registry)  # (not "de la future filiale": a
            # company of its own, left unresolved)
        if org:
            out.append((linked, org, False))
    post = match_ending_at(words, s, _POST)
    if post is not None and s - len(post) >= 1 and not possessed \
            and _is_person(units[s - len(post) - 1], registry):
        # "Chez O, P occupe le poste de R", "P holds the post of R at O"
        at = e + 1 if e < n and words[e] in ("chez", "at", "au", "within", "au", "sein") else -1
        while 0 <= at < n and (words[at] in lex.determiners or words[at] in ("sein", "de")):
            at += 1
        org = of_org or (_org(units[at], registry) if 0 <= at < n else None) \
            or _context_org(view, s - len(post) - 1, registry)
        if org:
            out.append((s - len(post) - 1, org, False))
    # « ... », a déclaré P, [nommée] R: a speaker's role with no organisation of its own
    if not of_org and s >= 2 and _org_after_area(view, e, lex, registry, 2 * AREA_REACH) is None:
        p = s - 1 if words[s - 1] in _APPOINTED else s
        if p >= 2 and words[p - 1] == "," and _is_person(_last(units[p - 2]), registry) \
                and _speaker_role(view, p - 2, lex):
            out.append((p - 2, _context_org(view, p - 2, registry, unquoted=True) or topic
                        or context_org, False))
    # X named P [as] R [of O]: "Velmora named P chief executive", "a nommé P directeur de O"
    named = _appointed(view, s, lex, registry)
    if named is not None:
        out.append((named, of_org or _context_org(view, named, registry) or context_org,
                    False))
    # son R, P / P, son R / its R, P: the organisation the possessive stands for
    owned = s if _possessive_pronoun(units[s]) else s - 1 if s >= 1 and _possessive_pronoun(
        units[s - 1]) else None
    if not of_org and owned is not None:
        owner = _org(units[owned], registry)
        if e + 1 < n and words[e] == "," and _is_person(units[e + 1], registry) \
                and (e + 2 >= n or words[e + 2] in (",", ".")):
            out.append((e + 1, owner, False))
        elif owned >= 2 and words[owned - 1] == "," \
                and _is_person(units[owned - 2], registry) and e < n \
                and words[_area_tail(view, e, lex)] in (",", "."):
            out.append((owned - 2, owner, False))  # "P, its vice president of engineering,"
    # O, whose R, P, ... / O, dont le R, P, ...: the antecedent of the relative possessive
    t = s
    while t > 0 and words[t - 1] in lex.determiners:
        t -= 1
    ante = view.apposition_owner(t - 2) if t >= 3 and words[t - 2] == "," else None
    ante = t - 3 if ante is None else ante  # "O, un atelier de Cholet, dont le gérant, P"
    if not of_org and t >= 3 and words[t - 1] in ("whose", "dont") and words[t - 2] == "," \
            and units[ante].is_mention and not _typed_person(units[ante], registry) \
            and e + 1 < n and words[e] == "," and _is_person(units[e + 1], registry):
        org = _org(units[ante], registry)
        if org:
            out.append((e + 1, org, False))
    # The founder, P, ...: a role opening its sentence or its clause ("tandis que le
    # directeur général, P, a évoqué", "while the chief executive, P, said"), the
    # organisation from context
    if e + 1 < n and words[e] == "," and not of_org and _clause_opening(view, s, lex) \
            and _is_person(units[e + 1], registry) \
            and (e + 2 >= n or words[e + 2] in (",", ".")):
        t = s
        while t > 0 and words[t - 1] in lex.determiners:
            t -= 1
        parallel = _parallel_org(view, t, lex, registry) if t > 0 else None
        out.append((e + 1, parallel or context_org, False))
    # O's R[,] P   /   O R P (not "O sa directrice générale, P": the possessive owns it)
    if s >= 1 and units[s - 1].is_mention and not _typed_person(units[s - 1], registry) \
            and owned != s and not _fronted_agent(view, s, owned, e, lex, registry):
        org = _org(units[s - 1], registry)
        k = e + 1 if e < n and words[e] == "," else e
        if k < n and _is_person(units[k], registry):
            out.append((k, org, False))
    # [le] R de O[,] P   /   le R de O, l'éleveur P (a noun only a person is)
    if of_org:
        k = after_of + 1 if after_of < n and words[after_of] == "," else after_of
        if k > after_of and k + 1 < n and not units[k].is_mention:
            q = k
            while q < n and q - k < 2 and words[q] in lex.determiners:
                q += 1
            if q + 2 < n and words[q + 1] in word_list("person_nouns.txt") \
                    and _plain_word(view, q, lex) and words[q] not in FORMER_WORDS:
                q += 1  # "dairy farmer P"
            if q + 1 < n and words[q] in word_list("person_nouns.txt") \
                    and _is_person(units[q + 1], registry):
                k = q + 1
        if k < n and _is_person(units[k], registry):
            out.append((k, of_org, False))
    # R P, with the organisation from context (not a title of office: "United States
    # President P", "French President P")
    if e < n and _is_person(units[e], registry) and not of_org \
            and not _office_title(view, s, lex) \
            and not _fronted_agent(view, s, owned, e, lex, registry):
        closing = s >= 1 and words[s - 1] == "," and e + 1 < n \
            and match_at(words, e + 1, lex.speech_verbs) is not None
        near = _first_org_at(view, s, registry) if closing \
            else _context_org_at(view, s, registry, unquoted=True)
        speaks = e + 1 < n and match_at(words, e + 1, lex.speech_verbs) is not None
        owner = _org(units[owned], registry) if owned is not None \
            and not (owned >= 1 and words[owned - 1] in _LOST) else None
        if owner is not None and registry.type_of(owner) in ORG_TYPES:
            org = owner  # "fondée à Dijon par sa directrice générale P", "founded in Dayton by
            # its managing director P": the possessive's company, not the place or the
            # nearest name before it (session 22)
        elif near is not None and (speaks or s - near > 3 and words[s - 1] in _WHAT) and (
                _governed(view, near, lex)
                or closing and _topic_beside(view, near, s, topic, lex, registry)):
            org = topic or context_org  # "... with a loan from O, CFO P told analysts",
            # "Questionné sur une vente au norvégien O, le directeur général P a répondu":
            # a lender, a buyer or a partner inside a phrase is not the speaker's employer
        else:
            org = (_org(view.units[near], registry) if near is not None else None) \
                or (topic if _speaker_role(view, s, lex) or _titled_speaker(view, s, e, lex)
                    else None) or context_org
        out.append((e, org, False))
    # P, R in an attribution, with no organisation beside the role: "a précisé P,
    # présidente du directoire et petite-nièce du fondateur", "said P, chief
    # executive.", "a précisé P, nommé directeur financier en mars": the first organisation
    # of the sentence outside quotations, else the context
    if not of_org:
        p_at = _apposed_person(view, s, registry)
        if p_at is not None and _role_closes(view, e, lex) and _attributed(view, p_at, e, lex):
            first = _first_org_at(view, p_at, registry, unquoted=True)
            passage_org = topic or context_org
            employer: str | None
            if first is not None and passage_org and (_governed(view, first, lex) or _topic_beside(
                    view, first, p_at, topic, lex, registry)):
                employer = passage_org  # "... un prêt obtenu auprès de la banque O, a indiqué
                # P, la directrice financière": a lender or a buyer is not the speaker's employer
            else:
                employer = (_org(view.units[first], registry) if first is not None else None) \
                    or passage_org
            employer = _joined_title_org(view, e, lex, registry) or employer
            out.append((p_at, employer, False))
    # "P, who became R in 2021", "P, qui en est toujours le R": a relative on a person
    # giving a current title with no organisation beside it (session 19): the company the
    # passage is about, as for a speaker's title
    if not of_org:
        p_at = _relative_titled(view, s, lex, registry)
        if p_at is not None and _role_closes(view, e, lex) \
                and not (p_at >= 1 and view.words[p_at - 1] in ("par", "by")):
            # (not "Fondée par P, qui en reste la présidente, X ...": the founding verb's
            # rule gives the founder's company)
            out.append((p_at, _first_org(view, p_at, registry, unquoted=True) or topic
                        or context_org, False))
    # "..., a ajouté la directrice commerciale, P.", "..., said the chief executive, P": a title
    # set off before the speaker's name right after the speech verb, with no organisation of
    # its own: the company the article is about (session 18), as for a quoted speaker
    if not of_org and e + 1 < n and words[e] == "," and _is_person(units[e + 1], registry) \
            and (e + 2 >= n or words[e + 2] in (",", ".")) and s >= 1 \
            and match_ending_at(words, s, lex.speech_verbs) is not None \
            and not _office_title(view, s, lex):
        out.append((e + 1, topic or context_org, False))
    # "P, [le] R, VERB ...": a bare title set off after the name that opens its sentence: the
    # organisation the previous sentence opened with, when there is one (session 23)
    if not of_org and not role.former and lead is not None and s == 2 and words[1] == "," \
            and _is_person(_last(units[0]), registry) and _bare_title_closes(view, e, lex) \
            and registry.type_of(lead) in ORG_TYPES:
        out.append((0, lead, False))
    return out


_BARE_TITLE_REACH = 6
"""Units an area or a time phrase may take between a bare title and its closing comma
("directrice générale déléguée chargée de l'industrie", "directeur général délégué depuis
septembre")."""
_NOT_A_VERB = frozenset({"et", "and", "ou", "or", "qui", "who", "which", "que", "dont", "whose"})


def _bare_title_closes(view: SentenceView, e: int, lex: Lexicon) -> bool:
    """True when the title ending at unit e is set off by a comma within `_BARE_TITLE_REACH`
    units, with no name on the way, and a plain word that is no conjunction, relative or
    determiner follows the comma (the sentence's verb, not a second apposition)."""
    words, units = view.words, view.units
    for q in range(e, min(len(words) - 1, e + _BARE_TITLE_REACH + 1)):
        if units[q].is_mention or words[q] in (".", ";", ":", "(", "«", "“", "\""):
            return False
        if words[q] == ",":
            nxt = q + 1
            return not units[nxt].is_mention and words[nxt].isalpha() \
                and words[nxt] not in _NOT_A_VERB and words[nxt] not in lex.determiners \
                and words[nxt] not in FORMER_WORDS
    return False


_LOST = frozenset({"lost", "loses", "perdu", "perd", "perdait"})
"""Verbs before a possessive title that give its holder away ("X lost its finance chief P to
a rival"): the possessive's company is the one left, not the holder's employer."""


def _area_adjectives(view: SentenceView, role: _Role, lex: Lexicon) -> int:
    """The end of a French area title with its adjectives when "de" and a name follow them
    ("directrice des ventes internationales de O", "directeur des opérations marines du
    groupe", session 22): the lexicon's title ends on the area noun; role.end otherwise."""
    e = role.end
    if lex.language != "fr" or e - role.start < 3 or view.words[e - 2] not in ("des", "du"):
        return e
    q = e
    while q < len(view.words) and q - e < 2 and _plain_word(view, q, lex) \
            and view.words[q] not in FORMER_WORDS:
        q += 1
    return q if q > e and q + 1 < len(view.words) and view.words[q] in lex.role_of \
        and (view.units[q + 1].is_mention or view.words[q + 1] in lex.determiners) else e


_FOUNDING = frozenset({"founded", "co-founded", "cofounded", "created", "started", "fonde",
                       "cofonde", "cree"})
"""Active founding verbs of a relative clause on a person ("P, who founded O in 1990,",
"P, qui a créé O en 2004,")."""
_FOUNDING_AUX = frozenset({"has", "had", "a", "avait"})


def _own_company(view: SentenceView, p: int, registry: Registry) -> str | None:
    """The company the sentence ties the person at unit p to before a linking verb gives a
    title with no company of its own (session 22): the possessor of a noun set off before
    the name ("O's owner, P, will stay on as R") or the object of a founding verb in a
    relative clause after it ("P, qui a créé O en 2004, restera R"); not "sa fille, P" nor
    "O's daughter, P": kin, not a post; None when neither."""
    units, words = view.units, view.words
    if p >= 3 and words[p - 1] == "," and not units[p - 2].is_mention \
            and units[p - 3].is_mention and units[p - 3].possessive \
            and units[p - 3].mentions[-1].kind == NAME \
            and words[p - 2] not in word_list("person_nouns.txt"):
        org = _org(units[p - 3], registry)
        if org and registry.type_of(org) in ORG_TYPES:
            return org
    k = p + 2
    if p + 2 < len(words) and words[p + 1] == "," and words[p + 2] in ("who", "qui"):
        k = p + 3
        while k < len(words) and words[k] in _FOUNDING_AUX:
            k += 1
        if k + 1 < len(words) and words[k] in _FOUNDING and units[k + 1].is_mention:
            org = _org(units[k + 1], registry)
            if org and registry.type_of(org) in ORG_TYPES:
                return org
    return None


def _apposed_after(view: SentenceView, k: int, registry: Registry) -> bool:
    """True when a person is set off by commas right after unit k, the end of a role phrase
    ("Selon X, le directeur industriel du groupe, P, a ...", "Per X, the group's industrial
    director, P, will ..."): the role is that person's, not the name before it."""
    words = view.words
    return k + 2 < len(words) and words[k] == "," and words[k + 2] in (",", ".") \
        and _is_person(view.units[k + 1], registry)


def _fronted_agent(view: SentenceView, s: int, owned: int | None, p_at: int, lex: Lexicon,
                   registry: Registry) -> bool:
    """True when the title at s, before the person at p_at, is the agent of a passive role
    verb that opens the sentence and a name follows as its subject ("Dirigée par sa
    cofondatrice P, Quistor...", "Run by its founder P, Quistor..."): the organisation is
    that subject (`_verb_roles`), not the possessive's antecedent in an earlier sentence (a
    description there, "Dirigé par son fondateur P, le néerlandais...", is left to the
    possessive)."""
    by = (owned if owned is not None and owned < s else s) - 1
    return 1 <= by <= 8 and view.words[by] in ("par", "by") \
        and (match_at(view.words, 0, lex.keys["role_verbs"]) is not None
             or _interrupted_passive(view.words, 0, lex)[0] is not None) \
        and _opened_subject(view, p_at, lex, registry) >= 0


_CLAUSE_OPENERS = (("tandis", "que"), ("alors", "que"), ("while",), ("whereas",), ("mais",),
                   ("but",))


_ASKED = frozenset({"interroge", "interrogee", "questionne", "questionnee", "sollicite",
                    "sollicitee", "asked", "pressed", "questioned"})
"""A participle of asking that opens a sentence before its speaker's title ("Interrogé sur
d'éventuelles acquisitions, le directeur financier, P, a indiqué", session 25)."""


_WHAT = frozenset({"what", "ce", "qu'", "que"})
"""The relative before a bare title in "..., in what managing director P describes as" (session
25): the company the supply went to is not the speaker's."""


def _clause_opening(view: SentenceView, s: int, lex: Lexicon) -> bool:
    """True when only determiners stand between the start of the sentence, or of a clause
    ("tandis que", "while"), or of the main clause after an opening participle of asking
    ("Interrogé sur X,", "Asked about X,"), and unit s."""
    t = s
    while t > 0 and view.words[t - 1] in lex.determiners:
        t -= 1
    if t >= 3 and view.words[t - 1] == "," and view.words[0] in _ASKED \
            and "," not in view.words[1:t - 1]:
        return True
    return t == 0 or match_ending_at(view.words, t, _CLAUSE_OPENERS) is not None


def _parallel_org(view: SentenceView, t: int, lex: Lexicon, registry: Registry) -> str | None:
    """The company of a title stated in the clause before the clause opener ending at unit t
    ("P, présidente de O depuis 2019, conserve son poste, tandis que le directeur des
    opérations, Q, pilotera ...": Q's title is at O too, session 22); None when that clause
    gives no title with a company."""
    for k in range(t - 1, -1, -1):
        if view.words[k] in (";", ":", "."):
            return None
        if view.words[k] in lex.role_of and k >= 1 and _role_ending_at(view, k, lex):
            q = k + 1
            while q < t and view.words[q] in lex.determiners:
                q += 1
            org = _org(view.units[q], registry) if q < t and view.units[q].is_mention \
                else None
            if org and registry.type_of(org) in ORG_TYPES:
                return org
    return None


def _role_ending_at(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when a current role phrase ends right before unit k."""
    for start in range(max(0, k - 4), k):
        role = _role_at(view, start, lex)
        if role is not None and role.end == k and not role.former:
            return True
    return False


def _possessive_pronoun(u: Unit) -> bool:
    return u.is_mention and len(u.mentions) == 1 and u.mentions[0].kind == "pronoun" \
        and u.mentions[0].possessive


def _apposed_person(view: SentenceView, s: int, registry: Registry) -> int | None:
    """The person a role at unit s is set off after: "P, R" or "P, nommé R" (None when
    none)."""
    k = s - 1
    if k >= 0 and view.words[k] in _APPOINTED:
        k -= 1
    if k >= 1 and view.words[k] == "," and _is_person(_last(view.units[k - 1]), registry):
        return k - 1
    return None


_NOW_LINKS = frozenset({"is", "remains", "became", "becomes", "has", "been", "now", "still",
                        "est", "reste", "demeure", "devenu", "devenue", "toujours",
                        "desormais"})
"""Words between "who" / "qui" and a title that keep it current ("who has been", "qui en
est toujours"); not "was", "had", "etait": a former title; not "also", "aussi": a second
title, often elsewhere."""
_REPLACED_AS = frozenset({"replaced", "succeeded", "replaces", "succeeds"})


def _relative_titled(view: SentenceView, s: int, lex: Lexicon,
                     registry: Registry) -> int | None:
    """The person a relative clause right after it gives the title at unit s: "P, who
    became R", "P, who has been R", "P, who replaced him as R", "P, qui en est (toujours)
    le R", "P, qui en reste la R", "P, qui est devenue R" (None when none)."""
    words = view.words
    k = s - 1
    while k >= 0 and words[k] in lex.determiners:
        k -= 1
    if k >= 2 and words[k] == "as" and words[k - 1] in ("him", "her", "them") \
            and words[k - 2] in _REPLACED_AS:
        k -= 3  # "who replaced her as head of logistics"
    else:
        if k < 0 or words[k] not in _NOW_LINKS:
            return None
        while k >= 0 and s - k <= 6 and words[k] in _NOW_LINKS:
            k -= 1
        if k >= 0 and words[k] == "en":
            k -= 1  # "qui en est la présidente"
    if k < 2 or words[k] not in ("who", "qui") or words[k - 1] != "," \
            or not _is_person(_last(view.units[k - 2]), registry):
        return None
    return k - 2


def _role_closes(view: SentenceView, e: int, lex: Lexicon) -> bool:
    """True when the role phrase ending at unit e names no organisation after it: the
    sentence or the apposition ends there, or a time phrase then does ("depuis 2012",
    "en mars"), or a second apposition joins it ("et petite-fille du fondateur")."""
    words = view.words
    q = insertion_end(words, e, lex.calendar, parenthesis=False)
    return q >= len(words) or words[q] in (",", ".", ";", ":", ")", "et", "and") \
        or match_at(words, q, _REPLACING) is not None  # "nommé R en mars en remplacement de"


_JOINED_TITLE_REACH = 5
"""At most this many units between "et"/"and" and the "de"/"of" of a second title."""


def _joined_title_org(view: SentenceView, e: int, lex: Lexicon,
                      registry: Registry) -> str | None:
    """The company of a second title joined to the role ending at unit e ("a justifié P,
    cofondatrice et directrice générale de O", session 22): both titles are held at O, not
    at the company the passage is about; None when no "et"/"and" follows the role or the
    second phrase names no company before the apposition ends ("et petite-fille du
    fondateur")."""
    words = view.words
    q = insertion_end(words, e, lex.calendar, parenthesis=False)
    if q >= len(words) or words[q] not in ("et", "and"):
        return None
    for k in range(q + 1, min(len(words) - 1, q + 1 + _JOINED_TITLE_REACH)):
        if words[k] in (",", ".", ";", ":", ")", "(") or view.units[k].is_mention:
            return None
        if words[k] in OF_WORDS_NO_DES and view.units[k + 1].is_mention:
            return _org(view.units[k + 1], registry)
    return None


_REPLACING = (("en", "remplacement", "de"), ("en", "remplacement", "d'"), ("replacing",),
              ("succeeding",), ("in", "place", "of"))


def _attributed(view: SentenceView, p_at: int, e: int, lex: Lexicon) -> bool:
    """True when the person at p_at is the speaker of an attribution: a speech verb right
    before ("a précisé P, R", "said P, R") or right after the apposition ("P, R, said")."""
    words = view.words
    if match_ending_at(words, p_at, lex.speech_verbs) is not None:
        return True
    q = insertion_end(words, e, lex.calendar, parenthesis=False)
    if q + 1 < len(words) and words[q] == ":" and words[q + 1] in _OPEN_QUOTES:
        return True  # "... balayées par P, le directeur général : « Nous ... »" (session 22)
    return q + 1 < len(words) and words[q] == "," \
        and match_at(words, q + 1, lex.speech_verbs) is not None


_IN_CHARGE = (("in", "charge", "of"),)
_UNIT_LINKS = frozenset({"of", "de", "d'", "du", "des", "la", "l'", "le", "the", "and", "et",
                         "for", "pour", "at", "chez"})
_UNIT_STOPS = FORMER_WORDS | {"who", "which", "that", "qui", "que", "qu'", "dont", "whose",
                              "since", "depuis", "until", "jusqu'", "when", "quand", "lorsque"}


def _unit_of(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """The organisation unit after a business unit or area that a role heads, the role's
    "of"/"de" already read: "[head of] international business at O", "[directeur de] la
    stratégie de la division avionique de O", "[head of] the cloud unit of O". Only lower-case
    words (nouns, adjectives) and their links may stand between; the organisation follows
    "of", "de", "at" or "chez" (None when no such organisation closes the span)."""
    units, words, tokens = view.units, view.words, view.tokens
    q = k
    content = 0
    described = _described_name(view, k, lex)
    while q < len(units) and q - k < 10:
        u = units[q]
        if u.is_mention:
            if content and q > k and (words[q - 1] in lex.role_of | {"at", "chez"}
                                      | lex.determiners or _of_description(view, q, lex)
                                      or q == described):
                return q  # "... des actifs du groupe": the description carries its "du"
            if not (u.mentions[0].kind != NAME and tokens[u.first].norm in ("d'", "de")):
                return None  # "chargé des projets d'entreprise et des ...": a generic noun
            content += 1
            q += 1
            continue
        w = words[q]
        text = tokens[u.first].text
        if w in _UNIT_STOPS:
            return None
        if w not in _UNIT_LINKS and not _area_adjective(view, q, lex):
            if not (text.isalpha() and text.islower()) \
                    or (w in lex.function_words and (w,) not in lex.descriptors):
                return None
            content += 1
        q += 1
    return None


def _described_name(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The unit of a name that a descriptor or rival noun at unit k and at most two
    adjectives introduce after a role's "of"/"de" ("[directeur des ventes de son] concurrent
    lyonnais O", "[chief operating officer of] Swiss rival O", session 22); -1 when none."""
    words = view.words
    q = k
    while q < len(words) and q - k < 3 and _area_adjective(view, q, lex):
        q += 1  # "Swiss rival O"
    if q >= len(words) or not ((words[q],) in lex.descriptors or words[q] in RIVAL_NOUNS) \
            or view.units[q].is_mention:
        return -1
    q += 1
    while q < len(words) and q - k < 4 and not view.units[q].is_mention \
            and view.tokens[view.units[q].first].text.isalpha() \
            and view.tokens[view.units[q].first].text.islower() \
            and words[q] not in lex.function_words:
        q += 1  # "concurrent lyonnais O"
    return q if q < len(words) and view.units[q].is_mention \
        and view.units[q].mentions[0].kind == NAME else -1


_POINTS = frozenset({"north", "south", "east", "west", "central", "northern", "southern",
                     "eastern", "western"})


def _area_adjective(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when the word at unit k is a capitalised adjective of place inside a business
    area ("head of North American projects at O", "European sales"): a nationality, or a
    point of the compass before one."""
    words = view.words
    if view.units[k].is_mention or not view.tokens[view.units[k].first].text[:1].isupper():
        return False
    return words[k] in lex.nationalities or words[k] in _POINTS and k + 1 < len(words) \
        and words[k + 1] in lex.nationalities


def _of_description(view: SentenceView, e: int, lex: Lexicon) -> bool:
    """True when the unit at e is a description or a reference that carries its own "de"
    ("du groupe", "de la coopérative", "of the start-up") right after a role."""
    u = view.units[e]
    if not u.is_mention or len(u.mentions) != 1 or u.mentions[0].kind == NAME:
        return False
    toks = view.tokens
    first = fold(toks[u.first].text.lower()).replace("’", "'")
    second = toks[u.first + 1].norm if u.first + 1 < u.last else ""
    return first == "du" or (first in lex.role_of and second in lex.determiners)


_APPOINTED = frozenset({"nomme", "nommee", "named", "appointed", "promu", "promue", "promoted"})


def _speaker_role(view: SentenceView, s: int, lex: Lexicon) -> bool:
    """True when the role at unit s names the speaker of a quotation after its speech verb
    ('« ... », a déclaré le directeur général P', '"...", said chief executive P'): with no
    organisation of its own, the speaker's is the company the article is about, more than
    the subject of the sentence before."""
    words = view.words
    return s >= 2 and match_ending_at(words, s, lex.speech_verbs) is not None \
        and any(w in ("»", "\"", "”") for w in words[max(0, s - 6):s])


def _titled_speaker(view: SentenceView, s: int, e: int, lex: Lexicon) -> bool:
    """True when a title opens the sentence (or follows its quotation) and the person after it
    speaks: "Chief Financial Officer P said the deal...", '"...," Chief Executive P told
    reporters'. With no organisation named before, the speaker's is the article's company
    rather than the last subject (often the target or a partner)."""
    words = view.words
    t = s
    while t > 0 and words[t - 1] in lex.determiners:
        t -= 1
    opening = t == 0 or words[t - 1] in _CLOSE_QUOTES or words[t - 1] == "," and t >= 2 \
        and words[t - 2] in _CLOSE_QUOTES
    after = e + 1
    if after < len(words) and words[after] == ",":  # "P, who joined from Y in 2024, said"
        after = next((q + 1 for q in range(after + 1, min(len(words), after + 16))
                      if words[q] == ","), len(words))
    return opening and after < len(words) and match_at(words, after, lex.speech_verbs) is not None


_FOR = frozenset({"for"})
"""The preposition of a title's area that names its organisation only as a possessor: "head
of procurement for O's clinics" (O's title; "head of sales for O" may be a customer's)."""
_AREA_STOPS = frozenset({",", ".", "qui", "who", "which", "que", "lors", "during", "when",
                         "lorsque", "quand", "since", "depuis"})
AREA_REACH = 9
"""How many units a role's complements ("of international business", "chargée des actifs",
"de la division avionique") may run before the organisation they are at."""


def _org_after_area(
    view: SentenceView, e: int, lex: Lexicon, registry: Registry, reach: int = AREA_REACH,
) -> tuple[str, int] | None:
    """The organisation at the end of a role's lower-case complements, after "of" or "at"
    (and the unit after it), if any. English only: the French reading ("P, directrice de la
    stratégie de la division avionique de O", "chargée des actifs du groupe") raised the read
    sets by 2 but asserted one hard negative more on unread French text (session 14)."""
    units, words, toks = view.units, view.words, view.tokens
    for k in range(e + 1, min(len(units), e + reach)):
        u = units[k]
        if u.is_mention:
            linked = words[k - 1] in lex.role_of or toks[u.first].norm in ("du", "des") \
                or (words[k - 1] in _FOR and u.possessive)  # "for O's clinics" (session 24)
            org = _org(u, registry) if linked else None
            return (org, k + 1) if org is not None else None
        w = words[k]
        if w in _AREA_STOPS or w in HARD_BOUNDARIES \
                or not (toks[u.first].text.islower() or _area_adjective(view, k, lex)) \
                or match_at(words, k, lex.speech_verbs) is not None:
            return None
    return None


def _agent_after_title(view: SentenceView, j: int, lex: Lexicon, registry: Registry) -> int:
    """The person of a passive role verb after a title of their own or an occupation noun:
    "dirigée par son fondateur P", "fondée par la chimiste P" (session 16), "run by chief
    executive P", "run by former Zentrox executive P" (an
    organisation inside the title only after "former": where the person worked before).
    Returns j itself when no such title stands there."""
    units = view.units
    words = view.words
    if j >= len(units) or _people(units[j], registry):
        return j
    former = False
    q = j
    while q < len(units) and q - j < 5 and not _people(units[q], registry):
        w = words[q]
        if w in FORMER_WORDS:
            former = True
        elif units[q].is_mention and units[q].mentions[0].kind == "pronoun" \
                and units[q].mentions[0].possessive:
            pass  # "dirigée par ses codirecteurs généraux A et B"
        elif units[q].is_mention:
            if not former:
                return j
        elif w == "," and q > j and q + 1 < len(units) and _people(units[q + 1], registry):
            pass  # "dirigés par leur gérant historique, P": the name set off after the title
        elif not (w in lex.determiners or w in lex.possessive_pronouns
                  or _title_word(w, lex) or w in ("co", "-") or (former and w in _JOBS)
                  or w in word_list("person_nouns.txt")
                  or (q > j and w in _TITLE_ADJECTIVES)):  # "par la chimiste P"
            return j
        q += 1
    if q == j or q >= len(units) or not _people(units[q], registry) \
            or not any(_title_word(words[t], lex) or (former and words[t] in _JOBS)
                       or words[t] in word_list("person_nouns.txt") for t in range(j, q)):
        return j
    return q


_TITLE_ADJECTIVES = frozenset({"historique", "historiques", "actuel", "actuelle", "current",
                               "longtime", "emblematique"})
"""Adjectives after a title that keep it a title held now ("leur gérant historique, P")."""
_JOBS = frozenset({"engineer", "executive", "banker", "researcher", "scientist", "manager",
                   "consultant", "trader", "employee", "ingenieur", "ingenieure", "cadre",
                   "chercheur", "chercheuse", "banquier", "banquiere", "consultante",
                   "salarie", "salariee", "employe"})


def _title_word(w: str, lex: Lexicon) -> bool:
    """A word of a title before a name, also shared or plural: "chief", "executives",
    "codirecteurs", "généraux"."""
    for form in (w, w.removeprefix("co-"), w.removeprefix("co")):
        for cand in (form, form.removesuffix("s"), form.removesuffix("aux") + "al"):
            if cand in lex.role_words or cand == "executive":
                return True
    return False


def _people(u: Unit, registry: Registry) -> list[Unit]:
    """The person units of a unit: itself when it is a person, each member of a list of
    people ("co-chief executives A and B"), else none."""
    if _is_person(u, registry):
        return [u]
    if len(u.mentions) < 2:
        return []
    members = [Unit(m.first, m.last, "", (m,)) for m in u.mentions]
    return members if all(_is_person(m, registry) for m in members) else []


def _speaker_for_governed(view: SentenceView, s: int, e: int, org: str, lex: Lexicon,
                          registry: Registry) -> bool:
    """True when the role at unit s is a speaker's ("a précisé P, directrice industrielle du
    groupe") and its description ("du groupe", "of the manufacturer") was resolved to a
    company this sentence names only after a governing preposition ("fournie par l'italien
    O", "un partenariat avec O"): a supplier, lender or partner in a phrase is not the
    speaker's employer, as for a bare title (session 24)."""
    p_at = _apposed_person(view, s, registry)
    if p_at is None or not _attributed(view, p_at, e, lex):
        return False
    named = [k for k in range(p_at) if view.units[k].is_mention
             and len(view.units[k].mentions) == 1 and view.units[k].mentions[0].kind == NAME
             and _org(view.units[k], registry) == org]
    return bool(named) and all(_governed(view, k, lex) for k in named)


def _topic_beside(view: SentenceView, first: int, before: int, topic: str | None,
                  lex: Lexicon, registry: Registry) -> bool:
    """True when the sentence, before unit `before`, also names or describes the company the
    article is about after its first organisation at unit `first`: "O, which owns 18% of X,
    backed the deal, CFO P said", "O has signed an agreement with the developer, CFO P told
    analysts". The first organisation is then a holder, a customer or a partner of that
    company, whose speaker a bare title names (session 24)."""
    u = view.units[first]
    if topic is None or u.mentions[0].kind != NAME or _org(u, registry) == topic:
        return False  # (not "The cooperative, which ..., chief executive P said": a
        # description of the first organisation is the article's company itself)
    return any(view.units[k].is_mention and len(view.units[k].mentions) == 1
               and _org(view.units[k], registry) == topic
               and not _governed(view, k, lex, _SOURCE_HEADS) for k in range(first + 1, before))


_SOURCE_HEADS = frozenset({"from", "by", "par"})
"""Prepositions giving the article's company as the source or the agent of what the first
organisation does ("O, which sources its enzymes from X, does not expect ..., procurement
director P said"): O speaks of its own dealings, through its own director."""


def _first_org(view: SentenceView, before: int, registry: Registry,
               unquoted: bool = False) -> str | None:
    """The organisation id of `_first_org_at`."""
    at = _first_org_at(view, before, registry, unquoted)
    return _org(view.units[at], registry) if at is not None else None


_GOVERNING = frozenset({"from", "by", "with", "to", "into", "a", "au", "aux", "par", "avec",
                        "sur", "aupres", "vers", "against", "contre"})
"""Prepositions whose object is not the employer of a title with no company of its own ("a
loan from O", "led by O", "une vente au norvégien O"); not "chez", "at", "for", "pour",
"de", "of", which often name it ("Chez O, le directeur ...", "Sales at O rose, CFO P said")."""


_GOVERNED_REACH = 4
"""How far before a mention its governing preposition may stand: three determiners or
lower-case words between ("from the Swiss bank O")."""


def _governed(view: SentenceView, k: int, lex: Lexicon,
              heads: frozenset[str] = _GOVERNING) -> bool:
    """True when the mention at unit k is the object of a `_GOVERNING` preposition or of
    "auprès de", through at most three determiners or lower-case words ("from the Swiss bank
    O", "au norvégien O", "auprès de la banque O")."""
    words = view.words
    q = k - 1
    while q >= 0 and q > k - 1 - _GOVERNED_REACH:
        if words[q] in heads or words[q] in ("de", "d'") and q >= 1 \
                and words[q - 1] == "aupres":  # "auprès de O"
            return True
        if words[q] == "'s":  # "with Norway's O", "from South Korea's O": a place's
            q -= 1  # possessive, read past as a whole (session 24)
            while q >= 0 and q > k - 5 - _GOVERNED_REACH and not view.units[q].is_mention \
                    and view.tokens[view.units[q].first].text[:1].isupper():
                q -= 1
            continue
        if not (words[q] in lex.determiners or _plain_word(view, q, lex)):
            return False
        q -= 1
    return False


def _first_org_at(view: SentenceView, before: int, registry: Registry,
                  unquoted: bool = False) -> int | None:
    """The first organisation of the sentence before unit `before`: the one a closing
    attribution (", procurement director P said.") speaks for; with `unquoted`, none inside
    a quotation ('"X came to us," said P, chief executive': P's company is left unsaid)."""
    inside = None
    for k in range(before):
        w = view.words[k]
        if unquoted and inside is None and w in _OPEN_QUOTES:
            inside = _OPEN_QUOTES[w]
            continue
        if inside is not None:
            inside = None if w == inside else inside
            continue
        u = view.units[k]
        if u.is_mention and len(u.mentions) == 1:
            org = _org(u, registry)
            if org and registry.type_of(org) in ORG_TYPES:
                return k
    return None


_LINKS = frozenset({"is", "was", "remain", "remains", "remained", "become", "becomes", "became",
                    "will", "would", "has", "have", "had", "been", "be", "named", "appointed",
                    "reste", "restera", "restait", "demeure", "est", "sera", "etait", "devient",
                    "deviendra", "devenu", "devenue", "a", "ete", "nomme", "nommee", "va",
                    "rester", "devenir", "still", "toujours", "now", "desormais", "also",
                    "aussi", "egalement", "stays", "stay", "stayed", "on"})
_STAY_AS = frozenset({"on", "stays", "stay", "stayed", "remains", "remain", "remained"})
_APPOINT = frozenset({"named", "names", "name", "appointed", "appoints", "appoint", "nomme",
                      "nommera", "nommer", "designe", "designera", "designer"})


def _described_person(view: SentenceView, r: int, registry: Registry) -> int:
    """The person named before a short apposition that the relative pronoun at unit r closes:
    "P, a co-founder who runs O", "P, une ingénieure qui dirige O" (session 15, residual); -1
    when no person stands right before the apposition's comma."""
    c = r - 1
    while c > 0 and r - c <= 5 and view.words[c] != "," and not view.units[c].is_mention:
        c -= 1
    if c >= 1 and view.words[c] == "," and c + 1 < r \
            and view.words[c + 1] in ("a", "an", "the", "un", "une", "le", "la", "l'") \
            and _is_person(view.units[c - 1], registry):
        return c - 1
    return -1


def _linked_person(view: SentenceView, s: int, registry: Registry,
                   lex: Lexicon | None = None) -> int | None:
    """The person unit a copula links to the role starting at unit s: "P will remain R",
    "P reste R", "P a été nommé R", "P is now R"; given `lex`, through a time phrase
    between the verb and the role ("P, devenu depuis R", "P est devenu l'an dernier R",
    "P became in 2021 R", session 22) (None when no such link)."""
    top = s if lex is None else _after_linked_time(view, s, lex)
    k = top - 1
    while k >= 0 and top - k <= 4 and (view.words[k] in _LINKS or view.words[k] in _TIME_ADVERBS
                                       or view.words[k] == "as" and k >= 1
                                       and view.words[k - 1] in _STAY_AS):
        k -= 1  # "P will stay on as O's R", "P remains as R of O"
    if k >= 0 and k + 1 < s and view.words[k] in _IN_ORDER_TO \
            and view.words[k + 1] in ("devenir", "become"):
        return _leaver(view, k, registry)  # "P a quitté X en 2024 pour devenir R de O"
    if k >= 1 and k < top - 1 and view.words[k] in ("who", "qui") and view.words[k - 1] == ",":
        k -= 2  # "P, who is also R of O", "P, qui est aussi R de O"
    elif k >= 2 and k < top - 1 and view.words[k] == "," and view.words[k - 2] == "," \
            and _is_person(_last(view.units[k - 1]), registry):
        k -= 1  # "its chief executive, P, will become O's R": P set off after a title
    elif k >= 1 and k < top - 1 and view.words[k] == "," and view.words[k + 1] in _PARTICIPLES \
            and _is_person(_last(view.units[k - 1]), registry) \
            and not (k >= 2 and view.words[k - 2] in ROLE_OF):
        k -= 1  # "P, devenu depuis R de O": a participle set off after the name (session 22);
        # not "P, a niece of Q, will remain R", "P, directeur de Q, nommé R": the name closes
        # an apposition
    elif k >= 0 and k < top - 1 and view.words[k] == ",":
        k = _apposition_opener(view, k, registry, 16)  # "P, fille du fondateur, reste R de O"
    if k == top - 1 or k < 0 or not _is_person(_last(view.units[k]), registry):
        return None
    return k


_PARTICIPLES = frozenset({"devenu", "devenue", "nomme", "nommee", "named", "appointed"})
"""Participles that may open an apposition giving a person's new title ("P, devenu R de O",
"P, named R of O")."""
_TIME_ADVERBS = frozenset({"depuis", "since"})
"""Time adverbs that may stand alone among the linking verbs before a title ("devenu depuis
directeur", "who has since become R")."""


def _after_linked_time(view: SentenceView, s: int, lex: Lexicon) -> int:
    """The start of a time phrase that ends right before the role at unit s and follows a
    linking verb ("devenu depuis R", "est devenu l'an dernier R", "became in 2021 R"); s
    when none does."""
    words = view.words
    for j in range(s - 2, max(0, s - 7), -1):
        if words[j] in _LINKS and insertion_end(words, j + 1, lex.calendar,
                                                parenthesis=False) == s:
            return j + 1
    return s


_IN_ORDER_TO = frozenset({"pour", "to"})
_LEAVE = frozenset({"quitte", "quittera", "quittait", "quitter", "left", "leaves", "leave",
                    "leaving", "quit", "quits", "partie", "parti", "partis", "parties"})
_AUX = frozenset({"a", "avait", "aura", "va", "has", "had", "will", "would", "is", "was",
                  "est", "etait", "sera", "then", "puis", "finally", "finalement"})


def _left_to_become(view: SentenceView, s: int) -> bool:
    """True when the role at unit s is the one a person left an employer for: "P a quitté X
    pour devenir R de O", "P left in 2024 to become R at O" (the departure is from X)."""
    k = s - 1
    while k >= 1 and view.words[k] in _LINKS and view.words[k] not in ("devenir", "become"):
        k -= 1
    return k >= 1 and view.words[k] in ("devenir", "become") \
        and view.words[k - 1] in _IN_ORDER_TO


def _leaver(view: SentenceView, k: int, registry: Registry) -> int | None:
    """The person who leaves an employer to take a role elsewhere, the role or its verb after
    "pour"/"to" at unit k: "P a quitté X en 2024 pour devenir R de O", "P, who designed it,
    left in 2024 to become R at O", "P, partie prendre la direction financière de O". The
    person is the subject of the verb of leaving (set off by commas or not); None when no
    such verb stands within a few words before k, or another verb's subject does."""
    words, units = view.words, view.units
    leave = next((q for q in range(k - 1, max(-1, k - 9), -1) if words[q] in _LEAVE), None)
    if leave is None or any(w in (";", ":", "(", ")") for w in words[leave:k]):
        return None
    q = leave
    while q >= 1 and words[q - 1] in _AUX:
        q -= 1
    if q >= 1 and _is_person(_last(units[q - 1]), registry):
        return q - 1
    c = q - 1
    for _ in range(3):  # "P, its former R, who designed it, left in 2024 to become ...": the
        # person before one or two appositions; "le prédécesseur de A, P, avait quitté ..."
        if c < 1 or words[c] != ",":
            return None
        if _is_person(units[c - 1], registry):
            return c - 1
        c = next((b for b in range(c - 1, max(-1, c - 12), -1)
                  if words[b] in (",", ";", ":", "(", ")", '"', "«", "»")), -1)
    return None


def _apposition_opener(view: SentenceView, close: int, registry: Registry,
                       reach: int = 10) -> int:
    """The person before an apposition closed by the comma at unit `close` ("P, fille du
    fondateur, reste...", "P, président du directoire depuis trois ans, restera..."), or -1."""
    for c in range(close - 1, max(0, close - reach), -1):
        if view.words[c] in (";", ":", ".", "(", ")"):
            return -1
        if view.words[c] == ",":
            return c - 1 if c >= 1 and _is_person(view.units[c - 1], registry) else -1
    return -1


def _appointed(view: SentenceView, s: int, lex: Lexicon, registry: Registry) -> int | None:
    """The person an appointment verb names to the role at unit s: "named P chief
    executive", "will name P as R", "a nommé P directeur général"."""
    k = s - 1
    if k >= 0 and view.words[k] in ("as", "comme"):
        k -= 1
    if k < 1 or not _is_person(view.units[k], registry) or view.words[k - 1] not in _APPOINT:
        return None
    return k


_SUCCESSION_PASSIVE = (("replaced", "by"), ("succeeded", "by"), ("remplace", "par"),
                       ("remplacee", "par"))
_SUCCESSION_ACTIVE = (("succeeds",), ("succeed",), ("succeeded",), ("replaces",), ("replace",),
                      ("replaced",), ("takes", "over", "from"), ("took", "over", "from"),
                      ("succede", "a"), ("succedera", "a"), ("remplace",), ("remplacera",),
                      ("prend", "la", "succession", "de"), ("prendra", "la", "succession", "de"))
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "il", "elle", "lui"})
_SUCCESSION_WORDS = frozenset(p[0] for p in _SUCCESSION_PASSIVE + _SUCCESSION_ACTIVE)


def _successors(
    view: SentenceView, lex: Lexicon, registry: Registry, holders: Holders
) -> list[RoleMatch]:
    """The successor takes the role of the person replaced: "Il a été remplacé par P", "He
    was replaced by P", "P succeeds X", "Elle succède à X" (X's role and organisation from an
    earlier statement of the article)."""
    units, words = view.units, view.words
    out = []
    for k in range(len(units)):
        if words[k] not in _SUCCESSION_WORDS:
            continue
        passive = match_at(words, k, _SUCCESSION_PASSIVE)
        if passive is not None:
            agent = k + len(passive)
            before = _predecessor(view, k - 1, -1, registry, holders)
            if before is not None and agent < len(units):
                out.extend(_succession(view, agent, before, k, registry, holders))
            continue
        active = match_at(words, k, _SUCCESSION_ACTIVE)
        if active is None or k == 0:
            continue
        after = _predecessor(view, k + len(active), 1, registry, holders)
        subject = _subject_person(view, k - 1, registry)
        if after is not None and subject is not None:
            out.extend(_succession(view, subject, after, k, registry, holders))
    return out


_HANDOVER = tuple(
    (verb, *thing)
    for verbs, things in (
        (("cede", "cedera", "ceder", "cedait"), (("sa", "place"), ("la", "main"),
                                                 ("les", "renes"), ("le", "fauteuil"))),
        (("passe", "passera", "passer", "passait"), (("le", "relais"), ("la", "main"),
                                                     ("le", "flambeau"), ("les", "renes"))),
        (("hand", "hands", "handed", "handing"), (("over",), ("the", "reins"))),
        (("pass", "passes", "passed", "passing"), (("the", "baton"), ("the", "reins"))))
    for verb in verbs for thing in things)
"""A holder handing a post to a successor named after "à" / "to" (session 20): "P cédera sa
place en avril à Q", "P passe le relais à Q", "P will hand over to Q"."""
_HANDOVER_WORDS = frozenset(p[0] for p in _HANDOVER)
_HANDOVER_REACH = 4
"""How many words may come between the handover phrase and "à" / "to" ("en avril")."""


def _handovers(
    view: SentenceView, registry: Registry, found: list[RoleMatch], holders: Holders
) -> list[RoleMatch]:
    """The successor to whom a holder hands a post takes the holder's role: "Le directeur
    général de O, P, cédera sa place en avril à Q", "O chief executive P will hand over to Q"
    (the holder's role from this sentence or an earlier one)."""
    units, words = view.units, view.words
    held = dict(holders.roles)
    held.update({m.person: (m.org, m.role) for m in found})
    out = []
    for k in range(1, len(units)):
        if words[k] not in _HANDOVER_WORDS:
            continue
        phrase = match_at(words, k, _HANDOVER)
        if phrase is None:
            continue
        j = k + len(phrase)
        while j < len(units) and j - k - len(phrase) < _HANDOVER_REACH \
                and words[j] not in ("a", "to") and not units[j].is_mention \
                and words[j] not in (",", ".", ";"):
            j += 1  # "en avril", "in April"
        if j + 1 >= len(units) or words[j] not in ("a", "to") \
                or not _is_person(units[j + 1], registry):
            continue
        p = k - 1
        while p >= 0 and words[p] in _LINKS:
            p -= 1  # "P va céder", "P will hand over"
        if p >= 1 and words[p] == ",":  # "Le directeur général de O, P, cédera ..."
            p = p - 1 if _is_person(units[p - 1], registry) \
                and _person(units[p - 1], registry) in held \
                else _apposition_opener(view, p, registry, 16)  # "P, directeur général de O,
        before = _person(units[p], registry) if p >= 0 and _is_person(units[p], registry) \
            else None  # passera le relais à Q"
        pid = _person(units[j + 1], registry)
        if before is None or pid is None or pid == before or before not in held:
            continue
        org, role = held[before]
        out.append(RoleMatch(pid, org, role, False, units[k].first, units[j + 1].last))
    return out


_POST_VERBS = frozenset({"cede", "cedera", "ceder", "cedait", "transmet", "transmettra",
                         "transmis", "transmettre", "hand", "hands", "handed", "handing",
                         "pass", "passes", "passed", "passing"})
_POSTS = (("presidence",), ("direction", "generale"), ("direction", "financiere"),
          ("direction",), ("gerance",), ("chairmanship",), ("presidency",),
          ("chief", "executive", "role"), ("chief", "executive", "post"), ("top", "job"))
_POST_ROLES = {"presidence": "chairman", "chairmanship": "chairman", "presidency": "president",
               "financiere": "CFO", "gerance": "managing director"}
_POST_DETERMINERS = frozenset({"la", "sa", "leur", "the", "his", "her", "their", "its"})
_POST_REACH = 6
"""Most words between a handed post and "à" / "to" ("de l'entreprise en 2022", "du site de
Quimper")."""
_POST_AUX = frozenset({"avait", "avaient", "aura", "vient", "venait", "de", "deja", "already"})
"""Auxiliaries and adverbs between the holder and the verb of handing ("P avait déjà cédé",
"P vient de céder")."""


def _posts_handed(
    view: SentenceView, lex: Lexicon, registry: Registry, found: list[RoleMatch],
    holders: Holders,
) -> list[tuple[RoleMatch, str]]:
    """A holder handing a named post to a successor (session 25): "P a cédé (l'an dernier)
    la présidence (de O) à Q", "P cède la direction générale à Q", "P handed the
    chairmanship to Q": Q holds that post at O, else at the holder's organisation (from this
    sentence or an earlier one); each with the holder's id, whose role there is now past."""
    units, words = view.units, view.words
    n = len(units)
    held = dict(holders.roles)
    held.update({m.person: (m.org, m.role) for m in found})
    out: list[tuple[RoleMatch, str]] = []
    for k in range(1, n):
        if words[k] not in _POST_VERBS:
            continue
        j = insertion_end(words, k + 1, lex.calendar, parenthesis=False)
        while j < n and j - k <= 3 and words[j] in _DATE_WORDS:
            j += 1  # "a cédé l'an dernier la présidence"
        if j < n and words[j] == "over":
            j += 1  # "handed over the chairmanship to Q"
        if j >= n or words[j] not in _POST_DETERMINERS:
            continue
        post = match_at(words, j + 1, _POSTS)
        if post is None:
            continue
        q = j + 1 + len(post)
        a = q
        while a < n and a - q < _POST_REACH and words[a] not in ("a", "to", ",", ".", ";"):
            a += 1  # "de l'entreprise en 2022", "du site de Quimper"
        if a + 1 >= n or words[a] not in ("a", "to") or not _is_person(units[a + 1], registry):
            continue
        p = k - 1
        while p >= 0 and (words[p] in _LINKS or words[p] in _POST_AUX or words[p] in lex.inserts):
            p -= 1  # "P avait déjà cédé", "P will hand"
        if p >= 1 and words[p] == ",":  # "Le fondateur de O, P, a cédé", "P, qui a fondé O
            p = p - 1 if _is_person(units[p - 1], registry) \
                else _apposition_opener(view, p, registry, 16)  # et l'a dirigée, a cédé"
        before = _person(units[p], registry) if p >= 0 \
            and _is_person(units[p], registry) else None
        if before is None and p >= 0 and words[p] in ("et", "and"):
            before = next((m.person for m in found if m.last < units[k].first), None)
            # "P prend sa retraite et cède la direction à Q": the holder the sentence opened with
        pid = _person(units[a + 1], registry)
        if before is None or pid is None or pid == before:
            continue
        org = held[before][0] if before in held else None
        if q + 1 < n and words[q] in ROLE_OF | {"des"}:
            d = q + 1
            while d < n and words[d] in lex.determiners:
                d += 1
            if d < n and units[d].is_mention and (units[d].mentions[0].kind == "name"
                                                  or org is None):
                named = _org(units[d], registry)  # "la présidence de O" ("de l'entreprise":
                if named and registry.type_of(named) in ORG_TYPES:  # the holder's company
                    org = named  # when known)
        if org is None:
            continue
        role = _POST_ROLES.get(post[-1] if post[-1] != "generale" else post[0], "CEO")
        out.append((RoleMatch(pid, org, role, False, units[k].first, units[a + 1].last),
                    before))
    return out


def _predecessor(
    view: SentenceView, k: int, step: int, registry: Registry, holders: Holders
) -> str | None:
    """The person replaced: a name next to the succession verb, or "il"/"he"/"him" for the
    article's latest role holder."""
    while 0 <= k < len(view.units) and view.words[k] in _LINKS:
        k += step
    if not 0 <= k < len(view.units):
        return None
    u = view.units[k]
    if view.words[k] in _THIRD_PERSON or (u.is_mention and u.mentions[0].kind == "pronoun"):
        return holders.last
    if _is_person(u, registry) and u.mentions[0].entity in holders.roles:
        return u.mentions[0].entity
    return None


def _subject_person(view: SentenceView, k: int, registry: Registry) -> int | None:
    """The unit of the successor before an active succession verb ("P will succeed X")."""
    while k >= 0 and view.words[k] in _LINKS:
        k -= 1
    if k >= 0 and _is_person(view.units[k], registry):
        return k
    return None


def _succession(
    view: SentenceView, successor: int, before: str, at: int, registry: Registry,
    holders: Holders,
) -> list[RoleMatch]:
    pid = _person(view.units[successor], registry)
    held = holders.roles.get(before)
    if pid is None or held is None or pid == before:
        return []
    org, role = held
    return [RoleMatch(pid, org, role, False, view.units[at].first,
                      view.units[successor].last)]


def _office_title(view: SentenceView, s: int, lex: Lexicon) -> bool:
    """True when a place or a nationality qualifies the role ("United States President",
    "German Chancellor"): a public office, not a post in a company."""
    if s == 0:
        return False
    u = view.units[s - 1]
    if u.is_mention:
        return False
    head = view.tokens[view.units[s].first]
    if head.text == "President" and view.words[s - 1] not in (",", "«", "\"", "“"):
        return True  # "days after President P signed off": a head of state, mid-sentence
    tok = view.tokens[u.last - 1]
    if lex.language == "en" and view.tokens[view.units[s].first].text == "President":
        return True  # "days after President P signed off": capitalised inside a sentence,
        # with no company before it, the title of a head of state
    return view.words[s - 1] in lex.nationalities or (
        tok.text[:1].isupper() and tok.kind == "word" and s - 1 > 0)


_CLOSE_QUOTES = {"\"": "\"", "”": "“", "»": "«"}
_OPEN_QUOTES = {"«": "»", "“": "”", "\"": "\""}


def _context_org(view: SentenceView, before: int, registry: Registry,
                 unquoted: bool = False) -> str | None:
    """The organisation id of `_context_org_at`."""
    at = _context_org_at(view, before, registry, unquoted)
    return _org(view.units[at], registry) if at is not None else None


def _context_org_at(view: SentenceView, before: int, registry: Registry,
                    unquoted: bool = False) -> int | None:
    """The nearest organisation named before unit `before`; with `unquoted`, none inside a
    quotation the role follows ('"X came to us," chief executive P said': the speaker's
    company is left unsaid, not X)."""
    opener = None
    for k in range(before - 1, -1, -1):
        w = view.words[k]
        if unquoted and opener is None and w in _CLOSE_QUOTES:
            opener = _CLOSE_QUOTES[w]
            continue
        if opener is not None:
            if w == opener:
                opener = None
            continue
        u = view.units[k]
        if u.is_mention and len(u.mentions) == 1:
            org = _org(u, registry)
            if org and registry.type_of(org) in ORG_TYPES:
                return k
    return None


_ENTRUSTED = (("confiee", "a"), ("confiee", "au"), ("confie", "a"), ("confiees", "a"),
              ("entrusted", "to"))
_MANAGEMENT = frozenset({"direction", "management", "commandes", "gestion"})
def _managed(view: SentenceView, k: int) -> int | None:
    """The organisation whose management a verb at unit k entrusts: the antecedent of "dont"
    ("X, dont la direction reste confiée à P"), or the complement of the management noun ("La
    direction de X sera confiée à P"); None to look for the nearest name."""
    words, units = view.words, view.units
    for q in range(max(0, k - 5), k):
        if words[q] in ("dont", "whose") and q >= 2 and words[q - 1] == "," \
                and units[q - 2].is_mention:
            return q - 2
        if words[q] in _MANAGEMENT and q + 2 < k and words[q + 1] in OF_WORDS_NO_DES \
                and units[q + 2].is_mention:
            return q + 2
    return None


_POST = (("occupe", "le", "poste", "de"), ("occupera", "le", "poste", "de"),
         ("occupe", "desormais", "le", "poste", "de"), ("occupe", "la", "fonction", "de"),
         ("occupe", "les", "fonctions", "de"), ("holds", "the", "post", "of"),
         ("holds", "the", "position", "of"), ("will", "hold", "the", "post", "of"),
         ("will", "hold", "the", "position", "of"), ("holds", "the", "role", "of"),
         ("serves", "as"), ("will", "serve", "as"))
_BOARD = (("conseil", "d'", "administration", "de"), ("conseil", "d'", "administration", "d'"),
          ("conseil", "d'", "administration", "du"), ("conseil", "de", "surveillance", "de"),
          ("conseil", "de", "surveillance", "d'"), ("conseil", "de", "surveillance", "du"),
          ("board", "of", "directors", "of"), ("board", "of"), ("supervisory", "board", "of"))
_THEN = frozenset({"puis", "then", "et", "and", "avant", "before", "apres", "after"})


def _agents(view: SentenceView, j: int, registry: Registry) -> list[int]:
    """Person units of "dirigé par A jusqu'en 2024 puis par B": A, then B; of "run by its
    co-founders A and B" (two names side by side): A and B."""
    out = [j]
    if j + 2 < len(view.units) and view.words[j + 1] in ("and", "et") \
            and _is_person(view.units[j + 2], registry):
        return [j, j + 2]
    for k in range(j + 1, min(len(view.units) - 1, j + 8)):
        if view.words[k] in ("par", "by") and view.words[k - 1] in _THEN \
                and _is_person(view.units[k + 1], registry):
            out.append(k + 1)
            break
    return out


def _opened_subject(view: SentenceView, p_at: int, lex: Lexicon, registry: Registry) -> int:
    """The subject named after a sentence-opening participle and its agent ("Fondée en 2016
    par P, qui en est toujours la présidente, la start-up Quistor...", "Run by P, Quistor
    ..."): the first name after a comma, with at most a determiner and a descriptor between
    them and no other name between the agent and it; -1 when there is none, or when a
    description stands there ("Fondée par P, la société ...": left to resolution)."""
    units, words = view.units, view.words
    comma = -1
    relative = False  # inside "qui en reste la présidente", "who remains its chief executive"
    holds = False  # that relative says the agent holds the post of the subject itself
    first = _agent_apposition_end(view, p_at, lex)
    if first > p_at + 1:
        comma = first  # "Fondée par P, une ancienne ingénieure de X qui en reste la
        # présidente, Q ...": the apposition on the agent is skipped whole, X is not the subject
    for m in range(first + 1 if first > p_at + 1 else p_at + 1, min(len(units), p_at + 30)):
        w = words[m]
        if w in (";", ":", "(", ")", "."):
            return -1
        if w == ",":
            comma = m
            relative = comma == p_at + 1 and m + 1 < len(units) \
                and words[m + 1] in lex.relative_pronouns
            holds = holds or relative and _holds_subject(words, m + 2)
            continue
        if units[m].is_mention and relative \
                and not any(x.kind == NAME for x in units[m].mentions):
            continue  # its possessive or a description in the relative clause on the agent
        if units[m].is_mention:
            if comma < 0 or m - comma > 6 or _is_person(units[m], registry) \
                    or any(words[q] in lex.prepositions or words[q] in lex.relative_pronouns
                           for q in range(comma + 1, m)):
                return -1
            if all(x.kind == NAME for x in units[m].mentions):
                return m
            return m if holds and len(units[m].mentions) == 1 \
                and units[m].mentions[0].kind == ANAPHOR \
                and not _fund_candidate(units[m].mentions[0], registry) else -1
    return -1


_FUND_ENDINGS = frozenset({"ventures", "capital", "partners", "fund", "fonds", "invest",
                           "investissement", "investments", "equity", "gestion"})


def _fund_candidate(m: Mention, registry: Registry) -> bool:
    """True unless the description has one company for a candidate, not named like a fund
    ("Kandor Ventures"): a "la société" after a fund's sentence is as often the company it
    backs, and after a buyer's sentence the company bought (read batch8: "Fondée par P, qui en
    reste la directrice générale, la société ..." went to the buyer, first of its candidates;
    session 20). Several companies are left to resolution, as before."""
    orgs = [rec for rec in (registry.records.get(c) for c in m.candidates)
            if rec is not None and rec.type in ORG_TYPES]
    return len(orgs) != 1 or fold(orgs[0].name.split()[-1]) in _FUND_ENDINGS


_HOLDS_CLITICS = frozenset({"en", "la", "le", "l'"})
_HOLDS_EN = frozenset({"it", "its"})
_HOLDS_REACH = 8
_PAST_AUX = frozenset({"a", "avait", "avaient", "ont", "aura", "va"})


def _holds_subject(words: list[str], r: int) -> bool:
    """True when the relative clause on a sentence-opening participle's agent, starting at
    word r, says the agent holds a post at the subject itself: a French clitic right after
    the pronoun ("qui en reste la directrice générale", "qui la préside encore") or an
    English "it" / "its" ("who still runs it", "who remains its chief executive") before the
    clause's comma (session 20). Then a description as the subject ("..., la société
    emploie ...") is the company the agent runs, not left to resolution."""
    if r < len(words) and words[r] in _HOLDS_CLITICS:
        return r + 1 < len(words) and words[r + 1] not in _PAST_AUX  # not "qui l'a
        # quittée", "qui en avait été le président"
    for q in range(r, min(len(words), r + _HOLDS_REACH)):
        if words[q] in (",", ";", ":", "(", ")", "."):
            return False
        if words[q] in _HOLDS_EN:
            return True
    return False


_AGENT_APPOSITION_OPENERS = INDEFINITE | FORMER_WORDS | _NOW

_AGENT_APPOSITION_REACH = 24
"""Words after the agent within which its apposition's closing comma must come."""


def _agent_apposition_end(view: SentenceView, p_at: int, lex: Lexicon) -> int:
    """The comma closing an apposition on the agent of a sentence-opening participle, when
    one opens with an indefinite article, a former-word or "now" ("Fondée par P, une
    ancienne ingénieure de X qui la préside encore, Q ...", "Founded by P, a former banker
    at X who remains its chief executive, Q ..."); p_at itself when there is none."""
    words = view.words
    n = len(words)
    if not (p_at + 2 < n and words[p_at + 1] == ","
            and words[p_at + 2] in _AGENT_APPOSITION_OPENERS):
        return p_at
    for q in range(p_at + 3, min(n, p_at + _AGENT_APPOSITION_REACH)):
        if words[q] in (";", ":", "(", ")", ".") or words[q] in ("and", "et"):
            return p_at
        if words[q] == ",":
            return q
    return p_at


def _nearest_mention_left(view: SentenceView, k: int, lex: Lexicon) -> int:
    """The nearest mention unit left of k that is not a prepositional object, or -1."""
    for j in range(k - 1, -1, -1):
        u = view.units[j]
        if view.words[j] in (";", ":", "(", ")"):
            return -1
        if u.is_mention and (not (j > 0 and view.words[j - 1] in lex.prepositions)
                             or (j + 2 == k and view.words[j + 1] == ",")):
            return j  # "Pour Thalor, dirigé par P,": the participle set off after the name
    return -1


_HELM = (("a", "la", "tete", "de"), ("aux", "commandes", "de"), ("at", "the", "helm", "of"))


def _interrupted_passive(
    words: list[str], k: int, lex: Lexicon
) -> tuple[tuple[str, ...] | None, int]:
    """A passive role verb with an insertion before its agent preposition ("dirigée depuis
    2017 par P", "run since 2019 by P"): the verb's key and the words it spans."""
    for key in lex.keys["role_verbs"]:
        if len(key) == 2 and words[k] == key[0]:
            e = insertion_end(words, k + 1, lex.calendar, parenthesis=False)
            if e > k + 1 and e < len(words) and words[e] == key[1]:
                return key, e + 1 - k
    return None, 0


_VERB_FIRST: dict[str, frozenset[str]] = {}


def _verb_first_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the language's role verbs, passive and active, and of _ENTRUSTED:
    _verb_roles has nothing to do at any other word."""
    found = _VERB_FIRST.get(lex.language)
    if found is None:
        found = _VERB_FIRST[lex.language] = frozenset(
            p[0] for p in (*lex.keys["role_verbs"], *lex.keys["role_verbs_active"], *_ENTRUSTED))
    return found


_PLUPERFECT = (("avait", "ete"), ("avaient", "ete"), ("had", "been"))


def _pluperfect_before(words: list[str], k: int) -> bool:
    """True when the passive management verb at word k is in the pluperfect, past one adverb:
    "O avait été (brièvement) dirigée par P", "O had been (briefly) run by P" (session 20):
    the management ended before the time of the article; not "O a été fondée par P"."""
    for back in (2, 3):
        if k - back >= 0 and tuple(words[k - back:k - back + 2]) in _PLUPERFECT:
            return back == 2 or words[k - 1].endswith(("ment", "ly"))
    return False


_TOOK = frozenset({"pris", "prendra", "prend"})
"""The verb of "a pris / prendra la direction de O" when a time phrase comes between it and
its object ("a pris en janvier la direction générale de O")."""

_LED_THINGS = frozenset({"loan", "loans", "facility", "round", "rounds", "consortium",
                         "syndicate", "deal", "bid", "offer", "investment", "raise",
                         "fundraising", "financing", "pret", "tour", "offre"})
"""Nouns of a deal right before "led by" / "mené par": its agents lead the deal (session 19)."""


_PROJECTS = frozenset({"chantier", "projet", "programme", "travaux", "project", "program",
                       "works", "integration", "rollout", "deploiement"})


def _project_subject(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """True when the passive role verb at unit k has a project or a work site for its
    subject, right before it or its auxiliaries: a project's leader, no company's head."""
    q = k - 1
    while q >= 0 and (view.words[q] in _LINKS or view.words[q] in lex.inserts):
        q -= 1
    if q < 0:
        return False
    u = view.units[q]
    head = view.tokens[u.last - 1].norm if u.is_mention and u.last > u.first else view.words[q]
    return head in _PROJECTS  # (a description "le chantier" is a unit of its own)


def _verb_roles(
    view: SentenceView, lex: Lexicon, registry: Registry, used: set[int],
    orgs: frozenset[str] | set[str] = frozenset(),
) -> list[RoleMatch]:
    """"O, fondé par P" and "P, qui dirige O" / "P heads O". A name the sentence's role
    phrases already hold as an organisation ("chairman of Zentrox Grocers") is not taken for
    the person of an active verb after it ("..., Zentrox Grocers, founded Quistor")."""
    units = view.units
    words = view.words
    out = []
    starts = _verb_first_words(lex)
    for k in range(len(units)):
        if words[k] not in starts:
            continue
        passive = match_at(words, k, lex.keys["role_verbs"])
        span = len(passive) if passive is not None else 0
        if passive is None:
            passive, span = _interrupted_passive(words, k, lex)
        entrusted = None
        if passive is None and match_at(words, k, _ENTRUSTED) is not None \
                and any(w in _MANAGEMENT for w in words[max(0, k - 4):k]):
            passive = match_at(words, k, _ENTRUSTED)  # "dont la direction reste confiée à P"
            span = len(passive) if passive is not None else 0
            entrusted = _managed(view, k)
        if passive is not None and k >= 1 and words[k - 1] in _LED_THINGS:
            continue  # "a loan led by A and B", "a consortium led by A": no company's head
        if passive is not None and _project_subject(view, k, lex):
            continue  # "Le chantier sera piloté par P", "The project is led by P" (session 25)
        if passive is not None:
            j = _agent_after_title(view, k + span, lex, registry)
            org_at = entrusted if entrusted is not None else _nearest_mention_left(view, k, lex)
            if org_at < 0 and k == 0 and j < len(units) and _is_person(units[j], registry):
                org_at = _opened_subject(view, _agents(view, j, registry)[-1], lex, registry)
            if j < len(units) and j not in used and _people(units[j], registry) \
                    and org_at >= 0 and units[org_at].is_mention:
                org = _org(units[org_at], registry)
                for p_at in _agents(view, j, registry):
                    stop = next((q for q in range(p_at + 1, min(p_at + 4, len(units)))
                                 if words[q] in (",", ".", ";")), None)  # "run by P, has
                    # previously backed": the adverb of a later verb marks no former role
                    former = former_role(view.tokens, units[p_at].last,
                                         units[stop].first if stop is not None
                                         else units[min(p_at + 3, len(units) - 1)].last, lex,
                                         view.year) \
                        or departed_after(view.tokens, units[p_at].last, lex) \
                        or _pluperfect_before(words, k)  # "fondée par A et par B, qui a
                    # quitté la direction technique": B's role is past; "O avait été dirigée
                    # en 2021 par P", "O had been run by P": a management that ended
                    for person in _people(units[p_at], registry):
                        pid = _person(person, registry)
                        if org and pid:
                            out.append(RoleMatch(pid, org, lex.role_verbs.get(passive, "CEO"),
                                                 former,
                                                 units[k].first, units[p_at].last))
            continue
        active = match_at(words, k, lex.keys["role_verbs_active"])
        gap = 0
        took = None
        if active is None and words[k] in ("a", "avait"):
            took = 3 if words[k + 1:k + 3] == ["d'", "ailleurs"] else \
                insertion_end(words, k + 1, lex.calendar, parenthesis=False) - k
            took = k + took if k + took < len(units) and words[k + took] in _TOOK else None
        elif active is None and words[k] in _TOOK:
            took = k
        if took is not None:
            e = insertion_end(words, took + 1, lex.calendar, parenthesis=False)
            head = [words[k]] if took == k else [words[k], words[took]]
            active = match_at([*head, *words[e:e + 5]], 0,
                              lex.keys["role_verbs_active"])
            gap = e - k - (2 if took > k else 1)  # "P a (d'ailleurs) pris en janvier la
            # direction générale de O", "P prendra en mai la tête de O" (session 20)
        if active is None:
            continue
        j = k + len(active) + gap
        while j < len(units) and j - k - len(active) < 2 and words[j] in lex.inserts \
                and not units[j].is_mention:
            j += 1  # "préside désormais O"
        while j < len(units) and words[j] in lex.determiners:
            j += 1
        board = match_at(words, j, _BOARD)
        if board is not None:  # "préside le conseil d'administration de O", "chairs the
            j += len(board)  # board of O"
            while j < len(units) and words[j] in lex.determiners:
                j += 1
            d = j
            while d < len(units) and d - j < 2 and not units[d].is_mention \
                    and _plain_word(view, d, lex):
                d += 1
            if j < d < len(units) and units[d].is_mention:
                j = d  # "chairs the board of port operator O": a descriptor before O
        elif active in _HELM and j < len(units) and not units[j].is_mention:
            d = j
            while d < len(units) and d - j < 2 and not units[d].is_mention \
                    and (_plain_word(view, d, lex) or _acronym_noun(view, d)):
                d += 1
            if j < d < len(units) and units[d].is_mention:
                j = d  # "à la tête de la PME bordelaise O": a descriptor before O
        v = k
        while v >= 1 and k - v < 2 and words[v - 1] in lex.inserts \
                and not units[v - 1].is_mention:
            v -= 1  # "P now chairs O", "P, who also runs O": an adverb before the verb
        if active in _HELM and v >= 2 and words[v - 1] in _NOW and words[v - 2] == ",":
            v -= 1  # "P, ancien patron de Q, aujourd'hui à la tête de O"
        if j < len(units) and not units[j].is_mention and active not in _HELM \
                and lex.role_verbs_active[active] == "CEO":
            at = _unit_of(view, j, lex)  # "who heads pet health research at O": an area of O
            j = at if at is not None else j
        p_at = v - 2 if v >= 2 and words[v - 1] == "," else v - 1
        if v >= 1 and (words[v - 1] in _IN_ORDER_TO or words[v - 1] in _LEAVE):
            left = _leaver(view, v if words[v - 1] in _LEAVE else v - 1, registry)
            p_at = left if left is not None else -1  # "P, partie prendre la direction
            # financière de O", "P a quitté X pour prendre la tête de O"
        if p_at >= 1 and words[v - 1] == "," and not _is_person(units[p_at], registry) \
                and words[v - 2] != ",":
            p_at = _apposition_opener(view, v - 1, registry, 16)  # "P, whose fund backed
            # Y early, chairs the company's board": the person before the apposition
        if p_at >= 1 and words[v - 1] == "," and not _is_person(units[p_at], registry):
            before = _before_former_title(view, v - 1, registry)  # "P, l'ancien patron de
            p_at = before if before is not None else p_at  # Q, aujourd'hui à la tête de O"
        if 1 <= p_at < len(units) and words[v - 1] in ("who", "qui") \
                and not _is_person(units[p_at], registry):
            p_at = _described_person(view, v - 1, registry)  # "P, a co-founder who runs O"
        replaced = match_ending_at(words, p_at, _SUCCESSION_ACTIVE) if p_at > 0 else None
        if replaced is not None:  # "Q succède à P à la tête de O": P is the predecessor,
            subject = _subject_person(view, p_at - len(replaced) - 1, registry)  # Q runs O
            p_at = subject if subject is not None else -1
        if p_at < 0 and active in _HELM and j < len(units) and units[j].is_mention:
            a = insertion_end(words, j + 1, lex.calendar, parenthesis=False)
            if a + 1 < len(units) and words[a] == "," and a + 1 not in used \
                    and _is_person(units[a + 1], registry):  # "À la tête de O depuis
                p_at = a + 1  # 2019, P veut...", "At the helm of O since 2020, P has..."
        if j < len(units) and p_at >= 0 and p_at not in used and units[j].is_mention \
                and _is_person(units[p_at], registry) and not _typed_person(units[j], registry) \
                and not any(m.entity in orgs for m in units[p_at].mentions):
            org = _org(units[j], registry)
            pid = _person(units[p_at], registry)
            ms = units[j].mentions
            past = {e for q in range(p_at + 2, k) if words[q - 1] in FORMER_WORDS
                    for x in units[q].mentions if x.kind == NAME for e in x.resolved}
            if org in past and len(ms) == 1 and ms[0].kind == ANAPHOR:
                # "P, a former X consultant, co-founded the business": the business is not the
                # former employer named in P's apposition (session 25)
                org = next((c for c in ms[0].candidates[1:3] if c not in past
                            and registry.type_of(c) in ORG_TYPES), None)
            relative = p_at + 2 <= k and words[p_at + 1] == "," \
                and words[p_at + 2] in ("who", "qui")
            gone = relative and departed_after(view.tokens, units[p_at].last, lex)
            # "P, who founded O in 2004 and chaired it until 2022,", "P, who co-founded O,
            # has since left the company": the role the relative clause gives is a past one
            if org and pid:
                out.append(RoleMatch(pid, org, lex.role_verbs_active[active], gone,
                                     units[k].first, units[j].last))
    return out

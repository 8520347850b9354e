"""The default rule-based extractor: offline, deterministic, French and English.

Stages, one module each: sentences -> tokens -> mentions (alias table, capitalised names,
descriptions, pronouns) -> resolution (canonical entities, antecedents) -> unit view -> roles,
quotations ("we"/"nous" as the speaker's organisation), relation frames, holders of the rest
of a capital (`rest_stakes`) and sources -> modality, amounts and dates -> Relation records.
Per-article state carries what earlier sentences leave for later ones (`Discourse`: the company
raising a round, the previous lead, the company of the last stake; `Holders`: who holds which
role).

Error policy: a sentence that fails at any stage is skipped and logged with the article and
the character offset (`on_error="skip"`, the default), or the error is raised as
ExtractionError (`on_error="raise"`, for tests and debugging). Either way the other sentences
of the article still give their relations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from loaders.extraction.amounts import FoundAmount, find_amounts
from loaders.extraction.antecedents import AntecedentRanker, Reference
from loaders.extraction.dates import event_date
from loaders.extraction.documents import regulator_bodies
from loaders.extraction.errors import ExtractionError
from loaders.extraction.gapping import gapped_conjuncts, gapped_shares
from loaders.extraction.gazetteer import Gazetteer, default_gazetteer
from loaders.extraction.implicit import (
    KEEP_VERBS,
    RIVAL_NOUNS,
    held_stake,
    implicit_holders,
    implicit_rival,
    implicit_stake,
    signed_customers,
    sold_stake,
)
from loaders.extraction.inference import (
    infer_rival_suppliers,
    majority_stake,
    venture_stake,
    whole_stake,
)
from loaders.extraction.lexicon import Lexicon, load_lexicon, match_at
from loaders.extraction.mentions import (
    NAME,
    PRONOUN,
    Mention,
    align_types,
    article_heads,
    bound_places,
    detect_mentions,
    firm_places,
    join_article_names,
    lowercase_names,
    more_descriptions,
    people_by_article,
    placed_words,
    proper_words,
)
from loaders.extraction.modality import NOT_NOW_BEFORE_NOUN, failed_after_but, relation_status
from loaders.extraction.quotes import speaker_mentions, third_person_verbs
from loaders.extraction.relations import (
    OWN_POSSESSIVES,
    Candidate,
    Discourse,
    find_relations,
    salient,
)
from loaders.extraction.resolution import (
    ORG_TYPES,
    Registry,
    leading,
    main_entity,
    resolve_names,
    resolve_references,
)
from loaders.extraction.rest_stakes import rest_of_capital, vehicle_stakes
from loaders.extraction.roles import Holders, find_roles
from loaders.extraction.sentences import Sentence, split_sentences
from loaders.extraction.sources import find_sources
from loaders.extraction.tokens import Token, tokenize
from loaders.extraction.units import SentenceView, build_view
from ontology.records import (
    ARTICLE_SOURCE,
    Amount,
    Article,
    EntityType,
    Extraction,
    Relation,
    RelationType,
    Status,
)

log = logging.getLogger(__name__)

ErrorPolicy = Literal["skip", "raise"]
_AMOUNT_TYPES = frozenset({RelationType.INVESTS_IN, RelationType.ACQUIRES, RelationType.SUPPLIES})
_DEAL_TYPES = frozenset({RelationType.INVESTS_IN, RelationType.ACQUIRES})
MAX_ARTICLE_CHARS = 200_000
_FAILABLE_TYPES = _DEAL_TYPES | {RelationType.PARTNERS_WITH, RelationType.SUPPLIES}
"""Types of a deal that a later ", but the talks failed" undoes (`failed_after_but`)."""
_DEAL_STATUSES = frozenset({Status.DENIED, Status.RUMOURED, Status.IN_TALKS, Status.HYPOTHETICAL})
"""Statuses that a deal noun before a rival noun takes for itself (`_rival_in_deal`)."""
_DEAL_NOUNS = frozenset({"fusion", "merger", "merge", "rapprochement", "rachat", "acquisition",
                         "takeover", "combination", "tie-up", "mariage"})
_DEAL_LINKS = frozenset({"avec", "with", "de", "du", "of", "its", "son", "sa", "ses", "their",
                         "leur", "leurs", "to", "a"})
_DEAL_ADJECTIVES = 2
"""At most this many adjectives between the link words and the rival noun ("larger rival")."""
_DEAL_AFTER = frozenset({"about", "over", "regarding", "concerning", "vue", "sur"})
"""Words that bring a deal noun after the rival's name ("about a merger", "en vue d'un")."""
_DEAL_AFTER_REACH = 10
"""Tokens after the rival noun within which that deal noun may stand."""
_DEAL_LINKS_MAX = 2
"""At most this many link words between a deal noun and the rival noun ("with its rival")."""


_PLURAL_RIVALS = frozenset(w for w in RIVAL_NOUNS if w.endswith(("s", "x")))
"""The plural rival nouns of `implicit.RIVAL_NOUNS` ("rivals", "concurrents", "rivaux")."""
_RIVALS_AFTER = 3
"""Tokens after a rivalry trigger within which a plural rival noun may stand."""
_AIMS = frozenset({"seeks", "seek", "seeking", "aims", "aim", "aiming", "wants", "want",
                   "tries", "trying", "hopes", "hope", "cherche", "cherchent", "veut", "veulent",
                   "tente", "tentent", "espere", "souhaite", "entend"})
_AIM_REACH = 8
"""Tokens before the trigger within which the aim's verb stands ("seeks to take on")."""


def _rivals_named(toks: list[Token], first: int, last: int) -> bool:
    """True when a plural rival noun stands in the trigger or right after it ("take on
    larger rivals A and B", "compete with its rivals A and B"): an aim or a wish before the
    trigger bears on the contest, not on whether they are rivals (session 19). A singular or
    indefinite one ("could become a rival to Y") is left hypothetical, and so is a
    conditional or a condition ("could take on its rivals"): only an aim's verb before the
    trigger ("seeks to", "cherche à") is set aside."""
    return any(toks[k].norm in _PLURAL_RIVALS
               for k in range(first, min(len(toks), last + _RIVALS_AFTER))) \
        and any(toks[k].norm in _AIMS for k in range(max(0, first - _AIM_REACH), first))


def _rival_in_deal(toks: list[Token], first: int) -> bool:
    """True when the rival noun at token `first` names the other party of a deal noun right
    before it ("projet de fusion avec son concurrent Y", "a merger with its rival Y", "to merge
    with rival Y", "a combination with larger rival Y", session 20: an adjective may stand
    before the noun) or right after the rival's name ("approached rival Y about a merger",
    "a approché son concurrent Y en vue d'un rapprochement"): a denial, a rumour or talks
    bear on the deal, not on the rivalry. A rival noun marked would-be or former is left
    alone."""
    if first >= len(toks) or toks[first].norm not in RIVAL_NOUNS \
            or any(toks[j].norm in NOT_NOW_BEFORE_NOUN for j in range(max(0, first - 3), first)):
        return False
    k = first - 1
    while k >= 0 and first - 1 - k < _DEAL_ADJECTIVES and toks[k].text[:1].islower() \
            and toks[k].norm.isalpha() and toks[k].norm not in _DEAL_LINKS \
            and toks[k].norm not in _DEAL_NOUNS:
        k -= 1  # "larger", "grand"
    top = k
    while k >= 0 and top - k <= _DEAL_LINKS_MAX and toks[k].norm in _DEAL_LINKS:
        k -= 1
    if k >= 0 and k < top and toks[k].norm in _DEAL_NOUNS:
        return True
    for j in range(first + 1, min(len(toks), first + _DEAL_AFTER_REACH)):
        if toks[j].norm in (",", ";", "and", "et", "but", "mais"):
            return False
        if toks[j].norm in _DEAL_NOUNS:
            return any(toks[i].norm in _DEAL_AFTER for i in range(max(first, j - 3), j))
    return False


_PHRASE_STATUSES = _DEAL_STATUSES | {Status.FORMER}
"""Statuses of a clause that a rival noun phrase with a named owner does not take
(`_rival_phrase`)."""
_PHRASE_SKIP = 3
"""At most this many words (adjectives, determiners) between the stop and the rival noun."""
_COPULAS = frozenset({"is", "was", "are", "were", "be", "being", "been", "become", "became",
                      "becoming", "remain", "remains", "est", "etre", "sera", "serait",
                      "devenir", "devient", "deviendrait", "reste", "rester"})


def _rival_phrase(view: SentenceView, first: int, last: int, parties: set[str]) -> bool:
    """True when the rival noun of the trigger stands in a noun phrase whose owner is named,
    a possessive ("X's main rival Y", "from X's larger rivals A and B") or an apposition
    with its complement ("Y, X's closest rival", "Y, concurrente directe de X", "Y, the
    main rival of X"), and both `parties` are named in that phrase (the owner, the rivals
    right after the noun, the name the apposition follows): the rivalry is a fact of the
    phrase, and a denial, a rumour, talks, a wish or a former purchase in the clause around
    it bears on the clause's own relation (session 20). A rival noun marked former,
    would-be or potential, or after a copula ("denied it was X's rival", "a démenti être le
    concurrent de X"), is left alone."""
    toks = view.tokens
    noun = next((k for k in range(first, min(last + 1, len(toks)))
                 if toks[k].norm in RIVAL_NOUNS), None)
    if noun is None:
        return False
    k = noun - 1
    while k >= 0 and noun - k <= _PHRASE_SKIP and toks[k].norm not in ("'s", ",") \
            and toks[k].norm not in NOT_NOW_BEFORE_NOUN and toks[k].text[:1].islower():
        k -= 1
    if k < 0 or any(toks[j].norm in NOT_NOW_BEFORE_NOUN for j in range(k, noun)) \
            or any(toks[j].norm in NOT_NOW_BEFORE_NOUN
                   for j in range(noun + 1, min(len(toks), noun + 6))):
        return False
    after = noun + 1 + (noun + 1 < len(toks) and toks[noun + 1].norm == ",")
    spans = [(after, after + 1)]  # the rivals right after the noun
    if toks[k].norm == "'s":
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper():
            j -= 1
        if j == k - 1 or j >= 0 and toks[j].norm in _COPULAS:
            return False
        spans.append((j + 1, k))  # the owner
        comma = j if j >= 0 and toks[j].norm == "," else None
    elif toks[k].norm == "," and (of := next(
            (j for j in range(noun + 1, min(len(toks), noun + 3))
             if toks[j].norm in ("de", "d'", "du", "of", "to")
             or not toks[j].text[:1].islower()), None)) is not None \
            and toks[of].norm in ("de", "d'", "du", "of", "to"):
        spans.append((of + 1, of + 2))  # the owner after "de" / "of" ("directe de X")
        comma = k
    else:
        return False
    near = {e for u in view.units if u.is_mention
            and (any(u.first < b and a < u.last for a, b in spans)
                 or comma is not None and u.last == comma)
            for m in u.mentions for e in m.resolved}
    return parties <= near


@dataclass
class _Doc:
    """Working state for one article."""

    article: Article
    lex: Lexicon
    sentences: list[Sentence]
    tokens: list[list[Token]]
    mentions: list[list[Mention]] = field(default_factory=list)
    views: list[SentenceView | None] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    heads: tuple[tuple[str, ...], ...] = ()  # company nouns the article taught (article_heads)
    openers: frozenset[int] = frozenset()  # sentences that open a paragraph (not the first)
    references: list[Reference] = field(default_factory=list)  # ranked descriptions, pronouns


class RuleExtractor:
    """Offline, deterministic extractor for French and English business news."""

    name = "rules/26"

    def __init__(self, on_error: ErrorPolicy = "skip", gazetteer: Gazetteer | None = None,
                 ranker: AntecedentRanker | None = None, keep_references: bool = False) -> None:
        self.on_error = on_error
        self.gazetteer = gazetteer or default_gazetteer()
        self.ranker = ranker  # the learned antecedent ranker; None: the rules' order
        self.keep_references = keep_references  # keep each reference's features in the doc

    def analyse(self, article: Article) -> tuple[_Doc, Registry]:
        """The stages before relations: sentences, tokens, mentions found and resolved to the
        article's entities. `extract` reads relations from this; tools and tests that inspect
        mentions call it rather than re-running the stages."""
        language = article.language or "en"
        text = article.text[:MAX_ARTICLE_CHARS]
        lex = load_lexicon(language)
        sentences = split_sentences(text)
        doc = _Doc(article, lex, sentences, [tokenize(s.text, s.start) for s in sentences])
        if len(article.text) > MAX_ARTICLE_CHARS:
            doc.warnings.append(f"text cut at {MAX_ARTICLE_CHARS} characters")
        registry = Registry(self.gazetteer)
        self._mentions(doc)
        resolve_names(doc.mentions, doc.tokens, lex, registry)
        self._views(doc, registry)
        groups = [[tuple(e for m in u.mentions for e in m.resolved) for u in v.units
                   if len(u.mentions) > 1] if v else [] for v in doc.views]
        doc.openers = frozenset(i for i in range(1, len(sentences))
                                if "\n" in text[sentences[i - 1].end:sentences[i].start])
        doc.references = resolve_references(doc.mentions, doc.tokens, lex, registry, groups,
                                            doc.heads, doc.openers, self.ranker,
                                            self.keep_references)
        return doc, registry

    def extract(self, article: Article) -> Extraction:
        """Entities and relations of one article (never raises with on_error='skip')."""
        return self.extract_from(*self.analyse(article))

    def extract_from(self, doc: _Doc, registry: Registry) -> Extraction:
        """Entities and relations of an analysed article (see `analyse`)."""
        article = doc.article
        language = article.language or "en"
        relations = list(self._relations(doc, registry))
        relations += infer_rival_suppliers(relations)
        relations = _dedupe(relations)
        used = {r.source for r in relations} | {r.target for r in relations}
        entities = tuple(rec.to_entity() for rec in registry.records.values()
                         if rec.id in used or rec.known is not None)
        return Extraction(article=article, language=language, entities=entities,
                          relations=tuple(relations), extractor=self.name,
                          warnings=tuple(doc.warnings))

    def _guard(self, doc: _Doc, sentence: Sentence, stage: str, exc: Exception) -> None:
        where = f"article {doc.article.key!r}, offset {sentence.start}: {stage} failed: {exc!r}"
        if self.on_error == "raise":
            raise ExtractionError(where) from exc
        log.warning("extraction skipped a sentence: %s", where)
        doc.warnings.append(where)

    def _mentions(self, doc: _Doc) -> None:
        caps = proper_words(doc.tokens, doc.lex)
        lower = lowercase_names(doc.tokens, doc.lex)
        words = frozenset(t.norm for toks in doc.tokens for t in toks if t.text.islower())
        bound = bound_places(doc.tokens, doc.lex)
        firms = firm_places(doc.tokens, doc.lex)
        placed = placed_words(doc.tokens, doc.lex)
        for i, (sentence, toks) in enumerate(zip(doc.sentences, doc.tokens, strict=True)):
            try:
                found = detect_mentions(i, toks, doc.article.text, doc.lex, self.gazetteer, caps,
                                        lower, words, bound, firms, placed)
            except Exception as exc:  # noqa: BLE001 - error policy: log and go on
                self._guard(doc, sentence, "mention detection", exc)
                found = []
            doc.mentions.append(found)
        heads = article_heads(doc.mentions, doc.tokens, doc.lex)
        if heads:
            doc.heads = heads
            doc.mentions = [more_descriptions(i, toks, doc.article.text, doc.lex, ms, heads,
                                              placed)
                            for i, (toks, ms) in enumerate(zip(doc.tokens, doc.mentions,
                                                               strict=True))]
        join_article_names(doc.mentions, doc.tokens, doc.article.text)
        people_by_article(doc.mentions, doc.tokens, doc.lex)
        align_types(doc.mentions)

    def _views(self, doc: _Doc, registry: Registry) -> None:
        for i, sentence in enumerate(doc.sentences):
            try:
                view: SentenceView | None = build_view(i, sentence, doc.tokens[i],
                                                       doc.mentions[i], doc.lex, registry)
            except Exception as exc:  # noqa: BLE001
                self._guard(doc, sentence, "sentence view", exc)
                view = None
            if view is not None and doc.article.date:
                view.year = doc.article.date.year
            doc.views.append(view)

    def _relations(self, doc: _Doc, registry: Registry) -> Iterator[Relation]:
        topic = main_entity(doc.mentions, registry, doc.tokens, doc.lex)
        last_subject: str | None = None
        discourse = Discourse(topic=topic)
        holders = Holders()
        for i, view in enumerate(doc.views):
            if view is None:
                continue
            sentence = doc.sentences[i]
            if i in doc.openers:
                last_subject = None  # a paragraph opens: the context is the article's company
            try:
                yield from self._sentence_relations(doc, view, registry, topic or last_subject,
                                                    discourse, holders)
            except ExtractionError:
                raise
            except Exception as exc:  # noqa: BLE001
                self._guard(doc, sentence, "relation extraction", exc)
            last_subject = _lead_org(doc.mentions[i], doc.tokens[i], doc.lex, registry)
            discourse.lead = last_subject
            discourse.named.update(e for m in doc.mentions[i] if not m.clitic for e in m.resolved)
            discourse.words = frozenset(t.norm for t in doc.tokens[i])

    def _sentence_relations(
        self, doc: _Doc, view: SentenceView, registry: Registry, context_org: str | None,
        discourse: Discourse, holders: Holders,
    ) -> Iterator[Relation]:
        lex = doc.lex
        roles = find_roles(view, lex, registry, context_org, holders, discourse.topic,
                           discourse.lead)
        view = _with_speakers(doc, view, registry, holders, context_org)
        sentence = view.sentence
        toks = view.tokens
        when = event_date(sentence.text, doc.article.date)
        year = doc.article.date.year if doc.article.date else None
        amounts = find_amounts(sentence.text, sentence.start, lex)
        sources = find_sources(view, lex, registry, doc.article.publisher)
        cited = {e for src in sources for e in (src.target, *src.covered)}
        bodies = regulator_bodies(view, registry, lex)  # they approve deals, not make them
        candidates = [c for c in find_relations(view, lex, registry, discourse)
                      if c.source not in cited and c.target not in cited  # "selon X, ..."
                      and not (c.type in _DEAL_TYPES and (c.source in bodies
                                                          or c.target in bodies))
                      and not (c.type == RelationType.INVESTS_IN and venture_stake(view, c))]
        candidates += _stake_in_topic(view, registry, discourse, candidates, lex)
        candidates += rest_of_capital(view, lex, registry, discourse, candidates)
        candidates += vehicle_stakes(view, registry, candidates)
        candidates += _rival_of_topic(view, lex, registry, discourse, candidates)
        candidates += _customers_of_topic(view, registry, discourse, candidates)
        candidates = _one_direction(view, candidates)
        discourse.held = next((c.target for c in reversed(candidates) if c.type in (
            RelationType.ACQUIRES, RelationType.INVESTS_IN)), discourse.held)
        discourse.buyers.update(c.source for c in candidates
                                if c.type in (RelationType.ACQUIRES, RelationType.INVESTS_IN))
        discourse.bought.update((c.source, c.target) for c in candidates
                                if c.type == RelationType.ACQUIRES)
        respectively = any(t.norm in lex.respectively for t in toks)
        found = {(c.type, c.source, c.target) for c in candidates}
        for cand in candidates:
            first = view.units[cand.trigger].first
            last = view.units[cand.trigger_end - 1].last
            status = relation_status(toks, first, last, lex, year)
            if cand.status is not None and status.asserted:
                status = Status(cand.status)
            if cand.type in _FAILABLE_TYPES and status.asserted \
                    and failed_after_but([t.norm for t in toks], last, lex):
                status = Status.DENIED  # "X explored a tie-up with Y, but the talks were
                # abandoned": the deal failed; a rivalry or a post told beside it stands
                # (session 23, wrongs)
            if cand.type == RelationType.COMPETES_WITH and status in _DEAL_STATUSES \
                    and _rival_in_deal(toks, first):
                status = Status.REPORTED  # "a démenti tout projet de fusion avec son
                # concurrent Y": the deal is denied, the rivalry stands (session 16)
            elif cand.type == RelationType.COMPETES_WITH and status in _PHRASE_STATUSES \
                    and _rival_phrase(view, first, last, {cand.source, cand.target}):
                status = Status.REPORTED  # "used to buy from Y, X's main rival": the rivalry
                # is a fact of the noun phrase, not of the clause's purchase (session 20)
            elif cand.type == RelationType.COMPETES_WITH and status == Status.HYPOTHETICAL \
                    and _rivals_named(toks, first, last):
                status = Status.REPORTED  # "X hopes to overtake bigger rivals A and B": the
                # aim bears on the contest, the rivals are already named so (session 19)
            shares = gapped_shares(view, cand, amounts, lex, registry) \
                if cand.type in _AMOUNT_TYPES and not respectively else []
            if shares:  # "X invests $5bn and Y $10bn in Z": each their own share
                for share in shares:
                    key = (cand.type, share.source, cand.target)
                    if share.source == cand.source or key not in found:
                        found.add(key)
                        yield _relation(cand.type, share.source, cand.target, sentence,
                                        status, share.amount, when)
                continue
            amount = _amount_for(cand, candidates, amounts, toks[first].start, respectively) \
                if cand.type in _AMOUNT_TYPES else None
            rtype = cand.type
            if rtype == RelationType.INVESTS_IN and status.asserted \
                    and whole_stake(toks, first, last):
                rtype = RelationType.ACQUIRES  # "la totalité du capital de Y": the whole company
            yield _relation(rtype, cand.source, cand.target, sentence, status, amount, when)
            for conj in gapped_conjuncts(view, cand, lex, registry):
                key = (rtype, conj.source, conj.target)
                if key not in found:  # "et Z une participation de 20 %", "and Z $7bn in W"
                    found.add(key)
                    own = next((a.amount for a in amounts if conj.start <= a.start < conj.end),
                               None) if cand.type in _AMOUNT_TYPES else None
                    yield _relation(rtype, conj.source, conj.target, sentence, status, own,
                                    when)
            if rtype == RelationType.INVESTS_IN and status.asserted \
                    and majority_stake(toks, first, last):
                yield _relation(RelationType.ACQUIRES, cand.source, cand.target, sentence,
                                status, None, when)  # a majority stake is control
        for role in roles:
            if role.org in cited or role.person in cited:
                continue  # "a expliqué à L'Usine Nouvelle son directeur général, X"
            status = Status.FORMER if role.former else Status.REPORTED
            org = _role_family_firm(role.person, role.org, sentence.text, registry)
            yield Relation(type=RelationType.EXECUTIVE_OF, source=role.person, target=org,
                           evidence=sentence.text, start=sentence.start, end=sentence.end,
                           status=status, role=role.role, event_date=when)
        for src in sources:
            yield Relation(type=RelationType.REPORTED_BY, source=ARTICLE_SOURCE,
                           target=src.target, evidence=sentence.text, start=sentence.start,
                           end=sentence.end, status=Status.REPORTED, event_date=when)


def _one_direction(view: SentenceView, candidates: list[Candidate]) -> list[Candidate]:
    """One direction per pair for a directed type in one sentence. A sentence that says who
    supplies, funds or buys whom says it one way; when a later cue reads the same pair the
    other way through a reference ("X buys its powder from Y, with which it signed a
    contract"; "X counts Y among its backers; the company took a stake in the startup"), the
    first statement stands; a later cue that names both again ("X supplies Y with motors and
    Y supplies X with software") stands too. When the first cue itself reads both ways (two
    conjuncts "Y and Z, whose ... equip ..."), the sentence does not say which way: neither
    is kept."""
    groups: dict[tuple[RelationType, frozenset[str]], list[Candidate]] = {}
    for c in candidates:
        if c.type in _AMOUNT_TYPES and c.source != c.target:
            groups.setdefault((c.type, frozenset((c.source, c.target))), []).append(c)
    drop: set[int] = set()
    for group in groups.values():
        if len({(c.source, c.target) for c in group}) < 2:
            continue
        first = min(c.trigger for c in group)
        ways = {(c.source, c.target) for c in group if c.trigger == first}
        keep = next(iter(ways)) if len(ways) == 1 else None
        renamed = {e for u in view.units[first + 1:] for m in u.mentions if m.kind == NAME
                   for e in m.resolved}
        drop.update(id(c) for c in group if (c.source, c.target) != keep
                    and (keep is None or not {c.source, c.target} <= renamed))
    return [c for c in candidates if id(c) not in drop] if drop else candidates


# Family-firm rule 3 of 3: a ROLE's firm, family name anywhere in it (1, 2: mentions, resolution).
def _role_family_firm(person: str, org: str, text: str, registry: Registry) -> str:
    """The company named after a person's family when the role's company is not named in the
    sentence (taken from "its", "the firm's"): "Käserei Kandorhuber ... Josef Kandorhuber, its
    chief executive" runs Käserei Kandorhuber, not the subject of the article; `org` otherwise
    (no such company, or more than one). Of several such names, one that opens every other is
    the firm they all write ("Quenby & Harrowgate" and "Quenby & Harrowgate Tools", session
    18)."""
    if person not in registry.records or org not in registry.records:
        return org
    family = registry.get(person).name.split()[-1]
    rec = registry.get(org)
    if len(family) < 4 or not family[:1].isupper() or family in rec.name.split() \
            or any(a and a in text for a in {rec.name, *rec.aliases}):
        return org
    firms = [r for r in registry.records.values() if r.id not in (person, org)
             and r.type == EntityType.COMPANY and family in r.name.split()
             and len(r.name.split()) >= 2]
    if len(firms) == 1:
        return firms[0].id
    shortest = min(firms, key=lambda r: len(r.name), default=None)
    if shortest is not None and all(r.name.startswith(shortest.name + " ") for r in firms
                                    if r is not shortest):
        return shortest.id
    return org


def _stake_in_topic(view: SentenceView, registry: Registry, discourse: Discourse,
                    candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A stake kept or taken in no named company is in the company the passage is about
    ("Quelvane will keep a 10% holding"); when that company is a buyer of the article, in
    what it bought ("A buys B. C will keep 10%": in B), and none when it only invested."""
    invested = {c.target for c in candidates if c.type == RelationType.INVESTS_IN}
    if len(invested) == 1:  # "Le tour de table est mené par A, tandis que B, actionnaire
        # depuis 2022, remet également au pot": a holder with no company of its own holds
        # the one company the sentence's round or stake is about
        target = next(iter(invested))
        sources = {c.source for c in candidates}
        return [Candidate(RelationType.INVESTS_IN, e, target, view.index, noun, noun + 1)
                for holder, noun in implicit_holders(view)
                for m in view.units[holder].mentions for e in m.resolved
                if registry.type_of(e) in ORG_TYPES and e != target and e not in sources]
    if invested:
        return []
    stake = implicit_stake(view)
    held = held_stake(view) or sold_stake(view) if stake is None else None
    found = [(stake[0], stake[1], stake[2])] if stake else \
        [(holder, noun, noun + 1) for holder, noun in implicit_holders(view)]
    party = salient(discourse) if found else None
    if held:  # a share held or taken is the article's company's, whoever it bought since
        topic = discourse.topic
        party = topic if topic is not None and discourse.named[topic] >= 2 \
            else salient(discourse)
        if party in discourse.buyers and view.words[held[1]] in KEEP_VERBS:
            party = discourse.bought.get(party)  # "A buys B. C will keep 10%": in B
        return [] if party is None or not _held_in(view, held, party, registry, lex) else [
            Candidate(RelationType.INVESTS_IN, e, party, view.index, held[1], held[2])
            for m in view.units[held[0]].mentions for e in m.resolved
            if registry.type_of(e) in ORG_TYPES and e != party]
    funds = _funds_the_deal(view.words)
    if party is not None and party in discourse.buyers and not funds:
        party = discourse.bought.get(party)
    elif party is not None and funds:  # the money raised for a deal goes to its buyer
        party = next((b for b, t in discourse.bought.items() if t == party), party)
    if party is None:
        return []
    return [Candidate(RelationType.INVESTS_IN, e, party, view.index, first, end)
            for holder, first, end in found for m in view.units[holder].mentions
            for e in m.resolved if registry.type_of(e) in ORG_TYPES and e != party]


def _held_in(view: SentenceView, held: tuple[int, int, int], party: str, registry: Registry,
             lex: Lexicon) -> bool:
    """True when a share of no named company (`implicit.held_stake`) may be the share of
    `party`, the company the passage is about: the sentence names no organisation but the
    holder and that company (a third company may be the one held), and its stake verb is
    asserted (no implicit party for a denied, hedged or planned stake; session 19)."""
    holder, verb, end = held
    holders = {e for m in view.units[holder].mentions for e in m.resolved}
    for q, u in enumerate(view.units):
        if q != holder and u.is_mention and any(
                registry.type_of(e) in ORG_TYPES and e != party and e not in holders
                for m in u.mentions for e in m.resolved):
            return False  # (the holder again is no third company: "son" in "Y, qui prend
            # 22 % de son capital", read as Y, session 22)
    first, last = view.units[verb].first, view.units[end - 1].last
    return relation_status(view.tokens, first, last, lex, view.year).asserted


_FUNDING_CUES = (("financer",), ("financement",), ("to", "fund"), ("to", "finance"),
                 ("to", "help", "fund"), ("to", "help", "finance"),
                 ("augmentation", "de", "capital"), ("capital", "increase"), ("rights", "issue"),
                 ("son", "capital"), ("its", "capital"), ("accompagner", "l'", "operation"))
"""Words that say a stake is money raised by the buyer for its deal ("pour financer
l'opération, X ouvrira son capital à Y", "souscrira à une augmentation de capital", "to fund
the purchase"): the stake is in the buyer, not in the company it buys (session 15, typeprec)."""


def _funds_the_deal(words: list[str]) -> bool:
    return any(match_at(words, k, _FUNDING_CUES) is not None for k in range(len(words)))


def _rival_of_topic(view: SentenceView, lex: Lexicon, registry: Registry,
                    discourse: Discourse, candidates: list[Candidate]) -> list[Candidate]:
    """A rival named after a rival noun that opens the sentence with no possessor ("Rival
    Quistor opened a plant last year", "Le concurrent allemand Quistor a ouvert") is the rival
    of the company the passage is about; nothing when the sentence already ties the name to a
    rivalry or the passage has no company of its own."""
    k = implicit_rival(view, lex.nationalities)
    party = salient(discourse) if k is not None else None
    if k is None or party is None:
        return []
    ids = [e for m in view.units[k].mentions for e in m.resolved
           if registry.type_of(e) in ORG_TYPES and e != party]
    if any(c.type == RelationType.COMPETES_WITH and (c.source in ids or c.target in ids)
           for c in candidates):
        return []
    return [Candidate(RelationType.COMPETES_WITH, party, e, view.index, k - 1, k) for e in ids]


def _customers_of_topic(view: SentenceView, registry: Registry, discourse: Discourse,
                        candidates: list[Candidate]) -> list[Candidate]:
    """Companies that "signed as customers" of no named company ("A et B ont déjà signé comme
    clients de lancement") are customers of the company the passage is about; nothing when the
    sentence already ties them to a supply or the passage has no company of its own."""
    units = signed_customers(view)
    party = salient(discourse) if units else None
    if party is None:
        return []
    ids = [e for k in units for m in view.units[k].mentions for e in m.resolved
           if registry.type_of(e) in ORG_TYPES and e != party]
    if any(c.type == RelationType.SUPPLIES and (c.source in ids or c.target in ids)
           for c in candidates):
        return []
    return [Candidate(RelationType.SUPPLIES, party, e, view.index, units[0], units[0] + 1)
            for e in dict.fromkeys(ids)]


def _with_speakers(doc: _Doc, view: SentenceView, registry: Registry,
                   holders: Holders, context_org: str | None = None) -> SentenceView:
    """The view with "we"/"our"/"nous"/"nos" of its quotations as mentions of the speaker's
    organisation (the same view when there are none)."""
    orgs = {person: org for person, (org, _) in holders.roles.items()}
    extra = speaker_mentions(view, doc.lex, registry, orgs, holders.last, context_org)
    if not extra:
        return view
    i = view.index
    doc.mentions[i] = sorted(doc.mentions[i] + extra, key=lambda m: m.first)
    view = build_view(i, view.sentence, view.tokens, doc.mentions[i], doc.lex, registry)
    third_person_verbs(view)
    return view


def _relation(
    rtype: RelationType, source: str, target: str, sentence: Sentence, status: Status,
    amount: Amount | None, when: object,
) -> Relation:
    return Relation(type=rtype, source=source, target=target, evidence=sentence.text,
                    start=sentence.start, end=sentence.end, status=status, amount=amount,
                    event_date=when if when is not None else None)  # type: ignore[arg-type]


def _amount_for(
    cand: Candidate, candidates: list[Candidate], amounts: list[FoundAmount], trigger_at: int,
    respectively: bool,
) -> Amount | None:
    """The amount that qualifies a relation: nearest to its trigger, or "respectively"."""
    if not amounts:
        return None
    same = [c for c in candidates if c.trigger == cand.trigger and c.type == cand.type]
    sources = list(dict.fromkeys(c.source for c in same))
    if respectively and len(sources) == len(amounts) and len(sources) > 1:
        return amounts[sources.index(cand.source)].amount
    return min(amounts, key=lambda a: abs(a.start - trigger_at)).amount




def _lead_org(
    mentions: list[Mention], tokens: list[Token], lex: Lexicon, registry: Registry
) -> str | None:
    """The organisation opening a sentence as its subject, if any. A possessive opening a
    fronted phrase before a comma and a subject ("Sur ce marché, son premier client, X, ...",
    "Son marché de prédilection, l'entreprise se heurte à ...") leaves the subject to what
    follows the comma."""
    for k, m in enumerate(mentions):
        if not leading(m, tokens, lex):
            return None
        if m.kind == PRONOUN and tokens[m.first].norm in OWN_POSSESSIVES \
                and k + 1 < len(mentions) and mentions[k + 1].first > m.last \
                and tokens[mentions[k + 1].first - 1].text == "," \
                and leading(mentions[k + 1], tokens, lex):
            continue
        for eid in m.resolved:
            if registry.type_of(eid) in ORG_TYPES:
                return eid
        return None
    return None


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen: set[tuple[str, str, str, int, str]] = set()
    out = []
    for r in relations:
        if r.source == r.target:
            continue  # no company supplies, buys or rivals itself
        key = (r.type, r.source, r.target, r.start, r.status)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out

"""Census of missed gold relations by the stage that lost them (session 12).

For every gold relation the extractor does not assert, looks at the mentions of its evidence
sentence and says where it was lost:

- ``mention-missing:name-in-sentence``: a party is named in the sentence (one of its gold
  aliases occurs) but no mention there resolves to it (a name boundary or typing fault);
- ``mention-missing:not-named``: the party is only referred to (a description, a pronoun) or
  left implicit, and no reference resolves to it;
- ``no-relation``: both parties are mentioned and resolved, and no relation came out (a cue or
  grammar gap);
- ``other-type/status``: a relation between the two came out with another type or status.

    .venv/bin/python tools/miss_census.py DIR... [-v]
    .venv/bin/python tools/miss_census.py --status DIR... [-v]
    .venv/bin/python tools/miss_census.py --why DIR... [-v] [--far N]
    .venv/bin/python tools/miss_census.py --parties DIR... [-v]

DIR is an evaluation directory (gold.json beside its articles). Prints counts by stage, by
language and stage, by type and stage; ``-v`` also prints each miss with its evidence.
``--status`` (session 13, modality families) instead compares every relation found, asserted
or not, with the gold file and its hard negatives (see `status_census`).
``--why`` (session 17) splits the ``no-relation`` misses by why no relation came out (see
`classify`) and prints a type x class table; with ``-v`` it also prints each miss and, for the
``vocabulary`` class, the most frequent content words of the evidence per type (read sets only).
``--parties`` (session 18) splits the ``mention-missing`` misses by the missing party (see
`party_classes` and `PARTY_AXES`) and prints type x class and language x class tables per
axis; with ``-v`` it also prints each miss with its classes (read sets only).
Reading a batch's misses makes it material: keep held-out batches to the counts.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any, TypeVar

from loaders.evaluation import alias_index, canon, gold_entity, normalize_type
from loaders.extraction import pipeline
from loaders.extraction.lexicon import Phrase, load_lexicon, match_at, match_span, phrase
from loaders.extraction.units import MEMBER_NOUNS
from loaders.readers import read_file
from ontology.records import ARTICLE_SOURCE

K = TypeVar("K")


def _named(entity: dict[str, Any], evidence: str) -> bool:
    names = [entity.get("name"), *entity.get("aliases", [])]
    return any(n and n.lower() in evidence.lower() for n in names)


def census(directories: list[Path], verbose: bool = False, why: bool = False,
           words: Counter[tuple[str, str]] | None = None, far: int = 0,
           gaps: Counter[tuple[str, str]] | None = None,
           parties: Counter[tuple[str, str, str, str]] | None = None
           ) -> Counter[tuple[str, str, str]]:
    """Counts of misses keyed by (language, type, stage). With `why`, a ``no-relation`` stage
    becomes ``no-relation:<class>`` (see `classify`, `far` its distance bound, 0 for the
    default) and `words`, when given, counts (type, word) over the evidence of the
    ``vocabulary`` misses (see `content_words`) and `gaps` (class, bucket of `GAP_BUCKETS`)
    how far the nearest cue is from the parties. `parties`, when given, counts (language,
    type, axis, class) of the ``mention-missing`` misses (see `party_classes`)."""
    return _over_articles(directories, partial(_article, why=why, words=words,
                                               far=far or FAR, gaps=gaps, parties=parties),
                          verbose)


def _over_articles(directories: list[Path], count: Callable[..., Counter[K]],
                   verbose: bool) -> Counter[K]:
    """The sum of `count` over every article of the gold files of `directories`."""
    extractor = pipeline.RuleExtractor()
    counts: Counter[K] = Counter()
    for directory in directories:
        gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
        for article in gold["articles"]:
            counts += count(directory, article, extractor, verbose)
    return counts


def _article(directory: Path, ga: dict[str, Any], extractor: pipeline.RuleExtractor,
             verbose: bool, why: bool = False, words: Counter[tuple[str, str]] | None = None,
             far: int = 0, gaps: Counter[tuple[str, str]] | None = None,
             parties: Counter[tuple[str, str, str, str]] | None = None
             ) -> Counter[tuple[str, str, str]]:
    index, ids = alias_index(ga)
    doc, registry = extractor.analyse(next(iter(read_file(directory / ga["file"]))))
    extraction = extractor.extract_from(doc, registry)
    gold_id = {rid: gold_entity(rec.name, index, ids) for rid, rec in registry.records.items()}
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return gold_entity(names.get(entity, entity), index, ids)

    asserted, pairs = set(), set()
    fired: dict[int, list[tuple[str, str, str]]] = {}  # sentence -> (type, source, target)
    for r in extraction.relations:
        s, t = key(r.source), key(r.target)
        pairs.add(frozenset((s, t)))
        if r.status.asserted:
            asserted.add(canon(normalize_type(str(r.type)), s, t))
        fired.setdefault(_sentence_at(doc.sentences, r.start), []).append(
            canon(normalize_type(str(r.type)), s, t))
    entities = {e["id"]: e for e in ga["entities"]}
    out: Counter[tuple[str, str, str]] = Counter()
    for rel in ga["relations"]:
        k = canon(normalize_type(rel["type"]), rel["source"], rel["target"])
        if k in asserted:
            continue
        evidence = rel["evidence"].strip()
        found = set()
        where = []
        for i, sentence in enumerate(doc.sentences):
            if evidence[:60] in sentence.text or sentence.text.strip()[:60] in evidence:
                found |= {gold_id.get(e, "?") for m in doc.mentions[i] for e in m.resolved}
                where.append(i)
        missing = [e for e in (k[1], k[2]) if e != ARTICLE_SOURCE and e not in found]
        if missing:
            stage = "mention-missing:" + ("name-in-sentence" if all(
                _named(entities.get(e, {}), evidence) for e in missing) else "not-named")
        elif frozenset((k[1], k[2])) in pairs:
            stage = "other-type/status"
        else:
            stage = "no-relation"
            if why:
                stage += ":" + _why(doc, where, gold_id, k, fired, far or FAR, words,
                                    {canon(normalize_type(g["type"]), g["source"], g["target"])
                                     for g in ga["relations"]}, gaps)
        out[(ga.get("language", "?"), k[0], stage)] += 1
        if parties is not None and missing:
            classes = party_classes(doc, where, gold_id, ga, k, missing, evidence,
                                    stage.endswith("not-named"))
            for axis, cls in classes[1:]:
                parties[(ga.get("language", "?"), k[0], axis, cls)] += 1
            pair = dict(classes)
            for a, b in CROSSES:
                if a in pair and b in pair:
                    parties[(ga.get("language", "?"), k[0], f"{a} x {b}",
                             f"{pair[a]}|{pair[b]}")] += 1
            stage += " [" + " ".join(f"{a}={c}" for a, c in classes) + "]"
        if verbose:
            print(f"{ga['file']}\t{stage}\t{k[0]}({k[1]}, {k[2]})\t{evidence}")
    return out


PRONOUNS = frozenset({"it", "its", "they", "their", "them", "il", "elle", "ils", "elles", "son",
                      "sa", "ses", "leur", "leurs", "lui"})
"""Personal and possessive pronouns that can stand for a company (folded)."""

_POSSESSIVES = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})
_DEFINITE_DET = frozenset({"the", "le", "la", "l'", "les", "au", "aux", "du"})
_DEMONSTRATIVE_DET = frozenset({"this", "that", "these", "those", "ce", "cet", "cette", "ces"})
_DEMONSTRATIVES = tuple(sorted({phrase(w) for w in (
    "the latter", "the former", "ce dernier", "cette derniere", "ces derniers",
    "ces dernieres", "celui - ci", "celle - ci", "ceux - ci", "celles - ci", "celui-ci",
    "celle-ci")}, key=len, reverse=True))
"""Demonstrative references that stand alone ("the latter", "celui-ci")."""

_EXTRA_HEADS = ("company", "group", "firm", "maker", "carrier", "operator", "lender", "groupe",
                "societe", "entreprise", "fabricant", "industriel", "specialiste")
"""Description heads when the lexicon lacks them (its `descriptors` hold most)."""

PARTY_AXES = {
    "not-named": (
        ("where", ("prev-1", "prev-2-5", "prev-6+", "title-only", "later", "never",
                   "unlocated")),
        ("main", ("main", "other")),
        ("form", ("demonstrative", "description", "pronoun", "nothing")),
        ("taken", ("wrong-party", "unresolved", "no-mention", "n/a")),
        ("wrong-to", ("named-here", "named-before"))),
    "name": (
        ("span", ("none", "longer", "shorter", "crossing", "exact:typed", "exact:other",
                  "exact:unmatched", "exact:dropped", "alias-description", "substring-only",
                  "unlocated")),
        ("kind", ("outlet", "company", "person")),
        ("shape", ("one-word", "capitalised", "lower-word", "n/a"))),
}
"""The axes of `party_classes` and their classes, in print order: for a ``not-named`` miss
where the party's name occurs (`where_named`), whether it is the article's main company, what
in the sentence could refer to it (`referring_form`) and whether a mention there went to
another entity (and when it did, ``wrong-to``: whether that entity is named in the same
sentence); for a ``name-in-sentence`` miss how the mentions meet the name (`name_span`),
what the name is (`name_kind`) and its shape (`name_shape`)."""


CROSSES = (("form", "taken"), ("where", "form"), ("form", "wrong-to"), ("span", "kind"),
           ("span", "shape"))
"""Pairs of `PARTY_AXES` axes that `parties_tables` also crosses."""


@cache
def _heads(language: str) -> tuple[Phrase, ...]:
    """Description heads of `language`: the lexicon's descriptors and `_EXTRA_HEADS`."""
    lex = load_lexicon(language)
    return tuple(sorted(set(lex.descriptors) | {phrase(w) for w in _EXTRA_HEADS},
                        key=len, reverse=True))


def _aliases(entity: dict[str, Any]) -> list[str]:
    return [n for n in {entity.get("name"), *entity.get("aliases", [])} if n]


def _alias_spans(text: str, entity: dict[str, Any]) -> list[tuple[int, int]]:
    """Character spans of `entity`'s aliases in `text` as whole words (case folded)."""
    out = []
    for alias in _aliases(entity):
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text, re.IGNORECASE):
            out.append((m.start(), m.end()))
    return sorted(set(out))


def where_named(sentences: Sequence[str], title: str, at: int,
                entity: dict[str, Any]) -> str:
    """Where `entity`'s name occurs relative to sentence `at` of `sentences`: the nearest
    earlier sentence ``prev-1``, ``prev-2-5``, ``prev-6+``, else ``title-only`` when only
    the title names it before, else ``later``, else ``never``."""
    named = [i for i, s in enumerate(sentences) if _alias_spans(s, entity)]
    before = [at - i for i in named if i < at]
    if before:
        d = min(before)
        return "prev-1" if d == 1 else "prev-2-5" if d <= 5 else "prev-6+"
    if _alias_spans(title, entity):
        return "title-only"
    return "later" if any(i > at for i in named) else "never"


def main_entities(sentences: Sequence[str], title: str,
                  entities: Sequence[dict[str, Any]]) -> set[str]:
    """The article's main companies: the non-person entities whose aliases occur most often
    in the body, and those named in the title."""
    counts = {e["id"]: sum(len(_alias_spans(s, e)) for s in sentences) for e in entities
              if e.get("type") != "Person"}
    top = max(counts.values(), default=0)
    return {i for i, n in counts.items() if n == top and n} | {
        e["id"] for e in entities if e.get("type") != "Person" and _alias_spans(title, e)}


def referring_form(words: Sequence[str], language: str,
                   names: Sequence[tuple[int, int]] = (),
                   bound: Collection[int] = ()) -> tuple[str, int, int]:
    """What in a sentence (folded tokens `words`, `names` the token spans of its name
    mentions) could refer to an unnamed company, the strongest first: ``demonstrative``
    ("this company", "ce dernier", "the latter"), ``description`` (a definite determiner, up
    to two words, a description head: "the company", "le groupe francais" reads "le groupe"),
    ``pronoun`` (`PRONOUNS`), else ``nothing``; with the token span of the words (-1, -1 for
    nothing). Words starting at a token of `bound` (a reference the sentence itself names the
    antecedent of: "Intel ... its plant") are skipped."""
    ws = list(words)
    heads = _heads(language)

    def in_name(j: int) -> bool:
        return any(f <= j < e for f, e in names)

    found: dict[str, tuple[int, int]] = {}
    for j, w in enumerate(ws):
        if j in bound:
            continue
        hit = match_at(ws, j, _DEMONSTRATIVES)
        if hit is not None:
            found.setdefault("demonstrative", (j, j + len(hit)))
        if (w in _DEFINITE_DET or w in _DEMONSTRATIVE_DET) and not _apposition(ws, j, names):
            for k in range(j + 1, min(j + 6, len(ws))):
                head = match_at(ws, k, heads)
                if head is not None and not in_name(k):
                    end = k + len(head)
                    if not _titles_name(ws, end, names):
                        kind = "demonstrative" if w in _DEMONSTRATIVE_DET else "description"
                        found.setdefault(kind, (j, end))
                    break
                if not (ws[k][:1].isalpha() or ws[k] == "-") or (
                        in_name(k) and not _modifier_name(ws, k, names)):
                    break
        if w in PRONOUNS and not in_name(j):
            found.setdefault("pronoun", (j, j + 1))
    for kind in ("demonstrative", "description", "pronoun"):
        if kind in found:
            return (kind, *found[kind])
    return "nothing", -1, -1


def _modifier_name(ws: Sequence[str], k: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the name at token `k` modifies a noun ("the Oslo-based company"): a hyphen
    follows it."""
    return any(f <= k < e and e < len(ws) and ws[e] == "-" for f, e in names)


def _apposition(ws: Sequence[str], j: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the determiner at `j` opens an apposition to a name ("Kandor, the firm")."""
    return j >= 2 and ws[j - 1] == "," and any(e == j - 1 for _, e in names)


def _titles_name(ws: Sequence[str], end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a name follows a description ending at `end` within two words ("the Lyon
    firm Kandor", "le groupe belge Kandor"): the description titles that name."""
    for k in range(end, min(end + 3, len(ws))):
        if any(f == k for f, _ in names):
            return True
        if not ws[k][:1].isalpha():
            return False
    return False


def bound_references(mentions: Sequence[Any]) -> set[int]:
    """First tokens of the possessives among `mentions` that resolve only to entities named
    earlier in the same sentence ("Zantrix ... its plant"): they refer there, not to an absent
    party. A personal pronoun is never bound so ("Zantrix buys from it": not Zantrix)."""
    out, named = set(), set()
    for m in sorted(mentions, key=lambda m: m.first):
        if m.kind == "name":
            named |= set(m.resolved)
        elif m.text.lower() in _POSSESSIVES and m.resolved and set(m.resolved) <= named:
            out.add(m.first)
    return out


def covered_by(spans: Sequence[tuple[int, int, frozenset[str], bool]], lo: int, hi: int,
               party: str) -> str:
    """Whether a mention (`spans` as in `classify`) overlaps tokens [lo, hi): one that
    resolved to another entity ``wrong-party``, else one resolved to nothing ``unresolved``,
    else ``no-mention``; ``n/a`` when there are no such tokens."""
    if lo < 0:
        return "n/a"
    over = [ids for f, e, ids, _ in spans if f < hi and lo < e]
    if any(ids - {party} for ids in over):
        return "wrong-party"
    return "unresolved" if over else "no-mention"


def name_span(name: tuple[int, int],
              mentions: Sequence[tuple[int, int, frozenset[str], bool]], party: str) -> str:
    """How the mentions (character spans, the gold ids they resolve to, `classify`'s flag
    for no organisation) meet one occurrence `name` of the party's name: ``none`` overlaps,
    ``longer`` / ``shorter`` / ``crossing`` spans, or one with the exact span
    (``exact:typed`` a person or outlet, ``exact:other`` resolved to another gold entity,
    ``exact:unmatched`` to a name no gold alias matches, ``exact:dropped`` to nothing).
    `party_classes` adds ``alias-description`` when only a lower-case gold alias ("le
    constructeur") names the party, ``substring-only`` when an alias occurs only inside
    another word."""
    a, b = name
    over = [(f, e, ids, other) for f, e, ids, other in mentions if f < b and a < e]
    exact = [m for m in over if (m[0], m[1]) == (a, b)]
    if exact:
        _, _, ids, other = exact[0]
        if other:
            return "exact:typed"
        if not ids:
            return "exact:dropped"
        return "exact:other" if any(not i.startswith("?") and i != party for i in ids) \
            else "exact:unmatched"
    if not over:
        return "none"
    f, e = over[0][0], over[0][1]
    return "longer" if f <= a and b <= e else "shorter" if a <= f and e <= b else "crossing"


def name_kind(entity: dict[str, Any], rtype: str, target: bool) -> str:
    """``person`` (a Person entity), ``outlet`` (a publisher, or the target of
    REPORTED_BY) or ``company``."""
    kind = str(entity.get("type", ""))
    if kind == "Person":
        return "person"
    if kind in ("Publisher", "Outlet", "Media") or (rtype == "REPORTED_BY" and target):
        return "outlet"
    return "company"


def party_classes(doc: Any, where: list[int], gold_id: dict[str, str], ga: dict[str, Any],
                  k: tuple[str, str, str], missing: list[str], evidence: str,
                  not_named: bool) -> list[tuple[str, str]]:
    """(axis, class) of one ``mention-missing`` miss (see `PARTY_AXES`), for its first missing
    party that is not named in `evidence` (``not-named``), else its first missing party;
    first of all ("party", its id)."""
    entities = {e["id"]: e for e in ga["entities"]}
    party = next((e for e in missing if not _named(entities.get(e, {}), evidence)),
                 missing[0]) if not_named else missing[0]
    return [("party", party), *_party_classes(doc, where, gold_id, ga, k, party, evidence,
                                              not_named)]


def _party_classes(doc: Any, where: list[int], gold_id: dict[str, str], ga: dict[str, Any],
                   k: tuple[str, str, str], party: str, evidence: str,
                   not_named: bool) -> list[tuple[str, str]]:
    entity = {e["id"]: e for e in ga["entities"]}.get(party, {})
    language = doc.lex.language
    texts = [s.text for s in doc.sentences]
    title = doc.article.title or ""
    if not_named:
        at = where[0] if where else -1
        main = "main" if party in main_entities(texts, title, ga["entities"]) else "other"
        if at < 0:
            return [("where", "unlocated"), ("main", main)]
        spans = [(m.first, m.last, frozenset(gold_id.get(e, "?") for e in m.resolved),
                  m.person or m.outlet or m.typed == "person") for m in doc.mentions[at]]
        names = [(m.first, m.last) for m in doc.mentions[at] if m.kind == "name"]
        form, lo, hi = referring_form([t.norm for t in doc.tokens[at]], language, names,
                                      bound_references(doc.mentions[at]))
        taken = covered_by(spans, lo, hi, party)
        out = [("where", where_named(texts, title, at, entity)), ("main", main),
               ("form", form), ("taken", taken)]
        if taken == "wrong-party":
            here = {i for f, e, ids, _ in spans for i in ids
                    if any((f, e) == n for n in names)}
            wrong = {i for f, e, ids, _ in spans if f < hi and lo < e for i in ids} - {party}
            out.append(("wrong-to", "named-here" if wrong & here else "named-before"))
        return out
    kind = ("kind", name_kind(entity, k[0], party == k[2]))
    order = PARTY_AXES["name"][0][1]
    best, shape = "", ""
    for i in where:
        sentence = doc.sentences[i]
        occurrences = _alias_spans(sentence.text, entity)
        if not occurrences:
            continue
        if all(sentence.text[a].islower() for a, _ in occurrences):
            best = best or "alias-description"
            continue
        mentions = [(m.start, m.end, frozenset(gold_id.get(e, "?") for e in m.resolved),
                     m.person or m.outlet or m.typed == "person") for m in doc.mentions[i]]
        for a, b in occurrences:
            if sentence.text[a].islower():
                continue
            cls = name_span((sentence.start + a, sentence.start + b), mentions, party)
            if best in ("", "alias-description") or order.index(cls) > order.index(best):
                best, shape = cls, name_shape(sentence.text[a:b])
    if not best:
        best = "substring-only" if any(
            _named(entity, doc.sentences[i].text) for i in where) or _named(entity, evidence) \
            else "unlocated"
        if not where:
            best = "unlocated"
    return [("span", best), kind, ("shape", shape or "n/a")]


def name_shape(name: str) -> str:
    """``lower-word`` when a name holds a lower-case word after its first ("Hospices Civils
    de Lyon", "Pets at Home"), else ``one-word`` or ``capitalised`` (several capitalised
    words)."""
    words = name.replace("-", " ").split()
    if any(w[:1].islower() for w in words[1:]):
        return "lower-word"
    return "one-word" if len(words) == 1 else "capitalised"


def parties_tables(parties: Counter[tuple[str, str, str, str]]) -> None:
    """Print the `parties` counts of `census` as type x class and language x class tables,
    one pair per axis of `PARTY_AXES` (counts only)."""
    for stage, axes in PARTY_AXES.items():
        for axis, classes in axes:
            for label, at in (("type", 1), ("language", 0)):
                table: Counter[tuple[str, str]] = Counter()
                for key, n in parties.items():
                    if key[2] == axis:
                        table[(key[at], key[3])] += n
                if not table:
                    continue
                print(f"{stage}: {axis} by {label}")
                print(f"{label}\t" + "\t".join(classes) + "\ttotal")
                for row in [*sorted({r for r, _ in table}), "ALL"]:
                    cells = [sum(n for (r, c), n in table.items() if c == cls
                                 and row in (r, "ALL")) for cls in classes]
                    print(f"{row}\t" + "\t".join(map(str, cells)) + f"\t{sum(cells)}")
    axes = {axis: classes for group in PARTY_AXES.values() for axis, classes in group}
    for a, b in CROSSES:
        cross: Counter[str] = Counter()
        for key, n in parties.items():
            if key[2] == f"{a} x {b}":
                cross[key[3]] += n
        if not cross:
            continue
        print(f"{a} x {b} (all types)")
        print(f"{a}\\{b}\t" + "\t".join(axes[b]))
        for ca in axes[a]:
            cells = [cross[f"{ca}|{cb}"] for cb in axes[b]]
            if any(cells):
                print(f"{ca}\t" + "\t".join(map(str, cells)))


FAR = 15
"""Tokens between the two parties' nearest mentions beyond which they are ``far`` apart."""

CLASSES = ("vocabulary", "attachment:org-between", "attachment:clause", "attachment:far",
           "attachment:wrong-pair", "attachment:sibling", "rest:cue-inside", "rest:cue-outside",
           "rest:split")
"""The classes of a ``no-relation`` miss (see `classify`); ``rest:split`` when no evidence
sentence mentions both parties."""

_STOP = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "should", "said", "says", "say", "its", "their", "than",
    "more", "which", "who", "whose", "whom", "that", "this", "not", "also", "mr", "ms", "mrs",
    "est", "sont", "etait", "etaient", "ete", "sera", "seront", "ont", "avait", "avaient",
    "les", "des", "une", "un", "du", "dans", "par", "pour", "sur", "avec", "qui", "que", "qu'",
    "ses", "son", "sa", "leur", "leurs", "ce", "cette", "ces", "aux", "au", "plus", "pas", "ne",
    "n'", "se", "s'", "d'", "l'", "c'", "a", "y", "en", "il", "elle", "ils", "elles", "selon",
    "dont", "deux", "fait", "ainsi", "aussi", "mais", "ou", "entre", "apres", "avant", "tout",
    "tous", "m.", "mme",
})
"""Stop words beyond the lexicon's function words, prepositions, determiners, pronouns."""


@cache
def _cues(language: str) -> dict[str, tuple[tuple[Phrase, frozenset[str]], ...]]:
    """Cue phrases of each relation type in `language`: every frame trigger of the type (with
    the words one of which its frame requires around it, empty when none), the relation nouns
    of `units.MEMBER_NOUNS`, role words and verbs for EXECUTIVE_OF and the source cues for
    REPORTED_BY."""
    lex = load_lexicon(language)
    out: dict[str, set[tuple[Phrase, frozenset[str]]]] = {}
    for frame in lex.frames:
        rtype = canon(normalize_type(str(frame.type)), "a", "b")[0]
        need = frame.requires_before | frame.requires_between | frame.requires_after \
            | frame.requires_next
        out.setdefault(rtype, set()).update((t, need) for t in frame.triggers)
    for noun, (rtype, _) in MEMBER_NOUNS.items():
        out.setdefault(str(rtype), set()).add((phrase(noun), frozenset()))
    for name in ("roles", "role_verbs", "role_verbs_active"):
        out.setdefault("EXECUTIVE_OF", set()).update((p, frozenset()) for p in lex.keys[name])
    out.setdefault("REPORTED_BY", set()).update(
        (p, frozenset()) for p in lex.source_before + lex.source_after)
    return {t: tuple(sorted(v)) for t, v in out.items()}


@cache
def _cue_phrases(language: str, rtype: str) -> tuple[Phrase, ...]:
    """The cue phrases of `rtype`, longest first (one tuple, so `match_at` indexes it once)."""
    return tuple(sorted({p for p, _ in _cues(language).get(rtype, ())}, key=len, reverse=True))


def cue_positions(words: Sequence[str], rtype: str, language: str) -> list[int]:
    """Indexes of `words` (folded) where a cue of `rtype` starts (see `_cues`); a trigger whose
    frame requires a word around it counts only when one of those words is in the sentence."""
    lex = load_lexicon(language)
    needs = _needs(language, rtype)
    present = set(words)
    ws = list(words)
    out = []
    for j in range(len(ws)):
        hit = match_at(ws, j, _cue_phrases(language, rtype))
        if hit is None:
            hit = next((p for p in _cue_phrases(language, rtype) if len(p) > 1
                        and match_span(ws, j, p, lex.inserts, lex.calendar)), None)
        if hit is not None and (not needs.get(hit) or _any_word(needs[hit], present)):
            out.append(j)
    return out


@cache
def _needs(language: str, rtype: str) -> dict[Phrase, frozenset[str]]:
    """The words one of which a cue phrase of `rtype` needs in its sentence: empty when one of
    its frames needs none, else the union over its frames."""
    out: dict[Phrase, frozenset[str]] = {}
    for p, need in _cues(language).get(rtype, ()):
        out[p] = frozenset() if not need or (p in out and not out[p]) else out.get(p, need) | need
    return out


def _any_word(need: frozenset[str], present: set[str]) -> bool:
    return any(w in present or (w.endswith("*") and any(p.startswith(w[:-1]) for p in present))
               for w in need)


@cache
def _clause_marks(language: str) -> tuple[Phrase, ...]:
    """Words that open another clause: relative pronouns, ';' and the scope breakers
    ("while", "whereas", "tandis", "alors que", "but")."""
    raw = json.loads((Path(pipeline.__file__).resolve().parents[1] / "data"
                      / f"lexicon_{language}.json").read_text(encoding="utf-8"))
    return tuple(sorted({phrase(w) for w in raw["relative_pronouns"] + raw["scope_breakers"]}
                        | {(";",)}, key=len, reverse=True))


def classify(words: Sequence[str], spans: Sequence[tuple[int, int, frozenset[str], bool]],
             rtype: str, source: str, target: str, language: str,
             fired: Sequence[tuple[str, str, str]] = (), far: int = FAR,
             gold: Collection[tuple[str, str, str]] = ()) -> str:
    """Why no `rtype` relation between `source` and `target` came out of one sentence whose
    folded tokens are `words` and whose mentions are `spans` (first token, end token, the gold
    ids it resolves to, whether it is no organisation: a person, an outlet) and where the
    relations in `fired` (canonical (type, source, target)) came out, `gold` the article's
    gold relations (same keys):

    - ``attachment:wrong-pair``: a relation of `rtype` came out of the sentence for another
      pair, one not in `gold`;
    - ``attachment:sibling``: relations of `rtype` came out of the sentence for other pairs,
      all of them gold (the cue served a sibling: another member of a list, say);
    - ``vocabulary``: no cue of `rtype` (see `_cues`) occurs in the sentence;
    - ``attachment:org-between``: a cue occurs, and another organisation is mentioned between
      the two parties or between the nearest cue and them;
    - ``attachment:clause``: a relative pronoun, ';' or a scope breaker ("while", "tandis")
      stands in that stretch;
    - ``attachment:far``: the parties' nearest mentions are more than `far` tokens apart;
    - ``rest:cue-inside`` / ``rest:cue-outside``: none of these (a cue, the parties near,
      nothing between: a frame's grammar), the nearest cue between the parties or outside;
    - ``rest:split``: the sentence does not mention both parties.

    A party that is the article itself (`ARTICLE_SOURCE`, REPORTED_BY) stands where the other
    party is mentioned.
    """
    pair = {source, target}
    others = [f for f in fired if f[0] == rtype and {f[1], f[2]} != pair]
    if others:
        return "attachment:sibling" if all(f in gold for f in others) \
            else "attachment:wrong-pair"
    cues = cue_positions(words, rtype, language)
    if not cues:
        return "vocabulary"
    nearest = _nearest_pair(spans, source, target)
    if nearest is None:
        return "rest:split"
    gap, ma, mb = nearest
    lo, hi = min(ma[0], mb[0]), max(ma[1], mb[1])
    cue = min(cues, key=lambda c: _off(c, lo, hi))
    inside = lo <= cue < hi
    lo, hi = min(lo, cue), max(hi, cue + 1)
    if any(ids and not person and not (ids & pair) and lo <= f and e <= hi
           for f, e, ids, person in spans):
        return "attachment:org-between"
    marks, ws = _clause_marks(language), list(words)
    if any(match_at(ws, j, marks) for j in range(lo, hi)
           if not any(f <= j < e for f, e in (ma, mb))):
        return "attachment:clause"
    if gap > far:
        return "attachment:far"
    return "rest:cue-inside" if inside else "rest:cue-outside"


def _nearest_pair(spans: Sequence[tuple[int, int, frozenset[str], bool]], source: str,
                  target: str) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """The two parties' nearest mentions and the tokens between them, None when one is not
    mentioned (the article itself stands where the other party is)."""
    a = [(f, e) for f, e, ids, _ in spans if source in ids]
    b = [(f, e) for f, e, ids, _ in spans if target in ids]
    a, b = (b if source == ARTICLE_SOURCE else a), (a if target == ARTICLE_SOURCE else b)
    if not a or not b:
        return None
    return min((max(y[0] - x[1], x[0] - y[1], 0), x, y) for x in a for y in b)


def _off(k: int, lo: int, hi: int) -> int:
    """How far index k is from the stretch [lo, hi): 0 inside it, else 1 + the tokens
    between (1 next to it)."""
    return 0 if lo <= k < hi else lo - k if k < lo else k - hi + 1


def cue_gap(words: Sequence[str], spans: Sequence[tuple[int, int, frozenset[str], bool]],
            rtype: str, source: str, target: str, language: str) -> int | None:
    """How far the nearest cue of `rtype` is from the stretch from one party's nearest mention
    to the other's (see `_off`: 0 inside it, 1 next to it); None when no cue occurs or a party
    is not mentioned."""
    nearest = _nearest_pair(spans, source, target)
    cues = cue_positions(words, rtype, language)
    if nearest is None or not cues:
        return None
    _, ma, mb = nearest
    lo, hi = min(ma[0], mb[0]), max(ma[1], mb[1])
    return min(_off(c, lo, hi) for c in cues)


GAP_BUCKETS = ((0, "inside"), (3, "1-3"), (8, "4-8"), (10**9, "9+"))
"""How far the nearest cue is from the parties' stretch (see `cue_gap`), for the -v table."""


def content_words(words: Sequence[str], spans: Sequence[tuple[int, int]],
                  language: str) -> list[str]:
    """The lower-cased content words of a sentence outside its mentions: no stop word, no
    function word, preposition, determiner or pronoun of the lexicon, no number or sign."""
    lex = load_lexicon(language)
    stop = _STOP | lex.function_words | lex.prepositions | lex.determiners
    covered = {k for f, e in spans for k in range(f, e)}
    return [w for k, w in enumerate(words) if k not in covered and w not in stop
            and len(w) > 2 and any(c.isalpha() for c in w) and not w[0].isdigit()]


def _sentence_at(sentences: Sequence[Any], offset: int) -> int:
    """The index of the sentence holding character `offset`, -1 when none."""
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    return -1


def _why(doc: Any, where: list[int], gold_id: dict[str, str], k: tuple[str, str, str],
         fired: dict[int, list[tuple[str, str, str]]], far: int,
         words: Counter[tuple[str, str]] | None, gold: set[tuple[str, str, str]],
         gaps: Counter[tuple[str, str]] | None = None) -> str:
    """`classify` over the evidence sentences `where` of one miss: the first sentence that
    mentions both parties, else the first one ("rest:split" unless no cue occurs at all)."""
    language = doc.lex.language
    best = ""
    for i in where:
        norms = [t.norm for t in doc.tokens[i]]
        spans = [(m.first, m.last, frozenset(gold_id.get(e, "?") for e in m.resolved),
                  m.person or m.outlet or m.typed == "person") for m in doc.mentions[i]]
        label = classify(norms, spans, k[0], k[1], k[2], language, fired.get(i, ()), far,
                         gold)
        if label == "vocabulary" and words is not None:
            for w in content_words(norms, [(f, e) for f, e, _, _ in spans], language):
                words[(k[0], w)] += 1
        if label != "rest:split":
            gap = cue_gap(norms, spans, k[0], k[1], k[2], language)
            if gaps is not None and gap is not None:
                gaps[(label, next(b for n, b in GAP_BUCKETS if gap <= n))] += 1
            return label
        best = best or label
    return best or "rest:split"


def status_census(directories: list[Path], verbose: bool = False) -> Counter[str]:
    """Counts of relations by the status they came out with (``--status``): ``lost`` (a gold
    relation that came out only with a non-asserted status), ``hard-negative`` (a hard
    negative asserted), ``kept-out`` (a hard negative kept out by its status) and, with
    ``-v``, ``false-positive`` (any other asserted relation, to read for a missed cue).
    Prints each case."""
    return _over_articles(directories, _status_article, verbose)


def _status_article(directory: Path, ga: dict[str, Any], extractor: pipeline.RuleExtractor,
                    verbose: bool) -> Counter[str]:
    index, ids = alias_index(ga)
    extraction = extractor.extract(next(iter(read_file(directory / ga["file"]))))
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return gold_entity(names.get(entity, entity), index, ids)

    gold = {canon(normalize_type(r["type"]), r["source"], r["target"])
            for r in ga["relations"]}
    hard = {canon(normalize_type(h["type"]), h["source"], h["target"]): h.get("reason", "")
            for h in ga.get("hard_negatives", [])}
    asserted: dict[tuple[str, str, str], str] = {}
    claims: dict[tuple[str, str, str], tuple[str, str]] = {}
    for r in extraction.relations:
        k = canon(normalize_type(str(r.type)), key(r.source), key(r.target))
        if r.status.asserted:
            asserted.setdefault(k, r.evidence)
        else:
            claims.setdefault(k, (str(r.status), r.evidence))
    out: Counter[str] = Counter()

    def show(label: str, k: tuple[str, str, str], status: str, text: str) -> None:
        out[label] += 1
        print(f"{ga['file']}\t{label}\t{status}\t{k[0]}({k[1]}, {k[2]})\t{text}")

    for k in sorted(gold - asserted.keys()):
        if k in claims:
            show("lost", k, *claims[k])
    for k in sorted(hard):
        if k in asserted:
            show("hard-negative", k, "asserted", f"{asserted[k]}\t-- {hard[k]}")
        elif k in claims:
            show("kept-out", k, *claims[k])
    if verbose:
        for k in sorted(asserted.keys() - gold - hard.keys()):
            show("false-positive", k, "asserted", asserted[k])
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    far = FAR
    if "--far" in argv:
        at = argv.index("--far")
        far = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    dirs = [Path(a) for a in argv if a not in ("-v", "--status", "--why", "--parties")]
    if not dirs:
        print(__doc__)
        return 2
    if "--why" in argv:
        words: Counter[tuple[str, str]] = Counter()
        gaps: Counter[tuple[str, str]] = Counter()
        why_table(census(dirs, verbose, why=True, words=words, far=far, gaps=gaps))
        print("class by tokens from the nearest cue of the type to the parties:")
        print("class\t" + "\t".join(b for _, b in GAP_BUCKETS))
        for cls in CLASSES[1:]:
            row = [gaps[(cls, b)] for _, b in GAP_BUCKETS]
            if any(row):
                print(f"{cls}\t" + "\t".join(map(str, row)))
        if verbose:
            print("content words of the vocabulary misses, by type:")
            for rtype in sorted({t for t, _ in words}):
                top = sorted(((n, w) for (t, w), n in words.items() if t == rtype),
                             key=lambda x: (-x[0], x[1]))[:15]
                print(f"  {rtype}\t" + ", ".join(f"{w} {n}" for n, w in top))
        return 0
    if "--parties" in argv:
        parties: Counter[tuple[str, str, str, str]] = Counter()
        census(dirs, verbose, parties=parties)
        parties_tables(parties)
        return 0
    if "--status" in argv:
        for label, n in sorted(status_census(dirs, verbose).items()):
            print(f"{label}\t{n}")
        return 0
    counts = census(dirs, verbose)
    for label, pick in (("stage", lambda k: k[2]), ("language, stage", lambda k: (k[0], k[2])),
                        ("type, stage", lambda k: (k[1], k[2]))):
        grouped: Counter[Any] = Counter()
        for k, n in counts.items():
            grouped[pick(k)] += n
        print(f"by {label}:")
        for g, n in sorted(grouped.items(), key=lambda x: str(x[0])):
            print(f"  {g}\t{n}")
    return 0


def why_table(counts: Counter[tuple[str, str, str]]) -> None:
    """Print the ``no-relation`` misses of `counts` as a type x class table (counts only)."""
    table: Counter[tuple[str, str]] = Counter()
    for (_, rtype, stage), n in counts.items():
        if stage.startswith("no-relation:"):
            table[(rtype, stage.removeprefix("no-relation:"))] += n
    types = sorted({t for t, _ in table})
    short = [c.replace("attachment:", "att:") for c in CLASSES]
    print("type\t" + "\t".join(short) + "\ttotal")
    for rtype in [*types, "ALL"]:
        row = [sum(n for (t, c), n in table.items() if c == cls and rtype in (t, "ALL"))
               for cls in CLASSES]
        print(f"{rtype}\t" + "\t".join(map(str, row)) + f"\t{sum(row)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

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

DIR is an evaluation directory (gold.json beside its articles). Prints counts by stage, by
language and stage, by type and stage; ``-v`` also prints each miss with its evidence.
``--status`` (session 13, modality families) instead compares every relation found, asserted
or not, with the gold file and its hard negatives (see `status_census`).
``--why`` (session 17) splits the ``no-relation`` misses by why no relation came out (see
`classify`) and prints a type x class table; with ``-v`` it also prints each miss and, for the
``vocabulary`` class, the most frequent content words of the evidence per type (read sets only).
Reading a batch's misses makes it material: keep held-out batches to the counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any, TypeVar

from loaders.evaluation import _alias_index, _resolve, canon, normalize_type
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
           gaps: Counter[tuple[str, str]] | None = None) -> Counter[tuple[str, str, str]]:
    """Counts of misses keyed by (language, type, stage). With `why`, a ``no-relation`` stage
    becomes ``no-relation:<class>`` (see `classify`, `far` its distance bound, 0 for the
    default) and `words`, when given, counts (type, word) over the evidence of the
    ``vocabulary`` misses (see `content_words`) and `gaps` (class, bucket of `GAP_BUCKETS`)
    how far the nearest cue is from the parties."""
    return _over_articles(directories, partial(_article, why=why, words=words,
                                               far=far or FAR, gaps=gaps), verbose)


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
             far: int = 0, gaps: Counter[tuple[str, str]] | None = None
             ) -> Counter[tuple[str, str, str]]:
    index, ids = _alias_index(ga)
    doc, registry = extractor.analyse(next(iter(read_file(directory / ga["file"]))))
    extraction = extractor.extract_from(doc, registry)
    gold_id = {rid: _resolve(rec.name, index, ids) for rid, rec in registry.records.items()}
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return _resolve(names.get(entity, entity), index, ids)

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
        if verbose:
            print(f"{ga['file']}\t{stage}\t{k[0]}({k[1]}, {k[2]})\t{evidence}")
    return out


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
    index, ids = _alias_index(ga)
    extraction = extractor.extract(next(iter(read_file(directory / ga["file"]))))
    names = {e.id: e.name for e in extraction.entities}

    def key(entity: str) -> str:
        if entity == ARTICLE_SOURCE:
            return ARTICLE_SOURCE
        return _resolve(names.get(entity, entity), index, ids)

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
    dirs = [Path(a) for a in argv if a not in ("-v", "--status", "--why")]
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

"""Census of company descriptions by head noun (session 13, descriptor families).

Counts, in the articles of evaluation directories, definite descriptions of a company ("the
neobank", "la coopérative normande", "the new venture": a definite determiner, at most two
lower-case words, a head noun of the descriptor lexicon; not with a name right after it, "la
coopérative Isigny", nor right after "Name,", both appositions) by head, and the gold relations
whose evidence sentence holds one while one party is named nowhere in that sentence (the
relations such a description would carry). ``--baseline REV`` marks "new" the descriptions that
no head of git revision REV's lexicon matched (they were no mention there).

    .venv/bin/python tools/description_census.py DIR... [--baseline REV]

Reading a batch's articles makes it material: run it only on read sets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from loaders.extraction.lexicon import load_lexicon, match_at, phrase
from loaders.extraction.sentences import split_sentences
from loaders.extraction.text import fold
from loaders.extraction.tokens import Token, tokenize
from loaders.readers import read_file

_DEFINITE = frozenset({"the", "this", "le", "la", "l'", "du", "au", "cette", "ce"})


def _baseline_heads(rev: str, language: str) -> frozenset[tuple[str, ...]]:
    raw = subprocess.run(["git", "show", f"{rev}:loaders/data/lexicon_{language}.json"],
                         check=True, capture_output=True, text=True).stdout
    return frozenset(phrase(fold(k)) for k in json.loads(raw)["descriptors"])


def descriptions(toks: list[Token], language: str,
                 old: frozenset[tuple[str, ...]] = frozenset()) -> list[tuple[str, ...]]:
    """Heads of the definite company descriptions of one sentence (no name right after);
    a head is returned as ("new", *head) when no head of `old` matches where it stands (the
    description was no mention before: "le fonds souverain" was one through "le fonds")."""
    lex = load_lexicon(language)
    norms = [t.norm for t in toks]
    out: list[tuple[str, ...]] = []
    for i, w in enumerate(norms):
        if w not in _DEFINITE or (i >= 2 and norms[i - 1] == "," and toks[i - 2].kind == "word"
                                  and toks[i - 2].text[:1].isupper()):
            continue  # "Kontiq, the neobank,": an apposition to a name, no reference
        for j in range(i + 1, min(len(toks), i + 4)):
            head = match_at(norms, j, lex.keys["descriptors"])
            if head:
                end = j + len(head)
                if not (end < len(toks) and toks[end].kind == "word"
                        and toks[end].text[:1].isupper()):
                    known = any(tuple(norms[q:q + len(k)]) == k for k in old
                                for q in range(i + 1, end))
                    out.append(head if known or not old else ("new", *head))
                break
            if not (toks[j].kind == "word" and toks[j].text.islower()) \
                    or norms[j] in lex.prepositions or norms[j] in lex.determiners:
                break
    return out


def _named(entity: dict[str, Any], text: str) -> bool:
    names = [entity.get("name"), *entity.get("aliases", [])]
    return any(n and n.lower() in text.lower() for n in names)


def census(directories: list[Path], baseline: str | None) -> None:
    """Print the counts by head (new heads marked) and the gold relations they carry."""
    uses: Counter[tuple[str, str]] = Counter()
    carried: Counter[tuple[str, str]] = Counter()
    old = {lang: _baseline_heads(baseline, lang) for lang in ("en", "fr")} if baseline else {}
    for directory in directories:
        gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
        for ga in gold["articles"]:
            article = next(iter(read_file(directory / ga["file"])))
            lang = article.language or "en"
            entities = {e["id"]: e for e in ga["entities"]}
            heads_by_sentence = []
            for s in split_sentences(article.text):
                heads = descriptions(tokenize(s.text, s.start), lang, old.get(lang, frozenset()))
                heads_by_sentence.append((s.text, heads))
                for h in heads:
                    uses[(lang, " ".join(h))] += 1
            for rel in ga["relations"]:
                ev = rel["evidence"].strip()
                for text, heads in heads_by_sentence:
                    if heads and (ev[:60] in text or text.strip()[:60] in ev):
                        if any(e in entities and not _named(entities[e], ev)
                               for e in (rel["source"], rel["target"])):
                            for h in set(heads):
                                carried[(lang, " ".join(h))] += 1
                        break
    totals: Counter[str] = Counter()
    for (lang, head), n in sorted(uses.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        new = head.startswith("new ")
        totals[f"{lang} {'new' if new else 'listed'} uses"] += n
        totals[f"{lang} {'new' if new else 'listed'} relations"] += carried[(lang, head)]
        print(f"{lang}\t{head}\t{n}\t{carried[(lang, head)]}")
    for k, n in sorted(totals.items()):
        print(f"# {k}\t{n}")


def main(argv: list[str]) -> int:
    baseline = None
    if "--baseline" in argv:
        k = argv.index("--baseline")
        baseline = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if not argv:
        print(__doc__)
        return 2
    census([Path(a) for a in argv], baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Gold antecedents of references: read and check a `references.json` beside a gold.json.

Session 24 annotated, for some material batches, every description, pronoun and possessive
that stands for an organisation without naming it ("la société", "the Ohio-based maker",
"it", "ses"), with the gold entity (or entities) it refers to, or none. They are labels for
training and measuring reference resolution (`loaders/extraction/antecedents.py`): the
ranker of session 24 was trained only on references inside evidence sentences and learned to
prefer the article's main company (docs/extraction.md, "Session 24").

Format (one file per evaluation folder)::

    {"articles": [{"file": "NNN_lang_slug.txt", "references": [
        {"sentence": "<a whole body sentence, word for word>", "text": "la société",
         "occurrence": 1, "kind": "description" | "pronoun" | "possessive" | "plural",
         "antecedents": ["<gold entity id>", ...]}]}]}

`occurrence` counts plain substring occurrences of `text` in `sentence` (1 = the first).
`antecedents` is empty for a reference to an organisation the gold does not list.

    PYTHONPATH=. python tools/reference_gold.py DIR...    # check, and print counts per kind
    PYTHONPATH=. python tools/reference_gold.py --diagnose DIR...

`--diagnose` runs the current extractor (rules' order) and, for every labelled reference with
an antecedent, asks: has the extractor a mention at that span (overlap), and does the mention
resolve to one of the labelled antecedents (its entities mapped to gold ids by normalised name
and alias, as the evaluation does)? It counts, by kind and language, the references with no
mention (the mention layer's gap), the right first antecedents, the labelled antecedent among
the candidates at all, and the wrong ones that went to the article's main company although the
label is another. First-person forms inside quotes ("we", "nous"), which one annotator of
batch66-67 included and the others left out, are left out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from loaders.evaluation import alias_index, normalize_name
from loaders.readers import read_file

KINDS = frozenset({"description", "pronoun", "possessive", "plural"})


class ReferenceFileError(ValueError):
    """A references.json that cannot be read or does not fit its articles and gold."""


@dataclass(frozen=True)
class ReferenceLabel:
    """One annotated reference, placed in the article text the extractor reads."""

    file: str
    start: int  # character offsets in Article.text (what read_file gives the extractor)
    end: int
    text: str
    kind: str
    antecedents: tuple[str, ...]  # gold entity ids
    names: tuple[str, ...]  # their gold names


def _nth(haystack: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = haystack.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def load_references(directory: Path) -> list[ReferenceLabel]:
    """Every reference of `directory/references.json`, checked against the articles and the
    gold entities; ReferenceFileError names the file, the article and what is wrong."""
    path = directory / "references.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReferenceFileError(f"{exc.filename}: missing") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReferenceFileError(f"{path}: not readable JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ReferenceFileError(f"{path}: expected {{\"articles\": [...]}}")
    entities = {a["file"]: {e["id"]: e["name"] for e in a.get("entities", [])}
                for a in gold.get("articles", [])}
    out: list[ReferenceLabel] = []
    for art in data["articles"]:
        name = art.get("file") if isinstance(art, dict) else None
        if name not in entities:
            raise ReferenceFileError(f"{path}: article {name!r} is not in gold.json")
        (article,) = read_file(directory / name)
        for k, ref in enumerate(art.get("references", [])):
            where = f"{path}: {name}, reference {k}"
            try:
                sentence, text = str(ref["sentence"]), str(ref["text"])
                occurrence, kind = int(ref["occurrence"]), str(ref["kind"])
                ids = tuple(str(i) for i in ref["antecedents"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ReferenceFileError(f"{where}: malformed ({exc!r})") from exc
            if kind not in KINDS:
                raise ReferenceFileError(f"{where}: kind {kind!r}, expected one of {sorted(KINDS)}")
            at = article.text.find(sentence)
            if at < 0:
                raise ReferenceFileError(f"{where}: sentence not found in the article body")
            inner = _nth(sentence, text, occurrence) if occurrence >= 1 else -1
            if inner < 0:
                raise ReferenceFileError(f"{where}: {text!r} does not occur {occurrence} time(s) "
                                         f"in its sentence")
            unknown = [i for i in ids if i not in entities[name]]
            if unknown:
                raise ReferenceFileError(f"{where}: antecedent ids {unknown} are not entities of "
                                         f"the article")
            start = at + inner
            out.append(ReferenceLabel(name, start, start + len(text), text, kind, ids,
                                      tuple(entities[name][i] for i in ids)))
    return out


FIRST_PERSON = frozenset({"we", "us", "our", "ours", "nous", "notre", "nos"})
"""First-person forms: one annotator of batch66-67 labelled them (a speaker talking for the
company), the others did not; the diagnosis leaves them out."""


@dataclass
class Tally:
    """Diagnosis counts of one group of labelled references."""

    cases: int = 0
    no_mention: int = 0
    right: int = 0
    among: int = 0  # a labelled antecedent is among the mention's candidates
    unresolved: int = 0  # a mention with no antecedent at all
    spurious: int = 0  # wrong, given to an entity the gold does not list (a place, a person)
    to_main: int = 0  # wrong, given to the article's main company though the label is another
    label_other: int = 0  # labels that are not the article's main company
    wrongs: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)

    def row(self, key: str) -> str:
        n = self.cases or 1
        return (f"{key:<18} {self.cases:5} {self.no_mention:5} ({self.no_mention / n:4.0%})  "
                f"right {self.right:4} ({self.right / n:4.0%})  among {self.among:4}  "
                f"none {self.unresolved:4}  non-gold {self.spurious:3}  "
                f"to main {self.to_main:3}/{self.label_other:3}")


def diagnose(directory: Path, tallies: dict[str, Tally], extractor: object = None) -> None:
    """Add the references of `directory` to `tallies` (keys "all", kind, language,
    "language kind"); see the module docstring."""
    from loaders.extraction.mentions import NAME
    from loaders.extraction.pipeline import RuleExtractor
    from loaders.extraction.resolution import main_entity

    rules = extractor if isinstance(extractor, RuleExtractor) else RuleExtractor()
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    labels = load_references(directory)
    for art in gold.get("articles", []):
        mine = [r for r in labels if r.file == art["file"] and r.antecedents
                and r.text.casefold() not in FIRST_PERSON]
        if not mine:
            continue
        index, _ = alias_index(art)
        (article,) = read_file(directory / art["file"])
        doc, registry = rules.analyse(article)
        names = {r.id: r.name for r in registry.records.values()}

        def gold_id(entity: str | None, names: dict[str, str] = names,
                    index: dict[str, str] = index) -> str:
            name = normalize_name(names.get(entity or "", ""))
            return index.get(name, "?" + name)

        main = gold_id(main_entity(doc.mentions, registry, doc.tokens, doc.lex))
        mentions = [m for ms in doc.mentions for m in ms]
        language = doc.lex.language
        for ref in mine:
            over = [m for m in mentions if m.start < ref.end and m.end > ref.start]
            found = [m for m in over if m.kind != NAME] or over
            labelled = set(ref.antecedents)
            keys = ("all", ref.kind, language, f"{language} {ref.kind}")
            rows = [tallies.setdefault(k, Tally()) for k in keys]
            for t in rows:
                t.cases += 1
                t.label_other += main not in labelled
            if not found:
                for t in rows:
                    t.no_mention += 1
                rows[0].gaps.append(f"{directory.name}/{ref.file} [{ref.kind}] {ref.text!r} "
                                    f"has no mention")
                continue
            m = found[0]
            got = [gold_id(e) for e in m.resolved]
            got = [g for g in got if g != "?"] if len(got) > 1 else got
            pool = [gold_id(e) for e in (m.candidates or m.members or m.resolved)]
            right = bool(labelled & set(got))
            for t in rows:
                t.right += right
                t.among += bool(labelled & set(pool))
                t.unresolved += not got
                t.spurious += bool(got) and all(g.startswith("?") for g in got)
                t.to_main += not right and main not in labelled and main in got
            if not right:
                rows[0].wrongs.append(f"{directory.name}/{ref.file} [{ref.kind}] {ref.text!r} -> "
                                      f"{got} (label {sorted(labelled)}, main {main})")


def diagnosis(directories: list[Path], verbose: bool = False) -> str:
    """The diagnosis table of `directories` (see `diagnose`)."""
    tallies: dict[str, Tally] = {}
    for d in directories:
        diagnose(d, tallies)
    head = (f"{'group':<18} {'refs':>5} {'no mention':>12}  right first antecedent  labelled "
            f"among candidates  no antecedent  non-gold  to main / label not main")
    order = sorted(tallies, key=lambda k: (k != "all", " " in k, k))
    lines = [head, *(tallies[k].row(k) for k in order)]
    if verbose and "all" in tallies:
        lines += tallies["all"].wrongs + tallies["all"].gaps
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--diagnose":
        verbose = "-v" in argv
        print(diagnosis([Path(a) for a in argv[1:] if a != "-v"], verbose))
        return 0
    for arg in argv:
        try:
            labels = load_references(Path(arg))
        except ReferenceFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        kinds = Counter(r.kind for r in labels)
        none = sum(1 for r in labels if not r.antecedents)
        articles = len({r.file for r in labels})
        print(f"{arg}: {articles} articles, {len(labels)} references "
              f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); {none} with no "
              f"listed antecedent")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

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
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

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


def main(argv: list[str]) -> int:
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

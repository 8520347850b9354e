"""Repeated or dead text in the extractor that no output test sees: a module-level name bound
twice (the second silently replaces the first for every function of the module: session 16
had rebound `_OBJECT_RELATIVES` in modality.py that way), a data file's repeated key or word,
a frame field the loader never reads."""

import ast
import inspect
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import loaders.extraction
from loaders.extraction import lexicon

_PACKAGE = Path(loaders.extraction.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_top_level_name_bound_twice() -> None:
    twice: dict[str, list[str]] = {}
    for path in sorted(_PACKAGE.glob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        found = sorted(n for n, c in counts.items() if c > 1)
        if found:
            twice[path.name] = found
    assert twice == {}


def _pairs_without_repeats(
    found: list[str],
) -> Callable[[list[tuple[str, object]]], dict[str, object]]:
    """A json object hook that notes the keys an object repeats in `found`."""
    def hook(pairs: list[tuple[str, object]]) -> dict[str, object]:
        counts = Counter(k for k, _ in pairs)
        found.extend(k for k, c in counts.items() if c > 1)
        return dict(pairs)
    return hook


def test_lexicon_files_repeat_no_key_nor_word() -> None:
    """A repeated JSON key keeps only its last value (the first is dead text); a word twice in
    a list or a trigger twice in a frame is the same rule written twice."""
    data = _PACKAGE.parent / "data"
    repeats: dict[str, list[str]] = {}
    for path in sorted(data.glob("*.json")):
        keys: list[str] = []
        raw = json.loads(path.read_text(encoding="utf-8"),
                         object_pairs_hook=_pairs_without_repeats(keys))
        found = [f"key {k}" for k in keys]
        lists = [(k, v) for k, v in raw.items() if isinstance(v, list)]
        lists += [(f"{f['type']} frame", f["triggers"]) for f in raw.get("frames", ())]
        for name, items in lists:
            counts = Counter(x for x in items if isinstance(x, str))
            found += [f"{name}: {x}" for x, c in counts.items() if c > 1]
        if found:
            repeats[path.name] = found
    assert repeats == {}


def test_frames_use_only_fields_the_loader_reads() -> None:
    """A frame field `_frame` never reads is dead text that looks like a rule (notes start with
    "_")."""
    read = set(re.findall(r'"(\w+)"', inspect.getsource(lexicon._frame)))
    unread: dict[str, set[str]] = {}
    for path in sorted((_PACKAGE.parent / "data").glob("frames_*.json")):
        fields = {k for f in json.loads(path.read_text(encoding="utf-8"))["frames"] for k in f}
        extra = {k for k in fields - read if not k.startswith("_")}
        if extra:
            unread[path.name] = extra
    assert unread == {}

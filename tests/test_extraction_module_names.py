"""Each module of loaders/extraction binds a top-level name once: a second constant of the
same name silently replaces the first for every function of the module (session 16 had
rebound `_OBJECT_RELATIVES` in modality.py that way)."""

import ast
from collections import Counter
from pathlib import Path

import loaders.extraction

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

"""The README documents every CLI command, and its quick start is the Makefile's."""

from __future__ import annotations

import re

from api.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_every_cli_command_is_in_the_readme() -> None:
    commands = {
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    }
    assert len(commands) >= 11
    missing = sorted(c for c in commands if f"`ikg {c}" not in README)
    assert not missing, f"commands missing from README.md: {missing}"


def test_quick_start_commands_exist_in_the_makefile() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    targets = re.findall(r"^make (\w+)", quick, flags=re.MULTILINE)
    assert targets == ["run", "test"]
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in targets:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE)
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")

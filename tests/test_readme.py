"""Every `console` example in README.md is run, and its output must match what is shown."""

from __future__ import annotations

import re
import shlex

import pytest
from repository import ROOT, in_repository

if not in_repository():
    pytest.skip("the README's examples need README.md from the repository", allow_module_level=True)
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    found = []
    for block in BLOCK.findall(README.read_text(encoding="utf-8")):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "\n".join(output)))
    return found


def test_the_readme_has_examples() -> None:
    assert len(examples()) >= 8


@pytest.mark.parametrize(("command", "expected"), examples(), ids=[c for c, _ in examples()])
def test_readme_example(invoke, command: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    words = shlex.split(command)
    env = {}
    while "=" in words[0]:
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[0] == "mourning-day"
    result = invoke(words[1:], env=env)
    assert result.stdout.replace("\r\n", "\n").rstrip("\n") == expected

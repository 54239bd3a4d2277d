"""Real processes: pipes that close early and terminals that can't show UTF-8."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mourning_day.terminal import ascii_fallback
from tests.conftest import run_module

FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_ascii_only_terminal_gets_readable_text(lang: str) -> None:
    result = run_module(
        ["summary", *FIXED, "--lang", lang, "-f", "text"],
        env={"LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    assert "Traceback" not in result.stderr
    first = result.stdout.splitlines()[0]
    assert (
        first
        == {
            "en": "National Mourning Day - 36th anniversary of the January 20 tragedy",
            "az": "Umumxalq Huzn Gunu - 20 Yanvar faciesinin 36-ci ildonumu",
            "ru": "Den vsenarodnoy skorbi - 36-ya godovshchina tragedii 20 yanvarya",
        }[lang]
    )


def test_ascii_terminal_rich_format_does_not_crash() -> None:
    result = run_module(
        ["summary", *FIXED, "-f", "rich", "--lang", "az"],
        env={"LC_ALL": "C", "PYTHONIOENCODING": "ascii", "COLUMNS": "80"},
    )
    assert result.returncode == 0, result.stderr
    assert "Umumxalq Huzn Gunu" in result.stdout


@pytest.mark.parametrize(
    ("char", "expected"),
    [("Ü", "U"), ("ə", "e"), ("Ə", "E"), ("ı", "i"), ("ş", "s"), ("—", "-"), ("«", '"'),
     ("д", "d"), ("Щ", "Shch"), ("\u202f", " "), ("☃", "?")],
)  # fmt: skip
def test_ascii_fallback(char: str, expected: str) -> None:
    assert ascii_fallback(char) == expected


def test_closed_pipe_is_quiet() -> None:
    """`mourning-day table ... | head -1`: no BrokenPipeError, no traceback."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", "table", "--from-year", "1991", "--to-year",
         "9999", "-f", "csv", *FIXED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"year,")
    proc.stdout.close()  # what head does after its first line
    stderr = proc.stderr.read()
    proc.wait(timeout=30)
    assert stderr == b""

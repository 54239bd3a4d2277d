"""Real processes: pipes that close early and terminals that can't show UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mourning_day.system.terminal import ascii_fallback
from tests.conftest import CLEAN_ENV, run_module

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
            "en": "National Mourning Day - 36th anniversary of the 20 January tragedy",
            "az": "Umumxalq Huzn Gunu - 20 Yanvar faciesinin 36-ci ildonumu",
            "ru": "Den vsenarodnoy skorbi - 36-ya godovshchina tragedii 20 Yanvarya",
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


def test_machine_output_is_utf8_even_on_an_ascii_stream() -> None:
    """JSON, CSV and --field are for scripts: UTF-8 always, never transliterated."""
    args = ["next", *FIXED, "--lang", "ru"]
    env = {"PYTHONIOENCODING": "ascii"}
    assert run_module([*args, "--field", "weekday"], env=env).stdout == "вторник\n"
    assert '"weekday": "вторник"' in run_module([*args, "-f", "json"], env=env).stdout
    assert ",вторник," in run_module([*args, "-f", "csv"], env=env).stdout


def test_plain_text_in_cp1251_ties_the_year_sign_with_a_no_break_space() -> None:
    """CLDR writes "2026\u202fг."; CP1251 has no U+202F but has U+00A0 (byte 0xA0), which
    keeps the two together as the original does, where a plain space would not."""
    done = subprocess.run(
        [sys.executable, "-m", "mourning_day", "next", *FIXED, "--lang", "ru"],
        env={
            **{k: v for k, v in os.environ.items() if k not in CLEAN_ENV},
            "PYTHONIOENCODING": "cp1251",
        },
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert "20\u00a0января\u00a02026\u00a0г." in done.stdout.decode("cp1251")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_full_disk_is_one_line_and_exit_1(fmt: str) -> None:
    with open("/dev/full", "w") as full:  # noqa: PTH123
        result = subprocess.run(
            [sys.executable, "-m", "mourning_day", "table", "--count", "50", *FIXED, "-f", fmt],
            stdout=full, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "mourning-day: cannot write output: No space left on device\n"


def test_a_closed_stdout_is_one_line_and_exit_1() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import os, runpy, sys; os.close(1); sys.stdout = None; "
         "sys.argv = ['mourning-day', 'next']; runpy.run_module('mourning_day', "
         "run_name='__main__')"],
        capture_output=False, stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "mourning-day: cannot write output: standard output is closed\n"


@pytest.mark.parametrize(("day", "code"), [("2026-01-20", 0), ("2026-01-21", 1)])
def test_the_console_script_flushes_everything_before_its_fast_exit(day: str, code: int) -> None:
    """main() ends with os._exit: the exit status and every buffered byte must survive it."""
    table = run_module(["table", "--from-year", "1991", "--to-year", "9999", "-f", "csv", *FIXED])
    assert table.returncode == 0
    assert len(table.stdout.splitlines()) == 8010
    assert table.stdout.endswith("\n")
    result = run_module(["is-today", "--today", day, "--tz", "Asia/Baku"])
    assert result.returncode == code
    assert result.stdout.endswith(".\n")

"""Terminals that cannot draw boxes or show every letter (issue 19): a CP1251, Latin-1 or
ASCII terminal gets a rule and a box it can draw, and text transliterated before it is
laid out, so that columns and the box's edge stay straight."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import CLEAN_ENV
from tests.test_help import unbreakable

FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku", "-f", "rich"]
STYLES = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")
ENCODINGS = ["ascii", "latin-1", "cp1251"]


def on_terminal(args: list[str], encoding: str, columns: int = 60) -> list[str]:
    """What a terminal in `encoding` shows (Rich told it is a terminal), as lines."""
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    env.update(PYTHONIOENCODING=encoding, TTY_COMPATIBLE="1", COLUMNS=str(columns))
    done = subprocess.run(
        [sys.executable, "-m", "mourning_day", *args, *FIXED],
        capture_output=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    return STYLES.sub("", done.stdout.decode(encoding)).splitlines()


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_table_rule_is_one_the_terminal_can_draw(encoding: str, lang: str) -> None:
    """Before: "??????" where the terminal has no "─" (a hard-coded one)."""
    lines = on_terminal(["table", "--count", "3", "--lang", lang], encoding)
    rule = next(line for line in lines if set(line) <= {"-", "─", "?"} and line)
    assert set(rule) == {"-"}
    assert "?" not in "\n".join(lines)


@pytest.mark.parametrize("lang", ["az", "ru"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_table_columns_line_up_after_transliteration(encoding: str, lang: str) -> None:
    """Before: with --lang ru on an ASCII terminal, "вторник" laid out as 7 letters and then
    shown as "vtornik" was fine, but "четверг" -> "chetverg" (8) pushed the next column."""
    lines = on_terminal(["table", "--count", "7", "--lang", lang], encoding)
    rows = [line for line in lines if re.match(r"\d{4} +\d{4}-01-20 ", line)]
    assert len(rows) == 7
    # The anniversary ("36-ya", "36-ci") is right-aligned: it ends at the same place in every
    # row, and the column after it ("cherez 57 dney") starts at the same place.
    ends = {re.search(r"\d+-\w+", row[16:]).end() for row in rows}  # type: ignore[union-attr]
    assert len(ends) == 1, rows


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_summary_box_keeps_a_straight_right_edge(encoding: str, lang: str) -> None:
    lines = on_terminal(["summary", "--lang", lang], encoding)
    box = lines[: next(i for i, line in enumerate(lines) if line.startswith(("+", "└")) and i)]
    assert all(len(line) == 60 for line in box), [line for line in box if len(line) != 60]
    assert "?" not in "\n".join(lines)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_january_picture_lines_up_in_russian(encoding: str) -> None:
    """Weekday names transliterate to different lengths ("Чт" -> "Cht"): laid out after,
    the last name still ends over the last column of days."""
    lines = on_terminal(["summary", "--lang", "ru"], encoding, columns=100)
    week = next(i for i, line in enumerate(lines) if re.search(r"19 +20 +21 +22 +23 +24 +25", line))
    header = lines[week - 4]  # heading, names, then the weeks of 1-4, 5-11, 12-18, 19-25

    def end(line: str) -> int:
        return len(line.rstrip(" |│"))

    assert end(header) == end(lines[week]), (header, lines[week])
    assert re.search(r"[a-zа-я]{2,3}$", header.rstrip(" |│"))


@pytest.mark.parametrize("lang", ["az", "ru"])
@pytest.mark.parametrize("command", [[], ["next"], ["init"]])
def test_help_is_transliterated_before_it_is_laid_out(lang: str, command: list[str]) -> None:
    """Before: under PYTHONUTF8=0 LC_ALL=C click's echo wrote UTF-8 whatever the terminal
    took. Now help is written as all output is: ASCII here, and still within 60 columns."""
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    env.update(PYTHONUTF8="0", LC_ALL="C", COLUMNS="60")
    done = subprocess.run(
        [sys.executable, "-m", "mourning_day", *command, "--help", "--lang", lang],
        capture_output=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    text = done.stdout.decode("ascii")  # fails on any byte of UTF-8
    usage = {"az": "Istifade:", "ru": "Ispolzovanie:"}[lang]  # "İstifadə:", "Использование:"
    assert text.startswith(f"{usage} mourning-day")
    assert "?" not in text.replace("[?]", "")
    lines = text.splitlines()
    too_wide = [
        line
        for before, line in zip(["", *lines], lines, strict=False)
        if len(line) > 60 and not unbreakable(line, before)  # an example's command line
    ]
    assert too_wide == []


@pytest.mark.parametrize("columns", [30, 31, 32])
def test_a_russian_date_keeps_its_year_sign_where_cp1251_has_no_narrow_space(
    columns: int,
) -> None:
    """CLDR ties "2026" and "г." with U+202F, which CP1251 lacks. Before, it became a plain
    space and at 30 columns the box read "вторник, 20 января 2026" / "г."; CP1251 has
    U+00A0, which holds the two as U+202F does."""
    lines = on_terminal(["summary", "--lang", "ru"], "cp1251", columns=columns)
    assert not any(line.strip(" |").startswith("г.,") or line.strip(" |") == "г." for line in lines)
    assert any("20\u00a0января\u00a02026\u00a0г." in line for line in lines), lines

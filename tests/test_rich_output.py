"""Rich output at fixed widths, read by eye once and pinned by explicit assertions."""

from __future__ import annotations

import re

import pytest

BEFORE = ["--today", "2025-11-24", "--tz", "Europe/London"]
BOX = re.compile("[┌┐└┘│─]")


def test_summary_panel_at_100_columns(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "2026", *BEFORE, "-f", "rich"], env={"COLUMNS": "100"})
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert all(len(line) == 100 for line in lines)  # one panel, edge to edge
    assert lines[0].startswith("┌") and lines[-1].startswith("└")
    text = "\n".join(lines)
    assert "National Mourning Day — 36th anniversary of the 20\u00a0January tragedy" in text
    # The details and the January picture sit side by side at this width.
    row = next(line for line in lines if "Anniversary" in line)
    assert "36th" in row and "January 2026" in row
    assert any(
        "Tuesday, 20\u00a0January\u00a02026" in line and "Mo Tu We Th Fr Sa Su" in line
        for line in lines
    )
    assert any("19 20 21 22 23 24 25" in line for line in lines)
    assert "in 57\u00a0days (1\u00a0month, 27\u00a0days)" in text
    assert "12:00 in Baku = 08:00 in London" in text


def test_summary_at_40_columns_stacks_the_picture(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(
        ["summary", "--year", "2026", *BEFORE, "-f", "rich", "--lang", "ru"], env={"COLUMNS": "40"}
    )
    lines = result.stdout.splitlines()
    assert all(len(line) == 40 for line in lines)
    grid = [line.strip("│ ") for line in lines]
    header = grid.index("пн вт ср чт пт сб вс")
    assert grid[header + 4] == "19 20 21 22 23 24 25"
    # The heading wraps rather than being cut off.
    assert "День всенародной скорби — 36-я" in result.stdout
    assert "годовщина трагедии 20\u00a0Января" in result.stdout


@pytest.mark.parametrize("command", [["table", "--count", "12"], ["summary"], ["next"]])
def test_emphasis_by_weight_never_colour(invoke, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A memorial: bold, italic and dim, but no colour, so NO_COLOR has nothing to undo."""
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    out = invoke([*command, *BEFORE, "-f", "rich"], env=env).stdout
    assert "\x1b[1m" in out
    assert not re.search(r"\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7])[0-9;]*m", out)


def test_a_very_narrow_terminal_gets_plain_rows(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--count", "2", *BEFORE, "-f", "rich", "--lang", "az"]
    lines = invoke(args, env={"COLUMNS": "20"}).stdout.splitlines()
    assert lines[1].split() == ["2026", "2026-01-20", "çərşənbə", "axşamı", "36-cı", "57"]


def test_table_keeps_every_value_whole_at_40_columns(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "2026", "--count", "5", *BEFORE, "-f", "rich", "--lang", "az"]
    result = invoke(args, env={"COLUMNS": "40"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 40
    rows = [line.split() for line in lines if line[:4].isdigit()]
    assert [r[0] for r in rows] == ["2026", "2027", "2028", "2029", "2030"]
    assert rows[0][-2:] == ["36-cı", "57"]
    assert rows[-1][-2:] == ["40-cı", str(57 + 365 * 3 + 366)]


@pytest.mark.parametrize("count", [1, 450])
def test_rich_table_chunks_line_up(invoke, count: int) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "1991", "--count", str(count), *BEFORE, "-f", "rich"]
    result = invoke(args, env={"COLUMNS": "100"})
    rows = [line for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert len(rows) == count
    # Fixed widths: every row has the same length and the columns start at the same places.
    assert len({len(row) for row in rows}) == 1
    assert len({row.index("-01-20") for row in rows}) == 1
    assert result.stdout.count("Year") == 1  # one header, not one per chunk
    assert "Bold: every fifth anniversary. Italic: anniversaries that fall on a weekend." in (
        " ".join(result.stdout.split())
    )


def test_table_marks_round_and_weekend_rows(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "2029", "--count", "3", *BEFORE, "-f", "rich"]
    result = invoke(args, env={"COLUMNS": "80", "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    row = {y: next(line for line in result.stdout.splitlines() if f"{y}-01-20" in line)
           for y in (2029, 2030, 2031)}  # fmt: skip
    italic, bold_italic = "\x1b[3m", "\x1b[1;3m"
    assert row[2029].startswith(italic + "2029")  # 39th, a Saturday
    assert row[2030].startswith(bold_italic + "2030")  # 40th, round, on a Sunday
    assert "\x1b[" not in row[2031]  # 41st on a Monday: plain

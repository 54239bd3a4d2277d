"""Rich output at fixed widths, read by eye once and pinned by explicit assertions.
(tests/test_layout.py checks every command in every language at every width.)"""

from __future__ import annotations

import re

import pytest

BEFORE = ["--today", "2025-11-24", "--tz", "Europe/London"]
NB = "\u00a0"  # no-break space: a number stays with its unit
# Rich writes styles and links here as it would on a terminal.
TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
PIPE = {"FORCE_COLOR": None, "TERM": None}
ANSI = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")


def visible(output: str) -> list[str]:
    return ANSI.sub("", output).splitlines()


def test_summary_panel_at_100_columns(invoke) -> None:  # type: ignore[no-untyped-def]
    env = {"COLUMNS": "100", **TERMINAL}
    result = invoke(["summary", "--year", "2026", *BEFORE, "-f", "rich"], env=env)
    lines = visible(result.stdout)
    assert result.exit_code == 0
    assert all(len(line) == 100 for line in lines)  # one panel, edge to edge
    assert lines[0].startswith("┌") and lines[-1].startswith("└")
    text = "\n".join(lines)
    assert "National Mourning Day\xa0— 36th anniversary of the 20\xa0January tragedy" in text
    # The details and the January picture sit side by side at this width, the picture
    # four columns after the longest value rather than pushed to the panel's edge.
    row = next(line for line in lines if "Anniversary" in line)
    assert "36th" in row and "January 2026" in row
    date_row = next(line for line in lines if "Tuesday, 20\xa0January\xa02026" in line)
    assert "Mo Tu We Th Fr Sa Su" in date_row
    assert any("19 20 21 22 23 24 25" in line for line in lines)
    assert "in\xa057\xa0days (1\xa0month, 27\xa0days)" in text
    silence = next(line for line in lines if "Minute of silence" in line)
    assert "12:00 in Baku = 08:00 in London    19 20 21 22 23 24 25" in silence
    # Sources are short labels; their addresses are in the links, not in the text.
    assert "[1] News.Az, 2025-01-20" in text
    assert "https://" not in text


def test_summary_at_40_columns_stacks_the_picture(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["summary", "--year", "2026", *BEFORE, "-f", "rich", "--lang", "ru"]
    lines = visible(invoke(args, env={"COLUMNS": "40", **TERMINAL}).stdout)
    assert all(len(line) == 40 for line in lines)
    grid = [line.strip("│ ") for line in lines]
    header = grid.index("пн вт ср чт пт сб вс")
    assert grid[header + 4] == "19 20 21 22 23 24 25"
    # The heading wraps between words rather than being cut.
    assert grid[1] == "День всенародной скорби\xa0— 36-я"
    assert grid[2] == "годовщина трагедии 20\xa0Января"


def test_labels_go_above_values_where_both_do_not_fit(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["summary", "--year", "2026", *BEFORE, "-f", "rich"]
    grid = [line.strip("│ ") for line in visible(invoke(args, env={"COLUMNS": "30"}).stdout)]
    at = grid.index("Minute of silence")
    assert grid[at + 1 : at + 3] == ["12:00 in Baku = 08:00 in", "London"]


def test_piped_summary_prints_whole_addresses_after_the_panel(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["summary", "--year", "2026", *BEFORE, "-f", "rich"]
    lines = invoke(args, env={"COLUMNS": "60", **PIPE}).stdout.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    after = lines[end + 1 :]
    assert after[:3] == ["", "Sources", "[1] News.Az, 2025-01-20"]
    # Longer than the width, and still on one line: a copied address works.
    url = "https://news.az/news/azerbaijans-mfa-issues-statement-on-35th-anniversary-of-black-january-tragedy"
    assert after[3] == url


@pytest.mark.parametrize("command", [["table", "--count", "12"], ["summary"], ["next"]])
def test_emphasis_by_weight_never_colour(invoke, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A memorial: bold and dim, but no colour, so NO_COLOR has nothing to undo."""
    out = invoke([*command, *BEFORE, "-f", "rich"], env=TERMINAL).stdout
    assert "\x1b[1m" in out
    assert not re.search(r"\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7])[0-9;]*m", out)


def test_a_very_narrow_terminal_gets_a_block_per_year(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--count", "2", *BEFORE, "-f", "rich", "--lang", "az"]
    lines = invoke(args, env={"COLUMNS": "24"}).stdout.splitlines()
    assert lines[:4] == [
        "2026",
        "  Həftənin günü:",
        "  çərşənbə axşamı",
        "  İldönümü: 36-cı",
    ]


@pytest.mark.parametrize("width", [40, 50])
def test_table_keeps_every_value_whole(invoke, width: int) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "2026", "--count", "5", *BEFORE, "-f", "rich", "--lang", "az"]
    result = invoke(args, env={"COLUMNS": str(width)})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    # "1.518 gün sonra" (57 + 365 * 3 + 366 days, grouped as CLDR az groups: Babel 2.19,
    # format_decimal(1518, locale="az") == "1.518") is never split.
    assert any(f"1.518{NB}gün sonra" in line for line in lines)
    if width == 40:  # too narrow for the columns: one block per year
        assert lines[:4] == ["2026", "  Həftənin günü: çərşənbə axşamı", "  İldönümü: 36-cı",
                             f"  Nə vaxt: 57{NB}gün sonra"]  # fmt: skip
        return
    # Words split at ordinary spaces only: "57_gün" is one.
    rows = [line.replace(NB, "_").split() for line in lines if line[:4].isdigit()]
    assert [r[0] for r in rows] == ["2026", "2027", "2028", "2029", "2030"]
    assert rows[0][-3:] == ["36-cı", "57_gün", "sonra"]
    # 2030: the 40th, on a Sunday: marked both ways.
    assert rows[-1][-4:] == ["40-cı", "1.518_gün", "sonra", "*+"]


@pytest.mark.parametrize("count", [1, 450])
def test_rich_table_chunks_line_up(invoke, count: int) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "1991", "--count", str(count), *BEFORE, "-f", "rich"]
    result = invoke(args, env={"COLUMNS": "100"})
    rows = [line for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert len(rows) == count
    # Fixed widths: the columns start at the same places in every row (the last, "1,039
    # days ago" or "in 57 days", left-aligned after the right-aligned ordinal).
    assert len({re.search(r"[0-9](st|nd|rd|th)  \S", row).end() for row in rows}) == 1  # type: ignore[union-attr]
    assert len({row.index("-01-20") for row in rows}) == 1
    assert result.stdout.count("Year") == 1  # one header, not one per chunk


def test_table_marks_round_and_weekend_rows_and_explains_the_marks(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "2029", "--count", "3", *BEFORE, "-f", "rich"]
    lines = invoke(args, env={"COLUMNS": "80", **PIPE}).stdout.splitlines()
    row = {y: next(line for line in lines if line.startswith(str(y))) for y in (2029, 2030, 2031)}
    # Weekdays by `ncal 1 2029`, `ncal 1 2030`, `ncal 1 2031`.
    assert row[2029].endswith(f"39th  in{NB}1,153{NB}days  +")  # a Saturday
    assert row[2030].endswith(f"40th  in{NB}1,518{NB}days  *+")  # round, on a Sunday
    assert row[2031].endswith(f"41st  in{NB}1,883{NB}days")  # a Monday, not round
    assert lines[-1] == "* every fifth anniversary   + on a Saturday or Sunday"
    # Nothing describes a style that a pipe does not carry.
    assert not re.search(r"(?i)bold|italic", "\n".join(lines))


def test_the_legend_names_only_marks_that_appear(invoke) -> None:  # type: ignore[no-untyped-def]
    # Weekdays of 20 January by `ncal 1 YEAR`.
    def last_line(first: int, count: int) -> str:
        args = ["table", "--from-year", str(first), "--count", str(count), *BEFORE, "-f", "rich"]
        return invoke(args, env={"COLUMNS": "80"}).stdout.splitlines()[-1]

    assert last_line(2031, 3).startswith("2033")  # Mon, Tue, Thu; 41st-43rd: no legend
    assert last_line(2037, 4) == "* every fifth anniversary"  # the 50th, on a Friday
    assert last_line(2041, 1) == "+ on a Saturday or Sunday"  # the 51st, on a Sunday


def test_round_rows_are_also_bold_on_a_terminal(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["table", "--from-year", "2030", "--count", "2", *BEFORE, "-f", "rich"]
    out = invoke(args, env={"COLUMNS": "80", **TERMINAL}).stdout
    row = {y: next(line for line in out.splitlines() if f"{y} " in line) for y in (2030, 2031)}
    assert row[2030].startswith("\x1b[1m2030")
    assert "\x1b[" not in row[2031]

"""Rich output for people at a terminal: the same records as text, drawn with restraint."""

from __future__ import annotations

from datetime import date
from itertools import islice
from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mourning_day.anniversary import YearRange
from mourning_day.calendar_names import first_weekday
from mourning_day.messages import Messages
from mourning_day.observance import Observance, Summary
from mourning_day.render import phrases
from mourning_day.render.month_grid import month_lines
from mourning_day.render.table_layout import Column, table_columns

# Below this width the January picture goes under the text instead of beside it.
SIDE_BY_SIDE_WIDTH = 72
# Rows per Rich Table: one Table of thousands of rows is slow to measure and draw.
CHUNK_ROWS = 200


def _console(out: TextIO) -> Console:
    # Rich itself honours NO_COLOR, COLUMNS and the terminal's real width and encoding.
    return Console(file=out, highlight=False, soft_wrap=False)


def next_anniversary(obs: Observance, msgs: Messages, out: TextIO) -> None:
    console = _console(out)
    console.print(Text(phrases.next_line(obs, msgs), style="bold"))
    console.print(phrases.silence_line(obs, msgs), markup=False)


def is_today(obs: Observance, today: date, msgs: Messages, out: TextIO) -> None:
    _console(out).print(phrases.is_today_line(obs, today, msgs), markup=False)


def month_picture(year: int, msgs: Messages) -> Text:
    """January with the 20th marked, as cal(1) would draw it."""
    lines = month_lines(year, msgs, first_weekday(msgs.lang))
    text = Text()
    text.append(lines[0] + "\n", style="bold")
    text.append(lines[1] + "\n", style="dim")
    for line in lines[2:]:
        start = line.find("20")
        if start >= 0 and (start + 2 == len(line) or line[start + 2] == " "):
            text.append(line[:start])
            text.append("20", style="reverse bold")
            text.append(line[start + 2 :] + "\n")
        else:
            text.append(line + "\n")
    text.rstrip()
    return text


def summary(summary: Summary, msgs: Messages, out: TextIO) -> None:
    console = _console(out)
    details = Table.grid(padding=(0, 2))
    details.add_column(style="bold", no_wrap=True)
    details.add_column()
    for label, value in phrases.summary_rows(summary, msgs):
        details.add_row(label, value)

    picture = month_picture(summary.observance.anniversary.year, msgs)
    top: RenderableType
    if console.width >= SIDE_BY_SIDE_WIDTH:
        top = Table.grid(padding=(0, 3))
        top.add_row(details, picture)
    else:
        top = Group(details, Text(), picture)

    facts, notes = phrases.numbered_facts(summary, msgs)
    fact_list = Table.grid(padding=(0, 1))
    for line in facts:
        fact_list.add_row("-", line)
    source_list = Table.grid(padding=(0, 1))
    for mark, source in notes:
        source_list.add_row(mark, Text(source, style="dim", overflow="fold"))
    body = Group(
        # The heading goes in the body, not the border, so it wraps instead of being cut.
        Text(phrases.summary_heading(summary, msgs), style="bold"),
        Text(),
        top,
        Text(),
        Text(msgs.text("labels.facts"), style="bold"),
        fact_list,
        Text(),
        Text(msgs.text("labels.sources"), style="bold"),
        source_list,
    )
    narrow = console.width < SIDE_BY_SIDE_WIDTH
    console.print(Panel(body, box=box.SQUARE, padding=(0, 1) if narrow else (1, 2)))


def table(years: YearRange, msgs: Messages, out: TextIO) -> None:
    """Row-chunked Tables with fixed column widths, so 8,009 rows draw as one table, quickly."""
    console = _console(out)
    columns = _fit(table_columns(years, msgs), console.width)
    rows = iter(years)
    first_chunk = True
    while chunk := list(islice(rows, CHUNK_ROWS)):
        grid = Table(box=box.SIMPLE_HEAD, show_header=first_chunk, show_edge=False, pad_edge=False)
        for col, width in columns:
            grid.add_column(
                col.header,
                justify="right" if col.numeric else "left",
                width=width,
                overflow="fold",
            )
        for ann in chunk:
            style = " ".join(
                name
                for name, wanted in (("bold", ann.number % 5 == 0), ("italic", ann.is_weekend))
                if wanted
            )
            grid.add_row(*(col.cell(ann) for col, _ in columns), style=style)
        console.print(grid)
        first_chunk = False
    console.print(Text(msgs.text("labels.table_legend"), style="dim"))


def _fit(columns: list[Column], room: int) -> list[tuple[Column, int]]:
    """Column widths for `room` cells. Values are never cut: headers wrap first, then the
    date column goes (it is always YYYY-01-20, so the year says it)."""

    def gaps(cols: list[Column]) -> int:
        return 3 * (len(cols) - 1)  # a space of padding each side, one of separator

    if sum(c.value_width for c in columns) + gaps(columns) > room:
        columns = [c for c in columns if c.key != "date"]
    spare = room - sum(c.value_width for c in columns) - gaps(columns)
    fitted = []
    for col in columns:
        extra = max(0, min(spare, col.width - col.value_width))
        spare -= extra
        fitted.append((col, col.value_width + extra))
    return fitted

"""Rich output for people at a terminal: the same records as text, drawn with restraint."""

from __future__ import annotations

from datetime import date
from itertools import islice
from typing import TextIO

from rich import box
from rich.console import Console, Group, JustifyMethod, RenderableType
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

    facts, notes = phrases.summary_facts(summary, msgs)
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
    """A Rich table whose rows are laid out here, in chunks: one Rich Table of 8,009 rows
    takes seconds to measure, and our widths are known before the first row anyway."""
    console = _console(out)
    columns = _fit(table_columns(years, msgs), console.width)
    if columns is None:  # too narrow for any table: plain lines, which the terminal wraps
        from mourning_day.render import text

        text.table(years, msgs, out)
        return
    # Rich draws the header (it may wrap) and the rule under it; the rows follow the same
    # geometry: a space of padding either side of a one-space separator, no outer padding.
    header = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for col, width in columns:
        justify: JustifyMethod = "right" if col.numeric else "left"
        header.add_column(col.header, justify=justify, width=width, overflow="fold")
    console.print(header, crop=False)
    rows = iter(years)
    while chunk := list(islice(rows, CHUNK_ROWS)):
        lines = Text(no_wrap=True, overflow="ignore")
        for ann in chunk:
            cells = [
                col.cell(ann).rjust(width) if col.numeric else col.cell(ann).ljust(width)
                for col, width in columns
            ]
            lines.append("   ".join(cells).rstrip(), style=_row_style(ann.number, ann.is_weekend))
            lines.append("\n")
        lines.rstrip()
        console.print(lines, crop=False)
    console.print(Text(msgs.text("labels.table_legend"), style="dim"))


def _row_style(number: int, weekend: bool) -> str:
    """Round anniversaries (every fifth) bold, those on a weekend italic."""
    return " ".join(name for name, on in (("bold", number % 5 == 0), ("italic", weekend)) if on)


def _fit(columns: list[Column], room: int) -> list[tuple[Column, int]] | None:
    """Column widths for `room` cells. Values are never cut: headers wrap first, then the
    date column goes (it is always YYYY-01-20, so the year says it); None if even that is
    too wide."""

    def gaps(cols: list[Column]) -> int:
        return 3 * (len(cols) - 1)  # a space of padding each side, one of separator

    if sum(c.value_width for c in columns) + gaps(columns) > room:
        columns = [c for c in columns if c.key != "date"]
        if sum(c.value_width for c in columns) + gaps(columns) > room:
            return None
    widths = [c.value_width for c in columns]
    spare = room - sum(widths) - gaps(columns)
    # First let every header word fit whole, then whole headers, while room remains.
    for want in (lambda c: max(len(w) for w in c.header.split()), lambda c: c.width):
        for i, col in enumerate(columns):
            extra = max(0, min(spare, want(col) - widths[i]))
            widths[i] += extra
            spare -= extra
    return list(zip(columns, widths, strict=True))

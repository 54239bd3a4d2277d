"""Plain text: what a pipe, a log or a login banner gets. No colour, no box drawing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TextIO

from mourning_day.core.anniversary import YearRange
from mourning_day.core.observance import Observance, Summary
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases
from mourning_day.render.month_grid import month_lines

if TYPE_CHECKING:
    from mourning_day.render.table_layout import Column


def next_anniversary(obs: Observance, msgs: Messages, out: TextIO) -> None:
    out.write(phrases.next_line(obs, msgs) + "\n")
    out.write(phrases.silence_line(obs, msgs) + "\n")


def is_today(obs: Observance, today: date, msgs: Messages, out: TextIO) -> None:
    out.write(phrases.is_today_line(obs, today, msgs) + "\n")


def summary(summary: Summary, msgs: Messages, out: TextIO) -> None:
    out.write(phrases.summary_heading(summary, msgs) + "\n\n")
    rows = phrases.summary_rows(summary, msgs)
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        out.write(f"{label + ':':<{width}} {value}\n")
    out.write("\n")
    year = summary.observance.anniversary.year
    out.writelines(f"{line}\n" for line in month_lines(year, msgs, msgs.first_weekday()))
    facts, notes = phrases.summary_facts(summary, msgs)
    out.write("\n" + msgs.text("labels.facts") + "\n")
    out.writelines(f"- {line}\n" for line in facts)
    out.write("\n" + msgs.text("labels.sources") + "\n")
    out.writelines(f"{mark} {source}\n" for mark, source in notes)


def table(years: YearRange, msgs: Messages, out: TextIO) -> None:
    """Aligned columns, written row by row so that 8,009 years stream."""
    from mourning_day.render.table_layout import table_columns

    columns = table_columns(years, msgs)
    out.write(_line(columns, [c.header for c in columns]))
    for ann in years:
        out.write(_line(columns, [c.cell(ann) for c in columns]))


def _line(columns: list[Column], cells: list[str]) -> str:
    padded = [
        cell.rjust(col.width) if col.numeric else cell.ljust(col.width)
        for col, cell in zip(columns, cells, strict=True)
    ]
    return "  ".join(padded).rstrip() + "\n"

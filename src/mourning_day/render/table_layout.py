"""The columns of the anniversaries table, shared by text and Rich output.

Widths are known before the first row, from the range's ends, so rows can stream."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from mourning_day.anniversary import Anniversary, YearRange
from mourning_day.messages import Messages


class Column(NamedTuple):
    key: str
    header: str
    cell: Callable[[Anniversary], str]
    value_width: int  # the widest value in the range
    numeric: bool

    @property
    def width(self) -> int:
        return max(len(self.header), self.value_width)


def table_columns(years: YearRange, msgs: Messages) -> list[Column]:
    cells: dict[str, tuple[Callable[[Anniversary], str], bool]] = {
        "year": (lambda a: str(a.year), True),
        "date": (lambda a: a.date.isoformat(), False),
        "weekday": (lambda a: msgs.weekday(a.date), False),
        "anniversary": (lambda a: msgs.ordinal(a.number), True),
        "days_until": (lambda a: str(a.days_until), True),
    }
    # Seven consecutive days cover every weekday name; the ends hold the widest numbers.
    week = [date(2024, 1, d) for d in range(1, 8)]
    ends = years.ends()
    columns = []
    for key, (cell, numeric) in cells.items():
        header = msgs.text(f"labels.{key}")
        if key == "weekday":
            widest = max(len(msgs.weekday(d)) for d in week)
        else:
            widest = max(len(cell(a)) for a in ends)
        columns.append(Column(key, header, cell, widest, numeric))
    return columns

"""The columns of the anniversaries table, shared by text and Rich output, and how they fit
a terminal's width.

Widths are known before the first row, from the range's ends, so rows can stream."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from mourning_day.core.anniversary import Anniversary, YearRange
from mourning_day.i18n.messages import Messages


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
    """The columns people read; the last says when each one falls as a phrase ("in 57
    days", "1,039 days ago"), so that a past year reads as past. JSON and CSV keep the
    signed number (days_until)."""
    cells: dict[str, tuple[Callable[[Anniversary], str], bool]] = {
        "year": (lambda a: str(a.year), True),
        "date": (lambda a: a.date.isoformat(), False),
        "weekday": (lambda a: msgs.weekday(a.date), False),
        "anniversary": (lambda a: msgs.ordinal(a.number), True),
        "when": (lambda a: msgs.relative_days(a.days_until), False),
    }
    # Seven consecutive days cover every weekday name; the ends hold the widest numbers.
    week = [date(2024, 1, d) for d in range(1, 8)]
    ends = years.ends()
    columns = []
    for key, (cell, numeric) in cells.items():
        header = msgs.text(f"labels.{key}")
        if key == "weekday":
            widest = max(len(msgs.weekday(d)) for d in week)
        elif key == "when":
            # The ends hold the most digits; "yesterday" or "tomorrow" may be wider still.
            widest = max(
                len(msgs.relative_days(n)) for n in (-1, 0, 1, *(a.days_until for a in ends))
            )
        else:
            widest = max(len(cell(a)) for a in ends)
        columns.append(Column(key, header, cell, widest, numeric))
    return columns


def _widest_days(ends: tuple[Anniversary, ...]) -> set[int]:
    """Day counts whose phrases are at least as wide as any in the range: the ends hold the
    most digits (days_until grows with the year), and the same number of digits ending in
    each digit, or in 11 to 14, gives every plural form ("день", "дня", "дней"); "yesterday"
    and "tomorrow" may be wider still."""
    found = {-1, 0, 1}
    for end in ends:
        sign, n = (-1 if end.days_until < 0 else 1), abs(end.days_until)
        low = 10 ** (len(str(n)) - 1)
        for base in {n - n % 10, n - n % 100}:
            for ending in (*range(10), *range(11, 15)):
                if low <= base + ending < low * 10:
                    found.add(sign * (base + ending))
    return found


# Spaces between columns: two, or one where that makes the table fit.
GAPS = (2, 1)


class Fitted(NamedTuple):
    """Columns chosen for a width: each with its width and its header's lines."""

    columns: list[tuple[Column, int]]
    gap: int
    headers: list[list[str]]


def longest_word(text: str) -> int:
    return max((len(word) for word in text.split(" ")), default=0)


def fit_columns(columns: list[Column], room: int) -> Fitted | None:
    """Widths for a table `room` cells wide in which no value is cut and no word of a header
    is split (headers wrap between words). To fit, the date column goes first (it is always
    YYYY-01-20, so the year says it), then the gaps narrow; None if even that is too wide."""
    for cols in (columns, [c for c in columns if c.key != "date"]):
        for gap in GAPS:
            widths = [max(c.value_width, longest_word(c.header)) for c in cols]
            spare = room - sum(widths) - gap * (len(cols) - 1)
            if spare < 0:
                continue
            # Spare room goes to headers that would wrap, so that they take fewer lines.
            for i, col in enumerate(cols):
                extra = min(spare, max(0, len(col.header) - widths[i]))
                widths[i] += extra
                spare -= extra
            headers = [
                textwrap.wrap(c.header, w, break_long_words=False)
                for c, w in zip(cols, widths, strict=True)
            ]
            return Fitted(list(zip(cols, widths, strict=True)), gap, headers)
    return None

"""The event of 20 January 1990 and its yearly anniversaries: date arithmetic only, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

EVENT_DATE = date(1990, 1, 20)
FIRST_YEAR = EVENT_DATE.year + 1
# datetime.date stops at 9999; so do we.
LAST_YEAR = 9999
# Anniversaries in a range whose end is not given.
DEFAULT_COUNT = 10
# A date as people and facts.json write it, to check before date.fromisoformat, which
# also takes "20260120" and week dates ("2026-W04-2").
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class YearOutOfRangeError(ValueError):
    """A year with no anniversary we can compute (before 1991 or after 9999)."""

    def __init__(self, year: int) -> None:
        super().__init__(f"year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")
        self.year = year


# Records are NamedTuples: immutable and typed like a frozen dataclass, but about 0.5 ms
# cheaper each to define, and every start of the tool defines them.
class Anniversary(NamedTuple):
    """One 20 January, seen from a given day."""

    year: int
    date: date
    days_until: int

    @property
    def number(self) -> int:
        return self.year - EVENT_DATE.year

    @property
    def isoweekday(self) -> int:
        return self.date.isoweekday()

    @property
    def is_weekend(self) -> bool:
        # Saturday and Sunday are the weekend in Azerbaijan (CLDR agrees for az).
        return self.isoweekday >= 6

    @property
    def is_today(self) -> bool:
        return self.days_until == 0


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearOutOfRangeError(year)
    return year


def anniversary(year: int, today: date) -> Anniversary:
    """The anniversary in `year`; days_until is negative once it has passed."""
    day = EVENT_DATE.replace(year=check_year(year))
    return Anniversary(year=year, date=day, days_until=(day - today).days)


def next_anniversary(today: date) -> Anniversary:
    """The first anniversary on or after `today` (on 20 January itself, that very day)."""
    year = today.year if today <= EVENT_DATE.replace(year=today.year) else today.year + 1
    return anniversary(max(year, FIRST_YEAR), today)


class ReversedRangeError(ValueError):
    def __init__(self, first: int, last: int) -> None:
        super().__init__(f"first year {first} is after last year {last}")
        self.first, self.last = first, last


class YearRange:
    """Anniversaries from `first` to `last` inclusive, made lazily so long ranges stream."""

    __slots__ = ("first", "last", "today")

    def __init__(self, first: int, last: int, today: date) -> None:
        check_year(first)
        check_year(last)
        if first > last:
            raise ReversedRangeError(first, last)
        self.first, self.last, self.today = first, last, today

    def __iter__(self) -> Iterator[Anniversary]:
        for year in range(self.first, self.last + 1):
            yield anniversary(year, self.today)

    def __len__(self) -> int:
        return self.last - self.first + 1

    def ends(self) -> tuple[Anniversary, Anniversary]:
        return anniversary(self.first, self.today), anniversary(self.last, self.today)


class TooManyYearsError(ValueError):
    """More anniversaries asked for than there are from the first year to LAST_YEAR."""

    def __init__(self, count: int, most: int) -> None:
        super().__init__(f"{count} anniversaries asked for; there are {most}")
        self.count, self.most = count, most


def year_range(
    first: int, today: date, *, last: int | None = None, count: int | None = None
) -> YearRange:
    """From `first` to `last`, or `count` anniversaries from `first`; by default ten, or as
    many as there are before LAST_YEAR ends."""
    if count is not None:
        most = LAST_YEAR - first + 1
        if count > most:
            raise TooManyYearsError(count, most)
        last = first + count - 1
    elif last is None:
        last = min(first + DEFAULT_COUNT - 1, LAST_YEAR)
    return YearRange(first, last, today)

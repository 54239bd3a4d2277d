"""The anniversary engine: hand-checked cases and invariants over the whole range."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mourning_day.core.anniversary import (
    LAST_YEAR,
    ReversedRangeError,
    YearOutOfRangeError,
    YearRange,
    anniversary,
    next_anniversary,
)


@pytest.mark.parametrize(
    ("year", "isoweekday", "number"),
    [
        # Checked against printed calendars: 20 January 2026 is a Tuesday (the press
        # article that said Monday was wrong), 2024 a Saturday, 2025 a Monday.
        (2026, 2, 36),
        (2025, 1, 35),
        (2024, 6, 34),
        (1991, 7, 1),  # a Sunday
        (2000, 4, 10),  # a Thursday
    ],
)
def test_known_years(year: int, isoweekday: int, number: int) -> None:
    ann = anniversary(year, date(2025, 11, 24))
    assert ann.date == date(year, 1, 20)
    assert ann.isoweekday == isoweekday
    assert ann.number == number
    assert ann.is_weekend == (isoweekday >= 6)


def test_days_until_counts_both_ways() -> None:
    # 24 Nov 2025 -> 20 Jan 2026: 6 days of November, 31 of December, 20 of January.
    assert anniversary(2026, date(2025, 11, 24)).days_until == 57
    assert anniversary(2026, date(2026, 1, 21)).days_until == -1
    assert anniversary(2026, date(2026, 1, 20)).is_today


@pytest.mark.parametrize(
    ("today", "year", "days"),
    [
        (date(2026, 1, 19), 2026, 1),
        (date(2026, 1, 20), 2026, 0),  # on the day itself, that day is "next"
        (date(2026, 1, 21), 2027, 364),
        (date(2027, 12, 31), 2028, 20),
        (date(1985, 6, 1), 1991, (date(1991, 1, 20) - date(1985, 6, 1)).days),
        (date(9999, 1, 20), 9999, 0),
    ],
)
def test_next_anniversary(today: date, year: int, days: int) -> None:
    ann = next_anniversary(today)
    assert (ann.year, ann.days_until) == (year, days)


def test_no_anniversary_after_9999() -> None:
    with pytest.raises(YearOutOfRangeError):
        next_anniversary(date(9999, 1, 21))


@pytest.mark.parametrize("year", [1990, 1800, 10000, 0, -5])
def test_years_outside_range_are_refused(year: int) -> None:
    with pytest.raises(YearOutOfRangeError):
        anniversary(year, date(2026, 1, 1))


def test_year_range_streams_lazily_and_knows_its_ends() -> None:
    years = YearRange(1991, 9999, date(2026, 1, 1))
    assert len(years) == 8009
    first, last = years.ends()
    assert (first.year, last.year) == (1991, 9999)
    rows = iter(years)
    assert next(rows).number == 1
    assert next(rows).number == 2


def test_year_range_refuses_reversed_and_out_of_range() -> None:
    with pytest.raises(ReversedRangeError):
        YearRange(2030, 2020, date(2026, 1, 1))
    with pytest.raises(YearOutOfRangeError):
        YearRange(1991, 10000, date(2026, 1, 1))


days_with_an_anniversary_ahead = st.dates(
    min_value=date(1990, 1, 21), max_value=date(LAST_YEAR, 1, 20)
)


@given(days_with_an_anniversary_ahead)
def test_next_is_a_20_january_on_or_after_today_within_366_days(today: date) -> None:
    ann = next_anniversary(today)
    assert (ann.date.month, ann.date.day) == (1, 20)
    assert ann.date >= today
    assert 0 <= ann.days_until <= 366
    assert ann.date - timedelta(days=ann.days_until) == today
    # Nothing in between: the previous 20 January is before today.
    if ann.year > 1991:
        assert date(ann.year - 1, 1, 20) < today


@given(st.integers(min_value=1991, max_value=LAST_YEAR), days_with_an_anniversary_ahead)
def test_any_year_agrees_with_an_independent_weekday(year: int, today: date) -> None:
    ann = anniversary(year, today)
    assert ann.number == year - 1990
    # calendar.weekday uses its own arithmetic (0 = Monday); and Zeller's congruence too.
    assert ann.isoweekday == calendar.weekday(year, 1, 20) + 1
    y = year - 1  # January counts as month 13 of the previous year in Zeller's formula
    h = (20 + (13 * 14) // 5 + y % 100 + (y % 100) // 4 + (y // 100) // 4 + 5 * (y // 100)) % 7
    assert ann.isoweekday == (h + 5) % 7 + 1

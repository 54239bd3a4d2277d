"""The January picture, checked against Python's calendar module (an independent layout)."""

from __future__ import annotations

import calendar

import pytest

from mourning_day.messages import Messages
from mourning_day.render.month_grid import january_weeks, month_lines


@pytest.mark.parametrize("year", [1991, 2000, 2024, 2026, 2027, 2030, 2100, 9999])
@pytest.mark.parametrize("first_weekday", [0, 6])
def test_weeks_match_the_calendar_module(year: int, first_weekday: int) -> None:
    expected = calendar.Calendar(first_weekday).monthdayscalendar(year, 1)
    assert january_weeks(year, first_weekday) == expected


def test_english_month_looks_like_cal_with_monday_first() -> None:
    # `ncal -M -b 1 2026` / `cal -m 1 2026` print the same body.
    assert month_lines(2026, Messages("en"), 0) == [
        "    January 2026",
        "Mo Tu We Th Fr Sa Su",
        "          1  2  3  4",
        " 5  6  7  8  9 10 11",
        "12 13 14 15 16 17 18",
        "19 20 21 22 23 24 25",
        "26 27 28 29 30 31",
    ]


def test_russian_month_uses_cldr_names_and_starts_on_monday() -> None:
    lines = month_lines(2026, Messages("ru"), 0)
    assert lines[1] == "пн вт ср чт пт сб вс"
    assert lines[0].strip() == "Январь 2026"


def test_azerbaijani_names_are_wider_and_columns_widen_with_them() -> None:
    lines = month_lines(2026, Messages("az"), 0)
    # CLDR's abbreviated names: "B.e." for bazar ertəsi, not all capitals.
    assert lines[1].split() == ["B.e.", "Ç.a.", "Ç.", "C.a.", "C.", "Ş.", "B."]
    # Cells are as wide as the widest name, so the 20th sits under Tuesday (Ç.a.).
    header, week = lines[1], lines[5]
    assert week.split()[1] == "20"
    assert header.index("Ç.a.") + len("Ç.a.") == week.index("20") + 2

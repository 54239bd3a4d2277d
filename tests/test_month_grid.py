"""The January picture, checked against Python's calendar module (an independent layout)."""

from __future__ import annotations

import calendar

import pytest

from mourning_day.i18n.messages import Messages
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


@pytest.mark.parametrize(
    ("env", "first_weekday", "first_name"),
    [
        ({"LANG": "en_US.UTF-8"}, 6, "Su"),
        ({"LANG": "en_GB.UTF-8"}, 0, "Mo"),
        ({"LANG": "en"}, 0, "Mo"),
        ({"LANG": "C.UTF-8"}, 0, "Mo"),
        ({"LC_ALL": "en_CA.UTF-8", "LANG": "en_GB.UTF-8"}, 6, "Su"),
        # The reader's territory decides, whatever language they ask for.
        ({"LANG": "en_US.UTF-8", "MOURNING_DAY_LANG": "ru"}, 6, "вс"),
        ({"LANG": "ru_RU.UTF-8"}, 0, "пн"),
    ],
)
def test_summary_draws_january_from_the_territorys_first_day(  # type: ignore[no-untyped-def]
    invoke, env: dict[str, str], first_weekday: int, first_name: str
) -> None:
    args = ["summary", "2026", "--today", "2025-11-24", "--tz", "Asia/Baku", "-f", "text"]
    lines = invoke(args, env=env).stdout.splitlines()
    # The body of `cal` / calendar.TextCalendar, an independent drawing of the same month.
    body = [
        line.rstrip()
        for line in calendar.TextCalendar(first_weekday).formatmonth(2026, 1).splitlines()[2:]
    ]
    start = lines.index(body[0])
    assert lines[start : start + len(body)] == body
    assert lines[start - 1].split()[0] == first_name

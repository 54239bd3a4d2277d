"""English names are fixed in code (to keep Babel off the English path); Babel is the truth."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel.dates import format_date, format_skeleton, get_day_names, get_month_names

from mourning_day import calendar_names as names


def test_english_weekday_names_match_babel() -> None:
    babel = get_day_names("wide", locale="en")
    assert [babel[i] for i in range(7)] == list(names.EN_WEEKDAYS)


def test_english_month_names_match_babel() -> None:
    babel = get_month_names("wide", locale="en")
    assert [babel[i] for i in range(1, 13)] == list(names.EN_MONTHS)


def test_english_dates_match_babel_for_every_day_of_two_years() -> None:
    day = date(2026, 1, 1)
    for _ in range(731):
        assert names.full_date(day, "en") == format_date(day, "full", locale="en")
        assert names.day_and_month(day, "en") == format_skeleton("MMMMd", day, locale="en")
        assert names.month_and_year(day, "en") == format_skeleton("yMMMM", day, locale="en")
        day += timedelta(days=1)


def test_english_first_weekday_matches_babel() -> None:
    from babel import Locale

    assert names.first_weekday("en") == Locale.parse("en").first_week_day


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("az", "20 yanvar 2026, çərşənbə axşamı"),
        # CLDR puts a narrow no-break space (U+202F) before "г.".
        ("ru", "вторник, 20 января 2026\u202fг."),
        ("en", "Tuesday, January 20, 2026"),
    ],
)
def test_full_dates(lang: str, expected: str) -> None:
    assert names.full_date(date(2026, 1, 20), lang) == expected


def test_weekday_names_are_indexed_monday_first() -> None:
    # Babel's mapping iterates from Sunday; indexing by key must still give Monday for 0.
    monday = date(2026, 1, 19)
    assert names.weekday_name(monday, "ru") == "понедельник"
    assert names.weekday_name(monday, "az") == "bazar ertəsi"
    assert names.weekday_name(monday + timedelta(days=6), "ru") == "воскресенье"


def test_weeks_start_on_monday_in_az_and_ru() -> None:
    assert names.first_weekday("az") == 0
    assert names.first_weekday("ru") == 0

"""Weekday and month names, dates and the first day of the week, per language."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from mourning_day.i18n import calendar_names as names


@pytest.mark.parametrize(
    ("territory", "expected"),
    # By hand, from CLDR's supplemental weekData (firstDay): Monday unless listed.
    # "ZZ" (unknown region) and "AQ" (no language) have no locale: the world's Monday.
    [(None, 0), ("GB", 0), ("AZ", 0), ("RU", 0), ("US", 6), ("CA", 6), ("EG", 5), ("MV", 4),
     ("IR", 5), ("BR", 6), ("419", 0), ("ZZ", 0), ("AQ", 0)],
)  # fmt: skip
def test_first_weekday_by_territory(territory: str | None, expected: int) -> None:
    assert names.first_weekday(territory) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # The same with Babel 2.18 (CLDR 47) and 2.19 (CLDR 49, which puts the az weekday
        # first and capitalises it): the pattern and the case are the catalog's. Azerbaijani
        # writes weekday names in lower case (Azərbaycan dilinin orfoqrafiya qaydaları).
        ("az", "20\u00a0yanvar\u00a02026, çərşənbə\u00a0axşamı"),
        # Russian: lower-case weekday (Розенталь § 19); CLDR's narrow no-break space
        # (U+202F) before "г."; no-break spaces tie day, month and year (Мильчин).
        ("ru", "вторник, 20\u00a0января\u00a02026\u202fг."),
        ("en", "Tuesday, 20\u00a0January\u00a02026"),
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


def test_azerbaijani_lower_case_keeps_dotless_i() -> None:
    # Azerbaijani pairs I/ı and İ/i (as Turkish); str.lower would turn "I" into "i".
    assert names.in_case("İyun", "az") == "iyun"
    assert names.in_case("IŞIQ", "az") == "ışıq"
    assert names.in_case("Вторник", "ru") == "вторник"


def test_month_headings_are_capitalised_stand_alone_forms() -> None:
    # A heading starts with a capital; the stand-alone (nominative) month: "Январь".
    assert names.month_and_year(date(2026, 1, 1), "ru") == "Январь 2026"
    assert names.month_and_year(date(2026, 1, 1), "az") == "Yanvar 2026"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "19\u00a0January"),
        ("az", "19\u00a0yanvar"),
        ("ru", "19\u00a0января"),  # genitive after a day number (Розенталь)
    ],
)
def test_day_and_month(lang: str, expected: str) -> None:
    assert names.day_and_month(date(2026, 1, 19), lang) == expected


def test_english_names_and_headings() -> None:
    # 2026-01-19 is a Monday (ISO calendar); CLDR en's "short" weekdays are two letters.
    assert [names.weekday_name(date(2026, 1, 19) + timedelta(days=i), "en") for i in (0, 6)] == [
        "Monday",
        "Sunday",
    ]
    assert names.full_date(date(2026, 12, 1), "en") == "Tuesday, 1\u00a0December\u00a02026"
    assert names.month_and_year(date(2026, 1, 1), "en") == "January 2026"
    assert names.short_weekday_names("en") == ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


@pytest.mark.parametrize("tz", ["/etc/passwd", "Mars/Olympus", "UTC-4"])
def test_names_come_whatever_the_tz_variable_holds(tz: str) -> None:
    """Babel reads TZ when babel.dates loads, and fails on a file that is no zone
    ("Invalid TZif file"); the names do not depend on it, and TZ is left as it was."""
    code = (
        "import os, datetime\n"
        "from mourning_day.i18n.calendar_names import full_date\n"
        "print(full_date(datetime.date(2026, 1, 20), 'en'), os.environ['TZ'])"
    )
    env = {"PATH": "/usr/bin:/bin", "TZ": tz}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Tuesday, 20\u00a0January\u00a02026 {tz}\n"

"""English names are fixed in code (to keep Babel off the English path); Babel is the truth."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel.dates import format_date, format_skeleton, get_day_names, get_month_names

from mourning_day.i18n import calendar_names as names
from mourning_day.i18n.catalog import load_catalog


def test_english_weekday_names_match_babel() -> None:
    babel = get_day_names("wide", locale="en")
    assert [babel[i] for i in range(7)] == list(names.EN_WEEKDAYS)


def test_english_month_names_match_babel() -> None:
    babel = get_month_names("wide", locale="en")
    assert [babel[i] for i in range(1, 13)] == list(names.EN_MONTHS)


def test_english_dates_match_babel_for_every_day_of_two_years() -> None:
    # English follows the catalog's own day-month-year patterns (the event is "20 January"
    # in English-language sources), formatted here by Babel as the independent check.
    patterns = load_catalog("en")["calendar"]
    day = date(2026, 1, 1)
    for _ in range(731):
        assert names.full_date(day, "en") == format_date(day, patterns["full_date"], "en")
        assert names.day_and_month(day, "en") == format_date(day, patterns["day_and_month"], "en")
        assert names.month_and_year(day, "en") == format_skeleton("yMMMM", day, locale="en")
        day += timedelta(days=1)


def test_first_weekday_matches_babel_in_every_territory() -> None:
    """week_start.json against Babel's Locale(...).first_week_day for every locale that
    names a territory. A locale whose data Babel takes from a parent in another territory
    (pt_AO from pt_PT, CLDR's parentLocales) answers for the parent, so it counts only for
    a territory that no locale of its own covers."""
    from babel import Locale, localedata
    from babel.core import get_global

    inherited = get_global("parent_exceptions")
    own: dict[str, set[int]] = {}
    borrowed: dict[str, set[int]] = {}
    for identifier in localedata.locale_identifiers():
        locale = Locale.parse(identifier)
        if locale.territory:
            found = borrowed if identifier in inherited else own
            found.setdefault(locale.territory, set()).add(locale.first_week_day)
    expected = {**borrowed, **own}
    assert len(expected) > 200
    for territory, days in expected.items():
        assert {names.first_weekday(territory)} == days, territory


@pytest.mark.parametrize(
    ("territory", "expected"),
    # By hand, from CLDR's supplemental weekData (firstDay): Monday unless listed.
    [(None, 0), ("GB", 0), ("AZ", 0), ("RU", 0), ("US", 6), ("CA", 6), ("EG", 5), ("MV", 4)],
)
def test_first_weekday_by_territory(territory: str | None, expected: int) -> None:
    assert names.first_weekday(territory) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # The same with Babel 2.18 (CLDR 47) and 2.19 (CLDR 49, which puts the az weekday
        # first and capitalises it): the pattern and the case are the catalog's. Azerbaijani
        # writes weekday names in lower case (Azərbaycan dilinin orfoqrafiya qaydaları).
        ("az", "20\u00a0yanvar\u00a02026, çərşənbə axşamı"),
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

"""Weekday and month names and full dates per language, from CLDR through Babel.

Which CLDR patterns a language uses and how it cases names inside a sentence are data, in
the "calendar" section of locales/<lang>.json: CLDR releases change both (CLDR 49, in
Babel 2.19, moved the Azerbaijani weekday to the front and capitalised it, although
Azerbaijani writes weekday names in lower case), and the tool's wording should not change
with the Babel release installed.

English uses fixed names so that English output never pays for importing Babel;
tests/test_calendar_names.py checks them against Babel's."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from mourning_day.i18n.catalog import capitalise, load_catalog

NBSP = "\u00a0"
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _calendar(lang: str) -> dict[str, Any]:
    section: dict[str, Any] = load_catalog(lang)["calendar"]
    return section


def in_case(name: str, lang: str) -> str:
    """A weekday or month name as the language writes it inside a sentence: "çərşənbə
    axşamı", "вторник" (the catalog's "names_case"; "lower" uses its own letter pairs where
    str.lower would be wrong, as for Azerbaijani I -> ı)."""
    cal = _calendar(lang)
    if cal["names_case"] != "lower":
        return name
    pairs: dict[str, str] = cal.get("lower_letters", {})
    return "".join(pairs.get(c, c.lower()) for c in name)


def _quoted(text: str) -> str:
    """A literal inside a CLDR pattern."""
    return "'" + text.replace("'", "''") + "'"


def _format(day: date, pattern: str, lang: str) -> str:
    """A CLDR pattern, with the weekday and month names put in the language's case."""
    from babel.dates import format_date, get_day_names, get_month_names

    weekday = in_case(str(get_day_names("wide", locale=lang)[day.weekday()]), lang)
    month = in_case(str(get_month_names("wide", locale=lang)[day.month]), lang)
    pattern = pattern.replace("EEEE", _quoted(weekday)).replace("MMMM", _quoted(month))
    return format_date(day, pattern, locale=lang)


def weekday_name(day: date, lang: str) -> str:
    if lang == "en":
        return EN_WEEKDAYS[day.weekday()]
    from babel.dates import get_day_names

    # Keyed with 0 = Monday, like date.weekday(); iteration order starts elsewhere, so index.
    return in_case(str(get_day_names("wide", locale=lang)[day.weekday()]), lang)


def full_date(day: date, lang: str) -> str:
    """E.g. "Tuesday, 20 January 2026", "вторник, 20 января 2026 г.", with no-break spaces
    that keep the day, month and year on one line."""
    if lang == "en":
        month = EN_MONTHS[day.month - 1]
        return f"{EN_WEEKDAYS[day.weekday()]}, {day.day}{NBSP}{month}{NBSP}{day.year}"
    return _format(day, _calendar(lang)["full_date"], lang)


def day_and_month(day: date, lang: str) -> str:
    """E.g. "19 January", "19 yanvar", "19 января"."""
    if lang == "en":
        return f"{day.day}{NBSP}{EN_MONTHS[day.month - 1]}"
    return _format(day, _calendar(lang)["day_and_month"], lang)


def month_and_year(day: date, lang: str) -> str:
    """The heading of a month grid, stand-alone and capitalised as a heading: "January 2026",
    "Январь 2026", "Yanvar 2026"."""
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return capitalise(format_date(day, _calendar(lang)["month_heading"], locale=lang), lang)


def time_of_day(moment: datetime, lang: str) -> str:
    """The clock time in prose, by the catalog's CLDR pattern "calendar.time": "12:00", and
    "12.00" in Turkish, where TDK's Yazım Kılavuzu and the press put a dot between hour and
    minute though CLDR's tr pattern has a colon."""
    if lang == "en":
        return f"{moment:%H:%M}"
    from babel.dates import format_time

    return str(format_time(moment.time(), _calendar(lang)["time"], locale=lang))


def short_weekday_names(lang: str) -> tuple[str, ...]:
    """Short names for a month grid's header, Monday first, in the catalog's CLDR width."""
    if lang == "en":
        return tuple(name[:2] for name in EN_WEEKDAYS)
    from babel.dates import get_day_names

    names = get_day_names(_calendar(lang)["grid_weekdays"], locale=lang)
    return tuple(names[i] for i in range(7))


WEEK_START_FILE = Path(__file__).with_name("week_start.json")
DAY_NUMBERS = {"friday": 4, "saturday": 5, "sunday": 6}


@cache
def _week_starts() -> dict[str, int]:
    with WEEK_START_FILE.open(encoding="utf-8") as f:
        data = json.load(f)
    return {region: DAY_NUMBERS[day] for day in DAY_NUMBERS for region in data[day]}


def first_weekday(territory: str | None) -> int:
    """0 = Monday ... 6 = Sunday, as weeks start in the territory ("US" -> 6); Monday, the
    world's default in CLDR, where none is known. From week_start.json (CLDR's data, checked
    against Babel by the tests), so that English output need not import Babel for it."""
    if territory is None:
        return 0
    return _week_starts().get(territory, 0)

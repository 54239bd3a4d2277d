"""Weekday and month names, full dates and the first day of the week, from CLDR through
Babel, in every language alike.

Which CLDR patterns a language uses and how it cases names inside a sentence are data, in
the "calendar" section of locales/<lang>.json: CLDR releases change both (CLDR 49, in
Babel 2.19, moved the Azerbaijani weekday to the front and capitalised it, although
Azerbaijani writes weekday names in lower case), and the tool's wording should not change
with the Babel release installed."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from mourning_day.i18n.catalog import capitalise, load_catalog
from mourning_day.i18n.cldr import load_babel_dates


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
    load_babel_dates()
    from babel.dates import format_date

    month = _month_names(lang)[day.month - 1]
    weekday = weekday_name(day, lang).replace(" ", "\u00a0")  # "çərşənbə axşamı" is one name
    pattern = pattern.replace("EEEE", _quoted(weekday))
    return format_date(day, pattern.replace("MMMM", _quoted(month)), locale=lang)


@cache
def _weekday_names(lang: str) -> tuple[str, ...]:
    """Monday first, in the language's case; kept, as a table of 8,009 years asks often."""
    load_babel_dates()
    from babel.dates import get_day_names

    names = get_day_names("wide", locale=lang)  # keyed 0 = Monday; iterated from Sunday
    return tuple(in_case(str(names[i]), lang) for i in range(7))


@cache
def _month_names(lang: str) -> tuple[str, ...]:
    """January first, in the formatting (genitive where a language has one) context."""
    load_babel_dates()
    from babel.dates import get_month_names

    names = get_month_names("wide", locale=lang)
    return tuple(in_case(str(names[i]), lang) for i in range(1, 13))


def weekday_name(day: date, lang: str) -> str:
    return _weekday_names(lang)[day.weekday()]


def full_date(day: date, lang: str) -> str:
    """E.g. "Tuesday, 20 January 2026", "вторник, 20 января 2026 г.", with no-break spaces
    that keep the day, month and year on one line."""
    return _format(day, _calendar(lang)["full_date"], lang)


def day_and_month(day: date, lang: str) -> str:
    """E.g. "19 January", "19 yanvar", "19 января"."""
    return _format(day, _calendar(lang)["day_and_month"], lang)


def month_and_year(day: date, lang: str) -> str:
    """The heading of a month grid, stand-alone and capitalised as a heading: "January 2026",
    "Январь 2026", "Yanvar 2026"."""
    load_babel_dates()
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
    load_babel_dates()
    from babel.dates import get_day_names

    names = get_day_names(_calendar(lang)["grid_weekdays"], locale=lang)
    return tuple(names[i] for i in range(7))


def first_weekday(territory: str | None) -> int:
    """0 = Monday ... 6 = Sunday, as weeks start in the territory ("US" -> 6): CLDR's week
    data, which Babel keeps per locale, read from the locale CLDR finds likeliest for the
    territory ("und_US" -> en_US). Monday, CLDR's world default, where no locale has the
    territory."""
    if territory is None:
        return 0
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(f"und_{territory}")
    except (UnknownLocaleError, ValueError):
        return 0
    # A territory CLDR knows no language for falls back to the likeliest locale of all.
    return locale.first_week_day if locale.territory == territory else 0

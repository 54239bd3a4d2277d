"""Weekday and month names and full dates per language, from CLDR through Babel.

English uses fixed names so that English output never pays for importing Babel;
tests/test_calendar_names.py checks them against Babel's."""

from __future__ import annotations

from datetime import date

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def weekday_name(day: date, lang: str) -> str:
    if lang == "en":
        return EN_WEEKDAYS[day.weekday()]
    from babel.dates import get_day_names

    # Keyed with 0 = Monday, like date.weekday(); iteration order starts elsewhere, so index.
    return str(get_day_names("wide", locale=lang)[day.weekday()])


def full_date(day: date, lang: str) -> str:
    """CLDR's full date: "Tuesday, January 20, 2026", "вторник, 20 января 2026 г."."""
    if lang == "en":
        return f"{EN_WEEKDAYS[day.weekday()]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    from babel.dates import format_date

    return format_date(day, "full", locale=lang)


def day_and_month(day: date, lang: str) -> str:
    """E.g. "January 19", "19 yanvar", "19 января": CLDR's day-and-month skeleton."""
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.day}"
    from babel.dates import format_skeleton

    return format_skeleton("MMMMd", day, locale=lang)


def month_and_year(day: date, lang: str) -> str:
    """The heading of a month grid, in the stand-alone form: "January 2026", "январь 2026"."""
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=lang, fuzzy=True)


def short_weekday_names(lang: str) -> tuple[str, ...]:
    """Two-letter-ish names for a month grid's header, Monday first."""
    if lang == "en":
        return tuple(name[:2] for name in EN_WEEKDAYS)
    from babel.dates import get_day_names

    names = get_day_names("short", locale=lang)
    return tuple(names[i] for i in range(7))


def first_weekday(lang: str) -> int:
    """0 = Monday ... 6 = Sunday, as the locale's calendar starts its weeks."""
    if lang == "en":
        return 0  # CLDR's "en" has no territory, so the world default: Monday.
    from babel import Locale

    return int(Locale.parse(lang).first_week_day)

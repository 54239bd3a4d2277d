"""Values as people type them: whole numbers, dates, instants, durations. Each function
returns None for text that is not one; the command line words the mistake."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from mourning_day.core.anniversary import ISO_DATE

# More significant digits than any year or count has; int() of thousands of digits is
# refused by Python (sys.get_int_max_str_digits) and slow before that.
MAX_DIGITS = 9
# "90s", "10m", "2h", "1h30m", "1d": whole numbers with units, largest first.
DURATION = re.compile(r"(?:([0-9]{1,6})d)?(?:([0-9]{1,7})h)?(?:([0-9]{1,9})m)?(?:([0-9]{1,9})s)?")


def whole_number(text: str) -> int | None:
    """ASCII digits only ("2026"); anything else, "²" or " 5" or "2_026" included, is None,
    and so is a number too long to be any year, count or number of minutes."""
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > MAX_DIGITS:
        return None
    return int(digits or "0")


def iso_date(text: str) -> date | None:
    """YYYY-MM-DD, and only that ("2026-01-20", not "20260120")."""
    try:
        return date.fromisoformat(text) if ISO_DATE.fullmatch(text) else None
    except ValueError:
        return None


def instant(text: str) -> datetime | None:
    """An ISO 8601 date and time with an offset or Z ("2026-01-20T11:59:50+04:00",
    "2026-01-20t07:59:50z", "20260120T115950+0400"; RFC 3339 allows lower-case t and z).
    None without an offset, and for the first and last hours of time, from which some
    zone's day could not be reached."""
    try:
        if not text.isascii():
            return None
        moment = datetime.fromisoformat(text.upper())
        for days in (-2, 2):
            (moment + timedelta(days=days)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if moment.utcoffset() is not None else None


def duration(text: str) -> timedelta | None:
    """E.g. "10m", "2h", "1h30m", "1d", "90s"."""
    match = DURATION.fullmatch(text.lower()) if text else None
    if match is None or not any(match.groups()):
        return None
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)

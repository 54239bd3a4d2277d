"""Values as people type them: whole numbers, dates, instants, durations. Each function
returns None for text that is not one; the command line words the mistake."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from mourning_day.core.anniversary import ISO_DATE

# More significant digits than any year or count has; int() of thousands of digits is
# refused by Python (sys.get_int_max_str_digits) and slow before that.
MAX_DIGITS = 9
# "90s", "10m", "2h", "1h30m", "1d": whole numbers with units, largest first.
DURATION = re.compile(r"(?:([0-9]{1,6})d)?(?:([0-9]{1,7})h)?(?:([0-9]{1,9})m)?(?:([0-9]{1,9})s)?")


def whole_number(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """ASCII digits only ("2026", "007"); anything else, "²" or " 5" or "2_026" or "-1"
    included, is None, and so is a number of more than `max_digits` significant digits (a
    year, a count, minutes; SOURCE_DATE_EPOCH's seconds; a terminal's size)."""
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > max_digits:
        return None
    return int(digits or "0")


def iso_date(text: str) -> date | None:
    """YYYY-MM-DD, and only that ("2026-01-20", not "20260120")."""
    try:
        return date.fromisoformat(text) if ISO_DATE.fullmatch(text) else None
    except ValueError:
        return None


# ISO 8601's extended and basic forms with an offset or Z; "T" and "Z" in either case (RFC
# 3339, 5.6 NOTE). Spelled out, since Python 3.11's fromisoformat takes junk ("08:00xZ").
INSTANT = re.compile(
    r"(?P<date>\d{4}-\d\d-\d\d|\d{8})[Tt ]"
    r"(?P<time>\d\d(?::\d\d(?::\d\d(?:[.,]\d{1,6})?)?|\d\d(?:\d\d(?:[.,]\d{1,6})?)?)?)"
    r"(?P<offset>[Zz]|[+-]\d\d(?::?\d\d)?)"
)


def instant(text: str) -> datetime | None:
    """An ISO 8601 date and time with an offset or Z ("2026-01-20T11:59:50+04:00",
    "2026-01-20t07:59:50z", "20260120T115950+0400"). None without an offset, and for the
    first and last hours of time, from which some zone's day could not be reached."""
    match = INSTANT.fullmatch(text) if text.isascii() else None
    if match is None:
        return None
    offset = "+00:00" if match["offset"] in ("Z", "z") else match["offset"]
    try:
        moment = datetime.fromisoformat(f"{match['date']}T{match['time']}{offset}")
        for days in (-2, 2):
            (moment + timedelta(days=days)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment


class Duration(NamedTuple):
    """A span as the user wrote it ("2h"): messages quote it as typed."""

    text: str
    span: timedelta


def duration(text: str) -> Duration | None:
    """E.g. "10m", "2h", "1h30m", "1d", "90s"."""
    match = DURATION.fullmatch(text.lower()) if text else None
    if match is None or not any(match.groups()):
        return None
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return Duration(text, timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds))

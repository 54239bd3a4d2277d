"""Time zones by IANA name, the system's own zone from TZ, what "today" is in one of them,
and a zone's offset as a label ("UTC+05:30"). What to call a zone in prose is i18n/places.py."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownZoneError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown time zone {name!r}")
        self.name = name


class LocalZoneError(ValueError):
    """The TZ environment variable names no zone the system can use: no such zone, a file
    that is not one, or a rule whose offset a clock cannot show (24 hours or more)."""

    def __init__(self, value: str) -> None:
        super().__init__(f"unusable time zone in TZ: {value!r}")
        self.value = value


class Zone(NamedTuple):
    """An IANA zone, or (name None) the system's local zone when its name is unknown."""

    name: str | None = None

    @property
    def tzinfo(self) -> tzinfo | None:
        return ZoneInfo(self.name) if self.name else None


LOCAL = Zone()

# A POSIX TZ rule (IEEE Std 1003.1, "TZ"): "std offset [dst [offset] [,start[/time],end[/time]]]",
# e.g. "UTC-4", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0". Offsets here stay under 24 hours,
# which is all a datetime can hold; POSIX allows 24 itself.
_ABBR = r"(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)"
_OFFSET = r"[+-]?(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]){0,2}"
_DAY = r"(?:J[0-9]{1,3}|[0-9]{1,3}|M[0-9]{1,2}\.[1-5]\.[0-6])"
_WHEN = rf"{_DAY}(?:/[+-]?[0-9]{{1,3}}(?::[0-5][0-9]){{0,2}})?"
_POSIX_RULE = re.compile(
    rf"{_ABBR}{_OFFSET}(?:{_ABBR}(?:{_OFFSET})?(?:,{_WHEN},{_WHEN})?)?", re.ASCII
)


def parse_zone(name: str) -> Zone:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as e:
        raise UnknownZoneError(name) from e
    return Zone(name)


def parse_zones(values: Iterable[str]) -> tuple[Zone, ...]:
    """Zones from repeated --tz values, each of which may be a comma list (as
    MOURNING_DAY_TZ is): in the order given, each once; empty items are skipped, since
    "Asia/Baku, Europe/Berlin" reaches here split at the space. Raises UnknownZoneError
    for the first name that is no zone."""
    zones: dict[str, Zone] = {}
    for value in values:
        for item in value.split(","):
            name = item.strip()
            if name and name not in zones:
                zones[name] = parse_zone(name)
    return tuple(zones.values())


def check_local_zone(environ: Mapping[str, str]) -> None:
    """Raise LocalZoneError unless TZ is unset or empty (the system's setting), a POSIX
    rule, a zone name, or the path of a zone file. The C library would quietly take UTC
    for a name it cannot find; here the reader is told instead."""
    value = environ.get("TZ")
    if not value or _POSIX_RULE.fullmatch(value):
        return
    name = value.removeprefix(":")
    path = Path(name)
    try:
        if path.is_absolute():
            if not path.is_file():  # a folder, or a FIFO that would block the read
                raise LocalZoneError(value)
            with path.open("rb") as f:
                ZoneInfo.from_file(f)
        else:
            ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as e:
        raise LocalZoneError(value) from e


def today_in(zone: Zone, now: datetime) -> date:
    """The calendar day it is in `zone` at the instant `now` (an aware datetime)."""
    try:
        return now.astimezone(zone.tzinfo).date()
    except (ValueError, OverflowError) as e:  # only the system's zone can be this broken
        raise LocalZoneError(os.environ.get("TZ", "")) from e


def system_zone(tz_variable: str | None, localtime_target: str | None) -> Zone:
    """The system's zone by name where it can be known: from TZ (":Asia/Baku", or a path
    into a zoneinfo folder), else from where /etc/localtime links to. A TZ that is a POSIX
    rule ("IST-5:30") names no zone, though the clock follows it: then LOCAL."""
    source = tz_variable if tz_variable is not None else localtime_target
    if not source:
        return LOCAL
    name = source.removeprefix(":").rpartition("zoneinfo/")[2]
    try:
        return parse_zone(name)
    except UnknownZoneError:
        return LOCAL


def offset_label(offset: timedelta | None) -> str:
    """E.g. "UTC+05:30", "UTC-05:00", "UTC"."""
    minutes = round((offset or timedelta()).total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def whole_minutes(moment: datetime) -> datetime:
    """`moment` at its offset rounded to the nearest whole minute (halves up), the instant
    unchanged. RFC 3339 offsets are hours and minutes only (section 5.6, time-numoffset),
    and so are "UTC+hh:mm" labels; only a hand-written TZ such as "XYZ+0:00:30" has
    seconds in its offset, and the text and the JSON then say the same thing."""
    offset = moment.utcoffset()
    if offset is None or offset % timedelta(minutes=1) == timedelta(0):
        return moment
    minutes = math.floor(offset.total_seconds() / 60 + 0.5)
    return moment.astimezone(timezone(timedelta(minutes=minutes)))

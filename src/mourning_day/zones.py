"""Time zones by IANA name, and what "today" is in one of them."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownZoneError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown time zone {name!r}")
        self.name = name


class Zone(NamedTuple):
    """An IANA zone, or (name None) the system's local zone."""

    name: str | None = None

    @property
    def tzinfo(self) -> tzinfo | None:
        return ZoneInfo(self.name) if self.name else None


LOCAL = Zone()


def parse_zone(name: str) -> Zone:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as e:
        raise UnknownZoneError(name) from e
    return Zone(name)


def today_in(zone: Zone, now: datetime) -> date:
    """The calendar day it is in `zone` at the instant `now` (an aware datetime)."""
    return now.astimezone(zone.tzinfo).date()

"""The nationwide minute of silence, held at 12:00 Baku time, seen from any time zone."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from mourning_day.core.anniversary import EVENT_DATE, check_year
from mourning_day.core.facts import fact


def silence_in_baku(year: int) -> datetime:
    """12:00 on 20 January in Asia/Baku, with that year's offset from the tz database."""
    values = fact("silence").values
    day = EVENT_DATE.replace(year=check_year(year))
    return datetime.combine(day, values["time"], tzinfo=ZoneInfo(values["zone"]))


def silence_at(year: int, zone: tzinfo | None) -> datetime:
    """The same instant in `zone`; None means the system's local zone."""
    return silence_in_baku(year).astimezone(zone)

"""When a scheduler that knows no time zones of its own (cron) must start the job: 12:00
Baku time on 20 January, as a wall-clock time in the zone the scheduler runs in."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from mourning_day.core.silence import silence_at
from mourning_day.core.zones import Zone


class WallClock(NamedTuple):
    """The minute of silence of `year` on the clock of `zone`: what a crontab line holds.
    It may fall on 19 January (west of about UTC-08:00) or on another hour than a whole
    one (Kolkata, Kathmandu, Chatham)."""

    zone: Zone
    year: int
    at: datetime

    @property
    def fields(self) -> tuple[int, int, int, int]:
        """Minute, hour, day of month and month, as crontab(5) orders them."""
        return self.at.minute, self.at.hour, self.at.day, self.at.month


def wall_clock(year: int, zone: Zone) -> WallClock:
    """By the zone's rules for `year`: the line holds for the years after it as long as
    those rules do not change (the offset in January), which is why its comment says to
    make it again when they do. Zone(None) is the system's zone, as cron sees it."""
    return WallClock(zone, year, silence_at(year, zone.tzinfo))

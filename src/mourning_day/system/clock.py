"""The one place the tool reads the real clock and the system's zone, and sleeps, so tests
can replace them."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from mourning_day.core.zones import (
    UnknownZoneError,
    Zone,
    check_local_zone,
    parse_zones,
    system_zone,
)


def now() -> datetime:
    return datetime.now(UTC)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


class Clock(NamedTuple):
    """The real clock set forward or back by `offset`: pinned to an instant (--now) at the
    start of a run, it runs on from there, and still follows the wall clock (a suspended
    laptop, a corrected clock) as the real one does."""

    offset: timedelta = timedelta(0)

    def now(self) -> datetime:
        return now() + self.offset

    def sleep(self, seconds: float) -> None:
        sleep(seconds)


def pinned(instant: datetime) -> Clock:
    """A clock that reads `instant` (an aware datetime) now."""
    return Clock(instant - now())


def reader_zones(given: Sequence[str], environ: Mapping[str, str]) -> tuple[Zone, ...]:
    """The zones --tz names, the first of which counts the date; without --tz the
    system's, as TZ says. Raises UnknownZoneError for a name that is no zone (or --tz "",
    which names none and is not the system's), LocalZoneError for a TZ that is none."""
    if given:
        zones = parse_zones(given)
        if not zones:
            raise UnknownZoneError(" ".join(given))
        return zones
    check_local_zone(environ)
    return (system_zone(environ.get("TZ"), _localtime_target()),)


def daemon_zone() -> Zone:
    """The zone the system's own services (cron) run in: where the /etc/localtime link
    leads, whatever TZ the reader's shell sets. Zone(None) where it is no link."""
    return system_zone(None, _localtime_target())


def _localtime_target() -> str | None:
    from pathlib import Path

    try:
        return str(Path("/etc/localtime").readlink())
    except OSError:
        return None

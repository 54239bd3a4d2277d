"""The one place the tool reads the real clock and the system's zone, so tests can replace
them."""

from __future__ import annotations

from datetime import UTC, datetime

from mourning_day.zones import Zone, system_zone


def now() -> datetime:
    return datetime.now(UTC)


def local_zone() -> Zone:
    """The system's zone, by name where TZ or the /etc/localtime link tells it."""
    import os
    from pathlib import Path

    try:
        target: str | None = str(Path("/etc/localtime").readlink())
    except OSError:
        target = None
    return system_zone(os.environ.get("TZ"), target)

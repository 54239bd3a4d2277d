"""The one place the tool reads the real clock, so tests can replace it."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)

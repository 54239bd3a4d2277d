"""Babel, the tool's source of CLDR data, imported on first use: only a run that prints a
name, a date, a list or a grouped number pays for it."""

from __future__ import annotations

import os
import sys


def load_babel_dates() -> None:
    """Import babel.dates with TZ hidden: Babel reads TZ on import and fails on a file that
    is no zone (TZ=/etc/passwd), although the zone a run uses is settled without it and
    nothing here asks Babel for the local zone."""
    if "babel.dates" in sys.modules:
        return
    saved = os.environ.pop("TZ", None)
    try:
        import babel.dates  # noqa: F401
    finally:
        if saved is not None:
            os.environ["TZ"] = saved

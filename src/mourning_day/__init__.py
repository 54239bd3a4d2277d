"""National Mourning Day in Azerbaijan (20 January): its anniversaries as plain Python.

>>> from datetime import date
>>> from mourning_day import anniversary, next_anniversary
>>> anniversary(2026, today=date(2025, 11, 24)).days_until
57
>>> next_anniversary(date(2026, 1, 20)).number
36
"""

from mourning_day.anniversary import (
    EVENT_DATE,
    FIRST_YEAR,
    LAST_YEAR,
    Anniversary,
    YearOutOfRangeError,
    YearRange,
    anniversary,
    next_anniversary,
)
from mourning_day.facts import Fact, Source, load_facts
from mourning_day.ordinals import ordinal
from mourning_day.silence import silence_at

__all__ = [
    "EVENT_DATE",
    "FIRST_YEAR",
    "LAST_YEAR",
    "Anniversary",
    "Fact",
    "Source",
    "YearOutOfRangeError",
    "YearRange",
    "anniversary",
    "load_facts",
    "next_anniversary",
    "ordinal",
    "silence_at",
]

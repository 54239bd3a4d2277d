"""National Mourning Day in Azerbaijan (20 January): its anniversaries as plain Python.

>>> from datetime import date
>>> from mourning_day import anniversary, next_anniversary
>>> anniversary(2026, today=date(2025, 11, 24)).days_until
57
>>> next_anniversary(date(2026, 1, 20)).number
36

`mourning_day.__version__` is the installed distribution's version: pyproject.toml is its
only source.
"""

from typing import TYPE_CHECKING, Any

# `anniversary` is both a module and a function here, so it is bound now, for the function
# to win; the rest load on first use (PEP 562), which keeps `import mourning_day` light for
# the console script, whose first job is to catch Ctrl-C before anything heavy loads.
from mourning_day.core.anniversary import (
    EVENT_DATE,
    FIRST_YEAR,
    LAST_YEAR,
    Anniversary,
    YearOutOfRangeError,
    YearRange,
    anniversary,
    next_anniversary,
)

if TYPE_CHECKING:
    from mourning_day.core.facts import Fact, Source, load_facts
    from mourning_day.core.silence import silence_at
    from mourning_day.i18n.ordinals import ordinal

    __version__: str

_LAZY = {
    "Fact": "core.facts",
    "Source": "core.facts",
    "load_facts": "core.facts",
    "ordinal": "i18n.ordinals",
    "silence_at": "core.silence",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        # From the installed package's metadata, read on first use: importlib.metadata
        # costs milliseconds that a plain run does not need.
        from importlib.metadata import version

        value: Any = version("mourning-day")
    elif name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


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

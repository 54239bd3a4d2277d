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

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (about 6 ms)

if TYPE_CHECKING:
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
    from mourning_day.core.facts import Fact, Source, load_facts
    from mourning_day.core.silence import silence_at
    from mourning_day.i18n.ordinals import ordinal

    __version__: str

# Every name loads on first use (PEP 562): the console script imports this package before
# its first line runs, and until that line has put the signal handlers in place a Ctrl-C
# would end the run with a traceback. So nothing is imported here.
_LAZY = {
    **dict.fromkeys(
        [
            "EVENT_DATE",
            "FIRST_YEAR",
            "LAST_YEAR",
            "Anniversary",
            "YearOutOfRangeError",
            "YearRange",
            "anniversary",
            "next_anniversary",
        ],
        "core.anniversary",
    ),
    "Fact": "core.facts",
    "Source": "core.facts",
    "load_facts": "core.facts",
    "ordinal": "i18n.ordinals",
    "silence_at": "core.silence",
}


def __getattr__(name: str) -> object:
    if name == "__version__":
        # From the installed package's metadata, read on first use: importlib.metadata
        # costs milliseconds that a plain run does not need.
        from importlib.metadata import version

        value: object = version("mourning-day")
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

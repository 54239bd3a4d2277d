"""What to call a zone in prose: the place CLDR names for it ("New York", "Нью-Йорк",
"Nyu York"), never an identifier or an abbreviation; None where the zone names no place."""

from __future__ import annotations

from datetime import timedelta

from mourning_day.core.zones import Zone, offset_label
from mourning_day.i18n.cldr import load_babel_dates

# IDs that name no place: offsets, abbreviations and rules, and the system's own link.
NOT_PLACES = frozenset(
    [
        "CET",
        "CST6CDT",
        "EET",
        "EST",
        "EST5EDT",
        "Factory",
        "GMT",
        "GMT+0",
        "GMT-0",
        "GMT0",
        "Greenwich",
        "HST",
        "MET",
        "MST",
        "MST7MDT",
        "PST8PDT",
        "UCT",
        "UTC",
        "Universal",
        "WET",
        "Zulu",
        "localtime",
    ]
)


def is_place(name: str) -> bool:
    return name not in NOT_PLACES and not name.startswith(("Etc/", "SystemV/"))


def city(name: str, lang: str) -> str | None:
    """CLDR's exemplar city for zone `name` in `lang`; None where the zone is no place."""
    if not is_place(name):
        return None
    load_babel_dates()
    from babel.dates import get_timezone_location

    return str(get_timezone_location(name, locale=lang, return_city=True))


def place_name(zone: Zone, lang: str, offset: timedelta | None) -> str | None:
    """The zone as a place in the reader's language ("Нью-Йорк"), or its offset
    ("UTC+05:30") where the zone names no place; None for an unnamed local zone."""
    if zone.name is None:
        return None
    return city(zone.name, lang) or offset_label(offset)

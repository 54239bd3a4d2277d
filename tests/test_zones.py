"""Zones named as places: CLDR's exemplar cities, the system's zone, offsets."""

from __future__ import annotations

import zoneinfo
from datetime import timedelta

import pytest
from babel.dates import get_timezone_location

from mourning_day.core.zones import LOCAL, Zone, offset_label, system_zone
from mourning_day.i18n.places import EN_CITIES_CLDR, _english_cities, city, is_place


def _cldr_has_english_city(name: str) -> bool:
    """Whether the installed Babel's CLDR names this zone's city in English itself (older
    CLDR releases leave many out, and Babel then falls back to the ID)."""
    from babel import Locale
    from babel.core import get_global

    canonical = get_global("zone_aliases").get(name, name)
    return "city" in Locale.parse("en").time_zones.get(canonical, {})


@pytest.mark.parametrize("name", sorted(zoneinfo.available_timezones()))
def test_english_city_matches_babel_for_every_zone(name: str) -> None:
    # English is derived from the ID (plus zone_cities_en.json) to keep Babel off its path;
    # Babel's exemplar city is the independent truth wherever its CLDR release has one. The
    # table holds one release's names; with another release only the derived names compare.
    from babel.core import get_cldr_version

    same_release = get_cldr_version() == EN_CITIES_CLDR
    if not is_place(name):
        assert city(name, "en") is None
    elif _cldr_has_english_city(name) and (same_release or name not in _english_cities()):
        assert city(name, "en") == get_timezone_location(name, locale="en", return_city=True)
    else:
        assert city(name, "en")


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        # CLDR exemplar cities, checked against the CLDR survey's zone names.
        ("America/New_York", "en", "New York"),
        ("America/New_York", "az", "Nyu York"),
        ("America/New_York", "ru", "Нью-Йорк"),
        ("America/Los_Angeles", "az", "Los Anceles"),
        ("Europe/Moscow", "ru", "Москва"),
        ("Europe/London", "ru", "Лондон"),
        ("Asia/Kolkata", "en", "Kolkata"),
        ("America/Sao_Paulo", "en", "São Paulo"),
        ("US/Eastern", "en", "New York"),  # a link names the place it links to
        ("Etc/GMT-4", "en", None),
        ("UTC", "ru", None),
    ],
)
def test_cities(name: str, lang: str, expected: str | None) -> None:
    assert city(name, lang) == expected


@pytest.mark.parametrize(
    ("tz", "link", "expected"),
    [
        ("Asia/Baku", None, Zone("Asia/Baku")),
        (":Europe/Moscow", "/usr/share/zoneinfo/UTC", Zone("Europe/Moscow")),
        ("/usr/share/zoneinfo/Asia/Kolkata", None, Zone("Asia/Kolkata")),
        (None, "/usr/share/zoneinfo/America/New_York", Zone("America/New_York")),
        (None, "../usr/share/zoneinfo/Europe/London", Zone("Europe/London")),
        # A POSIX rule: the clock follows it, but it names no zone.
        ("IST-5:30", "/usr/share/zoneinfo/Europe/London", LOCAL),
        (None, None, LOCAL),
        ("", "/usr/share/zoneinfo/Europe/London", LOCAL),
    ],
)
def test_system_zone(tz: str | None, link: str | None, expected: Zone) -> None:
    assert system_zone(tz, link) == expected


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(330, "UTC+05:30"), (-300, "UTC-05:00"), (0, "UTC"), (345, "UTC+05:45"), (-570, "UTC-09:30")],
)
def test_offset_labels(minutes: int, expected: str) -> None:
    assert offset_label(timedelta(minutes=minutes)) == expected

"""Zones named as places: CLDR's exemplar cities, the system's zone, offsets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mourning_day.core.zones import LOCAL, Zone, offset_label, system_zone
from mourning_day.i18n.places import city


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
        ("America/St_Johns", "en", "St. John’s"),
        ("Asia/Calcutta", "en", "Kolkata"),  # the old name links to the new
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

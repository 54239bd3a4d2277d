"""The minute of silence in several places at once (--tz given more than once, or a comma
list in MOURNING_DAY_TZ): each place's time in the order given; the date, the countdown
and `silence_at` stay those of the first zone.

Offsets on 20 January 2027 (tz database, winter in the north, summer in the south): Baku
UTC+04:00, Tbilisi and Dubai UTC+04:00, Istanbul and Moscow UTC+03:00, Berlin UTC+01:00,
New York UTC-05:00, Honolulu UTC-10:00; so 12:00 in Baku is 11:00, 11:00, 09:00, 03:00
and 22:00 the evening before."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest

from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe, summarize
from mourning_day.core.zones import UnknownZoneError, Zone, parse_zones
from mourning_day.i18n.messages import Messages
from mourning_day.render import csv_format, json_format, phrases
from mourning_day.render.fields import OBSERVANCE_FIELDS, field_lines

NB = "\u00a0"
TODAY = date(2026, 12, 3)
ANN = anniversary(2027, TODAY)
ABROAD = ("Europe/Istanbul", "Europe/Moscow", "Asia/Tbilisi", "Europe/Berlin")
FAR = ("America/New_York", "Pacific/Honolulu")


def several(*names: str, now: datetime | None = None):  # type: ignore[no-untyped-def]
    zones = [Zone(name) for name in names]
    return observe(
        anniversary(2027, (now or datetime(2026, 12, 3, tzinfo=UTC)).date()),
        zones[0],
        now,
        tuple(zones[1:]),
    )


@pytest.mark.parametrize(
    ("values", "names"),
    [
        (["Europe/Istanbul"], ["Europe/Istanbul"]),
        # MOURNING_DAY_TZ="Europe/Istanbul,Europe/Moscow", and repeated --tz.
        (["Europe/Istanbul,Europe/Moscow", "Asia/Tbilisi"], list(ABROAD[:3])),
        # "a, b" reaches the parser split at the space (click splits an environment
        # variable for a repeated option at whitespace).
        (["Europe/Istanbul,", "Europe/Moscow"], list(ABROAD[:2])),
        ([" Europe/Berlin , Asia/Baku ,,"], ["Europe/Berlin", "Asia/Baku"]),
        # Each zone once, where it was first given.
        (["Asia/Baku", "Europe/Berlin,Asia/Baku"], ["Asia/Baku", "Europe/Berlin"]),
        ([""], []),
    ],
)
def test_zones_from_options_and_the_environment(values: list[str], names: list[str]) -> None:
    assert [zone.name for zone in parse_zones(values)] == names


def test_an_unknown_zone_in_a_list_is_named() -> None:
    with pytest.raises(UnknownZoneError) as raised:
        parse_zones(["Europe/Berlin,Europe/Atlantis", "Nowhere/Else"])
    assert raised.value.name == "Europe/Atlantis"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Minute of silence: 12:00 in Baku = 11:00 in Istanbul, 11:00 in Moscow, 12:00 in"
            f" Tbilisi, 09:00 in Berlin, 03:00 in New{NB}York and 22:00 on 19{NB}January in"
            " Honolulu.",
        ),
        (
            "az",
            "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = İstanbul vaxtı ilə 11:00, Moskva"
            " vaxtı ilə 11:00, Tbilisi vaxtı ilə 12:00, Berlin vaxtı ilə 09:00, Nyu-York vaxtı"
            f" ilə 03:00 və Honolulu vaxtı ilə 19{NB}yanvar, 22:00.",
        ),
        (
            "ru",
            f"Минута молчания: 12:00 по бакинскому времени (Стамбул{NB}— 11:00,"
            f" Москва{NB}— 11:00, Тбилиси{NB}— 12:00, Берлин{NB}— 09:00, Нью-Йорк{NB}— 03:00"
            f" и Гонолулу{NB}— 19{NB}января в 22:00).",
        ),
    ],
)
def test_each_place_in_the_order_given(lang: str, line: str) -> None:
    assert phrases.silence_line(several(*ABROAD, *FAR), Messages(lang)) == line


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Minute of silence: 12:00 in Baku, Tbilisi and Dubai."),
        ("az", "Bir dəqiqəlik sükut: Bakı, Tbilisi və Dubay vaxtı ilə 12:00."),
        ("ru", f"Минута молчания: Баку, Тбилиси и Дубай{NB}— 12:00."),
    ],
)
def test_places_that_keep_bakus_time_are_named_together(lang: str, line: str) -> None:
    assert phrases.silence_line(several("Asia/Tbilisi", "Asia/Dubai"), Messages(lang)) == line


def test_baku_among_them_is_named_once() -> None:
    msgs = Messages("en")
    assert phrases.silence_moment(several("Europe/Berlin", "Asia/Baku"), msgs) == (
        "12:00 in Baku = 09:00 in Berlin"
    )
    assert phrases.silence_moment(several("Asia/Baku", "Asia/Baku"), msgs) == ("12:00, Baku time")


def test_one_zone_reads_as_before() -> None:
    msgs = Messages("en")
    assert phrases.silence_moment(several("Europe/Berlin"), msgs) == (
        "12:00 in Baku = 09:00 in Berlin"
    )
    assert phrases.silence_moment(several("Asia/Tbilisi"), msgs) == "12:00 in Baku and in Tbilisi"


def test_the_date_and_the_countdown_are_the_first_zones() -> None:
    """On the day, 3 hours before the minute (05:00 UTC): the countdown is the same
    instant everywhere; the line's date is the first zone's day."""
    now = datetime(2027, 1, 20, 5, 0, tzinfo=UTC)
    obs = several("Europe/Berlin", "Pacific/Honolulu", now=now)
    assert obs.silence_at.isoformat() == "2027-01-20T09:00:00+01:00"
    msgs = Messages("en")
    assert phrases.silence_line(obs, msgs) == (
        f"Minute of silence: 12:00 in Baku = 09:00 in Berlin and 22:00 on 19{NB}January in"
        f" Honolulu, in{NB}3{NB}hours."
    )
    summary = summarize(2027, now.date(), Zone("Europe/Berlin"), now, (Zone("Asia/Tbilisi"),))
    rows = dict(phrases.summary_rows(summary, msgs))
    assert rows["Minute of silence"].startswith(
        "12:00 in Baku = 09:00 in Berlin and 12:00 in Tbilisi, in"
    )


def test_json_keeps_silence_at_and_lists_every_place() -> None:
    out = io.StringIO()
    json_format.next_anniversary(
        several("Europe/Istanbul", "Pacific/Honolulu"), Messages("ru"), out
    )
    record = json.loads(out.getvalue())
    assert record["silence_at"] == "2027-01-20T11:00:00+03:00"
    assert record["silence_places"] == [
        {"zone": "Europe/Istanbul", "place": "Стамбул", "at": "2027-01-20T11:00:00+03:00"},
        {"zone": "Pacific/Honolulu", "place": "Гонолулу", "at": "2027-01-19T22:00:00-10:00"},
    ]


def test_json_of_a_summary_and_of_is_today_lists_them_too() -> None:
    msgs = Messages("en")
    out = io.StringIO()
    summary = summarize(2027, TODAY, Zone("Asia/Kolkata"), None, (Zone("Etc/GMT-3"),))
    json_format.summary(summary, msgs, out)
    places = json.loads(out.getvalue())["silence_places"]
    # Etc/GMT-3 names no place: its offset stands in (POSIX sign: GMT-3 is UTC+03:00).
    assert places == [
        {"zone": "Asia/Kolkata", "place": "Kolkata", "at": "2027-01-20T13:30:00+05:30"},
        {"zone": "Etc/GMT-3", "place": "UTC+03:00", "at": "2027-01-20T11:00:00+03:00"},
    ]
    out = io.StringIO()
    json_format.is_today(several("Europe/Berlin", "Asia/Tbilisi"), TODAY, msgs, out)
    assert [p["zone"] for p in json.loads(out.getvalue())["silence_places"]] == [
        "Europe/Berlin",
        "Asia/Tbilisi",
    ]


def test_csv_keeps_its_columns() -> None:
    """One row per record, one column per field: the first zone's silence_at only, so a
    script reading columns by position is not broken by a second --tz."""
    out = io.StringIO()
    csv_format.next_anniversary(several("Europe/Istanbul", "Europe/Berlin"), Messages("en"), out)
    header, row = csv.reader(io.StringIO(out.getvalue()))
    assert header == list(OBSERVANCE_FIELDS)
    assert row[header.index("silence_at")] == "2027-01-20T11:00:00+03:00"


def test_field_silence_at_gives_a_line_per_zone() -> None:
    obs = several("Europe/Istanbul", "America/New_York", "Asia/Kathmandu")
    msgs = Messages("en")
    assert field_lines(obs, "silence_at", msgs) == [
        "2027-01-20T11:00:00+03:00",
        "2027-01-20T03:00:00-05:00",
        "2027-01-20T13:45:00+05:45",
    ]
    assert field_lines(obs, "days_until", msgs) == ["48"]
    assert field_lines(several("Europe/Istanbul"), "silence_at", msgs) == [
        "2027-01-20T11:00:00+03:00"
    ]


@pytest.mark.parametrize("width", [30, 45, 80, 120])
@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_the_long_line_fits_the_terminal(
    monkeypatch: pytest.MonkeyPatch, lang: str, width: int
) -> None:
    """Rich output wraps the line of many places at spaces, as any other line: nothing
    wider than the width, no word lost or cut."""
    from mourning_day.render import console

    monkeypatch.setenv("COLUMNS", str(width))
    msgs = Messages(lang)
    obs = several(*ABROAD, *FAR)
    out = io.StringIO()
    console.next_anniversary(obs, msgs, out)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width
    shown = " ".join(lines).split()
    expected = (phrases.next_line(obs, msgs) + " " + phrases.silence_line(obs, msgs)).split()
    assert shown == expected

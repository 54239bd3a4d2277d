"""The .ics calendar, read back with icalendar as a calendar application would read it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar, Event

from mourning_day.anniversary import LAST_YEAR, YearRange
from mourning_day.facts import SUMMARY_FACTS, fact
from mourning_day.messages import LANGUAGES, Messages
from mourning_day.render.ics import calendar_bytes
from mourning_day.render.phrases import fact_sentence

TODAY = date(2025, 11, 24)
STAMP = datetime(2025, 11, 24, 9, 30, tzinfo=UTC)


def ics(
    first: int, last: int, lang: str = "en", *, silence: bool = True, stamp: datetime = STAMP
) -> bytes:
    years = YearRange(first, last, TODAY)
    return calendar_bytes(years, Messages(lang), with_silence=silence, stamp=stamp)


def every_year() -> bytes:
    """1991 to 9999 with the minute of silence: 16,018 events (a few seconds)."""
    return ics(1991, LAST_YEAR)


def events(data: bytes) -> list[Event]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def day_events(data: bytes) -> list[Event]:
    return [e for e in events(data) if not e["UID"].endswith("-silence@mourning-day")]


def silence_events(data: bytes) -> list[Event]:
    return [e for e in events(data) if e["UID"].endswith("-silence@mourning-day")]


@pytest.mark.parametrize(("first", "last"), [(2026, 2026), (2025, 2027), (1991, 2100)])
def test_one_all_day_event_on_20_january_per_year(first: int, last: int) -> None:
    found = day_events(ics(first, last))
    assert len(found) == last - first + 1
    for year, event in zip(range(first, last + 1), found, strict=True):
        # A DATE, not a DATE-TIME: the day stays 20 January in every time zone.
        assert type(event.start) is date
        assert event.start == date(year, 1, 20)
        assert event.end == date(year, 1, 21)
        assert event["TRANSP"] == "TRANSPARENT"
        assert event.DTSTAMP == STAMP


@pytest.mark.parametrize(("first", "last"), [(2026, 2026), (2025, 2027), (1991, 2100)])
def test_silence_adds_one_event_per_year(first: int, last: int) -> None:
    count = last - first + 1
    assert len(events(ics(first, last, silence=False))) == count
    assert len(events(ics(first, last, silence=True))) == 2 * count
    assert len(silence_events(ics(first, last))) == count


def test_every_year_to_9999_has_its_day_and_its_minute() -> None:
    # Parsing 16,018 events takes icalendar seconds; the lines themselves are checked here.
    data = every_year()
    years = range(1991, LAST_YEAR + 1)
    assert data.count(b"BEGIN:VEVENT\r\n") == 2 * len(years)
    starts = re.findall(rb"DTSTART;VALUE=DATE:(\d{8})\r\n", data)
    assert starts == [f"{year}0120".encode() for year in years]
    uids = re.findall(rb"UID:(\S+)\r\n", data)
    assert len(set(uids)) == len(uids) == 2 * len(years)


@pytest.mark.parametrize(
    ("year", "utc"),
    [
        # 12:00 in Baku. Asia/Baku is UTC+4 today (2026 -> 08:00 UTC); the tz database
        # (Zone Asia/Baku) has it at UTC+3 from 31 March 1991 to September 1992.
        (2026, datetime(2026, 1, 20, 8, 0, tzinfo=UTC)),
        (2024, datetime(2024, 1, 20, 8, 0, tzinfo=UTC)),
        (1991, datetime(1991, 1, 20, 8, 0, tzinfo=UTC)),
        (1992, datetime(1992, 1, 20, 9, 0, tzinfo=UTC)),
        (9999, datetime(9999, 1, 20, 8, 0, tzinfo=UTC)),
    ],
)
def test_the_minute_of_silence_is_noon_in_baku_written_in_utc(year: int, utc: datetime) -> None:
    data = ics(year, year)
    (event,) = silence_events(data)
    assert event.start == utc
    assert event.start.utcoffset() == timedelta(0)
    assert event.end - event.start == timedelta(minutes=1)
    assert f"DTSTART:{utc:%Y%m%dT%H%M%S}Z\r\n".encode() in data
    assert b"VTIMEZONE" not in data and b"TZID" not in data


@pytest.mark.parametrize(
    ("lang", "day_summary", "silence_summary", "calendar_name"),
    [
        (
            "en",
            "36th anniversary of the 20\u00a0January tragedy — National Mourning Day",
            "Minute of silence — National Mourning Day",
            "National Mourning Day",
        ),
        (
            "az",
            "20\u00a0Yanvar faciəsinin 36-cı ildönümü — Ümumxalq Hüzn Günü",
            "Bir dəqiqəlik sükut — Ümumxalq Hüzn Günü",
            "Ümumxalq Hüzn Günü",
        ),
        (
            "ru",
            "36-я годовщина трагедии 20\u00a0января — День всенародной скорби",
            "Минута молчания — День всенародной скорби",
            "День всенародной скорби",
        ),
    ],
)
def test_summaries_in_each_language(
    lang: str, day_summary: str, silence_summary: str, calendar_name: str
) -> None:
    data = ics(2026, 2026, lang)
    (day,) = day_events(data)
    (silence,) = silence_events(data)
    assert day["SUMMARY"] == day_summary
    assert silence["SUMMARY"] == silence_summary
    assert Calendar.from_ical(data)["X-WR-CALNAME"] == calendar_name


@pytest.mark.parametrize(
    ("year", "lang", "ordinal"),
    [(1991, "en", "1st"), (2000, "en", "10th"), (2001, "en", "11th"), (2013, "en", "23rd"),
     (1991, "az", "1-ci"), (2030, "az", "40-cı"), (2090, "ru", "100-я")],
)  # fmt: skip
def test_each_year_carries_its_own_ordinal(year: int, lang: str, ordinal: str) -> None:
    (day,) = day_events(ics(year, year, lang))
    assert ordinal in day["SUMMARY"]


def test_uids_are_unique_and_the_same_whatever_the_stamp_or_language() -> None:
    later = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    runs = [
        [e["UID"] for e in events(ics(2025, 2027, lang, stamp=stamp))]
        for lang in LANGUAGES
        for stamp in (STAMP, later)
    ]
    assert all(run == runs[0] for run in runs)
    assert len(set(runs[0])) == len(runs[0]) == 6
    assert runs[0][:2] == ["2025-01-20@mourning-day", "2025-01-20-silence@mourning-day"]


def test_the_stamp_is_written_in_utc() -> None:
    baku_time = datetime(2025, 11, 24, 13, 30, tzinfo=timezone(timedelta(hours=4)))
    data = ics(2026, 2026, stamp=baku_time)
    assert data.count(b"DTSTAMP:20251124T093000Z\r\n") == 2


def test_a_stamp_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ics(2026, 2026, stamp=datetime(2025, 11, 24, 9, 30))


def test_the_calendar_says_what_it_is() -> None:
    cal = Calendar.from_ical(ics(2026, 2026))
    assert cal["VERSION"] == "2.0"
    assert cal["PRODID"] == "-//mourning-day//mourning-day//EN"
    assert cal["CALSCALE"] == "GREGORIAN"
    assert cal["METHOD"] == "PUBLISH"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_descriptions_state_the_facts_and_their_sources(lang: str) -> None:
    msgs = Messages(lang)
    data = ics(2026, 2026, lang)
    (day,) = day_events(data)
    (silence,) = silence_events(data)
    for key in SUMMARY_FACTS:
        assert fact_sentence(fact(key), msgs) in day["DESCRIPTION"]
        assert all(source.url in day["DESCRIPTION"] for source in fact(key).sources)
    silence_fact = fact("silence")
    assert silence["DESCRIPTION"] == (
        "\n".join([fact_sentence(silence_fact, msgs), *(s.url for s in silence_fact.sources)])
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lines_end_in_crlf_and_fold_within_75_octets(lang: str) -> None:
    data = ics(1991, 2100, lang)
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert lines.pop() == b""
    assert not any(b"\n" in line or b"\r" in line for line in lines)
    assert max(len(line) for line in lines) <= 75


# --- the command ---------------------------------------------------------------------------


def test_ics_command_writes_to_stdout(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics", "--today", "2025-11-24", "--count", "3", "--lang", "az"])
    assert result.exit_code == 0
    found = day_events(result.stdout_bytes)
    assert [e.start for e in found] == [date(y, 1, 20) for y in (2026, 2027, 2028)]
    assert found[0]["SUMMARY"] == "20\u00a0Yanvar faciəsinin 36-cı ildönümü — Ümumxalq Hüzn Günü"
    assert not silence_events(result.stdout_bytes)


def test_ics_command_with_silence_and_range(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["ics", "--from-year", "2030", "--to-year", "2031", "--with-silence", "--lang", "ru"]
    result = invoke(args)
    assert [e.start for e in silence_events(result.stdout_bytes)] == [
        datetime(2030, 1, 20, 8, 0, tzinfo=UTC),
        datetime(2031, 1, 20, 8, 0, tzinfo=UTC),
    ]
    assert day_events(result.stdout_bytes)[0]["SUMMARY"] == (
        "40-я годовщина трагедии 20\u00a0января — День всенародной скорби"
    )


def test_ics_output_file_is_not_clobbered(invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mourning.ics"
    target.write_text("my calendar")
    result = invoke(["ics", "--count", "1", "--today", "2025-11-24", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"mourning-day: {target} exists: add --force to replace it\n"
    assert target.read_text() == "my calendar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mourning.ics"]

    result = invoke(["ics", "--count", "1", "--today", "2025-11-24", "-o", str(target), "--force"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert [e.start for e in day_events(target.read_bytes())] == [date(2026, 1, 20)]


@pytest.mark.parametrize(
    ("where", "message"),
    [("missing/x.ics", "its folder does not exist"), (".", "it is a folder")],
)
def test_ics_output_folder_problems_are_one_line(
    invoke, tmp_path, where: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / where
    result = invoke(["ics", "--count", "1", "--today", "2025-11-24", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"mourning-day: cannot write {target}: {message}\n"


def test_ics_shares_the_range_errors_of_table(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics", "--from-year", "2030", "--to-year", "2020"])
    assert (result.exit_code, result.stderr) == (
        2,
        "mourning-day: --to-year 2020 is before 2030, the first year of the range\n",
    )

"""The .ics calendar, read back with icalendar as a calendar application would read it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar, Event

from mourning_day.core.anniversary import LAST_YEAR, YearRange
from mourning_day.core.facts import SUMMARY_FACTS, fact
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.i18n.messages import Messages
from mourning_day.render.fields import plain_spaces
from mourning_day.render.ics import StampError, calendar_chunks, calendar_stamp
from mourning_day.render.phrases import fact_sentence, source_text
from mourning_day.system import clock
from tests.conftest import default_sigint, run_module

TODAY = date(2025, 11, 24)
STAMP = datetime(2025, 11, 24, 9, 30, tzinfo=UTC)


def ics(
    first: int,
    last: int,
    lang: str = "en",
    *,
    silence: bool = True,
    stamp: datetime = STAMP,
    alarm: int | None = None,
) -> bytes:
    """The whole file, joined from the chunks `ics` writes as they come."""
    years = YearRange(first, last, TODAY)
    msgs = Messages(lang)
    chunks = calendar_chunks(years, msgs, with_silence=silence, stamp=stamp, alarm_minutes=alarm)
    return b"".join(chunks)


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


# facts.json: the first report of a nationwide minute of silence is from 2017 (News.Az,
# 2017-01-20); a year before it gets no minute-of-silence event (README, "ics"), since an
# event would say one was held.
FIRST_REPORTED = 2017


@pytest.mark.parametrize(
    ("first", "last", "minutes"),
    [(2026, 2026, 1), (2025, 2027, 3), (1991, 2100, 2100 - 2017 + 1), (2010, 2016, 0)],
)
def test_silence_adds_one_event_per_year_from_the_first_report(
    first: int, last: int, minutes: int
) -> None:
    count = last - first + 1
    assert len(events(ics(first, last, silence=False))) == count
    assert len(events(ics(first, last, silence=True))) == count + minutes
    found = silence_events(ics(first, last))
    assert [e.start.year for e in found] == list(range(max(first, FIRST_REPORTED), last + 1))


def test_every_year_to_9999_has_its_day_and_its_minute() -> None:
    # Parsing 16,018 events takes icalendar seconds; the lines themselves are checked here.
    data = every_year()
    years = range(1991, LAST_YEAR + 1)
    reported = range(FIRST_REPORTED, LAST_YEAR + 1)
    assert data.count(b"BEGIN:VEVENT\r\n") == len(years) + len(reported)
    starts = re.findall(rb"DTSTART;VALUE=DATE:(\d{8})\r\n", data)
    assert starts == [f"{year}0120".encode() for year in years]
    uids = re.findall(rb"UID:(\S+)\r\n", data)
    assert len(set(uids)) == len(uids) == len(years) + len(reported)


@pytest.mark.parametrize(
    ("year", "utc"),
    [
        # 12:00 in Baku. Asia/Baku is UTC+4 in January of every year with an event
        # (2017 on; zdump -v -c 2016,2027 Asia/Baku); its UTC+3 of January 1992 is tested
        # on the instant itself in tests/test_silence.py.
        (2026, datetime(2026, 1, 20, 8, 0, tzinfo=UTC)),
        (2017, datetime(2017, 1, 20, 8, 0, tzinfo=UTC)),
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
            "National Mourning Day — 36th anniversary of the 20 January tragedy",
            "Minute of silence — National Mourning Day",
            "National Mourning Day",
        ),
        (
            "az",
            "Ümumxalq Hüzn Günü — 20 Yanvar faciəsinin 36-cı ildönümü",
            "Bir dəqiqəlik sükut — Ümumxalq Hüzn Günü",
            "Ümumxalq Hüzn Günü",
        ),
        (
            "ru",
            "День всенародной скорби — 36-я годовщина трагедии 20 Января",
            "Минута молчания — День всенародной скорби",
            "День всенародной скорби",
        ),
        (
            # "20 Ocak Katliamı'nın 36. yılında" (Türkiye Gazetesi), "saygı duruşu" (AA,
            # Hürriyet): sources in tests/test_turkish.py.
            "tr",
            "Ulusal Yas Günü — 20 Ocak Katliamı'nın 36. yıl dönümü",
            "Saygı duruşu — Ulusal Yas Günü",
            "Ulusal Yas Günü",
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
     (1991, "az", "1-ci"), (2030, "az", "40-cı"), (2090, "ru", "100-я"), (2090, "tr", "100.")],
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
        assert plain_spaces(fact_sentence(fact(key), msgs)) in day["DESCRIPTION"]
        # Each source with its publisher and date, not a bare address.
        assert all(source_text(source, msgs) in day["DESCRIPTION"] for source in fact(key).sources)
    sources = fact("silence").sources
    marks = ", ".join(str(i) for i in range(1, len(sources) + 1))
    assert silence["DESCRIPTION"] == "\n".join(
        [
            f"{plain_spaces(fact_sentence(fact('silence'), msgs))} [{marks}]",
            "",
            msgs.text("labels.sources"),
            *(f"[{i}] {source_text(s, msgs)}" for i, s in enumerate(sources, 1)),
        ]
    )
    assert "[1] News.Az, 2025-01-20, https://news.az/" in day["DESCRIPTION"]


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
    assert found[0]["SUMMARY"] == "Ümumxalq Hüzn Günü — 20 Yanvar faciəsinin 36-cı ildönümü"
    assert not silence_events(result.stdout_bytes)


def test_ics_command_with_silence_and_range(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["ics", "--from-year", "2030", "--to-year", "2031", "--with-silence", "--lang", "ru"]
    result = invoke(args)
    assert [e.start for e in silence_events(result.stdout_bytes)] == [
        datetime(2030, 1, 20, 8, 0, tzinfo=UTC),
        datetime(2031, 1, 20, 8, 0, tzinfo=UTC),
    ]
    assert day_events(result.stdout_bytes)[0]["SUMMARY"] == (
        "День всенародной скорби — 40-я годовщина трагедии 20 Января"
    )


def test_ics_output_file_is_not_clobbered(invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mourning.ics"
    target.write_text("my calendar")
    result = invoke(["ics", "--count", "1", "--today", "2025-11-24", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"mourning-day: '{target}' exists: add --force to replace it\n"
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
    assert result.stderr == f"mourning-day: cannot write '{target}': {message}\n"


def test_ics_shares_the_range_errors_of_table(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics", "--from-year", "2030", "--to-year", "2020"])
    assert (result.exit_code, result.stderr) == (
        2,
        "mourning-day: --to-year 2020 is before 2030, the first year of the range\n",
    )


# --- read back by a second, independent parser (Home Assistant's `ical`) -------------------


def ha_calendar(data: bytes):  # type: ignore[no-untyped-def]
    from ical.calendar_stream import IcsCalendarStream

    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))


@pytest.mark.parametrize(
    ("lang", "day", "rest"),
    [
        # By hand: the name of the day, then the year's ordinal, in each language.
        ("en", "National Mourning Day", "36th anniversary of the 20 January tragedy"),
        ("az", "Ümumxalq Hüzn Günü", "20 Yanvar faciəsinin 36-cı ildönümü"),
        ("ru", "День всенародной скорби", "36-я годовщина трагедии 20 Января"),
        ("tr", "Ulusal Yas Günü", "20 Ocak Katliamı'nın 36. yıl dönümü"),
    ],
)
def test_titles_put_the_name_of_the_day_first_for_both_parsers(
    lang: str, day: str, rest: str
) -> None:
    data = ics(2026, 2026, lang, silence=False)
    (event,) = events(data)
    (ha_event,) = ha_calendar(data).events
    assert event["SUMMARY"] == ha_event.summary == f"{day} — {rest}"


@pytest.mark.parametrize(
    ("lang", "alarm_text"),
    [
        ("en", "Minute of silence: 12:00, Baku time"),
        ("az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00"),
        ("ru", "Минута молчания: 12:00 по бакинскому времени"),
        ("tr", "Saygı duruşu: Bakü saatiyle 12.00"),  # TDK's "12.00" (tests/test_turkish.py)
    ],
)
@pytest.mark.parametrize("minutes", [0, 1, 10, 90])
def test_an_alarm_before_each_minute_of_silence(lang: str, alarm_text: str, minutes: int) -> None:
    data = ics(2026, 2027, lang, alarm=minutes)
    for event in silence_events(data):
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
        assert alarm["DESCRIPTION"] == alarm_text
        assert timedelta(minutes=-minutes) == alarm.TRIGGER
    for event in day_events(data):
        assert not event.walk("VALARM")
    ha_events = ha_calendar(data).events
    assert [len(e.alarm) for e in ha_events] == [0, 1, 0, 1]
    for event in ha_events[1::2]:
        assert event.alarm[0].action == "DISPLAY"
        assert event.alarm[0].trigger == timedelta(minutes=-minutes)
        assert event.alarm[0].description == alarm_text
    if minutes == 10:
        assert data.count(b"TRIGGER:-PT10M\r\n") == 2


def test_no_alarm_unless_asked() -> None:
    assert b"VALARM" not in ics(2026, 2030)


@pytest.mark.parametrize("minutes", [-1, 7 * 24 * 60 + 1])
def test_an_alarm_out_of_range_is_refused(minutes: int) -> None:
    with pytest.raises(ValueError, match="alarm_minutes"):
        ics(2026, 2026, alarm=minutes)


@pytest.mark.parametrize(
    ("lang", "name", "description"),
    [
        (
            "en",
            "National Mourning Day",
            "20 January, National Mourning Day in Azerbaijan: the anniversaries from 2026 to "
            "2030, with the facts and their sources.",
        ),
        (
            "ru",
            "День всенародной скорби",
            # A dash between subject and predicate noun (Розенталь § 79), as the press heads
            # it: "20 января — День всенародной скорби в Азербайджане" (Sputnik Азербайджан).
            "20 января — День всенародной скорби в Азербайджане: годовщины с 2026 по 2030 год, "
            "с фактами и их источниками.",
        ),
    ],
)
def test_calendar_properties_for_subscriptions(lang: str, name: str, description: str) -> None:
    data = ics(2026, 2030, lang)
    cal = Calendar.from_ical(data)
    assert cal["NAME"] == cal["X-WR-CALNAME"] == name  # RFC 7986, and the older name
    assert cal["DESCRIPTION"] == cal["X-WR-CALDESC"] == description
    assert cal["REFRESH-INTERVAL"].dt == timedelta(weeks=1)
    assert b"REFRESH-INTERVAL;VALUE=DURATION:P7D\r\n" in data  # RFC 7986 section 5.7
    assert b"X-PUBLISHED-TTL:P7D\r\n" in data
    ha = ha_calendar(data)
    assert (ha.name, ha.description) == ([name], [description])  # NAME may repeat per language
    assert ha.refresh_interval == timedelta(weeks=1)
    # The calendar's own properties come once, before the first event.
    head = data.split(b"BEGIN:VEVENT", 1)[0]
    assert head.count(b"\r\nNAME:") == 1 and data.count(b"\r\nNAME:") == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_event_links_its_main_source_and_has_a_category_and_sequence(lang: str) -> None:
    data = ics(2026, 2027, lang)
    category = Messages(lang).text("ics.category")
    # By hand from facts.json: the first source of "mourning_day" and of "silence".
    day_url = (
        "https://news.az/news/azerbaijans-mfa-issues-statement-on-35th-anniversary-of-black-"
        "january-tragedy"
    )
    silence_url = "https://news.az/news/azerbaijan-honors-20-january-victims-with-minute-of-silence"
    for event in day_events(data):
        assert event["URL"] == day_url
    for event in silence_events(data):
        assert event["URL"] == silence_url
    for event in events(data):
        assert event.categories == [category]
        assert event["SEQUENCE"] == 0
    for event in ha_calendar(data).events:
        assert event.url in (day_url, silence_url)
        assert event.categories == [category]
        assert event.sequence == 0


def test_both_parsers_find_no_minute_of_silence_before_the_first_report() -> None:
    # 2015 and 2016 have their days only; 2017 and 2018 their minutes too, at 08:00 UTC.
    data = ics(2015, 2018)
    expected = [datetime(year, 1, 20, 8, 0, tzinfo=UTC) for year in (2017, 2018)]
    assert [e.start for e in silence_events(data)] == expected
    minutes = [e.dtstart for e in ha_calendar(data).events if isinstance(e.dtstart, datetime)]
    assert minutes == expected


def test_the_file_comes_in_chunks_one_event_each() -> None:
    # To 2100, not 9999: the chunks are made one way for every year (the whole range is
    # generated by test_every_year_to_9999_has_its_day_and_its_minute).
    years = YearRange(1991, 2100, TODAY)
    chunks = calendar_chunks(years, Messages("en"), with_silence=True, stamp=STAMP)
    head = next(chunks)
    assert head.startswith(b"BEGIN:VCALENDAR\r\n") and b"VEVENT" not in head
    first = next(chunks)
    assert first.startswith(b"BEGIN:VEVENT\r\n") and first.endswith(b"END:VEVENT\r\n")
    assert b"DTSTART;VALUE=DATE:19910120\r\n" in first
    rest = list(chunks)
    assert rest.pop() == b"END:VCALENDAR\r\n"
    assert len(rest) == len(years) + len(range(FIRST_REPORTED, 2100 + 1)) - 1 == 193
    assert all(c.count(b"BEGIN:VEVENT") == 1 for c in rest)


# --- the same bytes every time --------------------------------------------------------------


def test_without_source_date_epoch_the_stamp_is_the_newest_source_date() -> None:
    # By hand from facts.json: the newest "date" of any source is 2026-01-20.
    assert calendar_stamp(None) == datetime(2026, 1, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "stamp"),
    [
        ("0", datetime(1970, 1, 1, tzinfo=UTC)),
        ("1767225600", datetime(2026, 1, 1, tzinfo=UTC)),  # date -u -d @1767225600
        ("1705752000", datetime(2024, 1, 20, 12, 0, tzinfo=UTC)),  # date -u -d @1705752000
    ],
)
def test_source_date_epoch_sets_the_stamp(value: str, stamp: datetime) -> None:
    assert calendar_stamp(value) == stamp


@pytest.mark.parametrize("value", [" 1", "-1", "1.5", "1e9", "١٢", "9" * 13, "253402300800"])
def test_a_bad_source_date_epoch_is_refused(value: str) -> None:
    with pytest.raises(StampError):
        calendar_stamp(value)


def test_the_clock_does_not_change_the_file(invoke, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    args = ["ics", "--from-year", "2026", "--count", "3", "--with-silence", "--alarm", "5"]
    outputs = []
    for now in (datetime(2026, 1, 19, 23, 59, tzinfo=UTC), datetime(2031, 6, 1, tzinfo=UTC)):
        monkeypatch.setattr(clock, "now", lambda now=now: now)
        outputs.append(invoke(args).stdout_bytes)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"DTSTAMP:20260120T000000Z\r\n") == 6


def test_two_runs_with_source_date_epoch_give_the_same_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"SOURCE_DATE_EPOCH": "1767225600", "TZ": "America/New_York"}
    args = ["ics", "--today", "2025-11-24", "--with-silence", "--alarm", "15", "--lang", "az"]
    first = run_module([*args, "-o", str(tmp_path / "a.ics")], env=env)
    env["TZ"] = "Pacific/Kiritimati"
    second = run_module([*args, "-o", str(tmp_path / "b.ics")], env=env)
    assert first.returncode == second.returncode == 0
    data = (tmp_path / "a.ics").read_bytes()
    assert data == (tmp_path / "b.ics").read_bytes()
    assert data.count(b"DTSTAMP:20260101T000000Z\r\n") == 20


# --- the command: alarms and stamps ---------------------------------------------------------


def test_ics_command_adds_alarms(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["ics", "--from-year", "2026", "--count", "2", "--with-silence", "--alarm", "0"]
    result = invoke(args)
    assert result.exit_code == 0
    for event in silence_events(result.stdout_bytes):
        assert timedelta(0) == event.walk("VALARM")[0].TRIGGER


@pytest.mark.parametrize("value", ["-5", "ten", "10081", "9" * 5000, "", "1.5", "١٠", " 5"])
def test_bad_alarms_are_one_line_and_exit_2(invoke, value: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics", "--with-silence", "--alarm", value])
    echoed = value if len(value) <= 40 else value[:39] + "…"  # a long value is cut short
    message = f"invalid --alarm '{echoed}': use a whole number of minutes from 0 to 10080"
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"mourning-day: {message}\n")


def test_an_alarm_needs_the_minute_of_silence(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics", "--alarm", "10"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "mourning-day: --alarm needs --with-silence: the reminder is for the minute of silence\n"
    )


def test_an_empty_source_date_epoch_counts_as_unset() -> None:
    # The newest source in facts.json is dated 2026-01-20 (News.Az and Report.az).
    assert calendar_stamp("") == calendar_stamp(None) == datetime(2026, 1, 20, tzinfo=UTC)


def test_a_bad_source_date_epoch_is_one_line_and_exit_2(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ics"], env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "mourning-day: invalid SOURCE_DATE_EPOCH 'yesterday': use a whole number of seconds "
        "since 1970-01-01 00:00 UTC\n"
    )


# --- the command: -o paths as given (issue 9) -----------------------------------------------


def test_dash_alone_is_standard_output_and_dot_slash_dash_is_a_file(
    invoke, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    args = ["ics", "--today", "2025-11-24", "--count", "1"]
    to_stdout = invoke([*args, "-o", "-"])
    assert to_stdout.exit_code == 0 and to_stdout.stdout_bytes.startswith(b"BEGIN:VCALENDAR")
    assert list(tmp_path.iterdir()) == []
    to_file = invoke([*args, "-o", "./-"])
    assert (to_file.exit_code, to_file.stdout) == (0, "")
    assert (tmp_path / "-").read_bytes() == to_stdout.stdout_bytes


def test_a_folder_name_that_does_not_exist_is_an_error(invoke, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = invoke(["ics", "--today", "2025-11-24", "-o", "newdir/"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "mourning-day: cannot write 'newdir/': a file name cannot end in '/'\n"
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_refused_before_the_calendar_is_made(
    invoke, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mourning_day.render import ics as ics_module

    def not_now(*args: object) -> None:
        raise AssertionError("no event may be made for a file that will be refused")

    monkeypatch.setattr(ics_module, "_day_event", not_now)
    target = tmp_path / "cal.ics"
    target.write_bytes(b"mine")
    result = invoke(["ics", "--from-year", "1991", "--to-year", "9999", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"mourning-day: '{target}' exists: add --force to replace it\n"
    assert target.read_bytes() == b"mine"


def test_ctrl_c_while_writing_leaves_no_temporary_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "all.ics"
    args = ["--from-year", "1991", "--to-year", "9999", "--with-silence", "-o", str(target)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", "ics", *args],
        preexec_fn=default_sigint,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(2000):  # until the temporary file is there and growing
            found = list(tmp_path.iterdir())
            if found and found[0].stat().st_size > 0:
                break
            time.sleep(0.005)
        assert found and found[0].name.startswith(".all.ics.")
        proc.send_signal(signal.SIGINT)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode != 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_folding_each_line_once_gives_what_icalendar_gives(lang: str) -> None:
    """Events are serialized through a cache of folded lines; it must not change a byte."""
    from mourning_day.render import ics as ics_module

    msgs = Messages(lang)
    texts = ics_module._texts(msgs)
    for ann in YearRange(1991, 1993, TODAY):
        for event in (
            ics_module._day_event(ann, msgs, texts, STAMP),
            ics_module._silence_event(ann, texts, STAMP, 10),
        ):
            assert ics_module._ical(event) == event.to_ical()

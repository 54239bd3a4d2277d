"""Nothing said that no source supports: the minute of silence before its first report,
the day's name before it was given, and what a calendar files the day under.

facts.json: the earliest report of a nationwide minute of silence is from 2017 (News.Az,
2017-01-20, "Azerbaijan has held a minute of silence"); the day was declared National
Mourning Day in March 1994 (The Diplomat in Spain, reporting the Embassy of Azerbaijan:
"in March 1994, the decision ... was adopted; and a National Day of Mourning was
declared"). Expected strings are written by hand."""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar

from mourning_day.core.anniversary import YearRange
from mourning_day.core.observance import day_named
from mourning_day.i18n.messages import Messages
from mourning_day.render.fields import plain_spaces
from mourning_day.render.ics import calendar_chunks, calendar_stamp
from mourning_day.render.phrases import vigil_text

NB = "\u00a0"
LANGS = ["en", "az", "ru"]
BAKU = ["--tz", "Asia/Baku"]
# What each language says of the minute before its first report ("silence.reported_from"
# and "vigil.unreported.note"), and words that would say one was held or is being held:
# "held", "keçirilib", "yad olunub", "состоялась", "идёт минута молчания"...
REPORTED_FROM = {
    "en": "12:00, Baku time; the sources report it from 2017 on",
    # az: not "the sources report it since 2017" (as if it began then): the earliest report
    # in the sources is of 2017 (second reading).
    "az": "Bakı vaxtı ilə 12:00 (mənbələrdə bir dəqiqəlik sükut barədə ən erkən xəbər"
    " 2017-ci ilə aiddir)",
    "ru": "12:00 по бакинскому времени; источники сообщают о ней с 2017\u00a0года",
}
HELD = re.compile(
    r"held|keçiril|yad olunub|sükut davam edir|hazırda davam edir|sükut başladı|sükut başa çatdı"
    r"|состоял|идёт сейчас|Идёт минута молчания|Минута молчания (началась|заверш)"
    r"|minute of silence has"
)


# Before, during and after the minute on the day, and on another day (--today): every
# moment a command can speak of, in a year before the first report.
MOMENTS = [
    ["--now", "2000-01-20T09:00:00+04:00"],
    ["--now", "2000-01-20T12:00:30+04:00"],
    ["--now", "2000-01-20T15:00:00+04:00"],
    ["--today", "1999-06-01"],
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("moment", MOMENTS, ids=["before", "during", "after", "other-day"])
@pytest.mark.parametrize("command", ["next", "is-today", "summary"])
def test_no_command_says_a_minute_was_held_before_the_first_report(  # type: ignore[no-untyped-def]
    invoke, command: str, moment: list[str], lang: str
) -> None:
    for fmt in ("text", "rich"):
        out = invoke([command, *moment, *BAKU, "--lang", lang, "-f", fmt]).stdout
        # A summary's facts and sources quote the reports of later years ("yad olunub" in
        # Report.az's 2026 headline); what it says of this year is above them.
        out = out.split(Messages(lang).text("labels.facts"))[0]
        assert not HELD.search(out), (fmt, out)
        if command != "is-today" or moment[0] == "--now":
            # Rich lays a summary's rows out beside the month, so only text is read whole.
            expected = REPORTED_FROM[lang] if fmt == "text" else "2017"
            assert expected in out.replace("\n", " "), (fmt, out)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Minute of silence: 12:00, Baku time; the sources report it from 2017 on."),
        ("az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 (mənbələrdə bir dəqiqəlik sükut barədə "
               "ən erkən xəbər 2017-ci ilə aiddir)."),
        ("ru", "Минута молчания: 12:00 по бакинскому времени; источники сообщают о ней с "
               f"2017{NB}года."),
    ],
)  # fmt: skip
def test_the_issue_example_in_every_language(invoke, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    # The reading found "held 3 hours ago" here (az "keçirilib", ru "состоялась").
    out = invoke(["next", "--now", "2000-01-20T15:00:00+04:00", *BAKU, "--lang", lang]).stdout
    assert out.splitlines()[1] == expected


def test_from_the_first_report_on_the_minute_is_held(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", "--now", "2017-01-20T15:00:00+04:00", *BAKU]).stdout
    assert out.splitlines()[1] == f"Minute of silence: 12:00, Baku time, held 3{NB}hours ago."


# What `silence` says, through render/phrases.vigil_text (cli/silence.py calls it).
@pytest.mark.parametrize(
    ("key", "values", "lang", "expected"),
    [
        ("begun", {"moment": "12:00, Baku time"}, "en",
         "The minute has begun: 12:00, Baku time. The sources report a nationwide minute of "
         "silence from 2017 on."),
        ("ended", {}, "az",
         "Dəqiqə başa çatdı. Mənbələr ölkə üzrə bir dəqiqəlik sükut barədə 2017-ci ildən bəri "
         "xəbər verir."),
        ("ended", {}, "ru",
         f"Минута завершилась. Источники сообщают о всенародной минуте молчания с 2017{NB}года."),
        ("under_way", {}, "en", "The minute is under way."),
        ("until", {"time": "00:00:03"}, "ru", "До 12:00 по бакинскому времени: 00:00:03"),
    ],
)  # fmt: skip
def test_silence_before_the_first_report(
    key: str, values: dict[str, str], lang: str, expected: str
) -> None:
    assert vigil_text(key, 1999, Messages(lang), **values) == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("begun", {"moment": "M"}), ("ended", {}), ("under_way", {}), ("until", {"time": "T"}),
        ("missed", {"ago": "A", "moment": "M"}), ("held_today", {"ago": "A"}),
        ("not_within", {"when": "W", "within": "2h", "date": "D", "moment": "M"}),
    ],
)  # fmt: skip
def test_every_silence_line_before_the_first_report(
    lang: str, key: str, values: dict[str, str]
) -> None:
    msgs = Messages(lang)
    before, after = vigil_text(key, 2016, msgs, **values), vigil_text(key, 2017, msgs, **values)
    assert not HELD.search(before), before
    assert after == msgs.text(f"vigil.{key}", **values)  # from 2017, the usual words
    if key not in ("until", "under_way"):
        assert "2017" in before


# --- the day's name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "named"),
    [("1991-01-20", False), ("1994-01-20", False), ("1994-02-28", False),
     ("1994-03-01", True), ("1995-01-20", True), ("2026-01-20", True)],
)  # fmt: skip
def test_the_name_from_march_1994(day: str, named: bool) -> None:
    from datetime import date

    assert day_named(date.fromisoformat(day)) is named


@pytest.mark.parametrize(
    ("today", "lang", "expected"),
    [
        ("1991-01-20", "en", f"Today, Sunday, 20{NB}January{NB}1991, is the 1st anniversary of "
                             f"the 20{NB}January tragedy."),
        ("1994-01-20", "az", f"Bu gün (20{NB}yanvar{NB}1994, cümə{NB}axşamı) 20{NB}Yanvar "
                             "faciəsinin 4-cü ildönümüdür."),
        ("1992-01-20", "ru", f"Сегодня (понедельник, 20{NB}января{NB}1992\u202fг.){NB}— 2-я "
                             f"годовщина трагедии 20{NB}Января."),
        ("1993-06-01", "en", f"Today, Tuesday, 1{NB}June{NB}1993, is not 20{NB}January; the next "
                             f"is Thursday, 20{NB}January{NB}1994, in{NB}233{NB}days."),
        ("1993-06-01", "ru", f"Сегодня (вторник, 1{NB}июня{NB}1993\u202fг.) не 20{NB}января. "
                             f"Ближайшее{NB}— четверг, 20{NB}января{NB}1994\u202fг., "
                             f"через{NB}233{NB}дня."),
        # From the name on, the sentence names the day, as before.
        ("1995-01-20", "en", f"Today, Friday, 20{NB}January{NB}1995, is National Mourning Day: "
                             f"the 5th anniversary of the 20{NB}January tragedy."),
    ],
)  # fmt: skip
def test_is_today_before_the_day_had_its_name(  # type: ignore[no-untyped-def]
    invoke, today: str, lang: str, expected: str
) -> None:
    # Weekdays by `ncal 1 1991`, `ncal 1 1992`, `ncal 1 1994`, `ncal 6 1993`, `ncal 1 1995`;
    # 1993-06-01 to 1994-01-20 is 233 days (29 + 31 + 31 + 30 + 31 + 30 + 31 + 20).
    out = invoke(["is-today", "--today", today, *BAKU, "--lang", lang]).stdout
    assert out == expected + "\n"


@pytest.mark.parametrize(
    ("year", "lang", "heading"),
    [
        (1994, "en", f"4th anniversary of the 20{NB}January tragedy"),
        (1994, "az", f"20{NB}Yanvar faciəsinin 4-cü ildönümü"),
        (1991, "ru", f"1-я годовщина трагедии 20{NB}Января"),
        (1995, "en", f"National Mourning Day{NB}— 5th anniversary of the 20{NB}January tragedy"),
    ],
)
def test_summary_heading_before_the_name(invoke, year: int, lang: str, heading: str) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", str(year), "--today", "2025-11-24", *BAKU, "--lang", lang]).stdout
    assert out.splitlines()[0] == heading


def _ics(first: int, last: int, lang: str) -> Calendar:
    from datetime import date

    years = YearRange(first, last, date(2025, 11, 24))
    stamp = calendar_stamp(None)
    chunks = calendar_chunks(years, Messages(lang), with_silence=True, stamp=stamp)
    return Calendar.from_ical(b"".join(chunks))


def test_calendar_titles_before_the_name() -> None:
    titles = [str(e["SUMMARY"]) for e in _ics(1993, 1995, "en").walk("VEVENT")]
    assert titles == [
        "3rd anniversary of the 20 January tragedy",
        "4th anniversary of the 20 January tragedy",
        "National Mourning Day — 5th anniversary of the 20 January tragedy",
    ]  # no minute-of-silence events: all three years are before 2017


# --- what a calendar files the day under ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "category"),
    [
        # Not "Memorial day" / "Anım günü" / "День памяти": in Azerbaijan those name
        # 27 September (Anım Günü, Remembrance Day; python-holidays: "Memorial Day" from
        # 2021). A day of mourning: "a National Day of Mourning" (The Diplomat in Spain);
        # "hüzn günü", as the day's own name says it ("Ümumxalq Hüzn Günü"; Azertac); "В
        # Азербайджане сегодня – день траура в память о жертвах событий 20 января 1990
        # года" (Радио Свобода, svoboda.org).
        ("en", "Day of mourning"),
        ("az", "Hüzn günü"),
        ("ru", "День траура"),
    ],
)
def test_calendar_category_is_a_day_of_mourning(lang: str, category: str) -> None:
    for event in _ics(2026, 2027, lang).walk("VEVENT"):
        assert event.categories == [category]


def test_azerbaijani_calendar_description() -> None:
    # Not the calque "ildönümləri (2026–2027), faktlar və onların mənbələri ilə": the range
    # as Azerbaijani gives years, its last with the ordinal suffix ("2026–2027-ci illərin").
    cal = _ics(2026, 2027, "az")
    assert str(cal["DESCRIPTION"]) == (
        "20 Yanvar — Azərbaycanda Ümumxalq Hüzn Günü. 2026–2027-ci illərin ildönümləri: "
        "faktlar və mənbələr."
    )


# --- the editor's corrections in Russian -----------------------------------------------------


def test_russian_non_working_row_before_2000(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "1999", "--today", "2025-11-24", *BAKU, "--lang", "ru"]).stdout
    assert f"Нерабочий день:          нет (нерабочий день{NB}— только с 2000{NB}года) [2, 3]" in out


def test_russian_help_and_output_say_baku_time_one_way() -> None:
    import json
    from pathlib import Path

    from mourning_day.i18n.catalog import LOCALES_DIR

    ru = Path(LOCALES_DIR / "ru.json").read_text(encoding="utf-8")
    assert "когда по вашему времени начинается минута молчания" in json.loads(ru)["help"][
        "program"
    ]["summary"].replace(NB, " ")
    assert "бакинскому календарю" not in ru and "Bakı təqvimi" not in (
        LOCALES_DIR / "az.json"
    ).read_text(encoding="utf-8")


BRACKETS = [
    ["next", "--today", "2025-11-24"],
    ["summary", "2026", "--today", "2025-11-24"],
    ["summary", "1999", "--today", "2025-11-24"],
    ["is-today", "--now", "2026-01-20T15:00:00+04:00"],
    ["table", "--count", "2", "--today", "2025-11-24"],
]


def _depth(line: str) -> int:
    deepest = depth = 0
    for char in line:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("zone", ["Europe/Moscow", "Asia/Baku", "Asia/Dubai", "UTC"])
def test_no_brackets_inside_brackets(invoke, lang: str, zone: str) -> None:  # type: ignore[no-untyped-def]
    for args in BRACKETS:
        out = invoke([*args, "--tz", zone, "--lang", lang, "-f", "text"]).stdout
        assert all(_depth(line) <= 1 for line in out.splitlines()), (args, out)


@pytest.mark.parametrize("lang", LANGS)
def test_no_brackets_inside_brackets_in_an_unnamed_zone(lang: str) -> None:
    from conftest import run_module

    # The moment that carries brackets of its own ("(UTC+05:30)") inside the missed line.
    msgs = Messages(lang)
    moment = msgs.text("silence.in_local", time="13:30", offset="UTC+05:30")
    line = msgs.text("vigil.missed", ago="A", moment=moment)
    assert _depth(line) <= 1, line
    result = run_module(["next", "--today", "2025-11-24", "--lang", lang], env={"TZ": "IST-5:30"})
    assert all(_depth(x) <= 1 for x in result.stdout.splitlines())


def test_machine_output_keeps_plain_spaces() -> None:
    assert plain_spaces(f"in{NB}the{NB}Chatham{NB}Islands") == "in the Chatham Islands"

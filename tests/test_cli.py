"""The commands as a user or a script runs them: output, exit codes, errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from mourning_day.system import clock

FIELDS = ["year", "date", "weekday", "isoweekday", "anniversary", "ordinal", "days_until"]
NB = "\u00a0"  # no-break space, as in the catalogs
BEFORE = ["--today", "2025-11-24"]  # 57 days before the 36th anniversary


# --- next ---------------------------------------------------------------------------------


def test_next_text(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "Europe/London"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        # "the 36th anniversary", as is-today says it.
        f"Tuesday, 20{NB}January{NB}2026: the 36th anniversary of the 20{NB}January tragedy, "
        f"in{NB}57{NB}days.",
        # A place, as CLDR names the zone's exemplar city, not the IANA identifier.
        "Minute of silence: 12:00 in Baku = 08:00 in London.",
    ]


def test_next_on_the_day_says_today(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--today", "2026-01-20", "--tz", "Asia/Baku"])
    # A sentence about today, not "..., today." tacked on at the end.
    assert result.stdout.splitlines() == [
        f"Tuesday, 20{NB}January{NB}2026: today is the 36th anniversary of the 20{NB}January "
        "tragedy.",
        "Minute of silence: 12:00, Baku time.",
    ]


def test_next_json_has_exactly_the_interface_fields(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "America/New_York", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "year": 2026,
        "date": "2026-01-20",
        "weekday": "Tuesday",
        "isoweekday": 2,
        "anniversary": 36,
        "ordinal": "36th",
        "days_until": 57,
        "silence_at": "2026-01-20T03:00:00-05:00",
        # Every zone given (here one); 12:00 at UTC+04:00 in Baku is 03:00 at UTC-05:00.
        "silence_places": [
            {"zone": "America/New_York", "place": "New York", "at": "2026-01-20T03:00:00-05:00"}
        ],
    }


def test_next_csv(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "Asia/Baku", "-f", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [*FIELDS, "silence_at"]
    assert rows[1] == [
        "2026", "2026-01-20", "Tuesday", "2", "36", "36th", "57", "2026-01-20T12:00:00+04:00",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("year", "2026"), ("date", "2026-01-20"), ("weekday", "Tuesday"), ("isoweekday", "2"),
        ("anniversary", "36"), ("ordinal", "36th"), ("days_until", "57"),
        ("silence_at", "2026-01-20T08:00:00+00:00"),
    ],
)  # fmt: skip
def test_next_field_prints_one_bare_value(invoke, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "Europe/London", "--field", field])
    assert result.exit_code == 0
    assert result.stdout == value + "\n"
    # Names are taken in any case, as the README says of every name.
    assert invoke(["next", *BEFORE, "--tz", "Europe/London", "--field", field.upper()]).stdout == (
        value + "\n"
    )


def test_now_takes_rfc_3339_lower_case_t_and_z(invoke) -> None:  # type: ignore[no-untyped-def]
    # RFC 3339, section 5.6: "T" and "Z" may alternatively be lower case.
    upper = invoke(["next", "--now", "2026-01-20T08:00:00Z", "--tz", "UTC"])
    lower = invoke(["next", "--now", "2026-01-20t08:00:00z", "--tz", "UTC"])
    assert lower.exit_code == upper.exit_code == 0
    assert lower.stdout == upper.stdout


def test_field_values_stay_english_names_but_localize_display(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "Asia/Baku", "--lang", "ru", "-f", "json"])
    record = json.loads(result.stdout)
    assert list(record)[:7] == FIELDS
    assert (record["weekday"], record["ordinal"]) == ("вторник", "36-я")


# --- summary ------------------------------------------------------------------------------


def test_summary_text(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "2026", *BEFORE, "--tz", "America/New_York"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(
        f"National Mourning Day{NB}— 36th anniversary of the 20{NB}January tragedy\n"
    )
    # 24 Nov -> 24 Dec is one month; 24 Dec -> 20 Jan is 27 days.
    assert f"When:               in{NB}57{NB}days (1{NB}month, 27{NB}days)\n" in out
    assert "Saturday or Sunday: no\n" in out
    assert "Non-working day:    yes, in Azerbaijan [2, 3]\n" in out
    # A place of several words is held together on a line, as a number is with its unit.
    assert f"Minute of silence:  12:00 in Baku = 03:00 in New{NB}York\n" in out
    assert (
        "According to the Ministry of Foreign Affairs of Azerbaijan, 150\u00a0civilians were "
        "killed, 744\u00a0people were seriously injured and 4\u00a0people went missing." in out
    )
    assert "entered Baku; civilians were killed in Baku and Sumgayit." in out
    assert f"on 25{NB}January in Neftchala and on 26{NB}January in Lankaran." in out
    assert "According to Trend and AzerNews, 147\u00a0people were killed" in out
    assert "In March 1994 the Milli Majlis adopted the resolution" in out
    assert "\nSources\n[1] " in out
    assert "\x1b" not in out and "│" not in out  # plain when piped


def test_summary_of_a_past_year_counts_back(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "2024", "--today", "2026-01-20", "--tz", "Asia/Baku"])
    # 20 Jan 2024 -> 20 Jan 2026: 731 days (2024 is a leap year), exactly 2 years.
    assert f"When:               731{NB}days ago (2{NB}years)\n" in result.stdout
    assert "Saturday or Sunday: yes\n" in result.stdout  # a Saturday


def test_summary_defaults_to_the_next_anniversary(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--today", "2026-01-21", "-f", "json", "--tz", "Asia/Baku"])
    assert json.loads(result.stdout)["year"] == 2027


def test_summary_json_carries_facts_with_sources(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "2026", *BEFORE, "-f", "json", "--tz", "Asia/Baku"])
    record = json.loads(result.stdout)
    assert (
        record["title"] == "36th anniversary of the 20 January tragedy"
    )  # plain spaces: for scripts
    assert record["weekend"] is False
    assert (record["span_years"], record["span_months"], record["span_days"]) == (0, 1, 27)
    ids = [fact["id"] for fact in record["facts"]]
    assert ids == [
        "mourning_day",
        "public_holiday",
        "night",
        "later_killings",
        "casualties",
        "casualties_press",
        "resolution",
        "day_named",
        "silence",
    ]
    for fact in record["facts"]:
        assert fact["text"]
        assert fact["sources"]
        for source in fact["sources"]:
            assert source["url"].startswith("https://")
            assert source["quote"]


def test_summary_csv_is_one_flat_row(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "2029", *BEFORE, "-f", "csv", "--tz", "Asia/Baku"])
    header, row = list(csv.reader(io.StringIO(result.stdout)))
    record = dict(zip(header, row, strict=True))
    assert record["weekday"] == "Saturday" and record["weekend"] == "true"


# --- table --------------------------------------------------------------------------------


def test_table_defaults_to_the_next_ten(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["table", *BEFORE, "-f", "json"])
    rows = json.loads(result.stdout)
    assert [r["year"] for r in rows] == list(range(2026, 2036))
    assert all(list(r) == FIELDS for r in rows)
    assert rows[1]["days_until"] == 57 + 365  # 2026 -> 2027, no 29 February between


def test_table_text_aligns_columns(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["table", "--from-year", "2029", "--count", "2", *BEFORE])
    # The weekday column is as wide as the longest name, "Wednesday", so widths don't
    # change with the range. 2025-11-24 to 2029-01-20: 1,153 days (by hand: 57 + 365 + 365
    # + 366); "in 1,153 days" as next says it, so that a past year would read as past.
    assert result.stdout.splitlines() == [
        "Year  Date        Weekday    Anniversary  When",
        f"2029  2029-01-20  Saturday          39th  in{NB}1,153{NB}days",
        f"2030  2030-01-20  Sunday            40th  in{NB}1,518{NB}days",
    ]


def test_table_text_says_past_years_are_past(invoke) -> None:  # type: ignore[no-untyped-def]
    # 2023-01-20 to 2025-11-24: 1,039 days (by hand: 365 + 366 + 308). CSV keeps the
    # signed number for scripts.
    args = ["table", "--from-year", "2023", "--count", "1", *BEFORE]
    assert invoke(args).stdout.splitlines()[1].endswith(f"1,039{NB}days ago")
    assert invoke([*args, "-f", "csv"]).stdout.splitlines()[1].endswith(",-1039")


def test_table_csv_range(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["table", "--from-year", "1991", "--to-year", "1993", "-f", "csv", *BEFORE])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == FIELDS
    assert [r[0] for r in rows[1:]] == ["1991", "1992", "1993"]
    assert rows[1][5] == "1st" and rows[1][2] == "Sunday"


def test_table_whole_range(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["table", "--from-year", "1991", "--to-year", "9999", "-f", "csv", *BEFORE])
    lines = result.stdout.splitlines()
    assert len(lines) == 8010
    assert lines[-1].startswith("9999,9999-01-20,Wednesday,3,8009,8009th,")


def test_table_defaults_stop_at_9999(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["table", "--today", "9995-03-01", "-f", "csv"])
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == [
        "9996", "9997", "9998", "9999",
    ]  # fmt: skip


# --- is-today -----------------------------------------------------------------------------


def test_is_today_yes(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "2026-01-20"])
    assert result.exit_code == 0
    assert result.stdout == (
        f"Today, Tuesday, 20{NB}January{NB}2026, is National Mourning Day: "
        f"the 36th anniversary of the 20{NB}January tragedy.\n"
    )


def test_is_today_no(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "2026-01-19"])
    assert result.exit_code == 1
    assert "is not National Mourning Day" in result.stdout
    assert f"Tuesday, 20{NB}January{NB}2026, tomorrow." in result.stdout


def test_is_today_quiet_prints_nothing(invoke) -> None:  # type: ignore[no-untyped-def]
    for day, code in (("2026-01-20", 0), ("2026-07-01", 1)):
        result = invoke(["is-today", "-q", "--today", day])
        assert (result.exit_code, result.stdout) == (code, "")


def test_is_today_json(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "2027-01-20", "-f", "json", "--tz", "Asia/Baku"])
    record = json.loads(result.stdout)
    assert (record["is_today"], record["today"], record["anniversary"]) == (True, "2027-01-20", 37)


# --- today and time zones -----------------------------------------------------------------


def test_time_zone_decides_today(invoke, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """At 21:30 UTC on 19 January it is already 01:30 on the 20th in Baku (UTC+4)."""
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 1, 19, 21, 30, tzinfo=UTC))
    assert invoke(["is-today", "-q", "--tz", "Asia/Baku"]).exit_code == 0
    assert invoke(["is-today", "-q", "--tz", "Europe/London"]).exit_code == 1
    assert invoke(["next", "--field", "days_until", "--tz", "America/New_York"]).stdout == "1\n"


def test_environment_supplies_defaults(invoke) -> None:  # type: ignore[no-untyped-def]
    env = {"MOURNING_DAY_TODAY": "2026-01-20", "MOURNING_DAY_TZ": "Asia/Tokyo"}
    result = invoke(["next", "--field", "silence_at"], env=env)
    assert result.stdout == "2026-01-20T17:00:00+09:00\n"
    # An option beats the environment.
    assert invoke(["next", "--field", "year", "--today", "2026-02-01"], env=env).stdout == "2027\n"


def test_silence_on_the_previous_day_says_so(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--today", "2026-01-01", "--tz", "Pacific/Honolulu"])
    assert f"12:00 in Baku = 22:00 on 19{NB}January in Honolulu." in result.stdout  # one word


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["summary", "--year", "1990"],
            "invalid year '1990': use a whole number from 1991 to 9999",
        ),
        (["summary", "--year", "10000"], "invalid year '10000'"),
        (["summary", "--year", "twenty"], "invalid year 'twenty'"),
        (["next", "--today", "2026-02-30"], "invalid date '2026-02-30': use YYYY-MM-DD"),
        (["next", "--today", "20260120"], "invalid date '20260120'"),
        (["next", "--today", "2026-W04-2"], "invalid date '2026-W04-2'"),
        (["next", "--today", "9999-06-01"], "no anniversary on or after 9999-06-01"),
        (["next", "--tz", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
        (["next", "--tz", "../../etc/passwd"], "unknown time zone '../../etc/passwd'"),
        (["next", "-f", "xml"], "unknown format 'xml': use one of rich, text, json, csv"),
        (["next", "--field", "mood"], "unknown field 'mood': use one of year, date, weekday"),
        (["next", "--lang", "fr"], "unknown language 'fr': use one of en, az, ru"),
        (["table", "--from-year", "2030", "--to-year", "2020"], "--to-year 2020 is before 2030"),
        (["table", "--to-year", "2020"], "--to-year 2020 is before 2026, the first year"),
        (["table", "--count", "²"], "invalid count '²'"),
        (["table", "--count", " 5"], "invalid count ' 5'"),
        (["summary", "--year", "٢٠٢٦"], "invalid year '٢٠٢٦'"),
        (["next", "--tz", ""], "unknown time zone ''"),
        (["table", "--to-year", "2030", "--count", "2"], "use --to-year or --count, not both"),
        (["table", "--count", "0"], "invalid count '0'"),
        (["table", "--from-year", "9990", "--count", "11"], "from 1 to 10"),
        (["next", "--no-such-option"], "no such option: --no-such-option"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(invoke, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([*args, *(["--today", "2026-01-01"] if "--today" not in args else [])])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mourning-day: ")
    assert message in lines[0]


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        ("MOURNING_DAY_TODAY", "tomorrow", "invalid date 'tomorrow'"),
        ("MOURNING_DAY_TZ", "Nowhere", "unknown time zone 'Nowhere'"),
        ("MOURNING_DAY_LANG", "de", "unknown language 'de'"),
    ],
)
def test_bad_environment_names_the_variable(invoke, var: str, value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next"], env={var: value})
    assert result.exit_code == 2
    assert result.stderr.startswith(f"mourning-day: {message}")
    assert result.stderr.endswith(f"(from the environment variable {var})\n")
    assert len(result.stderr.splitlines()) == 1


def test_errors_speak_the_readers_language(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "1990", "--lang", "ru"])
    assert result.stderr == (
        # A value quoted in «ёлочки», the Russian quotation marks (Розенталь § 58).
        "mourning-day: неверный год «1990»: укажите целое число от 1991 до 9999\n"
    )


# --- help, version ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["next", "summary", "table", "is-today", "ics"])
def test_every_command_has_help_with_an_example(invoke, command: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"mourning-day {command}" in result.stdout
    assert "--today" in result.stdout and "--tz" in result.stdout


@pytest.mark.parametrize("option", ["--version", "-V"])
def test_version(invoke, option: str) -> None:  # type: ignore[no-untyped-def]
    from importlib.metadata import version

    result = invoke([option])
    assert result.exit_code == 0
    assert result.stdout == f"mourning-day {version('mourning-day')}\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--lang", "ru", "summary"], ["summary", "--lang", "ru"]),
        (["--lang=tr", "next"], ["next", "--lang=tr"]),
        (["--lang", "az", "table", "--count", "2"], ["table", "--count", "2", "--lang", "az"]),
    ],
)
def test_lang_before_the_command_is_the_commands(
    invoke, before: list[str], after: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Found by the Turkish second reading: `mourning-day --lang tr next` was "unexpected
    arguments: next", though every command takes --lang."""
    fixed = [*BEFORE, "--tz", "Asia/Baku", "--format", "text"]
    first, second = invoke([*before, *fixed]), invoke([*after, *fixed])
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stdout == second.stdout
    assert first.stdout != invoke([after[0], *fixed]).stdout  # not English


def test_lang_before_an_unknown_command_names_it_in_that_language(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["--lang", "ru", "sumary"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mourning-day: неизвестная команда «sumary»")

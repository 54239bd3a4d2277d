"""`mourning-day silence` as scripts and people at a terminal meet it, and --now on every
command. The clock and sleep are replaced (tests/test_vigil.py's FakeTime): nothing here
sleeps for real, except one run in a pseudo-terminal that is interrupted at once.

12:00 in Baku is 08:00 UTC and 08:00 in London in January 2026 (`zdump -v -c 2025,2027
Asia/Baku Europe/London`)."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from mourning_day.cli import options
from mourning_day.system import clock
from tests.conftest import default_sigint
from tests.test_vigil import FakeTime

NB = "\u00a0"
LONDON = ["--tz", "Europe/London"]
START = datetime(2026, 1, 20, 8, 0, tzinfo=UTC)
SHOW_CURSOR = "\x1b[?25h"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    """The real clock replaced: it reads 2025-11-24 until a test sets it, and moves only
    when the program sleeps."""
    time_ = FakeTime(datetime(2025, 11, 24, 10, tzinfo=UTC))
    monkeypatch.setattr(clock, "now", time_.now)
    monkeypatch.setattr(clock, "sleep", time_.sleep)
    return time_


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Make the command believe it is on a terminal, and Rich draw as on one."""
    monkeypatch.setattr(options, "default_format", lambda out, environ: "rich")
    return {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "80"}


# --- for scripts ------------------------------------------------------------------------------


def test_wait_ends_with_one_line_at_the_start(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T11:59:50+04:00", *LONDON])
    assert (result.exit_code, result.stdout) == (
        0,
        "The minute of silence has begun: 12:00 in Baku = 08:00 in London.\n",
    )
    assert sum(fake.slept) == pytest.approx(10)
    assert max(fake.slept) <= 1  # the wall clock is read at every step


def test_now_pins_the_clock_which_then_runs_on(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    """The issue's example: from 11:59:50 Baku time, --until end ends 70 seconds later."""
    fake.t = datetime(2031, 6, 1, tzinfo=UTC)  # the real clock says something else entirely
    result = invoke(["silence", "--now", "2026-01-20T11:59:50+04:00", "--until", "end"])
    assert (result.exit_code, result.stdout) == (0, "The minute of silence has ended.\n")
    assert sum(fake.slept) == pytest.approx(70)


def test_the_environment_can_pin_the_clock(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    env = {"MOURNING_DAY_NOW": "2026-01-20T07:59:59Z"}
    assert invoke(["silence", *LONDON], env=env).exit_code == 0
    assert sum(fake.slept) == pytest.approx(1)


def test_started_during_the_minute_until_start_exits_at_once(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T08:00:30Z", *LONDON])
    assert result.exit_code == 0
    assert result.stdout.startswith("The minute of silence has begun")
    assert fake.slept == []


def test_until_end_during_the_minute_waits_for_the_rest(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T08:00:45Z", "--until", "END"])
    assert result.exit_code == 0
    assert sum(fake.slept) == pytest.approx(15)


def test_a_wait_that_sleeps_through_the_minute_says_it_was_missed(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    fake.jumps = {3: timedelta(hours=2)}  # the laptop is closed 3 s into the wait
    result = invoke(["silence", "--now", "2026-01-20T07:59:50Z", *LONDON])
    assert result.exit_code == 1
    # Woken at 09:59:53 UTC; the minute ended at 08:01, 1 h 58 min 53 s before.
    # The moment between commas, not in brackets: it may hold brackets of its own ("13:30
    # in your time zone (UTC+05:30)"), and brackets never nest.
    assert result.stdout == (
        "Missed: the minute of silence, 12:00 in Baku = 08:00 in London, ended "
        f"1{NB}hour 58{NB}minutes ago.\n"
    )


def test_within_refuses_at_once_when_the_minute_is_further(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2025-11-24T10:00:00Z", "--within", "2h", *LONDON])
    assert result.exit_code == 1
    assert fake.slept == []
    # 24 Nov 10:00 UTC to 20 Jan 08:00 UTC: 56 days 22 hours (checked with `date -d`).
    assert result.stdout == (
        f"The next minute of silence is in{NB}56{NB}days 22{NB}hours, later than --within 2h: "
        f"Tuesday, 20{NB}January{NB}2026, 12:00 in Baku = 08:00 in London.\n"
    )


def test_within_waits_when_the_minute_is_near_enough(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T07:50:00Z", "--within", "10m"])
    assert result.exit_code == 0
    assert sum(fake.slept) == pytest.approx(600)


def test_started_after_the_minute_on_the_day_waits_for_next_years(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T09:00:00Z", "--within", "1d", *LONDON])
    assert result.exit_code == 1
    assert "in\u00a0364" in result.stdout and "2027" in result.stdout


def test_a_duration_is_quoted_as_typed(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    # The parser keeps the text: the message repeats "1H" as typed, not "1:00:00".
    result = invoke(["silence", "--now", "2026-01-20T09:00:00Z", "--within", "1H", *LONDON])
    assert result.exit_code == 1
    assert "--within 1H:" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--within", "soon"], "mourning-day: invalid duration 'soon'"),
        (["--until", "edn"], "mourning-day: unknown moment 'edn'; did you mean end?"),
        (["--until", "noon"], "mourning-day: unknown moment 'noon': use one of start, end"),
        (["--now", "2026-01-20T12:00"], "mourning-day: invalid time '2026-01-20T12:00'"),
    ],
)
def test_usage_errors_are_one_line(invoke, fake: FakeTime, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert fake.slept == []


# --- on a terminal ----------------------------------------------------------------------------


def frames(output: str) -> list[str]:
    """The text of each frame Rich drew (frames are separated by erasing the last)."""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "\x00", output.replace("\r", ""))
    return [f.strip("\x00\n") for f in re.split(r"(?:\x00)+(?=[^\x00\n])", plain) if f.strip()]


def test_the_countdown_turns_into_the_minute_and_ends_with_one_line(  # type: ignore[no-untyped-def]
    invoke, fake: FakeTime, terminal: dict[str, str]
) -> None:
    result = invoke(["silence", "--now", "2026-01-20T07:59:58Z", *LONDON], env=terminal)
    assert result.exit_code == 0
    out = result.stdout
    assert "Until the minute of silence: 00:00:02" in out
    assert "Until the minute of silence: 00:00:01" in out
    assert f"60{NB}seconds left" in out and f"1{NB}second left" in out
    assert "The minute of silence is being held." in out
    assert "\x1b" in out and not re.search(r"\x1b\[(3|4|9|10)[0-9]", out), "no colour"
    # The display is taken down (cursor shown), then the closing line, and nothing after.
    assert out.rindex(SHOW_CURSOR) < out.rindex("The minute of silence has ended.")
    assert out.endswith("The minute of silence has ended.\n")
    assert sum(fake.slept) == pytest.approx(62)


def test_a_missed_minute_in_russian_has_no_brackets_in_brackets(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    # The moment keeps its own brackets ("(Москва — 11:00)"); the sentence around it needs
    # none: "она началась в … и закончилась …" (the issue-18 reading found "закончилась 6
    # секунд назад (12:00 по бакинскому времени (Москва — 11:00))").
    fake.jumps = {3: timedelta(hours=2)}
    result = invoke(["silence", "--now", "2026-01-20T07:59:50Z", "--tz", "Europe/Moscow",
                     "--lang", "ru"])  # fmt: skip
    assert result.stdout == (
        f"Минута молчания пропущена: она началась в 12:00 по бакинскому времени (Москва{NB}— "
        f"11:00) и закончилась 1{NB}час 58{NB}минут назад.\n"
    )


def test_a_terminal_countdown_shows_days_when_far(invoke, fake: FakeTime, terminal) -> None:  # type: ignore[no-untyped-def]
    fake.jumps = {1: timedelta(days=60)}  # then a long sleep: missed
    result = invoke(["silence", "--now", "2025-11-24T07:59:58Z", *LONDON], env=terminal)
    assert f"Until the minute of silence: 57{NB}days 00:00:02" in result.stdout
    assert result.exit_code == 1
    assert "Missed: the minute of silence, 12:00 in Baku = 08:00 in London, ended" in result.stdout


@pytest.fixture
def interrupted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C at the first sleep, after the first frame is drawn."""

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(clock, "sleep", interrupt)


def test_started_after_the_minute_the_terminal_says_so_and_counts_to_next_year(  # type: ignore[no-untyped-def]
    invoke, terminal: dict[str, str], interrupted: None
) -> None:
    result = invoke(["silence", "--now", "2026-01-20T11:00:00Z", *LONDON], env=terminal)
    out = result.stdout
    assert out.startswith(f"Today's minute of silence was held 3{NB}hours ago.\n")
    assert f"Wednesday, 20{NB}January{NB}2027: the 37th anniversary" in out
    assert f"Until the minute of silence: 364{NB}days 21:00:00" in out


def test_ctrl_c_takes_the_display_down_whole(  # type: ignore[no-untyped-def]
    invoke, terminal: dict[str, str], interrupted: None
) -> None:
    result = invoke(["silence", "--now", "2026-01-20T07:59:00Z", *LONDON], env=terminal)
    assert result.exit_code != 0
    out = result.stdout
    # The frame is erased and the cursor shown again, and nothing is drawn after that.
    tail = out[out.rindex(SHOW_CURSOR) :]
    assert not re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|[\r\n]", "", tail)


def test_the_bell_rings_at_the_start_and_the_end(invoke, fake: FakeTime, terminal) -> None:  # type: ignore[no-untyped-def]
    args = ["silence", "--now", "2026-01-20T07:59:59Z", "--bell"]
    assert invoke(args, env=terminal).stdout.count("\a") == 2
    assert "\a" not in invoke(args[:-1], env=terminal).stdout


def test_no_bell_in_a_script_s_output(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["silence", "--now", "2026-01-20T07:59:59Z", "--bell", "--until", "end"])
    assert "\a" not in result.stdout  # stdout is no terminal here, nor is stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a pseudo-terminal")
def test_ctrl_c_in_a_real_terminal_leaves_it_clean() -> None:
    """A real run in a pseudo-terminal, interrupted as soon as it has drawn a frame: the
    cursor is shown again, the frame erased, and the process ends by the signal."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, on the terminal
        default_sigint()
        os.environ.update(COLUMNS="80", LANG="C.UTF-8")
        args = ["silence", "--now", "2026-01-20T07:00:00Z", "--tz", "Europe/London"]
        os.execv(sys.executable, [sys.executable, "-m", "mourning_day", *args])
    out = b""
    deadline = time.monotonic() + 30
    while b"Until the minute" not in out and time.monotonic() < deadline:
        if select.select([fd], [], [], 1)[0]:
            out += os.read(fd, 4096)
    os.kill(pid, signal.SIGINT)
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child has gone and closed the terminal
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode()
    assert "Until the minute of silence: 01:00:00" in text
    tail = text[text.rindex(SHOW_CURSOR) :]
    # Erased: only cursor movements and line clearing after the cursor is shown (and,
    # on stderr, which shares the terminal, at most a word about the interruption).
    assert "Until" not in tail and "Minute" not in tail
    assert os.waitstatus_to_exitcode(status) == -signal.SIGINT  # ended by the signal


# --- --now on the other commands --------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "line"),
    [
        ("2026-01-20T09:54:30+04:00", f"08:00 in London, in{NB}2{NB}hours 5{NB}minutes."),
        ("2026-01-20T07:59:15Z", f"08:00 in London, in{NB}45{NB}seconds."),
        # During the minute, the words silence shows then: "is being held".
        ("2026-01-20T08:00:30Z", "08:00 in London, being held now."),
        ("2026-01-20T11:00:00Z", f"08:00 in London, held 3{NB}hours ago."),
    ],
)
def test_next_on_the_day_says_how_long_until_the_minute(invoke, now: str, line: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--now", now, *LONDON])
    assert result.stdout.splitlines()[1] == f"Minute of silence: 12:00 in Baku = {line}"


def test_on_the_day_in_russian_and_azerbaijani(invoke) -> None:  # type: ignore[no-untyped-def]
    # Russian takes the accusative after "через": "1 минуту", not "1 минута".
    ru = invoke(["next", "--now", "2026-01-20T11:58:30+04:00", "--tz", "Asia/Baku", "--lang", "ru"])
    assert f"через{NB}1{NB}минуту 30{NB}секунд." in ru.stdout
    az = invoke(["next", "--now", "2026-01-20T15:00:00+04:00", "--tz", "Asia/Baku", "--lang", "az"])
    # A held minute as the press writes it: "şəhidlərin xatirəsi bir dəqiqəlik sükutla yad
    # olunub" (Report.az, 2026-01-20, facts.json "silence"); during it "hazırda davam edir".
    assert (
        f"Bakı vaxtı ilə 12:00; şəhidlərin xatirəsi 3{NB}saat əvvəl bir dəqiqəlik sükutla yad "
        "olunub." in az.stdout
    )
    az = invoke(["next", "--now", "2026-01-20T12:00:30+04:00", "--tz", "Asia/Baku", "--lang", "az"])
    assert (
        az.stdout.splitlines()[1]
        == "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00, hazırda davam edir."
    )
    ru = invoke(["next", "--now", "2026-01-20T12:00:30+04:00", "--tz", "Asia/Baku", "--lang", "ru"])
    assert ru.stdout.splitlines()[1] == "Минута молчания: 12:00 по бакинскому времени, идёт сейчас."


def test_other_days_are_unchanged_by_the_time_of_day(invoke) -> None:  # type: ignore[no-untyped-def]
    by_date = invoke(["next", "--today", "2025-11-24", *LONDON, "-f", "json"]).stdout
    by_time = invoke(["next", "--now", "2025-11-24T23:59:59Z", *LONDON, "-f", "json"]).stdout
    assert by_date == by_time
    assert "seconds_until_silence" not in by_time


def test_json_on_the_day_has_seconds_until_silence(invoke) -> None:  # type: ignore[no-untyped-def]
    now = ["--now", "2026-01-20T09:54:30+04:00", *LONDON, "-f", "json"]
    for command in ("next", "is-today", "summary"):
        record = json.loads(invoke([command, *now]).stdout)
        assert record["seconds_until_silence"] == 2 * 3600 + 5 * 60 + 30, command
    held = json.loads(invoke(["next", "--now", "2026-01-20T08:01:00Z", "-f", "json"]).stdout)
    assert held["seconds_until_silence"] == -60


def test_is_today_and_summary_on_the_day(invoke) -> None:  # type: ignore[no-untyped-def]
    now = ["--now", "2026-01-20T09:54:30+04:00", "--tz", "Asia/Baku"]
    assert invoke(["is-today", *now]).stdout.endswith(
        f"Minute of silence: 12:00, Baku time, in{NB}2{NB}hours 5{NB}minutes.\n"
    )
    summary = invoke(["summary", *now, "-f", "text"]).stdout
    assert f"Minute of silence:  12:00, Baku time, in{NB}2{NB}hours 5{NB}minutes\n" in summary


def test_today_only_gives_no_time_of_day(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--today", "2026-01-20", "--tz", "Asia/Baku"])
    assert result.stdout.splitlines()[1] == "Minute of silence: 12:00, Baku time."


def test_the_real_clock_knows_the_time_on_the_day(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    fake.t = datetime(2026, 1, 20, 7, 0, tzinfo=UTC)
    assert "in\u00a01\u00a0hour." in invoke(["next", *LONDON]).stdout


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-20",
        "2026-01-20T12:00",
        "2026-01-20T12:00:00",
        "noon",
        "",
        "2026-01-20T12:00:00+04:00 ",
        "２０２６-01-20T12:00Z",
        "9999-12-31T23:00:00-05:00",
    ],
)
def test_bad_now_is_one_line(invoke, value: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--now", value])
    assert result.exit_code == 2
    assert result.stderr.startswith("mourning-day: invalid time") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2026-01-20T07:59:50Z", "2026-01-20"),
        ("2026-01-19T20:30:00-05:00", "2026-01-20"),  # 01:30 on the 20th in UTC
        ("20260120T115950+0400", "2026-01-20"),  # the basic format, also ISO 8601
    ],
)
def test_now_sets_today_in_the_zone(invoke, value: str, day: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--now", value, "--tz", "Europe/London", "-f", "json"])
    assert json.loads(result.stdout)["today"] == day


def test_today_and_now_together_are_a_usage_error(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--today", "2026-01-20", "--now", "2026-01-20T10:00:00Z"])
    assert (result.exit_code, result.stderr) == (
        2,
        "mourning-day: use --today or --now, not both\n",
    )
    both_env = {"MOURNING_DAY_TODAY": "2026-01-20", "MOURNING_DAY_NOW": "2026-01-20T10:00:00Z"}
    assert invoke(["next"], env=both_env).exit_code == 2


def test_a_command_line_value_beats_the_other_from_the_environment(invoke) -> None:  # type: ignore[no-untyped-def]
    env = {"MOURNING_DAY_TODAY": "2025-11-24"}
    result = invoke(["next", "--now", "2026-01-20T10:00:00Z", "--field", "days_until"], env=env)
    assert result.stdout == "0\n"
    env = {"MOURNING_DAY_NOW": "2026-01-20T10:00:00Z"}
    result = invoke(["next", "--today", "2025-11-24", "--field", "days_until"], env=env)
    assert result.stdout == "57\n"


@pytest.mark.parametrize("command", ["next", "summary", "table", "is-today", "ics", "silence"])
def test_every_command_takes_now(invoke, command: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([command, "--now", "bad"])
    assert result.exit_code == 2 and "invalid time 'bad'" in result.stderr


def test_the_pinned_clock_runs_on(fake: FakeTime) -> None:
    pinned = clock.pinned(datetime(2026, 1, 20, 11, 59, 50, tzinfo=UTC))
    fake.sleep(70)
    assert pinned.now() == datetime(2026, 1, 20, 12, 1, tzinfo=UTC)


def test_the_real_clock_is_the_default() -> None:
    before = datetime.now(UTC)
    assert before <= clock.Clock().now() <= datetime.now(UTC)


def test_after_the_last_minute_in_range_it_says_so(invoke, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    # Not "no anniversary on or after 9999-01-20": that day is in range, its minute is past.
    result = invoke(["silence", "--now", "9999-01-20T12:30:00+04:00"])
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        "The last minute of silence in range, at 12:00 Baku time on 20 January 9999, has"
        " passed: dates run up to 9999-01-20.\n"
    )
    assert fake.slept == []

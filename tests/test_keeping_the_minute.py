"""The commands that keep the minute with no terminal open, and in several places, as a
user runs them: `init systemd`, `init cron`, `silence --notify`, repeated --tz.

Times worked out by hand: 12:00 in Baku (UTC+4) is 08:00 UTC, 11:00 in Istanbul (UTC+3),
03:00 in New York (UTC-5 in January) and 22:00 on 19 January in Honolulu (UTC-10)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mourning_day.system import clock
from tests.test_vigil import FakeTime

BEFORE = ["--today", "2025-11-24"]
TWO = ["--tz", "Europe/Istanbul", "--tz", "America/New_York"]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    time_ = FakeTime(datetime(2025, 11, 24, 10, tzinfo=UTC))
    monkeypatch.setattr(clock, "now", time_.now)
    monkeypatch.setattr(clock, "sleep", time_.sleep)
    return time_


def notify_send(folder: Path) -> Path:
    """A stand-in notify-send that adds each call's arguments to a record, one a line."""
    folder.mkdir()
    record = folder / "calls"
    program = folder / "notify-send"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" "--" >> {record}\n', encoding="utf-8")
    program.chmod(0o755)
    return record


def calls(record: Path) -> list[list[str]]:
    lines = record.read_text(encoding="utf-8").split("--\n")[:-1]
    return [chunk.splitlines() for chunk in lines]


# --- several places --------------------------------------------------------------------------


def test_the_minute_in_several_places_in_the_order_given(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, *TWO])
    assert result.stdout.splitlines()[1] == (
        "Minute of silence: 12:00 in Baku = 11:00 in Istanbul and 03:00 in New\u00a0York."
    )


def test_the_environment_lists_zones_with_commas(invoke) -> None:  # type: ignore[no-untyped-def]
    env = {"MOURNING_DAY_TZ": "Europe/Istanbul,America/New_York"}
    assert invoke(["next", *BEFORE], env=env).stdout == invoke(["next", *BEFORE, *TWO]).stdout


def test_the_field_gives_a_line_per_place(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, *TWO, "--field", "silence_at"])
    assert result.stdout == "2026-01-20T11:00:00+03:00\n2026-01-20T03:00:00-05:00\n"


def test_json_keeps_the_first_zone_and_lists_every_place(invoke) -> None:  # type: ignore[no-untyped-def]
    record = json.loads(invoke(["next", *BEFORE, *TWO, "-f", "json"]).stdout)
    assert record["silence_at"] == "2026-01-20T11:00:00+03:00"
    assert [p["at"] for p in record["silence_places"]] == [
        "2026-01-20T11:00:00+03:00",
        "2026-01-20T03:00:00-05:00",
    ]


def test_an_unknown_zone_among_several_is_named(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, "--tz", "Europe/Istanbul", "--tz", "Mars/Olympus"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mourning-day: unknown time zone 'Mars/Olympus'")


# --- silence --notify ------------------------------------------------------------------------


def test_notify_shows_the_start_and_the_end(invoke, fake: FakeTime, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record = notify_send(tmp_path / "bin")
    env = {"PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    args = ["silence", "--wait", "--notify", "--now", "2026-01-20T07:59:58Z", *TWO]
    result = invoke(args, env=env)
    assert result.exit_code == 0
    # The script's one line comes at the start; the run stays for the end's notification.
    assert result.stdout == (
        "The minute of silence has begun: 12:00 in Baku = 11:00 in Istanbul and 03:00 in"
        " New\u00a0York.\n"
    )
    assert sum(fake.slept) == pytest.approx(62)
    start, end = calls(record)
    assert start[:2] == ["--app-name=mourning-day", "The minute of silence has begun"]
    assert end[:2] == ["--app-name=mourning-day", "The minute of silence has ended"]
    assert "11:00 in Istanbul" in start[2] and "03:00 in New" in start[2]


def test_without_a_notifier_the_line_is_all(invoke, fake: FakeTime, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = {"PATH": str(tmp_path)}  # no notify-send, no osascript
    result = invoke(["silence", "--notify", "--now", "2026-01-20T07:59:58Z"], env=env)
    assert result.exit_code == 0
    assert result.stdout.startswith("The minute of silence has begun")


# --- init systemd and init cron ---------------------------------------------------------------


def test_init_systemd_writes_the_units_once(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "user"
    result = invoke(["init", "systemd", "--dir", str(folder), "--lang", "az"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == (
        "systemctl --user daemon-reload && systemctl --user enable --now mourning-day.timer"
    )
    timer = (folder / "mourning-day.timer").read_text(encoding="utf-8").splitlines()
    assert "OnCalendar=*-01-20 12:00:00 Asia/Baku" in timer
    assert "AccuracySec=1s" in timer
    service = (folder / "mourning-day.service").read_text(encoding="utf-8")
    assert "silence --notify --within 1m --lang az\n" in service
    again = invoke(["init", "systemd", "--dir", str(folder)])
    assert again.exit_code == 1
    assert (
        again.stderr
        == f"mourning-day: '{folder / 'mourning-day.timer'}' exists: add --force to replace it\n"
    )
    assert invoke(["init", "systemd", "--dir", str(folder), "--force"]).exit_code == 0
    assert "--lang" not in (folder / "mourning-day.service").read_text(encoding="utf-8")


def test_an_empty_dir_is_refused_and_nothing_lands_in_the_current_folder(  # type: ignore[no-untyped-def]
    invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # Path("") is ".": before the fix both units landed here
    result = invoke(["init", "systemd", "--dir", ""])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "mourning-day: cannot write '': its folder does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_init_cron_holds_the_minute_on_the_zones_clock(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["init", "cron", "--tz", "Pacific/Honolulu"])
    comment, line = result.stdout.splitlines()
    assert comment.startswith("# mourning-day: ") and "Pacific/Honolulu" in comment
    assert line.startswith("0 22 19 1 * ")
    assert line.endswith(" silence --notify --within 1m --tz Pacific/Honolulu")


@pytest.mark.parametrize(
    ("target", "extra"),
    # An empty --dir is given all the same (it was taken as not given, and passed).
    [("bash", ["--dir", "x"]), ("zsh", ["--dir", ""]), ("cron", ["--force"])],
)
def test_systemd_options_are_refused_elsewhere(invoke, target: str, extra: list[str]) -> None:  # type: ignore[no-untyped-def]
    option = extra[0]
    result = invoke(["init", target, *extra])
    assert result.exit_code == 2
    assert result.stderr == f"mourning-day: {option} is for init systemd only\n"


def test_a_shell_hook_checks_the_first_zone_and_shows_them_all(invoke) -> None:  # type: ignore[no-untyped-def]
    hook = invoke(["init", "bash", "--tz", "Asia/Baku", "--tz", "Europe/Moscow"]).stdout
    assert "TZ=Asia/Baku printf" in hook
    assert "command mourning-day next --tz Asia/Baku --tz Europe/Moscow" in hook

"""`silence --notify`'s notifications: the command that shows them, tried through stand-ins
on PATH that record their arguments, and the words, in each language."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe
from mourning_day.core.vigil import Look, Notice, Phase, bells, notices
from mourning_day.core.zones import LOCAL, Zone
from mourning_day.i18n.messages import Messages
from mourning_day.render.notification import notification
from mourning_day.system.notify import applescript_string, notify, with_session_bus

NB = "\u00a0"


def stand_in(folder: Path, name: str, *, status: int = 0) -> Path:
    """A program `name` in `folder` that writes each argument on a line of its own, and
    the one environment variable notify-send needs to find the desktop."""
    folder.mkdir(exist_ok=True)
    program = folder / name
    record = folder / f"{name}.args"
    program.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > {record}\n'
        f'printf "%s" "${{DBUS_SESSION_BUS_ADDRESS-unset}}" > {record}.bus\n'
        f"exit {status}\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    return record


def test_notify_send_gets_the_title_and_body(tmp_path: Path) -> None:
    record = stand_in(tmp_path / "bin", "notify-send")
    title, body = "The minute of silence has begun", 'It says "12:00" \\ and $HOME; `x`'
    env = {"PATH": str(tmp_path / "bin"), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}
    assert notify(title, body, environ=env, platform="linux") is True
    assert record.read_text(encoding="utf-8").splitlines() == [
        "--app-name=mourning-day",
        title,
        body,
    ]
    assert Path(f"{record}.bus").read_text(encoding="utf-8") == "unix:path=/x"


def test_a_failing_notifier_is_reported_as_not_shown(tmp_path: Path) -> None:
    stand_in(tmp_path / "bin", "notify-send", status=1)  # no bus, no desktop
    assert notify("t", "b", environ={"PATH": str(tmp_path / "bin")}, platform="linux") is False


def test_with_no_notifier_the_caller_prints_its_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    env = {"PATH": str(tmp_path / "empty")}
    assert notify("t", "b", environ=env, platform="linux") is False
    # osascript is macOS's: found elsewhere it is not used.
    stand_in(tmp_path / "empty", "osascript")
    assert notify("t", "b", environ=env, platform="linux") is False


def test_osascript_on_macos(tmp_path: Path) -> None:
    record = stand_in(tmp_path / "bin", "osascript")
    env = {"PATH": str(tmp_path / "bin")}
    title, body = "Минута молчания началась", 'Say "12:00" \\ here'
    assert notify(title, body, environ=env, platform="darwin") is True
    assert record.read_text(encoding="utf-8").splitlines() == [
        "-e",
        'display notification "Say \\"12:00\\" \\\\ here" with title "Минута молчания началась"',
    ]


def test_notify_send_wins_where_both_are_found(tmp_path: Path) -> None:
    record = stand_in(tmp_path / "bin", "notify-send")
    stand_in(tmp_path / "bin", "osascript")
    assert notify("t", "b", environ={"PATH": str(tmp_path / "bin")}, platform="darwin")
    assert record.exists()
    assert not (tmp_path / "bin" / "osascript.args").exists()


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        # AppleScript Language Guide, "text": a string literal is in double quotes, and
        # `\"` and `\\` stand for a double quote and a backslash inside it.
        ("12:00", '"12:00"'),
        ('a "b"', '"a \\"b\\""'),
        ("back\\slash", '"back\\\\slash"'),
        ('\\"', '"\\\\\\""'),
        ("two\nlines", '"two lines"'),
        ("Bakı vaxtı ilə 12:00", '"Bakı vaxtı ilə 12:00"'),
    ],
)
def test_applescript_strings(text: str, literal: str) -> None:
    assert applescript_string(text) == literal


def test_a_job_cron_starts_finds_the_session_bus(tmp_path: Path) -> None:
    """cron gives its jobs neither DBUS_SESSION_BUS_ADDRESS nor XDG_RUNTIME_DIR; the
    user's bus is at /run/user/UID/bus (here under a stand-in root)."""
    bus = tmp_path / "run" / str(os.getuid()) / "bus"
    bus.parent.mkdir(parents=True)
    bus.write_text("", encoding="utf-8")
    root = str(tmp_path / "run")
    found = with_session_bus({"PATH": "/bin"}, root)
    assert found["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={bus}"
    # What the session gives wins; with nothing at the path, nothing is invented.
    assert with_session_bus({"DBUS_SESSION_BUS_ADDRESS": "x"}, root) == {
        "DBUS_SESSION_BUS_ADDRESS": "x"
    }
    assert with_session_bus({"XDG_RUNTIME_DIR": "/r"}, root) == {"XDG_RUNTIME_DIR": "/r"}
    assert with_session_bus({}, str(tmp_path / "none")) == {}
    # And notify-send is given it.
    record = stand_in(tmp_path / "bin", "notify-send")
    env = {"PATH": str(tmp_path / "bin")}
    assert notify("t", "b", environ=env, platform="linux", runtime_root=root)
    assert Path(f"{record}.bus").read_text(encoding="utf-8") == f"unix:path={bus}"


# When: the first look during the minute, and the end of a minute seen under way.


def looks(*phases: Phase) -> list[Look]:
    return [Look(phase, timedelta(0), 0.0) for phase in phases]


@pytest.mark.parametrize(
    ("phases", "expected"),
    [
        # A process waiting from before the minute: both notices.
        (("before", "before", "during", "during", "ended"), [None, None, "start", None, "end"]),
        # Started by a timer a moment after 12:00: the start is still announced.
        (("during", "ended"), ["start", "end"]),
        # Asleep through it: nothing, only the "missed" line.
        (("before", "missed"), [None, None]),
        # Started after the end, waiting for it (--until end): no start seen, no end.
        (("ended",), [None]),
    ],
)
def test_notices(phases: tuple[Phase, ...], expected: list[Notice | None]) -> None:
    seen = list(notices(bells(looks(*phases))))
    assert [notice for _, _, notice in seen] == expected
    # The looks and the bell pass through as bells() gives them.
    assert [(look, rings) for look, rings, _ in seen] == list(bells(looks(*phases)))


# The words.

ANN = anniversary(2027, date(2026, 12, 3))


@pytest.mark.parametrize(
    ("lang", "zone", "notice", "title", "body"),
    [
        # Istanbul is UTC+03:00, an hour behind Baku.
        (
            "en",
            "Europe/Istanbul",
            "start",
            "The minute of silence has begun",
            f"37th anniversary of the 20{NB}January tragedy: 12:00 in Baku = 11:00 in Istanbul.",
        ),
        (
            "en",
            "Europe/Istanbul",
            "end",
            "The minute of silence has ended",
            f"37th anniversary of the 20{NB}January tragedy: 12:01 in Baku = 11:01 in Istanbul.",
        ),
        (
            "en",
            "Asia/Baku",
            "start",
            "The minute of silence has begun",
            f"37th anniversary of the 20{NB}January tragedy: 12:00, Baku time.",
        ),
        (
            "az",
            "Europe/Istanbul",
            "start",
            "Bir dəqiqəlik sükut başladı",
            f"20{NB}Yanvar faciəsinin 37-ci ildönümü: Bakı vaxtı ilə 12:00 = İstanbul vaxtı"
            " ilə 11:00.",
        ),
        (
            "ru",
            "Europe/Istanbul",
            "end",
            "Минута молчания завершилась",
            f"37-я годовщина трагедии 20{NB}Января: 12:01 по бакинскому времени"
            f" (Стамбул{NB}— 11:01).",
        ),
        # Honolulu (UTC-10:00) keeps it on the evening before.
        (
            "en",
            "Pacific/Honolulu",
            "start",
            "The minute of silence has begun",
            f"37th anniversary of the 20{NB}January tragedy: 12:00 in Baku = 22:00 on"
            f" 19{NB}January in Honolulu.",
        ),
    ],
)
def test_the_words(lang: str, zone: str, notice: Notice, title: str, body: str) -> None:
    obs = observe(ANN, Zone(zone))
    assert notification(obs, notice, Messages(lang)) == (title, body)


def test_a_notification_names_every_place() -> None:
    zones = (Zone("Europe/Istanbul"), Zone("America/New_York"))
    obs = observe(ANN, Zone("Europe/Berlin"), None, zones)
    _, body = notification(obs, "start", Messages("en"))
    # Berlin UTC+01:00, Istanbul UTC+03:00, New York UTC-05:00.
    assert body.endswith(
        ": 12:00 in Baku = 09:00 in Berlin, 11:00 in Istanbul and 03:00 in New\u00a0York."
    )


def test_the_local_zone_by_its_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC-2")  # POSIX: two hours east of Greenwich
    time.tzset()
    try:
        _, body = notification(observe(ANN, LOCAL), "start", Messages("en"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert body.endswith("12:00 in Baku = 10:00 in your time zone (UTC+02:00).")

"""`init cron`: the crontab line holds 12:00 Baku time on 20 January as the wall-clock time
of the zone cron runs in. The table is worked out by hand from each zone's offset in
January (Baku is UTC+04:00, so the minute is 08:00 UTC); GNU date, reading the system's
tz database, checks each row independently."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mourning_day.core.schedule import wall_clock
from mourning_day.core.zones import LOCAL, Zone
from mourning_day.i18n.messages import Messages
from mourning_day.render.crontab import CronCommandError, command, cron_entry
from mourning_day.system import clock

PROGRAM = ["/usr/local/bin/mourning-day"]
# zone, year, the four fields (minute hour day month), by hand.
LINES = [
    ("Asia/Baku", 2027, "0 12 20 1"),
    ("Europe/Istanbul", 2027, "0 11 20 1"),  # UTC+03:00
    ("America/New_York", 2027, "0 3 20 1"),  # EST, UTC-05:00
    ("Pacific/Honolulu", 2027, "0 22 19 1"),  # UTC-10:00: the day before
    ("Pacific/Pago_Pago", 2027, "0 21 19 1"),  # UTC-11:00: the day before
    ("Pacific/Kiritimati", 2027, "0 22 20 1"),  # UTC+14:00: still the same day
    ("Asia/Kolkata", 2027, "30 13 20 1"),  # UTC+05:30
    ("Asia/Tehran", 2027, "30 11 20 1"),  # UTC+03:30
    ("America/St_Johns", 2027, "30 4 20 1"),  # NST, UTC-03:30
    ("Australia/Adelaide", 2027, "30 18 20 1"),  # southern summer: ACDT, UTC+10:30
    ("Australia/Lord_Howe", 2027, "0 19 20 1"),  # southern summer: UTC+11:00
    ("Asia/Kathmandu", 2027, "45 13 20 1"),  # UTC+05:45
    ("Pacific/Chatham", 2027, "45 21 20 1"),  # southern summer: CHADT, UTC+13:45
    ("Australia/Eucla", 2027, "45 16 20 1"),  # UTC+08:45
    ("Etc/UTC", 2027, "0 8 20 1"),
    # A zone's rules for the year: Sao Paulo kept summer time in January until 2019.
    ("America/Sao_Paulo", 2019, "0 6 20 1"),  # BRST, UTC-02:00
    ("America/Sao_Paulo", 2027, "0 5 20 1"),  # UTC-03:00
]
GNU_DATE = shutil.which("date")


@pytest.mark.parametrize(("zone", "year", "fields"), LINES)
def test_the_line_holds_the_minute_on_the_zones_clock(zone: str, year: int, fields: str) -> None:
    entry = cron_entry(wall_clock(year, Zone(zone)), PROGRAM, [zone], None, Messages("en"))
    comment, line, end = entry.split("\n")
    assert (comment[:2], end) == ("# ", "")
    assert line == (
        f"{fields} * /usr/local/bin/mourning-day silence --notify --within 1m --tz {zone}"
    )


@pytest.mark.parametrize(("zone", "year", "fields"), LINES)
def test_gnu_date_agrees(zone: str, year: int, fields: str) -> None:
    assert GNU_DATE is not None
    shown = subprocess.run(
        [GNU_DATE, "-d", f"{year}-01-20 08:00 UTC", "+%-M %-H %-d %-m"],
        capture_output=True,
        text=True,
        env={"TZ": zone, "PATH": "/usr/bin:/bin"},
        check=True,
    ).stdout.strip()
    assert shown == fields
    assert " ".join(map(str, wall_clock(year, Zone(zone)).fields)) == fields


@pytest.mark.parametrize(
    ("lang", "comment"),
    [
        (
            "en",
            "# mourning-day: the minute of silence (20 January, 12:00 Baku time) by the clock"
            " of Pacific/Honolulu: 22:00 on 19 January (UTC-10:00, by its rules for 2027);"
            " run mourning-day init cron again when that zone's rules change.",
        ),
        (
            "az",
            "# mourning-day: bir dəqiqəlik sükut (20 yanvar, Bakı vaxtı ilə 12:00)"
            " Pacific/Honolulu vaxtı ilə: 19 yanvar, 22:00 (UTC-10:00, 2027-ci ilin"
            " qaydalarına görə); bu qurşağın qaydaları dəyişəndə mourning-day init cron"
            " əmrini yenidən icra edin.",
        ),
        (
            "ru",
            "# mourning-day: минута молчания (20 января, 12:00 по бакинскому времени) по"
            " времени Pacific/Honolulu: 19 января в 22:00 (UTC-10:00, по правилам 2027 года);"
            " когда правила этого пояса изменятся, снова выполните mourning-day init cron.",
        ),
    ],
)
def test_the_comment_names_the_zone_and_says_when_to_make_the_line_again(
    lang: str, comment: str
) -> None:
    when = wall_clock(2027, Zone("Pacific/Honolulu"))
    entry = cron_entry(when, PROGRAM, [], lang, Messages(lang))
    # Plain spaces: a crontab is no place for no-break ones.
    assert entry.splitlines()[0] == comment
    assert entry.splitlines()[1].endswith("silence --notify --within 1m --lang " + lang)


def test_the_systems_zone_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Zone(None) is the zone the process (and so cron, on the same system) runs in."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        entry = cron_entry(wall_clock(2027, LOCAL), PROGRAM, [], None, Messages("en"))
    finally:
        monkeypatch.undo()
        time.tzset()
    comment, line = entry.splitlines()
    assert "by the clock of this system's time zone: 13:30 (UTC+05:30," in comment
    assert line == "30 13 20 1 * /usr/local/bin/mourning-day silence --notify --within 1m"


def test_several_zones_go_to_the_job_in_order() -> None:
    when = wall_clock(2027, Zone("Europe/Berlin"))
    line = cron_entry(when, PROGRAM, ["Europe/Berlin", "Asia/Tbilisi"], None, Messages("en"))
    assert line.splitlines()[1] == (
        "0 9 20 1 * /usr/local/bin/mourning-day silence --notify --within 1m"
        " --tz Europe/Berlin --tz Asia/Tbilisi"
    )


def as_cron_runs_it(line: str) -> tuple[str, str]:
    """crontab(5): "Percent-signs (%) in the command, unless escaped with backslash (\\),
    will be changed into newline characters, and all data after the first % will be sent
    to the command as standard input"; the backslash of "\\%" is dropped. Then /bin/sh
    runs the command."""
    out, stdin, escaped = [], None, False
    for i, ch in enumerate(line):
        if escaped:
            out.append(ch if ch == "%" else "\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "%":
            stdin = line[i + 1 :]
            break
        else:
            out.append(ch)
    return "".join(out), (stdin or "")


@pytest.mark.parametrize(
    "folder", ["bin", "my tools", "100% sure", "o'brien", "$HOME", "a;b", "`x`", "Mən"]
)
def test_the_command_reaches_the_program_as_given(tmp_path: Path, folder: str) -> None:
    program = tmp_path / folder / "mourning-day"
    program.parent.mkdir()
    record = tmp_path / "args"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {record}\n', encoding="utf-8")
    program.chmod(0o755)
    words = [str(program), "silence", "--tz", "Asia/Baku", "50%"]
    shell_command, stdin = as_cron_runs_it(command(words))
    assert stdin == ""
    subprocess.run(["/bin/sh", "-c", shell_command], check=True, env={"PATH": "/usr/bin:/bin"})
    assert record.read_text(encoding="utf-8").splitlines() == words[1:]


@pytest.mark.parametrize("word", ["/a\nb/mourning-day", "/a\\%b/mourning-day"])
def test_what_a_crontab_line_cannot_hold_is_refused(word: str) -> None:
    with pytest.raises(CronCommandError) as raised:
        command([word])
    assert raised.value.path == word


def test_crons_zone_is_the_systems_not_the_shells(monkeypatch: pytest.MonkeyPatch) -> None:
    """cron runs in the zone /etc/localtime gives the system; a TZ in the reader's shell
    does not reach it, so the default line ignores TZ (--tz says otherwise)."""
    monkeypatch.setattr(clock, "_localtime_target", lambda: "/usr/share/zoneinfo/Asia/Kolkata")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert clock.daemon_zone() == Zone("Asia/Kolkata")
    assert clock.reader_zones((), {"TZ": "Asia/Tokyo"}) == (Zone("Asia/Tokyo"),)
    monkeypatch.setattr(clock, "_localtime_target", lambda: None)  # a copy, not a link
    assert clock.daemon_zone() == LOCAL

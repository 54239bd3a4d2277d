"""The systemd user units of `init systemd`, checked by systemd's own tools: the timer's
calendar by `systemd-analyze calendar`, both files by `systemd-analyze verify`, which also
checks that ExecStart='s program exists (so a wrongly quoted path fails it).

systemd-analyze is in Debian's `systemd` package, which .ci/run installs: under CI
(CI=true) its absence fails these tests; elsewhere they are skipped with the reason."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mourning_day.i18n.messages import Messages
from mourning_day.render import systemd_units
from mourning_day.render.systemd_units import UnitCommandError, argument, exec_start, units
from mourning_day.system.output_file import OutputExistsError, OutputFolderError
from mourning_day.system.unit_files import user_unit_folder, write_files

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def systemd_analyze() -> str:
    if SYSTEMD_ANALYZE is None:
        if os.environ.get("CI") == "true":
            pytest.fail("systemd-analyze is needed for these tests: apt-get install systemd")
        pytest.skip("systemd-analyze is not installed here (apt-get install systemd)")
    return SYSTEMD_ANALYZE


def verify(tmp_path: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    """`systemd-analyze --user verify`, as for a user's own units. The user manager it
    sets up wants a runtime folder, which a test (or root, in a container) may lack."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "SYSTEMD_LOG_COLOR": "0"}
    return subprocess.run(
        [systemd_analyze(), "--user", "verify", *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def stand_in(folder: Path) -> Path:
    """An executable file for ExecStart= to name (verify checks that it exists)."""
    folder.mkdir(parents=True)
    program = folder / "mourning-day"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def directive(text: str, name: str) -> str:
    (value,) = re.findall(rf"(?m)^{name}=(.*)$", text)
    return value


EN = Messages("en")


def test_the_timer_fires_at_noon_in_baku_to_the_second() -> None:
    timer = units(["/usr/bin/mourning-day"], [], None, EN)["mourning-day.timer"]
    assert directive(timer, "OnCalendar") == "*-01-20 12:00:00 Asia/Baku"
    # systemd's default AccuracySec= is 1min (systemd.timer(5)): it could start the job
    # after the minute had begun, or ended.
    assert directive(timer, "AccuracySec") == "1s"
    # A minute kept hours late is no minute: no catching up after the computer was off.
    assert directive(timer, "Persistent") == "false"
    assert directive(timer, "Unit") == "mourning-day.service"
    assert directive(timer, "WantedBy") == "timers.target"


@pytest.mark.parametrize(
    ("base", "next_elapse"),
    [
        # Baku is UTC+04:00 (no DST since 2016): 12:00 there is 08:00 UTC.
        ("2026-12-03 00:00:00 UTC", "Wed 2027-01-20 08:00:00 UTC"),
        ("2027-01-20 07:59:59 UTC", "Wed 2027-01-20 08:00:00 UTC"),
        ("2027-01-20 08:00:00 UTC", "Thu 2028-01-20 08:00:00 UTC"),
    ],
)
def test_systemd_reads_the_calendar_as_08_00_utc_on_20_january(base: str, next_elapse: str) -> None:
    timer = units(["/usr/bin/mourning-day"], [], None, EN)["mourning-day.timer"]
    result = subprocess.run(
        [
            systemd_analyze(),
            "calendar",
            f"--base-time={base}",
            directive(timer, "OnCalendar"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},
        check=True,
    )
    assert re.search(r"(?m)^\s*Next elapse: (.*)$", result.stdout)[1] == next_elapse  # type: ignore[index]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize(
    "folder",
    ["bin", "my tools/bin", "100% sure/bin", "$HOME/bin", "semi;colon/bin", "Mən/bin"],
)
def test_systemd_accepts_both_units_and_finds_the_program(
    tmp_path: Path, folder: str, lang: str
) -> None:
    program = stand_in(tmp_path / folder)
    files = units([str(program)], ["Asia/Baku", "Europe/Berlin"], lang, Messages(lang))
    paths = write_files(tmp_path / "units", files, force=False)
    result = verify(tmp_path, *map(Path, paths))
    # Any warning (an unknown escape, unbalanced quotes, a specifier) is a fault too.
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")


def test_verify_does_check_the_program(tmp_path: Path) -> None:
    """The test above means something: a path that does not reach the program fails."""
    program = stand_in(tmp_path / "100% sure")
    files = units([str(program).replace("%", "%%")], [], None, EN)  # escaped twice: wrong
    paths = write_files(tmp_path / "units", files, force=False)
    result = verify(tmp_path, *map(Path, paths))
    assert result.returncode != 0
    assert "is not executable" in result.stderr


def test_the_service_runs_silence_notify_by_absolute_path() -> None:
    service = units(["/usr/bin/mourning-day"], ["Europe/Istanbul", "Europe/Moscow"], "az", EN)[
        "mourning-day.service"
    ]
    assert directive(service, "Type") == "oneshot"
    assert directive(service, "ExecStart") == (
        "/usr/bin/mourning-day silence --notify --within 1m"
        " --tz Europe/Istanbul --tz Europe/Moscow --lang az"
    )
    bare = units(["/usr/bin/python3", "-m", "mourning_day"], [], None, EN)
    assert directive(bare["mourning-day.service"], "ExecStart") == (
        "/usr/bin/python3 -m mourning_day silence --notify --within 1m"
    )


@pytest.mark.parametrize(
    ("word", "written"),
    [
        # systemd.syntax(7), "Quoting", and systemd.service(5), "Command lines": checked
        # by hand. A plain word stays as it is; "%" is doubled everywhere (specifiers).
        ("Asia/Baku", "Asia/Baku"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("100%", "100%%"),
        # Quoted: whitespace, quotes; "$" doubled (variables), "\" and '"' escaped.
        ("a b", '"a b"'),
        ("$HOME", '"$$HOME"'),
        ("${X}y", '"$${X}y"'),
        ('say "x"', '"say \\"x\\""'),
        ("back\\slash", '"back\\\\slash"'),
        ("it's", '"it\'s"'),
        # A lone ";" separates command lines only unquoted.
        (";", '";"'),
        ("", '""'),
        ("line\nbreak", '"line\\x0abreak"'),
        ("Bakı", '"Bakı"'),
    ],
)
def test_arguments_are_quoted_for_systemd(word: str, written: str) -> None:
    assert argument(word) == written


def test_hostile_arguments_pass_verify_without_a_warning(tmp_path: Path) -> None:
    """The same quoting, as systemd parses it: no warning about escapes or quotes."""
    program = stand_in(tmp_path / "bin")
    words = ["a b", "$HOME", "${X}y", 'say "x"', "back\\slash", "it's", ";", "", "100%"]
    service = tmp_path / "units" / "t.service"
    service.parent.mkdir()
    service.write_text(
        f"[Service]\nType=oneshot\nExecStart={exec_start([str(program), *words])}\n",
        encoding="utf-8",
    )
    result = verify(tmp_path, service)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize("folder", ["o'brien", 'say "x"', "back\\slash", "tab\there"])
def test_a_path_systemd_refuses_is_refused_here(tmp_path: Path, folder: str) -> None:
    """systemd will not run a program whose path holds a quote, a backslash or a control
    character, however it is quoted ("Executable name contains special characters"): the
    error comes now, with the path, instead of at noon on 20 January."""
    program = stand_in(tmp_path / folder)
    with pytest.raises(UnitCommandError) as raised:
        units([str(program)], [], None, EN)
    assert (raised.value.path, raised.value.problem) == (str(program), "special")
    # And systemd does refuse it, written the most careful way (double quotes, escapes).
    quoted = '"' + str(program).replace("\\", "\\\\").replace('"', '\\"') + '"'
    quoted = quoted.replace("\t", "\\t")
    service = tmp_path / "t.service"
    service.write_text(f"[Service]\nType=oneshot\nExecStart={quoted}\n", encoding="utf-8")
    result = verify(tmp_path, service)
    assert result.returncode != 0
    assert "special characters" in result.stderr or "Unbalanced" in result.stderr


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(UnitCommandError) as raised:
        units(["mourning-day"], [], None, EN)
    assert raised.value.problem == "relative"


def test_the_description_is_in_the_readers_language() -> None:
    service = units(["/usr/bin/mourning-day"], [], "ru", Messages("ru"))["mourning-day.service"]
    assert directive(service, "Description").startswith("Минута молчания")


def test_the_enable_command() -> None:
    assert systemd_units.ENABLE == (
        "systemctl --user daemon-reload && systemctl --user enable --now mourning-day.timer"
    )


# Writing them.


def test_the_folder_is_made_and_both_files_written(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    files = units(["/usr/bin/mourning-day"], [], None, EN)
    paths = write_files(folder, files, force=False)
    assert paths == [str(folder / "mourning-day.timer"), str(folder / "mourning-day.service")]
    for name, text in files.items():
        assert (folder / name).read_text(encoding="utf-8") == text


def test_an_existing_unit_is_kept_without_force_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "mourning-day.service").write_text("mine\n", encoding="utf-8")
    files = units(["/usr/bin/mourning-day"], [], None, EN)
    with pytest.raises(OutputExistsError) as raised:
        write_files(tmp_path, files, force=False)
    assert raised.value.path == str(tmp_path / "mourning-day.service")
    assert (tmp_path / "mourning-day.service").read_text(encoding="utf-8") == "mine\n"
    # The timer, which came first and was free, was not written either: no half set.
    assert not (tmp_path / "mourning-day.timer").exists()
    write_files(tmp_path, files, force=True)
    assert (tmp_path / "mourning-day.service").read_text(encoding="utf-8") != "mine\n"
    assert (tmp_path / "mourning-day.timer").exists()


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "user").write_text("", encoding="utf-8")
    with pytest.raises(OutputFolderError) as raised:
        write_files(tmp_path / "user", {"mourning-day.timer": ""}, force=False)
    assert raised.value.kind == "missing"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        # systemd.unit(5), "Unit File Load Path": $XDG_CONFIG_HOME/systemd/user, where
        # XDG_CONFIG_HOME defaults to ~/.config (XDG Base Directory Specification, which
        # also says a relative value is to be ignored).
        ({"HOME": "/home/a"}, "/home/a/.config/systemd/user"),
        ({"HOME": "/home/a", "XDG_CONFIG_HOME": "/cfg"}, "/cfg/systemd/user"),
        ({"HOME": "/home/a", "XDG_CONFIG_HOME": "rel"}, "/home/a/.config/systemd/user"),
    ],
)
def test_the_user_unit_folder(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], expected: str
) -> None:
    monkeypatch.setenv("HOME", environ["HOME"])
    assert str(user_unit_folder(environ)) == expected

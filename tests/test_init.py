"""`mourning-day init SHELL`: the snippet, run in the real shells with the clock moved by
libfaketime. On 20 January the day's line appears; on any other day nothing is printed and
mourning-day is not started (a stand-in on PATH records every start).

bash is always tested. Moving the clock needs faketime, zsh and fish (`apt-get install
faketime zsh fish`), which .ci/run installs: under CI (CI=true) a missing one fails the
run; on a developer's machine without them these tests are reported as skipped, with the
reason, so that the README's test command works where only python3 is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NB = "\u00a0"
FAKETIME = shutil.which("faketime")
PROGRAM_DIR = Path(sys.executable).parent  # the venv's bin, where mourning-day is installed
ON_THE_DAY = f"Tuesday, 20{NB}January{NB}2026: today is the 36th anniversary"


def missing(tool: str) -> None:
    """CI must run every case; elsewhere a missing tool is a visible skip, not a failure."""
    if tool == "bash" or os.environ.get("CI") == "true":
        pytest.fail(f"{tool} is needed for these tests: apt-get install {tool}")
    pytest.skip(f"{tool} is not installed here (apt-get install {tool})")


def shell_or_skip(shell: str) -> str:
    path = shutil.which(shell)
    if path is None:
        missing(shell)
    assert path is not None
    return path


@pytest.fixture(params=["bash", "zsh", "fish"])
def shell(request: pytest.FixtureRequest) -> str:
    shell_or_skip(request.param)
    if FAKETIME is None:
        missing("faketime")
    return str(request.param)


@pytest.fixture
def stand_in(tmp_path: Path) -> Path:
    """A `mourning-day` that only records that it was started, first on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "mourning-day"
    program.write_text(f'#!/bin/sh\necho "$*" >> {tmp_path / "started"}\n', encoding="utf-8")
    program.chmod(0o755)
    return bin_dir


def snippet(invoke, shell: str, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = invoke(["init", shell, *args])
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def start_shell(
    shell: str, hook: str, when: str, path: Path, tmp_path: Path, *, interactive: bool = True
) -> subprocess.CompletedProcess[str]:
    """Start `shell` as a new interactive shell would be, with `hook` in its start-up file,
    at the time `when` (UTC), and return what it printed."""
    rc = tmp_path / "rc"
    rc.write_text(hook, encoding="utf-8")
    mode = ["-i"] if interactive else []
    command = {
        "bash": ["bash", "--noprofile", "--rcfile", str(rc), *mode, "-c", "true"],
        "zsh": ["zsh", "-d", *mode, "-c", "true"],  # -d: no /etc/zsh files; .zshrc below
        "fish": ["fish", "--no-config", *mode, "-C", f"source {rc}", "-c", "true"],
    }[shell]
    if shell == "bash" and not interactive:
        command = ["bash", "-c", f"source {rc}"]
    if shell == "zsh":
        (tmp_path / ".zshrc").write_text(hook if interactive else "", encoding="utf-8")
        if not interactive:
            command = ["zsh", "-d", "-c", f"source {rc}"]
    env = {
        "PATH": f"{path}:/usr/bin:/bin",
        "TZ": "UTC",
        "HOME": str(tmp_path),
        "ZDOTDIR": str(tmp_path),
        "LANG": "C.UTF-8",
        "COLUMNS": "200",
    }
    assert FAKETIME is not None
    return subprocess.run(
        [FAKETIME, when, *command],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def started(tmp_path: Path) -> list[str]:
    log = tmp_path / "started"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


# --- in the real shells ---------------------------------------------------------------------


def test_on_20_january_the_line_appears(invoke, shell: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hook = snippet(invoke, shell, "--tz", "Europe/London")
    run = start_shell(shell, hook, "2026-01-20 10:00:00", PROGRAM_DIR, tmp_path)
    assert run.stdout.splitlines() == [
        f"{ON_THE_DAY} of the 20{NB}January tragedy.",
        "Minute of silence: 12:00 in Baku = 08:00 in London, held 2\u00a0hours ago.",
    ]


@pytest.mark.parametrize(
    "when", ["2026-03-05 10:00:00", "2026-01-19 12:00:00", "2026-01-21 00:00:00"]
)
def test_on_any_other_day_nothing_is_printed_nor_started(  # type: ignore[no-untyped-def]
    invoke, shell: str, stand_in: Path, tmp_path: Path, when: str
) -> None:
    run = start_shell(shell, snippet(invoke, shell), when, stand_in, tmp_path)
    assert (run.stdout, started(tmp_path)) == ("", [])


def test_the_stand_in_would_notice_a_start(
    invoke, shell: str, stand_in: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Without this, the test above could pass with a hook that never runs anything."""
    hook = snippet(invoke, shell, "--lang", "az")
    start_shell(shell, hook, "2026-01-20 23:59:00", stand_in, tmp_path)
    assert started(tmp_path) == ["next --lang az"]


def test_the_date_is_checked_in_the_chosen_zone(
    invoke, shell: str, stand_in: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """21:30 UTC on 19 January is 01:30 on the 20th in Baku (UTC+4)."""
    start_shell(shell, snippet(invoke, shell), "2026-01-19 21:30:00", stand_in, tmp_path)
    assert started(tmp_path) == []  # in the shell's own zone, UTC, still the 19th
    hook = snippet(invoke, shell, "--tz", "Asia/Baku")
    start_shell(shell, hook, "2026-01-19 21:30:00", stand_in, tmp_path)
    assert started(tmp_path) == ["next --tz Asia/Baku"]


def test_the_zone_stays_with_the_check(invoke, shell: str, stand_in: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """TZ is given to the date check only: the shell's own zone is unchanged afterwards."""
    hook = snippet(invoke, shell, "--tz", "Asia/Baku") + "\necho TZ=$TZ\n"
    run = start_shell(shell, hook, "2026-03-05 10:00:00", stand_in, tmp_path)
    assert run.stdout == "TZ=UTC\n"


def test_a_script_s_shell_is_left_alone(invoke, shell: str, stand_in: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hook = snippet(invoke, shell)
    start_shell(shell, hook, "2026-01-20 10:00:00", stand_in, tmp_path, interactive=False)
    assert started(tmp_path) == []


@pytest.mark.parametrize("name", ["bash", "zsh", "fish"])
def test_the_snippet_parses(invoke, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shell_or_skip(name)
    hook = tmp_path / "hook"
    hook.write_text(snippet(invoke, name, "--tz", "America/St_Johns"), encoding="utf-8")
    check = subprocess.run([name, "-n", str(hook)], capture_output=True, text=True, check=False)
    assert (check.returncode, check.stderr) == (0, "")


# --- the snippet as text ----------------------------------------------------------------------


def test_bash_reads_the_date_with_a_builtin(invoke) -> None:  # type: ignore[no-untyped-def]
    hook = snippet(invoke, "bash", "--tz", "Asia/Baku", "--lang", "ru_RU.UTF-8")
    # printf's %(...)T is bash's own strftime (bash >= 4.2): no date(1), no fork.
    assert "  TZ=Asia/Baku printf -v __mourning_day_date '%(%m%d)T' -1\n" in hook
    assert "  if [[ $__mourning_day_date == 0120 ]]; then\n" in hook
    assert "    command mourning-day next --tz Asia/Baku --lang ru\n" in hook


def test_without_options_the_program_chooses_when_it_runs(invoke) -> None:  # type: ignore[no-untyped-def]
    hook = snippet(invoke, "zsh")
    assert "TZ" not in hook and "--lang" not in hook
    assert "      command mourning-day next\n" in hook


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["tcsh"],
            "mourning-day: unknown shell or scheduler 'tcsh':"
            " use one of bash, zsh, fish, systemd, cron\n",
        ),
        (
            ["bash", "--tz", "Baku"],
            "mourning-day: unknown time zone 'Baku'; did you mean Asia/Baku?\n",
        ),
    ],
)
def test_mistakes_are_one_line(invoke, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["init", *args])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_the_shell_name_is_taken_in_any_case(invoke) -> None:  # type: ignore[no-untyped-def]
    assert snippet(invoke, "FISH") == snippet(invoke, "fish")

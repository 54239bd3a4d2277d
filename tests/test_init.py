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
    assert (
        "  if ! TZ=Asia/Baku printf -v __mourning_day_date '%(%m%d)T' -1 2>/dev/null; then\n"
        in hook
    )
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


# --- old shells (issue 19) ------------------------------------------------------------------

# What bash before 4.2 does with printf's %(...)T (bash 3.2.57 on macOS, and 4.0/4.1): an
# error on stderr and status 1. A function named printf takes the builtin's place (bash
# looks functions up first), so that path runs here, on a new bash.
OLD_BASH_PRINTF = """printf() {
  if [[ $1 == -v && $3 == *'%('* ]]; then
    echo "bash: printf: \\`(': invalid format character" >&2
    return 1
  fi
  builtin printf "$@"
}
"""


@pytest.fixture
def counted_date(stand_in: Path, tmp_path: Path) -> Path:
    """A date(1) that records each start, then runs the real one (under faketime)."""
    real = shutil.which("date")
    program = stand_in / "date"
    program.write_text(f'#!/bin/sh\necho "$*" >> {tmp_path / "dates"}\nexec {real} "$@"\n')
    program.chmod(0o755)
    return stand_in


def hook_errors(stderr: str) -> list[str]:
    """stderr less what bash itself says when started with -i but no terminal."""
    job_control = ("bash: cannot set terminal process group", "bash: no job control")
    return [line for line in stderr.splitlines() if not line.startswith(job_control)]


def dates(tmp_path: Path) -> int:
    """How many times the hook asked date(1) for the day (faketime itself runs
    `date -d WHEN +%s` to read its argument: not counted)."""
    log = tmp_path / "dates"
    return log.read_text().splitlines().count("+%m%d") if log.exists() else 0


@pytest.mark.parametrize(
    ("when", "zone", "expected"),
    [
        ("2026-01-20 10:00:00", None, ["next"]),
        ("2026-03-05 10:00:00", None, []),
        ("2026-01-19 21:30:00", "Asia/Baku", ["next --tz Asia/Baku"]),  # 01:30 on the 20th there
        ("2026-01-20 21:30:00", "Asia/Baku", []),  # the 21st in Baku
    ],
)
def test_bash_without_printf_dates_falls_back_on_date_once(  # type: ignore[no-untyped-def]
    invoke, counted_date: Path, tmp_path: Path, when: str, zone: str | None, expected: list[str]
) -> None:
    """Before: every new shell printed printf's error and the date never matched."""
    if FAKETIME is None:
        missing("faketime")
    hook = snippet(invoke, "bash", *(["--tz", zone] if zone else []))
    run = start_shell("bash", OLD_BASH_PRINTF + hook, when, counted_date, tmp_path)
    assert hook_errors(run.stderr) == []
    assert started(tmp_path) == expected
    assert dates(tmp_path) == 1  # one process, on old bash only


def test_new_bash_starts_no_date(invoke, counted_date: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if FAKETIME is None:
        missing("faketime")
    run = start_shell(
        "bash", snippet(invoke, "bash"), "2026-01-20 10:00:00", counted_date, tmp_path
    )
    assert hook_errors(run.stderr) == []
    assert started(tmp_path) == ["next"]
    assert dates(tmp_path) == 0


def test_the_fish_snippet_avoids_syntax_newer_than_fish_3_1(invoke) -> None:  # type: ignore[no-untyped-def]
    """`VAR=value command` came in fish 3.1.0 (the fish-shell commit "prefixed variable
    assignments", closing issue #6048); `env VAR=value date` needs no shell syntax at all,
    and `status --is-interactive` is the older spelling of the test, which fish 3 still
    takes (tested above, on fish 3.6)."""
    hook = snippet(invoke, "fish", "--tz", "Asia/Baku")
    assert "if test (env TZ=Asia/Baku date +%m%d) = 0120\n" in hook
    assert "if status --is-interactive\n" in hook

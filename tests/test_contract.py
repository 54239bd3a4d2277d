"""The script contract under closed streams, signals and hostile values (issue 9).

Real processes where the point is the process: closed descriptors, the TZ variable as the
C library and Babel read it at start-up, signals. Each test failed before the fix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mourning_day.i18n.catalog import LANGUAGES
from tests.conftest import CLEAN_ENV, default_sigint

FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]
NINES = "9" * 5000  # over Python's 4,300-digit limit for int()
WHOLE_RANGE = ["ics", "--from-year", "1991", "--to-year", "9999", "--with-silence"]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV and k != "TZ"}
    return {**env, "LANG": "C.UTF-8", **extra}


def run_sh(
    redirect: str, args: list[str], cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m mourning_day ARGS` as a shell runs it with `redirect`, e.g. "2>&-"."""
    command = ["/bin/sh", "-c", f'exec "$@" {redirect}', "sh", sys.executable, "-m", "mourning_day"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=environment(**env),
        timeout=60,
    )


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("mourning-day: ")
    assert "Traceback" not in stderr
    return lines[0]


# --- closed or broken standard streams -----------------------------------------------------


@pytest.mark.parametrize(("day", "code"), [("2026-01-20", 0), ("2026-01-21", 1)])
@pytest.mark.parametrize("redirect", ["2>&-", ">&-", "2>/dev/full", ">&- 2>&-"])
def test_is_today_quiet_answers_the_same_whatever_the_streams(
    redirect: str, day: str, code: int
) -> None:
    result = run_sh(redirect, ["is-today", "-q", "--today", day, "--tz", "Asia/Baku"])
    assert result.returncode == code


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full", ">&-", ">&- 2>&-"])
def test_a_usage_error_exits_2_whatever_the_streams(redirect: str) -> None:
    result = run_sh(redirect, ["next", "--field", "days_until", "--today", "bad"])
    assert result.returncode == 2
    assert result.stdout == ""  # `x=$(mourning-day ... 2>&-)` must not capture the message


def test_a_usage_error_under_a_closed_stdout_still_says_why() -> None:
    result = run_sh(">&-", ["next", "--today", "bad"])
    assert one_line(result.stderr) == (
        "mourning-day: invalid date 'bad': use YYYY-MM-DD, for example 2026-01-20"
    )


@pytest.mark.parametrize("redirect", ["2>&-", ">&-", "2>/dev/full", ">&- 2>&-"])
def test_ics_writes_its_file_whatever_the_standard_streams(redirect: str, tmp_path: Path) -> None:
    result = run_sh(redirect, ["ics", "--count", "2", *FIXED, "-o", "out.ics"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]


def test_a_command_that_must_write_fails_under_a_closed_stdout_with_stderr_closed_too() -> None:
    assert run_sh(">&- 2>&-", ["next", *FIXED]).returncode == 1


def test_closed_descriptors_are_held_so_no_file_opened_later_takes_their_number() -> None:
    """A file opened with descriptor 1 or 2 free would get that number, and then whatever
    is written to stdout or stderr would land in it."""
    probe = (
        "import os, sys; import mourning_day.system.process as p; p.start(); "
        "fd = os.open(os.devnull, os.O_RDONLY); os.write(3, str(fd).encode())"
    )
    read, write = os.pipe()
    subprocess.run(
        ["bash", "-c", f'exec "$@" <&- >&- 2>&- 3>&{write}', "bash", sys.executable, "-c", probe],
        pass_fds=(write,),
        check=True,
        timeout=30,
    )
    os.close(write)
    with os.fdopen(read) as f:
        assert int(f.read()) > 2


# --- no tracebacks: huge numbers, the TZ variable ------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["table", "--count", NINES], "invalid count '999"),
        (["summary", "--year", NINES], "invalid year '999"),
        (["table", "--from-year", NINES], "invalid year '999"),
        (["table", "--to-year", NINES], "invalid year '999"),
        (["ics", "--count", NINES], "invalid count '999"),
    ],
)
def test_huge_numbers_are_one_line_and_exit_2(invoke, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([*args, "--today", "2025-11-24"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert one_line(result.stderr).startswith(f"mourning-day: {message}")


def test_leading_zeros_do_not_make_a_number_huge(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["summary", "--year", "0" * 5000 + "2026", "-f", "json", *FIXED])
    assert result.exit_code == 0
    assert '"year": 2026' in result.stdout


TZ_VALUES = ["XXX+24", "UTC+25", "XXX-99", "/etc/passwd", "/", "Mars/Olympus"]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("tz", TZ_VALUES)
def test_with_tz_given_the_tz_variable_does_not_matter(tz: str, lang: str) -> None:
    args = ["next", "--lang", lang, "--tz", "Europe/London", "--today", "2025-11-24"]
    expected = run_sh("", args)
    result = run_sh("", args, TZ=tz)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected.stdout


@pytest.mark.parametrize("tz", TZ_VALUES)
def test_an_unusable_tz_variable_is_one_line_naming_it(tz: str) -> None:
    result = run_sh("", ["next"], TZ=tz)
    assert result.returncode == 2
    assert result.stdout == ""
    assert one_line(result.stderr).startswith(f"mourning-day: unusable time zone in TZ '{tz}': ")


@pytest.mark.parametrize(
    ("tz", "local_noon"),
    [
        ("UTC-4", "12:00"),  # a POSIX rule: UTC-4 is four hours east of Greenwich
        ("<+0330>-3:30", "11:30"),
        ("EST5EDT,M3.2.0,M11.1.0", "03:00"),
        (":Europe/London", "08:00"),
        ("Europe/London", "08:00"),
        ("/usr/share/zoneinfo/Europe/London", "08:00"),
    ],
)
def test_a_usable_tz_variable_sets_the_local_zone(tz: str, local_noon: str) -> None:
    """Baku is UTC+4 all year (tzdata), so its noon on 20 January is 08:00 UTC."""
    if tz.startswith("/") and not Path(tz).exists():
        pytest.skip("no system zone files here")  # zoneinfo names still work from tzdata
    result = run_sh("", ["next", "--today", "2025-11-24", "--lang", "ru"], TZ=tz)
    assert result.returncode == 0, result.stderr
    assert f"\u00a0— {local_noon})." in result.stdout


@pytest.mark.parametrize("columns", ["²", "-5", "0", NINES, "999999999"])
@pytest.mark.parametrize("args", [["summary", "-f", "rich", *FIXED], ["next", "--help"]])
def test_a_terminal_size_no_terminal_has_is_ignored(invoke, args: list[str], columns: str) -> None:  # type: ignore[no-untyped-def]
    """Rich reads COLUMNS and LINES with int(), and would lay out a billion columns."""
    result = invoke(args, env={"COLUMNS": columns, "LINES": columns})
    assert result.exit_code == 0, result.exception
    assert 0 < max(len(line) for line in result.stdout.splitlines()) <= 200


# --- untrusted text in messages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-01-20\nmourning-day: fine", "2026-01-20\\nmourning-day: fine"),
        ("\x1b[2J2026", "\\x1b[2J2026"),
        ("2026\r", "2026\\r"),
        ("\u202e02-10-6202", "\\u202e02-10-6202"),  # right-to-left override
        ("\t2026", "\\t2026"),
    ],
)
def test_control_characters_in_values_are_shown_escaped(invoke, value: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--today", value])
    assert result.exit_code == 2
    assert one_line(result.stderr) == (
        f"mourning-day: invalid date '{shown}': use YYYY-MM-DD, for example 2026-01-20"
    )


def test_click_messages_are_escaped_too(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["ne\nxt"])
    assert result.exit_code == 2
    line = one_line(result.stderr)  # click's escaping ("\\x0a") or ours ("\\n"): one line
    assert "'ne\\x0axt'" in line or "'ne\\nxt'" in line


# Each a value of thousands of characters that the message echoes: the line keeps the
# value's first 39 characters (escapes counted as they are shown) and "…".
LONG_VALUES = [
    (["table", "--count", NINES], f"invalid count '{'9' * 39}…': use a whole number"),
    (["next", "--tz", "A/" * 2500], f"unknown time zone '{'A/' * 19}A…': use an IANA name"),
    (["next", "--today", "\x1b" * 2500], "invalid date '" + "\\x1b" * 9 + "…': use YYYY-MM-DD"),
    (["x" * 5000], f"no such command '{'x' * 39}…' (see"),
    (["next", "--" + "x" * 5000], f"no such option: --{'x' * 37}… (see"),
    (["next", "-f", "j" * 5000], f"unknown format '{'j' * 39}…': use one of rich"),
]


@pytest.mark.parametrize(("args", "start"), LONG_VALUES, ids=[s[:14] for _, s in LONG_VALUES])
def test_a_long_value_is_echoed_cut_short(invoke, args: list[str], start: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([*args, *([] if "--tz" in args else ["--tz", "Asia/Baku"])])
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert line.startswith(f"mourning-day: {start}"), line
    assert len(line) < 200


def test_bytes_that_are_not_utf8_are_shown_as_bytes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mourning_day", "next", "--today", b"20\xff26"],
        capture_output=True,
        check=False,
        env=environment(),
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(b"mourning-day: invalid date '20\\xff26': ")
    assert result.stderr.count(b"\n") == 1


# --- the end of the range ------------------------------------------------------------------


def test_is_today_after_the_last_anniversary_is_a_plain_no(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "9999-01-21", "--tz", "Asia/Baku"])
    assert result.exit_code == 1
    assert result.stdout == (
        "Today, Thursday, 21\u00a0January\u00a09999, is not National Mourning Day; "
        "no later one is in range: dates run up to 9999-01-20.\n"
    )  # 9999-01-21 is a Thursday: `cal 1 9999` (util-linux)
    assert invoke(["is-today", "-q", "--today", "9999-12-31"]).output == ""
    assert invoke(["is-today", "-q", "--today", "9999-12-31"]).exit_code == 1


def test_is_today_after_the_last_anniversary_in_json_says_so_on_stderr(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "9999-01-21", "-f", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    line = one_line(result.stderr)
    assert "21\u00a0January\u00a09999" in line  # the catalog's no-break spaces, not escaped
    assert "no later one is in range" in line


# --- signals -------------------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


STOPPING = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]


@pytest.mark.parametrize("sig", STOPPING, ids=lambda s: signal.Signals(s).name)
def test_a_signal_while_writing_ends_the_process_by_it_and_leaves_no_file(
    sig: int, tmp_path: Path
) -> None:
    """The signal arrives at a known point: while the temporary file is flushed to disk."""
    probe = (
        "import os, runpy, signal, sys; real = os.fsync\n"
        "def fsync(fd):\n"
        f"    os.kill(os.getpid(), {int(sig)}); real(fd)\n"
        "os.fsync = fsync\n"
        "sys.argv = ['mourning-day', *sys.argv[1:]]\n"
        "runpy.run_module('mourning_day', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "ics", "--count", "3", *FIXED, "-o", "out.ics"],
        preexec_fn=default_sigint,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == -sig
    assert result.stderr == ""
    assert leftovers(tmp_path) == []


def wait_for_a_temporary_file(folder: Path) -> None:
    """Until the run has begun writing: from then on it is surely in the tool's own code."""
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".") for p in folder.iterdir()):
        assert time.monotonic() < deadline, "the run never began writing"
        time.sleep(0.01)


@pytest.mark.parametrize("sig", STOPPING, ids=lambda s: signal.Signals(s).name)
def test_a_signal_during_a_long_run_ends_it_by_the_signal(sig: int, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", *WHOLE_RANGE, *FIXED, "-o", "all.ics"],
        preexec_fn=default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=environment(),
    )
    wait_for_a_temporary_file(tmp_path)  # the whole range takes seconds to write
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == -sig
    assert stderr == b""
    assert leftovers(tmp_path) == []


def test_a_signal_while_modules_are_still_loading_ends_it_quietly() -> None:
    """Ctrl-C while Typer imports: the moment is pinned by an import hook."""
    probe = (
        "import importlib.abc, os, runpy, signal, sys\n"
        "class Hook(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'typer':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Hook())\n"
        "sys.argv = ['mourning-day', 'next']\n"
        "runpy.run_module('mourning_day', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        preexec_fn=default_sigint,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == -signal.SIGINT
    assert result.stderr == ""


def test_ctrl_c_stops_a_shell_loop(tmp_path: Path) -> None:
    """bash ends a loop only when its child died of SIGINT, not when it exited 130."""
    loop = 'for i in 1 2 3; do "$@"; echo "$i" >> done.txt; done'
    command = [sys.executable, "-m", "mourning_day", *WHOLE_RANGE, *FIXED, "-o", "all.ics"]
    shell = subprocess.Popen(
        ["bash", "-c", loop, "bash", *command],
        preexec_fn=default_sigint,  # bash cannot take back a SIGINT ignored at its start
        cwd=tmp_path,
        env=environment(),
        start_new_session=True,  # its own process group, as a terminal's foreground job
        stderr=subprocess.PIPE,
    )
    wait_for_a_temporary_file(tmp_path)
    os.killpg(shell.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, stderr = shell.communicate(timeout=60)
    assert shell.returncode == -signal.SIGINT
    assert leftovers(tmp_path) == []  # no done.txt: the loop went no further
    assert b"Traceback" not in stderr


def test_the_signal_tests_give_their_children_sigint_back() -> None:
    """Under `nohup` or `( pytest & )` the tests run with SIGINT ignored, and so would their
    children: the SIGINT tests above would wait for nothing. `default_sigint` undoes it."""
    probe = "import signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"

    def child(preexec: object) -> str:
        run = subprocess.run(
            [sys.executable, "-c", probe],
            preexec_fn=preexec,  # type: ignore[arg-type]
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        return run.stdout

    inherited = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        plain, reset = child(None), child(default_sigint)
    finally:
        signal.signal(signal.SIGINT, inherited)
    assert plain == "False\n"  # the case: an ignored SIGINT is inherited
    assert reset == "True\n"  # Python's own handler, as under an ordinary shell


def test_an_ignored_sighup_stays_ignored() -> None:
    """Under `nohup` SIGHUP is ignored on purpose; the tool must not take it back."""
    probe = (
        "import signal; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
        "import mourning_day.system.process as p; p.start(); "
        "print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=30
    )
    assert result.stdout == "True\n"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_year_before_the_day_became_a_holiday_has_a_summary(invoke, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Found by tests/test_fuzz.py: the Azerbaijani catalog asks for the year as an ordinal
    ("yalnız 2000-ci ildən", from the 2000th year on), which the summary did not give."""
    result = invoke(["summary", "--year", "1995", "--lang", lang, "-f", "text", *FIXED])
    assert result.exit_code == 0, result.exception
    assert "2000" in result.stdout

"""The script contract under closed streams, signals and hostile values (issue 9).

Real processes where the point is the process: closed descriptors, the TZ variable as the
C library and Babel read it at start-up, signals. Each test failed before the fix."""

from __future__ import annotations

import json
import os
import re
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


def test_a_terminal_size_with_thousands_of_leading_zeros_is_that_size(invoke) -> None:  # type: ignore[no-untyped-def]
    """COLUMNS of 5,000 zeros and "40" is 40 columns, though int() refuses so many digits."""
    zeros = {"COLUMNS": "0" * 5000 + "40", "LINES": "0" * 5000 + "24"}
    summary = invoke(["summary", "-f", "rich", *FIXED], env=zeros)
    assert summary.exit_code == 0, summary.exception
    assert len(summary.stdout.splitlines()[0]) == 40  # the panel's top border: the width
    help_text = invoke(["next", "--help"], env=zeros)
    assert help_text.exit_code == 0, help_text.exception
    assert help_text.stdout == invoke(["next", "--help"], env={"COLUMNS": "40"}).stdout


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


# --- issue 19: the corners the last round missed ------------------------------------------

# Signals whose default action ends the process, from signal(7) (man-pages 6.x, "Standard
# signals" table: action Term or Core), less SIGKILL (cannot be caught), the four faults
# the CPU raises (SIGSEGV, SIGBUS, SIGILL, SIGFPE: a Python handler cannot run for them)
# and SIGXFSZ (Python ignores it, so a write past `ulimit -f` fails with one line).
LINUX_ENDING = {
    "SIGHUP", "SIGINT", "SIGQUIT", "SIGTRAP", "SIGABRT", "SIGUSR1", "SIGUSR2", "SIGPIPE",
    "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGIO",
    "SIGPWR", "SIGSYS",
}  # fmt: skip
# Those the last round did not catch, and two real-time ones (signal(7): "The default
# action for an unhandled real-time signal is to terminate the receiving process").
MORE_SIGNALS = [
    signal.SIGQUIT, signal.SIGXCPU, signal.SIGALRM, signal.SIGUSR1, signal.SIGUSR2,
    signal.SIGABRT, signal.SIGTRAP, signal.SIGVTALRM, signal.SIGPROF, signal.SIGIO,
    signal.SIGPWR, signal.SIGSYS, signal.SIGPIPE, signal.SIGRTMIN, signal.SIGRTMAX,
]  # fmt: skip


def signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"SIG{sig}"


@pytest.mark.skipif(sys.platform != "linux", reason="the table above is Linux's")
def test_every_signal_whose_default_ends_the_process_is_caught() -> None:
    from mourning_day.system.process import SIGNALS

    realtime = set(range(signal.SIGRTMIN, signal.SIGRTMAX + 1)) & set(signal.valid_signals())
    expected = {getattr(signal, name) for name in LINUX_ENDING} | realtime
    assert set(SIGNALS) == expected


def signalled_while_writing(sig: int, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`ics ARGS`, with `sig` sent to itself while the temporary file is flushed to disk."""
    probe = (
        "import os, runpy, signal, sys; real = os.fsync\n"
        "def fsync(fd):\n"
        f"    os.kill(os.getpid(), {int(sig)}); real(fd)\n"
        "os.fsync = fsync\n"
        "sys.argv = ['mourning-day', *sys.argv[1:]]\n"
        "runpy.run_module('mourning_day', run_name='__main__')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, "ics", *args],
        preexec_fn=default_sigint,
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=environment(),
        timeout=60,
    )


@pytest.mark.parametrize("sig", MORE_SIGNALS, ids=signal_name)
def test_any_ending_signal_while_writing_ends_the_process_by_it_and_leaves_no_file(
    sig: int, tmp_path: Path
) -> None:
    """Before: SIGQUIT, SIGALRM, SIGUSR1 and the rest killed the run on the spot and left
    `.out.ics.XXXXXXXX.tmp` behind."""
    result = signalled_while_writing(sig, tmp_path, "--count", "3", *FIXED, "-o", "out.ics")
    assert result.returncode == -sig
    assert result.stderr == ""
    assert leftovers(tmp_path) == []


def test_ctrl_backslash_during_the_whole_range_leaves_no_temporary_file(tmp_path: Path) -> None:
    """The issue's case: Ctrl-\\ (SIGQUIT) while 23 MB of calendar are being written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", *WHOLE_RANGE, *FIXED, "-o", "q.ics"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=environment(),
    )
    wait_for_a_temporary_file(tmp_path)
    proc.send_signal(signal.SIGQUIT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGQUIT
    assert stderr == b""
    assert leftovers(tmp_path) == []


def test_a_cpu_time_limit_ends_the_run_by_sigxcpu_and_leaves_no_file(tmp_path: Path) -> None:
    """`ulimit -t`: the kernel sends SIGXCPU at the soft limit (setrlimit(2), RLIMIT_CPU);
    the hard limit, higher, leaves time for clean-up before its SIGKILL."""
    command = ['ulimit -t 20; ulimit -S -t 1; exec "$@"', "sh", sys.executable, "-m"]
    result = subprocess.run(
        ["bash", "-c", *command, "mourning_day", *WHOLE_RANGE, *FIXED, "-o", "q.ics"],
        capture_output=True,
        check=False,
        cwd=tmp_path,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == -signal.SIGXCPU
    assert result.stderr == b""
    assert leftovers(tmp_path) == []


def test_a_broken_pipe_still_ends_a_filter_quietly_by_sigpipe() -> None:
    """SIGPIPE is now caught too (for clean-up); `| head -1` must still end quietly."""
    command = '"$@" | head -c 10 >/dev/null; exit "${PIPESTATUS[0]}"'
    args = [sys.executable, "-m", "mourning_day", "table", "--count", "7000", "-f", "csv"]
    result = subprocess.run(
        ["bash", "-c", command, "bash", *args, *FIXED],
        capture_output=True,
        text=True,
        check=False,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == 128 + signal.SIGPIPE  # how bash reports a death by SIGPIPE
    assert result.stderr == ""


# A parent (a Node.js or Go program, a shell helper) can leave O_NONBLOCK on a pipe it
# shares with its child; Python then drops what a full pipe refuses, and says nothing.
NON_BLOCKING_CASES = [
    ["table", "--from-year", "1991", "--to-year", "9999", "--format", "csv"],
    ["table", "--from-year", "1991", "--to-year", "9999", "--format", "json"],
    ["ics", "--from-year", "1991", "--to-year", "3000", "--with-silence"],
    ["ics", "--from-year", "1991", "--to-year", "3000", "-o", "/dev/stdout"],
]


def read_slowly(args: list[str], *, non_blocking: bool) -> tuple[bytes, int, bytes]:
    """Stdout through a pipe read only after the child has filled it."""
    import fcntl

    read, write = os.pipe()
    if non_blocking:
        fcntl.fcntl(write, fcntl.F_SETFL, fcntl.fcntl(write, fcntl.F_GETFL) | os.O_NONBLOCK)
    proc = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", *args, *FIXED],
        stdout=write,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    os.close(write)
    time.sleep(1.5)  # long enough for the first 64 KiB to fill the pipe
    with os.fdopen(read, "rb") as f:
        data = f.read()
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    return data, proc.wait(timeout=60), stderr


@pytest.mark.parametrize("args", NON_BLOCKING_CASES, ids=lambda a: " ".join(a[:1] + a[-2:]))
def test_a_non_blocking_stdout_gets_every_byte(args: list[str]) -> None:
    """Before: `table ... --format csv` delivered 65,380 of 372,263 bytes, with exit 0."""
    expected, code, _ = read_slowly(args, non_blocking=False)
    assert code == 0
    data, code, stderr = read_slowly(args, non_blocking=True)
    assert (code, stderr) == (0, b"")
    assert len(data) == len(expected) > 1 << 16
    assert data == expected


def test_a_non_blocking_stdout_is_still_the_same_stream() -> None:
    """The writer that waits keeps what a terminal check and the encoding need."""
    probe = (
        "import fcntl, os, sys\n"
        "fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)\n"
        "import mourning_day.system.process as p; p.start()\n"
        "print(sys.stdout.fileno(), sys.stdout.isatty(), sys.stdout.encoding, 'ə')\n"
        "p.start(); print(type(sys.stdout.buffer.raw).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        check=True,
        env=environment(PYTHONIOENCODING="utf-8"),
        timeout=30,
    )
    assert result.stdout.decode() == "1 False utf-8 ə\n_BlockingWriter\n"


# --- --force racing another writer ---------------------------------------------------------


def made_while_writing(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`ics ARGS -o out.ics`, with another program making out.ics while it writes."""
    probe = (
        "import os, runpy, sys; real = os.fsync\n"
        "def fsync(fd):\n"  # once, for the temporary file (the folder is synced after)
        "    os.fsync = real; open('out.ics', 'w').write('theirs\\n'); real(fd)\n"
        "os.fsync = fsync\n"
        "sys.argv = ['mourning-day', *sys.argv[1:]]\n"
        "runpy.run_module('mourning_day', run_name='__main__')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, "ics", "--count", "3", *FIXED, "-o", "out.ics", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=environment(),
        timeout=60,
    )


def test_with_force_a_file_that_appears_while_writing_is_replaced_whole(tmp_path: Path) -> None:
    """Before: exit 1 with "'out.ics' exists: add --force to replace it", given --force."""
    result = made_while_writing(tmp_path, "--force")
    assert (result.returncode, result.stderr) == (0, "")
    calendar = (tmp_path / "out.ics").read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n")
    assert calendar.endswith(b"END:VCALENDAR\r\n")
    assert calendar.count(b"BEGIN:VEVENT") == 3
    assert leftovers(tmp_path) == ["out.ics"]


def test_without_force_a_file_that_appears_while_writing_is_kept(tmp_path: Path) -> None:
    result = made_while_writing(tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr) == "mourning-day: 'out.ics' exists: add --force to replace it"
    assert (tmp_path / "out.ics").read_text() == "theirs\n"
    assert leftovers(tmp_path) == ["out.ics"]


def test_twenty_force_writers_racing_for_a_new_name_all_succeed(tmp_path: Path) -> None:
    """Each finds the name free when it starts; all but the first find it taken at the end."""
    args = [sys.executable, "-m", "mourning_day", "ics", "--count", "400", *FIXED]
    procs = [
        subprocess.Popen(
            [*args, "-o", "race.ics", "--force"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=environment(),
        )
        for _ in range(20)
    ]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    assert results == [(0, b"")] * 20
    expected = run_sh("", ["ics", "--count", "400", *FIXED]).stdout.encode()
    assert (tmp_path / "race.ics").read_bytes().replace(b"\r\n", b"\n") == expected.replace(
        b"\r\n", b"\n"
    )
    assert leftovers(tmp_path) == ["race.ics"]


# --- standard streams named as paths -------------------------------------------------------


def ics_in_shell(
    redirects: str, output: str, cwd: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    return run_sh(redirects, ["ics", "--count", "2", *FIXED, "-o", output, *args], cwd=cwd)


def test_dev_stdout_appending_keeps_what_the_file_held(tmp_path: Path) -> None:
    """Before: `-o /dev/stdout --force >> app.ics` replaced app.ics, dropping its lines."""
    (tmp_path / "app.ics").write_text("earlier line\n")
    result = ics_in_shell(">> app.ics", "/dev/stdout", tmp_path, "--force")
    assert (result.returncode, result.stderr) == (0, "")
    text = (tmp_path / "app.ics").read_bytes()
    assert text.startswith(b"earlier line\nBEGIN:VCALENDAR\r\n")
    assert text.endswith(b"END:VCALENDAR\r\n")
    assert leftovers(tmp_path) == ["app.ics"]


@pytest.mark.parametrize("path", ["/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"])
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_path_naming_stdout_writes_into_stdout_as_the_shell_opened_it(
    tmp_path: Path, path: str, force: list[str]
) -> None:
    """No --force needed, as for `-o -`: nothing is replaced; `>` has already truncated."""
    (tmp_path / "app.ics").write_text("old\n")
    result = ics_in_shell("> app.ics", path, tmp_path, *force)
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "app.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert leftovers(tmp_path) == ["app.ics"]


def test_a_descriptor_path_appends_where_its_descriptor_appends(tmp_path: Path) -> None:
    (tmp_path / "log").write_text("kept\n")
    result = ics_in_shell("3>> log", "/proc/self/fd/3", tmp_path, "--force")
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "log").read_bytes().startswith(b"kept\nBEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("path", ["/dev/stdin", "/proc/self/fd/0", "/dev/fd/0"])
def test_the_standard_input_is_never_replaced(tmp_path: Path, path: str) -> None:
    """Before: `-o /dev/stdin --force < in.txt` replaced in.txt with the calendar."""
    (tmp_path / "in.txt").write_text("input\n")
    result = ics_in_shell("< in.txt", path, tmp_path, "--force")
    assert result.returncode == 1
    assert (
        one_line(result.stderr) == f"mourning-day: cannot write '{path}': it is the standard input"
    )
    assert (tmp_path / "in.txt").read_text() == "input\n"
    assert leftovers(tmp_path) == ["in.txt"]


def test_a_descriptor_open_only_for_reading_is_refused(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("input\n")
    result = ics_in_shell("3< in.txt", "/dev/fd/3", tmp_path, "--force")
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        "mourning-day: cannot write '/dev/fd/3': it is not open for writing"
    )
    assert (tmp_path / "in.txt").read_text() == "input\n"


@pytest.mark.parametrize(
    ("redirect", "reason"),
    [(">&-", "standard output is closed"), (">/dev/full", "No space left on device")],
)
def test_dev_stdout_that_cannot_be_written_is_one_line(redirect: str, reason: str) -> None:
    result = run_sh(redirect, ["ics", "--count", "2", *FIXED, "-o", "/dev/stdout"])
    assert result.returncode == 1
    assert one_line(result.stderr) == f"mourning-day: cannot write '/dev/stdout': {reason}"


def test_dev_stderr_when_stderr_was_closed_is_a_failure_not_a_silent_loss() -> None:
    """Found on review: /dev/null holds the closed descriptor's place, and the calendar
    went into it with exit 0; `ics >&-` is exit 1, and so is this."""
    result = run_sh("2>&-", ["ics", "--count", "2", *FIXED, "-o", "/dev/stderr"])
    assert (result.returncode, result.stdout) == (1, "")


def test_dev_stderr_that_is_open_gets_the_calendar() -> None:
    result = run_sh("2>&1 >/dev/null", ["ics", "--count", "2", *FIXED, "-o", "/dev/stderr"])
    assert result.returncode == 0
    assert result.stdout.startswith("BEGIN:VCALENDAR\n")  # text mode: CRLF read as \n


# --- out of memory, few descriptors --------------------------------------------------------


def failing_import(module: str, error: str) -> subprocess.CompletedProcess[str]:
    """The console script, with `error` raised where `module` is first imported."""
    probe = (
        "import importlib.abc, runpy, sys\n"
        "class Hook(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name == {module!r}:\n"
        f"            raise {error}\n"
        "        return None\n"
        "sys.meta_path.insert(0, Hook())\n"
        "sys.argv = ['mourning-day', 'summary', '--today', '2025-11-24', '--lang', 'ru']\n"
        "runpy.run_module('mourning_day', run_name='__main__')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env=environment(),
        timeout=30,
    )


@pytest.mark.parametrize(
    ("module", "error"),
    [
        ("typer", "MemoryError()"),
        ("babel.dates", "MemoryError()"),
        ("mourning_day.render.text", "MemoryError()"),
        # What glibc's loader says when a compiled module cannot be mapped (ulimit -v).
        ("select", "ImportError('/x/select.so: failed to map segment from shared object')"),
    ],
)
def test_running_out_of_memory_is_one_line_and_exit_1(module: str, error: str) -> None:
    """Before: an 80-line MemoryError traceback."""
    result = failing_import(module, error)
    assert result.returncode == 1
    assert result.stderr == "mourning-day: out of memory\n"


def test_a_missing_module_is_not_called_out_of_memory() -> None:
    """A broken install keeps its traceback: it is a bug to report, not a limit to raise."""
    result = failing_import("typer", "ImportError('No module named typer')")
    assert result.returncode == 1
    assert "out of memory" not in result.stderr
    assert "ImportError" in result.stderr


def limited(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` under `ulimit -v LIMIT` (KiB of address space)."""
    return subprocess.run(
        ["bash", "-c", f'ulimit -v {limit}; exec "$@"', "sh", sys.executable, *args],
        capture_output=True,
        text=True,
        check=False,
        env=environment(),
        timeout=60,
    )


def test_under_a_tight_address_space_limit_the_run_works_or_says_one_line() -> None:
    """The issue's `(ulimit -v 36000; mourning-day summary ...)`. How much memory a run
    needs depends on the machine (and on the libraries: Typer 0.29 brings pydantic), so a
    range of limits is tried. Below what the
    interpreter needs to start and import the package (before any code of the tool's
    runs) a limit is no case for the tool. Near that edge one run may import the package
    and the next may not (where the loader maps things varies), so a run that failed
    while runpy was still importing the package, before `__main__` ran, is none either."""
    outcomes = set()
    for limit in range(14_000, 120_001, 3_000):
        if limited(limit, "-c", "import mourning_day").returncode != 0:
            continue
        result = limited(
            limit, "-m", "mourning_day", "summary", "--today", "2025-11-24", "--lang", "ru"
        )
        if "in _get_module_details" in result.stderr:
            continue
        if result.returncode == 0:
            assert result.stderr == ""
            outcomes.add("worked")
        else:
            assert (result.returncode, result.stderr) == (1, "mourning-day: out of memory\n")
            outcomes.add("out of memory")
    assert outcomes == {"worked", "out of memory"}  # the range does reach the case


# Fills the address space in big pieces, then in small ones that need no list to grow (a
# chain of tuples), so that no object is left to make; then says so.
EXHAUSTED = """
from mourning_day.system.process import out_of_memory
hold = []
for size in (1 << 20, 1 << 12):
    try:
        while True:
            hold.append(bytearray(size))
    except MemoryError:
        pass
head = None
try:
    while True:
        head = (head,)
except MemoryError:
    pass
out_of_memory()
"""


def test_with_no_memory_left_at_all_the_one_line_is_still_written() -> None:
    """Before: CI's Python 3.12 ended in a traceback from inside `out_of_memory` (about one
    run in a hundred near the limit where the package imports): entering
    `contextlib.suppress` makes an object, and none fitted. Here none fits every time."""
    result = limited(60_000, "-c", EXHAUSTED)
    assert (result.returncode, result.stderr) == (1, "mourning-day: out of memory\n")


@pytest.mark.parametrize("redirect", ["2>&-", "<&- >&- 2>&-", ">&-", ""])
def test_ics_writes_its_file_with_only_five_descriptors(redirect: str, tmp_path: Path) -> None:
    """Before: under `ulimit -n 5` with stderr closed, exit 1 and no file: the stand-in
    for the closed stderr held a descriptor of its own."""
    command = f'ulimit -n 5; exec "$@" {redirect}'
    args = [sys.executable, "-m", "mourning_day", "ics", "--count", "2", *FIXED, "-o", "out.ics"]
    result = subprocess.run(
        ["bash", "-c", command, "sh", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert leftovers(tmp_path) == ["out.ics"]


# --- a TZ with seconds in its offset -------------------------------------------------------

# RFC 3339, section 5.6: time-numoffset = ("+" / "-") time-hour ":" time-minute.
RFC3339 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"


@pytest.mark.parametrize(
    ("tz", "silence_at", "shown"),
    [
        # POSIX TZ offsets are west of Greenwich: "XYZ+0:00:30" is UTC-00:00:30, which
        # rounds to UTC; the minute is 08:00 UTC (12:00 in Baku, UTC+4).
        ("XYZ+0:00:30", "2026-01-20T08:00:00+00:00", "08:00 in your time zone (UTC)"),
        ("XYZ-0:00:30", "2026-01-20T08:01:00+00:01", "08:01 in your time zone (UTC+00:01)"),
        ("XYZ-5:30:45", "2026-01-20T13:31:00+05:31", "13:31 in your time zone (UTC+05:31)"),
    ],
)
def test_an_offset_with_seconds_is_rounded_to_whole_minutes_in_json_and_text(
    tz: str, silence_at: str, shown: str
) -> None:
    """Before: "silence_at": "2026-01-20T07:59:30-00:00:30" (not RFC 3339), and the text
    said "07:59 in your time zone (UTC)", which is neither."""
    as_json = run_sh("", ["next", "--today", "2025-11-24", "-f", "json"], TZ=tz)
    assert as_json.returncode == 0, as_json.stderr
    value = json.loads(as_json.stdout)["silence_at"]
    assert value == silence_at
    assert re.fullmatch(RFC3339, value)
    text = run_sh("", ["next", "--today", "2025-11-24"], TZ=tz)
    assert f"= {shown}." in text.stdout


# A weakref callback that a signal interrupts, as the import machinery's are.
SIGNAL_IN_A_CALLBACK = """
import os, signal, time, weakref
from mourning_day.system.process import Interrupted, die_by, start
start()
class Thing: pass
thing = Thing()
def callback(ref):
    os.kill(os.getpid(), signal.SIGTERM)
    sum(range(100_000))  # the handler runs here, inside the callback
kept = weakref.ref(thing, callback)
try:
    del thing
    time.sleep(2)
    print("went on")
except Interrupted as e:
    die_by(e.signum)
"""


def test_a_signal_that_lands_in_a_weakref_callback_still_ends_the_run() -> None:
    """Before: Python printed "Exception ignored in: <function ...>" and the run went on to
    exit 0 (seen once in 800 Ctrl-Cs during start-up, inside the import machinery). Twenty
    at once, as on a busy machine the signal sent again came back while the hook still ran
    (36 of 240 such runs went on, before that was handled)."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", SIGNAL_IN_A_CALLBACK],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
        )
        for _ in range(20)
    ]
    outputs = [run.communicate(timeout=60) for run in runs]
    results = [(run.returncode, *output) for run, output in zip(runs, outputs, strict=True)]
    assert results == [(-signal.SIGTERM, "", "")] * 20

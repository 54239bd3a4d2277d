"""A generated command line: commands, options, environment variables and nasty values.

Whatever comes in: no traceback, exit status 0, 1 or 2, and exit 2 always with exactly one
line on stderr and nothing on stdout. In-process (CliRunner) for speed; a few hundred cases
by default, as many as MOURNING_DAY_FUZZ_EXAMPLES says otherwise (e.g. 5000)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mourning_day.cli.app import app
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.system.process import SIGNALS
from tests.conftest import CLEAN_ENV

EXAMPLES = int(os.environ.get("MOURNING_DAY_FUZZ_EXAMPLES", "300"))
NINES = "9" * 5000

# Values nobody should pass, shared by every option and variable.
NASTY = [
    "", " ", "\t", "\n", "-", "--", "-1", "0", "00", "+5", "1e3", "0x10", "1_000", "٢٠٢٦",
    "２０２６", "²", NINES, "0" * 5000 + "7", "-" + NINES, "nan", "None", "null", "'", '"',
    "\x1b[31m", "\u202e", "a\nb", "a\rb", "ə", "Ünümxalq", "\udcff", "%s", "{value}", "{}",
    "../../etc/passwd", "/etc/passwd", "/dev/zero", "~", "*", " 2026", "2026 ",
]  # fmt: skip
DATES = ["2025-11-24", "2026-01-20", "2026-01-19", "1991-01-20", "1991-01-19", "0001-01-01",
         "9999-01-20", "9999-01-21", "9999-12-31", "2024-02-29", "2026-02-30", "2026-1-20",
         "20260120", "2026-01-20T12:00", "2026-01-20\n"]  # fmt: skip
ZONES = ["Asia/Baku", "UTC", "Etc/GMT+12", "Pacific/Kiritimati", "America/St_Johns"]
BAD_ZONES = ("Mars/Olympus", "asia/baku", "Asia/Baku ", "UTC+4", "+04:00", "/", ".")
TZ_VARIABLE = ["UTC-4", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0", ":Asia/Baku", "Asia/Baku", ""]
BAD_TZ_VARIABLE = ("XXX+24", "UTC+25", "XXX-99", "/etc/passwd", "/", "Mars/Olympus", "XXX")
LOCALES = ["ru_RU.UTF-8", "az_AZ.UTF-8", "tr_TR.UTF-8", "en_US.UTF-8", "C", "POSIX", "az", "ru",
           "tr", "xx_YY", "C.UTF-8", "@", "."]  # fmt: skip
# Years and counts that keep a run short: no range reaches across thousands of years.
YEARS = ["2026", "2030", "1991", "1990", "10000", "9998", "02026"]
COUNTS = ["1", "3", "10", "7974", "8009"]


def values(good: list[str], bad: tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    """Mostly good values, so that runs get past parsing to the output; else anything."""
    anything = st.sampled_from(NASTY) | st.text(max_size=8)
    if bad:
        anything |= st.sampled_from(bad)
    return st.integers(0, 9).flatmap(lambda n: st.sampled_from(good) if n < 8 else anything)


NOWS = ["2026-01-20T07:59:50Z", "2026-01-20T11:00:00+04:00", "2025-11-24T10:00:00Z",
        "9999-01-20T12:00:00+04:00", "1991-01-20T00:00:00-12:00"]  # fmt: skip
BAD_NOWS = ("2026-01-20T12:00", "2026-01-20", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00Z")
SHARED = {
    "--today": values(DATES),
    "--now": values(NOWS, BAD_NOWS),
    "--tz": values(ZONES, BAD_ZONES),
    "--lang": values(list(LANGUAGES), ("fr", "EN")),
    "--format": values(["rich", "rich", "text", "json", "csv"], ("xml", "JSON")),
    "-f": values(["json", "csv"]),
}
OPTIONS = {
    "next": {**SHARED, "--field": values(["year", "days_until", "weekday", "silence_at"], ("x",))},
    "summary": {**SHARED, "--year": values(YEARS)},
    "table": {**SHARED, "--from-year": values(YEARS), "--to-year": values(YEARS),
              "--count": values(COUNTS)},
    "is-today": {**SHARED, "-q": None, "--quiet": None},
    "ics": {k: v for k, v in SHARED.items() if k not in ("--format", "-f")}
    | {"--from-year": values(YEARS), "--to-year": values(YEARS), "--count": values(COUNTS),
       "--with-silence": None},
}  # fmt: skip
ENVIRONMENT = {
    "MOURNING_DAY_TODAY": values(DATES),
    "MOURNING_DAY_NOW": values(NOWS, BAD_NOWS),
    "MOURNING_DAY_TZ": values(ZONES, BAD_ZONES),
    "MOURNING_DAY_LANG": values(list(LANGUAGES), ("de",)),
    "TZ": values(TZ_VARIABLE, BAD_TZ_VARIABLE),
    "LANG": values(LOCALES),
    "LC_ALL": values(LOCALES),
    "LC_MESSAGES": values(LOCALES),
    # Narrow widths too (issue 19): 1, 2 and 5 columns, and 20-24 where words used to split.
    "COLUMNS": values(
        ["1", "2", "5", "12", "20", "22", "24", "80", "200"],
        ("0", "-5", "²", "٢٠", "999999999", "00080"),
    ),
    "LINES": values(["5", "24"], ("0", "²", NINES)),
}
JUNK = st.sampled_from(["--no-such", "-x", "extra", "--", "-", "--help", "--today", "--count="])


@st.composite
def command_lines(draw: st.DrawFn) -> tuple[list[str], dict[str, str]]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    options = OPTIONS[command]
    args = [command]
    for name in draw(st.lists(st.sampled_from(sorted(options)), max_size=5)):
        strategy = options[name]
        args.append(name)
        if strategy is not None:
            args.append(draw(strategy))
    if draw(st.integers(0, 9)) == 0:
        args.insert(draw(st.integers(1, len(args))), draw(JUNK))
    if draw(st.booleans()):  # ask for what a script would: a stable, fast run
        args += ["--today", draw(st.sampled_from(DATES))]
    env = {
        name: draw(strategy)
        for name, strategy in ENVIRONMENT.items()
        if draw(st.integers(0, 3)) == 0
    }
    return args, env


def _no_nul(text: str) -> bool:
    return "\x00" not in text  # no argv or environment can hold one


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(command_lines())
def test_any_command_line_keeps_the_contract(case: tuple[list[str], dict[str, str]]) -> None:
    args, env = case
    if not all(map(_no_nul, [*args, *env.values()])):
        return
    env = {k: v for k, v in env.items() if "\udcff" not in v}  # os.environ cannot encode it
    result = CliRunner().invoke(app, args, env={**CLEAN_ENV, "TZ": None, **env})
    context = f"args={args!r} env={env!r}\nstdout={result.stdout!r}\nstderr={result.stderr!r}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(context) from result.exception
    assert result.exit_code in (0, 1, 2), context
    event(f"{args[0]} exit {result.exit_code}")
    assert "Traceback" not in result.stderr, context
    if result.exit_code == 2:
        assert result.stdout == "", context
        assert len(result.stderr.splitlines()) == 1, context
        assert result.stderr.startswith("mourning-day: "), context
    if result.exit_code == 0:
        assert result.stderr == "", context


# --- real processes: signals, non-blocking pipes, narrow terminals (issue 19) ---------------

# Fewer by default: each is a real run of up to a few seconds.
PROCESS_EXAMPLES = int(os.environ.get("MOURNING_DAY_FUZZ_PROCESS_EXAMPLES", "12"))
FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]
# Runs long enough for a signal to land in the middle, and how to tell each one finished.
RUNS = {
    "ics -o": ["ics", "--from-year", "1991", "--to-year", "5000", "--with-silence", "-o",
               "out.ics"],
    "ics -o --force": ["ics", "--count", "3000", "-o", "out.ics", "--force"],
    "ics stdout": ["ics", "--from-year", "1991", "--to-year", "4000"],
    "table csv": ["table", "--from-year", "1991", "--to-year", "9999", "-f", "csv"],
    "table json": ["table", "--count", "5000", "-f", "json"],
    "table rich": ["table", "--count", "3000", "-f", "rich", "--lang", "ru"],
    "summary rich": ["summary", "-f", "rich", "--lang", "az"],
}  # fmt: skip
# Python ignores SIGXFSZ (a file past `ulimit -f` is an error, not a death), and so do we.
CAUGHT = [s for s in SIGNALS if s != getattr(signal, "SIGXFSZ", None)]


def _finished(name: str, stdout: bytes, folder: Path, env: dict[str, str]) -> bool:
    """Whether a run that exited 0 delivered all it had to."""
    if name.startswith("ics -o"):
        return (folder / "out.ics").read_bytes().endswith(b"END:VCALENDAR\r\n")
    if name == "ics stdout":
        return stdout.endswith(b"END:VCALENDAR\r\n")
    if name == "table csv":
        return stdout.count(b"\r\n") == 1 + 8009  # the header, then 1991..9999
    if name == "table json":
        return len(json.loads(stdout)) == 5000
    # Short runs: run again, and compare (Rich numbers each link afresh: id=... aside).
    return _no_link_ids(stdout) == _no_link_ids(_reference(name, env["COLUMNS"], env))


def _no_link_ids(output: bytes) -> bytes:
    return re.sub(rb"\x1b\]8;[^;\x1b]*;", b"\x1b]8;;", output)


_REFERENCES: dict[tuple[str, str], bytes] = {}


def _reference(name: str, columns: str, env: dict[str, str]) -> bytes:
    if (name, columns) not in _REFERENCES:
        done = subprocess.run(
            [sys.executable, "-m", "mourning_day", *RUNS[name], *FIXED],
            capture_output=True,
            env=env,
            check=True,
            timeout=60,
        )
        _REFERENCES[name, columns] = done.stdout
    return _REFERENCES[name, columns]


def _before_the_tool_ran(stderr: bytes) -> bool:
    """A Ctrl-C in the first milliseconds, while the interpreter itself starts (site,
    runpy, the import machinery): Python's own KeyboardInterrupt, in frames none of which
    is the tool's. From its first line on, the tool ends by the signal instead."""
    text = stderr.decode(errors="replace")
    if text.startswith(("Could not import runpy module", "Fatal Python error: init_")):
        return True
    return text.rstrip().rstrip(":").endswith("KeyboardInterrupt") and "mourning_day" not in text


def _child_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # see tests/conftest.py, default_sigint
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGQUIT and others would dump core


@settings(max_examples=PROCESS_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    name=st.sampled_from(sorted(RUNS)),
    sig=st.sampled_from(CAUGHT),
    delay=st.floats(0.0, 2.0),
    non_blocking=st.booleans(),
    slow_reader=st.booleans(),
    columns=st.sampled_from(["1", "2", "5", "20", "24", "80"]),
)
def test_a_real_run_keeps_the_contract_whatever_signal_arrives(
    name: str, sig: int, delay: float, non_blocking: bool, slow_reader: bool, columns: str
) -> None:
    """Any signal that ends a process, at any moment, with stdout non-blocking or not and
    read slowly or not, at any width: the run ends by the signal (or finishes, whole), says
    nothing on stderr, and leaves no temporary file and no partial output file."""
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV and k != "TZ"}
    env.update(LANG="C.UTF-8", COLUMNS=columns, TTY_COMPATIBLE="1")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        read, write = os.pipe()
        if non_blocking:
            fcntl.fcntl(write, fcntl.F_SETFL, fcntl.fcntl(write, fcntl.F_GETFL) | os.O_NONBLOCK)
        proc = subprocess.Popen(
            [sys.executable, "-m", "mourning_day", *RUNS[name], *FIXED],
            stdout=write,
            stderr=subprocess.PIPE,
            cwd=folder,
            env=env,
            preexec_fn=_child_setup,
        )
        os.close(write)
        chunks: list[bytes] = []

        def drain() -> None:
            if slow_reader:
                time.sleep(0.5)
            with os.fdopen(read, "rb") as f:
                chunks.append(f.read())

        reader = threading.Thread(target=drain)
        reader.start()
        time.sleep(delay)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=120)
        reader.join(timeout=120)
        if _before_the_tool_ran(stderr):
            event("signalled while the interpreter started")
            return
        context = f"{name} {signal.Signals(sig).name if sig < 32 else sig} {proc.returncode}"
        event(f"{name}: {'signalled' if proc.returncode == -sig else proc.returncode}")
        assert proc.returncode in (0, -sig), (context, stderr)
        assert stderr == b"", (context, stderr)
        left = sorted(p.name for p in folder.iterdir())
        if proc.returncode == 0:
            assert _finished(name, b"".join(chunks), folder, env), context
            assert left == (["out.ics"] if name.startswith("ics -o") else []), (context, left)
        else:  # no temporary file; the calendar only if it was put in place, whole
            assert left in ([], ["out.ics"]), (context, left)
            if left:
                assert _finished(name, b"", folder, env), context

"""Start-up and streaming benchmark: mourning-day against a bare Typer app, side by side.

Absolute times depend on the machine, so every target is a ratio to a baseline measured in
the same run, with the commands interleaved round-robin so that drift hits all of them alike.

    .venv/bin/python benchmarks/startup.py [--runs 30] [--runs-heavy 5] [--strict] [--json F]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import pty
import statistics
import struct
import sys
import tempfile
import termios
import threading
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Literal

COLUMNS, LINES = 100, 40
FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]  # same answer on every run
ONE_ROW = ["--from-year", "2026", "--count", "1"]
ALL_ROWS = ["--from-year", "1991", "--to-year", "9999"]  # 8,009 rows

# The floor: the least a one-command Typer app costs, with the same typer and rich.
FLOOR = """\
import typer
app = typer.Typer()
@app.command()
def main(name: str = "x") -> None:
    print("20 January")
app()
"""

FLOOR_RICH = """\
import typer
app = typer.Typer()
@app.command()
def main(name: str = "x") -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    table = Table("year", "weekday", "anniversary")
    for row in [("2026", "Tuesday", "36"), ("2027", "Wednesday", "37"), ("2028", "Thursday", "38")]:
        table.add_row(*row)
    Console().print(Panel(table, title="20 January"))
app()
"""

# What the budget leaves out: the least a Typer app costs that writes one event with
# icalendar, whose import alone is about half a bare Typer app. `ics` is measured against
# both; against the one-command app it cannot meet the budget while icalendar makes it.
FLOOR_ICS = """\
import sys
from datetime import date
import typer
app = typer.Typer()
@app.command()
def main(name: str = "x") -> None:
    from icalendar import Calendar, Event
    cal = Calendar()
    cal.add("prodid", "-//floor//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", "2026@floor")
    event.add("summary", "20 January")
    event.add("dtstart", date(2026, 1, 20))
    cal.add_component(event)
    sys.stdout.buffer.write(cal.to_ical())
app()
"""

# The same for Babel, which the text commands need for names, dates, plurals and numbers:
# the least a Typer app costs that prints one full date in the language given. Babel's
# import and one locale's data alone add 34-39% to a one-command Typer app (measured), so
# a command that speaks through Babel has at most 1% left within 1.35x that app. (Both
# floors pay the interpreter's teardown, which our console script skips.)
FLOOR_BABEL = """\
from datetime import date
import typer
app = typer.Typer()
@app.command()
def main(lang: str) -> None:
    from babel.dates import format_date
    print(format_date(date(2026, 1, 20), format="full", locale=lang))
app()
"""

# Linux charges a child's ru_maxrss with its parent's peak RSS at fork/exec time, so children
# spawned straight from this script would never read below its ~19 MiB. A bare interpreter
# (-I -S, ~8 MiB) spawns and times each command instead and reports back on fd 3.
SPAWNER = """\
import os, sys, time
start = time.perf_counter()
close_fd3 = [(os.POSIX_SPAWN_CLOSE, 3)]
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, file_actions=close_fd3)
_, status, usage = os.wait4(pid, 0)  # this child's own rusage, not RUSAGE_CHILDREN's sum
wall = time.perf_counter() - start
os.write(3, f"{wall} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}".encode())
"""


@dataclass
class Command:
    """One thing to time; `tty` puts its stdout on a pseudo-terminal so Rich draws for a person."""

    name: str
    argv: list[str]
    tty: bool = False
    heavy: bool = False
    wall_s: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    exit_code: int = 0


@dataclass(frozen=True)
class Check:
    """A target: `subject`'s median `metric` must be at most `limit` times `baseline`'s."""

    subject: str
    baseline: str
    metric: Literal["wall", "rss"]
    limit: float


LANGS = ("en", "az", "ru", "tr")
# Every command once per language, with arguments that answer at once and exit 0.
PER_LANGUAGE = {
    "next": ["next", "--format", "text", *FIXED],
    "summary": ["summary", "--format", "text", *FIXED],
    "table": ["table", "--format", "text", *FIXED, *ONE_ROW],
    "is_today": ["is-today", "--format", "text", "--today", "2026-01-20", "--tz", "Asia/Baku"],
    "ics": ["ics", *FIXED, *ONE_ROW],
    "silence": ["silence", "--wait", "--now", "2026-01-20T08:00:30Z", "--tz", "Asia/Baku"],
    "init": ["init", "bash", "--tz", "Asia/Baku"],
}
BUDGET = 1.35  # issue 16: every command, every language, against the matching floor

CHECKS = [
    *(Check(f"{name}_{lang}", "floor", "wall", BUDGET) for name in PER_LANGUAGE for lang in LANGS),
    *(Check(f"summary_rich_{lang}", "floor_rich", "wall", BUDGET) for lang in LANGS),
    *(Check(f"ics_{lang}", "floor_ics", "wall", BUDGET) for lang in LANGS),
    *(Check(f"floor_babel_{lang}", "floor", "wall", BUDGET) for lang in LANGS),
    *(
        Check(f"{name}_{lang}", f"floor_babel_{lang}", "wall", BUDGET)
        for name in ("next", "summary", "table", "is_today")
        for lang in LANGS
    ),
    Check("next_en", "bare", "wall", 7.5),
    Check("table_all_csv", "table_one_csv", "rss", 1.10),
    Check("table_all_csv", "table_one_csv", "wall", 2.0),
    Check("table_all_json", "table_one_json", "rss", 1.10),
    Check("table_all_rich", "table_one_rich", "wall", 25.0),
]


def child_env() -> dict[str, str]:
    """The user's environment minus anything that would change what the commands print,
    and with bytecode written: a module edited since its .pyc was made would otherwise be
    compiled again on every run, as no installed copy ever is."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MOURNING_DAY_")
        and k not in {"NO_COLOR", "FORCE_COLOR", "PYTHONDONTWRITEBYTECODE"}
    }
    env.update(LANG="C.UTF-8", COLUMNS=str(COLUMNS), LINES=str(LINES), TERM="xterm-256color")
    return env


def mourning_day() -> list[str]:
    """The console script users run, under this interpreter; `-m` if it is not installed here."""
    script = Path(sys.executable).parent / "mourning-day"
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "mourning_day"]


def commands(tmp: Path) -> list[Command]:
    """Baselines written to `tmp`, then the subjects; names match those in CHECKS."""
    (tmp / "floor.py").write_text(FLOOR)
    (tmp / "floor_rich.py").write_text(FLOOR_RICH)
    (tmp / "floor_ics.py").write_text(FLOOR_ICS)
    (tmp / "floor_babel.py").write_text(FLOOR_BABEL)
    py, md = sys.executable, mourning_day()
    table = [*md, "table", *FIXED]
    cmds = [
        Command("bare", [py, "-c", "pass"]),
        Command("floor", [py, str(tmp / "floor.py")]),
        Command("floor_rich", [py, str(tmp / "floor_rich.py")], tty=True),
        Command("floor_ics", [py, str(tmp / "floor_ics.py")]),
    ]
    for lang in LANGS:
        cmds.append(Command(f"floor_babel_{lang}", [py, str(tmp / "floor_babel.py"), lang]))
        for name, args in PER_LANGUAGE.items():
            cmds.append(Command(f"{name}_{lang}", [*md, *args, "--lang", lang]))
        summary = [*md, "summary", "--format", "rich", *FIXED, "--lang", lang]
        cmds.append(Command(f"summary_rich_{lang}", summary, tty=True))
    for fmt in ("csv", "json", "rich"):
        tty = fmt == "rich"
        cmds.append(Command(f"table_one_{fmt}", [*table, *ONE_ROW, "--format", fmt], tty=tty))
        cmds.append(
            Command(f"table_all_{fmt}", [*table, *ALL_ROWS, "--format", fmt], tty=tty, heavy=True)
        )
    return cmds


def _drain(fd: int) -> None:
    """Read a pty master until the child's side closes, so the child never blocks on output."""
    try:
        while os.read(fd, 1 << 16):
            pass
    except OSError:  # EIO: every copy of the slave end is closed
        pass
    finally:
        os.close(fd)


def run_once(cmd: Command, env: dict[str, str]) -> tuple[float, int, int]:
    """Run `cmd` once under SPAWNER; return (wall seconds, peak RSS KiB, exit code)."""
    reader = None
    if cmd.tty:
        master, out = pty.openpty()
        fcntl.ioctl(out, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        reader = threading.Thread(target=_drain, args=(master,))
        reader.start()
    else:
        out = os.open(os.devnull, os.O_WRONLY)
    null_in = os.open(os.devnull, os.O_RDONLY)
    result_r, result_w = os.pipe()
    actions = [
        (os.POSIX_SPAWN_DUP2, null_in, 0),
        (os.POSIX_SPAWN_DUP2, out, 1),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_DUP2, result_w, 3),
    ]
    argv = [sys.executable, "-I", "-S", "-c", SPAWNER, *cmd.argv]
    pid = os.posix_spawn(sys.executable, argv, env, file_actions=actions)
    for fd in (out, null_in, result_w):  # so the pty reader sees EIO once the children exit
        os.close(fd)
    _, status, _ = os.wait4(pid, 0)
    with os.fdopen(result_r) as result:
        fields = result.read().split()
    if reader is not None:
        reader.join()
    if not fields:  # the spawner itself failed, e.g. no such program
        return 0.0, 0, os.waitstatus_to_exitcode(status) or 127
    rss = int(fields[1]) // (1024 if sys.platform == "darwin" else 1)  # bytes there, KiB here
    return float(fields[0]), rss, int(fields[2])


def measure(cmds: list[Command], runs: int, runs_heavy: int, warmup: int) -> None:
    """Round-robin over the commands; the heavy ones drop out after fewer rounds."""
    env = child_env()
    rounds = {c.name: (1 if c.heavy else warmup, runs_heavy if c.heavy else runs) for c in cmds}
    for i in range(max(w + n for w, n in rounds.values())):
        for cmd in cmds:
            warm, n = rounds[cmd.name]
            if i >= warm + n:
                continue
            wall, rss, code = run_once(cmd, env)
            cmd.exit_code = cmd.exit_code or code
            if i >= warm:
                cmd.wall_s.append(wall)
                cmd.rss_kib.append(rss)


def median(cmd: Command, metric: Literal["wall", "rss"]) -> float | None:
    """Median wall (ms) or peak RSS (MiB); None if the command ever failed."""
    if cmd.exit_code or not cmd.wall_s:
        return None
    if metric == "wall":
        return statistics.median(cmd.wall_s) * 1000
    return statistics.median(cmd.rss_kib) / 1024


def report(cmds: list[Command]) -> bool:
    """Print versions, the medians and the checks; True if every check passes."""
    by_name = {c.name: c for c in cmds}
    versions = []
    for dist in ("typer", "rich", "babel"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} (not installed)")
    print(f"Python {platform.python_version()} ({sys.executable})")
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; {', '.join(versions)}")
    print("\n| name | runs | median ms | peak RSS MiB |\n|---|---:|---:|---:|")
    for c in cmds:
        wall, rss = median(c, "wall"), median(c, "rss")
        if wall is None or rss is None:
            print(f"| {c.name} | {len(c.wall_s)} | FAILED(exit {c.exit_code}) | |")
        else:
            print(f"| {c.name} | {len(c.wall_s)} | {wall:.1f} | {rss:.1f} |")
    ok = True
    print("\n| check | ratio | target | result |\n|---|---:|---:|---|")
    for chk in CHECKS:
        top = median(by_name[chk.subject], chk.metric)
        bottom = median(by_name[chk.baseline], chk.metric)
        label = f"{chk.subject} / {chk.baseline} ({chk.metric})"
        if top is None or bottom is None:
            ratio, passed = "n/a", False
        else:
            ratio, passed = f"{top / bottom:.2f}", top / bottom <= chk.limit
        ok = ok and passed
        print(f"| {label} | {ratio} | ≤ {chk.limit:g} | {'PASS' if passed else 'FAIL'} |")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per command")
    parser.add_argument("--runs-heavy", type=int, default=5, help="timed runs of full tables")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (1 if heavy)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any check fails")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every sample")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        cmds = commands(Path(tmp))
        measure(cmds, args.runs, args.runs_heavy, args.warmup)
    ok = report(cmds)
    if args.json:
        raw = {
            c.name: {"argv": c.argv, "exit": c.exit_code, "wall_s": c.wall_s, "rss_kib": c.rss_kib}
            for c in cmds
        }
        args.json.write_text(json.dumps(raw, indent=2) + "\n")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())

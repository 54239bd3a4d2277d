"""What `mourning-day init SHELL` costs a new shell on the other 364 days.

Starts each installed shell (bash, zsh, fish) as a new interactive shell would start,
`-i -c true`, with a start-up file that is empty, that holds the hook, and that holds the
naive line a login script might use instead (`mourning-day is-today -q && mourning-day
next`, which starts Python every time). Runs are interleaved round-robin so that drift
hits all alike; the figure is the difference of medians. Run it on a day that is not 20
January (it refuses otherwise: the hook would then print, by design).

    .venv/bin/python benchmarks/shell_hook.py [--runs 200] [--runs-naive 20] [--strict]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SHELLS = ("bash", "zsh", "fish")
TARGET_MS = 5.0  # what the hook may add to a shell's start, at most
PROGRAM = Path(sys.executable).parent / "mourning-day"


def command(shell: str, rc: Path) -> list[str]:
    return {
        "bash": ["bash", "--noprofile", "--rcfile", str(rc), "-i", "-c", "true"],
        "zsh": ["zsh", "-d", "-i", "-c", "true"],  # reads $ZDOTDIR/.zshrc
        "fish": ["fish", "--no-config", "-i", "-C", f"source {rc}", "-c", "true"],
    }[shell]


def seconds(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.stdout:
        raise SystemExit(f"{cmd[0]} printed {done.stdout!r}: is it 20 January?")
    return elapsed


def measure(shell: str, runs: int, runs_naive: int, folder: Path) -> dict[str, float]:
    hook = subprocess.run(
        [str(PROGRAM), "init", shell, "--tz", "Asia/Baku"], capture_output=True, text=True
    ).stdout
    naive = f"{PROGRAM} is-today -q --tz Asia/Baku && {PROGRAM} next --tz Asia/Baku\n"
    if shell == "fish":
        naive = naive.replace("&&", "; and")
    variants = {"empty": "", "hook": hook, "naive": naive}
    times: dict[str, list[float]] = {name: [] for name in variants}
    for i in range(runs):
        for name, text in variants.items():
            if name == "naive" and i >= runs_naive:
                continue
            home = folder / f"{shell}-{name}"
            home.mkdir(exist_ok=True)
            (home / ".zshrc").write_text(text, encoding="utf-8")
            rc = home / "rc"
            rc.write_text(text, encoding="utf-8")
            env = {**os.environ, "HOME": str(home), "ZDOTDIR": str(home)}
            times[name].append(seconds(command(shell, rc), env))
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--runs-naive", type=int, default=20)
    parser.add_argument("--strict", action="store_true", help="exit 1 if over the target")
    args = parser.parse_args()
    for zone in (None, ZoneInfo("Asia/Baku")):
        if datetime.now(zone).strftime("%m%d") == "0120":
            raise SystemExit("today is 20 January: the hook prints, by design; run another day")
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores; medians in ms")
    print(f"{'shell':<6} {'version':<12} {'empty':>7} {'hook':>7} {'added':>7} {'naive':>7}")
    over = False
    with tempfile.TemporaryDirectory() as tmp:
        for shell in SHELLS:
            if shutil.which(shell) is None:
                print(f"{shell:<6} not installed")
                continue
            version = subprocess.run(
                [shell, "--version"], capture_output=True, text=True
            ).stdout.split("\n")[0]
            version = next((w for w in version.split() if w[:1].isdigit()), "?").split("(")[0]
            ms = measure(shell, args.runs, args.runs_naive, Path(tmp))
            added = ms["hook"] - ms["empty"]
            over |= added > TARGET_MS
            print(
                f"{shell:<6} {version:<12} {ms['empty']:7.2f} {ms['hook']:7.2f} "
                f"{added:+7.2f} {ms['naive']:7.1f}"
            )
    print(f"target: the hook adds at most {TARGET_MS:.0f} ms")
    if over and args.strict:
        sys.exit(1)


if __name__ == "__main__":
    main()

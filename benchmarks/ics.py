"""Calendar benchmark: the whole range 1991-9999 with the minute of silence against ten years,
in each language, written with `-o` through the temporary file as users write it.

Targets are ratios measured in the same run, commands interleaved round-robin:
- peak memory of the whole range at most 1.3 times that of ten years (it streams);
- with `--before PROGRAM` (an older mourning-day, e.g. from a venv of `main`), the whole
  range is not slower than that program's.

    .venv/bin/python benchmarks/ics.py [--runs 3] [--before /tmp/venv-main/bin/mourning-day]
        [--strict] [--json F]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import Command, child_env, mourning_day, run_once

LANGS = ("en", "az", "ru")
TEN_YEARS = ["--from-year", "2026", "--count", "10"]
EVERY_YEAR = ["--from-year", "1991", "--to-year", "9999"]  # 8,009 years, 16,018 events
RSS_LIMIT = 1.3


def commands(tmp: Path, before: str | None) -> list[Command]:
    md = mourning_day()
    cmds = []
    for lang in LANGS:
        for name, years in (("ten", TEN_YEARS), ("all", EVERY_YEAR)):
            out = tmp / f"{name}-{lang}.ics"
            args = ["ics", *years, "--with-silence", "--lang", lang, "--force", "-o", str(out)]
            cmds.append(Command(f"{name}_{lang}", [*md, *args]))
            if before and name == "all":
                old = tmp / f"before-{lang}.ics"
                cmds.append(Command(f"before_{lang}", [before, *args[:-1], str(old)]))
    return cmds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", help="an older mourning-day program to compare speed with")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.before is not None:
        # Checked first: the runs take seconds, and a missing program would only show as
        # a failed ratio (or a division by zero) at the end.
        found = shutil.which(args.before)
        if found is None:
            print(f"ics.py: --before: no such program: {args.before}", file=sys.stderr)
            return 2
        args.before = found

    env = child_env()
    with tempfile.TemporaryDirectory() as tmp:
        cmds = commands(Path(tmp), args.before)
        for _ in range(args.runs):
            for cmd in cmds:
                wall, rss, code = run_once(cmd, env)
                cmd.wall_s.append(wall)
                cmd.rss_kib.append(rss)
                cmd.exit_code = cmd.exit_code or code
        sizes = {p.stem: p.stat().st_size for p in Path(tmp).glob("*.ics")}

    by_name = {c.name: c for c in cmds}
    print(f"{'command':<10} {'median s':>9} {'peak MiB':>9} {'file MB':>8}")
    figures: dict[str, dict[str, float]] = {}
    for c in cmds:
        median_s, peak_mib = statistics.median(c.wall_s), statistics.median(c.rss_kib) / 1024
        size = sizes.get(c.name.replace("_", "-"), 0) / 1e6
        figures[c.name] = {
            "wall_s": median_s,
            "rss_mib": peak_mib,
            "bytes": size * 1e6,
            "exit": c.exit_code,
        }
        print(f"{c.name:<10} {median_s:>9.2f} {peak_mib:>9.1f} {size:>8.2f}")

    failed = [c.name for c in cmds if c.exit_code != 0]
    for lang in LANGS:
        every, ten = figures[f"all_{lang}"], figures[f"ten_{lang}"]
        ratio = every["rss_mib"] / ten["rss_mib"]
        ok = ratio <= RSS_LIMIT
        print(f"{lang}: peak memory, all / ten years = {ratio:.2f} (target <= {RSS_LIMIT})")
        if f"before_{lang}" in by_name:
            speed = every["wall_s"] / figures[f"before_{lang}"]["wall_s"]
            ok = ok and speed <= 1.0
            print(f"{lang}: time, all years now / before = {speed:.2f} (target <= 1.0)")
        if not ok:
            failed.append(lang)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    if failed:
        print("missed:", ", ".join(failed))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())

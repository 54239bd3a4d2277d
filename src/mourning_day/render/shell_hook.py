"""The snippet `mourning-day init SHELL` prints for a shell's start-up file, from the
templates in hooks/: the shell checks the date itself and starts mourning-day only on
20 January."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from mourning_day.core.anniversary import EVENT_DATE

HOOKS_DIR = Path(__file__).with_name("hooks")
HOOK_SHELLS = ("bash", "zsh", "fish")
# How each shell gives TZ to the one thing that reads the date, and to nothing else.
_TZ = {"bash": "TZ={zone} ", "zsh": "local -x TZ={zone}; ", "fish": "env TZ={zone} "}


def shell_hook(shell: str, zones: Sequence[str], lang: str | None) -> str:
    """The snippet for `shell`; with `zones`, the date is checked in the first and the line
    shows the minute of silence in each; with `lang`, the line is in that language
    (otherwise mourning-day chooses both when it runs, as always)."""
    zone = zones[0] if zones else None
    args = "".join(f" --tz {shlex.quote(z)}" for z in zones)
    if lang is not None:
        args += f" --lang {shlex.quote(lang)}"
    template = (HOOKS_DIR / f"init.{shell}").read_text(encoding="utf-8")
    return (
        template.replace("@TZ@", _TZ[shell].format(zone=shlex.quote(zone)) if zone else "")
        .replace("@MMDD@", f"{EVENT_DATE:%m%d}")
        .replace("@ARGS@", args)
    )

"""The snippet `mourning-day init SHELL` prints for a shell's start-up file, from the
templates in hooks/: the shell checks the date itself and starts mourning-day only on
20 January."""

from __future__ import annotations

import shlex
from pathlib import Path

from mourning_day.core.anniversary import EVENT_DATE

HOOKS_DIR = Path(__file__).with_name("hooks")
HOOK_SHELLS = ("bash", "zsh", "fish")
# How each shell gives TZ to the one thing that reads the date, and to nothing else.
_TZ = {"bash": "TZ={zone} ", "zsh": "local -x TZ={zone}; ", "fish": "env TZ={zone} "}


def shell_hook(shell: str, zone: str | None, lang: str | None) -> str:
    """The snippet for `shell`; with `zone`, the date is checked there and the line shows
    the minute of silence there; with `lang`, the line is in that language (otherwise
    mourning-day chooses both when it runs, as always)."""
    args = ""
    if zone is not None:
        args += f" --tz {shlex.quote(zone)}"
    if lang is not None:
        args += f" --lang {shlex.quote(lang)}"
    template = (HOOKS_DIR / f"init.{shell}").read_text(encoding="utf-8")
    return (
        template.replace("@TZ@", _TZ[shell].format(zone=shlex.quote(zone)) if zone else "")
        .replace("@MMDD@", f"{EVENT_DATE:%m%d}")
        .replace("@ARGS@", args)
    )

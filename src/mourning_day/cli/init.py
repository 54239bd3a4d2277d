"""`mourning-day init SHELL`: a snippet for the shell's start-up file that prints the day's
line in each new shell on 20 January and starts no program on the other days."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.errors import Mistake
from mourning_day.cli.options import Lang, Tz, prepare
from mourning_day.render.shell_hook import HOOK_SHELLS, shell_hook


def parse_shell(text: str) -> str:
    if text.lower() not in HOOK_SHELLS:
        raise Mistake("errors.init_shell", value=text, choices=", ".join(HOOK_SHELLS))
    return text.lower()


Shell = Annotated[
    str,
    typer.Argument(
        metavar="SHELL",
        parser=parse_shell,
        show_default=False,
        autocompletion=completer("shell"),
    ),
]


def command(ctx: typer.Context, shell: Shell, tz: Tz = None, lang: Lang = None) -> None:
    """Its help is in the catalogs, under "help.commands.init"."""
    run = prepare(ctx, None, tz, "text", lang)
    zone = run.zone.name if tz is not None else None
    print(shell_hook(shell, zone, run.msgs.lang if lang is not None else None), end="")

"""`mourning-day init SHELL`: a snippet for the shell's start-up file that prints the day's
line in each new shell on 20 January and starts no program on the other days."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.options import Lang, Tz, prepare


def command(
    ctx: typer.Context,
    shell: Annotated[
        str, typer.Argument(metavar="SHELL", show_default=False, autocompletion=completer("shell"))
    ],
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.init"."""
    from mourning_day.render.shell_hook import HOOK_SHELLS, shell_hook

    run = prepare(ctx, None, tz, "text", lang)
    name = shell.lower()
    if name not in HOOK_SHELLS:
        run.fail("shell", "errors.init_shell", value=shell, choices=", ".join(HOOK_SHELLS))
    zone = run.zone.name if tz is not None else None
    print(shell_hook(name, zone, run.msgs.lang if lang is not None else None), end="")

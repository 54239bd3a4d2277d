"""Shell completion: the values each option completes, and the options that print or
install a shell's script.

Completion itself runs through Typer: the shell calls the program again with
_MOURNING_DAY_COMPLETE set (complete_bash, complete_zsh, ...) and the words typed so far.
The script for a shell is what that protocol's "source" instruction prints, so it is asked
for the same way (no private function of Typer's is called)."""

import contextlib
import io
import os
from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import Any

import typer

from mourning_day.cli.errors import EXIT_NO, Mistake, reader_language, report
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.suggest import zone_names
from mourning_day.render.choices import CHOICES, SHELLS
from mourning_day.system.shell_files import INSTALLED, InstallError, install_script


def completer(option: str) -> Callable[[str], list[str]]:
    """Completes the values of `option` (a key of CHOICES) that begin with what is typed."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in CHOICES[option]() if v.startswith(incomplete)]

    return complete


def complete_zone(incomplete: str) -> list[str]:
    """IANA zones by prefix: "Asia/B" -> Asia/Baghdad, Asia/Bahrain, Asia/Baku, ..."""
    return [z for z in zone_names() if z.startswith(incomplete)]


def show_completion(ctx: typer.Context, param: Any, value: str | None) -> None:
    """--show-completion [SHELL]: print the script for SHELL, or for the shell running us."""
    if value is None or ctx.resilient_parsing:
        return
    print(completion_script(ctx, _shell(value, SHELLS)), end="")
    raise typer.Exit()


def install_completion(ctx: typer.Context, param: Any, value: str | None) -> None:
    """--install-completion [SHELL]: put the script where SHELL finds it."""
    if value is None or ctx.resilient_parsing:
        return
    shell = _shell(value, tuple(INSTALLED))
    msgs = Messages(reader_language(ctx))
    home = os.environ.get("HOME", "")
    if not home:  # as root with HOME= the files would land in /
        raise Mistake("errors.no_home")
    try:
        target = install_script(
            home, shell, ctx.find_root().info_name or "", completion_script(ctx, shell)
        )
    except InstallError as e:
        text = msgs.text("errors.output.failed", path=e.path, reason=e.reason)
        raise typer.Exit(report(text, EXIT_NO)) from e
    print(msgs.text("usage.installed", shell=shell, path=target))
    raise typer.Exit()


def completion_script(ctx: typer.Context, shell: str) -> str:
    """The script Typer writes for `shell`, through the completion protocol."""
    root = ctx.find_root()
    prog = root.info_name or ""
    var = "_{}_COMPLETE".format(prog.replace("-", "_").upper())
    saved = os.environ.get(var)
    os.environ[var] = f"source_{shell}"
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            root.command.main(args=[], prog_name=prog, complete_var=var)
    finally:
        if saved is None:
            del os.environ[var]
        else:
            os.environ[var] = saved
    return out.getvalue().strip() + "\n"  # zsh reads #compdef on the first line only


def _shell(value: str, shells: Sequence[str]) -> str:
    """SHELL as given, or (given as nothing) the one $SHELL names."""
    shell = value or PurePath(os.environ.get("SHELL", "bash")).name
    if shell not in shells:
        raise Mistake("usage.unknown_shell", value=shell, choices=", ".join(shells))
    return shell

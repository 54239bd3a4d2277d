"""Shell completion of option values, and the options that print or install the script.

Completion runs through click's protocol: the shell calls the program again with
_MOURNING_DAY_COMPLETE set (complete_bash, complete_zsh, ...) and the words typed so far."""

from collections.abc import Callable, Sequence
from typing import Any

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _formats() -> Sequence[str]:
    from mourning_day.render import FORMATS

    return tuple(FORMATS)


def _languages() -> Sequence[str]:
    from mourning_day.i18n.catalog import LANGUAGES

    return LANGUAGES


def _fields() -> Sequence[str]:
    from mourning_day.render.fields import OBSERVANCE_FIELDS

    return OBSERVANCE_FIELDS


def _moments() -> Sequence[str]:
    from mourning_day.core.vigil import MOMENTS

    return MOMENTS


def _hook_shells() -> Sequence[str]:
    from mourning_day.render.shell_hook import HOOK_SHELLS

    return HOOK_SHELLS


# Option (long name without dashes) -> its valid values. Help fills "{choices}" in the
# option's text from here and completion offers them, so both follow the code.
CHOICES: dict[str, Callable[[], Sequence[str]]] = {
    "format": _formats,
    "lang": _languages,
    "field": _fields,
    "until": _moments,
    "shell": _hook_shells,
    "show-completion": lambda: SHELLS,
    "install-completion": lambda: SHELLS,
}


def completer(option: str) -> Callable[[str], list[str]]:
    """Completes the values of `option` (a key of CHOICES) that begin with what is typed."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in CHOICES[option]() if v.startswith(incomplete)]

    return complete


def complete_zone(incomplete: str) -> list[str]:
    """IANA zones by prefix: "Asia/B" -> Asia/Baghdad, Asia/Bahrain, Asia/Baku, ..."""
    from mourning_day.i18n.suggest import zone_names

    return [z for z in zone_names() if z.startswith(incomplete)]


def show_completion(ctx: Any, param: Any, value: str | None) -> None:
    """--show-completion [SHELL]: print the script for SHELL, or for the shell running us."""
    if value is None or ctx.resilient_parsing:
        return
    import typer
    from typer._completion_shared import get_completion_script

    prog, var, shell = _setup(ctx, value)
    print(get_completion_script(prog_name=prog, complete_var=var, shell=shell))
    raise typer.Exit()


def install_completion(ctx: Any, param: Any, value: str | None) -> None:
    """--install-completion [SHELL]: add the script to SHELL's start-up file."""
    if value is None or ctx.resilient_parsing:
        return
    import typer
    from typer._completion_shared import install

    from mourning_day.cli.help import reader_language
    from mourning_day.i18n.messages import Messages

    prog, var, shell = _setup(ctx, value)
    shell, path = install(shell=shell, prog_name=prog, complete_var=var)
    print(Messages(reader_language(ctx)).text("usage.installed", shell=shell, path=path))
    raise typer.Exit()


def _setup(ctx: Any, value: str) -> tuple[str, str, str]:
    """The program's name, its completion variable and the shell (checked) to write for."""
    import os
    from pathlib import PurePath

    from typer._completion_classes import completion_init
    from typer._completion_shared import _get_shell_name

    from mourning_day.cli.help import reader_language
    from mourning_day.cli.options import InputError, echoed
    from mourning_day.i18n.messages import Messages

    shell = value or _get_shell_name() or PurePath(os.environ.get("SHELL", "bash")).name
    if shell not in SHELLS:
        msgs = Messages(reader_language(ctx))
        text = msgs.text(
            "usage.unknown_shell", **echoed({"value": shell, "choices": ", ".join(SHELLS)})
        )
        raise InputError(text)
    completion_init()
    prog = ctx.find_root().info_name
    return prog, "_{}_COMPLETE".format(prog.replace("-", "_").upper()), shell


def with_default_shell(args: list[str]) -> list[str]:
    """`--show-completion` may stand without a SHELL: give it the empty one (meaning 'the
    shell running us'), since click's options cannot take an optional value."""
    out: list[str] = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg in ("--show-completion", "--install-completion") and (
            i + 1 == len(args) or args[i + 1].startswith("-")
        ):
            out.append("")
    return out

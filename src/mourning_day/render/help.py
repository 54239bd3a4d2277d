"""Help screens in the reader's language.

Every word comes from the catalogs: a command's texts from "help.commands.<command>", an
option's from "help.options.<option>" (its long name without dashes; a command may give
its own under "help.commands.<command>.options"), its default from "help.defaults", and
click's headings from "usage". Option names, metavars and values are printed as they are.
Help follows the terminal's width, however narrow (click stops at 50 columns); what cannot
be broken may pass the edge: a word longer than the line, an option's names (alone on
their line), an example's command line (kept whole to be copied). Only the public parts
of click's formatter and parameters are used."""

import shutil
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mourning_day.i18n.catalog import load_catalog
from mourning_day.i18n.messages import Messages
from mourning_day.system.terminal import encodable

# Option (long name without dashes) -> its valid values, to fill "{choices}" in its help.
Choices = Mapping[str, Callable[[], Sequence[str]]]


def _find(msgs: Messages, keys: Sequence[str], kind: type) -> Any:
    """The first of `keys` (dotted) that the reader's catalog has as a `kind`, else the
    first that English has; None if neither has any."""
    for lang in dict.fromkeys((msgs.lang, "en")):
        for key in keys:
            node: Any = load_catalog(lang)
            for part in key.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, kind):
                return node
    return None


def _lookup(msgs: Messages, *keys: str) -> str | None:
    """A text: an option's help, a command's summary."""
    found: str | None = _find(msgs, keys, str)
    return found


def _section(msgs: Messages, key: str) -> dict[str, str]:
    """A mapping (examples, exit statuses), or {} where there is none."""
    found: dict[str, str] = _find(msgs, [key], dict) or {}
    return found


# Click lays help out no narrower than 50 columns and no wider than 80; a terminal of 30
# gets help 28 wide (click's margin of 2), down to this floor.
MAX_HELP_WIDTH = 80
MIN_HELP_WIDTH = 20
# A row's description beside its name needs this much room; with less, it goes below.
MIN_DESCRIPTION = 20
STACKED_INDENT = 4


def help_width() -> int:
    """The terminal's width (COLUMNS if set), less click's margin, within the bounds above."""
    columns = shutil.get_terminal_size().columns
    return max(min(columns, MAX_HELP_WIDTH) - 2, MIN_HELP_WIDTH)


def command_help(ctx: Any, command: Any, formatter: Any, msgs: Messages, choices: Choices) -> None:
    formatter.width = help_width()
    key = f"help.commands.{command.name}"
    _usage(ctx, command, formatter, msgs)
    _paragraphs(formatter, command_summary(command.name, msgs))
    _paragraphs(formatter, _lookup(msgs, f"{key}.details") or "")
    params = command.get_params(ctx)
    arguments = [_argument_row(command.name, p, msgs, choices) for p in params if _is_argument(p)]
    options = [_option_row(command.name, p, msgs, choices) for p in params if not _is_argument(p)]
    _rows(formatter, msgs.text("usage.arguments"), arguments)
    _rows(formatter, msgs.text("usage.options"), [row for row in options if row])
    _examples(formatter, msgs, _section(msgs, f"{key}.examples"))


def program_help(ctx: Any, group: Any, formatter: Any, msgs: Messages, choices: Choices) -> None:
    formatter.width = help_width()
    _usage(ctx, group, formatter, msgs)
    _paragraphs(formatter, msgs.text("help.program.summary"))
    _paragraphs(formatter, msgs.text("help.program.details"))
    commands = [(name, command_summary(name, msgs)) for name in group.list_commands(ctx)]
    _rows(formatter, msgs.text("usage.commands"), commands)
    options = [_option_row(None, p, msgs, choices) for p in group.get_params(ctx)]
    _rows(formatter, msgs.text("usage.options"), [row for row in options if row])
    _examples(formatter, msgs, _section(msgs, "help.program.examples"))
    _rows(
        formatter,
        msgs.text("usage.exit_status"),
        list(_section(msgs, "help.program.exit_status").items()),
    )


def command_summary(name: str, msgs: Messages) -> str:
    """The catalog's one line about a command (its docstring is not shown anywhere)."""
    return _lookup(msgs, f"help.commands.{name}.summary") or ""


def _shown(text: str) -> str:
    """`text` as standard output can show it (transliterated where its encoding lacks a
    letter), before it is laid out: a longer transliteration cannot push a line too wide."""
    return encodable(text, getattr(sys.stdout, "encoding", None) or "utf-8")


def _usage(ctx: Any, command: Any, formatter: Any, msgs: Messages) -> None:
    prefix = _shown(msgs.text("usage.usage")) + " "
    pieces = " ".join(command.collect_usage_pieces(ctx))
    room = formatter.width - formatter.current_indent
    if room >= len(prefix) + len(ctx.command_path) + 1 + MIN_DESCRIPTION:
        formatter.write_usage(ctx.command_path, pieces, prefix=prefix)
    else:  # click would keep "Usage: mourning-day summary" whole however narrow
        indent = " " * formatter.current_indent
        line = f"{prefix}{ctx.command_path} {pieces}"
        formatter.write(_wrap(line, formatter.width, indent, indent + " " * STACKED_INDENT))


def _wrap(text: str, width: int, first: str, rest: str) -> str:
    """`text` wrapped at spaces only: a word longer than the line (an option's or a
    variable's name) stays whole, as does "2026-01-20" at its hyphens."""
    wrapper = textwrap.TextWrapper(
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "".join(line + "\n" for line in wrapper.wrap(text))


def _paragraphs(formatter: Any, text: str) -> None:
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(_shown(text))


def _rows(formatter: Any, heading: str, rows: Sequence[tuple[str, str]]) -> None:
    """Names and descriptions side by side as click lays them out; on a terminal too narrow
    for that, each description below its name."""
    if not rows:
        return
    rows = [(name, _shown(text)) for name, text in rows]
    with formatter.section(_shown(heading)):
        first_column = min(max(len(name) for name, _ in rows), 30) + 2  # as click's write_dl
        if formatter.width - formatter.current_indent - first_column >= MIN_DESCRIPTION:
            formatter.write_dl(rows)
            return
        indent = " " * formatter.current_indent
        below = indent + " " * STACKED_INDENT
        for name, text in rows:
            formatter.write(f"{indent}{name}\n")
            formatter.write(_wrap(text, formatter.width, below, below))


def _examples(formatter: Any, msgs: Messages, examples: Mapping[str, str]) -> None:
    if not examples:
        return
    with formatter.section(_shown(msgs.text("usage.examples"))):
        indent = " " * formatter.current_indent
        for command_line, comment in examples.items():
            formatter.write(_wrap(_shown(comment), formatter.width, f"{indent}# ", f"{indent}# "))
            formatter.write(f"{indent}{command_line}\n")


def _is_argument(param: Any) -> bool:
    return bool(param.param_type_name == "argument")


def _option_name(param: Any) -> str:
    """The catalog key of an option: its long name without dashes ("from-year")."""
    names = [*param.opts, *param.secondary_opts]
    return next((n[2:] for n in names if n.startswith("--")), param.name or "")


def _option_row(
    command: str | None, param: Any, msgs: Messages, choices: Choices
) -> tuple[str, str] | None:
    if getattr(param, "hidden", False):
        return None
    names = ", ".join(sorted(param.opts, key=len))
    if param.secondary_opts:
        names += " / " + ", ".join(param.secondary_opts)
    if not getattr(param, "is_flag", False) and param.metavar:
        names += f" {param.metavar}"
    name = _option_name(param)
    return names, _described(msgs, command, name, "options", param, choices)


def _argument_row(
    command: str | None, param: Any, msgs: Messages, choices: Choices
) -> tuple[str, str]:
    name = param.metavar or (param.name or "").upper()
    shown = name if param.required else f"[{name}]"
    name = name.lower()
    return shown, _described(msgs, command, name, "arguments", param, choices)


def _described(
    msgs: Messages, command: str | None, name: str, kind: str, param: Any, choices: Choices
) -> str:
    """An option's or argument's help, its {choices} filled, with its default and its
    environment variable in brackets."""
    keys = [f"help.commands.{command}.{kind}.{name}"] if command else []
    text = _lookup(msgs, *keys, f"help.{kind}.{name}") or param.help or ""
    if name in choices and "{choices}" in text:
        text = text.format(choices=msgs.join_or(list(choices[name]())))
    extras = []
    defaults = [f"help.commands.{command}.defaults.{name}"] if command else []
    default = _lookup(msgs, *defaults, f"help.defaults.{name}")
    if default:
        extras.append(msgs.text("usage.default", value=default))
    if isinstance(getattr(param, "envvar", None), str):
        extras.append(msgs.text("usage.env", var=param.envvar))
    return f"{text}  [{'; '.join(extras)}]" if extras else text

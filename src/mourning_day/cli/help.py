"""Help screens and usage errors in the reader's language.

Every word comes from the catalogs: a command's texts from "help.commands.<command>", an
option's from "help.options.<option>" (its long name without dashes; a command may give
its own under "help.commands.<command>.options"), its default from "help.defaults", and
click's own words (headings, its errors) from "usage". Option names, metavars and values
are printed as they are. Help follows the terminal's width, however narrow (click stops at
50 columns); what cannot be broken may pass the edge: a word longer than the line, an
option's names (alone on their line), an example's command line (kept whole to be copied).
Nothing here runs unless help is shown or a usage error occurs:
the classes only route those two moments to the functions below."""

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperCommand, TyperGroup

from mourning_day.i18n.catalog import load_catalog
from mourning_day.i18n.language import language_code, language_from_locale
from mourning_day.i18n.messages import Messages

ARGS = "mourning_day.args"  # ctx.meta key: the command line as typed, for the language
DEFAULT_COMMAND = "next"  # what `mourning-day` alone runs, as `cal` alone prints a month


class NoSuchCommand(UsageError):
    def __init__(self, name: str, ctx: Any) -> None:
        super().__init__(f"no such command {name!r}", ctx)
        self.name = name


class ExtraArguments(UsageError):
    def __init__(self, extra: Sequence[str], ctx: Any) -> None:
        super().__init__(f"unexpected arguments: {' '.join(extra)}", ctx)
        self.extra = list(extra)


class HelpCommand(TyperCommand):
    """A command whose help and usage errors speak the reader's language."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        command_help(ctx, self, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        """What zsh, fish and PowerShell show beside the command's name when completing: the
        catalog's summary in the reader's language (from the environment: completion gets
        no context), shortened as click shortens help."""
        import textwrap

        summary = command_summary(self.name or "", Messages(reader_language(None)))
        return textwrap.shorten(summary, limit, placeholder="…")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Click reports extra arguments in an English sentence; report them ourselves.
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        with _in_context(ctx):
            rest = super().parse_args(ctx, args)
        ctx.allow_extra_args = allowed
        if ctx.args and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(ctx.args, ctx)
        return rest


class HelpGroup(TyperGroup):
    """The program: runs `next` when given nothing, suggests a command for a typo, and
    shows its help in the reader's language."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from mourning_day.cli.completion import with_default_shell

        ctx.meta[ARGS] = list(args)
        if not ctx.resilient_parsing:
            bare = _without_lang(args)
            if bare != args and bare and all(_own_option(ctx, self, a) for a in bare):
                args = bare  # `mourning-day --help --lang ru`: the language is taken
            elif not args or (args[0].startswith("-") and not _own_option(ctx, self, args[0])):
                args = [DEFAULT_COMMAND, *args]
        with _in_context(ctx):
            return super().parse_args(ctx, with_default_shell(args))

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if (
            name
            and not name.startswith("-")
            and not ctx.resilient_parsing
            and self.get_command(ctx, name) is None
        ):
            raise NoSuchCommand(name, ctx)
        return super().resolve_command(ctx, args)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return ["[OPTIONS]", "[COMMAND [ARGS]...]"]

    def _main_shell_completion(
        self, ctx_args: Any, prog_name: str, complete_var: Any = None
    ) -> None:
        # Typer registers its shells' completion scripts only for its own completion
        # options, which we replace (to take --show-completion SHELL); register them here.
        var = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        if os.environ.get(var):
            from typer._completion_classes import completion_init

            completion_init()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        program_help(ctx, self, formatter)


def _own_option(ctx: Any, group: Any, arg: str) -> bool:
    """Whether `arg` is one of the program's own options. Any other option goes to the
    default command: `mourning-day --tz Asia/Baku` is `mourning-day next --tz Asia/Baku`."""
    own = {o for p in group.get_params(ctx) for o in (*p.opts, *p.secondary_opts)}
    return arg.partition("=")[0] in own


def _without_lang(args: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for arg in args:
        if skip or arg.startswith("--lang="):
            skip = False
        elif arg == "--lang":
            skip = True
        else:
            out.append(arg)
    return out


@contextlib.contextmanager
def _in_context(ctx: Any) -> Iterator[None]:
    """Click's parser raises some usage errors without their context; attach it, so that
    the message can name the command and where its help is."""
    try:
        yield
    except UsageError as e:
        if e.ctx is None:
            e.ctx, e.cmd = ctx, ctx.command
        raise


# --- the reader's language --------------------------------------------------------------


def reader_language(ctx: Any, env: Mapping[str, str] = os.environ) -> str:
    """--lang if it names a language we speak (wherever it stands on the command line, so
    that `next --help --lang ru` is Russian), else MOURNING_DAY_LANG, else the locale."""
    args: list[str] = ctx.meta.get(ARGS, []) if ctx is not None else []
    for value in (_option_value(args, "--lang"), env.get("MOURNING_DAY_LANG")):
        code = language_code(value) if value else None
        if code:
            return code
    return language_from_locale(env)


def _option_value(args: Sequence[str], option: str) -> str | None:
    value = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == option and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(option + "="):
            value = arg.partition("=")[2]
    return value


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


def join_or(msgs: Messages, names: Sequence[str]) -> str:
    """E.g. "rich, text, json or csv"."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + msgs.text("usage.or") + names[-1]


# --- help screens -------------------------------------------------------------------------


# Click lays help out no narrower than 50 columns and no wider than 80; a terminal of 30
# gets help 28 wide (click's margin of 2), down to this floor.
MAX_HELP_WIDTH = 80
MIN_HELP_WIDTH = 20
# A row's description beside its name needs this much room; with less, it goes below.
MIN_DESCRIPTION = 20
STACKED_INDENT = 4


def help_width() -> int:
    """The terminal's width (COLUMNS if set), less click's margin, within the bounds above."""
    import shutil

    columns = shutil.get_terminal_size().columns
    return max(min(columns, MAX_HELP_WIDTH) - 2, MIN_HELP_WIDTH)


def command_help(ctx: Any, command: Any, formatter: Any) -> None:
    formatter.width = help_width()
    msgs = Messages(reader_language(ctx))
    key = f"help.commands.{command.name}"
    _usage(ctx, command, formatter, msgs)
    _paragraphs(formatter, command_summary(command.name, msgs))
    _paragraphs(formatter, _lookup(msgs, f"{key}.details") or "")
    params = command.get_params(ctx)
    arguments = [_argument_row(ctx, command.name, p, msgs) for p in params if _is_argument(p)]
    options = [_option_row(ctx, command.name, p, msgs) for p in params if not _is_argument(p)]
    _rows(formatter, msgs.text("usage.arguments"), arguments)
    _rows(formatter, msgs.text("usage.options"), [row for row in options if row])
    _examples(formatter, msgs, _section(msgs, f"{key}.examples"))


def program_help(ctx: Any, group: Any, formatter: Any) -> None:
    formatter.width = help_width()
    msgs = Messages(reader_language(ctx))
    _usage(ctx, group, formatter, msgs)
    _paragraphs(formatter, msgs.text("help.program.summary"))
    _paragraphs(formatter, msgs.text("help.program.details"))
    commands = [(name, command_summary(name, msgs)) for name in group.list_commands(ctx)]
    _rows(formatter, msgs.text("usage.commands"), commands)
    options = [_option_row(ctx, None, p, msgs) for p in group.get_params(ctx)]
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


def _usage(ctx: Any, command: Any, formatter: Any, msgs: Messages) -> None:
    prefix = msgs.text("usage.usage") + " "
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
    import textwrap

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
            formatter.write_text(text)


def _rows(formatter: Any, heading: str, rows: Sequence[tuple[str, str]]) -> None:
    """Names and descriptions side by side as click lays them out; on a terminal too narrow
    for that, each description below its name."""
    if not rows:
        return
    with formatter.section(heading):
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
    with formatter.section(msgs.text("usage.examples")):
        indent = " " * formatter.current_indent
        for command_line, comment in examples.items():
            formatter.write(_wrap(comment, formatter.width, f"{indent}# ", f"{indent}# "))
            formatter.write(f"{indent}{command_line}\n")


def _is_argument(param: Any) -> bool:
    return bool(param.param_type_name == "argument")


def _option_name(param: Any) -> str:
    """The catalog key of an option: its long name without dashes ("from-year")."""
    names = [*param.opts, *param.secondary_opts]
    return next((n[2:] for n in names if n.startswith("--")), param.name or "")


def _option_row(
    ctx: Any, command: str | None, param: Any, msgs: Messages
) -> tuple[str, str] | None:
    if getattr(param, "hidden", False):
        return None
    names = ", ".join(sorted(param.opts, key=len))
    if param.secondary_opts:
        names += " / " + ", ".join(param.secondary_opts)
    if not getattr(param, "is_flag", False) and param.metavar:
        names += f" {param.metavar}"
    name = _option_name(param)
    return names, _described(msgs, command, name, "options", param, param.envvar)


def _argument_row(ctx: Any, command: str | None, param: Any, msgs: Messages) -> tuple[str, str]:
    shown = param.make_metavar(ctx)
    name = (param.metavar or param.name or "").lower()
    return shown, _described(msgs, command, name, "arguments", param, None)


def _described(
    msgs: Messages, command: str | None, name: str, kind: str, param: Any, envvar: Any
) -> str:
    """An option's or argument's help, its {choices} filled, with its default and its
    environment variable in brackets."""
    from mourning_day.cli.completion import CHOICES

    keys = [f"help.commands.{command}.{kind}.{name}"] if command else []
    text = _lookup(msgs, *keys, f"help.{kind}.{name}") or param.help or ""
    if name in CHOICES and "{choices}" in text:
        text = text.format(choices=join_or(msgs, CHOICES[name]()))
    extras = []
    defaults = [f"help.commands.{command}.defaults.{name}"] if command else []
    default = _lookup(msgs, *defaults, f"help.defaults.{name}")
    if default:
        extras.append(msgs.text("usage.default", value=default))
    if isinstance(envvar, str):
        extras.append(msgs.text("usage.env", var=envvar))
    return f"{text}  [{'; '.join(extras)}]" if extras else text


# --- usage errors -------------------------------------------------------------------------


def usage_message(error: Any) -> str:
    """Click's usage error as one line in the reader's language, naming the closest valid
    names where there are any and where help is."""
    ctx = getattr(error, "ctx", None)
    msgs = Messages(reader_language(ctx))
    text = _describe(error, ctx, msgs)
    if ctx is not None:
        text = msgs.text("usage.see_help", message=text, command=ctx.command_path)
    return text


def suggest(msgs: Messages, message: str, names: Sequence[str]) -> str:
    """`message`, and "did you mean …?" if there are names to offer."""
    if not names:
        return message
    return msgs.text("usage.suggest", message=message, names=join_or(msgs, list(names)))


def _describe(error: Any, ctx: Any, msgs: Messages) -> str:
    from mourning_day.cli import shown, visible
    from mourning_day.i18n.suggest import close_matches

    if isinstance(error, NoSuchCommand):
        known = list(ctx.command.list_commands(ctx))
        problem = msgs.text("usage.no_such_command", name=shown(error.name))
        return suggest(msgs, problem, close_matches(error.name, known))
    if isinstance(error, ExtraArguments):
        return msgs.text("usage.extra_arguments", args=" ".join(map(shown, error.extra)))
    if isinstance(error, NoSuchOption):
        problem = msgs.text("usage.no_such_option", name=shown(error.option_name))
        known = [o for p in ctx.command.get_params(ctx) for o in (*p.opts, *p.secondary_opts)]
        return suggest(msgs, problem, close_matches(error.option_name, known))
    if isinstance(error, BadOptionUsage) and ctx is not None:
        param = next((p for p in ctx.command.get_params(ctx) if error.option_name in p.opts), None)
        flag = param is not None and getattr(param, "is_flag", False)
        key = "usage.takes_no_value" if flag else "usage.requires_value"
        return msgs.text(key, name=shown(error.option_name))
    if isinstance(error, MissingParameter) and error.param is not None:
        return msgs.text("usage.missing_argument", name=error.param.make_metavar(ctx))
    if isinstance(error, BadParameter) and error.param is not None:
        name = error.param.get_error_hint(ctx)
        return msgs.text("usage.invalid_value", name=name, message=visible(error.message))
    return str(error.format_message())

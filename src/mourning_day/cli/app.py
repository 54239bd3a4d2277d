"""The program: its commands (each built only when run), its own options, and the edge
where every error becomes one line and an exit status."""

import errno
import importlib
import os
import sys
import textwrap
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from mourning_day.cli.completion import completer, install_completion, show_completion
from mourning_day.cli.errors import (
    ARGS,
    EXIT_NO,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    Mistake,
    message,
    reader_language,
    report,
)
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.suggest import close_matches
from mourning_day.render.choices import CHOICES
from mourning_day.render.help import command_help, command_summary, program_help
from mourning_day.system.process import out_of_memory, stdout_to_devnull
from mourning_day.system.terminal import ignore_unusable_terminal_size, prepare_streams

# Command name -> module under mourning_day.cli that defines `command`.
COMMANDS = {
    "next": "next",
    "summary": "summary",
    "table": "table",
    "is-today": "is_today",
    "ics": "ics",
    "silence": "silence",
    "init": "init",
}
DEFAULT_COMMAND = "next"  # what `mourning-day` alone runs, as `cal` alone prints a month


def _print_help(ctx: Any, param: Any, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        print(ctx.get_help())
        raise typer.Exit()


class _PrintedHelp:
    """click's help option echoes through a UTF-8 writer of its own where stdout is ASCII;
    help is printed as all output is, so a terminal in any encoding can show it."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.callback = _print_help
        return option


class Command(_PrintedHelp, TyperCommand):
    """A command whose help and extra arguments speak the reader's language."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        command_help(ctx, self, formatter, Messages(reader_language(ctx)), CHOICES)

    def get_short_help_str(self, limit: int = 45) -> str:
        """What zsh and fish show beside the command's name when completing."""
        summary = command_summary(self.name or "", Messages(reader_language(None)))
        return textwrap.shorten(summary, limit, placeholder="…")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.allow_extra_args = True  # reported below, in the reader's language
        try:
            rest = super().parse_args(ctx, args)
        except typer.TyperException as e:
            if getattr(e, "ctx", True) is None:  # click's parser may leave it out
                e.ctx = ctx  # type: ignore[attr-defined]
            raise
        if ctx.resilient_parsing:
            return rest
        # `next --tz --lang ru`, `ics -o --force`: click takes the next option's name for the
        # value (and leaves "ru" over); the option's value is missing.
        names = {name for param in self.params for name in param.opts}
        for param in self.params:
            given = ctx.params.get(param.name)
            if set(given if isinstance(given, list | tuple) else [given]) & names:
                name = param.opts[0]
                raise Mistake("usage.requires_value", see_help=True, name=name).with_ctx(ctx)
        if ctx.args:
            raise Mistake("usage.extra_arguments", see_help=True, args=ctx.args).with_ctx(ctx)
        return rest


class Program(_PrintedHelp, TyperGroup):
    """Runs `next` when given nothing, suggests a command for a typo, shows its help in
    the reader's language, and loads a command's module only when it is run or listed."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        function = importlib.import_module(f"mourning_day.cli.{module}").command
        single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        single.command(cmd_name, cls=Command)(function)
        return typer.main.get_command(single)

    def get_params(self, ctx: Any) -> list[Any]:
        # add_completion=True is what registers Typer's shell scripts for the completion
        # protocol; Typer then appends its own --show/--install-completion, after ours.
        seen: set[str] = set()
        params = []
        for param in super().get_params(ctx):
            if not seen.intersection(param.opts):
                params.append(param)
                seen.update(param.opts)
        return params

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[ARGS] = list(args)
        if not ctx.resilient_parsing:
            args = _as_click_reads(args, {name for p in self.get_params(ctx) for name in p.opts})
        return super().parse_args(ctx, args)

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """The edge: every usage error, ours or click's, is one line on stderr with status
        2; a failed write is one line with status 1."""
        ignore_unusable_terminal_size(os.environ)
        try:
            code = super().main(
                args, prog_name or PROG, complete_var, standalone_mode=False, **extra
            )
            sys.stdout.flush()  # so that a write error is reported here, not at exit
        except typer.TyperException as e:  # Mistake, and click's own: unknown option, ...
            code = report(message(e), EXIT_USAGE)
        except typer.Abort:
            code = report("aborted", EXIT_NO)
        except OSError as e:  # a full disk, a closed descriptor: not the user's typing
            if e.errno == errno.ENOMEM:
                out_of_memory()
            code = report(f"cannot write output: {e.strerror or e}", EXIT_NO)
            stdout_to_devnull()
        except SystemExit as e:  # the completion protocol ends so
            code = e.code if isinstance(e.code, int) else (EXIT_OK if e.code is None else EXIT_NO)
        code = code if isinstance(code, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            near = close_matches(name, list(COMMANDS))
            raise Mistake("usage.no_such_command", near=near, see_help=True, name=name).with_ctx(
                ctx
            )
        return super().resolve_command(ctx, args)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return ["[OPTIONS]", "[COMMAND [ARGS]...]"]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        program_help(ctx, self, formatter, Messages(reader_language(ctx)), CHOICES)


def _as_click_reads(args: list[str], own: set[str]) -> list[str]:
    """The program's command line in the shape click parses: `mourning-day --tz Asia/Baku`
    is `next --tz Asia/Baku`; before a command, `--lang` is read from ARGS alone
    (errors.reader_language), as for `mourning-day --help --lang ru`; a SHELL left out after
    --show-completion is "" (click's options cannot take an optional value); `--lang ru
    summary` is `summary --lang ru`, as every command takes --lang."""
    lang = 2 if args[:1] == ["--lang"] else 1 if args[:1] and args[0].startswith("--lang=") else 0
    if lang and args[lang:] and not args[lang].startswith("-"):
        return [args[lang], *args[:lang], *args[lang + 1 :]]
    if not args or (args[0].startswith("-") and args[0].partition("=")[0] not in own):
        return [DEFAULT_COMMAND, *args]
    if args[0] in own:
        args = [
            a for i, a in enumerate(args) if "--lang" not in (a.partition("=")[0], *args[i - 1 : i])
        ]
    shell_options = ("--show-completion", "--install-completion")
    return [
        piece
        for i, arg in enumerate(args)
        for piece in (
            (arg, "")
            if arg in shell_options and (args[i + 1 : i + 2] or ["-"])[0].startswith("-")
            else (arg,)
        )
    ]


app = typer.Typer(
    cls=Program,
    name=PROG,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        # importlib.metadata costs more than a bare Typer app's whole start: only here.
        from importlib.metadata import version

        print(f"{PROG} {version(PROG)}")
        raise typer.Exit()


def _shell_option(name: str, callback: Any) -> Any:
    """An option whose SHELL may be left out: `--show-completion` alone is for $SHELL."""
    return typer.Option(
        name,
        metavar="[SHELL]",
        callback=callback,
        is_eager=True,
        expose_value=False,
        show_default=False,
        autocompletion=completer(name.removeprefix("--")),
    )


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True)
    ] = False,
    show: Annotated[str | None, _shell_option("--show-completion", show_completion)] = None,
    install: Annotated[
        str | None, _shell_option("--install-completion", install_completion)
    ] = None,
) -> None:
    """The program's own options; its help text is in the catalogs ("help.program")."""


def run(args: list[str] | None = None) -> int:
    """Run the program with safe standard streams; returns the exit status."""
    prepare_streams()
    code: int = typer.main.get_command(app).main(args, PROG, standalone_mode=False)
    return code

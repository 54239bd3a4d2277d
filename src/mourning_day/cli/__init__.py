"""The command line: the app, the edge where errors become exit codes, and the console script.

Each command lives in its own module (cli/next.py, cli/summary.py, ...), imported only when
that command is run or listed; shared options and their parsing live in cli/options.py.
Everything a user can get wrong ends here as one line on stderr and exit status 2."""

import contextlib
import importlib
import os
import sys
from collections.abc import MutableMapping
from typing import Annotated, Any, NoReturn

import typer

from mourning_day.cli.completion import completer, install_completion, show_completion
from mourning_day.cli.help import HelpCommand, HelpGroup, usage_message
from mourning_day.cli.options import EXIT_NO, EXIT_OK, EXIT_USAGE, PROG, InputError
from mourning_day.system.process import Interrupted, die_by, finish, quiet_stderr, start

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


class EdgeGroup(HelpGroup):
    """Builds only the subcommand being run, and turns every usage error, ours or click's,
    into one line on stderr."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        function = importlib.import_module(f"mourning_day.cli.{module}").command
        single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        single.command(cmd_name, cls=HelpCommand)(function)
        return typer.main.get_command(single)

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        _ignore_unusable_terminal_size(os.environ)
        try:
            code = super().main(
                args, prog_name or PROG, complete_var, standalone_mode=False, **extra
            )
            sys.stdout.flush()  # so that a write error is reported here, not at exit
        except InputError as e:
            code = report(str(e), EXIT_USAGE)
        except typer.TyperException as e:  # click's own: unknown option, missing value, ...
            code = report(usage_message(e), e.exit_code)
        except typer.Abort:
            code = report("aborted", EXIT_NO)
        except OSError as e:  # a full disk, a closed descriptor: not the user's typing
            code = report(f"cannot write output: {e.strerror or e}", EXIT_NO)
            _silence_stdout()
        code = code if isinstance(code, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


def report(message: str, code: int) -> int:
    """One line on stderr, prefixed with the program's name; returns `code` for the caller.

    Control characters in it (a newline in a value someone passed) are shown escaped, so
    one problem stays one line. If stderr is closed or full the line is lost, but the exit
    status stays what the problem gives."""
    try:
        print(f"{PROG}: {visible(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        sys.stderr = quiet_stderr()  # drop what is buffered, so no later flush fails again
    return code


def visible(text: str) -> str:
    """`text` with control and format characters escaped: "\\n", "\\x1b", "\\u202e"; a
    byte that was not UTF-8 in the command line (Python keeps it as a lone surrogate) as
    "\\xff". Spaces stay as they are: catalogs use no-break ones."""
    if text.isprintable():
        return text
    return "".join(_visible_char(c) for c in text)


# How much of a value an error message echoes: enough to recognise it, and a pasted
# megabyte or a number of 5,000 digits still gives a line that fits a terminal.
ECHO_LIMIT = 40


def shown(value: str, limit: int = ECHO_LIMIT) -> str:
    """A value the user gave, for an error message: escaped as `visible` does, and cut to
    `limit` characters with "…" if longer (never inside an escape such as "\\x1b")."""
    pieces = [_visible_char(c) for c in value]
    if sum(map(len, pieces)) <= limit:
        return "".join(pieces)
    kept, used = [], 0
    for piece in pieces:
        if used + len(piece) > limit - 1:
            break
        kept.append(piece)
        used += len(piece)
    return "".join(kept) + "…"


def _visible_char(c: str) -> str:
    if c.isprintable():
        return c
    if "\udc80" <= c <= "\udcff":
        return f"\\x{ord(c) - 0xDC00:02x}"
    import unicodedata

    if unicodedata.category(c) == "Zs":
        return c
    return c.encode("unicode_escape").decode("ascii")


# Wider than any terminal; Rich would lay out lines this long (a million columns take
# 180 MB), and int() refuses numbers of thousands of digits.
MAX_TERMINAL_SIZE = 10_000


def _ignore_unusable_terminal_size(environ: MutableMapping[str, str]) -> None:
    """COLUMNS and LINES are hints from the shell, read by Rich and click: one that is not a
    size a terminal has ("²", "-5", a hundred digits) is dropped, and the real size used."""
    for name in ("COLUMNS", "LINES"):
        value = environ.get(name)
        if value is None:
            continue
        digits = value.lstrip("0")
        ascii_number = value.isascii() and value.isdigit() and 0 < len(digits) <= 5
        if not (ascii_number and int(digits) <= MAX_TERMINAL_SIZE):
            del environ[name]


def _silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the interpreter's last flush of
    what is still buffered cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


app = typer.Typer(
    cls=EdgeGroup,
    name=PROG,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"{PROG} {version(PROG)}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True),
    ] = False,
    show: Annotated[
        str | None,
        typer.Option(
            "--show-completion",
            metavar="[SHELL]",
            callback=show_completion,
            is_eager=True,
            expose_value=False,
            show_default=False,
            autocompletion=completer("show-completion"),
        ),
    ] = None,
    install: Annotated[
        str | None,
        typer.Option(
            "--install-completion",
            metavar="[SHELL]",
            callback=install_completion,
            is_eager=True,
            expose_value=False,
            show_default=False,
            autocompletion=completer("install-completion"),
        ),
    ] = None,
) -> None:
    """The program's own options; its help text is in the catalogs ("help.program")."""


def main() -> NoReturn:
    """Run the app as a process: safe standard streams, stopping signals that end it by the
    signal after clean-up, and the exit status the command's meaning gives."""
    from mourning_day.system.terminal import prepare_streams

    start()  # already done by the console script; here for callers of this function
    try:
        prepare_streams()
        try:
            app()
            code = EXIT_OK
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (EXIT_OK if e.code is None else EXIT_NO)
        finish(code)
    except Interrupted as e:
        die_by(e.signum)

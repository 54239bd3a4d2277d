"""The command line: parse options, ask the domain, hand the records to a renderer.

Everything a user can get wrong ends here as one line on stderr and exit status 2.
(No `from __future__ import annotations` here: Typer reads these annotations on every run,
and evaluating them from strings would cost time.)"""

import contextlib
import io
import os
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NamedTuple, NoReturn, TextIO, TypeVar

import typer
from typer.core import TyperGroup

from mourning_day import clock
from mourning_day.anniversary import (
    FIRST_YEAR,
    LAST_YEAR,
    ReversedRangeError,
    YearOutOfRangeError,
    YearRange,
    anniversary,
    next_anniversary,
)
from mourning_day.language import language_from_locale
from mourning_day.messages import LANGUAGES, Messages
from mourning_day.observance import observe, summarize
from mourning_day.render import FORMATS, renderer
from mourning_day.render.fields import OBSERVANCE_FIELDS, observance_fields
from mourning_day.zones import LOCAL, UnknownZoneError, Zone, parse_zone, today_in

PROG = "mourning-day"
DEFAULT_COUNT = 10
MACHINE_FORMATS = ("json", "csv")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

EXIT_OK, EXIT_NO, EXIT_USAGE = 0, 1, 2
Command = TypeVar("Command", bound=Callable[..., None])


class InputError(Exception):
    """Something the user typed or set in the environment; reported in one line, exit 2."""


COMMANDS: dict[str, Callable[..., None]] = {}


def command(name: str) -> Callable[[Command], Command]:
    """Register a subcommand. Typer turns it into a click command only when it is run (or
    listed in --help): building every command's parameters on each start costs time."""

    def register(function: Command) -> Command:
        COMMANDS[name] = function
        return function

    return register


class EdgeGroup(TyperGroup):
    """Builds only the subcommand being run, and turns every usage error, ours or click's,
    into one line on stderr."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        function = COMMANDS.get(cmd_name)
        if function is None:
            return None
        single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        single.command(cmd_name)(function)
        return typer.main.get_command(single)

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(
                args, prog_name or PROG, complete_var, standalone_mode=False, **extra
            )
            sys.stdout.flush()  # so that a write error is reported here, not at exit
        except InputError as e:
            code = _report(str(e), EXIT_USAGE)
        except typer.TyperException as e:  # click's own: unknown option, missing value, ...
            message = e.format_message()
            usage_ctx = getattr(e, "ctx", None)
            if not message:  # no arguments at all: click has already shown the help
                code = e.exit_code
            else:
                if usage_ctx is not None:
                    message += f" (see '{usage_ctx.command_path} --help')"
                code = _report(message, e.exit_code)
        except typer.Abort:
            code = _report("aborted", EXIT_NO)
        except OSError as e:  # a full disk, a closed descriptor: not the user's typing
            code = _report(f"cannot write output: {e.strerror or e}", EXIT_NO)
            _silence_stdout()
        code = code if isinstance(code, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


def _report(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the interpreter's last flush of
    what is still buffered cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


app = typer.Typer(
    cls=EdgeGroup,
    name=PROG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Options every command shares. Values are parsed by hand (not by click's types) so that
# every mistake gets one line in the reader's language.
Today = Annotated[
    str | None,
    typer.Option(
        "--today",
        envvar="MOURNING_DAY_TODAY",
        metavar="DATE",
        help="Take DATE (YYYY-MM-DD) as today.",
        show_default=False,
    ),
]
Tz = Annotated[
    str | None,
    typer.Option(
        "--tz",
        envvar="MOURNING_DAY_TZ",
        metavar="ZONE",
        help="IANA time zone whose 'today' counts, e.g. Asia/Baku. [default: the system's]",
        show_default=False,
    ),
]
Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="rich, text, json or csv. [default: rich on a terminal, text otherwise]",
        show_default=False,
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        envvar="MOURNING_DAY_LANG",
        metavar="LANG",
        help="az, ru or en. [default: from LC_ALL, LC_MESSAGES or LANG, else en]",
        show_default=False,
    ),
]
Year = Annotated[str | None, typer.Option(metavar="YEAR", show_default=False)]
Count = Annotated[
    str | None,
    typer.Option(metavar="N", help="Number of years. [default: 10]", show_default=False),
]


class Run(NamedTuple):
    """What every command needs, resolved from options, environment and clock."""

    ctx: typer.Context
    msgs: Messages
    today: date
    zone: Zone
    fmt: str

    def fail(self, param: str | None, key: str, **values: object) -> NoReturn:
        raise InputError(_message(self.ctx, self.msgs, param, key, **values))

    def year(self, param: str, value: str) -> int:
        year = _whole_number(value)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            self.fail(param, "errors.year", value=value, first=FIRST_YEAR, last=LAST_YEAR)
        return year

    def next_year(self) -> int:
        try:
            return next_anniversary(self.today).year
        except YearOutOfRangeError:
            self.fail("today", "errors.date_range", value=self.today.isoformat(), last=LAST_YEAR)

    def years(self, from_year: str | None, to_year: str | None, count: str | None) -> YearRange:
        """--from-year with --to-year or --count; by default the next ten anniversaries."""
        first = self.year("from_year", from_year) if from_year is not None else self.next_year()
        if to_year is not None and count is not None:
            self.fail(None, "errors.to_and_count")
        if to_year is not None:
            last = self.year("to_year", to_year)
        elif count is not None:
            most = LAST_YEAR - first + 1
            n = _whole_number(count)
            if not 1 <= n <= most:
                self.fail("count", "errors.count", value=count, most=most)
            last = first + n - 1
        else:
            last = min(first + DEFAULT_COUNT - 1, LAST_YEAR)
        try:
            return YearRange(first, last, self.today)
        except ReversedRangeError:
            self.fail(None, "errors.reversed", first=first, last=last)

    def render(self, kind: str, *records: object) -> None:
        if self.fmt not in MACHINE_FORMATS:
            getattr(renderer(self.fmt), kind)(*records, self.msgs, sys.stdout)
            return
        # JSON and CSV are UTF-8 whatever the terminal's encoding: a script must get the
        # same bytes everywhere, never a transliteration.
        with utf8_stdout() as out:
            getattr(renderer(self.fmt), kind)(*records, self.msgs, out)


@contextlib.contextmanager
def utf8_stdout() -> Iterator[TextIO]:
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        yield out
    finally:
        out.flush()
        out.detach()


def _whole_number(text: str) -> int:
    """ASCII digits only ("2026"); anything else, "²" or " 5" or "2_026" included, is 0."""
    return int(text) if text.isascii() and text.isdigit() else 0


def _message(
    ctx: typer.Context, msgs: Messages, param: str | None, key: str, **values: object
) -> str:
    """The localized error, saying so when the bad value came from an environment variable."""
    message = msgs.text(key, **values)
    if param is not None:
        source = ctx.get_parameter_source(param)
        if source is not None and source.name == "ENVIRONMENT":
            option = next(p for p in ctx.command.params if p.name == param)
            var = option.envvar if isinstance(option.envvar, str) else param
            message = msgs.text("errors.from_env", message=message, var=var)
    return message


def prepare(
    ctx: typer.Context,
    today: str | None,
    tz: str | None,
    fmt: str | None,
    lang: str | None,
    *,
    machine: bool = False,
) -> Run:
    """Resolve the shared options. `machine` marks output for scripts (like --field)."""
    if lang is not None and lang not in LANGUAGES:
        english = Messages("en")
        raise InputError(
            _message(ctx, english, "lang", "errors.lang", value=lang, choices=", ".join(LANGUAGES))
        )
    msgs = Messages(lang or language_from_locale(os.environ))

    def fail(param: str, key: str, **values: object) -> NoReturn:
        raise InputError(_message(ctx, msgs, param, key, **values))

    if fmt is None:
        fmt = "rich" if sys.stdout.isatty() else "text"
    elif fmt not in FORMATS:
        fail("fmt", "errors.format", value=fmt, choices=", ".join(FORMATS))
    if lang is None and (machine or fmt in MACHINE_FORMATS):
        # Scripts get the same bytes under any locale; only --lang changes them.
        msgs = Messages("en")

    zone = LOCAL
    if tz is not None:
        try:
            zone = parse_zone(tz)
        except UnknownZoneError:
            fail("tz", "errors.zone", value=tz)

    if today is None:
        day = today_in(zone, clock.now())
    else:
        try:
            if not ISO_DATE.fullmatch(today):
                raise ValueError(today)
            day = date.fromisoformat(today)
        except ValueError:
            fail("today", "errors.date", value=today)
    return Run(ctx, msgs, day, zone, fmt)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"{PROG} {version(PROG)}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """National Mourning Day in Azerbaijan (20 January): anniversaries, weekdays, the minute
    of silence, in English, Azerbaijani and Russian.

    \b
    Examples:
      mourning-day next
      mourning-day summary --year 2026 --lang az
      mourning-day is-today -q --tz Asia/Baku && echo "20 January"

    \b
    Exit status: 0 ok; 1 'no' from is-today, or a failure; 2 a usage error.
    """


@command("next")
def next_command(
    ctx: typer.Context,
    field: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Print only this field, bare: " + ", ".join(OBSERVANCE_FIELDS) + ".",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """The next 20 January: date, weekday, anniversary, days to go, the minute of silence.

    \b
    Examples:
      mourning-day next
      mourning-day next --field days_until
      mourning-day next --tz America/New_York --format json
    """
    run = prepare(ctx, today, tz, fmt, lang, machine=field is not None)
    if field is not None and field not in OBSERVANCE_FIELDS:
        run.fail("field", "errors.field", value=field, choices=", ".join(OBSERVANCE_FIELDS))
    obs = observe(anniversary(run.next_year(), run.today), run.zone)
    if field is not None:
        with utf8_stdout() as out:
            out.write(f"{observance_fields(obs, run.msgs)[field]}\n")
        return
    run.render("next_anniversary", obs)


@command("summary")
def summary(
    ctx: typer.Context,
    year: Year = None,
    today: Today = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """One anniversary in full: when it falls, how far away, the minute of silence, the facts.

    YEAR defaults to that of the next anniversary.

    \b
    Examples:
      mourning-day summary
      mourning-day summary --year 2026 --lang az
    """
    run = prepare(ctx, today, tz, fmt, lang)
    chosen = run.year("year", year) if year is not None else run.next_year()
    run.render("summary", summarize(chosen, run.today, run.zone))


@command("table")
def table(
    ctx: typer.Context,
    from_year: Year = None,
    to_year: Year = None,
    count: Count = None,
    today: Today = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """One row per year: date, weekday, anniversary, days until.

    Give --to-year or --count; by default, the next 10 anniversaries.

    \b
    Examples:
      mourning-day table
      mourning-day table --from-year 2026 --count 5 --format csv
    """
    run = prepare(ctx, today, tz, fmt, lang)
    run.render("table", run.years(from_year, to_year, count))


@command("is-today")
def is_today(
    ctx: typer.Context,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; only the exit status.")
    ] = False,
    today: Today = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Exit 0 if today is 20 January, 1 if not, for use in shell conditions.

    \b
    Examples:
      mourning-day is-today --tz Asia/Baku && echo "National Mourning Day"
      mourning-day is-today -q || exit 0
    """
    run = prepare(ctx, today, tz, fmt, lang)
    obs = observe(anniversary(run.next_year(), run.today), run.zone)
    if not quiet:
        run.render("is_today", obs, run.today)
    if not obs.anniversary.is_today:
        raise typer.Exit(EXIT_NO)


@command("ics")
def ics(
    ctx: typer.Context,
    from_year: Year = None,
    to_year: Year = None,
    count: Count = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (atomically) instead of standard output.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace FILE if it exists.")] = False,
    with_silence: Annotated[
        bool, typer.Option(help="Add the minute of silence (12:00 Baku time) as an event.")
    ] = False,
    today: Today = None,
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """An iCalendar (.ics) file: 20 January as an all-day event for each year.

    Years as in `table`: by default the next 10. Re-importing a newer file updates the
    events instead of adding them twice.

    \b
    Examples:
      mourning-day ics -o mourning-day.ics
      mourning-day ics --count 30 --with-silence --lang az -o 20-yanvar.ics
    """
    from mourning_day.output_file import OutputError, write_atomically
    from mourning_day.render.ics import calendar_bytes

    run = prepare(ctx, today, tz, "text", lang)
    data = calendar_bytes(
        run.years(from_year, to_year, count),
        run.msgs,
        with_silence=with_silence,
        stamp=clock.now(),
    )
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        write_atomically(output, data, force=force)
    except OutputError as e:
        message = run.msgs.text(f"errors.output.{e.kind}", path=output, reason=e.reason)
        raise typer.Exit(_report(message, EXIT_NO)) from e


def main() -> None:
    """The console script. It ends with os._exit once output is flushed: tearing down the
    interpreter (freeing every module, which the OS does anyway) costs 10-20 ms, as much as
    some commands take to run."""
    from mourning_day.terminal import prepare_streams

    if sys.stdout is None:  # started with stdout closed (`mourning-day next >&-`)
        sys.exit(_report("cannot write output: standard output is closed", EXIT_NO))
    prepare_streams()
    try:
        app()
        code = EXIT_OK
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (EXIT_OK if e.code is None else EXIT_NO)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)

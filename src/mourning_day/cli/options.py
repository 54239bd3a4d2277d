"""The options commands share, each declared once with the one parser of its value, and
`prepare`, which turns them into a Run: language, format, zone, today, clock.

A parser returns the value or raises Mistake; click attaches the option on the way out,
and cli/errors.py words it. Help texts are in the catalogs ("help.options.<long name>").
(No `from __future__ import annotations`: Typer reads these annotations on every run.)"""

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Annotated, Any, NamedTuple, NoReturn, TypeVar

import typer

from mourning_day.cli.completion import complete_zone, completer
from mourning_day.cli.errors import EXIT_NO, Mistake, report, unknown
from mourning_day.core.anniversary import (
    FIRST_YEAR,
    LAST_YEAR,
    ReversedRangeError,
    TooManyYearsError,
    YearOutOfRangeError,
    YearRange,
    next_anniversary,
    year_range,
)
from mourning_day.core.values import MAX_DIGITS, instant, iso_date, whole_number
from mourning_day.core.zones import (
    LocalZoneError,
    UnknownZoneError,
    Zone,
    today_in,
)
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.i18n.language import language_code, language_from_locale, territory_from_locale
from mourning_day.i18n.messages import Messages
from mourning_day.render import FORMATS, MACHINE_FORMATS, default_format, show
from mourning_day.system import clock
from mourning_day.system.output_file import OutputError

T = TypeVar("T")


# --- parsers: one per kind of value --------------------------------------------------------


def parser(convert: Callable[[str], T | None], key: str, **values: Any) -> Callable[[str], T]:
    """A parser for typer.Option: `convert`'s value, or Mistake with catalog `key`."""

    def parse(text: str) -> T:
        value = convert(text)
        if value is None:
            raise Mistake(key, value=text, **values)
        return value

    return parse


def number_parser(key: str, lowest: int, highest: int, **values: Any) -> Callable[[str], int]:
    """Whole numbers from `lowest` to `highest`."""

    def in_range(text: str) -> int | None:
        n = whole_number(text)
        return n if n is not None and lowest <= n <= highest else None

    return parser(in_range, key, **values)


def choice_parser(kind: str, choices: Sequence[str]) -> Callable[[str], str]:
    """One of `choices`, whatever its case ("JSON"); else the closest, or all of them."""

    def parse(text: str) -> str:
        if text.lower() in choices:
            return text.lower()
        raise unknown(kind, text, choices)

    return parse


def parse_lang(text: str) -> str:
    """A language as a code or a locale names it: "az", "AZ", "az_AZ", "ru_RU.UTF-8"."""
    code = language_code(text)
    if code is None:
        raise unknown("lang", text, LANGUAGES)
    return code


parse_year = number_parser("errors.year", FIRST_YEAR, LAST_YEAR, first=FIRST_YEAR, last=LAST_YEAR)
# At least one; the most a range can hold depends on its first year (Run.years).
parse_count = number_parser("errors.count", 1, 10**MAX_DIGITS, most=LAST_YEAR - FIRST_YEAR + 1)
parse_date = parser(iso_date, "errors.date")
parse_instant = parser(instant, "errors.now")
parse_format = choice_parser("format", list(FORMATS))


def option(*names: str, parser: Callable[[str], Any] | None = None, **settings: Any) -> Any:
    """A typer.Option with no default shown by click (the catalogs say it)."""
    return typer.Option(*names, parser=parser, show_default=False, **settings)


Today = Annotated[
    date | None, option("--today", envvar="MOURNING_DAY_TODAY", metavar="DATE", parser=parse_date)
]
Now = Annotated[
    datetime | None,
    option("--now", envvar="MOURNING_DAY_NOW", metavar="DATETIME", parser=parse_instant),
]
# Repeatable, and MOURNING_DAY_TZ may list zones with commas: the first counts the date.
Tz = Annotated[
    list[str] | None,
    option("--tz", envvar="MOURNING_DAY_TZ", metavar="ZONE", autocompletion=complete_zone),
]
Format = Annotated[
    str | None,
    option(
        "--format", "-f", metavar="FORMAT", parser=parse_format, autocompletion=completer("format")
    ),
]
Lang = Annotated[
    str | None,
    option(
        "--lang",
        envvar="MOURNING_DAY_LANG",
        metavar="LANG",
        parser=parse_lang,
        autocompletion=completer("lang"),
    ),
]
Year = Annotated[int | None, option(metavar="YEAR", parser=parse_year)]
Count = Annotated[int | None, option(metavar="N", parser=parse_count)]


# --- the run ------------------------------------------------------------------------------


class Run(NamedTuple):
    """What every command needs, resolved from options, environment and clock."""

    msgs: Messages
    today: date
    zone: Zone
    fmt: str
    clock: clock.Clock
    # The current instant where the time of day is known (real clock or --now); None
    # under --today, which gives a date only.
    now: datetime | None
    # Further places whose time of the minute of silence is shown (repeated --tz).
    also: tuple[Zone, ...] = ()

    def fail(self, param: str | None, key: str, **values: Any) -> NoReturn:
        raise Mistake(key, param=param, **values)

    def fail_output(self, error: OutputError, path: object) -> NoReturn:
        """A file that could not be written: not the user's typing, so exit 1."""
        text = self.msgs.text(f"errors.output.{error.kind}", path=path, reason=error.reason)
        raise typer.Exit(report(text, EXIT_NO)) from error

    def next_year(self) -> int:
        try:
            return next_anniversary(self.today).year
        except YearOutOfRangeError:
            self.fail("today", "errors.date_range", value=self.today.isoformat(), last=LAST_YEAR)

    def years(self, from_year: int | None, to_year: int | None, count: int | None) -> YearRange:
        """--from-year with --to-year or --count; by default the next ten anniversaries."""
        first = from_year if from_year is not None else self.next_year()
        if to_year is not None and count is not None:
            self.fail(None, "errors.to_and_count")
        try:
            return year_range(first, self.today, last=to_year, count=count)
        except TooManyYearsError as e:
            self.fail("count", "errors.count", value=str(count), most=e.most)
        except ReversedRangeError as e:
            self.fail(None, "errors.reversed", first=e.first, last=e.last)

    def render(self, kind: str, *records: object) -> None:
        show(self.fmt, kind, *records, msgs=self.msgs)


def prepare(
    ctx: typer.Context,
    today: date | None,
    tz: list[str] | None,
    fmt: str | None,
    lang: str | None,
    *,
    machine: bool = False,
    now: datetime | None = None,
) -> Run:
    """Resolve the shared options. `machine` marks output for scripts (like --field):
    they get the same bytes under any locale; only --lang changes them."""
    fmt = fmt or default_format(sys.stdout, os.environ)
    if lang is None and (machine or fmt in MACHINE_FORMATS):
        lang = "en"
    msgs = Messages(lang or language_from_locale(os.environ), territory_from_locale(os.environ))
    today, now = _today_or_now(ctx, today, now)
    run_clock = clock.Clock() if now is None else clock.pinned(now)
    try:
        zones = clock.reader_zones(tz or (), os.environ)
        if today is None:
            now = now or run_clock.now()
            today = today_in(zones[0], now)
    except UnknownZoneError as e:
        raise unknown("zone", e.name, (), param="tz") from None
    except LocalZoneError as e:
        raise Mistake("errors.tz_variable", value=e.value) from e
    return Run(msgs, today, zones[0], fmt, run_clock, now, zones[1:])


def _today_or_now(
    ctx: typer.Context, today: date | None, now: datetime | None
) -> tuple[date | None, datetime | None]:
    """--today and --now both set the clock: giving both is a mistake, except that one on
    the command line beats the other from the environment."""
    if today is None or now is None:
        return today, now
    from_env = {
        name
        for name in ("today", "now")
        if (source := ctx.get_parameter_source(name)) is not None and source.name == "ENVIRONMENT"
    }
    if from_env == {"today"}:
        return None, now
    if from_env == {"now"}:
        return today, None
    raise Mistake("errors.today_and_now")

"""Options every command shares, and turning them into a Run: language, format, zone, today.

Values are parsed by hand (not by click's types) so that every mistake gets one line in the
reader's language. (No `from __future__ import annotations`: Typer reads these annotations
on every run, and evaluating them from strings would cost time.)"""

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, NamedTuple, NoReturn, TextIO

import typer

from mourning_day.cli.completion import complete_zone, completer
from mourning_day.core.anniversary import (
    FIRST_YEAR,
    ISO_DATE,
    LAST_YEAR,
    ReversedRangeError,
    YearOutOfRangeError,
    YearRange,
    next_anniversary,
)
from mourning_day.core.zones import (
    LocalZoneError,
    UnknownZoneError,
    Zone,
    check_local_zone,
    parse_zone,
    today_in,
)
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.i18n.language import language_code, language_from_locale, territory_from_locale
from mourning_day.i18n.messages import Messages
from mourning_day.render import FORMATS, renderer
from mourning_day.system import clock

PROG = "mourning-day"
DEFAULT_COUNT = 10
MACHINE_FORMATS = ("json", "csv")

EXIT_OK, EXIT_NO, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Something the user typed or set in the environment; reported in one line, exit 2."""


# Help texts live in the catalogs ("help.options.<long name>"), not here: see cli/help.py.
Today = Annotated[
    str | None,
    typer.Option("--today", envvar="MOURNING_DAY_TODAY", metavar="DATE", show_default=False),
]
Now = Annotated[
    str | None,
    typer.Option("--now", envvar="MOURNING_DAY_NOW", metavar="DATETIME", show_default=False),
]
Tz = Annotated[
    str | None,
    typer.Option(
        "--tz",
        envvar="MOURNING_DAY_TZ",
        metavar="ZONE",
        show_default=False,
        autocompletion=complete_zone,
    ),
]
Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        show_default=False,
        autocompletion=completer("format"),
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        envvar="MOURNING_DAY_LANG",
        metavar="LANG",
        show_default=False,
        autocompletion=completer("lang"),
    ),
]
Year = Annotated[str | None, typer.Option(metavar="YEAR", show_default=False)]
Count = Annotated[str | None, typer.Option(metavar="N", show_default=False)]


class Run(NamedTuple):
    """What every command needs, resolved from options, environment and clock."""

    ctx: typer.Context
    msgs: Messages
    today: date
    zone: Zone
    fmt: str
    clock: clock.Clock
    # The current instant where the time of day is known (real clock or --now); None
    # under --today, which gives a date only.
    now: datetime | None

    def fail(self, param: str | None, key: str, **values: object) -> NoReturn:
        text = self.msgs.text(key, **echoed(values))
        raise InputError(message(self.ctx, self.msgs, param, text))

    def unknown(self, param: str, kind: str, value: str, choices: Sequence[str]) -> NoReturn:
        unknown(self.ctx, self.msgs, param, kind, value, choices)

    def year(self, param: str, value: str) -> int:
        year = whole_number(value)
        if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
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
            n = whole_number(count)
            if n is None or not 1 <= n <= most:
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


# More significant digits than any year or count has; int() of thousands of digits is
# refused by Python (sys.get_int_max_str_digits) and slow before that.
MAX_DIGITS = 9


def whole_number(text: str) -> int | None:
    """ASCII digits only ("2026"); anything else, "²" or " 5" or "2_026" included, is None,
    and so is a number too long to be any year, count or number of minutes."""
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > MAX_DIGITS:
        return None
    return int(digits or "0")


def echoed(values: dict[str, object]) -> dict[str, object]:
    """Message values with the one the user gave ("value") made safe to echo: escaped,
    and cut short if it is long (see cli.shown)."""
    from mourning_day.cli import shown

    value = values.get("value")
    return {**values, "value": shown(value)} if isinstance(value, str) else values


def message(ctx: typer.Context, msgs: Messages, param: str | None, text: str) -> str:
    """The localized error `text`, saying so when the bad value came from an environment
    variable. (A bad value's message says what is valid, so it does not point to --help
    as click's usage errors do.)"""
    if param is not None:
        source = ctx.get_parameter_source(param)
        if source is not None and source.name == "ENVIRONMENT":
            option = next(p for p in ctx.command.params if p.name == param)
            var = option.envvar if isinstance(option.envvar, str) else param
            text = msgs.text("errors.from_env", message=text, var=var)
    return text


def unknown(
    ctx: typer.Context, msgs: Messages, param: str, kind: str, value: str, choices: Sequence[str]
) -> NoReturn:
    """An unknown name (format, field, language, zone): the closest valid ones if any
    look meant, else the list of valid ones."""
    from mourning_day.cli.help import suggest
    from mourning_day.i18n.suggest import close_matches, close_zones

    near = close_zones(value) if kind == "zone" else close_matches(value, choices)
    if near:
        problem = msgs.text(f"usage.unknown_{kind}", **echoed({"value": value}))
        raise InputError(message(ctx, msgs, param, suggest(msgs, problem, near)))
    listed = {"choices": ", ".join(choices)} if kind != "zone" else {}
    text = msgs.text(f"errors.{kind}", **echoed({"value": value, **listed}))
    raise InputError(message(ctx, msgs, param, text))


def prepare(
    ctx: typer.Context,
    today: str | None,
    tz: str | None,
    fmt: str | None,
    lang: str | None,
    *,
    machine: bool = False,
    now: str | None = None,
) -> Run:
    """Resolve the shared options. `machine` marks output for scripts (like --field).
    Names are taken whatever their case ("JSON", "AZ") and languages as locales name
    them ("az_AZ", "ru_RU.UTF-8")."""
    if lang is not None:
        code = language_code(lang)
        if code is None:
            unknown(ctx, Messages("en"), "lang", "lang", lang, LANGUAGES)
        lang = code
    msgs = Messages(lang or language_from_locale(os.environ), territory_from_locale(os.environ))

    def fail(param: str, key: str, **values: object) -> NoReturn:
        raise InputError(message(ctx, msgs, param, msgs.text(key, **echoed(values))))

    if fmt is None:
        # A dumb terminal (Emacs' shell, some CI logs) shows no styles, links or boxes.
        terminal = sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
        fmt = "rich" if terminal else "text"
    elif fmt.lower() in FORMATS:
        fmt = fmt.lower()
    else:
        unknown(ctx, msgs, "fmt", "format", fmt, list(FORMATS))
    if lang is None and (machine or fmt in MACHINE_FORMATS):
        # Scripts get the same bytes under any locale; only --lang changes them.
        msgs = Messages("en")

    if tz is not None:
        try:
            zone = parse_zone(tz)
        except UnknownZoneError:
            unknown(ctx, msgs, "tz", "zone", tz, ())
    else:
        _check_tz_variable(msgs)
        zone = clock.local_zone()
    if msgs.lang != "en":
        _import_babel_dates_without_tz()

    today, now = _today_or_now(ctx, msgs, today, now)
    run_clock = clock.Clock()
    instant: datetime | None = None
    if now is not None:
        instant = parse_instant(now)
        if instant is None:
            fail("now", "errors.now", value=now)
        run_clock = clock.pinned(instant)
    if today is None:
        try:
            instant = instant or run_clock.now()
            day = today_in(zone, instant)
        except LocalZoneError as e:
            raise InputError(msgs.text("errors.tz_variable", **echoed({"value": e.value}))) from e
    else:
        try:
            if not ISO_DATE.fullmatch(today):
                raise ValueError(today)
            day = date.fromisoformat(today)
        except ValueError:
            fail("today", "errors.date", value=today)
    return Run(ctx, msgs, day, zone, fmt, run_clock, instant)


def _check_tz_variable(msgs: Messages) -> None:
    """Without --tz the system's zone counts, which TZ may name: say so if it names none."""
    try:
        check_local_zone(os.environ)
    except LocalZoneError as e:
        raise InputError(msgs.text("errors.tz_variable", **echoed({"value": e.value}))) from e


def _import_babel_dates_without_tz() -> None:
    """Babel reads TZ when babel.dates is first imported, and fails on a file that is not a
    zone (TZ=/etc/passwd); the zone this run uses is already settled, so hide TZ from it."""
    if "babel.dates" in sys.modules:
        return
    saved = os.environ.pop("TZ", None)
    try:
        import babel.dates  # noqa: F401
    finally:
        if saved is not None:
            os.environ["TZ"] = saved


def _today_or_now(
    ctx: typer.Context, msgs: Messages, today: str | None, now: str | None
) -> tuple[str | None, str | None]:
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
    raise InputError(msgs.text("errors.today_and_now"))


def parse_instant(text: str) -> datetime | None:
    """An ISO 8601 date and time with an offset or Z ("2026-01-20T11:59:50+04:00",
    "2026-01-20T07:59:50Z", "20260120T115950+0400"); None for anything else, a time
    without an offset included."""
    if not text.isascii():
        return None
    try:
        instant = datetime.fromisoformat(text)
        # Every zone's day must be reachable from it: not the last or first hours of time.
        for days in (-2, 2):
            (instant + timedelta(days=days)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return instant if instant.utcoffset() is not None else None

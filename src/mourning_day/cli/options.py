"""The options commands share, each declared once with the one parser of its value, and
`prepare`, which turns them into a Run: language, format, zone, today, clock.

A parser returns the value or raises Mistake; click attaches the option on the way out,
and cli/errors.py words it. Help texts are in the catalogs ("help.options.<long name>").
(No `from __future__ import annotations`: Typer reads these annotations on every run.)"""

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, NamedTuple, NoReturn, TextIO

import typer

from mourning_day.cli.completion import complete_zone, completer
from mourning_day.cli.errors import Mistake, unknown
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

DEFAULT_COUNT = 10
MACHINE_FORMATS = ("json", "csv")
# More significant digits than any year or count has; int() of thousands of digits is
# refused by Python (sys.get_int_max_str_digits) and slow before that.
MAX_DIGITS = 9


# --- parsers: one per kind of value --------------------------------------------------------


def whole_number(text: str) -> int | None:
    """ASCII digits only ("2026"); anything else, "²" or " 5" or "2_026" included, is None,
    and so is a number too long to be any year, count or number of minutes."""
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > MAX_DIGITS:
        return None
    return int(digits or "0")


def number_parser(key: str, lowest: int, highest: int, **values: Any) -> Callable[[str], int]:
    """A parser of whole numbers from `lowest` to `highest`, failing with catalog `key`."""

    def parse(text: str) -> int:
        n = whole_number(text)
        if n is None or not lowest <= n <= highest:
            raise Mistake(key, value=text, **values)
        return n

    return parse


def choice_parser(kind: str, choices: Sequence[str]) -> Callable[[str], str]:
    """A parser of one of `choices`, whatever its case ("JSON")."""

    def parse(text: str) -> str:
        if text.lower() in choices:
            return text.lower()
        raise unknown(kind, text, choices)

    return parse


def parse_year(text: str) -> int:
    return number_parser("errors.year", FIRST_YEAR, LAST_YEAR, first=FIRST_YEAR, last=LAST_YEAR)(
        text
    )


def parse_count(text: str) -> int:
    """At least one; the most a range can hold depends on its first year (Run.years)."""
    return number_parser("errors.count", 1, 10**MAX_DIGITS, most=LAST_YEAR - FIRST_YEAR + 1)(text)


def parse_date(text: str) -> date:
    try:
        if ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise Mistake("errors.date", value=text)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 date and time with an offset or Z ("2026-01-20T11:59:50+04:00",
    "2026-01-20t07:59:50z", "20260120T115950+0400"); RFC 3339 allows lower-case t and z."""
    try:
        if not text.isascii():
            raise ValueError(text)
        instant = datetime.fromisoformat(text.upper())
        # Every zone's day must be reachable from it: not the last or first hours of time.
        for days in (-2, 2):
            (instant + timedelta(days=days)).astimezone(UTC)
    except (ValueError, OverflowError):
        raise Mistake("errors.now", value=text) from None
    if instant.utcoffset() is None:
        raise Mistake("errors.now", value=text)
    return instant


def parse_zone_name(text: str) -> Zone:
    try:
        return parse_zone(text)
    except UnknownZoneError:
        raise unknown("zone", text, ()) from None


def parse_lang(text: str) -> str:
    """A language as a code or a locale names it: "az", "AZ", "az_AZ", "ru_RU.UTF-8"."""
    code = language_code(text)
    if code is None:
        raise unknown("lang", text, LANGUAGES)
    return code


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
Tz = Annotated[
    Zone | None,
    option(
        "--tz",
        envvar="MOURNING_DAY_TZ",
        metavar="ZONE",
        parser=parse_zone_name,
        autocompletion=complete_zone,
    ),
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

    def fail(self, param: str | None, key: str, **values: Any) -> NoReturn:
        raise Mistake(key, param=param, **values)

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
        most = LAST_YEAR - first + 1
        if count is not None and count > most:
            self.fail("count", "errors.count", value=str(count), most=most)
        if to_year is not None:
            last = to_year
        elif count is not None:
            last = first + count - 1
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


def prepare(
    ctx: typer.Context,
    today: date | None,
    tz: Zone | None,
    fmt: str | None,
    lang: str | None,
    *,
    machine: bool = False,
    now: datetime | None = None,
) -> Run:
    """Resolve the shared options. `machine` marks output for scripts (like --field):
    they get the same bytes under any locale; only --lang changes them."""
    if fmt is None:
        # A dumb terminal (Emacs' shell, some CI logs) shows no styles, links or boxes.
        terminal = sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
        fmt = "rich" if terminal else "text"
    if lang is None and (machine or fmt in MACHINE_FORMATS):
        lang = "en"
    msgs = Messages(lang or language_from_locale(os.environ), territory_from_locale(os.environ))
    if tz is None:
        try:
            check_local_zone(os.environ)  # without --tz the system's zone counts, as TZ says
        except LocalZoneError as e:
            raise Mistake("errors.tz_variable", value=e.value) from e
        tz = clock.local_zone()
    if msgs.lang != "en":
        _import_babel_dates_without_tz()
    today, now = _today_or_now(ctx, today, now)
    run_clock = clock.Clock() if now is None else clock.pinned(now)
    if today is None:
        try:
            now = now or run_clock.now()
            today = today_in(tz, now)
        except LocalZoneError as e:
            raise Mistake("errors.tz_variable", value=e.value) from e
    return Run(msgs, today, tz, fmt, run_clock, now)


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

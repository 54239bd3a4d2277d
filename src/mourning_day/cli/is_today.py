"""`mourning-day is-today`: a predicate for shell conditions."""

from typing import Annotated

import typer

from mourning_day.cli.errors import EXIT_NO, report
from mourning_day.cli.options import Format, Lang, Now, Today, Tz, prepare
from mourning_day.core.anniversary import (
    YearOutOfRangeError,
    anniversary,
    next_anniversary,
)
from mourning_day.core.observance import observe
from mourning_day.render import MACHINE_FORMATS, phrases


def command(
    ctx: typer.Context,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.is-today"."""
    run = prepare(ctx, today, tz, fmt, lang, now=now)
    try:
        year = next_anniversary(run.today).year
    except YearOutOfRangeError:
        # After 9999-01-20 the answer is still "no"; only the next date is out of reach, and
        # JSON or CSV have no record to give, so the line goes to stderr for them.
        if not quiet:
            line = phrases.no_later(run.today, run.msgs)
            if run.fmt in MACHINE_FORMATS:
                report(line, EXIT_NO)
            else:
                print(line)
        raise typer.Exit(EXIT_NO) from None
    obs = observe(anniversary(year, run.today), run.zone, run.now, also=run.also)
    if not quiet:
        run.render("is_today", obs, run.today)
    if not obs.anniversary.is_today:
        raise typer.Exit(EXIT_NO)

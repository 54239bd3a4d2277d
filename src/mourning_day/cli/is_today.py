"""`mourning-day is-today`: a predicate for shell conditions."""

from typing import Annotated

import typer

from mourning_day.anniversary import anniversary
from mourning_day.cli.options import EXIT_NO, Format, Lang, Today, Tz, prepare
from mourning_day.observance import observe


def command(
    ctx: typer.Context,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    today: Today = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Exit 0 if today is 20 January, 1 if not, for use in shell conditions."""
    run = prepare(ctx, today, tz, fmt, lang)
    obs = observe(anniversary(run.next_year(), run.today), run.zone)
    if not quiet:
        run.render("is_today", obs, run.today)
    if not obs.anniversary.is_today:
        raise typer.Exit(EXIT_NO)

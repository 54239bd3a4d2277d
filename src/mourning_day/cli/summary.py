"""`mourning-day summary`: one anniversary in full, with the facts and their sources."""

import typer

from mourning_day.cli.options import Format, Lang, Today, Tz, Year, prepare
from mourning_day.observance import summarize


def command(
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

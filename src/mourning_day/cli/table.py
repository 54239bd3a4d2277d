"""`mourning-day table`: one row per year, streamed."""

import typer

from mourning_day.cli.options import Count, Format, Lang, Now, Today, Tz, Year, prepare


def command(
    ctx: typer.Context,
    from_year: Year = None,
    to_year: Year = None,
    count: Count = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.table"."""
    run = prepare(ctx, today, tz, fmt, lang, now=now)
    run.render("table", run.years(from_year, to_year, count))

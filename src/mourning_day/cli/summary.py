"""`mourning-day summary`: one anniversary in full, with the facts and their sources."""

from typing import Annotated

import typer

from mourning_day.cli.options import Format, Lang, Now, Today, Tz, Year, parse_year, prepare
from mourning_day.core.observance import summarize

GivenYear = Annotated[
    int | None, typer.Argument(metavar="YEAR", parser=parse_year, show_default=False)
]


def command(
    ctx: typer.Context,
    given: GivenYear = None,
    year: Year = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.summary"."""
    run = prepare(ctx, today, tz, fmt, lang, now=now)
    if given is not None and year is not None:
        run.fail(None, "usage.year_twice")
    chosen = given or year or run.next_year()
    run.render("summary", summarize(chosen, run.today, run.zone, run.now, also=run.also))

"""`mourning-day ics`: the anniversaries as an iCalendar file."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from mourning_day import clock
from mourning_day.cli.options import EXIT_NO, Count, Lang, Today, Tz, Year, prepare


def command(
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
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option()] = False,
    with_silence: Annotated[bool, typer.Option()] = False,
    today: Today = None,
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """An iCalendar (.ics) file: 20 January as an all-day event for each year.

    Years as in `table`: by default the next 10. Re-importing a newer file updates the
    events instead of adding them twice.
    """
    from mourning_day.cli import report
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
        text = run.msgs.text(f"errors.output.{e.kind}", path=output, reason=e.reason)
        raise typer.Exit(report(text, EXIT_NO)) from e

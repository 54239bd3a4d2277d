"""`mourning-day ics`: the anniversaries as an iCalendar file."""

import os
import sys
from typing import Annotated

import typer

from mourning_day.cli.options import (
    EXIT_NO,
    Count,
    InputError,
    Lang,
    Now,
    Today,
    Tz,
    Year,
    echoed,
    prepare,
    whole_number,
)


def command(
    ctx: typer.Context,
    from_year: Year = None,
    to_year: Year = None,
    count: Count = None,
    output: Annotated[
        # A string, not a Path: Path("./-") is "-" and Path("new/") is "new".
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    with_silence: Annotated[bool, typer.Option("--with-silence")] = False,
    alarm: Annotated[str | None, typer.Option(metavar="MINUTES", show_default=False)] = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.ics"."""
    from mourning_day.cli import report
    from mourning_day.render.ics import (
        MAX_ALARM_MINUTES,
        StampError,
        calendar_chunks,
        calendar_stamp,
    )
    from mourning_day.system.output_file import OutputError, output_stream

    run = prepare(ctx, today, tz, "text", lang, now=now)
    years = run.years(from_year, to_year, count)
    minutes = None
    if alarm is not None:
        minutes = whole_number(alarm)
        if minutes is None or not 0 <= minutes <= MAX_ALARM_MINUTES:
            run.fail("alarm", "errors.alarm", value=alarm, most=MAX_ALARM_MINUTES)
        if not with_silence:
            run.fail("alarm", "errors.alarm_needs_silence")
    try:
        stamp = calendar_stamp(os.environ.get("SOURCE_DATE_EPOCH"))
    except StampError as e:
        text = run.msgs.text("errors.source_date_epoch", **echoed({"value": str(e)}))
        raise InputError(text) from e
    chunks = calendar_chunks(
        years, run.msgs, with_silence=with_silence, stamp=stamp, alarm_minutes=minutes
    )
    if output is None or output == "-":
        sys.stdout.flush()
        out = sys.stdout.buffer
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        return
    try:
        # The file is checked, and an existing one refused, before any event is made.
        with output_stream(output, force=force) as f:
            for chunk in chunks:
                f.write(chunk)
    except OutputError as e:
        text = run.msgs.text(f"errors.output.{e.kind}", path=output, reason=e.reason)
        raise typer.Exit(report(text, EXIT_NO)) from e

"""`mourning-day ics`: the anniversaries as an iCalendar file."""

import itertools
import os
import sys
from typing import Annotated

import typer

from mourning_day.cli.errors import Mistake
from mourning_day.cli.options import (
    Count,
    Lang,
    Now,
    Today,
    Tz,
    Year,
    number_parser,
    option,
    prepare,
)
from mourning_day.render.ics import MAX_ALARM_MINUTES, StampError, calendar_chunks, calendar_stamp
from mourning_day.system.output_file import OutputError, output_stream

Alarm = Annotated[
    int | None,
    option(
        metavar="MINUTES",
        parser=number_parser("errors.alarm", 0, MAX_ALARM_MINUTES, most=MAX_ALARM_MINUTES),
    ),
]
# A string, not a Path: Path("./-") is "-" and Path("new/") is "new".
Output = Annotated[str | None, option("--output", "-o", metavar="FILE")]


def command(
    ctx: typer.Context,
    from_year: Year = None,
    to_year: Year = None,
    count: Count = None,
    output: Output = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    with_silence: Annotated[bool, typer.Option("--with-silence")] = False,
    alarm: Alarm = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.ics"."""
    run = prepare(ctx, today, tz, "text", lang, now=now)
    years = run.years(from_year, to_year, count)
    if alarm is not None and not with_silence:
        run.fail("alarm", "errors.alarm_needs_silence")
    try:
        stamp = calendar_stamp(os.environ.get("SOURCE_DATE_EPOCH"))
    except StampError as e:
        raise Mistake("errors.source_date_epoch", value=str(e)) from e
    chunks = calendar_chunks(
        years, run.msgs, with_silence=with_silence, stamp=stamp, alarm_minutes=alarm
    )
    if output is None or output == "-":
        sys.stdout.flush()
        out = sys.stdout.buffer
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        return
    # The calendar's head (no event) is made before the file is opened: that loads the
    # language's CLDR data (Babel), which later days reuse, while descriptors are free.
    first = list(itertools.islice(chunks, 1))
    try:
        with output_stream(output, force=force) as f:
            for chunk in itertools.chain(first, chunks):
                f.write(chunk)
    except OutputError as e:
        run.fail_output(e, output)

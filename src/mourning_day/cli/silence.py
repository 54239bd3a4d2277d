"""`mourning-day silence`: keep the minute of silence. On a terminal, a live countdown and
the minute itself; for scripts (a pipe, or --wait), a wait that ends with one line.
The timing rules are in core/vigil.py, the waiting and drawing in render/keeping.py."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.errors import EXIT_NO, EXIT_OK
from mourning_day.cli.options import Lang, Now, Tz, choice_parser, option, parser, prepare
from mourning_day.core import vigil
from mourning_day.core.anniversary import LAST_YEAR, YearOutOfRangeError, anniversary
from mourning_day.core.observance import observe
from mourning_day.core.values import Duration, duration
from mourning_day.render import keeping

parse_duration = parser(duration, "errors.within")


Until = Annotated[
    str,
    option(
        metavar="MOMENT",
        parser=choice_parser("until", vigil.MOMENTS),
        autocompletion=completer("until"),
    ),
]
Within = Annotated[Duration | None, option(metavar="DURATION", parser=parse_duration)]


def command(
    ctx: typer.Context,
    wait: Annotated[bool, typer.Option("--wait")] = False,
    until: Until = "start",
    within: Within = None,
    bell: Annotated[bool, typer.Option("--bell")] = False,
    notify: Annotated[bool, typer.Option("--notify")] = False,
    now: Now = None,
    tz: Tz = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.silence"."""
    run = prepare(ctx, None, tz, None, lang, now=now)
    moment: vigil.Moment = "end" if until == "end" else "start"

    started = run.now or run.clock.now()  # the instant the run began, as --now gave it
    try:
        minute = vigil.next_minute(started)
    except YearOutOfRangeError:  # after 12:01 on 9999-01-20: no minute is left to wait for
        print(run.msgs.text("vigil.after_last", last=LAST_YEAR), flush=True)
        raise typer.Exit(EXIT_NO) from None
    obs = observe(anniversary(minute.year, run.today), run.zone, also=run.also)

    if within is not None and minute.start - started > within.span:
        keeping.not_within(obs, minute.start - started, within.text, run.msgs)
        raise typer.Exit(EXIT_NO)

    live = run.fmt == "rich" and not wait  # a terminal, not a dumb one: frames redraw
    if live:
        last = keeping.countdown(
            minute, obs, run.msgs, run.clock, started, bell=bell, notify=notify
        )
    else:
        last = keeping.script_wait(
            minute, obs, run.msgs, run.clock, moment, bell=bell, notify=notify
        )
    if last.phase == "missed":
        keeping.missed(obs, run.clock.now() - minute.end, run.msgs)
        raise typer.Exit(EXIT_NO)
    if last.phase == "during":
        keeping.begun(obs, run.msgs)
    elif live or moment == "end":  # with --notify, a wait for the start stays to the end
        keeping.say("ended", obs, run.msgs)
    raise typer.Exit(EXIT_OK)

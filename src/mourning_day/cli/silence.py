"""`mourning-day silence`: keep the minute of silence. On a terminal, a live countdown and
the minute itself; for scripts (a pipe, or --wait), a wait that ends with one line.

The timing rules are in vigil.py, the drawing in render/countdown.py; this module reads
the clock, sleeps, and says what happened."""

import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.errors import EXIT_NO, EXIT_OK
from mourning_day.cli.options import Lang, Now, Run, Tz, choice_parser, option, parser, prepare
from mourning_day.core import vigil
from mourning_day.core.anniversary import LAST_YEAR, YearOutOfRangeError, anniversary
from mourning_day.core.observance import Observance, observe
from mourning_day.core.values import duration
from mourning_day.render import durations, phrases
from mourning_day.render.notification import notification
from mourning_day.system.notify import notify as show_notification
from mourning_day.system.process import signals_held
from mourning_day.system.terminal import ring_bell


@dataclass(frozen=True)
class Duration:
    """A span as the user wrote it ("2h"), for the message that quotes it."""

    text: str
    span: timedelta


def _duration(text: str) -> Duration | None:
    span = duration(text)
    return Duration(text, span) if span is not None else None


parse_duration = parser(_duration, "errors.within")


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
        ahead = durations.duration(minute.start - started, run.msgs)
        _say(
            run,
            "not_within",
            minute.year,
            when=run.msgs.text("relative.future", span=ahead),
            within=within.text,
            date=run.msgs.full_date(obs.anniversary.date),
            moment=phrases.silence_moment(obs, run.msgs),
        )
        raise typer.Exit(EXIT_NO)

    live = _on_terminal(run) and not wait
    if live:
        last = countdown(run, minute, obs, started, bell, notify)
    else:
        last = script_wait(run, minute, obs, moment, bell, notify)
    if last.phase == "missed":
        ago = durations.duration(run.clock.now() - minute.end, run.msgs)
        _say(
            run,
            "missed",
            minute.year,
            ago=run.msgs.text("relative.past", span=ago),
            moment=phrases.silence_moment(obs, run.msgs),
        )
        raise typer.Exit(EXIT_NO)
    if last.phase == "during":
        _say(run, "begun", minute.year, moment=phrases.silence_moment(obs, run.msgs))
    elif live or moment == "end":  # with --notify, a wait for the start stays to the end
        _say(run, "ended", minute.year)
    raise typer.Exit(EXIT_OK)


def script_wait(
    run: Run, minute: vigil.Minute, obs: Observance, until: vigil.Moment, bell: bool, notify: bool
) -> vigil.Look:
    """Wait without drawing; the bell, if asked for, rings on whichever of stdout and
    stderr is a terminal, so that a script's output stays its one line. With `notify` the
    wait lasts to the end of the minute, for the notification that it has ended; the line
    for its start is printed when it starts."""
    last = None
    looks = vigil.watch(minute, run.clock.now, run.clock.sleep, "end" if notify else until)
    for last, rings, notice in vigil.notices(vigil.bells(looks)):  # noqa: B007
        if bell and rings:
            ring_bell()
        if notify and notice is not None:
            show_notification(*notification(obs, notice, run.msgs))
            if notice == "start" and until == "start":
                _say(run, "begun", minute.year, moment=phrases.silence_moment(obs, run.msgs))
    assert last is not None  # watch() looks at least once
    return last


def countdown(
    run: Run, minute: vigil.Minute, obs: Observance, started: datetime, bell: bool, notify: bool
) -> vigil.Look:
    """The live display, from the countdown through the minute; returns the last look."""
    from mourning_day.render.countdown import Screen, frame

    held = vigil.held_today(started)
    if held is not None:
        ago = durations.duration(started - held.start, run.msgs)
        _say(run, "held_today", held.year, ago=run.msgs.text("relative.past", span=ago))
    last = None
    looks = vigil.watch(minute, run.clock.now, run.clock.sleep, "end", follow=True)
    with Screen(sys.stdout) as screen:
        for last, rings, notice in vigil.notices(vigil.bells(looks)):
            with signals_held():
                if last.phase in ("before", "during"):
                    screen.show(frame(obs, last, minute.length, run.msgs))
                if bell and rings:
                    screen.bell()
            if notify and notice is not None:
                show_notification(*notification(obs, notice, run.msgs))
    assert last is not None
    return last


def _on_terminal(run: Run) -> bool:
    """Where Rich output would be the default: a terminal, and not a dumb one (which
    cannot redraw a frame in place)."""
    return run.fmt == "rich"


def _say(run: Run, key: str, year: int, **values: object) -> None:
    """One of silence's lines about the minute of `year` ("begun", "missed", ...)."""
    print(phrases.vigil_text(key, year, run.msgs, **values), flush=True)

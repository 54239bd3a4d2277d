"""What `silence` shows and says while it keeps the minute: a script's wait, the live
countdown on a terminal, the notifications, and its one-line outcomes ("begun",
"missed", ...). The timing rules are in core/vigil.py, the drawing in countdown.py."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from mourning_day.core import vigil
from mourning_day.core.observance import Observance
from mourning_day.i18n.messages import Messages
from mourning_day.render import durations, phrases
from mourning_day.render.countdown import Screen, frame
from mourning_day.render.notification import notification
from mourning_day.system.clock import Clock
from mourning_day.system.notify import notify as show_notification
from mourning_day.system.process import signals_held
from mourning_day.system.terminal import ring_bell


def say(key: str, obs: Observance, msgs: Messages, **values: object) -> None:
    """One of silence's lines about the minute of `obs` ("begun", "missed", ...)."""
    print(phrases.vigil_text(key, obs.anniversary.year, msgs, **values), flush=True)


def not_within(obs: Observance, ahead: timedelta, within: str, msgs: Messages) -> None:
    """E.g. "The next minute of silence is in 57 days, later than --within 2h: ..."."""
    when = msgs.text("relative.future", span=durations.duration(ahead, msgs))
    date = msgs.full_date(obs.anniversary.date)
    moment = phrases.silence_moment(obs, msgs)
    say("not_within", obs, msgs, when=when, within=within, date=date, moment=moment)


def missed(obs: Observance, ago: timedelta, msgs: Messages) -> None:
    span = durations.duration(ago, msgs)
    ago_text = msgs.text("relative.past", span=span)
    say("missed", obs, msgs, ago=ago_text, moment=phrases.silence_moment(obs, msgs))


def begun(obs: Observance, msgs: Messages) -> None:
    say("begun", obs, msgs, moment=phrases.silence_moment(obs, msgs))


def script_wait(
    minute: vigil.Minute,
    obs: Observance,
    msgs: Messages,
    clock: Clock,
    until: vigil.Moment,
    *,
    bell: bool,
    notify: bool,
) -> vigil.Look:
    """Wait without drawing; the bell, if asked for, rings on whichever of stdout and
    stderr is a terminal, so that a script's output stays its one line. With `notify` the
    wait lasts to the end of the minute, for the notification that it has ended; the line
    for its start is printed when it starts."""
    last = None
    looks = vigil.watch(minute, clock.now, clock.sleep, "end" if notify else until)
    for last, rings, notice in vigil.notices(vigil.bells(looks)):  # noqa: B007
        if bell and rings:
            ring_bell()
        if notify and notice is not None:
            show_notification(*notification(obs, notice, msgs))
            if notice == "start" and until == "start":
                begun(obs, msgs)
    assert last is not None  # watch() looks at least once
    return last


def countdown(
    minute: vigil.Minute,
    obs: Observance,
    msgs: Messages,
    clock: Clock,
    started: datetime,
    *,
    bell: bool,
    notify: bool,
) -> vigil.Look:
    """The live display, from the countdown through the minute; returns the last look."""
    held = vigil.held_today(started)
    if held is not None:
        ago = msgs.text("relative.past", span=durations.duration(started - held.start, msgs))
        print(phrases.vigil_text("held_today", held.year, msgs, ago=ago), flush=True)
    last = None
    looks = vigil.watch(minute, clock.now, clock.sleep, "end", follow=True)
    with Screen(sys.stdout) as screen:
        for last, rings, notice in vigil.notices(vigil.bells(looks)):
            with signals_held():
                if last.phase in ("before", "during"):
                    screen.show(frame(obs, last, minute.length, msgs))
                if bell and rings:
                    screen.bell()
            if notify and notice is not None:
                show_notification(*notification(obs, notice, msgs))
    assert last is not None
    return last

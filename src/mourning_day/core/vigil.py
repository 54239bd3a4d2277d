"""Keeping the minute of silence: when it begins and ends, which one is next, how long a
waiting process sleeps before it looks at the clock again, and when it has missed it.

Timing rules only: the caller reads the clock, sleeps and draws."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo

from mourning_day.core.anniversary import EVENT_DATE, FIRST_YEAR
from mourning_day.core.facts import fact
from mourning_day.core.silence import silence_in_baku

# The longest sleep between two looks at the clock. Sleeping is measured on a clock that
# stops while a laptop is suspended, so a waiting process looks at the wall clock at least
# this often rather than trusting one long sleep.
STEP = 1.0

Phase = Literal["before", "during", "ended", "missed"]
Moment = Literal["start", "end"]
MOMENTS: tuple[Moment, ...] = ("start", "end")
# The notifications of --notify: the minute has begun, the minute has ended.
Notice = Literal["start", "end"]


class Minute(NamedTuple):
    """One year's minute of silence, as aware datetimes in Baku's time."""

    year: int
    start: datetime
    end: datetime

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    def moment(self, which: Moment) -> datetime:
        return self.start if which == "start" else self.end


def minute_of(year: int) -> Minute:
    start = silence_in_baku(year)
    return Minute(year, start, start + timedelta(minutes=fact("silence").values["minutes"]))


def next_minute(now: datetime) -> Minute:
    """The minute that has not ended at `now`: this year's until 12:01 on 20 January in
    Baku, then next year's (before 1991, the first). Raises YearOutOfRangeError past the
    last year."""
    minute = minute_of(max(now.astimezone(_baku()).year, FIRST_YEAR))
    return minute if now < minute.end else minute_of(minute.year + 1)


def held_today(now: datetime) -> Minute | None:
    """This year's minute if it is over and it is still 20 January in Baku."""
    in_baku = now.astimezone(_baku())
    if (in_baku.month, in_baku.day) != (EVENT_DATE.month, EVENT_DATE.day):
        return None
    minute = minute_of(in_baku.year)
    return minute if now >= minute.end else None


class Look(NamedTuple):
    """What a waiting process finds when it looks at the clock."""

    phase: Phase
    # Before the minute: time to its start; during it: time to its end; after: time since
    # the moment waited for (positive).
    left: timedelta
    # How long to sleep before looking again (0 once there is nothing left to wait for).
    sleep: float


def look(minute: Minute, now: datetime, waiting_for: Moment) -> Look:
    """Where `now` stands against `minute`, for a process that was waiting for its start or
    its end. A process that wakes to find the moment it waited for gone by more than the
    minute (asleep through it: a suspended laptop, a clock set forward) has missed it; one
    waiting for the start that wakes during the minute has not."""
    if now < minute.start:
        return Look("before", minute.start - now, _tick(minute.start - now))
    if now < minute.end:
        return Look("during", minute.end - now, _tick(minute.end - now))
    late = now - minute.moment(waiting_for)
    if waiting_for == "start" or late > minute.length:
        return Look("missed", late, 0.0)
    return Look("ended", late, 0.0)


def watch(
    minute: Minute,
    now: Callable[[], datetime],
    sleep: Callable[[float], None],
    until: Moment,
    *,
    follow: bool = False,
) -> Iterator[Look]:
    """Look at the clock, sleep as look() says, and yield each look, until the moment
    waited for: the last look is "during" (until the start), "ended" or "missed".

    A script waits for its one moment. A countdown on a terminal (`follow`) shows the
    whole minute, so it waits for the start and then for the end: it has missed the minute
    if it wakes after the end without having seen it begin."""
    waiting_for: Moment = "start" if follow else until
    while True:
        seen = look(minute, now(), waiting_for)
        yield seen
        if seen.phase in ("ended", "missed") or (seen.phase == "during" and until == "start"):
            return
        if seen.phase == "during":
            waiting_for = "end"
        sleep(seen.sleep)


def bells(looks: Iterable[Look]) -> Iterator[tuple[Look, bool]]:
    """Each look, and whether the bell rings at it: when the minute is seen to begin (not
    when a process starts during it) and when it ends."""
    previous = None
    for seen in looks:
        yield seen, seen.phase == "ended" or (seen.phase == "during" and previous == "before")
        previous = seen.phase


def notices(rung: Iterable[tuple[Look, bool]]) -> Iterator[tuple[Look, bool, Notice | None]]:
    """What bells() yields, with the notification due at each look: "start" at the first
    look during the minute (unlike the bell, also for a process that starts during it, as
    one a timer starts a moment after 12:00 does), "end" when a minute seen under way is
    seen to have ended. A missed minute gets neither: a notice hours late is no minute of
    silence."""
    begun = False
    for seen, rings in rung:
        notice: Notice | None = None
        if seen.phase == "during" and not begun:
            notice, begun = "start", True
        elif seen.phase == "ended" and begun:
            notice = "end"
        yield seen, rings, notice


def _tick(left: timedelta) -> float:
    """Sleep to the next whole second before the moment (10.3 s left: 0.3 s), so that a
    countdown shown in whole seconds changes on time and the moment itself is not passed."""
    seconds = left.total_seconds()
    return min(STEP, seconds - math.ceil(seconds) + 1)


def whole_seconds(left: timedelta) -> int:
    """A countdown's figure: 10.3 s left shows as 11, as a kitchen timer does, so 0 is
    shown only when the moment has come."""
    return math.ceil(left.total_seconds())


class OnTheDay(NamedTuple):
    """The minute of silence seen from an instant on the day: how many seconds until it
    begins (rounded up: negative once it has begun) and whether it is to come, under way
    or held."""

    seconds: int
    phase: Literal["before", "during", "held"]


def on_the_day(minute: Minute, now: datetime) -> OnTheDay:
    seconds = math.ceil((minute.start - now).total_seconds())
    if seconds > 0:
        return OnTheDay(seconds, "before")
    if now < minute.end:
        return OnTheDay(seconds, "during")
    return OnTheDay(seconds, "held")


class Parts(NamedTuple):
    days: int
    hours: int
    minutes: int
    seconds: int


def parts(span: timedelta) -> Parts:
    """A length of time (taken as positive, to the nearest second: a few milliseconds spent
    working must not turn "5 hours" into "4 hours 59 minutes") in days, hours, minutes and
    seconds."""
    total = round(abs(span.total_seconds()))
    minutes, seconds = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return Parts(days, hours, minutes, seconds)


def _baku() -> ZoneInfo:
    return ZoneInfo(fact("silence").values["zone"])

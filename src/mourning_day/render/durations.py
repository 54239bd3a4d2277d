"""Lengths of time in words ("2 hours 5 minutes") and on a clock face ("2 days 02:05:30"),
and the minute of silence as seen on the day ("in 2 hours 5 minutes", "held 3 hours ago")."""

from __future__ import annotations

from datetime import timedelta

from mourning_day.core.vigil import OnTheDay, parts
from mourning_day.i18n.messages import Messages


def duration(span: timedelta, msgs: Messages) -> str:
    """The two largest units that matter, cut (not rounded) to the smaller one: "57 days 3
    hours", "2 hours 5 minutes", "2 hours" (never "2 hours 0 minutes"), "45 seconds"."""
    p = parts(span)
    units = [("day", p.days), ("hour", p.hours), ("minute", p.minutes), ("second", p.seconds)]
    first = next((i for i, (_, n) in enumerate(units) if n), len(units) - 1)
    shown = [msgs.count(unit, n) for unit, n in units[first : first + 2] if n]
    return " ".join(shown) or msgs.count("second", 0)


def clock_face(span: timedelta, msgs: Messages) -> str:
    """E.g. "02:05:30", or "57 days 02:05:30" a day or more ahead."""
    p = parts(span)
    face = f"{p.hours:02d}:{p.minutes:02d}:{p.seconds:02d}"
    return f"{msgs.count('day', p.days)} {face}" if p.days else face


def on_the_day(day: OnTheDay, msgs: Messages) -> str:
    """E.g. "in 2 hours 5 minutes", "now", "held 3 hours ago"."""
    if day.phase == "during":
        return msgs.text("vigil.now")
    span = duration(timedelta(seconds=day.seconds), msgs)
    if day.phase == "before":
        return msgs.text("relative.future", span=span)
    return msgs.text("vigil.held", ago=msgs.text("relative.past", span=span))

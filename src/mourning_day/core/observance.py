"""An anniversary as a reader in some time zone observes it, and in full for a summary."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from mourning_day.core.anniversary import Anniversary, anniversary
from mourning_day.core.facts import SUMMARY_FACTS, Fact, fact, load_facts
from mourning_day.core.silence import silence_at
from mourning_day.core.vigil import OnTheDay, minute_of, on_the_day
from mourning_day.core.zones import Zone


class Observance(NamedTuple):
    anniversary: Anniversary
    # The minute of silence (12:00 in Baku) as a time in the reader's zone.
    silence_at: datetime
    zone: Zone
    # On 20 January, when the time of day is known: the minute as seen from now.
    on_the_day: OnTheDay | None = None
    # More places to show the minute in, after `zone` (--tz given more than once); the
    # date and the countdown stay those of `zone`.
    also: tuple[Zone, ...] = ()

    @property
    def zones(self) -> tuple[Zone, ...]:
        return (self.zone, *self.also)

    @property
    def places(self) -> tuple[Place, ...]:
        """The minute in each place, `zone` first, then the others in the order given."""
        year = self.anniversary.year
        others = (Place(z, silence_at(year, z.tzinfo)) for z in self.also)
        return (Place(self.zone, self.silence_at), *others)


class Place(NamedTuple):
    """The minute of silence as a time in one zone."""

    zone: Zone
    at: datetime


class Span(NamedTuple):
    """A distance in calendar years, months and days, always counted forward."""

    years: int
    months: int
    days: int


class Summary(NamedTuple):
    observance: Observance
    span: Span
    facts: tuple[Fact, ...]


def observe(
    ann: Anniversary, zone: Zone, now: datetime | None = None, also: tuple[Zone, ...] = ()
) -> Observance:
    """`now`, the instant where the time of day is known, tells on the day itself how long
    until the minute of silence or since it was held; `also`, more places to show it in."""
    day = on_the_day(minute_of(ann.year), now) if now is not None and ann.is_today else None
    return Observance(ann, silence_at(ann.year, zone.tzinfo), zone, day, also)


def is_non_working_day(year: int) -> bool:
    """Whether 20 January of `year` is a non-working day in Azerbaijan: from the year the
    facts give on (a weekend gives no other day off, so the answer holds then too)."""
    since: int = fact("public_holiday").values["since"]
    return year >= since


def silence_reported(year: int) -> bool:
    """Whether the sources report a minute of silence as of `year`: not before the first
    report (a later year is the custom the reports describe, still to come)."""
    first: int = fact("silence").values["first_reported"]
    return year >= first


def day_named(day: date) -> bool:
    """Whether `day` comes after 20 January was given its name (National Mourning Day, in
    March 1994 by the facts): a 20 January, or a today, before it is worded without it."""
    named = fact("day_named").values
    return (day.year, day.month) >= (named["year"], named["month"])


def span_between(a: date, b: date) -> Span:
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(max(a, b), min(a, b))
    return Span(delta.years, delta.months, delta.days)


def summarize(
    year: int,
    today: date,
    zone: Zone,
    now: datetime | None = None,
    also: tuple[Zone, ...] = (),
) -> Summary:
    ann = anniversary(year, today)
    facts = load_facts()
    return Summary(
        observance=observe(ann, zone, now, also),
        span=span_between(today, ann.date),
        facts=tuple(facts[key] for key in SUMMARY_FACTS),
    )

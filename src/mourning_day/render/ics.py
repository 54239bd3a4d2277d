"""iCalendar (RFC 5545, with RFC 7986's calendar properties): each anniversary as an all-day
event, and optionally the minute of silence with an alarm, for calendar apps to import or
subscribe to.

The file is made as a stream of chunks (the calendar's head, one event at a time, its end),
so that the range 1991-9999 costs no more memory than ten years. icalendar builds, escapes
and folds every property; only the BEGIN/END lines around the events are joined here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from mourning_day.core.anniversary import Anniversary, YearRange
from mourning_day.core.facts import SUMMARY_FACTS, Fact, fact, newest_source_date
from mourning_day.core.observance import day_named, silence_reported
from mourning_day.core.silence import silence_in_baku
from mourning_day.core.values import whole_number
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases
from mourning_day.render.fields import plain_spaces

if TYPE_CHECKING:
    from icalendar import Calendar, Event

PRODID = "-//mourning-day//mourning-day//EN"
# How often a subscribed copy should be fetched again: the facts change rarely.
REFRESH = timedelta(weeks=1)
# Every event keeps SEQUENCE 0: no event is ever moved. A client tells a newer file by its
# DTSTAMP, which changes when the facts do.
SEQUENCE = 0
MAX_ALARM_MINUTES = 7 * 24 * 60  # a week before the minute of silence
END = b"END:VCALENDAR\r\n"


class StampError(ValueError):
    """SOURCE_DATE_EPOCH is not a whole number of seconds within years 1970-9999."""


def calendar_stamp(source_date_epoch: str | None) -> datetime:
    """Every event's DTSTAMP: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
    convention) if set, else midnight UTC of the newest source's date. Never the clock, so
    the same command gives the same bytes, and events change only when their content may.
    An empty value counts as unset, as build tools that honour the variable treat it."""
    if not source_date_epoch:
        return datetime.combine(newest_source_date(), time(0), UTC)
    seconds = whole_number(source_date_epoch, max_digits=12)
    if seconds is None:
        raise StampError(source_date_epoch)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError) as e:
        raise StampError(source_date_epoch) from e


class _Texts(NamedTuple):
    """What every event of a calendar shares, worked out once."""

    day_description: str
    day_url: str
    silence_title: str
    silence_description: str
    silence_url: str
    alarm: str
    category: str


def calendar_chunks(
    years: YearRange,
    msgs: Messages,
    *,
    with_silence: bool,
    stamp: datetime,
    alarm_minutes: int | None = None,
) -> Iterator[bytes]:
    """The .ics file for `years`, in pieces to write as they come; `stamp` (an aware time)
    is every event's DTSTAMP, and `alarm_minutes` puts a reminder that many minutes before
    each minute of silence.

    A UID depends on the year alone, so importing a newer file updates events rather than
    adding them twice, whatever the language.
    """
    if stamp.tzinfo is None:
        raise ValueError("stamp must be timezone-aware")
    if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
        raise ValueError(f"alarm_minutes must be from 0 to {MAX_ALARM_MINUTES}")
    stamp = stamp.astimezone(UTC)
    texts = _texts(msgs)
    head = _calendar(years, msgs).to_ical()
    yield head.removesuffix(END)
    for ann in years:
        yield _ical(_day_event(ann, msgs, texts, stamp))
        # No event for a minute of silence in a year before the sources report one: a
        # calendar entry would say it was held (README, "ics").
        if with_silence and silence_reported(ann.year):
            yield _ical(_silence_event(ann, texts, stamp, alarm_minutes))
    yield END


def _ical(event: Event) -> bytes:
    """What `event.to_ical()` gives, with each distinct line folded once: the description
    is the same in every event, and folding it again is most of the time a long range
    takes (icalendar folds character by character)."""
    return b"".join(_folded(line) for line in event.content_lines() if line)


@lru_cache(maxsize=256)
def _folded(line: str) -> bytes:
    from icalendar.parser import Contentline

    folded: bytes = Contentline(line).to_ical()  # type: ignore[no-untyped-call]
    return folded + b"\r\n"


def _calendar(years: YearRange, msgs: Messages) -> Calendar:
    """The calendar's own properties, with no events: what a subscription shows as its name
    and description, and how often it is fetched again."""
    from icalendar import Calendar, vDuration

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # NAME and DESCRIPTION (RFC 7986) with X-WR-CALNAME and X-WR-CALDESC for older clients.
    cal.calendar_name = plain_spaces(msgs.text("names.day"))
    description = msgs.text(
        "ics.description",
        first=years.first,
        last=years.last,
        last_ordinal=msgs.ordinal(years.last),  # Azerbaijani: "2026–2027-ci illərin"
    )
    cal.description = plain_spaces(description)
    # RFC 7986 gives REFRESH-INTERVAL's VALUE parameter as required; Outlook and Google read
    # X-PUBLISHED-TTL instead.
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    return cal


def _texts(msgs: Messages) -> _Texts:
    silence = fact("silence")
    return _Texts(
        day_description=_described([fact(key) for key in SUMMARY_FACTS], msgs),
        day_url=fact("mourning_day").sources[0].url,
        silence_title=plain_spaces(
            msgs.text(
                "names.ics_silence_title",
                silence=msgs.text("labels.silence"),
                day=msgs.text("names.day"),
            )
        ),
        silence_description=_described([silence], msgs),
        silence_url=silence.sources[0].url,
        alarm=plain_spaces(
            msgs.text(
                "ics.alarm",
                silence=msgs.text("labels.silence"),
                baku=msgs.text("silence.baku_only"),
            )
        ),
        category=plain_spaces(msgs.text("ics.category")),
    )


def _described(facts: list[Fact], msgs: Messages) -> str:
    """The facts with their note marks, then the sources they number, each with its
    publisher and date: short enough for a calendar's event view."""
    lines, sources = phrases.numbered_facts(facts, msgs)
    notes = [f"[{i}] {phrases.source_text(s, msgs)}" for i, s in enumerate(sources, 1)]
    return plain_spaces("\n".join([*lines, "", msgs.text("labels.sources"), *notes]))


def _event(uid: str, stamp: datetime, title: str, texts: _Texts) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", SEQUENCE)
    event.add("summary", title)
    event.add("categories", [texts.category])
    # A day of remembrance, not an appointment: it should not mark the reader as busy.
    event.add("transp", "TRANSPARENT")
    return event


def _day_event(ann: Anniversary, msgs: Messages, texts: _Texts, stamp: datetime) -> Event:
    # The name of the day first: month views cut titles after a dozen characters.
    # Before the day had its name, the anniversary alone.
    title = msgs.sentence(msgs.title(ann.number))
    if day_named(ann.date):
        title = msgs.text(
            "names.ics_title", day=msgs.text("names.day"), title=msgs.title(ann.number)
        )
    title = plain_spaces(title)
    event = _event(f"{ann.date.isoformat()}@mourning-day", stamp, title, texts)
    # Dates, not date-times: an all-day event that no time zone can move to another day.
    event.add("dtstart", ann.date)
    event.add("dtend", ann.date + timedelta(days=1))
    event.add("description", texts.day_description)
    event.add("url", texts.day_url)
    return event


def _silence_event(
    ann: Anniversary, texts: _Texts, stamp: datetime, alarm_minutes: int | None
) -> Event:
    from icalendar import Alarm

    # Written in UTC (…Z) rather than TZID=Asia/Baku: every client turns UTC into the
    # reader's time alike, while a TZID is only as good as the client's own zone data
    # (Outlook maps to Windows zones), which need not hold Baku's past offsets, such as
    # UTC+3 in January 1992. The tz database's offset is in the instant.
    start = silence_in_baku(ann.year).astimezone(UTC)
    uid = f"{ann.date.isoformat()}-silence@mourning-day"
    event = _event(uid, stamp, texts.silence_title, texts)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=fact("silence").values["minutes"]))
    event.add("description", texts.silence_description)
    event.add("url", texts.silence_url)
    if alarm_minutes is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", texts.alarm)
        alarm.add("trigger", timedelta(minutes=-alarm_minutes))
        event.add_component(alarm)
    return event

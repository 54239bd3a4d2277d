"""iCalendar (RFC 5545): each anniversary as an all-day event, and optionally the minute of
silence, for Google Calendar, Apple Calendar, Outlook or Thunderbird to import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mourning_day.anniversary import YearRange
from mourning_day.facts import SUMMARY_FACTS, fact
from mourning_day.messages import Messages, sentence
from mourning_day.render import phrases
from mourning_day.silence import silence_in_baku

PRODID = "-//mourning-day//mourning-day//EN"


def calendar_bytes(
    years: YearRange, msgs: Messages, *, with_silence: bool, stamp: datetime
) -> bytes:
    """The .ics file for `years`; `stamp` (an aware time) is every event's DTSTAMP.

    A UID depends on the year alone, so importing a newer file updates events rather than
    adding them twice, whatever the language.
    """
    from icalendar import Calendar, Event

    if stamp.tzinfo is None:
        raise ValueError("stamp must be timezone-aware")
    stamp = stamp.astimezone(UTC)
    day = msgs.text("names.day")
    description = facts_description(msgs)
    silence = fact("silence")
    silence_title = msgs.text(
        "names.ics_silence_title", silence=msgs.text("labels.silence"), day=day
    )
    silence_text = "\n".join(
        [phrases.fact_sentence(silence, msgs), *(s.url for s in silence.sources)]
    )

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", day)
    for ann in years:
        event = Event()
        event.add("uid", f"{ann.date.isoformat()}@mourning-day")
        event.add("dtstamp", stamp)
        event.add(
            "summary", sentence(msgs.text("names.ics_title", title=msgs.title(ann.number), day=day))
        )
        # Dates, not date-times: an all-day event that no time zone can move to another day.
        event.add("dtstart", ann.date)
        event.add("dtend", ann.date + timedelta(days=1))
        event.add("description", description)
        # A day of remembrance, not an appointment: it should not mark the reader as busy.
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
        if with_silence:
            # Written in UTC (…Z) rather than TZID=Asia/Baku: every client turns UTC into
            # the reader's time alike, while a TZID is only as good as the client's own zone
            # data (Outlook maps to Windows zones), which need not hold Baku's past offsets,
            # such as UTC+3 in January 1992. The tz database's offset is in the instant.
            start = silence_in_baku(ann.year).astimezone(UTC)
            minute = Event()
            minute.add("uid", f"{ann.date.isoformat()}-silence@mourning-day")
            minute.add("dtstamp", stamp)
            minute.add("summary", silence_title)
            minute.add("dtstart", start)
            minute.add("dtend", start + timedelta(minutes=silence.values["minutes"]))
            minute.add("description", silence_text)
            minute.add("transp", "TRANSPARENT")
            cal.add_component(minute)
    ics: bytes = cal.to_ical()
    return ics


def facts_description(msgs: Messages) -> str:
    """The facts with their note marks, then the addresses of the sources: short enough for
    a calendar's event view."""
    facts = [fact(key) for key in SUMMARY_FACTS]
    lines, sources = phrases.numbered_facts(facts, msgs)
    notes = [f"[{i}] {source.url}" for i, source in enumerate(sources, 1)]
    return "\n".join([*lines, "", msgs.text("labels.sources"), *notes])

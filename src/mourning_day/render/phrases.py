"""The sentences and labelled values that text and Rich output share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from mourning_day.core.facts import Fact, Source
from mourning_day.core.observance import (
    Observance,
    Span,
    Summary,
    is_non_working_day,
    silence_reported,
)
from mourning_day.core.silence import silence_in_baku
from mourning_day.core.zones import Zone, offset_label
from mourning_day.i18n.calendar_names import day_and_month
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.places import city
from mourning_day.render import durations


def silence_line(obs: Observance, msgs: Messages) -> str:
    """E.g. "Minute of silence: 12:00 in Baku = 03:00 in New York."; on the day, with
    the time of day known, "..., in 2 hours 5 minutes." or "..., held 3 hours ago."."""
    moment = silence_moment(obs, msgs)
    if obs.on_the_day is not None:
        when = durations.on_the_day(obs.on_the_day, msgs)
        return msgs.text("vigil.line", moment=moment, when=when)
    return msgs.text("silence.line", moment=moment)


def silence_value(obs: Observance, msgs: Messages) -> str:
    """The minute of silence as a summary's row shows it."""
    moment = silence_moment(obs, msgs)
    if obs.on_the_day is not None:
        when = durations.on_the_day(obs.on_the_day, msgs)
        return msgs.text("vigil.moment", moment=moment, when=when)
    return moment


def place_name(zone: Zone, msgs: Messages, offset: timedelta | None) -> str | None:
    """The zone as a place in the reader's language ("Нью-Йорк"), or its offset
    ("UTC+05:30") where the zone names no place; None for an unnamed local zone."""
    if zone.name is None:
        return None
    return city(zone.name, msgs.lang) or offset_label(offset)


def silence_moment(obs: Observance, msgs: Messages) -> str:
    """E.g. "12:00 in Baku = 22:00 on 19 January in Honolulu"; one clause, "12:00, Baku
    time", where the reader is in Baku."""
    moment = obs.silence_at
    offset = moment.utcoffset()
    baku = silence_in_baku(obs.anniversary.year)
    if obs.zone.name == str(baku.tzinfo):  # known without naming the place (and Babel)
        return msgs.text("silence.baku_only")
    place = place_name(obs.zone, msgs, offset)
    if offset == baku.utcoffset() and place is not None:
        # The reader's clock shows Baku's time that day: no sum to do.
        if place == city(str(baku.tzinfo), msgs.lang):
            return msgs.text("silence.baku_only")
        return msgs.text("silence.same_time", place=place)
    time = f"{moment:%H:%M}"
    if moment.date() != obs.anniversary.date:
        time = msgs.text("silence.time_on_date", time=time, date=day_and_month(moment, msgs.lang))
    if place is not None:
        there = msgs.text("silence.in_zone", time=time, place=place)
    else:
        there = msgs.text("silence.in_local", time=time, offset=offset_label(offset))
    return msgs.text("silence.moment", baku=msgs.text("silence.baku"), there=there)


def next_line(obs: Observance, msgs: Messages) -> str:
    """E.g. "Tuesday, 20 January 2026: 36th anniversary of the 20 January tragedy, in 57
    days."; on the day itself, "...: today is the 36th anniversary ..."."""
    ann = obs.anniversary
    key = "next.today" if ann.is_today else "next.line"
    return msgs.sentence(
        msgs.text(
            key,
            date=msgs.full_date(ann.date),
            title=msgs.title(ann.number),
            when=msgs.relative_days(ann.days_until),
        )
    )


def is_today_line(obs: Observance, today: date, msgs: Messages) -> str:
    ann = obs.anniversary
    if ann.is_today:
        line = msgs.text(
            "is_today.yes",
            date=msgs.full_date(today),
            day=msgs.text("names.day"),
            title=msgs.title(ann.number),
        )
        return line if obs.on_the_day is None else f"{line} {silence_line(obs, msgs)}"
    return msgs.text(
        "is_today.no",
        date=msgs.full_date(today),
        day=msgs.text("names.day"),
        next_date=msgs.full_date(ann.date),
        when=msgs.relative_days(ann.days_until),
    )


def span_text(span: Span, msgs: Messages) -> str:
    """E.g. "1 month, 27 days"; zero parts are left out, and no distance at all is "0 days"."""
    parts = [
        msgs.count(unit, n)
        for unit, n in (("year", span.years), ("month", span.months), ("day", span.days))
        if n
    ]
    return ", ".join(parts) or msgs.count("day", 0)


def when_text(summary: Summary, msgs: Messages) -> str:
    """E.g. "in 57 days (1 month, 27 days)"; just "in 3 days" or "today" where the calendar
    units would say the same again."""
    days = summary.observance.anniversary.days_until
    when = msgs.relative_days(days)
    if summary.span[:2] == (0, 0):
        return when
    return f"{when} ({span_text(summary.span, msgs)})"


def summary_heading(summary: Summary, msgs: Messages) -> str:
    number = summary.observance.anniversary.number
    return f"{msgs.text('names.day')}\u00a0— {msgs.sentence(msgs.title(number))}"


def summary_rows(summary: Summary, msgs: Messages) -> list[tuple[str, str]]:
    """(label, value) pairs, in the order a reader wants them. A value inside a row keeps
    the case it has inside a sentence ("вторник, 20 января")."""
    ann = summary.observance.anniversary
    rows = [
        (msgs.text("labels.anniversary"), msgs.ordinal(ann.number)),
        (msgs.text("labels.date"), msgs.full_date(ann.date)),
        (msgs.text("labels.when"), when_text(summary, msgs)),
        (msgs.text("labels.weekend"), msgs.text("labels.yes" if ann.is_weekend else "labels.no")),
    ]
    facts = {f.key: f for f in summary.facts}
    marks = fact_marks(summary.facts)
    if "public_holiday" in facts:
        since = facts["public_holiday"].values["since"]
        yes = is_non_working_day(ann.year)
        key = "labels.non_working_yes" if yes else "labels.non_working_before"
        # Azerbaijani says "from the 2000th year" ("2000-ci ildən"), hence the ordinal too.
        value = msgs.text(key, since=since, since_ordinal=msgs.ordinal(since))
        rows.append((msgs.text("labels.non_working"), f"{value} {marks['public_holiday']}"))
    silence = silence_value(summary.observance, msgs)
    if "silence" in facts and not silence_reported(ann.year):
        # Before the first report the row claims no more than the sources: the time, and
        # from when it is reported, with the notes that say so.
        first = facts["silence"].values["first_reported"]
        silence = msgs.text(
            "silence.reported_from",
            moment=silence,
            first_reported=first,
            first_reported_ordinal=msgs.ordinal(first),
        )
        silence = f"{silence} {marks['silence']}"
    rows.append((msgs.text("labels.silence"), silence))
    return rows


def fact_sentence(fact: Fact, msgs: Messages) -> str:
    """The fact's sentence in the reader's language, filled from the fact's own values."""
    units = fact.values.get("units", {})
    values: dict[str, Any] = {}
    for key, value in fact.values.items():
        if key in units:
            values[key] = msgs.count(units[key], value)  # "150 civilians", "744 человека"
        elif isinstance(value, list):  # places: "Baku and Sumgayit"
            values[key] = msgs.join([msgs.text(f"places.{place}") for place in value])
        elif isinstance(value, date):
            values[f"{key}_day"] = value.day
            values[f"{key}_year"] = value.year
            values[f"{key}_year_ordinal"] = msgs.ordinal(value.year)
        elif isinstance(value, int):
            values[key] = value
            values[f"{key}_ordinal"] = msgs.ordinal(value)
        else:
            values[key] = value
    return msgs.text(f"facts.{fact.key}", **values)


def _notes(facts: Iterable[Fact]) -> tuple[dict[str, str], list[Source]]:
    """Each fact's note marks ("[3, 4]") and the sources they number; a page that several
    facts cite is one note."""
    sources: dict[str, Source] = {}
    marks = {}
    for fact in facts:
        numbers = []
        for source in fact.sources:
            sources.setdefault(source.url, source)
            numbers.append(str(list(sources).index(source.url) + 1))
        marks[fact.key] = f"[{', '.join(numbers)}]"
    return marks, list(sources.values())


def fact_marks(facts: Iterable[Fact]) -> dict[str, str]:
    return _notes(facts)[0]


def numbered_facts(facts: Iterable[Fact], msgs: Messages) -> tuple[list[str], list[Source]]:
    """The facts as sentences ending in note marks ("[1]", "[3, 4]"), and the sources those
    marks number."""
    facts = list(facts)
    marks, sources = _notes(facts)
    return [f"{fact_sentence(fact, msgs)} {marks[fact.key]}" for fact in facts], sources


def summary_facts(summary: Summary, msgs: Messages) -> tuple[list[str], list[tuple[str, str]]]:
    """A summary's facts and its (mark, source) notes."""
    lines, sources = numbered_facts(summary.facts, msgs)
    return lines, [(f"[{i}]", source_text(source, msgs)) for i, source in enumerate(sources, 1)]


def source_text(source: Source, msgs: Messages) -> str:
    """The source in full, with its address: for text, JSON and calendars."""
    return f"{source_label(source, msgs, title=True)}, {source.url}"


def publisher_text(source: Source, msgs: Messages) -> str:
    """The publisher, and where its text reached us through another, how: "AzerNews (via
    MENAFN)", "AzerNews (на сайте MENAFN)", in the reader's words."""
    if source.relation is None or source.via is None:
        return source.publisher
    via = msgs.text(f"sources.via.{source.via}")
    return msgs.text(f"sources.relation.{source.relation}", publisher=source.publisher, via=via)


def source_label(source: Source, msgs: Messages, *, title: bool = False) -> str:
    """The source without its address: "News.Az, 2025-01-20", with the headline if `title`;
    on a terminal the label is a link to the address."""
    parts = [publisher_text(source, msgs)]
    if title and source.title:
        parts.append(f"“{source.title}”")
    if source.published:
        parts.append(source.published.isoformat())
    return ", ".join(parts)

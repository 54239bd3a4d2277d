"""The sentences and labelled values that text and Rich output share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from mourning_day.core.anniversary import LAST_YEAR
from mourning_day.core.facts import Fact, Source, load_facts
from mourning_day.core.observance import (
    Observance,
    Span,
    Summary,
    day_named,
    is_non_working_day,
    silence_reported,
)
from mourning_day.core.silence import silence_in_baku
from mourning_day.core.zones import Zone, offset_label, whole_minutes
from mourning_day.i18n.calendar_names import day_and_month, time_of_day
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.place_names import at_place, written
from mourning_day.i18n.places import city, place_name
from mourning_day.render import durations


def silence_line(obs: Observance, msgs: Messages) -> str:
    """E.g. "Minute of silence: 12:00 in Baku = 03:00 in New York."; on the day, with
    the time of day known, "..., in 2 hours 5 minutes." or "..., held 3 hours ago.". In a
    year before the first report, the time and from when it is reported, nothing more."""
    if not silence_reported(obs.anniversary.year):
        return msgs.text("silence.line", moment=unreported_moment(obs, msgs))
    moment = silence_moment(obs, msgs)
    if obs.on_the_day is not None:
        when = durations.on_the_day(obs.on_the_day, msgs)
        key = "vigil.line_held" if obs.on_the_day.phase == "held" else "vigil.line"
        return msgs.text(key, moment=moment, when=when)
    return msgs.text("silence.line", moment=moment)


def silence_value(obs: Observance, msgs: Messages) -> str:
    """The minute of silence as a summary's row shows it (before the first report, with
    from when it is reported: summary_rows adds the note marks)."""
    if not silence_reported(obs.anniversary.year):
        return unreported_moment(obs, msgs)
    moment = silence_moment(obs, msgs)
    if obs.on_the_day is not None:
        when = durations.on_the_day(obs.on_the_day, msgs)
        key = "vigil.moment_held" if obs.on_the_day.phase == "held" else "vigil.moment"
        return msgs.text(key, moment=moment, when=when)
    return moment


def unreported_moment(obs: Observance, msgs: Messages) -> str:
    """ "12:00, Baku time; the sources report it from 2017 on": what every command says of
    a minute of silence in a year before the sources first report one."""
    first: int = load_facts()["silence"].values["first_reported"]
    return msgs.text(
        "silence.reported_from",
        moment=silence_moment(obs, msgs),
        first_reported=first,
        first_reported_ordinal=msgs.ordinal(first),
    )


def vigil_text(key: str, year: int, msgs: Messages, **values: object) -> str:
    """What `silence` says (key: "begun", "ended", "missed", "not_within", "held_today",
    "until", "under_way") of the minute of `year`. Before the first report it speaks of
    the minute at 12:00 in Baku, not of a minute of silence held, and a one-line outcome
    (any key but "until" and "under_way", which a frame shows under silence_line) ends by
    saying from when the sources report one."""
    if silence_reported(year):
        return msgs.text(f"vigil.{key}", **values)
    line = msgs.text(f"vigil.unreported.{key}", **values)
    if key in ("until", "under_way"):
        return line
    first: int = load_facts()["silence"].values["first_reported"]
    note = msgs.text(
        "vigil.unreported.note", first_reported=first, first_reported_ordinal=msgs.ordinal(first)
    )
    return f"{line} {note}"


def silence_moment(obs: Observance, msgs: Messages) -> str:
    """E.g. "12:00 in Baku = 22:00 on 19 January in Honolulu"; one clause, "12:00, Baku
    time", where the reader is in Baku; "12:00 in Baku = 08:00 UTC" for a zone that is
    only an offset. With more places (--tz given more than once), each of them, as
    moment_in_places() says."""
    baku = silence_in_baku(obs.anniversary.year)
    if obs.also:
        return moment_in_places(baku, obs.zones, msgs)
    if obs.zone.name == str(baku.tzinfo):  # known without naming the place (and Babel)
        return msgs.text("silence.baku_only")
    moment = whole_minutes(obs.silence_at)  # as silence_at in JSON says it
    name = city(obs.zone.name, msgs.lang) if obs.zone.name is not None else None
    if moment.utcoffset() == baku.utcoffset() and name is not None:
        # The reader's clock shows Baku's time that day: no sum to do.
        if name == city(str(baku.tzinfo), msgs.lang):
            return msgs.text("silence.baku_only")
        return msgs.text("silence.same_time", **_place(name, msgs))
    there = _time_there(moment, obs.anniversary.date, obs.zone, msgs)
    return msgs.text("silence.moment", baku=msgs.text("silence.baku"), there=there)


def moment_in_places(baku: datetime, zones: Sequence[Zone], msgs: Messages) -> str:
    """The instant `baku` (12:00 or 12:01 in Baku) in each of `zones`, in the order given:
    "12:00 in Baku = 11:00 in Istanbul, 09:00 in Berlin and 22:00 on 19 January in
    Honolulu". Baku among them is not named twice; where every place keeps Baku's time,
    one clause: "12:00 in Baku, Tbilisi and Dubai"."""
    time = time_of_day(baku, msgs.lang)
    own = city(str(baku.tzinfo), msgs.lang)
    there: list[str] = []
    same: list[str] = []
    for zone in zones:
        moment = whole_minutes(baku.astimezone(zone.tzinfo))
        offset = moment.utcoffset()
        place = place_name(zone, msgs.lang, offset)
        if place == own and offset == baku.utcoffset():
            continue
        if place is not None and offset == baku.utcoffset():
            same.append(written(place, msgs.lang))
        there.append(_time_there(moment, baku.date(), zone, msgs))
    if len(same) == len(there):
        if not same:
            return msgs.text("moment.baku_only", time=time)
        places = msgs.join([written(own or str(baku.tzinfo), msgs.lang), *same])
        return msgs.text("moment.same_time", time=time, places=places)
    baku_part = msgs.text("moment.baku", time=time)
    return msgs.text("silence.moment", baku=baku_part, there=msgs.join(there))


def _place(name: str, msgs: Messages) -> dict[str, str]:
    """A place's words for the catalogs: as the press writes it, and (English) with the
    preposition and article it takes ("in the Chatham Islands")."""
    return {"place": written(name, msgs.lang), "at_place": at_place(name)}


def _time_there(moment: datetime, day: date, zone: Zone, msgs: Messages) -> str:
    """One place's part, dated where its date is not `day`: "11:00 in Istanbul", "22:00 on
    19 January in Honolulu", "08:00 UTC", "09:00 in your time zone (UTC+02:00)"."""
    time = time_of_day(moment, msgs.lang)
    if moment.date() != day:
        time = msgs.text("silence.time_on_date", time=time, date=day_and_month(moment, msgs.lang))
    offset = offset_label(moment.utcoffset())
    if zone.name is None:
        return msgs.text("silence.in_local", time=time, offset=offset)
    name = city(zone.name, msgs.lang)
    if name is None:
        return msgs.text("silence.at_offset", time=time, offset=offset)
    return msgs.text("silence.in_zone", time=time, **_place(name, msgs))


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
    """E.g. "Today, ..., is National Mourning Day: the 36th anniversary ...". Before the
    day was given that name (facts.json, "day_named") the sentence does without it."""
    ann = obs.anniversary
    if ann.is_today:
        if day_named(ann.date):
            line = msgs.text(
                "is_today.yes",
                date=msgs.full_date(today),
                day=msgs.text("names.day"),
                title=msgs.title(ann.number),
            )
        else:
            line = msgs.text(
                "is_today.yes_unnamed", date=msgs.full_date(today), title=msgs.title(ann.number)
            )
        return line if obs.on_the_day is None else f"{line} {silence_line(obs, msgs)}"
    key = "is_today.no" if day_named(today) else "is_today.no_unnamed"
    return msgs.text(
        key,
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
    """E.g. "National Mourning Day — 36th anniversary of ..."; the anniversary alone in a
    year before the day had that name."""
    ann = summary.observance.anniversary
    title = msgs.sentence(msgs.title(ann.number))
    return f"{msgs.text('names.day')}\u00a0— {title}" if day_named(ann.date) else title


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
        # Before the first report the row claims no more than the sources (the time, and
        # from when it is reported), with the notes that say so.
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
            values[f"{key}_number"] = msgs.number(value)  # "ранены 744", as the press has it
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
        parts.append(quoted(source.title, msgs))
    if source.published:
        parts.append(source.published.isoformat())
    if source.note is not None and (note := msgs.text(f"sources.notes.{source.note}")):
        parts.append(note)
    return ", ".join(parts)


# Quotation marks as a title may carry them inside: ASCII pairs, “…” and «…».
_INNER_QUOTES = re.compile(r'"([^"]*)"|“([^”]*)”|«([^»]*)»')


def quoted(text: str, msgs: Messages) -> str:
    """`text` in the reader's quotation marks, with the quotes inside it in the inner ones:
    «Постановление … „О трагических событиях …“» in Russian, “… ‘…’” in English."""

    def inner(match: re.Match[str]) -> str:
        words = next(group for group in match.groups() if group is not None)
        return msgs.text("sources.inner_quote", text=words)

    return msgs.text("sources.quote", text=_INNER_QUOTES.sub(inner, text))


def no_later(today: date, msgs: Messages) -> str:
    """`is-today` after the last anniversary we can compute: "no", and why no date follows."""
    day = msgs.text("names.day")
    return msgs.text("is_today.no_later", date=msgs.full_date(today), day=day, last=LAST_YEAR)

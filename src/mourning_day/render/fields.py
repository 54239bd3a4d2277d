"""Records as flat name -> value mappings: the interface of JSON, CSV and --field.

Field names are English in every language; display values (weekday, ordinal) are not."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone

from mourning_day.core.anniversary import Anniversary
from mourning_day.core.observance import Observance, Summary, is_non_working_day
from mourning_day.i18n.messages import Messages

Value = str | int | bool

ANNIVERSARY_FIELDS = (
    "year", "date", "weekday", "isoweekday", "anniversary", "ordinal", "days_until",
)  # fmt: skip
OBSERVANCE_FIELDS = (*ANNIVERSARY_FIELDS, "silence_at")

# The no-break spaces that keep "20 January" and "57 дней" together on a terminal are for
# people; a script comparing strings, or a calendar search, expects ordinary spaces.
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def plain_spaces(text: str) -> str:
    """Prose for machine output (JSON, CSV, --field, .ics): every no-break space plain."""
    return text.translate(_PLAIN_SPACES)


def whole_minutes(moment: datetime) -> datetime:
    """`moment` at its offset rounded to the nearest whole minute (halves up), the instant
    unchanged. RFC 3339 offsets are hours and minutes only (section 5.6, time-numoffset),
    and so are "UTC+hh:mm" labels; only a hand-written TZ such as "XYZ+0:00:30" has
    seconds in its offset, and the text and the JSON then say the same thing."""
    offset = moment.utcoffset()
    if offset is None or offset % timedelta(minutes=1) == timedelta(0):
        return moment
    minutes = math.floor(offset.total_seconds() / 60 + 0.5)
    return moment.astimezone(timezone(timedelta(minutes=minutes)))


def anniversary_fields(ann: Anniversary, msgs: Messages) -> dict[str, Value]:
    return {
        "year": ann.year,
        "date": ann.date.isoformat(),
        "weekday": msgs.weekday(ann.date),
        "isoweekday": ann.isoweekday,
        "anniversary": ann.number,
        "ordinal": msgs.ordinal(ann.number),
        "days_until": ann.days_until,
    }


def observance_fields(obs: Observance, msgs: Messages) -> dict[str, Value]:
    return {
        **anniversary_fields(obs.anniversary, msgs),
        "silence_at": whole_minutes(obs.silence_at).isoformat(),
    }


def is_today_fields(obs: Observance, today: date, msgs: Messages) -> dict[str, Value]:
    return {
        "today": today.isoformat(),
        "is_today": obs.anniversary.is_today,
        **observance_fields(obs, msgs),
    }


def summary_fields(summary: Summary, msgs: Messages) -> dict[str, Value]:
    """The flat part of a summary (CSV has no room for the list of facts)."""
    ann = summary.observance.anniversary
    return {
        **observance_fields(summary.observance, msgs),
        "title": plain_spaces(msgs.title(ann.number)),
        "weekend": ann.is_weekend,
        "non_working_day": is_non_working_day(ann.year),
        "span_years": summary.span.years,
        "span_months": summary.span.months,
        "span_days": summary.span.days,
    }

"""Records as flat name -> value mappings: the interface of JSON, CSV and --field.

Field names are English in every language; display values (weekday, ordinal) are not."""

from __future__ import annotations

from datetime import date

from mourning_day.core.anniversary import Anniversary
from mourning_day.core.observance import Observance, Summary, is_non_working_day
from mourning_day.core.zones import whole_minutes
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.places import place_name

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


def field_lines(obs: Observance, field: str, msgs: Messages) -> list[str]:
    """What --field prints, a line each: `silence_at` once per place, in the order the
    zones were given; any other field once."""
    if field == "silence_at":
        return [whole_minutes(place.at).isoformat() for place in obs.places]
    return [str(observance_fields(obs, msgs)[field])]


def silence_places(obs: Observance, msgs: Messages) -> list[dict[str, str | None]]:
    """The minute in each place (JSON's `silence_places`), the first zone's first: its IANA
    name (None for the system's zone when its name is unknown), what prose calls it (a
    city, or an offset such as "UTC+05:30"), and the time there."""
    return [
        {
            "zone": place.zone.name,
            "place": _plain(place_name(place.zone, msgs.lang, place.at.utcoffset())),
            "at": whole_minutes(place.at).isoformat(),
        }
        for place in obs.places
    ]


def _plain(text: str | None) -> str | None:
    return None if text is None else plain_spaces(text)


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

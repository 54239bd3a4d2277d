"""JSON: one object for next, summary and is-today; an array, streamed, for table."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, TextIO

from mourning_day.core.anniversary import YearRange
from mourning_day.core.observance import Observance, Summary
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases
from mourning_day.render.fields import (
    anniversary_fields,
    is_today_fields,
    observance_fields,
    plain_spaces,
    silence_places,
    summary_fields,
)


def _dump(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _on_the_day(obs: Observance) -> dict[str, int]:
    """On 20 January with the time known, the seconds to the minute of silence (JSON only:
    CSV keeps the same columns every day)."""
    day = obs.on_the_day
    return {} if day is None else {"seconds_until_silence": day.seconds}


def _places(obs: Observance, msgs: Messages) -> dict[str, Any]:
    """`silence_at` is the first zone's; `silence_places` has every zone, in the order
    given (JSON only: CSV keeps one column whatever the number of zones)."""
    return {"silence_places": silence_places(obs, msgs)}


def next_anniversary(obs: Observance, msgs: Messages, out: TextIO) -> None:
    _dump({**observance_fields(obs, msgs), **_on_the_day(obs), **_places(obs, msgs)}, out)


def is_today(obs: Observance, today: date, msgs: Messages, out: TextIO) -> None:
    _dump({**is_today_fields(obs, today, msgs), **_on_the_day(obs), **_places(obs, msgs)}, out)


def summary(summary: Summary, msgs: Messages, out: TextIO) -> None:
    obs = summary.observance
    record: dict[str, Any] = {
        **summary_fields(summary, msgs),
        **_on_the_day(obs),
        **_places(obs, msgs),
    }
    record["facts"] = [
        {
            "id": fact.key,
            "text": plain_spaces(phrases.fact_sentence(fact, msgs)),
            "sources": [
                {
                    "publisher": source.publisher,
                    # Where the text reached us through another: "citing", "Trend".
                    "relation": source.relation,
                    "via": msgs.text(f"sources.via.{source.via}") if source.via else None,
                    "title": source.title,
                    "date": source.published.isoformat() if source.published else None,
                    "url": source.url,
                    "quote": source.quote,
                }
                for source in fact.sources
            ],
        }
        for fact in summary.facts
    ]
    _dump(record, out)


def table(years: YearRange, msgs: Messages, out: TextIO) -> None:
    """One object per line inside the array, written as it is made."""
    out.write("[")
    separator = "\n"
    for ann in years:
        out.write(separator + json.dumps(anniversary_fields(ann, msgs), ensure_ascii=False))
        separator = ",\n"
    out.write("\n]\n")

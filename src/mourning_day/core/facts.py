"""The facts the tool states, each with its source, read from facts.json.

The figures, dates and places live in facts.json; the sentences that carry them live in
locales/<lang>.json under "facts", so a new language adds words, never facts. A fact has
one or more sources, each keeping the passage it was read from ("quote"). JSON rather than
TOML: the standard library's TOML parser costs several milliseconds to import and run on
every start."""

from __future__ import annotations

import json
import re
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from mourning_day.core.anniversary import ISO_DATE

FACTS_FILE = Path(__file__).with_name("facts.json")
_ISO_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
# The order in which a summary (and a calendar event) states them.
SUMMARY_FACTS = (
    "mourning_day",
    "public_holiday",
    "night",
    "later_killings",
    "casualties",
    "casualties_press",
    "resolution",
    "day_named",
    "silence",
)


class Source(NamedTuple):
    publisher: str
    title: str | None  # None where we have the page but not its exact headline
    published: date | None  # None where the page shows no date
    url: str
    quote: str  # the passage that supports the fact, verbatim
    # Where the publisher's text reached us through another: the relation ("citing",
    # "republished_by", "from") and that other's key; both worded in the catalogs
    # ("sources.relation.*", "sources.via.*"), since they are read in every language.
    relation: str | None = None
    via: str | None = None
    # A remark the source list makes about this source in some languages (catalog
    # "sources.notes.*"), e.g. that a title is translated: it belongs there, not in a fact.
    note: str | None = None


class Fact(NamedTuple):
    key: str
    values: dict[str, Any]
    sources: tuple[Source, ...]


def _typed(value: Any) -> Any:
    """ISO dates and times in the JSON become date and time objects."""
    if isinstance(value, str):
        if ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
        if _ISO_TIME.fullmatch(value):
            return time.fromisoformat(value)
    return value


@cache
def load_facts() -> dict[str, Fact]:
    with FACTS_FILE.open(encoding="utf-8") as f:
        raw = json.load(f)
    facts = {}
    for key, table in raw.items():
        values = {name: _typed(value) for name, value in table.items() if name != "sources"}
        sources = tuple(
            Source(
                publisher=src["publisher"],
                title=src.get("title"),
                published=date.fromisoformat(src["date"]) if "date" in src else None,
                url=src["url"],
                quote=src["quote"],
                relation=src.get("relation"),
                via=src.get("via"),
                note=src.get("note"),
            )
            for src in table["sources"]
        )
        facts[key] = Fact(key, values, sources)
    return facts


def fact(key: str) -> Fact:
    return load_facts()[key]


def newest_source_date() -> date:
    """The day of the newest source: when the facts, as the tool states them, last changed.
    Output that must not depend on the clock (a calendar's DTSTAMP) is dated by it."""
    return max(
        source.published
        for f in load_facts().values()
        for source in f.sources
        if source.published is not None
    )

"""The facts the tool states, each with its source, read from facts.toml."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

FACTS_FILE = Path(__file__).with_name("facts.toml")
# The order in which a summary states them; the minute of silence is shown on its own.
SUMMARY_FACTS = ("mourning_day", "night", "casualties", "resolution")


class Source(NamedTuple):
    publisher: str
    title: str | None  # None where we have the page but not its exact headline
    published: date
    url: str


class Fact(NamedTuple):
    key: str
    values: dict[str, Any]
    source: Source


@cache
def load_facts() -> dict[str, Fact]:
    with FACTS_FILE.open("rb") as f:
        raw = tomllib.load(f)
    facts = {}
    for key, table in raw.items():
        values = dict(table)
        src = values.pop("source")
        source = Source(src["publisher"], src.get("title"), src["date"], src["url"])
        facts[key] = Fact(key, values, source)
    return facts


def fact(key: str) -> Fact:
    return load_facts()[key]

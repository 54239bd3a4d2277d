"""A place CLDR names for a zone, as running text writes it: the press's spelling
("Nyu-York", not CLDR's "Nyu York"), abbreviations spelled out ("остров Мэн", not
"о-в Мэн"), English with its preposition and article ("in the Chatham Islands"), and its
words held together on one line.

It takes the name places.city() gives, whatever CLDR release that comes from, and keeps
its data in place_names.json."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

PLACE_NAMES_FILE = Path(__file__).with_name("place_names.json")
# Words of a place name are tied as a number is to its unit: Rich and textwrap break lines
# at ordinary spaces only, and machine output turns these back into plain ones.
NBSP = "\u00a0"
# English names CLDR gives with a common noun that takes an article or "on" (checked over
# every zone in tests/test_place_names.py): "the Chatham Islands", "the Isle of Man",
# "on Easter Island", "on Midway Atoll".
_GROUP = re.compile(r".+ (Islands|Archipelago)")
_ISLE_OF = re.compile(r"Isle of .+")
_ISLAND = re.compile(r".+ (Island|Atoll)")


@cache
def _data() -> dict[str, Any]:
    with PLACE_NAMES_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def written(city: str, lang: str) -> str:
    """The name as the press of `lang` writes it, its words held together."""
    data = _data()
    name = data["press"].get(lang, {}).get(city, city)
    for short, full in data["expansions"].get(lang, {}).items():
        name = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", full, name)
    return glued(name)


def at_place(city: str) -> str:
    """English: where something is, at the place CLDR calls `city`: "in New York", "in the
    Chatham Islands", "on the Isle of Man", "on Easter Island"; the place's words, its
    article with them, held together."""
    phrase = _data()["en_at"].get(city)
    if phrase is None:
        if _GROUP.fullmatch(city):
            phrase = f"in the {city}"
        elif _ISLE_OF.fullmatch(city):
            phrase = f"on the {city}"
        elif _ISLAND.fullmatch(city):
            phrase = f"on {city}"
        else:
            phrase = f"in {city}"
    # The preposition may end a line; the article stays with the name.
    preposition, _, place = phrase.partition(" ")
    return f"{preposition} {glued(place)}"


def glued(text: str) -> str:
    return text.replace(" ", NBSP)

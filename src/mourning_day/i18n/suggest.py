"""The valid names closest to a mistyped one, for "did you mean …?"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from functools import cache

MOST = 3
NEAR = 0.1  # difflib ratios within this of the best count as equally likely


def close_matches(word: str, choices: Iterable[str], most: int = MOST) -> list[str]:
    """Names the user may have meant, best first: the one equal but for case, else those
    `word` begins ("day" -> days_until), else the nearest by difflib ("nxt" -> next)."""
    return _closest(word, {c: c for c in choices}, most)


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this system knows, sorted. Reads the zone database (about 30 ms):
    for an error or a completion, never on a normal run."""
    from zoneinfo import available_timezones

    return tuple(sorted(z for z in available_timezones() if z not in {"localtime", "Factory"}))


def close_zones(name: str, most: int = MOST) -> list[str]:
    """Zones the user may have meant: "asia/baku", "Baku", "Europe/Baku" and "Asia/Bak" ->
    Asia/Baku; "Europe/Londn" -> Europe/London; "New York" -> America/New_York. None for a
    path ("/etc/localtime"): its last part names no zone, and a guess from it misleads."""
    if name.startswith("/"):
        return []
    zones = zone_names()
    whole = _closest(name, {z: z for z in zones}, most)
    if whole and whole[0].casefold() == name.casefold():
        return whole[:1]
    city_name = name.rpartition("/")[2].replace("_", " ")
    cities = {z.rpartition("/")[2].replace("_", " "): z for z in zones if "/" in z}
    city = _closest(city_name, cities, most)
    if city and (
        city_name.casefold() in {c.casefold() for c in cities}
        or not whole
        or _ratio(city_name, city[0].rpartition("/")[2]) > _ratio(name, whole[0])
    ):
        return city
    return whole


def _closest(word: str, choices: Mapping[str, str], most: int) -> list[str]:
    """`choices` maps what is compared to what is suggested."""
    folded = word.casefold()
    by_folded = {key.casefold(): value for key, value in choices.items()}
    if folded in by_folded:
        return [by_folded[folded]]
    if folded:
        begun = [value for key, value in by_folded.items() if key.startswith(folded)]
        if begun:
            return begun[:most]
    near = difflib.get_close_matches(folded, by_folded, n=most)
    if not near:
        return []
    best = difflib.SequenceMatcher(None, folded, near[0]).ratio()
    return [
        by_folded[key]
        for key in near
        if difflib.SequenceMatcher(None, folded, key).ratio() >= best - NEAR
    ]


def _ratio(word: str, name: str) -> float:
    return difflib.SequenceMatcher(None, word.casefold(), name.casefold()).ratio()

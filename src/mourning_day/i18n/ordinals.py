"""Ordinal numbers written with digits, as a newspaper prints them: 36th, 36-cı, 36-я."""

from __future__ import annotations

from collections.abc import Callable

from mourning_day.i18n.catalog import load_catalog


def english(n: int) -> str:
    """36th, 11th, 12th, 13th, 21st, 111th: the teens always take -th."""
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# The Azerbaijani suffix follows the vowel harmony of the last word of the number as spoken:
# 36 is "otuz altı", so 36-cı; 40 is "qırx", so 40-cı; 1000 is "min", so 1000-ci.
_AZ_UNITS = ("", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz")
_AZ_TENS = ("", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan")
_AZ_HUNDRED = "yüz"
_AZ_THOUSAND = "min"
_AZ_HARMONY = {
    "e": "ci", "ə": "ci", "i": "ci",
    "a": "cı", "ı": "cı",
    "o": "cu", "u": "cu",
    "ö": "cü", "ü": "cü",
}  # fmt: skip


def azerbaijani_last_word(n: int) -> str:
    """The word a speaker ends the number on: units, else tens, else hundreds, else thousands."""
    if n <= 0:
        raise ValueError(f"ordinals start at 1, not {n}")
    if n % 10:
        return _AZ_UNITS[n % 10]
    if n % 100:
        return _AZ_TENS[n % 100 // 10]
    if n % 1000:
        return _AZ_HUNDRED
    return _AZ_THOUSAND


def azerbaijani(n: int) -> str:
    """36-cı, 1-ci, 9-cu, 3-cü: -ci/-cı/-cu/-cü by the last vowel of the spoken number."""
    word = azerbaijani_last_word(n)
    last_vowel = next(ch for ch in reversed(word) if ch in _AZ_HARMONY)
    return f"{n}-{_AZ_HARMONY[last_vowel]}"


def russian(n: int) -> str:
    """36-я: feminine, agreeing with «годовщина»; one letter is added after the digits."""
    return f"{n}-я"


ORDINALS: dict[str, Callable[[int], str]] = {"en": english, "az": azerbaijani, "ru": russian}


def ordinal(n: int, lang: str) -> str:
    """The language's rule above where its grammar needs one, else its catalog's pattern
    "names.ordinal" (Turkish "{n}." gives "36.")."""
    rule = ORDINALS.get(lang)
    return rule(n) if rule else str(load_catalog(lang)["names"]["ordinal"]).format(n=n)

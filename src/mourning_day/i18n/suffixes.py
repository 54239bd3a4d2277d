"""Case suffixes after a number written in digits, as Turkish writes them: "2026'da",
"2000'den", "1994'te". The suffix follows the last word of the number as it is spoken
(2026 is "iki bin yirmi altı", so -da), so a language gives two tables in the "numerals"
section of its catalog: the words a number can end on, and each word's suffixes. A
catalog asks for one with a format spec naming the case: "{since:ablative} bu yana"."""

from __future__ import annotations

from functools import cache
from typing import Any

from mourning_day.i18n.catalog import load_catalog


def _numerals(lang: str) -> dict[str, Any]:
    section: dict[str, Any] = load_catalog(lang)["numerals"]
    return section


def has_suffixes(lang: str) -> bool:
    return "numerals" in load_catalog(lang)


def last_word(n: int, lang: str) -> str:
    """The word a speaker ends the number on: the units, else the tens, else the largest
    power of ten in the table that divides it (300 "üç yüz", 2000 "iki bin")."""
    words: dict[str, str] = _numerals(lang)["words"]
    n = abs(n)
    if n == 0 or n % 10:
        return words[str(n % 10)]
    if n % 100:
        return words[str(n % 100)]
    powers = sorted((int(k) for k in words if int(k) >= 100), reverse=True)
    if n >= powers[0] * 1000:
        raise ValueError(f"{n} is beyond the numbers the {lang} table names")
    return words[str(next(p for p in powers if n % p == 0))]


def suffixed(n: int, case: str, lang: str) -> str:
    """E.g. suffixed(2026, "locative", "tr") == "2026'da"."""
    table = _numerals(lang)
    return f"{n}{table['apostrophe']}{table['suffixes'][last_word(n, lang)][case]}"


class _Number:
    """An integer whose format spec may name a case: f"{_Number(1994, 'tr'):locative}"
    is "1994'te"; any other spec formats it as an int."""

    __slots__ = ("lang", "n")

    def __init__(self, n: int, lang: str) -> None:
        self.n = n
        self.lang = lang

    def __format__(self, spec: str) -> str:
        if spec in _cases(self.lang):
            return suffixed(self.n, spec, self.lang)
        return format(self.n, spec)


@cache
def _cases(lang: str) -> frozenset[str]:
    return frozenset(case for forms in _numerals(lang)["suffixes"].values() for case in forms)


def with_cases(values: dict[str, object], lang: str) -> dict[str, object]:
    """`values` for str.format, their integers able to take a case suffix."""
    return {
        key: _Number(value, lang)
        if isinstance(value, int) and not isinstance(value, bool)
        else value
        for key, value in values.items()
    }

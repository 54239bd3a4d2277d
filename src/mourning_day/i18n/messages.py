"""What the reader sees, in their language: strings from locales/<lang>.json, plural
forms by CLDR rules, ordinals and dates. One Messages object per run."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from mourning_day.i18n import calendar_names, ordinals, suffixes
from mourning_day.i18n.catalog import capitalise, load_catalog, plural_category


class Messages:
    """The reader's language, and the territory their locale names (for the first day of
    the week), if it names one."""

    __slots__ = ("lang", "territory")

    def __init__(self, lang: str, territory: str | None = None) -> None:
        self.lang = lang
        self.territory = territory

    def text(self, key: str, **values: object) -> str:
        """The string at a dotted key ("silence.line"), with its placeholders filled."""
        node: Any = load_catalog(self.lang)
        for part in key.split("."):
            node = node[part]
        if not values:
            return str(node)
        if suffixes.has_suffixes(self.lang):  # "{year:locative}" -> "1994'te"
            values = suffixes.with_cases(values, self.lang)
        return str(node).format(**values)

    def count(self, unit: str, n: int) -> str:
        """E.g. "57 days", "57 gün", "57 дней"; "2,912,135 days" (see number())."""
        forms = load_catalog(self.lang)["units"][unit]
        return str(forms[plural_category(abs(n), self.lang)]).format(n=self.number(n))

    def number(self, n: int) -> str:
        """An integer in prose, its digits grouped as the language groups them (CLDR):
        "2,912,135", "2.912.135", "2 912 135" (no-break space); never for machine output,
        whose numbers stay bare."""
        from babel.numbers import format_decimal

        return str(format_decimal(n, locale=self.lang))

    def relative_days(self, days: int) -> str:
        """E.g. "today", "tomorrow", "in 57 days", "yesterday", "57 days ago"."""
        if days in (-1, 0, 1):
            return self.text(
                ("relative.yesterday", "relative.today", "relative.tomorrow")[days + 1]
            )
        span = self.count("day", abs(days))
        return self.text("relative.future" if days > 0 else "relative.past", span=span)

    def ordinal(self, n: int) -> str:
        """A grammar rule from ordinals.py where the language has one, else the catalog's
        pattern (a language whose ordinals are "36." needs no code)."""
        return ordinals.ordinal(n, self.lang)

    def title(self, n: int) -> str:
        """E.g. "36th anniversary of the 20 January tragedy"."""
        return self.text("names.title", ordinal=self.ordinal(n))

    def weekday(self, day: date) -> str:
        return calendar_names.weekday_name(day, self.lang)

    def full_date(self, day: date) -> str:
        return calendar_names.full_date(day, self.lang)

    def first_weekday(self) -> int:
        """0 = Monday ... 6 = Sunday, where the reader's weeks start."""
        return calendar_names.first_weekday(self.territory)

    def sentence(self, text: str) -> str:
        """The text capitalised as the start of a sentence in this language."""
        return capitalise(text, self.lang)

    def join(self, items: list[str]) -> str:
        """E.g. "Baku, Sumgayit, Lankaran and Neftchala"."""
        return self._list(items, "standard")

    def join_or(self, items: list[str]) -> str:
        """E.g. "rich, text, json or csv"."""
        return self._list(items, "or")

    def suggesting(self, message: str, names: Sequence[str]) -> str:
        """`message`, and "did you mean …?" if there are names to offer."""
        if not names:
            return message
        return self.text("usage.suggest", message=message, names=self.join_or(list(names)))

    def _list(self, items: list[str], style: Literal["standard", "or"]) -> str:
        """CLDR's list pattern, in the locale the catalog's "lists" section names: for
        English, en_001 (international English), whose lists have no comma before the last
        item, as the tool's day-first English dates are en_001's too."""
        from babel.lists import format_list

        return str(format_list(items, style, locale=load_catalog(self.lang)["lists"]["locale"]))

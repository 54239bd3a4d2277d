"""Catalogs, plural forms and day counts per language."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest
from babel import Locale

from mourning_day.i18n.catalog import LANGUAGES, load_catalog, plural_category
from mourning_day.i18n.messages import Messages


def _flatten(node: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(node, dict):
        out: dict[str, str] = {}
        for key, value in node.items():
            out.update(_flatten(value, f"{prefix}{key}."))
        return out
    return {prefix.rstrip("."): node}


def _placeholders(text: str) -> set[str]:
    """A translation may take a value in the form its grammar wants: as an ordinal ("2000-ci
    ildən" for English "from 2000"), with a case suffix ("{since:ablative}": "2000'den"),
    as a bare number ("ранены 744"), or a place with the preposition and article English
    puts before it ("at_place": "in the Chatham Islands"), where Azerbaijani and Russian
    take the name itself ("place")."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    return {
        name.removesuffix("_ordinal").removesuffix("_number").removeprefix("at_") for name in names
    }


ENGLISH = _flatten(load_catalog("en"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_english_string(lang: str) -> None:
    strings = _flatten(load_catalog(lang))
    missing = sorted(set(ENGLISH) - set(strings))
    assert not missing, f"{lang} lacks {missing}"
    # Plural tables may have more categories than English (ru: few, many), a language
    # without an ordinal rule in ordinals.py gives a pattern, a language may pair capitals
    # and small letters where str.upper/lower would be wrong (az, tr: I/ı, İ/i), and one
    # whose suffixes follow a number gives their tables (tr: "numerals", see suffixes.py).
    grammar = ("units.", "calendar.lower_letters.", "calendar.upper_letters.", "numerals.")
    extra = sorted(
        k for k in set(strings) - set(ENGLISH) if not k.startswith(grammar) and k != "names.ordinal"
    )
    assert not extra, f"{lang} has strings English lacks: {extra}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_tables_cover_every_cldr_category(lang: str) -> None:
    categories = set(Locale.parse(lang).plural_form.tags) | {"other"}
    for unit, forms in load_catalog(lang)["units"].items():
        assert set(forms) == categories, f"{lang} units.{unit}"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_use_the_placeholders_they_must(lang: str) -> None:
    strings = _flatten(load_catalog(lang))
    for key, text in ENGLISH.items():
        if key.startswith(("units.", "facts.")):
            continue  # facts may spell out a value (the month) rather than fill it in
        assert _placeholders(strings[key]) == _placeholders(text), key


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        # A no-break space (U+00A0) keeps number and noun on one line, as Russian typesetting
        # requires (Мильчин, «Справочник издателя и автора», ties between a number and
        # its unit). Russian noun after a numeral (CLDR ru plural rules; tips4russian.com):
        # 1, 21, 101 -> день; 2-4, 22-24 -> дня; 0, 5-20, 25-30, 111-114 -> дней. Digits are
        # grouped by CLDR's ru pattern "#,##0" with a no-break space (Babel 2.19
        # format_decimal(1000, locale="ru") == "1\u00a0000").
        (1, "1\u00a0день"), (2, "2\u00a0дня"), (4, "4\u00a0дня"), (5, "5\u00a0дней"),
        (11, "11\u00a0дней"), (12, "12\u00a0дней"), (14, "14\u00a0дней"), (21, "21\u00a0день"),
        (22, "22\u00a0дня"), (25, "25\u00a0дней"), (57, "57\u00a0дней"), (101, "101\u00a0день"),
        (111, "111\u00a0дней"), (112, "112\u00a0дней"), (122, "122\u00a0дня"),
        (1000, "1\u00a0000\u00a0дней"), (1001, "1\u00a0001\u00a0день"),
    ],
)  # fmt: skip
def test_russian_day_counts(n: int, expected: str) -> None:
    assert Messages("ru").count("day", n) == expected


@pytest.mark.parametrize(
    ("lang", "days", "expected"),
    [
        ("en", 57, "in\u00a057\u00a0days"), ("en", 2, "in\u00a02\u00a0days"), ("en", 1, "tomorrow"),
        ("en", -1, "yesterday"), ("en", -2, "2\u00a0days ago"),
        ("en", -364, "364\u00a0days ago"), ("en", 0, "today"),
        # Azerbaijani keeps the noun singular after a numeral: "57 gün", never "57 günlər".
        ("az", 57, "57\u00a0gün sonra"), ("az", 1, "sabah"), ("az", -1, "dünən"),
        ("az", -3, "3\u00a0gün əvvəl"),
        ("az", 0, "bu gün"),
        ("ru", 57, "через\u00a057\u00a0дней"), ("ru", 21, "через\u00a021\u00a0день"),
        ("ru", 22, "через\u00a022\u00a0дня"),
        ("ru", -5, "5\u00a0дней назад"), ("ru", 0, "сегодня"),
        # One day either way is a word, as speakers say it: завтра/вчера (ru), sabah/dünən
        # (az), tomorrow/yesterday; checked in Ожегов and in the Azərbaycan dilinin izahlı
        # lüğəti (sabah "the day after today", dünən "the day before today").
        ("ru", 1, "завтра"), ("ru", -1, "вчера"),
    ],
)  # fmt: skip
def test_relative_days(lang: str, days: int, expected: str) -> None:
    assert Messages(lang).relative_days(days) == expected


def test_months_and_years_in_russian() -> None:
    msgs = Messages("ru")
    assert [msgs.count("month", n) for n in (1, 3, 10)] == [
        "1\u00a0месяц",
        "3\u00a0месяца",
        "10\u00a0месяцев",
    ]
    assert [msgs.count("year", n) for n in (1, 2, 5, 21)] == [
        "1\u00a0год",
        "2\u00a0года",
        "5\u00a0лет",
        "21\u00a0год",
    ]


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    # CLDR's cardinal rules: en and az "one" for 1 only; ru "one" for 1, 21, 101 (not 11),
    # "few" for 2-4, 22-24 (not 12-14), "many" for 0, 5-20, 25-30, 111.
    [("en", 0, "other"), ("en", 1, "one"), ("en", 2, "other"), ("en", 21, "other"),
     ("az", 1, "one"), ("az", 5, "other"), ("ru", 1, "one"), ("ru", 21, "one"),
     ("ru", 11, "many"), ("ru", 2, "few"), ("ru", 24, "few"), ("ru", 12, "many"),
     ("ru", 0, "many"), ("ru", 111, "many"), ("ru", 101, "one")],
)  # fmt: skip
def test_plural_categories(lang: str, n: int, expected: str) -> None:
    assert plural_category(n, lang) == expected


def test_every_language_can_write_ordinals() -> None:
    for lang in LANGUAGES:
        assert Messages(lang).ordinal(36).startswith("36")


def test_a_language_without_a_rule_uses_its_catalog_pattern(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mourning_day.i18n import messages

    monkeypatch.setattr(messages.ordinals, "ORDINALS", {})
    monkeypatch.setitem(load_catalog("ru")["names"], "ordinal", "{n}.")
    assert Messages("ru").ordinal(36) == "36."


def test_titles() -> None:
    assert Messages("en").title(36) == "36th anniversary of the 20\u00a0January tragedy"
    assert Messages("az").title(36) == "20\u00a0Yanvar faciəsinin 36-cı ildönümü"
    assert Messages("ru").title(36) == "36-я годовщина трагедии 20\u00a0Января"


@pytest.mark.parametrize(
    ("lang", "items", "expected"),
    [
        # CLDR list patterns: en_001 (the tool's English) has no comma before "and"/"or",
        # unlike en ("A, B, and C"); az joins with "və", ru with "и".
        ("en", ["A"], "A"), ("en", ["A", "B"], "A and B"), ("en", ["A", "B", "C"], "A, B and C"),
        ("az", ["A", "B"], "A və B"), ("az", ["A", "B", "C"], "A, B və C"),
        ("ru", ["A"], "A"), ("ru", ["A", "B", "C"], "A, B и C"), ("ru", [], ""),
    ],
)  # fmt: skip
def test_lists_join_with_the_languages_and(lang: str, items: list[str], expected: str) -> None:
    assert Messages(lang).join(items) == expected


@pytest.mark.parametrize(
    ("lang", "items", "expected"),
    [
        # CLDR's "or" lists: en_001 "A, B or C"; ru "или"; az "yaxud", with a comma before
        # it from three items on (CLDR 49 az listPattern type "or": "{0}, yaxud {1}").
        ("en", ["A", "B"], "A or B"),
        ("en", ["rich", "text", "json", "csv"], "rich, text, json or csv"),
        ("ru", ["en", "az", "ru"], "en, az или ru"), ("az", ["en", "az"], "en yaxud az"),
        ("az", ["en", "az", "ru"], "en, az, yaxud ru"), ("az", ["en"], "en"),
    ],
)  # fmt: skip
def test_alternatives_join_with_the_languages_or(
    lang: str, items: list[str], expected: str
) -> None:
    assert Messages(lang).join_or(items) == expected


def test_sentence_capitalises_only_the_first_letter() -> None:
    assert Messages("ru").sentence("вторник, 20 января") == "Вторник, 20 января"
    assert Messages("az").sentence("iyirmi") == "İyirmi"
    assert Messages("ru").sentence("") == ""


def test_no_emoji_or_exclamations_in_any_catalog() -> None:
    """A memorial: plain words only."""
    emoji = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
    for lang in LANGUAGES:
        for key, text in _flatten(load_catalog(lang)).items():
            assert not emoji.search(text), (lang, key)
            assert "!" not in text, (lang, key)


def test_every_relation_and_intermediary_in_the_facts_is_worded() -> None:
    """A source's relation and intermediary are read in every language (sources.*)."""
    from mourning_day.core.facts import load_facts

    sources = [s for f in load_facts().values() for s in f.sources if s.via or s.relation]
    assert sources
    for lang in LANGUAGES:
        words = load_catalog(lang)["sources"]
        for source in sources:
            assert source.relation in words["relation"] and source.via in words["via"], lang

"""Each language end to end. Expected texts were read and checked by hand against the
grammar notes in tests/test_ordinals.py and tests/test_messages.py."""

from __future__ import annotations

import json

import pytest

FIXED = ["--today", "2025-11-24", "--tz", "Europe/London"]


def test_azerbaijani_summary(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "2026", *FIXED, "--lang", "az"]).stdout
    lines = out.splitlines()
    assert lines[0] == "Ümumxalq Hüzn Günü — 20 Yanvar faciəsinin 36-cı ildönümü"
    assert "Tarix:               20 yanvar 2026, çərşənbə axşamı" in lines
    assert "Nə vaxt:             57 gün sonra (1 ay, 27 gün)" in lines
    assert "Həftə sonu:          xeyr" in lines
    assert "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = Europe/London vaxtı ilə 08:00" in lines
    assert "Bakı, Sumqayıt, Lənkəran və Neftçala şəhərlərində" in out
    assert "1990-cı il yanvarın 19-dan 20-nə keçən gecə" in out
    assert "1994-cü ilin martında Milli Məclis" in out


def test_russian_summary(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "2026", *FIXED, "--lang", "ru"]).stdout
    lines = out.splitlines()
    assert lines[0] == "День всенародной скорби — 36-я годовщина трагедии 20 января"
    # The date opens its value, so the weekday is capitalised.
    assert "Дата:            Вторник, 20 января 2026\u202fг." in lines
    assert "Когда:           через 57 дней (1 месяц, 27 дней)" in lines
    assert "Выходной:        нет" in lines
    assert "в городах Баку, Сумгаит, Ленкорань и Нефтечала" in out
    assert "В марте 1994 года Милли Меджлис принял постановление" in out


def test_russian_next_capitalises_the_sentence(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", "--today", "2026-01-18", "--tz", "Asia/Baku", "--lang", "ru"]).stdout
    assert out.splitlines()[0] == (
        "Вторник, 20 января 2026\u202fг.: 36-я годовщина трагедии 20 января, через 2 дня."
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Tuesday"), ("az", "çərşənbə axşamı"), ("ru", "вторник")],
)
def test_weekday_field_is_localized(invoke, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *FIXED, "--lang", lang, "--field", "weekday"])
    assert result.stdout == expected + "\n"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "az_AZ.UTF-8"}, "Ümumxalq Hüzn Günü"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "День всенародной скорби"),
        ({"LANG": "fr_FR.UTF-8"}, "National Mourning Day"),
        ({"LANG": "ru_RU.UTF-8", "MOURNING_DAY_LANG": "az"}, "Ümumxalq Hüzn Günü"),
    ],
)
def test_language_comes_from_the_environment(invoke, env, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert invoke(["summary", *FIXED], env=env).stdout.startswith(expected)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_machine_output_ignores_the_locale(invoke, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """Scripts get the same bytes under any LANG; only --lang (or MOURNING_DAY_LANG) counts."""
    args = ["table", "--count", "3", *FIXED, "-f", fmt]
    plain = invoke(args).stdout
    for env in ({"LANG": "ru_RU.UTF-8"}, {"LC_ALL": "az_AZ.UTF-8"}):
        assert invoke(args, env=env).stdout == plain
    assert invoke(args, env={"MOURNING_DAY_LANG": "ru"}).stdout != plain


def test_field_ignores_the_locale_too(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["next", *FIXED, "--field", "ordinal"]
    assert invoke(args, env={"LANG": "ru_RU.UTF-8"}).stdout == "36th\n"
    assert invoke([*args, "--lang", "ru"]).stdout == "36-я\n"


def test_table_json_in_russian(invoke) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(
        invoke(["table", "--count", "2", *FIXED, "-f", "json", "--lang", "ru"]).stdout
    )
    assert [(r["weekday"], r["ordinal"]) for r in rows] == [("вторник", "36-я"), ("среда", "37-я")]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Today, Monday, January 19, 2026, is not National Mourning Day; "
               "the next is Tuesday, January 20, 2026, in 1 day."),
        ("az", "Bu gün (19 yanvar 2026, bazar ertəsi) Ümumxalq Hüzn Günü deyil. "
               "Növbəti: 20 yanvar 2026, çərşənbə axşamı, 1 gün sonra."),
        ("ru", "Сегодня (понедельник, 19 января 2026\u202fг.) не День всенародной скорби. "
               "Следующий: вторник, 20 января 2026\u202fг., через 1 день."),
    ],
)  # fmt: skip
def test_is_today_in_each_language(invoke, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "2026-01-19", "--lang", lang])
    assert (result.exit_code, result.stdout) == (1, expected + "\n")

"""Each language end to end. Expected texts were read and checked by hand against the
grammar notes in tests/test_ordinals.py and tests/test_messages.py."""

from __future__ import annotations

import json

import pytest

FIXED = ["--today", "2025-11-24", "--tz", "Europe/London"]


NB = "\u00a0"  # no-break space: a number stays with its unit, a day with its month and year


def test_azerbaijani_summary(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "2026", *FIXED, "--lang", "az"]).stdout
    lines = out.splitlines()
    assert lines[0] == f"Ümumxalq Hüzn Günü{NB}— 20{NB}Yanvar faciəsinin 36-cı ildönümü"
    # Weekday names are written in lower case in Azerbaijani (Azərbaycan dilinin orfoqrafiya
    # qaydaları: ay və həftə günlərinin adları kiçik hərflə yazılır), whatever CLDR does.
    assert f"Tarix:               20{NB}yanvar{NB}2026, çərşənbə{NB}axşamı" in lines
    assert f"Nə vaxt:             57{NB}gün sonra (1{NB}ay, 27{NB}gün)" in lines
    assert "Şənbə və ya bazar:   xeyr" in lines
    assert "Qeyri-iş günü:       bəli, Azərbaycanda [2, 3]" in lines
    assert "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = London vaxtı ilə 08:00" in lines
    # "…qoşun hissələri Bakıya … yeridilib" (Report.az, 2026; Sputnik Azərbaycan, 2022).
    assert "Bakıya yeridilib; Bakı və Sumqayıt şəhərlərində" in out
    assert "1990-cı il yanvarın 19-dan 20-nə keçən gecə Sovet ordusu hissələri" in out
    assert "1994-cü ilin martında Milli Məclis" in out


def test_russian_summary(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "2026", *FIXED, "--lang", "ru"]).stdout
    lines = out.splitlines()
    assert lines[0] == f"День всенародной скорби{NB}— 36-я годовщина трагедии 20{NB}Января"
    # Inside a row the weekday keeps its lower case (Розенталь, «Справочник по
    # правописанию и стилистике», § 19: названия дней недели пишутся со строчной буквы).
    assert f"Дата:                    вторник, 20{NB}января{NB}2026\u202fг." in lines
    assert f"Когда:                   через{NB}57{NB}дней (1{NB}месяц, 27{NB}дней)" in lines
    # "Выходной: нет" read as "not a day off"; the weekend is asked plainly.
    assert "Суббота или воскресенье: нет" in lines
    assert "Нерабочий день:          да, в Азербайджане [2, 3]" in lines
    assert "мирные жители были убиты в городах Баку и Сумгайыт" in out
    assert f"В марте 1994{NB}года Милли Меджлис принял постановление" in out


def test_russian_next_capitalises_the_sentence(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", "--today", "2026-01-18", "--tz", "Asia/Baku", "--lang", "ru"]).stdout
    assert out.splitlines()[0] == (
        f"Вторник, 20{NB}января{NB}2026\u202fг.: 36-я годовщина трагедии 20{NB}Января, "
        f"через{NB}2{NB}дня."
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    # Turkish capitalises a weekday: "18 Haziran Pazar günü" (TDK; tests/test_turkish.py).
    [("en", "Tuesday"), ("az", "çərşənbə axşamı"), ("ru", "вторник"), ("tr", "Salı")],
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
        ({"LANG": "tr_TR.UTF-8"}, "Ulusal Yas Günü"),
        ({"LC_ALL": "tr_TR.UTF-8", "MOURNING_DAY_LANG": "ru"}, "День всенародной скорби"),
    ],
)
def test_language_comes_from_the_environment(invoke, env, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert invoke(["summary", *FIXED], env=env).stdout.startswith(expected)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_machine_output_ignores_the_locale(invoke, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """Scripts get the same bytes under any LANG; only --lang (or MOURNING_DAY_LANG) counts."""
    args = ["table", "--count", "3", *FIXED, "-f", fmt]
    plain = invoke(args).stdout
    for env in ({"LANG": "ru_RU.UTF-8"}, {"LC_ALL": "az_AZ.UTF-8"}, {"LANG": "tr_TR.UTF-8"}):
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
        ("en", f"Today, Monday, 19{NB}January{NB}2026, is not National Mourning Day; "
               f"the next is Tuesday, 20{NB}January{NB}2026, tomorrow."),
        ("az", f"Bu gün (19{NB}yanvar{NB}2026, bazar{NB}ertəsi) Ümumxalq Hüzn Günü deyil. "
               f"Növbəti: 20{NB}yanvar{NB}2026, çərşənbə{NB}axşamı, sabah."),
        ("ru", f"Сегодня (понедельник, 19{NB}января{NB}2026\u202fг.) не День всенародной "
               f"скорби. Ближайший{NB}— вторник, 20{NB}января{NB}2026\u202fг., завтра."),
    ],
)  # fmt: skip
def test_is_today_in_each_language(invoke, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", "2026-01-19", "--lang", lang])
    assert (result.exit_code, result.stdout) == (1, expected + "\n")

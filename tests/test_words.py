"""What readers read, in all three languages, with expected strings checked by hand against
the grammar or usage source named beside each case (not copied from the program)."""

from __future__ import annotations

import pytest
from babel.dates import get_timezone_location

NB = "\u00a0"  # no-break space: number and unit, day, month and year stay on one line
BEFORE = ["--today", "2025-11-24"]


# Azerbaijani: "X vaxtı ilə" with the place in the nominative is how the press gives times
# ("Bakı vaxtı ilə saat 12:00", Report.az, APA); Russian: "по бакинскому времени" is the
# press formula (novostiaze.com, Report.az), and "Москва — 11:00" is an elliptical clause
# whose dash stands for the missing verb (Розенталь, «Справочник по правописанию и
# стилистике», § 81: тире в неполном предложении); a place name then stays nominative.
# Where a sentence would put the moment in brackets of its own, it is worded so that it
# needs none ("она началась в 12:00 по бакинскому времени (Москва — 11:00) и закончилась
# 6 секунд назад"): no brackets inside brackets (Мильчин, «Справочник издателя и
# автора»: скобки в скобках избегают). Declining every CLDR place name for "в Москве" is
# not possible from CLDR data, so the place stays nominative, as the press's "(Москва —
# 11:00)" has it. A place of several words is held together ("New York" with U+00A0); the
# press spells New York "Nyu-York" (Report.az, 2025-09-08, "Nyu-Yorkda BMT Baş
# Assambleyasının kürsüsünə çıxacaq"), where CLDR has "Nyu York".
@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["--tz", "Asia/Baku"], "en", "Minute of silence: 12:00, Baku time."),
        (["--tz", "Asia/Baku"], "az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00."),
        (["--tz", "Asia/Baku"], "ru", "Минута молчания: 12:00 по бакинскому времени."),
        # Moscow keeps UTC+3 in January 2026 (zdump Europe/Moscow), one hour behind Baku.
        (["--tz", "Europe/Moscow"], "en", "Minute of silence: 12:00 in Baku = 11:00 in Moscow."),
        (["--tz", "Europe/Moscow"], "az",
         "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = Moskva vaxtı ilə 11:00."),
        (["--tz", "Europe/Moscow"], "ru",
         "Минута молчания: 12:00 по бакинскому времени (Москва\u00a0— 11:00)."),
        # New York is on EST (UTC-5) in January: 12:00 UTC+4 is 03:00.
        (["--tz", "America/New_York"], "en",
         f"Minute of silence: 12:00 in Baku = 03:00 in New{NB}York."),
        (["--tz", "America/New_York"], "az",
         "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = Nyu-York vaxtı ilə 03:00."),
        (["--tz", "America/New_York"], "ru",
         "Минута молчания: 12:00 по бакинскому времени (Нью-Йорк\u00a0— 03:00)."),
        # Los Angeles: "Los-Anceles" in the press (Milli.Az via xeberler24.az, 2025: "ABŞ-nin
        # Kaliforniya ştatının Los-Anceles şəhəri"), "Los Anceles" in CLDR.
        (["--tz", "America/Los_Angeles"], "en",
         f"Minute of silence: 12:00 in Baku = 00:00 in Los{NB}Angeles."),
        (["--tz", "America/Los_Angeles"], "az",
         "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = Los-Anceles vaxtı ilə 00:00."),
        # Kolkata is UTC+05:30: 13:30 (az and ru: test_silence_line_in_kolkata).
        (["--tz", "Asia/Kolkata"], "en", "Minute of silence: 12:00 in Baku = 13:30 in Kolkata."),
        # Dubai keeps Baku's time (UTC+4): one clause, no sum.
        (["--tz", "Asia/Dubai"], "en", "Minute of silence: 12:00 in Baku and in Dubai."),
        # A zone that is only an offset: "08:00 UTC", as English writes a time in UTC (AP
        # Stylebook: "3 p.m. GMT"; Report.az en: "at 08:00 UTC"), never "in UTC".
        (["--tz", "UTC"], "en", "Minute of silence: 12:00 in Baku = 08:00 UTC."),
        (["--tz", "Etc/GMT+5"], "en", "Minute of silence: 12:00 in Baku = 03:00 UTC-05:00."),
        # Etc/GMT-4 keeps Baku's offset but names no place: the sum, by its offset.
        (["--tz", "Etc/GMT-4"], "en", "Minute of silence: 12:00 in Baku = 12:00 UTC+04:00."),
        (["--tz", "Asia/Dubai"], "az", "Bir dəqiqəlik sükut: Bakı və Dubay vaxtı ilə 12:00."),
        (["--tz", "Asia/Dubai"], "ru",
         "Минута молчания: 12:00 по бакинскому времени (Дубай\u00a0— тоже 12:00)."),
    ],
)  # fmt: skip
def test_silence_line(invoke, args: list[str], lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", *BEFORE, *args, "--lang", lang]).stdout
    assert out.splitlines()[1] == expected


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [
        ("az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = {city} vaxtı ilə 13:30."),
        ("ru", "Минута молчания: 12:00 по бакинскому времени ({city}\u00a0— 13:30)."),
    ],
)
def test_silence_line_in_kolkata(invoke, lang: str, pattern: str) -> None:  # type: ignore[no-untyped-def]
    # The city's name is CLDR's, which changes between releases (Kəlkətə and Калькутта in
    # CLDR 49, Babel 2.19; "Kolkata" in CLDR 47, Babel 2.18): taken from Babel; the
    # sentence around it is checked by hand.
    name = get_timezone_location("Asia/Kolkata", locale=lang, return_city=True)
    out = invoke(["next", *BEFORE, "--tz", "Asia/Kolkata", "--lang", lang]).stdout
    assert out.splitlines()[1] == pattern.format(city=name)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Minute of silence: 12:00 in Baku = 13:30 in your time zone (UTC+05:30)."),
        ("az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 = yerli vaxtınızla 13:30 (UTC+05:30)."),
        ("ru", "Минута молчания: 12:00 по бакинскому времени "
               "(в вашем часовом поясе UTC+05:30\u00a0— 13:30)."),
    ],
)  # fmt: skip
def test_silence_line_in_an_unnamed_local_zone(lang: str, expected: str) -> None:
    from conftest import run_module

    # A POSIX TZ rule: the clock follows it (India, UTC+05:30) but it names no place.
    result = run_module(["next", *BEFORE, "--lang", lang], env={"TZ": "IST-5:30"})
    assert result.stdout.splitlines()[1] == expected


@pytest.mark.parametrize(
    ("today", "lang", "expected"),
    [
        # "the 36th anniversary", with the article, as is-today says it.
        ("2026-01-19", "en", f"Tuesday, 20{NB}January{NB}2026: the 36th anniversary of the "
                             f"20{NB}January tragedy, tomorrow."),
        ("2026-01-19", "az", f"20{NB}yanvar{NB}2026, çərşənbə{NB}axşamı: 20{NB}Yanvar faciəsinin "
                             "36-cı ildönümü, sabah."),
        ("2026-01-19", "ru", f"Вторник, 20{NB}января{NB}2026\u202fг.: 36-я годовщина трагедии "
                             f"20{NB}Января, завтра."),
        # On the day: a sentence of its own. Azerbaijani takes the predicative -dür after
        # ildönümü (vowel harmony ü -> -dür; Azərbaycan dilinin qrammatikası, xəbərlik şəkilçisi).
        ("2026-01-20", "en", f"Tuesday, 20{NB}January{NB}2026: today is the 36th anniversary "
                             f"of the 20{NB}January tragedy."),
        ("2026-01-20", "az", f"20{NB}yanvar{NB}2026, çərşənbə{NB}axşamı: bu gün 20{NB}Yanvar "
                             "faciəsinin 36-cı ildönümüdür."),
        # Russian: "сегодня 36-я годовщина" with no verb, as in "Сегодня праздник".
        ("2026-01-20", "ru", f"Вторник, 20{NB}января{NB}2026\u202fг.: сегодня 36-я годовщина "
                             f"трагедии 20{NB}Января."),
    ],
)  # fmt: skip
def test_next_line_tomorrow_and_today(invoke, today: str, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", "--today", today, "--tz", "Asia/Baku", "--lang", lang]).stdout
    assert out.splitlines()[0] == expected


def test_yesterday_in_a_summary(invoke) -> None:  # type: ignore[no-untyped-def]
    # A distance of -1 arises in a summary of the anniversary just past (Ожегов: вчера).
    out = invoke(["summary", "--year", "2026", "--today", "2026-01-21", "--tz", "Asia/Baku",
                  "--lang", "ru"]).stdout  # fmt: skip
    assert "Когда:                   вчера\n" in out


def _facts(invoke, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The summary's fact sentences as text and Rich output state them (with no-break
    spaces; JSON turns those into plain spaces, see the test below)."""
    from mourning_day.core.facts import SUMMARY_FACTS, fact
    from mourning_day.i18n.messages import Messages
    from mourning_day.render.phrases import fact_sentence

    return [fact_sentence(fact(key), Messages(lang)) for key in SUMMARY_FACTS]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_machine_output_has_plain_spaces(invoke, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A script comparing "20 January", or a calendar search, must find it: no-break spaces
    are for the terminal only."""
    import json

    args = ["summary", "--year", "2026", *BEFORE, "--tz", "Asia/Baku", "--lang", lang]
    record = json.loads(invoke([*args, "-f", "json"]).stdout)
    texts = [record["title"], *(f["text"] for f in record["facts"])]
    assert texts == [t.replace(NB, " ").replace("\u202f", " ") for t in texts]
    assert [t.replace(NB, " ") for t in _facts(invoke, lang)] == texts[1:]
    for out in (invoke([*args, "-f", "csv"]).stdout, invoke(["ics", "--lang", lang]).stdout):
        assert NB not in out and "\u202f" not in out


def test_fact_sentences_in_english(invoke) -> None:  # type: ignore[no-untyped-def]
    # Checked against the quoted sources in facts.json: Report.az (2026) and AzerNews (2024)
    # for the dates in Neftchala and Lankaran; the Foreign Ministry for 150/744/4; Trend and
    # AzerNews for 147/744/841.
    facts = _facts(invoke, "en")
    assert facts[2] == (
        f"On the night of 19–20{NB}January{NB}1990, units of the Soviet Army and internal "
        "troops entered Baku; civilians were killed in Baku and Sumgayit."
    )
    assert facts[3] == (
        f"In places where no state of emergency had been declared, another 8{NB}people were "
        f"killed: on 25{NB}January in Neftchala and on 26{NB}January in Lankaran."
    )
    assert facts[5] == (
        f"According to Trend and AzerNews, 147{NB}people were killed and 744{NB}people "
        f"injured; Trend adds that 841{NB}people were illegally arrested."
    )
    assert facts[8].startswith("Reports from 2017 to 2026 describe a nationwide minute")
    # The Diplomat in Spain (its passage in facts.json, "day_named"): "in March 1994, the
    # decision ... was adopted; and a National Day of Mourning was declared."
    assert facts[7] == (
        "According to The Diplomat in Spain, "
        f"20{NB}January was declared a National Day of Mourning in March 1994."
    )


def test_fact_sentences_in_azerbaijani(invoke) -> None:  # type: ignore[no-untyped-def]
    # Case suffixes by vowel harmony of the number as spoken: 19-dan 20-nə (on doqquz,
    # iyirmi), 25-də (beş), 26-da (altı); "Sovet ordusu hissələri" and "bir dəqiqəlik
    # sükutla yad edilir ... səs siqnalları verir" as the press writes them (nuh.az 2023,
    # metbuat.az 2021). "Fövqəladə vəziyyətin elan olunmadığı rayon və şəhərlərdə" is the
    # press's phrase (senzor.az, as the issue-18 reading found it; the search corpus does
    # not hold the page). Killed is "öldürülüb", as the press gives the toll ("137 nəfər
    # öldürülüb, 744 nəfər yaralanıb", salamnews.org, 2016-01-19) and as each source says
    # "killed" (Report.az, Trend, MFA), and the later killings "qətlə yetirilib", Report.az's
    # own verb for them ("...daha 8 nəfər qətlə yetirilib", report.az, 2026): never softened
    # to "həlak olub" (perished). The troops "Bakıya yeridilib" (sent into Baku), as Report.az
    # and Sputnik Azərbaycan write it.
    facts = _facts(invoke, "az")
    assert facts[2].startswith(
        "1990-cı il yanvarın 19-dan 20-nə keçən gecə Sovet ordusu hissələri və daxili "
        "qoşunlar Bakıya yeridilib"
    )
    assert facts[3] == (
        f"Fövqəladə vəziyyətin elan olunmadığı rayon və şəhərlərdə daha 8{NB}nəfər qətlə "
        "yetirilib: yanvarın 25-də Neftçalada, 26-da Lənkəranda."
    )
    assert facts[4] == (
        f"Azərbaycan XİN-in məlumatına görə, 150{NB}dinc sakin öldürülüb, 744{NB}nəfər ağır "
        f"yaralanıb, 4{NB}nəfər itkin düşüb."
    )
    assert facts[5].startswith(
        f"Trend və AzerNews-un məlumatına görə, 147{NB}nəfər öldürülüb, 744{NB}nəfər yaralanıb;"
    )
    assert not any("həlak" in fact for fact in facts)
    assert "bir dəqiqəlik sükutla yad edilir" in facts[8]
    assert "gəmilər, avtomobillər və qatarlar səs siqnalları verir." in facts[8]
    # No official Azerbaijani title of the resolution was found (searched: Report.az,
    # APA, Azertac, legalacts.az in the pages corpus); the title is translated from the
    # Russian text, and the note saying so is in the source list, not in the sentence.
    assert facts[6] == (
        "1994-cü ilin martında Milli Məclis «1990-cı il yanvarın 20-də Bakı şəhərində baş "
        "vermiş faciəli hadisələr haqqında» qərar qəbul edib."
    )
    # "elan olunub", as the press says the day is declared (nuh.az, 2023: "Ümumxalq hüzn
    # günü elan olunub").
    assert facts[7].endswith(
        "1994-cü ilin martında 20{NB}Yanvar Ümumxalq Hüzn Günü elan olunub.".replace("{NB}", NB)
    )


def test_fact_sentences_in_russian(invoke) -> None:  # type: ignore[no-untyped-def]
    # «в Нефтчале», «в Ленкорани»: prepositional case of Нефтчала (1st decl.) and
    # Ленкорань (3rd decl., f.); «арестован 841 человек»: a numeral ending in один takes a
    # singular predicate (Розенталь § 189).
    facts = _facts(invoke, "ru")
    # «В районах и городах, где…» as Report.az writes it («Еще 8 человек были убиты в районах
    # и городах…», report.az/ru, second reading).
    assert facts[3] == (
        f"В районах и городах, где чрезвычайное положение не объявлялось, были убиты ещё "
        f"8{NB}человек: 25{NB}января в Нефтчале и 26{NB}января в Ленкорани."
    )
    # "были убиты 147 человек, ранены 744", as ru.trend.az writes it (found by the issue-18
    # reading; moscow-baku.ru, 2018-01-20: "были убиты 137 и ранены 744 гражданских лиц,
    # незаконно арестован 841 человек"), the verb of the neighbouring fact.
    assert facts[5] == (
        f"По данным Trend и AzerNews, были убиты 147{NB}человек, ранены 744; "
        f"Trend также сообщает, что незаконно арестован 841{NB}человек."
    )
    assert "погибл" not in " ".join(facts)
    # The resolution's Russian title as the Embassy's text gives it (Wikisource).
    assert "«О трагических событиях, имевших место в г." in facts[6]


# Each source names its publisher, and where its text reached us through another site, how,
# in the reader's words: "со ссылкой на" is the Russian press formula for "citing"
# (Розенталь, «Справочник по правописанию и стилистике», управление: ссылаться на что);
# "на сайте" = on the site of; Azerbaijani "mənbə" = source (Azərbaycan dilinin izahlı
# lüğəti), "X saytında" = on X's site. Names of organisations are translated, brands not.
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["[2] Metbuat.az (citing Trend), “Yanvarın 21-i iş günü olacaqmı?”, https://",
                "AzerNews (via MENAFN), “Employees Of UN Mission In Azerbaijan Visited",
                "Wikisource (from the Embassy of Azerbaijan in China), “Постановление"]),
        # "Trend-ə istinadən", as Metbuat itself writes ("Metbuat.az-ın trend.az-a
        # istinadən verdiyi məlumata görə", its passage in facts.json). Titles in the
        # language's quotes: «…» for Azerbaijani, as its fact about the resolution has them.
        ("az", ["[2] Metbuat.az (Trend-ə istinadən), «Yanvarın 21-i iş günü olacaqmı?», https://",
                "AzerNews (MENAFN saytında), «Employees Of UN Mission In Azerbaijan Visited",
                "Wikisource (mənbə: Azərbaycanın Çindəki səfirliyi), «Постановление",
                "faktlarda qərarın adı rus dilindəki bu mətndən tərcümə olunub, https://"]),
        # Russian quotes: «…», with „…“ inside (Мильчин, «Справочник издателя и автора»,
        # кавычки внутри кавычек), never English or ASCII ones.
        ("ru", ["[2] Metbuat.az (со ссылкой на Trend), «Yanvarın 21-i iş günü olacaqmı?», "
                "https://",
                "AzerNews (на сайте MENAFN), «Employees Of UN Mission In Azerbaijan Visited",
                "Wikisource (источник: посольство Азербайджана в Китае), «Постановление "
                "Национального Собрания Азербайджанской Республики „О трагических событиях, "
                "имевших место в г.Баку 20 января 1990 года“», https://"]),
    ],
)  # fmt: skip
def test_sources_name_their_intermediaries_in_the_readers_language(  # type: ignore[no-untyped-def]
    invoke, lang: str, expected: list[str]
) -> None:
    out = invoke(["summary", "--year", "2026", *BEFORE, "--lang", lang, "-f", "text"]).stdout
    sources = out.split("\n\n")[-1]
    for label in expected:
        assert label in sources
    if lang != "en":
        assert not {"citing", "via", "from"} & set(sources.replace("(", " ").split())
    if lang == "ru":  # “ only as the closing mark of „…“
        assert '"' not in out and "”" not in out and out.count("“") == out.count("„") == 1
    if lang != "az":
        assert "tərcümə" not in out


def test_russian_calendar_names_its_sources_in_russian(invoke) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    data = invoke(["ics", "--from-year", "2026", "--to-year", "2026", "--lang", "ru"]).stdout
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert "AzerNews (на сайте MENAFN), «Employees Of UN Mission" in description
    assert "(citing" not in description and "(via" not in description


def test_json_sources_keep_the_publisher_and_how_its_text_reached_us(invoke) -> None:  # type: ignore[no-untyped-def]
    import json

    out = invoke(["summary", "--year", "2026", *BEFORE, "-f", "json", "--lang", "ru"]).stdout
    sources = {
        (s["publisher"], s["relation"], s["via"])
        for fact in json.loads(out)["facts"]
        for s in fact["sources"]
    }
    assert ("Metbuat.az", "citing", "Trend") in sources
    assert ("AzerNews", "republished_by", "MENAFN") in sources
    assert ("Wikisource", "from", "посольство Азербайджана в Китае") in sources
    assert ("News.Az", None, None) in sources


# Big numbers in prose are grouped as CLDR groups them (Babel 2.19, format_decimal: en
# "2,912,135", az "2.912.135", ru "2 912 135" with U+00A0); 9999-01-20 is 2,912,135 days
# after 2025-11-24 (date(9999, 1, 20) - date(2025, 11, 24), by hand in Python).
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", f"in{NB}2,912,135{NB}days"),
        ("az", f"2.912.135{NB}gün sonra"),
        ("ru", f"через{NB}2{NB}912{NB}135{NB}дней"),
    ],
)
def test_big_numbers_are_grouped_in_prose(invoke, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from babel.numbers import format_decimal

    assert expected.replace(NB, " ").count(format_decimal(2912135, locale=lang).replace(NB, " "))
    out = invoke(["summary", "--year", "9999", *BEFORE, "--lang", lang, "-f", "text"]).stdout
    assert expected in out
    # Machine output keeps the bare number.
    record = invoke(["summary", "--year", "9999", *BEFORE, "--lang", lang, "-f", "json"]).stdout
    assert '"days_until": 2912135' in record


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        # CLDR's decimal format per language: en "#,##0.###" (comma), az "." (period), ru
        # U+00A0 (no-break space); a minus sign is the hyphen-minus in all three.
        ("en", 0, "0"), ("en", 999, "999"), ("en", 1000, "1,000"), ("en", -1234, "-1,234"),
        ("en", 2_912_135, "2,912,135"), ("az", 57_000, "57.000"), ("az", -1234, "-1.234"),
        ("ru", 2_912_135, f"2{NB}912{NB}135"), ("ru", 999, "999"),
    ],
)  # fmt: skip
def test_numbers_in_prose_are_grouped_as_the_language_groups_them(
    lang: str, n: int, expected: str
) -> None:
    from mourning_day.i18n.messages import Messages

    assert Messages(lang).number(n) == expected


# Rich breaks lines only at ordinary spaces (render/console.py): a short word before a
# number ("in", "через") is tied to it, and a dash that follows a word is tied to that word
# (Мильчин, «Справочник издателя и автора»: a line may not begin with a dash).
# 2025-11-30 to 2026-01-20 is 51 days; 2025-01-21 to 2026-01-20 is 364 (by hand).
WHOLE = {
    "en": (f"in{NB}51{NB}days", f"in{NB}364{NB}days"),
    "ru": (f"через{NB}51{NB}день", f"через{NB}364{NB}дня"),
}


@pytest.mark.parametrize("width", range(24, 101))
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_line_breaks_after_in_or_before_a_dash(invoke, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    env = {"COLUMNS": str(width), "FORCE_COLOR": None, "TERM": None}
    fifty_one, year = WHOLE[lang]
    for args, whole in (
        (["next", "--today", "2025-11-30"], fifty_one),
        (["summary", "--year", "2026", "--today", "2025-11-30"], fifty_one),
        (["is-today", "--today", "2026-01-20"], None),  # "Сегодня (...) — День ..."
        (["is-today", "--today", "2025-01-21"], year),  # "Ближайший — вторник ..."
    ):
        out = invoke([*args, "--tz", "Asia/Baku", "--lang", lang, "-f", "rich"], env=env).stdout
        lines = out.splitlines()
        if whole is not None:
            assert any(whole in line for line in lines), (args, out)
        for line in lines:
            words = [w for w in line.split() if w.strip("┌┐└┘│─")]
            assert not words or words[0] not in ("—", "–"), (args, line)


# facts.json: the earliest report of the minute of silence is from 2017 (News.Az,
# 2017-01-20). A summary of an earlier year gives the time and says from when it is
# reported, with the notes of those reports (the summary's sources 13 to 15).
@pytest.mark.parametrize(
    ("year", "lang", "expected"),
    [
        (2016, "en", "Minute of silence:  12:00, Baku time; the sources report it from 2017 on "
                     "[13, 14, 15]\n"),
        (2016, "az", "Bir dəqiqəlik sükut: Bakı vaxtı ilə 12:00 (mənbələrdə bir dəqiqəlik "
                     "sükut barədə ən erkən xəbər 2017-ci ilə aiddir) [13, 14, 15]\n"),
        (1991, "ru", "Минута молчания:         12:00 по бакинскому времени; источники сообщают "
                     f"о ней с 2017{NB}года [13, 14, 15]\n"),
        (2017, "en", "Minute of silence:  12:00, Baku time\n"),
        (2030, "ru", "Минута молчания:         12:00 по бакинскому времени\n"),
    ],
)  # fmt: skip
def test_silence_row_before_the_first_report(invoke, year: int, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    args = ["summary", str(year), *BEFORE, "--tz", "Asia/Baku", "--lang", lang, "-f", "text"]
    assert expected in invoke(args).stdout


# facts.json: a non-working day since 2000 (Metbuat.az citing Trend; python-holidays).
@pytest.mark.parametrize(("year", "expected"), [(1999, False), (2000, True), (2026, True)])
def test_summary_records_say_whether_it_is_a_non_working_day(  # type: ignore[no-untyped-def]
    invoke, year: int, expected: bool
) -> None:
    import csv
    import io
    import json

    args = ["summary", str(year), *BEFORE, "--tz", "Asia/Baku"]
    assert json.loads(invoke([*args, "-f", "json"]).stdout)["non_working_day"] is expected
    (row,) = csv.DictReader(io.StringIO(invoke([*args, "-f", "csv"]).stdout))
    assert row["non_working_day"] == str(expected).lower()

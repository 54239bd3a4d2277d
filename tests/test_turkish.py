"""Turkish as the Turkish press and TDK write it. Every expected string below was written by
hand and checked against the sources cited beside it, not copied from the program.

Press (the search tool's `pages` corpus):
- AA via haberler.com, 2026-01-18, "tarihe "Kanlı Ocak" olarak geçen 20 Ocak Katliamı'nın
  kurbanlarını andı", "150 sivili katletti":
  https://www.haberler.com/guncel/azerbaycan-cumhurbaskani-aliyev-20-ocak-19476405-haberi/
- Türkiye Gazetesi, 2026-01-20, "20 Ocak Katliamı'nın 36. yılında", "Yerel saatle 12.00'de
  ... bir dakikalık saygı duruşu yapıldı", "gemiler, metro trenleri ve toplu taşıma
  araçları korna çaldı", "Bakü":
  https://www.turkiyegazetesi.com.tr/dunya/azerbaycanda-bayraklar-yariya-indirildi-1764726
- sondakika.com (İHA), 2026-01-20, "katliamın 36. yıl dönümünde", "Bakü'ye", "siren ve
  korna çalarken" (it also prints "12.00'da", against TDK's rule below):
  https://www.sondakika.com/haber/haber-azerbaycan-da-kanli-ocak-sehitleri-katliamin-36-yi-19483501/
- Hürriyet (AA), 2021-01, "yerel saatle 12.00'de tüm şehitler için bir dakikalık saygı
  duruşunda bulunuldu":
  https://www.hurriyet.com.tr/dunya/azerbaycanda-kanli-ocak-kurbanlari-aniliyor-41719724
- AA, 2026-01-20, İletişim Başkanı Duran: "Kara Ocak'ın 36. yılında":
  https://www.aa.com.tr/tr/gundem/iletisim-baskani-duran-kara-ocak-sehitlerini-andi/3805729
  and the same post via DHA, "Kara Ocak'ın 36'ncı yılında":
  https://www.sondakika.com/haber/haber-kara-ocak-azerbaycan-in-ozgurluk-mucadelesinin-sem-19485478/
- Azerbaijan's MFA statement in Turkish (milliguc.net), "19-20 Ocak 1990 gecesi", "Bakü ve
  Sumgayıt şehirlerinin", "Kara Ocak":
  https://www.milliguc.net/2020/01/19/azerbaycan-disisileri-bakanligi-kanli-20-ocak-1990-katliamiyla-ilgili-aciklama-yapti/
- AA via haberler.com, 2020-01, "Ülke genelinde bir dakikalık saygı duruşu yapılırken":
  https://www.haberler.com/guncel/azerbaycan-da-kanli-ocak-kurbanlari-aniliyor-16761904-haberi/
  (with Türkiye Gazetesi's "saygı duruşu yapıldı" above, the words that say a minute was
  held: "yapıldı", "yapılıyor", "bulunuldu").
- "Yas" for a day of mourning: "Milli veya Ulusal Yas Günü ise, bütün toplumu ilgilendiren
  acı ve kederi tanımlamaktadır" (hukukihaber.net, https://www.hukukihaber.net/milli-yas-gunleri-erdem-akyuz);
  Habertürk, "milli (ulusal) yas", https://haberturk.com/milli-yas-nedir-milli-yas-ilan-edilince-ne-olur-anlami-ne-neler-yasaklanir-milli-yas-kac-gun-surecek-ve-ne-zaman-bitecek-3707791
- AA via haberler.com, 2019-11, "New York, New Jersey, Washington D.C ... Türkiye arasındaki
  saat farkı 7 iken 8 oldu" (New York as it is; eight hours behind Istanbul in winter):
  https://m.haberler.com/turkiye-ile-abd-arasindaki-saat-farki-artti-12578817-haberi/
- Lenkeran in Turkish: "Lenkeran Azerbaycan Cumhuriyeti'nin güneyinde", "Lenkeran'da"
  (Ahmet Akalın, travel notes), https://ahmetakalin.medium.com/habitusumun-%C5%9Fehirleri-1-lenkeran-d5e4afc54af0
  and "Lenkeran ovasında", "Lenkeran Hanlığı", https://perceptiotr.com/Масаллы .
  No Turkish press text for Neftçala was found; its Azerbaijani spelling uses only letters
  of the Turkish alphabet and is kept as it is.

Rules:
- TDK's rules as quoted by turkcenindirilisi.com: a dot between hour and minute ("Tren
  09.15'te kalktı", "iki nokta üst üste kullanılmaz"); suffixes after digits with an
  apostrophe, in vowel harmony ("1987'de, 1893'ten beri, saat 11.55'te, 12'ye çeyrek var");
  with ":00" minutes the hour decides ("16.00'da, 17.00'de"):
  https://www.turkcenindirilisi.com/yazim-kurallari/turkcede-saatlerin-ve-sayilarin-yazimi-saatler-nasil-yazilir-h100058.html
- TDK as quoted by dokuzsutun.com.tr: "17.30'da, 11.00'de, 1.500.000 lira":
  https://www.dokuzsutun.com.tr/sayilarin-yazilisi-36804h.htm
- Ordinals with a dot, "1. (birinci), 50. (ellinci)": https://birlisan.com/blog/detay/noktanin-kullanildigi-yerler
- Quotation marks: “…”, and ‘…’ for a quotation inside one ("Tırnak içinde verilen cümlenin
  içinde yeniden tırnağa alınması gereken bir sözü ... belirtmek için kullanılır"):
  https://www.yksedebiyat.org/2018/12/trnak-isareti.html and
  http://www.diledebiyat.net/noktalama-isaretleri/tirnak-isareti-
- A comma after the subject, where it would run into what follows: "Uzun cümlelerde ve
  öznenin vurgulu bir biçimde belirtilmesi istendiğinde, özneden sonra konur"
  (http://www.diledebiyat.net/noktalama-isaretleri/virgul); "Bir kelimenin kendisinden sonra
  gelen kelime veya kelime gruplarıyla yapı ve anlam bakımından bağlantısı olmadığını
  göstermek için kullanılır" (MEB, http://yazarlikyazilimi.meb.gov.tr/Materyal/erzurum/noktalama/virgul.html):
  "Bugün Bakü saatiyle 12.00, 3 saat önce oldu", not "12.00 3 saat önce".
- Month and weekday names of a given date take a capital ("23 Mart 1974'te", "18 Haziran
  Pazar günü"), others not ("cuma günü"):
  https://dersimizedebiyat.org/tarih-ay-gun-yil-ve-saatlerin-yazimi-tarih-ay-gun-yil-ve-saatler-nasil-yazilir.html
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mourning_day.core.facts import load_facts
from mourning_day.i18n import suffixes
from mourning_day.i18n.calendar_names import time_of_day
from mourning_day.i18n.catalog import LANGUAGES, load_catalog
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases
from mourning_day.render.phrases import vigil_text
from tests.conftest import run_module

NB = "\u00a0"
FIXED = ["--today", "2025-11-24", "--tz", "Europe/Istanbul", "--lang", "tr"]
TITLE = f"20{NB}Ocak Katliamı'nın 36. yıl dönümü"  # Türkiye Gazetesi, sondakika.com
DATE = f"20{NB}Ocak{NB}2026 Salı"  # TDK: "29 Ekim 1923 Pazartesi" (a date's names capitalised)


# --- suffixes after numerals --------------------------------------------------------------

# n: (as it is spoken, case, written). The spoken form is the number's Turkish words; the
# written forms are TDK's and the press's own examples where they exist (cited above).
SUFFIXED = {
    (2026, "locative"): ("iki bin yirmi altı", "2026'da"),  # the example
    (1987, "locative"): ("bin dokuz yüz seksen yedi", "1987'de"),  # TDK
    (1893, "ablative"): ("bin sekiz yüz doksan üç", "1893'ten"),  # TDK
    (55, "locative"): ("elli beş", "55'te"),  # TDK "11.55'te"
    (12, "dative"): ("on iki", "12'ye"),  # TDK "12'ye çeyrek var"
    (16, "locative"): ("on altı", "16'da"),  # TDK "16.00'da"
    (17, "locative"): ("on yedi", "17'de"),  # TDK "17.00'de"
    (30, "locative"): ("otuz", "30'da"),  # TDK "17.30'da"
    (11, "locative"): ("on bir", "11'de"),  # TDK "11.00'de"
    (36, "ordinal"): ("otuz altı", "36'ncı"),  # DHA "Kara Ocak'ın 36'ncı yılında"
    (1994, "locative"): ("bin dokuz yüz doksan dört", "1994'te"),
    (2000, "ablative"): ("iki bin", "2000'den"),
    (2017, "ablative"): ("iki bin on yedi", "2017'den"),
    (2030, "ablative"): ("iki bin otuz", "2030'dan"),
    (20, "dative"): ("yirmi", "20'ye"),
    (3, "ordinal"): ("üç", "3'üncü"),
    (6, "ordinal"): ("altı", "6'ncı"),
    (9, "genitive"): ("dokuz", "9'un"),
    (40, "ordinal"): ("kırk", "40'ıncı"),
    (60, "locative"): ("altmış", "60'ta"),
    (100, "ordinal"): ("yüz", "100'üncü"),
    (300, "locative"): ("üç yüz", "300'de"),
    (1100, "ablative"): ("bin yüz", "1100'den"),
    (10000, "locative"): ("on bin", "10000'de"),
    (0, "locative"): ("sıfır", "0'da"),
    (1000000, "locative"): ("bir milyon", "1000000'da"),
    (5000000000, "ablative"): ("beş milyar", "5000000000'dan"),
}


@pytest.mark.parametrize(("n", "case"), SUFFIXED)
def test_the_suffix_follows_the_last_spoken_word(n: int, case: str) -> None:
    spoken, written = SUFFIXED[n, case]
    assert suffixes.last_word(n, "tr") == spoken.split()[-1]
    assert suffixes.suffixed(n, case, "tr") == written


def test_numbers_beyond_the_table_are_refused() -> None:
    with pytest.raises(ValueError, match="beyond"):
        suffixes.last_word(10**12, "tr")


FRONT, ROUNDED = set("eiöü"), set("oöuü")
VOICELESS = set("fstkçşhp")  # "fıstıkçı şahap", the consonants after which d becomes t


def _harmony(word: str, case: str) -> str:
    """The suffix by the textbook rules of vowel harmony and consonant assimilation, to
    check the catalog's table against: a second way to the same answers, not the code."""
    vowel = next(c for c in reversed(word) if c in "aeıioöuü")
    two = "e" if vowel in FRONT else "a"
    four = {(False, False): "ı", (True, False): "i", (False, True): "u", (True, True): "ü"}[
        (vowel in FRONT, vowel in ROUNDED)
    ]
    ends_in_vowel = word[-1] in "aeıioöuü"
    d = "t" if word[-1] in VOICELESS else "d"
    return {
        "locative": f"{d}{two}",
        "ablative": f"{d}{two}n",
        "dative": ("y" if ends_in_vowel else "") + two,
        "genitive": ("n" if ends_in_vowel else "") + four + "n",
        "ordinal": ("" if ends_in_vowel else four) + f"nc{four}",
    }[case]


def test_the_catalogs_table_agrees_with_vowel_harmony() -> None:
    table = load_catalog("tr")["numerals"]["suffixes"]
    for word, forms in table.items():
        for case, suffix in forms.items():
            assert suffix == _harmony(word, case), (word, case)
    assert set(table) == set(load_catalog("tr")["numerals"]["words"].values())


def test_only_turkish_has_suffix_tables() -> None:
    """The other languages keep plain str.format."""
    assert [lang for lang in LANGUAGES if suffixes.has_suffixes(lang)] == ["tr"]


def test_a_catalog_asks_for_a_case_in_a_format_spec() -> None:
    msgs = Messages("tr")
    assert msgs.text("labels.non_working_before", since=2000) == (
        "hayır (yalnızca 2000'den bu yana tatil)"
    )
    assert msgs.text("errors.reversed", first=2030, last=2020) == (
        "--to-year 2020, aralığın ilk yılı olan 2030'dan önce"
    )


def test_every_case_the_catalog_asks_for_is_in_its_table() -> None:
    cases = {c for forms in load_catalog("tr")["numerals"]["suffixes"].values() for c in forms}

    def specs(node: object) -> set[str]:
        if isinstance(node, dict):
            return set().union(*(specs(v) for v in node.values()))
        return set(re.findall(r"\{\w+:(\w+)\}", str(node)))

    asked = specs({k: v for k, v in load_catalog("tr").items() if k != "numerals"})
    assert asked and asked <= cases


# --- ordinals, numbers, times, names -------------------------------------------------------


@pytest.mark.parametrize(("n", "expected"), [(1, "1."), (36, "36."), (100, "100.")])
def test_ordinals_take_a_dot(n: int, expected: str) -> None:
    """As sondakika.com writes "36. yıl dönümü" and TDK "50. (ellinci)" (birlisan.com)."""
    import mourning_day

    assert Messages("tr").ordinal(n) == expected
    assert mourning_day.ordinal(n, "tr") == expected


def test_title_names_the_event_as_the_press_does() -> None:
    """As Türkiye Gazetesi: "20 Ocak Katliamı'nın 36. yılında"; TDK: "yıl dönümü", two words."""
    assert Messages("tr").title(36) == TITLE


@pytest.mark.parametrize(
    ("n", "expected"),
    # TDK: "1.500.000 lira" (dokuzsutun.com.tr); CLDR tr groups with a dot too.
    [(57, f"57{NB}gün"), (2912135, f"2.912.135{NB}gün"), (1000, f"1.000{NB}gün")],
)
def test_numbers_are_grouped_with_dots_and_the_noun_stays_singular(n: int, expected: str) -> None:
    assert Messages("tr").count("day", n) == expected


def test_times_have_a_dot_though_cldr_has_a_colon() -> None:
    """TDK and the press write "12.00" ("Yerel saatle 12.00'de", Türkiye Gazetesi; "iki
    nokta üst üste kullanılmaz", TDK via turkcenindirilisi.com). CLDR's tr short time is
    "HH:mm", a computer's clock face; we write prose, so the catalog's "calendar.time" is
    "HH.mm" (see locales/README.md)."""
    from babel import Locale

    assert Locale.parse("tr").time_formats["short"].pattern == "HH:mm"
    noon = datetime(2026, 1, 20, 12, 0, tzinfo=ZoneInfo("Asia/Baku"))
    assert time_of_day(noon, "tr") == "12.00"
    assert time_of_day(noon.astimezone(ZoneInfo("America/New_York")), "tr") == "03.00"


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_the_other_languages_keep_the_colon(lang: str) -> None:
    """English writes its time without Babel; the catalogs' pattern gives the same."""
    from babel.dates import format_time

    moment = datetime(2026, 1, 20, 3, 5, tzinfo=ZoneInfo("America/New_York"))
    pattern = load_catalog(lang)["calendar"]["time"]
    assert time_of_day(moment, lang) == format_time(moment.time(), pattern, locale=lang) == "03:05"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("places.baku", "Bakü"),  # AA, Türkiye Gazetesi, sondakika.com
        ("places.sumgayit", "Sumgayıt"),  # the MFA's statement in Turkish (milliguc.net)
        ("places.lankaran", "Lenkeran"),  # Akalın; perceptiotr.com
        ("places.neftchala", "Neftçala"),  # not found in the Turkish press: az spelling
        ("labels.silence", "Saygı duruşu"),  # Türkiye Gazetesi, Hürriyet
        ("silence.baku", "Bakü saatiyle 12.00"),  # "saat", a dot: TDK
    ],
)
def test_names_as_the_press_writes_them(key: str, expected: str) -> None:
    assert Messages("tr").text(key) == expected


# --- Turkish casing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ışık", "Işık"), ("istanbul", "İstanbul"), ("iğdır", "İğdır"), ("ocak", "Ocak")],
)
def test_sentences_begin_with_turkish_capitals(text: str, expected: str) -> None:
    """Turkish pairs i/İ and ı/I (TDK alphabet); str.upper gives "I" for "i"."""
    assert "istanbul".capitalize() == "Istanbul"  # what plain Python would print
    assert Messages("tr").sentence(text) == expected


def test_month_headings_keep_turkish_capitals() -> None:
    from datetime import date

    from mourning_day.i18n.calendar_names import month_and_year

    assert month_and_year(date(2026, 1, 1), "tr") == "Ocak 2026"


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("variable", ["LANG", "LC_ALL"])
def test_a_turkish_locale_changes_no_other_language(lang: str, variable: str) -> None:
    """In a real process, as a reader in Turkey runs it: the same bytes as under C."""
    for args in (
        ["next", "--today", "2025-11-24", "--tz", "Europe/Istanbul", "--lang", lang],
        ["summary", "--year", "2026", "--today", "2025-11-24", "-f", "text", "--lang", lang],
        ["table", "--count", "3", "--today", "2025-11-24", "-f", "csv", "--lang", lang],
    ):
        plain = run_module(args, env={variable: "C", "COLUMNS": "80"})
        turkish = run_module(args, env={variable: "tr_TR.UTF-8", "COLUMNS": "80"})
        assert plain.returncode == turkish.returncode == 0, turkish.stderr
        assert turkish.stdout == plain.stdout


# --- the commands, end to end --------------------------------------------------------------


def test_next(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", *FIXED]).stdout
    assert out == (
        f"{DATE}: {TITLE}, 57{NB}gün sonra.\n"
        "Saygı duruşu: Bakü saatiyle 12.00 = İstanbul saatiyle 11.00.\n"
    )


def test_next_on_the_day(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["next", "--now", "2026-01-20T09:54:30+04:00", "--tz", "Asia/Baku", "--lang", "tr"]
    lines = invoke(args).stdout.splitlines()
    assert lines == [
        f"{DATE}: bugün {TITLE}.",
        f"Saygı duruşu: Bakü saatiyle 12.00, 2{NB}saat 5{NB}dakika sonra.",
    ]


def test_summary_rows_and_facts(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "2026", "-f", "text", *FIXED]).stdout
    lines = out.splitlines()
    assert lines[0] == f"Ulusal Yas Günü{NB}— {TITLE}"
    assert f"Tarih:                {DATE}" in lines
    assert f"Ne zaman:             57{NB}gün sonra (1{NB}ay, 27{NB}gün)" in lines
    assert "Tatil günü:           evet, Azerbaycan'da [2, 3]" in lines
    # TDK: a given month's name is capitalised ("23 Mart 1974'te"), the suffix after the
    # year follows "dört" ("1994'te"); MFA in Turkish: "19-20 Ocak 1990 gecesi".
    assert "Mart 1994'te Milli Meclis" in out
    # Second reading (trread2): "iç kuvvetler" is a calque the press does not use; the
    # internal troops were the USSR Interior Ministry's, as the fact's source says ("troops
    # of the Ministry of Defense, the State Security Committee, and the Ministry of Internal
    # Affairs of the USSR entered Baku", Report.az in facts.json); the press's "Sovyet
    # ordusunun ... Bakü'ye girmesi" (sondakika.com, İHA, 2026-01-20, above).
    assert (
        "19–20 Ocak 1990 gecesi Sovyet ordusu ve SSCB İçişleri Bakanlığı birlikleri Bakü'ye girdi"
    ) in out
    assert "Bakü ve Sumgayıt kentlerinde siviller öldürüldü" in out
    assert f"Olağanüstü hâl ilan edilmeyen yerlerde 8{NB}kişi daha öldürüldü" in out
    assert "25 Ocak'ta Neftçala'da, 26 Ocak'ta Lenkeran'da" in out
    # AA: "150 sivili katletti"; the quotes stay in their own language.
    assert f"150{NB}sivil öldürüldü, 744{NB}kişi ağır yaralandı" in out
    assert "Bakü saatiyle 12.00'de ülke genelinde bir dakikalık saygı duruşunda" in out
    assert "[4] Report.az, “36 years pass since Black January tragedy”" in out


def test_summary_before_the_holiday_and_the_first_report(invoke) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["summary", "--year", "1995", "-f", "text", *FIXED]).stdout
    # No second colon after the label's (second reading).
    assert "Tatil günü:           hayır (yalnızca 2000'den bu yana tatil) [2, 3]" in out
    assert "saygı duruşunu 2017'den bu yana bildiriyor" in out


@pytest.mark.parametrize(
    ("today", "code", "expected"),
    [
        ("2026-01-20", 0, f"Bugün ({DATE}) Ulusal Yas Günü: {TITLE}."),
        (
            "2026-01-19",
            1,
            f"Bugün (19{NB}Ocak{NB}2026 Pazartesi) Ulusal Yas Günü değil. "
            f"Bir sonraki: {DATE}, yarın.",
        ),
    ],
)
def test_is_today(invoke, today: str, code: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["is-today", "--today", today, "--lang", "tr"])
    assert (result.exit_code, result.stdout) == (code, expected + "\n")


def test_table_as_json(invoke) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(invoke(["table", "--count", "2", "-f", "json", *FIXED]).stdout)
    assert [(r["weekday"], r["ordinal"]) for r in rows] == [("Salı", "36."), ("Çarşamba", "37.")]


def test_calendar_titles_and_alarm(invoke) -> None:  # type: ignore[no-untyped-def]
    args = ["ics", "--count", "1", "--with-silence", "--alarm", "5", *FIXED]
    text = invoke(args).stdout.replace("\r\n ", "").replace("\r\n", "\n")
    assert f"SUMMARY:Ulusal Yas Günü — {TITLE.replace(NB, ' ')}\n" in text
    assert "SUMMARY:Saygı duruşu — Ulusal Yas Günü\n" in text
    assert "DESCRIPTION:Saygı duruşu: Bakü saatiyle 12.00\n" in text
    assert "TRIGGER:-PT5M\n" in text


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"LANG": "tr_TR.UTF-8"}, "Ulusal Yas Günü"), ({"MOURNING_DAY_LANG": "tr"}, "Ulusal Yas")],
)
def test_turkish_comes_from_the_environment(invoke, env: dict[str, str], expected: str) -> None:  # type: ignore[no-untyped-def]
    assert invoke(["summary", "--today", "2025-11-24"], env=env).stdout.startswith(expected)


def test_the_shell_hook_asks_for_turkish(invoke) -> None:  # type: ignore[no-untyped-def]
    assert "command mourning-day next --lang tr" in invoke(["init", "bash", "--lang", "tr"]).stdout


# --- help and usage errors ------------------------------------------------------------------


def test_help_reads_as_turkish_tools_do(invoke) -> None:  # type: ignore[no-untyped-def]
    """As the Turkish catalogs installed under /usr/share/locale/tr/LC_MESSAGES word it:
    coreutils "Kullanım: %s [SEÇENEK]...", "bu yardımı görüntüle ve çık" (an option's help
    in the imperative); GLib "Seçenekler:", "Komutlar:", "Yardım seçeneklerini göster"."""
    screen = invoke(["summary", "--help", "--lang", "tr"]).stdout
    assert screen.startswith("Kullanım: mourning-day summary [OPTIONS] [YEAR]\n")
    assert "\nSeçenekler:\n" in screen and "\nÖrnekler:\n" in screen
    assert "Bu yardımı göster ve çık." in screen
    assert "[varsayılan: bir sonraki yıl dönümünün yılı" in " ".join(screen.split())


@pytest.mark.parametrize(
    ("args", "line"),
    [
        # GLib's tr catalog: "Bilinmeyen seçenek %s", "%s için argüman eksik"; "bkz." is the
        # usual abbreviation of "bakınız" (see).
        (["nxt"], "bilinmeyen komut 'nxt'; bunu mu demek istediniz: next? "
                  "(bkz. 'mourning-day --help')"),
        (["next", "--bogus"], "bilinmeyen seçenek: --bogus (bkz. 'mourning-day next --help')"),
        (["next", "--tz", "Baku"], "bilinmeyen saat dilimi 'Baku'; bunu mu demek istediniz: "
                                   "Asia/Baku?"),
    ],
)  # fmt: skip
def test_usage_errors_in_turkish(invoke, args: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke([*args, "--lang", "tr"])
    assert result.exit_code == 2
    assert result.stderr == f"mourning-day: {line}\n"


def test_turkish_help_has_no_english_word(invoke) -> None:  # type: ignore[no-untyped-def]
    from tests.test_help import HELP_SCREENS, english_words, foreign_words, help_screen

    english = english_words(invoke)
    for command in HELP_SCREENS:
        words = {w.lower() for w in foreign_words(help_screen(invoke, command, "tr"))}
        assert not (words & english) - {"new", "york"}, command  # "New York" is its name


# --- facts: no more than English says -----------------------------------------------------


def test_each_turkish_fact_carries_the_same_figures_as_english() -> None:
    """A Turkish sentence may word a fact its own way, but no number may appear in it that
    the English one, checked against the quotes, lacks (or the other way round)."""
    facts = load_facts()
    for fact in facts.values():
        digits = [
            set(re.findall(r"\d+", phrases.fact_sentence(fact, Messages(lang))))
            for lang in ("en", "tr")
        ]
        assert digits[0] == digits[1], fact.key


def test_the_countdown_keeps_its_clock_face() -> None:
    """A running clock is a clock face, not a time of day in prose: its colons stay."""
    from datetime import timedelta

    from tests.test_countdown import START, drawn

    lines = drawn(START - timedelta(hours=2, minutes=5, seconds=29.5), "tr", "Europe/Istanbul")
    assert lines == [
        f"{DATE}: {TITLE}.",
        "Saygı duruşu: Bakü saatiyle 12.00 = İstanbul saatiyle 11.00.",
        "",
        "Saygı duruşuna kalan: 02:05:30",
    ]


# --- the minute before its first report, and the day before its name ----------------------

# Before 2017, the first report of a nationwide minute (facts.json), Turkish says the time
# and from when the sources report one, never that one was held or is being held: the
# press's words for that are "saygı duruşu yapıldı" (Türkiye Gazetesi), "saygı duruşunda
# bulunuldu" (Hürriyet), "saygı duruşu yapılırken" (AA).
TR_HELD = re.compile(r"yapıl|bulunul|[Ss]aygı duruşu (sürüyor|başladı|sona erdi)")
# Second reading: "bunu" left the reader guessing what is reported; the note names it.
REPORTED_FROM = (
    "Bakü saatiyle 12.00 (kaynaklar ülke genelindeki bir dakikalık saygı duruşunu 2017'den"
    " bu yana bildiriyor)"
)
NOTE = "Kaynaklar, ülke genelinde bir dakikalık saygı duruşunu 2017'den bu yana bildiriyor."
BEFORE_2017 = [
    ["--now", "2000-01-20T09:00:00+04:00"],
    ["--now", "2000-01-20T12:00:30+04:00"],
    ["--now", "2000-01-20T15:00:00+04:00"],
    ["--today", "1999-06-01"],
]


@pytest.mark.parametrize("moment", BEFORE_2017, ids=["before", "during", "after", "other-day"])
@pytest.mark.parametrize("command", ["next", "is-today", "summary"])
def test_no_turkish_line_says_a_minute_was_held_before_the_first_report(  # type: ignore[no-untyped-def]
    invoke, command: str, moment: list[str]
) -> None:
    for fmt in ("text", "rich"):
        out = invoke([command, *moment, "--tz", "Asia/Baku", "--lang", "tr", "-f", fmt]).stdout
        out = out.split("Bilgiler")[0]  # the facts quote later years' reports
        assert not TR_HELD.search(out), (fmt, out)
        if command != "is-today" or moment[0] == "--now":
            expected = REPORTED_FROM if fmt == "text" else "2017"
            assert expected in out.replace("\n", " "), (fmt, out)


@pytest.mark.parametrize(
    ("now", "line"),
    [
        ("2000-01-20T15:00:00+04:00", f"Saygı duruşu: {REPORTED_FROM}."),
        # From 2017 on, as the press says it: "saygı duruşu yapıldı" (15.00 - 12.00: 3 hours).
        ("2017-01-20T15:00:00+04:00",
         f"Saygı duruşu: Bakü saatiyle 12.00, 3{NB}saat önce yapıldı."),
    ],
)  # fmt: skip
def test_next_on_the_day_before_and_after_the_first_report(invoke, now: str, line: str) -> None:  # type: ignore[no-untyped-def]
    out = invoke(["next", "--now", now, "--tz", "Asia/Baku", "--lang", "tr"]).stdout
    assert out.splitlines()[1] == line


@pytest.mark.parametrize(
    ("key", "values", "expected"),
    [
        ("begun", {"moment": "Bakü saatiyle 12.00"},
         f"Dakika başladı: Bakü saatiyle 12.00. {NOTE}"),
        ("ended", {}, f"Dakika sona erdi. {NOTE}"),
        # "Which minute?": the minute at 12.00 in Baku (second reading).
        ("under_way", {}, "Bakü saatiyle 12.00'deki dakika sürüyor."),
        # TDK: "12'ye çeyrek var"; with ":00" minutes the hour takes the suffix.
        ("until", {"time": "00:00:03"}, "Bakü saatiyle 12.00'ye kalan: 00:00:03"),
        ("held_today", {"ago": f"3{NB}saat önce"},
         f"Bugün Bakü saatiyle 12.00, 3{NB}saat önce oldu. {NOTE}"),
        ("missed", {"ago": "A", "moment": "M"},
         f"Kaçırıldı: dakika A sona erdi. Zamanı: M. {NOTE}"),
        ("not_within", {"when": "W", "within": "2h", "date": "D", "moment": "M"},
         f"20{NB}Ocak'ta Bakü saatiyle bir sonraki 12.00, W, --within 2h süresinden daha geç: "
         f"D, M. {NOTE}"),
    ],
)  # fmt: skip
def test_silence_before_the_first_report_in_turkish(
    key: str, values: dict[str, str], expected: str
) -> None:
    msgs = Messages("tr")
    before, after = vigil_text(key, 2016, msgs, **values), vigil_text(key, 2017, msgs, **values)
    assert before == expected
    assert not TR_HELD.search(before)
    assert after == msgs.text(f"vigil.{key}", **values)  # from 2017, the usual words


def test_a_missed_minute_puts_no_brackets_in_brackets() -> None:
    """The moment may carry brackets of its own ("yerel saatinizle 08.00 (UTC)")."""
    moment = "Bakü saatiyle 12.00 = yerel saatinizle 08.00 (UTC)"
    line = vigil_text("missed", 2026, Messages("tr"), ago=f"4{NB}dakika önce", moment=moment)
    assert line == f"Kaçırıldı: saygı duruşu 4{NB}dakika önce sona erdi. Zamanı: {moment}."


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Weekdays by `ncal 1 1991` and `ncal 1 1994`; 1993-06-01 to 1994-01-20 is 233 days.
        ("1991-01-20", f"Bugün (20{NB}Ocak{NB}1991 Pazar) 20{NB}Ocak Katliamı'nın 1. yıl dönümü."),
        ("1993-06-01", f"Bugün (1{NB}Haziran{NB}1993 Salı) 20{NB}Ocak değil. Bir sonraki: "
                       f"20{NB}Ocak{NB}1994 Perşembe, 233{NB}gün sonra."),
        ("1995-01-20", f"Bugün (20{NB}Ocak{NB}1995 Cuma) Ulusal Yas Günü: "
                       f"20{NB}Ocak Katliamı'nın 5. yıl dönümü."),
    ],
)  # fmt: skip
def test_is_today_before_the_day_had_its_name(invoke, today: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Named in March 1994 (facts.json, The Diplomat in Spain): before, no "Ulusal Yas Günü"."""
    out = invoke(["is-today", "--today", today, "--tz", "Asia/Baku", "--lang", "tr"]).stdout
    assert out == expected + "\n"


def test_the_day_named_fact_says_no_more_than_its_source() -> None:
    """The source: "in March 1994 ... a National Day of Mourning was declared" (The
    Diplomat in Spain, whose passage names no one it cites): the month, the year and the
    name, nothing else."""
    sentence = phrases.fact_sentence(load_facts()["day_named"], Messages("tr"))
    assert sentence == (
        "The Diplomat in Spain sitesinin verdiği bilgiye göre "
        f"20{NB}Ocak, Mart 1994'te Ulusal Yas Günü ilan edildi."
    )


# --- places, calendars, schedulers, notifications --------------------------------------------


@pytest.mark.parametrize(
    ("zones", "line"),
    [
        # 2027-01-20: Istanbul UTC+03:00, New York EST UTC-05:00 (AA: eight hours apart in
        # winter), Dubai UTC+04:00 as Baku; Etc/GMT-8 names no place, only UTC+08:00.
        (["Europe/Istanbul", "America/New_York"],
         f"Bakü saatiyle 12.00 = İstanbul saatiyle 11.00 ve New{NB}York saatiyle 03.00"),
        (["Asia/Dubai"], "Bakü ve Dubai saatiyle 12.00"),
        (["Asia/Dubai", "Asia/Baku"], "Bakü ve Dubai saatiyle 12.00"),
        (["Etc/GMT-8"], "Bakü saatiyle 12.00 = UTC+08:00 saatiyle 16.00"),
    ],
)  # fmt: skip
def test_the_minute_in_several_places(invoke, zones: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    """A place's name takes no suffix: "{place} saatiyle", as "İstanbul saatiyle 11.00"; a
    name of two words is held together, as in every language (i18n/place_names.py)."""
    tz = [arg for zone in zones for arg in ("--tz", zone)]
    out = invoke(["next", "--today", "2026-11-24", *tz, "--lang", "tr"]).stdout
    assert out.splitlines()[1] == f"Saygı duruşu: {line}."


def test_the_calendar_files_the_day_as_a_day_of_mourning(invoke) -> None:  # type: ignore[no-untyped-def]
    """A "yas" günü, not "Anma günü": a day of mourning (hukukihaber.net, Habertürk, above); in
    Azerbaijan a remembrance day (Anım Günü) is 27 September (tests/test_truth.py)."""
    lines = invoke(["ics", "--count", "1", "--with-silence", *FIXED]).stdout.splitlines()
    assert [line for line in lines if line.startswith("CATEGORIES:")] == ["CATEGORIES:Yas günü"] * 2


def test_a_quote_inside_a_title_takes_single_marks(invoke) -> None:  # type: ignore[no-untyped-def]
    """TDK's marks, “…” outside and ‘…’ inside; the note says the facts' Turkish title of
    the resolution is translated from this Russian one."""
    out = invoke(["summary", "--year", "2026", "-f", "text", *FIXED]).stdout
    assert (
        "“Постановление Национального Собрания Азербайджанской Республики ‘О трагических "
        "событиях, имевших место в г.Баку 20 января 1990 года’”, bilgilerdeki kararın adı bu "
        "Rusça metinden çevrilmiştir, https://ru.m.wikisource.org/"
    ) in out


def test_the_crontab_comment_in_turkish() -> None:
    from mourning_day.core.schedule import wall_clock
    from mourning_day.core.zones import Zone
    from mourning_day.render.crontab import cron_entry

    # Honolulu is UTC-10:00 in January: 08:00 UTC is 22:00 the day before (tests/test_crontab.py).
    entry = cron_entry(
        wall_clock(2027, Zone("Pacific/Honolulu")), ["/usr/bin/mourning-day"], [], "tr",
        Messages("tr"),
    )  # fmt: skip
    assert entry.splitlines()[0] == (
        "# mourning-day: saygı duruşu (20 Ocak, Bakü saatiyle 12.00), Pacific/Honolulu saat "
        "dilimine göre: 19 Ocak saat 22.00 (UTC-10:00, bu dilimin 2027 yılı kurallarına göre); "
        "dilimin kuralları değiştiğinde mourning-day init cron komutunu yeniden çalıştırın."
    )


def test_the_systemd_units_describe_themselves_in_turkish() -> None:
    from mourning_day.render.systemd_units import units

    files = units(["/usr/bin/mourning-day"], [], "tr", Messages("tr"))
    for text in files.values():
        assert text.startswith("# mourning-day init systemd komutuyla oluşturuldu.\n")
        assert (
            "\nDescription=Saygı duruşu, 20 Ocak'ta Bakü saatiyle 12.00: masaüstü bildirimi "
            "(mourning-day)\n"
        ) in text


@pytest.mark.parametrize(
    ("notice", "title", "moment"),
    [
        ("start", "Saygı duruşu başladı", "Bakü saatiyle 12.00 = İstanbul saatiyle 11.00"),
        ("end", "Saygı duruşu sona erdi", "Bakü saatiyle 12.01 = İstanbul saatiyle 11.01"),
    ],
)
def test_the_notifications_in_turkish(notice: str, title: str, moment: str) -> None:
    from datetime import date

    from mourning_day.core.anniversary import anniversary
    from mourning_day.core.observance import observe
    from mourning_day.core.zones import Zone
    from mourning_day.render.notification import notification

    obs = observe(anniversary(2026, date(2026, 1, 20)), Zone("Europe/Istanbul"))
    assert notification(obs, notice, Messages("tr")) == (title, f"{TITLE}: {moment}.")  # type: ignore[arg-type]


def test_init_help_speaks_of_both_schedulers(invoke) -> None:  # type: ignore[no-untyped-def]
    screen = " ".join(invoke(["init", "--help", "--lang", "tr"]).stdout.split())
    assert "ya da saygı duruşu için systemd veya cron kurulumu" in screen
    assert "bash, zsh, fish, systemd veya cron" in screen

"""Ordinals written with digits. The tables below were checked against grammar sources,
not against this code:

- Azerbaijani: language.az "Sıra sayları" (https://language.az/ru/08012616.html): after an
  Arabic numeral the short suffix -cı/-ci/-cu/-cü follows the last syllable of the word, e.g.
  "I (1-ci), V (5-ci), X (10-cu), L (50-ci), C (100-cü), D (500-cü), M (1000-ci)"; az.wikipedia
  "Sıra sayı": "6-cı, 1-ci, 4-cü, 35-ci", "XL (40-cı), LX (60-cı)", "30-cu illər"; numbers are
  spoken largest part first (mylanguages.org: "548 = beş yüz qırx səkkiz").
- Russian: Gramota's «Письмовник»: "25-я годовщина (двадцать пятая годовщина)"; one letter
  after the digits when the ending's last letter follows a vowel (пят-ая -> 5-я).
- English: the -st/-nd/-rd/-th rule with the teens (11th-13th, 111th) taking -th, cross-checked
  below against CLDR's en ordinal classes for every n up to 9999.
"""

from __future__ import annotations

import pytest
from babel import Locale

from mourning_day.i18n.ordinals import azerbaijani, azerbaijani_last_word, english, ordinal, russian

ENGLISH = {
    1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 10: "10th", 11: "11th", 12: "12th", 13: "13th",
    14: "14th", 21: "21st", 22: "22nd", 23: "23rd", 36: "36th", 100: "100th", 101: "101st",
    102: "102nd", 111: "111th", 112: "112th", 113: "113th", 121: "121st", 1011: "1011th",
    8001: "8001st", 8009: "8009th",
}  # fmt: skip

# n: (how it is spoken, written ordinal)
AZERBAIJANI = {
    1: ("bir", "1-ci"), 2: ("iki", "2-ci"), 3: ("üç", "3-cü"), 4: ("dörd", "4-cü"),
    5: ("beş", "5-ci"), 6: ("altı", "6-cı"), 7: ("yeddi", "7-ci"), 8: ("səkkiz", "8-ci"),
    9: ("doqquz", "9-cu"), 10: ("on", "10-cu"), 11: ("on bir", "11-ci"),
    13: ("on üç", "13-cü"), 16: ("on altı", "16-cı"), 19: ("on doqquz", "19-cu"),
    20: ("iyirmi", "20-ci"), 30: ("otuz", "30-cu"), 35: ("otuz beş", "35-ci"),
    36: ("otuz altı", "36-cı"), 40: ("qırx", "40-cı"), 44: ("qırx dörd", "44-cü"),
    50: ("əlli", "50-ci"), 60: ("altmış", "60-cı"), 70: ("yetmiş", "70-ci"),
    80: ("səksən", "80-ci"), 90: ("doxsan", "90-cı"), 99: ("doxsan doqquz", "99-cu"),
    100: ("yüz", "100-cü"), 101: ("yüz bir", "101-ci"), 110: ("yüz on", "110-cu"),
    200: ("iki yüz", "200-cü"), 500: ("beş yüz", "500-cü"), 900: ("doqquz yüz", "900-cü"),
    1000: ("min", "1000-ci"), 1001: ("min bir", "1001-ci"), 1010: ("min on", "1010-cu"),
    1100: ("min yüz", "1100-cü"), 1990: ("min doqquz yüz doxsan", "1990-cı"),
    1994: ("min doqquz yüz doxsan dörd", "1994-cü"), 2000: ("iki min", "2000-ci"),
    2019: ("iki min on doqquz", "2019-cu"), 5000: ("beş min", "5000-ci"),
    8000: ("səkkiz min", "8000-ci"), 8009: ("səkkiz min doqquz", "8009-cu"),
}  # fmt: skip


@pytest.mark.parametrize(("n", "expected"), ENGLISH.items())
def test_english(n: int, expected: str) -> None:
    assert english(n) == expected


@pytest.mark.parametrize(("n", "spoken_and_written"), AZERBAIJANI.items())
def test_azerbaijani_follows_the_last_spoken_word(n: int, spoken_and_written: tuple[str, str]):  # type: ignore[no-untyped-def]
    spoken, written = spoken_and_written
    assert azerbaijani_last_word(n) == spoken.split()[-1]
    assert azerbaijani(n) == written


@pytest.mark.parametrize("n", [1, 2, 3, 36, 100, 1000, 2000, 8009])
def test_russian_is_feminine_with_one_letter(n: int) -> None:
    assert russian(n) == f"{n}-я"


def test_azerbaijani_agrees_with_cldr_except_round_thousands() -> None:
    """CLDR's az ordinal classes name the same four suffixes, but file 1000, 2000, ... with
    10 and 30 (-cu), though they are spoken "min" (-ci). Everywhere else we agree."""
    suffix_of_class = {"one": "ci", "few": "cü", "many": "cı", "other": "cu"}
    az = Locale.parse("az")
    differ = [
        n for n in range(1, 8010) if azerbaijani(n) != f"{n}-{suffix_of_class[az.ordinal_form(n)]}"
    ]
    assert differ == [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000]


def test_english_agrees_with_cldr_ordinal_classes() -> None:
    suffix_of_class = {"one": "st", "two": "nd", "few": "rd", "other": "th"}
    en = Locale.parse("en")
    assert all(english(n) == f"{n}{suffix_of_class[en.ordinal_form(n)]}" for n in range(1, 10000))


def test_ordinal_dispatches_by_language() -> None:
    assert [ordinal(36, lang) for lang in ("en", "az", "ru")] == ["36th", "36-cı", "36-я"]


def test_no_ordinal_for_zero() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        azerbaijani(0)

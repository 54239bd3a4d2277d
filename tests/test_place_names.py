"""Places as running text writes them, for every zone: English prepositions and articles,
Russian abbreviations spelled out, the press's spellings, and the words held together."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

import pytest

from mourning_day.i18n.place_names import _data, at_place, written
from mourning_day.i18n.places import city

NB = "\u00a0"
ZONES = sorted(zoneinfo.available_timezones())


@cache
def _cities(lang: str) -> dict[str, str]:
    return {zone: name for zone in ZONES if (name := city(zone, lang)) is not None}


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        # The issue-18 reading's examples; English puts "the" before a plural island group
        # and "on" before an island (Chicago Manual of Style 8.44, "the" with plural
        # geographic names; Oxford style: "on the Isle of Man", "in the Canary Islands").
        ("Pacific/Chatham", "in the Chatham Islands"),
        ("Europe/Isle_of_Man", "on the Isle of Man"),
        ("Atlantic/Canary", "in the Canary Islands"),  # CLDR: "Canaries"
        ("Atlantic/Faroe", "in the Faroe Islands"),  # CLDR: "Faroes"
        ("Pacific/Marquesas", "in the Marquesas Islands"),
        ("Atlantic/Azores", "in the Azores"),
        ("America/Cayman", "in the Cayman Islands"),  # CLDR: "Cayman"
        ("Indian/Maldives", "in the Maldives"),
        ("Indian/Comoro", "in the Comoros"),
        ("Indian/Chagos", "in the Chagos Archipelago"),
        ("Pacific/Easter", "on Easter Island"),
        ("Indian/Christmas", "on Christmas Island"),
        ("Pacific/Midway", "on Midway Atoll"),
        ("Atlantic/St_Helena", "on St. Helena"),
        ("Atlantic/Bermuda", "in Bermuda"),  # a country's name: no article
        ("America/New_York", "in New York"),
        ("Europe/London", "in London"),
    ],
)
def test_english_places_take_their_preposition_and_article(zone: str, expected: str) -> None:
    preposition, _, place = expected.partition(" ")
    assert at_place(_cities("en")[zone]) == f"{preposition} {place.replace(' ', NB)}"


# Russian CLDR names mark islands ("о-в Мэн", "Канарские о-ва"): an independent sign of
# which zones English must give an article or "on". Two are English names of a country or
# an atoll that take neither (checked by hand: "in Bermuda", "on Midway Atoll").
ISLANDS_WITHOUT_THE = {"Bermuda", "Midway Atoll", "Sakhalin", "St. Helena", "Easter Island",
                       "Christmas Island", "Canton Island"}  # fmt: skip


@pytest.mark.parametrize("zone", ZONES)
def test_every_english_place_reads_in_a_sentence(zone: str) -> None:
    name = _cities("en").get(zone)
    if name is None:
        return
    phrase = at_place(name)
    preposition, _, place = phrase.partition(" ")
    assert preposition in ("in", "on"), phrase
    assert " " not in place, phrase  # held together, article and all
    place = place.replace(NB, " ")
    russian = _cities("ru").get(zone, "")
    if name.endswith(("Islands", "Archipelago")) or name.startswith("Isle of"):
        assert place.startswith("the "), phrase
    if re.search(r"о-ва?\b|[Оо]строва?\b", russian) and name not in ISLANDS_WITHOUT_THE:
        assert place.startswith("the "), (phrase, russian)
    if re.search(r"о-в\b|[Оо]стров\b", russian) or name.endswith(("Island", "Atoll")):
        assert preposition == "on", (phrase, russian)


@pytest.mark.parametrize("zone", ZONES)
def test_no_russian_place_is_abbreviated(zone: str) -> None:
    # Мильчин, «Справочник издателя и автора»: "о-в", "о-ва" are for maps and reference
    # tables; running text spells out "остров", "острова".
    name = _cities("ru").get(zone)
    if name is None:
        return
    text = written(name, "ru").replace(NB, " ")
    assert not re.search(r"\bо-в|\bо\. ", text), text
    # Nothing else changes: abbreviated again, it is CLDR's name.
    again = re.sub(r"\bострова\b", "о-ва", re.sub(r"\bостров\b", "о-в", text))
    assert again == name or text == name, (text, name)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe/Isle_of_Man", "остров Мэн"),
        ("Atlantic/Canary", "Канарские острова"),
        ("Atlantic/St_Helena", "остров Святой Елены"),
        ("America/Cayman", "Острова Кайман"),  # CLDR spells this one out already
        ("America/New_York", "Нью-Йорк"),
    ],
)
def test_russian_places_spelled_out(zone: str, expected: str) -> None:
    assert written(_cities("ru")[zone], "ru") == expected.replace(" ", NB)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        # Report.az, 2025-09-08: "Nyu-Yorkda BMT Baş Assambleyasının kürsüsünə çıxacaq";
        # Milli.Az (xeberler24.az), 2025: "Los-Anceles şəhəri". CLDR 49 has "Nyu York",
        # "Los Anceles".
        ("America/New_York", "Nyu-York"),
        ("US/Eastern", "Nyu-York"),
        ("America/Los_Angeles", "Los-Anceles"),
        ("Asia/Baku", "Bakı"),
    ],
)
def test_azerbaijani_places_as_the_press_spells_them(zone: str, expected: str) -> None:
    assert written(_cities("az")[zone], "az") == expected


def test_the_help_and_the_output_spell_new_york_alike(invoke) -> None:  # type: ignore[no-untyped-def]
    help_text = invoke(["next", "--help", "--lang", "az"]).stdout
    line = invoke(["next", "--today", "2025-11-24", "--tz", "America/New_York", "--lang", "az"])
    assert "Nyu-York vaxtı ilə" in help_text.replace("\n", " ")
    assert "Nyu-York vaxtı ilə 03:00" in line.stdout
    assert "Nyu York" not in help_text + line.stdout


def test_every_table_entry_is_a_name_cldr_gives() -> None:
    """An entry for a name CLDR no longer gives would be dead: caught here on a Babel
    upgrade."""
    data = _data()
    assert set(data["en_at"]) <= set(_cities("en").values())
    for lang, spellings in data["press"].items():
        assert set(spellings) <= set(_cities(lang).values()), lang


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("zone", ["America/Los_Angeles", "America/Argentina/Buenos_Aires"])
@pytest.mark.parametrize("width", [40, 80])
def test_a_place_of_several_words_never_breaks(invoke, zone: str, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    name = written(city(zone, lang) or "", lang)
    env = {"COLUMNS": str(width), "FORCE_COLOR": None, "TERM": None}
    for args in (["next", "--today", "2025-11-24"], ["summary", "2026", "--today", "2025-11-24"]):
        out = invoke([*args, "--tz", zone, "--lang", lang, "-f", "rich"], env=env).stdout
        assert name in out, (args, out)
    # Machine output has the plain spaces a script compares.
    record = invoke(["summary", "2026", "--today", "2025-11-24", "--tz", zone, "--lang", lang,
                     "-f", "json"]).stdout  # fmt: skip
    assert NB not in record

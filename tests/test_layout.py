"""Every command, in every language, at every width from 30 to 200 columns, on a terminal
(styles and links) and in a pipe: nothing wider than the width, nothing cut, no word of a
value or a header split. The expected values come from the domain and the catalogs, not
from the output."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.numbers import format_decimal

from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe, summarize
from mourning_day.core.zones import parse_zone
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases

WIDTHS = [30, 40, 60, 80, 100, 120, 200]
TODAY = date(2025, 11, 24)
# Long place names in every language ("Los Anceles"), and a silence on the day before.
ZONES = ["America/Los_Angeles", "Pacific/Honolulu"]
FIRST, COUNT = 2026, 12  # 2029 and 2030 are on a weekend, 2030 and 2035 are round
TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
PIPE = {"FORCE_COLOR": None, "TERM": None}
CSI = re.compile(r"\x1b\[[0-9;]*m")
LINK = re.compile(r"\x1b\]8;[^;\x1b]*;([^\x1b]*)\x1b\\")
BOX = "┌┐└┘│─"


def run(invoke, args: list[str], lang: str, width: int, terminal: bool) -> str:  # type: ignore[no-untyped-def]
    env = {"COLUMNS": str(width), **(TERMINAL if terminal else PIPE)}
    fixed = ["--today", TODAY.isoformat(), "--lang", lang, "-f", "rich"]
    result = invoke([*args, *fixed], env=env)
    assert result.exit_code in (0, 1), result.output  # is-today says "no" with 1
    return result.stdout


def visible(output: str) -> str:
    return LINK.sub("", CSI.sub("", output))


def words(text: str) -> list[str]:
    """Whitespace-separated words, box drawing left out ("│ text │")."""
    return [w for w in text.split() if w.strip(BOX)]


def assert_whole(value: str, output: str) -> None:
    """Every word of `value` appears whole, in order (a value may wrap onto several lines,
    with the January picture between its words)."""
    seen = iter(words(output))
    for word in words(value):
        assert any(word == w for w in seen), f"{word!r} of {value!r} is cut or missing"


def assert_fits(output: str, width: int, long_words: bool = False) -> None:
    """No line wider than `width`, unless (with `long_words`, outside the panel) it holds
    one word that is wider by itself, such as an address, which is never broken."""
    for line in output.splitlines():
        assert len(line) <= width or (long_words and len(line.split()) == 1), line
    assert "…" not in output


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("zone", ZONES)
def test_summary(invoke, zone: str, lang: str, width: int, terminal: bool) -> None:  # type: ignore[no-untyped-def]
    raw = run(invoke, ["summary", str(FIRST), "--tz", zone], lang, width, terminal)
    out = visible(raw)
    msgs = Messages(lang)
    summary = summarize(FIRST, TODAY, parse_zone(zone))
    facts, sources = phrases.numbered_facts(summary.facts, msgs)
    assert_fits(out, width, long_words=not terminal)
    assert_whole(phrases.summary_heading(summary, msgs), out)
    for label, value in phrases.summary_rows(summary, msgs):
        assert_whole(label, out)
        assert_whole(value, out)
    for fact in facts:
        assert_whole(fact, out)
    for i, source in enumerate(sources, 1):
        assert_whole(f"[{i}] {phrases.source_label(source, msgs, title=not terminal)}", out)
    if terminal:
        # Each source is a link to its page (a label on two lines links from both), and
        # no address is printed where it could be broken.
        links = [url for url in LINK.findall(raw) if url]
        assert list(dict.fromkeys(links)) == [s.url for s in sources]
        assert "https://" not in out
    else:
        assert "\x1b" not in raw
        for source in sources:
            assert sum(line.strip() == source.url for line in out.splitlines()) == 1


@pytest.mark.parametrize("zone", ZONES)
def test_english_summary_fits_a_100_by_40_terminal(invoke, zone: str) -> None:  # type: ignore[no-untyped-def]
    out = visible(run(invoke, ["summary", str(FIRST), "--tz", zone], "en", 100, True))
    assert len(out.splitlines()) <= 40


# 20 January of 2026-2037 from 2025-11-24, worked out by hand: the weekday moves on one
# day a year, two after a 29 February (2028, 2032, 2036), and so do the 365 or 366 days.
YEARS = [
    (2026, 1, 57), (2027, 2, 422), (2028, 3, 787), (2029, 5, 1153), (2030, 6, 1518),
    (2031, 0, 1883), (2032, 1, 2248), (2033, 3, 2614), (2034, 4, 2979), (2035, 5, 3344),
    (2036, 6, 3709), (2037, 1, 4075),
]  # fmt: skip
# Weekday names, Monday first, as each language writes them inside a sentence (CLDR's
# wide names; Azerbaijani and Russian write them in lower case).
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "az": ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
HEADERS = ("year", "date", "weekday", "anniversary", "when")


def test_the_hand_table_is_the_calendar() -> None:
    # A check of the table above against Python's calendar, so that a slip in it shows.
    for year, weekday, days in YEARS:
        assert date(year, 1, 20).weekday() == weekday
        assert (date(year, 1, 20) - TODAY).days == days


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_table(invoke, lang: str, width: int, terminal: bool) -> None:  # type: ignore[no-untyped-def]
    assert (YEARS[0][0], len(YEARS)) == (FIRST, COUNT)
    args = ["table", "--from-year", str(FIRST), "--count", str(COUNT), "--tz", ZONES[0]]
    out = visible(run(invoke, args, lang, width, terminal))
    assert_fits(out, width)
    msgs = Messages(lang)
    lines = out.splitlines()
    for year, weekday, days in YEARS:
        # Each year's values whole and in order; the anniversary starts with its number.
        # The distance is in words ("in 1,153 days"), its number grouped as CLDR says.
        grouped = format_decimal(days, locale=lang).split()
        row = [str(year), *WEEKDAYS[lang][weekday].split(), str(year - 1990), *grouped]
        at = next(i for i, w in enumerate(words(out)) if w == str(year))
        seen = iter(words(out)[at:])
        for word in row:
            assert any(w == word or (w.startswith(word) and word.isdigit()) for w in seen), (
                f"{word!r} of {year} is cut or missing"
            )
    rule = next((i for i, line in enumerate(lines) if line.startswith("─")), None)
    headers = [msgs.text(f"labels.{key}") for key in HEADERS]
    if rule is not None:  # columns: every word above the rule is a whole header word
        assert set(words("\n".join(lines[:rule]))) <= {w for h in headers for w in h.split()}
        assert rule <= 3
    else:  # a block per year: "Weekday: Tuesday"
        for header in headers[2:]:
            assert_whole(f"{header}:", out)
    # The range has round anniversaries and weekends: the legend explains both marks.
    assert_whole(f"* {msgs.text('labels.mark_round')}", out)
    assert_whole(f"+ {msgs.text('labels.mark_weekend')}", out)


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", ["next", "is-today"])
def test_sentences(invoke, command: str, lang: str, width: int, terminal: bool) -> None:  # type: ignore[no-untyped-def]
    out = visible(run(invoke, [command, "--tz", ZONES[1]], lang, width, terminal))
    assert_fits(out, width)
    msgs = Messages(lang)
    obs = observe(anniversary(FIRST, TODAY), parse_zone(ZONES[1]))
    expected = (
        [phrases.next_line(obs, msgs), phrases.silence_line(obs, msgs)]
        if command == "next"
        else [phrases.is_today_line(obs, TODAY, msgs)]
    )
    for sentence in expected:
        assert_whole(sentence, out)
    assert len(words(out)) == sum(len(words(s)) for s in expected)

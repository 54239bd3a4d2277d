"""Very narrow terminals (issue 19): a word or a number is never split across lines, and
at one or two columns the text is still all there, without a box that cannot hold it."""

from __future__ import annotations

import itertools
import re

import pytest

from mourning_day.render.wrapping import wrap

FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]
TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
ANSI = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")
BOX = re.compile("[┌┐└┘│─]")
NB = "\u00a0"


def words(output: str) -> list[str]:
    """The words on screen, box, styles and the punctuation around words left out ("Weekday:"
    in a narrow table's blocks is "Weekday" in its header); a no-break space parts words."""
    plain = BOX.sub(" ", ANSI.sub("", output)).replace(NB, " ")
    return [word.strip(",.:;()[]") for word in plain.split()]


def rich(invoke, args: list[str], columns: int) -> str:  # type: ignore[no-untyped-def]
    result = invoke([*args, *FIXED, "-f", "rich"], env={"COLUMNS": str(columns), **TERMINAL})
    assert result.exit_code == (1 if args[0] == "is-today" else 0), result.output
    assert result.stderr == ""
    return result.stdout


COMMANDS = [["summary"], ["next"], ["is-today"], ["table", "--count", "3"]]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("columns", [1, 2, 5, 12, 20, 21, 22, 23, 24, 30])
def test_no_word_or_number_is_split(invoke, args: list[str], lang: str, columns: int) -> None:  # type: ignore[no-untyped-def]
    """Every word shown at a narrow width is a word of the same output at 100 columns,
    where nothing needs breaking. Before: "Ja" / "nuary" and "199" / "0" at 20-24
    columns (the README says that never happens)."""
    wide = set(words(rich(invoke, [*args, "--lang", lang], 100)))
    narrow = words(rich(invoke, [*args, "--lang", lang], columns))
    assert [word for word in narrow if word not in wide] == []


# January as each language writes it after a day's number, then as before a year.
MONTH = {"en": "January", "az": "yanvar", "ru": "января", "tr": "Ocak"}


@pytest.mark.parametrize("lang", sorted(MONTH))
# From 24 columns the longest date in a sentence ("19–20 January 1990,") fits a line.
@pytest.mark.parametrize("columns", [24, 30, 40, 60, 80, 100])
def test_a_date_in_a_sentence_stays_on_one_line(invoke, lang: str, columns: int) -> None:  # type: ignore[no-untyped-def]
    """Where "25 January" fits a line it is not broken, in the catalogs' sentences and the
    sources' quoted titles alike. Before: "25" / "Ocak'ta" at 100 columns, "как 20" /
    "января" at 60, "Milli Meclis, “20" / "Ocak 1990'da" at 40."""
    lines = [
        BOX.sub(" ", line).strip()
        for line in ANSI.sub("", rich(invoke, ["summary", "--lang", lang], columns)).splitlines()
    ]
    month = MONTH[lang].lower()  # the event's name capitalises it: "20 Yanvar", "20 Января"
    for this, following in itertools.pairwise(line.lower() for line in lines):
        pair = (this, following)
        assert not (re.search(r"\b\d{1,2}$", this) and following.startswith(month)), pair
        assert not (this.endswith(month) and re.match(r"\d{4}\b", following)), pair
        # Azerbaijani also writes the month first: "yanvarın 20-si".
        assert not (re.search(rf"\b{month}\w*$", this) and re.match(r"\d{1,2}-", following)), pair


@pytest.mark.parametrize("columns", [24, 26, 28, 30, 34, 40])
def test_a_weekday_of_two_words_stays_whole(invoke, columns: int) -> None:  # type: ignore[no-untyped-def]
    """Azerbaijani's Tuesday is one name of two words, "çərşənbə axşamı" (CLDR; 20 January
    2026 is a Tuesday): the date may break after its comma, never inside the name. Before:
    "20 yanvar 2026, çərşənbə" / "axşamı" at 30 columns."""
    out = ANSI.sub("", rich(invoke, ["summary", "--year", "2026", "--lang", "az"], columns))
    lines = [BOX.sub(" ", line).strip() for line in out.splitlines()]
    assert "çərşənbə" in out.replace(NB, " ")
    assert not any(line.endswith("çərşənbə") for line in lines), lines


@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_at_one_or_two_columns_the_summary_still_says_it_all(
    invoke, columns: int, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """Before: an empty box, exit 0. The text is all there, box left out."""
    out = rich(invoke, ["summary", "--lang", lang], columns)
    assert not BOX.search(ANSI.sub("", out))
    # 19 columns: too narrow for the January picture (20) and for the box, so the same text.
    assert sorted(words(out)) == sorted(words(rich(invoke, ["summary", "--lang", lang], 19)))


def test_where_the_box_fits_it_stays(invoke) -> None:  # type: ignore[no-untyped-def]
    lines = ANSI.sub("", rich(invoke, ["summary"], 40)).splitlines()
    assert lines[0].startswith("┌") and lines[-1].startswith("└")
    assert all(len(line) == 40 for line in lines)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        # Held words part at their no-break spaces only when they cannot fit a line.
        (f"Date: Tuesday, 20{NB}January{NB}2026", 12,
         ["Date:", "Tuesday,", f"20{NB}January", "2026"]),
        (f"Date: Tuesday, 20{NB}January{NB}2026", 20,
         ["Date: Tuesday,", f"20{NB}January{NB}2026"]),
        # A word longer than the line is left whole, never cut.
        ("Anniversary", 4, ["Anniversary"]),
        ("1990", 2, ["1990"]),
        # No line begins with a dash, even where nothing fits.
        (f"Day{NB}— 36th", 2, [f"Day{NB}—", "36th"]),
        ("ildən yanvarın 20-si iş", 15, ["ildən", "yanvarın 20-si", "iş"]),
        ("see [2, 3] here", 4, ["see", "[2, 3]", "here"]),
        # A number and its word, a word and its year, tied like a no-break space.
        ("on 20 January 1990 at noon", 12, ["on", "20 January", "1990 at noon"]),
        ("on 20 January 1990 at noon", 13, ["on 20 January", "1990 at noon"]),
        # Parted, the pieces flow with the words around them.
        ("- 19–20 Ocak 1990 gecesi", 12, ["- 19–20 Ocak", "1990 gecesi"]),
        ("on 20 January 1990 at noon", 18, ["on 20 January 1990", "at noon"]),
    ],
)  # fmt: skip
def test_wrap_breaks_between_words_only(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines

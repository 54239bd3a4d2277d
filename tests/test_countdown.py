"""The countdown's frames and the words for lengths of time, drawn at a fixed width and read
by eye once; expected strings written by hand."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from rich.console import Console

from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe
from mourning_day.core.vigil import look, next_minute
from mourning_day.core.zones import Zone
from mourning_day.i18n.messages import Messages
from mourning_day.render import durations
from mourning_day.render.countdown import frame

NB = "\u00a0"
START = datetime(2026, 1, 20, 8, 0, tzinfo=UTC)
MINUTE = next_minute(START)


def drawn(
    at: datetime, lang: str = "en", zone: str = "Europe/London", width: int = 100
) -> list[str]:
    msgs = Messages(lang)
    obs = observe(anniversary(2026, date(2026, 1, 20)), Zone(zone))
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(frame(obs, look(MINUTE, at, "start"), MINUTE.length, msgs))
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_the_countdown_frame() -> None:
    assert drawn(START - timedelta(hours=2, minutes=5, seconds=29.5)) == [
        f"Tuesday, 20{NB}January{NB}2026: the 36th anniversary of the 20{NB}January tragedy.",
        "Minute of silence: 12:00 in Baku = 08:00 in London.",
        "",
        "Until the minute of silence: 02:05:30",
    ]


def test_the_minute_frame_fills_a_bar() -> None:
    lines = drawn(START + timedelta(seconds=15))
    assert lines[3] == "The minute of silence is being held."
    # A quarter of the 60-column bar is full: 15 of its columns in the complete style.
    assert lines[4].endswith(f"  45{NB}seconds left")
    assert lines[4].startswith("━" * 15)


def test_on_a_narrow_terminal_the_bar_gives_way_to_the_seconds() -> None:
    lines = drawn(START + timedelta(seconds=20), width=30)
    assert lines[-1].endswith(f"40{NB}seconds left")
    assert lines[-1].startswith("━━━━") and len(lines[-1]) <= 30


def test_the_frames_of_a_year_before_the_first_report() -> None:
    # facts.json: a nationwide minute of silence is reported from 2017 (News.Az,
    # 2017-01-20); a frame for 2000 says so and never speaks of one being held.
    start = datetime(2000, 1, 20, 8, 0, tzinfo=UTC)
    minute = next_minute(start)
    obs = observe(anniversary(2000, date(2000, 1, 20)), Zone("Asia/Baku"))
    frames = []
    for at in (start - timedelta(seconds=3), start + timedelta(seconds=15)):
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(frame(obs, look(minute, at, "start"), minute.length, Messages("en")))
        frames.append([line.rstrip() for line in console.export_text().splitlines()])
    assert frames[0][1:] == [
        "Minute of silence: 12:00, Baku time; the sources report it from 2017 on.",
        "",
        "Until 12:00 in Baku: 00:00:03",
    ]
    assert frames[1][3] == "The minute is under way."
    assert not any("being held" in line for lines in frames for line in lines)


def test_the_frames_in_russian() -> None:
    lines = drawn(START + timedelta(seconds=59), lang="ru", zone="Asia/Baku")
    assert lines[3] == "Идёт минута молчания."
    assert lines[4].endswith(f"осталась 1{NB}секунда")  # nominative after "осталась"
    assert drawn(START - timedelta(seconds=3), lang="ru", zone="Asia/Baku")[3] == (
        "До минуты молчания: 00:00:03"
    )


@pytest.mark.parametrize(
    ("seconds", "lang", "text"),
    [
        (57 * 86400 + 3 * 3600 + 59 * 60, "en", f"57{NB}days 3{NB}hours"),
        (7530, "en", f"2{NB}hours 5{NB}minutes"),
        (7200 + 30, "en", f"2{NB}hours"),  # not "2 hours 0 minutes"
        (61, "en", f"1{NB}minute 1{NB}second"),
        (0, "en", f"0{NB}seconds"),
        # CLDR Russian plurals: 1 one, 2-4 few, 5-20 many, 21 one; accusative after "через".
        (3600 + 60, "ru", f"1{NB}час 1{NB}минуту"),
        (2 * 3600 + 22 * 60, "ru", f"2{NB}часа 22{NB}минуты"),
        (5 * 3600 + 21 * 60, "ru", f"5{NB}часов 21{NB}минуту"),
        (45, "az", f"45{NB}saniyə"),
    ],
)
def test_durations_in_words(seconds: int, lang: str, text: str) -> None:
    assert durations.duration(timedelta(seconds=seconds), Messages(lang)) == text


def test_clock_faces() -> None:
    en = Messages("en")
    assert durations.clock_face(timedelta(hours=2, minutes=5, seconds=30), en) == "02:05:30"
    assert durations.clock_face(timedelta(days=1, seconds=1), en) == f"1{NB}day 00:00:01"


# --- issue 19: a frame taller than the terminal ----------------------------------------------


def fitted(at: datetime, width: int, height: int, lang: str = "en") -> list[str]:
    from mourning_day.render.countdown import fitted_lines

    msgs = Messages(lang)
    obs = observe(anniversary(2026, date(2026, 1, 20)), Zone("Europe/London"))
    console = Console(width=width, height=height, file=io.StringIO(), color_system=None)
    return [
        line.rstrip()
        for line in fitted_lines(
            console, frame(obs, look(MINUTE, at, "start"), MINUTE.length, msgs)
        )
    ]


@pytest.mark.parametrize(
    ("width", "height", "expected"),
    [
        (80, 4, [f"Tuesday, 20{NB}January{NB}2026: the 36th anniversary of the 20{NB}January"
                 " tragedy.",
                 "Minute of silence: 12:00 in Baku = 08:00 in London.", "",
                 "Until the minute of silence: 00:10:00"]),
        # The heading gives way whole, and the spacer left on top with it.
        (80, 3, ["Minute of silence: 12:00 in Baku = 08:00 in London.", "",
                 "Until the minute of silence: 00:10:00"]),
        (80, 2, ["Until the minute of silence: 00:10:00"]),
        (80, 1, ["Until the minute of silence: 00:10:00"]),
        # Too narrow even for the time left on one line: its last line, the time itself.
        (20, 1, ["silence: 00:10:00"]),
    ],
)  # fmt: skip
def test_a_frame_taller_than_the_terminal_keeps_the_time_left(
    width: int, height: int, expected: list[str]
) -> None:
    assert fitted(START - timedelta(minutes=10), width, height) == expected


# --- issue 19: a pane narrower than the frame's words ----------------------------------------


@pytest.mark.parametrize("lang", ["en", "az", "ru", "tr"])
@pytest.mark.parametrize("width", range(8, 17))
@pytest.mark.parametrize("offset", [-10, 10], ids=["before", "during"])
def test_at_8_to_16_columns_no_word_is_cut(lang: str, width: int, offset: int) -> None:
    """Before: during the minute a 12-column pane showed "50 seconds l" (ru "осталось 50
    секу"), and a tall 8-column pane "annivers" / "ary". Every word shown is a whole word
    of the frame as a wide terminal shows it, and the time left is there."""
    at = START + timedelta(seconds=offset)
    wide = fitted(at, 1000, 100, lang)
    words = {word for line in wide for word in re.split(r"[ \u00a0]+", line) if word}
    narrow = fitted(at, width, 100, lang)
    shown = [word for line in narrow for word in re.split(r"[ \u00a0]+", line) if word]
    assert set(shown) <= words, set(shown) - words
    assert all(len(line) <= width for line in narrow), narrow
    time_left = "00:00:10" if offset < 0 else "50"
    assert time_left in shown


def test_the_seconds_left_fall_back_on_the_number_where_no_word_of_them_fits() -> None:
    # At 5 columns neither "seconds" (7) nor "осталось" (8) fits: the number alone shows.
    assert fitted(START + timedelta(seconds=10), 5, 3) == ["50"]
    assert fitted(START + timedelta(seconds=10), 5, 3, "ru") == ["50"]


def test_within_the_hour_the_clock_face_gives_way_to_minutes_and_seconds() -> None:
    # "00:00:10" needs 8 columns; at 5 to 7 the hours, all zero, are left out.
    assert fitted(START - timedelta(seconds=10), 6, 3) == ["00:10"]
    assert fitted(START - timedelta(hours=1, seconds=10), 6, 3) == ["01:00…"]

"""Timing rules of the minute of silence: which minute is next, where an instant stands, how
long to sleep, when a waiting process has missed it. Driven by a fake clock: no real sleep.

Instants are checked by hand: 12:00 in Baku is 08:00 UTC in every January since 1993
(`zdump -v -c 2025,2027 Asia/Baku`: +04 throughout January 2026)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mourning_day.core import vigil
from mourning_day.core.vigil import Look, Minute, look, next_minute, watch

START_2026 = datetime(2026, 1, 20, 8, 0, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


class FakeTime:
    """A clock that moves only when slept on, and may jump (a suspended laptop, a clock
    set forward) at a given sleep."""

    def __init__(self, start: datetime, jumps: dict[int, timedelta] | None = None) -> None:
        self.t = start
        self.slept: list[float] = []
        self.jumps = jumps or {}

    def now(self) -> datetime:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += timedelta(seconds=seconds) + self.jumps.get(len(self.slept), timedelta())


# --- which minute ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "year"),
    [
        (utc(2025, 11, 24), 2026),
        (utc(2026, 1, 20, 7, 59, 59), 2026),
        (utc(2026, 1, 20, 8, 0, 30), 2026),  # under way: still this one
        (utc(2026, 1, 20, 8, 1), 2027),  # 12:01 in Baku: over, next year's
        (utc(2026, 12, 31, 20, 30), 2027),  # already 1 January 2027 in Baku (UTC+4)
        (utc(1985, 6, 1), 1991),  # the first anniversary
    ],
)
def test_next_minute(now: datetime, year: int) -> None:
    minute = next_minute(now)
    assert minute.year == year
    assert minute.end - minute.start == timedelta(minutes=1)


def test_the_minute_in_1992_was_at_nine_utc() -> None:
    # Baku was on UTC+3 in January 1992 (tests/test_silence.py), so 12:00 was 09:00 UTC.
    assert next_minute(utc(1991, 6, 1)).start == utc(1992, 1, 20, 9)


@pytest.mark.parametrize(
    ("now", "held"),
    [
        (utc(2026, 1, 20, 8, 1), True),
        (utc(2026, 1, 20, 19, 59), True),  # 23:59 in Baku
        (utc(2026, 1, 20, 20, 0), False),  # midnight in Baku: 21 January
        (utc(2026, 1, 20, 7, 0), False),  # not yet held
        (utc(2026, 1, 20, 8, 0, 30), False),  # under way
    ],
)
def test_held_today(now: datetime, held: bool) -> None:
    assert (vigil.held_today(now) is not None) == held


# --- one look at the clock ------------------------------------------------------------------


MINUTE = next_minute(START_2026)


@pytest.mark.parametrize(
    ("now", "waiting_for", "phase", "left", "sleep"),
    [
        (START_2026 - timedelta(seconds=10.3), "start", "before", 10.3, 0.3),
        (START_2026 - timedelta(seconds=10), "start", "before", 10, 1.0),
        (START_2026 - timedelta(hours=5), "start", "before", 18000, 1.0),
        (START_2026 - timedelta(seconds=0.25), "end", "before", 0.25, 0.25),
        (START_2026, "start", "during", 60, 1.0),
        (START_2026 + timedelta(seconds=59.5), "start", "during", 0.5, 0.5),
        # Waiting for the start and waking after the end: the whole minute went by unseen.
        (START_2026 + timedelta(seconds=60), "start", "missed", 60, 0.0),
        # Waiting for the end: on time within a minute after it, missed after that.
        (START_2026 + timedelta(seconds=60), "end", "ended", 0, 0.0),
        (START_2026 + timedelta(seconds=119), "end", "ended", 59, 0.0),
        (START_2026 + timedelta(seconds=121), "end", "missed", 61, 0.0),
    ],
)
def test_look(
    now: datetime, waiting_for: vigil.Moment, phase: str, left: float, sleep: float
) -> None:
    seen = look(MINUTE, now, waiting_for)
    assert seen.phase == phase
    assert seen.left == timedelta(seconds=left)
    assert seen.sleep == pytest.approx(sleep)


@given(st.floats(min_value=0.001, max_value=3 * 86400))
def test_a_sleep_never_passes_the_moment_nor_lasts_over_a_second(before: float) -> None:
    seen = look(MINUTE, START_2026 - timedelta(seconds=before), "start")
    assert 0 < seen.sleep <= min(1.0, before + 1e-6)


@pytest.mark.parametrize(
    ("left", "shown"), [(10.3, 11), (10.0, 10), (0.2, 1), (59.999, 60), (3600.5, 3601)]
)
def test_a_countdown_shows_whole_seconds_rounded_up(left: float, shown: int) -> None:
    assert vigil.whole_seconds(timedelta(seconds=left)) == shown


# --- waiting: a sequence of looks -------------------------------------------------------------


def phases(looks: list[Look]) -> list[str]:
    return [seen.phase for seen in looks]


def test_a_script_waiting_for_the_start_lands_on_it() -> None:
    fake = FakeTime(START_2026 - timedelta(seconds=3.5))
    looks = list(watch(MINUTE, fake.now, fake.sleep, "start"))
    assert phases(looks) == ["before"] * 4 + ["during"]
    assert fake.slept == pytest.approx([0.5, 1, 1, 1])
    assert fake.now() == START_2026  # exactly on time, not a step late


def test_a_script_waiting_for_the_end_sees_the_minute_through() -> None:
    fake = FakeTime(START_2026 - timedelta(seconds=2))
    looks = list(watch(MINUTE, fake.now, fake.sleep, "end"))
    assert phases(looks) == ["before"] * 2 + ["during"] * 60 + ["ended"]
    assert fake.now() == MINUTE.end
    assert max(fake.slept) <= 1.0  # the wall clock is read at least once a second


def test_started_during_the_minute_a_wait_for_the_start_ends_at_once() -> None:
    fake = FakeTime(START_2026 + timedelta(seconds=20))
    assert phases(list(watch(MINUTE, fake.now, fake.sleep, "start"))) == ["during"]
    assert fake.slept == []


def test_a_laptop_suspended_across_the_minute_has_missed_it() -> None:
    # Asleep for an hour from 10 s before the start: the process wakes well after the end.
    fake = FakeTime(START_2026 - timedelta(seconds=10), jumps={1: timedelta(hours=1)})
    looks = list(watch(MINUTE, fake.now, fake.sleep, "start"))
    assert phases(looks) == ["before", "missed"]
    assert looks[-1].left > timedelta(minutes=59)


def test_waking_during_the_minute_is_not_missing_it() -> None:
    fake = FakeTime(START_2026 - timedelta(seconds=10), jumps={1: timedelta(seconds=30)})
    assert phases(list(watch(MINUTE, fake.now, fake.sleep, "start"))) == ["before", "during"]


def test_a_clock_set_back_is_followed() -> None:
    # During the countdown the clock is corrected back by a minute: the wait goes on.
    fake = FakeTime(START_2026 - timedelta(seconds=2), jumps={1: timedelta(seconds=-60)})
    looks = list(watch(MINUTE, fake.now, fake.sleep, "start"))
    assert phases(looks)[-1] == "during"
    assert len(looks) == 63  # 2 s, then 61 s more, then the start


def test_a_countdown_that_sleeps_through_the_whole_minute_has_missed_it() -> None:
    """On a terminal the minute itself is the point: waking after its end is a miss, even
    though a script waiting for the end would be only 30 s late."""
    jump = {1: timedelta(seconds=89)}
    fake = FakeTime(START_2026 - timedelta(seconds=1), jumps=jump)
    assert phases(list(watch(MINUTE, fake.now, fake.sleep, "end", follow=True)))[-1] == "missed"
    fake = FakeTime(START_2026 - timedelta(seconds=1), jumps=jump)
    assert phases(list(watch(MINUTE, fake.now, fake.sleep, "end")))[-1] == "ended"


def test_a_countdown_asleep_during_the_minute_still_ends_it() -> None:
    fake = FakeTime(START_2026 + timedelta(seconds=50), jumps={1: timedelta(seconds=30)})
    looks = list(watch(MINUTE, fake.now, fake.sleep, "end", follow=True))
    assert phases(looks) == ["during", "ended"]


def test_the_bell_rings_when_the_minute_is_seen_to_begin_and_when_it_ends() -> None:
    fake = FakeTime(START_2026 - timedelta(seconds=1))
    rings = [
        seen.phase
        for seen, ring in vigil.bells(watch(MINUTE, fake.now, fake.sleep, "end", follow=True))
        if ring
    ]
    assert rings == ["during", "ended"]
    fake = FakeTime(START_2026 + timedelta(seconds=58))  # started during it: no first bell
    rings = [s.phase for s, ring in vigil.bells(watch(MINUTE, fake.now, fake.sleep, "end")) if ring]
    assert rings == ["ended"]


# --- on the day, and lengths of time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "seconds", "phase"),
    [
        (START_2026 - timedelta(hours=2, minutes=5, seconds=30), 7530, "before"),
        (START_2026 - timedelta(seconds=0.5), 1, "before"),  # rounded up: not yet "now"
        (START_2026, 0, "during"),
        (START_2026 + timedelta(seconds=59.5), -59, "during"),
        (START_2026 + timedelta(seconds=60), -60, "held"),
        (START_2026 + timedelta(hours=3, seconds=0.3), -10800, "held"),
    ],
)
def test_on_the_day(now: datetime, seconds: int, phase: str) -> None:
    assert vigil.on_the_day(MINUTE, now) == (seconds, phase)


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        (timedelta(days=57, hours=3, minutes=4, seconds=5.9), (57, 3, 4, 6)),
        (timedelta(hours=4, minutes=59, seconds=59.998), (0, 5, 0, 0)),
        (timedelta(seconds=-3661), (0, 1, 1, 1)),
        (timedelta(0), (0, 0, 0, 0)),
    ],
)
def test_parts(span: timedelta, parts: tuple[int, int, int, int]) -> None:
    assert vigil.parts(span) == parts


def test_minute_moments() -> None:
    minute = Minute(2026, START_2026, START_2026 + timedelta(minutes=1))
    assert minute.moment("start") == START_2026
    assert minute.moment("end") == utc(2026, 1, 20, 8, 1)

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from mourning_day.core.silence import silence_at, silence_in_baku


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        # `zdump -v -c 2025,2027 Asia/Baku` shows +04 all January 2026; London is on GMT
        # in January and New York on EST (UTC-5), so 12:00 in Baku is 08:00 and 03:00.
        ("Europe/London", "2026-01-20T08:00:00+00:00"),
        ("America/New_York", "2026-01-20T03:00:00-05:00"),
        ("Asia/Tokyo", "2026-01-20T17:00:00+09:00"),
        ("Pacific/Honolulu", "2026-01-19T22:00:00-10:00"),
        ("Asia/Baku", "2026-01-20T12:00:00+04:00"),
    ],
)
def test_silence_in_other_zones(zone: str, expected: str) -> None:
    assert silence_at(2026, ZoneInfo(zone)).isoformat() == expected


def test_silence_is_one_instant_everywhere() -> None:
    instant = datetime(2026, 1, 20, 8, 0, tzinfo=UTC)
    assert silence_in_baku(2026) == instant
    assert silence_at(2026, ZoneInfo("America/New_York")) == instant


def test_baku_offset_comes_from_the_tz_database() -> None:
    # In January 1992 Baku was on UTC+3 (`zdump -v -c 1991,1993 Asia/Baku`: +03 from
    # 29 September 1991 to 29 March 1992),
    # so 12:00 there was 09:00 UTC, not 08:00: a hard-coded +4 would be wrong.
    assert silence_in_baku(1992).astimezone(UTC).hour == 9

"""Values as people type them. Expected values worked out by hand from ISO 8601 / RFC 3339
(section 5.6: "T" and "Z" may be lower case) and from what the README promises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from mourning_day.core.values import duration, instant, iso_date, whole_number


@pytest.mark.parametrize(
    ("text", "max_digits", "expected"),
    [
        ("2026", 9, 2026), ("0", 9, 0), ("000", 9, 0), ("007", 9, 7),
        ("0" * 5000 + "2026", 9, 2026),  # leading zeros are not significant
        ("999999999", 9, 999_999_999), ("1000000000", 9, None),
        ("1767225600", 12, 1_767_225_600), ("9" * 13, 12, None),
        # Not ASCII digits: a sign, a space, a separator, a superscript, Arabic-Indic digits.
        ("", 9, None), ("-1", 9, None), ("+1", 9, None), (" 5", 9, None), ("5 ", 9, None),
        ("2_026", 9, None), ("1.5", 9, None), ("1e9", 9, None), ("²", 9, None),
        ("١٢", 9, None),
    ],
)  # fmt: skip
def test_whole_numbers(text: str, max_digits: int, expected: int | None) -> None:
    assert whole_number(text, max_digits) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-20", date(2026, 1, 20)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2025-02-29", None),  # not a leap year
        ("20260120", None),  # ISO's basic form: date.fromisoformat takes it, the README does not
        ("2026-1-20", None),
        ("2026-01-20T00:00", None),
    ],
)
def test_iso_date(text: str, expected: date | None) -> None:
    assert iso_date(text) == expected


BAKU = timezone(timedelta(hours=4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-20T11:59:50+04:00", datetime(2026, 1, 20, 11, 59, 50, tzinfo=BAKU)),
        ("2026-01-20T07:59:50Z", datetime(2026, 1, 20, 7, 59, 50, tzinfo=UTC)),
        ("2026-01-20t08:00:00z", datetime(2026, 1, 20, 8, tzinfo=UTC)),  # RFC 3339 5.6 NOTE
        ("20260120T115950+0400", datetime(2026, 1, 20, 11, 59, 50, tzinfo=BAKU)),
        ("2026-01-20T11:59:50", None),  # no offset: which instant is unknown
        ("9999-12-31T23:00:00+00:00", None),  # some zone's next day is past year 9999
        ("2026-01-20T11:59:50+04:00\u200b", None),
        ("2026-01-20 08:00:00Z", datetime(2026, 1, 20, 8, tzinfo=UTC)),  # RFC 3339 5.6 NOTE
        ("2026-01-20T08Z", datetime(2026, 1, 20, 8, tzinfo=UTC)),  # ISO 8601: hours alone
        ("2026-01-20T08:00xZ", None),  # Python 3.11's fromisoformat takes this
        ("2026-01-20T08:00:00+4", None),
        ("2026-13-20T08:00:00Z", None),
    ],
)
def test_instant(text: str, expected: datetime | None) -> None:
    assert instant(text) == expected


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("10m", 600), ("2h", 7200), ("1h30m", 5400), ("1d", 86400), ("2H", 7200)],
)
def test_duration(text: str, seconds: int) -> None:
    assert duration(text) == (text, timedelta(seconds=seconds))


@pytest.mark.parametrize("text", ["", "10", "m", "-5m", "1.5h", "30m1h", "1 h", "２h"])
def test_not_a_duration(text: str) -> None:
    assert duration(text) is None

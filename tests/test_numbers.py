"""Whole numbers as typed: one parser for years, counts, minutes and SOURCE_DATE_EPOCH."""

from __future__ import annotations

import pytest

from mourning_day.core.numbers import whole_number


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

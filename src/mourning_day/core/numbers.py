"""Whole numbers as a person or a program writes them: a year, a count, a number of seconds
in SOURCE_DATE_EPOCH, a terminal's size in COLUMNS."""

from __future__ import annotations

# More significant digits than any year, count or number of minutes has; int() of thousands
# of digits is refused by Python (sys.get_int_max_str_digits) and slow before that.
MAX_DIGITS = 9


def whole_number(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """ASCII digits only ("2026", "007"); anything else, "²" or " 5" or "2_026" or "-1"
    included, is None, and so is a number of more than `max_digits` significant digits."""
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > max_digits:
        return None
    return int(digits or "0")

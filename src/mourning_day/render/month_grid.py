"""January of a year as weeks of day numbers, starting on the locale's first weekday."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mourning_day.i18n.calendar_names import month_and_year, short_weekday_names
from mourning_day.i18n.messages import Messages


def january_weeks(year: int, first_weekday: int) -> list[list[int]]:
    """Rows of 7 day numbers, 0 where a day belongs to another month (as calendar.Calendar)."""
    lead = (date(year, 1, 1).weekday() - first_weekday) % 7
    cells = [0] * lead + list(range(1, 32))
    cells += [0] * (-len(cells) % 7)
    return [cells[i : i + 7] for i in range(0, len(cells), 7)]


def weekday_header(first_weekday: int, lang: str) -> list[str]:
    names = short_weekday_names(lang)
    return [names[(first_weekday + i) % 7] for i in range(7)]


def month_lines(
    year: int, msgs: Messages, first_weekday: int, shown: Callable[[str], str] = str
) -> list[str]:
    """A cal(1)-style month: a centred heading, weekday names, right-aligned days. Names
    pass through `shown` (a transliteration) before they are laid out."""
    header = [shown(name) for name in weekday_header(first_weekday, msgs.lang)]
    cell = max(2, *(len(name) for name in header))
    width = 7 * cell + 6
    heading = shown(month_and_year(date(year, 1, 1), msgs.lang))
    lines = [heading.center(width).rstrip(), " ".join(name.rjust(cell) for name in header)]
    for week in january_weeks(year, first_weekday):
        lines.append(" ".join((str(d) if d else "").rjust(cell) for d in week).rstrip())
    return lines

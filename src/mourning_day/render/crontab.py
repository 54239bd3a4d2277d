"""`mourning-day init cron`: a comment and a crontab line that starts `silence --notify`
at 12:00 Baku time on 20 January, written as the time in the zone cron runs in (many crons,
Debian's among them, have no CRON_TZ)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence

from mourning_day.core.anniversary import EVENT_DATE
from mourning_day.core.schedule import WallClock
from mourning_day.core.zones import offset_label
from mourning_day.i18n.calendar_names import day_and_month, time_of_day
from mourning_day.i18n.messages import Messages
from mourning_day.render.fields import plain_spaces
from mourning_day.render.job import job_arguments

# crontab(5): the command runs in /bin/sh, and "Percent-signs (%) in the command, unless
# escaped with backslash (\), will be changed into newline characters"; Vixie cron and
# cronie drop the backslash of "\%". So a backslash before a "%" of the command's own
# cannot be written, nor can a line break.
_UNWRITABLE = re.compile(r"\\%|[\n\r]")


class CronCommandError(ValueError):
    """A crontab line cannot run the program at `path` (a line break, or "\\%", in it)."""

    def __init__(self, path: str) -> None:
        super().__init__(f"a crontab line cannot run {path!r}")
        self.path = path


def command(words: Sequence[str]) -> str:
    """The words as a crontab line's command: quoted for /bin/sh, "%" escaped for cron."""
    for word in words:
        if _UNWRITABLE.search(word):
            raise CronCommandError(word)
    return " ".join(shlex.quote(word).replace("%", "\\%") for word in words)


def cron_entry(
    when: WallClock,
    program: Sequence[str],
    zones: Sequence[str],
    lang: str | None,
    msgs: Messages,
) -> str:
    """Two lines: a comment saying what the line is, for which zone and by which year's
    rules, and the line itself, e.g. `0 22 19 1 * /usr/bin/mourning-day silence --notify
    --within 1m --tz Pacific/Honolulu`."""
    at = when.at
    time = time_of_day(at, msgs.lang)  # "22.00" in Turkish prose, as the other lines
    if at.date() != EVENT_DATE.replace(year=when.year):
        time = msgs.text("silence.time_on_date", time=time, date=day_and_month(at, msgs.lang))
    zone = when.zone.name or msgs.text("schedule.system_zone")
    comment = msgs.text(
        "schedule.cron_comment",
        time=time,
        zone=zone,
        offset=offset_label(at.utcoffset()),
        year=when.year,
        year_ordinal=msgs.ordinal(when.year),
    )
    minute, hour, day, month = when.fields
    job = command([*program, *job_arguments(zones, lang)])
    return f"# {plain_spaces(comment)}\n{minute} {hour} {day} {month} * {job}\n"

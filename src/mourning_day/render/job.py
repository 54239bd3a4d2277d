"""The command a scheduler (a systemd timer, cron) runs at the minute of silence, as the
words after the program's own: `silence --notify`, in the chosen zones and language."""

from __future__ import annotations

from collections.abc import Sequence

# A scheduler starts the job at 12:00:00 and the job keeps the minute to its end. Should
# it start late (a computer woken from sleep at 15:00, a crontab line made for another
# zone), the next minute is a year away: --within makes it say so and exit (status 1)
# rather than wait a year.
WITHIN = "1m"


def job_arguments(zones: Sequence[str], lang: str | None) -> list[str]:
    """`silence --notify --within 1m`, then `--tz Z` for each zone given (in order), then
    `--lang L` if given; without them the job takes the system's zone and language when
    it runs, as any run does."""
    words = ["silence", "--notify", "--within", WITHIN]
    for zone in zones:
        words += ["--tz", zone]
    if lang is not None:
        words += ["--lang", lang]
    return words

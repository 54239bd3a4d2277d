"""The systemd user units that keep the minute with no terminal open: a timer at 12:00 Baku
time on 20 January (systemd takes a zone in OnCalendar= since version 235) and the service
it starts, which runs `mourning-day silence --notify`.

A start missed while the computer was off is not made up (Persistent=false): a minute
kept hours late is no minute. After a sleep through noon systemd still starts the service
on waking; the job's --within (render/job.py) then says the minute is past and exits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from mourning_day.core.anniversary import EVENT_DATE
from mourning_day.core.facts import fact
from mourning_day.i18n.messages import Messages
from mourning_day.render.fields import plain_spaces
from mourning_day.render.job import job_arguments

TIMER = "mourning-day.timer"
SERVICE = "mourning-day.service"
ENABLE = f"systemctl --user daemon-reload && systemctl --user enable --now {TIMER}"

# systemd.syntax(7), "Quoting": C escapes; systemd.service(5), "Command lines": "%"
# starts a specifier (systemd.unit(5)), "$" a variable, in arguments; the executable's
# path takes specifiers but no variables, and systemd refuses quotes, backslashes and
# control characters in it ("Executable name contains special characters", checked with
# systemd-analyze verify, systemd 252).
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_REFUSED_IN_PATH = re.compile(r"[\"'\\\x00-\x1f\x7f]")

Problem = Literal["relative", "special"]


class UnitCommandError(ValueError):
    """systemd cannot start the program at `path`: it is not absolute ("relative"), or it
    holds a character systemd refuses in an executable's path ("special")."""

    def __init__(self, path: str, problem: Problem) -> None:
        super().__init__(f"systemd cannot run {path!r}: {problem}")
        self.path = path
        self.problem = problem


def on_calendar() -> str:
    """`*-01-20 12:00:00 Asia/Baku`, from the facts."""
    values = fact("silence").values
    return f"*-{EVENT_DATE:%m-%d} {values['time']:%H:%M:%S} {values['zone']}"


def executable(path: str) -> str:
    """The program's path as ExecStart='s first word."""
    if not path.startswith("/"):
        raise UnitCommandError(path, "relative")
    if _REFUSED_IN_PATH.search(path):
        raise UnitCommandError(path, "special")
    word = path.replace("%", "%%")
    return word if _PLAIN_WORD.fullmatch(path) else f'"{word}"'


def argument(word: str) -> str:
    """One argument of ExecStart=, to reach the program as it is."""
    if _PLAIN_WORD.fullmatch(word):
        return word.replace("%", "%%")
    escaped = word.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", escaped)
    return '"' + escaped.replace("%", "%%").replace("$", "$$") + '"'


def exec_start(command: Sequence[str]) -> str:
    first, *rest = command
    return " ".join([executable(first), *(argument(word) for word in rest)])


def units(
    program: Sequence[str], zones: Sequence[str], lang: str | None, msgs: Messages
) -> dict[str, str]:
    """The two files by name: `program` is the words that start mourning-day
    (system/program.py), `zones` and `lang` what the job is run with (render/job.py)."""
    description = _description(msgs)
    timer = f"""\
# {msgs.text("schedule.written_by", command="mourning-day init systemd")}
[Unit]
Description={description}

[Timer]
OnCalendar={on_calendar()}
# {msgs.text("schedule.accuracy")}
AccuracySec=1s
# {msgs.text("schedule.not_made_up")}
Persistent=false
Unit={SERVICE}

[Install]
WantedBy=timers.target
"""
    service = f"""\
# {msgs.text("schedule.written_by", command="mourning-day init systemd")}
[Unit]
Description={description}

[Service]
Type=oneshot
ExecStart={exec_start([*program, *job_arguments(zones, lang)])}
"""
    return {TIMER: timer, SERVICE: service}


def _description(msgs: Messages) -> str:
    text = plain_spaces(msgs.text("schedule.description"))
    return _CONTROL.sub(" ", text).replace("%", "%%")

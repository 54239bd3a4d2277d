"""On a real pseudo-terminal, sized like a reader's window: the tool finds the size and the
terminal by itself (no COLUMNS, no FORCE_COLOR), as it does for a person."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

from mourning_day.core.facts import SUMMARY_FACTS, fact
from tests.test_help import unbreakable

CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LINK = re.compile(r"\x1b\]8;[^;\x1b]*;([^\x1b]*)\x1b\\")
FIXED = ["--today", "2025-11-24", "--tz", "Europe/London"]


def on_terminal(args: list[str], term: str, rows: int, columns: int) -> str:
    """What `python -m mourning_day ARGS` writes to a terminal of rows x columns."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": term, "LANG": "C.UTF-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mourning_day", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:  # EIO: the program has ended and closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    assert process.wait(timeout=60) == 0
    os.close(controller)
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_summary_on_a_100_by_40_terminal() -> None:
    raw = on_terminal(["summary", "2026", *FIXED], "xterm-256color", 40, 100)
    lines = LINK.sub("", CSI.sub("", raw)).splitlines()
    assert lines[0].startswith("┌") and lines[-1].startswith("└")
    assert len(lines) <= 40  # the whole summary on one screen
    assert all(len(line) == 100 for line in lines)
    # Every source a hyperlink (OSC 8) to its page, in note order; no address in the text.
    urls = list(dict.fromkeys(s.url for key in SUMMARY_FACTS for s in fact(key).sources))
    assert list(dict.fromkeys(url for url in LINK.findall(raw) if url)) == urls
    assert "https://" not in "\n".join(lines)


def test_a_dumb_terminal_gets_the_text_format() -> None:
    out = on_terminal(["summary", "2026", *FIXED], "dumb", 40, 100)
    assert "\x1b" not in out
    assert not re.search("[┌│└─]", out)
    assert out.startswith("National Mourning Day\u00a0— 36th anniversary")
    assert fact("mourning_day").sources[0].url in out  # addresses in full


def test_russian_table_headers_stay_whole_at_44_columns() -> None:
    raw = on_terminal(["table", "--count", "3", "--lang", "ru", *FIXED], "xterm", 24, 44)
    lines = CSI.sub("", raw).splitlines()
    assert all(len(line) <= 44 for line in lines)
    header = " ".join(lines[: next(i for i, line in enumerate(lines) if line.startswith("─"))])
    # Headers wrap between words, never inside one ("Ост/ало/сь" before).
    assert sorted(header.split()) == sorted(["Год", "День", "недели", "Годовщина", "Когда"])


def test_help_fits_a_30_column_terminal() -> None:
    """Found on review: click never lays help out narrower than 50 columns."""
    out = on_terminal(["summary", "--help", "--lang", "ru"], "xterm", 24, 30)
    lines = out.splitlines()
    assert lines[0].startswith("Использование:")
    pairs = zip(["", *lines], lines, strict=False)
    assert [line for b, line in pairs if len(line) > 30 and not unbreakable(line, b)] == []

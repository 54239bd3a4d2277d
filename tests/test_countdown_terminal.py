"""The countdown on a real terminal (tmux 3 here), driven as a person would: Ctrl-Z and
`fg`, a pane too short for the frame, a pane that shrinks and grows, Ctrl-\\. What the
screen shows is read back with `tmux capture-pane`; the cursor's state with
`tmux display -p '#{cursor_flag}'` (1 when shown)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")

# Ten minutes before the minute (08:00 UTC, 12:00 in Baku): a countdown that keeps going.
SILENCE = [sys.executable, "-m", "mourning_day", "silence", "--now", "2026-01-20T07:50:00Z",
           "--tz", "Europe/London"]  # fmt: skip
COMMAND = " ".join(SILENCE)
HEADING = "36th anniversary of the 20"
TIME_LEFT = "Until the minute of silence: 00:09:5"
# Words from each line of the frame, which the shell's own lines never hold.
FRAME_WORDS = ("Tuesday", "tragedy.", "Minute of silence:")
ENV = ["env", "-i", "PATH=/usr/bin:/bin", "TERM=xterm-256color", "LANG=C.UTF-8"]


class Pane:
    def __init__(self, name: str) -> None:
        self.name = name

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.name, *args], capture_output=True, text=True, check=True
        )
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def cursor_shown(self) -> bool:
        return self.tmux("display", "-p", "-t", self.name, "#{cursor_flag}").strip() == "1"

    def resize(self, columns: int, rows: int) -> None:
        self.tmux("resize-window", "-t", self.name, "-x", str(columns), "-y", str(rows))

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            assert time.monotonic() < deadline, f"never saw {text!r} in:\n{screen}"
            time.sleep(0.1)


def open_pane(columns: int, rows: int, command: list[str]) -> Iterator[Pane]:
    # A server of its own per pane (-L): on the shared default socket a new session could
    # race with the server that the last test's session was shutting down ("server exited
    # unexpectedly", seen in CI).
    name = f"mourning-day-{uuid.uuid4().hex[:8]}"
    subprocess.run(
        [
            "tmux",
            "-L",
            name,
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(columns),
            "-y",
            str(rows),
            *command,
        ],
        check=True,
    )
    try:
        yield Pane(name)
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], check=False, capture_output=True)


@pytest.fixture
def shell() -> Iterator[Pane]:
    """An interactive bash with job control in an 80x12 pane."""
    yield from open_pane(80, 12, [*ENV, "PS1=$ ", "bash", "--norc", "-i"])


def test_ctrl_z_shows_the_cursor_and_fg_draws_below_what_the_shell_printed(shell: Pane) -> None:
    """Before: the cursor stayed hidden at the prompt, and after `fg` the frame was drawn
    over the shell's last lines, so what was typed while stopped vanished."""
    shell.keys(COMMAND, "Enter")
    shell.wait_for(TIME_LEFT)
    shell.keys("C-z")
    stopped = shell.wait_for("Stopped")
    assert HEADING not in stopped  # the frame was taken down for the shell
    assert shell.cursor_shown()
    shell.keys("echo typed while stopped", "Enter")
    shell.wait_for("$ echo typed while stopped\ntyped while stopped\n$")
    shell.keys("fg", "Enter")
    time.sleep(2.5)  # a frame or two after the resume
    screen = shell.screen()
    lines = screen.splitlines()
    typed = lines.index("typed while stopped")
    heading = next(i for i, line in enumerate(lines) if HEADING in line)
    assert typed < heading  # drawn below
    assert screen.count(HEADING) == 1
    assert not shell.cursor_shown()
    shell.keys("C-c")
    time.sleep(1)
    assert HEADING not in shell.screen()
    assert shell.cursor_shown()


@pytest.mark.parametrize(("columns", "rows"), [(80, 4), (40, 5), (100, 3), (20, 3), (12, 2)])
def test_in_a_short_pane_the_time_left_always_shows(columns: int, rows: int) -> None:
    """Before: in 40x5 and 100x3 the time left was replaced by "..."."""
    for pane in open_pane(columns, rows, [*ENV, *SILENCE]):
        screen = pane.wait_for("00:09:5")
        assert "..." not in screen and "…" not in screen
        if columns >= 40:
            assert TIME_LEFT in screen
        assert len(screen.splitlines()) <= rows


@pytest.mark.parametrize(("columns", "rows"), [(80, 4), (100, 3), (60, 2)])
def test_in_a_short_pane_the_seconds_left_of_the_minute_always_show(
    columns: int, rows: int
) -> None:
    """Before: during the minute an 80x4 pane showed "..." where the seconds left go."""
    during = [*SILENCE[:5], "2026-01-20T08:00:10Z", *SILENCE[6:]]
    for pane in open_pane(columns, rows, [*ENV, *during]):
        screen = pane.wait_for("seconds left")
        assert "..." not in screen
        # The bar, and the seconds beside it.
        assert any("━" in line and "seconds left" in line for line in screen.splitlines())


@pytest.mark.parametrize(("columns", "rows"), [(8, 4), (10, 2), (12, 3), (14, 2)])
def test_in_a_narrow_pane_the_seconds_left_are_whole_words(columns: int, rows: int) -> None:
    """Before: at 8-16 columns the minute's line was cut ("50 seconds l", "50 secon")."""
    during = [*SILENCE[:5], "2026-01-20T08:00:10Z", *SILENCE[6:]]
    for pane in open_pane(columns, rows, [*ENV, *during]):
        screen = pane.wait_for("seconds")
        words = screen.split()
        assert set(words) <= {"seconds", "left", *map(str, range(61))}, screen
        assert any(word.isdigit() for word in words)


def test_with_lines_1_the_time_left_is_the_one_line() -> None:
    for pane in open_pane(80, 24, [*ENV, "LINES=1", *SILENCE]):
        screen = pane.wait_for(TIME_LEFT)
        assert [line for line in screen.splitlines() if line] == [screen.strip()]
        assert screen.strip().startswith(TIME_LEFT)


def test_shrinking_and_growing_the_pane_leaves_nothing_behind(shell: Pane) -> None:
    """Before: copies of the heading stayed on the screen, even after Ctrl-C."""
    shell.keys(COMMAND, "Enter")
    shell.wait_for(TIME_LEFT)
    for columns in (30, 50, 20, 80):
        shell.resize(columns, 12)
        time.sleep(1.5)  # at least one frame at this width
        screen = shell.screen()
        # One frame, whole; before, the ends of older frames' lines stayed above it.
        assert [screen.count(words) for words in FRAME_WORDS] == [1, 1, 1], screen
    shell.keys("C-c")
    time.sleep(1)
    screen = shell.screen()
    assert [screen.count(words) for words in FRAME_WORDS] == [0, 0, 0], screen
    assert shell.cursor_shown()


def test_ctrl_backslash_during_the_countdown_restores_the_terminal(shell: Pane) -> None:
    """Before: SIGQUIT killed it on the spot, leaving the frame and a hidden cursor."""
    shell.keys(COMMAND, "Enter")
    shell.wait_for(TIME_LEFT)
    shell.keys("C-\\")
    time.sleep(1)
    shell.keys("echo status $?", "Enter")
    screen = shell.wait_for("status 131")  # 128 + SIGQUIT (3): ended by the signal
    assert HEADING not in screen
    assert shell.cursor_shown()


def test_after_bg_nothing_is_drawn_over_the_prompt_until_fg(shell: Pane) -> None:
    """Found while trying Ctrl-Z: after `bg` each frame was drawn over the shell's prompt
    and whatever was being typed at it."""
    shell.keys(COMMAND, "Enter")
    shell.wait_for(TIME_LEFT)
    shell.keys("C-z")
    shell.wait_for("Stopped")
    shell.keys("bg", "Enter")
    time.sleep(2.5)  # frames would have come
    shell.keys("echo being typed")
    time.sleep(0.5)
    screen = shell.screen()
    assert HEADING not in screen
    assert "$ echo being typed" in screen
    shell.keys("C-u", "fg", "Enter")
    time.sleep(2)
    assert shell.screen().count(HEADING) == 1
    shell.keys("C-c")

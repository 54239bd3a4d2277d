"""The countdown to the minute of silence and the minute itself, drawn live on a terminal
with Rich: plain type, bold and dim, no colour. Rich is imported only when drawing."""

from __future__ import annotations

import contextlib
import re
from datetime import timedelta
from typing import TYPE_CHECKING, TextIO

from mourning_day.core.observance import Observance
from mourning_day.core.vigil import Look, whole_seconds
from mourning_day.i18n.messages import Messages
from mourning_day.render import durations, phrases
from mourning_day.render.wrapping import wrap

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

# The progress bar's width at most, in columns; narrower on a narrow terminal.
BAR_WIDTH = 60
# The bar at its narrowest; with less room the seconds left are shown alone.
MIN_BAR_WIDTH = 8


def heading(obs: Observance, msgs: Messages) -> str:
    """E.g. "Tuesday, 20 January 2026: 36th anniversary of the 20 January tragedy."."""
    ann = obs.anniversary
    line = msgs.text("vigil.heading", date=msgs.full_date(ann.date), title=msgs.title(ann.number))
    return msgs.sentence(line)


def frame(obs: Observance, look: Look, length: timedelta, msgs: Messages) -> RenderableType:
    """Before the minute, the time left to it on a clock face; during it, a bar that fills
    over the minute and the seconds left. Every line is broken between words, at the
    width it is drawn: a part none of whose words fit is left out, and the time left,
    always the last part, falls back on fewer words ("00:00:10", "00:10", "50"); below
    that it is cut, with an ellipsis to say so."""
    from rich.console import Group
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    top: list[RenderableType] = [
        Words(heading(obs, msgs), "", style="bold"),
        Words(phrases.silence_line(obs, msgs), ""),
        Text(),
    ]
    left = timedelta(seconds=whole_seconds(look.left))
    if look.phase == "before":
        face = durations.clock_face(left, msgs)
        until = phrases.vigil_text("until", obs.anniversary.year, msgs, time=face)
        # Within the hour, minutes and seconds alone fit 5 columns ("00:00:10" -> "00:10").
        shorter = [face.removeprefix("00:")] if face.startswith("00:") else []
        return Group(*top, Words(until, face, *shorter))
    total = length.total_seconds()
    bar = ProgressBar(
        total=total,
        completed=total - left.total_seconds(),
        style="dim",
        complete_style="bold",
        finished_style="bold",
    )
    seconds = whole_seconds(look.left)
    seconds_left = msgs.count("seconds_left", seconds)
    row = Table.grid(padding=(0, 2))
    # The bar gives way on a narrow terminal; the seconds left are never cut.
    row.add_column(max_width=BAR_WIDTH)
    row.add_column(no_wrap=True, min_width=len(seconds_left))
    row.add_row(bar, seconds_left)
    under_way = Words(phrases.vigil_text("under_way", obs.anniversary.year, msgs), "")
    return Group(
        *top,
        under_way,
        Choice(
            row, len(seconds_left) + 2 + MIN_BAR_WIDTH, Words(seconds_left, msgs.number(seconds))
        ),
    )


class Words:
    """`text` broken between words (render.wrapping) at the width it is drawn; where one
    of its words is wider than that, the first of `fallbacks` whose words all fit (""
    for nothing). Rich alone would split the word ("annivers" / "ary")."""

    def __init__(self, text: str, *fallbacks: str, style: str = "") -> None:
        self.texts = (text, *fallbacks)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        width = options.max_width
        for text in self.texts:
            lines = wrap(text, width)
            if all(len(line) <= width for line in lines):
                break
        for line in lines if any(lines) else []:
            yield Text(line, style=self.style, no_wrap=True, overflow="ellipsis")


class Choice:
    """`wide` where the terminal is at least `width` columns, else `narrow`."""

    def __init__(self, wide: RenderableType, width: int, narrow: RenderableType) -> None:
        self.wide, self.width, self.narrow = wide, width, narrow

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.wide if options.max_width >= self.width else self.narrow


class Screen:
    """A live display: each frame replaces the last; on leaving (at the end, on an error or
    a signal) the frame is erased and the cursor shown again, so the terminal is left as
    it was and what follows is printed below.

    Between frames the cursor waits at the start of the frame's first line, so the next
    frame is drawn from there whatever the terminal did meanwhile: a pane that shrinks
    re-wraps the old frame's lines, and counting them would miss. A frame taller than the
    terminal gives way from the top, whole parts at a time: the time left is its last part
    and always shows. Ctrl-Z takes the frame down and shows the cursor; after `fg` the
    frame is drawn again below whatever the shell printed meanwhile; after `bg` nothing is
    drawn over the shell's prompt until `fg`."""

    def __init__(self, out: TextIO, console: Console | None = None) -> None:
        from rich.console import Console

        self.console = console or Console(file=out, highlight=False)
        self._live = self.console.is_terminal
        self._drawn = False
        self._last: RenderableType | None = None
        self._suspend: contextlib.ExitStack | None = None

    def __enter__(self) -> Screen:
        from mourning_day.system.terminal import suspendable

        if self._live:
            self.console.show_cursor(False)
            self._suspend = contextlib.ExitStack()
            self._suspend.enter_context(suspendable(self._take_down, self._resume))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._suspend is not None:
            self._suspend.close()
        self._take_down()

    def show(self, renderable: RenderableType) -> None:
        from mourning_day.system.terminal import stop_held

        self._last = renderable
        with stop_held():
            self._draw(renderable)

    def bell(self) -> None:
        self.console.bell()

    def _draw(self, renderable: RenderableType) -> None:
        from mourning_day.system.terminal import in_foreground

        # Not a terminal: nothing to redraw in place (the closing line still follows). After
        # `bg` the terminal is the shell's: nothing until `fg`.
        if not self._live or not in_foreground(self.console.file):
            return
        if not self._drawn:
            self.console.show_cursor(False)
        lines = fitted_lines(self.console, renderable)
        up = f"\x1b[{len(lines) - 1}A" if len(lines) > 1 else ""
        # Each line clears what an older, wider frame left on it; then all below is cleared.
        self.console.file.write("\x1b[J" + "\x1b[K\n".join(lines) + "\x1b[K\x1b[J\r" + up)
        self.console.file.flush()
        self._drawn = True

    def _take_down(self) -> None:
        if not self._live:
            return
        if self._drawn:
            self.console.file.write("\r\x1b[J")
            self._drawn = False
        self.console.show_cursor(True)
        self.console.file.flush()

    def _resume(self) -> None:
        """After `fg`: the cursor is where the shell left it, below what it printed (after
        `bg`, nothing is drawn until the run is in the foreground again)."""
        if self._last is not None:
            self._draw(self._last)


def fitted_lines(console: Console, renderable: RenderableType) -> list[str]:
    """The frame's lines as the terminal will show them (styles included), no more than
    the terminal's height: parts are dropped from the top, whole, and the last part (the
    time left) is kept even if it alone is too tall, by its last lines."""
    from rich.console import Group

    parts = list(renderable.renderables) if isinstance(renderable, Group) else [renderable]
    rendered = [_rendered(console, part) for part in parts]
    room = max(1, console.height)
    kept = rendered[-1][-room:]
    for part in reversed(rendered[:-1]):
        if len(kept) + len(part) > room:
            break
        kept = part + kept
    while len(kept) > 1 and not _visible(kept[0]):  # a spacer left on top
        kept = kept[1:]
    return kept


def _rendered(console: Console, part: RenderableType) -> list[str]:
    with console.capture() as captured:
        console.print(part)
    drawn = captured.get().rstrip("\n")
    return drawn.split("\n") if drawn or not isinstance(part, Words) else []


def _visible(line: str) -> bool:
    return bool(re.sub(r"\x1b\[[0-9;]*m", "", line).strip())

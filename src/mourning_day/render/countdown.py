"""The countdown to the minute of silence and the minute itself, drawn live on a terminal
with Rich: plain type, bold and dim, no colour. Rich is imported only when drawing."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, TextIO

from mourning_day.core.observance import Observance
from mourning_day.core.vigil import Look, whole_seconds
from mourning_day.i18n.messages import Messages
from mourning_day.render import durations, phrases

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.live import Live

# The progress bar's width at most, in columns; narrower on a narrow terminal.
BAR_WIDTH = 60


def heading(obs: Observance, msgs: Messages) -> str:
    """E.g. "Tuesday, 20 January 2026: 36th anniversary of the 20 January tragedy."."""
    ann = obs.anniversary
    line = msgs.text("vigil.heading", date=msgs.full_date(ann.date), title=msgs.title(ann.number))
    return msgs.sentence(line)


def frame(obs: Observance, look: Look, length: timedelta, msgs: Messages) -> RenderableType:
    """Before the minute, the time left to it on a clock face; during it, a bar that fills
    over the minute and the seconds left."""
    from rich.console import Group
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    top = [Text(heading(obs, msgs), style="bold"), Text(phrases.silence_line(obs, msgs)), Text()]
    left = timedelta(seconds=whole_seconds(look.left))
    if look.phase == "before":
        face = durations.clock_face(left, msgs)
        return Group(*top, Text(phrases.vigil_text("until", obs.anniversary.year, msgs, time=face)))
    total = length.total_seconds()
    bar = ProgressBar(
        total=total,
        completed=total - left.total_seconds(),
        style="dim",
        complete_style="bold",
        finished_style="bold",
    )
    seconds_left = msgs.count("seconds_left", whole_seconds(look.left))
    row = Table.grid(padding=(0, 2))
    # The bar gives way on a narrow terminal; the seconds left are never cut.
    row.add_column(max_width=BAR_WIDTH)
    row.add_column(no_wrap=True, min_width=len(seconds_left))
    row.add_row(bar, seconds_left)
    under_way = phrases.vigil_text("under_way", obs.anniversary.year, msgs)
    return Group(*top, Text(under_way), row)


class Screen:
    """A live display: each frame replaces the last; on leaving (at the end, on an error or
    Ctrl-C) the frame is erased and the cursor shown again, so the terminal is left as it
    was and what follows is printed below."""

    def __init__(self, out: TextIO, console: Console | None = None) -> None:
        from rich.console import Console
        from rich.live import Live

        self.console = console or Console(file=out, highlight=False)
        self._live: Live = Live(
            console=self.console,
            auto_refresh=False,  # frames are drawn when the clock says, not by a thread
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )

    def __enter__(self) -> Screen:
        self._live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._live.stop()

    def show(self, renderable: RenderableType) -> None:
        self._live.update(renderable, refresh=True)

    def bell(self) -> None:
        self.console.bell()

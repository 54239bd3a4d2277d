"""Rich output for people at a terminal: the same records as text, drawn with restraint.

Lines are broken here (render.wrapping), not by Rich: Rich breaks at no-break spaces and
splits any word it cannot fit, and our values ("20 January 2026") and table headers must
stay whole. Rich draws the styles, the panel and the hyperlinks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.style import Style
from rich.text import Text

from mourning_day.core.anniversary import Anniversary, YearRange
from mourning_day.core.facts import Source
from mourning_day.core.observance import Observance, Summary
from mourning_day.i18n.messages import Messages
from mourning_day.render import phrases
from mourning_day.render.month_grid import month_lines
from mourning_day.render.table_layout import Column, Fitted, fit_columns, table_columns
from mourning_day.render.wrapping import wrap
from mourning_day.system.terminal import encodable

# Lines longer than this are hard to read: a wider terminal gets a panel this wide.
MAX_WIDTH = 100
# From this width the panel gets room around its text; below it every column counts.
ROOMY_WIDTH = 72
# The least room for values beside their labels; with less, each label goes above its value.
MIN_VALUE_WIDTH = 16
# Between the labelled values and the January picture beside them.
PICTURE_GAP = 4
# Between two sources, or two marks of the legend, on one line.
SOURCE_GAP = "   "
# Rows per printed chunk: one Rich renderable of thousands of rows is slow to measure.
CHUNK_ROWS = 200
# Row marks in the table, explained by the legend under it (catalog key of each meaning).
MARKS = (("*", "labels.mark_round"), ("+", "labels.mark_weekend"))


def _console(out: TextIO) -> Console:
    # Rich itself honours NO_COLOR, COLUMNS, TERM=dumb and the terminal's real width.
    return Console(file=out, highlight=False, soft_wrap=False)


class _Encodable(Messages):
    """The reader's messages as a terminal that cannot show every character will show
    them: transliterated before any line is laid out (see system.terminal.encodable)."""

    __slots__ = ("encoding",)

    def __init__(self, msgs: Messages, encoding: str) -> None:
        super().__init__(msgs.lang, msgs.territory)
        self.encoding = encoding

    def text(self, key: str, **values: object) -> str:
        return encodable(super().text(key, **values), self.encoding)

    def count(self, unit: str, n: int) -> str:
        return encodable(super().count(unit, n), self.encoding)

    def number(self, n: int) -> str:
        return encodable(super().number(n), self.encoding)

    def ordinal(self, n: int) -> str:
        return encodable(super().ordinal(n), self.encoding)

    def weekday(self, day: date) -> str:
        return encodable(super().weekday(day), self.encoding)

    def full_date(self, day: date) -> str:
        return encodable(super().full_date(day), self.encoding)

    def sentence(self, text: str) -> str:
        return encodable(super().sentence(text), self.encoding)


def _readable(msgs: Messages, console: Console) -> Messages:
    """`msgs` as they can reach this console: as they are where it takes Unicode."""
    if console.encoding.replace("-", "").replace("_", "").startswith("utf"):
        return msgs
    return _Encodable(msgs, console.encoding)


def _shown(text: str, msgs: Messages) -> str:
    """A string that does not come from the messages (a source's name, the January
    picture), made readable as the messages are."""
    return encodable(text, msgs.encoding) if isinstance(msgs, _Encodable) else text


def _rule(console: Console) -> str:
    """The line under the table's headers: a box-drawing line where the terminal has one."""
    return "─" if encodable("─", console.encoding) == "─" else "-"


def _styled(console: Console) -> bool:
    """Whether styles, and so hyperlinks, reach the reader: not in a pipe, nor on a dumb
    terminal, where Rich writes plain characters."""
    return console.color_system is not None


def _lines(text: str, width: int, style: str | Style = "", indent: str = "") -> list[Text]:
    """`text` wrapped to `width`, every line after the first indented by `indent`."""
    first, *rest = wrap(text, width - len(indent)) if indent else wrap(text, width)
    return [Text(first, style=style), *(Text(indent + line, style=style) for line in rest)]


def _print_lines(console: Console, lines: Iterable[Text]) -> None:
    """Lines already broken to the width, printed as one Text (a print per line is slow)."""
    lines = list(lines)
    if lines:
        console.print(Text("\n").join(lines), no_wrap=True, overflow="ignore", crop=False)


def next_anniversary(obs: Observance, msgs: Messages, out: TextIO) -> None:
    console = _console(out)
    msgs = _readable(msgs, console)
    _print_lines(console, _lines(phrases.next_line(obs, msgs), console.width, "bold"))
    _print_lines(console, _lines(phrases.silence_line(obs, msgs), console.width))


def is_today(obs: Observance, today: date, msgs: Messages, out: TextIO) -> None:
    console = _console(out)
    msgs = _readable(msgs, console)
    _print_lines(console, _lines(phrases.is_today_line(obs, today, msgs), console.width))


def _month_picture(year: int, msgs: Messages) -> list[Text]:
    """January with the 20th marked, as cal(1) would draw it, one Text per line."""
    lines = month_lines(year, msgs, msgs.first_weekday(), lambda name: _shown(name, msgs))
    picture = [Text(lines[0], style="bold"), Text(lines[1], style="dim")]
    for line in lines[2:]:
        text = Text(line)
        start = f" {line} ".find(" 20 ")
        if start >= 0:
            text.stylize("reverse bold", start, start + 2)
        picture.append(text)
    return picture


def _labelled(rows: Sequence[tuple[str, str]], room: int) -> tuple[list[Text], bool]:
    """Labels and their values in `room` columns: side by side (labels bold, values wrapped
    beside them) where the values get at least MIN_VALUE_WIDTH columns and their longest
    word, else each label above its value. Returns the lines and whether side by side."""
    label_width = max(len(label) for label, _ in rows)
    value_room = room - label_width - 2
    longest = max(len(word) for _, value in rows for word in value.split(" "))
    lines: list[Text] = []
    if value_room >= max(MIN_VALUE_WIDTH, longest):
        for label, value in rows:
            first, *rest = wrap(value, value_room)
            lines.append(Text.assemble((label.ljust(label_width), "bold"), "  ", first))
            lines.extend(Text(" " * (label_width + 2) + line) for line in rest)
        return lines, True
    for label, value in rows:
        lines.extend(_lines(label, room, "bold"))
        lines.extend(Text("  " + line) for line in wrap(value, room - 2))
    return lines, False


def _beside(left: list[Text], right: list[Text], gap: int) -> list[Text]:
    """Two blocks of lines side by side, the right one just past the left one's widest line
    (so it sits next to the values, not adrift in the middle of a wide panel)."""
    width = max(line.cell_len for line in left)
    joined = []
    for i in range(max(len(left), len(right))):
        line = left[i].copy() if i < len(left) else Text()
        if i < len(right):
            line.pad_right(width + gap - line.cell_len)
            line.append_text(right[i])
        joined.append(line)
    return joined


def _top(summary: Summary, msgs: Messages, room: int) -> list[Text]:
    """The labelled values with January beside them where both fit without crowding the
    values, else January below them; January is left out where even it does not fit."""
    rows = phrases.summary_rows(summary, msgs)
    picture = _month_picture(summary.observance.anniversary.year, msgs)
    picture_width = max(line.cell_len for line in picture)
    if picture_width <= room:
        details, side_by_side = _labelled(rows, room - picture_width - PICTURE_GAP)
        if side_by_side and len(details) <= max(len(rows), len(picture)) + 2:
            return _beside(details, picture, PICTURE_GAP)
    details, _ = _labelled(rows, room)
    return [*details, Text(), *picture] if picture_width <= room else details


def _sources(sources: Sequence[Source], msgs: Messages, room: int) -> list[Text]:
    """ "[1] News.Az, 2025-01-20   [2] ...": each label a hyperlink to the source's page, as
    many to a line as fit; a label breaks (between words) only if longer than a line."""
    lines: list[Text] = []
    line = Text()
    for i, source in enumerate(sources, 1):
        label = _shown(phrases.source_label(source, msgs), msgs)
        mark, link = f"[{i}] ", Style(link=source.url)
        item = Text.assemble((mark, "dim"), (label, link))
        if line.cell_len and line.cell_len + len(SOURCE_GAP) + item.cell_len <= room:
            line.append(SOURCE_GAP)
            line.append_text(item)
            continue
        if line.cell_len:
            lines.append(line)
        line = item
        if item.cell_len > room:
            first, *rest = wrap(label, room - len(mark))
            lines.append(Text.assemble((mark, "dim"), (first, link)))
            lines.extend(Text.assemble(" " * len(mark), (part, link)) for part in rest[:-1])
            line = Text.assemble(" " * len(mark), (rest[-1], link)) if rest else Text()
    if line.cell_len:
        lines.append(line)
    return lines


def summary(summary: Summary, msgs: Messages, out: TextIO) -> None:
    """A panel no wider than MAX_WIDTH. On a terminal the sources are short labels that link
    to their pages, which keeps the summary on one screen and every address whole; where
    links can't be followed (a pipe), the addresses follow the panel in full, unbroken."""
    console = _console(out)
    msgs = _readable(msgs, console)
    styled = _styled(console)
    width = min(console.width, MAX_WIDTH)
    roomy = width >= ROOMY_WIDTH
    room = width - 2 - (4 if roomy else 2)
    body = _summary_body(summary, msgs, room, styled)
    sources = phrases.numbered_facts(summary.facts, msgs)[1]
    if max(line.cell_len for line in body) <= room:
        panel = Panel(Group(*body), box=box.SQUARE, padding=(0, 2 if roomy else 1), width=width)
        console.print(panel)
    else:  # the box would split a word: without it, every column is the text's
        _print_lines(console, _summary_body(summary, msgs, console.width, styled))
    if not styled:
        _print_lines(console, _plain_sources(sources, msgs, width))


def _summary_body(summary: Summary, msgs: Messages, room: int, styled: bool) -> list[Text]:
    """The summary's lines, broken for `room` columns."""
    body = [
        # The heading goes in the body, not the border, so it wraps instead of being cut.
        *_lines(phrases.summary_heading(summary, msgs), room, "bold"),
        Text(),
        *_top(summary, msgs, room),
        Text(),
        Text(msgs.text("labels.facts"), style="bold"),
    ]
    facts, sources = phrases.numbered_facts(summary.facts, msgs)
    for fact in facts:
        body.extend(_lines("- " + fact, room, indent="  "))
    if styled:
        body.append(Text())
        body.extend(_lines(msgs.text("labels.sources_linked"), room, "bold"))
        body.extend(_sources(sources, msgs, room))
    return body


def _plain_sources(sources: Sequence[Source], msgs: Messages, width: int) -> list[Text]:
    """Sources with their addresses, each address on a line of its own. Nothing is broken
    inside a word: a line is wider than `width` only where one word (an address, a file
    name as a title) is by itself."""
    lines = [Text(), Text(msgs.text("labels.sources"))]
    for i, source in enumerate(sources, 1):
        mark = f"[{i}] "
        indent = " " * len(mark)
        first, *rest = wrap(
            mark + _shown(phrases.source_label(source, msgs, title=True), msgs), width - len(indent)
        )
        lines.append(Text(first))
        lines.extend(Text(indent + line) for line in rest)
        fits = len(indent) + len(source.url) <= width
        lines.append(Text((indent if fits else "") + source.url))
    return lines


def table(years: YearRange, msgs: Messages, out: TextIO) -> None:
    """A table whose lines are laid out here and printed in chunks, so that 8,009 rows
    stream; widths are known from the range's ends before the first row. Rows are marked
    ("*" every fifth anniversary, "+" on a weekend) rather than only set in a style that
    many terminals do not show; the legend explains the marks that appear."""
    console = _console(out)
    msgs = _readable(msgs, console)
    columns = [*table_columns(years, msgs), _mark_column()]
    fitted = fit_columns(columns, console.width)
    seen: set[str] = set()
    rows = iter(years)
    if fitted is None:  # too narrow for columns: one block of labelled values per year
        while chunk := list(islice(rows, CHUNK_ROWS)):
            _print_lines(console, _blocks(chunk, columns, console.width, seen))
    else:
        _print_lines(console, _header(fitted, _rule(console)))
        while chunk := list(islice(rows, CHUNK_ROWS)):
            _print_lines(console, (_row(ann, fitted, seen) for ann in chunk))
    _print_lines(console, _legend(msgs, seen, console.width))


def _legend(msgs: Messages, seen: set[str], width: int) -> list[Text]:
    """What the marks that appeared mean: on one line if it fits, else one mark a line."""
    entries = [f"{mark} {msgs.text(key)}" for mark, key in MARKS if mark in seen]
    if len(SOURCE_GAP.join(entries)) <= width:
        return [Text(SOURCE_GAP.join(entries), style="dim")] if entries else []
    return [line for entry in entries for line in _lines(entry, width, "dim", "  ")]


def _row_marks(ann: Anniversary) -> str:
    round_, weekend = MARKS[0][0], MARKS[1][0]
    return (round_ if ann.number % 5 == 0 else "") + (weekend if ann.is_weekend else "")


def _mark_column() -> Column:
    return Column("marks", "", _row_marks, sum(len(mark) for mark, _ in MARKS), False)


def _header(fitted: Fitted, rule: str) -> list[Text]:
    """The headers, each wrapped between words within its column, and a rule under them."""
    lines = []
    for i in range(max(len(h) for h in fitted.headers)):
        cells = [
            _justify(header[i] if i < len(header) else "", col, width)
            for (col, width), header in zip(fitted.columns, fitted.headers, strict=True)
        ]
        lines.append(Text((" " * fitted.gap).join(cells).rstrip(), style="bold"))
    total = sum(w for _, w in fitted.columns) + fitted.gap * (len(fitted.columns) - 1)
    return [*lines, Text(rule * total, style="dim")]


def _justify(cell: str, col: Column, width: int) -> str:
    return cell.rjust(width) if col.numeric else cell.ljust(width)


def _row(ann: Anniversary, fitted: Fitted, seen: set[str]) -> Text:
    marks = _row_marks(ann)
    seen.update(marks)
    cells = [_justify(col.cell(ann), col, width) for col, width in fitted.columns]
    return Text((" " * fitted.gap).join(cells).rstrip(), style=_row_style(marks))


def _blocks(
    chunk: list[Anniversary], columns: list[Column], width: int, seen: set[str]
) -> Iterable[Text]:
    """For terminals too narrow for columns: the year and its marks, then "Label: value"
    lines under it."""
    for ann in chunk:
        marks = _row_marks(ann)
        seen.update(marks)
        yield Text(f"{ann.year}  {marks}".rstrip(), style=_row_style(marks))
        for col in columns:
            if col.key not in ("year", "date", "marks"):
                yield from (
                    Text("  " + line) for line in wrap(f"{col.header}: {col.cell(ann)}", width - 2)
                )


def _row_style(marks: str) -> str:
    """Round anniversaries are bold too, where the terminal shows it."""
    return "bold" if MARKS[0][0] in marks else ""

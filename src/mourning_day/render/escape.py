"""A value the user typed, as an error message shows it: control characters escaped, so
that one problem stays one line, and a pasted megabyte cut short."""

import unicodedata

# How much of a value an error message echoes: enough to recognise it, and a pasted
# megabyte or a number of 5,000 digits still gives a line that fits a terminal.
ECHO_LIMIT = 40


def visible(text: str) -> str:
    """`text` with control and format characters escaped: "\\n", "\\x1b", "\\u202e"; a
    byte that was not UTF-8 in the command line (a lone surrogate) as "\\xff". Spaces stay
    as they are: catalogs use no-break ones."""
    if text.isprintable():
        return text
    return "".join(_visible_char(c) for c in text)


def shown(value: str, limit: int = ECHO_LIMIT) -> str:
    """A value the user gave, escaped as `visible` does, and cut to `limit` characters
    with "…" if longer (never inside an escape such as "\\x1b")."""
    pieces = [_visible_char(c) for c in value]
    if sum(map(len, pieces)) <= limit:
        return "".join(pieces)
    kept, used = [], 0
    for piece in pieces:
        if used + len(piece) > limit - 1:
            break
        kept.append(piece)
        used += len(piece)
    return "".join(kept) + "…"


def _visible_char(c: str) -> str:
    if c.isprintable() or unicodedata.category(c) == "Zs":
        return c
    if "\udc80" <= c <= "\udcff":
        return f"\\x{ord(c) - 0xDC00:02x}"
    return c.encode("unicode_escape").decode("ascii")

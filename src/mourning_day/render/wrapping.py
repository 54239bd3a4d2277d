"""Lines broken between words only, for every drawn output (the Rich summary and table,
the countdown): Rich itself breaks at no-break spaces and splits a word it cannot fit."""

from __future__ import annotations

import re
import textwrap

from mourning_day.system.terminal import NO_BREAK

# A note mark, "[3, 4]", and what stands for its spaces while lines are broken.
NOTE_MARK = re.compile(r"\[[0-9, ]+\]")
# The space before a dash that follows a word: no line may begin with a dash. The catalogs
# tie their own dashes with U+00A0; this holds those in quoted titles, kept verbatim.
SPACE_BEFORE_DASH = re.compile(r"(?<=\S) (?=[—–] )")
# A number of up to three digits ending a word ("20", "19–20", "12:00", "2,912,135") and
# the word after it ("25 Ocak'ta", "20 января", "36 years"); a word and a year after it
# ("January 1990") or a day with its suffix ("yanvarın 20-si"): tied as a no-break space
# ties them, for quoted titles and the catalogs' sentences that have plain spaces there
# (dates split at 24-100 columns). A year and the word after it are not ("1990 at noon").
NUMBER_AND_WORD = re.compile(
    r"(?<=\d)(?<!\d{4}) (?=[^\W\d_])|(?<=[^\W\d_]) (?=\d{4}\b|\d{1,2}-[^\W\d_])"
)
HOLD = "\0"
TIE = "\1"  # a plain space, held as a no-break space is
# Where held words may part when they cannot fit a line: a no-break space or a tie, but not
# a no-break space before a dash (no line begins with a dash).
NO_BREAK_TIE = re.compile(f"({NO_BREAK}(?![—–])|{TIE})")


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken at spaces only. A no-break space holds,
    and so do a note mark ("[3, 4]"), a word with the dash after it, a number with the word
    after it ("20 January") and a word with the year after it ("January 1990"). A word or a
    number is never split: where words held together ("20 January 2026") are longer than
    a line, they part where they were tied, and a single word longer than a line is left
    whole on a line of its own, wider than `width`."""
    room = max(width, 1)
    held = NOTE_MARK.sub(lambda m: m.group().replace(" ", HOLD), text)
    held = NUMBER_AND_WORD.sub(TIE, SPACE_BEFORE_DASH.sub(HOLD, held))
    # Held words too long for a line part before the lines are filled, so that their
    # pieces flow with the words around them ("- 19–20 Ocak" / "1990 gecesi").
    flowing = " ".join(" ".join(_part_held(unit, room)) for unit in held.split(" "))
    lines = textwrap.wrap(flowing, room, break_on_hyphens=False, break_long_words=False)
    return [line.replace(HOLD, " ").replace(TIE, " ") for line in lines] or [""]


def _part_held(unit: str, width: int) -> list[str]:
    """Words held together that are too long for `width`: parted where they were held,
    as few times as it takes."""
    words = NO_BREAK_TIE.split(unit)  # word, tie, word, tie, ..., word
    if len(unit) <= width or len(words) == 1:
        return [unit]
    pieces, current = [], words[0]
    for tie, word in zip(words[1::2], words[2::2], strict=True):
        if len(current) + 1 + len(word) <= width:
            current += tie + word
        else:
            pieces.append(current)
            current = word
    return [*pieces, current]

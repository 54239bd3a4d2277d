"""Make stdout and stderr safe for terminals and pipes that cannot take every character."""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, MutableMapping
from typing import TextIO

from mourning_day.core.values import whole_number

ERROR_HANDLER = "mourning_day.fallback"
NO_BREAK = "\u00a0"
# Spaces that hold words together, as CLDR writes them, which older encodings lack.
NARROW_NO_BREAKS = frozenset("\u202f\u2007")

# Letters and marks that have no ASCII decomposition; anything else unknown becomes "?".
_FALLBACK = {
    "ə": "e", "Ə": "E", "ı": "i", "İ": "I",
    "—": "-", "–": "-", "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip


def ascii_fallback(char: str) -> str:
    """E.g. "Ü" -> "U", "ə" -> "e", "д" -> "d", "Д" -> "D": readable where UTF-8 is not."""
    if char in _FALLBACK:
        return _FALLBACK[char]
    lower = char.lower()
    if lower in _FALLBACK:
        return _FALLBACK[lower].capitalize()
    import unicodedata

    stripped = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    return stripped or "?"


def encodable(text: str, encoding: str) -> str:
    """`text` as a stream in `encoding` would show it: what the encoding holds as it is,
    the rest as ascii_fallback gives it. Done before lines are laid out, so that a
    transliteration longer than its letter ("ж" -> "zh") cannot push columns apart."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:  # an encoding Python does not know: it would fail anyway
        return text
    else:
        return text
    return "".join(c if _holds(c, encoding) else _stand_in(c, encoding) for c in text)


def _stand_in(char: str, encoding: str) -> str:
    """A narrow no-break space (Russian "2026\u202fг.") becomes a no-break space where
    the encoding has one (CP1251 and Latin-1 do), so the words it ties stay together."""
    if char in NARROW_NO_BREAKS and _holds(NO_BREAK, encoding):
        return NO_BREAK
    return ascii_fallback(char)


def _holds(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _handler(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_stand_in(c, error.encoding) for c in bad), error.end


def prepare_streams() -> None:
    """Transliterate what the output encoding can't hold, and die quietly on a closed pipe."""
    codecs.register_error(ERROR_HANDLER, _handler)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ERROR_HANDLER)
    # `mourning-day table | head -1`: end like any Unix filter, without a BrokenPipeError.
    # process.start() catches SIGPIPE to clean up first; left alone where it has.
    if hasattr(signal, "SIGPIPE") and signal.getsignal(signal.SIGPIPE) is signal.SIG_IGN:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


# Wider than any terminal; Rich would lay out lines this long (a million columns take
# 180 MB), and int() refuses numbers of thousands of digits.
MAX_TERMINAL_SIZE = 10_000


def ignore_unusable_terminal_size(environ: MutableMapping[str, str]) -> None:
    """COLUMNS and LINES are hints from the shell, read by Rich and click: one that is not a
    size a terminal has ("²", "-5", a hundred digits) is dropped, and the real size used;
    one that is, is written plainly, as int() refuses thousands of leading zeros too."""
    for name in ("COLUMNS", "LINES"):
        value = environ.get(name)
        if value is None:
            continue
        size = whole_number(value, max_digits=5)
        if size is None or not 0 < size <= MAX_TERMINAL_SIZE:
            del environ[name]
        elif value != str(size):
            environ[name] = str(size)


@contextlib.contextmanager
def utf8_stdout() -> Iterator[TextIO]:
    """Standard output as UTF-8 text, whatever its own encoding, for bytes a script reads."""
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        yield out
    finally:
        out.flush()
        out.detach()


@contextlib.contextmanager
def suspendable(
    before_stop: Callable[[], None], after_resume: Callable[[], None]
) -> Iterator[None]:
    """Within the block, a Ctrl-Z (SIGTSTP) first calls `before_stop` (to give the terminal
    back: the cursor shown, the display taken down), then stops the process as the
    signal's default action would; after `fg` or `bg`, `after_resume` is called. Where
    there is no SIGTSTP (Windows) or this is not the main thread, a plain block."""
    stop = getattr(signal, "SIGTSTP", None)
    if stop is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(stop) is signal.SIG_IGN:  # a shell without job control: no Ctrl-Z
        yield
        return

    def on_stop(signum: int, frame: object) -> None:
        before_stop()
        signal.signal(stop, signal.SIG_DFL)
        try:
            os.kill(os.getpid(), stop)  # stopped here, until SIGCONT
        finally:
            signal.signal(stop, on_stop)
        after_resume()

    old = signal.signal(stop, on_stop)
    try:
        yield
    finally:
        signal.signal(stop, old)


def in_foreground(stream: object) -> bool:
    """Whether `stream` is a terminal this process may draw on now: not after `bg`, when
    the shell owns the terminal again (and draws its prompt). True for anything else."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        return not os.isatty(fd) or os.tcgetpgrp(fd) == os.getpgrp()
    except (AttributeError, OSError, ValueError):
        return True


@contextlib.contextmanager
def stop_held() -> Iterator[None]:
    """Hold Ctrl-Z back for the block (a frame being drawn), so that the display is taken
    down whole, never half drawn."""
    stop = getattr(signal, "SIGTSTP", None)
    mask = getattr(signal, "pthread_sigmask", None)
    if stop is None or mask is None:
        yield
        return
    old = mask(signal.SIG_BLOCK, {stop})
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)


def ring_bell() -> None:
    """The terminal's bell, on whichever of stdout and stderr is a terminal (a script's
    output stays its one line)."""
    for stream in (sys.stdout, sys.stderr):
        if stream.isatty():
            stream.write("\a")
            stream.flush()
            return

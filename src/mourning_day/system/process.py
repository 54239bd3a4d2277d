"""The process around the command line: standard streams that may be closed, and signals
that must end it as signals do.

The console script starts here, before Typer is imported: a Ctrl-C while modules are
still loading ends the run as quietly as one later. Only the standard library, and only
light modules, at module level."""

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import NoReturn

# Signals that ask the process to stop, and exist on this platform.
SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
CLOSED_STDOUT = "standard output is closed"


class Interrupted(BaseException):
    """A signal asked the run to stop. Raised where the program was, so that every
    `finally` (a temporary file, the terminal's state) runs on the way out; then the
    process ends by the same signal. Not a KeyboardInterrupt, which click would swallow."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def start() -> None:
    """Make the standard descriptors safe and catch the stopping signals; safe to repeat."""
    _guard_standard_descriptors()
    for signum in SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:  # `nohup` keeps SIGHUP ignored
            signal.signal(signum, _on_signal)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    # Signals that follow wait: clean-up must not be cut short, and the first one decides.
    for other in SIGNALS:
        if signal.getsignal(other) is _on_signal:
            signal.signal(other, _later_signal)
    raise Interrupted(signum)


def _later_signal(signum: int, frame: FrameType | None) -> None:
    """A second Ctrl-C while clean-up runs: the first signal still ends the process."""


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold the stopping signals back while the block runs; any that came meanwhile arrive
    as it ends. For a step that must not be cut in half: a file put in place and recorded,
    a frame drawn whole. Where there are no signal masks (Windows), the block just runs."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    old = mask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)


def die_by(signum: int) -> NoReturn:
    """End the process by `signum` itself, once clean-up has run, so that the shell sees a
    child killed by it (and, for SIGINT, stops a loop) rather than a normal exit."""
    output_file = sys.modules.get("mourning_day.system.output_file")
    if output_file is not None:  # unwinding has removed them; this is in case it was cut short
        output_file.remove_temporary_files()
    for stream in (sys.stdout, sys.stderr):
        # Only a terminal is flushed: a stalled pipe would block the exit forever, and a
        # terminal may need what restores it (showing the cursor again).
        with contextlib.suppress(Exception):
            if stream is not None and stream.isatty():
                stream.flush()
    signal.signal(signum, signal.SIG_DFL)
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signum})
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # only if the signal did not end the process


def finish(code: int) -> NoReturn:
    """Flush what is buffered and exit without tearing the interpreter down (which frees
    every module, as the OS does anyway, and costs 10-20 ms)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


class _ClosedOutput(io.RawIOBase):
    """Standard output when descriptor 1 was closed: writing fails, as it would on the
    closed descriptor, but only a command that writes notices."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.EBADF, CLOSED_STDOUT)


def _guard_standard_descriptors() -> None:
    """Put /dev/null on any of descriptors 0-2 that is closed, as many Unix tools do, so a
    file opened later (a calendar being written) cannot take its number and receive
    messages. Python has already set the matching sys.stdin/stdout/stderr to None."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedOutput()), encoding="utf-8")
    if sys.stderr is None:  # print(file=None) would write to stdout: messages go nowhere
        sys.stderr = quiet_stderr()


def quiet_stderr() -> io.TextIOWrapper:
    """A stand-in for a standard error that is closed or refuses to take more."""
    return open(os.devnull, "w", encoding="utf-8")  # noqa: PTH123

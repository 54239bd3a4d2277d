"""The process around the command line: standard streams that may be closed or left
non-blocking, signals that must end it as signals do, and running out of memory.

The console script starts here, before Typer is imported: a Ctrl-C while modules are
still loading ends the run as quietly as one later. Only the standard library, and only
light modules, at module level."""

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Iterable, Iterator, Mapping
from types import FrameType
from typing import NoReturn

# Signals whose default action does not end the process (or that cannot be caught).
_NOT_ENDING = ("SIGCHLD", "SIGCONT", "SIGURG", "SIGWINCH", "SIGINFO", "SIGKILL", "SIGSTOP",
               "SIGTSTP", "SIGTTIN", "SIGTTOU")  # fmt: skip
# Faults the CPU raises in the middle of an instruction: a Python handler would run only
# after the C code returned, which it cannot. faulthandler is for those.
_FAULTS = ("SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE")


def ending_signals(valid: Iterable[int], named: Mapping[str, int]) -> tuple[int, ...]:
    """Of the `valid` signal numbers, those whose default action ends the process and that
    a handler can catch; `named` maps the platform's signal names to their numbers."""
    left_alone = {named[name] for name in _NOT_ENDING + _FAULTS if name in named}
    return tuple(sorted(set(valid) - left_alone))


# Every signal whose default action ends the process, as it exists on this platform: on
# Linux SIGHUP, SIGINT, SIGQUIT, SIGTRAP, SIGABRT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
# SIGTERM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSYS and the
# real-time signals; on Windows SIGINT, SIGTERM, SIGBREAK and SIGABRT.
SIGNALS = ending_signals(signal.valid_signals(), {s.name: s.value for s in signal.Signals})
# Python itself ignores SIGPIPE, so that a write to a closed pipe raises instead; the
# tool ends by it as a filter should (`| head -1`). Python also ignores SIGXFSZ, so a file
# past `ulimit -f` is an error of one line, and that stays so.
_IGNORED_BY_PYTHON = {getattr(signal, "SIGPIPE", None)}
CLOSED_STDOUT = "standard output is closed"
CLOSED_STDERR = "standard error is closed"
# Standard descriptors that were closed when the process started (now held on /dev/null).
CLOSED_AT_START: set[int] = set()
OUT_OF_MEMORY = b"mourning-day: out of memory\n"
# How Windows says a console program ended by Ctrl-C or Ctrl-Break (STATUS_CONTROL_C_EXIT),
# as Python itself exits on an uncaught KeyboardInterrupt there.
WINDOWS_CTRL_C_EXIT = 0xC000013A
WINDOWS_SIGBREAK = 21  # Ctrl-Break, in Windows' <signal.h>; signal.SIGBREAK only exists there


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
    _blocking_standard_streams()
    sys.unraisablehook = _stop_where_it_can_unwind
    for signum in SIGNALS:
        current = signal.getsignal(signum)
        if current is _later_signal:  # a repeat during clean-up: the first signal decides
            continue
        # `nohup` keeps SIGHUP ignored, a background job SIGINT; only Python's own
        # ignoring is undone.
        if current is not signal.SIG_IGN or signum in _IGNORED_BY_PYTHON:
            signal.signal(signum, _on_signal)


def _stop_where_it_can_unwind(unraisable: "sys.UnraisableHookArgs") -> None:
    """A signal's exception raised inside a weakref callback or a `__del__` (the import
    machinery runs them) cannot leave it: Python prints "Exception ignored" and goes on,
    and the run would finish as if no signal had come. The signal is sent again a moment
    later instead, to arrive where the exception can unwind the run."""
    stopped = unraisable.exc_value
    if isinstance(stopped, Interrupted | KeyboardInterrupt):
        signum = stopped.signum if isinstance(stopped, Interrupted) else signal.SIGINT
        if sys.platform == "win32":  # os.kill would be TerminateProcess, with no unwinding
            die_by(signum)
        import threading  # only here: sent from this hook, it would arrive in it again

        while True:
            try:
                for other in SIGNALS:
                    if signal.getsignal(other) is _later_signal:
                        signal.signal(other, _on_signal)
                threading.Timer(0.001, os.kill, (os.getpid(), signum)).start()
                return
            except Interrupted:  # on a busy machine it came back before this hook ended
                continue
    sys.__unraisablehook__(unraisable)


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
    if sys.platform == "win32":  # os.kill would be TerminateProcess with the number as status
        os._exit(exit_status(signum, windows=True))
    signal.signal(signum, signal.SIG_DFL)
    with contextlib.suppress(AttributeError, OSError, ValueError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signum})
    os.kill(os.getpid(), signum)
    os._exit(exit_status(signum, windows=False))  # only if the signal did not end the process


def exit_status(signum: int, *, windows: bool) -> int:
    """The status a process ended by `signum` reports where it cannot end by the signal:
    on Windows what Ctrl-C and Ctrl-Break give any console program, else 128 + the number,
    as shells report a signal (never 1 or 2, which mean a no or a usage error)."""
    if windows and signum in (signal.SIGINT, getattr(signal, "SIGBREAK", WINDOWS_SIGBREAK)):
        return WINDOWS_CTRL_C_EXIT
    return 128 + signum


# What the dynamic loader says when memory runs out while a compiled module loads (glibc's
# dlopen: "failed to map segment from shared object", or ENOMEM's own words).
_LOADER_OUT_OF_MEMORY = ("failed to map segment", "cannot allocate memory")


# How much a probe asks for when an error does not say what it is: more than any one
# module or shared object of the program's needs at once.
_PROBE_BYTES = 16 << 20


def out_of_memory_in(error: BaseException) -> bool:
    """Whether an unexpected error is memory running out, not a bug or a module missing.
    Its chain may say so: a MemoryError, ENOMEM, or the loader's "failed to map segment"
    (the import machinery may then fail again while it handles the first). Under a tight
    limit CPython may also fail in ways that name no memory at all (3.12: a SystemError
    "error return without exception set"; a ValueError from the compiler); then a probe
    asks for memory, and only its failure says so."""
    if _chain_says_out_of_memory(error):
        return True
    try:
        bytearray(_PROBE_BYTES)
    except MemoryError:
        return True
    return False


def _chain_says_out_of_memory(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(20):  # a chain is short; never loop on a cycle
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        if isinstance(seen, OSError) and seen.errno == errno.ENOMEM:
            return True
        if isinstance(seen, ImportError) and any(
            words in str(seen).lower() for words in _LOADER_OUT_OF_MEMORY
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def out_of_memory() -> NoReturn:
    """One line and exit 1, written from bytes made in advance: with no memory left, even
    a traceback or a translated message could not be made. A plain `try`, as even a
    context manager's object may be more than is left."""
    try:  # noqa: SIM105
        os.write(2, OUT_OF_MEMORY)
    except (OSError, MemoryError):
        pass
    os._exit(1)


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
            CLOSED_AT_START.add(fd)
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedOutput()), encoding="utf-8")
    if sys.stderr is None:  # print(file=None) would write to stdout: messages go nowhere
        sys.stderr = quiet_stderr()


def stdout_to_devnull() -> None:
    """After a failed write, so that the interpreter's last flush of what is buffered
    cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def quiet_stderr() -> io.TextIOWrapper:
    """A stand-in for a standard error that is closed or refuses to take more: it drops
    what it is given, and holds no descriptor (under `ulimit -n 5` each one counts)."""
    return io.TextIOWrapper(io.BufferedWriter(_Discard()), encoding="utf-8")


class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        return memoryview(data).nbytes  # type: ignore[arg-type]


class _BlockingWriter(io.RawIOBase):
    """A descriptor a parent left non-blocking (O_NONBLOCK on a shared pipe), written as if
    it blocked: a full pipe is waited on, never dropped. Python's own stream loses what a
    full non-blocking pipe refuses, without an error."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: object) -> int:
        view = memoryview(data).cast("B")  # type: ignore[arg-type]
        done = 0
        while done < len(view):
            try:
                done += os.write(self._fd, view[done:])
            except BlockingIOError:
                wait_writable(self._fd)
        return done


def wait_writable(fd: int) -> None:
    """Until `fd` can take more (select is in every Unix; Windows has no O_NONBLOCK pipes)."""
    import select

    select.select([], [fd], [])


def is_non_blocking(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        return False
    try:
        return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK)
    except OSError:
        return False


def blocking_binary(fd: int) -> io.BufferedWriter:
    """A buffered binary writer on `fd` that delivers every byte even if `fd` is
    non-blocking; it does not close `fd`."""
    return io.BufferedWriter(_BlockingWriter(fd))


def _blocking_standard_streams() -> None:
    """Put sys.stdout and sys.stderr on a writer that waits, where their descriptor is
    non-blocking. The flag itself is left alone: it belongs to the pipe, which the parent
    shares."""
    for name, fd in (("stdout", 1), ("stderr", 2)):
        stream = getattr(sys, name)
        if not isinstance(stream, io.TextIOWrapper) or not _is_descriptor(stream, fd):
            continue
        if isinstance(getattr(stream.buffer, "raw", None), _BlockingWriter):
            continue  # done already
        if not is_non_blocking(fd):
            continue
        stream.flush()
        setattr(
            sys,
            name,
            io.TextIOWrapper(
                blocking_binary(fd),
                encoding=stream.encoding,
                errors=stream.errors,
                line_buffering=stream.line_buffering,
                write_through=stream.write_through,
            ),
        )


def _is_descriptor(stream: io.TextIOWrapper, fd: int) -> bool:
    try:
        return stream.fileno() == fd
    except (OSError, ValueError):
        return False

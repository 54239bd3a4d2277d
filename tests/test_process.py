"""The process's own plumbing: stopping signals held back across a step that must finish,
and what Windows gets, read from the code's branches (nothing here runs Windows; see README,
"What is tested where")."""

from __future__ import annotations

import errno
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

import pytest

from mourning_day.system import process
from mourning_day.system.process import SIGNALS, signals_held

# Windows' signal numbers, from the C runtime's <signal.h> (Microsoft's "signal" reference
# page: SIGINT 2, SIGILL 4, SIGFPE 8, SIGSEGV 11, SIGTERM 15, SIGBREAK 21, SIGABRT 22),
# which is also what Python's signal.valid_signals() gives there.
WINDOWS = {"SIGINT": 2, "SIGILL": 4, "SIGFPE": 8, "SIGSEGV": 11, "SIGTERM": 15,
           "SIGBREAK": 21, "SIGABRT": 22}  # fmt: skip


def test_on_windows_ctrl_break_is_caught_as_well_as_ctrl_c() -> None:
    """SIGBREAK (Ctrl-Break) was not handled; the faults are left to the C runtime."""
    caught = process.ending_signals(WINDOWS.values(), WINDOWS)
    assert caught == (2, 15, 21, 22)


@pytest.mark.parametrize(
    ("name", "status"),
    [
        # STATUS_CONTROL_C_EXIT, what cmd.exe and PowerShell read as "ended by Ctrl-C"
        # (and what Python itself exits with on an uncaught KeyboardInterrupt there).
        ("SIGINT", 0xC000013A),
        ("SIGBREAK", 0xC000013A),
        ("SIGTERM", 128 + 15),
        ("SIGABRT", 128 + 22),
    ],
)
def test_windows_exit_statuses_never_read_as_a_usage_error(name: str, status: int) -> None:
    """Before: os.kill(pid, SIGINT) there is TerminateProcess with status 2, exit 2's
    "usage error"."""
    assert process.exit_status(WINDOWS[name], windows=True) == status


def test_die_by_on_windows_exits_with_the_status_instead_of_killing_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exits: list[int] = []

    def exit_(code: int) -> None:
        exits.append(code)
        raise SystemExit(code)

    def kill(pid: int, sig: int) -> None:
        raise AssertionError("os.kill on Windows is TerminateProcess")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "_exit", exit_)
    monkeypatch.setattr(os, "kill", kill)
    with pytest.raises(SystemExit):
        process.die_by(signal.SIGINT)
    assert exits == [0xC000013A]


def test_on_unix_the_status_after_a_signal_that_did_not_kill_is_128_plus_it() -> None:
    assert process.exit_status(signal.SIGINT, windows=False) == 130
    assert process.exit_status(signal.SIGTERM, windows=False) == 143


NEEDS_MASKS = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")


@pytest.fixture
def received() -> Iterator[list[int]]:
    """SIGTERM recorded instead of ending the test run."""
    got: list[int] = []

    def record(signum: int, frame: FrameType | None) -> None:
        got.append(signum)

    old = signal.signal(signal.SIGTERM, record)
    yield got
    signal.signal(signal.SIGTERM, old)


@NEEDS_MASKS
def test_a_signal_during_the_block_arrives_when_it_ends(received: list[int]) -> None:
    # Sent to this thread: the mask is a thread's, and pytest-xdist's worker has others,
    # to which a signal sent to the whole process would go instead.
    with signals_held():
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)
        assert received == []
        assert signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert received == [signal.SIGTERM]


@NEEDS_MASKS
def test_the_mask_before_the_block_comes_back() -> None:
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with signals_held(), signals_held():
        pass
    with pytest.raises(RuntimeError), signals_held():
        raise RuntimeError
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before


@NEEDS_MASKS
def test_every_stopping_signal_is_held() -> None:
    with signals_held():
        held = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert set(SIGNALS) <= held
    assert {signal.SIGINT, signal.SIGTERM, signal.SIGHUP} <= set(SIGNALS)


def test_memory_running_out_is_known_through_the_chain() -> None:
    """As CI once saw under `ulimit -v`: the loader could not map a module, and the import
    machinery failed again while handling it (SystemError)."""
    try:
        try:
            raise ImportError("/x/_sha512.so: failed to map segment from shared object")
        except ImportError:
            raise SystemError("error return without exception set") from None
    except SystemError as second:
        second.__context__ = ImportError("failed to map segment from shared object")
        assert process.out_of_memory_in(second)
    assert not process.out_of_memory_in(ImportError("No module named 'babel'"))
    assert not process.out_of_memory_in(SystemError("something else"))


def test_a_bare_system_error_is_out_of_memory_only_when_memory_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Python 3.12 under `ulimit -v` (seen in CI): "error return without exception set",
    with no chain; and the compiler's "field 'target' is required for AnnAssign". Only a
    failed probe makes such an error out of memory; while memory is there it stays a bug,
    with its traceback. ENOMEM says so itself."""
    bare = SystemError("error return without exception set")
    compiler = ValueError("field 'target' is required for AnnAssign")
    assert not process.out_of_memory_in(bare)
    assert not process.out_of_memory_in(compiler)
    assert process.out_of_memory_in(OSError(errno.ENOMEM, "Cannot allocate memory"))
    assert not process.out_of_memory_in(OSError(errno.ENOENT, "No such file or directory"))

    def no_memory(size: int) -> bytearray:
        raise MemoryError

    monkeypatch.setattr(process, "bytearray", no_memory, raising=False)
    assert process.out_of_memory_in(bare)
    assert process.out_of_memory_in(compiler)

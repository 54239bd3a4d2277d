"""Writing a file whole or not at all: a reader, a crash or a signal never leaves half a
calendar or a stray temporary file, and an existing file is replaced only when asked.

What a path may name, and what happens (`--force` is `force=True`):

- nothing yet: a new regular file, 0o666 less the umask; a name made meanwhile by another
  program is never replaced (a hard link claims the name in one step), unless `force`
  says to replace whatever is there by then.
- a regular file: refused without `force`, before any output is made; with `force`,
  replaced in one step by a new file that keeps the old one's permission bits.
- a symbolic link: like the file it leads to; with `force` that file is replaced (in its
  own folder) and the link is kept.
- one of the process's own descriptors (/dev/stdout, /dev/stderr, /dev/fd/N,
  /proc/self/fd/N): written into that descriptor as the shell opened it (appending where
  it appends), with or without `force`; nothing is replaced. The standard input, and a
  descriptor open only for reading, are refused: the input is never replaced.
- a FIFO or a character device (a named pipe, /dev/null): written into directly, as a
  stream, with or without `force`; nothing is replaced.
- a folder, a name ending in "/", or any other kind of file: refused.

A signal handler that ends the process calls `remove_temporary_files()` first; one that
raises instead needs nothing more, as `output_stream` removes its file on any exception.
"""

# Paths stay strings (os and os.path, not pathlib: see pyproject.toml's ruff per-file-ignores):
# Path("./-") is "-" and Path("new/") is "new", and a path must be taken as the user gave it.
from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator
from typing import BinaryIO, Literal, NamedTuple, NoReturn

from mourning_day.system.process import (
    CLOSED_AT_START,
    CLOSED_STDERR,
    blocking_binary,
    is_non_blocking,
    quiet_stderr,
    signals_held,
)

Target = str | os.PathLike[str]
FolderProblem = Literal["missing", "not_writable", "is_directory", "not_a_file", "special"]
_FOLDER_MESSAGES: dict[FolderProblem, str] = {
    "missing": "folder does not exist",
    "not_writable": "folder is not writable",
    "is_directory": "is a folder",
    "not_a_file": "names a folder, not a file",
    "special": "is not a regular file",
}
BUFFER_SIZE = 1 << 16
# Why a descriptor cannot take the output (catalog "errors.output.failed" gives the path).
STANDARD_INPUT = "it is the standard input"
NOT_FOR_WRITING = "it is not open for writing"
# Temporary files an unfinished output_stream holds. The stopping signals are held while a
# file is made and registered here, and while it is put in place and removed from here, so
# that a handler always finds it in _PENDING or finds it gone.
_PENDING: set[str] = set()


class OutputError(Exception):
    """The file could not be written; `path` is the file that was asked for, and `kind`
    (exists, missing, not_writable, is_directory, not_a_file, special, failed) lets the CLI
    word it."""

    kind = "failed"
    reason = ""

    def __init__(self, path: Target, message: str) -> None:
        super().__init__(f"{os.fspath(path)}: {message}")
        self.path = path


class OutputExistsError(OutputError):
    """The file exists and replacing it was not asked for; it is left as it was."""

    kind = "exists"

    def __init__(self, path: Target) -> None:
        super().__init__(path, "file exists")


class OutputFolderError(OutputError):
    """The path cannot take a file: its folder is missing or not writable, it is a folder
    or names one ("new/"), or it is a special file. `problem` says which."""

    def __init__(self, path: Target, problem: FolderProblem) -> None:
        super().__init__(path, _FOLDER_MESSAGES[problem])
        self.problem = problem
        self.kind = problem


class OutputWriteError(OutputError):
    """Any other failure while writing, such as a full disk; `reason` is the system's words."""

    def __init__(self, path: Target, reason: str) -> None:
        super().__init__(path, reason)
        self.reason = reason


class _Plan(NamedTuple):
    """Where the bytes go: `file` is the path to create or replace (a link's target), or
    None to write straight into the path as given; `mode` is the new file's."""

    file: str | None
    replace: bool
    mode: int


def remove_temporary_files() -> None:
    """Remove the temporary file of every unfinished output_stream. Safe to call from a
    signal handler that then ends the process: nothing partial is left behind."""
    for name in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(name)
        _PENDING.discard(name)


@contextlib.contextmanager
def output_stream(path: Target, *, force: bool) -> Iterator[BinaryIO]:
    """A binary file to write the output into, put in place at `path` when the block ends
    without an exception, and removed on any exception (KeyboardInterrupt included). The
    checks that can refuse `path` run first, before the caller makes any output."""
    fd = _descriptor(os.fspath(path))
    if fd is not None:
        with _stream_into_descriptor(path, fd) as f:
            yield f
        return
    plan = _plan(path, force=force)
    if plan.file is None:
        with _stream_into(path) as f:
            yield f
        return
    fd, tmp = _temporary(path, plan.file)
    try:
        with os.fdopen(fd, "wb", buffering=BUFFER_SIZE) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, plan.mode)
        with signals_held():
            _put_in_place(tmp, plan, force=force)
            _PENDING.discard(tmp)
    except BaseException as e:
        _discard(tmp, path, e)
    _fsync_folder(_folder(plan.file))


def write_atomically(path: Target, data: bytes, *, force: bool) -> None:
    """Write `data` to `path` as output_stream does (the unit files of init systemd)."""
    with output_stream(path, force=force) as f:
        f.write(data)


def _plan(path: Target, *, force: bool) -> _Plan:
    """What `path` names and so how to write it; raises OutputError for what cannot be."""
    name = os.fspath(path)
    if name.endswith(("/", os.sep)) or (os.altsep and name.endswith(os.altsep)):
        raise OutputFolderError(path, "is_directory" if os.path.isdir(name) else "not_a_file")
    fresh = 0o666 & ~_umask()
    try:
        st = os.stat(name)  # follows links
    except FileNotFoundError:  # nothing there, or a link to nothing
        st = None
    except NotADirectoryError as e:
        raise OutputFolderError(path, "missing") from e
    except OSError as e:
        raise _output_error(path, e) from e
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputFolderError(path, "is_directory")
        if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            return _Plan(None, replace=False, mode=fresh)
        if not stat.S_ISREG(st.st_mode):
            raise OutputFolderError(path, "special")
    if not os.path.lexists(name):
        return _Plan(name, replace=False, mode=fresh)
    if not force:
        raise OutputExistsError(path)
    mode = stat.S_IMODE(st.st_mode) & 0o777 if st is not None else fresh
    return _Plan(os.path.realpath(name), replace=True, mode=mode)


def _put_in_place(tmp: str, plan: _Plan, *, force: bool) -> None:
    """The finished file takes its name. A refusal here is the file's, not its folder's:
    the temporary file was made in that folder, so a PermissionError means the file is
    locked (Windows: open in another program) or protected, and is reported in the
    system's own words rather than as "folder is not writable"."""
    assert plan.file is not None
    try:
        if plan.replace:
            os.replace(tmp, plan.file)
        else:
            _link_new(tmp, plan.file, force=force)
    except PermissionError as e:
        raise _InPlaceError(e.errno, e.strerror or str(e)) from e


class _InPlaceError(OSError):
    """A refusal at the last step: reported as a failure with the system's words."""


# Where a system names a process's own descriptors, e.g. /proc/self/fd/1 (Linux) or
# /dev/fd/1 (macOS, the BSDs, and Linux through a link).
_DESCRIPTOR_FOLDERS = ("/dev/fd", "/proc/self/fd")
_STANDARD_NAMES = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


def _descriptor(name: str) -> int | None:
    """The descriptor of this process that `name` names, following links ("/dev/stdout"
    -> "/proc/self/fd/1"); None for any other path. A regular file named by its own
    name is not a descriptor, even if stdout is open on it."""
    if sys.platform == "win32":
        return None
    folders = {os.path.realpath(f) for f in _DESCRIPTOR_FOLDERS} | {f"/proc/{os.getpid()}/fd"}
    path = os.path.abspath(name)
    for _ in range(40):  # as many links as the system itself follows
        if path in _STANDARD_NAMES:
            return _STANDARD_NAMES[path]
        folder, base = os.path.split(path)
        if base.isascii() and base.isdigit() and os.path.realpath(folder) in folders:
            return int(base)
        try:
            target = os.readlink(path)
        except OSError:  # not a link (or not there): an ordinary path
            return None
        path = os.path.normpath(os.path.join(folder, target))
    return None


@contextlib.contextmanager
def _stream_into_descriptor(path: Target, fd: int) -> Iterator[BinaryIO]:
    """Write into one of our own descriptors as it was opened: its offset and O_APPEND are
    the shell's (`>> app.ics` appends), and the file is never truncated or replaced.
    Standard output and error are written through sys.stdout and sys.stderr, so the
    bytes stay in order with what they already hold."""
    if fd == 0:
        raise OutputWriteError(path, STANDARD_INPUT)
    if not _writable(fd):
        if _same_file(fd, 0):
            raise OutputWriteError(path, STANDARD_INPUT)
        raise OutputWriteError(path, NOT_FOR_WRITING)
    if fd == 2 and 2 in CLOSED_AT_START:  # /dev/null stands in for it: the bytes would be lost
        raise OutputWriteError(path, CLOSED_STDERR)
    name = {1: "stdout", 2: "stderr"}.get(fd)
    if name is not None:
        stream = getattr(sys, name)
        try:
            stream.flush()
            yield stream.buffer
            stream.buffer.flush()
        except OSError as e:
            # What is still buffered would fail again at exit: the stream is done for.
            setattr(sys, name, quiet_stderr())
            raise _output_error(path, e) from e
        return
    try:
        os.fstat(fd)
    except OSError as e:  # /dev/fd/9 with nothing open as 9
        raise _output_error(path, e) from e
    # The descriptor itself stays open when the writer closes: it is the shell's.
    out: BinaryIO = (
        blocking_binary(fd) if is_non_blocking(fd) else os.fdopen(fd, "wb", closefd=False)
    )
    try:
        with out:
            yield out
            out.flush()
    except OSError as e:
        raise _output_error(path, e) from e


def _writable(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows has no descriptor paths here
        return True
    try:
        mode = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE
    except OSError:
        return True  # not open: opening the path fails, and says why
    return mode in (os.O_WRONLY, os.O_RDWR)


def _same_file(a: int, b: int) -> bool:
    try:
        return os.path.samestat(os.fstat(a), os.fstat(b))
    except OSError:
        return False


@contextlib.contextmanager
def _stream_into(path: Target) -> Iterator[BinaryIO]:
    """A FIFO or a device, written as it is: there is nothing to replace."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise _output_error(path, e) from e
    with os.fdopen(fd, "wb", buffering=BUFFER_SIZE) as f:
        try:
            yield f
            f.flush()
        except OSError as e:
            raise _output_error(path, e) from e


def _temporary(path: Target, file: str) -> tuple[int, str]:
    """A new file next to `file`, registered in _PENDING, its name within the file system's
    limit: ".NAME.XXXXXXXX.tmp" where that fits, else ".mourning-day.XXXXXXXX.tmp"."""
    import tempfile  # brings shutil and random: only a run that writes a file pays for them

    folder = _folder(file)
    prefix = f".{os.path.basename(file)}."
    if len(os.fsencode(f"{prefix}XXXXXXXX.tmp")) > _name_max(folder):
        prefix = ".mourning-day."
    with signals_held():
        try:
            fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        except OSError as e:
            raise _output_error(path, e) from e
        _PENDING.add(tmp)
    return fd, tmp


# Windows' words, as OSError.winerror, for "this file system has no hard links": FAT and
# exFAT answer CreateHardLink with ERROR_INVALID_FUNCTION, others ERROR_NOT_SUPPORTED;
# Python reads both as EINVAL, which on its own could mean anything.
_NO_HARD_LINKS_WINDOWS = {1, 50}


# errno values for "this file system (or platform) has no hard links".
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


def _no_hard_links(e: OSError) -> bool:
    return e.errno in _NO_HARD_LINKS or getattr(e, "winerror", None) in _NO_HARD_LINKS_WINDOWS


def _link_new(tmp: str, path: str, *, force: bool = False) -> None:
    """Give the finished file its name only if the name is free, then drop the temporary one.

    A hard link fails if `path` exists, in one step, so no file made meanwhile is lost.
    Where a file system has no hard links, check and replace; that leaves a moment in
    which another writer could slip in, which is the best such a file system allows.
    With `force`, a file that appeared meanwhile (another program, or another `--force`
    run racing for the same new name) is replaced, whole, as an existing one would be.
    """
    try:
        os.link(tmp, path)
    except FileExistsError:
        if not force:
            raise
        os.replace(tmp, path)
        return
    except OSError as e:
        if not _no_hard_links(e):
            raise
        if os.path.lexists(path) and not force:
            raise FileExistsError(errno.EEXIST, "File exists", path) from e
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _discard(tmp: str, path: Target, e: BaseException) -> NoReturn:
    """Remove the temporary file and raise: an OSError as one of ours, anything else as is."""
    with contextlib.suppress(OSError):  # the first failure is the one to report
        os.unlink(tmp)
    _PENDING.discard(tmp)
    if isinstance(e, OSError):
        raise _output_error(path, e) from e
    raise e


def _output_error(path: Target, e: OSError) -> OutputError:
    """The OSError as one of ours, which the CLI words as one line."""
    if isinstance(e, _InPlaceError):
        return OutputWriteError(path, e.strerror or str(e))
    if isinstance(e, FileExistsError):
        return OutputExistsError(path)
    if isinstance(e, IsADirectoryError):
        return OutputFolderError(path, "is_directory")
    if isinstance(e, FileNotFoundError | NotADirectoryError):
        return OutputFolderError(path, "missing")
    if isinstance(e, PermissionError) or e.errno == errno.EROFS:
        return OutputFolderError(path, "not_writable")
    return OutputWriteError(path, e.strerror or str(e))


def _folder(file: str) -> str:
    return os.path.dirname(file) or os.curdir


def _name_max(folder: str) -> int:
    """The longest file name, in bytes, the folder's file system takes (255 almost
    everywhere)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):
        return 255


def _umask() -> int:
    # The only way to read the umask is to set it; put it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: str) -> None:
    """Make the new name itself survive a crash; best effort, as Windows cannot open folders."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

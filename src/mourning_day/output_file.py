"""Writing a file whole or not at all: a reader, or a crash, never sees half a calendar, and
an existing file is replaced only when asked."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import Literal, NoReturn

FolderProblem = Literal["missing", "not_writable", "is_directory"]
_FOLDER_MESSAGES: dict[FolderProblem, str] = {
    "missing": "folder does not exist",
    "not_writable": "folder is not writable",
    "is_directory": "is a folder",
}


class OutputError(Exception):
    """The file could not be written; `path` is the file that was asked for, and `kind`
    (exists, missing, not_writable, is_directory, failed) lets the CLI word it."""

    kind = "failed"
    reason = ""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class OutputExistsError(OutputError):
    """The file exists and replacing it was not asked for; it is left as it was."""

    kind = "exists"

    def __init__(self, path: Path) -> None:
        super().__init__(path, "file exists")


class OutputFolderError(OutputError):
    """The folder cannot take the file: it is missing or not writable, or the path is a
    folder itself. `problem` says which, for the CLI to word."""

    def __init__(self, path: Path, problem: FolderProblem) -> None:
        super().__init__(path, _FOLDER_MESSAGES[problem])
        self.problem = problem
        self.kind = problem


class OutputWriteError(OutputError):
    """Any other failure while writing, such as a full disk; `reason` is the system's words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.reason = reason


def write_atomically(path: Path, data: bytes, *, force: bool) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then put it in
    place in one step; without `force`, an existing `path` is refused and left untouched."""
    if path.is_dir():
        raise OutputFolderError(path, "is_directory")
    if not force and os.path.lexists(path):
        raise OutputExistsError(path)  # early, to skip the write; _link_new still decides
    tmp = _write_temporary(path, data)
    try:
        if force:
            tmp.replace(path)
        else:
            _link_new(tmp, path)
    except BaseException as e:
        _discard(tmp, path, e)
    _fsync_folder(path.parent)


def _write_temporary(path: Path, data: bytes) -> Path:
    """The data in a new file next to `path`, flushed to disk, with the mode a new file gets."""
    import tempfile  # brings shutil and random: only a run that writes a file pays for them

    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise _output_error(path, e) from e
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file 0o600; give it what open() would: 0o666 less the umask.
        tmp.chmod(0o666 & ~_umask())
    except BaseException as e:
        _discard(tmp, path, e)
    return tmp


# errno values for "this file system (or platform) has no hard links".
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


def _link_new(tmp: Path, path: Path) -> None:
    """Give the finished file its name only if the name is free, then drop the temporary one.

    A hard link fails if `path` exists, in one step, so no file made meanwhile is lost.
    Where a file system has no hard links, check and replace; that leaves a moment in
    which another writer could slip in, which is the best such a file system allows.
    """
    try:
        path.hardlink_to(tmp)
    except OSError as e:
        if e.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from e
        tmp.replace(path)
        return
    tmp.unlink()


def _discard(tmp: Path, path: Path, e: BaseException) -> NoReturn:
    """Remove the temporary file and raise: an OSError as one of ours, anything else as is."""
    with contextlib.suppress(OSError):  # the first failure is the one to report
        tmp.unlink(missing_ok=True)
    if isinstance(e, OSError):
        raise _output_error(path, e) from e
    raise e


def _output_error(path: Path, e: OSError) -> OutputError:
    """The OSError as one of ours, which the CLI words as one line."""
    if isinstance(e, FileExistsError):
        return OutputExistsError(path)
    if isinstance(e, IsADirectoryError):
        return OutputFolderError(path, "is_directory")
    if isinstance(e, FileNotFoundError | NotADirectoryError):
        return OutputFolderError(path, "missing")
    if isinstance(e, PermissionError) or e.errno == errno.EROFS:
        return OutputFolderError(path, "not_writable")
    return OutputWriteError(path, e.strerror or str(e))


def _umask() -> int:
    # The only way to read the umask is to set it; put it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the new name itself survive a crash; best effort, as Windows cannot open folders."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

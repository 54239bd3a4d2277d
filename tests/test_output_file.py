"""Writing a file whole or not at all, and never over a file the user did not offer."""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mourning_day.system.output_file import (
    OutputError,
    OutputExistsError,
    OutputFolderError,
    OutputWriteError,
    output_stream,
    remove_temporary_files,
    write_atomically,
)

OLD = b"BEGIN:VCALENDAR\r\nold\r\nEND:VCALENDAR\r\n"
NEW = b"BEGIN:VCALENDAR\r\nnew\r\nEND:VCALENDAR\r\n"


def write(path: str | os.PathLike[str], data: bytes, *, force: bool) -> None:
    """All of `data` in one output_stream, as `ics -o` writes a calendar."""
    with output_stream(path, force=force) as f:
        f.write(data)


def names(folder: Path) -> list[str]:
    """What is in the folder; a leftover temporary file would show here."""
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def umask() -> Iterator[Callable[[int], int]]:
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def failing(exc: BaseException) -> Callable[..., None]:
    def fail(*args: object, **kwargs: object) -> None:
        raise exc

    return fail


@pytest.mark.parametrize("force", [False, True])
def test_writes_a_new_file(tmp_path: Path, force: bool) -> None:
    path = tmp_path / "mourning-day.ics"
    write(path, NEW, force=force)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["mourning-day.ics"]


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(
    tmp_path: Path, umask: Callable[[int], int], mask: int, mode: int
) -> None:
    umask(mask)
    path = tmp_path / "out.ics"
    write(path, NEW, force=False)
    assert path.stat().st_mode & 0o777 == mode


def test_refuses_to_replace_a_file_without_force(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(OutputExistsError) as caught:
        write(path, NEW, force=False)
    assert caught.value.path == path
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


def test_replaces_a_file_with_force(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    write(path, NEW, force=True)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["out.ics"]


def test_a_file_made_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program creates the file after our check: the hard link still refuses."""
    path = tmp_path / "out.ics"
    link = os.link

    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(OLD)
        link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(OutputExistsError):
        write(path, NEW, force=False)
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP])
def test_without_hard_links_it_checks_then_renames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(os, "link", failing(OSError(code, os.strerror(code))))
    path = tmp_path / "out.ics"
    write(path, NEW, force=False)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["out.ics"]


def test_without_hard_links_a_file_made_while_writing_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(OLD)
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", someone_else_first)
    path = tmp_path / "out.ics"
    with pytest.raises(OutputExistsError):
        write(path, NEW, force=False)
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


@pytest.mark.parametrize("force", [False, True])
def test_a_missing_folder(tmp_path: Path, force: bool) -> None:
    path = tmp_path / "no-such-folder" / "out.ics"
    with pytest.raises(OutputFolderError) as caught:
        write(path, NEW, force=force)
    assert caught.value.problem == "missing"
    assert caught.value.path == path
    assert names(tmp_path) == []


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(OLD)
    with pytest.raises(OutputFolderError) as caught:
        write(tmp_path / "notes.txt" / "out.ics", NEW, force=True)
    assert caught.value.problem == "missing"
    assert names(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("force", [False, True])
def test_a_path_that_is_a_folder(tmp_path: Path, force: bool) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    with pytest.raises(OutputFolderError) as caught:
        write(folder, NEW, force=force)
    assert caught.value.problem == "is_directory"
    assert folder.is_dir()
    assert names(folder) == []
    assert names(tmp_path) == ["calendars"]


def test_a_folder_that_refuses_new_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permissions cannot be tested for real when the tests run as root, so the system's
    # refusal is simulated where the temporary file is made.
    monkeypatch.setattr(tempfile, "mkstemp", failing(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(OutputFolderError) as caught:
        write(tmp_path / "out.ics", NEW, force=True)
    assert caught.value.problem == "not_writable"
    assert names(tmp_path) == []


@pytest.mark.parametrize(
    ("force", "step"),
    [(True, "replace"), (False, "link"), (True, "fsync"), (False, "fsync")],
)
def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool, step: str
) -> None:
    path = tmp_path / "out.ics"
    if force:
        path.write_bytes(OLD)
    monkeypatch.setattr(os, step, failing(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(OutputWriteError) as caught:
        write(path, NEW, force=force)
    assert caught.value.reason == "No space left on device"
    assert names(tmp_path) == (["out.ics"] if force else [])
    if force:
        assert path.read_bytes() == OLD


def test_an_interrupt_mid_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", failing(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write(tmp_path / "out.ics", NEW, force=True)
    assert names(tmp_path) == []


def test_errors_read_as_one_line_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(OutputError) as caught:
        write(path, NEW, force=False)
    assert str(caught.value) == f"{path}: file exists"


# --- paths taken as given (issue 9) ---------------------------------------------------------


@pytest.mark.parametrize("force", [False, True])
def test_a_name_ending_in_a_slash_is_refused_and_nothing_is_made(
    tmp_path: Path, force: bool
) -> None:
    # As given on the command line: Path() would drop the slash and write a file "newdir".
    with pytest.raises(OutputFolderError) as caught:
        write(f"{tmp_path}/newdir/", NEW, force=force)
    assert caught.value.problem == "not_a_file"
    assert names(tmp_path) == []
    (tmp_path / "there").mkdir()
    with pytest.raises(OutputFolderError) as caught:
        write(f"{tmp_path}/there/", NEW, force=force)
    assert caught.value.problem == "is_directory"
    assert names(tmp_path) == ["there"]


@pytest.mark.parametrize(
    "name",
    [
        "a" * 251 + ".ics",  # 255 bytes, the limit of ext4, tmpfs, btrfs, xfs
        "ə" * 125 + ".ics",  # 254 bytes in UTF-8
        "-",
    ],
)
def test_a_name_the_file_system_takes_can_be_written(tmp_path: Path, name: str) -> None:
    assert len(os.fsencode(name)) <= os.pathconf(tmp_path, "PC_NAME_MAX")
    (tmp_path / "touched").mkdir()
    (tmp_path / "touched" / name).touch()  # what `touch` accepts
    write(tmp_path / name, NEW, force=False)
    assert (tmp_path / name).read_bytes() == NEW
    assert names(tmp_path) == sorted([name, "touched"])


def test_a_long_name_gets_a_short_temporary_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    mkstemp = tempfile.mkstemp

    def spy(**kwargs: str) -> tuple[int, str]:
        fd, name = mkstemp(**kwargs)
        seen.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    write(tmp_path / ("a" * 255), NEW, force=False)
    write(tmp_path / "short.ics", NEW, force=False)
    long_tmp, short_tmp = (Path(n).name for n in seen)
    assert long_tmp.startswith(".mourning-day.") and len(long_tmp) < 255
    assert short_tmp.startswith(".short.ics.") and short_tmp.endswith(".tmp")


def test_force_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, umask: object) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    path.chmod(0o640)
    write(path, NEW, force=True)
    assert path.stat().st_mode & 0o777 == 0o640
    assert path.read_bytes() == NEW


def test_a_symlink_is_an_existing_file_and_force_replaces_what_it_leads_to(
    tmp_path: Path,
) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "cal.ics"
    real.write_bytes(OLD)
    real.chmod(0o604)
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    with pytest.raises(OutputExistsError):
        write(link, NEW, force=False)
    assert real.read_bytes() == OLD
    write(link, NEW, force=True)
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == NEW
    assert real.stat().st_mode & 0o777 == 0o604
    assert names(tmp_path) == ["link.ics", "real"]
    assert names(tmp_path / "real") == ["cal.ics"]


def test_a_dangling_symlink_is_refused_without_force(tmp_path: Path) -> None:
    link = tmp_path / "link.ics"
    link.symlink_to(tmp_path / "nowhere.ics")
    with pytest.raises(OutputExistsError):
        write(link, NEW, force=False)
    write(link, NEW, force=True)
    assert (tmp_path / "nowhere.ics").read_bytes() == NEW
    assert link.is_symlink()


@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_is_written_into(tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write(fifo, NEW, force=force)
    reader.join(timeout=10)
    assert got == [NEW]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert names(tmp_path) == ["pipe"]


def test_a_character_device_is_written_into() -> None:
    write(os.devnull, NEW, force=False)
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_dev_stdout_on_a_pipe_is_standard_output() -> None:
    code = (
        "from mourning_day.system.output_file import output_stream\n"
        "with output_stream('/dev/stdout', force=False) as f:\n"
        "    f.write(b'x')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert done.stdout == b"x"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        with pytest.raises(OutputFolderError) as caught:
            write(path, NEW, force=True)
    assert caught.value.problem == "special"


# --- streams, and signals that end the run (issue 9) ----------------------------------------


def test_an_existing_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(OutputExistsError), output_stream(path, force=False):
        raise AssertionError("the block must not run")


def test_the_stream_is_in_place_only_when_the_block_ends(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    with output_stream(path, force=False) as f:
        f.write(b"BEGIN:VCALENDAR\r\n")
        assert not path.exists()
        (tmp,) = [p for p in tmp_path.iterdir() if p.name.startswith(".out.ics.")]
        assert tmp.name.endswith(".tmp")
        f.write(b"END:VCALENDAR\r\n")
    assert path.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert names(tmp_path) == ["out.ics"]


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), SystemExit(143), ValueError("bug")])
def test_any_exception_in_the_block_removes_the_temporary_file(
    tmp_path: Path, exc: BaseException
) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(type(exc)), output_stream(path, force=True) as f:
        f.write(NEW)
        raise exc
    assert names(tmp_path) == ["out.ics"]
    assert path.read_bytes() == OLD


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_handler_that_ends_the_run_leaves_nothing_behind(
    tmp_path: Path, signum: int
) -> None:
    """What the CLI's handler does: remove the temporary files, then end the process (here
    SystemExit stands in for re-raising the signal with its default action)."""

    def handler(signum: int, frame: object) -> None:
        remove_temporary_files()
        raise SystemExit(128 + signum)

    old = signal.signal(signum, handler)
    try:
        with pytest.raises(SystemExit), output_stream(tmp_path / "out.ics", force=False) as f:
            f.write(NEW)
            signal.raise_signal(signum)
    finally:
        signal.signal(signum, old)
    assert names(tmp_path) == []


def test_remove_temporary_files_leaves_finished_files_alone(tmp_path: Path) -> None:
    write(tmp_path / "done.ics", NEW, force=False)
    # Were the handler to return, the block would fail to put the removed file in place.
    with pytest.raises(OutputError), output_stream(tmp_path / "b.ics", force=False) as f:
        f.write(NEW)
        remove_temporary_files()
        assert names(tmp_path) == ["done.ics"]
        remove_temporary_files()  # twice is harmless
    assert names(tmp_path) == ["done.ics"]


# --- issue 19: racing --force, descriptors, Windows -----------------------------------------


def test_with_force_a_file_made_while_writing_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program (or another --force run) takes the free name after our check."""
    path = tmp_path / "out.ics"
    link = os.link

    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(OLD)
        link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    write_atomically(path, NEW, force=True)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["out.ics"]


def test_without_hard_links_force_replaces_a_file_made_while_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(OLD)
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", someone_else_first)
    path = tmp_path / "out.ics"
    write_atomically(path, NEW, force=True)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["out.ics"]


def windows_error(code: int, winerror: int, words: str) -> OSError:
    """An OSError as Python raises it on Windows (PC/errmap.h maps the Windows code)."""
    error = OSError(code, words)
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    "winerror",
    [
        1,  # ERROR_INVALID_FUNCTION: CreateHardLink on FAT32 or exFAT (a USB stick)
        50,  # ERROR_NOT_SUPPORTED
    ],
)
def test_windows_file_systems_without_hard_links_are_recognised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int
) -> None:
    """Python reads both as EINVAL, which was not in the "no hard links" list."""
    error = windows_error(errno.EINVAL, winerror, "Incorrect function")
    monkeypatch.setattr(os, "link", failing(error))
    path = tmp_path / "out.ics"
    write_atomically(path, NEW, force=False)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["out.ics"]


def test_another_einval_from_link_is_still_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", failing(OSError(errno.EINVAL, "Invalid argument")))
    with pytest.raises(OutputWriteError):
        write_atomically(tmp_path / "out.ics", NEW, force=False)
    assert names(tmp_path) == []


def test_a_file_locked_by_another_program_is_not_called_an_unwritable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file another program holds open (ERROR_SHARING_VIOLATION,
    32, which Python raises as PermissionError); the folder took the temporary file fine."""
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    words = "The process cannot access the file because it is being used by another process"
    error = windows_error(errno.EACCES, 32, words)
    monkeypatch.setattr(os, "replace", failing(PermissionError(error.errno, words)))
    with pytest.raises(OutputWriteError) as caught:
        write_atomically(path, NEW, force=True)
    assert caught.value.kind == "failed"
    assert caught.value.reason == words
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


def test_a_folder_that_refuses_the_temporary_file_is_still_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "mkstemp", failing(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(tmp_path / "out.ics", NEW, force=True)
    assert caught.value.problem == "not_writable"


def in_child(code: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from mourning_day.system.output_file import *\n" + code],
        **{"stdout": subprocess.PIPE, **kwargs},  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        check=False,
        timeout=30,
    )


def test_a_link_to_dev_stdout_is_standard_output_too(tmp_path: Path) -> None:
    (tmp_path / "out").symlink_to("/dev/stdout")
    target = tmp_path / "app.ics"
    target.write_bytes(OLD)
    with target.open("ab") as appended:
        done = in_child(
            f"write_atomically({str(tmp_path / 'out')!r}, b'x', force=True)", stdout=appended
        )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == OLD + b"x"


def test_a_descriptor_that_is_not_open_is_an_error_naming_the_path() -> None:
    done = in_child(
        "try:\n"
        "    write_atomically('/dev/fd/9', b'x', force=True)\n"
        "except OutputWriteError as e:\n"
        "    print(e)\n"
    )
    assert done.stdout == b"/dev/fd/9: Bad file descriptor\n"


def test_a_regular_file_named_by_its_name_is_still_replaced_with_force(tmp_path: Path) -> None:
    """Only a path that names a descriptor is one: `-o app.ics --force > app.ics` asks to
    replace app.ics, and does."""
    target = tmp_path / "app.ics"
    target.write_bytes(OLD)
    with target.open("ab") as appended:
        done = in_child(f"write_atomically({str(target)!r}, b'x', force=True)", stdout=appended)
    assert done.returncode == 0
    assert target.read_bytes() == b"x"

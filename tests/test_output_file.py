"""Writing a file whole or not at all, and never over a file the user did not offer."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mourning_day.output_file import (
    OutputError,
    OutputExistsError,
    OutputFolderError,
    OutputWriteError,
    write_atomically,
)

OLD = b"BEGIN:VCALENDAR\r\nold\r\nEND:VCALENDAR\r\n"
NEW = b"BEGIN:VCALENDAR\r\nnew\r\nEND:VCALENDAR\r\n"


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
    write_atomically(path, NEW, force=force)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["mourning-day.ics"]


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(
    tmp_path: Path, umask: Callable[[int], int], mask: int, mode: int
) -> None:
    umask(mask)
    path = tmp_path / "out.ics"
    write_atomically(path, NEW, force=False)
    assert path.stat().st_mode & 0o777 == mode


def test_refuses_to_replace_a_file_without_force(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(OutputExistsError) as caught:
        write_atomically(path, NEW, force=False)
    assert caught.value.path == path
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


def test_replaces_a_file_with_force(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    write_atomically(path, NEW, force=True)
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
        write_atomically(path, NEW, force=False)
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP])
def test_without_hard_links_it_checks_then_renames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(os, "link", failing(OSError(code, os.strerror(code))))
    path = tmp_path / "out.ics"
    write_atomically(path, NEW, force=False)
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
        write_atomically(path, NEW, force=False)
    assert path.read_bytes() == OLD
    assert names(tmp_path) == ["out.ics"]


@pytest.mark.parametrize("force", [False, True])
def test_a_missing_folder(tmp_path: Path, force: bool) -> None:
    path = tmp_path / "no-such-folder" / "out.ics"
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(path, NEW, force=force)
    assert caught.value.problem == "missing"
    assert caught.value.path == path
    assert names(tmp_path) == []


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(OLD)
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(tmp_path / "notes.txt" / "out.ics", NEW, force=True)
    assert caught.value.problem == "missing"
    assert names(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("force", [False, True])
def test_a_path_that_is_a_folder(tmp_path: Path, force: bool) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(folder, NEW, force=force)
    assert caught.value.problem == "is_directory"
    assert folder.is_dir()
    assert names(folder) == []
    assert names(tmp_path) == ["calendars"]


def test_a_folder_that_refuses_new_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permissions cannot be tested for real when the tests run as root, so the system's
    # refusal is simulated where the temporary file is made.
    monkeypatch.setattr(tempfile, "mkstemp", failing(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(tmp_path / "out.ics", NEW, force=True)
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
        write_atomically(path, NEW, force=force)
    assert caught.value.reason == "No space left on device"
    assert names(tmp_path) == (["out.ics"] if force else [])
    if force:
        assert path.read_bytes() == OLD


def test_an_interrupt_mid_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", failing(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "out.ics", NEW, force=True)
    assert names(tmp_path) == []


def test_errors_read_as_one_line_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(OLD)
    with pytest.raises(OutputError) as caught:
        write_atomically(path, NEW, force=False)
    assert str(caught.value) == f"{path}: file exists"

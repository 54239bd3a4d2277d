"""Writing a set of files into a folder (the systemd units): the folder is made if
missing, and no file is written unless every one of them may be, so that a refusal never
leaves half a set behind."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from mourning_day.system.output_file import (
    OutputExistsError,
    OutputFolderError,
    Target,
    write_atomically,
)


def user_unit_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where systemd's user manager reads a user's own units: $XDG_CONFIG_HOME/systemd/user,
    by default ~/.config/systemd/user (systemd.unit(5), "Unit File Load Path")."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME")
    if config and Path(config).is_absolute():
        return Path(config, "systemd", "user")
    return Path("~", ".config", "systemd", "user").expanduser()


def write_files(folder: Target, files: Mapping[str, str], *, force: bool) -> list[str]:
    """Write each `files` name -> text (UTF-8) into `folder`, each atomically; returns the
    paths written. Raises OutputExistsError for the first file that exists, without
    `force`, before any is written, and OutputFolderError where the folder cannot be made
    (naming the first file) or its name is empty (naming that, as `ics -o ''` does)."""
    if not os.fspath(folder):  # Path("") is the current folder, which nobody asked for
        raise OutputFolderError(folder, "missing")
    paths = [str(Path(folder, name)) for name in files]
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except (FileExistsError, FileNotFoundError, NotADirectoryError) as e:
        # A file where the folder (or one above it) should be: the files have no folder.
        raise OutputFolderError(paths[0], "missing") from e
    except OSError as e:
        raise OutputFolderError(paths[0], "not_writable") from e
    if not force:
        for path in paths:
            if os.path.lexists(path):
                raise OutputExistsError(path)
    for path, text in zip(paths, files.values(), strict=True):
        write_atomically(path, text.encode("utf-8"), force=force)
    return paths

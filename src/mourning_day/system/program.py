"""How a scheduler (systemd, cron) starts this very program again: by absolute paths,
since neither searches the PATH a login shell has."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def program_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The words that start mourning-day: the console script's own path where it was
    started as one, else this Python with `-m mourning_day` (`python -m mourning_day`
    leaves the package's __main__.py in argv[0], which cannot be run itself). Paths are
    made absolute but not resolved: a virtual environment's python is a link that must
    stay one, or it would start without the environment."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    script = Path(argv0)
    if argv0 and script.is_file() and os.access(script, os.X_OK) and script.suffix != ".py":
        return [str(script.absolute())]
    return [str(Path(executable).absolute()), "-m", "mourning_day"]

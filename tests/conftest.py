"""Shared test helpers: run the real command in-process and read what it printed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence

import pytest
from typer.testing import CliRunner

from mourning_day.cli.app import app

# Variables that would otherwise leak the developer's machine into the tests.
CLEAN_ENV = {
    "MOURNING_DAY_TODAY": None,
    "MOURNING_DAY_NOW": None,
    "MOURNING_DAY_TZ": None,
    "MOURNING_DAY_LANG": None,
    "LC_ALL": None,
    "LC_MESSAGES": None,
    "LANG": None,
    "NO_COLOR": None,
    "COLUMNS": "80",
}


@pytest.fixture
def invoke():
    """Call the CLI with args (and env overrides); returns click's Result."""
    runner = CliRunner()

    def run(args: Sequence[str], env: dict[str, str | None] | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env={**CLEAN_ENV, **(env or {})})

    return run


def default_sigint() -> None:
    """For a child that a test interrupts with SIGINT (as `preexec_fn`, or first thing
    after a fork): give it SIGINT's default action. Under `nohup`, `( pytest & )` or a
    CI runner that ignores SIGINT, a child would inherit it ignored, and the program
    rightly keeps an ignored SIGINT ignored, so the test would wait for nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_module(
    args: Sequence[str], env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run `python -m mourning_day` in a real subprocess (for streams, pipes, imports)."""
    base = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    return subprocess.run(
        [sys.executable, "-m", "mourning_day", *args],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )

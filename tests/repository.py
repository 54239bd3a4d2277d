"""The clone the tests were started from, for the few tests that read its files (README.md,
the man pages' sources, the changelog, benchmarks/). The suite also runs against an
installed wheel from a copy of tests/ (.ci/run does): there those tests are skipped, with
the reason, and the rest test the installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def in_repository() -> bool:
    return (ROOT / "pyproject.toml").is_file() and (ROOT / "src" / "mourning_day").is_dir()


def repository_file(relative: str) -> Path:
    """ROOT / `relative`; outside a clone, the calling test is skipped."""
    if not in_repository():
        pytest.skip(f"needs {relative} from the repository; these tests run outside a clone")
    return ROOT / relative

"""How a scheduler starts mourning-day again: by the absolute path of the console script,
or, under `python -m mourning_day`, by this Python with -m."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import mourning_day
from mourning_day.system.program import program_command


def script(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_the_console_script_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = script(tmp_path / "bin" / "mourning-day")
    assert program_command(str(program), "/usr/bin/python3") == [str(program)]
    monkeypatch.chdir(tmp_path)
    assert program_command("bin/mourning-day", "/usr/bin/python3") == [str(program)]


def test_python_dash_m(tmp_path: Path) -> None:
    main = Path(mourning_day.__file__).with_name("__main__.py")
    expected = ["/usr/bin/python3", "-m", "mourning_day"]
    assert program_command(str(main), "/usr/bin/python3") == expected
    assert program_command("", "/usr/bin/python3") == expected
    # A file that is not executable cannot be started either.
    (tmp_path / "plain").write_text("", encoding="utf-8")
    assert program_command(str(tmp_path / "plain"), "/usr/bin/python3") == expected


def test_a_virtual_environments_python_stays_a_link(tmp_path: Path) -> None:
    """Resolved, the link would start the base Python, without the environment's packages."""
    link = tmp_path / "venv" / "bin" / "python"
    link.parent.mkdir(parents=True)
    link.symlink_to(sys.executable)
    assert program_command("", str(link))[0] == str(link)


def test_under_python_dash_m_for_real() -> None:
    code = "from mourning_day.system.program import program_command; print(program_command())"
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    # `python -c` leaves "-c" in argv[0]: not a file, so this Python with -m.
    assert shown.strip() == str([str(Path(sys.executable).absolute()), "-m", "mourning_day"])

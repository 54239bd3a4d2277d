"""Start-up is the product's speed: the common paths must not import what they don't use.

No timings here (see benchmarks/startup.py); only which modules a run loads."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import default_sigint

PROBE = """
import json, os, sys
sys.argv = ["mourning-day", *json.loads(sys.argv[1])]
os._exit = sys.exit  # main() ends with os._exit; we want to look around first
from mourning_day.__main__ import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""
FIXED = ["--today", "2025-11-24", "--tz", "Asia/Baku"]


def loaded_packages(args: list[str], locale: str = "C.UTF-8") -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "LANG": locale},
    )
    return set(json.loads(result.stderr.rpartition("MODULES ")[2]))


# Loaded by no run that does not use it: pydantic came onto every run with Typer 0.29
# (pyproject.toml pins typer below 0.29); Rich draws only for a terminal; icalendar and
# dateutil serve only calendars and spans. Babel is the source of names, dates and lists in
# every language, English included, so the runs that print one load it.
HEAVY = {"pydantic", "rich", "icalendar", "dateutil"}


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_the_text_path_loads_babel_but_nothing_else_heavy(lang: str) -> None:
    loaded = loaded_packages(["next", "--format", "text", "--lang", lang, *FIXED])
    assert {"mourning_day", "typer", "babel"} <= loaded
    assert not loaded & HEAVY


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_machine_formats_skip_rich(fmt: str) -> None:
    loaded = loaded_packages(["table", "--format", fmt, *FIXED])
    assert not loaded & HEAVY


@pytest.mark.parametrize("locale", ["C.UTF-8", "en_US.UTF-8", "en_GB.UTF-8", "az_AZ.UTF-8"])
def test_the_rich_summary_loads_rich_and_neither_pydantic_nor_icalendar(locale: str) -> None:
    """The month grid's first weekday, by the locale's territory, needs nothing more."""
    loaded = loaded_packages(["summary", "--format", "rich", *FIXED], locale)
    assert {"rich", "babel"} <= loaded
    assert not loaded & {"pydantic", "icalendar"}


def test_the_console_script_catches_signals_before_typer_loads() -> None:
    """A Ctrl-C while Typer is importing must already meet our handler, not Python's."""
    probe = (
        "import signal, sys; import mourning_day.system.process as p; p.start(); "
        "print(signal.getsignal(signal.SIGINT) is p._on_signal, "
        "sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'rich', 'babel'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        preexec_fn=default_sigint,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == "True []\n"


@pytest.mark.parametrize("zone", [[], ["--tz", "Asia/Baku"]])
def test_a_script_s_wait_for_the_minute_loads_neither_rich_nor_babel(zone: list[str]) -> None:
    # Started during the minute, so it answers at once; in Baku, or in a zone without a
    # name, its line names no date and no place.
    loaded = loaded_packages(["silence", "--wait", "--now", "2026-01-20T08:00:30Z", *zone])
    assert not loaded & {*HEAVY, "babel"}


def test_the_shell_hook_is_printed_without_rich_or_babel() -> None:
    loaded = loaded_packages(["init", "bash", "--tz", "Asia/Baku"])
    assert not loaded & {*HEAVY, "babel"}

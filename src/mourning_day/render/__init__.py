"""One module per output format; each turns the same records into its own output.

Every renderer module provides next_anniversary, summary, table and is_today with the
signatures of render/text.py. Adding a format is adding a module and a line below."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import TextIO

from mourning_day.i18n.messages import Messages
from mourning_day.system.terminal import utf8_stdout

# Format name -> module under mourning_day.render, imported only when chosen.
FORMATS = {"rich": "console", "text": "text", "json": "json_format", "csv": "csv_format"}
# Formats for scripts: the same bytes under any locale and terminal (English unless --lang).
MACHINE_FORMATS = ("json", "csv")


def default_format(out: TextIO, environ: Mapping[str, str]) -> str:
    """Rich on a terminal; plain text in a pipe, and on a dumb terminal (Emacs' shell, some
    CI logs), which shows no styles, links or boxes."""
    return "rich" if out.isatty() and environ.get("TERM") != "dumb" else "text"


def renderer(fmt: str) -> ModuleType:
    return importlib.import_module(f"mourning_day.render.{FORMATS[fmt]}")


def show(fmt: str, kind: str, *records: object, msgs: Messages) -> None:
    """`records` as `kind` ("summary", "table", ...) in `fmt`, on standard output. JSON and
    CSV are UTF-8 whatever the terminal's encoding: never a transliteration."""
    if fmt not in MACHINE_FORMATS:
        getattr(renderer(fmt), kind)(*records, msgs, sys.stdout)
        return
    with utf8_stdout() as out:
        getattr(renderer(fmt), kind)(*records, msgs, out)

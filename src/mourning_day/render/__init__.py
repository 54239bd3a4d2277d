"""One module per output format; each turns the same records into its own output.

Every renderer module provides next_anniversary, summary, table and is_today with the
signatures of render/text.py. Adding a format is adding a module and a line below."""

from __future__ import annotations

import importlib
from types import ModuleType

# Format name -> module under mourning_day.render, imported only when chosen.
FORMATS = {"rich": "console", "text": "text", "json": "json_format", "csv": "csv_format"}


def renderer(fmt: str) -> ModuleType:
    return importlib.import_module(f"mourning_day.render.{FORMATS[fmt]}")

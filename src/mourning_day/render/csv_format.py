"""CSV: a header row of field names, then one row per record (RFC 4180 line endings)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import date
from typing import TextIO

from mourning_day.core.anniversary import YearRange
from mourning_day.core.observance import Observance, Summary
from mourning_day.i18n.messages import Messages
from mourning_day.render.fields import (
    ANNIVERSARY_FIELDS,
    Value,
    anniversary_fields,
    is_today_fields,
    observance_fields,
    summary_fields,
)


def _write(record: Mapping[str, Value], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(record.keys())
    writer.writerow(_cells(record))


def _cells(record: Mapping[str, Value]) -> list[str | int]:
    # Booleans as lower-case words, as in JSON, rather than Python's True/False.
    return [str(v).lower() if isinstance(v, bool) else v for v in record.values()]


def next_anniversary(obs: Observance, msgs: Messages, out: TextIO) -> None:
    _write(observance_fields(obs, msgs), out)


def is_today(obs: Observance, today: date, msgs: Messages, out: TextIO) -> None:
    _write(is_today_fields(obs, today, msgs), out)


def summary(summary: Summary, msgs: Messages, out: TextIO) -> None:
    _write(summary_fields(summary, msgs), out)


def table(years: YearRange, msgs: Messages, out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(ANNIVERSARY_FIELDS)
    for ann in years:
        writer.writerow(anniversary_fields(ann, msgs).values())

"""`mourning-day next`: the next 20 January in one or two lines, or one bare field."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.options import (
    Format,
    Lang,
    Now,
    Today,
    Tz,
    choice_parser,
    option,
    prepare,
)
from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe
from mourning_day.render.fields import OBSERVANCE_FIELDS, field_lines
from mourning_day.system.terminal import utf8_stdout

Field = Annotated[
    str | None,
    option(
        metavar="NAME",
        parser=choice_parser("field", OBSERVANCE_FIELDS),
        autocompletion=completer("field"),
    ),
]


def command(
    ctx: typer.Context,
    field: Field = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.next"."""
    run = prepare(ctx, today, tz, fmt, lang, machine=field is not None, now=now)
    obs = observe(anniversary(run.next_year(), run.today), run.zone, run.now, also=run.also)
    if field is not None:
        with utf8_stdout() as out:
            out.writelines(f"{line}\n" for line in field_lines(obs, field, run.msgs))
        return
    run.render("next_anniversary", obs)

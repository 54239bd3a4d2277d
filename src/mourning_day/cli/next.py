"""`mourning-day next`: the next 20 January in one or two lines, or one bare field."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.options import Format, Lang, Now, Today, Tz, prepare, utf8_stdout
from mourning_day.core.anniversary import anniversary
from mourning_day.core.observance import observe
from mourning_day.render.fields import OBSERVANCE_FIELDS, observance_fields


def command(
    ctx: typer.Context,
    field: Annotated[
        str | None,
        typer.Option(metavar="NAME", show_default=False, autocompletion=completer("field")),
    ] = None,
    today: Today = None,
    now: Now = None,
    tz: Tz = None,
    fmt: Format = None,
    lang: Lang = None,
) -> None:
    """Its help is in the catalogs, under "help.commands.next"."""
    run = prepare(ctx, today, tz, fmt, lang, machine=field is not None, now=now)
    if field is not None and field not in OBSERVANCE_FIELDS:
        run.unknown("field", "field", field, OBSERVANCE_FIELDS)
    obs = observe(anniversary(run.next_year(), run.today), run.zone, run.now)
    if field is not None:
        with utf8_stdout() as out:
            out.write(f"{observance_fields(obs, run.msgs)[field]}\n")
        return
    run.render("next_anniversary", obs)

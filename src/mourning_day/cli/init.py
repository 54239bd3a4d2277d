"""`mourning-day init TARGET`: a snippet for a shell's start-up file that prints the day's
line in each new shell on 20 January (and starts no program on the other days), or the
minute of silence kept by a scheduler: systemd's user timer, or a crontab line."""

from typing import Annotated

import typer

from mourning_day.cli.completion import completer
from mourning_day.cli.errors import EXIT_NO, Mistake, report
from mourning_day.cli.options import Lang, Run, Tz, option, prepare
from mourning_day.core import vigil
from mourning_day.core.schedule import wall_clock
from mourning_day.render import systemd_units
from mourning_day.render.choices import TARGETS
from mourning_day.render.crontab import CronCommandError, cron_entry
from mourning_day.render.shell_hook import HOOK_SHELLS, shell_hook
from mourning_day.system import clock
from mourning_day.system.output_file import OutputError
from mourning_day.system.program import program_command
from mourning_day.system.unit_files import user_unit_folder, write_files


def parse_target(text: str) -> str:
    if text.lower() not in TARGETS:
        raise Mistake("errors.init_shell", value=text, choices=", ".join(TARGETS))
    return text.lower()


Target = Annotated[
    str,
    typer.Argument(
        metavar="TARGET",
        parser=parse_target,
        show_default=False,
        autocompletion=completer("target"),
    ),
]
# A string, not a Path: "~" stays for the shell, and "" is refused by write_files.
Folder = Annotated[str | None, option("--dir", metavar="DIR")]


def command(
    ctx: typer.Context,
    target: Target,
    tz: Tz = None,
    lang: Lang = None,
    folder: Folder = None,
    force: Annotated[bool, typer.Option("--force")] = False,
) -> None:
    """Its help is in the catalogs, under "help.commands.init"."""
    run = prepare(ctx, None, tz, "text", lang)
    # The job, like the snippet, is run with the zones and language given, and no others:
    # without them mourning-day chooses both when it runs, as always.
    zones = [z.name for z in (run.zone, *run.also) if z.name] if tz else []
    given = run.msgs.lang if lang is not None else None
    if target != "systemd":
        for name, present in (("dir", folder is not None), ("force", force)):
            if present:  # --dir '' too: it is given, and refused here as anywhere but systemd
                run.fail(name, "errors.only_systemd", option=name)
    if target in HOOK_SHELLS:
        print(shell_hook(target, zones, given), end="")
    elif target == "cron":
        _cron(run, zones, given, bool(tz))
    else:
        _systemd(run, zones, given, folder, force)


def _cron(run: Run, zones: list[str], lang: str | None, given_zone: bool) -> None:
    """cron runs in the system's zone (Debian's has no CRON_TZ): the line holds the minute
    on that clock, by the rules of the year of the next minute of silence."""
    zone = run.zone if given_zone else clock.daemon_zone()
    year = vigil.next_minute(run.clock.now()).year
    try:
        print(cron_entry(wall_clock(year, zone), program_command(), zones, lang, run.msgs), end="")
    except CronCommandError as e:
        raise typer.Exit(report(run.msgs.text("schedule.errors.cron", path=e.path), EXIT_NO)) from e


def _systemd(run: Run, zones: list[str], lang: str | None, folder: str | None, force: bool) -> None:
    where = folder if folder is not None else user_unit_folder()
    try:
        files = systemd_units.units(program_command(), zones, lang, run.msgs)
        paths = write_files(where, files, force=force)
    except systemd_units.UnitCommandError as e:
        text = run.msgs.text(f"schedule.errors.{e.problem}", path=e.path)
        raise typer.Exit(report(text, EXIT_NO)) from e
    except OutputError as e:
        run.fail_output(e, e.path)
    print(run.msgs.text("schedule.written", paths=", ".join(paths)))
    print(run.msgs.text("schedule.enable"))
    print(systemd_units.ENABLE)

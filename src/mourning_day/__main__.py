"""The console script and `python -m mourning_day`: signals and standard streams are made
safe before Typer and the rest load, so a Ctrl-C while they load ends the run quietly."""

from typing import NoReturn

from mourning_day.system.process import Interrupted, die_by, finish, start


def main() -> NoReturn:
    start()
    try:
        from mourning_day.cli.app import run  # Typer and the rest load only now

        finish(run())
    except Interrupted as e:
        die_by(e.signum)


if __name__ == "__main__":
    main()

"""The console script and `python -m mourning_day`: signals and standard streams are made
safe before Typer and the rest load, so a Ctrl-C while they load ends the run quietly."""

from typing import NoReturn

from mourning_day.system.process import (
    Interrupted,
    die_by,
    finish,
    out_of_memory,
    out_of_memory_in,
    start,
)


def main() -> NoReturn:
    start()
    try:
        from mourning_day.cli.app import run  # Typer and the rest load only now

        finish(run())
    except Interrupted as e:
        die_by(e.signum)
    except MemoryError:  # wherever it struck: one line, never a traceback
        out_of_memory()
    except (ImportError, SystemError) as e:
        if not out_of_memory_in(e):
            raise
        out_of_memory()


if __name__ == "__main__":
    main()

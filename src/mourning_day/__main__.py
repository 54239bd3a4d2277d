"""The console script and `python -m mourning_day`: signals and standard streams are made
safe before Typer and the rest load, so a Ctrl-C while they load ends the run quietly."""

import os
from typing import NoReturn

try:
    from mourning_day.system.process import (
        Interrupted,
        die_by,
        finish,
        out_of_memory,
        out_of_memory_in,
        start,
    )
except MemoryError:  # not even the plumbing loaded: its one line, from bytes, as it would
    try:  # noqa: SIM105 (a plain try: even a context manager's object may not fit)
        os.write(2, b"mourning-day: out of memory\n")
    except (OSError, MemoryError):
        pass
    os._exit(1)


def main() -> NoReturn:
    start()
    try:
        from mourning_day.cli.app import run  # Typer and the rest load only now

        finish(run())
    except Interrupted as e:
        die_by(e.signum)
    except Exception as e:  # memory running out, wherever it struck: one line
        try:
            starved = out_of_memory_in(e)
        except MemoryError:  # the check itself found none left
            starved = True
        if not starved:
            raise  # a bug or a broken install keeps its traceback, to be reported
        out_of_memory()


if __name__ == "__main__":
    main()

"""The console script and `python -m mourning_day`: signals and standard streams are made
safe before Typer and the rest load, so a Ctrl-C while they load ends the run quietly."""

import contextlib
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
    with contextlib.suppress(OSError):
        os.write(2, b"mourning-day: out of memory\n")
    os._exit(1)


def main() -> NoReturn:
    start()
    try:
        from mourning_day.cli.app import run  # Typer and the rest load only now

        finish(run())
    except Interrupted as e:
        die_by(e.signum)
    except Exception as e:  # memory running out, wherever it struck: one line
        if not out_of_memory_in(e):
            raise  # a bug or a broken install keeps its traceback, to be reported
        out_of_memory()


if __name__ == "__main__":
    main()

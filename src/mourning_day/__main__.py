"""The console script and `python -m mourning_day`: signals and standard streams are made
safe before Typer and the rest load, so a Ctrl-C while they load ends the run quietly."""

import os

try:
    import signal

    from mourning_day.system.process import (
        Interrupted,
        die_by,
        finish,
        out_of_memory,
        out_of_memory_in,
        start,
    )
except KeyboardInterrupt:  # a Ctrl-C before the handlers are in place ends the run alike
    import signal  # again, if it was this import that the Ctrl-C cut short

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    os._exit(128 + signal.SIGINT)  # only where the signal did not end the process
except MemoryError:  # not even the plumbing loaded: its one line, from bytes, as it would
    try:  # noqa: SIM105 (a plain try: even a context manager's object may not fit)
        os.write(2, b"mourning-day: out of memory\n")
    except (OSError, MemoryError):
        pass
    os._exit(1)

from typing import NoReturn  # after the guard: typing alone takes a few milliseconds


def main() -> NoReturn:
    try:
        start()  # a signal that comes while it puts the handlers in place is caught below
        from mourning_day.cli.app import run  # Typer and the rest load only now

        finish(run())
    except Interrupted as e:
        die_by(e.signum)
    except KeyboardInterrupt:  # Python's own Ctrl-C handler, before start() replaced it
        die_by(signal.SIGINT)
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

"""The command line: Typer over the library. cli/app.py is the program and its edge,
cli/options.py the shared options, and each command has a module of its own, imported
only when that command runs."""

"""Write the man pages: man/man1/mourning-day.1 in English and man/<lang>/man1/mourning-day.1
for every other language the catalogs have, from the catalogs and the real commands.

    python tools/manpages.py           # write them
    python tools/manpages.py --check   # exit 1, naming each page that is not current

The commands and their options are read from the click command tree that Typer builds
(public API: list_commands, get_command, get_params); the version from pyproject.toml, its
only source; the page's date from the CHANGELOG.md entry for that version."""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.render.manpage import ArgumentSpec, CommandSpec, OptionSpec, manpage

ROOT = Path(__file__).resolve().parent.parent


def page_path(lang: str, root: Path = ROOT) -> Path:
    """Where the page of `lang` lives: man(1) looks in man1/ for English, <lang>/man1/ else."""
    folder = root / "man" if lang == "en" else root / "man" / lang
    return folder / "man1" / "mourning-day.1"


def version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def release_date(release: str, root: Path = ROOT) -> str:
    """The date of `release` in CHANGELOG.md ("## [0.1.0] - 2026-12-03")."""
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(rf"^## \[{re.escape(release)}\] - (\d{{4}}-\d\d-\d\d)$", changelog, re.M)
    if found is None:
        raise SystemExit(f"manpages.py: CHANGELOG.md has no dated entry for {release}")
    return found.group(1)


def command_specs() -> tuple[tuple[OptionSpec, ...], tuple[CommandSpec, ...]]:
    """The program's own options and each command's arguments and options, as --help shows
    them (hidden ones left out)."""
    import typer

    from mourning_day.cli.app import app
    from mourning_day.render.choices import CHOICES

    def choices(key: str) -> tuple[str, ...]:
        return tuple(CHOICES[key]()) if key in CHOICES else ()

    def option(param: Any) -> OptionSpec:
        names = (*sorted(param.opts, key=len), *param.secondary_opts)
        shown = None if getattr(param, "is_flag", False) else param.metavar
        envvar = param.envvar if isinstance(param.envvar, str) else None
        spec = OptionSpec(names, shown, envvar)
        return spec._replace(choices=choices(spec.key))

    def argument(param: Any) -> ArgumentSpec:
        metavar = param.metavar or (param.name or "").upper()
        return ArgumentSpec(metavar, bool(param.required), choices(metavar.lower()))

    def described(params: list[Any]) -> tuple[tuple[ArgumentSpec, ...], tuple[OptionSpec, ...]]:
        visible = [p for p in params if not getattr(p, "hidden", False)]
        arguments = tuple(argument(p) for p in visible if p.param_type_name == "argument")
        options = tuple(option(p) for p in visible if p.param_type_name != "argument")
        return arguments, options

    group = typer.main.get_command(app)
    # Contexts as a run makes them (their settings give -h beside --help); resilient
    # parsing: no callback runs and a missing argument is no error.
    ctx = group.make_context("mourning-day", [], resilient_parsing=True)
    _, program_options = described(group.get_params(ctx))
    commands = []
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        sub = command.make_context(name, [], parent=ctx, resilient_parsing=True)
        commands.append(CommandSpec(name, *described(command.get_params(sub))))
    return program_options, tuple(commands)


def pages(root: Path = ROOT) -> dict[Path, str]:
    """Every page, by where it belongs."""
    program_options, commands = command_specs()
    release = version(root)
    date = release_date(release, root)
    return {
        page_path(lang, root): manpage(lang, program_options, commands, version=release, date=date)
        for lang in LANGUAGES
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    stale = []
    for path, text in pages().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"manpages.py: {path.relative_to(ROOT)} is not current", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

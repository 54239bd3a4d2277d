"""mourning-day(1): written from the catalogs and the real commands, shipped in every
catalog's language, current, clean for mandoc's lint, and installed where man finds it."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import distribution
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import typer
from repository import in_repository, repository_file

from mourning_day.cli.app import app
from mourning_day.i18n.catalog import LANGUAGES, load_catalog
from mourning_day.render.manpage import (
    MAX_LINE_BYTES,
    CommandSpec,
    OptionSpec,
    _text,
    manpage,
)

SECTIONS = (
    "name",
    "synopsis",
    "description",
    "options",
    "commands",
    "exit_status",
    "environment",
    "files",
    "examples",
    "see_also",
)


def tool() -> ModuleType:
    """tools/manpages.py, the script that writes the pages (it lives in the repository)."""
    path = repository_file("tools/manpages.py")
    spec = importlib.util.spec_from_file_location("manpages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def installed_page(lang: str) -> Path | None:
    """The page the installed distribution put under share/man, if it lists one."""
    folder = "share/man/" if lang == "en" else f"share/man/{lang}/"
    for file in distribution("mourning-day").files or []:
        if str(file).replace("\\", "/").endswith(folder + "man1/mourning-day.1"):
            return Path(str(file.locate()))
    return None


def a_page(lang: str) -> Path:
    """The repository's page in a clone (an editable install's copy is as old as the
    install), else the installed one."""
    if in_repository():
        return Path(tool().page_path(lang))
    found = installed_page(lang)
    if found is None:
        pytest.skip(f"neither a clone nor an installed page for {lang}")
    return found


def needed(program: str) -> str:
    """CI must run these cases; elsewhere a missing program is a visible skip."""
    path = shutil.which(program)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{program} is needed for these tests: apt-get install {program}")
        pytest.skip(f"{program} is not installed here (apt-get install {program})")
    return path


# --- the renderer, on a description written here -----------------------------------------

FORMAT = OptionSpec(("-f", "--format"), "FORMAT", None, ("rich", "text"))
TZ = OptionSpec(("--tz",), "ZONE", "MOURNING_DAY_TZ")
SMALL = manpage(
    "en",
    [OptionSpec(("--version",))],
    [CommandSpec("next", options=(FORMAT, TZ))],
    version="9.9",
    date="2026-01-20",
)


def test_the_title_line_names_page_section_date_version_and_manual() -> None:
    # man(7): .TH title section date source manual; "User Commands" as man-pages(7) says.
    assert '.TH MOURNING\\-DAY 1 2026-01-20 "mourning-day 9.9" "User Commands"' in SMALL


def test_an_option_reads_as_help_shows_it() -> None:
    # en.json: "Output format: {choices}." (CLDR en_001's "or" list), and help.defaults.format.
    lines = SMALL.splitlines()
    at = lines.index(r"\fB\-f\fR, \fB\-\-format\fR \fIFORMAT\fR")
    assert lines[at - 1] == ".TP"
    paragraph = " ".join(lines[at + 1 : at + 3])
    assert paragraph.startswith(
        r"Output format: rich or text. [default: rich on a terminal, text otherwise]"
    )


def test_an_options_variable_is_listed_under_environment_once() -> None:
    environment = SMALL.partition(".SH ENVIRONMENT")[2].partition(".SH FILES")[0]
    assert environment.count(r"\fBMOURNING_DAY_TZ\fR") == 1
    assert r"As \-\-tz; \-\-tz on the command line wins." in environment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--tz Asia/Baku", r"\-\-tz Asia/Baku"),  # a minus, not a hyphen, to be copied
        ("C:\\path", r"C:\epath"),
        (".starts like a request", r"\&.starts like a request"),
        ("'starts like one too", r"\&'starts like one too"),
        ("57\u00a0days", r"57\~days"),  # no-break space stays unbreakable
    ],
)
def test_text_is_escaped_for_roff(text: str, expected: str) -> None:
    assert _text(text) == expected


def test_long_paragraphs_are_broken_into_short_lines() -> None:
    text = " ".join(["word"] * 100) + " " + "x" * 120
    lines = _text(text).splitlines()
    assert len(lines) > 5
    assert all(len(line.encode()) <= MAX_LINE_BYTES for line in lines[:-1])
    assert lines[-1] == "x" * 120  # a word longer than a line stays whole
    assert " ".join(lines) == text


# --- the shipped pages ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_page_is_current(lang: str) -> None:
    manpages = tool()
    path = manpages.page_path(lang)
    assert path.is_file(), f"{path} is missing: run python tools/manpages.py"
    expected = manpages.pages()[path]
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path} is stale: run python tools/manpages.py"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_section_is_there_in_order(lang: str) -> None:
    text = a_page(lang).read_text(encoding="utf-8")
    headings = [line.removeprefix(".SH ") for line in text.splitlines() if line.startswith(".SH ")]
    names = load_catalog(lang)["man"]["sections"]
    assert headings == [names[key] for key in SECTIONS]


def _commands_and_options() -> dict[str, list[str]]:
    """Each command's long option names, from the command tree the program runs."""
    group: Any = typer.main.get_command(app)
    ctx = group.make_context("mourning-day", [], resilient_parsing=True)
    found = {}
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        sub = command.make_context(name, [], parent=ctx, resilient_parsing=True)
        found[name] = [
            o
            for p in command.get_params(sub)
            if not getattr(p, "hidden", False)
            for o in (*p.opts, *p.secondary_opts)
            if o.startswith("--")
        ]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_man_shows_every_command_and_option(lang: str) -> None:
    page = a_page(lang)
    man = needed("man")
    env = {**os.environ, "MANPAGER": "cat", "MANWIDTH": "80", "LANG": "C.UTF-8"}
    shown = subprocess.run(
        [man, "-l", str(page)], capture_output=True, text=True, env=env, timeout=30, check=True
    ).stdout
    assert load_catalog(lang)["man"]["sections"]["name"] in shown
    subsections = re.findall(r"^   (\S+)$", shown, re.M)  # man indents .SS by three spaces
    commands = _commands_and_options()
    assert subsections == list(commands)
    for name, options in commands.items():
        part = shown.partition(f"\n   {name}\n")[2]
        for option in options:
            assert re.search(rf"(^|[ ,]){re.escape(option)}\b", part, re.M), (name, option)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mandoc_lint_finds_nothing_to_warn_about(lang: str) -> None:
    # Style notes (lines longer than 80 bytes) are left: mandoc counts a non-ASCII letter
    # as its \[uXXXX] escape, so a Russian line of ten words is "too long".
    mandoc = needed("mandoc")
    result = subprocess.run(
        [mandoc, "-T", "lint", "-W", "warning", str(a_page(lang))],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.stdout + result.stderr == ""
    assert result.returncode == 0


def test_the_english_page_is_clean_even_for_style() -> None:
    mandoc = needed("mandoc")
    result = subprocess.run(
        [mandoc, "-T", "lint", str(a_page("en"))], capture_output=True, text=True, timeout=30
    )
    assert result.stdout + result.stderr == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_distribution_installs_each_page_under_share_man(lang: str) -> None:
    # Where man(1) and pipx (PIPX_MAN_DIR) look: <prefix>/share/man/[<lang>/]man1/.
    page = installed_page(lang)
    assert page is not None, f"the distribution lists no share/man page for {lang}"
    assert page.is_file()
    assert Path(sys.prefix).resolve() in page.resolve().parents


# --- the page says what --help says -------------------------------------------------------


def _help_rows(screen: str, lang: str) -> dict[str, str]:
    """A help screen's option rows: long name -> description, spaces made single."""
    heading = load_catalog(lang)["usage"]["options"] + ":"
    section = screen.partition(f"\n{heading}\n")[2]
    section = re.split(r"\n(?=\S)", section)[0]  # up to the next heading
    rows: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in section.splitlines():
        row = re.match(r"^  (-\S.*?)(?: {2,}(\S.*))?$", line)
        if row:
            long_name = next(n for n in re.split(r"[ ,]+", row[1]) if n.startswith("--"))
            current = rows.setdefault(long_name, [row[2] or ""])
        elif current is not None and re.match(r"^ {3,}\S", line):
            current.append(line.strip())
        else:
            current = None
    return {name: _single_spaces(" ".join(parts)) for name, parts in rows.items()}


def _page_rows(page: str, command: str) -> dict[str, str]:
    """The man page's option rows under one command's subsection, unescaped."""
    heading = "\n.SS " + command.replace("-", "\\-") + "\n"
    part = page.partition(heading)[2].partition("\n.S")[0].splitlines()
    rows = {}
    for i, line in enumerate(part):
        if line == ".TP" and part[i + 1].startswith(r"\fB\-"):
            names = _unescaped(part[i + 1])
            text = []
            for following in part[i + 2 :]:
                if following.startswith("."):
                    break
                text.append(_unescaped(following))
            long_name = next(n for n in re.split(r"[ ,]+", names) if n.startswith("--"))
            rows[long_name] = _single_spaces(" ".join(text))
    return rows


def _unescaped(roff: str) -> str:
    for escape, char in ((r"\-", "-"), (r"\~", "\u00a0"), (r"\e", "\\"), (r"\&", "")):
        roff = roff.replace(escape, char)
    return re.sub(r"\\f[BIR]", "", roff)


def _single_spaces(text: str) -> str:
    return re.sub(r" +", " ", text).strip()  # ordinary spaces only: no-break ones stay


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", list(_commands_and_options()))
def test_each_option_reads_as_in_help(invoke, lang: str, command: str) -> None:  # type: ignore[no-untyped-def]
    screen = invoke([command, "--help", "--lang", lang]).stdout
    page = a_page(lang).read_text(encoding="utf-8")
    in_help, on_page = _help_rows(screen, lang), _page_rows(page, command)
    assert len(in_help) >= 2  # at least one option and -h, --help: the parsing found rows
    assert list(on_page) == list(in_help)
    assert on_page == in_help

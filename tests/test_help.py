"""Help, usage errors, suggestions and completion, as a reader of each language meets them.

The help tests are generated over every command and language: adding a command, an option
or a language adds their cases. Expected Russian wording follows GNU coreutils, git and
GLib's Russian catalogs (installed under /usr/share/locale/ru; e.g. "Использование:",
"Параметры:", "показать эту справку и выйти", "Возможно, вы имели в виду …?"); the
Azerbaijani follows GLib's az catalog ("Əmr sətiri", "Nümunə") and the program's own
catalog style for errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mourning_day.cli.app import COMMANDS, app
from mourning_day.i18n.catalog import LANGUAGES, load_catalog
from mourning_day.i18n.messages import Messages
from mourning_day.render import FORMATS
from mourning_day.render.choices import CHOICES, SHELLS
from mourning_day.render.fields import OBSERVANCE_FIELDS

HELP_SCREENS = [[], *([name] for name in COMMANDS)]
WIDTH = 80
BEFORE = ["--today", "2025-11-24", "--tz", "Asia/Baku"]
# Options with no default worth naming: without them the command does its usual thing.
NO_DEFAULT = {"--field", "--to-year", "--output", "--show-completion", "--install-completion"}
OPTION_ROW = re.compile(r"^  (?:-\w, )?(--[\w-]+)")


def help_screen(invoke, command: list[str], lang: str, columns: int = WIDTH) -> str:  # type: ignore[no-untyped-def]
    result = invoke([*command, "--help", "--lang", lang], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return str(result.stdout)


def option_rows(screen: str) -> dict[str, str]:
    """Each option's row in the Options section, its wrapped lines joined into one."""
    rows: dict[str, str] = {}
    heading = {Messages(lang).text("usage.options") + ":" for lang in LANGUAGES}
    current = None
    in_options = False
    for line in screen.splitlines():
        if not line.startswith(" "):
            in_options = line in heading
            current = None
            continue
        match = OPTION_ROW.match(line)
        if in_options and match:
            current = match.group(1)
            rows[current] = line.strip()
        elif in_options and current:
            rows[current] += " " + line.strip()
    return {option: " ".join(row.split()) for option, row in rows.items()}


# --- every help screen, in every language --------------------------------------------------


def unbreakable(line: str, before: str) -> bool:
    """What help may let run past the terminal's edge, rather than break: one word (a
    variable's name, a sample date and time), an option's names alone on their line,
    and an example's command line (after its "# " comment), kept whole to be copied."""
    text = line.strip()
    example = before.lstrip().startswith("# ") and not text.startswith("#")
    return len(text.split()) == 1 or example or (bool(OPTION_ROW.match(line)) and "  " not in text)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", HELP_SCREENS, ids=lambda c: c[0] if c else "program")
@pytest.mark.parametrize("columns", [30, 40, WIDTH, 120])
def test_help_is_tidy(invoke, command: list[str], lang: str, columns: int) -> None:  # type: ignore[no-untyped-def]
    screen = help_screen(invoke, command, lang, columns)
    lines = screen.splitlines()
    assert all(line == line.rstrip() for line in lines), "trailing spaces"
    assert "\n\n\n" not in screen, "double blank lines"
    too_wide = [
        line
        for before, line in zip(["", *lines], lines, strict=False)
        if len(line) > columns and not unbreakable(line, before)
    ]
    assert too_wide == []
    assert max(len(line) for line in lines) <= max(columns, WIDTH)  # a wide one stays sane
    assert lines[0].startswith(Messages(lang).text("usage.usage") + " mourning-day")
    assert "--no-" not in screen  # flags are plain: `--force`, not `--force / --no-force`
    assert "\x1b" not in screen and "[default" not in screen.replace("[default:", "")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", HELP_SCREENS, ids=lambda c: c[0] if c else "program")
def test_every_option_has_help_and_shows_its_default(invoke, command: list[str], lang: str) -> None:  # type: ignore[no-untyped-def]
    msgs = Messages(lang)
    default = "[" + msgs.text("usage.default", value="")
    screen = help_screen(invoke, command, lang)
    rows = option_rows(screen)
    assert "--help" in rows
    firsts = {m.group(1): line for line in screen.splitlines() if (m := OPTION_ROW.match(line))}
    for option, row in rows.items():
        names = " ".join(firsts[option].strip().split("  ")[0].split())  # before the gap
        assert row.startswith(names), row
        described = row[len(names) :].strip()
        assert described, f"{option} has no help"
        takes_value = bool(re.search(r" \[?[A-Z]+\]?$", names))
        if takes_value and option not in NO_DEFAULT:
            assert default in described, f"{option} shows no default: {row}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_option_has_its_own_words_in_every_catalog(lang: str, command: str) -> None:
    """Not English as a fallback: each language's catalog names every option."""
    import typer

    from mourning_day.cli.app import Program

    group = typer.main.get_command(app)
    assert isinstance(group, Program)
    ctx = typer.Context(group, info_name="mourning-day")
    cmd = group.get_command(ctx, command)
    catalog = load_catalog(lang)["help"]
    own = catalog["commands"][command]
    assert own["summary"]
    for param in cmd.params:
        if param.param_type_name == "argument":
            assert (param.metavar or "").lower() in own["arguments"], param.name
            continue
        name = next(o[2:] for o in param.opts if o.startswith("--"))
        assert name in own.get("options", {}) or name in catalog["options"], (command, name)


# Words that may stand in a Russian or Azerbaijani help screen though they are Latin:
# values the user types, command names, and names of standards and formats.
VALUES = {*FORMATS, *LANGUAGES, *OBSERVANCE_FIELDS, *SHELLS, *COMMANDS, "ics"}
VALUES |= {value for values in CHOICES.values() for value in values()}
PROPER_NAMES = {"IANA", "JSON", "CSV", "iCalendar", "khal", "CalDAV", "calcurse", "macOS"}
# Programs named in help (which notifier is used), as their commands are spelled.
PROPER_NAMES |= {"notify-send", "osascript"}
TOKENS_TO_DROP = [
    r"(?m)^ *(?:eval \"\$\()?mourning-day\b.*$",  # examples' command lines
    r"mourning-day\b.*",  # the usage line after its prefix
    r"(?<![\w-])--?[A-Za-z][\w-]*",  # option names
    r"\b[\w.+-]+/[\w/+-]+\b",  # zone IDs
    r"\b[a-z]{2}_[A-Z]{2}(?:\.UTF-8)?",  # locale names
    r"\b[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:+-]+Z?",  # ISO 8601 times (--now)
    r"\b(?:[0-9]+[dhms])+\b",  # durations (--within 1h30m)
    r"\b[A-Z][A-Z_]*\b",  # metavars and environment variables
]


def foreign_words(screen: str) -> list[str]:
    for pattern in TOKENS_TO_DROP:
        screen = re.sub(pattern, " ", screen)
    words = re.findall(r"[^\W\d_][\w-]*", screen)
    return [w for w in words if w not in VALUES and w not in PROPER_NAMES]


def english_words(invoke) -> set[str]:  # type: ignore[no-untyped-def]
    words: set[str] = set()
    for command in HELP_SCREENS:
        words |= {w.lower() for w in foreign_words(help_screen(invoke, command, "en"))}
    return words


@pytest.mark.parametrize("command", HELP_SCREENS, ids=lambda c: c[0] if c else "program")
def test_russian_help_has_no_latin_word_but_names_and_values(invoke, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    latin = [w for w in foreign_words(help_screen(invoke, command, "ru")) if w.isascii()]
    assert not latin


@pytest.mark.parametrize("command", HELP_SCREENS, ids=lambda c: c[0] if c else "program")
def test_azerbaijani_help_has_no_english_word(invoke, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    english = english_words(invoke)
    words = {w.lower() for w in foreign_words(help_screen(invoke, command, "az"))}
    assert english, "the English screens were read"
    assert not words & english


def test_the_language_tests_would_catch_english(invoke) -> None:  # type: ignore[no-untyped-def]
    leak = "\n  -h, --help  Show this message and exit.  [default: rich]"
    screen = help_screen(invoke, ["next"], "ru") + leak
    assert [w for w in foreign_words(screen) if w.isascii()] == [
        "Show", "this", "message", "and", "exit", "default",
    ]  # fmt: skip
    screen = help_screen(invoke, ["next"], "az") + leak
    found = {w.lower() for w in foreign_words(screen)} & english_words(invoke)
    assert found == {"show", "this", "message", "and", "exit", "default"}


@pytest.mark.parametrize(
    ("env", "heading"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "Параметры:"),
        ({"LC_ALL": "az_AZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "Seçimlər:"),
        ({"MOURNING_DAY_LANG": "ru", "LANG": "az_AZ.UTF-8"}, "Параметры:"),
        ({"LANG": "C.UTF-8"}, "Options:"),
    ],
)
def test_help_follows_the_locale(invoke, env: dict[str, str], heading: str) -> None:  # type: ignore[no-untyped-def]
    assert heading in invoke(["next", "--help"], env=env).stdout


def test_help_in_russian_reads_as_russian_tools_do(invoke) -> None:  # type: ignore[no-untyped-def]
    screen = help_screen(invoke, ["summary"], "ru")
    assert screen.startswith("Использование: mourning-day summary [OPTIONS] [YEAR]\n")
    assert "  -h, --help           Показать эту справку и выйти.\n" in screen
    assert "\nАргументы:\n" in screen and "\nПримеры:\n" in screen
    assert "[по умолчанию: год ближайшей годовщины]" in screen


def test_help_in_azerbaijani(invoke) -> None:  # type: ignore[no-untyped-def]
    screen = help_screen(invoke, [], "az")
    assert screen.startswith("İstifadə: mourning-day [OPTIONS] [COMMAND [ARGS]...]\n")
    assert "\nƏmrlər:\n" in screen and "\nÇıxış kodları:\n" in screen
    assert "  -h, --help                    Bu yardımı göstər və çıx.\n" in screen


def test_english_help_keeps_its_defaults_and_lists_values_from_the_code(invoke) -> None:  # type: ignore[no-untyped-def]
    rows = option_rows(help_screen(invoke, ["next"], "en"))
    assert rows["--format"].endswith(
        "Output format: rich, text, json or csv. [default: rich on a terminal, text otherwise]"
    )
    assert "[default: the system's time zone; env var: MOURNING_DAY_TZ]" in rows["--tz"]
    assert ", ".join(OBSERVANCE_FIELDS[:-1]) + " or silence_at." in rows["--field"]
    table = option_rows(help_screen(invoke, ["table"], "en"))
    assert table["--count"].endswith("[default: 10]")
    assert "The first year." in table["--from-year"] and "The last year" in table["--to-year"]


# --- usage errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["nxt"],
            "no such command 'nxt'; did you mean next? (see 'mourning-day --help')",
        ),
        (
            ["next", "--field", "day"],
            "unknown field 'day'; did you mean days_until?",
        ),
        (
            ["next", "--tz", "Europe/Londn"],
            "unknown time zone 'Europe/Londn'; did you mean Europe/London?",
        ),
        (["next", "--tz", "asia/baku"], "unknown time zone 'asia/baku'; did you mean Asia/Baku?"),
        (["next", "--tz", "Baku"], "unknown time zone 'Baku'; did you mean Asia/Baku?"),
        (["next", "-f", "jsn"], "unknown format 'jsn'; did you mean json?"),
        (
            ["next", "--formt", "json"],
            "no such option: --formt; did you mean --format? (see 'mourning-day next --help')",
        ),
        (["next", "--tz"], "option --tz requires a value (see 'mourning-day next --help')"),
        (
            ["is-today", "--quiet=yes"],
            "option --quiet does not take a value (see 'mourning-day is-today --help')",
        ),
        (
            ["summary", "2026", "2027"],
            "unexpected arguments: 2027 (see 'mourning-day summary --help')",
        ),
        (["summary", "2026", "--year", "2026"], "give the year once: YEAR or --year"),
        (["next", "--tz", "Mars/Olympus"], "unknown time zone 'Mars/Olympus': use an IANA name"),
        # A path is no zone name, and its last part no hint: not "did you mean Africa/Lome?"
        (["next", "--tz", "/etc/localtime"], "unknown time zone '/etc/localtime': use an IANA"),
    ],
)
def test_usage_errors_suggest_in_one_line(invoke, args: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("mourning-day: " + line)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        # ru: git's "Возможно, вы имели в виду …?", GLib's "Неизвестный параметр %s".
        (
            ["nxt", "--lang", "ru"],
            "неизвестная команда «nxt»; возможно, вы имели в виду next? "
            "(см. «mourning-day --help»)",
        ),
        (
            ["next", "--bogus", "--lang", "ru"],
            "неизвестный параметр --bogus (см. «mourning-day next --help»)",
        ),
        (
            ["next", "--lang", "ru", "--tz"],
            "для параметра --tz требуется значение (см. «mourning-day next --help»)",
        ),
        (
            ["next", "--field", "day", "--lang", "ru"],
            "неизвестное поле «day»; возможно, вы имели в виду days_until?",
        ),
        # az: "belə … yoxdur" (there is no such …), "bəlkə, bunu nəzərdə tutmusunuz: …?"
        # (perhaps this was meant: …?; the names follow a colon, since a definite object
        # before the verb would need the accusative, next-i, which a template cannot give),
        # "bax:" as in references ("see:").
        (
            ["nxt", "--lang", "az"],
            "belə əmr yoxdur: 'nxt'; bəlkə, bunu nəzərdə tutmusunuz: next?"
            " (bax: 'mourning-day --help')",
        ),
        (
            ["next", "--bogus", "--lang", "az"],
            "belə seçim yoxdur: --bogus (bax: 'mourning-day next --help')",
        ),
        (
            ["next", "--tz", "Baku", "--lang", "az"],
            "naməlum saat qurşağı 'Baku'; bəlkə, bunu nəzərdə tutmusunuz: Asia/Baku?",
        ),
    ],
)
def test_usage_errors_speak_the_readers_language(invoke, args: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(args)
    assert result.exit_code == 2
    assert result.stderr == f"mourning-day: {line}\n"


def test_usage_errors_follow_the_locale(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", "--bogus"], env={"LANG": "ru_RU.UTF-8"})
    assert result.stderr.startswith("mourning-day: неизвестный параметр --bogus")


def test_control_characters_in_a_bad_name_are_escaped(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["n\x1b[31mx"])
    assert "\x1b" not in result.stderr and "\\x1b" in result.stderr


# --- forgiving values, the default command, the year as an argument --------------------------


@pytest.mark.parametrize(
    ("options", "starts"),  # the first line's title, as tests/test_languages.py checks it
    [
        (["--format", "JSON"], "{"),
        (["--lang", "AZ"], "36-cı ildönümü"),
        (["--lang", "az_AZ"], "36-cı ildönümü"),
        (["--lang", "ru_RU.UTF-8"], "36-я годовщина"),
    ],
)
def test_values_are_taken_whatever_their_case_or_locale_form(
    invoke, options: list[str], starts: str
) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["next", *BEFORE, *options])
    assert result.exit_code == 0, result.stderr
    assert starts in result.stdout.partition("\n")[0]


def test_no_command_runs_next(invoke) -> None:  # type: ignore[no-untyped-def]
    alone = invoke([], env={"MOURNING_DAY_TODAY": "2025-11-24", "MOURNING_DAY_TZ": "Asia/Baku"})
    assert alone.exit_code == 0
    assert alone.stdout == invoke(["next", *BEFORE]).stdout
    # Options of next without the command name go to next too.
    assert invoke(BEFORE).stdout == alone.stdout


def test_summary_takes_the_year_as_an_argument(invoke) -> None:  # type: ignore[no-untyped-def]
    positional = invoke(["summary", "2029", *BEFORE, "-f", "json"])
    option = invoke(["summary", "--year", "2029", *BEFORE, "-f", "json"])
    assert positional.exit_code == 0
    assert positional.stdout == option.stdout
    assert '"year": 2029' in positional.stdout
    assert invoke(["summary", "1990", *BEFORE]).stderr.startswith("mourning-day: invalid year")


# --- completion ----------------------------------------------------------------------------


def complete(invoke, line: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Ask as bash does: the words so far and the index of the one being completed."""
    words = line.split(" ")
    env = {
        "_MOURNING_DAY_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    result = invoke([], env=env)
    assert result.exit_code == 0, result.output
    return str(result.stdout).split()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mourning-day ", list(COMMANDS)),
        ("mourning-day su", ["summary"]),
        ("mourning-day next --lang ", list(LANGUAGES)),
        ("mourning-day next --format ", list(FORMATS)),
        ("mourning-day table -f j", ["json"]),
        ("mourning-day next --field days", ["days_until"]),
        ("mourning-day next --field ", list(OBSERVANCE_FIELDS)),
        ("mourning-day --show-completion ", list(SHELLS)),
        ("mourning-day next --fi", ["--field"]),
    ],
)
def test_completion_of_names_and_values(invoke, line: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert complete(invoke, line) == expected


def test_completion_of_zones_by_prefix(invoke) -> None:  # type: ignore[no-untyped-def]
    zones = complete(invoke, "mourning-day next --tz Asia/B")
    assert "Asia/Baku" in zones
    assert all(z.startswith("Asia/B") for z in zones)
    assert complete(invoke, "mourning-day summary --tz Europe/Lond") == ["Europe/London"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_completion_describes_commands_in_the_catalogs_words(invoke, lang: str) -> None:  # type: ignore[no-untyped-def]
    """zsh and fish show a line beside each command: the help screen's summary, in the
    reader's language, not the command function's docstring."""
    env = {
        "_MOURNING_DAY_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": "mourning-day ",
        "MOURNING_DAY_LANG": lang,
    }
    result = invoke([], env=env)
    assert result.exit_code == 0, result.output
    # _arguments '*: :(("next":"The next 20 January\\: …"\n"summary":…))', colons escaped
    pairs = re.findall(r'"([\w-]+)":"((?:[^"\\]|\\.)*)"', result.stdout)
    shown = {name: re.sub(r"\\+:", ":", text) for name, text in pairs}
    for name in COMMANDS:
        summary = Messages(lang).text(f"help.commands.{name}.summary")
        first_words = " ".join(summary.split()[:2])
        assert shown[name].startswith(first_words), (name, shown[name])
        assert len(shown[name]) <= 45


def test_every_listed_value_completes() -> None:
    for name, values in CHOICES.items():
        assert values(), name


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("zsh", "#compdef mourning-day"),
        ("bash", "complete -o default -F _mourning_day_completion mourning-day"),
        ("fish", "complete --command mourning-day"),
    ],
)
def test_show_completion_prints_the_named_shells_script(invoke, shell: str, marker: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["--show-completion", shell])
    assert result.exit_code == 0
    assert marker in result.stdout


def test_show_completion_refuses_an_unknown_shell(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["--show-completion", "tcsh"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mourning-day: unknown shell 'tcsh': use one of bash, zsh")


def test_completion_in_a_real_bash(tmp_path: Path) -> None:
    """The script --show-completion prints, sourced into bash, fills COMPREPLY by calling
    the installed program, as pressing Tab does."""
    bash = shutil.which("bash")
    assert bash, "bash is needed for this test"
    program = Path(sys.executable).parent / "mourning-day"
    script = subprocess.run(
        [program, "--show-completion", "bash"], capture_output=True, text=True, check=True
    ).stdout
    (tmp_path / "completion.bash").write_text(script)
    probe = (
        f"source {tmp_path / 'completion.bash'}\n"
        "COMP_WORDS=(mourning-day next --tz Asia/Ba); COMP_CWORD=3\n"
        "_mourning_day_completion mourning-day\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {"PATH": f"{program.parent}{os.pathsep}{os.environ['PATH']}", "HOME": str(tmp_path)}
    result = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", probe], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Asia/Baku" in result.stdout.split()
    assert all(z.startswith("Asia/Ba") for z in result.stdout.split())


def test_show_completion_without_a_shell_is_for_the_one_shell_names(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["--show-completion"], env={"SHELL": "/usr/bin/zsh"})
    assert result.exit_code == 0
    # zsh's compinit reads "#compdef NAME" on a file's first line only.
    assert result.stdout.splitlines()[0] == "#compdef mourning-day"


@pytest.mark.parametrize(
    ("shell", "script", "rc", "line"),
    [
        (
            "bash",
            ".bash_completions/mourning-day.sh",
            ".bashrc",
            "source ~/.bash_completions/mourning-day.sh",
        ),
        (
            "zsh",
            ".zfunc/_mourning-day",
            ".zshrc",
            "fpath+=~/.zfunc; autoload -Uz compinit && compinit",
        ),
        ("fish", ".config/fish/completions/mourning-day.fish", None, None),
    ],
)
def test_install_completion_puts_the_script_where_the_shell_reads_it(  # type: ignore[no-untyped-def]
    invoke, tmp_path: Path, shell: str, script: str, rc: str | None, line: str | None
) -> None:
    for _ in range(2):  # installing again adds no second line
        result = invoke(["--install-completion", shell], env={"HOME": str(tmp_path)})
        assert result.exit_code == 0, result.output
    shown = invoke(["--show-completion", shell]).stdout
    assert (tmp_path / script).read_text() == shown
    if rc is not None:
        assert (tmp_path / rc).read_text().splitlines() == [line]
        assert result.stdout.startswith(f"completion for {shell} added to {tmp_path / rc};")


@pytest.mark.parametrize("home", ["", None])
def test_install_completion_refuses_an_unset_home(invoke, home: str | None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # As root with HOME= it would otherwise write /.bashrc and /.bash_completions.
    result = invoke(["--install-completion", "bash"], env={"HOME": home})
    assert result.exit_code == 2
    assert result.stderr == (
        "mourning-day: HOME is not set, so there is no home folder to install completion in:"
        " set HOME, or use --show-completion\n"
    )


def test_install_completion_names_the_file_it_could_not_write(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.write_text("not a folder")  # unwritable even for root, unlike a read-only folder
    result = invoke(["--install-completion", "fish"], env={"HOME": str(home)})
    assert result.exit_code == 1
    target = home / ".config/fish/completions/mourning-day.fish"
    assert result.stderr.startswith(f"mourning-day: cannot write '{target}': ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "line"),
    [
        # click takes the next option for the value: the option's value is what is missing.
        (["next", "--tz", "--lang", "ru"], "для параметра --tz требуется значение"),
        (["ics", "-o", "--force"], "option --output requires a value"),
        (["init", "systemd", "--dir", "--force"], "option --dir requires a value"),
    ],
)
def test_an_option_name_is_no_value(invoke, args: list[str], line: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke(args, env={"HOME": str(tmp_path)})
    assert result.exit_code == 2
    assert result.stderr.startswith(f"mourning-day: {line} (")
    assert list(tmp_path.iterdir()) == []


def test_lang_is_read_with_the_programs_own_options(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["--install-completion", "bash", "--lang", "ru"], env={"HOME": ""})
    assert result.exit_code == 2
    assert result.stderr.startswith("mourning-day: переменная HOME не задана")

"""mourning-day(1) as a man(7) page in one language, from the catalogs that `--help` reads
and a plain description of the commands and their options (tools/manpages.py takes that
from the real command definitions), so that page and help cannot drift apart.

Words come from "man.*" (the page's own: section names, environment, files) and from the
keys help uses: "help.program", "help.commands.<command>", "help.options.<option>",
"help.defaults.<option>", "usage.default", "usage.env". A key a language lacks
falls back to English, as help does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from mourning_day.i18n.catalog import load_catalog
from mourning_day.i18n.messages import Messages

PROG = "mourning-day"


class OptionSpec(NamedTuple):
    """An option as a reader types it: its names ("-o", "--output"), the metavar of its
    value (None for a flag), the environment variable it reads, and the values it takes."""

    names: tuple[str, ...]
    metavar: str | None = None
    envvar: str | None = None
    choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Its catalog key: the long name without dashes ("from-year")."""
        return next((n[2:] for n in self.names if n.startswith("--")), self.names[0])


class ArgumentSpec(NamedTuple):
    metavar: str
    required: bool = False
    choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.metavar.lower()


class CommandSpec(NamedTuple):
    name: str
    arguments: tuple[ArgumentSpec, ...] = ()
    options: tuple[OptionSpec, ...] = ()


def manpage(
    lang: str,
    program_options: Sequence[OptionSpec],
    commands: Sequence[CommandSpec],
    *,
    version: str,
    date: str,
) -> str:
    """The whole page; `date` is ISO 8601 (YYYY-MM-DD), the release's date."""
    words = _Words(lang)
    sections = {key: _roff(title) for key, title in words.node("man.sections").items()}
    out = [
        r".\" -*- coding: UTF-8 -*-",
        rf".\" Written by tools/manpages.py from src/mourning_day/i18n/locales/{lang}.json.",
        r".\" Do not edit: run `python tools/manpages.py` again.",
        f'.TH MOURNING\\-DAY 1 {date} "{PROG} {version}" "{words.text("man.manual")}"',
        ".nh",  # an option or variable broken at a hyphen would be copied wrong
        ".ad l",
        f".SH {sections['name']}",
        _wrap(f"{_roff(PROG)} \\- {_roff(words.text('man.whatis'))}"),
        f".SH {sections['synopsis']}",
        *_synopsis(commands),
        f".SH {sections['description']}",
        _text(words.text("help.program.summary")),
        ".PP",
        _text(words.text("help.program.details")),
        f".SH {sections['options']}",
    ]
    for option in program_options:
        out += _option(words, None, option)
    out.append(f".SH {sections['commands']}")
    for command in commands:
        out += _command(words, command)
    out.append(f".SH {sections['exit_status']}")
    for status, meaning in words.node("help.program.exit_status").items():
        out += [".TP", f".B {status}", _text(meaning)]
    out.append(f".SH {sections['environment']}")
    out += _environment(words, [*program_options, *(o for c in commands for o in c.options)])
    out.append(f".SH {sections['files']}")
    for path, meaning in words.node("man.files").items():
        out += [".TP", f".I {_roff(path)}", _text(meaning)]
    out.append(f".SH {sections['examples']}")
    out += _examples(words.node("help.program.examples"))
    for command in commands:
        out += _examples(words.node(f"help.commands.{command.name}.examples"))
    out.append(f".SH {sections['see_also']}")
    out.append(",\n".join(f".BR {page} ({number})" for page, number in SEE_ALSO))
    out += [".PP", _text(words.text("man.readme"))]
    return "\n".join(_without_empty_paragraphs(out)) + "\n"


# Pages about what the tool reads: the date and time zone, the locale, zone files.
SEE_ALSO = (("date", 1), ("locale", 1), ("tzfile", 5), ("tzselect", 8))


class _Words:
    """The catalog of one language, English where it lacks a key."""

    def __init__(self, lang: str) -> None:
        self.catalogs = [load_catalog(code) for code in dict.fromkeys((lang, "en"))]
        self.messages = Messages(lang)

    def find(self, *keys: str) -> Any:
        for catalog in self.catalogs:
            for key in keys:
                node: Any = catalog
                for part in key.split("."):
                    node = node.get(part) if isinstance(node, dict) else None
                if node is not None:
                    return node
        return None

    def text(self, *keys: str, **values: str) -> str:
        found = self.find(*keys)
        return (str(found).format(**values) if values else str(found)) if found else ""

    def node(self, key: str) -> Mapping[str, Any]:
        found = self.find(key)
        return found if isinstance(found, dict) else {}

    def join_or(self, names: Sequence[str]) -> str:
        """As --help joins them (CLDR's "or" lists)."""
        return self.messages.join_or(list(names))


def _synopsis(commands: Sequence[CommandSpec]) -> list[str]:
    lines = [f".B {_roff(PROG)}", r"[\fIOPTIONS\fR] [\fICOMMAND\fR [\fIARGS\fR]...]"]
    for command in commands:
        lines += [".br", _usage(command)]
    return lines


def _usage(command: CommandSpec) -> str:
    pieces = [rf"\fB{_roff(PROG)} {_roff(command.name)}\fR", r"[\fIOPTIONS\fR]"]
    for argument in command.arguments:
        name = rf"\fI{_roff(argument.metavar)}\fR"
        pieces.append(name if argument.required else f"[{name}]")
    return " ".join(pieces)


def _command(words: _Words, command: CommandSpec) -> list[str]:
    key = f"help.commands.{command.name}"
    out = [
        f".SS {_roff(command.name)}",
        _usage(command),
        ".PP",
        _text(words.text(f"{key}.summary")),
    ]
    details = words.text(f"{key}.details")
    if details:
        out += [".PP", _text(details)]
    for argument in command.arguments:
        keys = (f"{key}.arguments.{argument.key}", f"help.arguments.{argument.key}")
        text = _with_choices(words, words.text(*keys), argument.choices)
        out += [".TP", rf"\fI{_roff(argument.metavar)}\fR", _text(text)]
    for option in command.options:
        out += _option(words, command.name, option)
    return out


def _option(words: _Words, command: str | None, option: OptionSpec) -> list[str]:
    """An option as help shows it: its help, then its default and variable in brackets."""
    own = [f"help.commands.{command}.options.{option.key}"] if command else []
    text = _with_choices(words, words.text(*own, f"help.options.{option.key}"), option.choices)
    extras = []
    defaults = [f"help.commands.{command}.defaults.{option.key}"] if command else []
    default = words.text(*defaults, f"help.defaults.{option.key}")
    if default:
        extras.append(words.text("usage.default", value=default))
    if option.envvar:
        extras.append(words.text("usage.env", var=option.envvar))
    if extras:  # help puts two spaces before the brackets; roff would keep both
        text += f" [{'; '.join(extras)}]"
    names = ", ".join(rf"\fB{_roff(name)}\fR" for name in option.names)
    if option.metavar:
        names += rf" \fI{_roff(option.metavar)}\fR"
    return [".TP", names, _text(text)]


def _with_choices(words: _Words, text: str, choices: Sequence[str]) -> str:
    return text.format(choices=words.join_or(choices)) if "{choices}" in text else text


def _environment(words: _Words, options: Sequence[OptionSpec]) -> list[str]:
    """The variables the page's catalog describes, then each option's own (MOURNING_DAY_*),
    once however many commands take it."""
    out = []
    for names, meaning in words.node("man.environment").items():
        out += [".TP", rf"\fB{_roff(names)}\fR", _text(meaning)]
    seen: dict[str, OptionSpec] = {}
    for option in options:
        if option.envvar and option.envvar not in seen:
            seen[option.envvar] = option
    for var, option in seen.items():
        long_name = next((n for n in option.names if n.startswith("--")), option.names[0])
        meaning = words.text("man.option_variable", option=long_name)
        out += [".TP", rf"\fB{_roff(var)}\fR", _text(meaning)]
    return out


def _examples(examples: Mapping[str, str]) -> list[str]:
    out = []
    for command_line, comment in examples.items():
        shown = _not_a_request(_roff(command_line))
        out += [".PP", _text(comment), ".PP", ".RS 4", ".EX", shown, ".EE", ".RE"]
    return out


def _without_empty_paragraphs(lines: list[str]) -> list[str]:
    """A heading starts a paragraph itself: a .PP right after it would be skipped."""
    return [
        line
        for i, line in enumerate(lines)
        if not (line == ".PP" and i and lines[i - 1].startswith((".SH", ".SS")))
    ]


# mandoc's lint asks for input lines of at most 80 bytes; roff fills paragraphs anyway.
MAX_LINE_BYTES = 80


def _text(text: str) -> str:
    """A paragraph, escaped and wrapped."""
    return _wrap(_roff(text))


def _wrap(roff: str) -> str:
    """Escaped text broken at spaces into lines of at most MAX_LINE_BYTES (a longer word
    stays whole), no line read as a request."""
    lines: list[str] = []
    for word in filter(None, roff.split(" ")):  # ordinary spaces only: U+202F stays
        if lines and len(f"{lines[-1]} {word}".encode()) <= MAX_LINE_BYTES:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(map(_not_a_request, lines))


def _not_a_request(line: str) -> str:
    """A text line that roff would read as a request (".", "'" first) begins with \\&."""
    return "\\&" + line if line.startswith((".", "'")) else line


def _roff(text: str) -> str:
    """`text` escaped for roff: a backslash shown as one, every "-" a minus (so that
    `--tz` copied from the page is what the shell needs, not a hyphen), a no-break space
    unbreakable."""
    return text.replace("\\", "\\e").replace("-", "\\-").replace("\u00a0", "\\~")
